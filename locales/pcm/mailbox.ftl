# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Leave message for di team
mailbox-write-intro = You fit write one message to di team for your region, up to 2000 letters. Abeg no write your name, phone number or address. Di team go read am wen dem come back, and dem go answer for here.
mailbox-write-ask = Abeg write your message.
# The person's one reply to the team's answer.
mailbox-reply-intro = You fit write back to di team one time, up to 2000 letters. Abeg no write your name, phone number or address.
mailbox-reply-ask = Abeg write your answer.
mailbox-reply-sent = We don send your answer to di team. Come back later wit di same code to read wetin dem answer.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = We don send your message. Your code: { $code }. Write am down for safe place, or remember am. Anybodi wey get dis code fit read di answer. Come back wit am and choose “I get code”. We go delete your message and di answer after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read di answer.
    .telegram = We don send your message. Your code: { $code }. Write am down for safe place, or remember am. Anybodi wey get dis code fit read di answer. Anybodi wey see dis chat fit see di code: /forget dey delete di messages. Come back and send /code. We go delete your message and di answer after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read di answer.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Wetin you wan do now?
mailbox-menu = Go back to di main menu

## Coming back with a code

# The button at the start menu.
start-have-code = I get code
mailbox-code-ask = Write your code wey get 16 numbers.
mailbox-waiting = Di team never answer yet. Come back later wit your code.
mailbox-answer-intro = Wetin di team answer:
mailbox-opened-ask = Wetin you wan do now?
mailbox-reply = Write back one time
mailbox-delete = Delete everything now now
mailbox-deleted = We don delete your message and di answers.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Make we send dis message?
ui-mailbox-confirm-yes = Yes, send am
ui-mailbox-edit = No, make I change am
ui-mailbox-code = Your code
ui-mailbox-open = Open am

## Telegram only

# The command list's entry for /code.
tg-cmd-code = I get code
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = We fit also send di team answer to dis chat. Den we must keep one locked note of dis chat wit your message. We go delete am wen di answer don go, or wen your message don delete.
mailbox-telegram-deliver = Send di answer to dis chat too
mailbox-telegram-deliver-set = Di answer go also come for dis chat.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = No message get dis code. Check di numbers and try again.
error-mailbox_empty = Abeg write your message first.
error-mailbox_too_long = E too long: 2000 letters na di most.
error-mailbox_limited = Too many codes don enter. Abeg wait some minutes, den try again.
error-mailbox_replied = You don already write back one time. Come back later wit your code to see wetin di team answer.
error-mailbox_off = You no fit leave message for here now.
tg-mailbox-code-deleted = I don delete your message wey get di code from dis chat.
