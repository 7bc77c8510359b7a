# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = What do you want to know about? Choose one.
rights-reflection = Time to rest and think (30 days)
rights-package = Support you can ask for
rights-police = Support and the police
rights-punish = If someone made me commit a crime
rights-selling = Selling sex and the law
rights-stopped = If the police stop me
rights-compensation = Compensation and a lawyer
rights-children = Children under 18
rights-return = Going home or staying
rights-work = Rights at work
rights-forms = Different kinds of exploitation
rights-support = Help from organisations

right-next-ask = What would you like to do now?
right-more = Other rights
right-needs = What help there is
human-choice = Find a person to talk to

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = A reflection period is for people who may be exploited in human trafficking, with no right to stay in Sweden. It is a temporary residence permit for at least 30 days. It gives time to rest and decide whether you want to help an investigation.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = You cannot apply yourself. The person who leads the investigation (förundersökningsledaren) or social services apply. The Migration Agency (Migrationsverket) decides, and the time can sometimes be extended. Ask social services, or a person here, for help.

# The rights package during the reflection period. (000, 004)
right-package-1 = During the reflection period you have the right to ask for support. You can ask for a safe place to live, legal advice and information, and the health care you need. You can also ask for psychological support, an interpreter, and money or other help for daily life. This support is called the rights package.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = The social services (socialtjänsten) of the municipality you are in are responsible for support. Without a right to stay in Sweden, help is only for acute situations. It can be protected housing while waiting to go home, an interpreter, psychological support or help to reach health care.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = You decide yourself whether to report anything to the police. Support must not depend on whether you help an investigation or go to court.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = But if you come from another country, it is harder in practice. To get all the support, you usually need a reflection period or a permit during an investigation. Another way in is the national support programme (Nationella stödprogrammet), run by civil-society organisations.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Some people are forced to steal, sell drugs or commit other crimes. If you are exploited in human trafficking, you should not be punished for crimes you were forced to commit.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = If you are afraid of what could happen, talk to a person first. They can help you understand your situation before you decide anything.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = In Sweden it is not a crime to sell sex. It is a crime to buy sex. The buyer commits the crime, not you.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = But people from other countries who are exploited in prostitution have been detained and deported. What can protect you is a reflection period, an interpreter and legal help.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = The police have detained people from other countries, also when they were exploited in prostitution. Some have been deported.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = If the police stop you, you can ask for an interpreter. You can tell them if someone has threatened or exploited you. Then you may have the right to a reflection period. You can also ask for legal help.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = People exploited in human trafficking have the right to ask for compensation. You can claim damages from the person who harmed you, and apply for crime victim compensation. It is not certain that you will get money.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Are you the injured party in a crime (målsägande)? Then you can ask for your own lawyer, a counsel for the injured party (målsägandebiträde). The lawyer helps you during the investigation and in court. It is not always granted. A person here can help you ask for it.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = If you are under 18, social services must at once find out what protection you need. You have the right to be protected. If you are in danger now, call 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = For a child, it is human trafficking even if nobody used threats or lies. It is never the child's fault. You can talk to a person here about it.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = If you want to go home, there is help to return safely. The International Organization for Migration (IOM) runs a return programme, and Sweden contributes to it.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = In some cases you can stay in Sweden. This can be with a temporary residence permit while you take part in an investigation and trial. A person can help you understand your options.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Forced labour, and work on clearly unreasonable terms, can be a crime: human exploitation (människoexploatering). It happens for example in construction, cleaning, restaurants, farming, berry picking and in private homes.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Were you not paid, or paid much less than you were promised? Then you can ask for help to claim the wages you are owed, and compensation.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Human trafficking and exploitation happen in many ways. It can be about sex, work or begging. It can also be that someone is forced to steal or commit other crimes.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = It can also be forced marriage, or someone taking a person's organs. Many people are exploited in several ways at once. It is never your fault.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Organisations in civil society also support people who do not want contact with authorities. The national support programme (Nationella stödprogrammet) has shelters and a centre for people exploited in prostitution or human trafficking.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = In Sweden there are regional coordinators against prostitution and human trafficking. They can help you find the right support.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = What would help you now? Choose one.
needs-legal = Legal advice in my language
needs-psych = Someone to talk to about how I feel
needs-material = Money or things I need
needs-authorities = Help with authorities
needs-interpreter = An interpreter
needs-housing = A safe place to live
needs-advice = Advice on my situation
needs-basic = Food, clothes or hygiene
needs-medical = A doctor or medical care
needs-process = Support in a police case or trial
needs-return = Help to go home
needs-school = School for my children

need-next-ask = What would you like to do now?
need-more = Something else
need-rights = My rights

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = You can ask for legal advice and information in a language you understand. Support organisations give this advice, also to people without a residence permit. During a reflection period, it is part of the support.
# Psychological support. (002, 000)
need-psych = Many people need someone to talk to. You can ask for psychological support. It is part of the rights package.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = You can ask social services for material support. Without a right to stay in Sweden, it is often only emergency help, such as food or the journey home. Support organisations can also help.
# Help in contact with authorities. (002)
need-authorities = Authorities can feel difficult and scary. Support organisations can go with you and help you in contact with authorities.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = You have the right to ask for an interpreter. Social services and support organisations can help you get one. During a reflection period, it is part of the support.
# Safe housing. (002, 000, 001)
need-housing = You can ask for a safe place to live. Social services and support organisations can help with protected housing.
# Identification and initial advice. (002)
need-advice = A person can listen to what you tell them, and help you understand your situation and what you can do. You decide what you want to say.
# Basic needs: food, hygiene. (002)
need-basic = Support organisations can help with what you need every day, like food, clothes and hygiene.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = If it is an emergency, call 112. You can ask for the health care you need. Social services and support organisations can help you reach health care.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Is there a police case or a trial? If you are the injured party (målsägande), you can ask for your own lawyer (målsägandebiträde). It is not always granted. A person here can help you ask, and an organisation can support you.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = If you want to go home, there is help to return safely. There is a programme for this, run by IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Children have the right to go to school. Social services can help with what your children need.

need-person = You can also talk to a person about this. You decide what you want to say.
