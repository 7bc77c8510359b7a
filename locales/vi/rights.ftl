# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = Bạn muốn biết về điều gì? Hãy chọn một mục.
rights-reflection = Nghỉ ngơi và suy nghĩ (30 ngày)
rights-package = Hỗ trợ bạn có thể yêu cầu
rights-police = Hỗ trợ và cảnh sát
rights-punish = Nếu có người ép tôi phạm tội
rights-selling = Bán dâm và pháp luật
rights-stopped = Nếu cảnh sát chặn tôi lại
rights-compensation = Bồi thường và luật sư
rights-children = Trẻ em dưới 18 tuổi
rights-return = Về nhà hay ở lại
rights-work = Quyền khi đi làm
rights-forms = Các hình thức bóc lột
rights-support = Giúp đỡ từ các tổ chức

right-next-ask = Bây giờ bạn muốn làm gì?
right-more = Các quyền khác
right-needs = Có những giúp đỡ nào
human-choice = Tìm một người để nói chuyện

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = “Thời gian suy nghĩ” dành cho những người có thể đã bị mua bán người và không có quyền ở lại Thụy Điển. Đó là giấy phép cư trú tạm thời ít nhất 30 ngày. Thời gian này giúp bạn nghỉ ngơi và quyết định có muốn giúp một cuộc điều tra hay không.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = Bạn không thể tự nộp đơn. Người phụ trách cuộc điều tra (förundersökningsledaren) hoặc cơ quan xã hội nộp đơn. Cơ quan Di trú (Migrationsverket) quyết định, và đôi khi thời gian này có thể được gia hạn. Hãy nhờ cơ quan xã hội, hoặc một người ở đây, giúp đỡ.

# The rights package during the reflection period. (000, 004)
right-package-1 = Trong thời gian suy nghĩ, bạn có quyền yêu cầu được hỗ trợ. Bạn có thể yêu cầu chỗ ở an toàn, tư vấn pháp lý và thông tin, và sự chăm sóc y tế bạn cần. Bạn cũng có thể yêu cầu hỗ trợ tâm lý, người phiên dịch, và tiền hoặc giúp đỡ khác cho cuộc sống hằng ngày. Sự hỗ trợ này gọi là “gói quyền lợi”.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = Cơ quan xã hội (socialtjänsten) của địa phương (kommun) nơi bạn đang ở chịu trách nhiệm hỗ trợ. Nếu không có quyền ở lại Thụy Điển, sự giúp đỡ chỉ dành cho tình huống khẩn cấp. Đó có thể là chỗ ở được bảo vệ trong lúc chờ về nhà. Cũng có thể là người phiên dịch, hỗ trợ tâm lý hoặc giúp liên hệ với cơ sở y tế.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = Bạn tự quyết định có báo cảnh sát hay không. Sự hỗ trợ không được phụ thuộc vào việc bạn có giúp điều tra hay ra tòa hay không.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = Nhưng nếu bạn đến từ nước khác, trên thực tế việc này khó hơn. Để nhận đầy đủ hỗ trợ, bạn thường cần có thời gian suy nghĩ hoặc giấy phép trong thời gian điều tra. Một con đường khác là Chương trình Hỗ trợ Quốc gia (Nationella stödprogrammet), do các tổ chức xã hội dân sự điều hành.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = Một số người bị ép ăn cắp, bán ma túy hoặc phạm các tội khác. Nếu bạn bị bóc lột trong mua bán người, bạn không nên bị phạt vì những tội mà bạn bị ép phải làm.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = Nếu bạn sợ điều có thể xảy ra, hãy nói chuyện với một người trước. Người đó có thể giúp bạn hiểu tình hình của mình trước khi bạn quyết định điều gì.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = Ở Thụy Điển, bán dâm không phải là tội. Mua dâm là tội. Người mua là người phạm tội, không phải bạn.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = Nhưng những người từ nước khác bị bóc lột trong mại dâm đã bị tạm giữ và trục xuất. Điều có thể bảo vệ bạn là thời gian suy nghĩ, người phiên dịch và giúp đỡ pháp lý.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = Cảnh sát đã tạm giữ những người từ nước khác, kể cả khi họ bị bóc lột trong mại dâm. Một số người đã bị trục xuất.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = Nếu cảnh sát chặn bạn lại, bạn có thể yêu cầu người phiên dịch. Bạn có thể nói nếu có ai đe dọa hoặc bóc lột bạn. Khi đó bạn có thể có quyền được thời gian suy nghĩ. Bạn cũng có thể yêu cầu giúp đỡ pháp lý.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = Người bị bóc lột trong mua bán người có quyền yêu cầu bồi thường. Bạn có thể đòi bồi thường thiệt hại từ người đã làm hại bạn. Bạn cũng có thể xin tiền bồi thường cho nạn nhân tội phạm (brottsskadeersättning). Không chắc chắn là bạn sẽ nhận được tiền.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = Bạn có phải là người bị hại trong một vụ phạm tội (målsägande) không? Khi đó bạn có thể yêu cầu có luật sư riêng, gọi là luật sư cho người bị hại (målsägandebiträde). Luật sư giúp bạn trong quá trình điều tra và tại tòa. Yêu cầu này không phải lúc nào cũng được chấp nhận. Một người ở đây có thể giúp bạn yêu cầu.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = Nếu bạn dưới 18 tuổi, cơ quan xã hội phải tìm hiểu ngay bạn cần được bảo vệ như thế nào. Bạn có quyền được bảo vệ. Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = Với trẻ em, đó vẫn là mua bán người dù không ai đe dọa hay nói dối. Đó không bao giờ là lỗi của trẻ. Bạn có thể nói chuyện về việc này với một người ở đây.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = Nếu bạn muốn về nhà, có sự giúp đỡ để về một cách an toàn. Tổ chức Di cư Quốc tế (IOM) có một chương trình hồi hương, và Thụy Điển đóng góp cho chương trình này.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = Trong một số trường hợp, bạn có thể ở lại Thụy Điển. Điều này có thể là nhờ giấy phép cư trú tạm thời trong lúc bạn tham gia điều tra và xét xử. Một người có thể giúp bạn hiểu mình có những lựa chọn nào.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = Lao động cưỡng bức, và làm việc với điều kiện rõ ràng bất hợp lý, có thể là tội phạm: bóc lột con người (människoexploatering). Ví dụ, việc này xảy ra trong xây dựng, dọn dẹp, nhà hàng, nông nghiệp, hái quả rừng và trong nhà riêng.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = Bạn không được trả lương, hoặc được trả ít hơn nhiều so với lời hứa? Khi đó bạn có thể nhờ giúp đỡ để đòi số lương còn nợ bạn, và tiền bồi thường.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = Mua bán người và bóc lột có thể có nhiều dạng khác nhau. Đó có thể là về tình dục, lao động hoặc ăn xin. Cũng có thể là ai đó bị ép ăn cắp hoặc phạm các tội khác.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = Đó cũng có thể là cưỡng ép kết hôn, hoặc ai đó lấy nội tạng của một người. Nhiều người bị bóc lột theo nhiều cách cùng lúc. Đó không bao giờ là lỗi của bạn.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = Các tổ chức xã hội dân sự cũng hỗ trợ những người không muốn liên hệ với cơ quan nhà nước. Chương trình hỗ trợ quốc gia (Nationella stödprogrammet) có nhà tạm lánh và một trung tâm cho người bị bóc lột trong mại dâm hoặc mua bán người.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = Ở Thụy Điển có các điều phối viên khu vực về phòng chống mại dâm và mua bán người. Họ có thể giúp bạn tìm đúng sự hỗ trợ.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = Điều gì có thể giúp bạn bây giờ? Hãy chọn một mục.
needs-legal = Tư vấn pháp lý bằng tiếng của tôi
needs-psych = Người để tâm sự về cảm xúc
needs-material = Tiền hoặc đồ dùng tôi cần
needs-authorities = Giúp làm việc với cơ quan nhà nước
needs-interpreter = Người phiên dịch
needs-housing = Chỗ ở an toàn
needs-advice = Lời khuyên về tình hình của tôi
needs-basic = Thức ăn, quần áo hoặc đồ vệ sinh
needs-medical = Bác sĩ hoặc chăm sóc y tế
needs-process = Hỗ trợ với cảnh sát hoặc tòa án
needs-return = Giúp đỡ để về nhà
needs-school = Trường học cho con tôi

need-next-ask = Bây giờ bạn muốn làm gì?
need-more = Điều khác
need-rights = Quyền của tôi

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = Bạn có thể yêu cầu tư vấn pháp lý và thông tin bằng ngôn ngữ bạn hiểu. Các tổ chức hỗ trợ có tư vấn này, cả cho người không có giấy phép cư trú. Trong thời gian suy nghĩ, đây là một phần của sự hỗ trợ.
# Psychological support. (002, 000)
need-psych = Nhiều người cần có ai đó để tâm sự. Bạn có thể yêu cầu hỗ trợ tâm lý. Đây là một phần của gói quyền lợi.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = Bạn có thể xin cơ quan xã hội hỗ trợ vật chất. Nếu không có quyền ở lại Thụy Điển, thường chỉ có giúp đỡ khẩn cấp, ví dụ cho thức ăn hoặc chuyến về nhà. Các tổ chức hỗ trợ cũng có thể giúp.
# Help in contact with authorities. (002)
need-authorities = Làm việc với cơ quan nhà nước có thể khó khăn và đáng sợ. Các tổ chức hỗ trợ có thể đi cùng bạn và giúp bạn khi liên hệ với cơ quan nhà nước.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = Bạn có quyền yêu cầu người phiên dịch. Cơ quan xã hội và các tổ chức hỗ trợ có thể giúp bạn có người phiên dịch. Trong thời gian suy nghĩ, đây là một phần của sự hỗ trợ.
# Safe housing. (002, 000, 001)
need-housing = Bạn có thể yêu cầu một chỗ ở an toàn. Cơ quan xã hội và các tổ chức hỗ trợ có thể giúp về chỗ ở được bảo vệ.
# Identification and initial advice. (002)
need-advice = Một người có thể lắng nghe những gì bạn kể. Người đó có thể giúp bạn hiểu tình hình của mình và những gì bạn có thể làm. Bạn tự quyết định muốn nói gì.
# Basic needs: food, hygiene. (002)
need-basic = Các tổ chức hỗ trợ có thể giúp những thứ bạn cần hằng ngày, như thức ăn, quần áo và đồ vệ sinh cá nhân.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = Nếu khẩn cấp, hãy gọi 112. Bạn có thể yêu cầu sự chăm sóc y tế bạn cần. Cơ quan xã hội và các tổ chức hỗ trợ có thể giúp bạn liên hệ với cơ sở y tế.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = Có vụ việc với cảnh sát hoặc phiên tòa không? Nếu bạn là người bị hại (målsägande), bạn có thể yêu cầu có luật sư riêng (målsägandebiträde). Yêu cầu này không phải lúc nào cũng được chấp nhận. Một người ở đây có thể giúp bạn yêu cầu, và một tổ chức có thể hỗ trợ bạn.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = Nếu bạn muốn về nhà, có sự giúp đỡ để về một cách an toàn. Có một chương trình cho việc này, do IOM điều hành.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = Trẻ em có quyền đi học. Cơ quan xã hội có thể giúp những gì con bạn cần.

need-person = Bạn cũng có thể nói chuyện với một người về việc này. Bạn tự quyết định muốn nói gì.
