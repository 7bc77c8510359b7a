# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = دربارهٔ چه چیزی می‌خواهید بدانید؟ یکی را انتخاب کنید.
rights-reflection = وقت برای آرام گرفتن و فکر (30 روز)
rights-package = حمایتی که می‌توانید بخواهید
rights-police = حمایت و پولیس
rights-punish = اگر کسی مرا مجبور به جرم کرد
rights-selling = فروش خدمات جنسی و قانون
rights-stopped = اگر پولیس مرا ایستاد کند
rights-compensation = جبران خساره و وکیل مدافع
rights-children = اطفال زیر 18 سال
rights-return = برگشتن به وطن یا ماندن
rights-work = حقوق من در جای کار
rights-forms = شکل‌های مختلف استثمار
rights-support = کمک از موسسه‌ها

right-next-ask = حالا می‌خواهید چه کار کنید؟
right-more = حقوق دیگر
right-needs = چه کمک‌هایی موجود است
human-choice = پیدا کردن کسی برای گپ زدن

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = «مهلت تأمل» برای کسانی است که شاید گرفتار قاچاق انسان شده باشند و حق ماندن در سویدن را ندارند. این یک اجازهٔ اقامت موقت برای حداقل 30 روز است. به شما وقت می‌دهد تا آرام بگیرید و تصمیم بگیرید که می‌خواهید به تحقیق کمک کنید یا نه.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = خودتان نمی‌توانید درخواست بدهید. کسی که تحقیق را رهبری می‌کند (förundersökningsledaren) یا خدمات اجتماعی درخواست می‌دهد. ادارهٔ مهاجرت (Migrationsverket) تصمیم می‌گیرد، و گاهی این مدت تمدید شده می‌تواند. از خدمات اجتماعی یا از کسی در اینجا کمک بخواهید.

# The rights package during the reflection period. (000, 004)
right-package-1 = در وقت مهلت تأمل حق دارید حمایت بخواهید. می‌توانید یک جای مصئون برای زندگی، مشورهٔ حقوقی و معلومات، و تداوی‌ای را که ضرورت دارید، بخواهید. همچنان می‌توانید حمایت روانی، ترجمان، و پول یا کمک‌های دیگر برای زندگی روزمره بخواهید. به این حمایت‌ها «بستهٔ حقوق» می‌گویند.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = خدمات اجتماعی (socialtjänsten) شاروالی (kommun) جایی که در آن هستید، مسئول حمایت است. اگر حق ماندن در سویدن را ندارید، کمک فقط برای حالت‌های عاجل است. این کمک می‌تواند جای بود و باش محافظت‌شده در وقت انتظار برای برگشت باشد. همچنان می‌تواند ترجمان، حمایت روانی یا کمک برای دسترسی به خدمات صحی باشد.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = خود شما تصمیم می‌گیرید که چیزی را به پولیس گزارش بدهید یا نه. حمایت نباید به این وابسته باشد که شما به تحقیق کمک می‌کنید یا به محکمه می‌روید.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = اما اگر از یک کشور دیگر آمده‌اید، در عمل کار سخت‌تر است. برای گرفتن تمام حمایت‌ها، معمولاً به مهلت تأمل یا اجازهٔ اقامت در وقت تحقیق ضرورت دارید. یک راه دیگر، برنامهٔ ملی حمایت (Nationella stödprogrammet) است که نهادهای جامعهٔ مدنی آن را پیش می‌برند.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = بعضی کسان مجبور می‌شوند دزدی کنند، مواد مخدر بفروشند یا جرم‌های دیگر انجام بدهند. اگر در قاچاق انسان استثمار می‌شوید، نباید برای جرم‌هایی که مجبور به انجام آن شده‌اید، جزا ببینید.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = اگر از چیزی که شاید پیش بیاید می‌ترسید، اول با یک نفر گپ بزنید. او می‌تواند کمک کند که وضعیت خود را بفهمید، پیش از آنکه دربارهٔ چیزی تصمیم بگیرید.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = در سویدن فروش خدمات جنسی جرم نیست. خرید خدمات جنسی جرم است. خریدار جرم را انجام می‌دهد، نه شما.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = اما کسانی از کشورهای دیگر که در تن‌فروشی استثمار شده بودند، بازداشت و اخراج شده‌اند. چیزی که می‌تواند از شما محافظت کند، مهلت تأمل، ترجمان و کمک حقوقی است.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = پولیس کسانی از کشورهای دیگر را بازداشت کرده است، حتی وقتی که در تن‌فروشی استثمار شده بودند. بعضی از آن‌ها اخراج شده‌اند.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = اگر پولیس شما را ایستاده کند، می‌توانید ترجمان بخواهید. می‌توانید بگویید اگر کسی شما را تهدید یا استثمار کرده است. در این صورت شاید حق مهلت تأمل داشته باشید. همچنان می‌توانید کمک حقوقی بخواهید.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = کسانی که در قاچاق انسان استثمار شده‌اند، حق دارند جبران خساره بخواهند. می‌توانید از کسی که به شما آسیب رسانده، خساره بخواهید، و برای جبران خسارهٔ قربانیان جرم هم درخواست بدهید. معلوم نیست که حتماً پول بگیرید.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = آیا جرم بالای شما انجام شده و شما طرف متضرر (målsägande) هستید؟ در این صورت می‌توانید وکیل مدافع خاص خود را بخواهید: وکیل شاکی (målsägandebiträde). این وکیل در جریان تحقیق و در محکمه به شما کمک می‌کند. همیشه داده نمی‌شود. یک نفر در اینجا می‌تواند در درخواست آن به شما کمک کند.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = اگر کمتر از 18 سال عمر دارید، خدمات اجتماعی باید فوراً بررسی کند که به چه محافظتی ضرورت دارید. شما حق دارید که از شما محافظت شود. اگر حالا در خطر هستید، به 112 زنگ بزنید.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = در مورد یک طفل، حتی اگر کسی تهدید یا دروغ به کار نبرده باشد، باز هم قاچاق انسان است. این هیچ وقت تقصیر طفل نیست. می‌توانید اینجا با یک نفر دربارهٔ آن گپ بزنید.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = اگر می‌خواهید به وطن خود برگردید، برای برگشتن مصئون کمک وجود دارد. سازمان بین‌المللی مهاجرت (IOM) یک برنامهٔ برگشت را پیش می‌برد، و سویدن در آن سهم دارد.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = در بعضی حالت‌ها می‌توانید در سویدن بمانید. این می‌تواند با اجازهٔ اقامت موقت باشد، در وقتی که در تحقیق و محاکمه شرکت می‌کنید. یک نفر می‌تواند کمک کند که بفهمید چه راه‌هایی پیش روی شماست.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = کار اجباری و کار با شرایط آشکارا غیرمعقول می‌تواند جرم باشد: استثمار انسان (människoexploatering). این مثلاً در کارهای ساختمانی، صفایی، رستورانت‌ها، زراعت، چیدن توت‌های جنگلی و خانه‌های شخصی پیش می‌آید.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = معاش خود را نگرفتید، یا بسیار کمتر از چیزی که وعده داده بودند گرفتید؟ در این صورت می‌توانید کمک بخواهید تا معاشی که حق شماست و جبران خساره را مطالبه کنید.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = قاچاق انسان و استثمار می‌تواند شکل‌های مختلف داشته باشد. شاید به مسایل جنسی، کار یا گدایی مربوط باشد. همچنان شاید کسی مجبور شود دزدی کند یا جرم‌های دیگر انجام بدهد.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = همچنان می‌تواند ازدواج اجباری باشد، یا اینکه کسی اعضای بدن یک شخص را از او بگیرد. بسیاری کسان هم‌زمان به چند شکل استثمار می‌شوند. این هیچ وقت تقصیر شما نیست.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = موسسات جامعهٔ مدنی از کسانی هم که نمی‌خواهند با ادارات دولتی تماس داشته باشند حمایت می‌کنند. برنامهٔ ملی حمایت (Nationella stödprogrammet) خانه‌های امن و یک مرکز برای کسانی دارد که در تن‌فروشی یا قاچاق انسان استثمار شده‌اند.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = در سویدن هماهنگ‌کنندگان منطقه‌ای مبارزه با تن‌فروشی و قاچاق انسان وجود دارند. آن‌ها می‌توانند کمک کنند که حمایت مناسب را پیدا کنید.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = حالا چه چیزی می‌تواند به شما کمک کند؟ یکی را انتخاب کنید.
needs-legal = مشورهٔ حقوقی به زبان خودم
needs-psych = کسی که با او دربارهٔ حالم گپ بزنم
needs-material = پول یا چیزهایی که ضرورت دارم
needs-authorities = کمک در کار با ادارات دولتی
needs-interpreter = ترجمان
needs-housing = جای مصئون برای زندگی
needs-advice = مشوره دربارهٔ وضعیتم
needs-basic = غذا، لباس یا وسایل حفظ‌الصحه
needs-medical = داکتر یا تداوی
needs-process = کمک در قضیهٔ پولیس یا محکمه
needs-return = کمک برای برگشتن به وطن
needs-school = مکتب برای اولادهایم

need-next-ask = حالا می‌خواهید چه کار کنید؟
need-more = چیز دیگر
need-rights = حقوق من

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = می‌توانید مشورهٔ حقوقی و معلومات به زبانی که می‌فهمید بخواهید. موسسات حمایوی این مشوره را می‌دهند، حتی به کسانی که اجازهٔ اقامت ندارند. در وقت مهلت تأمل، این بخشی از حمایت است.
# Psychological support. (002, 000)
need-psych = بسیاری کسان به کسی ضرورت دارند که با او گپ بزنند. می‌توانید حمایت روانی بخواهید. این بخشی از «بستهٔ حقوق» است.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = می‌توانید از خدمات اجتماعی کمک مادی بخواهید. اگر حق ماندن در سویدن را ندارید، این کمک اکثراً فقط کمک عاجل است، مثلاً برای غذا یا سفر برگشت. موسسات حمایوی هم می‌توانند کمک کنند.
# Help in contact with authorities. (002)
need-authorities = کار با ادارات دولتی شاید سخت و ترسناک باشد. موسسه‌های حمایوی می‌توانند با شما همراه شوند و در تماس با ادارات به شما کمک کنند.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = حق دارید ترجمان بخواهید. خدمات اجتماعی و موسسات حمایوی می‌توانند کمک کنند که ترجمان داشته باشید. در وقت مهلت تأمل، این بخشی از حمایت است.
# Safe housing. (002, 000, 001)
need-housing = می‌توانید یک جای مصئون برای زندگی بخواهید. خدمات اجتماعی و موسسه‌های حمایوی می‌توانند برای جای بود و باش محافظت‌شده کمک کنند.
# Identification and initial advice. (002)
need-advice = یک نفر می‌تواند به گپ‌های شما گوش بدهد. او می‌تواند کمک کند که وضعیت خود را بفهمید و بدانید چه کارهایی کرده می‌توانید. خود شما تصمیم می‌گیرید که چه بگویید.
# Basic needs: food, hygiene. (002)
need-basic = موسسه‌های حمایوی می‌توانند در چیزهایی که هر روز ضرورت دارید کمک کنند، مثل غذا، لباس و وسایل حفظ‌الصحه.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = اگر حالت عاجل است، به 112 زنگ بزنید. می‌توانید خدمات صحی لازم را بخواهید. خدمات اجتماعی و موسسات حمایوی می‌توانند کمک کنند که به خدمات صحی برسید.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = آیا قضیه‌ای نزد پولیس یا محکمه‌ای در کار است؟ اگر شما طرف متضرر (målsägande) هستید، می‌توانید وکیل مدافع خاص خود را بخواهید (målsägandebiträde). همیشه داده نمی‌شود. یک نفر در اینجا می‌تواند در درخواست آن کمک کند، و یک موسسه هم می‌تواند از شما حمایت کند.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = اگر می‌خواهید به وطن خود برگردید، برای برگشتن مصئون کمک وجود دارد. برای این کار برنامه‌ای هست که IOM آن را پیش می‌برد.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = اطفال حق دارند به مکتب بروند. خدمات اجتماعی می‌تواند در چیزهایی که اولادهای شما ضرورت دارند، کمک کند.

need-person = می‌توانید دربارهٔ این موضوع با یک نفر هم گپ بزنید. خود شما تصمیم می‌گیرید که چه بگویید.
