# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Добре е, че си тук. Трудно е да се тревожиш за някого.
family-intro-2 = Хората, които са експлоатирани, често не виждат себе си като жертви. Може да се страхуват какво може да се случи на тях или на семейството им.
family-ask = Какво искаш да разбереш?
family-signs = Знаци, за които да внимаваш
family-help = Как мога да помогна
family-rights = Правата им в Швеция
family-next-ask = Какво още искаш да разбереш?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Някои знаци: някой друг държи паспорта или личната им карта. Дължат пари и дългът все расте. Не могат да се движат свободно или винаги ги следят.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Работят много дълги дни за малко пари или без пари. Работата не е това, което им обещаха, или трябва да носят пари всеки ден. Един знак сам по себе си не доказва нищо.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Слушай, без да съдиш. Не ги притискай да си тръгнат или да отидат в полицията. Натискът може да ги изложи на опасност. Те решават.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Можеш да им кажеш за този чат, когато е безопасно. Става ли дума за дете под 18 години? Свържи се със социалните служби (socialtjänsten). Ако някой е в опасност сега, обади се на 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Ако в работата си срещаш хора, които може да са експлоатирани, можеш да получиш съвет. В Швеция има национална линия за подкрепа и наръчник за специалисти. Могат да помогнат и регионалните координатори срещу проституцията и трафика на хора.
professional-ask = Какво искаш да разбереш?
professional-next-ask = Какво още искаш да разбереш?
professional-signs = Знаци, за които да внимаваш
professional-act = Какво мога да направя
professional-children = Деца и задължение за сигнал
professional-rights = Права на експлоатираните хора
professional-support = Линия за подкрепа и наръчник
professional-coordinators = Регионални координатори
professional-region-ask = Къде в Швеция работиш? Избери регион.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Регионалните координатори срещу проституцията и трафика на хора съветват специалисти. Ето контактите в региона, който избра.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Знаци могат да бъдат: някой друг държи паспорта или личната карта на човека. Човекът има дълг, който все расте. Заплашват човека или семейството му, например че ще го издадат на властите.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Човекът не може да напусне работата си или да се движи свободно. Може би живее при работодателя. Работи много дълги дни за ниско заплащане или без заплащане, или трябва всеки ден да предава определена сума. Има знаци за насилие, страх или тревожност.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Хората, които са експлоатирани, рядко виждат себе си като жертви и рядко искат помощ с тези думи. Един знак сам по себе си не доказва нищо. Гледай цялата картина.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Кажи на човека какви права и каква подкрепа има. Пълнолетният човек решава сам за себе си. Подкрепата не бива да зависи от това дали човекът сътрудничи на полицията. Поискай съвет от линията за подкрепа или от регионален координатор. Ако някой е в опасност, обади се на 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Може да имаш задължение да подадеш сигнал до социалните служби, ако подозираш, че на дете се причинява вреда. Този сигнал се нарича orosanmälan. Задължението важи например за всички, които работят в училище.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Тогава социалните служби трябва незабавно да разберат от каква защита има нужда детето. За дете това е трафик на хора дори без заплахи или лъжи. Ако детето е в опасност сега, обади се на 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Тук можеш да намериш човек, с когото да се свържеш. Ти решаваш какво искаш да кажеш. Ако си в опасност сега, обади се на 112.
human-region-ask = Къде в Швеция си? Избери регион или „Не знам“.
contacts-intro = Ето към кого можеш да се обърнеш. Ти решаваш какво искаш да кажеш и дали да кажеш името си.
contacts-ask = Какво искаш да направиш сега?
contacts-other-region = Избирам друг регион
contacts-rights = Моите права
