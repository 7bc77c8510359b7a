# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = ไทย

## Global commands, offered at every step

nav-back = ← ย้อนกลับ
nav-menu = เมนูหลัก
nav-language = เปลี่ยนภาษา
nav-human = คุยกับคนจริง
nav-end = ลบทั้งหมดและปิด

## Errors: short, kind, and always followed by the question again

error-unknown_choice = ขออภัย เราไม่เข้าใจข้อความนั้น กรุณาเลือกจากตัวเลือกที่มี
error-pick_option = ที่นี่เราตอบได้เฉพาะเมื่อคุณกดปุ่ม กรุณาเลือกจากตัวเลือกที่มี
error-bad_request = ขออภัย ข้อความนั้นมีปัญหา กรุณาลองใหม่อีกครั้ง
error-too_long = ข้อความนั้นยาวเกินไป กรุณาเลือกจากตัวเลือกที่มี
error-rate_limited = ส่งมาพร้อมกันหลายข้อความเกินไป กรุณารอสักครู่แล้วลองใหม่
error-unavailable = ขออภัย ตอนนี้แชทใช้งานไม่ได้ ถ้าคุณตกอยู่ในอันตราย โทร 112
error-session_expired = บทสนทนาก่อนหน้าของคุณถูกลบแล้ว เพราะเงียบไปสักพัก เราเริ่มใหม่ได้
error-no_session = บทสนทนายังไม่ได้เริ่ม กรุณาเริ่มใหม่
error-reconnecting = แชทกำลังเริ่มใหม่ และจะเชื่อมต่ออีกครั้งในอีกสักครู่

## Page labels

ui-exit = ออก
ui-restart = เริ่มใหม่
ui-connecting = กำลังเชื่อมต่อ…
ui-log = บทสนทนา
# The page's header: what this is, in the person's language.
ui-title = แชทช่วยเหลือแบบไม่ระบุตัวตน
# Opens the promise below, inside the page.
ui-privacy = เราปกป้องคุณอย่างไร
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    คุณไม่ต้องบอกชื่อ เราจะไม่ถามชื่อคุณเลย
    เราไม่เก็บชื่อ เบอร์โทรศัพท์ หรือที่อยู่ IP ของคุณ
    คำตอบของคุณจะถูกลบเมื่อคุณจบแชท หรือกดปุ่ม “ออก”
    คำตอบจะถูกลบด้วย ถ้าคุณไม่ได้เขียนอะไรมาสักพัก
    ถ้าคุณแชทกับเจ้าหน้าที่ช่วยเหลือ จะมีแค่เจ้าหน้าที่ช่วยเหลือเท่านั้นที่อ่านสิ่งที่คุณเขียนได้
    สิ่งที่คุณเขียนจะถูกลบเมื่อแชทนั้นจบ
    เรานับแค่ว่ามีกี่คนที่เลือกคำตอบหนึ่ง เราไม่นับเลยว่าเป็นใคร
    ถ้ามีคนดูโทรศัพท์ของคุณ เราห้ามเขาไม่ได้
    ประวัติของเบราว์เซอร์ของคุณอาจแสดงว่าคุณเคยเข้ามาที่หน้านี้ ถ้าเป็นไปได้ ให้ใช้หน้าต่างส่วนตัวของเบราว์เซอร์
    ข้อความนี้แปลโดยคอมพิวเตอร์ และกำลังมีคนตรวจสอบอยู่ ถ้ามีอะไรไม่ชัดเจน เจ้าหน้าที่ช่วยเหลือช่วยคุณได้
# The text box, while the chat waits for a button to be pressed.
ui-hint = เลือกคำตอบหนึ่งข้อจากด้านบน
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = เมนูแชท
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = เวอร์ชันง่ายที่ไม่ใช้ JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = ถ้าจะแชทสดกับคนจริง คุณต้องใช้หน้านี้เวอร์ชันเต็มที่มี JavaScript คุณโทรหาเบอร์ใดเบอร์หนึ่งด้านล่างนี้แทนได้
ui-call-112 = โทร 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = การสนทนาถูกลบแล้ว เราเก็บไว้เพียงจำนวนคำตอบแบบไม่ระบุตัวตน ไม่เคยเก็บสิ่งที่คุณเขียนหรือข้อมูลว่าคุณเป็นใคร ดูแลตัวเองด้วย คุณกลับมาได้ทุกเมื่อ

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = ภาคเหนือ (Norrbotten, Västerbotten, Jämtland, Västernorrland; เช่น Umeå)
region-mitt = ภาคกลาง (Uppsala, Västmanland, Gävleborg; เช่น Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; เช่น Örebro)
region-stockholm = Stockholm และ Gotland
region-ost = ภาคตะวันออก (Östergötland, Jönköping, Södermanland; เช่น Linköping)
region-vast = ภาคตะวันตก (Västra Götaland, Halland; เช่น Göteborg)
region-syd = ภาคใต้ (Skåne, Blekinge, Kronoberg, Kalmar; เช่น Malmö)
region-national = ฉันไม่รู้ / ไม่อยากบอก

## Contacts (filled from configuration)

contacts-heading = ติดต่อได้ใน { $region }:
contacts-national-heading = ติดต่อได้ทั่วประเทศ:
contacts-none = ที่นี่ยังไม่มีข้อมูลติดต่อ แต่คุณยังได้รับความช่วยเหลือได้ โดยโทร 112 ถ้าเป็นเหตุฉุกเฉิน
contacts-emergency = เหตุฉุกเฉิน (ตำรวจ รถพยาบาล ดับเพลิง): 112 และตำรวจ กรณีไม่ฉุกเฉิน: 114 14
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = เวลาเปิด: { $hours }
hours-always = ทุกวัน ตลอดทั้งวันทั้งคืน
professional-heading = ความช่วยเหลือสำหรับผู้ปฏิบัติงาน:
professional-manual = คู่มือสำหรับผู้ปฏิบัติงาน: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = แชทนี้ยังไม่มีหมายเลขของสายให้คำปรึกษา ผู้ประสานงานระดับภูมิภาคให้คำแนะนำคุณได้

## Days, for opening hours

day-mon = จ.
day-tue = อ.
day-wed = พ.
day-thu = พฤ.
day-fri = ศ.
day-sat = ส.
day-sun = อา.

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = แชทนี้ช่วยคุณได้ไหม คุณจะตอบหรือข้ามก็ได้ เรานับแค่จำนวนคำตอบเท่านั้น
survey-yes = ช่วยได้
survey-little = ช่วยได้นิดหน่อย
survey-no = ไม่ช่วย
survey-skip = ข้าม
survey-thanks = ขอบคุณที่ตอบ
