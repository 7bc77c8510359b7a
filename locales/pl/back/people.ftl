# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If at work you meet people who may be exploited, you can get advice. In Sweden there is a national support phone line and a guide for professionals. Regional coordinators for fighting prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = In which part of Sweden do you work? Choose a region.
professional-coordinators-intro = Regional coordinators for fighting prostitution and human trafficking advise professionals. Here are the contacts in the chosen region.
