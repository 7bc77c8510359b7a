# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's phone number is not yet in this conversation. A regional coordinator can advise you.
ended = The conversation has been deleted. We only keep anonymous counts of the answers, never what you wrote or who you are. Take care of your health. You can come back any time.
ui-privacy-text =
    You do not need to say your name. We never ask your name.
    We do not store your name, phone number or IP address.
    Your answers will be deleted when you end the chat or press "Exit".
    They are also deleted when you do not write anything for a while.
    If you chat with support staff, only support staff can read what you write.
    What you write will be deleted when that chat ends.
    We only count how many people chose an answer. We never record who that is.
    If someone looks at your phone, we cannot stop them.
    Your browser history can show that you went to this page. If possible, use the browser's incognito window.
    This text was translated by computer and is being checked by a person. If anything is unclear, support staff can help you.
