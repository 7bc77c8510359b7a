# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Start again
tg-cmd-language = Change language
tg-cmd-menu = Main menu
tg-cmd-help = Help
tg-cmd-human = Talk to a person
tg-cmd-forget = Erase this chat

tg-help = Press the buttons to answer. /menu shows the main menu, /language changes the language, /human shows who you can talk to. /forget erases this conversation and deletes its messages.
tg-text-only = I can only read text here. Please use the buttons.
tg-group = Sorry, I only talk in private chats. In a group, other people can read what you write. Please write to me directly. I am leaving this group now.
tg-forgotten = The conversation is erased, and its messages are deleted. You can also delete this chat in Telegram.
tg-forget-partial = The conversation is erased. Telegram does not let me delete messages older than 48 hours, so { $count ->
        [one] one message is
       *[other] { $count } messages are
    } still here. Please delete this chat yourself in Telegram: press and hold the chat, then choose Delete.
tg-forget-nothing = There is nothing saved about you here. To remove old messages, delete this chat in Telegram: press and hold the chat, then choose Delete.
# After a receipt code was read: the person's message holding it is deleted from the chat,
# so someone who looks at the phone later does not find it there (issue 23).
tg-mailbox-code-deleted = I deleted your message with the code from this chat.
