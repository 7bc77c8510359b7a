# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/bg/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team of your region, up to 2000 characters. Please do not write your name, your phone number or your address. The team will read it when it comes back, and will answer here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can answer the team once, up to 2000 characters. Please do not write your name, your phone number or your address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer has been sent to the team. Come back later with the same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Write it down in a safe place or remember it. Everyone who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer are deleted after { $days ->
        [one] one day
       *[other] { $days } days
    } or one day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Write it down in a safe place or remember it. Everyone who has this code can read the answer. Everyone who sees this chat can see the code: /forget deletes the messages in it. Come back and send /code. Your message and the answer are deleted after { $days ->
        [one] one day
       *[other] { $days } days
    } or one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = I answer once
mailbox-delete = Delete everything now
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, I will change it
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can send the team's answer to this chat as well. Then we have to keep a protected note about this chat together with your message. We delete it when the answer is sent or your message is deleted.
mailbox-telegram-deliver = Send the answer to this chat as well
mailbox-telegram-deliver-set = The answer will come to this chat as well.
error-not_found = There is no message with this code. Check the digits and try again.
error-mailbox_empty = Please write your message first.
error-mailbox_too_long = This is too long: at most 2000 characters.
error-mailbox_limited = Too many codes were tried. Please wait a little and try again.
error-mailbox_replied = You already answered once. Come back later with your code for the team's answer.
error-mailbox_off = A message cannot be left here at the moment.
tg-mailbox-code-deleted = I deleted your message with the code from this chat.
