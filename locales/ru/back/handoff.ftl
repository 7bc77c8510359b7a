# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the counsellor may have to report about you to the social service (socialtjänsten). This is called orosanmälan. This is needed so that the social service can protect you. You still decide yourself what to tell.
