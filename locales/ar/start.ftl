# The way in: language, promise, safety, who is writing, main menu.

language-ask = يُرجى اختيار اللغة.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = مرحبًا. هنا يمكنك السؤال عن المساعدة وعن حقوقك. ليس عليك ذكر اسمك. نحن لا نحفظ أي شيء عن هويتك. إذا تحدثت كتابةً مع موظف دعم، يُحذف ما كتبته عند انتهاء تلك المحادثة.
    .telegram = مرحبًا. هنا يمكنك السؤال عن المساعدة وعن حقوقك. ليس عليك ذكر اسمك. نحن لا نحفظ أي شيء عن هويتك. لكن المحادثة تبقى في هاتفك وعلى خوادم تيليغرام.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = يمكنك المغادرة بسرعة في أي وقت: بالضغط على «خروج» في أعلى الصفحة، أو على مفتاح Escape. عندها تُغلق المحادثة وتُمسح. لكن سجلّ المتصفح قد يُظهر أنك كنت هنا. يمكنك العودة حين لا يكون أحد معك، ويُفضَّل استخدام نافذة تصفّح خاصة.
    .basic = يمكنك المغادرة بسرعة في أي وقت: بالضغط على «خروج» في أعلى الصفحة. عندها تُغلق المحادثة وتُمسح. لكن سجلّ المتصفح قد يُظهر أنك كنت هنا. يمكنك العودة حين لا يكون أحد معك، ويُفضَّل استخدام نافذة تصفّح خاصة.
    .telegram = يمكنك التوقف في أي وقت: بإرسال ‎ /forget أو باختيار «مسح كل شيء وإغلاق المحادثة». عندها تُمحى المحادثة. لكن ‎ /forget لا يستطيع حذف الرسائل الأقدم من 48 ساعة. من يرى هاتفك يستطيع أن يرى المحادثة في تيليغرام. يمكنك العودة حين لا يكون أحد معك، ثم حذف المحادثة بعد ذلك.
    .touch = يمكنك المغادرة بسرعة في أي وقت: بالضغط على «خروج» في أعلى الصفحة. عندها تُغلق المحادثة وتُمسح. لكن سجلّ المتصفح قد يُظهر أنك كنت هنا. يمكنك العودة حين لا يكون أحد معك، ويُفضَّل استخدام نافذة تصفّح خاصة.
promise-ask = هل نبدأ؟
promise-ok = نعم، لنبدأ

## Safety first

safety-ask = هل أنت في أمان الآن؟
safety-yes = نعم، أنا في أمان الآن
safety-no = لا، أنا في خطر
safety-unsure = لا أعرف بالتأكيد

danger-112 = إذا كنت في خطر الآن، يُرجى الاتصال بالرقم 112. الاتصال مجاني. الرقم 112 هو رقم الطوارئ للشرطة والإسعاف والإطفاء.
danger-discreet = إذا كان أحد يستطيع رؤية هاتفك، يمكنك الضغط على «خروج» لمغادرة هذه المحادثة. يمكنك العودة عندما لا يكون أحد معك. رقم الشرطة في غير حالات الطوارئ هو ⁦114 14⁩.
    .telegram = إذا كان أحد يستطيع رؤية هاتفك، يمكنك إرسال ‎ /forget لحذف هذه المحادثة. يمكنك العودة عندما لا يكون أحد معك. رقم الشرطة في غير حالات الطوارئ هو ⁦114 14⁩.
danger-ask = ماذا يناسبك الآن؟
danger-continue = متابعة المحادثة
danger-human = البحث عن شخص للتحدث معه

## Who is writing

who-ask = لمن هذه المحادثة؟
who-self = لنفسي
who-other = لشخص أقلق عليه
who-work = ألتقي بأشخاص في عملي
who-info = أريد معلومات فقط
who-child = عمري أقل من 18 سنة

## Main menu

menu-ask = بماذا يمكنني مساعدتك؟
menu-signs = التحقق من وضعي
menu-rights = حقوقي في السويد
menu-needs = ما الذي قد يساعدني الآن
menu-family = أشعر بالقلق على شخص
menu-professional = للمهنيين
menu-children = عمري أقل من 18 سنة
menu-danger = أنا في خطر
menu-privacy = كيف نحميك

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = نحن لا نحفظ اسمك ولا رقم هاتفك ولا عنوان IP الخاص بك. تُمسح إجاباتك عند إنهاء المحادثة. وتُمسح أيضًا عند التوقف عن الكتابة لبعض الوقت. إذا تحدثت مع موظف دعم، فلا يستطيع قراءة كتاباتك إلا موظفو الدعم. وتُحذف كتاباتك عند انتهاء تلك المحادثة.
    .telegram = نحن لا نحفظ اسمك ولا اسم المستخدم الخاص بك ولا رقم هاتفك. تُمسح إجاباتك عند إرسال ‎ /forget. وتُمسح أيضًا عند التوقف عن الكتابة لبعض الوقت. إذا تحدثت مع موظف دعم، فلا يستطيع قراءة كتاباتك إلا موظفو الدعم. وتُحذف كتاباتك عند انتهاء تلك المحادثة.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = هناك أشياء لا نستطيع أن نحميك منها. من يمسك هاتفك يستطيع أن يرى هذه المحادثة وسجلّ متصفحك. تطبيق التجسس على هاتفك يستطيع أن يرى كل كتاباتك. من يدير شبكة الواي فاي أو شبكة هاتفك يستطيع أن يعرف أنك زرت هذا الموقع. ولا يستطيع أن يرى ما كتبته. إن أمكن، يُفضَّل استخدام هاتف خاص بك وحدك، ونافذة تصفّح خاصة. إذا كان هناك احتمال أن أحدًا يفتّش هاتفك، يمكنك الاتصال من هاتف آخر بإحدى جهات الاتصال في «التحدث مع شخص».
    .telegram = هناك أشياء لا نستطيع أن نحميك منها. يحتفظ تيليغرام بسجلاته الخاصة: فهو يعرف أن حسابك كتب إلى هذا البوت، ويعرف متى. من يمسك هاتفك يستطيع أن يرى هذه المحادثة. تطبيق التجسس على هاتفك يستطيع أن يرى كل كتاباتك. من يدير شبكة الواي فاي أو شبكة هاتفك يستطيع أن يعرف أن هذا الهاتف يستخدم تيليغرام. إن أمكن، يُفضَّل استخدام هاتف خاص بك وحدك، وحذف هذه المحادثة بعد ذلك. إذا كان هناك احتمال أن أحدًا يفتّش هاتفك، يمكنك الاتصال من هاتف آخر بإحدى جهات الاتصال في «التحدث مع شخص».
privacy-ask = ما الخطوة المناسبة لك الآن؟
privacy-menu = العودة إلى القائمة الرئيسية
