# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If in your work you deal with people who are perhaps exploited, you can ask for advice. In Sweden there is a national support line and a manual for professionals. The regional coordinators against prostitution and human trafficking can also help.
professional-coordinators = Regional coordinators
professional-region-ask = In what part of Sweden do you work? Choose a region.
professional-coordinators-intro = The regional coordinators against prostitution and human trafficking advise professionals. Here are the contacts for the region you chose.
