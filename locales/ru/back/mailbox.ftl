# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/ru/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team of your region, up to 2000 characters. Please do not write your name, phone number or address. The team will read it when it comes back and will answer here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can answer the team once, up to 2000 characters. Please do not write your name, phone number or address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer has been sent to the team. Come back later with the same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Write it down in a reliable place or memorise it. Anyone who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer are deleted in { $days ->
        [one] { $days } day
        [few] { $days } days
        [many] { $days } days
       *[other] { $days } days
    } or a day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Write it down in a reliable place or memorise it. Anyone who has this code can read the answer. Anyone who sees this chat can see the code: /forget deletes its messages. Come back and send /code. Your message and the answer are deleted in { $days ->
        [one] { $days } day
        [few] { $days } days
        [many] { $days } days
       *[other] { $days } days
    } or a day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your code of 16 digits.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Answer once
mailbox-delete = Delete everything now
mailbox-deleted = Your message and the answers are deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send
ui-mailbox-edit = No, change
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. Then we need to keep a protected record of this chat together with your message. We will delete it when the answer has been sent or your message has been deleted.
mailbox-telegram-deliver = Send the answer to this chat too
mailbox-telegram-deliver-set = The answer will come to this chat too.
error-not_found = There is no message with this code. Check the digits and try again.
error-mailbox_empty = First write your message.
error-mailbox_too_long = That is too long: no more than 2000 characters.
error-mailbox_limited = Too many codes were entered. Please wait a little and try again.
error-mailbox_replied = You have already answered once. Come back later with your code to read the team's answer.
error-mailbox_off = A message cannot be left here now.
tg-mailbox-code-deleted = Your message with the code has been deleted from this chat.
