# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for answering. If you answer yes, it can be a sign of exploitation or human trafficking. But one sign alone does not prove anything. If someone is exploiting you, it can be a crime against you. It is not your fault.
