# Information om rättigheter i Sverige, i korta och enkla steg. Varje fakta hänvisar till sitt källdokument.
# Texten säger vad en person kan be om, aldrig vad personen "kommer att" få.
# Ord som "offer" undviks i knappar: många som är utsatta ser inte sig själva som offer. (004)

rights-ask = Vad vill du veta mer om? Välj en sak.
rights-reflection = Tid att vila och tänka (30 dagar)
rights-package = Stöd du kan be om
rights-police = Stöd och polisen
rights-punish = Om någon fick mig att begå brott
rights-selling = Att sälja sex och lagen
rights-stopped = Om polisen stoppar mig
rights-compensation = Ersättning och advokat
rights-children = Barn under 18 år
rights-return = Åka hem eller stanna
rights-work = Rättigheter i jobbet
rights-forms = Olika sorters utnyttjande
rights-support = Hjälp från organisationer

right-next-ask = Vad vill du göra nu?
right-more = Andra rättigheter
right-needs = Vilken hjälp som finns
human-choice = Hitta en person att prata med

# Betänketid: för den som saknar rätt att vistas i Sverige; tidsbegränsat uppehållstillstånd i minst 30 dagar, för att återhämta sig och ta ställning till samarbete. (001, 000, 004)
right-reflection-1 = Betänketid är för den som kan vara utsatt för människohandel och inte har rätt att vara i Sverige. Det är ett tillfälligt uppehållstillstånd i minst 30 dagar. Det ger tid att vila och bestämma om du vill hjälpa en utredning.
# Beviljas av Migrationsverket efter ansökan från förundersökningsledaren; socialtjänsten kan också ansöka; viss möjlighet till förlängning. (001, 000)
right-reflection-2 = Du kan inte ansöka själv. Den som leder utredningen (förundersökningsledaren) eller socialtjänsten ansöker. Migrationsverket bestämmer, och ibland kan tiden förlängas. Be socialtjänsten eller en person här om hjälp.

# Rättighetspaketet under betänketiden. (000, 004)
right-package-1 = Under betänketiden har du rätt att be om stöd. Du kan be om ett tryggt boende, juridisk rådgivning och information, och den vård du behöver. Du kan också be om psykologiskt stöd, tolk, och pengar eller annan hjälp i vardagen. Det stödet kallas rättighetspaketet.
# Socialtjänsten där personen vistas har ansvaret; utan uppehållstillstånd eller uppehållsrätt begränsat till akuta situationer: skyddat boende i väntan på hemresa, tolk, psykologiskt stöd, hjälp att kontakta vården. (001)
right-package-2 = Socialtjänsten i kommunen där du är har ansvar för stödet. Utan rätt att vara i Sverige gäller hjälpen bara akuta situationer. Det kan vara skyddat boende i väntan på resan hem, tolk, psykologiskt stöd eller hjälp att kontakta vården.

# Stödet ska inte bero på samarbete med polisen eller en rättegång; personen bestämmer själv. (004)
right-police-1 = Du bestämmer själv om du vill göra en polisanmälan. Stödet ska inte bero på om du hjälper till i en utredning eller går till domstol.
# I praktiken krävs oftast uppehållstillstånd för betänketid eller som bevisperson, alternativt Nationella stödprogrammet, för att få det stöd man har rätt till; programmet stöder oavsett rättsprocess. (002)
right-police-2 = Men om du kommer från ett annat land är det svårare i praktiken. För att få allt stöd behövs då oftast betänketid eller tillstånd under en utredning. En annan väg in är Nationella stödprogrammet, som drivs av organisationer i civilsamhället.

# Offer ska inte straffas för brott som de har tvingats begå. (004)
right-punish-1 = En del människor tvingas att stjäla, sälja droger eller begå andra brott. Om du är utsatt för människohandel ska du inte straffas för brott som du har tvingats begå.
# Rädsla för förvar eller för att behandlas som brottsling är vanlig; en person kan hjälpa. (004, 003)
right-punish-2 = Om du är rädd för vad som kan hända, prata först med en person. Personen kan hjälpa dig att förstå din situation innan du bestämmer något.

# Att sälja sex är inte ett brott i Sverige; att köpa sex är ett brott. (001)
right-selling-1 = I Sverige är det inte ett brott att sälja sex. Det är ett brott att köpa sex. Det är köparen som gör brottet, inte du.
# Polisen har tagit kvinnor som utnyttjas i prostitution i förvar i stället för att ge betänketid; en del utvisas. (003, 000) Rätten till betänketid, tolk och juridiskt stöd. (000, 002)
right-selling-2 = Men personer från andra länder som utnyttjas i prostitution har tagits i förvar och utvisats. Det som kan skydda dig är betänketid, tolk och juridisk hjälp.

# Polisen har tagit personer som utnyttjas i prostitution i förvar; en del utvisas. (003, 000)
right-stopped-1 = Polisen har tagit personer från andra länder i förvar, också när de blev utnyttjade i prostitution. En del har utvisats.
# Tolk och juridisk rådgivning ingår i det som utsatta har rätt till; betänketid gäller potentiella offer. (000, 002, 003) Ingen källa ger rätt till advokat vid en poliskontroll.
right-stopped-2 = Om polisen stoppar dig kan du be om tolk. Du kan berätta om någon har hotat eller utnyttjat dig. Då kan du ha rätt till betänketid. Du kan också be om juridisk hjälp.

# Rätt till ersättning: skadestånd från gärningspersonen och ersättning till brottsoffer; i praktiken får få skadestånd. (004, 002)
right-compensation-1 = Den som har utsatts för människohandel har rätt att be om ersättning. Du kan begära skadestånd från den som skadade dig, och söka brottsskadeersättning. Det är inte säkert att du får pengar.
# Målsägandebiträde under förundersökning och rättegång är för målsäganden; den som utnyttjas enbart genom sexköp är inte målsägande i dag. (003) För få får det trots att de har rätt till det. (002) Juridisk hjälp och företrädare. (004)
right-compensation-2 = Är du målsägande, alltså den som ett brott riktar sig mot? Då kan du be om en egen advokat, ett målsägandebiträde. Advokaten hjälper dig under utredningen och i domstolen. Alla som ber om det får det inte. En person här kan hjälpa dig att be om det.

# Barn: socialtjänsten ska utan dröjsmål utreda behovet av skydd. (001) Nödnumret 112.
right-children-1 = Om du är under 18 år ska socialtjänsten genast ta reda på vilket skydd du behöver. Du har rätt att bli skyddad. Om du är i fara nu, ring 112.
# För ett barn krävs inte hot eller vilseledande för att människohandel ska vara ett brott. (001)
right-children-2 = För ett barn är det människohandel även om ingen har använt hot eller lögner. Det är aldrig barnets fel. Du kan prata med en person här om det.

# Ett återvändandeprogram för barn och vuxna drivs av IOM; Sverige bidrar till det. (001)
right-return-1 = Om du vill åka hem finns det hjälp att resa hem på ett säkert sätt. Internationella migrationsorganisationen (IOM) driver ett återvändandeprogram, och Sverige bidrar till det.
# Tidsbegränsat uppehållstillstånd under förundersökning och rättegång; att stanna är möjligt i vissa fall. (001, 002, 004)
right-return-2 = I vissa fall går det att stanna i Sverige. Det kan vara med ett tillfälligt uppehållstillstånd medan du är med i en utredning och rättegång. En person kan hjälpa dig att förstå vad du kan välja.

# Människoexploatering: att genom otillbörligt medel exploatera någon i tvångsarbete, arbete under uppenbart orimliga villkor eller tiggeri. (001)
# Branscher: bygg, städ, restaurang, jordbruk, bärplockning, privata hem. (001, 002, 004)
right-work-1 = Tvångsarbete och arbete under uppenbart orimliga villkor kan vara ett brott: människoexploatering. Det händer till exempel på byggen, i städjobb, på restauranger, i jordbruk, bärplockning och i privata hem.
# Försörjning är viktig för den som är utsatt: lön som inte betalats och ersättning. (004)
right-work-2 = Fick du ingen lön, eller mycket mindre än du blev lovad? Då kan du be om hjälp att kräva den lön du ska ha, och ersättning.

# Former av exploatering: sexuell, tvångsarbete, tiggeri, tvång att begå brott. (001, 004)
right-forms-1 = Människohandel och exploatering kan se olika ut. Det kan gälla sex, arbete eller tiggeri. Det kan också vara att någon tvingas att stjäla eller begå andra brott.
# Tvångsäktenskap, avlägsnande av organ och multipel exploatering. (001, 002, 004)
right-forms-2 = Det kan också handla om tvångsäktenskap, eller om att någon tar en persons organ. Många utnyttjas på flera sätt samtidigt. Det är aldrig ditt fel.

# Nationella stödprogrammet, som Plattformen driver för personer utsatta för prostitution och människohandel, med skyddade boenden och ett traffickingcenter. (002)
right-support-1 = Organisationer i civilsamhället ger stöd, också till dig som inte vill ha kontakt med myndigheter. Nationella stödprogrammet har skyddade boenden och ett center för personer som är utsatta för prostitution eller människohandel.
# Regionkoordinatorer hjälper myndigheter och utsatta i flera län. (001, 002)
right-support-2 = I Sverige finns regionkoordinatorer mot prostitution och människohandel. De kan hjälpa dig att hitta rätt stöd.

## Vad kan hjälpa dig nu
# Behoven som människor hade 2024, de vanligaste först. (002)

needs-ask = Vad kan hjälpa dig nu? Välj en sak.
needs-legal = Juridisk rådgivning på mitt språk
needs-psych = Någon att prata med om hur jag mår
needs-material = Pengar eller saker jag behöver
needs-authorities = Hjälp med myndigheter
needs-interpreter = En tolk
needs-housing = Ett tryggt ställe att bo på
needs-advice = Råd om min situation
needs-basic = Mat, kläder eller hygien
needs-medical = Läkare eller vård
needs-process = Stöd med polis och domstol
needs-return = Hjälp att åka hem
needs-school = Skola för mina barn

need-next-ask = Vad vill du göra nu?
need-more = Något annat
need-rights = Mina rättigheter

# Juridisk rådgivning på ett språk de förstår: det vanligaste stödet från civilsamhället, 69,3 %. (002) Rättighetspaketet: juridisk rådgivning. (000)
need-legal = Du kan be om juridisk rådgivning och information på ett språk du förstår. Stödorganisationer ger sådan rådgivning, också till den som saknar uppehållstillstånd. Under betänketid är det en del av stödet.
# Psykologiskt stöd. (002, 000)
need-psych = Många behöver någon att prata med. Du kan be om psykologiskt stöd. Det är en del av rättighetspaketet.
# Materiellt stöd: civilsamhället hjälper. (002) Utan rätt att vistas här hjälper socialtjänsten bara i akuta situationer, till exempel med nödvändigt uppehälle eller hemresan (001); ofta bara nödbistånd (002).
need-material = Du kan be socialtjänsten om materiellt stöd. Utan rätt att vara i Sverige är det ofta bara akut hjälp, till exempel till mat eller resan hem. Stödorganisationer kan också hjälpa.
# Hjälp i kontakten med myndigheter. (002)
need-authorities = Myndigheter kan kännas svåra och skrämmande. Stödorganisationer kan följa med dig och hjälpa dig i kontakten med myndigheter.
# Översättning och tolk: civilsamhället hjälper. (002) Socialtjänsten: tolk i akuta situationer. (001) Tolk ingår i rättighetspaketet. (000)
need-interpreter = Du har rätt att be om tolk. Socialtjänsten och stödorganisationer kan hjälpa dig att få en. Under betänketid är det en del av stödet.
# Tryggt boende. (002, 000, 001)
need-housing = Du kan be om ett tryggt ställe att bo på. Socialtjänsten och stödorganisationer kan hjälpa till med skyddat boende.
# Identifiering och första rådgivning. (002)
need-advice = En person kan lyssna på det du berättar och hjälpa dig att förstå din situation och vad du kan göra. Du bestämmer vad du vill berätta.
# Grundläggande behov: mat, hygien. (002)
need-basic = Stödorganisationer kan hjälpa till med det du behöver varje dag, som mat, kläder och hygien.
# Akut medicinsk vård: civilsamhället hjälper. (002) Socialtjänsten: hjälp att kontakta vården. (001) Nödvändig vård ingår i rättighetspaketet. (000) Nödnumret 112.
need-medical = Om det är akut, ring 112. Du kan be om den vård du behöver. Socialtjänsten och stödorganisationer kan hjälpa dig att kontakta vården.
# Stöd i rättsprocesser. (002) Målsägandebiträde: för målsäganden, beviljas inte alltid. (003, 002)
need-process = Finns det ett polisärende eller en rättegång? Om du är målsägande kan du be om en egen advokat (målsägandebiträde). Alla som ber om det får det inte. En person här kan hjälpa dig att be om det, och en organisation kan stötta dig.
# Stöd att återvända; återvändandeprogrammet drivs av IOM. (002, 001)
need-return = Om du vill åka hem finns det hjälp att resa hem på ett säkert sätt. Det finns ett program för det, som drivs av IOM.
# Skolgång för barn. (002) Socialtjänsten utreder barns behov av skydd. (001)
need-school = Barn har rätt att gå i skolan. Socialtjänsten kan hjälpa till med det dina barn behöver.

need-person = Du kan också prata med en person om det här. Du bestämmer själv vad du vill berätta.
