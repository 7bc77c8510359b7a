# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Остави съобщение за екипа
mailbox-write-intro = Можеш да напишеш едно съобщение до екипа на твоя регион, до 2000 знака. Моля, не пиши името си, телефонния си номер или адреса си. Екипът ще го прочете, когато се върне, и ще отговори тук.
mailbox-write-ask = Напиши съобщението си.
# The person's one reply to the team's answer.
mailbox-reply-intro = Можеш да отговориш на екипа веднъж, до 2000 знака. Моля, не пиши името си, телефонния си номер или адреса си.
mailbox-reply-ask = Напиши отговора си.
mailbox-reply-sent = Отговорът ти е изпратен до екипа. Върни се по-късно със същия код, за да прочетеш отговора им.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Съобщението ти е изпратено. Твоят код: { $code }. Запиши го на сигурно място или го запомни. Всеки, който има този код, може да прочете отговора. Върни се с него и избери „Имам код“. Съобщението ти и отговорът се изтриват след { $days ->
        [one] един ден
       *[other] { $days } дни
    } или един ден след като прочетеш отговора.
    .telegram = Съобщението ти е изпратено. Твоят код: { $code }. Запиши го на сигурно място или го запомни. Всеки, който има този код, може да прочете отговора. Всеки, който вижда този чат, може да види кода: /forget изтрива съобщенията в него. Върни се и изпрати /code. Съобщението ти и отговорът се изтриват след { $days ->
        [one] един ден
       *[other] { $days } дни
    } или един ден след като прочетеш отговора.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Какво искаш да направиш сега?
mailbox-menu = Обратно към главното меню

## Coming back with a code

# The button at the start menu.
start-have-code = Имам код
mailbox-code-ask = Напиши своя код от 16 цифри.
mailbox-waiting = Екипът още не е отговорил. Върни се по-късно с кода си.
mailbox-answer-intro = Отговорът на екипа:
mailbox-opened-ask = Какво искаш да направиш сега?
mailbox-reply = Отговарям веднъж
mailbox-delete = Изтрий всичко сега
mailbox-deleted = Съобщението ти и отговорите са изтрити.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Да се изпрати ли това съобщение?
ui-mailbox-confirm-yes = Да, изпрати го
ui-mailbox-edit = Не, ще го променя
ui-mailbox-code = Твоят код
ui-mailbox-open = Отвори

## Telegram only

# The command list's entry for /code.
tg-cmd-code = Имам код
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Можем да изпратим отговора на екипа и в този чат. Тогава трябва да пазим защитена бележка за този чат заедно със съобщението ти. Изтриваме я, когато отговорът е изпратен или съобщението ти е изтрито.
mailbox-telegram-deliver = Изпрати отговора и в този чат
mailbox-telegram-deliver-set = Отговорът ще дойде и в този чат.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Няма съобщение с този код. Провери цифрите и опитай пак.
error-mailbox_empty = Моля, първо напиши съобщението си.
error-mailbox_too_long = Това е твърде дълго: най-много 2000 знака.
error-mailbox_limited = Бяха опитани твърде много кодове. Моля, изчакай малко и опитай пак.
error-mailbox_replied = Вече отговори веднъж. Върни се по-късно с кода си за отговора на екипа.
error-mailbox_off = В момента тук не може да се остави съобщение.
tg-mailbox-code-deleted = Изтрих от този чат съобщението ти с кода.
