# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = خوب است که اینجا هستید. نگرانی برای کسی سخت است.
family-intro-2 = کسانی که مورد بهره‌کشی قرار می‌گیرند، اغلب خودشان را قربانی نمی‌دانند. ممکن است از اتفاقی بترسند که برای خودشان یا خانواده‌شان پیش بیاید.
family-ask = چه چیزی می‌خواهید بدانید؟
family-signs = به چه نشانه‌هایی توجه کنم
family-help = چطور می‌توانم کمک کنم
family-rights = حقوق آن‌ها در سوئد
family-next-ask = دیگر چه می‌خواهید بدانید؟

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = چند نشانه: کس دیگری پاسپورت یا کارت شناسایی او را نگه می‌دارد. او بدهکار است و بدهی‌اش مدام بیشتر می‌شود. نمی‌تواند آزادانه رفت‌وآمد کند، یا همیشه زیر نظر است.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = روزهای خیلی طولانی کار می‌کند، با دستمزد کم یا بدون دستمزد. کارش آن چیزی نیست که به او قول داده بودند، یا باید هر روز پول تحویل بدهد. یک نشانه به‌تنهایی چیزی را ثابت نمی‌کند.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = بدون قضاوت گوش بدهید. به او فشار نیاورید که آنجا را ترک کند یا پیش پلیس برود. فشار می‌تواند او را در خطر بیندازد. تصمیم با خود اوست.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = وقتی امن بود، می‌توانید دربارهٔ این چت به او بگویید. آیا موضوع دربارهٔ کودکی زیر 18 سال است؟ با خدمات اجتماعی (socialtjänsten) تماس بگیرید. اگر کسی الان در خطر است، با 112 تماس بگیرید.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = اگر در کارتان با کسانی روبه‌رو می‌شوید که ممکن است مورد بهره‌کشی باشند، می‌توانید مشورت بگیرید. در سوئد یک خط تلفن پشتیبانی سراسری و یک راهنما برای کارکنان حرفه‌ای وجود دارد. هماهنگ‌کنندگان منطقه‌ای مبارزه با تن‌فروشی و قاچاق انسان هم می‌توانند کمک کنند.
professional-ask = چه چیزی می‌خواهید بدانید؟
professional-next-ask = دیگر چه می‌خواهید بدانید؟
professional-signs = به چه نشانه‌هایی توجه کنم
professional-act = چه کاری می‌توانم بکنم
professional-children = کودکان و وظیفهٔ گزارش دادن
professional-rights = حقوق کسانی که مورد بهره‌کشی‌اند
professional-support = خط پشتیبانی و راهنما
professional-coordinators = هماهنگ‌کنندگان منطقه‌ای
professional-region-ask = در کجای سوئد کار می‌کنید؟ یک منطقه را انتخاب کنید.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = هماهنگ‌کنندگان منطقه‌ای مبارزه با تن‌فروشی و قاچاق انسان به کارکنان حرفه‌ای مشورت می‌دهند. این‌ها راه‌های تماس در منطقه‌ای است که انتخاب کردید.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = نشانه‌ها می‌توانند این‌ها باشند: کس دیگری پاسپورت یا کارت شناسایی فرد را نگه می‌دارد. فرد بدهی‌ای دارد که مدام بیشتر می‌شود. خود او یا خانواده‌اش تهدید می‌شوند، مثلاً به اینکه او را به مقامات دولتی گزارش بدهند.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = فرد نمی‌تواند کارش را رها کند یا آزادانه رفت‌وآمد کند، و شاید پیش کارفرما زندگی کند. روزهای خیلی طولانی با دستمزد کم یا بدون دستمزد کار می‌کند، یا باید هر روز مبلغی را تحویل بدهد. نشانه‌هایی از خشونت، ترس یا اضطراب دیده می‌شود.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = کسانی که مورد بهره‌کشی قرار می‌گیرند، به‌ندرت خود را قربانی می‌دانند و به‌ندرت با این کلمات کمک می‌خواهند. یک نشانه به‌تنهایی چیزی را ثابت نمی‌کند. به کل وضعیت نگاه کنید.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = دربارهٔ حقوق و حمایت‌ها به فرد اطلاع بدهید، و بگذارید فرد بزرگسال خودش تصمیم بگیرد. حمایت نباید به همکاری با پلیس وابسته باشد. از خط پشتیبانی یا یک هماهنگ‌کنندهٔ منطقه‌ای مشورت بگیرید. اگر کسی در خطر است، با 112 تماس بگیرید.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = اگر شک دارید که به کودکی آسیب می‌رسد، ممکن است وظیفه داشته باشید به خدمات اجتماعی گزارش بدهید. به این گزارش orosanmälan می‌گویند. این وظیفه مثلاً شامل همهٔ کسانی است که در مدرسه کار می‌کنند.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = آن‌وقت خدمات اجتماعی باید فوراً بررسی کند که کودک به چه محافظتی نیاز دارد. وقتی پای کودک در میان است، حتی بدون تهدید یا دروغ هم قاچاق انسان است. اگر کودک الان در خطر است، با 112 تماس بگیرید.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = اینجا می‌توانید کسی را برای تماس پیدا کنید. خودتان تصمیم می‌گیرید چه بگویید. اگر الان در خطر هستید، با 112 تماس بگیرید.
human-region-ask = کجای سوئد هستید؟ یک منطقه را انتخاب کنید، یا «نمی‌دانم» را.
contacts-intro = این‌ها کسانی هستند که می‌توانید با آن‌ها تماس بگیرید. خودتان تصمیم می‌گیرید چه بگویید، و اینکه اسمتان را بگویید یا نه.
contacts-ask = حالا می‌خواهید چه کار کنید؟
contacts-other-region = انتخاب منطقهٔ دیگر
contacts-rights = حقوق من
