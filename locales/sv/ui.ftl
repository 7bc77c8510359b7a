# Text i gränssnittet: språkets namn, kommandon, felmeddelanden, etiketter, regioner, kontakter.
# Inga andra nummer än 112 och 114 14 står här: de kommer från konfigurationen.

language-name = Svenska

## Kommandon som finns i varje steg

nav-back = ← Tillbaka
nav-menu = Huvudmeny
nav-language = Byt språk
nav-human = Prata med en person
nav-end = Radera allt och stäng

## Fel: korta och vänliga, och alltid följda av frågan igen

error-unknown_choice = Förlåt, jag förstod inte. Välj ett av alternativen.
error-pick_option = Här kan jag bara svara på knapparna. Välj ett av alternativen.
error-bad_request = Förlåt, något gick fel med meddelandet. Försök igen.
error-too_long = Meddelandet var för långt. Välj ett av alternativen.
error-rate_limited = Det blev mycket på en gång. Vänta en liten stund och försök igen.
error-unavailable = Förlåt, chatten fungerar inte just nu. Om du är i fara, ring 112.
error-session_expired = Det du skrev tidigare är raderat, eftersom det var tyst en stund. Vi kan börja om.
error-no_session = Samtalet har inte börjat än. Börja om.
error-reconnecting = Chatten startar om och ansluter igen om en liten stund.
# The mailbox's answers (issue 23): a wrong or unknown receipt code, a refused message.
error-not_found = Inget meddelande har den här koden. Kontrollera siffrorna och försök igen.
error-mailbox_empty = Meddelandet är tomt. Skriv något först.
error-mailbox_too_long = Det är mer än 2 000 tecken. Gör det kortare.
error-mailbox_limited = För många koder har provats. Vänta några minuter och försök igen.
error-mailbox_replied = Du har redan svarat en gång. Kom tillbaka senare med din kod för att läsa teamets svar.
error-mailbox_off = Det går inte att lämna ett meddelande just nu.

## Etiketter på sidan

ui-exit = Lämna
ui-restart = Börja om
ui-connecting = Ansluter…
ui-log = Samtal
# The page's header: what this is, in the person's language.
ui-title = Anonym stödchatt
# Opens the promise below, inside the page.
ui-privacy = Så skyddar vi dig
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Du behöver inte säga ditt namn. Vi frågar aldrig efter det.
    Vi sparar inte ditt namn, ditt telefonnummer eller din IP-adress.
    Dina svar raderas när du avslutar chatten eller trycker på "Lämna".
    De raderas också när du inte har skrivit något på en stund.
    Om du chattar med en stödperson kan bara stödpersoner läsa det du skriver.
    Det raderas när den chatten slutar.
    Vi räknar bara hur många som valde ett svar. Vi räknar aldrig vilka det var.
    Vi kan inte hindra någon som tittar i din telefon.
    Webbläsarens historik kan visa att du har besökt den här sidan. Använd ett privat fönster om du kan.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Välj ett av svaren ovan.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Chattmeny
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Enkel version utan JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = För att chatta direkt med en person behöver du hela versionen av den här sidan, med JavaScript. Du kan ringa något av de här numren i stället.
# The danger step's large tap-to-call button. 112 is the emergency number (DOMAIN.md).
ui-call-112 = Ring 112

## Radera allt och stäng

# Det lotsa sparar efter slutet: bara anonyma räknare per dag (docs/privacy.md; inte från källorna).
ended = Samtalet är raderat. Vi sparar bara anonyma siffror om svaren, aldrig vad du skrev eller vem du är. Ta hand om dig. Du kan komma tillbaka när du vill.

## Regioner (regionkoordinatorernas regioner)
# Regionkoordinatorer hjälper myndigheter och utsatta i flera län. (001, 002)
# Länen följer polisregionerna, som koordinatorernas regioner motsvarar; kontrollera före användning.

region-nord = Nord (Norrbotten, Västerbotten, Jämtland, Västernorrland; t.ex. Umeå)
region-mitt = Mitt (Uppsala, Västmanland, Gävleborg; t.ex. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; t.ex. Örebro)
region-stockholm = Stockholm och Gotland
region-ost = Öst (Östergötland, Jönköping, Södermanland; t.ex. Linköping)
region-vast = Väst (Västra Götaland, Halland; t.ex. Göteborg)
region-syd = Syd (Skåne, Blekinge, Kronoberg, Kalmar; t.ex. Malmö)
region-national = Jag vet inte / Vill inte säga

## Kontakter (hämtas från konfigurationen)

contacts-heading = Kontakter i { $region }:
contacts-national-heading = Kontakter i hela Sverige:
contacts-none = Här finns inga kontakter inlagda än. Du kan ändå få hjälp: ring 112 om det är akut.
contacts-emergency = Akut (polis, ambulans, brandkår): 112. Polisen, när det inte är akut: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Öppet: { $hours }
hours-always = alla dagar, dygnet runt
professional-heading = Stöd för yrkesverksamma:
professional-manual = Vägledning för yrkesverksamma: { $url }
# Visas när ingen stödtelefon för yrkesverksamma är inställd; får inte motsäga professional-intro.
professional-none = Stödtelefonens nummer finns inte i den här chatten än. En regionkoordinator kan ge dig råd i stället.

## Dagar, för öppettider

day-mon = mån
day-tue = tis
day-wed = ons
day-thu = tor
day-fri = fre
day-sat = lör
day-sun = sön

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Hjälpte den här chatten dig? Du kan svara eller hoppa över. Bara antalet svar räknas.
survey-yes = Ja
survey-little = Lite
survey-no = Nej
survey-skip = Hoppa över
survey-thanks = Tack för ditt svar.
