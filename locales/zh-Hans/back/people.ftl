# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If you meet people in your work who may be exploited, you can get advice. Sweden has a national support hotline for professionals and a manual. The regional coordinators fighting prostitution and human trafficking can also provide help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Please choose a region.
professional-coordinators-intro = The regional coordinators fighting prostitution and human trafficking give advice to professionals. These are the contact details for the region you chose.
