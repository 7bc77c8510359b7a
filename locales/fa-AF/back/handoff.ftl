# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are less than 18 years old, perhaps the support worker must inform social services (socialtjänsten) about you. This is called orosanmälan. This is so that social services can protect you. You yourself still decide what to say.
