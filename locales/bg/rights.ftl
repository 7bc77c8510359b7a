# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = За какво искаш да научиш? Избери едно.
rights-reflection = Почивка и размисъл (30 дни)
rights-package = Подкрепа, която можеш да поискаш
rights-police = Подкрепата и полицията
rights-punish = Ако ме принудиха да наруша закона
rights-selling = Секс срещу пари и законът
rights-stopped = Ако полицията ме спре
rights-compensation = Обезщетение и адвокат
rights-children = Деца под 18 години
rights-return = Да се върна у дома или да остана
rights-work = Права в работата
rights-forms = Различни видове експлоатация
rights-support = Помощ от организации

right-next-ask = Какво искаш да направиш сега?
right-more = Други права
right-needs = Каква помощ има
human-choice = Търся човек, с когото да говоря

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Периодът за размисъл е за хора, които може да са жертви на трафик на хора. Той е за тези, които нямат право да останат в Швеция. Това е разрешение за временно пребиваване, тоест право да останеш в Швеция поне 30 дни. Дава ти време да си починеш и да решиш дали искаш да помогнеш на разследване.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Ти не можеш да подадеш молбата. Молбата я подава човекът, който ръководи разследването (förundersökningsledaren), или социалните служби (socialtjänsten). Решава Агенцията по миграция (Migrationsverket). Понякога срокът може да бъде удължен. Поискай помощ от социалните служби или от човек тук.

# The rights package during the reflection period. (000, 004)
right-package-1 = По време на периода за размисъл имаш право да поискаш подкрепа. Можеш да поискаш безопасно място за живеене, правни съвети (съвети за закона) и информация. Можеш да поискаш и медицинската помощ, от която имаш нужда. Можеш също да поискаш психологическа подкрепа, преводач и пари или друга помощ за ежедневието. Тази подкрепа се нарича пакет от права.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Социалните служби (socialtjänsten) в общината, където се намираш, отговарят за подкрепата. Без право да си в Швеция помощта е само при спешни случаи. Може да е защитено жилище, докато чакаш да се върнеш у дома. Може да е и преводач, психологическа подкрепа или помощ да се свържеш с лекари и болници.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Ти решаваш дали да подадеш сигнал в полицията. Подкрепата не бива да зависи от това дали помагаш в разследване или ходиш на съд.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Но ако идваш от друга държава, на практика е по-трудно. За да получиш цялата подкрепа, обикновено ти трябва период за размисъл. Или разрешение за пребиваване по време на разследване. Друг път е Националната програма за подкрепа (Nationella stödprogrammet), която се води от граждански организации (НПО).

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Някои хора са принудени да крадат, да продават наркотици или да извършват други престъпления. Ако някой те експлоатира чрез трафик на хора, не бива да те наказват за престъпления, към които са те принудили.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Ако се страхуваш какво може да стане, първо говори с човек. Човекът може да ти помогне да разбереш положението си, преди да решиш нещо.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = В Швеция продажбата на секс не е престъпление. Купуването на секс е престъпление. Престъплението го извършва купувачът, не ти.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Но хора от други държави, експлоатирани в проституция, са били задържани и експулсирани. Защита може да ти дадат период за размисъл, преводач и правна помощ.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Полицията е задържала хора от други държави, и когато са били експлоатирани в проституция. Някои са експулсирани.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Ако полицията те спре, можеш да поискаш преводач. Можеш да кажеш, ако някой те заплашва или експлоатира. Тогава може да имаш право на период за размисъл. Можеш да поискаш и правна помощ.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Хората, експлоатирани чрез трафик на хора, имат право да поискат обезщетение. Можеш да поискаш пари от човека, който ти е навредил. Можеш да кандидатстваш и за обезщетение за пострадали от престъпления. Не е сигурно, че ще получиш пари.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Ти ли си пострадалата страна в престъпление (målsägande)? Тогава можеш да поискаш свой адвокат: адвокат на пострадалия (målsägandebiträde). Адвокатът помага по време на разследването и в съда. Не винаги се дава. Човек оттук може да ти помогне да го поискаш.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Ако си под 18 години, социалните служби трябва незабавно да разберат от каква защита имаш нужда. Имаш право на защита. Ако си в опасност сега, обади се на 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = За дете това е трафик на хора, дори ако никой не е използвал заплахи или лъжи. Никога не е по вина на детето. Можеш да поговориш за това с човек тук.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Ако искаш да се върнеш у дома, има помощ да се върнеш безопасно. Международната организация по миграция (IOM) има програма за връщане у дома. Швеция допринася за тази програма.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = В някои случаи можеш да останеш в Швеция. Може да е с разрешение за временно пребиваване, докато участваш в разследване и съдебен процес. Човек може да ти помогне да разбереш какви възможности имаш.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Принудителният труд и работата при явно неразумни условия може да са престъпление: експлоатация на хора (människoexploatering). Това се случва например на строежи, при чистене, в ресторанти и в земеделието. Също при бране на горски плодове и в частни домове.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Не ти ли платиха, или ти платиха много по-малко от обещаното? Тогава можеш да поискаш помощ, за да получиш парите, които ти дължат, и обезщетение.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Трафикът на хора и експлоатацията могат да изглеждат различно. Може да става дума за секс, работа или просия. Може също някой да е принуден да краде или да извършва други престъпления.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Може да е и принудителен брак или някой да вземе органите на човек. Много хора са експлоатирани по няколко начина едновременно. Никога не е по твоя вина.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Граждански организации (НПО) подкрепят и хора, които не искат контакт с институциите. Националната програма за подкрепа (Nationella stödprogrammet) има защитени жилища и център за хора, експлоатирани в проституция или трафик на хора.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = В Швеция има регионални координатори срещу проституцията и трафика на хора. Те могат да ти помогнат да намериш правилната подкрепа.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Какво би ти помогнало сега? Избери едно.
needs-legal = Правни съвети на моя език
needs-psych = Да говоря за това как се чувствам
needs-material = Пари или неща, които ми трябват
needs-authorities = Помощ с институциите
needs-interpreter = Преводач
needs-housing = Безопасно място за живеене
needs-advice = Съвет за моето положение
needs-basic = Храна, дрехи или хигиена
needs-medical = Лекар или медицинска помощ
needs-process = Подкрепа при полиция или съд
needs-return = Помощ да се върна у дома
needs-school = Училище за децата ми

need-next-ask = Какво искаш да направиш сега?
need-more = Нещо друго
need-rights = Моите права

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Можеш да поискаш правен съвет и информация на език, който разбираш. Организациите за подкрепа дават такива съвети, и на хора без разрешение за пребиваване. По време на период за размисъл това е част от подкрепата.
# Psychological support. (002, 000)
need-psych = Много хора имат нужда от някого, с когото да поговорят. Можеш да поискаш психологическа подкрепа. Тя е част от пакета от права.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Можеш да поискаш материална помощ от социалните служби. Без право да си в Швеция това често е само спешна помощ, например за храна или за пътя към дома. Организациите за подкрепа също могат да помогнат.
# Help in contact with authorities. (002)
need-authorities = Институциите може да изглеждат трудни и страшни. Организациите за подкрепа могат да дойдат с теб и да ти помогнат в контакта с институциите.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Имаш право да поискаш преводач. Социалните служби и организациите за подкрепа могат да помогнат да го получиш. По време на период за размисъл това е част от подкрепата.
# Safe housing. (002, 000, 001)
need-housing = Можеш да поискаш безопасно място за живеене. Социалните служби и организациите за подкрепа могат да помогнат със защитено жилище.
# Identification and initial advice. (002)
need-advice = Човек може да изслуша това, което разказваш. Може да ти помогне да разбереш положението си и какво можеш да направиш. Ти решаваш какво искаш да кажеш.
# Basic needs: food, hygiene. (002)
need-basic = Организациите за подкрепа могат да помогнат с това, от което имаш нужда всеки ден. Например храна, дрехи и хигиенни продукти.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = При спешен случай звъни на 112. Можеш да поискаш лечението, от което имаш нужда. Социалните служби и организациите за подкрепа могат да помогнат да се свържеш с лекари и болници.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Има ли сигнал в полицията или съдебно дело? Ако ти си пострадалата страна (målsägande), можеш да поискаш свой адвокат (målsägandebiträde). Не винаги се дава. Човек оттук може да ти помогне да го поискаш, а организация може да те подкрепи.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Ако искаш да се върнеш у дома, има помощ да се върнеш безопасно. Има програма за това, която се води от IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Децата имат право да ходят на училище. Социалните служби могат да помогнат с това, от което имат нужда децата ти.

need-person = Можеш да поговориш с човек и за това. Ти решаваш какво искаш да кажеш.
