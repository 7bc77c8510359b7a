# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = I go ask you 9 short questions about your situation. Answer only di ones wey you want. You fit stop any time. I no go ask for name, place or document.
check-intro-ask = You wan start?
check-start = Yes, oya ask me
check-skip = No, show me di help wey dey

answer-yes = Yes
answer-no = No
answer-unsure = I no know
check-stop = Stop for here

# Identity documents taken or kept by someone else. (004)
sign-passport = Question 1 out of 9. Pesin don take your passport or ID card? Or pesin dey keep am "for you"?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Question 2 out of 9. You dey owe moni to di pesin wey bring you come here, or wey find di work for you? Di debt dey increase more and more?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Question 3 out of 9. Pesin don threaten you or your family? Or threaten say dem go report you to police or to di Migration office (Migrationsverket)?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Question 4 out of 9. Pesin dey stop you make you no fit comot, leave your work, or go wia you want? Pesin dey watch you wen you no dey work?
# Must hand over all or most of the earnings. (004)
sign-money = Question 5 out of 9. You must give all di moni wey you make, or most of am, to anoda pesin?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Question 6 out of 9. You dey live for di place wey you dey work, or wit di pesin wey you dey work for? Or you no know di address?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Question 7 out of 9. You dey work very long hours every day, wit no day off? Di pay small well well, dem dey hold am, or dem no dey pay you at all?
# The work is not what was promised. (004)
sign-promise = Question 8 out of 9. Di work different from wetin dem promise you?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Question 9 out of 9. You must bring one fixed amount of moni every day, for example from begging or stealing? Dem dey punish you if you no bring am?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Threat against you or your family na serious mata. If you or anybodi for your family dey for danger now, call 112. Di call free.
check-threats-ask = You wan continue wit di questions?
check-continue = Yes, continue

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Thank you say you answer. If you answer yes, e fit be sign of exploitation or human trafficking. But one sign alone no prove anything. If pesin dey exploit you, e fit be crime against you. No be your fault.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Na you go decide wetin go happun next. You fit read about your rights, or tok to pesin. If you dey for danger now, call 112.
check-result-ask = Wetin you wan do?
result-rights = Make I read about my rights
result-needs = Di help wey dey
