# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for the answers. The answer "yes" can be a sign of exploitation or human trafficking. But one sign proves nothing. If someone exploits you, it can be a crime against you. It is not your fault.
