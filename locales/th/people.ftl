# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = ดีแล้วที่คุณมาที่นี่ การเป็นห่วงใครสักคนเป็นเรื่องหนักใจ
family-intro-2 = คนที่ถูกแสวงประโยชน์มักไม่มองว่าตัวเองเป็นเหยื่อ เขาอาจกลัวว่าจะเกิดอะไรขึ้นกับตัวเองหรือครอบครัว
family-ask = คุณอยากรู้เรื่องอะไร
family-signs = สัญญาณที่ควรสังเกต
family-help = ฉันช่วยได้อย่างไร
family-rights = สิทธิของเขาในสวีเดน
family-next-ask = คุณอยากรู้เรื่องอะไรอีก

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = สัญญาณบางอย่าง เช่น มีคนอื่นเก็บหนังสือเดินทางหรือบัตรประจำตัวของเขาไว้ เขาติดหนี้ และหนี้ก็เพิ่มขึ้นเรื่อย ๆ เขาไปไหนมาไหนอย่างอิสระไม่ได้ หรือถูกจับตาดูตลอดเวลา
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = เขาทำงานวันละหลายชั่วโมงมาก ได้ค่าจ้างน้อยหรือไม่ได้เลย งานไม่เป็นอย่างที่เคยมีคนสัญญาไว้ หรือเขาต้องหาเงินมาส่งทุกวัน สัญญาณเพียงอย่างเดียวไม่ได้พิสูจน์อะไร
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = รับฟังโดยไม่ตัดสิน อย่ากดดันให้เขาออกมาหรือไปหาตำรวจ การกดดันอาจทำให้เขาตกอยู่ในอันตราย เขาเป็นคนตัดสินใจเอง
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = เมื่อปลอดภัย คุณบอกเขาเรื่องแชทนี้ได้ ถ้าเป็นเด็กอายุต่ำกว่า 18 ปี ให้ติดต่อหน่วยบริการสังคม ถ้าตอนนี้มีใครตกอยู่ในอันตราย โทร 112

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = ถ้าในงานของคุณ คุณพบคนที่อาจถูกแสวงประโยชน์ คุณขอคำแนะนำได้ สวีเดนมีสายให้คำปรึกษาระดับประเทศและคู่มือสำหรับผู้ปฏิบัติงาน ผู้ประสานงานระดับภูมิภาคด้านการต่อต้านการค้าประเวณีและการค้ามนุษย์ก็ช่วยได้เช่นกัน
professional-ask = คุณอยากรู้เรื่องอะไร
professional-next-ask = คุณอยากรู้เรื่องอะไรอีก
professional-signs = สัญญาณที่ควรสังเกต
professional-act = ฉันทำอะไรได้บ้าง
professional-children = เด็กและหน้าที่ต้องแจ้ง
professional-rights = สิทธิของคนที่ถูกแสวงประโยชน์
professional-support = สายให้คำปรึกษาและคู่มือ
professional-coordinators = ผู้ประสานงานระดับภูมิภาค
professional-region-ask = คุณทำงานที่ไหนในสวีเดน เลือกภูมิภาค
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = ผู้ประสานงานระดับภูมิภาคด้านการต่อต้านการค้าประเวณีและการค้ามนุษย์ให้คำแนะนำแก่ผู้ปฏิบัติงาน นี่คือช่องทางติดต่อในภูมิภาคที่คุณเลือก

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = สัญญาณอาจเป็นว่า มีคนอื่นเก็บหนังสือเดินทางหรือบัตรประจำตัวของบุคคลนั้นไว้ บุคคลนั้นมีหนี้ที่เพิ่มขึ้นเรื่อย ๆ ตัวเขาหรือครอบครัวถูกข่มขู่ เช่น ถูกขู่ว่าจะแจ้งหน่วยงานรัฐ
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = บุคคลนั้นลาออกหรือไปไหนมาไหนอย่างอิสระไม่ได้ และอาจอาศัยอยู่กับนายจ้าง เขาทำงานวันละหลายชั่วโมงมาก ได้ค่าจ้างต่ำหรือไม่ได้เลย หรือต้องส่งเงินจำนวนหนึ่งทุกวัน มีร่องรอยของความรุนแรง ความกลัว หรือความวิตกกังวล

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = คนที่ถูกแสวงประโยชน์ไม่ค่อยมองว่าตัวเองเป็นเหยื่อ และไม่ค่อยขอความช่วยเหลือด้วยคำพูดแบบนั้น สัญญาณเพียงอย่างเดียวไม่ได้พิสูจน์อะไร ให้ดูภาพรวมทั้งหมด
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = บอกบุคคลนั้นเรื่องสิทธิและความช่วยเหลือ ถ้าเขาเป็นผู้ใหญ่ ให้เขาตัดสินใจด้วยตัวเอง ความช่วยเหลือต้องไม่ขึ้นอยู่กับการให้ความร่วมมือกับตำรวจ ขอคำแนะนำจากสายให้คำปรึกษาหรือผู้ประสานงานระดับภูมิภาค ถ้ามีใครตกอยู่ในอันตราย โทร 112

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = ถ้าคุณสงสัยว่าเด็กคนหนึ่งกำลังได้รับอันตราย คุณอาจมีหน้าที่ต้องแจ้งหน่วยบริการสังคม การแจ้งนี้เรียกว่า orosanmälan ตัวอย่างเช่น ทุกคนที่ทำงานในโรงเรียนมีหน้าที่นี้
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = จากนั้นหน่วยบริการสังคมต้องตรวจสอบทันทีว่าเด็กต้องการการคุ้มครองแบบใด สำหรับเด็ก ถือเป็นการค้ามนุษย์แม้ไม่มีการข่มขู่หรือการโกหก ถ้าตอนนี้เด็กตกอยู่ในอันตราย โทร 112

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = ที่นี่คุณหาคนที่จะติดต่อได้ คุณเป็นคนตัดสินใจว่าจะเล่าอะไร ถ้าตอนนี้คุณตกอยู่ในอันตราย โทร 112
human-region-ask = คุณอยู่ที่ไหนในสวีเดน เลือกภูมิภาค หรือเลือก “ฉันไม่รู้”
contacts-intro = นี่คือคนที่คุณติดต่อได้ คุณเป็นคนตัดสินใจว่าจะเล่าอะไร และจะบอกชื่อหรือไม่
contacts-ask = ตอนนี้คุณอยากทำอะไร
contacts-other-region = เลือกภูมิภาคอื่น
contacts-rights = สิทธิของฉัน
