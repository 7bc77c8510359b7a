# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If your age is under 18, the support worker may have to notify social services (socialtjänsten) about your situation. This is called orosanmälan. The aim is that social services can protect you. The decision on what you can share stays with you.
