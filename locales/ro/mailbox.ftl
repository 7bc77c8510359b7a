# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Las un mesaj pentru echipă
mailbox-write-intro = Poți scrie un singur mesaj echipei din regiunea ta, de cel mult 2000 de caractere. Te rog, nu scrie numele tău, numărul de telefon sau adresa. Echipa îl citește când se întoarce și îți răspunde aici.
mailbox-write-ask = Scrie mesajul tău.
# The person's one reply to the team's answer.
mailbox-reply-intro = Poți răspunde echipei o singură dată, cel mult 2000 de caractere. Te rog, nu scrie numele tău, numărul de telefon sau adresa.
mailbox-reply-ask = Scrie răspunsul tău.
mailbox-reply-sent = Răspunsul tău a fost trimis echipei. Revino mai târziu cu același cod ca să citești răspunsul lor.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Mesajul tău a fost trimis. Codul tău: { $code }. Notează-l într-un loc sigur sau ține-l minte. Oricine are acest cod poate citi răspunsul. Revino cu el și alege „Am un cod”. Mesajul tău și răspunsul se șterg după { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } sau la o zi după ce citești răspunsul.
    .telegram = Mesajul tău a fost trimis. Codul tău: { $code }. Notează-l într-un loc sigur sau ține-l minte. Oricine are acest cod poate citi răspunsul. Oricine vede acest chat poate vedea codul: /forget îi șterge mesajele. Revino și trimite /code. Mesajul tău și răspunsul se șterg după { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } sau la o zi după ce citești răspunsul.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Ce vrei să faci acum?
mailbox-menu = Înapoi la meniul principal

## Coming back with a code

# The button at the start menu.
start-have-code = Am un cod
mailbox-code-ask = Scrie codul tău din 16 cifre.
mailbox-waiting = Echipa nu a răspuns încă. Revino mai târziu cu codul tău.
mailbox-answer-intro = Răspunsul echipei:
mailbox-opened-ask = Ce vrei să faci acum?
mailbox-reply = Răspund o singură dată
mailbox-delete = Șterg tot acum
mailbox-deleted = Mesajul tău și răspunsurile au fost șterse.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Trimiți acest mesaj?
ui-mailbox-confirm-yes = Da, îl trimit
ui-mailbox-edit = Nu, îl schimb
ui-mailbox-code = Codul tău
ui-mailbox-open = Deschide

## Telegram only

# The command list's entry for /code.
tg-cmd-code = Am un cod
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Putem trimite răspunsul echipei și în acest chat. Atunci trebuie să păstrăm o notă protejată despre acest chat, împreună cu mesajul tău. O ștergem când răspunsul este trimis sau când mesajul tău este șters.
mailbox-telegram-deliver = Trimite răspunsul și în acest chat
mailbox-telegram-deliver-set = Răspunsul va veni și în acest chat.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Niciun mesaj nu are acest cod. Verifică cifrele și încearcă din nou.
error-mailbox_empty = Te rog, scrie mai întâi mesajul.
error-mailbox_too_long = E prea lung: cel mult 2000 de caractere.
error-mailbox_limited = Au fost încercate prea multe coduri. Te rog, așteaptă puțin și încearcă din nou.
error-mailbox_replied = Ai răspuns deja o dată. Revino mai târziu cu codul tău pentru răspunsul echipei.
error-mailbox_off = Acum nu se poate lăsa un mesaj aici.
tg-mailbox-code-deleted = Am șters din acest chat mesajul tău cu codul.
