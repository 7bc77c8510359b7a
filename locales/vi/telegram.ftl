# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Bắt đầu lại
tg-cmd-language = Đổi ngôn ngữ
tg-cmd-menu = Menu chính
tg-cmd-help = Trợ giúp
tg-cmd-human = Nói chuyện với một người
tg-cmd-forget = Xóa cuộc trò chuyện này

tg-help = Hãy bấm các nút để trả lời. /menu mở menu chính, /language đổi ngôn ngữ, /human cho biết bạn có thể nói chuyện với ai. /forget xóa cuộc trò chuyện này và các tin nhắn của nó.
tg-text-only = Ở đây tôi chỉ đọc được chữ. Hãy dùng các nút.
tg-group = Xin lỗi, tôi chỉ trò chuyện riêng. Trong nhóm, người khác có thể đọc những gì bạn viết. Hãy nhắn trực tiếp cho tôi. Bây giờ tôi sẽ rời khỏi nhóm này.
tg-forgotten = Cuộc trò chuyện đã được xóa, các tin nhắn cũng đã bị gỡ. Bạn cũng có thể xóa cuộc trò chuyện này trong Telegram.
tg-forget-partial = Cuộc trò chuyện đã được xóa. Telegram không cho tôi xóa tin nhắn cũ hơn 48 giờ, nên vẫn còn { $count } tin nhắn ở đây. Bạn hãy tự xóa cuộc trò chuyện này trong Telegram: nhấn giữ cuộc trò chuyện, rồi chọn “Xóa”.
tg-forget-nothing = Ở đây không có gì được lưu về bạn. Để gỡ các tin nhắn cũ, hãy xóa cuộc trò chuyện này trong Telegram: nhấn giữ cuộc trò chuyện, rồi chọn “Xóa”.
