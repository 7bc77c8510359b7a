# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)

check-intro = I will ask some questions about your situation. Answer only what you want. You can stop at any time. I will not ask for names, places or documents.
check-intro-ask = Do you want to start?
check-start = Yes, ask me
check-skip = No, show me what help there is

answer-yes = Yes
answer-no = No
answer-unsure = I don't know

# Identity documents taken or kept by someone else. (004)
sign-passport = Has someone taken your passport or ID card, or do they keep it "for you"?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Do you owe money to the person who brought you here or found you the work? Does the debt keep growing?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Has anyone threatened you or your family? Or threatened to report you to the police or the Migration Agency?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Are you unable to leave, quit or go where you want? Are you watched when you are not working?
# Must hand over all or most of the earnings. (004)
sign-money = Do you have to give all or most of the money you earn to someone else?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Do you live where you work, or with the person you work for? Do you maybe not know the address?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Do you work very long days with no days off? Is the pay very low, kept from you, or not paid at all?
# The work is not what was promised. (004)
sign-promise = Is the work different from what you were promised?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Do you have to bring in a set amount of money every day, for example by begging or stealing, or you are punished?

## Result: never a verdict
# Trafficking and exploitation are crimes against the person; victims rarely see themselves as victims. (004, 001)
check-result-signs = Thank you for answering. If you answered yes to any question, that can be a sign of exploitation or human trafficking. These are crimes. They are done to you. It is not your fault.
# Support does not depend on talking to the police; the person decides. (004)
check-result-decide = You decide what happens next. You can read about your rights, or talk to a person. You do not have to talk to the police to get support.
check-result-ask = What would you like to do?
result-rights = Read about my rights
result-needs = What help there is
