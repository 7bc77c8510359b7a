# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = It is good that you are here. Worrying about someone is hard.
family-intro-2 = People who are exploited often do not see themselves as victims. They may be afraid of what could happen to them or their family.
family-ask = What would you like to know?
family-signs = Signs to look for
family-help = How I can help
family-rights = Their rights in Sweden
family-next-ask = What else would you like to know?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Some signs: someone else keeps their passport or ID. They owe money that keeps growing. They are not free to move, or are always watched.
# Long days without pay, work not as promised, a set amount to bring in. (004)
family-signs-2 = They work very long days for little or no pay, the work is not what they were promised, or they must bring in money every day. One sign alone does not prove anything.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Listen without judging. Do not push them to leave or to go to the police. Pressure can put them in danger. They decide.
# A digital route lowers the threshold to support. (002) Emergency number 112.
family-help-2 = You can share this chat with them when it is safe. If someone is in danger now, call 112.

## Professionals

professional-intro = If you meet people who may be exploited in your work, you can get advice and support.
professional-ask = What would you like to do?
professional-signs = Signs to look for
professional-rights = Victims' rights

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002)

human-intro = You can talk to a person who knows about this. They will not judge you. You decide what you want to tell.
human-region-ask = Where in Sweden are you? Choose a region, or "I don't know".
contacts-intro = Here is who you can contact. You do not have to give your name.
contacts-ask = What would you like to do now?
contacts-other-region = Choose another region
contacts-rights = My rights
