# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Консультант із команди вашого регіону може поспілкуватися з вами тут. Ця людина побачить вашу мову, ваш регіон і відповіді, які ви вибрали в цьому чаті. Вона також бачитиме все, що ви напишете відтепер. Написане вами буде видалено, коли чат завершиться.
    .telegram = Консультант із команди вашого регіону може поспілкуватися з вами тут. Ця людина побачить вашу мову, ваш регіон і відповіді, які ви вибрали. Вона також бачитиме все, що ви напишете відтепер. Ми видалимо написане вами, коли чат завершиться. Повідомлення залишаються в цьому чаті Telegram. /forget видаляє їх, крім повідомлень, старших за 48 годин.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Якщо вам менше 18 років, консультанту, можливо, доведеться повідомити про вас соціальну службу (socialtjänsten). Це називається orosanmälan. Це потрібно, щоб соціальна служба могла вас захистити. Ви й далі самі вирішуєте, що розповідати.
handoff-consent-ask = Хочете поспілкуватися з людиною зараз?
handoff-consent-yes = Так, хочу поспілкуватися
handoff-consent-contacts = Ні, покажіть номери телефонів
handoff-waiting-ask = Напишіть своє повідомлення нижче. Консультант його побачить. Ви можете зупинитися будь-коли.
handoff-leave = Залишити чат із консультантом
handoff-fallback-intro = Зараз ніхто не може відповісти. Ось інші способи отримати допомогу.
handoff-fallback-ask = Хочете чекати далі чи зупинитися?
handoff-keep-waiting = Чекати далі
handoff-queued =
    { $position ->
        [1] Ви на першому місці в черзі. Консультант відповість, щойно зможе.
       *[other] Ваш номер у черзі: { $position }. Консультант відповість, щойно зможе.
    }
handoff-connected = Консультант уже тут. Ви можете писати.
handoff-transferred = Вас передають колезі з іншої команди. Залишайтеся в цьому чаті.
handoff-ended = Чат із консультантом завершено. Те, що ви написали, видалено.
handoff-unavailable = Зараз тут ніхто не може поспілкуватися з вами. Ось до кого ви можете звернутися.
handoff-staff-label = Консультант
handoff-person-left = Людина вийшла з чату.
handoff-transferred-from = Передано з регіону: { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Вітаю. Я працюю в службі підтримки. Я тут, щоб вислухати вас. Ви самі вирішуєте, що мені розповідати.
canned-moment = Дякую. Дайте мені, будь ласка, хвилинку.
canned-safe = Ви зараз у безпеці? Якщо ви в небезпеці, телефонуйте 112.
canned-more = Чи можу я ще чимось вам допомогти?
canned-bye = Дякую, що написали. Ви можете повернутися до цього чату будь-коли. Якщо ви в небезпеці, телефонуйте 112.

## Page labels for the chat during a handoff.

ui-send = Надіслати
ui-write = Напишіть повідомлення
ui-staff = Консультант
ui-position = Ваш номер у черзі: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Зараз не працює команда регіону: { $region }. Вам може відповісти команда регіону: { $team }.
handoff-overflow-wait = Поки ніхто не зміг відповісти з команди регіону: { $region }. Вам може відповісти команда регіону: { $team }.
handoff-away =
    { $day ->
        [today] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу сьогодні о { $time } (за шведським часом).
        [tomorrow] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу завтра о { $time } (за шведським часом).
        [mon] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у понеділок о { $time } (за шведським часом).
        [tue] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у вівторок о { $time } (за шведським часом).
        [wed] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у середу о { $time } (за шведським часом).
        [thu] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у четвер о { $time } (за шведським часом).
        [fri] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у п’ятницю о { $time } (за шведським часом).
        [sat] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у суботу о { $time } (за шведським часом).
        [sun] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу у неділю о { $time } (за шведським часом).
       *[other] Зараз ніхто не може поспілкуватися з вами в чаті. Одна з команд почне роботу { $date } о { $time } (за шведським часом).
    }
handoff-away-unknown = Зараз ніхто не може поспілкуватися з вами в чаті.
team-nord = північ Швеції
team-mitt = центр Швеції
team-bergslagen = Bergslagen
team-stockholm = Stockholm і Gotland
team-ost = схід Швеції
team-vast = захід Швеції
team-syd = південь Швеції
team-national = вся країна
