# Familj och vänner, yrkesverksamma och att prata med en person.

## Familj och vänner
# Offer ser sällan sig själva som offer och ber sällan om hjälp med de orden; de är rädda för hämnd. (004)

family-intro-1 = Det är bra att du är här. Det är tungt att vara orolig för någon.
family-intro-2 = Människor som blir utnyttjade ser ofta inte sig själva som offer. De kan vara rädda för vad som kan hända dem eller deras familj.
family-ask = Vad vill du veta?
family-signs = Tecken att lägga märke till
family-help = Hur jag kan hjälpa
family-rights = Deras rättigheter i Sverige
family-next-ask = Vad mer vill du veta?

# Indikatorer: handlingar tagna, skuld, hot, inte fri att röra sig, inkomsten tas, bor på arbetsplatsen. (004)
family-signs-1 = Några tecken: någon annan har deras pass eller id-kort. De är skyldiga pengar, och skulden växer. De kan inte röra sig fritt, eller är alltid övervakade.
# Långa dagar utan lön, arbetet är inte som lovat, en bestämd summa att lämna in; se helheten. (004)
family-signs-2 = De jobbar mycket långa dagar för lite eller ingen lön. Jobbet är inte det de blev lovade, eller de måste lämna in pengar varje dag. Ett tecken ensamt bevisar ingenting.
# Säkerheten först; personen bestämmer själv; stödet beror inte på polisen. (004)
family-help-1 = Lyssna utan att döma. Pressa dem inte att lämna eller att gå till polisen. Press kan sätta dem i fara. Det är de som bestämmer.
# En digital väg sänker tröskeln till stöd. (002) Barn: socialtjänsten ska genast utreda behovet av skydd. (001) Nödnumret 112.
family-help-2 = Du kan berätta om den här chatten för dem när det är säkert. Gäller det ett barn under 18 år? Kontakta socialtjänsten. Om någon är i fara nu, ring 112.

## Yrkesverksamma
# Nationellt metodstödsteam har en stödtelefon för yrkesverksamma och en manual vid misstanke om människohandel; regionkoordinatorer stöder. (001, 002, 004)

# Nationellt metodstödsteam har en stödtelefon för yrkesverksamma och en manual vid misstanke om människohandel; regionkoordinatorer stöttar. (001, 002, 004)
professional-intro = Om du i ditt jobb möter människor som kan vara utnyttjade kan du få råd. I Sverige finns en nationell stödtelefon och en manual för yrkesverksamma. Regionkoordinatorer mot prostitution och människohandel kan också hjälpa.
professional-ask = Vad vill du veta?
professional-next-ask = Vad mer vill du veta?
professional-signs = Tecken att lägga märke till
professional-act = Vad jag kan göra
professional-children = Barn och anmälningsplikt
professional-rights = Rättigheter för den som är utsatt
professional-support = Stödtelefon och manual
professional-coordinators = Regionkoordinatorer
professional-region-ask = Var i Sverige arbetar du? Välj en region.
# Regionkoordinatorer mot prostitution och människohandel stöttar yrkesverksamma och myndigheter i sin region. (001, 002)
professional-coordinators-intro = Regionkoordinatorerna mot prostitution och människohandel ger råd till yrkesverksamma. Här är kontakterna i regionen du valde.

# Indikatorer: handlingar tagna, skuld, hot mot personen eller familjen, hot om att anmälas till myndigheterna. (004)
professional-signs-1 = Tecken kan vara att någon annan har personens pass eller id-kort. Personen har en skuld som växer. Personen eller familjen hotas, till exempel med anmälan till myndigheterna.
# Indikatorer: inte fri att sluta eller röra sig, bor hos arbetsgivaren, långa dagar, låg eller ingen lön, en summa att lämna in, tecken på våld eller trauma. (004)
professional-signs-2 = Personen kan inte sluta eller röra sig fritt, och bor kanske hos arbetsgivaren. Personen har mycket långa dagar och låg eller ingen lön, eller måste lämna in en summa varje dag. Det finns tecken på våld, rädsla eller oro.

# Offer ser sällan sig själva som offer; se helheten, ett tecken ensamt räcker inte. (004)
professional-act-1 = Den som utnyttjas ser sällan sig själv som offer, och ber sällan om hjälp med de orden. Ett tecken ensamt bevisar ingenting. Se till helheten.
# Villkorslöst stöd, information och samtycke; hänvisa till stöd; stödtelefon och regionkoordinatorer. (004, 001)
professional-act-2 = Berätta om rättigheter och stöd, och låt en vuxen person själv bestämma. Stödet ska inte bero på om personen samarbetar med polisen. Rådgör med stödtelefonen eller en regionkoordinator. Om någon är i fara, ring 112.

# Anställda i skolan har skyldighet att göra orosanmälan till socialtjänsten; kravet på orosanmälan gäller stöd till barn. (001, 002)
professional-children-1 = Du kan ha skyldighet att anmäla till socialtjänsten om du misstänker att ett barn far illa. Det kallas orosanmälan. Skyldigheten gäller till exempel alla som arbetar i skolan.
# Socialtjänsten ska utan dröjsmål utreda barnets behov av skydd; för ett barn krävs inget otillbörligt medel. (001) Nödnumret 112.
professional-children-2 = Socialtjänsten ska då genast utreda vilket skydd barnet behöver. För ett barn är det människohandel även utan hot eller lögner. Om barnet är i fara nu, ring 112.

## Prata med en person
# Regionkoordinatorer hjälper myndigheter och utsatta i flera län. (001, 002) Vi lovar inget om hur andra bemöter personen. Nödnumret 112.

human-intro = Här kan du hitta en person att kontakta. Du bestämmer själv vad du vill berätta. Om du är i fara nu, ring 112.
human-region-ask = Var i Sverige är du? Välj en region, eller "Jag vet inte".
contacts-intro = Här är de du kan kontakta. Du bestämmer själv vad du vill berätta, och om du vill säga ditt namn.
contacts-ask = Vad vill du göra nu?
contacts-other-region = Välj en annan region
contacts-rights = Mina rättigheter
