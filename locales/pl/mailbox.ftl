# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Zostaw wiadomość dla zespołu
mailbox-write-intro = Możesz napisać jedną wiadomość do zespołu z twojego regionu, do 2000 znaków. Nie pisz swojego imienia, numeru telefonu ani adresu. Zespół przeczyta ją po powrocie i odpowie tutaj.
mailbox-write-ask = Napisz swoją wiadomość.
# The person's one reply to the team's answer.
mailbox-reply-intro = Możesz raz odpisać zespołowi, do 2000 znaków. Nie pisz swojego imienia, numeru telefonu ani adresu.
mailbox-reply-ask = Napisz swoją odpowiedź.
mailbox-reply-sent = Twoja odpowiedź jest wysłana do zespołu. Wróć później z tym samym kodem, żeby przeczytać odpowiedź zespołu.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Twoja wiadomość jest wysłana. Twój kod: { $code }. Zapisz go w bezpiecznym miejscu albo zapamiętaj. Każdy, kto ma ten kod, może przeczytać odpowiedź. Wróć z nim i wybierz „Mam kod”. Twoja wiadomość i odpowiedź zostaną usunięte po { $days ->
        [one] jednym dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } albo dzień po przeczytaniu odpowiedzi.
    .telegram = Twoja wiadomość jest wysłana. Twój kod: { $code }. Zapisz go w bezpiecznym miejscu albo zapamiętaj. Każdy, kto ma ten kod, może przeczytać odpowiedź. Każdy, kto widzi ten czat, może zobaczyć kod: /forget usuwa jego wiadomości. Wróć i wyślij /code. Twoja wiadomość i odpowiedź zostaną usunięte po { $days ->
        [one] jednym dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } albo dzień po przeczytaniu odpowiedzi.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Co chcesz teraz zrobić?
mailbox-menu = Wróć do menu głównego

## Coming back with a code

# The button at the start menu.
start-have-code = Mam kod
mailbox-code-ask = Wpisz swój 16-cyfrowy kod.
mailbox-waiting = Zespół jeszcze nie odpowiedział. Wróć później ze swoim kodem.
mailbox-answer-intro = Odpowiedź zespołu:
mailbox-opened-ask = Co chcesz teraz zrobić?
mailbox-reply = Odpisz raz
mailbox-delete = Usuń wszystko teraz
mailbox-deleted = Twoja wiadomość i odpowiedzi są usunięte.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Wysłać tę wiadomość?
ui-mailbox-confirm-yes = Tak, wyślij
ui-mailbox-edit = Nie, zmień
ui-mailbox-code = Twój kod
ui-mailbox-open = Otwórz

## Telegram only

# The command list's entry for /code.
tg-cmd-code = Mam kod
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Możemy też wysłać odpowiedź zespołu do tego czatu. Wtedy musimy przechować zabezpieczoną informację o tym czacie razem z twoją wiadomością. Usuniemy ją, gdy odpowiedź zostanie wysłana albo gdy twoja wiadomość zostanie usunięta.
mailbox-telegram-deliver = Wyślij odpowiedź także do tego czatu
mailbox-telegram-deliver-set = Odpowiedź przyjdzie też do tego czatu.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Żadna wiadomość nie ma tego kodu. Sprawdź cyfry i spróbuj jeszcze raz.
error-mailbox_empty = Najpierw napisz swoją wiadomość.
error-mailbox_too_long = To za długie: najwyżej 2000 znaków.
error-mailbox_limited = Wypróbowano za dużo kodów. Poczekaj chwilę i spróbuj jeszcze raz.
error-mailbox_replied = Już raz odpisano. Wróć później ze swoim kodem po odpowiedź zespołu.
error-mailbox_off = Zostawienie wiadomości nie jest tu teraz możliwe.
tg-mailbox-code-deleted = Twoja wiadomość z kodem została usunięta z tego czatu.
