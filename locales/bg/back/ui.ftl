# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number is not given yet in this chat. A regional coordinator can advise you.
ended = The conversation is deleted. We keep only anonymous counts of the answers, never what was written or who you are. Take care of yourself. You can come back at any time.
ui-privacy-text =
    You do not need to say your name. We never ask for it.
    We keep neither your name, nor your phone number, nor your IP address.
    Your answers are deleted when you end the chat or press "Exit".
    They are also deleted when you write nothing for some time.
    If you write with a counsellor, only the counsellors can read what you write.
    What is written is deleted when that chat ends.
    We only count how many people chose a given answer. We never record who they are.
    We cannot stop a person who looks through your phone.
    The browser history can show that this page was opened. If you can, use a private (incognito) window.
    This text was translated by a computer and is now being checked by a person. If something is not clear, a counsellor can help.
