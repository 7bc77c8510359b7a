# The way in: language, promise, safety, who is writing, main menu.

language-ask = เลือกภาษาของคุณ

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = สวัสดี ที่นี่คุณถามเรื่องความช่วยเหลือและสิทธิของคุณได้ คุณไม่ต้องบอกชื่อ เราไม่เก็บสิ่งที่คุณเขียน และไม่เก็บข้อมูลว่าคุณเป็นใคร
    .telegram = สวัสดี ที่นี่คุณถามเรื่องความช่วยเหลือและสิทธิของคุณได้ คุณไม่ต้องบอกชื่อ เราไม่เก็บข้อมูลว่าคุณเป็นใคร แต่แชทนี้จะยังอยู่ในโทรศัพท์ของคุณและบนเซิร์ฟเวอร์ของ Telegram
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = คุณออกได้ทันทีทุกเมื่อ กดปุ่ม “ออก” ที่ด้านบน หรือกดปุ่ม Esc บนแป้นพิมพ์ แล้วแชทจะปิดและถูกลบ แต่ประวัติของเบราว์เซอร์อาจแสดงว่าคุณเคยเข้ามาที่นี่ กลับมาอีกครั้งเมื่ออยู่คนเดียว ถ้าเป็นไปได้ ให้ใช้หน้าต่างส่วนตัวของเบราว์เซอร์
    .basic = คุณออกได้ทันทีทุกเมื่อ กดปุ่ม “ออก” ที่ด้านบน แล้วแชทจะปิดและถูกลบ แต่ประวัติของเบราว์เซอร์อาจแสดงว่าคุณเคยเข้ามาที่นี่ กลับมาอีกครั้งเมื่ออยู่คนเดียว ถ้าเป็นไปได้ ให้ใช้หน้าต่างส่วนตัวของเบราว์เซอร์
    .telegram = คุณหยุดได้ทุกเมื่อ ส่ง /forget หรือเลือก “จบและลบ” แล้วบทสนทนาจะถูกลบ แต่ /forget ลบข้อความที่เก่ากว่า 48 ชั่วโมงไม่ได้ ใครที่ได้ดูโทรศัพท์ของคุณจะเห็นแชทนี้ใน Telegram ได้ กลับมาเมื่ออยู่คนเดียว และลบแชทนี้หลังใช้เสร็จ
promise-ask = เริ่มกันเลยไหม
promise-ok = ใช่ เริ่มเลย

## Safety first

safety-ask = ตอนนี้คุณปลอดภัยไหม
safety-yes = ใช่ ตอนนี้ฉันปลอดภัย
safety-no = ไม่ ฉันกำลังตกอยู่ในอันตราย
safety-unsure = ฉันไม่แน่ใจ

danger-112 = ถ้าตอนนี้คุณตกอยู่ในอันตราย โทร 112 โทรฟรี 112 เป็นเบอร์ฉุกเฉินสำหรับตำรวจ รถพยาบาล และดับเพลิง
danger-discreet = ถ้ามีคนเห็นโทรศัพท์ของคุณได้ ให้ออกจากแชทนี้ด้วยปุ่ม “ออก” กลับมาเมื่ออยู่คนเดียว เบอร์ตำรวจสำหรับเรื่องที่ไม่ฉุกเฉินคือ 114 14
    .telegram = ถ้ามีคนเห็นโทรศัพท์ของคุณได้ ส่ง /forget เพื่อลบบทสนทนานี้ กลับมาเมื่ออยู่คนเดียว เบอร์ตำรวจสำหรับเรื่องที่ไม่ฉุกเฉินคือ 114 14
danger-ask = ตอนนี้คุณอยากทำอะไร
danger-continue = คุยต่อ
danger-human = หาคนที่จะคุยด้วย

## Who is writing

who-ask = คุณเขียนมาเพื่อใคร
who-self = เพื่อตัวฉันเอง
who-other = เพื่อคนที่ฉันเป็นห่วง
who-work = ฉันพบเจอผู้คนในงานของฉัน
who-info = ฉันแค่อยากได้ข้อมูล
who-child = ฉันอายุต่ำกว่า 18 ปี

## Main menu

menu-ask = คุณอยากทำอะไร
menu-signs = ตรวจดูสถานการณ์ของฉัน
menu-rights = สิทธิของฉันในสวีเดน
menu-needs = อะไรช่วยฉันได้ตอนนี้
menu-family = ฉันเป็นห่วงใครบางคน
menu-professional = สำหรับผู้ปฏิบัติงาน
menu-children = ฉันอายุต่ำกว่า 18 ปี
menu-danger = ฉันกำลังตกอยู่ในอันตราย
