# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support phone's number is not yet in this chat. A regional coordinator can give advice.
ended = The conversation is deleted. We record only anonymous numbers of answers, never what was written, or who you are. Take care of yourself. You can come back at any moment.
ui-privacy-text =
    You do not have to give your name. We never ask for it.
    We do not record your name, phone number or IP address.
    Your answers are deleted when you end the chat or press "Leave".
    They are also deleted when you write nothing for some time.
    If you write with a support person, only support people can read what you write.
    What you write will be deleted after that chat ends.
    We only count how many people chose a given answer. We never record who it was.
    We cannot stop someone who looks into your phone.
    The browser history can show that this page was opened. If you can, use a private (incognito) window.
    This text was translated by a computer, and a human is checking it now. If something is unclear, a support person can help.
