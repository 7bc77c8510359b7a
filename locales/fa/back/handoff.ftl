# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the social worker may be obliged to inform social services (socialtjänsten) about you. This is called orosanmälan. This is so that social services can protect you. You still decide yourself what to say.
