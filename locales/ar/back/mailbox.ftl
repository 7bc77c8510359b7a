# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/ar/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leaving a message for the team
mailbox-write-intro = You can write one message to the team of your region, up to 2000 letters. Please do not write the name, the phone number or the address. The team will read the message when it returns, and will reply here.
mailbox-write-ask = Please write your message.
mailbox-reply-intro = You can reply to the team one time, up to 2000 letters. Please do not write the name, the phone number or the address.
mailbox-reply-ask = Please write your reply.
mailbox-reply-sent = Your reply has been sent to the team. You can come back later with the same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Please write it down in a safe place, or keep it in memory. Any person who has this code can read the answer. You can come back with it and choose "I have a code". Your message and the answer are deleted after { $days ->
        [zero] { $days } days
        [one] one day
        [two] two days
        [few] { $days } days
        [many] { $days } days
       *[other] { $days } days
    }, or one day after the answer is read.
    .telegram = Your message has been sent. Your code: { $code }. Please write it down in a safe place, or keep it in memory. Any person who has this code can read the answer. Any person who sees this conversation can see the code: /forget deletes its messages. You can come back and send /code. Your message and the answer are deleted after { $days ->
        [zero] { $days } days
        [one] one day
        [two] two days
        [few] { $days } days
        [many] { $days } days
       *[other] { $days } days
    }, or one day after the answer is read.
mailbox-done-ask = What step suits you now?
mailbox-menu = Returning to the main menu
start-have-code = I have a code
mailbox-code-ask = Please write the code made of 16 digits.
mailbox-waiting = The team has not replied yet. You can come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What step suits you now?
mailbox-reply = Replying one time
mailbox-delete = Deleting everything now
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, edit it
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this conversation. Then we must keep a locked piece of information about this conversation with your message. We delete it when the answer is sent or when your message is deleted.
mailbox-telegram-deliver = Send the answer to this conversation too
mailbox-telegram-deliver-set = The answer will reach this conversation too.
error-not_found = There is no message with this code. Please check the digits and try again.
error-mailbox_empty = Please write the message first.
error-mailbox_too_long = This is too long: 2000 letters at most.
error-mailbox_limited = Too many codes have been tried. Please wait a little, then try again.
error-mailbox_replied = Your reply has already been sent once. You can come back later with your code to read the team's answer.
error-mailbox_off = A message cannot be left here now.
tg-mailbox-code-deleted = Your message that had the code in it has been deleted from this conversation.
