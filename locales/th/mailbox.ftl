# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = ฝากข้อความถึงทีม
mailbox-write-intro = คุณเขียนข้อความถึงทีมในภูมิภาคของคุณได้หนึ่งข้อความ ยาวไม่เกิน 2000 ตัวอักษร กรุณาอย่าเขียนชื่อ เบอร์โทรศัพท์ หรือที่อยู่ของคุณ ทีมจะอ่านเมื่อกลับมาทำงาน และจะตอบที่นี่
mailbox-write-ask = เขียนข้อความของคุณ
# The person's one reply to the team's answer.
mailbox-reply-intro = คุณเขียนตอบทีมได้หนึ่งครั้ง ยาวไม่เกิน 2000 ตัวอักษร กรุณาอย่าเขียนชื่อ เบอร์โทรศัพท์ หรือที่อยู่ของคุณ
mailbox-reply-ask = เขียนคำตอบของคุณ
mailbox-reply-sent = ส่งคำตอบของคุณถึงทีมแล้ว กลับมาใหม่ภายหลังด้วยรหัสเดิมเพื่ออ่านคำตอบของทีม
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = ส่งข้อความของคุณแล้ว รหัสของคุณ: { $code } จดไว้ในที่ปลอดภัย หรือจำไว้ ใครก็ตามที่มีรหัสนี้อ่านคำตอบได้ กลับมาพร้อมรหัสนี้แล้วเลือก “ฉันมีรหัส” ข้อความของคุณและคำตอบจะถูกลบหลังจาก { $days } วัน หรือหนึ่งวันหลังจากคุณอ่านคำตอบ
    .telegram = ส่งข้อความของคุณแล้ว รหัสของคุณ: { $code } จดไว้ในที่ปลอดภัย หรือจำไว้ ใครก็ตามที่มีรหัสนี้อ่านคำตอบได้ ใครก็ตามที่เห็นแชทนี้ก็เห็นรหัสได้ /forget ลบข้อความในแชทนี้ กลับมาแล้วส่ง /code ข้อความของคุณและคำตอบจะถูกลบหลังจาก { $days } วัน หรือหนึ่งวันหลังจากคุณอ่านคำตอบ
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = ตอนนี้คุณอยากทำอะไร
mailbox-menu = กลับไปที่เมนูหลัก

## Coming back with a code

# The button at the start menu.
start-have-code = ฉันมีรหัส
mailbox-code-ask = เขียนรหัส 16 หลักของคุณ
mailbox-waiting = ทีมยังไม่ได้ตอบ กลับมาใหม่ภายหลังพร้อมรหัสของคุณ
mailbox-answer-intro = คำตอบของทีม:
mailbox-opened-ask = ตอนนี้คุณอยากทำอะไร
mailbox-reply = เขียนตอบหนึ่งครั้ง
mailbox-delete = ลบทั้งหมดตอนนี้
mailbox-deleted = ข้อความของคุณและคำตอบถูกลบแล้ว

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = ส่งข้อความนี้ไหม
ui-mailbox-confirm-yes = ใช่ ส่งเลย
ui-mailbox-edit = ไม่ ขอแก้ไข
ui-mailbox-code = รหัสของคุณ
ui-mailbox-open = เปิด

## Telegram only

# The command list's entry for /code.
tg-cmd-code = ฉันมีรหัส
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = เราส่งคำตอบของทีมมาที่แชทนี้ด้วยก็ได้ ถ้าอย่างนั้นเราต้องเก็บข้อมูลของแชทนี้แบบล็อกไว้กับข้อความของคุณ เราจะลบข้อมูลนี้เมื่อส่งคำตอบแล้ว หรือเมื่อข้อความของคุณถูกลบ
mailbox-telegram-deliver = ส่งคำตอบมาที่แชทนี้ด้วย
mailbox-telegram-deliver-set = คำตอบจะส่งมาที่แชทนี้ด้วย

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = ไม่มีข้อความที่ใช้รหัสนี้ กรุณาตรวจตัวเลขแล้วลองใหม่
error-mailbox_empty = กรุณาเขียนข้อความก่อน
error-mailbox_too_long = ยาวเกินไป: ไม่เกิน 2000 ตัวอักษร
error-mailbox_limited = มีการลองรหัสมากเกินไป กรุณารอสักพักแล้วลองใหม่
error-mailbox_replied = คุณเขียนตอบไปแล้วหนึ่งครั้ง กลับมาใหม่ภายหลังพร้อมรหัสของคุณเพื่ออ่านคำตอบของทีม
error-mailbox_off = ตอนนี้ฝากข้อความที่นี่ไม่ได้
tg-mailbox-code-deleted = ลบข้อความที่มีรหัสของคุณออกจากแชทนี้แล้ว
