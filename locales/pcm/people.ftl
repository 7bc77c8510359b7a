# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = E good say you dey here. To dey worry about pesin no easy.
family-intro-2 = Many times, pipo wey dem dey exploit no dey see demself as victim. Dem fit dey fear wetin fit happun to dem or to dia family.
family-ask = Wetin you wan know?
family-signs = Signs to look out for
family-help = How I fit help
family-rights = Dia rights for Sweden
family-next-ask = Wetin else you wan know?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Some signs: anoda pesin dey hold dia passport or ID card. Dem dey owe moni, and di debt dey increase more and more. Dem no free to move, or pesin dey watch dem all di time.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Dem dey work very long hours for small pay or no pay at all. Di work no be wetin dem promise dem, or dem must bring moni every day. One sign alone no prove anytin.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Listen to dem, no judge dem. No push dem to leave or to go police. Pressure fit put dem for danger. Na dem go decide.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = You fit tell dem about dis chat wen e safe. Na pikin wey neva reach 18? Contact di social welfare office. If pesin dey for danger now, call 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = If you dey meet pipo for your work wey dem fit dey exploit, you fit get advice. Sweden get national support line and manual for professional pipo. Regional coordinators against prostitution and human trafficking fit help too.
professional-ask = Wetin you wan know?
professional-next-ask = Wetin else you wan know?
professional-signs = Signs to look out for
professional-act = Wetin I fit do
professional-children = Pikin and di duty to report
professional-rights = Rights of pipo wey dem exploit
professional-support = Support line and manual
professional-coordinators = Regional coordinators
professional-region-ask = Which part of Sweden you dey work? Choose one region.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Di regional coordinators against prostitution and human trafficking dey give advice to professional pipo. See di contacts for di region wey you choose.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Sign fit be say anoda pesin dey hold di pesin passport or ID card. Di pesin get debt wey dey increase more and more. Dem dey threaten am or im family, for example say dem go report am to goment offices.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Di pesin no fit quit or move free, and fit dey live wit di pesin wey employ am. Im dey work very long hours for small pay or no pay. Or im must hand over one amount every day. Signs of violence, fear or worry dey.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Pipo wey dem dey exploit no dey too see demself as victim. Dem no dey too ask for help wit dose words. One sign alone no prove anytin. Look di whole picture.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Tell di pesin about im rights and di support wey dey, and allow adult pesin to decide for imself. Support no suppose depend on whether di pesin cooperate wit police. Ask di support line or one regional coordinator for advice. If pesin dey for danger, call 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = You fit get duty to report to di social welfare office if you suspect say one pikin dey suffer harm. Dem dey call am orosanmälan. Dis duty dey, for example, for evribodi wey dey work for school.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Di social welfare office must den immediately find out di protection wey di pikin need. For pikin, na human trafficking even if nobodi use threat or lie. If di pikin dey for danger now, call 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = For here you fit find pesin wey you fit contact. Na you go decide wetin you wan tok. If you dey for danger now, call 112.
human-region-ask = Which part of Sweden you dey? Choose one region, or "I no know".
contacts-intro = Dis na di pipo wey you fit contact. Na you go decide wetin you wan tok, and whether you go give your name.
contacts-ask = Wetin you wan do now?
contacts-other-region = Choose anoda region
contacts-rights = My rights
