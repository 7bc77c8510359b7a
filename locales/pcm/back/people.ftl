# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

professional-intro = If you meet people in your work who may be exploited, you can get advice. Sweden has a national support line and a manual for professional people. Regional coordinators against prostitution and human trafficking can help too.
professional-coordinators = Regional coordinators
professional-region-ask = Which part of Sweden do you work in? Choose one region.
professional-coordinators-intro = The regional coordinators against prostitution and human trafficking give advice to professional people. See the contacts for the region you chose.
