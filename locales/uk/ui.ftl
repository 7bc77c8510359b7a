# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Українська

## Global commands, offered at every step

nav-back = ← Назад
nav-menu = Головне меню
nav-language = Змінити мову
nav-human = Поговорити з людиною
nav-end = Стерти все й закрити

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Вибачте, мені це незрозуміло. Будь ласка, виберіть один із варіантів.
error-pick_option = Тут я розумію лише кнопки. Будь ласка, виберіть один із варіантів.
error-bad_request = Вибачте, із цим повідомленням щось пішло не так. Будь ласка, спробуйте ще раз.
error-too_long = Це повідомлення задовге. Будь ласка, виберіть один із варіантів.
error-rate_limited = Забагато повідомлень одразу. Будь ласка, зачекайте трохи і спробуйте ще раз.
error-unavailable = Вибачте, чат зараз не працює. Якщо ви в небезпеці, телефонуйте 112.
error-session_expired = Вашу попередню розмову стерто, бо певний час у ній нічого не відбувалося. Можемо почати знову.
error-no_session = Розмова ще не почалася. Будь ласка, почніть знову.
error-reconnecting = Чат перезапускається і незабаром знову під'єднається.

## Page labels

ui-exit = Вийти
ui-restart = Почати знову
ui-connecting = З’єднання…
ui-log = Розмова
# The page's header: what this is, in the person's language.
ui-title = Анонімний чат допомоги
# Opens the promise below, inside the page.
ui-privacy = Як ми вас захищаємо
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Вам не потрібно називати своє ім’я. Ми ніколи про нього не питаємо.
    Ми не зберігаємо ні вашого імені, ні номера телефону, ні IP-адреси.
    Ваші відповіді стираються, коли ви завершуєте чат або натискаєте «Вийти».
    Вони стираються також тоді, коли ви певний час нічого не пишете.
    Якщо ви спілкуєтеся з консультантом, те, що ви пишете, можуть читати лише консультанти.
    Написане видаляється, коли цей чат завершується.
    Ми рахуємо лише, скільки людей вибрали певну відповідь. Ми ніколи не записуємо, хто її вибрав.
    Ми не можемо завадити тому, хто заглядає у ваш телефон.
    Історія браузера може показати, що ви відвідували цю сторінку. Якщо можете, користуйтеся приватним вікном браузера.
    Цей текст переклав комп’ютер, і зараз його перевіряє людина. Якщо щось незрозуміло, консультант може допомогти.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Виберіть одну з відповідей вище.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Меню чату
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Проста версія без JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Щоб поспілкуватися з людиною в чаті наживо, потрібна повна версія цієї сторінки, з JavaScript. Натомість ви можете зателефонувати за одним із цих номерів.
ui-call-112 = Зателефонувати 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Розмову видалено. Ми зберігаємо лише анонімні підрахунки відповідей, але ніколи не те, що ви написали, і не те, хто ви. Бережіть себе. Ви можете повернутися будь-коли.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Північ (Norrbotten, Västerbotten, Jämtland, Västernorrland; напр. Umeå)
region-mitt = Центр (Uppsala, Västmanland, Gävleborg; напр. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; напр. Örebro)
region-stockholm = Stockholm і Gotland
region-ost = Схід (Östergötland, Jönköping, Södermanland; напр. Linköping)
region-vast = Захід (Västra Götaland, Halland; напр. Göteborg)
region-syd = Південь (Skåne, Blekinge, Kronoberg, Kalmar; напр. Malmö)
region-national = Не знаю / Не хочу казати

## Contacts (filled from configuration)

contacts-heading = Контакти в регіоні { $region }:
contacts-national-heading = Контакти для всієї Швеції:
contacts-none = Тут ще не додано жодних контактів. Ви все одно можете отримати допомогу: у невідкладній ситуації телефонуйте 112.
contacts-emergency = Екстрена допомога (поліція, швидка, пожежна служба): 112. Поліція, якщо ситуація не екстрена: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Години роботи: { $hours }
hours-always = щодня, цілодобово
professional-heading = Підтримка для фахівців:
professional-manual = Посібник для фахівців: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Номера лінії підтримки в цьому чаті ще немає. Пораду може дати регіональний координатор.

## Days, for opening hours

day-mon = Пн
day-tue = Вт
day-wed = Ср
day-thu = Чт
day-fri = Пт
day-sat = Сб
day-sun = Нд

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Цей чат вам допоміг? Можна відповісти або пропустити запитання. Ми рахуємо лише кількість відповідей.
survey-yes = Так
survey-little = Трохи
survey-no = Ні
survey-skip = Пропустити
survey-thanks = Дякую за відповідь.
