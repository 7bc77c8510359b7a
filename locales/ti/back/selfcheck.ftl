# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for answering. Saying yes can be a sign of exploitation or human trafficking. But one sign alone proves nothing. If someone exploits you, it can be a crime committed against you. It is not your fault.
