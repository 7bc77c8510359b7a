# Talk to a person (handoff) and the staff console's canned replies, in Arabic.
# These describe what lotsa itself does; 112 is the emergency number.

handoff-consent-info = يمكن لموظف دعم من فريق المنطقة أن يتحدث معك هنا كتابةً. سيرى لغتك ومنطقتك والإجابات التي اخترتها في هذه المحادثة. وسيرى أيضًا كل ما يُكتب هنا من الآن. يُحذف ما يُكتب عند انتهاء المحادثة.
    .telegram = يمكن لموظف دعم من فريق المنطقة أن يتحدث معك هنا كتابةً. سيرى لغتك ومنطقتك والإجابات التي اخترتها. وسيرى أيضًا كل ما يُكتب هنا من الآن. نحذف ما يُكتب عند انتهاء المحادثة. تبقى الرسائل في محادثة تيليغرام هذه. يحذفها ‎ /forget، إلا الرسائل الأقدم من 48 ساعة.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = إذا كان عمرك أقل من 18 سنة، فقد يكون على موظف الدعم أن يُبلغ الخدمات الاجتماعية (socialtjänsten) عن وضعك. يُسمّى هذا orosanmälan. والهدف أن تتمكن الخدمات الاجتماعية من حمايتك. ويبقى لك القرار في ما يمكنك مشاركته.
handoff-consent-ask = هل يناسبك التحدث مع شخص الآن؟
handoff-consent-yes = نعم، أريد التحدث
handoff-consent-contacts = لا، أظهر أرقام الهاتف بدلًا من ذلك
handoff-waiting-ask = يمكنك كتابة رسالتك في الأسفل. سيراها موظف الدعم. يمكنك التوقف في أي وقت.
handoff-leave = مغادرة المحادثة مع موظف الدعم
handoff-fallback-intro = لا يمكن لأحد أن يرد الآن. هذه طرق أخرى للحصول على المساعدة.
handoff-fallback-ask = هل يناسبك الاستمرار في الانتظار أم التوقف؟
handoff-keep-waiting = الاستمرار في الانتظار
handoff-queued =
    { $position ->
        [1] أنت الأول في الدور. سيرد موظف الدعم في أقرب وقت ممكن.
       *[other] رقمك في الدور هو { $position }. سيرد موظف الدعم في أقرب وقت ممكن.
    }
handoff-connected = موظف الدعم معك الآن. يمكنك الكتابة له.
handoff-transferred = سيتم تحويلك إلى زميل في فريق آخر. يُرجى البقاء في هذه المحادثة.
handoff-ended = انتهت المحادثة مع موظف الدعم. تم حذف ما كتبته.
handoff-unavailable = لا يمكن لأحد أن يتحدث هنا الآن. هذه جهات يمكنك التواصل معها.
handoff-staff-label = موظف الدعم
handoff-person-left = غادر الشخص المحادثة.
handoff-transferred-from = محوَّل من { $region }.

## ردود جاهزة للموظفين، تُرسل بلغة الشخص.

canned-hello = مرحبًا. أنا موظف دعم. أنا هنا لأستمع إليك. أنت من يقرر ما تقوله لي.
canned-moment = شكرًا. أعطني لحظة من فضلك.
canned-safe = هل أنت في أمان الآن؟ إذا كنت في خطر، يُرجى الاتصال بالرقم 112.
canned-more = هل هناك شيء آخر يمكنني مساعدتك فيه؟
canned-bye = شكرًا على رسالتك. يمكنك العودة إلى هذه المحادثة في أي وقت. إذا كنت في خطر، يُرجى الاتصال بالرقم 112.

## تسميات الصفحة أثناء المحادثة مع موظف.

ui-send = إرسال
ui-write = كتابة رسالة
ui-staff = موظف الدعم
ui-position = رقمك في الدور: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = فريق { $region } مغلق الآن. يمكن لفريق { $team } أن يرد عليك.
handoff-overflow-wait = لم يتمكن أحد في فريق { $region } من الرد بعد. يمكن لفريق { $team } أن يرد عليك.
handoff-away =
    { $day ->
        [today] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل اليوم الساعة { $time } (بتوقيت السويد).
        [tomorrow] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل غدًا الساعة { $time } (بتوقيت السويد).
        [mon] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم الإثنين الساعة { $time } (بتوقيت السويد).
        [tue] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم الثلاثاء الساعة { $time } (بتوقيت السويد).
        [wed] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم الأربعاء الساعة { $time } (بتوقيت السويد).
        [thu] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم الخميس الساعة { $time } (بتوقيت السويد).
        [fri] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم الجمعة الساعة { $time } (بتوقيت السويد).
        [sat] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم السبت الساعة { $time } (بتوقيت السويد).
        [sun] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل يوم الأحد الساعة { $time } (بتوقيت السويد).
       *[other] لا يمكن لأحد أن يتحدث معك الآن. سيبدأ أحد الفرق العمل بتاريخ { $date } الساعة { $time } (بتوقيت السويد).
    }
handoff-away-unknown = لا يمكن لأحد أن يتحدث معك الآن.
team-nord = شمال السويد
team-mitt = وسط السويد
team-bergslagen = Bergslagen
team-stockholm = Stockholm و Gotland
team-ost = شرق السويد
team-vast = غرب السويد
team-syd = جنوب السويد
team-national = البلد كله
