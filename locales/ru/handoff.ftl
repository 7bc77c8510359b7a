# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Консультант из команды вашего региона может переписываться с вами здесь. Консультант увидит ваш язык, регион и ответы, которые вы выбрали в этом чате. Также будет видно всё, что вы напишете с этого момента. То, что вы пишете, удаляется, когда чат заканчивается.
    .telegram = Консультант из команды вашего региона может переписываться с вами здесь. Консультант увидит ваш язык, регион и выбранные вами ответы. Также будет видно всё, что вы напишете с этого момента. Мы удаляем то, что вы пишете, когда чат заканчивается. Сообщения остаются в этом чате Telegram. /forget удаляет их, кроме сообщений старше 48 часов.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Если вам меньше 18 лет, консультанту, возможно, придётся сообщить о вас в социальную службу (socialtjänsten). Это называется orosanmälan. Это нужно, чтобы социальная служба могла вас защитить. Вы по-прежнему сами решаете, что рассказать.
handoff-consent-ask = Хотите сейчас пообщаться с человеком?
handoff-consent-yes = Да, хочу пообщаться
handoff-consent-contacts = Нет, покажите номера телефонов
handoff-waiting-ask = Напишите сообщение ниже. Консультант его увидит. Вы можете остановиться в любой момент.
handoff-leave = Покинуть чат с консультантом
handoff-fallback-intro = Сейчас никто не может ответить. Вот другие способы получить помощь.
handoff-fallback-ask = Хотите подождать ещё или закончить?
handoff-keep-waiting = Подождать ещё
handoff-queued =
    { $position ->
        [1] Вы на первом месте в очереди. Консультант ответит, как только сможет.
       *[other] Ваш номер в очереди: { $position }. Консультант ответит, как только сможет.
    }
handoff-connected = Сейчас с вами консультант. Можете писать.
handoff-transferred = Вас передают коллеге из другой команды. Оставайтесь в этом чате.
handoff-ended = Чат с консультантом завершён. То, что вы написали, удалено.
handoff-unavailable = Сейчас здесь никто не может ответить в чате. Вот к кому можно обратиться.
handoff-staff-label = Консультант
handoff-person-left = Человек вышел из чата.
handoff-transferred-from = Передано из региона: { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Здравствуйте. Я консультант. Я здесь, чтобы выслушать вас. Вы сами решаете, что мне рассказать.
canned-moment = Спасибо. Пожалуйста, подождите минутку.
canned-safe = Вы сейчас в безопасности? Если вы в опасности, позвоните 112.
canned-more = Могу ли я ещё чем-то вам помочь?
canned-bye = Спасибо, что написали. Вы можете вернуться в этот чат в любой момент. Если вы в опасности, позвоните 112.

## Page labels for the chat during a handoff.

ui-send = Отправить
ui-write = Напишите сообщение
ui-staff = Консультант
ui-position = Ваш номер в очереди: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Сейчас не работает команда региона: { $region }. Вам может ответить команда региона: { $team }.
handoff-overflow-wait = Пока никто не смог ответить из команды региона: { $region }. Вам может ответить команда региона: { $team }.
handoff-away =
    { $day ->
        [today] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу сегодня в { $time } (по шведскому времени).
        [tomorrow] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу завтра в { $time } (по шведскому времени).
        [mon] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу в понедельник в { $time } (по шведскому времени).
        [tue] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу во вторник в { $time } (по шведскому времени).
        [wed] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу в среду в { $time } (по шведскому времени).
        [thu] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу в четверг в { $time } (по шведскому времени).
        [fri] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу в пятницу в { $time } (по шведскому времени).
        [sat] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу в субботу в { $time } (по шведскому времени).
        [sun] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу в воскресенье в { $time } (по шведскому времени).
       *[other] Сейчас никто не может переписываться с вами. Одна из команд начнёт работу { $date } в { $time } (по шведскому времени).
    }
handoff-away-unknown = Сейчас никто не может переписываться с вами.
team-nord = север Швеции
team-mitt = центр Швеции
team-bergslagen = Bergslagen
team-stockholm = Stockholm и Gotland
team-ost = восток Швеции
team-vast = запад Швеции
team-syd = юг Швеции
team-national = вся страна
