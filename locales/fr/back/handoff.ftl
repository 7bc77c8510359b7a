# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the support person may be obliged to speak about you to social services (socialtjänsten). This is called orosanmälan. It is so that social services can protect you. You still decide what you want to say.
