# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = من 9 سؤال کوتاه دربارهٔ وضعیت شما می‌پرسم. فقط به سؤال‌هایی جواب بدهید که خودتان می‌خواهید. هر وقت بخواهید می‌توانید دست نگه دارید. اسم، مکان یا مدرکی از شما نمی‌خواهم.
check-intro-ask = می‌خواهید شروع کنیم؟
check-start = بله، بپرس
check-skip = نه، کمک‌های موجود را نشان بده

answer-yes = بله
answer-no = نه
answer-unsure = نمی‌دانم
check-stop = همین‌جا تمام کنیم

# Identity documents taken or kept by someone else. (004)
sign-passport = سؤال 1 از 9. آیا کسی پاسپورت یا کارت شناسایی شما را گرفته است؟ یا کسی آن را «برای شما» نگه می‌دارد؟
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = سؤال 2 از 9. آیا به کسی که شما را به اینجا آورده یا برایتان کار پیدا کرده بدهکارید؟ آیا این بدهی مدام بیشتر می‌شود؟
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = سؤال 3 از 9. آیا کسی شما یا خانواده‌تان را تهدید کرده است؟ یا تهدید کرده که شما را به پلیس یا ادارهٔ مهاجرت گزارش بدهد؟
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = سؤال 4 از 9. آیا کسی نمی‌گذارد آنجا را ترک کنید، کارتان را رها کنید یا هر جا می‌خواهید بروید؟ آیا وقتی کار نمی‌کنید، زیر نظر هستید؟
# Must hand over all or most of the earnings. (004)
sign-money = سؤال 5 از 9. آیا باید همهٔ پولی را که درمی‌آورید، یا بیشتر آن را، به کس دیگری بدهید؟
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = سؤال 6 از 9. آیا در محل کارتان زندگی می‌کنید، یا پیش کسی که برایش کار می‌کنید؟ یا آدرس را نمی‌دانید؟
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = سؤال 7 از 9. آیا روزهای خیلی طولانی کار می‌کنید، بدون روز تعطیل؟ آیا دستمزدتان خیلی کم است، آن را از شما نگه می‌دارند، یا اصلاً پرداخت نمی‌شود؟
# The work is not what was promised. (004)
sign-promise = سؤال 8 از 9. آیا کارتان با آنچه به شما قول داده بودند فرق دارد؟
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = سؤال 9 از 9. آیا باید هر روز مبلغ مشخصی پول بیاورید، مثلاً از گدایی یا دزدی؟ اگر نیاورید، تنبیه می‌شوید؟

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = تهدید علیه شما یا خانواده‌تان جدی است. اگر شما یا کسی از خانواده‌تان الان در خطر است، با 112 تماس بگیرید. تماس رایگان است.
check-threats-ask = می‌خواهید سؤال‌ها را ادامه بدهیم؟
check-continue = بله، ادامه بده

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = ممنون که جواب دادید. جواب «بله» می‌تواند نشانهٔ بهره‌کشی یا قاچاق انسان باشد. اما یک نشانه به‌تنهایی چیزی را ثابت نمی‌کند. اگر کسی از شما بهره‌کشی می‌کند، این می‌تواند جرمی علیه شما باشد. تقصیر شما نیست.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = خودتان تصمیم می‌گیرید که بعد از این چه پیش بیاید. می‌توانید دربارهٔ حقوقتان بخوانید، یا با یک نفر صحبت کنید. اگر الان در خطر هستید، با 112 تماس بگیرید.
check-result-ask = می‌خواهید چه کار کنید؟
result-rights = خواندن دربارهٔ حقوقم
result-needs = چه کمک‌هایی وجود دارد
