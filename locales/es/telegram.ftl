# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Empezar de nuevo
tg-cmd-language = Cambiar idioma
tg-cmd-menu = Menú principal
tg-cmd-help = Ayuda
tg-cmd-human = Hablar con una persona
tg-cmd-forget = Borrar este chat

tg-help = Usa los botones para responder. /menu muestra el menú principal, /language cambia el idioma y /human muestra con quién puedes hablar. /forget borra esta conversación y elimina sus mensajes.
tg-text-only = Aquí solo puedo leer texto. Por favor, usa los botones.
tg-group = Lo siento, solo hablo en chats privados. En un grupo, otras personas pueden leer lo que escribes. Por favor, escríbeme directamente. Ahora salgo de este grupo.
tg-forgotten = La conversación está borrada y sus mensajes se han eliminado. También puedes eliminar este chat en Telegram.
tg-forget-partial = La conversación está borrada. Telegram no me deja eliminar mensajes de más de 48 horas, así que { $count ->
        [one] todavía queda un mensaje
       *[other] todavía quedan { $count } mensajes
    } aquí. Por favor, elimina tú este chat en Telegram: mantén presionado el chat y luego elige "Eliminar".
tg-forget-nothing = Aquí no hay nada guardado sobre ti. Para quitar mensajes antiguos, elimina este chat en Telegram: mantén presionado el chat y luego elige "Eliminar".
