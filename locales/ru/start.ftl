# The way in: language, promise, safety, who is writing, main menu.

language-ask = Выберите язык.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Здравствуйте. Здесь можно спросить о помощи и о ваших правах. Вам не нужно называть своё имя. Мы не сохраняем то, что вы пишете, и не записываем, кто вы.
    .telegram = Здравствуйте. Здесь можно спросить о помощи и о ваших правах. Вам не нужно называть своё имя. Мы не записываем, кто вы. Но переписка остаётся в вашем телефоне и на серверах Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = Вы можете быстро уйти в любой момент: нажмите «Выйти» вверху или клавишу Esc. Тогда чат закроется и будет удалён. Но история браузера может показать, что вы здесь были. Возвращайтесь, когда будете одни, лучше в приватном окне браузера (инкогнито).
    .basic = Вы можете быстро уйти в любой момент: нажмите «Выйти» вверху. Тогда чат закроется и будет удалён. Но история браузера может показать, что вы здесь были. Возвращайтесь, когда будете одни, лучше в приватном окне браузера (инкогнито).
    .telegram = Вы можете остановиться в любой момент: отправьте /forget или выберите «Завершить и удалить». Тогда разговор будет стёрт. Но /forget не может удалить сообщения старше 48 часов. Любой, кто увидит ваш телефон, может увидеть этот чат в Telegram. Возвращайтесь, когда будете одни, а потом удалите чат.
promise-ask = Начнём?
promise-ok = Да, начнём

## Safety first

safety-ask = Вы сейчас в безопасности?
safety-yes = Да, сейчас я в безопасности
safety-no = Нет, я в опасности
safety-unsure = Не знаю

danger-112 = Если вы сейчас в опасности, позвоните 112. Это бесплатно. 112 — номер экстренной помощи: полиция, скорая помощь и пожарные.
danger-discreet = Если кто-то может видеть ваш телефон, выйдите из чата кнопкой «Выйти». Возвращайтесь, когда будете одни. Номер полиции, если дело не срочное: 114 14.
    .telegram = Если кто-то может видеть ваш телефон, отправьте /forget, чтобы удалить этот разговор. Возвращайтесь, когда будете одни. Номер полиции, если дело не срочное: 114 14.
danger-ask = Что вы хотите сделать сейчас?
danger-continue = Продолжить чат
danger-human = Найти, с кем поговорить

## Who is writing

who-ask = Для кого вы пишете?
who-self = Для себя
who-other = Для того, о ком я беспокоюсь
who-work = Я встречаю людей по работе
who-info = Мне нужна только информация
who-child = Мне меньше 18 лет

## Main menu

menu-ask = Что вы хотите сделать?
menu-signs = Проверить мою ситуацию
menu-rights = Мои права в Швеции
menu-needs = Что поможет мне сейчас
menu-family = Я беспокоюсь о ком-то
menu-professional = Для специалистов
menu-children = Мне меньше 18 лет
menu-danger = Я в опасности
