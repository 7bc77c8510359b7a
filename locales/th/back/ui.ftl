# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = This chat does not have the number of the advice line yet. A regional coordinator can give you advice.
ended = The conversation has been deleted. We keep only the number of answers without identifying anyone, never keeping what you wrote or information about who you are. Take care of yourself. You can come back any time.
ui-privacy-text =
    You do not have to tell your name. We will never ask your name.
    We do not keep your name, phone number or IP address.
    Your answers will be deleted when you end the chat or press "Exit".
    Answers are also deleted if you have not written anything for a while.
    If you chat with a support worker, only support workers can read what you write.
    What you write will be deleted when that chat ends.
    We only count how many people chose an answer. We never count who it is.
    If someone looks at your phone, we cannot forbid them.
    Your browser history may show that you have visited this page. If possible, use the browser's private window.
    This message was translated by computer, and someone is checking it. If anything is unclear, a support worker can help you.
