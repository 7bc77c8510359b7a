# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the support person may have a duty to tell social welfare (socialtjänsten) about you. This is called orosanmälan. The point is that social welfare can protect you. It is still you who decides what you want to say.
