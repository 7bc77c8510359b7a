# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/pcm/mailbox.ftl alone; plural variants kept as the translation has them.

mailbox-offer = Leave a message for the team
mailbox-write-intro = You can write one message to the team for your region, up to 2000 letters. Please do not write your name, phone number or address. The team will read it when they come back, and they will answer here.
mailbox-write-ask = Please write your message.
mailbox-reply-intro = You can write back to the team one time, up to 2000 letters. Please do not write your name, phone number or address.
mailbox-reply-ask = Please write your answer.
mailbox-reply-sent = We have sent your answer to the team. Come back later with the same code to read what they answered.
mailbox-receipt = We have sent your message. Your code: { $code }. Write it down in a safe place, or remember it. Anybody who has this code can read the answer. Come back with it and choose "I have a code". We will delete your message and the answer after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
    .telegram = We have sent your message. Your code: { $code }. Write it down in a safe place, or remember it. Anybody who has this code can read the answer. Anybody who sees this chat can see the code: /forget deletes the messages. Come back and send /code. We will delete your message and the answer after { $days ->
        [one] one day
       *[other] { $days } days
    }, or one day after you read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Go back to the main menu
start-have-code = I have a code
mailbox-code-ask = Write your code that has 16 numbers.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = What the team answered:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Write back one time
mailbox-delete = Delete everything right now
mailbox-deleted = We have deleted your message and the answers.
ui-mailbox-confirm = Shall we send this message?
ui-mailbox-confirm-yes = Yes, send it
ui-mailbox-edit = No, let me change it
ui-mailbox-code = Your code
ui-mailbox-open = Open it
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. Then we must keep a locked note of this chat with your message. We will delete it when the answer has gone, or when your message has been deleted.
mailbox-telegram-deliver = Send the answer to this chat too
mailbox-telegram-deliver-set = The answer will also come to this chat.
error-not_found = No message has this code. Check the numbers and try again.
error-mailbox_empty = Please write your message first.
error-mailbox_too_long = It is too long: 2000 letters is the most.
error-mailbox_limited = Too many codes have been entered. Please wait some minutes, then try again.
error-mailbox_replied = You have already written back one time. Come back later with your code to see what the team answered.
error-mailbox_off = You cannot leave a message here now.
tg-mailbox-code-deleted = I have deleted your message that has the code from this chat.
