# Vägen in: språk, löfte, säkerhet, vem som skriver, huvudmeny.

language-ask = Välj ditt språk.

## Löfte
# Ett arbetssätt som utgår från mänskliga rättigheter: anonymitet och sekretess, personen bestämmer själv. (004)

promise-anonymous = Hej. Här kan du fråga om hjälp och om dina rättigheter. Du behöver inte säga ditt namn. Vi sparar inte det du skriver eller vem du är.
promise-exit = Du kan gå härifrån när du vill. Tryck på "Lämna" högst upp eller på Esc-tangenten. Då stängs chatten och raderas.
    .telegram = Du kan sluta när du vill. Skicka /forget eller välj "Avsluta och radera". Då raderas samtalet och meddelandena tas bort.
promise-ask = Ska vi börja?
promise-ok = Ja, börja

## Säkerheten först

safety-ask = Är du i säkerhet just nu?
safety-yes = Ja, jag är i säkerhet nu
safety-no = Nej, jag är i fara
safety-unsure = Jag vet inte

danger-112 = Om du är i fara nu, ring 112. Det är gratis. 112 är numret vid nödläge, till polis, ambulans och brandkår.
danger-discreet = Om någon kan se din telefon, lämna chatten med "Lämna". Kom tillbaka när du är ensam. Polisens nummer när det inte är akut är 114 14.
    .telegram = Om någon kan se din telefon, skicka /forget så tas samtalet bort. Kom tillbaka när du är ensam. Polisens nummer när det inte är akut är 114 14.
danger-ask = Vad vill du göra nu?
danger-continue = Fortsätt chatten
danger-human = Hitta en person att prata med

## Vem som skriver

who-ask = För vem skriver du?
who-self = För mig själv
who-other = För någon jag är orolig för
who-work = Jag möter människor i mitt jobb
who-info = Jag vill bara ha information

## Huvudmeny

menu-ask = Vad vill du göra?
menu-signs = Titta på min situation
menu-rights = Mina rättigheter i Sverige
menu-needs = Vad kan hjälpa mig nu
menu-family = Jag är orolig för någon
menu-professional = För yrkesverksamma
menu-danger = Jag är i fara
