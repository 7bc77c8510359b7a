# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/zh-Hans/mailbox.ftl alone; the translation has no plural select (zh: `other` only).

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team of the area where you are, at most 2000 characters. Please do not write your name, phone number or address. The team will read it after they come back, and reply here.
mailbox-write-ask = Please write down your message.
mailbox-reply-intro = You can reply to the team once, at most 2000 characters. Please do not write your name, phone number or address.
mailbox-reply-ask = Please write down your reply.
mailbox-reply-sent = Your reply has been sent to the team. Please come back later with the same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Please write it in a safe place, or remember it. Anyone who gets this code can read the answer. Please come back with it and choose "I have a code". Your message and the answer will be deleted after { $days } days, or deleted one day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Please write it in a safe place, or remember it. Anyone who gets this code can read the answer. Anyone who sees this chat can see the code. Sending /forget deletes the messages here. Please come back and send /code. Your message and the answer will be deleted after { $days } days, or deleted one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Return to the main menu
start-have-code = I have a code
mailbox-code-ask = Please enter your 16-digit code.
mailbox-waiting = The team has not replied yet. Please come again later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Reply once
mailbox-delete = Delete all now
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send
ui-mailbox-edit = No, change
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer into this chat. Then we have to keep a locked record of this chat together with your message. After the answer is sent, or when your message is deleted, we will delete it.
mailbox-telegram-deliver = Also send the answer to this chat
mailbox-telegram-deliver-set = The answer will also be sent into this chat.
error-not_found = No message uses this code. Please check the digits and try once more.
error-mailbox_empty = Please first write down your message.
error-mailbox_too_long = Too long: at most 2000 characters.
error-mailbox_limited = Too many codes were tried. Please wait a while and try again.
error-mailbox_replied = You have already replied once. Please come back later with your code to see the team's answer.
error-mailbox_off = Leaving a message here is not possible right now.
tg-mailbox-code-deleted = I have deleted your message that carries the code from this chat.
