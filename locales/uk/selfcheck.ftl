# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Я поставлю 9 коротких запитань про вашу ситуацію. Відповідайте лише на ті, на які хочете. Ви можете зупинитися будь-коли. Я не питатиму імен, місць чи документів.
check-intro-ask = Хочете почати?
check-start = Так, запитуйте
check-skip = Ні, покажіть, яка є допомога

answer-yes = Так
answer-no = Ні
answer-unsure = Не знаю
check-stop = Зупинитися тут

# Identity documents taken or kept by someone else. (004)
sign-passport = Запитання 1 з 9. Хтось забрав ваш паспорт або посвідчення особи? Або хтось тримає його «для вас»?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Запитання 2 з 9. Ви винні гроші людині, яка привезла вас сюди або знайшла вам роботу? Цей борг постійно зростає?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Запитання 3 з 9. Хтось погрожував вам чи вашій родині? Або погрожував заявити на вас у поліцію чи Міграційну службу?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Запитання 4 з 9. Хтось не дає вам піти, звільнитися з роботи чи ходити, куди ви хочете? За вами стежать, коли ви не працюєте?
# Must hand over all or most of the earnings. (004)
sign-money = Запитання 5 з 9. Ви мусите віддавати комусь усі або майже всі гроші, які заробляєте?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Запитання 6 з 9. Ви живете там, де працюєте, або в людини, на яку працюєте? Або ви не знаєте адреси?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Запитання 7 з 9. Ви працюєте дуже багато годин на день, без вихідних? Вам платять дуже мало, затримують зарплату чи не платять зовсім?
# The work is not what was promised. (004)
sign-promise = Запитання 8 з 9. Робота не така, як вам обіцяли?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Запитання 9 з 9. Ви мусите щодня приносити певну суму грошей, наприклад від жебракування чи крадіжок? Вас карають, якщо ви її не приносите?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Погрози вам чи вашій родині — це серйозно. Якщо вам або комусь із вашої родини зараз загрожує небезпека, телефонуйте 112. Це безкоштовно.
check-threats-ask = Хочете відповідати на запитання далі?
check-continue = Так, далі

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Дякуємо за відповіді. Відповідь «так» може бути ознакою експлуатації або торгівлі людьми. Але одна ознака нічого не доводить. Якщо вас хтось експлуатує, це може бути злочином проти вас. Це не ваша провина.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Ви самі вирішуєте, що буде далі. Ви можете прочитати про свої права або поговорити з людиною. Якщо ви зараз у небезпеці, телефонуйте 112.
check-result-ask = Що ви хочете зробити?
result-rights = Прочитати про мої права
result-needs = Яка є допомога
