# The way in: language, promise, safety, who is writing, main menu.

language-ask = زبان خود را انتخاب کنید.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = سلام. اینجا می‌توانید دربارهٔ کمک و حقوقتان سؤال کنید. لازم نیست اسمتان را بگویید. ما نوشته‌های شما را ذخیره نمی‌کنیم، و هویت شما را هم ذخیره نمی‌کنیم.
    .telegram = سلام. اینجا می‌توانید دربارهٔ کمک و حقوقتان سؤال کنید. لازم نیست اسمتان را بگویید. ما هویت شما را ذخیره نمی‌کنیم. اما این چت در گوشی شما و روی سرورهای تلگرام می‌ماند.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = هر وقت بخواهید می‌توانید سریع بیرون بروید: دکمهٔ «خروج» را در بالای صفحه بزنید، یا کلید Escape را. آن‌وقت چت بسته و پاک می‌شود. اما تاریخچهٔ مرورگرتان ممکن است نشان دهد که اینجا بوده‌اید. وقتی تنها هستید برگردید، ترجیحاً در پنجرهٔ ناشناس (خصوصی) مرورگر.
    .basic = هر وقت بخواهید می‌توانید سریع بیرون بروید: دکمهٔ «خروج» را در بالای صفحه بزنید. آن‌وقت چت بسته و پاک می‌شود. اما تاریخچهٔ مرورگرتان ممکن است نشان دهد که اینجا بوده‌اید. وقتی تنها هستید برگردید، ترجیحاً در پنجرهٔ ناشناس (خصوصی) مرورگر.
    .telegram = هر وقت بخواهید می‌توانید تمامش کنید: /forget را بفرستید، یا «پایان و پاک کردن» را انتخاب کنید. آن‌وقت گفتگو پاک می‌شود. اما /forget نمی‌تواند پیام‌های قدیمی‌تر از 48 ساعت را پاک کند. هر کسی که گوشی شما را ببیند، می‌تواند این چت را در تلگرام ببیند. وقتی تنها هستید برگردید، و بعد از آن چت را پاک کنید.
promise-ask = شروع کنیم؟
promise-ok = بله، شروع کنیم

## Safety first

safety-ask = الان در امان هستید؟
safety-yes = بله، الان در امانم
safety-no = نه، در خطرم
safety-unsure = مطمئن نیستم

danger-112 = اگر الان در خطر هستید، با 112 تماس بگیرید. تماس رایگان است. 112 شمارهٔ اضطراری برای پلیس، آمبولانس و آتش‌نشانی است.
danger-discreet = اگر کسی می‌تواند گوشی شما را ببیند، با دکمهٔ «خروج» از این چت بیرون بروید. وقتی تنها هستید برگردید. شمارهٔ پلیس برای موارد غیراضطراری {"\u2066"}114 14{"\u2069"} است.
    .telegram = اگر کسی می‌تواند گوشی شما را ببیند، /forget را بفرستید تا این گفتگو پاک شود. وقتی تنها هستید برگردید. شمارهٔ پلیس برای موارد غیراضطراری {"\u2066"}114 14{"\u2069"} است.
danger-ask = حالا می‌خواهید چه کار کنید؟
danger-continue = ادامهٔ چت
danger-human = پیدا کردن کسی برای گفتگو

## Who is writing

who-ask = برای چه کسی می‌نویسید؟
who-self = برای خودم
who-other = برای کسی که نگرانش هستم
who-work = در کارم با افرادی روبه‌رو می‌شوم
who-info = فقط اطلاعات می‌خواهم
who-child = زیر 18 سال هستم

## Main menu

menu-ask = می‌خواهید چه کار کنید؟
menu-signs = بررسی وضعیت خودم
menu-rights = حقوق من در سوئد
menu-needs = الان چه چیزی می‌تواند به من کمک کند
menu-family = نگران کسی هستم
menu-professional = برای کارکنان حرفه‌ای
menu-children = زیر 18 سال هستم
menu-danger = در خطرم
