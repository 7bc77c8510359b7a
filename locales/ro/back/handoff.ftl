# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the counsellor may be obliged to tell social services (socialtjänsten) about you. This is called orosanmälan. It is so that social services can protect you. You still decide what you want to say.
