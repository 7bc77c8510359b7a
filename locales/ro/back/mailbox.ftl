# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/ro/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write a single message to the team from your region, of at most 2000 characters. Please do not write your name, phone number or address. The team reads it when it comes back and answers you here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can answer the team a single time, at most 2000 characters. Please do not write your name, phone number or address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer was sent to the team. Come back later with the same code to read their answer.
mailbox-receipt = Your message was sent. Your code: { $code }. Note it down in a safe place or keep it in mind. Anyone who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer are deleted after { $days ->
        [one] one day
        [few] { $days } days
       *[other] { $days } days
    } or one day after you read the answer.
    .telegram = Your message was sent. Your code: { $code }. Note it down in a safe place or keep it in mind. Anyone who has this code can read the answer. Anyone who sees this chat can see the code: /forget deletes its messages. Come back and send /code. Your message and the answer are deleted after { $days ->
        [one] one day
        [few] { $days } days
       *[other] { $days } days
    } or one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = I answer a single time
mailbox-delete = I delete everything now
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Are you sending this message?
ui-mailbox-confirm-yes = Yes, I send it
ui-mailbox-edit = No, I change it
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can send the team's answer to this chat as well. Then we have to keep a protected note about this chat, together with your message. We delete it when the answer is sent or when your message is deleted.
mailbox-telegram-deliver = Send the answer to this chat as well
mailbox-telegram-deliver-set = The answer will come to this chat as well.
error-not_found = No message has this code. Check the digits and try again.
error-mailbox_empty = Please write the message first.
error-mailbox_too_long = It is too long: at most 2000 characters.
error-mailbox_limited = Too many codes were tried. Please wait a little and try again.
error-mailbox_replied = You already answered once. Come back later with your code for the team's answer.
error-mailbox_off = A message cannot be left here now.
tg-mailbox-code-deleted = I deleted from this chat your message with the code.
