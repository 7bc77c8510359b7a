# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support hotline's number is not yet listed in this chat. A regional coordinator can give you advice.
ended = The conversation has been deleted. We only keep anonymous numbers of answers, and never save what you wrote or who you are. Please take good care of yourself. You can come back at any time.
ui-privacy-text =
    You do not need to say your name. We never ask your name.
    We do not save your name, phone number or IP address.
    When you end the chat or tap "Exit", your answers are cleared.
    If you have not written anything for a while, your answers are also cleared.
    If you chat with support staff, only support staff can read what you write.
    When that chat ends, what you wrote is deleted.
    We only count how many people chose a certain answer. We never record who chose it.
    If someone looks at your phone, we cannot stop it.
    Your browser history may show that you visited this page. If possible, please use the browser's private window.
    This text was translated by computer and is currently being checked by a person. If anything is unclear, support staff can help you.
