# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = گذاشتن پیام برای تیم
mailbox-write-intro = می‌توانید یک پیام برای تیم منطقهٔ خود بنویسید، تا 2000 نویسه. لطفاً نام، شمارهٔ تلفن یا نشانی خود را ننویسید. تیم وقتی برگردد آن را می‌خواند و همین‌جا جواب می‌دهد.
mailbox-write-ask = پیامتان را بنویسید.
# The person's one reply to the team's answer.
mailbox-reply-intro = می‌توانید یک بار به تیم جواب بدهید، تا 2000 نویسه. لطفاً نام، شمارهٔ تلفن یا نشانی خود را ننویسید.
mailbox-reply-ask = جوابتان را بنویسید.
mailbox-reply-sent = جواب شما برای تیم فرستاده شد. بعداً با همان کد برگردید تا جواب آن‌ها را بخوانید.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = پیام شما فرستاده شد. کد شما: { $code }. آن را در جای امنی بنویسید، یا به خاطر بسپارید. هر کسی که این کد را داشته باشد می‌تواند جواب را بخواند. با آن برگردید و «کد دارم» را انتخاب کنید. پیام شما و جواب پس از { $days } روز پاک می‌شوند، یا یک روز پس از اینکه جواب را بخوانید.
    .telegram = پیام شما فرستاده شد. کد شما: { $code }. آن را در جای امنی بنویسید، یا به خاطر بسپارید. هر کسی که این کد را داشته باشد می‌تواند جواب را بخواند. هر کسی که این چت را ببیند می‌تواند کد را ببیند: ‎ /forget پیام‌های آن را پاک می‌کند. برگردید و ‎ /code را بفرستید. پیام شما و جواب پس از { $days } روز پاک می‌شوند، یا یک روز پس از اینکه جواب را بخوانید.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = حالا می‌خواهید چه کار کنید؟
mailbox-menu = بازگشت به منوی اصلی

## Coming back with a code

# The button at the start menu.
start-have-code = کد دارم
mailbox-code-ask = کد 16 رقمی خود را بنویسید.
mailbox-waiting = تیم هنوز جواب نداده است. بعداً با کدتان برگردید.
mailbox-answer-intro = جواب تیم:
mailbox-opened-ask = حالا می‌خواهید چه کار کنید؟
mailbox-reply = یک بار جواب دادن
mailbox-delete = پاک کردن همه‌چیز، همین حالا
mailbox-deleted = پیام شما و جواب‌ها پاک شدند.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = این پیام فرستاده شود؟
ui-mailbox-confirm-yes = بله، فرستاده شود
ui-mailbox-edit = نه، تغییرش می‌دهم
ui-mailbox-code = کد شما
ui-mailbox-open = باز کردن

## Telegram only

# The command list's entry for /code.
tg-cmd-code = کد دارم
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = می‌توانیم جواب تیم را در این چت هم بفرستیم. در این صورت باید یک یادداشت قفل‌شده از این چت را همراه پیام شما نگه داریم. وقتی جواب فرستاده شد یا پیام شما پاک شد، آن را پاک می‌کنیم.
mailbox-telegram-deliver = فرستادن جواب در این چت هم
mailbox-telegram-deliver-set = جواب در این چت هم می‌آید.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = هیچ پیامی این کد را ندارد. رقم‌ها را بررسی کنید و دوباره امتحان کنید.
error-mailbox_empty = لطفاً اول پیامتان را بنویسید.
error-mailbox_too_long = این خیلی طولانی است: حداکثر 2000 نویسه.
error-mailbox_limited = کدهای خیلی زیادی امتحان شد. لطفاً کمی صبر کنید و دوباره امتحان کنید.
error-mailbox_replied = شما یک بار جواب داده‌اید. بعداً با کدتان برگردید تا جواب تیم را بخوانید.
error-mailbox_off = الان گذاشتن پیام اینجا ممکن نیست.
tg-mailbox-code-deleted = پیام شما را که کد در آن بود از این چت پاک کردم.
