# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)

check-intro = سأطرح عليك بعض الأسئلة عن وضعك. الإجابة عن كل سؤال اختيارية. يمكنك التوقف في أي وقت. لن أطلب أسماء أو أماكن أو وثائق.
check-intro-ask = هل نبدأ؟
check-start = نعم، اسألني
check-skip = لا، أرني المساعدة المتاحة

answer-yes = نعم
answer-no = لا
answer-unsure = لا أعرف

# Identity documents taken or kept by someone else. (004)
sign-passport = هل أخذ أحدٌ جواز سفرك أو بطاقة هويتك، أو يحتفظ بهما بحجة أنه «يحفظهما لك»؟
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = هل عليك دَين للشخص الذي أحضرك إلى هنا أو وجد لك العمل؟ وهل يزداد هذا الدَّين باستمرار؟
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = هل هدّدك أحدٌ أو هدّد عائلتك؟ أو هدّد بأن يبلّغ عنك الشرطة أو مصلحة الهجرة (Migrationsverket)؟
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = هل يمنعك أحد من المغادرة أو ترك العمل أو الذهاب إلى حيث تريد؟ هل يراقبك أحد عندما لا تكون في العمل؟
# Must hand over all or most of the earnings. (004)
sign-money = هل عليك أن تعطي كل المال الذي تكسبه، أو معظمه، لشخص آخر؟
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = هل تسكن في مكان عملك، أو مع الشخص الذي تعمل لديه؟ وربما لا تعرف العنوان؟
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = هل تعمل ساعات طويلة جدًا كل يوم، بلا أيام راحة؟ هل الأجر منخفض جدًا، أو محجوز عنك، أو لا يُدفع لك أبدًا؟
# The work is not what was promised. (004)
sign-promise = هل العمل مختلف عمّا وُعدت به؟
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = هل عليك أن تجلب مبلغًا محددًا من المال كل يوم، مثلًا عن طريق التسوّل أو السرقة، وإلا تُعاقَب؟

## Result: never a verdict
# Trafficking and exploitation are crimes against the person; victims rarely see themselves as victims. (004, 001)
check-result-signs = شكرًا على إجاباتك. إذا كانت إجابتك «نعم» عن أي سؤال، فقد يكون ذلك علامة على الاستغلال أو الاتجار بالبشر. هذه جرائم. الآخرون هم من يرتكبونها بحقك. هذا ليس خطأك.
# Support does not depend on talking to the police; the person decides. (004)
check-result-decide = أنت من يقرر ما سيحدث بعد ذلك. يمكنك القراءة عن حقوقك، أو التحدث مع شخص. يمكنك طلب الدعم دون التحدث مع الشرطة.
check-result-ask = ماذا يناسبك الآن؟
result-rights = القراءة عن حقوقي
result-needs = المساعدة المتاحة
