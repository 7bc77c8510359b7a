# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Recommencer
tg-cmd-language = Changer de langue
tg-cmd-menu = Menu principal
tg-cmd-help = Aide
tg-cmd-human = Parler à une personne
tg-cmd-forget = Effacer cette discussion

tg-help = Appuyez sur les boutons pour répondre. /menu affiche le menu principal, /language change la langue, /human montre à qui vous pouvez parler. /forget efface cette conversation et supprime ses messages.
tg-text-only = Ici, je peux seulement lire du texte. Merci d'utiliser les boutons.
tg-group = Pardon, je parle seulement dans les discussions privées. Dans un groupe, d'autres personnes peuvent lire ce que vous écrivez. Écrivez-moi directement, s'il vous plaît. Je quitte ce groupe maintenant.
tg-forgotten = La conversation est effacée, et ses messages sont supprimés. Vous pouvez aussi supprimer cette discussion dans Telegram.
tg-forget-partial = La conversation est effacée. Telegram ne me permet pas de supprimer les messages de plus de 48 heures. Il reste donc encore { $count ->
        [one] { $count } message
       *[other] { $count } messages
    } ici. Supprimez vous-même cette discussion dans Telegram : gardez le doigt appuyé sur la discussion, puis choisissez « Supprimer ».
tg-forget-nothing = Rien n'est enregistré sur vous ici. Pour enlever les anciens messages, supprimez cette discussion dans Telegram : gardez le doigt appuyé sur la discussion, puis choisissez « Supprimer ».
