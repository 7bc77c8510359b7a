# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Une personne de soutien de l'équipe de la région peut discuter avec vous ici. Elle verra votre langue, votre région et les réponses que vous avez choisies dans cette discussion. Elle verra aussi ce que vous écrivez à partir de maintenant. Ce que vous écrivez est effacé à la fin de la discussion.
    .telegram = Une personne de soutien de l'équipe de la région peut discuter avec vous ici. Elle verra votre langue, votre région et les réponses que vous avez choisies. Elle verra aussi ce que vous écrivez à partir de maintenant. Nous effaçons ce que vous écrivez à la fin de la discussion. Les messages restent dans cette discussion Telegram. /forget les supprime, sauf les messages de plus de 48 heures.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Si vous avez moins de 18 ans, la personne de soutien peut être obligée de parler de vous aux services sociaux (socialtjänsten). Cela s'appelle orosanmälan. C'est pour que les services sociaux puissent vous protéger. Vous décidez toujours de ce que vous voulez dire.
handoff-consent-ask = Voulez-vous discuter avec une personne maintenant ?
handoff-consent-yes = Oui, je veux discuter
handoff-consent-contacts = Non, voir les numéros de téléphone
handoff-waiting-ask = Écrivez votre message ci-dessous. La personne de soutien le verra. Vous pouvez arrêter à tout moment.
handoff-leave = Sortir de la discussion avec la personne de soutien
handoff-fallback-intro = Personne ne peut répondre pour le moment. Voici d'autres moyens d'obtenir de l'aide.
handoff-fallback-ask = Voulez-vous continuer à attendre, ou arrêter ?
handoff-keep-waiting = Continuer à attendre
handoff-queued =
    { $position ->
        [1] Vous êtes la première personne dans la file d'attente. Une personne de soutien vous répondra dès que possible.
       *[other] Vous êtes numéro { $position } dans la file d'attente. Une personne de soutien vous répondra dès que possible.
    }
handoff-connected = Une personne de soutien est là maintenant. Vous pouvez lui écrire.
handoff-transferred = On vous transfère vers une personne d'une autre équipe. Restez dans cette discussion.
handoff-ended = La discussion avec la personne de soutien est terminée. Ce que vous avez écrit a été effacé.
handoff-unavailable = Personne ne peut discuter ici pour le moment. Voici des personnes que vous pouvez contacter.
handoff-staff-label = Personne de soutien
handoff-person-left = La personne a quitté la discussion.
handoff-transferred-from = Transfert depuis { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Bonjour. Je fais partie de l'équipe de soutien. Je suis là pour vous écouter. C'est vous qui décidez ce que vous me dites.
canned-moment = Merci. Un instant, s'il vous plaît.
canned-safe = Êtes-vous en sécurité en ce moment ? Si vous êtes en danger, appelez le 112.
canned-more = Est-ce que je peux vous aider pour autre chose ?
canned-bye = Merci d'avoir écrit. Vous pouvez revenir dans cette discussion à tout moment. Si vous êtes en danger, appelez le 112.

## Page labels for the chat during a handoff.

ui-send = Envoyer
ui-write = Écrivez un message
ui-staff = Personne de soutien
ui-position = Votre numéro dans la file d'attente : { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = L'équipe pour { $region } est fermée pour le moment. L'équipe pour { $team } peut vous répondre.
handoff-overflow-wait = Aucun membre de l'équipe pour { $region } n'a encore pu répondre. L'équipe pour { $team } peut vous répondre.
handoff-away =
    { $day ->
        [today] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre aujourd'hui à { $time } (heure de Suède).
        [tomorrow] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre demain à { $time } (heure de Suède).
        [mon] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre lundi à { $time } (heure de Suède).
        [tue] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre mardi à { $time } (heure de Suède).
        [wed] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre mercredi à { $time } (heure de Suède).
        [thu] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre jeudi à { $time } (heure de Suède).
        [fri] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre vendredi à { $time } (heure de Suède).
        [sat] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre samedi à { $time } (heure de Suède).
        [sun] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre dimanche à { $time } (heure de Suède).
       *[other] Personne ne peut discuter avec vous pour le moment. Une équipe ouvre le { $date } à { $time } (heure de Suède).
    }
handoff-away-unknown = Personne ne peut discuter avec vous pour le moment.
team-nord = le nord de la Suède
team-mitt = le centre de la Suède
team-bergslagen = Bergslagen
team-stockholm = Stockholm et Gotland
team-ost = l'est de la Suède
team-vast = l'ouest de la Suède
team-syd = le sud de la Suède
team-national = tout le pays
