# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = Despre ce vrei să afli? Alege un subiect.
rights-reflection = Odihnă și gândire (30 de zile)
rights-package = Sprijin pe care îl poți cere
rights-police = Sprijinul și poliția
rights-punish = Dacă m-au obligat să încalc legea
rights-selling = Sex pe bani și legea
rights-stopped = Dacă mă oprește poliția
rights-compensation = Despăgubiri și avocat
rights-children = Copii sub 18 ani
rights-return = Să plec acasă sau să rămân
rights-work = Drepturi la locul de muncă
rights-forms = Feluri diferite de exploatare
rights-support = Ajutor de la organizații

right-next-ask = Ce vrei să faci acum?
right-more = Alte drepturi
right-needs = Ce ajutor există
human-choice = Caut pe cineva cu care să vorbesc

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Perioada de reflecție este pentru oameni care pot fi exploatați prin trafic de persoane. Este pentru cei care nu au dreptul să stea în Suedia. Este un permis de ședere temporar, adică dreptul de a sta în Suedia cel puțin 30 de zile. Îți dă timp să te odihnești și să hotărăști dacă vrei să ajuți o anchetă.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Nu poți face tu cererea. Cererea o face persoana care conduce ancheta (förundersökningsledaren) sau serviciile sociale (socialtjänsten). Agenția pentru Migrație (Migrationsverket) hotărăște. Uneori timpul poate fi prelungit. Cere ajutor de la serviciile sociale sau de la o persoană de aici.

# The rights package during the reflection period. (000, 004)
right-package-1 = În perioada de reflecție ai dreptul să ceri sprijin. Poți cere un loc sigur unde să locuiești, sfaturi juridice (despre lege) și informații. Poți cere și îngrijirea medicală de care ai nevoie. Mai poți cere sprijin psihologic, un interpret și bani sau alt ajutor pentru viața de zi cu zi. Acest sprijin se numește pachetul de drepturi.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Serviciile sociale (socialtjänsten) din municipalitatea (kommun) în care te afli răspund de sprijin. Fără drept de ședere în Suedia, ajutorul este doar pentru situații urgente. Poate fi o locuință protejată cât aștepți să pleci acasă. Poate fi și un interpret, sprijin psihologic sau ajutor ca să ajungi la îngrijire medicală.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Tu hotărăști dacă faci plângere la poliție. Sprijinul nu trebuie să depindă de faptul că ajuți o anchetă sau că mergi la tribunal.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Dar dacă vii din altă țară, în practică este mai greu. De obicei, pentru tot sprijinul ai nevoie de o perioadă de reflecție. Sau de un permis de ședere în timpul unei anchete. O altă cale este programul național de sprijin (Nationella stödprogrammet), condus de organizații civile (ONG-uri).

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Unii oameni sunt forțați să fure, să vândă droguri sau să facă alte infracțiuni. Dacă cineva te exploatează prin trafic de persoane, nu ar trebui să primești pedeapsă pentru infracțiunile la care te-a forțat.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Dacă ți-e frică de ce s-ar putea întâmpla, vorbește mai întâi cu o persoană. Te poate ajuta să înțelegi situația ta înainte să hotărăști ceva.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = În Suedia, a vinde sex nu este o infracțiune. A cumpăra sex este o infracțiune. Cel care cumpără face infracțiunea, nu tu.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Dar oameni din alte țări exploatați în prostituție au fost reținuți și expulzați. Te pot proteja o perioadă de reflecție, un interpret și ajutor juridic.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Poliția a reținut oameni din alte țări, chiar și când erau exploatați în prostituție. Unii au fost expulzați.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Dacă te oprește poliția, poți cere un interpret. Poți spune dacă cineva te-a amenințat sau te-a exploatat. Atunci poți avea dreptul la o perioadă de reflecție. Poți cere și ajutor juridic.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Oamenii exploatați prin trafic de persoane au dreptul să ceară despăgubiri. Poți cere bani de la omul care ți-a făcut rău. Poți cere și despăgubirea pentru victimele infracțiunilor. Nu este sigur că vei primi bani.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Ești persoana vătămată într-o infracțiune (målsägande)? Atunci poți cere un avocat doar al tău: avocatul persoanei vătămate (målsägandebiträde). Avocatul te ajută în timpul anchetei și la tribunal. Nu se acordă întotdeauna. O persoană de aici te poate ajuta să-l ceri.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Dacă ai sub 18 ani, serviciile sociale trebuie să afle imediat de ce protecție ai nevoie. Ai dreptul la protecție. Dacă ești în pericol acum, sună la 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Pentru un copil, este trafic de persoane chiar dacă nimeni nu a folosit amenințări sau minciuni. Nu este niciodată vina copilului. Poți vorbi despre asta cu o persoană de aici.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Dacă vrei să te întorci acasă, există ajutor ca să te întorci în siguranță. Organizația Internațională pentru Migrație (IOM) are un program de întoarcere acasă. Suedia contribuie la acest program.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = În unele cazuri poți rămâne în Suedia. Poate fi cu un permis de ședere temporar, cât timp participi la o anchetă și la un proces. O persoană te poate ajuta să înțelegi ce variante ai.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Munca forțată și munca în condiții vădit nerezonabile pot fi o infracțiune: exploatarea oamenilor (människoexploatering). Se întâmplă, de exemplu, pe șantiere, la curățenie, în restaurante și în agricultură. Sau la cules de fructe de pădure și în case particulare.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Nu ai primit salariu sau ai primit mult mai puțin decât ți s-a promis? Atunci poți cere ajutor ca să primești banii pe care trebuia să îi primești și despăgubiri.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Traficul de persoane și exploatarea pot arăta diferit. Poate fi vorba de sex, de muncă sau de cerșit. Poate fi și când cineva este forțat să fure sau să facă alte infracțiuni.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Poate fi și căsătorie forțată sau când cineva îi ia unei persoane organele. Mulți oameni sunt exploatați în mai multe feluri în același timp. Nu este niciodată vina ta.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Organizațiile societății civile ajută și oamenii care nu vor contact cu autoritățile. Programul național de sprijin (Nationella stödprogrammet) are adăposturi și un centru pentru oameni exploatați în prostituție sau în traficul de persoane.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = În Suedia există coordonatori regionali împotriva prostituției și a traficului de persoane. Ei te pot ajuta să găsești sprijinul potrivit.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Ce te-ar ajuta acum? Alege un lucru.
needs-legal = Sfaturi juridice în limba mea
needs-psych = Să vorbesc despre cum mă simt
needs-material = Bani sau lucruri de care am nevoie
needs-authorities = Ajutor cu autoritățile
needs-interpreter = Un interpret (traducător)
needs-housing = Un loc sigur unde să locuiesc
needs-advice = Sfaturi despre situația mea
needs-basic = Mâncare, haine sau igienă
needs-medical = Un medic sau îngrijire medicală
needs-process = Sprijin la poliție sau la proces
needs-return = Ajutor să mă întorc acasă
needs-school = Școală pentru copiii mei

need-next-ask = Ce vrei să faci acum?
need-more = Altceva
need-rights = Drepturile mele

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Poți cere sfaturi juridice și informații într-o limbă pe care o înțelegi. Organizațiile de sprijin dau aceste sfaturi, și celor fără permis de ședere. În perioada de reflecție, fac parte din sprijin.
# Psychological support. (002, 000)
need-psych = Mulți oameni au nevoie de cineva cu care să vorbească. Poți cere sprijin psihologic. Face parte din pachetul de drepturi.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Poți cere ajutor material de la serviciile sociale. Fără drept de ședere în Suedia, este adesea doar ajutor de urgență, de exemplu pentru mâncare sau pentru drumul spre casă. Și organizațiile de sprijin pot ajuta.
# Help in contact with authorities. (002)
need-authorities = Poate fi greu și te poate speria să ai de-a face cu autoritățile. Organizațiile de sprijin pot merge cu tine și te pot ajuta cu autoritățile.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Ai dreptul să ceri un interpret, adică o persoană care traduce pentru tine. Serviciile sociale și organizațiile de sprijin te pot ajuta să ai unul. În perioada de reflecție, face parte din sprijin.
# Safe housing. (002, 000, 001)
need-housing = Poți cere un loc sigur unde să locuiești. Serviciile sociale și organizațiile de sprijin te pot ajuta cu o locuință protejată.
# Identification and initial advice. (002)
need-advice = O persoană te poate asculta. Te poate ajuta să înțelegi situația ta și ce poți face. Tu hotărăști ce vrei să spui.
# Basic needs: food, hygiene. (002)
need-basic = Organizațiile de sprijin te pot ajuta cu ce îți trebuie în fiecare zi. De exemplu, mâncare, haine și lucruri de igienă.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = Dacă este o urgență, sună la 112. Poți cere îngrijirea medicală de care ai nevoie. Serviciile sociale și organizațiile de sprijin te pot ajuta să ajungi la îngrijire medicală.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Există un dosar la poliție sau un proces? Dacă ești persoana vătămată (målsägande), poți cere un avocat doar al tău (målsägandebiträde). Nu se acordă întotdeauna. O persoană de aici te poate ajuta să-l ceri, iar o organizație te poate sprijini.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Dacă vrei să te întorci acasă, există ajutor ca să te întorci în siguranță. Există un program pentru asta, condus de IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Copiii au dreptul să meargă la școală. Serviciile sociale te pot ajuta cu ce le trebuie copiilor tăi.

need-person = Poți vorbi și cu o persoană despre asta. Tu hotărăști ce vrei să spui.
