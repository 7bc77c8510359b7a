# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for answering. A "yes" answer can be a sign of exploitation or human trafficking. But a single sign proves nothing. If someone exploits you, it can be a crime against you. It is not your fault.
