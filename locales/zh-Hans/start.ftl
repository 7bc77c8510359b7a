# The way in: language, promise, safety, who is writing, main menu.

language-ask = 请选择你的语言。

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = 你好。在这里你可以询问帮助和你的权利。你不需要说出你的名字。我们不保存你是谁。如果你和支援人员聊天，你写的内容会在那次聊天结束时删除。
    .telegram = 你好。你可以在这里询问有哪些帮助，以及你有哪些权利。你不需要说出你的名字。我们不保存你是谁。但聊天记录会留在你的手机上和 Telegram 的服务器上。
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = 你可以随时快速离开：点页面顶部的“退出”，或按 Esc 键。聊天就会关闭并被清除。但你的浏览器历史记录可能会显示你来过这里。请在你一个人的时候再回来，最好使用浏览器的隐私窗口。
    .basic = 你可以随时快速离开：点页面顶部的“退出”。聊天就会关闭并被清除。但你的浏览器历史记录可能会显示你来过这里。请在你一个人的时候再回来，最好使用浏览器的隐私窗口。
    .telegram = 你可以随时停止：发送 /forget，或选择“全部清除并关闭”。对话就会被清除。但是 /forget 无法删除超过 48 小时的消息。任何看到你手机的人，都能在 Telegram 里看到这个聊天。请在你一个人的时候再回来，用完后把这个聊天删除。
    .touch = 你可以随时快速离开：点页面顶部的“退出”。聊天就会关闭并被清除。但你的浏览器历史记录可能会显示你来过这里。请在你一个人的时候再回来，最好使用浏览器的隐私窗口。
promise-ask = 我们开始吗？
promise-ok = 好，开始

## Safety first

safety-ask = 你现在安全吗？
safety-yes = 是的，我现在安全
safety-no = 不，我有危险
safety-unsure = 我不确定

danger-112 = 如果你现在有危险，请拨打 112。打这个电话是免费的。112 是紧急电话，可以找警察、救护车和消防。
danger-discreet = 如果有人能看到你的手机，请点“退出”离开这个聊天。等你一个人的时候再回来。警察的非紧急电话是 114 14。
    .telegram = 如果有人能看到你的手机，请发送 /forget 删除这段对话。等你一个人的时候再回来。警察的非紧急电话是 114 14。
danger-ask = 你现在想做什么？
danger-continue = 继续聊天
danger-human = 找一个人聊聊

## Who is writing

who-ask = 你是为谁来咨询的？
who-self = 为我自己
who-other = 为我担心的人
who-work = 我在工作中会遇到这样的人
who-info = 我只是想了解信息
who-child = 我未满 18 岁

## Main menu

menu-ask = 你想做什么？
menu-signs = 看看我的情况
menu-rights = 我在瑞典的权利
menu-needs = 现在什么能帮到我
menu-family = 我在担心某个人
menu-professional = 面向专业人员
menu-children = 我未满 18 岁
menu-danger = 我有危险
menu-privacy = 我们如何保护你

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = 我们不保存你的名字、电话号码或 IP 地址。当你结束聊天时，你的回答会被清除。如果你有一段时间没有写东西，你的回答也会被清除。如果你和支援人员聊天，只有支援人员能读到你写的内容。那次聊天结束时，你写的内容会被删除。
    .telegram = 我们不保存你的名字、用户名或电话号码。当你发送 /forget 时，你的回答会被清除。如果你有一段时间没有写东西，你的回答也会被清除。如果你和支援人员聊天，只有支援人员能读到你写的内容。那次聊天结束时，你写的内容会被删除。
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = 有些事情我们无法保护你。拿着你手机的人，能看到这个聊天和你的浏览器历史记录。你手机上的间谍软件能看到你写的所有内容。管理 Wi-Fi 或你的手机网络的人，能看到你访问过这个网站。他们看不到你写了什么。 如果可以，请使用只有你一个人用的手机，并使用浏览器的隐私窗口。如果你认为有人检查你的手机，请用另一部手机打给“和真人交谈”里的联系方式。
    .telegram = 有些事情我们无法保护你。Telegram 有它自己的记录：它知道你的账号给这个机器人发过消息，也知道是什么时候。拿着你手机的人，能看到这个聊天。你手机上的间谍软件能看到你写的所有内容。管理 Wi-Fi 或你的手机网络的人，能看到你在使用 Telegram。 如果可以，请使用只有你一个人用的手机，用完后把这个聊天删除。如果你认为有人检查你的手机，请用另一部手机打给“和真人交谈”里的联系方式。
privacy-ask = 你现在想做什么？
privacy-menu = 返回主菜单
