# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Русский

## Global commands, offered at every step

nav-back = ← Назад
nav-menu = Главное меню
nav-language = Сменить язык
nav-human = Поговорить с человеком
nav-end = Стереть всё и закрыть

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Извините, я не понимаю. Пожалуйста, выберите один из вариантов.
error-pick_option = Здесь я понимаю только кнопки. Пожалуйста, выберите один из вариантов.
error-bad_request = Извините, с этим сообщением что-то пошло не так. Попробуйте ещё раз.
error-too_long = Это сообщение слишком длинное. Пожалуйста, выберите один из вариантов.
error-rate_limited = Слишком много сообщений сразу. Подождите немного и попробуйте ещё раз.
error-unavailable = Извините, чат сейчас не работает. Если вы в опасности, позвоните 112.
error-session_expired = Ваш прежний разговор стёрт, потому что какое-то время в нём ничего не происходило. Можно начать заново.
error-no_session = Разговор ещё не начался. Пожалуйста, начните заново.
error-reconnecting = Чат перезапускается и скоро снова подключится.

## Page labels

ui-exit = Выйти
ui-restart = Начать заново
ui-connecting = Подключение…
ui-log = Разговор
# The page's header: what this is, in the person's language.
ui-title = Анонимный чат помощи
# Opens the promise below, inside the page.
ui-privacy = Как мы вас защищаем
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Вам не нужно называть своё имя. Мы никогда о нём не спрашиваем.
    Мы не сохраняем ни ваше имя, ни номер телефона, ни IP-адрес.
    Ваши ответы удаляются, когда вы завершаете чат или нажимаете «Выйти».
    Они удаляются и тогда, когда вы какое-то время ничего не пишете.
    Если вы переписываетесь с консультантом, то, что вы пишете, могут читать только консультанты.
    Написанное удаляется, когда этот чат заканчивается.
    Мы считаем только, сколько людей выбрали ответ. Мы никогда не записываем, кто его выбрал.
    Мы не можем помешать тому, кто заглядывает в ваш телефон.
    История браузера может показать, что вы заходили на эту страницу. Если можете, используйте приватное окно браузера (инкогнито).
    Этот текст переведён компьютером, и сейчас его проверяет человек. Если что-то непонятно, консультант может помочь.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Выберите один из ответов выше.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Меню чата
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Простая версия без JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Для чата с человеком в реальном времени нужна полная версия этой страницы, с JavaScript. Вместо этого вы можете позвонить по одному из этих номеров.
ui-call-112 = Позвонить 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Разговор удалён. Мы храним только анонимные подсчёты ответов, но никогда не то, что вы написали, и не то, кто вы. Берегите себя. Вы можете вернуться в любое время.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Север (Norrbotten, Västerbotten, Jämtland, Västernorrland; напр. Umeå)
region-mitt = Центр (Uppsala, Västmanland, Gävleborg; напр. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; напр. Örebro)
region-stockholm = Stockholm и Gotland
region-ost = Восток (Östergötland, Jönköping, Södermanland; напр. Linköping)
region-vast = Запад (Västra Götaland, Halland; напр. Göteborg)
region-syd = Юг (Skåne, Blekinge, Kronoberg, Kalmar; напр. Malmö)
region-national = Не знаю / Не хочу говорить

## Contacts (filled from configuration)

contacts-heading = Контакты в регионе { $region }:
contacts-national-heading = Контакты по всей Швеции:
contacts-none = Здесь пока не добавлено ни одного контакта. Но вы всё равно можете получить помощь: в экстренном случае позвоните 112.
contacts-emergency = Экстренная помощь (полиция, скорая, пожарные): 112. Полиция, если дело не срочное: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Часы работы: { $hours }
hours-always = ежедневно, круглосуточно
professional-heading = Поддержка для специалистов:
professional-manual = Руководство для специалистов: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Номера линии поддержки в этом чате пока нет. Совет может дать региональный координатор.

## Days, for opening hours

day-mon = пн
day-tue = вт
day-wed = ср
day-thu = чт
day-fri = пт
day-sat = сб
day-sun = вс

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Этот чат вам помог? Можно ответить или пропустить вопрос. Мы считаем только количество ответов.
survey-yes = Да
survey-little = Немного
survey-no = Нет
survey-skip = Пропустить
survey-thanks = Спасибо за ответ.
