# The way in: language, promise, safety, who is writing, main menu.

language-ask = Elige tu idioma.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Hola. Aquí puedes preguntar sobre la ayuda que hay y sobre tus derechos. No tienes que dar tu nombre. No guardamos lo que escribes ni quién eres.
    .telegram = Hola. Aquí puedes preguntar sobre la ayuda que hay y sobre tus derechos. No tienes que dar tu nombre. No guardamos quién eres. Pero el chat queda en tu teléfono y en los servidores de Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = Puedes salir rápido en cualquier momento: presiona "Salir" arriba, o la tecla Esc. Entonces el chat se cierra y se borra. Pero el historial de tu navegador puede mostrar que estuviste aquí. Vuelve cuando estés a solas, mejor en una ventana privada del navegador.
    .basic = Puedes salir rápido en cualquier momento: presiona "Salir" arriba. Entonces el chat se cierra y se borra. Pero el historial de tu navegador puede mostrar que estuviste aquí. Vuelve cuando estés a solas, mejor en una ventana privada del navegador.
    .telegram = Puedes parar en cualquier momento: envía /forget o elige "Terminar y borrar". Entonces la conversación se borra. Pero /forget no puede eliminar mensajes de más de 48 horas. Quien vea tu teléfono puede ver el chat en Telegram. Vuelve cuando estés a solas, y después elimina el chat.
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
