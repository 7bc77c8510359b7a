# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you meet people who may be being exploited, you can get advice. Sweden has a national support line and a handbook for professional workers. The regional coordinators on preventing prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Please choose a region.
professional-coordinators-intro = The regional coordinators on preventing prostitution and human trafficking advise professional workers. Here are the contacts in the region you chose.
