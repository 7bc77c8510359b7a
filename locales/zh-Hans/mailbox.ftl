# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = 给团队留言
mailbox-write-intro = 你可以给你所在地区的团队写一条消息，最多 2000 个字。请不要写你的名字、电话号码或地址。团队回来后会读到它，并在这里回复。
mailbox-write-ask = 请写下你的消息。
# The person's one reply to the team's answer.
mailbox-reply-intro = 你可以回复团队一次，最多 2000 个字。请不要写你的名字、电话号码或地址。
mailbox-reply-ask = 请写下你的回复。
mailbox-reply-sent = 你的回复已发送给团队。请以后用同一个代码回来，阅读他们的回答。
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = 你的消息已发送。你的代码：{ $code }。请把它写在安全的地方，或者记住它。任何拿到这个代码的人都能读到回答。请带着它回来，选择“我有代码”。你的消息和回答会在 { $days } 天后删除，或在你读到回答一天后删除。
    .telegram = 你的消息已发送。你的代码：{ $code }。请把它写在安全的地方，或者记住它。任何拿到这个代码的人都能读到回答。任何看到这个聊天的人都能看到代码。发送 /forget 会删除这里的消息。请回来并发送 /code 。你的消息和回答会在 { $days } 天后删除，或在你读到回答一天后删除。
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = 你现在想做什么？
mailbox-menu = 返回主菜单

## Coming back with a code

# The button at the start menu.
start-have-code = 我有代码
mailbox-code-ask = 请输入你的 16 位代码。
mailbox-waiting = 团队还没有回复。请以后带着你的代码再来。
mailbox-answer-intro = 团队的回答：
mailbox-opened-ask = 你现在想做什么？
mailbox-reply = 回复一次
mailbox-delete = 现在全部删除
mailbox-deleted = 你的消息和回答已被删除。

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = 发送这条消息吗？
ui-mailbox-confirm-yes = 是，发送
ui-mailbox-edit = 不，修改
ui-mailbox-code = 你的代码
ui-mailbox-open = 打开

## Telegram only

# The command list's entry for /code.
tg-cmd-code = 我有代码
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = 我们也可以把团队的回答发到这个聊天里。这样我们就要把这个聊天的一条加锁记录和你的消息一起保存。回答发出后，或你的消息被删除时，我们会删除它。
mailbox-telegram-deliver = 也把回答发到这个聊天
mailbox-telegram-deliver-set = 回答也会发到这个聊天里。

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = 没有消息使用这个代码。请检查数字，再试一次。
error-mailbox_empty = 请先写下你的消息。
error-mailbox_too_long = 太长了：最多 2000 个字。
error-mailbox_limited = 尝试的代码太多了。请等一会儿再试。
error-mailbox_replied = 你已经回复过一次了。请以后带着你的代码回来，看团队的回答。
error-mailbox_off = 现在无法在这里留言。
tg-mailbox-code-deleted = 我已从这个聊天中删除了你带有代码的消息。
