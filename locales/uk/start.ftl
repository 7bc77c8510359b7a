# The way in: language, promise, safety, who is writing, main menu.

language-ask = Виберіть мову.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Вітаємо. Тут ви можете запитати про допомогу і свої права. Вам не потрібно називати своє ім’я. Ми не зберігаємо ні того, що ви пишете, ні того, хто ви.
    .telegram = Вітаємо. Тут ви можете запитати про допомогу і свої права. Вам не потрібно називати своє ім’я. Ми не зберігаємо, хто ви. Але чат залишається у вашому телефоні та на серверах Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = Ви можете швидко вийти будь-коли: натисніть «Вийти» вгорі або клавішу Escape. Тоді чат закриється і буде стертий. Але історія браузера може показати, що ви тут були. Повертайтеся, коли будете на самоті, краще в приватному вікні браузера.
    .basic = Ви можете швидко вийти будь-коли: натисніть «Вийти» вгорі. Тоді чат закриється і буде стертий. Але історія браузера може показати, що ви тут були. Повертайтеся, коли будете на самоті, краще в приватному вікні браузера.
    .telegram = Ви можете зупинитися будь-коли: надішліть /forget або виберіть «Завершити й стерти». Тоді розмову буде стерто. Але /forget не може видалити повідомлення, старші за 48 годин. Будь-хто, хто бачить ваш телефон, може побачити цей чат у Telegram. Повертайтеся, коли будете на самоті, а потім видаліть чат.
promise-ask = Почнемо?
promise-ok = Так, почати

## Safety first

safety-ask = Ви зараз у безпеці?
safety-yes = Так, зараз я в безпеці
safety-no = Ні, я в небезпеці
safety-unsure = Не знаю напевно

danger-112 = Якщо ви зараз у небезпеці, телефонуйте 112. Це безкоштовно. 112 — це номер екстреної допомоги: поліція, швидка допомога і пожежна служба.
danger-discreet = Якщо хтось може бачити ваш телефон, вийдіть із чату кнопкою «Вийти». Поверніться, коли будете на самоті. Номер поліції, якщо ситуація не екстрена: 114 14.
    .telegram = Якщо хтось може бачити ваш телефон, надішліть /forget, щоб видалити цю розмову. Поверніться, коли будете на самоті. Номер поліції, якщо ситуація не екстрена: 114 14.
danger-ask = Що ви хочете зробити зараз?
danger-continue = Продовжити чат
danger-human = Знайти людину для розмови

## Who is writing

who-ask = Для кого ви пишете?
who-self = Для себе
who-other = Для людини, за яку я хвилююся
who-work = Я зустрічаю людей у своїй роботі
who-info = Мені потрібна лише інформація
who-child = Мені менше 18 років

## Main menu

menu-ask = Що ви хочете зробити?
menu-signs = Перевірити свою ситуацію
menu-rights = Мої права у Швеції
menu-needs = Що може допомогти мені зараз
menu-family = Я хвилююся за когось
menu-professional = Для фахівців
menu-children = Мені менше 18 років
menu-danger = Я в небезпеці
