# The way in: language, promise, safety, who is writing, main menu.

language-ask = Избери своя език.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Здравей. Тук можеш да питаш за помощ и за правата си. Не е нужно да казваш името си. Не пазим това, което пишеш, нито кой си.
    .telegram = Здравей. Тук можеш да питаш за помощ и за правата си. Не е нужно да казваш името си. Не пазим кой си. Но чатът остава в телефона ти и на сървърите на Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = Можеш да излезеш бързо по всяко време: натисни „Изход“ горе или клавиша Escape. Тогава чатът се затваря и се изтрива. Но историята на браузъра може да покаже, че този сайт е бил отварян. Върни се, когато няма никой около теб, най-добре в частен прозорец (инкогнито).
    .basic = Можеш да излезеш бързо по всяко време: натисни „Изход“ горе. Тогава чатът се затваря и се изтрива. Но историята на браузъра може да покаже, че този сайт е бил отварян. Върни се, когато няма никой около теб, най-добре в частен прозорец (инкогнито).
    .telegram = Можеш да спреш по всяко време: изпрати /forget или избери „Приключи и изтрий“. Тогава разговорът се изтрива. Но /forget не може да изтрие съобщения, по-стари от 48 часа. Всеки, който види телефона ти, може да види чата в Telegram. Върни се, когато няма никой около теб, и после изтрий чата.
promise-ask = Да започваме ли?
promise-ok = Да, да започнем

## Safety first

safety-ask = В безопасност ли си сега?
safety-yes = Да, сега съм в безопасност
safety-no = Не, в опасност съм
safety-unsure = Не знам със сигурност

danger-112 = Ако си в опасност сега, обади се на 112. Обаждането е безплатно. 112 е номерът за спешни случаи: полиция, линейка и пожарна.
danger-discreet = Ако някой може да види телефона ти, излез от чата с „Изход“. Върни се, когато няма никой около теб. Номерът на полицията, когато не е спешно, е 114 14.
    .telegram = Ако някой може да види телефона ти, изпрати /forget, за да изтриеш разговора. Върни се, когато няма никой около теб. Номерът на полицията, когато не е спешно, е 114 14.
danger-ask = Какво искаш да направиш сега?
danger-continue = Продължи разговора
danger-human = Търся човек, с когото да говоря

## Who is writing

who-ask = За кого пишеш?
who-self = За себе си
who-other = За човек, за когото се тревожа
who-work = Срещам хора в работата си
who-info = Искам само информация
who-child = Под 18 години съм

## Main menu

menu-ask = Какво искаш да направиш?
menu-signs = Провери моето положение
menu-rights = Моите права в Швеция
menu-needs = Какво би ми помогнало сега
menu-family = Тревожа се за някого
menu-professional = За специалисти
menu-children = Под 18 години съм
menu-danger = В опасност съм
