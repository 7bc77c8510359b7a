# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = I will ask 9 short questions about your situation. Answer only what you want. You can stop at any time. I will not ask for names, places or documents.
check-intro-ask = Do you want to start?
check-start = Yes, ask me
check-skip = No, show me what help there is

answer-yes = Yes
answer-no = No
answer-unsure = I don't know
check-stop = Stop here

# Identity documents taken or kept by someone else. (004)
sign-passport = Question 1 of 9. Has someone taken your passport or ID card? Or does someone keep it "for you"?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Question 2 of 9. Do you owe money to the person who brought you here or found you the work? Does the debt keep growing?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Question 3 of 9. Has anyone threatened you or your family? Or threatened to report you to the police or the Migration Agency?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Question 4 of 9. Does someone stop you from leaving, quitting your work or going where you want? Are you watched when you are not working?
# Must hand over all or most of the earnings. (004)
sign-money = Question 5 of 9. Do you have to give all or most of the money you earn to someone else?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Question 6 of 9. Do you live where you work, or with the person you work for? Or do you not know the address?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Question 7 of 9. Do you work very long days with no days off? Is the pay very low, kept from you, or not paid at all?
# The work is not what was promised. (004)
sign-promise = Question 8 of 9. Is the work different from what you were promised?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Question 9 of 9. Do you have to bring in a set amount of money every day, for example from begging or stealing? Are you punished if you do not?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Threats against you or your family are serious. If you or someone in your family is in danger now, call 112. It is free.
check-threats-ask = Do you want to go on with the questions?
check-continue = Yes, go on

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Thank you for answering. Answering yes can be a sign of exploitation or human trafficking. But one sign alone does not prove anything. If someone exploits you, it can be a crime against you. It is not your fault.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = You decide what happens next. You can read about your rights, or talk to a person. If you are in danger now, call 112.
check-result-ask = What would you like to do?
result-rights = Read about my rights
result-needs = What help there is
