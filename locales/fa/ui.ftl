# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = فارسی

## Global commands, offered at every step

nav-back = → بازگشت
nav-menu = منوی اصلی
nav-language = تغییر زبان
nav-human = صحبت با یک نفر
nav-end = پاک کردن همه‌چیز و بستن

## Errors: short, kind, and always followed by the question again

error-unknown_choice = ببخشید، متوجه نشدم. لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-pick_option = اینجا فقط می‌توانم به دکمه‌ها جواب بدهم. لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-bad_request = ببخشید، در این پیام مشکلی پیش آمد. لطفاً دوباره امتحان کنید.
error-too_long = این پیام خیلی طولانی بود. لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-rate_limited = پیام‌ها یک‌دفعه خیلی زیاد شد. لطفاً کمی صبر کنید و دوباره امتحان کنید.
error-unavailable = ببخشید، چت الان کار نمی‌کند. اگر در خطر هستید، با 112 تماس بگیرید.
error-session_expired = گفتگوی قبلی شما پاک شد، چون مدتی پیامی نیامد. می‌توانیم دوباره شروع کنیم.
error-no_session = گفتگو هنوز شروع نشده است. لطفاً دوباره شروع کنید.
error-reconnecting = گفتگو دوباره راه‌اندازی می‌شود و تا چند لحظه دیگر دوباره وصل می‌شود.

## Page labels

ui-exit = خروج
ui-restart = شروع دوباره
ui-connecting = در حال اتصال…
ui-log = گفتگو
# The page's header: what this is, in the person's language.
ui-title = چت ناشناس برای کمک
# Opens the promise below, inside the page.
ui-privacy = چطور از شما محافظت می‌کنیم
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    لازم نیست اسمتان را بگویید. ما هیچ‌وقت آن را نمی‌پرسیم.
    ما اسم، شمارهٔ تلفن و آدرس IP شما را ذخیره نمی‌کنیم.
    وقتی چت را تمام کنید یا دکمهٔ «خروج» را بزنید، جواب‌های شما پاک می‌شود.
    همچنین اگر مدتی چیزی ننویسید، جواب‌های شما پاک می‌شود.
    اگر با یک مددکار چت کنید، فقط مددکارها می‌توانند نوشته‌های شما را بخوانند.
    وقتی آن چت تمام شود، نوشته‌های شما پاک می‌شود.
    ما فقط می‌شماریم که چند نفر یک جواب را انتخاب کرده‌اند. هیچ‌وقت نمی‌شماریم که چه کسی آن را انتخاب کرده است.
    ما نمی‌توانیم جلوی کسی را بگیریم که به گوشی شما نگاه می‌کند.
    تاریخچهٔ مرورگرتان ممکن است نشان دهد که به این صفحه آمده‌اید. اگر می‌توانید، از پنجرهٔ ناشناس (خصوصی) مرورگر استفاده کنید.
    این متن را رایانه ترجمه کرده و اکنون یک نفر آن را بررسی می‌کند. اگر چیزی روشن نیست، یک مددکار می‌تواند کمک کند.
# The text box, while the chat waits for a button to be pressed.
ui-hint = یکی از جواب‌های بالا را انتخاب کنید.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = منوی چت
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = نسخهٔ ساده بدون JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = برای چت زنده با یک نفر، نسخهٔ کامل این صفحه با JavaScript لازم است. به‌جای آن، می‌توانید با یکی از این شماره‌ها تماس بگیرید.
ui-call-112 = تماس با 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = گفتگو پاک شد. ما فقط شمارش‌های بی‌نام از جواب‌ها را نگه می‌داریم، هرگز آنچه نوشتید یا اینکه چه کسی هستید. مراقب خودتان باشید. هر وقت خواستید می‌توانید برگردید.

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
region-national = نمی‌دانم / ترجیح می‌دهم نگویم

## Contacts (filled from configuration)

contacts-heading = راه‌های تماس در { $region }:
contacts-national-heading = راه‌های تماس در سراسر سوئد:
contacts-none = هنوز هیچ راه تماسی اینجا ثبت نشده است. باز هم می‌توانید کمک بگیرید: در وضعیت اضطراری با 112 تماس بگیرید.
contacts-emergency = اضطراری (پلیس، آمبولانس، آتش‌نشانی): 112. پلیس، برای موارد غیراضطراری: {"\u2066"}114 14{"\u2069"}.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = ساعت کار: { $hours }
hours-always = هر روز، شبانه‌روزی
professional-heading = حمایت برای کارکنان حرفه‌ای:
professional-manual = راهنما برای کارکنان حرفه‌ای: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = شمارهٔ خط پشتیبانی هنوز در این چت نیامده است. یک هماهنگ‌کنندهٔ منطقه‌ای می‌تواند به شما مشورت بدهد.

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

survey-ask = آیا این چت به شما کمک کرد؟ می‌توانید جواب بدهید یا از این سؤال رد شوید. فقط تعداد جواب‌ها شمرده می‌شود.
survey-yes = بله
survey-little = کمی
survey-no = نه
survey-skip = رد شدن
survey-thanks = ممنون که جواب دادید.
