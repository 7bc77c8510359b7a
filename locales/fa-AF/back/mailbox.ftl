# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/fa-AF/mailbox.ftl alone; the translation has no plural select (fa: `other` only).

mailbox-offer = Leaving a message for the team
mailbox-write-intro = You can write one message for the team of your region, up to 2000 letters. Please do not write your name, phone number or address. When the team comes again, it reads it and answers right here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can answer the team one time, up to 2000 letters. Please do not write your name, phone number or address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer was sent to the team. Later, come again with the same code to read their answer.
mailbox-receipt = Your message was sent. Your code: { $code }. Write it in a safe place, or keep it in mind. Anyone who has this code can read the answer. Come again with it and choose "I have a code". Your message and the answer are erased after { $days } days, or one day after you read the answer.
    .telegram = Your message was sent. Your code: { $code }. Write it in a safe place, or keep it in mind. Anyone who has this code can read the answer. Anyone who sees this chat can see the code: /forget erases its messages. Come again and send /code. Your message and the answer are erased after { $days } days, or one day after you read the answer.
mailbox-done-ask = Now what do you want to do?
mailbox-menu = Back to the main list
start-have-code = I have a code
mailbox-code-ask = Write your 16-digit code.
mailbox-waiting = The team has not answered yet. Later, come again with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = Now what do you want to do?
mailbox-reply = Answering one time
mailbox-delete = Erasing everything, right now
mailbox-deleted = Your message and the answers were erased.
ui-mailbox-confirm = Should this message be sent?
ui-mailbox-confirm-yes = Yes, it should be sent
ui-mailbox-edit = No, I will change
ui-mailbox-code = Your code
ui-mailbox-open = Opening
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can send the team's answer in this chat too. In that case we must keep a locked note of this chat with your message. When the answer has been sent or your message has been erased, we erase it.
mailbox-telegram-deliver = Sending the answer in this chat too
mailbox-telegram-deliver-set = The answer comes in this chat too.
error-not_found = No message has this code. Check the digits and try again.
error-mailbox_empty = Please write your message first.
error-mailbox_too_long = This is very long: at most 2000 letters.
error-mailbox_limited = Very many codes were tried. Please wait a little and try again.
error-mailbox_replied = You have answered one time. Later, come again with your code to read the team's answer.
error-mailbox_off = At present, leaving a message here is not possible.
tg-mailbox-code-deleted = I erased your message that had the code in it from this chat.
