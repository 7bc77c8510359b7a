# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for your answer. The answer yes can be a sign of exploitation or trading in people. But one sign alone proves nothing. If someone is exploiting you, it can be a crime done against you. It is not your fault.
