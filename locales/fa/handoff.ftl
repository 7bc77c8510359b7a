# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = یک مددکار از تیم این منطقه می‌تواند اینجا با شما چت کند. او زبان شما، منطقهٔ شما و جواب‌هایی را که در این چت انتخاب کرده‌اید می‌بیند. او همچنین هر چیزی را که از این به بعد می‌نویسید می‌بیند. وقتی چت تمام شود، نوشته‌های شما پاک می‌شود.
    .telegram = یک مددکار از تیم این منطقه می‌تواند اینجا با شما چت کند. او زبان شما، منطقهٔ شما و جواب‌هایی را که انتخاب کرده‌اید می‌بیند. او همچنین هر چیزی را که از این به بعد می‌نویسید می‌بیند. وقتی چت تمام شود، ما نوشته‌های شما را پاک می‌کنیم. پیام‌ها در این چت تلگرام می‌مانند. ‎ /forget آن‌ها را پاک می‌کند، به‌جز پیام‌هایی که قدیمی‌تر از 48 ساعت هستند.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = اگر زیر 18 سال هستید، ممکن است مددکار مجبور باشد دربارهٔ شما به خدمات اجتماعی (socialtjänsten) خبر بدهد. به این کار orosanmälan می‌گویند. این برای آن است که خدمات اجتماعی بتواند از شما محافظت کند. باز هم خودتان تصمیم می‌گیرید چه بگویید.
handoff-consent-ask = می‌خواهید همین الان با یک نفر چت کنید؟
handoff-consent-yes = بله، می‌خواهم چت کنم
handoff-consent-contacts = نه، شماره‌تلفن‌ها را نشان بده
handoff-waiting-ask = پیامتان را پایین بنویسید. مددکار آن را می‌بیند. هر وقت بخواهید می‌توانید تمامش کنید.
handoff-leave = ترک چت با مددکار
handoff-fallback-intro = الان کسی نمی‌تواند جواب بدهد. این‌ها راه‌های دیگری برای گرفتن کمک است.
handoff-fallback-ask = می‌خواهید باز هم منتظر بمانید، یا تمامش کنید؟
handoff-keep-waiting = باز هم منتظر می‌مانم
handoff-queued =
    { $position ->
        [1] شما نفر اول صف هستید. یک مددکار به‌محض اینکه بتواند جواب می‌دهد.
       *[other] شما شمارهٔ { $position } در صف هستید. یک مددکار به‌محض اینکه بتواند جواب می‌دهد.
    }
handoff-connected = یک مددکار الان اینجاست. می‌توانید برایش بنویسید.
handoff-transferred = گفتگوی شما به همکاری در تیمی دیگر سپرده می‌شود. در همین چت بمانید.
handoff-ended = چت با مددکار تمام شد. نوشته‌های شما پاک شده است.
handoff-unavailable = الان کسی نمی‌تواند اینجا چت کند. این‌ها کسانی هستند که می‌توانید با آن‌ها تماس بگیرید.
handoff-staff-label = مددکار
handoff-person-left = این فرد چت را ترک کرد.
handoff-transferred-from = منتقل‌شده از { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = سلام. من مددکار هستم. اینجا هستم تا به حرف‌های شما گوش بدهم. خودتان تصمیم می‌گیرید چه چیزی به من بگویید.
canned-moment = ممنون. لطفاً یک لحظه به من فرصت بدهید.
canned-safe = الان در امان هستید؟ اگر در خطر هستید، با 112 تماس بگیرید.
canned-more = کار دیگری هست که بتوانم در آن به شما کمک کنم؟
canned-bye = ممنون که نوشتید. هر وقت بخواهید می‌توانید به این چت برگردید. اگر در خطر هستید، با 112 تماس بگیرید.

## Page labels for the chat during a handoff.

ui-send = ارسال
ui-write = یک پیام بنویسید
ui-staff = مددکار
ui-position = شمارهٔ شما در صف: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = تیم { $region } الان بسته است. تیم { $team } می‌تواند به شما جواب بدهد.
handoff-overflow-wait = هنوز هیچ‌کس در تیم { $region } نتوانسته جواب بدهد. تیم { $team } می‌تواند به شما جواب بدهد.
handoff-away =
    { $day ->
        [today] الان کسی نمی‌تواند با شما چت کند. یک تیم امروز ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [tomorrow] الان کسی نمی‌تواند با شما چت کند. یک تیم فردا ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [mon] الان کسی نمی‌تواند با شما چت کند. یک تیم روز دوشنبه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [tue] الان کسی نمی‌تواند با شما چت کند. یک تیم روز سه‌شنبه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [wed] الان کسی نمی‌تواند با شما چت کند. یک تیم روز چهارشنبه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [thu] الان کسی نمی‌تواند با شما چت کند. یک تیم روز پنجشنبه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [fri] الان کسی نمی‌تواند با شما چت کند. یک تیم روز جمعه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [sat] الان کسی نمی‌تواند با شما چت کند. یک تیم روز شنبه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
        [sun] الان کسی نمی‌تواند با شما چت کند. یک تیم روز یکشنبه ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
       *[other] الان کسی نمی‌تواند با شما چت کند. یک تیم در تاریخ { $date } ساعت { $time } (به وقت سوئد) کارش را شروع می‌کند.
    }
handoff-away-unknown = الان کسی نمی‌تواند با شما چت کند.
team-nord = شمال سوئد
team-mitt = مرکز سوئد
team-bergslagen = Bergslagen
team-stockholm = Stockholm و Gotland
team-ost = شرق سوئد
team-vast = غرب سوئد
team-syd = جنوب سوئد
team-national = کل کشور
