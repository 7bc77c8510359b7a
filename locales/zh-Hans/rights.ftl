# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = 你想了解什么？请选一项。
rights-reflection = 休息和考虑的时间（30 天）
rights-package = 你可以申请的支援
rights-police = 支援和警察
rights-punish = 如果有人逼我犯罪
rights-selling = 出售性服务和法律
rights-stopped = 如果警察拦下我
rights-compensation = 赔偿和律师
rights-children = 未满 18 岁的儿童
rights-return = 回家还是留下
rights-work = 工作中的权利
rights-forms = 不同形式的剥削
rights-support = 来自组织的帮助

right-next-ask = 你现在想做什么？
right-more = 其他权利
right-needs = 有哪些帮助
human-choice = 找一个人聊聊

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = “考虑期”是给可能遭受人口贩运、又没有权利留在瑞典的人的。它是一种至少 30 天的临时居留许可。它让你有时间休息，并决定是否愿意协助调查。
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = 你不能自己申请。由负责调查的人（förundersökningsledaren）或社会服务部门来申请。由移民局（Migrationsverket）决定，有时这段时间可以延长。你可以请社会服务部门或这里的人帮忙。

# The rights package during the reflection period. (000, 004)
right-package-1 = 在考虑期内，你有权申请支援。你可以申请安全的住处、法律咨询和信息，以及你需要的医疗。你还可以申请心理支持、口译员，以及日常生活所需的钱或其他帮助。这些支援叫作“权利保障包”。
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = 你所在地的社会服务部门（socialtjänsten）负责提供支援。没有留在瑞典的权利的话，帮助只限于紧急情况。可以是等待回家期间的受保护住处、口译员、心理支持，或帮助你联系医疗服务。

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = 要不要向警察报案，由你自己决定。支援不能取决于你是否协助调查或出庭。
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = 但如果你来自其他国家，实际上会更难。要得到全部支援，通常需要考虑期，或调查期间的居留许可。另一个途径是国家支援计划（Nationella stödprogrammet），由民间组织运营。

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = 有些人被迫偷东西、卖毒品，或做其他犯罪的事。如果你在人口贩运中被剥削，你不应该因为被迫犯下的罪而受到惩罚。
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = 如果你害怕会发生什么，请先和真人谈谈。在你做任何决定之前，对方可以帮你了解自己的处境。

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = 在瑞典，出售性服务不是犯罪。购买性服务才是犯罪。犯罪的是买方，不是你。
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = 但是，一些来自其他国家、在卖淫中被剥削的人曾被拘留并被驱逐出境。能保护你的是考虑期、口译员和法律帮助。

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = 警察曾拘留来自其他国家的人，即使他们在卖淫中被剥削。有些人被驱逐出境。
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = 如果警察拦下你，你可以要求口译员。如果有人威胁或剥削你，你可以告诉警察。那样你可能有权获得考虑期。你也可以要求法律帮助。

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = 在人口贩运中被剥削的人，有权要求赔偿。你可以向伤害你的人索赔，也可以申请犯罪受害者赔偿。但不一定能拿到钱。
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = 你是犯罪的受害方（målsägande）吗？那么你可以要求一位自己的律师，也就是受害方律师（målsägandebiträde）。律师在调查期间和法庭上帮助你。这个要求不一定会被批准。这里的工作人员可以帮你提出申请。

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = 如果你未满 18 岁，社会服务部门必须立即查明你需要什么保护。你有权受到保护。如果你现在有危险，请拨打 112。
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = 对儿童来说，即使没有人使用威胁或谎言，也算人口贩运。这从来都不是孩子的错。你可以在这里和真人谈谈这件事。

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = 如果你想回家，有帮助可以让你安全返回。国际移民组织（IOM）运营一个返回项目，瑞典为这个项目提供支持。
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = 在某些情况下，你可以留在瑞典。例如在你参与调查和审判期间，持有临时居留许可。有人可以帮你了解你有哪些选择。

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = 强迫劳动，以及在明显不合理的条件下工作，可能构成犯罪：人身剥削（människoexploatering）。例如，这会发生在建筑、清洁、餐馆、农业、采摘浆果和私人家庭中。
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = 你没有拿到工资，或者拿到的比答应的少很多吗？那么你可以寻求帮助，追讨你应得的工资和赔偿。

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = 人口贩运和剥削可能有不同的样子。可能和性、工作或乞讨有关。也可能是有人被迫偷窃，或做其他犯罪的事。
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = 也可能是强迫婚姻，或者有人摘取别人的器官。很多人同时受到多种方式的剥削。这从来都不是你的错。

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = 公民社会组织也支援不想和政府部门接触的人。全国支援计划（Nationella stödprogrammet）有庇护所，还有一个为在卖淫或人口贩运中被剥削的人设立的中心。
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = 瑞典有打击卖淫和人口贩运的地区协调员。他们可以帮你找到合适的支援。

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = 现在什么能帮到你？请选一项。
needs-legal = 用我的语言提供法律咨询
needs-psych = 有人听我说说心里的感受
needs-material = 钱或我需要的东西
needs-authorities = 和政府部门打交道的帮助
needs-interpreter = 口译员
needs-housing = 安全的住处
needs-advice = 关于我处境的建议
needs-basic = 食物、衣服或卫生用品
needs-medical = 看医生或医疗
needs-process = 警方案件或审判方面的支援
needs-return = 帮我回家
needs-school = 我孩子的上学问题

need-next-ask = 你现在想做什么？
need-more = 其他事情
need-rights = 我的权利

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = 你可以要求用你听得懂的语言获得法律咨询和信息。支援组织提供这种咨询，没有居留许可的人也可以得到。在考虑期内，这是支援的一部分。
# Psychological support. (002, 000)
need-psych = 很多人需要有人可以聊聊。你可以申请心理支持。这是权利保障包的一部分。
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = 你可以向社会服务部门申请物质支援。如果你没有留在瑞典的权利，通常只有紧急援助，例如食物或回家的路费。支援组织也可以提供帮助。
# Help in contact with authorities. (002)
need-authorities = 和政府部门打交道，可能让人觉得困难和害怕。支援组织可以陪你一起去，帮你和政府部门沟通。
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = 你有权要求口译员。社会服务部门和支援组织可以帮你找到口译员。在考虑期内，这是支援的一部分。
# Safe housing. (002, 000, 001)
need-housing = 你可以申请安全的住处。社会服务部门和支援组织可以帮忙安排受保护的住处。
# Identification and initial advice. (002)
need-advice = 有人可以听你说，帮你了解你的处境，以及你可以做什么。你想说什么，由你决定。
# Basic needs: food, hygiene. (002)
need-basic = 支援组织可以帮你解决每天需要的东西，比如食物、衣服和卫生用品。
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = 如果是紧急情况，请拨打112。你可以要求得到你需要的医疗。社会服务部门和支援组织可以帮你联系医疗服务。
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = 有报警的案件或审判吗？如果你是受害方（målsägande），你可以要求一位自己的律师（målsägandebiträde）。这个要求不一定会被批准。这里的工作人员可以帮你提出申请，支援组织也可以支持你。
# Support to return; the return programme is run by IOM. (002, 001)
need-return = 如果你想回家，有帮助可以让你安全返回。有一个专门的项目，由 IOM 运营。
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = 孩子有上学的权利。社会服务部门可以帮忙解决你孩子的需要。

need-person = 你也可以和真人谈谈这件事。你想说什么，由你自己决定。
