# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number does not yet appear in this chat. A regional coordinator can advise you.
ended = The conversation is erased. We only keep anonymous counts of answers, never what you wrote or who you are. Take care. You can come back whenever you want.
ui-privacy-text =
    You do not have to give your name. We never ask you for it.
    We do not keep your name, your phone number or your IP address.
    Your answers are erased when you end the chat or press "Exit".
    They are also erased when you have gone a while without writing.
    If you chat with a support person, only support people can read what you write.
    What you write is erased when that chat ends.
    We only count how many people chose an answer. We never count who they are.
    We cannot prevent someone from looking at your phone.
    Your browser history can show that you visited this page. If you can, use a private window.
    This text was translated by a computer and a person is checking it. If something is not clear, a support person can help you.
