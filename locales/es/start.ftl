# The way in: language, promise, safety, who is writing, main menu.

language-ask = Elige tu idioma.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Hola. Aquí puedes preguntar sobre ayuda y sobre tus derechos. No tienes que dar tu nombre. No guardamos quién eres. Si chateas con una persona de apoyo, lo que escribes se borra cuando termina ese chat.
    .telegram = Hola. Aquí puedes preguntar sobre la ayuda que hay y sobre tus derechos. No tienes que dar tu nombre. No guardamos quién eres. Pero el chat queda en tu teléfono y en los servidores de Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = Puedes salir rápido en cualquier momento: presiona "Salir" arriba, o la tecla Esc. Entonces el chat se cierra y se borra. Pero el historial de tu navegador puede mostrar que estuviste aquí. Vuelve cuando estés a solas, mejor en una ventana privada del navegador.
    .basic = Puedes salir rápido en cualquier momento: presiona "Salir" arriba. Entonces el chat se cierra y se borra. Pero el historial de tu navegador puede mostrar que estuviste aquí. Vuelve cuando estés a solas, mejor en una ventana privada del navegador.
    .telegram = Puedes parar en cualquier momento: envía /forget o elige "Borrar todo y cerrar". Entonces la conversación se borra. Pero /forget no puede eliminar mensajes de más de 48 horas. Quien vea tu teléfono puede ver el chat en Telegram. Vuelve cuando estés a solas, y después elimina el chat.
    .touch = Puedes salir rápido en cualquier momento: presiona "Salir" arriba. Entonces el chat se cierra y se borra. Pero el historial de tu navegador puede mostrar que estuviste aquí. Vuelve cuando estés a solas, mejor en una ventana privada del navegador.
promise-ask = ¿Empezamos?
promise-ok = Sí, empezar

## Safety first

safety-ask = ¿Estás a salvo ahora mismo?
safety-yes = Sí, ahora estoy a salvo
safety-no = No, estoy en peligro
safety-unsure = No lo sé

danger-112 = Si estás en peligro ahora, llama al 112. Es gratis. El 112 es el número de emergencias para policía, ambulancia y bomberos.
danger-discreet = Si alguien puede ver tu teléfono, sal de este chat con "Salir". Vuelve cuando estés a solas. El número de la policía para casos que no son urgentes es el 114 14.
    .telegram = Si alguien puede ver tu teléfono, envía /forget para borrar esta conversación. Vuelve cuando estés a solas. El número de la policía para casos que no son urgentes es el 114 14.
danger-ask = ¿Qué quieres hacer ahora?
danger-continue = Seguir con el chat
danger-human = Buscar a alguien con quien hablar

## Who is writing

who-ask = ¿Para quién escribes?
who-self = Para mí
who-other = Para alguien que me preocupa
who-work = Trato con personas en mi trabajo
who-info = Solo quiero información
who-child = Tengo menos de 18 años

## Main menu

menu-ask = ¿Qué quieres hacer?
menu-signs = Revisar mi situación
menu-rights = Mis derechos en Suecia
menu-needs = Qué me puede ayudar ahora
menu-family = Me preocupa alguien
menu-professional = Para profesionales
menu-children = Tengo menos de 18 años
menu-danger = Estoy en peligro
menu-privacy = Cómo te protegemos

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = No guardamos tu nombre, tu número de teléfono ni tu dirección IP. Tus respuestas se borran cuando terminas el chat. También se borran cuando llevas un rato sin escribir. Si chateas con una persona de apoyo, solo las personas de apoyo pueden leer lo que escribes. Lo que escribes se borra cuando termina ese chat.
    .telegram = No guardamos tu nombre, tu nombre de usuario ni tu número de teléfono. Tus respuestas se borran cuando envías /forget. También se borran cuando llevas un rato sin escribir. Si chateas con una persona de apoyo, solo las personas de apoyo pueden leer lo que escribes. Lo que escribes se borra cuando termina ese chat.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Hay cosas de las que no podemos protegerte. Quien tenga tu teléfono en la mano puede ver este chat y el historial de tu navegador. Una app espía en tu teléfono puede ver todo lo que escribes. Quien controla la red Wi-Fi o tu red de teléfono puede ver que visitaste este sitio. No puede ver lo que escribiste. Si puedes, usa un teléfono que solo uses tú, y una ventana privada del navegador. Si crees que alguien revisa tu teléfono, llama desde otro teléfono a uno de los contactos en «Hablar con una persona».
    .telegram = Hay cosas de las que no podemos protegerte. Telegram guarda sus propios registros: sabe que tu cuenta escribió a este bot, y cuándo. Quien tenga tu teléfono en la mano puede ver este chat. Una app espía en tu teléfono puede ver todo lo que escribes. Quien controla la red Wi-Fi o tu red de teléfono puede ver que usas Telegram. Si puedes, usa un teléfono que solo uses tú, y después elimina este chat. Si crees que alguien revisa tu teléfono, llama desde otro teléfono a uno de los contactos en «Hablar con una persona».
privacy-ask = ¿Qué quieres hacer ahora?
privacy-menu = Volver al menú principal
