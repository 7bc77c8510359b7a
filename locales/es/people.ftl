# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Es bueno que estés aquí. Preocuparse por alguien es duro.
family-intro-2 = Las personas explotadas muchas veces no se ven a sí mismas como víctimas. Pueden tener miedo de lo que les pueda pasar a ellas o a su familia.
family-ask = ¿Qué te gustaría saber?
family-signs = Señales a tener en cuenta
family-help = Cómo puedo ayudar
family-rights = Sus derechos en Suecia
family-next-ask = ¿Qué más te gustaría saber?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Algunas señales: otra persona guarda su pasaporte o su documento de identidad. La persona debe dinero, y la deuda sigue creciendo. No puede moverse con libertad, o alguien la vigila todo el tiempo.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Trabaja días muy largos por poco sueldo o sin sueldo. El trabajo no es el que le prometieron, o tiene que entregar dinero cada día. Una sola señal no demuestra nada.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Escucha sin juzgar. No insistas en que deje esa situación ni en que vaya a la policía. La presión puede poner a esa persona en peligro. Esa persona decide.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Cuando sea seguro, puedes hablarle de este chat. ¿Es una persona menor de 18 años? Ponte en contacto con los servicios sociales. Si alguien está en peligro ahora, llama al 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Si en tu trabajo tratas con personas que quizás son explotadas, puedes pedir consejo. En Suecia hay una línea de apoyo nacional y un manual para profesionales. Los coordinadores regionales contra la prostitución y la trata de personas también pueden ayudar.
professional-ask = ¿Qué te gustaría saber?
professional-next-ask = ¿Qué más te gustaría saber?
professional-signs = Señales a tener en cuenta
professional-act = Qué puedo hacer
professional-children = Menores y el deber de notificar
professional-rights = Derechos de las personas explotadas
professional-support = Línea de apoyo y manual
professional-coordinators = Coordinadores regionales
professional-region-ask = ¿En qué parte de Suecia trabajas? Elige una región.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Los coordinadores regionales contra la prostitución y la trata de personas aconsejan a profesionales. Aquí están los contactos de la región que elegiste.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Posibles señales: otra persona guarda el pasaporte o el documento de identidad de la persona. La persona tiene una deuda que no deja de crecer. Alguien amenaza a la persona o a su familia, por ejemplo con denunciarla ante las autoridades.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = La persona no puede dejar el trabajo ni moverse con libertad, y quizás vive con quien le da trabajo. Trabaja días muy largos por poco sueldo o sin sueldo, o tiene que entregar una cantidad cada día. Hay señales de violencia, miedo o ansiedad.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Las personas explotadas rara vez se ven a sí mismas como víctimas, y rara vez piden ayuda con esas palabras. Una sola señal no demuestra nada. Mira la situación completa.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Informa a la persona sobre sus derechos y el apoyo que existe. Si es una persona adulta, deja que decida por sí misma. El apoyo no debe depender de que colabore con la policía. Pide consejo a la línea de apoyo o a un coordinador regional. Si alguien está en peligro, llama al 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Puede que tengas el deber de avisar a los servicios sociales si sospechas que un niño o niña sufre daño. Esto se llama orosanmälan. Este deber se aplica, por ejemplo, a todas las personas que trabajan en una escuela.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Entonces los servicios sociales deben averiguar enseguida qué protección necesita el niño o niña. Con menores de 18 años, es trata de personas aunque no haya amenazas ni mentiras. Si el niño o niña está en peligro ahora, llama al 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Aquí puedes encontrar a alguien a quien contactar. Tú decides qué quieres contar. Si estás en peligro ahora, llama al 112.
human-region-ask = ¿En qué parte de Suecia estás? Elige una región, o "No lo sé".
contacts-intro = Aquí tienes a quién puedes contactar. Tú decides qué quieres contar, y si quieres dar tu nombre.
contacts-ask = ¿Qué quieres hacer ahora?
contacts-other-region = Elegir otra región
contacts-rights = Mis derechos
