# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = سأطرح عليك 9 أسئلة قصيرة عن وضعك. الإجابة عن كل سؤال اختيارية. يمكنك التوقف في أي وقت. لن أطلب أسماء أو أماكن أو وثائق.
check-intro-ask = هل نبدأ؟
check-start = نعم، اسألني
check-skip = لا، أرني المساعدة المتاحة

answer-yes = نعم
answer-no = لا
answer-unsure = لا أعرف
check-stop = التوقف هنا

# Identity documents taken or kept by someone else. (004)
sign-passport = السؤال 1 من 9. هل أخذ أحدٌ جواز سفرك أو بطاقة هويتك، أو يحتفظ بهما بحجة أنه «يحفظهما لك»؟
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = السؤال 2 من 9. هل عليك دَين للشخص الذي أحضرك إلى هنا أو وجد لك العمل؟ وهل يزداد هذا الدَّين باستمرار؟
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = السؤال 3 من 9. هل هدّدك أحدٌ أو هدّد عائلتك؟ أو هدّد بأن يبلّغ عنك الشرطة أو مصلحة الهجرة (Migrationsverket)؟
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = السؤال 4 من 9. هل يمنعك أحد من المغادرة أو ترك العمل أو الذهاب إلى أي مكان؟ هل يراقبك أحد خارج أوقات العمل؟
# Must hand over all or most of the earnings. (004)
sign-money = السؤال 5 من 9. هل عليك إعطاء كل دخلك من المال، أو معظمه، لشخص آخر؟
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = السؤال 6 من 9. هل سكنك في مكان العمل، أو عند صاحب العمل؟ أم أن العنوان غير معروف لك؟
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = السؤال 7 من 9. هل ساعات عملك طويلة جدًا كل يوم، بلا أيام راحة؟ هل الأجر منخفض جدًا، أو محجوز عنك، أو لا يُدفع لك أبدًا؟
# The work is not what was promised. (004)
sign-promise = السؤال 8 من 9. هل العمل مختلف عمّا وُعدت به؟
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = السؤال 9 من 9. هل عليك جلب مبلغ محدد من المال كل يوم، مثلًا من التسوّل أو السرقة؟ وهل هناك عقاب إن لم يحدث ذلك؟

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = التهديد ضدك أو ضد عائلتك أمر خطير. إذا كنت أنت أو أحد من عائلتك في خطر الآن، يُرجى الاتصال بالرقم 112. الاتصال مجاني.
check-threats-ask = هل يناسبك متابعة الأسئلة؟
check-continue = نعم، لنتابع

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = شكرًا على الإجابات. الإجابة «نعم» قد تكون علامة على الاستغلال أو الاتجار بالبشر. لكن علامة واحدة وحدها لا تثبت شيئًا. إذا كان أحد يستغلك، فقد تكون هذه جريمة بحقك. وهذا ليس ذنبك.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = أنت من يقرر ما سيحدث بعد ذلك. يمكنك القراءة عن حقوقك، أو التحدث مع شخص. إذا كنت في خطر الآن، يُرجى الاتصال بالرقم 112.
check-result-ask = ماذا يناسبك الآن؟
result-rights = القراءة عن حقوقي
result-needs = المساعدة المتاحة
