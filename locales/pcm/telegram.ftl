# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Start am again
tg-cmd-language = Change di language
tg-cmd-menu = Main menu
tg-cmd-help = Help
tg-cmd-human = Tok to pesin
tg-cmd-forget = Delete dis chat

tg-help = Press di buttons to answer. /menu go show di main menu, /language go change di language, /human go show who you fit tok to. /forget go delete dis conversation and im messages.
tg-text-only = I fit read only text for here. Abeg use di buttons.
tg-group = Sorry, I dey tok only for private chat. For group, oda pipo fit read wetin you write. Abeg write to me direct. I dey comot from dis group now.
tg-forgotten = We don delete di conversation and im messages. You fit also delete dis chat for Telegram.
tg-forget-partial = We don delete di conversation. Telegram no dey allow me delete messages wey pass 48 hours, so { $count ->
        [one] one message
       *[other] { $count } messages
    } still dey here. Abeg delete dis chat by yourself for Telegram: press di chat and hold am, den choose Delete.
tg-forget-nothing = Notin wey we save about you dey here. To remove old messages, delete dis chat for Telegram: press di chat and hold am, den choose Delete.
