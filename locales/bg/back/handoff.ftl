# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the counsellor may be obliged to report about you to the social services (socialtjänsten). This is called orosanmälan. The aim is that the social services can protect you. You continue to decide what to say.
