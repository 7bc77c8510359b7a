# Back-translation (blind, machine) of the mailbox messages (issue 23), 2026-12-06.
# Written from locales/ti/mailbox.ftl alone; the translation has no plural select.

mailbox-offer = Leaving a message for the team
mailbox-write-intro = You (plural) can write one message to the team of your region, up to 2000 letters. Please do not write your name, your phone number or your address. When the team returns it will read it, and it will answer here.
mailbox-write-ask = Write your message.
mailbox-reply-intro = You can write an answer to the team once, up to 2000 letters. Please do not write your name, your phone number or your address.
mailbox-reply-ask = Write your answer.
mailbox-reply-sent = Your answer has been sent to the team. To read their answer, come back later with the same code.
mailbox-receipt = Your message has been sent. Your code: { $code }. Write it in a secure place, or remember it. Any person who has this code can read the answer. Come back with it and choose "I have a code". Your message and the answer are erased after { $days } days, or one day after you have read the answer.
    .telegram = Your message has been sent. Your code: { $code }. Write it in a secure place, or remember it. Any person who has this code can read the answer. Any person who sees this chat can see the code: /forget erases its messages. Come back and send /code. Your message and the answer are erased after { $days } days, or one day after you have read the answer.
mailbox-done-ask = What do you want to do now?
mailbox-menu = Returning to the main list
start-have-code = I have a code
mailbox-code-ask = Write your code that has 16 digits.
mailbox-waiting = The team has not answered yet. Come back later with your code.
mailbox-answer-intro = The team's answer:
mailbox-opened-ask = What do you want to do now?
mailbox-reply = Writing an answer once
mailbox-delete = Erasing everything now
mailbox-deleted = Your message and the answers have been erased.
ui-mailbox-confirm = Shall this message be sent?
ui-mailbox-confirm-yes = Yes, let it be sent
ui-mailbox-edit = No, let me change it
ui-mailbox-code = Your code
ui-mailbox-open = Opening
tg-cmd-code = I have a code
mailbox-telegram-deliver-info = We can also send the team's answer to this chat. Then we must keep a locked note about this chat with your message. When the answer has been sent or your message has been erased, we erase it.
mailbox-telegram-deliver = Sending the answer to this chat too
mailbox-telegram-deliver-set = The answer will come to this chat too.
error-not_found = There is no message with this code. Look at the digits and try again.
error-mailbox_empty = Please write your message first.
error-mailbox_too_long = This is very long: at most 2000 letters.
error-mailbox_limited = Many codes have been tried. Please wait a little, then try again.
error-mailbox_replied = You have written an answer once. To get the team's answer, come back later with your code.
error-mailbox_off = Leaving a message here is not possible now.
tg-mailbox-code-deleted = I have erased your message that had the code from this chat.
