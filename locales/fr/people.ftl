# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = C'est bien que vous soyez ici. S'inquiéter pour quelqu'un, c'est difficile.
family-intro-2 = Souvent, les personnes exploitées ne se voient pas comme des victimes. Elles peuvent avoir peur de ce qui pourrait leur arriver, à elles ou à leur famille.
family-ask = Que voulez-vous savoir ?
family-signs = Les signes à repérer
family-help = Comment je peux aider
family-rights = Ses droits en Suède
family-next-ask = Que voulez-vous savoir d'autre ?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Quelques signes : quelqu'un d'autre garde son passeport ou sa carte d'identité. La personne doit de l'argent, et la dette augmente sans cesse. Elle ne peut pas se déplacer librement, ou elle est toujours surveillée.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = La personne travaille de très longues journées, pour un petit salaire ou sans salaire. Le travail n'est pas celui qu'on lui avait promis, ou elle doit rapporter de l'argent chaque jour. Un seul signe ne prouve rien.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Écoutez sans juger. Ne poussez pas la personne à partir ou à aller à la police. La pression peut la mettre en danger. C'est elle qui décide.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Quand il n'y a pas de danger, vous pouvez lui parler de ce service de discussion. S'agit-il d'un enfant de moins de 18 ans ? Contactez les services sociaux. Si quelqu'un est en danger maintenant, appelez le 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Si, dans votre travail, vous rencontrez des personnes qui sont peut-être exploitées, vous pouvez demander conseil. La Suède a une ligne de soutien nationale et un manuel pour les professionnels. Les coordinateurs régionaux contre la prostitution et la traite des personnes peuvent aussi aider.
professional-ask = Que voulez-vous savoir ?
professional-next-ask = Que voulez-vous savoir d'autre ?
professional-signs = Les signes à repérer
professional-act = Ce que je peux faire
professional-children = Enfants et obligation de signaler
professional-rights = Droits des personnes exploitées
professional-support = Ligne de soutien et manuel
professional-coordinators = Coordinateurs régionaux
professional-region-ask = Où travaillez-vous en Suède ? Choisissez une région.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Les coordinateurs régionaux contre la prostitution et la traite des personnes conseillent les professionnels. Voici les contacts de la région choisie.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Signes possibles : quelqu'un d'autre garde le passeport ou la carte d'identité de la personne. La personne a une dette qui augmente sans cesse. On menace la personne ou sa famille, par exemple de la dénoncer aux autorités.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = La personne ne peut pas quitter son travail ni se déplacer librement, et vit peut-être chez son employeur. Elle travaille de très longues journées pour un salaire faible ou nul, ou doit remettre une somme chaque jour. Il y a des signes de violence, de peur ou d'angoisse.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Les personnes exploitées se voient rarement comme des victimes, et demandent rarement de l'aide avec ces mots. Un seul signe ne prouve rien. Regardez la situation dans son ensemble.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Informez la personne de ses droits et du soutien possible. Si c'est une personne adulte, laissez-la décider elle-même. Le soutien ne doit pas dépendre d'une coopération avec la police. Demandez conseil à la ligne de soutien ou à un coordinateur régional. Si quelqu'un est en danger, appelez le 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Vous avez peut-être l'obligation de faire un signalement aux services sociaux si vous soupçonnez qu'un enfant est maltraité. Cela s'appelle orosanmälan. Cette obligation concerne par exemple toutes les personnes qui travaillent dans une école.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Les services sociaux doivent alors chercher sans attendre de quelle protection l'enfant a besoin. Pour un enfant, c'est de la traite des personnes même sans menaces ni mensonges. Si l'enfant est en danger maintenant, appelez le 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Ici, vous pouvez trouver une personne à contacter. C'est vous qui décidez ce que vous voulez dire. Si vous êtes en danger maintenant, appelez le 112.
human-region-ask = Où êtes-vous en Suède ? Choisissez une région, ou « Je ne sais pas ».
contacts-intro = Voici qui vous pouvez contacter. C'est vous qui décidez ce que vous voulez dire, et si vous donnez votre nom.
contacts-ask = Que voulez-vous faire maintenant ?
contacts-other-region = Choisir une autre région
contacts-rights = Mes droits
