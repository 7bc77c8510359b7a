# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Thật tốt khi bạn ở đây. Lo lắng cho một người là điều không dễ dàng.
family-intro-2 = Những người bị bóc lột thường không xem mình là nạn nhân. Họ có thể sợ điều có thể xảy ra với họ hoặc gia đình họ.
family-ask = Bạn muốn biết điều gì?
family-signs = Những dấu hiệu cần để ý
family-help = Tôi có thể giúp thế nào
family-rights = Quyền của họ ở Thụy Điển
family-next-ask = Bạn còn muốn biết gì nữa?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Một số dấu hiệu: người khác giữ hộ chiếu hoặc thẻ căn cước của họ. Họ nợ tiền, và món nợ cứ tăng lên. Họ không được tự do đi lại, hoặc luôn bị theo dõi.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Họ làm việc rất nhiều giờ mỗi ngày mà lương rất ít hoặc không có lương. Công việc không như đã hứa, hoặc họ phải nộp tiền mỗi ngày. Chỉ một dấu hiệu thì không chứng minh được điều gì.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Hãy lắng nghe mà không phán xét. Đừng ép họ bỏ đi hay đi báo cảnh sát. Sự ép buộc có thể khiến họ gặp nguy hiểm. Họ là người quyết định.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Khi an toàn, bạn có thể kể cho họ về cuộc trò chuyện này. Nếu đó là trẻ em dưới 18 tuổi, hãy liên hệ cơ quan xã hội. Nếu có ai đang gặp nguy hiểm ngay bây giờ, hãy gọi 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Nếu trong công việc bạn gặp những người có thể đang bị bóc lột, bạn có thể được tư vấn. Thụy Điển có một đường dây hỗ trợ quốc gia và một cẩm nang cho người làm chuyên môn. Các điều phối viên khu vực về phòng chống mại dâm và mua bán người cũng có thể giúp.
professional-ask = Bạn muốn biết điều gì?
professional-next-ask = Bạn còn muốn biết gì nữa?
professional-signs = Những dấu hiệu cần để ý
professional-act = Tôi có thể làm gì
professional-children = Trẻ em và nghĩa vụ báo cáo
professional-rights = Quyền của người bị bóc lột
professional-support = Đường dây hỗ trợ và cẩm nang
professional-coordinators = Điều phối viên khu vực
professional-region-ask = Bạn làm việc ở đâu tại Thụy Điển? Hãy chọn một khu vực.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Các điều phối viên khu vực về phòng chống mại dâm và mua bán người tư vấn cho người làm chuyên môn. Đây là các liên hệ ở khu vực bạn đã chọn.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Dấu hiệu có thể là người khác giữ hộ chiếu hoặc thẻ căn cước của người đó. Người đó có một khoản nợ cứ tăng lên. Họ hoặc gia đình họ bị đe dọa, ví dụ bị dọa tố cáo với cơ quan nhà nước.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Người đó không thể nghỉ việc hay tự do đi lại, và có thể sống ở nhà chủ. Họ làm việc rất nhiều giờ mỗi ngày với lương thấp hoặc không có lương. Hoặc họ phải nộp một khoản tiền mỗi ngày. Có dấu hiệu của bạo lực, sợ hãi hoặc lo âu.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Người bị bóc lột hiếm khi xem mình là nạn nhân, và hiếm khi xin giúp đỡ bằng những từ đó. Chỉ một dấu hiệu thì không chứng minh được điều gì. Hãy nhìn toàn bộ tình hình.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Hãy cho người đó biết về quyền lợi và sự hỗ trợ của họ. Hãy để người trưởng thành tự quyết định. Sự hỗ trợ không được phụ thuộc vào việc hợp tác với cảnh sát. Hãy hỏi ý kiến đường dây hỗ trợ hoặc một điều phối viên khu vực. Nếu có ai đang gặp nguy hiểm, hãy gọi 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Bạn có thể có nghĩa vụ báo cho cơ quan xã hội nếu nghi ngờ một đứa trẻ đang bị tổn hại. Việc này gọi là orosanmälan. Ví dụ, nghĩa vụ này áp dụng cho tất cả những ai làm việc trong trường học.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Khi đó, cơ quan xã hội phải tìm hiểu ngay đứa trẻ cần được bảo vệ như thế nào. Với trẻ em, đó vẫn là mua bán người dù không có đe dọa hay lừa dối. Nếu đứa trẻ đang gặp nguy hiểm ngay bây giờ, hãy gọi 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Ở đây bạn có thể tìm một người để liên hệ. Bạn tự quyết định muốn nói gì. Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi 112.
human-region-ask = Bạn đang ở đâu tại Thụy Điển? Hãy chọn một khu vực, hoặc chọn “Tôi không biết”.
contacts-intro = Đây là những nơi bạn có thể liên hệ. Bạn tự quyết định muốn nói gì, và có nói tên mình hay không.
contacts-ask = Bây giờ bạn muốn làm gì?
contacts-other-region = Chọn khu vực khác
contacts-rights = Quyền của tôi
