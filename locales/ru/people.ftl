# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Хорошо, что вы здесь. Беспокоиться о ком-то тяжело.
family-intro-2 = Люди, которых эксплуатируют, часто не считают себя жертвами. Они могут бояться того, что может случиться с ними или с их семьёй.
family-ask = Что вы хотите узнать?
family-signs = На что обратить внимание
family-help = Как я могу помочь
family-rights = Права этого человека в Швеции
family-next-ask = Что ещё вы хотите узнать?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Некоторые признаки: паспорт или удостоверение личности человека хранит кто-то другой. Человек должен деньги, и долг всё растёт. Он не может свободно передвигаться, или за ним всё время следят.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Человек работает очень долго каждый день за маленькие деньги или бесплатно. Работа не такая, как ему обещали, или он должен каждый день приносить деньги. Один признак сам по себе ничего не доказывает.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Слушайте, не осуждая. Не давите на человека, чтобы он ушёл или пошёл в полицию. Давление может подвергнуть его опасности. Решение принимает он сам.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Когда это будет безопасно, вы можете рассказать ему об этом чате. Речь идёт о ребёнке младше 18 лет? Обратитесь в социальную службу (socialtjänsten). Если кому-то сейчас грозит опасность, позвоните 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Если по работе вы встречаете людей, которых, возможно, эксплуатируют, вы можете получить совет. В Швеции есть национальная линия поддержки и руководство для специалистов. Помочь могут и региональные координаторы по борьбе с проституцией и торговлей людьми.
professional-ask = Что вы хотите узнать?
professional-next-ask = Что ещё вы хотите узнать?
professional-signs = На что обратить внимание
professional-act = Что я могу сделать
professional-children = Дети и обязанность сообщать
professional-rights = Права людей, которых эксплуатируют
professional-support = Линия поддержки и руководство
professional-coordinators = Региональные координаторы
professional-region-ask = Где в Швеции вы работаете? Выберите регион.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Региональные координаторы по борьбе с проституцией и торговлей людьми консультируют специалистов. Вот контакты в выбранном регионе.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Признаком может быть то, что паспорт или удостоверение личности человека хранит кто-то другой. У человека есть долг, который всё растёт. Ему или его семье угрожают, например тем, что сообщат о нём властям.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Человек не может уволиться или свободно передвигаться и, возможно, живёт у работодателя. Он работает очень долго за низкую оплату или бесплатно. Или должен каждый день отдавать определённую сумму. Есть признаки насилия, страха или тревоги.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Люди, которых эксплуатируют, редко считают себя жертвами и редко просят о помощи такими словами. Один признак сам по себе ничего не доказывает. Смотрите на картину в целом.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Расскажите человеку о его правах и о поддержке. Дайте взрослому человеку решить самому. Поддержка не должна зависеть от сотрудничества с полицией. Посоветуйтесь с линией поддержки или региональным координатором. Если кто-то в опасности, позвоните 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Возможно, вы обязаны сообщить в социальную службу (socialtjänsten), если подозреваете, что ребёнку причиняют вред. Такое сообщение называется orosanmälan. Эта обязанность есть, например, у всех, кто работает в школе.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Тогда социальная служба должна сразу выяснить, какая защита нужна ребёнку. Если речь идёт о ребёнке, это торговля людьми даже без угроз или обмана. Если ребёнок сейчас в опасности, позвоните 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Здесь можно найти, к кому обратиться. Вы сами решаете, что рассказать. Если вы сейчас в опасности, позвоните 112.
human-region-ask = Где в Швеции вы находитесь? Выберите регион или «Не знаю».
contacts-intro = Вот к кому можно обратиться. Вы сами решаете, что рассказать и называть ли своё имя.
contacts-ask = Что вы хотите сделать сейчас?
contacts-other-region = Выбрать другой регион
contacts-rights = Мои права
