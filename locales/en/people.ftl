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
family-signs-1 = Some signs: someone else keeps their passport or ID card. They owe money, and the debt keeps growing. They are not free to move, or are always watched.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = They work very long days for little or no pay. The work is not what they were promised, or they must bring in money every day. One sign alone does not prove anything.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Listen without judging. Do not push them to leave or to go to the police. Pressure can put them in danger. They decide.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = You can tell them about this chat when it is safe. Is it a child under 18? Contact social services. If someone is in danger now, call 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = If you meet people in your work who may be exploited, you can get advice. Sweden has a national support line and a manual for professionals. Regional coordinators against prostitution and human trafficking can also help.
professional-ask = What would you like to know?
professional-next-ask = What else would you like to know?
professional-signs = Signs to look for
professional-act = What I can do
professional-children = Children and the duty to report
professional-rights = Rights of people who are exploited
professional-support = Support line and manual
professional-coordinators = Regional coordinators
professional-region-ask = Where in Sweden do you work? Choose a region.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = The regional coordinators against prostitution and human trafficking give advice to professionals. Here are the contacts for the region you chose.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Signs can be that someone else keeps the person's passport or ID card. The person has a debt that keeps growing. They or their family are threatened, for example with being reported to the authorities.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = The person cannot quit or move freely, and may live with the employer. They work very long days for low or no pay, or must hand in a sum every day. There are signs of violence, fear or anxiety.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = People who are exploited rarely see themselves as victims, and rarely ask for help in those words. One sign alone does not prove anything. Look at the whole picture.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Tell the person about their rights and support, and let an adult decide for themselves. Support must not depend on cooperating with the police. Ask the support line or a regional coordinator for advice. If someone is in danger, call 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = You may have a duty to report to social services if you suspect that a child is being harmed. This is called orosanmälan. The duty applies for example to everyone who works in a school.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Social services must then at once find out what protection the child needs. For a child, it is human trafficking even without threats or lies. If the child is in danger now, call 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Here you can find a person to contact. You decide what you want to say. If you are in danger now, call 112.
human-region-ask = Where in Sweden are you? Choose a region, or "I don't know".
contacts-intro = Here is who you can contact. You decide what you want to say, and whether to give your name.
contacts-ask = What would you like to do now?
contacts-other-region = Choose another region
contacts-rights = My rights
