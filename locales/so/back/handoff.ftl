# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are younger than 18 years, the support worker may be obliged to tell the social service (socialtjänsten) about you. This is called orosanmälan. It is so that the social service protects you. It is still you who decides what you say.
