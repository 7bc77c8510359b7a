# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you have not reached 18 years, the support worker may need to tell the social welfare office (socialtjänsten) about you. They call it orosanmälan. That is how social welfare can protect you. It is still you who will decide what you want to say.
