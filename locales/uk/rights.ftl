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
# Social services where the person is staying are responsible; without a residence permit, limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = За підтримку відповідає соціальна служба (socialtjänsten) муніципалітету, у якому ви перебуваєте. Якщо у вас немає дозволу на проживання, допомогу надають лише в невідкладних ситуаціях. Це може бути захищене житло, поки ви чекаєте на повернення додому. Також це може бути перекладач, психологічна підтримка або допомога звернутися до закладів охорони здоров’я.

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
# People without a residence permit exploited in prostitution have been detained and deported instead of getting a reflection period. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Але людей без дозволу на проживання, яких експлуатували в проституції, затримували й депортували. Захистити вас можуть період для роздумів, перекладач і адвокат.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Поліція затримувала людей без дозволу на проживання, навіть коли їх експлуатували в проституції. Декого з них депортували.
# An interpreter and legal advice or counsel are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003)
right-stopped-2 = Якщо вас зупинила поліція, ви можете попросити перекладача й адвоката. Ви можете розповісти, якщо вам хтось погрожував або вас експлуатував. Тоді ви можете мати право на період для роздумів.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Люди, які постраждали від торгівлі людьми, мають право просити про компенсацію. Ви можете вимагати відшкодування шкоди від людини, яка вам її завдала. Також можна подати заяву на компенсацію для постраждалих від злочинів (brottsskadeersättning). Немає гарантії, що ви отримаєте гроші.
# Counsel for the injured party: a right that too few get; legal help and representation in court. (002, 004)
right-compensation-2 = Якщо триває розслідування, ви можете попросити власного адвоката — представника потерпілого (målsägandebiträde). Адвокат допомагає вам під час розслідування і в суді.

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

# The national support programme run by the civil-society platform, with shelters and a trafficking centre. (002)
right-support-1 = Громадські організації надають підтримку, зокрема людям, які не хочуть мати справ з органами влади. Національна програма підтримки (Nationella stödprogrammet) має притулки й центр для людей, які постраждали від торгівлі людьми.
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

# Legal advice in a language they understand: the most common need. (002) Rights package: legal advice. (000)
need-legal = Ви можете попросити юридичну консультацію та інформацію мовою, яку розумієте. Це частина підтримки під час періоду для роздумів.
# Psychological support. (002, 000)
need-psych = Багатьом людям потрібно з кимось поговорити. Ви можете попросити психологічну підтримку. Це частина пакета прав.
# Material support. (002, 000) Social services are responsible for support. (001)
need-material = Ви можете попросити матеріальну підтримку, наприклад гроші на щоденне життя. За підтримку відповідає соціальна служба.
# Help in contact with authorities. (002)
need-authorities = Спілкування з органами влади може бути складним і страшним. Організації підтримки можуть супроводжувати вас і допомагати вам у контактах з органами влади.
# Translation and interpretation; an interpreter is part of the rights package. (002, 000)
need-interpreter = Ви маєте право попросити перекладача. Це частина підтримки під час періоду для роздумів.
# Safe housing. (002, 000, 001)
need-housing = Ви можете попросити безпечне житло. Соціальна служба та організації підтримки можуть допомогти із захищеним житлом.
# Identification and initial advice. (002)
need-advice = Людина може вислухати вашу розповідь і допомогти вам зрозуміти вашу ситуацію та ваші можливості. Ви самі вирішуєте, що розповідати.
# Basic needs: food, hygiene. (002)
need-basic = Організації підтримки можуть допомогти з тим, що вам потрібно щодня: їжею, одягом і засобами гігієни.
# Acute medical care; necessary health care is in the rights package during the reflection period. (002, 000)
need-medical = Якщо це невідкладна ситуація, телефонуйте 112. Ви можете попросити потрібну вам медичну допомогу. Це частина підтримки під час періоду для роздумів.
# Support in legal processes; counsel for the injured party. (002, 004)
need-process = Є справа в поліції або суд? Тоді ви можете попросити власного адвоката (målsägandebiträde) і підтримку від організації.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Якщо ви хочете повернутися додому, є допомога, щоб зробити це безпечно. Для цього є програма, яку веде IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Діти мають право ходити до школи. Соціальна служба може допомогти з тим, що потрібно вашим дітям.

need-person = Про це також можна поговорити з людиною. Ви самі вирішуєте, що розповідати.
