# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number has not yet been added to this chat. A regional coordinator can give you advice.
ended = The chat has been deleted. We store only anonymous numbers about the answers, we never store what you wrote or who you are. Take care of yourself. You can come back any time.
ui-privacy-text =
    You do not need to say your name. We never ask you.
    We do not store your name, your phone number or your IP address.
    Your answers are deleted when you finish the chat or press "Exit".
    They are also deleted when you do not write anything for a while.
    If you chat with a support worker, only support workers can read what you write.
    What you write is deleted when that chat ends.
    The only thing we count is how many people chose an answer. We never count who they are.
    We cannot stop someone looking at your phone.
    Your browser history can show that you visited this page. If possible, use a hidden window (private window).
    A computer translated this text, now a person is checking it. If something is not clear, a support worker can help you.
