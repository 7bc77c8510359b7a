# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = یک کارمند حمایوی از تیم این منطقه می‌تواند اینجا با شما چت کند. او زبان شما، منطقهٔ شما و جواب‌هایی را که در این چت انتخاب کرده‌اید، می‌بیند. او همچنان هر چیزی را که از حالا به بعد می‌نویسید، می‌بیند. وقتی چت ختم شود، نوشته‌های شما پاک می‌شود.
    .telegram = یک کارمند حمایوی از تیم این منطقه می‌تواند اینجا با شما چت کند. او زبان شما، منطقهٔ شما و جواب‌هایی را که انتخاب کرده‌اید، می‌بیند. او همچنان هر چیزی را که از حالا به بعد می‌نویسید، می‌بیند. وقتی چت ختم شود، ما نوشته‌های شما را پاک می‌کنیم. پیام‌ها در این چت تلگرام باقی می‌مانند. ‎ /forget آن‌ها را پاک می‌کند، به جز پیام‌هایی که کهنه‌تر از 48 ساعت هستند.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = اگر کمتر از 18 سال عمر دارید، شاید کارمند حمایوی مجبور شود در بارهٔ شما به خدمات اجتماعی (socialtjänsten) خبر بدهد. به این کار orosanmälan می‌گویند. این برای آن است که خدمات اجتماعی بتواند از شما محافظت کند. باز هم خود شما تصمیم می‌گیرید که چه بگویید.
handoff-consent-ask = آیا می‌خواهید همین حالا با یک نفر چت کنید؟
handoff-consent-yes = بلی، می‌خواهم چت کنم
handoff-consent-contacts = نه، نمبرهای تلیفون را نشان بده
handoff-waiting-ask = پیام خود را در پایین بنویسید. کارمند حمایوی آن را می‌بیند. هر وقت بخواهید، می‌توانید آن را ختم کنید.
handoff-leave = ترک چت با کارمند حمایوی
handoff-fallback-intro = فعلاً کسی نمی‌تواند جواب بدهد. این‌ها راه‌های دیگر برای گرفتن کمک است.
handoff-fallback-ask = آیا می‌خواهید باز هم منتظر بمانید، یا ختم کنید؟
handoff-keep-waiting = باز هم منتظر می‌مانم
handoff-queued =
    { $position ->
        [1] شما نفر اول در نوبت هستید. یک کارمند حمایوی به مجردی که بتواند، جواب می‌دهد.
       *[other] شما نفر { $position } در نوبت هستید. یک کارمند حمایوی به مجردی که بتواند، جواب می‌دهد.
    }
handoff-connected = یک کارمند حمایوی حالا اینجاست. می‌توانید برایش بنویسید.
handoff-transferred = گفتگوی شما به یک همکار در تیم دیگر سپرده می‌شود. در همین چت بمانید.
handoff-ended = چت با کارمند حمایوی ختم شد. نوشته‌های شما پاک شده است.
handoff-unavailable = فعلاً کسی نمی‌تواند اینجا چت کند. این‌ها کسانی هستند که می‌توانید با آن‌ها تماس بگیرید.
handoff-staff-label = کارمند حمایوی
handoff-person-left = این شخص چت را ترک کرد.
handoff-transferred-from = انتقال‌یافته از { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = سلام. من کارمند حمایوی هستم. اینجا هستم تا به گپ‌های شما گوش بدهم. خود شما تصمیم می‌گیرید که چه چیزی به من بگویید.
canned-moment = تشکر. لطفاً یک لحظه صبر کنید.
canned-safe = آیا حالا در امان هستید؟ اگر در خطر هستید، به 112 زنگ بزنید.
canned-more = آیا کار دیگری هست که بتوانم در آن به شما کمک کنم؟
canned-bye = تشکر که نوشتید. هر وقت بخواهید، می‌توانید دوباره به این چت بیایید. اگر در خطر هستید، به 112 زنگ بزنید.

## Page labels for the chat during a handoff.

ui-send = ارسال
ui-write = یک پیام بنویسید
ui-staff = کارمند حمایوی
ui-position = شما نفر { $position } در نوبت هستید

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = تیم { $region } فعلاً بسته است. تیم { $team } می‌تواند به شما جواب بدهد.
handoff-overflow-wait = هنوز هیچ کسی در تیم { $region } نتوانسته جواب بدهد. تیم { $team } می‌تواند به شما جواب بدهد.
handoff-away =
    { $day ->
        [today] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم امروز ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [tomorrow] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم فردا ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [mon] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز دوشنبه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [tue] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز سه‌شنبه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [wed] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز چهارشنبه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [thu] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز پنجشنبه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [fri] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز جمعه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [sat] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز شنبه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
        [sun] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم روز یکشنبه ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
       *[other] فعلاً کسی نمی‌تواند با شما چت کند. یک تیم به تاریخ { $date } ساعت { $time } (به وقت سویدن) کار خود را شروع می‌کند.
    }
handoff-away-unknown = فعلاً کسی نمی‌تواند با شما چت کند.
team-nord = شمال سویدن
team-mitt = مرکز سویدن
team-bergslagen = Bergslagen
team-stockholm = Stockholm و Gotland
team-ost = شرق سویدن
team-vast = غرب سویدن
team-syd = جنوب سویدن
team-national = تمام کشور
