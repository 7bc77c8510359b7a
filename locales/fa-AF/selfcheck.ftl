# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = من 9 سؤال کوتاه دربارهٔ وضعیت شما می‌پرسم. فقط به سؤال‌هایی جواب بدهید که خودتان می‌خواهید. هر وقت بخواهید، می‌توانید ختم کنید. من از شما نام، مکان یا اسناد نمی‌خواهم.
check-intro-ask = آیا می‌خواهید شروع کنیم؟
check-start = بلی، بپرس
check-skip = نه، کمک‌های موجود را نشان بده

answer-yes = بلی
answer-no = نه
answer-unsure = نمی‌دانم
check-stop = همین‌جا ختم کنیم

# Identity documents taken or kept by someone else. (004)
sign-passport = سؤال 1 از 9. آیا کسی پاسپورت یا تذکرهٔ شما را گرفته است؟ یا کسی آن را «برای شما» نگه می‌دارد؟
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = سؤال 2 از 9. آیا از کسی که شما را اینجا آورده یا برای شما کار پیدا کرده، قرضدار هستید؟ آیا این قرض همیشه زیادتر می‌شود؟
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = سؤال 3 از 9. آیا کسی شما یا فامیل شما را تهدید کرده است؟ یا تهدید کرده که شما را به پولیس یا ادارهٔ مهاجرت گزارش بدهد؟
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = سؤال 4 از 9. آیا کسی نمی‌گذارد که از آنجا بروید، کار خود را رها کنید یا هر جایی که می‌خواهید بروید؟ آیا وقتی کار نمی‌کنید، زیر نظر هستید؟
# Must hand over all or most of the earnings. (004)
sign-money = سؤال 5 از 9. آیا باید تمام پولی را که به دست می‌آورید، یا بیشتر آن را، به کس دیگری بدهید؟
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = سؤال 6 از 9. آیا در جای کار خود زندگی می‌کنید، یا نزد کسی که برایش کار می‌کنید؟ یا آدرس را نمی‌دانید؟
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = سؤال 7 از 9. آیا روزهای بسیار طولانی کار می‌کنید، بدون روز رخصتی؟ آیا معاش شما بسیار کم است، آن را از شما نگه می‌دارند، یا هیچ معاش نمی‌گیرید؟
# The work is not what was promised. (004)
sign-promise = سؤال 8 از 9. آیا کار شما با چیزی که به شما وعده داده بودند فرق دارد؟
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = سؤال 9 از 9. آیا باید هر روز یک مقدار معین پول بیاورید، مثلاً از گدایی یا دزدی؟ اگر نیاورید، جزا می‌بینید؟

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = تهدید علیه شما یا فامیل شما یک موضوع جدی است. اگر شما یا کسی از فامیل شما حالا در خطر است، به 112 زنگ بزنید. زنگ زدن رایگان است.
check-threats-ask = آیا می‌خواهید سؤال‌ها را ادامه بدهیم؟
check-continue = بلی، ادامه بده

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = تشکر که جواب دادید. جواب «بلی» می‌تواند نشانهٔ استثمار یا قاچاق انسان باشد. اما یک نشانه به تنهایی چیزی را ثابت نمی‌کند. اگر کسی شما را استثمار می‌کند، این می‌تواند جرمی علیه شما باشد. تقصیر شما نیست.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = خود شما تصمیم می‌گیرید که بعد از این چه شود. می‌توانید دربارهٔ حقوق خود بخوانید، یا با یک نفر گپ بزنید. اگر حالا در خطر هستید، به 112 زنگ بزنید.
check-result-ask = می‌خواهید چه کار کنید؟
result-rights = خواندن دربارهٔ حقوقم
result-needs = چه کمک‌هایی موجود است
