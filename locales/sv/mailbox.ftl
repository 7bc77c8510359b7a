# Brevlådan (issue 23): ett meddelande till regionens team när ingen kan svara nu, och
# vägen tillbaka till teamets svar med en kod. Inga fakta från underlagen här: texterna
# beskriver vad lotsa själv gör (docs/privacy.md, docs/staff.md). Fråga aldrig efter namn,
# telefonnummer eller adress (DOMAIN.md); personen kan vara övervakad, så koden är hens att
# spara eller glömma, och allt raderas efter några dagar.

## Lämna ett meddelande

# Knappen där ingen kan svara nu, och i stegen om samtycke och kontakter.
mailbox-offer = Lämna ett meddelande till teamet
mailbox-write-intro = Du kan skriva ett meddelande till teamet i din region, högst 2 000 tecken. Skriv inte ditt namn, telefonnummer eller din adress. Teamet läser det när de är tillbaka och svarar här.
mailbox-write-ask = Skriv ditt meddelande.
# Personens enda svar på teamets svar.
mailbox-reply-intro = Du kan skriva tillbaka till teamet en gång, högst 2 000 tecken. Skriv inte ditt namn, telefonnummer eller din adress.
mailbox-reply-ask = Skriv ditt svar.
mailbox-reply-sent = Ditt svar är skickat till teamet. Kom tillbaka senare med samma kod för att läsa deras svar.
# Visas en gång, med koden i stora siffror. `$code` är 16 siffror i grupper om fyra;
# `$days` är keep_days (14 om inget annat anges). Vad som sparas och hur länge: docs/privacy.md.
# .telegram: meddelandet med koden finns kvar i Telegram-chatten; /code öppnar igen.
mailbox-receipt = Ditt meddelande är skickat. Din kod: { $code }. Skriv upp den på ett säkert ställe, eller kom ihåg den. Den som har koden kan läsa svaret. Kom tillbaka med den och välj ”Jag har en kod”. Ditt meddelande och svaret raderas efter { $days ->
        [one] en dag
       *[other] { $days } dagar
    }, eller en dag efter att du läst svaret.
    .telegram = Ditt meddelande är skickat. Din kod: { $code }. Skriv upp den på ett säkert ställe, eller kom ihåg den. Den som har koden kan läsa svaret. Den som ser den här chatten kan se koden: /forget raderar dess meddelanden. Kom tillbaka och skicka /code. Ditt meddelande och svaret raderas efter { $days ->
        [one] en dag
       *[other] { $days } dagar
    }, eller en dag efter att du läst svaret.
# Vad vill du göra efter ett meddelande eller ett svar.
mailbox-done-ask = Vad vill du göra nu?
mailbox-menu = Tillbaka till huvudmenyn

## Komma tillbaka med en kod

# Knappen i startmenyn.
start-have-code = Jag har en kod
mailbox-code-ask = Skriv din kod med 16 siffror.
mailbox-waiting = Teamet har inte svarat än. Kom tillbaka senare med din kod.
mailbox-answer-intro = Teamets svar:
mailbox-opened-ask = Vad vill du göra nu?
mailbox-reply = Skriv tillbaka en gång
mailbox-delete = Radera allt nu
mailbox-deleted = Ditt meddelande och svaren är raderade.

## Sidans etiketter: bekräftelsen före sändning, och fältet för koden

ui-mailbox-confirm = Skicka det här meddelandet?
ui-mailbox-confirm-yes = Ja, skicka det
ui-mailbox-edit = Nej, ändra det
ui-mailbox-code = Din kod
ui-mailbox-open = Öppna

## Bara Telegram

# Kommandolistans rad för /code.
tg-cmd-code = Jag har en kod
# Telegram-chattens id sparas förseglat med meddelandet tills svaret är skickat eller
# meddelandet raderat (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Vi kan också skicka teamets svar till den här chatten. Då måste vi spara en låst uppgift om chatten med ditt meddelande. Vi raderar den när svaret är skickat eller ditt meddelande är raderat.
mailbox-telegram-deliver = Skicka också svaret till den här chatten
mailbox-telegram-deliver-set = Svaret kommer också till den här chatten.
