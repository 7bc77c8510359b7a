# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = العربية

## Global commands, offered at every step

nav-back = → رجوع
nav-menu = القائمة الرئيسية
nav-language = تغيير اللغة
nav-human = التحدث مع شخص
nav-end = مسح كل شيء وإغلاق المحادثة

## Errors: short, kind, and always followed by the question again

error-unknown_choice = عذرًا، لم أفهم ذلك. يُرجى اختيار أحد الخيارات.
error-pick_option = هنا يمكنني الرد على الأزرار فقط. يُرجى اختيار أحد الخيارات.
error-bad_request = عذرًا، حدث خطأ في هذه الرسالة. يُرجى المحاولة مرة أخرى.
error-too_long = هذه الرسالة طويلة جدًا. يُرجى اختيار أحد الخيارات.
error-rate_limited = وصلت رسائل كثيرة في وقت واحد. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-unavailable = عذرًا، المحادثة لا تعمل الآن. إذا كنت في خطر، يُرجى الاتصال بالرقم 112.
error-session_expired = مُسحت محادثتك السابقة لأنها بقيت دون نشاط لبعض الوقت. يمكننا أن نبدأ من جديد.
error-no_session = لم تبدأ المحادثة بعد. يُرجى البدء من جديد.
error-reconnecting = يُعاد تشغيل المحادثة، وستتصل مرة أخرى بعد لحظات.

## Page labels

ui-exit = خروج
ui-restart = البدء من جديد
ui-connecting = جارٍ الاتصال…
ui-log = المحادثة
# The page's header: what this is, in the person's language.
ui-title = محادثة مساعدة مجهولة الهوية
# Opens the promise below, inside the page.
ui-privacy = كيف نحميك
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    ليس عليك ذكر اسمك. نحن لا نسألك عنه أبدًا.
    نحن لا نحفظ اسمك ولا رقم هاتفك ولا عنوان IP الخاص بك.
    تُمسح إجاباتك عندما تنهي المحادثة أو تضغط على «خروج».
    وتُمسح أيضًا عند التوقف عن الكتابة لبعض الوقت.
    إذا تحدثت مع موظف دعم، فلا يستطيع قراءة كتاباتك إلا موظفو الدعم.
    وتُحذف كتاباتك عند انتهاء تلك المحادثة.
    نحن نحسب فقط عدد الأشخاص الذين اختاروا إجابةً ما. ولا نحسب أبدًا مَن هم.
    لا نستطيع أن نمنع أحدًا من النظر إلى هاتفك.
    قد يُظهر سجلّ متصفحك أنك زرت هذه الصفحة. يُفضَّل استخدام نافذة تصفّح خاصة إن أمكن.
    ترجم هذا النص حاسوب، ويراجعه الآن شخص. إذا كان شيء غير واضح، يمكن لموظف دعم مساعدتك.
# The text box, while the chat waits for a button to be pressed.
ui-hint = يُرجى اختيار إحدى الإجابات في الأعلى.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = قائمة المحادثة
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = نسخة بسيطة بدون JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = المحادثة المباشرة مع شخص تحتاج إلى النسخة الكاملة من هذه الصفحة، مع JavaScript. يمكنك بدلًا من ذلك الاتصال بأحد هذه الأرقام.
ui-call-112 = الاتصال بالرقم 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = مُسحت المحادثة. لا نحتفظ إلا بأعداد مجهولة الهوية للإجابات، ولا نحتفظ أبدًا بما كتبته أو بهويتك. نتمنى لك السلامة. يمكنك العودة في أي وقت.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = الشمال (Norrbotten، Västerbotten، Jämtland، Västernorrland؛ مثلًا Umeå)
region-mitt = الوسط (Uppsala، Västmanland، Gävleborg؛ مثلًا Uppsala)
region-bergslagen = منطقة Bergslagen (Örebro، Värmland، Dalarna؛ مثلًا Örebro)
region-stockholm = منطقة Stockholm و Gotland
region-ost = الشرق (Östergötland، Jönköping، Södermanland؛ مثلًا Linköping)
region-vast = الغرب (Västra Götaland، Halland؛ مثلًا Göteborg)
region-syd = الجنوب (Skåne، Blekinge، Kronoberg، Kalmar؛ مثلًا Malmö)
region-national = لا أعرف / أفضّل ألّا أذكر ذلك

## Contacts (filled from configuration)

contacts-heading = جهات الاتصال في { $region }:
contacts-national-heading = جهات الاتصال على مستوى السويد:
contacts-none = لا توجد جهات اتصال مسجّلة هنا حتى الآن. ومع ذلك يمكنك طلب المساعدة: في حالة الطوارئ يُرجى الاتصال بالرقم 112.
contacts-emergency = الطوارئ (الشرطة، الإسعاف، الإطفاء): 112. الشرطة في غير حالات الطوارئ: ⁦114 14⁩.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = أوقات العمل: { $hours }
hours-always = كل يوم، ليلًا ونهارًا
professional-heading = الدعم للمهنيين:
professional-manual = دليل للمهنيين: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = رقم خط الدعم غير مذكور في هذه المحادثة بعد. يمكن لمنسق إقليمي أن يقدم لك النصيحة.

## Days, for opening hours

day-mon = الإثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = هل ساعدتك هذه المحادثة؟ يمكنك الإجابة أو تخطي السؤال. نحسب عدد الإجابات فقط.
survey-yes = نعم
survey-little = قليلًا
survey-no = لا
survey-skip = تخطي
survey-thanks = شكرًا على إجابتك.
