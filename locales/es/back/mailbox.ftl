# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/es/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write a message to the team of your region, of up to 2000 characters. Please do not write your name, your phone or your address. The team will read it when it is back and will answer you here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can answer the team once, with up to 2000 characters. Please do not write your name, your phone or your address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer has been sent to the team. Come back later with the same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Note it down in a safe place or remember it. Any person who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer are erased after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Note it down in a safe place or remember it. Any person who has this code can read the answer. Whoever sees this chat can see the code: /forget erases its messages. Come back and send /code. Your message and the answer are erased after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Go back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Answer once
mailbox-delete = Erase everything now
mailbox-deleted = Your message and the answers have been erased.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, change it
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. Then we have to keep a protected piece of data about this chat together with your message. We erase it when the answer is sent or when your message is erased.
mailbox-telegram-deliver = Also send the answer to this chat
mailbox-telegram-deliver-set = The answer will also arrive in this chat.
error-not_found = No message has this code. Check the numbers and try again.
error-mailbox_empty = First write your message, please.
error-mailbox_too_long = It is too long: at most 2000 characters.
error-mailbox_limited = Too many codes have been tried. Please wait a while and try again.
error-mailbox_replied = You already answered once. Come back later with your code to read the team's answer.
error-mailbox_off = It is not possible to leave a message here now.
tg-mailbox-code-deleted = I erased your message with the code from this chat.
