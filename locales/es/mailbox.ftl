# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Dejar un mensaje para el equipo
mailbox-write-intro = Puedes escribir un mensaje al equipo de tu región, de hasta 2000 caracteres. Por favor, no escribas tu nombre, tu teléfono ni tu dirección. El equipo lo leerá cuando vuelva y te responderá aquí.
mailbox-write-ask = Escribe tu mensaje.
# The person's one reply to the team's answer.
mailbox-reply-intro = Puedes responder al equipo una vez, con hasta 2000 caracteres. Por favor, no escribas tu nombre, tu teléfono ni tu dirección.
mailbox-reply-ask = Escribe tu respuesta.
mailbox-reply-sent = Tu respuesta se ha enviado al equipo. Vuelve más tarde con el mismo código para leer su respuesta.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Tu mensaje se ha enviado. Tu código: { $code }. Anótalo en un lugar seguro o recuérdalo. Cualquier persona que tenga este código puede leer la respuesta. Vuelve con él y elige «Tengo un código». Tu mensaje y la respuesta se borran después de { $days ->
        [one] un día
       *[other] { $days } días
    }, o un día después de que leas la respuesta.
    .telegram = Tu mensaje se ha enviado. Tu código: { $code }. Anótalo en un lugar seguro o recuérdalo. Cualquier persona que tenga este código puede leer la respuesta. Quien vea este chat puede ver el código: /forget borra sus mensajes. Vuelve y envía /code. Tu mensaje y la respuesta se borran después de { $days ->
        [one] un día
       *[other] { $days } días
    }, o un día después de que leas la respuesta.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = ¿Qué quieres hacer ahora?
mailbox-menu = Volver al menú principal

## Coming back with a code

# The button at the start menu.
start-have-code = Tengo un código
mailbox-code-ask = Escribe tu código de 16 cifras.
mailbox-waiting = El equipo todavía no ha respondido. Vuelve más tarde con tu código.
mailbox-answer-intro = La respuesta del equipo:
mailbox-opened-ask = ¿Qué quieres hacer ahora?
mailbox-reply = Responder una vez
mailbox-delete = Borrar todo ahora
mailbox-deleted = Tu mensaje y las respuestas se han borrado.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = ¿Enviar este mensaje?
ui-mailbox-confirm-yes = Sí, enviarlo
ui-mailbox-edit = No, cambiarlo
ui-mailbox-code = Tu código
ui-mailbox-open = Abrir

## Telegram only

# The command list's entry for /code.
tg-cmd-code = Tengo un código
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = También podemos enviar la respuesta del equipo a este chat. Entonces tenemos que guardar un dato protegido de este chat junto con tu mensaje. Lo borramos cuando se envía la respuesta o cuando se borra tu mensaje.
mailbox-telegram-deliver = Enviar también la respuesta a este chat
mailbox-telegram-deliver-set = La respuesta también llegará a este chat.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Ningún mensaje tiene este código. Revisa los números y vuelve a intentarlo.
error-mailbox_empty = Primero escribe tu mensaje, por favor.
error-mailbox_too_long = Es demasiado largo: como máximo 2000 caracteres.
error-mailbox_limited = Se han probado demasiados códigos. Por favor, espera un rato y vuelve a intentarlo.
error-mailbox_replied = Ya respondiste una vez. Vuelve más tarde con tu código para leer la respuesta del equipo.
error-mailbox_off = Ahora no es posible dejar un mensaje aquí.
tg-mailbox-code-deleted = Borré de este chat tu mensaje con el código.
