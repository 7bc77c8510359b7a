# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = คุณอยากรู้เรื่องอะไร เลือกหนึ่งเรื่อง
rights-reflection = เวลาพักและคิด (30 วัน)
rights-package = ความช่วยเหลือที่คุณขอได้
rights-police = ความช่วยเหลือและตำรวจ
rights-punish = ถ้ามีคนบังคับให้ฉันทำผิดกฎหมาย
rights-selling = การขายบริการทางเพศกับกฎหมาย
rights-stopped = ถ้าตำรวจเรียกตรวจฉัน
rights-compensation = ค่าชดเชยและทนายความ
rights-children = เด็กอายุต่ำกว่า 18 ปี
rights-return = กลับบ้านหรืออยู่ต่อ
rights-work = สิทธิในที่ทำงาน
rights-forms = การแสวงประโยชน์แบบต่าง ๆ
rights-support = ความช่วยเหลือจากองค์กรต่าง ๆ

right-next-ask = ตอนนี้คุณอยากทำอะไร
right-more = สิทธิเรื่องอื่น
right-needs = ความช่วยเหลือที่มีอยู่
human-choice = หาคนที่จะคุยด้วย

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = ระยะเวลาไตร่ตรองมีไว้สำหรับคนที่อาจถูกค้ามนุษย์ และไม่มีสิทธิอยู่ในสวีเดน ระยะเวลานี้คือใบอนุญาตพำนักชั่วคราวอย่างน้อย 30 วัน ช่วงเวลานี้ให้คุณได้พัก และตัดสินใจว่าอยากช่วยการสอบสวนหรือไม่
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = คุณยื่นขอเองไม่ได้ ผู้ที่นำการสอบสวน (förundersökningsledaren) หรือหน่วยบริการสังคมเป็นผู้ยื่นขอ สำนักงานการย้ายถิ่นฐาน (Migrationsverket) เป็นผู้ตัดสิน และบางครั้งอาจขยายเวลาได้ คุณขอให้หน่วยบริการสังคม หรือคนที่นี่ช่วยได้

# The rights package during the reflection period. (000, 004)
right-package-1 = ในช่วงระยะเวลาไตร่ตรอง คุณมีสิทธิขอความช่วยเหลือ คุณขอที่พักที่ปลอดภัย คำแนะนำและข้อมูลด้านกฎหมาย และการรักษาพยาบาลที่จำเป็นได้ คุณยังขอความช่วยเหลือด้านจิตใจ ล่าม และเงินหรือความช่วยเหลืออื่นสำหรับชีวิตประจำวันได้ด้วย ความช่วยเหลือนี้เรียกว่า “ชุดสิทธิ”
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = หน่วยบริการสังคม (socialtjänsten) ในเทศบาลที่คุณอยู่ตอนนี้ เป็นผู้รับผิดชอบเรื่องความช่วยเหลือ ถ้าไม่มีสิทธิอยู่ในสวีเดน ความช่วยเหลือจะมีเฉพาะกรณีเร่งด่วนเท่านั้น ความช่วยเหลือนี้อาจเป็นที่พักแบบคุ้มครองระหว่างรอเดินทางกลับบ้าน ล่าม ความช่วยเหลือด้านจิตใจ หรือการช่วยให้คุณติดต่อบริการสุขภาพได้

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = คุณตัดสินใจเองว่าจะแจ้งความกับตำรวจหรือไม่ ความช่วยเหลือต้องไม่ขึ้นอยู่กับว่าคุณช่วยการสอบสวน หรือไปขึ้นศาลหรือไม่
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = แต่ถ้าคุณมาจากประเทศอื่น ในทางปฏิบัติจะยากกว่า การจะได้รับความช่วยเหลือทั้งหมด ปกติคุณต้องมีระยะเวลาไตร่ตรอง หรือใบอนุญาตระหว่างการสอบสวน อีกทางหนึ่งคือโครงการช่วยเหลือระดับชาติ (Nationella stödprogrammet) ซึ่งองค์กรภาคประชาสังคมเป็นผู้ดำเนินการ

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = บางคนถูกบังคับให้ขโมยของ ขายยาเสพติด หรือทำผิดกฎหมายอย่างอื่น ถ้าคุณถูกแสวงประโยชน์จากการค้ามนุษย์ คุณไม่ควรถูกลงโทษสำหรับความผิดที่คุณถูกบังคับให้ทำ
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = ถ้าคุณกลัวว่าจะเกิดอะไรขึ้น ให้คุยกับคนจริงก่อน เขาช่วยให้คุณเข้าใจสถานการณ์ของตัวเองได้ ก่อนที่คุณจะตัดสินใจอะไร

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = ในสวีเดน การขายบริการทางเพศไม่ใช่อาชญากรรม การซื้อบริการทางเพศเป็นอาชญากรรม คนซื้อคือคนที่ทำผิด ไม่ใช่คุณ
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = แต่คนจากประเทศอื่นที่ถูกแสวงประโยชน์ในการค้าประเวณีเคยถูกควบคุมตัวและถูกส่งตัวออกนอกประเทศ สิ่งที่คุ้มครองคุณได้คือระยะเวลาไตร่ตรอง ล่าม และความช่วยเหลือด้านกฎหมาย

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = ตำรวจเคยควบคุมตัวคนจากประเทศอื่น แม้ในกรณีที่พวกเขาถูกแสวงประโยชน์ในการค้าประเวณี บางคนถูกส่งตัวออกนอกประเทศ
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = ถ้าตำรวจเรียกตรวจคุณ คุณขอล่ามได้ คุณบอกตำรวจได้ถ้ามีคนข่มขู่หรือแสวงประโยชน์จากคุณ แล้วคุณอาจมีสิทธิได้ระยะเวลาไตร่ตรอง คุณขอความช่วยเหลือด้านกฎหมายได้ด้วย

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = คนที่ถูกแสวงประโยชน์จากการค้ามนุษย์มีสิทธิขอค่าชดเชย คุณเรียกค่าเสียหายจากคนที่ทำร้ายคุณได้ และยื่นขอค่าชดเชยสำหรับผู้เสียหายจากอาชญากรรมได้ ไม่แน่นอนว่าคุณจะได้เงิน
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = คุณเป็นผู้เสียหายจากอาชญากรรม (målsägande) ใช่ไหม ถ้าใช่ คุณขอทนายความของตัวเองได้ คือทนายความของผู้เสียหาย (målsägandebiträde) ทนายความช่วยคุณระหว่างการสอบสวนและในศาล แต่ไม่ได้รับเสมอไป คนที่นี่ช่วยคุณขอได้

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = ถ้าคุณอายุต่ำกว่า 18 ปี หน่วยบริการสังคมต้องตรวจสอบทันทีว่าคุณต้องการการคุ้มครองแบบใด คุณมีสิทธิได้รับการคุ้มครอง ถ้าตอนนี้คุณตกอยู่ในอันตราย โทร 112
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = สำหรับเด็ก ถือเป็นการค้ามนุษย์แม้ไม่มีใครใช้การข่มขู่หรือการโกหก เรื่องนี้ไม่ใช่ความผิดของเด็กเลย คุณคุยเรื่องนี้กับคนจริงที่นี่ได้

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = ถ้าคุณอยากกลับบ้าน มีความช่วยเหลือให้เดินทางกลับอย่างปลอดภัย องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน (IOM) ดำเนินโครงการเดินทางกลับ และสวีเดนสนับสนุนโครงการนี้
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = ในบางกรณี คุณอยู่ในสวีเดนต่อได้ วิธีหนึ่งคือใบอนุญาตพำนักชั่วคราว ระหว่างที่คุณมีส่วนร่วมในการสอบสวนและการพิจารณาคดี มีคนที่ช่วยให้คุณเข้าใจทางเลือกของคุณได้

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = การบังคับใช้แรงงาน และการทำงานภายใต้เงื่อนไขที่ไม่สมเหตุสมผลอย่างชัดเจน อาจเป็นอาชญากรรมได้ เรียกว่าการแสวงประโยชน์จากบุคคล (människoexploatering) เรื่องนี้เกิดขึ้นได้ เช่น ในงานก่อสร้าง งานทำความสะอาด ร้านอาหาร งานเกษตร การเก็บผลเบอร์รี่ และในบ้านส่วนตัว
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = คุณไม่ได้รับค่าจ้าง หรือได้น้อยกว่าที่มีคนสัญญาไว้มากใช่ไหม ถ้าใช่ คุณขอความช่วยเหลือเพื่อเรียกร้องค่าจ้างที่คุณควรได้ และค่าชดเชยได้

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = การค้ามนุษย์และการแสวงประโยชน์มีได้หลายแบบ อาจเกี่ยวกับเรื่องเพศ งาน หรือการขอทาน หรืออาจเป็นการที่ใครบางคนถูกบังคับให้ขโมย หรือทำผิดกฎหมายอย่างอื่น
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = อาจเป็นการบังคับแต่งงานด้วย หรือการที่มีคนเอาอวัยวะของอีกคนหนึ่งไป หลายคนถูกแสวงประโยชน์หลายแบบพร้อมกัน เรื่องนี้ไม่ใช่ความผิดของคุณเลย

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = องค์กรภาคประชาสังคมช่วยเหลือคนที่ไม่อยากติดต่อกับหน่วยงานรัฐด้วย โครงการช่วยเหลือระดับชาติ (Nationella stödprogrammet) มีที่พักพิงและศูนย์สำหรับคนที่ถูกแสวงประโยชน์ในการค้าประเวณีหรือการค้ามนุษย์
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = ในสวีเดนมีผู้ประสานงานระดับภูมิภาคด้านการต่อต้านการค้าประเวณีและการค้ามนุษย์ เขาช่วยคุณหาความช่วยเหลือที่เหมาะสมได้

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = ตอนนี้อะไรจะช่วยคุณได้ เลือกหนึ่งอย่าง
needs-legal = คำแนะนำกฎหมายเป็นภาษาของฉัน
needs-psych = คนที่ฉันคุยเรื่องความรู้สึกด้วยได้
needs-material = เงินหรือของที่ฉันต้องใช้
needs-authorities = ความช่วยเหลือเรื่องหน่วยงานรัฐ
needs-interpreter = ล่าม
needs-housing = ที่พักที่ปลอดภัย
needs-advice = คำแนะนำเรื่องสถานการณ์ของฉัน
needs-basic = อาหาร เสื้อผ้า หรือของใช้ด้านสุขอนามัย
needs-medical = หมอหรือการรักษาพยาบาล
needs-process = ความช่วยเหลือเรื่องคดีตำรวจหรือศาล
needs-return = ความช่วยเหลือเพื่อกลับบ้าน
needs-school = โรงเรียนสำหรับลูกของฉัน

need-next-ask = ตอนนี้คุณอยากทำอะไร
need-more = เรื่องอื่น
need-rights = สิทธิของฉัน

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = คุณขอคำแนะนำด้านกฎหมายและข้อมูลเป็นภาษาที่คุณเข้าใจได้ องค์กรช่วยเหลือให้คำแนะนำนี้ รวมถึงคนที่ไม่มีใบอนุญาตพำนักด้วย ในช่วงระยะเวลาไตร่ตรอง นี่เป็นส่วนหนึ่งของความช่วยเหลือ
# Psychological support. (002, 000)
need-psych = หลายคนต้องการใครสักคนที่จะคุยด้วย คุณขอความช่วยเหลือด้านจิตใจได้ นี่เป็นส่วนหนึ่งของชุดสิทธิ
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = คุณขอความช่วยเหลือด้านสิ่งของหรือเงินจากหน่วยบริการสังคมได้ ถ้าคุณไม่มีสิทธิอยู่ในสวีเดน ส่วนใหญ่จะได้เพียงความช่วยเหลือฉุกเฉิน เช่น ค่าอาหารหรือค่าเดินทางกลับบ้าน องค์กรช่วยเหลือก็ช่วยได้เช่นกัน
# Help in contact with authorities. (002)
need-authorities = การติดต่อหน่วยงานรัฐอาจดูยากและน่ากลัว องค์กรช่วยเหลือไปกับคุณได้ และช่วยคุณติดต่อหน่วยงานรัฐได้
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = คุณมีสิทธิขอล่าม หน่วยบริการสังคมและองค์กรช่วยเหลือช่วยคุณหาล่ามได้ ในช่วงระยะเวลาไตร่ตรอง นี่เป็นส่วนหนึ่งของความช่วยเหลือ
# Safe housing. (002, 000, 001)
need-housing = คุณขอที่พักที่ปลอดภัยได้ หน่วยบริการสังคมและองค์กรช่วยเหลือช่วยเรื่องที่พักแบบคุ้มครองได้
# Identification and initial advice. (002)
need-advice = มีคนที่รับฟังสิ่งที่คุณเล่าได้ และช่วยให้คุณเข้าใจสถานการณ์ของตัวเองและสิ่งที่คุณทำได้ คุณเป็นคนตัดสินใจว่าจะเล่าอะไร
# Basic needs: food, hygiene. (002)
need-basic = องค์กรช่วยเหลือช่วยเรื่องของที่คุณต้องใช้ทุกวันได้ เช่น อาหาร เสื้อผ้า และของใช้ด้านสุขอนามัย
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = ถ้าเป็นเหตุฉุกเฉิน โทร 112 คุณขอการรักษาที่คุณต้องการได้ หน่วยบริการสังคมและองค์กรช่วยเหลือช่วยให้คุณติดต่อบริการสุขภาพได้
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = มีคดีกับตำรวจหรือการพิจารณาคดีในศาลไหม ถ้าคุณเป็นผู้เสียหาย (målsägande) คุณขอทนายความของตัวเองได้ (målsägandebiträde) แต่ไม่ได้รับเสมอไป คนที่นี่ช่วยคุณขอได้ และองค์กรช่วยเหลือก็สนับสนุนคุณได้
# Support to return; the return programme is run by IOM. (002, 001)
need-return = ถ้าคุณอยากกลับบ้าน มีความช่วยเหลือให้เดินทางกลับอย่างปลอดภัย มีโครงการสำหรับเรื่องนี้ ซึ่ง IOM เป็นผู้ดำเนินการ
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = เด็กมีสิทธิไปโรงเรียน หน่วยบริการสังคมช่วยเรื่องที่ลูกของคุณต้องการได้

need-person = คุณคุยเรื่องนี้กับคนจริงได้ด้วย คุณเป็นคนตัดสินใจว่าจะเล่าอะไร
