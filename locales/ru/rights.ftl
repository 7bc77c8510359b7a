# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = О чём вы хотите узнать? Выберите одну тему.
rights-reflection = Время на отдых и раздумья (30 дней)
rights-package = Поддержка, которую можно попросить
rights-police = Поддержка и полиция
rights-punish = Если меня принудили к преступлению
rights-selling = Продажа секса и закон
rights-stopped = Если меня остановит полиция
rights-compensation = Компенсация и адвокат
rights-children = Дети младше 18 лет
rights-return = Вернуться домой или остаться
rights-work = Права на работе
rights-forms = Разные виды эксплуатации
rights-support = Помощь от организаций

right-next-ask = Что вы хотите сделать сейчас?
right-more = Другие права
right-needs = Какая помощь есть
human-choice = Найти, с кем поговорить

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Период для размышления — для людей без права находиться в Швеции, которые могли пострадать от торговли людьми. Это временный вид на жительство не менее чем на 30 дней. Он даёт время отдохнуть и решить, хотите ли вы помогать расследованию.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Вы не можете подать заявление сами. Заявление подаёт руководитель расследования (förundersökningsledaren) или социальная служба. Решение принимает Миграционная служба (Migrationsverket), и иногда срок можно продлить. Попросите о помощи социальную службу или человека здесь, в чате.

# The rights package during the reflection period. (000, 004)
right-package-1 = В период для размышления вы имеете право просить о поддержке. Вы можете попросить безопасное жильё, юридическую консультацию и информацию, а также нужную медицинскую помощь. Также можно попросить психологическую поддержку, переводчика и деньги или другую помощь в повседневной жизни. Эта поддержка называется «пакетом прав».
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = За поддержку отвечает социальная служба (socialtjänsten) в муниципалитете, где вы находитесь. Без права находиться в Швеции помогают только в экстренных ситуациях. Это может быть защищённое жильё до отъезда домой, переводчик, психологическая поддержка или содействие в получении медицинской помощи.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Вы сами решаете, заявлять ли в полицию. Поддержка не должна зависеть от того, помогаете ли вы расследованию или идёте ли в суд.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Но если вы приехали из другой страны, на практике это сложнее. Чтобы получить всю поддержку, обычно нужен период для размышления или вид на жительство на время расследования. Другой путь — Национальная программа поддержки (Nationella stödprogrammet), которую ведут общественные организации.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Некоторых людей заставляют воровать, продавать наркотики или совершать другие преступления. Если вы пострадали от торговли людьми, вас не должны наказывать за преступления, к которым вас принудили.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Если вы боитесь того, что может случиться, сначала поговорите с человеком. Он может помочь вам понять вашу ситуацию, прежде чем вы что-то решите.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = В Швеции продавать секс — не преступление. Покупать секс — преступление. Преступление совершает покупатель, а не вы.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Но людей из других стран, которых эксплуатируют в проституции, помещали под стражу и высылали. Защитить вас может период для размышления, переводчик и юридическая помощь.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Полиция помещала под стражу людей из других стран, даже когда их эксплуатировали в проституции. Некоторых выслали.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Если вас остановила полиция, вы можете попросить переводчика. Вы можете сказать, если вам угрожали или вас эксплуатировали. Тогда у вас может быть право на период для размышления. Вы также можете попросить юридическую помощь.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Люди, пострадавшие от торговли людьми, имеют право просить о компенсации. Вы можете потребовать возмещения ущерба от того, кто причинил вам вред. Также можно подать заявление на компенсацию для жертв преступлений. Нет гарантии, что вы получите деньги.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Вы потерпевшая сторона в преступлении (målsägande)? Тогда вы можете попросить своего адвоката — представителя потерпевшего (målsägandebiträde). Адвокат помогает во время расследования и в суде. Его дают не всегда. Человек здесь может помочь вам его попросить.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Если вам меньше 18 лет, социальная служба (socialtjänsten) должна сразу выяснить, какая защита вам нужна. У вас есть право на защиту. Если вы сейчас в опасности, позвоните 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Если речь идёт о ребёнке, это торговля людьми, даже если никто не угрожал и не обманывал. Ребёнок в этом никогда не виноват. Вы можете поговорить об этом с человеком здесь.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Если вы хотите вернуться домой, есть помощь, чтобы вернуться безопасно. Международная организация по миграции (МОМ, IOM) ведёт программу возвращения, и Швеция её поддерживает.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = В некоторых случаях можно остаться в Швеции. Например, с временным видом на жительство, пока вы участвуете в расследовании и суде. Вам могут помочь разобраться, какие у вас есть варианты.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Принудительный труд и работа на явно неприемлемых условиях могут быть преступлением — эксплуатацией человека (människoexploatering). Так бывает, например, на стройках, в уборке, в ресторанах, в сельском хозяйстве, на сборе ягод и в частных домах.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Вам не заплатили или заплатили намного меньше, чем обещали? Тогда вы можете попросить помощи, чтобы получить положенную зарплату и компенсацию.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Торговля людьми и эксплуатация могут выглядеть по-разному. Это может касаться секса, работы или попрошайничества. Бывает и так, что человека заставляют воровать или совершать другие преступления.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Это может быть и принудительный брак или изъятие органов у человека. Многих людей эксплуатируют сразу несколькими способами. В этом никогда нет вашей вины.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Организации гражданского общества поддерживают и тех, кто не хочет контакта с властями. У национальной программы поддержки (Nationella stödprogrammet) есть приюты и центр для людей, пострадавших от эксплуатации в проституции или торговли людьми.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = В Швеции есть региональные координаторы по борьбе с проституцией и торговлей людьми. Они могут помочь вам найти нужную поддержку.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Что может помочь вам сейчас? Выберите что-то одно.
needs-legal = Юридический совет на моём языке
needs-psych = Поговорить о своих чувствах
needs-material = Деньги или нужные вещи
needs-authorities = Помощь в общении с властями
needs-interpreter = Переводчик
needs-housing = Безопасное жильё
needs-advice = Совет по моей ситуации
needs-basic = Еда, одежда или гигиена
needs-medical = Врач или медицинская помощь
needs-process = Помощь с делом в полиции или суде
needs-return = Помощь с возвращением домой
needs-school = Школа для моих детей

need-next-ask = Что вы хотите сделать сейчас?
need-more = Что-то другое
need-rights = Мои права

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Вы можете попросить юридическую консультацию и информацию на понятном вам языке. Организации поддержки дают такие консультации, в том числе людям без вида на жительство. В период для размышления это часть поддержки.
# Psychological support. (002, 000)
need-psych = Многим людям нужно с кем-то поговорить. Вы можете попросить психологическую поддержку. Это часть «пакета прав».
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Вы можете попросить материальную помощь в социальной службе. Без права находиться в Швеции это часто только экстренная помощь, например на еду или на дорогу домой. Организации поддержки тоже могут помочь.
# Help in contact with authorities. (002)
need-authorities = Общение с властями может быть трудным и пугающим. Организации поддержки могут пойти с вами и помочь вам в общении с властями.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Вы имеете право попросить переводчика. Социальная служба и организации поддержки могут помочь его получить. В период для размышления это часть поддержки.
# Safe housing. (002, 000, 001)
need-housing = Вы можете попросить безопасное жильё. Социальная служба и организации поддержки могут помочь с защищённым жильём.
# Identification and initial advice. (002)
need-advice = Человек может выслушать то, что вы расскажете. Он может помочь вам понять вашу ситуацию и что вы можете сделать. Вы сами решаете, что рассказать.
# Basic needs: food, hygiene. (002)
need-basic = Организации поддержки могут помочь с тем, что вам нужно каждый день: с едой, одеждой и гигиеной.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = В экстренной ситуации звоните 112. Вы можете попросить нужную вам медицинскую помощь. Социальная служба и организации поддержки могут помочь вам обратиться к врачу.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Есть заявление в полицию или суд? Если вы потерпевшая сторона (målsägande), вы можете попросить своего адвоката (målsägandebiträde). Его дают не всегда. Человек здесь может помочь вам его попросить, а организация — поддержать вас.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Если вы хотите вернуться домой, есть помощь, чтобы вернуться безопасно. Для этого есть программа, которую ведёт МОМ (IOM).
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Дети имеют право ходить в школу. Социальная служба может помочь с тем, что нужно вашим детям.

need-person = Вы также можете поговорить об этом с человеком. Вы сами решаете, что рассказать.
