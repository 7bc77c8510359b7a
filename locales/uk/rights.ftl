# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = Про що ви хочете дізнатися? Виберіть одне.
rights-reflection = Час відпочити й подумати (30 днів)
rights-package = Підтримка, яку можна попросити
rights-police = Підтримка і поліція
rights-punish = Якщо мене змусили скоїти злочин
rights-selling = Продаж сексуальних послуг і закон
rights-stopped = Якщо мене зупинить поліція
rights-compensation = Компенсація та адвокат
rights-children = Діти до 18 років
rights-return = Повернутися додому чи залишитися
rights-work = Права на роботі
rights-forms = Різні види експлуатації
rights-support = Допомога від організацій

right-next-ask = Що ви хочете зробити зараз?
right-more = Інші права
right-needs = Яка є допомога
human-choice = Знайти людину для розмови

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Період для роздумів — це для людей, які могли постраждати від торгівлі людьми і не мають права перебувати у Швеції. Це тимчасовий дозвіл на проживання щонайменше на 30 днів. Він дає час відпочити й вирішити, чи хочете ви допомогти розслідуванню.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Ви не можете подати заяву самі. Заяву подає людина, яка керує розслідуванням (förundersökningsledaren), або соціальна служба. Рішення ухвалює Міграційна служба (Migrationsverket), а іноді цей час можна продовжити. Попросіть про допомогу соціальну службу або людину тут.

# The rights package during the reflection period. (000, 004)
right-package-1 = Під час періоду для роздумів ви маєте право просити про підтримку. Ви можете попросити безпечне житло, юридичну консультацію та інформацію, а також потрібну медичну допомогу. Ще можна попросити психологічну підтримку, перекладача, а також гроші чи іншу допомогу в повсякденному житті. Ця підтримка називається «пакет прав».
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = За підтримку відповідає соціальна служба (socialtjänsten) муніципалітету, у якому ви перебуваєте. Без права перебувати у Швеції допомогу надають лише в невідкладних ситуаціях. Це може бути захищене житло, поки ви чекаєте на повернення додому. Також це може бути перекладач, психологічна підтримка або допомога звернутися до закладів охорони здоров’я.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Ви самі вирішуєте, чи заявляти про щось у поліцію. Підтримка не повинна залежати від того, чи допомагаєте ви розслідуванню і чи йдете до суду.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Але якщо ви приїхали з іншої країни, на практиці це складніше. Щоб отримати всю підтримку, зазвичай потрібен період для роздумів або дозвіл на час розслідування. Інший шлях — Національна програма підтримки (Nationella stödprogrammet), яку ведуть громадські організації.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Деяких людей змушують красти, продавати наркотики чи скоювати інші злочини. Якщо ви постраждали від торгівлі людьми, вас не повинні карати за злочини, які вас змусили скоїти.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Якщо ви боїтеся того, що може статися, спершу поговоріть із людиною. Ця людина може допомогти вам зрозуміти вашу ситуацію, перш ніж ви щось вирішите.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = У Швеції продавати сексуальні послуги — не злочин. Купувати сексуальні послуги — злочин. Злочин скоює покупець, а не ви.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Але людей з інших країн, яких експлуатують у проституції, затримували й висилали. Захистити вас може період для роздумів, перекладач і юридична допомога.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Поліція затримувала людей з інших країн, навіть коли їх експлуатували в проституції. Деяких вислали.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Якщо вас зупинила поліція, ви можете попросити перекладача. Ви можете сказати, якщо вам погрожували або вас експлуатували. Тоді ви можете мати право на період для роздумів. Ви також можете попросити юридичну допомогу.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Люди, які постраждали від торгівлі людьми, мають право просити про компенсацію. Ви можете вимагати відшкодування шкоди від людини, яка вам її завдала. Також можна подати заяву на компенсацію для постраждалих від злочинів (brottsskadeersättning). Немає гарантії, що ви отримаєте гроші.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Ви потерпіла сторона у злочині (målsägande)? Тоді ви можете попросити власного адвоката — представника потерпілого (målsägandebiträde). Адвокат допомагає під час розслідування і в суді. Його надають не завжди. Людина тут може допомогти вам про нього попросити.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Якщо вам менше 18 років, соціальна служба має негайно з’ясувати, якого захисту ви потребуєте. Ви маєте право на захист. Якщо ви зараз у небезпеці, телефонуйте 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Коли йдеться про дитину, це торгівля людьми, навіть якщо ніхто не погрожував і не обманював. Дитина в цьому ніколи не винна. Ви можете поговорити про це з людиною тут.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Якщо ви хочете повернутися додому, є допомога, щоб зробити це безпечно. Міжнародна організація з міграції (IOM) має програму повернення, і Швеція робить у неї внесок.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = У деяких випадках можна залишитися у Швеції. Це може бути тимчасовий дозвіл на проживання, поки ви берете участь у розслідуванні та суді. Людина може допомогти вам зрозуміти, які у вас є варіанти.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Примусова праця і робота на явно несправедливих умовах можуть бути злочином: експлуатацією людини (människoexploatering). Таке трапляється, наприклад, у будівництві, прибиранні, ресторанах, сільському господарстві, на збиранні ягід і в приватних домівках.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Вам не заплатили або заплатили набагато менше, ніж обіцяли? Тоді ви можете попросити допомоги, щоб вимагати належну вам зарплату і компенсацію.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Торгівля людьми та експлуатація можуть виглядати по-різному. Це може стосуватися сексу, роботи чи жебракування. Також людину можуть змушувати красти чи скоювати інші злочини.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Це також може бути примусовий шлюб або коли хтось забирає в людини органи. Багатьох людей експлуатують кількома способами одночасно. У цьому ніколи немає вашої провини.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Організації громадянського суспільства підтримують і тих, хто не хоче контакту з органами влади. Національна програма підтримки (Nationella stödprogrammet) має притулки та центр для людей, постраждалих від експлуатації в проституції або торгівлі людьми.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = У Швеції є регіональні координатори з протидії проституції та торгівлі людьми. Вони можуть допомогти вам знайти потрібну підтримку.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Що могло б допомогти вам зараз? Виберіть одне.
needs-legal = Юридична порада моєю мовою
needs-psych = Поговорити про те, як я почуваюся
needs-material = Гроші чи потрібні речі
needs-authorities = Допомога з органами влади
needs-interpreter = Перекладач
needs-housing = Безпечне житло
needs-advice = Порада щодо моєї ситуації
needs-basic = Їжа, одяг чи засоби гігієни
needs-medical = Лікар або медична допомога
needs-process = Підтримка в поліції чи суді
needs-return = Допомога повернутися додому
needs-school = Школа для моїх дітей

need-next-ask = Що ви хочете зробити зараз?
need-more = Щось інше
need-rights = Мої права

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Ви можете попросити юридичну консультацію та інформацію мовою, яку розумієте. Організації підтримки дають такі консультації, також людям без дозволу на проживання. Під час періоду для роздумів це частина підтримки.
# Psychological support. (002, 000)
need-psych = Багатьом людям потрібно з кимось поговорити. Ви можете попросити психологічну підтримку. Це частина пакета прав.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Ви можете попросити матеріальну допомогу в соціальній службі. Без права перебувати у Швеції це часто лише екстрена допомога, наприклад на їжу чи на дорогу додому. Організації підтримки теж можуть допомогти.
# Help in contact with authorities. (002)
need-authorities = Спілкування з органами влади може бути складним і страшним. Організації підтримки можуть супроводжувати вас і допомагати вам у контактах з органами влади.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Ви маєте право попросити перекладача. Соціальна служба й організації підтримки можуть допомогти його отримати. Під час періоду для роздумів це частина підтримки.
# Safe housing. (002, 000, 001)
need-housing = Ви можете попросити безпечне житло. Соціальна служба та організації підтримки можуть допомогти із захищеним житлом.
# Identification and initial advice. (002)
need-advice = Людина може вислухати вашу розповідь і допомогти вам зрозуміти вашу ситуацію та ваші можливості. Ви самі вирішуєте, що розповідати.
# Basic needs: food, hygiene. (002)
need-basic = Організації підтримки можуть допомогти з тим, що вам потрібно щодня: їжею, одягом і засобами гігієни.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = Якщо це невідкладна ситуація, телефонуйте 112. Ви можете попросити потрібну вам медичну допомогу. Соціальна служба й організації підтримки можуть допомогти вам звернутися до лікаря.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Є заява в поліцію або суд? Якщо ви потерпіла сторона (målsägande), ви можете попросити власного адвоката (målsägandebiträde). Його надають не завжди. Людина тут може допомогти вам про нього попросити, а організація — підтримати вас.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Якщо ви хочете повернутися додому, є допомога, щоб зробити це безпечно. Для цього є програма, яку веде IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Діти мають право ходити до школи. Соціальна служба може допомогти з тим, що потрібно вашим дітям.

need-person = Про це також можна поговорити з людиною. Ви самі вирішуєте, що розповідати.
