# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Български

## Global commands, offered at every step

nav-back = ← Назад
nav-menu = Главно меню
nav-language = Смени езика
nav-human = Говори с човек
nav-end = Изтрий всичко и затвори

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Съжалявам, не разбрах. Моля, избери един от отговорите.
error-pick_option = Тук мога да отговарям само на бутоните. Моля, избери един от отговорите.
error-bad_request = Съжалявам, нещо се обърка с това съобщение. Моля, опитай пак.
error-too_long = Съобщението беше твърде дълго. Моля, избери един от отговорите.
error-rate_limited = Дойдоха много съобщения наведнъж. Моля, изчакай малко и опитай пак.
error-unavailable = Съжалявам, чатът не работи в момента. Ако си в опасност, обади се на 112.
error-session_expired = Предишният ти разговор беше изтрит, защото известно време нямаше нови съобщения. Можем да започнем отначало.
error-no_session = Разговорът още не е започнал. Моля, започни отначало.
error-reconnecting = Чатът се рестартира и ще се свърже отново след малко.

## Page labels

ui-exit = Изход
ui-restart = Започни отначало
ui-connecting = Свързване…
ui-log = Разговор
# The page's header: what this is, in the person's language.
ui-title = Анонимен чат за помощ
# Opens the promise below, inside the page.
ui-privacy = Как те защитаваме
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Не е нужно да казваш името си. Никога не питаме за него.
    Не пазим нито името ти, нито телефонния ти номер, нито IP адреса ти.
    Отговорите ти се изтриват, когато приключиш чата или натиснеш „Изход“.
    Изтриват се и когато известно време не пишеш нищо.
    Ако пишеш с консултант, само консултантите могат да четат това, което пишеш.
    Написаното се изтрива, когато този чат приключи.
    Отчитаме само колко хора са избрали даден отговор. Никога не отчитаме кои са те.
    Не можем да спрем човек, който преглежда телефона ти.
    Историята на браузъра може да покаже, че тази страница е била отваряна. Ако можеш, използвай частен прозорец (инкогнито).
    Този текст е преведен от компютър и сега се проверява от човек. Ако нещо не е ясно, консултант може да помогне.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Избери един от отговорите по-горе.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Меню на чата
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Опростена версия без JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = За да пишеш с човек на живо, ти трябва пълната версия на тази страница, с JavaScript. Вместо това можеш да се обадиш на някой от тези номера.
ui-call-112 = Обади се на 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Разговорът е изтрит. Пазим само анонимни бройки на отговорите, никога написаното или кой си. Грижи се за себе си. Можеш да се върнеш по всяко време.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Север (Norrbotten, Västerbotten, Jämtland, Västernorrland; напр. Umeå)
region-mitt = Център (Uppsala, Västmanland, Gävleborg; напр. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; напр. Örebro)
region-stockholm = Stockholm и Gotland
region-ost = Изток (Östergötland, Jönköping, Södermanland; напр. Linköping)
region-vast = Запад (Västra Götaland, Halland; напр. Göteborg)
region-syd = Юг (Skåne, Blekinge, Kronoberg, Kalmar; напр. Malmö)
region-national = Не знам / Не искам да кажа

## Contacts (filled from configuration)

contacts-heading = Контакти за { $region }:
contacts-national-heading = Контакти за цяла Швеция:
contacts-none = Тук още няма въведени контакти. Пак можеш да получиш помощ: при спешен случай се обади на 112.
contacts-emergency = Спешно (полиция, линейка, пожарна): 112. Полиция, когато не е спешно: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Работно време: { $hours }
hours-always = всеки ден, денонощно
professional-heading = Подкрепа за специалисти:
professional-manual = Наръчник за специалисти: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Номерът на линията за подкрепа още не е даден в този чат. Регионален координатор може да те посъветва.

## Days, for opening hours

day-mon = пн
day-tue = вт
day-wed = ср
day-thu = чт
day-fri = пт
day-sat = сб
day-sun = нд

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Помогна ли ти този чат? Можеш да отговориш или да пропуснеш въпроса. Отчитаме само броя на отговорите.
survey-yes = Да
survey-little = Малко
survey-no = Не
survey-skip = Пропусни
survey-thanks = Благодаря, че отговори.
