# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Dobrze, że tu jesteś. To trudne, gdy martwisz się o kogoś.
family-intro-2 = Osoby, które są wykorzystywane, często nie widzą siebie jako ofiar. Mogą się bać tego, co może się stać im albo ich rodzinie.
family-ask = Co chcesz wiedzieć?
family-signs = Na co zwrócić uwagę
family-help = Jak mogę pomóc
family-rights = Prawa tej osoby w Szwecji
family-next-ask = Co jeszcze chcesz wiedzieć?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Niektóre sygnały: ktoś inny trzyma paszport albo dowód osobisty tej osoby. Ta osoba ma dług, który ciągle rośnie. Nie może swobodnie się poruszać albo ktoś stale jej pilnuje.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Ta osoba pracuje bardzo długo każdego dnia, za małe pieniądze albo za darmo. Praca jest inna, niż jej obiecano, albo codziennie musi przynosić pieniądze. Jeden sygnał sam w sobie niczego nie dowodzi.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Słuchaj bez oceniania. Nie naciskaj na tę osobę, żeby odeszła albo poszła na policję. Presja może narazić ją na niebezpieczeństwo. To ona decyduje.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Gdy będzie to bezpieczne, możesz powiedzieć tej osobie o tym czacie. Chodzi o dziecko poniżej 18 lat? Skontaktuj się z opieką społeczną (socialtjänsten). Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod numer 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Jeśli w pracy spotykasz osoby, które mogą być wykorzystywane, możesz dostać poradę. W Szwecji jest krajowy telefon wsparcia i poradnik dla profesjonalistów. Pomóc mogą też regionalni koordynatorzy do walki z prostytucją i handlem ludźmi.
professional-ask = Co chcesz wiedzieć?
professional-next-ask = Co jeszcze chcesz wiedzieć?
professional-signs = Na co zwrócić uwagę
professional-act = Co mogę zrobić
professional-children = Dzieci i obowiązek zgłoszenia
professional-rights = Prawa osób wykorzystywanych
professional-support = Telefon wsparcia i poradnik
professional-coordinators = Regionalni koordynatorzy
professional-region-ask = W której części Szwecji pracujesz? Wybierz region.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Regionalni koordynatorzy do walki z prostytucją i handlem ludźmi doradzają profesjonalistom. Oto kontakty w wybranym regionie.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Sygnałem może być to, że ktoś inny trzyma paszport albo dowód osobisty tej osoby. Ta osoba ma dług, który ciągle rośnie. Ktoś grozi jej albo jej rodzinie, na przykład że zgłosi ją do urzędów.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Ta osoba nie może swobodnie odejść z pracy ani się poruszać. Może mieszkać u pracodawcy. Pracuje bardzo długo za niską pensję albo bez zapłaty, albo codziennie musi oddawać określoną sumę. Widać oznaki przemocy, strachu lub niepokoju.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Osoby wykorzystywane rzadko widzą siebie jako ofiary i rzadko proszą o pomoc takimi słowami. Jeden sygnał sam w sobie niczego nie dowodzi. Patrz na całą sytuację.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Powiedz tej osobie o jej prawach i o wsparciu. Pozwól dorosłej osobie samej zdecydować. Wsparcie nie może zależeć od współpracy z policją. Zapytaj o radę telefon wsparcia albo regionalnego koordynatora. Jeśli komuś grozi niebezpieczeństwo, zadzwoń pod numer 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Możesz mieć obowiązek zgłoszenia sprawy do opieki społecznej (socialtjänsten), jeśli podejrzewasz, że dziecko jest krzywdzone. Takie zgłoszenie nazywa się orosanmälan. Ten obowiązek mają na przykład wszyscy, którzy pracują w szkole.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Opieka społeczna musi wtedy natychmiast sprawdzić, jakiej ochrony potrzebuje dziecko. W przypadku dziecka to jest handel ludźmi nawet bez gróźb czy kłamstw. Jeśli dziecku grozi teraz niebezpieczeństwo, zadzwoń pod numer 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Tutaj możesz znaleźć osobę, z którą możesz się skontaktować. To ty decydujesz, co chcesz powiedzieć. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod numer 112.
human-region-ask = Gdzie w Szwecji jesteś? Wybierz region albo „Nie wiem”.
contacts-intro = Oto, z kim możesz się skontaktować. To ty decydujesz, co chcesz powiedzieć i czy chcesz się przedstawić.
contacts-ask = Co chcesz teraz zrobić?
contacts-other-region = Wybierz inny region
contacts-rights = Moje prawa
