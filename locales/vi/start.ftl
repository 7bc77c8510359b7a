# The way in: language, promise, safety, who is writing, main menu.

language-ask = Hãy chọn ngôn ngữ của bạn.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Xin chào. Ở đây bạn có thể hỏi về sự giúp đỡ và quyền của bạn. Bạn không cần cho biết tên. Chúng tôi không lưu bạn là ai. Nếu bạn trò chuyện với nhân viên hỗ trợ, những gì bạn viết sẽ bị xóa khi cuộc trò chuyện đó kết thúc.
    .telegram = Xin chào. Ở đây bạn có thể hỏi về sự giúp đỡ và quyền của mình. Bạn không cần nói tên. Chúng tôi không lưu bạn là ai. Nhưng cuộc trò chuyện vẫn còn trên điện thoại của bạn và trên máy chủ của Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = Bạn có thể rời đi nhanh bất cứ lúc nào: bấm “Thoát” ở trên cùng, hoặc bấm phím Escape. Khi đó cuộc trò chuyện sẽ đóng lại và bị xóa. Nhưng lịch sử trình duyệt có thể cho thấy bạn đã vào đây. Hãy quay lại khi bạn ở một mình, tốt nhất là trong cửa sổ ẩn danh của trình duyệt.
    .basic = Bạn có thể rời đi nhanh bất cứ lúc nào: bấm “Thoát” ở trên cùng. Khi đó cuộc trò chuyện sẽ đóng lại và bị xóa. Nhưng lịch sử trình duyệt có thể cho thấy bạn đã vào đây. Hãy quay lại khi bạn ở một mình, tốt nhất là trong cửa sổ ẩn danh của trình duyệt.
    .telegram = Bạn có thể dừng bất cứ lúc nào: gửi /forget, hoặc chọn “Xóa tất cả và đóng”. Khi đó cuộc trò chuyện sẽ bị xóa. Nhưng /forget không thể xóa tin nhắn cũ hơn 48 giờ. Ai nhìn thấy điện thoại của bạn cũng có thể thấy cuộc trò chuyện trong Telegram. Hãy quay lại khi bạn ở một mình, và xóa cuộc trò chuyện sau đó.
    .touch = Bạn có thể rời đi nhanh bất cứ lúc nào: bấm “Thoát” ở trên cùng. Khi đó cuộc trò chuyện sẽ đóng lại và bị xóa. Nhưng lịch sử trình duyệt có thể cho thấy bạn đã vào đây. Hãy quay lại khi bạn ở một mình, tốt nhất là trong cửa sổ ẩn danh của trình duyệt.
promise-ask = Chúng ta bắt đầu nhé?
promise-ok = Có, bắt đầu

## Safety first

safety-ask = Bây giờ bạn có an toàn không?
safety-yes = Có, bây giờ tôi an toàn
safety-no = Không, tôi đang gặp nguy hiểm
safety-unsure = Tôi không chắc

danger-112 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi 112. Cuộc gọi miễn phí. 112 là số khẩn cấp để gọi cảnh sát, xe cấp cứu và cứu hỏa.
danger-discreet = Nếu có người có thể nhìn thấy điện thoại của bạn, hãy rời cuộc trò chuyện này bằng nút “Thoát”. Hãy quay lại khi bạn ở một mình. Số của cảnh sát khi không khẩn cấp là 114 14.
    .telegram = Nếu có người có thể nhìn thấy điện thoại của bạn, hãy gửi /forget để xóa cuộc trò chuyện này. Hãy quay lại khi bạn ở một mình. Số của cảnh sát khi không khẩn cấp là 114 14.
danger-ask = Bây giờ bạn muốn làm gì?
danger-continue = Tiếp tục trò chuyện
danger-human = Tìm một người để nói chuyện

## Who is writing

who-ask = Bạn đang viết cho ai?
who-self = Cho bản thân tôi
who-other = Cho một người tôi lo lắng
who-work = Tôi gặp những người này khi làm việc
who-info = Tôi chỉ muốn tìm thông tin
who-child = Tôi dưới 18 tuổi

## Main menu

menu-ask = Bạn muốn làm gì?
menu-signs = Kiểm tra tình hình của tôi
menu-rights = Quyền của tôi ở Thụy Điển
menu-needs = Điều gì có thể giúp tôi bây giờ
menu-family = Tôi lo lắng cho một người
menu-professional = Dành cho người làm chuyên môn
menu-children = Tôi dưới 18 tuổi
menu-danger = Tôi đang gặp nguy hiểm
menu-privacy = Chúng tôi bảo vệ bạn thế nào

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = Chúng tôi không lưu tên, số điện thoại hay địa chỉ IP của bạn. Các câu trả lời của bạn sẽ bị xóa khi bạn kết thúc cuộc trò chuyện. Chúng cũng bị xóa khi bạn không viết gì trong một lúc. Nếu bạn trò chuyện với nhân viên hỗ trợ, chỉ nhân viên hỗ trợ mới đọc được những gì bạn viết. Những gì bạn viết sẽ bị xóa khi cuộc trò chuyện đó kết thúc.
    .telegram = Chúng tôi không lưu tên, tên người dùng hay số điện thoại của bạn. Các câu trả lời của bạn sẽ bị xóa khi bạn gửi /forget. Chúng cũng bị xóa khi bạn không viết gì trong một lúc. Nếu bạn trò chuyện với nhân viên hỗ trợ, chỉ nhân viên hỗ trợ mới đọc được những gì bạn viết. Những gì bạn viết sẽ bị xóa khi cuộc trò chuyện đó kết thúc.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Có những điều chúng tôi không thể bảo vệ bạn. Ai cầm điện thoại của bạn cũng có thể thấy cuộc trò chuyện này và lịch sử trình duyệt. Một ứng dụng gián điệp trên điện thoại có thể thấy mọi thứ bạn viết. Người quản lý mạng Wi-Fi hoặc mạng điện thoại của bạn có thể thấy bạn đã vào trang này. Họ không thể thấy bạn đã viết gì. Nếu có thể, hãy dùng điện thoại chỉ mình bạn dùng, và cửa sổ ẩn danh của trình duyệt. Nếu bạn nghĩ có người kiểm tra điện thoại của bạn, hãy dùng điện thoại khác gọi cho một trong các liên hệ ở mục "Nói chuyện với một người".
    .telegram = Có những điều chúng tôi không thể bảo vệ bạn. Telegram tự lưu dữ liệu riêng: Telegram biết tài khoản của bạn đã nhắn cho bot này, và vào lúc nào. Ai cầm điện thoại của bạn cũng có thể thấy cuộc trò chuyện này. Một ứng dụng gián điệp trên điện thoại có thể thấy mọi thứ bạn viết. Người quản lý mạng Wi-Fi hoặc mạng điện thoại của bạn có thể thấy bạn dùng Telegram. Nếu có thể, hãy dùng điện thoại chỉ mình bạn dùng, và xóa cuộc trò chuyện này sau đó. Nếu bạn nghĩ có người kiểm tra điện thoại của bạn, hãy dùng điện thoại khác gọi cho một trong các liên hệ ở mục "Nói chuyện với một người".
privacy-ask = Bây giờ bạn muốn làm gì?
privacy-menu = Quay lại menu chính
