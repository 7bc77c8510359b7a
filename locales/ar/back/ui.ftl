# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-none = The support line's number is not mentioned in this conversation yet. A regional coordinator can give you advice.
ended = The conversation was wiped. We keep only anonymous counts of the answers, and we never keep what you wrote or your identity. We wish you safety. You can come back at any time.
ui-privacy-text =
    You do not have to mention your name. We never ask you for it.
    We do not save your name, your phone number or your IP address.
    Your answers are wiped when you end the conversation or press "Exit".
    They are also wiped when writing stops for a while.
    If you talk with a support worker, only support workers can read your writing.
    And your writing is deleted when that conversation ends.
    We only count the number of people who chose an answer. And we never count who they are.
    We cannot prevent anyone from looking at your phone.
    Your browser history may show that you visited this page. It is better to use a private browsing window if possible.
    A computer translated this text, and a person is now reviewing it. If something is unclear, a support worker can help you.
