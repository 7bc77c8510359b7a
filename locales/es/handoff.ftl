# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Una persona de apoyo del equipo de la región puede chatear contigo aquí. Verá tu idioma, tu región y las respuestas que elegiste en este chat. También verá lo que escribas a partir de ahora. Lo que escribes se borra cuando termina el chat.
    .telegram = Una persona de apoyo del equipo de la región puede chatear contigo aquí. Verá tu idioma, tu región y las respuestas que elegiste. También verá lo que escribas a partir de ahora. Borramos lo que escribes cuando termina el chat. Los mensajes se quedan en este chat de Telegram. /forget los borra, excepto los mensajes de más de 48 horas.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Si tienes menos de 18 años, la persona de apoyo puede tener que informar a los servicios sociales (socialtjänsten) sobre ti. Esto se llama orosanmälan. Es para que los servicios sociales puedan protegerte. Tú sigues decidiendo lo que quieres contar.
handoff-consent-ask = ¿Quieres chatear ahora con una persona?
handoff-consent-yes = Sí, quiero chatear
handoff-consent-contacts = No, muéstrame los teléfonos
handoff-waiting-ask = Escribe tu mensaje abajo. La persona de apoyo lo verá. Puedes parar en cualquier momento.
handoff-leave = Dejar el chat con la persona de apoyo
handoff-fallback-intro = Ahora nadie puede responder. Aquí tienes otras formas de conseguir ayuda.
handoff-fallback-ask = ¿Quieres seguir esperando, o parar?
handoff-keep-waiting = Seguir esperando
handoff-queued =
    { $position ->
        [1] Estás en el primer lugar de la lista de espera. Una persona de apoyo te responderá en cuanto pueda.
       *[other] Estás en el lugar { $position } de la lista de espera. Una persona de apoyo te responderá en cuanto pueda.
    }
handoff-connected = Ya hay una persona de apoyo aquí. Puedes escribirle.
handoff-transferred = Te estamos pasando a una persona de otro equipo. Quédate en este chat.
handoff-ended = El chat con la persona de apoyo ha terminado. Lo que escribiste se ha borrado.
handoff-unavailable = Ahora nadie puede chatear aquí. Aquí tienes personas a las que puedes contactar.
handoff-staff-label = Persona de apoyo
handoff-person-left = La persona ha salido del chat.
handoff-transferred-from = Transferencia desde { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Hola. Formo parte del equipo de apoyo. Estoy aquí para escucharte. Tú decides qué me cuentas.
canned-moment = Gracias. Dame un momento, por favor.
canned-safe = ¿Estás a salvo ahora mismo? Si estás en peligro, llama al 112.
canned-more = ¿Hay algo más en lo que pueda ayudarte?
canned-bye = Gracias por escribir. Puedes volver a este chat cuando quieras. Si estás en peligro, llama al 112.

## Page labels for the chat during a handoff.

ui-send = Enviar
ui-write = Escribe un mensaje
ui-staff = Persona de apoyo
ui-position = Tu lugar en la lista de espera: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = El equipo para { $region } está cerrado ahora. El equipo para { $team } puede responderte.
handoff-overflow-wait = Nadie del equipo para { $region } ha podido responder todavía. El equipo para { $team } puede responderte.
handoff-away =
    { $day ->
        [today] Ahora nadie puede chatear contigo. Un equipo empieza a atender hoy a las { $time } (hora de Suecia).
        [tomorrow] Ahora nadie puede chatear contigo. Un equipo empieza a atender mañana a las { $time } (hora de Suecia).
        [mon] Ahora nadie puede chatear contigo. Un equipo empieza a atender el lunes a las { $time } (hora de Suecia).
        [tue] Ahora nadie puede chatear contigo. Un equipo empieza a atender el martes a las { $time } (hora de Suecia).
        [wed] Ahora nadie puede chatear contigo. Un equipo empieza a atender el miércoles a las { $time } (hora de Suecia).
        [thu] Ahora nadie puede chatear contigo. Un equipo empieza a atender el jueves a las { $time } (hora de Suecia).
        [fri] Ahora nadie puede chatear contigo. Un equipo empieza a atender el viernes a las { $time } (hora de Suecia).
        [sat] Ahora nadie puede chatear contigo. Un equipo empieza a atender el sábado a las { $time } (hora de Suecia).
        [sun] Ahora nadie puede chatear contigo. Un equipo empieza a atender el domingo a las { $time } (hora de Suecia).
       *[other] Ahora nadie puede chatear contigo. Un equipo empieza a atender el { $date } a las { $time } (hora de Suecia).
    }
handoff-away-unknown = Ahora nadie puede chatear contigo.
team-nord = el norte de Suecia
team-mitt = el centro de Suecia
team-bergslagen = Bergslagen
team-stockholm = Stockholm y Gotland
team-ost = el este de Suecia
team-vast = el oeste de Suecia
team-syd = el sur de Suecia
team-national = todo el país
