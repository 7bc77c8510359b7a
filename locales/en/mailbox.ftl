# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team of your region, up to 2,000 characters. Please do not write your name, phone number or address. The team reads it when they are back and answers here.
mailbox-write-ask = Write your message.
# The person's one reply to the team's answer.
mailbox-reply-intro = You can write back to the team once, up to 2,000 characters. Please do not write your name, phone number or address.
mailbox-reply-ask = Write your reply.
mailbox-reply-sent = Your reply is sent to the team. Come back later with the same code to read their answer.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Your message is sent. Your code: { $code }. Write it down somewhere safe, or remember it. Anyone who has this code can read the answer. Come back with it and choose “I have a code”. Your message and the answer are deleted after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
    .telegram = Your message is sent. Your code: { $code }. Write it down somewhere safe, or remember it. Anyone who has this code can read the answer. Anyone who sees this chat can see the code: /forget deletes its messages. Come back and send /code. Your message and the answer are deleted after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = What would you like to do now?
mailbox-menu = Back to the main menu

## Coming back with a code

# The button at the start menu.
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What would you like to do now?
mailbox-reply = Write back once
mailbox-delete = Delete everything now
mailbox-deleted = Your message and the answers are deleted.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, change it
ui-mailbox-code = Your code
ui-mailbox-open = Open

## Telegram only

# The command list's entry for /code.
tg-cmd-code = I have a code
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. Then we must keep a locked note of this chat with your message. We delete it when the answer is sent or your message is deleted.
mailbox-telegram-deliver = Also send the answer to this chat
mailbox-telegram-deliver-set = The answer will also come to this chat.
