# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you meet people who may be exploited, you can get advice. In Sweden there is a national support line and a handbook for specialists. The regional coordinators against prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators against prostitution and human trafficking advise specialists. Here are the contacts in the region you chose.
