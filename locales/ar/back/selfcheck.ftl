# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for the answers. The answer "yes" may be a sign of exploitation or human trafficking. But one sign alone proves nothing. If someone is exploiting you, this may be a crime against you. And it is not your fault.
