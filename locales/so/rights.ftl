# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = Maxaad rabtaa inaad wax ka ogaato? Mid dooro.
rights-reflection = Nasasho iyo fikir (30 maalmood)
rights-package = Taageerada aad codsan karto
rights-police = Taageerada iyo booliska
rights-punish = Haddii la igu qasbay dambi
rights-selling = Iibinta galmada iyo sharciga
rights-stopped = Haddii booliisku i joojiyo
rights-compensation = Magdhow iyo qareen
rights-children = Carruurta ka yar 18 sano
rights-return = Dib u noqosho ama joogis
rights-work = Xuquuqda shaqada
rights-forms = Noocyada ka faa'iidaysiga
rights-support = Caawimaadda ururada

right-next-ask = Maxaad hadda rabtaa inaad samayso?
right-more = Xuquuq kale
right-needs = Caawimaadda jirta
human-choice = Hel qof aad la hadasho

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = Muddada ka fikirka (betänketid) waxay u tahay dadka laga yaabo in laga ganacsaday oo aan xaq u lahayn joogitaanka Iswiidhan. Waa sharci deganaansho oo ku meel gaar ah, ugu yaraan 30 maalmood. Waxay ku siinaysaa waqti aad ku nasato. Waxaad go'aansan kartaa inaad rabto inaad caawiso baaritaan iyo in kale.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Adigu ma codsan kartid. Qofka hoggaamiya baaritaanka (förundersökningsledaren) ama adeegga bulshada (socialtjänsten) ayaa codsada. Hay'adda Socdaalka (Migrationsverket) ayaa go'aamisa, mararka qaarkoodna waqtiga waa la kordhin karaa. Caawimaad ka codso adeegga bulshada, ama qof halkan jooga.

# The rights package during the reflection period. (000, 004)
right-package-1 = Inta lagu jiro muddada ka fikirka, waxaad xaq u leedahay inaad codsato taageero. Waxaad codsan kartaa meel ammaan ah oo aad ku noolaato. Waxaad kaloo codsan kartaa talo iyo macluumaad sharci, iyo daryeelka caafimaad ee aad u baahan tahay. Waxaad sidoo kale codsan kartaa taageero nafsi ah, turjumaan, iyo lacag ama caawimaad kale oo nolol maalmeedka ah. Taageeradan waxaa la yiraahdaa xirmada xuquuqda.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Adeegga bulshada (socialtjänsten) ee degmada aad joogto ayaa mas'uul ka ah taageerada. Haddii aadan xaq u lahayn inaad Iswiidhan joogto, caawimaaddu waxay u tahay xaaladaha degdegga ah oo keliya. Waxay noqon kartaa guri la ilaaliyo inta aad sugayso inaad dalkaaga u noqoto. Ama turjumaan, taageero nafsi ah, ama caawimaad aad kula xiriirto daryeelka caafimaadka.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Adiga ayaa go'aamiya inaad booliska wax u sheegto iyo in kale. Taageeradu waa inaysan ku xirnaan inaad caawiso baaritaan ama aad maxkamad tagto.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Laakiin haddii aad dal kale ka timid, dhab ahaan way ka adag tahay. Si aad u hesho taageerada oo dhan, inta badan waxaad u baahan tahay muddada ka fikirka. Ama waxaad u baahan tahay sharci inta baaritaanku socdo. Waddo kale waa Barnaamijka Taageerada Qaranka (Nationella stödprogrammet), oo ay wadaan ururada bulshada rayidka ah.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Dadka qaarkood waxaa lagu qasbaa inay xadaan, daroogo iibiyaan, ama dambiyo kale galaan. Haddii aad tahay qof laga ganacsaday, waa inaan lagu ciqaabin dambiyada lagugu qasbay.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Haddii aad ka baqayso waxa dhici kara, marka hore la hadal qof. Qofkaasi wuxuu kaa caawin karaa inaad fahanto xaaladdaada, ka hor intaadan wax go'aansan.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = Iswiidhan, iibinta galmadu dambi ma aha. Iibsashada galmadu waa dambi. Qofka iibsada ayaa dambiga gala, ee adiga ma aha.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Laakiin dad ka yimid waddamo kale oo laga faa'iidaystay dhillaysi ayaa la xiray oo dalka laga saaray. Waxa ku ilaalin kara waa muddada ka fikirka, turjumaan iyo caawimaad sharci.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Booliisku wuxuu xiray dad ka yimid waddamo kale, xitaa markii laga faa'iidaysanayay dhillaysi. Qaar ayaa dalka laga saaray.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Haddii booliisku ku joojiyo, waxaad codsan kartaa turjumaan. Waxaad u sheegi kartaa haddii qof ku hanjabay ama kaa faa'iidaystay. Markaas waxaa laga yaabaa inaad xaq u leedahay muddada ka fikirka. Waxaad sidoo kale codsan kartaa caawimaad sharci.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Dadka laga ganacsaday waxay xaq u leeyihiin inay codsadaan magdhow. Waxaad magdhow ka dalban kartaa qofka ku waxyeeleeyay. Waxaad kaloo codsan kartaa magdhowga dadka dambigu soo gaaray (brottsskadeersättning). Ma hubna inaad lacag heli doonto.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Ma adigaa ah qofka dambigu ka dhan yahay (målsägande)? Markaas waxaad codsan kartaa qareen adiga kuu gaar ah: qareenka qofka dambiga loo geystay (målsägandebiträde). Qareenku wuxuu ku caawiyaa inta baaritaanku socdo iyo maxkamadda. Mar walba lama bixiyo. Qof halkan jooga ayaa kaa caawin kara inaad codsato.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Haddii aad ka yar tahay 18 sano, adeegga bulshada (socialtjänsten) waa inuu isla markiiba ogaado ilaalinta aad u baahan tahay. Waxaad xaq u leedahay in lagu ilaaliyo. Haddii aad hadda khatar ku jirto, wac 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Haddii uu ilmo yahay, waa ka ganacsiga dadka xitaa haddii aan cidna adeegsan hanjabaad ama been. Marnaba eedda ilmaha ma aha. Arrintan waxaad kala hadli kartaa qof halkan jooga.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Haddii aad rabto inaad dalkaaga ku noqoto, waxaa jira caawimaad aad si ammaan ah ugu noqon karto. Hay'adda Caalamiga ah ee Socdaalka (IOM) ayaa wadda barnaamij dib u laabasho ah, Iswiidhanna wax bay ku biirisaa.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = Xaaladaha qaarkood waad joogi kartaa Iswiidhan. Tani waxay noqon kartaa sharci deganaansho oo ku meel gaar ah, inta aad ka qayb qaadanayso baaritaan iyo dacwad maxkamadeed. Qof ayaa kaa caawin kara inaad fahanto waxyaabaha aad dooran karto.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Shaqo qasab ah, iyo shaqo shuruudaheedu si cad aan macquul u ahayn, waxay noqon karaan dambi: ka faa'iidaysiga dadka (människoexploatering). Tusaale ahaan waxay ka dhacdaa dhismaha, nadaafadda, makhaayadaha, beeraha, gurashada miraha iyo guryaha dadka.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Miyaan lagu siin mushahar, mise waxaa lagu siiyay wax aad uga yar intii laguu ballanqaaday? Markaas waxaad codsan kartaa caawimaad aad ku dalbato mushaharka xaqaaga ah, iyo magdhow.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Ka ganacsiga dadka iyo ka faa'iidaysigu siyaabo kala duwan ayay u dhici karaan. Waxay noqon karaan galmo, shaqo ama dawarsi. Waxay kaloo noqon kartaa in qof lagu qasbo inuu xado ama dambiyo kale galo.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Waxay kaloo noqon kartaa guur qasab ah, ama in xubnaha jirka qofka laga qaado. Dad badan ayaa siyaabo badan hal mar looga faa'iidaystaa. Marnaba adiga eed kuma lihid.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Ururada bulshada rayidka ah waxay sidoo kale taageeraan dadka aan rabin xiriir hay'adaha dawladda. Barnaamijka taageerada qaranka (Nationella stödprogrammet) wuxuu leeyahay hoyyo iyo xarun loogu talagalay dadka laga faa'iidaystay dhillaysi ama ka ganacsiga dadka.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = Iswiidhan waxaa jira isku-duwayaal gobol (regionkoordinatorer) oo la dagaallama iibinta galmada iyo ka ganacsiga dadka. Waxay kaa caawin karaan inaad hesho taageerada kugu habboon.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Maxaa hadda ku caawin kara? Mid dooro.
needs-legal = Talo sharci oo luqaddayda ah
needs-psych = Qof aan kala hadlo dareenkayga
needs-material = Lacag ama alaab aan u baahanahay
needs-authorities = Caawimaad xagga hay'adaha
needs-interpreter = Turjumaan
needs-housing = Meel ammaan ah oo aan ku noolaado
needs-advice = Talo ku saabsan xaaladdayda
needs-basic = Cunto, dhar ama nadaafad
needs-medical = Dhakhtar ama daryeel caafimaad
needs-process = Taageero kiis booliis ama maxkamad
needs-return = Caawimaad aan dalkayga ugu noqdo
needs-school = Dugsi carruurtayda

need-next-ask = Maxaad hadda rabtaa inaad samayso?
need-more = Wax kale
need-rights = Xuquuqdayda

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Waxaad codsan kartaa talo sharci iyo macluumaad luqad aad fahanto. Ururada taageeradu waxay bixiyaan taladan, xitaa dadka aan haysan sharci deganaansho. Inta lagu jiro muddada ka fikirka, waa qayb ka mid ah taageerada.
# Psychological support. (002, 000)
need-psych = Dad badan waxay u baahan yihiin qof ay la hadlaan. Waxaad codsan kartaa taageero nafsi ah. Waa qayb ka mid ah xirmada xuquuqda.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Waxaad adeegga bulshada ka codsan kartaa taageero maaddi ah. Haddii aadan xaq u lahayn inaad Iswiidhan joogto, badanaa waa caawimaad degdeg ah oo keliya, tusaale ahaan cunto ama safarka guriga. Ururada taageeradu sidoo kale way caawin karaan.
# Help in contact with authorities. (002)
need-authorities = Hay'adaha dawladda waxay kula noqon karaan kuwo adag oo laga cabsado. Ururada taageeradu way kula raaci karaan, oo way kaa caawin karaan xiriirka hay'adaha.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Waxaad xaq u leedahay inaad codsato turjumaan. Adeegga bulshada iyo ururada taageeradu waxay kaa caawin karaan inaad hesho. Inta lagu jiro muddada ka fikirka, waa qayb ka mid ah taageerada.
# Safe housing. (002, 000, 001)
need-housing = Waxaad codsan kartaa meel ammaan ah oo aad ku noolaato. Adeegga bulshada iyo ururada taageeradu waxay kaa caawin karaan guri la ilaaliyo.
# Identification and initial advice. (002)
need-advice = Qof ayaa dhageysan kara waxaad u sheegto. Wuxuu kaa caawin karaa inaad fahanto xaaladdaada iyo waxaad samayn karto. Adiga ayaa go'aamiya waxaad rabto inaad sheegto.
# Basic needs: food, hygiene. (002)
need-basic = Ururada taageeradu waxay kaa caawin karaan waxyaabaha aad maalin kasta u baahan tahay, sida cunto, dhar iyo nadaafad.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = Haddii ay tahay xaalad degdeg ah, wac 112. Waxaad codsan kartaa daryeelka caafimaad ee aad u baahan tahay. Adeegga bulshada iyo ururada taageeradu waxay kaa caawin karaan inaad gaarto daryeelka caafimaadka.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Ma jiraa kiis booliis ama maxkamad? Haddii aad tahay qofka dambigu ka dhan yahay (målsägande), waxaad codsan kartaa qareen adiga kuu gaar ah (målsägandebiträde). Mar walba lama bixiyo. Qof halkan jooga ayaa kaa caawin kara inaad codsato, urur ayaana ku taageeri kara.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Haddii aad rabto inaad dalkaaga ku noqoto, waxaa jira caawimaad aad si ammaan ah ugu noqon karto. Waxaa jira barnaamij arrintan loogu talagalay, oo ay wadda IOM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Carruurtu waxay xaq u leeyihiin inay dugsi aadaan. Adeegga bulshada ayaa kaa caawin kara waxa carruurtaadu u baahan yihiin.

need-person = Waxaad sidoo kale arrintan kala hadli kartaa qof. Adiga ayaa go'aamiya waxaad rabto inaad sheegto.
