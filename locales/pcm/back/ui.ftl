# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line number is not in this chat yet. A regional coordinator can give you advice.
ended = The conversation has been deleted. We only keep an anonymous count of answers, never what you wrote or who you are. Take care of yourself. You can come back anytime.
ui-privacy-text =
    You do not need to give your name. We never ask for it.
    We do not keep your name, your phone number or your IP address.
    We will delete your answers when you end the chat or press "Leave".
    We will also delete them if you do not write anything for some time.
    If you chat with a support worker, only support workers can read what you write.
    We will delete what you write when that chat ends.
    We only count how many people choose an answer. We never count who chose it.
    We cannot stop a person who is looking at your phone.
    Your browser history can show that you visited this page. Use a private window if you can.
    A computer translated this text, and a person is checking it now. If anything is not clear, a support worker can help you.
