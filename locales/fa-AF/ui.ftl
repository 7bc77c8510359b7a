# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = دری

## Global commands, offered at every step

nav-back = → برگشت
nav-menu = فهرست اصلی
nav-language = تغییر زبان
nav-human = گپ زدن با یک نفر
nav-end = پاک کردن همه چیز و بستن

## Errors: short, kind, and always followed by the question again

error-unknown_choice = معذرت می‌خواهم، نفهمیدم. لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-pick_option = اینجا فقط به دکمه‌ها جواب داده می‌توانم. لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-bad_request = معذرت می‌خواهم، در این پیام یک مشکل پیدا شد. لطفاً دوباره کوشش کنید.
error-too_long = این پیام بسیار طولانی بود. لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-rate_limited = پیام‌ها یک‌باره بسیار زیاد شد. لطفاً کمی صبر کنید و دوباره کوشش کنید.
error-unavailable = معذرت می‌خواهم، چت فعلاً کار نمی‌کند. اگر در خطر هستید، به 112 زنگ بزنید.
error-session_expired = گفتگوی قبلی شما پاک شد، چون مدتی هیچ پیامی نیامد. می‌توانیم دوباره شروع کنیم.
error-no_session = گفتگو هنوز شروع نشده است. لطفاً دوباره شروع کنید.
error-reconnecting = چت دوباره راه‌اندازی می‌شود و پس از چند لحظه دوباره وصل می‌شود.

## Page labels

ui-exit = خروج
ui-restart = شروع دوباره
ui-connecting = در حال وصل شدن…
ui-log = گفتگو
# The page's header: what this is, in the person's language.
ui-title = چت ناشناس برای کمک
# Opens the promise below, inside the page.
ui-privacy = چگونه از شما محافظت می‌کنیم
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    لازم نیست نام خود را بگویید. ما هیچ وقت آن را نمی‌پرسیم.
    ما نام، نمبر تلیفون و آدرس IP شما را ذخیره نمی‌کنیم.
    وقتی چت را ختم کنید یا دکمهٔ «خروج» را فشار دهید، جواب‌های شما پاک می‌شود.
    همچنان اگر مدتی چیزی ننویسید، جواب‌های شما پاک می‌شود.
    اگر با یک کارمند حمایوی چت کنید، تنها کارمندان حمایوی نوشته‌های شما را خوانده می‌توانند.
    وقتی آن چت ختم شود، نوشته‌های شما پاک می‌شود.
    ما تنها می‌شماریم که چند نفر یک جواب را انتخاب کرده‌اند. هیچ وقت نمی‌شماریم که چه کسی آن را انتخاب کرده است.
    ما جلوی کسی را که به موبایل شما نگاه می‌کند، گرفته نمی‌توانیم.
    تاریخچهٔ براوزر شما ممکن است نشان دهد که به این صفحه آمده‌اید. اگر می‌توانید، از یک پنجرهٔ خصوصی براوزر استفاده کنید.
    این متن را کمپیوتر ترجمه کرده و حالا یک نفر آن را بررسی می‌کند. اگر چیزی واضح نیست، یک کارمند حمایوی می‌تواند کمک کند.
# The text box, while the chat waits for a button to be pressed.
ui-hint = یکی از جواب‌های بالا را انتخاب کنید.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = فهرست چت
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = نسخهٔ ساده بدون JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = برای چت زنده با یک نفر، نسخهٔ کامل این صفحه با JavaScript لازم است. به جای آن، می‌توانید به یکی از این نمبرها زنگ بزنید.
ui-call-112 = زنگ زدن به 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = گفتگو پاک شد. ما فقط شمار بی‌نام جواب‌ها را نگه می‌داریم، هرگز چیزی که نوشتید یا این‌که کی هستید. مواظب خود باشید. هر وقت خواستید می‌توانید دوباره بیایید.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = شمال (Norrbotten، Västerbotten، Jämtland، Västernorrland؛ مثلاً Umeå)
region-mitt = مرکز (Uppsala، Västmanland، Gävleborg؛ مثلاً Uppsala)
region-bergslagen = منطقهٔ Bergslagen (Örebro، Värmland، Dalarna؛ مثلاً Örebro)
region-stockholm = Stockholm و Gotland
region-ost = شرق (Östergötland، Jönköping، Södermanland؛ مثلاً Linköping)
region-vast = غرب (Västra Götaland، Halland؛ مثلاً Göteborg)
region-syd = جنوب (Skåne، Blekinge، Kronoberg، Kalmar؛ مثلاً Malmö)
region-national = نمی‌دانم / نمی‌خواهم بگویم

## Contacts (filled from configuration)

contacts-heading = راه‌های تماس در { $region }:
contacts-national-heading = راه‌های تماس در سراسر سویدن:
contacts-none = هنوز هیچ راه تماسی اینجا ثبت نشده است. باز هم می‌توانید کمک بگیرید: در حالت عاجل به 112 زنگ بزنید.
contacts-emergency = عاجل (پولیس، امبولانس، اطفائیه): 112. پولیس، برای حالت‌های غیرعاجل: {"\u2066"}114 14{"\u2069"}.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = ساعات کار: { $hours }
hours-always = هر روز، شبانه‌روز
professional-heading = حمایت برای کارمندان مسلکی:
professional-manual = رهنمود برای کارمندان مسلکی: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = شمارهٔ خط تلیفون حمایوی هنوز در این چت نیامده است. یک هماهنگ‌کنندهٔ منطقه‌ای می‌تواند به شما مشوره بدهد.

## Days, for opening hours

day-mon = دوشنبه
day-tue = سه‌شنبه
day-wed = چهارشنبه
day-thu = پنجشنبه
day-fri = جمعه
day-sat = شنبه
day-sun = یکشنبه

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = آیا این چت به شما کمک کرد؟ می‌توانید جواب بدهید یا از این سؤال بگذرید. فقط تعداد جواب‌ها حساب می‌شود.
survey-yes = بلی
survey-little = کمی
survey-no = نه
survey-skip = گذشتن
survey-thanks = تشکر که جواب دادید.
