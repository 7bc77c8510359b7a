# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for answering. Answering yes may be a sign of exploitation or human trafficking. But one sign does not prove anything. If someone exploits you, that may be a crime against you. It is not your fault.
