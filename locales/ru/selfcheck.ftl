# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Я задам 9 коротких вопросов о вашей ситуации. Отвечайте только на то, на что хотите. Вы можете остановиться в любой момент. Я не буду спрашивать об именах, местах или документах.
check-intro-ask = Хотите начать?
check-start = Да, задавайте вопросы
check-skip = Нет, покажите, какая есть помощь

answer-yes = Да
answer-no = Нет
answer-unsure = Не знаю
check-stop = Закончить на этом

# Identity documents taken or kept by someone else. (004)
sign-passport = Вопрос 1 из 9. Кто-то забрал ваш паспорт или удостоверение личности? Или кто-то хранит его «для вас»?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Вопрос 2 из 9. Вы должны деньги человеку, который привёз вас сюда или нашёл вам работу? Долг всё время растёт?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Вопрос 3 из 9. Кто-то угрожал вам или вашей семье? Или угрожал сообщить о вас в полицию или в Миграционную службу?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Вопрос 4 из 9. Кто-то мешает вам уйти, бросить работу или ходить, куда вы хотите? За вами следят, когда вы не работаете?
# Must hand over all or most of the earnings. (004)
sign-money = Вопрос 5 из 9. Вам приходится отдавать кому-то все или почти все деньги, которые вы зарабатываете?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Вопрос 6 из 9. Вы живёте там, где работаете, или у человека, на которого работаете? Или вы не знаете адреса?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Вопрос 7 из 9. Вы работаете очень долго каждый день, без выходных? Вам платят очень мало, задерживают зарплату или не платят совсем?
# The work is not what was promised. (004)
sign-promise = Вопрос 8 из 9. Работа не такая, как вам обещали?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Вопрос 9 из 9. Вам нужно каждый день приносить определённую сумму денег, например от попрошайничества или краж? Вас наказывают, если вы её не приносите?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Угрозы вам или вашей семье — это серьёзно. Если вам или кому-то из вашей семьи сейчас грозит опасность, позвоните 112. Это бесплатно.
check-threats-ask = Хотите продолжить отвечать на вопросы?
check-continue = Да, продолжить

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Спасибо за ответы. Ответ «да» может быть признаком эксплуатации или торговли людьми. Но один признак ничего не доказывает. Если вас кто-то эксплуатирует, это может быть преступлением против вас. Это не ваша вина.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Вы сами решаете, что будет дальше. Можно прочитать о ваших правах или поговорить с человеком. Если вы сейчас в опасности, позвоните 112.
check-result-ask = Что вы хотите сделать?
result-rights = Прочитать о моих правах
result-needs = Какая помощь есть
