# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the support staff may have to report about you to the social agency (socialtjänsten). This is called orosanmälan. This reporting is so that the social agency can protect you. You still decide yourself what you want to tell.
