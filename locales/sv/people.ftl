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
# Långa dagar utan lön, arbetet är inte som lovat, en bestämd summa att lämna in. (004)
family-signs-2 = De jobbar mycket långa dagar för lite eller ingen lön. Jobbet är inte det de blev lovade, eller de måste lämna in pengar varje dag. Ett tecken ensamt bevisar ingenting.
# Säkerheten först; personen bestämmer själv; stödet beror inte på polisen. (004)
family-help-1 = Lyssna utan att döma. Pressa dem inte att lämna eller att gå till polisen. Press kan sätta dem i fara. Det är de som bestämmer.
# En digital väg sänker tröskeln till stöd. (002) Nödnumret 112.
family-help-2 = Du kan berätta om den här chatten för dem när det är säkert. Om någon är i fara nu, ring 112.

## Yrkesverksamma

professional-intro = Om du i ditt jobb möter människor som kan vara utnyttjade, kan du få råd och stöd.
professional-ask = Vad vill du göra?
professional-signs = Tecken att lägga märke till
professional-rights = Brottsoffrens rättigheter

## Prata med en person
# Regionkoordinatorer hjälper myndigheter och utsatta i flera län. (001, 002)

human-intro = Du kan prata med en person som kan mycket om det här. Personen dömer dig inte. Du bestämmer vad du vill berätta.
human-region-ask = Var i Sverige är du? Välj en region, eller "Jag vet inte".
contacts-intro = Här är de du kan kontakta. Du behöver inte säga ditt namn.
contacts-ask = Vad vill du göra nu?
contacts-other-region = Välj en annan region
contacts-rights = Mina rättigheter
