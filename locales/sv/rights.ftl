# Information om rättigheter i Sverige, i korta och enkla steg. Varje fakta hänvisar till sitt källdokument.
# Texten säger vad en person kan be om, aldrig vad personen "kommer att" få.

rights-ask = Vad vill du veta mer om? Välj en sak.
rights-reflection = Tid att vila och tänka (30 dagar)
rights-package = Stöd du kan be om
rights-police = Hjälp utan polisen
rights-punish = Tvingad att begå brott
rights-selling = Att sälja sex och lagen
rights-compensation = Ersättning och advokat
rights-children = Barn under 18 år
rights-return = Åka hem eller stanna
rights-work = Rättigheter i jobbet
rights-support = Hjälp från organisationer

right-next-ask = Vad vill du göra nu?
right-more = Andra rättigheter
right-needs = Vilken hjälp som finns

# Betänketid: tidsbegränsat uppehållstillstånd i minst 30 dagar, för att återhämta sig och ta ställning till samarbete. (001, 004)
right-reflection-1 = Om du kan ha blivit utsatt för människohandel kan du ha rätt till betänketid. Det är ett uppehållstillstånd i minst 30 dagar. Det ger dig tid att vila, må bättre och tänka på vad du vill göra.
# Beviljas av Migrationsverket efter ansökan från förundersökningsledaren; socialtjänsten kan också ansöka; det kan förlängas. (001, 000)
right-reflection-2 = Migrationsverket bestämmer. Den som leder utredningen av brottet (förundersökningsledaren) kan ansöka åt dig. Socialtjänsten kan också ansöka. Ibland kan tiden förlängas. Du bestämmer själv om du senare vill hjälpa till i utredningen.

# Rättighetspaketet under betänketiden. (000, 004)
right-package-1 = Under betänketiden har du rätt att be om stöd: ett tryggt boende, juridisk rådgivning och information, den vård du behöver, psykologiskt stöd, tolk, och pengar eller annan hjälp i vardagen. Det kallas rättighetspaketet.
# Socialtjänsten ska ge stöd; utan uppehållstillstånd akut stöd: skyddat boende, resa hem, tolk, psykologiskt stöd, hjälp att kontakta vården. (001)
right-package-2 = Socialtjänsten i kommunen där du är har ansvar för stödet. Även om du inte har uppehållstillstånd kan du be om akut hjälp: skyddat boende, hjälp med resan hem, tolk, psykologiskt stöd och hjälp att kontakta vården.

# Stödet beror inte på samarbete med polisen eller en rättegång. (004)
right-police-1 = Du kan få stöd utan att prata med polisen. Stödet ska inte bero på om du hjälper till i en utredning eller går till domstol.
# Civilsamhället ger stöd, också till dem som inte vill ha kontakt med myndigheter. (002)
right-police-2 = Organisationer i civilsamhället hjälper också människor som inte vill ha kontakt med myndigheter. Du bestämmer om och när du vill prata med polisen.

# Offer ska inte straffas för brott som de har tvingats begå. (004)
right-punish-1 = En del människor tvingas att stjäla, sälja droger eller begå andra brott. Om du är utsatt för människohandel ska du inte straffas för brott som du har tvingats begå.
# Rädsla för förvar eller för att behandlas som brottsling är vanlig; en person kan hjälpa. (004, 003)
right-punish-2 = Om du är rädd för vad som kan hända, prata först med en person. Personen kan hjälpa dig att förstå din situation innan du bestämmer något.

# Att sälja sex är inte ett brott i Sverige; att köpa sex är ett brott. (001)
right-selling-1 = I Sverige är det inte ett brott att sälja sex. Det är ett brott att köpa sex. Det är köparen som gör brottet, inte du.
# Personer utan uppehållstillstånd har tagits i förvar i stället för att erbjudas betänketid. (003)
right-selling-2 = Om du inte har uppehållstillstånd, prata först med en person eller en advokat om din situation. De kan hjälpa dig att be om dina rättigheter.

# Rätt till skadestånd och brottsskadeersättning; målsägandebiträde. (003, 004)
right-compensation-1 = Offer för människohandel har rätt till ersättning. Du kan be om pengar från den som skadade dig (skadestånd). Du kan också söka brottsskadeersättning.
# Målsägandebiträde under förundersökning och rättegång. (003)
right-compensation-2 = Om det finns en utredning kan du be om en egen advokat, ett målsägandebiträde. Advokaten hjälper dig under utredningen och i domstolen.

# Barn: socialtjänsten ska utan dröjsmål utreda behovet av skydd. (001)
right-children-1 = Om du är under 18 år ska socialtjänsten genast ta reda på vilket skydd du behöver. Du har rätt att bli skyddad.
# För ett barn krävs inte hot eller vilseledande för att människohandel ska vara ett brott. (001)
right-children-2 = För ett barn är det människohandel även om ingen har använt hot eller lögner. Det är aldrig barnets fel.

# Det finns ett återvändandeprogram med IOM för den som vill. (001)
right-return-1 = Om du vill åka hem finns det hjälp att resa hem på ett säkert sätt. Sverige stöder ett återvändandeprogram som drivs av Internationella migrationsorganisationen (IOM).
# Tidsbegränsat uppehållstillstånd under utredning och rättegång; att stanna är möjligt i vissa fall. (001, 002, 004)
right-return-2 = I vissa fall går det också att stanna i Sverige, till exempel med ett uppehållstillstånd medan du är med i en utredning och en rättegång. En person kan hjälpa dig att förstå vad du kan välja.

# Tvångsarbete och arbetskraftsexploatering förekommer inom bygg, städ, restaurang, jordbruk, bärplockning och i privata hem. (001, 002, 004)
right-work-1 = Tvångsarbete och arbetskraftsexploatering är brott. Det händer till exempel på byggen, i städjobb, på restauranger, inom jordbruk, i bärplockning och i privata hem.
# Försörjning är viktig för offren: lön som inte betalats och ersättning. (004)
right-work-2 = Om du inte fick lön, eller fick mycket mindre än du blev lovad, kan du be om hjälp att kräva den lön du ska ha, och ersättning.

# Nationella stödprogrammet som drivs av civilsamhällets plattform, med skyddade boenden och ett traffickingcenter. (002)
right-support-1 = Organisationer i civilsamhället ger stöd, också till dig som inte vill ha kontakt med myndigheter. Nationella stödprogrammet har skyddade boenden och ett center för personer som är utsatta för människohandel.
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

# Juridisk rådgivning på ett språk de förstår: det vanligaste behovet. (002) Rättighetspaketet: juridisk rådgivning. (000)
need-legal = Du kan be om juridisk rådgivning och information på ett språk du förstår. Det är en del av stödet under betänketiden.
# Psykologiskt stöd. (002, 000)
need-psych = Många behöver någon att prata med. Du kan be om psykologiskt stöd. Det är en del av rättighetspaketet.
# Materiellt stöd. (002, 000) Socialtjänsten har ansvar för stödet. (001)
need-material = Du kan be om materiellt stöd, till exempel pengar för att klara vardagen. Socialtjänsten har ansvar för stödet.
# Hjälp i kontakten med myndigheter. (002)
need-authorities = Myndigheter kan kännas svåra och skrämmande. Stödorganisationer kan följa med dig och hjälpa dig i kontakten med myndigheter.
# Översättning och tolkning; tolk är en del av rättighetspaketet. (002, 000)
need-interpreter = Du har rätt att be om tolk. Det är en del av stödet under betänketiden.
# Tryggt boende. (002, 000, 001)
need-housing = Du kan be om ett tryggt ställe att bo på. Socialtjänsten och stödorganisationer kan hjälpa till med skyddat boende.
# Identifiering och första rådgivning. (002)
need-advice = En person kan lyssna på det du berättar och hjälpa dig att förstå din situation och vad du kan göra. Du bestämmer vad du vill berätta.
# Grundläggande behov: mat, hygien. (002)
need-basic = Stödorganisationer kan hjälpa till med det du behöver varje dag, som mat, kläder och hygien.
# Akut sjukvård; nödvändig vård ingår i rättighetspaketet. (002, 000)
need-medical = Om det är akut, ring 112. Du kan be om den vård du behöver. Det är en del av stödet till brottsoffer.
# Stöd i rättsprocesser; målsägandebiträde. (002, 003)
need-process = Om det finns ett polisärende eller en rättegång kan du be om en egen advokat (målsägandebiträde) och om stöd från en organisation.
# Stöd att återvända; IOM:s återvändandeprogram. (002, 001)
need-return = Om du vill åka hem finns det hjälp att resa hem på ett säkert sätt, genom ett program som drivs av IOM.
# Skolgång för barn. (002) Socialtjänsten utreder barns behov av skydd. (001)
need-school = Barn har rätt att gå i skolan. Socialtjänsten kan hjälpa till med det dina barn behöver.

need-person = En person kan hjälpa dig med det här. Välj "Prata med en person" för att se vem du kan kontakta.
