# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = Để lại tin nhắn cho nhóm
mailbox-write-intro = Bạn có thể viết một tin nhắn cho nhóm ở khu vực của bạn, tối đa 2000 ký tự. Xin đừng viết tên, số điện thoại hoặc địa chỉ của bạn. Nhóm sẽ đọc khi họ quay lại và trả lời ở đây.
mailbox-write-ask = Hãy viết tin nhắn của bạn.
# The person's one reply to the team's answer.
mailbox-reply-intro = Bạn có thể trả lời nhóm một lần, tối đa 2000 ký tự. Xin đừng viết tên, số điện thoại hoặc địa chỉ của bạn.
mailbox-reply-ask = Hãy viết câu trả lời của bạn.
mailbox-reply-sent = Câu trả lời của bạn đã được gửi cho nhóm. Hãy quay lại sau với cùng mã đó để đọc câu trả lời của họ.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Tin nhắn của bạn đã được gửi. Mã của bạn: { $code }. Hãy ghi lại ở nơi an toàn, hoặc nhớ nó. Ai có mã này đều có thể đọc câu trả lời. Hãy quay lại với mã này và chọn “Tôi có mã”. Tin nhắn của bạn và câu trả lời sẽ bị xóa sau { $days } ngày, hoặc một ngày sau khi bạn đọc câu trả lời.
    .telegram = Tin nhắn của bạn đã được gửi. Mã của bạn: { $code }. Hãy ghi lại ở nơi an toàn, hoặc nhớ nó. Ai có mã này đều có thể đọc câu trả lời. Ai nhìn thấy cuộc trò chuyện này cũng có thể thấy mã: /forget xóa các tin nhắn ở đây. Hãy quay lại và gửi /code. Tin nhắn của bạn và câu trả lời sẽ bị xóa sau { $days } ngày, hoặc một ngày sau khi bạn đọc câu trả lời.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Bây giờ bạn muốn làm gì?
mailbox-menu = Quay lại menu chính

## Coming back with a code

# The button at the start menu.
start-have-code = Tôi có mã
mailbox-code-ask = Hãy viết mã 16 chữ số của bạn.
mailbox-waiting = Nhóm chưa trả lời. Hãy quay lại sau với mã của bạn.
mailbox-answer-intro = Câu trả lời của nhóm:
mailbox-opened-ask = Bây giờ bạn muốn làm gì?
mailbox-reply = Trả lời một lần
mailbox-delete = Xóa tất cả ngay
mailbox-deleted = Tin nhắn của bạn và các câu trả lời đã bị xóa.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Gửi tin nhắn này?
ui-mailbox-confirm-yes = Có, gửi đi
ui-mailbox-edit = Không, sửa lại
ui-mailbox-code = Mã của bạn
ui-mailbox-open = Mở

## Telegram only

# The command list's entry for /code.
tg-cmd-code = Tôi có mã
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Chúng tôi cũng có thể gửi câu trả lời của nhóm vào cuộc trò chuyện này. Khi đó chúng tôi phải giữ một ghi chú được khóa về cuộc trò chuyện này cùng với tin nhắn của bạn. Chúng tôi xóa ghi chú đó khi câu trả lời đã được gửi hoặc tin nhắn của bạn bị xóa.
mailbox-telegram-deliver = Gửi cả câu trả lời vào cuộc trò chuyện này
mailbox-telegram-deliver-set = Câu trả lời cũng sẽ được gửi vào cuộc trò chuyện này.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Không có tin nhắn nào có mã này. Hãy kiểm tra các chữ số và thử lại.
error-mailbox_empty = Hãy viết tin nhắn của bạn trước.
error-mailbox_too_long = Quá dài: tối đa 2000 ký tự.
error-mailbox_limited = Đã thử quá nhiều mã. Hãy chờ một lúc rồi thử lại.
error-mailbox_replied = Bạn đã trả lời một lần rồi. Hãy quay lại sau với mã của bạn để đọc câu trả lời của nhóm.
error-mailbox_off = Hiện không thể để lại tin nhắn ở đây.
tg-mailbox-code-deleted = Tôi đã xóa tin nhắn có mã của bạn khỏi cuộc trò chuyện này.
