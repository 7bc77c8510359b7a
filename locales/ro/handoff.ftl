# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Un consilier din echipa regiunii poate vorbi cu tine aici, prin mesaje. Va vedea limba ta, regiunea ta și răspunsurile pe care le-ai ales în această conversație. Va vedea și ce scrii de acum înainte. Ce scrii se șterge când se termină conversația.
    .telegram = Un consilier din echipa regiunii poate vorbi cu tine aici, prin mesaje. Va vedea limba ta, regiunea ta și răspunsurile pe care le-ai ales. Va vedea și ce scrii de acum înainte. Noi ștergem ce scrii când se termină conversația. Mesajele rămân în acest chat din Telegram. /forget le șterge, în afară de mesajele mai vechi de 48 de ore.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Dacă ai sub 18 ani, consilierul poate fi obligat să le spună serviciilor sociale (socialtjänsten) despre tine. Asta se numește orosanmälan. Este pentru ca serviciile sociale să te poată proteja. Tu decizi în continuare ce vrei să spui.
handoff-consent-ask = Vrei să vorbești acum cu o persoană?
handoff-consent-yes = Da, vreau să vorbesc
handoff-consent-contacts = Nu, arată-mi numere de telefon
handoff-waiting-ask = Scrie mesajul tău mai jos. Consilierul îl va vedea. Te poți opri oricând.
handoff-leave = Părăsește conversația cu consilierul
handoff-fallback-intro = Acum nu poate răspunde nimeni. Iată alte moduri de a primi ajutor.
handoff-fallback-ask = Vrei să mai aștepți sau să te oprești?
handoff-keep-waiting = Mai aștept
handoff-queued =
    { $position ->
        [1] Ești pe locul 1 la rând. Un consilier îți va răspunde cât de repede poate.
       *[other] Ești pe locul { $position } la rând. Un consilier îți va răspunde cât de repede poate.
    }
handoff-connected = Un consilier este aici acum. Îi poți scrie.
handoff-transferred = Te trimitem la un coleg din altă echipă. Rămâi în această conversație.
handoff-ended = Conversația cu consilierul s-a terminat. Ce ai scris a fost șters.
handoff-unavailable = Acum nu poate vorbi nimeni cu tine aici. Iată pe cine poți contacta.
handoff-staff-label = Consilier
handoff-person-left = Persoana a ieșit din conversație.
handoff-transferred-from = Transferat de la { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Bună. Sunt consilier. Sunt aici ca să te ascult. Tu hotărăști ce îmi spui.
canned-moment = Mulțumesc. Te rog, dă-mi un moment.
canned-safe = Ești în siguranță acum? Dacă ești în pericol, sună la 112.
canned-more = Te mai pot ajuta cu ceva?
canned-bye = Mulțumesc că ai scris. Poți reveni oricând în această conversație. Dacă ești în pericol, sună la 112.

## Page labels for the chat during a handoff.

ui-send = Trimite
ui-write = Scrie un mesaj
ui-staff = Consilier
ui-position = Locul tău la rând: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Echipa pentru { $region } nu lucrează acum. Echipa pentru { $team } îți poate răspunde.
handoff-overflow-wait = Nimeni din echipa pentru { $region } nu a putut răspunde încă. Echipa pentru { $team } îți poate răspunde.
handoff-away =
    { $day ->
        [today] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul azi la ora { $time } (ora Suediei).
        [tomorrow] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul mâine la ora { $time } (ora Suediei).
        [mon] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul luni la ora { $time } (ora Suediei).
        [tue] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul marți la ora { $time } (ora Suediei).
        [wed] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul miercuri la ora { $time } (ora Suediei).
        [thu] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul joi la ora { $time } (ora Suediei).
        [fri] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul vineri la ora { $time } (ora Suediei).
        [sat] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul sâmbătă la ora { $time } (ora Suediei).
        [sun] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul duminică la ora { $time } (ora Suediei).
       *[other] Acum nu poate vorbi nimeni cu tine. O echipă începe lucrul pe { $date } la ora { $time } (ora Suediei).
    }
handoff-away-unknown = Acum nu poate vorbi nimeni cu tine.
team-nord = nordul Suediei
team-mitt = centrul Suediei
team-bergslagen = Bergslagen
team-stockholm = Stockholm și Gotland
team-ost = estul Suediei
team-vast = vestul Suediei
team-syd = sudul Suediei
team-national = toată țara
