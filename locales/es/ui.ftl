# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Español

## Global commands, offered at every step

nav-back = ← Atrás
nav-menu = Menú principal
nav-language = Cambiar idioma
nav-human = Hablar con una persona
nav-end = Borrar todo y cerrar

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Lo siento, no lo entendí. Por favor, elige una de las opciones.
error-pick_option = Aquí solo puedo responder a los botones. Por favor, elige una de las opciones.
error-bad_request = Lo siento, algo salió mal con ese mensaje. Por favor, inténtalo de nuevo.
error-too_long = Ese mensaje era demasiado largo. Por favor, elige una de las opciones.
error-rate_limited = Fueron muchos mensajes a la vez. Por favor, espera un momento y vuelve a intentarlo.
error-unavailable = Lo siento, el chat no funciona en este momento. Si estás en peligro, llama al 112.
error-session_expired = Tu conversación anterior se borró porque estuvo un rato sin actividad. Podemos empezar de nuevo.
error-no_session = La conversación todavía no ha empezado. Por favor, empieza de nuevo.
error-reconnecting = El chat se está reiniciando y se volverá a conectar en un momento.

## Page labels

ui-exit = Salir
ui-restart = Empezar de nuevo
ui-connecting = Conectando…
ui-log = Conversación
# The page's header: what this is, in the person's language.
ui-title = Chat de ayuda anónimo
# Opens the promise below, inside the page.
ui-privacy = Cómo te protegemos
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    No tienes que dar tu nombre. Nunca te lo pedimos.
    No guardamos tu nombre, tu número de teléfono ni tu dirección IP.
    Tus respuestas se borran cuando terminas el chat o presionas "Salir".
    También se borran cuando llevas un rato sin escribir.
    Si chateas con una persona de apoyo, solo las personas de apoyo pueden leer lo que escribes.
    Lo que escribes se borra cuando termina ese chat.
    Solo contamos cuántas personas eligieron una respuesta. Nunca contamos quiénes son.
    No podemos impedir que alguien mire tu teléfono.
    El historial de tu navegador puede mostrar que visitaste esta página. Si puedes, usa una ventana privada.
    Este texto lo tradujo un ordenador y una persona lo está revisando. Si algo no está claro, una persona de apoyo puede ayudarte.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Elige una de las respuestas de arriba.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Menú del chat
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Versión sencilla sin JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Para chatear en vivo con una persona, necesitas la versión completa de esta página, con JavaScript. En su lugar, puedes llamar a uno de estos números.
ui-call-112 = Llamar al 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = La conversación está borrada. Solo guardamos recuentos anónimos de respuestas, nunca lo que escribiste ni quién eres. Cuídate. Puedes volver cuando quieras.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Norte (Norrbotten, Västerbotten, Jämtland, Västernorrland; p. ej. Umeå)
region-mitt = Centro (Uppsala, Västmanland, Gävleborg; p. ej. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; p. ej. Örebro)
region-stockholm = Stockholm y Gotland
region-ost = Este (Östergötland, Jönköping, Södermanland; p. ej. Linköping)
region-vast = Oeste (Västra Götaland, Halland; p. ej. Göteborg)
region-syd = Sur (Skåne, Blekinge, Kronoberg, Kalmar; p. ej. Malmö)
region-national = No lo sé / Prefiero no decirlo

## Contacts (filled from configuration)

contacts-heading = Contactos en la región { $region }:
contacts-national-heading = Contactos en toda Suecia:
contacts-none = Todavía no hay contactos configurados aquí. Aun así puedes recibir ayuda: en una emergencia, llama al 112.
contacts-emergency = Emergencias (policía, ambulancia, bomberos): 112. Policía, si no es una emergencia: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Horario: { $hours }
hours-always = todos los días, las 24 horas
professional-heading = Apoyo para profesionales:
professional-manual = Guía para profesionales: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = El número de la línea de apoyo todavía no aparece en este chat. Un coordinador regional puede aconsejarte.

## Days, for opening hours

day-mon = Lun
day-tue = Mar
day-wed = Mié
day-thu = Jue
day-fri = Vie
day-sat = Sáb
day-sun = Dom

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = ¿Te ayudó este chat? Puedes responder o saltar la pregunta. Solo se cuenta el número de respuestas.
survey-yes = Sí
survey-little = Un poco
survey-no = No
survey-skip = Saltar
survey-thanks = Gracias por responder.
