# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Français

## Global commands, offered at every step

nav-back = ← Retour
nav-menu = Menu principal
nav-language = Changer de langue
nav-human = Parler à une personne
nav-end = Tout effacer et fermer

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Pardon, je n'ai pas compris. Choisissez une des options, s'il vous plaît.
error-pick_option = Ici, je peux seulement répondre aux boutons. Choisissez une des options, s'il vous plaît.
error-bad_request = Pardon, il y a eu un problème avec ce message. Réessayez, s'il vous plaît.
error-too_long = Ce message était trop long. Choisissez une des options, s'il vous plaît.
error-rate_limited = C'était beaucoup de messages à la fois. Attendez un moment, puis réessayez.
error-unavailable = Pardon, la discussion ne fonctionne pas en ce moment. Si vous êtes en danger, appelez le 112.
error-session_expired = Votre conversation précédente a été effacée, car il n'y a pas eu d'activité pendant un moment. Nous pouvons recommencer.
error-no_session = La conversation n'a pas encore commencé. Recommencez, s'il vous plaît.
error-reconnecting = Le chat redémarre et se reconnectera dans un instant.

## Page labels

ui-exit = Quitter
ui-restart = Recommencer
ui-connecting = Connexion…
ui-log = Discussion
# The page's header: what this is, in the person's language.
ui-title = Discussion d'aide anonyme
# Opens the promise below, inside the page.
ui-privacy = Comment nous vous protégeons
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Vous n'avez pas besoin de donner votre nom. Nous ne le demandons jamais.
    Nous n'enregistrons pas votre nom, votre numéro de téléphone ni votre adresse IP.
    Vos réponses sont effacées quand vous terminez la discussion ou quand vous appuyez sur « Quitter ».
    Elles sont aussi effacées quand vous n'avez pas écrit depuis un moment.
    Si vous discutez avec une personne de soutien, seules les personnes de soutien peuvent lire ce que vous écrivez.
    Ce que vous écrivez est effacé à la fin de cette discussion.
    Nous comptons seulement combien de personnes ont choisi une réponse. Nous ne notons jamais qui elles sont.
    Nous ne pouvons pas empêcher quelqu'un de regarder votre téléphone.
    L'historique de votre navigateur peut montrer que vous avez visité cette page. Si vous pouvez, utilisez une fenêtre de navigation privée.
    Ce texte a été traduit par un ordinateur et une personne est en train de le vérifier. Si quelque chose n'est pas clair, une personne de soutien peut vous aider.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Choisissez une des réponses ci-dessus.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Menu de la discussion
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Version simple sans JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Pour discuter en direct avec une personne, il faut la version complète de cette page, avec JavaScript. Vous pouvez appeler un de ces numéros à la place.
ui-call-112 = Appeler le 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = La conversation est effacée. Nous gardons seulement des nombres anonymes de réponses, jamais ce que vous avez écrit ni qui vous êtes. Prenez soin de vous. Vous pouvez revenir à tout moment.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Nord (Norrbotten, Västerbotten, Jämtland, Västernorrland ; p. ex. Umeå)
region-mitt = Centre (Uppsala, Västmanland, Gävleborg ; p. ex. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna ; p. ex. Örebro)
region-stockholm = Stockholm et Gotland
region-ost = Est (Östergötland, Jönköping, Södermanland ; p. ex. Linköping)
region-vast = Ouest (Västra Götaland, Halland ; p. ex. Göteborg)
region-syd = Sud (Skåne, Blekinge, Kronoberg, Kalmar ; p. ex. Malmö)
region-national = Je ne sais pas / Je ne veux pas dire

## Contacts (filled from configuration)

contacts-heading = Contacts dans la région { $region } :
contacts-national-heading = Contacts pour toute la Suède :
contacts-none = Aucun contact n'est encore enregistré ici. Vous pouvez quand même obtenir de l'aide : en cas d'urgence, appelez le 112.
contacts-emergency = Urgence (police, ambulance, pompiers) : 112. Police, hors urgence : 114 14.
contact-phone = { $name } : { $phone }
contact-url = { $name } : { $url }
contact-hours = Horaires : { $hours }
hours-always = tous les jours, 24 heures sur 24
professional-heading = Soutien pour les professionnels :
professional-manual = Guide pour les professionnels : { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Le numéro de la ligne de soutien n'est pas encore indiqué dans ce chat. Un coordinateur régional peut vous conseiller.

## Days, for opening hours

day-mon = lun.
day-tue = mar.
day-wed = mer.
day-thu = jeu.
day-fri = ven.
day-sat = sam.
day-sun = dim.

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Est-ce que cette discussion vous a été utile ? Vous pouvez répondre ou passer. Seul le nombre de réponses est compté.
survey-yes = Oui
survey-little = Un peu
survey-no = Non
survey-skip = Passer
survey-thanks = Merci d'avoir répondu.
