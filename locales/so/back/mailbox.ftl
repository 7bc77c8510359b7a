# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/so/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team of your region, up to 2000 letters. Please do not write your name, your phone number or your address. The team will read it when it comes back, and will answer you here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can write back to the team one time, up to 2000 letters. Please do not write your name, your phone number or your address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer has been sent to the team. Come back later with that same code to read their answer.
mailbox-receipt = Your message has been sent. Your code: { $code }. Write it in a safe place, or memorise it. Any person who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer will be deleted after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Write it in a safe place, or memorise it. Any person who has this code can read the answer. Any person who sees this conversation can see the code: /forget deletes its messages. Come back and send /code. Your message and the answer will be deleted after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Go back to the main list
start-have-code = I have a code
mailbox-code-ask = Write your code of 16 numbers.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Write back one time
mailbox-delete = Delete everything now
mailbox-deleted = Your message and the answers have been deleted.
ui-mailbox-confirm = Shall this message be sent?
ui-mailbox-confirm-yes = Yes, send
ui-mailbox-edit = No, change
ui-mailbox-code = Your code
ui-mailbox-open = Open
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this conversation. Then we must keep locked data about this conversation, kept together with your message. We delete it when the answer is sent or your message is deleted.
mailbox-telegram-deliver = Also send the answer to this conversation
mailbox-telegram-deliver-set = The answer will also come to this conversation.
error-not_found = There is no message with this code. Check the numbers and try again.
error-mailbox_empty = Please first write your message.
error-mailbox_too_long = It is very long: at most 2000 letters.
error-mailbox_limited = Very many codes have been tried. Please wait a little, then try again.
error-mailbox_replied = You have already written back one time before. Come back later with your code to get the team's answer.
error-mailbox_off = A message cannot be left here now.
tg-mailbox-code-deleted = I deleted from this conversation your message that the code was in.
