# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number is not yet shown in this chat. A regional coordinator can advise you.
ended = The conversation is erased. We keep only anonymous numbers of answers, never what you wrote or who you are. Take care of yourself. You can come back at any time.
ui-privacy-text =
    You do not need to give your name. We never ask for it.
    We do not record your name, your phone number or your IP address.
    Your answers are erased when you end the discussion or when you press "Quit".
    They are also erased when you have not written for a while.
    If you talk with a support person, only support people can read what you write.
    What you write is erased at the end of that discussion.
    We only count how many people chose an answer. We never note who they are.
    We cannot stop someone from looking at your phone.
    Your browser history can show that you visited this page. If you can, use a private browsing window.
    This text was translated by a computer and a person is checking it. If something is not clear, a support person can help you.
