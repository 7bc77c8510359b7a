# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = 本地区团队的一位支援人员可以在这里和你聊天。支援人员会看到你的语言、你所在的地区，以及你在这个聊天中选择的答案。支援人员也会看到你从现在起写的内容。聊天结束时，你写的内容会被删除。
    .telegram = 本地区团队的一位支援人员可以在这里和你聊天。支援人员会看到你的语言、你所在的地区，以及你选择的答案。支援人员也会看到你从现在起写的内容。聊天结束时，我们会删除你写的内容。这些消息会留在这个 Telegram 聊天里。 /forget 会删除它们，但超过 48 小时的消息除外。
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = 如果你未满18岁，支援人员可能必须把你的情况告诉社会服务部门（socialtjänsten）。这叫做 orosanmälan。这样社会服务部门才能保护你。你仍然可以自己决定要说什么。
handoff-consent-ask = 你现在想和真人聊天吗？
handoff-consent-yes = 是的，我想聊
handoff-consent-contacts = 不，改为显示电话号码
handoff-waiting-ask = 请在下面写下你的消息。支援人员会看到。你可以随时停止。
handoff-leave = 离开与支援人员的聊天
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

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = 负责 { $region } 的团队现在不在工作时间。负责 { $team } 的团队可以回复你。
handoff-overflow-wait = 负责 { $region } 的团队还没有人能回复你。负责 { $team } 的团队可以回复你。
handoff-away =
    { $day ->
        [today] 现在没有人能和你聊天。 有一个团队会在今天 { $time }（瑞典时间）开始工作。
        [tomorrow] 现在没有人能和你聊天。 有一个团队会在明天 { $time }（瑞典时间）开始工作。
        [mon] 现在没有人能和你聊天。 有一个团队会在星期一 { $time }（瑞典时间）开始工作。
        [tue] 现在没有人能和你聊天。 有一个团队会在星期二 { $time }（瑞典时间）开始工作。
        [wed] 现在没有人能和你聊天。 有一个团队会在星期三 { $time }（瑞典时间）开始工作。
        [thu] 现在没有人能和你聊天。 有一个团队会在星期四 { $time }（瑞典时间）开始工作。
        [fri] 现在没有人能和你聊天。 有一个团队会在星期五 { $time }（瑞典时间）开始工作。
        [sat] 现在没有人能和你聊天。 有一个团队会在星期六 { $time }（瑞典时间）开始工作。
        [sun] 现在没有人能和你聊天。 有一个团队会在星期日 { $time }（瑞典时间）开始工作。
       *[other] 现在没有人能和你聊天。 有一个团队会在 { $date } { $time }（瑞典时间）开始工作。
    }
handoff-away-unknown = 现在没有人能和你聊天。
team-nord = 瑞典北部
team-mitt = 瑞典中部
team-bergslagen = Bergslagen
team-stockholm = Stockholm 和 Gotland
team-ost = 瑞典东部
team-vast = 瑞典西部
team-syd = 瑞典南部
team-national = 全国
