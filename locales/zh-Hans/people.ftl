# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = 你能来这里，这很好。为一个人担心，是很不容易的。
family-intro-2 = 被剥削的人常常不认为自己是受害者。他们可能害怕自己或家人会出什么事。
family-ask = 你想了解什么？
family-signs = 需要留意的迹象
family-help = 我可以怎样帮忙
family-rights = 对方在瑞典的权利
family-next-ask = 你还想了解什么？

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = 一些迹象：别人拿着对方的护照或身份证。对方欠了钱，而且债越来越多。对方不能自由行动，或者一直被人监视。
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = 对方每天工作很长时间，工资很少或没有工资。工作和当初答应的不一样，或者对方每天必须交钱。只有一个迹象，并不能证明什么。
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = 倾听，不要评判。不要逼对方离开，也不要逼对方去报警。施加压力可能让对方陷入危险。由对方自己决定。
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = 在安全的时候，你可以告诉对方这个聊天。是未满 18 岁的孩子吗？请联系社会服务部门。如果现在有人有危险，请拨打 112。

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = 如果你在工作中遇到可能被剥削的人，你可以得到建议。瑞典有一条全国性的专业人员支援热线和一本手册。打击卖淫和人口贩运的地区协调员也可以提供帮助。
professional-ask = 你想了解什么？
professional-next-ask = 你还想了解什么？
professional-signs = 需要留意的迹象
professional-act = 我可以做什么
professional-children = 儿童和报告义务
professional-rights = 被剥削的人有哪些权利
professional-support = 支援热线和手册
professional-coordinators = 地区协调员
professional-region-ask = 你在瑞典哪里工作？请选择一个地区。
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = 打击卖淫和人口贩运的地区协调员为专业人员提供建议。这是你所选地区的联系方式。

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = 迹象可能是：别人拿着这个人的护照或身份证。这个人的债务越来越多。这个人或其家人受到威胁，例如被威胁要向政府部门举报。
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = 这个人不能辞职或自由行动，可能和雇主住在一起。这个人每天工作很长时间，工资很低或没有工资，或者每天必须上交一笔钱。有暴力、恐惧或焦虑的迹象。

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = 被剥削的人很少认为自己是受害者，也很少用这样的话来求助。只有一个迹象，并不能证明什么。要看整体情况。
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = 告诉这个人有哪些权利和支援，让成年人自己做决定。支援不能以配合警方为条件。你可以向支援热线或地区协调员咨询。如果有人有危险，请拨打 112。

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = 如果你怀疑有孩子正在受到伤害，你可能有义务向社会服务部门报告。这叫作 orosanmälan。例如，所有在学校工作的人都有这项义务。
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = 之后，社会服务部门必须立即查明孩子需要什么保护。对儿童来说，即使没有威胁或谎言，也算人口贩运。如果孩子现在有危险，请拨打 112。

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = 在这里你可以找到可以联系的人。你想说什么，由你自己决定。如果你现在有危险，请拨打 112。
human-region-ask = 你在瑞典的哪里？请选择一个地区，或选择“我不知道”。
contacts-intro = 下面是你可以联系的人。你想说什么、要不要说出你的名字，都由你自己决定。
contacts-ask = 你现在想做什么？
contacts-other-region = 选择其他地区
contacts-rights = 我的权利
