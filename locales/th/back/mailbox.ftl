# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/th/mailbox.ftl alone; the translation has no plural select (th: `other` only).

mailbox-offer = Leave a message with the team
mailbox-write-intro = You can write one message to the team in your region, no longer than 2000 characters. Please do not write your name, phone number or address. The team will read it when they come back to work, and will answer here.
mailbox-write-ask = Write your message
mailbox-reply-intro = You can write back to the team one time, no longer than 2000 characters. Please do not write your name, phone number or address.
mailbox-reply-ask = Write your answer
mailbox-reply-sent = Your answer has been sent to the team. Come back again later with the same code to read the team's answer.
mailbox-receipt = Your message has been sent. Your code: { $code } Write it down in a safe place, or remember it. Whoever has this code can read the answer. Come back with this code and choose "I have a code". Your message and the answer will be deleted after { $days } days, or one day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code } Write it down in a safe place, or remember it. Whoever has this code can read the answer. Whoever sees this chat can also see the code. /forget deletes the messages in this chat. Come back and send /code. Your message and the answer will be deleted after { $days } days, or one day after you read the answer.
mailbox-done-ask = What would you like to do now?
mailbox-menu = Go back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code
mailbox-waiting = The team has not answered yet. Come back again later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What would you like to do now?
mailbox-reply = Write back one time
mailbox-delete = Delete everything now
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, let me edit
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. If so, we must keep this chat's information, locked, with your message. We will delete this information when the answer has been sent, or when your message is deleted.
mailbox-telegram-deliver = Send the answer to this chat too
mailbox-telegram-deliver-set = The answer will be sent to this chat too.
error-not_found = There is no message that uses this code. Please check the digits and try again.
error-mailbox_empty = Please write the message first.
error-mailbox_too_long = Too long: no more than 2000 characters.
error-mailbox_limited = Too many codes have been tried. Please wait a while and try again.
error-mailbox_replied = You have already written back one time. Come back again later with your code to read the team's answer.
error-mailbox_off = Right now a message cannot be left here.
tg-mailbox-code-deleted = Deleted the message with your code from this chat.
