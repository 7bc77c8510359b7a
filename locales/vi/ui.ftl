# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Tiếng Việt

## Global commands, offered at every step

nav-back = ← Quay lại
nav-menu = Menu chính
nav-language = Đổi ngôn ngữ
nav-human = Nói chuyện với một người
nav-end = Xóa tất cả và đóng

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Xin lỗi, tôi không hiểu. Hãy chọn một trong các lựa chọn.
error-pick_option = Ở đây tôi chỉ hiểu các nút. Hãy chọn một trong các lựa chọn.
error-bad_request = Xin lỗi, tin nhắn đó bị lỗi. Hãy thử lại.
error-too_long = Tin nhắn đó quá dài. Hãy chọn một trong các lựa chọn.
error-rate_limited = Có quá nhiều tin nhắn cùng lúc. Hãy chờ một chút rồi thử lại.
error-unavailable = Xin lỗi, hiện cuộc trò chuyện không hoạt động. Nếu bạn đang gặp nguy hiểm, hãy gọi 112.
error-session_expired = Cuộc trò chuyện trước của bạn đã bị xóa, vì đã im lặng một lúc. Chúng ta có thể bắt đầu lại.
error-no_session = Cuộc trò chuyện chưa bắt đầu. Hãy bắt đầu lại.
error-reconnecting = Cuộc trò chuyện đang khởi động lại và sẽ kết nối lại sau giây lát.

## Page labels

ui-exit = Thoát
ui-restart = Bắt đầu lại
ui-connecting = Đang kết nối…
ui-log = Cuộc trò chuyện
# The page's header: what this is, in the person's language.
ui-title = Trò chuyện hỗ trợ ẩn danh
# Opens the promise below, inside the page.
ui-privacy = Chúng tôi bảo vệ bạn thế nào
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Bạn không cần nói tên. Chúng tôi không bao giờ hỏi tên bạn.
    Chúng tôi không lưu tên, số điện thoại hay địa chỉ IP của bạn.
    Các câu trả lời của bạn sẽ bị xóa khi bạn kết thúc cuộc trò chuyện hoặc bấm “Thoát”.
    Chúng cũng bị xóa khi bạn không viết gì trong một lúc.
    Nếu bạn trò chuyện với nhân viên hỗ trợ, chỉ nhân viên hỗ trợ mới đọc được những gì bạn viết.
    Những gì bạn viết sẽ bị xóa khi cuộc trò chuyện đó kết thúc.
    Chúng tôi chỉ đếm có bao nhiêu người chọn một câu trả lời. Chúng tôi không bao giờ ghi lại đó là ai.
    Nếu có người xem điện thoại của bạn, chúng tôi không thể ngăn họ.
    Lịch sử trình duyệt của bạn có thể cho thấy bạn đã vào trang này. Nếu có thể, hãy dùng cửa sổ ẩn danh của trình duyệt.
    Văn bản này do máy tính dịch và đang được một người kiểm tra. Nếu có gì chưa rõ, nhân viên hỗ trợ có thể giúp bạn.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Hãy chọn một trong các câu trả lời ở trên.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Menu trò chuyện
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Phiên bản đơn giản không dùng JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Muốn trò chuyện trực tiếp với một người, bạn cần phiên bản đầy đủ của trang này, có JavaScript. Thay vào đó, bạn có thể gọi một trong các số này.
ui-call-112 = Gọi 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Cuộc trò chuyện đã bị xóa. Chúng tôi chỉ giữ số đếm ẩn danh về các câu trả lời, không bao giờ giữ những gì bạn viết hay bạn là ai. Hãy giữ gìn sức khỏe. Bạn có thể quay lại bất cứ lúc nào.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Vùng Bắc (Norrbotten, Västerbotten, Jämtland, Västernorrland; ví dụ Umeå)
region-mitt = Vùng Trung (Uppsala, Västmanland, Gävleborg; ví dụ Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; ví dụ Örebro)
region-stockholm = Stockholm và Gotland
region-ost = Vùng Đông (Östergötland, Jönköping, Södermanland; ví dụ Linköping)
region-vast = Vùng Tây (Västra Götaland, Halland; ví dụ Göteborg)
region-syd = Vùng Nam (Skåne, Blekinge, Kronoberg, Kalmar; ví dụ Malmö)
region-national = Tôi không biết / Không muốn nói

## Contacts (filled from configuration)

contacts-heading = Liên hệ ở { $region }:
contacts-national-heading = Liên hệ trên toàn Thụy Điển:
contacts-none = Ở đây chưa có thông tin liên hệ nào. Bạn vẫn có thể nhận giúp đỡ: hãy gọi 112 khi khẩn cấp.
contacts-emergency = Khẩn cấp (cảnh sát, cấp cứu, cứu hỏa): 112. Cảnh sát, khi không khẩn cấp: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Giờ mở cửa: { $hours }
hours-always = mỗi ngày, cả ngày lẫn đêm
professional-heading = Hỗ trợ cho người làm chuyên môn:
professional-manual = Hướng dẫn cho người làm chuyên môn: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Số điện thoại của đường dây hỗ trợ chưa có trong cuộc trò chuyện này. Một điều phối viên khu vực có thể tư vấn cho bạn.

## Days, for opening hours

day-mon = T2
day-tue = T3
day-wed = T4
day-thu = T5
day-fri = T6
day-sat = T7
day-sun = CN

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Cuộc trò chuyện này có giúp được bạn không? Bạn có thể trả lời hoặc bỏ qua. Chúng tôi chỉ đếm số câu trả lời.
survey-yes = Có
survey-little = Một chút
survey-no = Không
survey-skip = Bỏ qua
survey-thanks = Cảm ơn bạn đã trả lời.
