# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = There is no support line number in this chat yet. A regional coordinator can give advice.
ended = The conversation has been deleted. We keep only anonymous counts of answers, but never what you wrote, nor who you are. Take care of yourself. You can come back any time.
ui-privacy-text =
    You do not need to give your name. We never ask about it.
    We save neither your name, nor phone number, nor IP address.
    Your answers are erased when you end the chat or press "Exit".
    They are also erased when you write nothing for some time.
    If you communicate with a counsellor, only counsellors can read what you write.
    What is written is deleted when that chat ends.
    We only count how many people chose a certain answer. We never record who chose it.
    We cannot prevent someone who looks into your phone.
    The browser history can show that you visited this page. If you can, use a private browser window.
    This text was translated by a computer, and a person is now checking it. If something is unclear, a counsellor can help.
