# Prata med en person: livechatten med en stödperson (överlämning), och
# personalkonsolens färdiga svar. Inga fakta från underlagen här: texterna beskriver vad
# lotsa själv gör. 112 är larmnumret (DOMAIN.md: nummer som får visas).

handoff-consent-info = En stödperson från regionens team kan chatta med dig här. Personen ser ditt språk, din region och svaren du valt i chatten. Personen ser också det du skriver från och med nu. Det du skriver raderas när chatten slutar.
    .telegram = En stödperson från regionens team kan chatta med dig här. Personen ser ditt språk, din region och svaren du valt. Personen ser också det du skriver från och med nu. Vi raderar det du skriver när chatten slutar. Meddelandena finns kvar i Telegram-chatten. /forget raderar dem, utom meddelanden som är äldre än 48 timmar.
# Visas bara för den som sagt att hen är under 18 eller kom via sidan för barn.
# Den som arbetar med barn kan ha skyldighet att göra en orosanmälan till socialtjänsten; reglerna för minderåriga är strängare därför; socialtjänsten ska skydda barnet. (001, 002)
handoff-consent-minor = Om du är under 18 år kan stödpersonen behöva berätta om dig för socialtjänsten. Det kallas orosanmälan. Det är för att socialtjänsten ska kunna skydda dig. Du bestämmer fortfarande vad du vill berätta.
handoff-consent-ask = Vill du chatta med en person nu?
handoff-consent-yes = Ja, jag vill chatta
handoff-consent-contacts = Nej, visa telefonnummer i stället
handoff-waiting-ask = Skriv ditt meddelande nedan. Stödpersonen ser det. Du kan sluta när du vill.
handoff-leave = Lämna chatten med stödpersonen
handoff-fallback-intro = Ingen kan svara just nu. Här är andra sätt att få hjälp.
handoff-fallback-ask = Vill du fortsätta vänta, eller sluta?
handoff-keep-waiting = Fortsätt vänta
handoff-queued =
    { $position ->
        [1] Du är först i kön. En stödperson svarar så snart som möjligt.
       *[other] Du är nummer { $position } i kön. En stödperson svarar så snart som möjligt.
    }
handoff-connected = En stödperson är här nu. Du kan skriva till hen.
handoff-transferred = Du lämnas över till en kollega i ett annat team. Stanna kvar i chatten.
handoff-ended = Chatten med stödpersonen är slut. Det du skrev har raderats.
handoff-unavailable = Ingen kan chatta här just nu. Här är några du kan kontakta.
handoff-staff-label = Stödperson
handoff-person-left = Personen lämnade chatten.
handoff-transferred-from = Överlämnad från { $region }.

## Färdiga svar för personalen, skickas på personens språk.

canned-hello = Hej. Jag är stödperson. Jag är här för att lyssna. Du bestämmer vad du berättar.
canned-moment = Tack. Ge mig en liten stund.
canned-safe = Är du trygg just nu? Ring 112 om du är i fara.
canned-more = Finns det något mer jag kan hjälpa dig med?
canned-bye = Tack för att du skrev. Du kan komma tillbaka till chatten när du vill. Ring 112 om du är i fara.

## Sidans etiketter under en överlämning.

ui-send = Skicka
ui-write = Skriv ett meddelande
ui-staff = Stödperson
ui-position = Din plats i kön: { $position }

## Räckvidd: vilket team som svarar, och när ett team öppnar. `$region` och `$team` är
## teamens korta namn nedan (`team-…`); `$time` är TT:MM svensk tid; `$day` är today,
## tomorrow eller en veckodag (mon … sun) inom en vecka; `$date` är ett datum
## (ÅÅÅÅ-MM-DD) längre bort.

handoff-overflow = Teamet för { $region } har stängt nu. Teamet för { $team } kan svara dig.
handoff-overflow-wait = Ingen i teamet för { $region } har kunnat svara än. Teamet för { $team } kan svara dig.
handoff-away =
    { $day ->
        [today] Ingen kan chatta med dig just nu. Ett team öppnar i dag klockan { $time }.
        [tomorrow] Ingen kan chatta med dig just nu. Ett team öppnar i morgon klockan { $time }.
        [mon] Ingen kan chatta med dig just nu. Ett team öppnar på måndag klockan { $time }.
        [tue] Ingen kan chatta med dig just nu. Ett team öppnar på tisdag klockan { $time }.
        [wed] Ingen kan chatta med dig just nu. Ett team öppnar på onsdag klockan { $time }.
        [thu] Ingen kan chatta med dig just nu. Ett team öppnar på torsdag klockan { $time }.
        [fri] Ingen kan chatta med dig just nu. Ett team öppnar på fredag klockan { $time }.
        [sat] Ingen kan chatta med dig just nu. Ett team öppnar på lördag klockan { $time }.
        [sun] Ingen kan chatta med dig just nu. Ett team öppnar på söndag klockan { $time }.
       *[other] Ingen kan chatta med dig just nu. Ett team öppnar den { $date } klockan { $time }.
    }
handoff-away-unknown = Ingen kan chatta med dig just nu.
team-nord = norra Sverige
team-mitt = mellersta Sverige
team-bergslagen = Bergslagen
team-stockholm = Stockholm och Gotland
team-ost = östra Sverige
team-vast = västra Sverige
team-syd = södra Sverige
team-national = hela landet
