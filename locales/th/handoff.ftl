# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = เจ้าหน้าที่ช่วยเหลือจากทีมของภูมิภาคแชทกับคุณที่นี่ได้ เจ้าหน้าที่จะเห็นภาษา ภูมิภาค และคำตอบที่คุณเลือกในแชทนี้ เจ้าหน้าที่จะเห็นสิ่งที่คุณเขียนต่อจากนี้ด้วย สิ่งที่คุณเขียนจะถูกลบเมื่อแชทจบ
    .telegram = เจ้าหน้าที่ช่วยเหลือจากทีมของภูมิภาคแชทกับคุณที่นี่ได้ เจ้าหน้าที่จะเห็นภาษา ภูมิภาค และคำตอบที่คุณเลือก เจ้าหน้าที่จะเห็นสิ่งที่คุณเขียนต่อจากนี้ด้วย เราจะลบสิ่งที่คุณเขียนเมื่อแชทจบ ข้อความจะยังอยู่ในแชท Telegram นี้ คำสั่ง /forget จะลบข้อความเหล่านั้น ยกเว้นข้อความที่เก่ากว่า 48 ชั่วโมง
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = ถ้าคุณอายุต่ำกว่า 18 ปี เจ้าหน้าที่ช่วยเหลืออาจต้องแจ้งเรื่องของคุณให้หน่วยบริการสังคม (socialtjänsten) ทราบ การแจ้งนี้เรียกว่า orosanmälan เพื่อให้หน่วยบริการสังคมคุ้มครองคุณได้ คุณยังเป็นคนตัดสินใจเองว่าจะเล่าอะไร
handoff-consent-ask = คุณอยากแชทกับคนจริงตอนนี้ไหม
handoff-consent-yes = ใช่ ฉันอยากแชท
handoff-consent-contacts = ไม่ ขอดูเบอร์โทรแทน
handoff-waiting-ask = เขียนข้อความของคุณด้านล่าง เจ้าหน้าที่ช่วยเหลือจะเห็นข้อความนั้น คุณหยุดได้ทุกเมื่อ
handoff-leave = ออกจากแชทกับเจ้าหน้าที่ช่วยเหลือ
handoff-fallback-intro = ตอนนี้ยังไม่มีใครตอบได้ นี่คือช่องทางอื่นที่คุณจะขอความช่วยเหลือได้
handoff-fallback-ask = คุณอยากรอต่อ หรืออยากหยุด
handoff-keep-waiting = รอต่อ
handoff-queued =
    { $position ->
        [1] คุณอยู่คิวแรก เจ้าหน้าที่ช่วยเหลือจะตอบเร็วที่สุดเท่าที่ทำได้
       *[other] คุณอยู่คิวที่ { $position } เจ้าหน้าที่ช่วยเหลือจะตอบเร็วที่สุดเท่าที่ทำได้
    }
handoff-connected = ตอนนี้เจ้าหน้าที่ช่วยเหลืออยู่ที่นี่แล้ว คุณเขียนถึงเจ้าหน้าที่ได้เลย
handoff-transferred = คุณกำลังถูกส่งต่อไปยังเพื่อนร่วมงานในอีกทีมหนึ่ง กรุณาอยู่ในแชทนี้ต่อ
handoff-ended = แชทกับเจ้าหน้าที่ช่วยเหลือจบแล้ว สิ่งที่คุณเขียนถูกลบแล้ว
handoff-unavailable = ตอนนี้ไม่มีใครแชทที่นี่ได้ นี่คือคนที่คุณติดต่อได้
handoff-staff-label = เจ้าหน้าที่ช่วยเหลือ
handoff-person-left = บุคคลนั้นออกจากแชทแล้ว
handoff-transferred-from = ส่งต่อมาจาก { $region }

## Canned replies for staff, sent in the person's language.

canned-hello = สวัสดี เราเป็นเจ้าหน้าที่ช่วยเหลือ เราอยู่ตรงนี้เพื่อรับฟัง คุณเป็นคนตัดสินใจว่าจะเล่าอะไรให้เราฟัง
canned-moment = ขอบคุณ ขอเวลาสักครู่นะ
canned-safe = ตอนนี้คุณปลอดภัยไหม ถ้าคุณตกอยู่ในอันตราย โทร 112
canned-more = มีเรื่องอื่นที่เราช่วยคุณได้อีกไหม
canned-bye = ขอบคุณที่เขียนมา คุณกลับมาที่แชทนี้ได้ทุกเมื่อ ถ้าคุณตกอยู่ในอันตราย โทร 112

## Page labels for the chat during a handoff.

ui-send = ส่ง
ui-write = เขียนข้อความ
ui-staff = เจ้าหน้าที่ช่วยเหลือ
ui-position = คุณอยู่คิวที่ { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = ตอนนี้ทีมที่ดูแล { $region } ปิดอยู่ ทีมที่ดูแล { $team } ตอบคุณได้
handoff-overflow-wait = ยังไม่มีใครในทีมที่ดูแล { $region } ตอบได้ ทีมที่ดูแล { $team } ตอบคุณได้
handoff-away =
    { $day ->
        [today] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันนี้ เวลา { $time } น. (เวลาสวีเดน)
        [tomorrow] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการพรุ่งนี้ เวลา { $time } น. (เวลาสวีเดน)
        [mon] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันจันทร์ เวลา { $time } น. (เวลาสวีเดน)
        [tue] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันอังคาร เวลา { $time } น. (เวลาสวีเดน)
        [wed] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันพุธ เวลา { $time } น. (เวลาสวีเดน)
        [thu] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันพฤหัสบดี เวลา { $time } น. (เวลาสวีเดน)
        [fri] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันศุกร์ เวลา { $time } น. (เวลาสวีเดน)
        [sat] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันเสาร์ เวลา { $time } น. (เวลาสวีเดน)
        [sun] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันอาทิตย์ เวลา { $time } น. (เวลาสวีเดน)
       *[other] ตอนนี้ไม่มีใครแชทกับคุณได้ จะมีทีมเปิดให้บริการวันที่ { $date } เวลา { $time } น. (เวลาสวีเดน)
    }
handoff-away-unknown = ตอนนี้ไม่มีใครแชทกับคุณได้
team-nord = ภาคเหนือของสวีเดน
team-mitt = ภาคกลางของสวีเดน
team-bergslagen = Bergslagen
team-stockholm = Stockholm และ Gotland
team-ost = ภาคตะวันออกของสวีเดน
team-vast = ภาคตะวันตกของสวีเดน
team-syd = ภาคใต้ของสวีเดน
team-national = ทั้งประเทศ
