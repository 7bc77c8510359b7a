# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Залишити повідомлення для команди
mailbox-write-intro = Ви можете написати одне повідомлення команді вашого регіону, до 2000 символів. Будь ласка, не пишіть своє ім’я, номер телефону чи адресу. Команда прочитає його, коли повернеться, і відповість тут.
mailbox-write-ask = Напишіть ваше повідомлення.
# The person's one reply to the team's answer.
mailbox-reply-intro = Ви можете один раз відповісти команді, до 2000 символів. Будь ласка, не пишіть своє ім’я, номер телефону чи адресу.
mailbox-reply-ask = Напишіть вашу відповідь.
mailbox-reply-sent = Вашу відповідь надіслано команді. Поверніться пізніше з тим самим кодом, щоб прочитати їхню відповідь.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Ваше повідомлення надіслано. Ваш код: { $code }. Запишіть його в надійному місці або запам’ятайте. Будь-хто, хто має цей код, може прочитати відповідь. Поверніться з ним і виберіть «У мене є код». Ваше повідомлення і відповідь видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } або через день після того, як ви прочитаєте відповідь.
    .telegram = Ваше повідомлення надіслано. Ваш код: { $code }. Запишіть його в надійному місці або запам’ятайте. Будь-хто, хто має цей код, може прочитати відповідь. Будь-хто, хто бачить цей чат, може побачити код: /forget видаляє його повідомлення. Поверніться й надішліть /code. Ваше повідомлення і відповідь видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } або через день після того, як ви прочитаєте відповідь.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Що ви хочете зробити зараз?
mailbox-menu = Назад до головного меню

## Coming back with a code

# The button at the start menu.
start-have-code = У мене є код
mailbox-code-ask = Напишіть ваш код із 16 цифр.
mailbox-waiting = Команда ще не відповіла. Поверніться пізніше з вашим кодом.
mailbox-answer-intro = Відповідь команди:
mailbox-opened-ask = Що ви хочете зробити зараз?
mailbox-reply = Відповісти один раз
mailbox-delete = Видалити все зараз
mailbox-deleted = Ваше повідомлення і відповіді видалено.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Надіслати це повідомлення?
ui-mailbox-confirm-yes = Так, надіслати
ui-mailbox-edit = Ні, змінити
ui-mailbox-code = Ваш код
ui-mailbox-open = Відкрити

## Telegram only

# The command list's entry for /code.
tg-cmd-code = У мене є код
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Ми можемо також надіслати відповідь команди в цей чат. Тоді нам треба зберігати захищений запис про цей чат разом із вашим повідомленням. Ми видалимо його, коли відповідь буде надіслано або ваше повідомлення буде видалено.
mailbox-telegram-deliver = Надіслати відповідь і в цей чат
mailbox-telegram-deliver-set = Відповідь прийде і в цей чат.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Немає повідомлення з таким кодом. Перевірте цифри і спробуйте ще раз.
error-mailbox_empty = Спершу напишіть ваше повідомлення.
error-mailbox_too_long = Це задовго: не більше 2000 символів.
error-mailbox_limited = Було введено забагато кодів. Будь ласка, зачекайте трохи і спробуйте ще раз.
error-mailbox_replied = Ви вже відповіли один раз. Поверніться пізніше з вашим кодом, щоб прочитати відповідь команди.
error-mailbox_off = Залишити повідомлення тут зараз неможливо.
tg-mailbox-code-deleted = Ваше повідомлення з кодом видалено з цього чату.
