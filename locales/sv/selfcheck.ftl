# En varsam självkoll. Tecknen kommer från indikatorerna i vägledningen för kommuner. (004)
# Aldrig en dom; personen bestämmer själv vad som händer sedan. (004)
# Varje fråga säger var i självkollen personen är (flödesmeddelanden har inga variabler).

check-intro = Jag ställer 9 korta frågor om din situation. Svara bara på det du vill. Du kan sluta när du vill. Jag frågar inte efter namn, platser eller papper.
check-intro-ask = Vill du börja?
check-start = Ja, fråga mig
check-skip = Nej, visa vilken hjälp som finns

answer-yes = Ja
answer-no = Nej
answer-unsure = Jag vet inte
check-stop = Sluta här

# Id-handlingar som någon annan har tagit eller behåller. (004)
sign-passport = Fråga 1 av 9. Har någon tagit ditt pass eller id-kort? Eller har någon det "åt dig"?
# Skuld till den som tog hit personen eller ordnade arbetet, skulden växer. (004)
sign-debt = Fråga 2 av 9. Är du skyldig pengar till den som tog dig hit eller ordnade jobbet? Blir skulden större hela tiden?
# Hot mot personen eller familjen, hot om polisen eller Migrationsverket. (004)
sign-threats = Fråga 3 av 9. Har någon hotat dig eller din familj? Eller hotat att anmäla dig till polisen eller Migrationsverket?
# Inte fri att gå, sluta eller röra sig; övervakad utanför arbetet. (004)
sign-freedom = Fråga 4 av 9. Hindrar någon dig från att gå därifrån, sluta jobba eller gå dit du vill? Blir du övervakad när du inte jobbar?
# Måste lämna ifrån sig hela eller det mesta av inkomsten. (004)
sign-money = Fråga 5 av 9. Måste du ge alla eller nästan alla pengar du tjänar till någon annan?
# Bor på arbetsplatsen eller hos arbetsgivaren; vet kanske inte adressen. (004)
sign-housing = Fråga 6 av 9. Bor du där du jobbar, eller hos den du jobbar för? Eller vet du inte adressen?
# Långa dagar, inga lediga dagar, ingen eller mycket låg lön, lönen hålls inne, inget avtal. (004)
sign-conditions = Fråga 7 av 9. Jobbar du mycket långa dagar utan lediga dagar? Är lönen mycket låg, hålls den inne eller får du ingen lön alls?
# Arbetet är inte det som lovades. (004)
sign-promise = Fråga 8 av 9. Är jobbet ett annat än det du blev lovad?
# Tiggeri eller brott: en bestämd summa att lämna in, annars straff. (004)
sign-quota = Fråga 9 av 9. Måste du lämna en bestämd summa pengar varje dag, till exempel från tiggeri eller stölder? Blir du straffad annars?

## Efter "ja" om hot: 112 först, sedan går frågorna vidare om personen vill
# Säkerhet för personen och familjen är det viktigaste för den som är utsatt. (004) Nödnumret 112.
check-threats-112 = Hot mot dig eller din familj är allvarligt. Om du eller någon i din familj är i fara nu, ring 112. Det är gratis.
check-threats-ask = Vill du fortsätta med frågorna?
check-continue = Ja, fortsätt

## Resultat: aldrig en dom
# Tecken är inga bevis: se helheten. Exploatering kan vara ett brott mot personen; aldrig en dom. (004, 001)
check-result-signs = Tack för att du svarade. Ett ja kan vara ett tecken på exploatering eller människohandel. Men ett tecken ensamt bevisar ingenting. Om någon utnyttjar dig kan det vara ett brott mot dig. Det är inte ditt fel.
# Personen bestämmer själv vad som händer. (004) Nödnumret 112.
check-result-decide = Du bestämmer vad som händer nu. Du kan läsa om dina rättigheter eller prata med en person. Om du är i fara nu, ring 112.
check-result-ask = Vad vill du göra?
result-rights = Läs om mina rättigheter
result-needs = Vilken hjälp som finns
