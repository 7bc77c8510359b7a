# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the support worker may have to report your matter to the social services unit (socialtjänsten). This reporting is called orosanmälan. So that the social services unit can protect you. You are still the one who decides yourself what to tell.
