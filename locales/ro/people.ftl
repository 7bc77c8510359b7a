# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = E bine că ești aici. E greu să îți faci griji pentru cineva.
family-intro-2 = Oamenii care sunt exploatați de multe ori nu se văd ca victime. Se pot teme de ce li s-ar putea întâmpla lor sau familiei lor.
family-ask = Ce ai vrea să afli?
family-signs = Semne la care să te uiți
family-help = Cum pot ajuta
family-rights = Ce drepturi are în Suedia
family-next-ask = Ce altceva ai vrea să afli?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Câteva semne: altcineva ține pașaportul sau buletinul persoanei. Persoana datorează bani, iar datoria tot crește. Nu se poate mișca liber sau este mereu urmărită.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Lucrează zile foarte lungi pentru bani puțini sau fără bani. Munca nu este cea promisă sau trebuie să aducă bani în fiecare zi. Un singur semn nu dovedește nimic.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Ascultă fără să judeci. Nu împinge persoana să plece sau să meargă la poliție. Presiunea o poate pune în pericol. Decizia îi aparține.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Îi poți spune despre această conversație când nu este niciun pericol. E vorba de un copil sub 18 ani? Ia legătura cu serviciile sociale (socialtjänsten). Dacă cineva este în pericol acum, sună la 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Dacă în munca ta întâlnești oameni care pot fi exploatați, poți primi sfaturi. Suedia are o linie națională de sprijin și un manual pentru profesioniști. Te pot ajuta și coordonatorii regionali împotriva prostituției și a traficului de persoane.
professional-ask = Ce ai vrea să afli?
professional-next-ask = Ce altceva ai vrea să afli?
professional-signs = Semne la care să te uiți
professional-act = Ce pot face
professional-children = Copiii și obligația de a anunța
professional-rights = Drepturile celor exploatați
professional-support = Linia de sprijin și manualul
professional-coordinators = Coordonatori regionali
professional-region-ask = Unde în Suedia lucrezi? Alege o regiune.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Coordonatorii regionali împotriva prostituției și a traficului de persoane dau sfaturi profesioniștilor. Iată contactele din regiunea aleasă.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Semnele pot fi: altcineva ține pașaportul sau buletinul persoanei. Persoana are o datorie care tot crește. Persoana sau familia ei este amenințată, de exemplu că va fi reclamată la autorități.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Persoana nu își poate lăsa munca și nu se poate mișca liber. Poate locuiește la angajator. Lucrează zile foarte lungi pentru bani puțini sau fără bani, ori trebuie să predea o sumă în fiecare zi. Există semne de violență, frică sau neliniște.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Oamenii exploatați rareori se văd ca victime și rareori cer ajutor cu aceste cuvinte. Un singur semn nu dovedește nimic. Uită-te la toată situația.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Spune-i persoanei ce drepturi are și ce sprijin există. Un adult hotărăște pentru sine. Sprijinul nu trebuie să depindă de colaborarea cu poliția. Cere sfaturi la linia de sprijin sau de la un coordonator regional. Dacă cineva este în pericol, sună la 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Poate ai obligația să anunți serviciile sociale dacă bănuiești că unui copil i se face rău. Acest anunț se numește orosanmälan. Obligația este, de exemplu, a tuturor celor care lucrează într-o școală.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Atunci serviciile sociale trebuie să afle imediat de ce protecție are nevoie copilul. Pentru un copil, este trafic de persoane chiar și fără amenințări sau minciuni. Dacă acel copil este în pericol acum, sună la 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Aici poți găsi o persoană pe care să o contactezi. Tu hotărăști ce vrei să spui. Dacă ești în pericol acum, sună la 112.
human-region-ask = Unde ești în Suedia? Alege o regiune sau „Nu știu”.
contacts-intro = Iată pe cine poți contacta. Tu hotărăști ce vrei să spui și dacă îți spui numele.
contacts-ask = Ce vrei să faci acum?
contacts-other-region = Aleg altă regiune
contacts-rights = Drepturile mele
