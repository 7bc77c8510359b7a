# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you face people who may be under exploitation, you can get advice. In Sweden there is a nationwide support phone line and a guide for professional staff. The regional coordinators for fighting prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators for fighting prostitution and human trafficking give advice to professional staff. These are the contact ways in the region you chose.
