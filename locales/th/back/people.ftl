# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you meet people who may be exploited, you can ask for advice. Sweden has a national advice line and a manual for practitioners. The regional coordinators on countering prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators on countering prostitution and human trafficking give advice to practitioners. These are the contact channels in the region you chose.
