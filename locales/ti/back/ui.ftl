# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number is not yet written in this chat. A regional coordinator can give you advice.
ended = The chat has been erased. We keep only nameless counts of answers; we never keep what you wrote or who you are. Take care of yourselves. You can come back at any time.
ui-privacy-text =
    You do not need to tell your name. We never ask your name.
    We do not keep your name, your phone number or your IP address.
    When you finish the chat or press "Exit", your answers are erased.
    Also if you write nothing for some time, your answers are erased.
    If you talk with a support worker, only support workers can read what you write.
    When that chat ends, what you wrote is erased.
    We only count how many people chose an answer. But we never count who chose it.
    We cannot prevent someone from seeing your phone.
    Your browser history can show that you were on this page. If possible, use a hidden window (private window).
    This text was translated by computer, and now a person is checking it. If there is something unclear, a support worker can help you.
