# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Консультант из команды вашего региона может переписываться с вами здесь. Консультант увидит ваш язык, регион и ответы, которые вы выбрали в этом чате. Также будет видно всё, что вы напишете с этого момента. То, что вы пишете, удаляется, когда чат заканчивается.
    .telegram = Консультант из команды вашего региона может переписываться с вами здесь. Консультант увидит ваш язык, регион и выбранные вами ответы. Также будет видно всё, что вы напишете с этого момента. Мы удаляем то, что вы пишете, когда чат заканчивается. Сообщения остаются в этом чате Telegram. /forget удаляет их, кроме сообщений старше 48 часов.
handoff-consent-ask = Хотите сейчас пообщаться с человеком?
handoff-consent-yes = Да, хочу пообщаться
handoff-consent-contacts = Нет, покажите номера телефонов
handoff-waiting-ask = Напишите сообщение ниже. Консультант его увидит. Вы можете остановиться в любой момент.
handoff-leave = Завершить чат
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
