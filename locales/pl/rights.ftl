# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = O czym chcesz się dowiedzieć? Wybierz jeden temat.
rights-reflection = Odpoczynek i namysł (30 dni)
rights-package = Wsparcie, o które możesz prosić
rights-police = Wsparcie a policja
rights-punish = Jeśli ktoś zmusił mnie do przestępstwa
rights-selling = Sprzedaż seksu a prawo
rights-stopped = Jeśli zatrzyma mnie policja
rights-compensation = Odszkodowanie i adwokat
rights-children = Dzieci poniżej 18 lat
rights-return = Powrót do domu albo pobyt w Szwecji
rights-work = Prawa w pracy
rights-forms = Różne formy wyzysku
rights-support = Pomoc od organizacji

right-next-ask = Co chcesz teraz zrobić?
right-more = Inne prawa
right-needs = Jaka pomoc jest dostępna
human-choice = Znajdź osobę do rozmowy

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Okres na zastanowienie się jest dla osób bez prawa pobytu w Szwecji, które mogą być wykorzystywane w handlu ludźmi. To tymczasowe zezwolenie na pobyt na co najmniej 30 dni. Daje czas, żeby odpocząć i zdecydować, czy chcesz pomóc w śledztwie.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Nie możesz złożyć wniosku samodzielnie. Wniosek składa osoba, która kieruje śledztwem (förundersökningsledaren), albo opieka społeczna. Decyzję podejmuje Urząd Migracyjny (Migrationsverket). Czasem ten okres można przedłużyć. Poproś o pomoc opiekę społeczną albo kogoś tutaj.

# The rights package during the reflection period. (000, 004)
right-package-1 = W okresie na zastanowienie się masz prawo prosić o wsparcie. Możesz prosić o bezpieczne miejsce do mieszkania, poradę prawną i informacje oraz potrzebną opiekę zdrowotną. Możesz też prosić o wsparcie psychologiczne, tłumacza oraz pieniądze lub inną pomoc w codziennym życiu. To wsparcie nazywa się pakietem praw.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Za wsparcie odpowiada opieka społeczna (socialtjänsten) w gminie, w której jesteś. Bez prawa pobytu w Szwecji pomoc dotyczy tylko nagłych sytuacji. Może to być chronione mieszkanie do czasu wyjazdu do domu, tłumacz, wsparcie psychologiczne lub pomoc w dotarciu do opieki zdrowotnej.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = To ty decydujesz, czy zgłosić coś na policję. Wsparcie nie może zależeć od tego, czy pomagasz w śledztwie albo czy idziesz do sądu.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Ale jeśli pochodzisz z innego kraju, w praktyce jest trudniej. Żeby dostać pełne wsparcie, zwykle potrzebujesz okresu na zastanowienie się albo zezwolenia na pobyt na czas śledztwa. Inną drogą jest Krajowy Program Wsparcia (Nationella stödprogrammet), prowadzony przez organizacje społeczne.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Niektóre osoby są zmuszane do kradzieży, sprzedawania narkotyków albo innych przestępstw. Jeśli ktoś wykorzystuje cię w handlu ludźmi, nie powinno się cię karać za przestępstwa, do których cię zmuszono.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Jeśli boisz się tego, co może się stać, najpierw z kimś porozmawiaj. Ta osoba może pomóc ci zrozumieć twoją sytuację, zanim cokolwiek zdecydujesz.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = W Szwecji sprzedawanie seksu nie jest przestępstwem. Przestępstwem jest kupowanie seksu. To kupujący popełnia przestępstwo, nie ty.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Ale osoby z innych krajów wykorzystywane w prostytucji były zatrzymywane w ośrodkach i wydalane. Chronić może okres na zastanowienie się, tłumacz i pomoc prawna.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Policja zatrzymywała w ośrodkach osoby z innych krajów, także gdy były wykorzystywane w prostytucji. Część z nich wydalono.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Jeśli zatrzyma cię policja, możesz poprosić o tłumacza. Możesz powiedzieć, jeśli ktoś ci groził albo cię wykorzystywał. Wtedy możesz mieć prawo do okresu na zastanowienie się. Możesz też poprosić o pomoc prawną.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Osoby wykorzystywane w handlu ludźmi mają prawo prosić o odszkodowanie. Możesz żądać odszkodowania od osoby, która cię skrzywdziła. Możesz też złożyć wniosek o odszkodowanie dla ofiar przestępstw. Nie ma pewności, że dostaniesz pieniądze.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Czy przestępstwo było skierowane przeciwko tobie i jesteś osobą pokrzywdzoną (målsägande)? Wtedy możesz poprosić o własnego adwokata – pełnomocnika osoby pokrzywdzonej (målsägandebiträde). Adwokat pomaga w czasie śledztwa i w sądzie. Nie zawsze jest przyznawany. Osoba tutaj może pomóc o niego poprosić.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Jeśli masz mniej niż 18 lat, opieka społeczna (socialtjänsten) musi natychmiast sprawdzić, jakiej ochrony potrzebujesz. Masz prawo do ochrony. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod numer 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = W przypadku dziecka to jest handel ludźmi, nawet jeśli nikt nie groził ani nie kłamał. To nigdy nie jest wina dziecka. Możesz tutaj z kimś o tym porozmawiać.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Jeśli chcesz wrócić do domu, jest pomoc w bezpiecznym powrocie. Międzynarodowa Organizacja do Spraw Migracji (IOM) prowadzi program powrotów, a Szwecja go wspiera.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = W niektórych przypadkach można zostać w Szwecji. Może to być tymczasowe zezwolenie na pobyt na czas, gdy bierzesz udział w śledztwie i procesie sądowym. Ktoś może pomóc ci zrozumieć, jakie masz możliwości.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Praca przymusowa i praca na rażąco nieuczciwych warunkach może być przestępstwem: wyzyskiem człowieka (människoexploatering). Zdarza się to na przykład na budowach, przy sprzątaniu, w restauracjach, w rolnictwie, przy zbieraniu jagód i w prywatnych domach.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Nie zapłacono ci albo zapłacono dużo mniej, niż obiecano? Wtedy możesz poprosić o pomoc w odzyskaniu należnej pensji i w uzyskaniu odszkodowania.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Handel ludźmi i wyzysk mogą wyglądać różnie. Mogą dotyczyć seksu, pracy albo żebrania. Może też chodzić o to, że ktoś jest zmuszany do kradzieży lub innych przestępstw.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Może to być też przymusowe małżeństwo albo odebranie komuś narządów. Wiele osób jest wykorzystywanych na kilka sposobów naraz. To nigdy nie jest twoja wina.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Organizacje społeczne wspierają także osoby, które nie chcą kontaktu z urzędami. Krajowy program wsparcia (Nationella stödprogrammet) ma schroniska i centrum dla osób wykorzystywanych w prostytucji lub handlu ludźmi.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = W Szwecji są regionalni koordynatorzy do walki z prostytucją i handlem ludźmi. Mogą pomóc ci znaleźć odpowiednie wsparcie.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Co może ci teraz pomóc? Wybierz jedną rzecz.
needs-legal = Porada prawna w moim języku
needs-psych = Rozmowa o tym, jak się czuję
needs-material = Pieniądze lub potrzebne rzeczy
needs-authorities = Pomoc w kontaktach z urzędami
needs-interpreter = Tłumacz
needs-housing = Bezpieczne miejsce do mieszkania
needs-advice = Porada w mojej sytuacji
needs-basic = Jedzenie, ubrania lub higiena
needs-medical = Lekarz lub opieka medyczna
needs-process = Wsparcie na policji i w sądzie
needs-return = Pomoc w powrocie do domu
needs-school = Szkoła dla moich dzieci

need-next-ask = Co chcesz teraz zrobić?
need-more = Coś innego
need-rights = Moje prawa

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Możesz poprosić o poradę prawną i informacje w języku, który rozumiesz. Organizacje pomocowe dają takie porady, także osobom bez zezwolenia na pobyt. W okresie na zastanowienie się jest to część wsparcia.
# Psychological support. (002, 000)
need-psych = Wiele osób potrzebuje z kimś porozmawiać. Możesz poprosić o wsparcie psychologiczne. To część pakietu praw.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Możesz poprosić opiekę społeczną o pomoc materialną. Bez prawa pobytu w Szwecji często jest to tylko pomoc doraźna, na przykład na jedzenie albo podróż do domu. Organizacje pomocowe też mogą pomóc.
# Help in contact with authorities. (002)
need-authorities = Kontakt z urzędami może być trudny i budzić strach. Organizacje pomocowe mogą pójść z tobą i pomóc ci w kontaktach z urzędami.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Masz prawo poprosić o tłumacza. Opieka społeczna i organizacje pomocowe mogą pomóc go dostać. W okresie na zastanowienie się jest to część wsparcia.
# Safe housing. (002, 000, 001)
need-housing = Możesz poprosić o bezpieczne miejsce do mieszkania. Opieka społeczna i organizacje pomocowe mogą pomóc w sprawie chronionego mieszkania.
# Identification and initial advice. (002)
need-advice = Ktoś może wysłuchać tego, co opowiesz. Może też pomóc ci zrozumieć twoją sytuację i to, co możesz zrobić. To ty decydujesz, co chcesz powiedzieć.
# Basic needs: food, hygiene. (002)
need-basic = Organizacje pomocowe mogą pomóc w codziennych potrzebach, takich jak jedzenie, ubrania i higiena.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = W nagłym przypadku zadzwoń pod 112. Możesz poprosić o potrzebną opiekę medyczną. Opieka społeczna i organizacje pomocowe mogą pomóc dotrzeć do lekarza.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Czy jest sprawa na policji albo proces w sądzie? Jeśli jesteś osobą pokrzywdzoną (målsägande), możesz poprosić o własnego adwokata (målsägandebiträde). Nie zawsze jest przyznawany. Osoba tutaj może pomóc o niego poprosić, a organizacja może cię wspierać.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Jeśli chcesz wrócić do domu, jest pomoc w bezpiecznym powrocie. Jest na to program, który prowadzi IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Dzieci mają prawo chodzić do szkoły. Opieka społeczna może pomóc w tym, czego potrzebują twoje dzieci.

need-person = Możesz też z kimś o tym porozmawiać. To ty decydujesz, co chcesz powiedzieć.
