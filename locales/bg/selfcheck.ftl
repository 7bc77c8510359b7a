# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Ще ти задам 9 кратки въпроса за твоето положение. Отговаряй само на това, което искаш. Можеш да спреш по всяко време. Няма да питам за имена, места или документи.
check-intro-ask = Искаш ли да започнем?
check-start = Да, питай ме
check-skip = Не, покажи ми каква помощ има

answer-yes = Да
answer-no = Не
answer-unsure = Не знам
check-stop = Спирам дотук

# Identity documents taken or kept by someone else. (004)
sign-passport = Въпрос 1 от 9. Взел ли е някой паспорта или личната ти карта? Или някой ги пази „за теб“?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Въпрос 2 от 9. Дължиш ли пари на човека, който те доведе тук или ти намери работата? Дългът расте ли все повече?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Въпрос 3 от 9. Заплашвал ли е някой теб или семейството ти? Или е заплашвал, че ще те издаде на полицията или на Агенцията по миграция (Migrationsverket)?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Въпрос 4 от 9. Пречи ли ти някой да си тръгнеш, да напуснеш работата или да ходиш, където искаш? Следят ли те, когато не работиш?
# Must hand over all or most of the earnings. (004)
sign-money = Въпрос 5 от 9. Трябва ли да даваш на някой друг всички или почти всички пари, които изкарваш?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Въпрос 6 от 9. Живееш ли там, където работиш, или при човека, за когото работиш? Или не знаеш адреса?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Въпрос 7 от 9. Работиш ли много дълги дни без почивен ден? Заплащането много ниско ли е, задържат ли ти го, или изобщо не ти плащат?
# The work is not what was promised. (004)
sign-promise = Въпрос 8 от 9. Различна ли е работата от тази, която ти обещаха?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Въпрос 9 от 9. Трябва ли всеки ден да носиш определена сума пари, например от просия или кражби? Наказват ли те, ако не я донесеш?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Заплахите срещу теб или семейството ти са сериозни. Ако ти или някой от семейството ти е в опасност сега, обади се на 112. Обаждането е безплатно.
check-threats-ask = Искаш ли да продължим с въпросите?
check-continue = Да, продължи

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Благодарим за отговорите. Отговор „да“ може да е знак за експлоатация или трафик на хора. Но един знак сам по себе си не доказва нищо. Ако някой те експлоатира, това може да е престъпление срещу теб. Не е твоя вина.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Ти решаваш какво ще стане после. Можеш да прочетеш за правата си или да говориш с човек. Ако си в опасност сега, обади се на 112.
check-result-ask = Какво искаш да направиш?
result-rights = Да прочета за правата си
result-needs = Каква помощ има
