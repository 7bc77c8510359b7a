# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number does not appear yet in this conversation. A regional coordinator can advise you.
ended = The conversation is deleted. We keep only anonymous numbers about answers, never what you wrote or who you are. Take care of yourself. You can come back any time.
ui-privacy-text =
    You do not have to say your name. We never ask you what you are called.
    We keep neither your name, nor your phone number, nor your IP address.
    Your answers are deleted when you close the conversation or press "Exit".
    They are also deleted when you have not written anything for a while.
    If you talk by messages with a counsellor, only counsellors can read what you write.
    What you write is deleted when that conversation ends.
    We only count how many people chose an answer. We never note who it was.
    We cannot stop someone who looks in your phone.
    The browser history can show that you were on this page. Use a private (incognito) window, if you can.
    This text was translated by a computer and is now being checked by a person. If something is not clear, a counsellor can help you.
