# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

handoff-consent-minor = If you are under 18, the support staff may have to tell the social services department (socialtjänsten) about your situation. This is called orosanmälan. This way the social services department can protect you. You can still decide yourself what to say.
