# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you meet people who may be being exploited, you can get advice. In Sweden there is a national support line and a guide book meant for professionals. The regional coordinators who fight prostitution and trading in people can also help.
professional-coordinators = The regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators who fight prostitution and trading in people give advice to professionals. These are the contacts of the region you chose.
