# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Оставить сообщение для команды
mailbox-write-intro = Вы можете написать одно сообщение команде вашего региона, до 2000 символов. Пожалуйста, не пишите своё имя, номер телефона или адрес. Команда прочитает его, когда вернётся, и ответит здесь.
mailbox-write-ask = Напишите ваше сообщение.
# The person's one reply to the team's answer.
mailbox-reply-intro = Вы можете один раз ответить команде, до 2000 символов. Пожалуйста, не пишите своё имя, номер телефона или адрес.
mailbox-reply-ask = Напишите ваш ответ.
mailbox-reply-sent = Ваш ответ отправлен команде. Вернитесь позже с тем же кодом, чтобы прочитать их ответ.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Ваше сообщение отправлено. Ваш код: { $code }. Запишите его в надёжном месте или запомните. Любой, у кого есть этот код, может прочитать ответ. Вернитесь с ним и выберите «У меня есть код». Ваше сообщение и ответ удаляются через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } или через день после того, как вы прочитаете ответ.
    .telegram = Ваше сообщение отправлено. Ваш код: { $code }. Запишите его в надёжном месте или запомните. Любой, у кого есть этот код, может прочитать ответ. Любой, кто видит этот чат, может увидеть код: /forget удаляет его сообщения. Вернитесь и отправьте /code. Ваше сообщение и ответ удаляются через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } или через день после того, как вы прочитаете ответ.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Что вы хотите сделать сейчас?
mailbox-menu = Назад в главное меню

## Coming back with a code

# The button at the start menu.
start-have-code = У меня есть код
mailbox-code-ask = Напишите ваш код из 16 цифр.
mailbox-waiting = Команда ещё не ответила. Вернитесь позже с вашим кодом.
mailbox-answer-intro = Ответ команды:
mailbox-opened-ask = Что вы хотите сделать сейчас?
mailbox-reply = Ответить один раз
mailbox-delete = Удалить всё сейчас
mailbox-deleted = Ваше сообщение и ответы удалены.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Отправить это сообщение?
ui-mailbox-confirm-yes = Да, отправить
ui-mailbox-edit = Нет, изменить
ui-mailbox-code = Ваш код
ui-mailbox-open = Открыть

## Telegram only

# The command list's entry for /code.
tg-cmd-code = У меня есть код
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Мы можем также прислать ответ команды в этот чат. Тогда нам нужно хранить защищённую запись об этом чате вместе с вашим сообщением. Мы удалим её, когда ответ будет отправлен или ваше сообщение будет удалено.
mailbox-telegram-deliver = Прислать ответ и в этот чат
mailbox-telegram-deliver-set = Ответ придёт и в этот чат.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Сообщения с таким кодом нет. Проверьте цифры и попробуйте ещё раз.
error-mailbox_empty = Сначала напишите ваше сообщение.
error-mailbox_too_long = Это слишком длинно: не больше 2000 символов.
error-mailbox_limited = Было введено слишком много кодов. Пожалуйста, подождите немного и попробуйте ещё раз.
error-mailbox_replied = Вы уже ответили один раз. Вернитесь позже с вашим кодом, чтобы прочитать ответ команды.
error-mailbox_off = Оставить сообщение здесь сейчас нельзя.
tg-mailbox-code-deleted = Ваше сообщение с кодом удалено из этого чата.
