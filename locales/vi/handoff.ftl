# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Một nhân viên hỗ trợ trong nhóm của khu vực có thể trò chuyện với bạn ở đây. Người đó sẽ thấy ngôn ngữ, khu vực của bạn và các câu trả lời bạn đã chọn trong cuộc trò chuyện này. Người đó cũng sẽ thấy những gì bạn viết từ bây giờ. Những gì bạn viết sẽ bị xóa khi cuộc trò chuyện kết thúc.
    .telegram = Một nhân viên hỗ trợ trong nhóm của khu vực có thể trò chuyện với bạn ở đây. Người đó sẽ thấy ngôn ngữ, khu vực của bạn và các câu trả lời bạn đã chọn. Người đó cũng sẽ thấy những gì bạn viết từ bây giờ. Chúng tôi xóa những gì bạn viết khi cuộc trò chuyện kết thúc. Các tin nhắn vẫn còn trong cuộc trò chuyện Telegram này. /forget xóa chúng, trừ các tin nhắn cũ hơn 48 giờ.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Nếu bạn dưới 18 tuổi, nhân viên hỗ trợ có thể phải báo về bạn cho cơ quan xã hội (socialtjänsten). Việc này gọi là orosanmälan. Việc báo này là để cơ quan xã hội có thể bảo vệ bạn. Bạn vẫn tự quyết định muốn kể điều gì.
handoff-consent-ask = Bạn có muốn trò chuyện với một người ngay bây giờ không?
handoff-consent-yes = Có, tôi muốn trò chuyện
handoff-consent-contacts = Không, cho tôi xem số điện thoại
handoff-waiting-ask = Hãy viết tin nhắn của bạn ở dưới. Nhân viên hỗ trợ sẽ thấy tin nhắn. Bạn có thể dừng bất cứ lúc nào.
handoff-leave = Rời cuộc trò chuyện với nhân viên hỗ trợ
handoff-fallback-intro = Hiện chưa có ai trả lời được. Đây là những cách khác để nhận giúp đỡ.
handoff-fallback-ask = Bạn muốn tiếp tục chờ hay dừng lại?
handoff-keep-waiting = Tiếp tục chờ
handoff-queued =
    { $position ->
        [1] Bạn là người đầu tiên trong hàng chờ. Nhân viên hỗ trợ sẽ trả lời sớm nhất có thể.
       *[other] Bạn đang ở vị trí số { $position } trong hàng chờ. Nhân viên hỗ trợ sẽ trả lời sớm nhất có thể.
    }
handoff-connected = Nhân viên hỗ trợ đã ở đây. Bạn có thể viết cho người đó.
handoff-transferred = Bạn đang được chuyển sang một đồng nghiệp ở nhóm khác. Hãy ở lại trong cuộc trò chuyện này.
handoff-ended = Cuộc trò chuyện với nhân viên hỗ trợ đã kết thúc. Những gì bạn viết đã bị xóa.
handoff-unavailable = Hiện không có ai trò chuyện được ở đây. Đây là những người bạn có thể liên hệ.
handoff-staff-label = Nhân viên hỗ trợ
handoff-person-left = Người đó đã rời cuộc trò chuyện.
handoff-transferred-from = Được chuyển từ { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Xin chào. Tôi là nhân viên hỗ trợ. Tôi ở đây để lắng nghe bạn. Bạn tự quyết định sẽ kể gì với tôi.
canned-moment = Cảm ơn bạn. Xin chờ tôi một chút.
canned-safe = Bây giờ bạn có an toàn không? Nếu bạn đang gặp nguy hiểm, hãy gọi 112.
canned-more = Tôi có thể giúp gì thêm cho bạn không?
canned-bye = Cảm ơn bạn đã viết. Bạn có thể quay lại cuộc trò chuyện này bất cứ lúc nào. Nếu bạn đang gặp nguy hiểm, hãy gọi 112.

## Page labels for the chat during a handoff.

ui-send = Gửi
ui-write = Viết tin nhắn
ui-staff = Nhân viên hỗ trợ
ui-position = Vị trí của bạn trong hàng chờ: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Nhóm phụ trách { $region } hiện không làm việc. Nhóm phụ trách { $team } có thể trả lời bạn.
handoff-overflow-wait = Chưa có ai trong nhóm phụ trách { $region } trả lời được. Nhóm phụ trách { $team } có thể trả lời bạn.
handoff-away =
    { $day ->
        [today] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc hôm nay lúc { $time } (giờ Thụy Điển).
        [tomorrow] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc ngày mai lúc { $time } (giờ Thụy Điển).
        [mon] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào thứ Hai lúc { $time } (giờ Thụy Điển).
        [tue] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào thứ Ba lúc { $time } (giờ Thụy Điển).
        [wed] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào thứ Tư lúc { $time } (giờ Thụy Điển).
        [thu] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào thứ Năm lúc { $time } (giờ Thụy Điển).
        [fri] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào thứ Sáu lúc { $time } (giờ Thụy Điển).
        [sat] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào thứ Bảy lúc { $time } (giờ Thụy Điển).
        [sun] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào Chủ nhật lúc { $time } (giờ Thụy Điển).
       *[other] Hiện không có ai trò chuyện được với bạn. Một nhóm sẽ bắt đầu làm việc vào ngày { $date } lúc { $time } (giờ Thụy Điển).
    }
handoff-away-unknown = Hiện không có ai trò chuyện được với bạn.
team-nord = vùng Bắc Thụy Điển
team-mitt = vùng Trung Thụy Điển
team-bergslagen = Bergslagen
team-stockholm = Stockholm và Gotland
team-ost = vùng Đông Thụy Điển
team-vast = vùng Tây Thụy Điển
team-syd = vùng Nam Thụy Điển
team-national = cả nước
