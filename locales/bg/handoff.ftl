# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Консултант от екипа на региона може да пише с теб тук. Консултантът ще вижда езика ти, региона ти и отговорите, които избра в този чат. Ще вижда и това, което пишеш оттук нататък. Това, което пишеш, се изтрива, когато чатът приключи.
    .telegram = Консултант от екипа на региона може да пише с теб тук. Консултантът ще вижда езика ти, региона ти и отговорите, които избра. Ще вижда и това, което пишеш оттук нататък. Ние изтриваме това, което пишеш, когато чатът приключи. Съобщенията остават в този чат в Telegram. /forget ги изтрива, освен съобщенията, по-стари от 48 часа.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Ако си под 18 години, консултантът може да е длъжен да съобщи за теб на социалните служби (socialtjänsten). Това се нарича orosanmälan. Целта е социалните служби да могат да те защитят. Ти продължаваш да решаваш какво да кажеш.
handoff-consent-ask = Искаш ли да пишеш с човек сега?
handoff-consent-yes = Да, искам да пиша с човек
handoff-consent-contacts = Не, покажи ми телефонни номера
handoff-waiting-ask = Напиши съобщението си отдолу. Консултантът ще го види. Можеш да спреш по всяко време.
handoff-leave = Напусни чата с консултанта
handoff-fallback-intro = В момента никой не може да отговори. Ето други начини да получиш помощ.
handoff-fallback-ask = Искаш ли да чакаш още, или да спреш?
handoff-keep-waiting = Ще чакам още
handoff-queued =
    { $position ->
        [1] Ти си номер 1 на опашката. Консултант ще ти отговори възможно най-скоро.
       *[other] Ти си номер { $position } на опашката. Консултант ще ти отговори възможно най-скоро.
    }
handoff-connected = Консултант вече е тук. Можеш да пишеш.
handoff-transferred = Прехвърляме те към колега от друг екип. Остани в този чат.
handoff-ended = Чатът с консултанта приключи. Това, което написа, беше изтрито.
handoff-unavailable = В момента никой не може да пише с теб тук. Ето към кого можеш да се обърнеш.
handoff-staff-label = Консултант
handoff-person-left = Човекът напусна чата.
handoff-transferred-from = Прехвърлено от { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Здравей. Аз съм консултант. Тук съм, за да те изслушам. Ти решаваш какво да ми кажеш.
canned-moment = Благодаря. Моля, дай ми малко време.
canned-safe = В безопасност ли си сега? Ако си в опасност, обади се на 112.
canned-more = Мога ли да ти помогна с още нещо?
canned-bye = Благодаря, че писа. Можеш да се върнеш в този чат по всяко време. Ако си в опасност, обади се на 112.

## Page labels for the chat during a handoff.

ui-send = Изпрати
ui-write = Напиши съобщение
ui-staff = Консултант
ui-position = Твоят номер на опашката: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Екипът за { $region } не работи в момента. Екипът за { $team } може да ти отговори.
handoff-overflow-wait = Никой от екипа за { $region } още не е успял да ти отговори. Екипът за { $team } може да ти отговори.
handoff-away =
    { $day ->
        [today] В момента никой не може да пише с теб. Един от екипите започва работа днес в { $time } часа (шведско време).
        [tomorrow] В момента никой не може да пише с теб. Един от екипите започва работа утре в { $time } часа (шведско време).
        [mon] В момента никой не може да пише с теб. Един от екипите започва работа в понеделник в { $time } часа (шведско време).
        [tue] В момента никой не може да пише с теб. Един от екипите започва работа във вторник в { $time } часа (шведско време).
        [wed] В момента никой не може да пише с теб. Един от екипите започва работа в сряда в { $time } часа (шведско време).
        [thu] В момента никой не може да пише с теб. Един от екипите започва работа в четвъртък в { $time } часа (шведско време).
        [fri] В момента никой не може да пише с теб. Един от екипите започва работа в петък в { $time } часа (шведско време).
        [sat] В момента никой не може да пише с теб. Един от екипите започва работа в събота в { $time } часа (шведско време).
        [sun] В момента никой не може да пише с теб. Един от екипите започва работа в неделя в { $time } часа (шведско време).
       *[other] В момента никой не може да пише с теб. Един от екипите започва работа на { $date } в { $time } часа (шведско време).
    }
handoff-away-unknown = В момента никой не може да пише с теб.
team-nord = Северна Швеция
team-mitt = Централна Швеция
team-bergslagen = Bergslagen
team-stockholm = Stockholm и Gotland
team-ost = Източна Швеция
team-vast = Западна Швеция
team-syd = Южна Швеция
team-national = цялата страна
