# En varsam självkoll. Tecknen kommer från indikatorerna i vägledningen för kommuner. (004)
# Aldrig en dom; personen bestämmer själv vad som händer sedan. (004)

check-intro = Jag ställer några frågor om din situation. Svara bara på det du vill. Du kan sluta när du vill. Jag frågar inte efter namn, platser eller papper.
check-intro-ask = Vill du börja?
check-start = Ja, fråga mig
check-skip = Nej, visa vilken hjälp som finns

answer-yes = Ja
answer-no = Nej
answer-unsure = Jag vet inte

# Id-handlingar som någon annan har tagit eller behåller. (004)
sign-passport = Har någon tagit ditt pass eller id-kort? Eller har någon det "åt dig"?
# Skuld till den som tog hit personen eller ordnade arbetet, skulden växer. (004)
sign-debt = Är du skyldig pengar till den som tog dig hit eller ordnade jobbet? Blir skulden större hela tiden?
# Hot mot personen eller familjen, hot om polisen eller Migrationsverket. (004)
sign-threats = Har någon hotat dig eller din familj? Eller hotat att anmäla dig till polisen eller Migrationsverket?
# Inte fri att gå, sluta eller röra sig; övervakad utanför arbetet. (004)
sign-freedom = Hindrar någon dig från att gå därifrån, sluta jobba eller gå dit du vill? Blir du övervakad när du inte jobbar?
# Måste lämna ifrån sig hela eller det mesta av inkomsten. (004)
sign-money = Måste du ge alla eller nästan alla pengar du tjänar till någon annan?
# Bor på arbetsplatsen eller hos arbetsgivaren; vet kanske inte adressen. (004)
sign-housing = Bor du där du jobbar, eller hos den du jobbar för? Är det så att du inte vet adressen?
# Långa dagar, inga lediga dagar, ingen eller mycket låg lön, lönen hålls inne, inget avtal. (004)
sign-conditions = Jobbar du mycket långa dagar utan lediga dagar? Är lönen mycket låg, hålls den inne eller får du ingen lön alls?
# Arbetet är inte det som lovades. (004)
sign-promise = Är jobbet ett annat än det du blev lovad?
# Tiggeri eller brott: en bestämd summa att lämna in, annars straff. (004)
sign-quota = Måste du lämna en bestämd summa pengar varje dag, till exempel genom att tigga eller stjäla? Blir du straffad annars?

## Resultat: aldrig en dom
# Människohandel och exploatering är brott mot personen; offer ser sällan sig själva som offer. (004, 001)
check-result-signs = Tack för att du svarade. Om du svarade ja på någon fråga kan det vara ett tecken på exploatering eller människohandel. Det är brott som görs mot en person. Det är inte ditt fel.
# Stödet beror inte på om du pratar med polisen; personen bestämmer själv. (004)
check-result-decide = Du bestämmer vad som händer nu. Du kan läsa om dina rättigheter eller prata med en person. Du behöver inte prata med polisen för att kunna få stöd.
check-result-ask = Vad vill du göra?
result-rights = Läs om mina rättigheter
result-needs = Vilken hjälp som finns
