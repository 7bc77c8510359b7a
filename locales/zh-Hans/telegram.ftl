# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = 重新开始
tg-cmd-language = 更换语言
tg-cmd-menu = 主菜单
tg-cmd-help = 帮助
tg-cmd-human = 和真人交谈
tg-cmd-forget = 清除这个聊天

tg-help = 点按钮来回答。 /menu 显示主菜单， /language 更换语言， /human 显示你可以和谁交谈。 /forget 清除这段对话，并删除它的消息。
tg-text-only = 我在这里只能读文字。请使用按钮。
tg-group = 抱歉，我只在私聊中交谈。在群组里，别人能看到你写的内容。请直接给我发消息。我现在会离开这个群组。
tg-forgotten = 对话已清除，消息也已删除。你也可以在 Telegram 里删除这个聊天。
tg-forget-partial = 对话已清除。Telegram 不允许我删除超过 48 小时的消息，所以这里还留有 { $count } 条消息。请你自己在 Telegram 里删除这个聊天：长按这个聊天，然后选择“删除”（Delete）。
tg-forget-nothing = 这里没有保存任何关于你的信息。要删除旧消息，请在 Telegram 里删除这个聊天：长按这个聊天，然后选择“删除”（Delete）。
