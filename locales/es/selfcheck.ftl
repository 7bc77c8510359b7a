# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Te voy a hacer 9 preguntas cortas sobre tu situación. Responde solo lo que quieras. Puedes parar en cualquier momento. No te voy a pedir nombres, lugares ni documentos.
check-intro-ask = ¿Quieres empezar?
check-start = Sí, pregúntame
check-skip = No, muéstrame qué ayuda hay

answer-yes = Sí
answer-no = No
answer-unsure = No lo sé
check-stop = Parar aquí

# Identity documents taken or kept by someone else. (004)
sign-passport = Pregunta 1 de 9. ¿Alguien te quitó el pasaporte o el documento de identidad? ¿O alguien lo guarda "por ti"?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Pregunta 2 de 9. ¿Le debes dinero a la persona que te trajo aquí o que te consiguió el trabajo? ¿La deuda sigue creciendo?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Pregunta 3 de 9. ¿Alguien te amenazó a ti o a tu familia? ¿O amenazó con denunciarte a la policía o a la Agencia de Migración?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Pregunta 4 de 9. ¿Alguien te impide irte, dejar tu trabajo o ir adonde quieras? ¿Te vigilan cuando no estás trabajando?
# Must hand over all or most of the earnings. (004)
sign-money = Pregunta 5 de 9. ¿Tienes que darle a otra persona todo o casi todo el dinero que ganas?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Pregunta 6 de 9. ¿Vives donde trabajas, o con la persona para la que trabajas? ¿O no sabes la dirección?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Pregunta 7 de 9. ¿Trabajas días muy largos, sin días libres? ¿Te pagan muy poco, te retienen el sueldo o no te pagan nada?
# The work is not what was promised. (004)
sign-promise = Pregunta 8 de 9. ¿El trabajo es distinto del que te prometieron?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Pregunta 9 de 9. ¿Tienes que entregar una cantidad fija de dinero cada día, por ejemplo de mendigar o de robar? ¿Te castigan si no lo haces?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Las amenazas contra ti o contra tu familia son graves. Si hay peligro ahora para ti o para alguien de tu familia, llama al 112. Es gratis.
check-threats-ask = ¿Quieres seguir con las preguntas?
check-continue = Sí, seguir

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Gracias por responder. Responder que sí puede ser una señal de explotación o de trata de personas. Pero una sola señal no prueba nada. Si alguien te explota, puede ser un delito contra ti. No es tu culpa.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Tú decides qué pasa ahora. Puedes leer sobre tus derechos o hablar con una persona. Si estás en peligro ahora, llama al 112.
check-result-ask = ¿Qué quieres hacer?
result-rights = Leer sobre mis derechos
result-needs = Qué ayuda hay
