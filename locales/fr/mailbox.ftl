# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Laisser un message à l'équipe
mailbox-write-intro = Vous pouvez écrire un message à l'équipe de votre région, jusqu'à 2000 caractères. N'écrivez pas votre nom, votre numéro de téléphone ni votre adresse. L'équipe le lira à son retour et vous répondra ici.
mailbox-write-ask = Écrivez votre message.
# The person's one reply to the team's answer.
mailbox-reply-intro = Vous pouvez répondre une fois à l'équipe, jusqu'à 2000 caractères. N'écrivez pas votre nom, votre numéro de téléphone ni votre adresse.
mailbox-reply-ask = Écrivez votre réponse.
mailbox-reply-sent = Votre réponse est envoyée à l'équipe. Revenez plus tard avec le même code pour lire sa réponse.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Votre message est envoyé. Votre code : { $code }. Notez-le dans un endroit sûr, ou retenez-le. Toute personne qui a ce code peut lire la réponse. Revenez avec ce code et choisissez « J'ai un code ». Votre message et la réponse sont effacés après { $days ->
        [one] un jour
       *[other] { $days } jours
    }, ou un jour après que vous avez lu la réponse.
    .telegram = Votre message est envoyé. Votre code : { $code }. Notez-le dans un endroit sûr, ou retenez-le. Toute personne qui a ce code peut lire la réponse. Toute personne qui voit ce chat peut voir le code : /forget efface ses messages. Revenez et envoyez /code. Votre message et la réponse sont effacés après { $days ->
        [one] un jour
       *[other] { $days } jours
    }, ou un jour après que vous avez lu la réponse.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Que voulez-vous faire maintenant ?
mailbox-menu = Retour au menu principal

## Coming back with a code

# The button at the start menu.
start-have-code = J'ai un code
mailbox-code-ask = Écrivez votre code à 16 chiffres.
mailbox-waiting = L'équipe n'a pas encore répondu. Revenez plus tard avec votre code.
mailbox-answer-intro = La réponse de l'équipe :
mailbox-opened-ask = Que voulez-vous faire maintenant ?
mailbox-reply = Répondre une fois
mailbox-delete = Tout effacer maintenant
mailbox-deleted = Votre message et les réponses sont effacés.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Envoyer ce message ?
ui-mailbox-confirm-yes = Oui, l'envoyer
ui-mailbox-edit = Non, le modifier
ui-mailbox-code = Votre code
ui-mailbox-open = Ouvrir

## Telegram only

# The command list's entry for /code.
tg-cmd-code = J'ai un code
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Nous pouvons aussi envoyer la réponse de l'équipe dans ce chat. Nous devons alors garder une trace protégée de ce chat avec votre message. Nous l'effaçons quand la réponse est envoyée ou quand votre message est effacé.
mailbox-telegram-deliver = Envoyer aussi la réponse dans ce chat
mailbox-telegram-deliver-set = La réponse arrivera aussi dans ce chat.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Aucun message n'a ce code. Vérifiez les chiffres et réessayez.
error-mailbox_empty = Écrivez d'abord votre message, s'il vous plaît.
error-mailbox_too_long = C'est trop long : 2000 caractères au maximum.
error-mailbox_limited = Trop de codes ont été essayés. Attendez un moment, puis réessayez.
error-mailbox_replied = Vous avez déjà répondu une fois. Revenez plus tard avec votre code pour lire la réponse de l'équipe.
error-mailbox_off = Il n'est pas possible de laisser un message ici pour le moment.
tg-mailbox-code-deleted = J'ai effacé de ce chat votre message avec le code.
