# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/pl/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team from your region, up to 2000 characters. Do not write your name, phone number or address. The team will read it after they return and will answer here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can write back to the team once, up to 2000 characters. Do not write your name, phone number or address.
mailbox-reply-ask = Write your reply.
mailbox-reply-sent = Your reply is sent to the team. Come back later with the same code to read the team's answer.
mailbox-receipt = Your message is sent. Your code: { $code }. Write it down in a safe place or remember it. Anyone who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer will be deleted after { $days ->
        [one] one day
        [few] { $days } days
        [many] { $days } days
       *[other] { $days } days
    } or a day after the answer is read.
    .telegram = Your message is sent. Your code: { $code }. Write it down in a safe place or remember it. Anyone who has this code can read the answer. Anyone who sees this chat can see the code: /forget deletes its messages. Come back and send /code. Your message and the answer will be deleted after { $days ->
        [one] one day
        [few] { $days } days
        [many] { $days } days
       *[other] { $days } days
    } or a day after the answer is read.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Go back to the main menu
start-have-code = I have a code
mailbox-code-ask = Type in your 16-digit code.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Write back once
mailbox-delete = Delete everything now
mailbox-deleted = Your message and the answers are deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send
ui-mailbox-edit = No, change
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. Then we have to keep secured information about this chat together with your message. We will delete it when the answer has been sent or when your message has been deleted.
mailbox-telegram-deliver = Send the answer to this chat as well
mailbox-telegram-deliver-set = The answer will also come to this chat.
error-not_found = No message has this code. Check the digits and try once more.
error-mailbox_empty = Write your message first.
error-mailbox_too_long = That is too long: at most 2000 characters.
error-mailbox_limited = Too many codes have been tried. Wait a moment and try once more.
error-mailbox_replied = A reply has already been written once. Come back later with your code for the team's answer.
error-mailbox_off = Leaving a message is not possible here right now.
tg-mailbox-code-deleted = Your message with the code has been deleted from this chat.
