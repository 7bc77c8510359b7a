# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = Wetin you wan know about? Choose one.
rights-reflection = Time to rest and tink (30 days)
rights-package = Support wey you fit ask for
rights-police = Support and di police
rights-punish = If pesin force me to do crime
rights-selling = To sell sex and di law
rights-stopped = If police stop me
rights-compensation = Compensation and lawyer
rights-children = Pikin wey neva reach 18
rights-return = Go back home or stay
rights-work = Rights for work
rights-forms = Different kain exploitation
rights-support = Help from NGOs

right-next-ask = Wetin you wan do now?
right-more = Oda rights
right-needs = Di help wey dey
human-choice = Find pesin to tok to

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Reflection period na for pipo wey dem fit don traffic, and wey no get right to stay for Sweden. Na temporary residence permit (paper wey allow you stay) for at least 30 days. E dey give you time to rest, and to decide if you wan help one investigation.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = You no fit apply by yourself. Na di pesin wey dey lead di investigation (förundersökningsledaren) or di social welfare office dey apply. Di Migration office (Migrationsverket) go decide, and sometimes dem fit add more time. Ask di social welfare office, or pesin for here, make dem help you.

# The rights package during the reflection period. (000, 004)
right-package-1 = During di reflection period, you get right to ask for support. You fit ask for safe place to live, legal advice and information, and di health care wey you need. You fit also ask for psychological support (help for your mind), interpreter, and moni or oda help for everyday life. Dem dey call dis support di "rights package".
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Di social welfare office (socialtjänsten) for di municipality (local goment) wey you dey now, na im get responsibility for support. If you no get right to stay for Sweden, di help na only for urgent situation. E fit be safe house while you wait to go home, interpreter, psychological support, or help to reach health care.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Na you go decide by yourself if you wan report anytin to police. Support no suppose depend on whether you help investigation or you go court.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = But if you come from anoda kontri, e dey harder for real life. To get all di support, you go usually need reflection period, or permit during investigation. Anoda way to enter na di national support programme (Nationella stödprogrammet). NGOs (organisations wey no be goment) dey run am.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Some pipo, dem dey force dem to steal, sell drugs or do oda crime. If pesin exploit you for human trafficking, you no suppose get punishment for crime wey dem force you do.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = If you dey fear wetin fit happun, tok to pesin first. Dat pesin fit help you understand your situation before you decide anytin.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = For Sweden, to sell sex no be crime. To buy sex na crime. Na di pesin wey buy dey do di crime, no be you.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = But pipo from oda countries wey dem dey exploit for prostitution don enter detention and dem don deport dem. Wetin fit protect you na reflection period, interpreter and legal help.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Police don detain pipo from oda countries, even wen dem dey exploit dem for prostitution. Dem don deport some of dem.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = If police stop you, you fit ask for interpreter. You fit tell dem if pesin don threaten you or exploit you. Then you fit get right to reflection period. You fit also ask for legal help.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Pipo wey dem exploit for human trafficking get right to ask for compensation. You fit claim damages (payment for di harm) from di pesin wey harm you. You fit also apply for crime victim compensation. E no sure say you go get moni.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Na you be di pesin wey di crime touch (målsägande)? Then you fit ask for your own lawyer: lawyer for di pesin wey dem harm (målsägandebiträde). Di lawyer go help you during di investigation and for court. Dem no dey always give am. Pesin for here fit help you ask for am.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = If you neva reach 18, di social welfare office must immediately find out di protection wey you need. You get right make dem protect you. If you dey for danger now, call 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = For pikin, na human trafficking even if nobodi use threat or lie. E no be di pikin fault at all. You fit tok to pesin for here about am.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = If you wan go back home, help dey make you travel back safe. Di International Organization for Migration (IOM) dey run one programme for return, and Sweden dey contribute to am.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = For some cases, you fit stay for Sweden. E fit be wit temporary residence permit while you dey take part for investigation and court case. Pesin fit help you understand di options wey you get.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Forced labour, and work wey di conditions clearly no reasonable, fit be crime. Dem dey call am human exploitation (människoexploatering). E dey happun for example for building work, cleaning, restaurant, farm work, berry picking and inside pipo house.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Dem no pay you, or dem pay you far less dan wetin dem promise you? Den you fit ask for help to claim di salary wey dem owe you, and compensation.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Human trafficking and exploitation fit look different different ways. E fit be about sex, work or begging. E fit also be say dem force pesin to steal or do oda crime.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = E fit also be forced marriage, or pesin wey take anoda pesin organs (body parts). Many pipo, dem dey exploit dem for many ways at di same time. E no be your fault at all.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Civil society organisations dey support pipo wey no want contact wit goment offices too. Di national support programme (Nationella stödprogrammet) get shelters and one centre for pipo wey dem exploit for prostitution or human trafficking.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = Regional coordinators against prostitution and human trafficking dey for Sweden. Dem fit help you find di correct support.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Wetin fit help you now? Choose one.
needs-legal = Legal advice for my language
needs-psych = Pesin to tok to about how I feel
needs-material = Moni or tins wey I need
needs-authorities = Help wit goment offices
needs-interpreter = Interpreter
needs-housing = Safe place to live
needs-advice = Advice about my situation
needs-basic = Food, clothes or tins to keep clean
needs-medical = Doctor or medical care
needs-process = Support for police case or court
needs-return = Help to go back home
needs-school = School for my pikin dem

need-next-ask = Wetin you wan do now?
need-more = Sometin else
need-rights = My rights

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = You fit ask for legal advice and information for language wey you understand. Support organisations dey give dis advice, even to pipo wey no get residence permit. During reflection period, e dey part of di support.
# Psychological support. (002, 000)
need-psych = Many pipo need pesin to tok to. You fit ask for psychological support (help for your mind). E dey part of di rights package.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = You fit ask social welfare office for material support. If you no get right to stay for Sweden, many times na only emergency help, like for food or di journey go home. Support organisations fit help too.
# Help in contact with authorities. (002)
need-authorities = Goment offices fit feel hard and dey make pesin fear. Support organisations fit follow you go, and help you wen you dey deal wit goment offices.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = You get right to ask for interpreter. Social welfare office and support organisations fit help you get one. During reflection period, e dey part of di support.
# Safe housing. (002, 000, 001)
need-housing = You fit ask for safe place to live. Di social welfare office and support organisations fit help wit safe house.
# Identification and initial advice. (002)
need-advice = Pesin fit listen to wetin you tell am, and help you understand your situation and wetin you fit do. Na you go decide wetin you wan tok.
# Basic needs: food, hygiene. (002)
need-basic = Support organisations fit help wit wetin you need every day, like food, clothes and tins to keep clean.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = If na emergency, call 112. You fit ask for di health care wey you need. Social welfare office and support organisations fit help you reach health care.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Police case or court case dey? If na you be di pesin wey di crime touch (målsägande), you fit ask for your own lawyer (målsägandebiträde). Dem no dey always give am. Pesin for here fit help you ask for am, and organisation fit support you.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = If you wan go back home, help dey make you travel back safe. Programme dey for dis, and IOM dey run am.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Pikin get right to go school. Di social welfare office fit help wit wetin your pikin dem need.

need-person = You fit also tok to pesin about dis. Na you go decide wetin you wan tok.
