# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you meet people who may have been exploited, you can get advice. In Sweden there is a national support line and a guide for professionals. Regional coordinators who work on the issue of sexual exploitation and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = Regional coordinators who work on the issue of sexual exploitation and human trafficking give advice to professionals. These are the contacts in the region you chose.
