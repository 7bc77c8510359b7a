# Bara Telegram: kommandon, och svar på sådant som bara Telegram kan skicka.

tg-cmd-start = Börja om
tg-cmd-language = Byt språk
tg-cmd-menu = Huvudmeny
tg-cmd-help = Hjälp
tg-cmd-human = Prata med en person
tg-cmd-forget = Radera den här chatten

tg-help = Svara med knapparna. /menu visar huvudmenyn, /language byter språk, /human visar vem du kan prata med. /forget raderar samtalet och tar bort meddelandena.
tg-text-only = Jag kan bara läsa text här. Använd knapparna.
tg-group = Förlåt, jag pratar bara i privata chattar. I en grupp kan andra läsa det du skriver. Skriv direkt till mig. Jag lämnar gruppen nu.
tg-forgotten = Samtalet är raderat och meddelandena är borttagna. Du kan också ta bort den här chatten i Telegram.
tg-forget-partial = Samtalet är raderat. Telegram låter mig inte ta bort meddelanden som är äldre än 48 timmar, så { $count ->
        [one] ett meddelande
       *[other] { $count } meddelanden
    } finns kvar. Ta bort chatten själv i Telegram: håll fingret på chatten och välj Ta bort.
tg-forget-nothing = Här finns inget sparat om dig. Vill du ta bort gamla meddelanden? Ta bort chatten i Telegram: håll fingret på chatten och välj Ta bort.
# After a receipt code was read: the person's message holding it is deleted from the chat,
# so someone who looks at the phone later does not find it there (issue 23).
tg-mailbox-code-deleted = Jag har tagit bort ditt meddelande med koden från den här chatten.
