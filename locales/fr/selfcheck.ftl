# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Je vais vous poser 9 questions courtes sur votre situation. Répondez seulement à ce que vous voulez. Vous pouvez arrêter à tout moment. Je ne vous demanderai pas de noms, de lieux ni de papiers.
check-intro-ask = Voulez-vous commencer ?
check-start = Oui, posez-moi les questions
check-skip = Non, montrez-moi l'aide qui existe

answer-yes = Oui
answer-no = Non
answer-unsure = Je ne sais pas
check-stop = Arrêter ici

# Identity documents taken or kept by someone else. (004)
sign-passport = Question 1 sur 9. Est-ce que quelqu'un a pris votre passeport ou votre carte d'identité ? Ou est-ce que quelqu'un le garde « pour vous » ?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Question 2 sur 9. Devez-vous de l'argent à la personne qui vous a fait venir, ou qui vous a trouvé le travail ? Est-ce que la dette augmente tout le temps ?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Question 3 sur 9. Est-ce que quelqu'un a fait des menaces contre vous ou votre famille ? Ou a menacé de vous dénoncer à la police ou à l'Office des migrations ?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Question 4 sur 9. Est-ce que quelqu'un vous empêche de partir, de quitter votre travail ou d'aller où vous voulez ? Est-ce qu'on vous surveille quand vous ne travaillez pas ?
# Must hand over all or most of the earnings. (004)
sign-money = Question 5 sur 9. Est-ce que vous devez donner à quelqu'un d'autre tout ou presque tout l'argent que vous gagnez ?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Question 6 sur 9. Est-ce que vous habitez là où vous travaillez, ou chez la personne pour qui vous travaillez ? Ou est-ce que vous ne connaissez pas l'adresse ?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Question 7 sur 9. Est-ce que vous travaillez de très longues journées, sans jour de repos ? Est-ce qu'on vous paie très peu, qu'on garde votre salaire, ou qu'on ne vous paie pas du tout ?
# The work is not what was promised. (004)
sign-promise = Question 8 sur 9. Est-ce que le travail est différent de ce qu'on vous avait promis ?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Question 9 sur 9. Est-ce que vous devez rapporter une somme fixe chaque jour, par exemple en mendiant ou en volant ? Est-ce qu'on vous punit si vous ne le faites pas ?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Les menaces contre vous ou votre famille sont graves. Si vous ou une personne de votre famille êtes en danger maintenant, appelez le 112. C'est gratuit.
check-threats-ask = Voulez-vous continuer les questions ?
check-continue = Oui, continuer

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Merci d'avoir répondu. Répondre oui peut être un signe d'exploitation ou de traite des personnes. Mais un seul signe ne prouve rien. Si quelqu'un vous exploite, cela peut être un crime contre vous. Ce n'est pas votre faute.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = C'est vous qui décidez de la suite. Vous pouvez lire des informations sur vos droits, ou parler à une personne. Si vous êtes en danger maintenant, appelez le 112.
check-result-ask = Que voulez-vous faire ?
result-rights = En savoir plus sur mes droits
result-needs = L'aide qui existe
