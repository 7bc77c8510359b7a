# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are below 18 years, the support worker may be forced to tell social services (socialtjänsten) about you. This is called orosanmälan. This is so that social services can protect you. You still decide yourselves what you want to tell.
