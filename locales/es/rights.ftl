# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = ¿Sobre qué quieres saber? Elige un tema.
rights-reflection = Descansar y pensar (30 días)
rights-package = Apoyo que puedes pedir
rights-police = El apoyo y la policía
rights-punish = Si me obligaron a cometer un delito
rights-selling = Vender sexo y la ley
rights-stopped = Si la policía me para
rights-compensation = Indemnización y abogado
rights-children = Menores de 18 años
rights-return = Volver a mi país o quedarme
rights-work = Derechos en el trabajo
rights-forms = Distintos tipos de explotación
rights-support = Ayuda de organizaciones

right-next-ask = ¿Qué quieres hacer ahora?
right-more = Otros derechos
right-needs = Qué ayuda hay
human-choice = Buscar a alguien con quien hablar

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = El período de reflexión es para quien puede ser víctima de trata y no tiene derecho a estar en Suecia. Es un permiso de residencia temporal de al menos 30 días. Te da tiempo para descansar y para decidir si quieres ayudar en una investigación.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = No puedes solicitarlo por tu cuenta. Lo solicita quien dirige la investigación (förundersökningsledaren), o bien los servicios sociales. Decide la Agencia de Migración (Migrationsverket), y a veces el plazo se puede alargar. Pide ayuda a los servicios sociales o a una persona aquí.

# The rights package during the reflection period. (000, 004)
right-package-1 = Durante el período de reflexión tienes derecho a pedir apoyo. Puedes pedir un lugar seguro para vivir, asesoría legal e información, y la atención médica que necesites. También puedes pedir apoyo psicológico, un intérprete, y dinero u otra ayuda para el día a día. Este apoyo se llama "paquete de derechos".
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Los servicios sociales (socialtjänsten) del municipio donde estás son responsables del apoyo. Sin derecho a estar en Suecia, la ayuda es solo para situaciones urgentes. Puede ser una vivienda protegida mientras esperas el viaje de regreso. También puede ser un intérprete, apoyo psicológico o ayuda para acceder a la atención médica.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Tú decides si quieres denunciar algo a la policía. El apoyo no debe depender de que ayudes en una investigación o vayas a juicio.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Pero si vienes de otro país, en la práctica es más difícil. Para recibir todo el apoyo, normalmente necesitas un período de reflexión o un permiso durante una investigación. Otro camino es el Programa Nacional de Apoyo (Nationella stödprogrammet), a cargo de organizaciones de la sociedad civil.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = A algunas personas las obligan a robar, vender drogas o cometer otros delitos. Si sufres trata de personas, no deberían castigarte por delitos que te obligaron a cometer.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Si tienes miedo de lo que pueda pasar, habla primero con una persona. Puede ayudarte a entender tu situación antes de que decidas nada.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = En Suecia, vender sexo no es un delito. Comprar sexo sí es un delito. Quien comete el delito es quien compra, no tú.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Pero personas de otros países explotadas en la prostitución han sido detenidas y expulsadas. Lo que puede protegerte es un período de reflexión, un intérprete y ayuda legal.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = La policía ha detenido a personas de otros países, también cuando eran explotadas en la prostitución. Algunas han sido expulsadas.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Si la policía te para, puedes pedir un intérprete. Puedes decirles si alguien te ha amenazado o explotado. Entonces puedes tener derecho a un período de reflexión. También puedes pedir ayuda legal.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Quienes han sufrido trata de personas tienen derecho a pedir una indemnización. Puedes reclamar una indemnización a quien te hizo daño. También puedes solicitar la compensación para víctimas de delitos. No es seguro que recibas dinero.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = ¿Eres la parte perjudicada por un delito (målsägande)? Entonces puedes pedir tu propio abogado: un abogado para la parte perjudicada (målsägandebiträde). El abogado te ayuda durante la investigación y en el tribunal. No siempre se concede. Una persona de aquí puede ayudarte a pedirlo.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Si tienes menos de 18 años, los servicios sociales deben averiguar enseguida qué protección necesitas. Tienes derecho a recibir protección. Si estás en peligro ahora, llama al 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Con menores de 18 años, es trata de personas aunque nadie haya usado amenazas ni mentiras. La culpa nunca es del niño o la niña. Puedes hablar de esto con una persona aquí.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Si quieres volver a tu país, hay ayuda para volver de forma segura. La Organización Internacional para las Migraciones (OIM) tiene un programa de retorno, y Suecia contribuye a él.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = En algunos casos puedes quedarte en Suecia. Puede ser con un permiso de residencia temporal mientras participas en una investigación y un juicio. Una persona puede ayudarte a entender tus opciones.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = El trabajo forzoso, y el trabajo en condiciones claramente injustas, pueden ser un delito: explotación de personas (människoexploatering). Pasa, por ejemplo, en la construcción, la limpieza, los restaurantes, la agricultura, la recolección de bayas y en casas particulares.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = ¿No te pagaron, o te pagaron mucho menos de lo que te prometieron? Entonces puedes pedir ayuda para reclamar el sueldo que te deben, y una indemnización.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = La trata de personas y la explotación pueden tener muchas formas. Pueden tener que ver con sexo, trabajo o mendicidad. También puede ser que obliguen a alguien a robar o a cometer otros delitos.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = También puede ser un matrimonio forzado, o que alguien le quite órganos a una persona. Muchas personas sufren varias formas de explotación a la vez. Nunca es tu culpa.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Las organizaciones de la sociedad civil también apoyan a personas que no quieren contacto con las autoridades. El programa nacional de apoyo (Nationella stödprogrammet) tiene refugios y un centro para personas explotadas en la prostitución o la trata de personas.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = En Suecia hay coordinadores regionales contra la prostitución y la trata de personas. Pueden ayudarte a encontrar el apoyo adecuado.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = ¿Qué te ayudaría ahora? Elige una opción.
needs-legal = Asesoría legal en mi idioma
needs-psych = Hablar de cómo me siento
needs-material = Dinero o cosas que necesito
needs-authorities = Ayuda con las autoridades
needs-interpreter = Un intérprete
needs-housing = Un lugar seguro para vivir
needs-advice = Consejos sobre mi situación
needs-basic = Comida, ropa o higiene
needs-medical = Un médico o atención médica
needs-process = Apoyo en un caso policial o juicio
needs-return = Ayuda para volver a mi país
needs-school = Escuela para mis hijos

need-next-ask = ¿Qué quieres hacer ahora?
need-more = Otra cosa
need-rights = Mis derechos

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Puedes pedir asesoría legal e información en un idioma que entiendas. Las organizaciones de apoyo dan esta asesoría, también a personas sin permiso de residencia. Durante un período de reflexión, es parte del apoyo.
# Psychological support. (002, 000)
need-psych = Muchas personas necesitan a alguien con quien hablar. Puedes pedir apoyo psicológico. Es parte del paquete de derechos.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Puedes pedir apoyo material a los servicios sociales. Sin derecho a estar en Suecia, muchas veces es solo ayuda de emergencia, por ejemplo para comida o para el viaje de regreso. Las organizaciones de apoyo también pueden ayudar.
# Help in contact with authorities. (002)
need-authorities = Las autoridades pueden parecer difíciles y dar miedo. Las organizaciones de apoyo pueden acompañarte y ayudarte en el contacto con las autoridades.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Tienes derecho a pedir un intérprete. Los servicios sociales y las organizaciones de apoyo pueden ayudarte a conseguirlo. Durante un período de reflexión, es parte del apoyo.
# Safe housing. (002, 000, 001)
need-housing = Puedes pedir un lugar seguro para vivir. Los servicios sociales y las organizaciones de apoyo pueden ayudar con una vivienda protegida.
# Identification and initial advice. (002)
need-advice = Una persona puede escuchar lo que le cuentes. Puede ayudarte a entender tu situación y lo que puedes hacer. Tú decides qué quieres contar.
# Basic needs: food, hygiene. (002)
need-basic = Las organizaciones de apoyo pueden ayudarte con lo que necesitas cada día, como comida, ropa e higiene.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = Si es una emergencia, llama al 112. Puedes pedir la atención médica que necesitas. Los servicios sociales y las organizaciones de apoyo pueden ayudarte a llegar a la atención médica.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = ¿Hay una denuncia a la policía o un juicio? Si eres la parte perjudicada (målsägande), puedes pedir tu propio abogado (målsägandebiträde). No siempre se concede. Una persona de aquí puede ayudarte a pedirlo, y una organización puede apoyarte.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Si quieres volver a tu país, hay ayuda para volver de forma segura. Hay un programa para esto, a cargo de la OIM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Los niños y niñas tienen derecho a ir a la escuela. Los servicios sociales pueden ayudar con lo que necesitan tus hijos.

need-person = También puedes hablar de esto con una persona. Tú decides qué quieres contar.
