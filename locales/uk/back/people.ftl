# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If at work you meet people who are possibly being exploited, you can get advice. In Sweden there is a national support line and a guide for specialists. Regional coordinators for countering prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = Regional coordinators for countering prostitution and human trafficking consult specialists. Here are the contacts in the chosen region.
