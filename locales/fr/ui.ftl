# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Français

## Global commands, offered at every step

nav-back = ← Retour
nav-menu = Menu principal
nav-language = Changer de langue
nav-human = Parler à une personne
nav-end = Terminer et effacer

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Pardon, je n'ai pas compris. Choisissez une des options, s'il vous plaît.
error-pick_option = Ici, je peux seulement répondre aux boutons. Choisissez une des options, s'il vous plaît.
error-bad_request = Pardon, il y a eu un problème avec ce message. Réessayez, s'il vous plaît.
error-too_long = Ce message était trop long. Choisissez une des options, s'il vous plaît.
error-rate_limited = C'était beaucoup de messages à la fois. Attendez un moment, puis réessayez.
error-unavailable = Pardon, la discussion ne fonctionne pas en ce moment. Si vous êtes en danger, appelez le 112.
error-session_expired = Votre conversation précédente a été effacée, car il n'y a pas eu d'activité pendant un moment. Nous pouvons recommencer.
error-no_session = La conversation n'a pas encore commencé. Recommencez, s'il vous plaît.

## Page labels

ui-exit = Quitter
ui-language = Langue
ui-restart = Recommencer
ui-connecting = Connexion…
ui-log = Discussion

## End and erase

ended = La conversation est effacée. Rien n'est enregistré. Prenez soin de vous. Vous pouvez revenir à tout moment.

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
professional-none = La ligne de soutien pour les professionnels n'est pas encore disponible ici.

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
