# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If, in your work, you meet people who are perhaps exploited, you can ask for advice. Sweden has a national support line and a manual for professionals. The regional coordinators against prostitution and trafficking in persons can also help.
professional-coordinators = Regional coordinators
professional-region-ask = Where do you work in Sweden? Choose a region.
professional-coordinators-intro = The regional coordinators against prostitution and trafficking in persons advise professionals. Here are the contacts for the chosen region.
