# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = خوب است که اینجا هستید. تشویش داشتن برای کسی سخت است.
family-intro-2 = کسانی که استثمار می‌شوند، اکثراً خود را قربانی نمی‌دانند. شاید از چیزی بترسند که ممکن است بر سر خودشان یا فامیل‌شان بیاید.
family-ask = چه چیزی می‌خواهید بدانید؟
family-signs = به کدام نشانه‌ها توجه کنم
family-help = چطور کمک کرده می‌توانم
family-rights = حقوق آن‌ها در سویدن
family-next-ask = دیگر چه می‌خواهید بدانید؟

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = چند نشانه: کس دیگری پاسپورت یا تذکرهٔ او را نگه می‌دارد. او قرضدار است و قرضش همیشه زیادتر می‌شود. نمی‌تواند آزادانه رفت و آمد کند، یا همیشه زیر نظر است.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = روزهای بسیار طولانی کار می‌کند، با معاش کم یا بدون معاش. کارش آن چیزی نیست که به او وعده داده بودند، یا باید هر روز پول تحویل بدهد. یک نشانه به تنهایی چیزی را ثابت نمی‌کند.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = بدون قضاوت گوش بدهید. به او فشار نیاورید که از آنجا برود یا نزد پولیس برود. فشار می‌تواند او را در خطر بیندازد. تصمیم به دست خود اوست.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = وقتی امن بود، می‌توانید دربارهٔ این چت به او بگویید. آیا موضوع دربارهٔ یک طفل زیر 18 سال است؟ با خدمات اجتماعی (socialtjänsten) تماس بگیرید. اگر کسی حالا در خطر است، به 112 زنگ بزنید.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = اگر در کار خود با کسانی روبرو می‌شوید که شاید استثمار شده باشند، می‌توانید مشوره بگیرید. در سویدن یک خط تلیفون حمایوی سراسری و یک رهنمود برای کارمندان مسلکی وجود دارد. هماهنگ‌کنندگان منطقه‌ای مبارزه با تن‌فروشی و قاچاق انسان هم می‌توانند کمک کنند.
professional-ask = چه چیزی می‌خواهید بدانید؟
professional-next-ask = دیگر چه می‌خواهید بدانید؟
professional-signs = به کدام نشانه‌ها توجه کنم
professional-act = چه کاری کرده می‌توانم
professional-children = اطفال و مکلفیت گزارش دادن
professional-rights = حقوق کسانی که استثمار می‌شوند
professional-support = خط حمایوی و رهنمود
professional-coordinators = هماهنگ‌کنندگان منطقه‌ای
professional-region-ask = در کجای سویدن کار می‌کنید؟ یک منطقه را انتخاب کنید.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = هماهنگ‌کنندگان منطقه‌ای مبارزه با تن‌فروشی و قاچاق انسان به کارمندان مسلکی مشوره می‌دهند. این‌ها راه‌های تماس در منطقه‌ای است که انتخاب کردید.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = نشانه‌ها می‌توانند این‌ها باشند: کس دیگری پاسپورت یا تذکرهٔ آن شخص را نگه می‌دارد. آن شخص قرضی دارد که همیشه زیادتر می‌شود. خود او یا فامیلش تهدید می‌شوند، مثلاً به اینکه او را به ادارات دولتی گزارش بدهند.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = آن شخص نمی‌تواند کارش را رها کند یا آزادانه رفت و آمد کند، و شاید نزد صاحب‌کار زندگی کند. روزهای بسیار طولانی با معاش کم یا بدون معاش کار می‌کند، یا باید هر روز یک مقدار پول تحویل بدهد. نشانه‌هایی از خشونت، ترس یا اضطراب دیده می‌شود.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = کسانی که استثمار می‌شوند، کم پیش می‌آید که خود را قربانی بدانند یا با همین کلمه‌ها کمک بخواهند. یک نشانه به تنهایی چیزی را ثابت نمی‌کند. به تمام وضعیت نگاه کنید.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = دربارهٔ حقوق و حمایت‌ها به آن شخص معلومات بدهید، و بگذارید یک شخص بزرگسال خودش تصمیم بگیرد. حمایت نباید به همکاری با پولیس وابسته باشد. از خط حمایوی یا یک هماهنگ‌کنندهٔ منطقه‌ای مشوره بگیرید. اگر کسی در خطر است، به 112 زنگ بزنید.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = اگر شک دارید که به یک طفل آسیب می‌رسد، شاید مکلف باشید به خدمات اجتماعی گزارش بدهید. به این گزارش orosanmälan می‌گویند. این مکلفیت مثلاً شامل همهٔ کسانی است که در مکتب کار می‌کنند.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = بعد خدمات اجتماعی باید فوراً بررسی کند که طفل به چه محافظتی ضرورت دارد. در مورد یک طفل، حتی بدون تهدید یا دروغ هم قاچاق انسان است. اگر طفل حالا در خطر است، به 112 زنگ بزنید.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = اینجا می‌توانید کسی را برای تماس پیدا کنید. خود شما تصمیم می‌گیرید که چه بگویید. اگر حالا در خطر هستید، به 112 زنگ بزنید.
human-region-ask = در کجای سویدن هستید؟ یک منطقه را انتخاب کنید، یا «نمی‌دانم» را.
contacts-intro = این‌ها کسانی هستند که می‌توانید با آن‌ها تماس بگیرید. خود شما تصمیم می‌گیرید که چه بگویید، و اینکه نام خود را بگویید یا نه.
contacts-ask = حالا می‌خواهید چه کار کنید؟
contacts-other-region = انتخاب یک منطقهٔ دیگر
contacts-rights = حقوق من
