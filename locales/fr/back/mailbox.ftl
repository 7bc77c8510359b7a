# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/fr/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write a message to the team of your region, up to 2000 characters. Do not write your name, your phone number or your address. The team will read it when it returns and will answer you here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can answer the team once, up to 2000 characters. Do not write your name, your phone number or your address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer is sent to the team. Come back later with the same code to read its answer.
mailbox-receipt = Your message is sent. Your code: { $code }. Note it in a safe place, or memorise it. Any person who has this code can read the answer. Come back with this code and choose "I have a code". Your message and the answer are erased after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you have read the answer.
    .telegram = Your message is sent. Your code: { $code }. Note it in a safe place, or memorise it. Any person who has this code can read the answer. Any person who sees this chat can see the code: /forget erases its messages. Come back and send /code. Your message and the answer are erased after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you have read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Answer once
mailbox-delete = Erase everything now
mailbox-deleted = Your message and the answers are erased.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, change it
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer in this chat. We must then keep a protected trace of this chat with your message. We erase it when the answer is sent or when your message is erased.
mailbox-telegram-deliver = Also send the answer in this chat
mailbox-telegram-deliver-set = The answer will also arrive in this chat.
error-not_found = No message has this code. Check the digits and try again.
error-mailbox_empty = Write your message first, please.
error-mailbox_too_long = It is too long: 2000 characters at most.
error-mailbox_limited = Too many codes have been tried. Wait a moment, then try again.
error-mailbox_replied = You have already answered once. Come back later with your code to read the team's answer.
error-mailbox_off = It is not possible to leave a message here for the moment.
tg-mailbox-code-deleted = I erased your message with the code from this chat.
