# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Tôi sẽ hỏi 9 câu hỏi ngắn về tình hình của bạn. Bạn chỉ cần trả lời những gì bạn muốn. Bạn có thể dừng bất cứ lúc nào. Tôi sẽ không hỏi tên, địa điểm hay giấy tờ.
check-intro-ask = Bạn có muốn bắt đầu không?
check-start = Có, hãy hỏi tôi
check-skip = Không, xem có những giúp đỡ nào

answer-yes = Có
answer-no = Không
answer-unsure = Tôi không biết
check-stop = Dừng ở đây

# Identity documents taken or kept by someone else. (004)
sign-passport = Câu hỏi 1 trên 9. Có ai đã lấy hộ chiếu hoặc thẻ căn cước của bạn không? Hay có ai đang giữ nó “giúp bạn”?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Câu hỏi 2 trên 9. Bạn có nợ tiền người đã đưa bạn đến đây hoặc tìm việc cho bạn không? Món nợ có cứ tăng lên không?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Câu hỏi 3 trên 9. Có ai đã đe dọa bạn hoặc gia đình bạn không? Hay đe dọa sẽ báo bạn với cảnh sát hoặc Cơ quan Di trú?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Câu hỏi 4 trên 9. Có ai ngăn bạn rời đi, nghỉ việc hoặc đi đến nơi bạn muốn không? Bạn có bị theo dõi khi không làm việc không?
# Must hand over all or most of the earnings. (004)
sign-money = Câu hỏi 5 trên 9. Bạn có phải đưa tất cả hoặc gần hết số tiền bạn kiếm được cho người khác không?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Câu hỏi 6 trên 9. Bạn có sống ở nơi làm việc, hoặc sống cùng người mà bạn làm việc cho không? Hay bạn không biết địa chỉ?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Câu hỏi 7 trên 9. Bạn có làm việc rất nhiều giờ mỗi ngày, không có ngày nghỉ không? Lương có rất thấp, bị giữ lại, hoặc hoàn toàn không được trả không?
# The work is not what was promised. (004)
sign-promise = Câu hỏi 8 trên 9. Công việc có khác với những gì người ta đã hứa với bạn không?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Câu hỏi 9 trên 9. Bạn có phải nộp một số tiền nhất định mỗi ngày không, ví dụ từ ăn xin hoặc ăn cắp? Nếu không nộp đủ, bạn có bị phạt không?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Những lời đe dọa bạn hoặc gia đình bạn là chuyện nghiêm trọng. Nếu bạn hoặc người nhà đang gặp nguy hiểm ngay bây giờ, hãy gọi 112. Cuộc gọi miễn phí.
check-threats-ask = Bạn có muốn tiếp tục trả lời các câu hỏi không?
check-continue = Có, tiếp tục

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Cảm ơn bạn đã trả lời. Trả lời có có thể là dấu hiệu của bóc lột hoặc mua bán người. Nhưng một dấu hiệu riêng lẻ không chứng minh được gì. Nếu có ai bóc lột bạn, đó có thể là tội phạm đối với bạn. Đó không phải lỗi của bạn.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Bạn tự quyết định điều gì sẽ xảy ra tiếp theo. Bạn có thể đọc về quyền của mình, hoặc nói chuyện với một người. Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi 112.
check-result-ask = Bạn muốn làm gì?
result-rights = Đọc về quyền của tôi
result-needs = Có những giúp đỡ nào
