# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If your work makes you meet people who may be subjected to exploitation, you can ask for advice. In Sweden there is a national support line and a guide for professionals. The regional coordinators against prostitution and human trafficking can also help.
professional-coordinators = The regional coordinators
professional-region-ask = In which region of Sweden is your workplace? Please choose a region.
professional-coordinators-intro = The regional coordinators against prostitution and human trafficking give advice to professionals. These are the contacts in the chosen region.
