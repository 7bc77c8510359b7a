# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = 简体中文

## Global commands, offered at every step

nav-back = ← 返回
nav-menu = 主菜单
nav-language = 更换语言
nav-human = 和真人交谈
nav-end = 全部清除并关闭

## Errors: short, kind, and always followed by the question again

error-unknown_choice = 抱歉，我没有看懂。请从选项中选一个。
error-pick_option = 在这里我只能回应按钮。请从选项中选一个。
error-bad_request = 抱歉，这条消息出了问题。请再试一次。
error-too_long = 这条消息太长了。请从选项中选一个。
error-rate_limited = 一下子发得太多了。请稍等一会儿再试。
error-unavailable = 抱歉，聊天现在无法使用。如果你有危险，请拨打 112。
error-session_expired = 你之前的对话已被清除，因为有一段时间没有动静。我们可以重新开始。
error-no_session = 对话还没有开始。请重新开始。
error-reconnecting = 聊天正在重新启动，稍后会自动重新连接。

## Page labels

ui-exit = 退出
ui-restart = 重新开始
ui-connecting = 正在连接…
ui-log = 对话
# The page's header: what this is, in the person's language.
ui-title = 匿名求助聊天
# Opens the promise below, inside the page.
ui-privacy = 我们如何保护你
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    你不需要说出你的名字。我们从不问你的名字。
    我们不保存你的名字、电话号码或 IP 地址。
    当你结束聊天或点“退出”时，你的回答会被清除。
    如果你有一段时间没有写东西，你的回答也会被清除。
    如果你和支援人员聊天，只有支援人员能读到你写的内容。
    那次聊天结束时，你写的内容会被删除。
    我们只统计有多少人选了某个答案。我们从不记录是谁选的。
    如果有人查看你的手机，我们无法阻止。
    你的浏览器历史记录可能会显示你访问过这个页面。如果可以，请使用浏览器的隐私窗口。
    这段文字由计算机翻译，目前正在由人工检查。如果有不清楚的地方，支援人员可以帮助你。
# The text box, while the chat waits for a button to be pressed.
ui-hint = 请选择上面的一个答案。
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = 聊天菜单
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = 简易版（无需 JavaScript）
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = 要和真人实时聊天，需要使用这个页面的完整版，并开启 JavaScript。你也可以改为拨打下面的任一电话号码。
ui-call-112 = 拨打 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = 对话已删除。我们只保留匿名的回答数量，从不保存你写的内容或你是谁。请照顾好自己。你可以随时回来。

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = 北部（Norrbotten、Västerbotten、Jämtland、Västernorrland；例如 Umeå）
region-mitt = 中部（Uppsala、Västmanland、Gävleborg；例如 Uppsala）
region-bergslagen = Bergslagen（Örebro、Värmland、Dalarna；例如 Örebro）
region-stockholm = Stockholm 和 Gotland
region-ost = 东部（Östergötland、Jönköping、Södermanland；例如 Linköping）
region-vast = 西部（Västra Götaland、Halland；例如 Göteborg）
region-syd = 南部（Skåne、Blekinge、Kronoberg、Kalmar；例如 Malmö）
region-national = 我不知道 / 不想说

## Contacts (filled from configuration)

contacts-heading = { $region } 的联系方式：
contacts-national-heading = 全国性的联系方式：
contacts-none = 这里还没有设置联系方式。你仍然可以得到帮助：紧急情况请拨打 112。
contacts-emergency = 紧急情况（警察、救护车、消防）：112。警察（非紧急情况）：114 14。
contact-phone = { $name }：{ $phone }
contact-url = { $name }：{ $url }
contact-hours = 开放时间：{ $hours }
hours-always = 每天，全天候
professional-heading = 给专业人员的支援：
professional-manual = 专业人员指南：{ $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = 这个聊天里还没有列出支援热线的号码。地区协调员可以给你建议。

## Days, for opening hours

day-mon = 周一
day-tue = 周二
day-wed = 周三
day-thu = 周四
day-fri = 周五
day-sat = 周六
day-sun = 周日

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = 这次聊天对你有帮助吗？你可以回答，也可以跳过。我们只统计回答的数量。
survey-yes = 有帮助
survey-little = 有一点
survey-no = 没有帮助
survey-skip = 跳过
survey-thanks = 谢谢你的回答。
