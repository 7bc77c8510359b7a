# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = 本地区团队的一位支援人员可以在这里和你聊天。支援人员会看到你的语言、你所在的地区，以及你在这个聊天中选择的答案。支援人员也会看到你从现在起写的内容。聊天结束时，你写的内容会被删除。
    .telegram = 本地区团队的一位支援人员可以在这里和你聊天。支援人员会看到你的语言、你所在的地区，以及你选择的答案。支援人员也会看到你从现在起写的内容。聊天结束时，我们会删除你写的内容。这些消息会留在这个 Telegram 聊天里。 /forget 会删除它们，但超过 48 小时的消息除外。
handoff-consent-ask = 你现在想和真人聊天吗？
handoff-consent-yes = 是的，我想聊
handoff-consent-contacts = 不，改为显示电话号码
handoff-waiting-ask = 请在下面写下你的消息。支援人员会看到。你可以随时停止。
handoff-leave = 停止聊天
handoff-fallback-intro = 现在没有人能回复。这里有其他获得帮助的方式。
handoff-fallback-ask = 你想继续等，还是停止？
handoff-keep-waiting = 继续等
handoff-queued =
    { $position ->
        [1] 你排在第一位。支援人员会尽快回复你。
       *[other] 你排在第 { $position } 位。支援人员会尽快回复你。
    }
handoff-connected = 支援人员现在来了。你可以给对方写消息。
handoff-transferred = 你正在被转给另一个团队的同事。请留在这个聊天里。
handoff-ended = 和支援人员的聊天已经结束。你写的内容已被删除。
handoff-unavailable = 现在没有人能在这里聊天。下面是你可以联系的人。
handoff-staff-label = 支援人员
handoff-person-left = 对方已离开聊天。
handoff-transferred-from = 从 { $region } 转来。

## Canned replies for staff, sent in the person's language.

canned-hello = 你好。我是支援人员。我在这里听你说。你想告诉我什么，由你决定。
canned-moment = 谢谢。请稍等一下。
canned-safe = 你现在安全吗？如果你有危险，请拨打 112。
canned-more = 还有什么我可以帮你的吗？
canned-bye = 谢谢你发消息来。你可以随时回到这个聊天。如果你有危险，请拨打 112。

## Page labels for the chat during a handoff.

ui-send = 发送
ui-write = 写消息
ui-staff = 支援人员
ui-position = 你排在第 { $position } 位
