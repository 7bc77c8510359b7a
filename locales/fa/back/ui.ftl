# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number has not yet come into this chat. A regional coordinator can give you advice.
ended = The conversation was erased. We only keep nameless counts of answers, never what you wrote or who you are. Take care of yourself. Whenever you want you can come back.
ui-privacy-text =
    You do not need to say your name. We never ask it.
    We do not store your name, phone number and IP address.
    When you end the chat or press the "Exit" button, your answers are erased.
    Also if you write nothing for a while, your answers are erased.
    If you chat with a social worker, only social workers can read your writings.
    When that chat ends, your writings are erased.
    We only count how many people chose an answer. We never count who chose it.
    We cannot stop someone who looks at your phone.
    Your browser history may show that you came to this page. If you can, use an incognito (private) browser window.
    A computer translated this text and now a person is checking it. If something is not clear, a social worker can help.
