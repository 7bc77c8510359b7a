# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.

rights-ask = What do you want to know about? Choose one.
rights-reflection = Time to rest and think (30 days)
rights-package = Support you can ask for
rights-police = Help without the police
rights-punish = Forced to commit crimes
rights-selling = Selling sex and the law
rights-compensation = Compensation and a lawyer
rights-children = Children under 18
rights-return = Going home or staying
rights-work = Rights at work
rights-support = Help from organisations

right-next-ask = What would you like to do now?
right-more = Other rights
right-needs = What help there is

# Reflection period: temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 004)
right-reflection-1 = If you may be a victim of human trafficking, you can have the right to a reflection period. It is a residence permit for at least 30 days. It gives you time to rest, recover and think about what you want to do.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; it can be extended. (001, 000)
right-reflection-2 = The Migration Agency decides. The person who leads the investigation of the crime can apply for you, and social services can also ask for it. It can sometimes be made longer. You decide whether you later want to help the investigation.

# The rights package during the reflection period. (000, 004)
right-package-1 = During the reflection period you have the right to ask for support: a safe place to live, legal advice and information, health care you need, psychological support, an interpreter, and money or other help for daily life.
# Social services must support; without a residence permit, acute support: protected housing, travel home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Social services (socialtjänsten) where you are staying are responsible for support. Also without a residence permit you can ask for acute help: protected housing, a journey home, an interpreter, psychological support and help to see a doctor.

# Support does not depend on cooperating with the police or a trial. (004)
right-police-1 = You can get support without talking to the police. Support must not depend on whether you help an investigation or go to court.
# Civil society supports people who at first do not want contact with authorities. (002)
right-police-2 = Many organisations also help people who do not want contact with authorities. You decide if and when you want to talk to the police.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Some people are forced to steal, sell drugs or do other crimes. A victim of human trafficking should not be punished for crimes they were forced to do.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = If you are afraid of what could happen, talk to a person first. They can help you understand your situation before you decide anything.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = In Sweden it is not a crime to sell sex. It is a crime to buy sex. The crime is done by the buyer, not by you.
# People without a residence permit have been detained instead of offered a reflection period. (003)
right-selling-2 = If you do not have a residence permit, talk to a person or a lawyer about your situation first. They can help you ask for your rights.

# Right to damages and crime victim compensation; counsel for the injured party. (003, 004)
right-compensation-1 = Victims have the right to ask for compensation: money from the person who harmed you (damages), and crime victim compensation.
# Counsel for the injured party (målsägandebiträde) during the investigation and trial. (003)
right-compensation-2 = If there is an investigation, you can ask for your own lawyer, a counsel for the injured party (målsägandebiträde). The lawyer helps you during the investigation and in court.

# Children: social services must immediately investigate the need of protection. (001)
right-children-1 = If you are under 18, social services must quickly find out what protection you need. You have the right to be protected.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = For a child, it is human trafficking even if nobody used threats or lies. It is never the child's fault.

# A return programme run with IOM exists for those who want it. (001)
right-return-1 = If you want to go home, there is help to return safely. Sweden supports a return programme run together with the International Organization for Migration (IOM).
# Temporary residence permit during investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = Staying in Sweden is also possible in some cases, for example with a residence permit while you take part in an investigation and trial. A person can help you understand your options.

# Forced labour and labour exploitation happen in construction, cleaning, restaurants, agriculture, berry picking and private homes. (001, 002, 004)
right-work-1 = Forced labour and labour exploitation are crimes. They happen for example in building, cleaning, restaurants, farms, berry picking and in private homes.
# Livelihood matters to victims: wages owed and compensation. (004)
right-work-2 = If you were not paid, or paid much less than promised, you can ask for help to claim the money you are owed and compensation.

# The national support programme run by the civil-society platform, with shelters and a trafficking centre. (002)
right-support-1 = Organisations in civil society also support people who do not want contact with authorities. The national support programme (Nationella stödprogrammet) offers shelters and a centre for victims of human trafficking.
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

# Legal advice in a language they understand: the most common need. (002) Rights package: legal advice. (000)
need-legal = You can ask for legal advice and information in a language you understand. It is part of the support during the reflection period.
# Psychological support. (002, 000)
need-psych = Many people need someone to talk to. You can ask for psychological support. It is part of the rights package.
# Material support. (002, 000) Social services are responsible for support. (001)
need-material = You can ask for material support, for example money for daily life. Social services are responsible for support.
# Help in contact with authorities. (002)
need-authorities = Authorities can feel difficult and scary. Support organisations can go with you and help you in contact with authorities.
# Translation and interpretation; an interpreter is part of the rights package. (002, 000)
need-interpreter = You have the right to ask for an interpreter. It is part of the support during the reflection period.
# Safe housing. (002, 000, 001)
need-housing = You can ask for a safe place to live. Social services and support organisations have protected housing and shelters.
# Identification and initial advice. (002)
need-advice = A person can listen to your story and help you understand your situation and what you can do. You decide what you want to tell.
# Basic needs: food, hygiene. (002)
need-basic = Support organisations can help with basic needs like food, clothes and hygiene.
# Acute medical care; necessary health care in the rights package. (002, 000)
need-medical = If it is an emergency, call 112. You can ask for health care you need. It is part of the support for victims.
# Support in legal processes; counsel for the injured party. (002, 003)
need-process = If there is a police case or a trial, you can ask for your own lawyer (målsägandebiträde) and for support from an organisation.
# Support to return; IOM return programme. (002, 001)
need-return = If you want to go home, there is help to return safely, with a programme run together with IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Children have the right to go to school. Social services can help with your children's needs.

need-person = A person can help you with this. Choose "Talk to a person" to see who you can contact.
