# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = เราจะถามคำถามสั้น ๆ 9 ข้อเกี่ยวกับสถานการณ์ของคุณ ตอบเฉพาะข้อที่คุณอยากตอบ คุณหยุดได้ทุกเมื่อ เราจะไม่ถามชื่อ สถานที่ หรือเอกสาร
check-intro-ask = คุณอยากเริ่มไหม
check-start = ใช่ ถามได้เลย
check-skip = ไม่ ขอดูความช่วยเหลือที่มี

answer-yes = ใช่
answer-no = ไม่ใช่
answer-unsure = ฉันไม่รู้
check-stop = หยุดตรงนี้

# Identity documents taken or kept by someone else. (004)
sign-passport = คำถามข้อ 1 จาก 9: มีใครเอาหนังสือเดินทางหรือบัตรประจำตัวของคุณไปไหม หรือมีใครเก็บไว้ “ให้คุณ” ไหม
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = คำถามข้อ 2 จาก 9: คุณติดหนี้คนที่พาคุณมาที่นี่ หรือคนที่หางานให้คุณไหม หนี้เพิ่มขึ้นเรื่อย ๆ ไหม
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = คำถามข้อ 3 จาก 9: มีใครข่มขู่คุณหรือครอบครัวของคุณไหม หรือขู่ว่าจะแจ้งเรื่องคุณกับตำรวจหรือสำนักงานการย้ายถิ่นฐานไหม
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = คำถามข้อ 4 จาก 9: มีใครห้ามไม่ให้คุณออกไป ลาออกจากงาน หรือไปที่ที่คุณอยากไปไหม เวลาที่ไม่ได้ทำงาน คุณถูกจับตาดูไหม
# Must hand over all or most of the earnings. (004)
sign-money = คำถามข้อ 5 จาก 9: คุณต้องให้เงินที่หามาได้ทั้งหมดหรือเกือบทั้งหมดกับคนอื่นไหม
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = คำถามข้อ 6 จาก 9: คุณอาศัยอยู่ที่ที่คุณทำงาน หรืออยู่กับคนที่คุณทำงานให้ไหม หรือคุณไม่รู้ที่อยู่ของที่นั่นใช่ไหม
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = คำถามข้อ 7 จาก 9: คุณทำงานวันละหลายชั่วโมงมาก โดยไม่มีวันหยุดไหม ค่าจ้างต่ำมาก ถูกกักไว้ หรือไม่ได้รับเลยไหม
# The work is not what was promised. (004)
sign-promise = คำถามข้อ 8 จาก 9: งานที่ทำอยู่ต่างจากที่มีคนสัญญาไว้กับคุณไหม
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = คำถามข้อ 9 จาก 9: คุณต้องหาเงินให้ได้ตามจำนวนที่กำหนดทุกวันไหม เช่น จากการขอทานหรือการขโมย ถ้าหาไม่ได้ คุณถูกลงโทษไหม

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = การข่มขู่คุณหรือครอบครัวของคุณเป็นเรื่องร้ายแรง ถ้าตอนนี้คุณหรือใครในครอบครัวตกอยู่ในอันตราย โทร 112 โทรฟรี
check-threats-ask = คุณอยากตอบคำถามต่อไหม
check-continue = ใช่ ถามต่อ

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = ขอบคุณที่ตอบ การตอบว่าใช่อาจเป็นสัญญาณของการแสวงประโยชน์หรือการค้ามนุษย์ แต่สัญญาณเดียวไม่ได้พิสูจน์อะไร ถ้ามีคนแสวงประโยชน์จากคุณ นั่นอาจเป็นอาชญากรรมต่อคุณ ไม่ใช่ความผิดของคุณ
# The person decides what happens. (004) Emergency number 112.
check-result-decide = คุณเป็นคนตัดสินใจว่าจะเกิดอะไรต่อไป คุณอ่านเรื่องสิทธิของคุณ หรือคุยกับคนจริงได้ ถ้าตอนนี้คุณตกอยู่ในอันตราย โทร 112
check-result-ask = คุณอยากทำอะไร
result-rights = อ่านเรื่องสิทธิของฉัน
result-needs = ความช่วยเหลือที่มีอยู่
