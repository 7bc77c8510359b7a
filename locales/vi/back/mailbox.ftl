# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/vi/mailbox.ftl alone; the translation has no plural select (vi: `other` only).

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team in your area, at most 2000 characters. Please do not write your name, phone number or address. The team will read it when they come back and answer here.
mailbox-write-ask = Please write your message.
mailbox-reply-intro = You can answer the team one time, at most 2000 characters. Please do not write your name, phone number or address.
mailbox-reply-ask = Please write your answer.
mailbox-reply-sent = Your answer has been sent to the team. Please come back later with that same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Please note it down in a safe place, or remember it. Whoever has this code can read the answer. Please come back with this code and choose "I have a code". Your message and the answer will be deleted after { $days } days, or one day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Please note it down in a safe place, or remember it. Whoever has this code can read the answer. Whoever sees this conversation can also see the code: /forget deletes the messages here. Please come back and send /code. Your message and the answer will be deleted after { $days } days, or one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Go back to the main menu
start-have-code = I have a code
mailbox-code-ask = Please write your 16-digit code.
mailbox-waiting = The team has not answered yet. Please come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Answer one time
mailbox-delete = Delete everything right away
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, edit it
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer into this conversation. Then we have to keep a locked note about this conversation together with your message. We delete that note when the answer has been sent or your message is deleted.
mailbox-telegram-deliver = Also send the answer into this conversation
mailbox-telegram-deliver-set = The answer will also be sent into this conversation.
error-not_found = There is no message that has this code. Please check the digits and try again.
error-mailbox_empty = Please write your message first.
error-mailbox_too_long = Too long: at most 2000 characters.
error-mailbox_limited = Too many codes have been tried. Please wait a while and then try again.
error-mailbox_replied = You have already answered one time. Please come back later with your code to read the team's answer.
error-mailbox_off = At present a message cannot be left here.
tg-mailbox-code-deleted = I have deleted the message with your code from this conversation.
