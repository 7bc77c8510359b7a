# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you meet people who may be exploited, you can get advice. Sweden has a national support line and a manual for professionals. The regional coordinators against prostitution and human trafficking can also help you.
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators against prostitution and human trafficking give advice to professionals. Here are the contacts from the chosen region.
