# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If through work you meet people who are possibly being exploited, you can get advice. In Sweden there is a national support line and a guide for specialists. The regional coordinators for combating prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators for combating prostitution and human trafficking consult specialists. Here are the contacts in the chosen region.
