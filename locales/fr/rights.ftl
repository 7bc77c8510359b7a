# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = Sur quel sujet voulez-vous des informations ? Choisissez-en un.
rights-reflection = Se reposer et réfléchir (30 jours)
rights-package = Le soutien que vous pouvez demander
rights-police = Le soutien et la police
rights-punish = Si on m'a fait commettre un délit
rights-selling = Vendre du sexe et la loi
rights-stopped = Si la police me contrôle
rights-compensation = Indemnisation et avocat
rights-children = Enfants de moins de 18 ans
rights-return = Rentrer dans mon pays ou rester
rights-work = Droits au travail
rights-forms = Différentes formes d'exploitation
rights-support = L'aide des associations

right-next-ask = Que voulez-vous faire maintenant ?
right-more = D'autres droits
right-needs = L'aide qui existe
human-choice = Trouver quelqu'un à qui parler

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = La période de réflexion concerne les personnes sans droit de séjour en Suède qui sont peut-être victimes de traite. C'est un permis de séjour temporaire d'au moins 30 jours. Elle vous donne le temps de vous reposer et de décider si vous voulez aider une enquête.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Vous ne pouvez pas faire la demande vous-même. La demande est faite par la personne qui dirige l'enquête (förundersökningsledaren), ou par les services sociaux. L'Office des migrations (Migrationsverket) décide, et la durée peut parfois être prolongée. Demandez de l'aide aux services sociaux, ou à une personne ici.

# The rights package during the reflection period. (000, 004)
right-package-1 = Pendant la période de réflexion, vous avez le droit de demander du soutien. Vous pouvez demander un logement sûr, des conseils juridiques, des informations et les soins dont vous avez besoin. Vous pouvez aussi demander un soutien psychologique, un interprète, et de l'argent ou une autre aide au quotidien. Ce soutien s'appelle le « paquet de droits ».
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Les services sociaux (socialtjänsten) de la commune où vous êtes sont responsables du soutien. Sans droit de rester en Suède, l'aide concerne seulement les situations urgentes. Cela peut être un logement protégé en attendant le voyage de retour. Cela peut aussi être un interprète, un soutien psychologique, ou de l'aide pour accéder aux soins.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = C'est vous qui décidez si vous voulez porter plainte à la police. Le soutien ne doit pas dépendre de votre aide à une enquête, ni de votre présence à un procès.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Mais si vous venez d'un autre pays, c'est plus difficile en pratique. Pour recevoir tout le soutien, il faut en général une période de réflexion ou un permis pendant une enquête. Une autre possibilité est le Programme national de soutien (Nationella stödprogrammet), géré par des associations de la société civile.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = On force certaines personnes à voler, à vendre de la drogue ou à commettre d'autres délits. Si vous subissez la traite des personnes, on ne devrait pas vous punir pour les délits commis sous la contrainte.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Si vous avez peur de ce qui pourrait arriver, parlez d'abord à une personne. Elle peut vous aider à comprendre votre situation avant toute décision.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = En Suède, vendre du sexe n'est pas un délit. Acheter du sexe est un délit. C'est la personne qui achète qui commet le délit, pas vous.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Mais des personnes venues d'autres pays et exploitées dans la prostitution ont été placées en rétention et expulsées. Ce qui peut vous protéger : une période de réflexion, un interprète et une aide juridique.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = La police a placé en rétention des personnes venues d'autres pays, même quand elles étaient exploitées dans la prostitution. Certaines ont été expulsées.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Si la police vous arrête, vous pouvez demander un interprète. Vous pouvez dire si quelqu'un vous menace ou vous exploite. Vous pouvez alors avoir droit à une période de réflexion. Vous pouvez aussi demander une aide juridique.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Les victimes de la traite des personnes ont le droit de demander une indemnisation. Vous pouvez réclamer des dommages et intérêts à la personne qui vous a fait du mal. Vous pouvez aussi demander l'indemnisation des victimes d'infractions. Il n'est pas certain que vous receviez de l'argent.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Êtes-vous la partie lésée dans un crime (målsägande) ? Alors vous pouvez demander votre propre avocat, un avocat pour la partie lésée (målsägandebiträde). L'avocat vous aide pendant l'enquête et au tribunal. Il n'est pas toujours accordé. Une personne ici peut vous aider à le demander.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Si vous avez moins de 18 ans, les services sociaux doivent chercher sans attendre de quelle protection vous avez besoin. Vous avez droit à une protection. Si vous êtes en danger maintenant, appelez le 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Pour un enfant, c'est de la traite des personnes même si personne n'a utilisé de menaces ou de mensonges. Ce n'est jamais la faute de l'enfant. Vous pouvez en parler ici avec une personne.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Si vous voulez rentrer dans votre pays, il existe de l'aide pour rentrer en sécurité. L'Organisation internationale pour les migrations (OIM) gère un programme de retour, et la Suède y contribue.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = Dans certains cas, vous pouvez rester en Suède. Par exemple avec un permis de séjour temporaire, pendant que vous participez à une enquête et à un procès. Une personne peut vous aider à comprendre vos choix.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Le travail forcé, et le travail dans des conditions clairement injustes, peuvent être un crime : l'exploitation des personnes (människoexploatering). Cela arrive par exemple dans le bâtiment, le nettoyage, les restaurants, l'agriculture, la cueillette de baies, les maisons privées.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Vous n'avez pas reçu de salaire, ou beaucoup moins que ce qu'on vous avait promis ? Vous pouvez alors demander de l'aide pour réclamer le salaire qu'on vous doit, et une indemnisation.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = La traite des personnes et l'exploitation peuvent prendre différentes formes. Cela peut concerner le sexe, le travail ou la mendicité. Il peut aussi s'agir de forcer quelqu'un à voler ou à commettre d'autres délits.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Il peut aussi s'agir d'un mariage forcé, ou de quelqu'un qui prend les organes d'une personne. Beaucoup de personnes sont exploitées de plusieurs façons à la fois. Ce n'est jamais de votre faute.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Des associations de la société civile aident aussi les personnes qui ne veulent pas de contact avec les autorités. Le programme national de soutien (Nationella stödprogrammet) a des foyers protégés et un centre pour les personnes exploitées dans la prostitution ou la traite des personnes.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = En Suède, il y a des coordinateurs régionaux contre la prostitution et la traite des personnes. Ils peuvent vous aider à trouver le bon soutien.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Qu'est-ce qui vous aiderait maintenant ? Choisissez une réponse.
needs-legal = Conseils juridiques dans ma langue
needs-psych = Parler de ce que je ressens
needs-material = Argent ou choses dont j'ai besoin
needs-authorities = Aide avec les autorités
needs-interpreter = Un interprète
needs-housing = Un endroit sûr où vivre
needs-advice = Conseils sur ma situation
needs-basic = Nourriture, vêtements ou hygiène
needs-medical = Un médecin ou des soins
needs-process = Aide pour une enquête ou un procès
needs-return = Aide pour rentrer dans mon pays
needs-school = L'école pour mes enfants

need-next-ask = Que voulez-vous faire maintenant ?
need-more = Autre chose
need-rights = Mes droits

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Vous pouvez demander des conseils juridiques et des informations dans une langue que vous comprenez. Les associations d'aide donnent ces conseils, aussi aux personnes sans titre de séjour. Pendant une période de réflexion, cela fait partie du soutien.
# Psychological support. (002, 000)
need-psych = Beaucoup de personnes ont besoin de parler à quelqu'un. Vous pouvez demander un soutien psychologique. Cela fait partie du « paquet de droits ».
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Vous pouvez demander une aide matérielle aux services sociaux. Sans droit de rester en Suède, c'est souvent seulement une aide d'urgence, par exemple pour la nourriture ou le voyage de retour. Les associations d'aide peuvent aussi aider.
# Help in contact with authorities. (002)
need-authorities = Les autorités peuvent sembler difficiles et faire peur. Des associations d'aide peuvent vous accompagner et vous aider dans vos contacts avec les autorités.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Vous avez le droit de demander un interprète. Les services sociaux et les associations d'aide peuvent vous aider à en avoir un. Pendant une période de réflexion, cela fait partie du soutien.
# Safe housing. (002, 000, 001)
need-housing = Vous pouvez demander un endroit sûr où vivre. Les services sociaux et des associations d'aide peuvent vous aider pour un logement protégé.
# Identification and initial advice. (002)
need-advice = Une personne peut écouter ce que vous racontez. Elle peut vous aider à comprendre votre situation et ce que vous pouvez faire. C'est vous qui décidez ce que vous voulez dire.
# Basic needs: food, hygiene. (002)
need-basic = Des associations d'aide peuvent vous aider pour vos besoins de chaque jour, comme la nourriture, les vêtements et l'hygiène.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = En cas d'urgence, appelez le 112. Vous pouvez demander les soins dont vous avez besoin. Les services sociaux et les associations d'aide peuvent vous aider à accéder aux soins.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Y a-t-il une plainte à la police ou un procès ? Si vous êtes la partie lésée (målsägande), vous pouvez demander votre propre avocat (målsägandebiträde). Il n'est pas toujours accordé. Une personne ici peut vous aider à le demander, et une association peut vous soutenir.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Si vous voulez rentrer dans votre pays, il existe de l'aide pour rentrer en sécurité. Il y a un programme pour cela, géré par l'OIM.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Les enfants ont le droit d'aller à l'école. Les services sociaux peuvent aider pour ce dont vos enfants ont besoin.

need-person = Vous pouvez aussi parler de cela avec une personne. C'est vous qui décidez ce que vous voulez dire.
