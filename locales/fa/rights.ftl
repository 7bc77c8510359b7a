# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = دربارهٔ چه چیزی می‌خواهید بدانید؟ یکی را انتخاب کنید.
rights-reflection = زمانی برای استراحت و فکر (30 روز)
rights-package = حمایتی که می‌توانید بخواهید
rights-police = حمایت و پلیس
rights-punish = اگر کسی مرا وادار به جرم کرد
rights-selling = فروش خدمات جنسی و قانون
rights-stopped = اگر پلیس مرا متوقف کند
rights-compensation = غرامت و وکیل
rights-children = کودکان زیر 18 سال
rights-return = برگشتن به کشورم یا ماندن
rights-work = حقوق من در محل کار
rights-forms = شکل‌های مختلف بهره‌کشی
rights-support = کمک از سازمان‌ها

right-next-ask = حالا می‌خواهید چه کار کنید؟
right-more = حقوق دیگر
right-needs = چه کمک‌هایی وجود دارد
human-choice = پیدا کردن کسی برای گفتگو

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = «مهلت تأمل» برای کسانی است که ممکن است گرفتار قاچاق انسان شده باشند و حق ماندن در سوئد را ندارند. این یک اجازهٔ اقامت موقت برای دست‌کم 30 روز است. به شما فرصت می‌دهد استراحت کنید و تصمیم بگیرید که می‌خواهید به تحقیقات کمک کنید یا نه.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = خودتان نمی‌توانید درخواست بدهید. کسی که تحقیقات را رهبری می‌کند (förundersökningsledaren) یا خدمات اجتماعی درخواست می‌دهد. ادارهٔ مهاجرت (Migrationsverket) تصمیم می‌گیرد، و گاهی می‌شود این مدت را تمدید کرد. از خدمات اجتماعی یا از کسی در اینجا کمک بخواهید.

# The rights package during the reflection period. (000, 004)
right-package-1 = در طول مهلت تأمل حق دارید درخواست حمایت کنید. می‌توانید جای امنی برای زندگی، مشاورهٔ حقوقی و اطلاعات، و درمانی را که لازم دارید درخواست کنید. همچنین می‌توانید حمایت روانی، مترجم، و پول یا کمک‌های دیگر برای زندگی روزمره بخواهید. به این حمایت‌ها «بستهٔ حقوق» می‌گویند.
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = خدمات اجتماعی (socialtjänsten) شهرداری (kommun) محلی که در آن هستید، مسئول حمایت است. اگر حق ماندن در سوئد را ندارید، کمک فقط برای موقعیت‌های اضطراری است. این کمک می‌تواند محل سکونت حفاظت‌شده در مدت انتظار برای بازگشت باشد. همچنین می‌تواند مترجم، حمایت روانی یا کمک برای دسترسی به خدمات درمانی باشد.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = خودتان تصمیم می‌گیرید که چیزی را به پلیس گزارش بدهید یا نه. حمایت نباید به این بستگی داشته باشد که به تحقیقات کمک کنید یا به دادگاه بروید.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = اما اگر از کشور دیگری آمده‌اید، در عمل کار سخت‌تر است. برای گرفتن همهٔ حمایت‌ها، معمولاً به مهلت تأمل یا اجازهٔ اقامت در مدت تحقیقات نیاز دارید. راه دیگر، برنامهٔ ملی حمایت (Nationella stödprogrammet) است که سازمان‌های جامعهٔ مدنی آن را اداره می‌کنند.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = بعضی‌ها مجبور می‌شوند دزدی کنند، مواد مخدر بفروشند یا جرم‌های دیگری انجام دهند. اگر در قاچاق انسان مورد بهره‌کشی هستید، نباید برای جرم‌هایی که مجبور به انجامشان شده‌اید مجازات شوید.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = اگر از اتفاقی که ممکن است بیفتد می‌ترسید، اول با یک نفر صحبت کنید. او می‌تواند کمکتان کند وضعیتتان را بفهمید، پیش از آنکه دربارهٔ چیزی تصمیم بگیرید.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = در سوئد فروش خدمات جنسی جرم نیست. خرید خدمات جنسی جرم است. خریدار مرتکب جرم می‌شود، نه شما.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = اما کسانی از کشورهای دیگر که در تن‌فروشی مورد بهره‌کشی بودند، بازداشت و اخراج شده‌اند. آنچه می‌تواند از شما محافظت کند، مهلت تأمل، مترجم و کمک حقوقی است.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = پلیس کسانی از کشورهای دیگر را بازداشت کرده است، حتی وقتی در تن‌فروشی مورد بهره‌کشی بودند. بعضی از آن‌ها اخراج شده‌اند.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = اگر پلیس شما را متوقف کند، می‌توانید مترجم بخواهید. می‌توانید بگویید اگر کسی شما را تهدید کرده یا از شما بهره‌کشی کرده است. در این صورت ممکن است حق مهلت تأمل داشته باشید. همچنین می‌توانید کمک حقوقی بخواهید.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = کسانی که در قاچاق انسان مورد بهره‌کشی قرار گرفته‌اند، حق دارند غرامت بخواهند. می‌توانید از کسی که به شما آسیب زده خسارت مطالبه کنید، و برای غرامت قربانیان جرم هم درخواست بدهید. قطعی نیست که پولی بگیرید.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = آیا جرم علیه شما انجام شده و شما طرف آسیب‌دیده (målsägande) هستید؟ در این صورت می‌توانید وکیل مخصوص خودتان را بخواهید: وکیل شاکی (målsägandebiträde). این وکیل در طول تحقیقات و در دادگاه به شما کمک می‌کند. همیشه داده نمی‌شود. یک نفر در اینجا می‌تواند در درخواست آن به شما کمک کند.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = اگر زیر 18 سال هستید، خدمات اجتماعی باید فوراً بررسی کند که به چه محافظتی نیاز دارید. شما حق دارید که از شما محافظت شود. اگر الان در خطر هستید، با 112 تماس بگیرید.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = در مورد کودکان، حتی اگر کسی تهدید یا دروغ به کار نبرده باشد، باز هم قاچاق انسان است. این هرگز تقصیر کودک نیست. می‌توانید اینجا با یک نفر دربارهٔ آن صحبت کنید.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = اگر می‌خواهید به کشورتان برگردید، برای بازگشت امن کمک وجود دارد. سازمان بین‌المللی مهاجرت (IOM) یک برنامهٔ بازگشت را اداره می‌کند، و سوئد در آن مشارکت دارد.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = در بعضی موارد می‌توانید در سوئد بمانید. این می‌تواند با اجازهٔ اقامت موقت باشد، در مدتی که در تحقیقات و دادگاه شرکت می‌کنید. یک نفر می‌تواند کمکتان کند بفهمید چه راه‌هایی پیش رو دارید.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = کار اجباری و کار با شرایط آشکارا نامعقول می‌تواند جرم باشد: بهره‌کشی از انسان (människoexploatering). این مثلاً در ساختمان‌سازی، نظافت، رستوران‌ها، کشاورزی، چیدن توت‌های جنگلی و خانه‌های شخصی پیش می‌آید.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = دستمزدتان را نگرفتید، یا خیلی کمتر از آنچه قول داده بودند گرفتید؟ در این صورت می‌توانید کمک بخواهید تا دستمزدی که حقتان است و غرامت را مطالبه کنید.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = قاچاق انسان و بهره‌کشی می‌تواند شکل‌های مختلفی داشته باشد. ممکن است به مسائل جنسی، کار یا گدایی مربوط باشد. همچنین ممکن است کسی مجبور شود دزدی کند یا جرم‌های دیگری انجام دهد.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = همچنین می‌تواند ازدواج اجباری باشد، یا اینکه کسی اعضای بدن شخصی را از او بگیرد. خیلی‌ها هم‌زمان به چند شکل مورد بهره‌کشی قرار می‌گیرند. این هرگز تقصیر شما نیست.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = سازمان‌های جامعهٔ مدنی از کسانی هم که نمی‌خواهند با مقامات تماس داشته باشند حمایت می‌کنند. برنامهٔ ملی حمایت (Nationella stödprogrammet) خانه‌های امن و یک مرکز برای کسانی دارد که در تن‌فروشی یا قاچاق انسان مورد بهره‌کشی قرار گرفته‌اند.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = در سوئد هماهنگ‌کنندگان منطقه‌ای مبارزه با تن‌فروشی و قاچاق انسان وجود دارند. آن‌ها می‌توانند کمکتان کنند حمایت مناسب را پیدا کنید.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = الان چه چیزی می‌تواند به شما کمک کند؟ یکی را انتخاب کنید.
needs-legal = مشاورهٔ حقوقی به زبان خودم
needs-psych = کسی که با او دربارهٔ حالم حرف بزنم
needs-material = پول یا چیزهایی که لازم دارم
needs-authorities = کمک در کار با ادارات دولتی
needs-interpreter = مترجم
needs-housing = جای امن برای زندگی
needs-advice = مشورت دربارهٔ وضعیتم
needs-basic = غذا، لباس یا وسایل بهداشتی
needs-medical = پزشک یا درمان
needs-process = کمک در پروندهٔ پلیس یا دادگاه
needs-return = کمک برای برگشتن به کشورم
needs-school = مدرسه برای بچه‌هایم

need-next-ask = حالا می‌خواهید چه کار کنید؟
need-more = چیز دیگری
need-rights = حقوق من

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = می‌توانید مشاورهٔ حقوقی و اطلاعات به زبانی که می‌فهمید بخواهید. سازمان‌های حمایتی این مشاوره را می‌دهند، حتی به کسانی که اجازهٔ اقامت ندارند. در دوران مهلت تأمل، این بخشی از حمایت است.
# Psychological support. (002, 000)
need-psych = خیلی‌ها به کسی نیاز دارند که با او حرف بزنند. می‌توانید حمایت روانی درخواست کنید. این بخشی از «بستهٔ حقوق» است.
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = می‌توانید از خدمات اجتماعی کمک مادی بخواهید. اگر حق ماندن در سوئد را ندارید، این کمک اغلب فقط کمک اضطراری است، مثلاً برای غذا یا سفر بازگشت. سازمان‌های حمایتی هم می‌توانند کمک کنند.
# Help in contact with authorities. (002)
need-authorities = کار با ادارات دولتی ممکن است سخت و ترسناک باشد. سازمان‌های حمایتی می‌توانند همراه شما بیایند و در ارتباط با ادارات به شما کمک کنند.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = حق دارید مترجم درخواست کنید. خدمات اجتماعی و سازمان‌های حمایتی می‌توانند کمک کنند مترجم داشته باشید. در دوران مهلت تأمل، این بخشی از حمایت است.
# Safe housing. (002, 000, 001)
need-housing = می‌توانید جای امنی برای زندگی درخواست کنید. خدمات اجتماعی و سازمان‌های حمایتی می‌توانند برای محل سکونت حفاظت‌شده کمک کنند.
# Identification and initial advice. (002)
need-advice = یک نفر می‌تواند به حرف‌هایتان گوش بدهد. او می‌تواند کمکتان کند وضعیتتان را بفهمید و بدانید چه کارهایی از شما برمی‌آید. خودتان تصمیم می‌گیرید چه بگویید.
# Basic needs: food, hygiene. (002)
need-basic = سازمان‌های حمایتی می‌توانند در چیزهایی که هر روز لازم دارید کمک کنند، مثل غذا، لباس و وسایل بهداشتی.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = اگر وضعیت اضطراری است، با 112 تماس بگیرید. می‌توانید خدمات درمانی لازم را بخواهید. خدمات اجتماعی و سازمان‌های حمایتی می‌توانند کمک کنند به خدمات درمانی دسترسی پیدا کنید.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = آیا پرونده‌ای نزد پلیس یا دادگاهی در کار است؟ اگر شما طرف آسیب‌دیده (målsägande) هستید، می‌توانید وکیل مخصوص خودتان را بخواهید (målsägandebiträde). همیشه داده نمی‌شود. یک نفر در اینجا می‌تواند در درخواست آن کمکتان کند، و یک سازمان هم می‌تواند از شما حمایت کند.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = اگر می‌خواهید به کشورتان برگردید، برای بازگشت امن کمک وجود دارد. برنامه‌ای برای این کار هست که IOM آن را اداره می‌کند.
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = کودکان حق دارند به مدرسه بروند. خدمات اجتماعی می‌تواند در چیزهایی که بچه‌هایتان لازم دارند کمک کند.

need-person = می‌توانید دربارهٔ این موضوع با یک نفر هم صحبت کنید. خودتان تصمیم می‌گیرید چه بگویید.
