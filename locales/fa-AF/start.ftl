# The way in: language, promise, safety, who is writing, main menu.

language-ask = زبان خود را انتخاب کنید.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = سلام. اینجا می‌توانید دربارهٔ کمک و حقوق خود سؤال کنید. لازم نیست نام خود را بگویید. ما نوشته‌های شما را ذخیره نمی‌کنیم، و هویت شما را هم ذخیره نمی‌کنیم.
    .telegram = سلام. اینجا می‌توانید دربارهٔ کمک و حقوق خود سؤال کنید. لازم نیست نام خود را بگویید. ما هویت شما را ذخیره نمی‌کنیم. اما این چت در موبایل شما و در سرورهای تلگرام باقی می‌ماند.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
promise-exit = هر وقت بخواهید، می‌توانید زود بیرون شوید: دکمهٔ «خروج» را در بالای صفحه فشار دهید، یا دکمهٔ Escape را. بعد چت بسته و پاک می‌شود. اما تاریخچهٔ براوزر شما ممکن است نشان دهد که اینجا بوده‌اید. وقتی تنها هستید دوباره بیایید، بهتر است در یک پنجرهٔ خصوصی براوزر.
    .basic = هر وقت بخواهید، می‌توانید زود بیرون شوید: دکمهٔ «خروج» را در بالای صفحه فشار دهید. بعد چت بسته و پاک می‌شود. اما تاریخچهٔ براوزر شما ممکن است نشان دهد که اینجا بوده‌اید. وقتی تنها هستید دوباره بیایید، بهتر است در یک پنجرهٔ خصوصی براوزر.
    .telegram = هر وقت بخواهید، می‌توانید ختم کنید: /forget را بفرستید، یا «ختم و پاک کردن» را انتخاب کنید. بعد گفتگوی شما پاک می‌شود. اما /forget نمی‌تواند پیام‌های کهنه‌تر از 48 ساعت را پاک کند. هر کسی که موبایل شما را ببیند، می‌تواند این چت را در تلگرام ببیند. وقتی تنها هستید دوباره بیایید، و بعد از آن چت را پاک کنید.
promise-ask = شروع کنیم؟
promise-ok = بلی، شروع کنیم

## Safety first

safety-ask = آیا حالا در امان هستید؟
safety-yes = بلی، حالا در امان هستم
safety-no = نه، در خطر هستم
safety-unsure = مطمئن نیستم

danger-112 = اگر حالا در خطر هستید، به 112 زنگ بزنید. زنگ زدن رایگان است. 112 نمبر عاجل برای پولیس، امبولانس و اطفائیه است.
danger-discreet = اگر کسی می‌تواند موبایل شما را ببیند، با دکمهٔ «خروج» از این چت بیرون شوید. وقتی تنها هستید دوباره بیایید. نمبر پولیس برای حالت‌های غیرعاجل {"\u2066"}114 14{"\u2069"} است.
    .telegram = اگر کسی می‌تواند موبایل شما را ببیند، /forget را بفرستید تا این گفتگو پاک شود. وقتی تنها هستید دوباره بیایید. نمبر پولیس برای حالت‌های غیرعاجل {"\u2066"}114 14{"\u2069"} است.
danger-ask = حالا می‌خواهید چه کار کنید؟
danger-continue = ادامهٔ چت
danger-human = پیدا کردن کسی برای گپ زدن

## Who is writing

who-ask = برای چه کسی می‌نویسید؟
who-self = برای خودم
who-other = برای کسی که برایش تشویش دارم
who-work = در کارم با مردم روبرو می‌شوم
who-info = فقط معلومات می‌خواهم
who-child = کمتر از 18 سال عمر دارم

## Main menu

menu-ask = می‌خواهید چه کار کنید؟
menu-signs = بررسی وضعیت خودم
menu-rights = حقوق من در سویدن
menu-needs = حالا چه چیزی می‌تواند به من کمک کند
menu-family = برای کسی تشویش دارم
menu-professional = برای کارمندان مسلکی
menu-children = کمتر از 18 سال عمر دارم
menu-danger = در خطر هستم
