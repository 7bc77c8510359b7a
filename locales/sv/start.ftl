# Vägen in: språk, löfte, säkerhet, vem som skriver, huvudmeny.

language-ask = Välj ditt språk.

## Löfte
# Ett arbetssätt som utgår från mänskliga rättigheter: anonymitet och sekretess, personen bestämmer själv. (004)
# Telegram: chatten sparas i telefonen och på Telegrams servrar (så fungerar Telegram; inte från källorna).
promise-anonymous = Hej. Här kan du fråga om hjälp och om dina rättigheter. Du behöver inte säga ditt namn. Vi sparar inte vem du är. Om du chattar med en stödperson raderas det du skriver när den chatten slutar.
    .telegram = Hej. Här kan du fråga om hjälp och om dina rättigheter. Du behöver inte säga ditt namn. Vi sparar inte vem du är. Men chatten finns kvar i din telefon och på Telegrams servrar.
# Alla får veta hur man lämnar snabbt, vad som kan avslöja chatten och hur man kommer tillbaka säkert.
# Webbläsarens historik kan visa adressen även efter "Lämna" (docs/privacy.md).
# /forget kan inte ta bort meddelanden äldre än 48 timmar (Telegrams gräns, docs/telegram.md; inte från källorna).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = Du kan lämna snabbt när du vill: tryck på "Lämna" högst upp eller på Esc-tangenten. Då stängs chatten och raderas. Men webbläsarens historik kan visa att du har varit här. Kom tillbaka när du är ensam, gärna i ett privat fönster.
    .basic = Du kan lämna snabbt när du vill: tryck på "Lämna" högst upp. Då stängs chatten och raderas. Men webbläsarens historik kan visa att du har varit här. Kom tillbaka när du är ensam, gärna i ett privat fönster.
    .telegram = Du kan sluta när du vill: skicka /forget eller välj "Radera allt och stäng". Då raderas samtalet. Men /forget kan inte ta bort meddelanden som är äldre än 48 timmar. Den som ser din telefon kan se chatten i Telegram. Kom tillbaka när du är ensam, och ta bort chatten efteråt.
    .touch = Du kan lämna snabbt när du vill: tryck på "Lämna" högst upp. Då stängs chatten och raderas. Men webbläsarens historik kan visa att du har varit här. Kom tillbaka när du är ensam, gärna i ett privat fönster.
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
who-child = Jag är under 18 år

## Huvudmeny

menu-ask = Vad vill du göra?
menu-signs = Titta på min situation
menu-rights = Mina rättigheter i Sverige
menu-needs = Vad kan hjälpa mig nu
menu-family = Jag är orolig för någon
menu-professional = För yrkesverksamma
menu-children = Jag är under 18 år
menu-danger = Jag är i fara
menu-privacy = Så skyddar vi dig

## Så skyddar vi dig, och vad vi inte kan skydda dig mot
# Vad lotsa sparar och hur länge (docs/privacy.md, "What is kept"; inte från källorna).
privacy-kept = Vi sparar inte ditt namn, ditt telefonnummer eller din IP-adress. Dina svar raderas när du avslutar chatten. De raderas också när du inte har skrivit på en stund. Om du chattar med en stödperson kan bara stödpersoner läsa det du skriver. Det raderas när den chatten slutar.
    .telegram = Vi sparar inte ditt namn, ditt användarnamn eller ditt telefonnummer. Dina svar raderas när du skickar /forget. De raderas också när du inte har skrivit på en stund. Om du chattar med en stödperson kan bara stödpersoner läsa det du skriver. Det raderas när den chatten slutar.
# Vad ingen chattjänst kan förhindra (docs/privacy.md, "Threat model"; inte från källorna).
privacy-limits = Det finns saker vi inte kan skydda dig mot. Den som har din telefon kan se den här chatten och webbläsarens historik. En spionapp i telefonen kan se allt du skriver. Den som sköter wifi-nätet eller ditt mobilnät kan se att du har besökt den här sidan. De kan inte se vad du skrev. Använd gärna en telefon som bara du använder, och ett privat fönster i webbläsaren. Tror du att någon kollar din telefon? Ring då någon av kontakterna under "Prata med en person" från en annan telefon.
    .telegram = Det finns saker vi inte kan skydda dig mot. Telegram sparar egna uppgifter: Telegram vet att ditt konto har skrivit till den här boten, och när. Den som har din telefon kan se den här chatten. En spionapp i telefonen kan se allt du skriver. Den som sköter wifi-nätet eller ditt mobilnät kan se att du använder Telegram. Använd gärna en telefon som bara du använder, och ta bort chatten efteråt. Tror du att någon kollar din telefon? Ring då någon av kontakterna under "Prata med en person" från en annan telefon.
privacy-ask = Vad vill du göra nu?
privacy-menu = Tillbaka till huvudmenyn
