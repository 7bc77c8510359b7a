# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

check-result-signs = Thank you for your answers. Answering "yes" may be a sign of exploitation or human trafficking. But having only one sign does not prove anything. If someone exploits you, this may be a crime against you. This is not your fault.
