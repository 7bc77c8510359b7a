# The way in: language, promise, safety, who is writing, main menu.

language-ask = Choisissez votre langue.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Bonjour. Ici, vous pouvez poser des questions sur l'aide et sur vos droits. Vous n'avez pas à donner votre nom. Nous n'enregistrons pas qui vous êtes. Si vous discutez avec une personne de soutien, ce que vous écrivez est effacé à la fin de cette discussion.
    .telegram = Bonjour. Ici, vous pouvez poser des questions sur l'aide et sur vos droits. Vous n'avez pas besoin de donner votre nom. Nous n'enregistrons pas qui vous êtes. Mais la discussion reste sur votre téléphone et sur les serveurs de Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = Vous pouvez partir vite à tout moment : appuyez sur « Quitter » en haut, ou sur la touche Échap (Esc). La discussion se ferme alors et elle est effacée. Mais l'historique de votre navigateur peut montrer que vous avez utilisé ce site. Revenez quand personne n'est avec vous, de préférence dans une fenêtre de navigation privée.
    .basic = Vous pouvez partir vite à tout moment : appuyez sur « Quitter » en haut. La discussion se ferme alors et elle est effacée. Mais l'historique de votre navigateur peut montrer que vous avez utilisé ce site. Revenez quand personne n'est avec vous, de préférence dans une fenêtre de navigation privée.
    .telegram = Vous pouvez arrêter à tout moment : envoyez /forget ou choisissez « Tout effacer et fermer ». La conversation est alors effacée. Mais /forget ne peut pas supprimer les messages de plus de 48 heures. Toute personne qui voit votre téléphone peut voir la discussion dans Telegram. Revenez quand personne n'est avec vous, et supprimez la discussion ensuite.
    .touch = Vous pouvez partir vite à tout moment : appuyez sur « Quitter » en haut. La discussion se ferme alors et elle est effacée. Mais l'historique de votre navigateur peut montrer que vous avez utilisé ce site. Revenez quand personne n'est avec vous, de préférence dans une fenêtre de navigation privée.
promise-ask = Voulez-vous commencer ?
promise-ok = Oui, commencer

## Safety first

safety-ask = Êtes-vous en sécurité en ce moment ?
safety-yes = Oui, je suis en sécurité maintenant
safety-no = Non, je suis en danger
safety-unsure = Je ne sais pas

danger-112 = Si vous êtes en danger maintenant, appelez le 112. C'est gratuit. Le 112 est le numéro d'urgence pour la police, l'ambulance et les pompiers.
danger-discreet = Si quelqu'un peut voir votre téléphone, quittez cette discussion avec « Quitter ». Revenez quand personne n'est avec vous. Le numéro de la police pour les cas non urgents est le 114 14.
    .telegram = Si quelqu'un peut voir votre téléphone, envoyez /forget pour effacer cette conversation. Revenez quand personne n'est avec vous. Le numéro de la police pour les cas non urgents est le 114 14.
danger-ask = Que voulez-vous faire maintenant ?
danger-continue = Continuer la discussion
danger-human = Trouver quelqu'un à qui parler

## Who is writing

who-ask = Pour qui écrivez-vous ?
who-self = Pour moi
who-other = Pour une personne qui m'inquiète
who-work = Je rencontre des gens au travail
who-info = Je veux juste des informations
who-child = J'ai moins de 18 ans

## Main menu

menu-ask = Que voulez-vous faire ?
menu-signs = Faire le point sur ma situation
menu-rights = Mes droits en Suède
menu-needs = Ce qui peut m'aider maintenant
menu-family = Je m'inquiète pour quelqu'un
menu-professional = Pour les professionnels
menu-children = J'ai moins de 18 ans
menu-danger = Je suis en danger
menu-privacy = Comment nous vous protégeons

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = Nous n'enregistrons pas votre nom, votre numéro de téléphone ni votre adresse IP. Vos réponses sont effacées quand vous terminez la discussion. Elles sont aussi effacées quand vous n'avez pas écrit depuis un moment. Si vous discutez avec une personne de soutien, seules les personnes de soutien peuvent lire ce que vous écrivez. Ce que vous écrivez est effacé à la fin de cette discussion.
    .telegram = Nous n'enregistrons pas votre nom, votre nom d'utilisateur ni votre numéro de téléphone. Vos réponses sont effacées quand vous envoyez /forget. Elles sont aussi effacées quand vous n'avez pas écrit depuis un moment. Si vous discutez avec une personne de soutien, seules les personnes de soutien peuvent lire ce que vous écrivez. Ce que vous écrivez est effacé à la fin de cette discussion.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Il y a des choses contre lesquelles nous ne pouvons pas vous protéger. Une personne qui a votre téléphone en main peut voir cette discussion et l'historique de votre navigateur. Une application espion sur votre téléphone peut voir tout ce que vous écrivez. Ceux qui gèrent le Wi-Fi ou votre réseau de téléphone peuvent voir que vous avez visité ce site. Ils ne peuvent pas voir ce que vous avez écrit. Si vous pouvez, utilisez un téléphone que personne d'autre n'utilise, et une fenêtre de navigation privée. Si vous pensez que quelqu'un contrôle votre téléphone, appelez depuis un autre téléphone un des contacts de « Parler à une personne ».
    .telegram = Il y a des choses contre lesquelles nous ne pouvons pas vous protéger. Telegram garde ses propres données : il sait que votre compte a écrit à ce bot, et quand. Une personne qui a votre téléphone en main peut voir cette discussion. Une application espion sur votre téléphone peut voir tout ce que vous écrivez. Ceux qui gèrent le Wi-Fi ou votre réseau de téléphone peuvent voir que vous utilisez Telegram. Si vous pouvez, utilisez un téléphone que personne d'autre n'utilise, et supprimez cette discussion ensuite. Si vous pensez que quelqu'un contrôle votre téléphone, appelez depuis un autre téléphone un des contacts de « Parler à une personne ».
privacy-ask = Que voulez-vous faire maintenant ?
privacy-menu = Retour au menu principal
