# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for the answers. The answer "yes" may be a signal of exploitation or human trafficking. But one signal proves nothing. If someone exploits you, it may be a crime against you. It is not your fault.
