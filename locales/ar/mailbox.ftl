# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = ترك رسالة للفريق
mailbox-write-intro = يمكنك كتابة رسالة واحدة إلى فريق منطقتك، حتى 2000 حرف. يُرجى عدم كتابة الاسم أو رقم الهاتف أو العنوان. سيقرأ الفريق الرسالة عند عودته، وسيرد هنا.
mailbox-write-ask = يُرجى كتابة رسالتك.
# The person's one reply to the team's answer.
mailbox-reply-intro = يمكنك الرد على الفريق مرة واحدة، حتى 2000 حرف. يُرجى عدم كتابة الاسم أو رقم الهاتف أو العنوان.
mailbox-reply-ask = يُرجى كتابة ردك.
mailbox-reply-sent = تم إرسال ردك إلى الفريق. يمكنك العودة لاحقًا بالرمز نفسه لقراءة جوابهم.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = تم إرسال رسالتك. رمزك: { $code }. يُرجى كتابته في مكان آمن، أو حفظه في الذاكرة. أي شخص لديه هذا الرمز يمكنه قراءة الجواب. يمكنك العودة به واختيار «لديّ رمز». تُحذف رسالتك والجواب بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، أو بعد يوم واحد من قراءة الجواب.
    .telegram = تم إرسال رسالتك. رمزك: { $code }. يُرجى كتابته في مكان آمن، أو حفظه في الذاكرة. أي شخص لديه هذا الرمز يمكنه قراءة الجواب. أي شخص يرى هذه المحادثة يمكنه رؤية الرمز: ‎ /forget يحذف رسائلها. يمكنك العودة وإرسال ‎ /code. تُحذف رسالتك والجواب بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، أو بعد يوم واحد من قراءة الجواب.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = ما الخطوة المناسبة لك الآن؟
mailbox-menu = العودة إلى القائمة الرئيسية

## Coming back with a code

# The button at the start menu.
start-have-code = لديّ رمز
mailbox-code-ask = يُرجى كتابة الرمز المكوّن من 16 رقمًا.
mailbox-waiting = لم يرد الفريق بعد. يمكنك العودة لاحقًا مع رمزك.
mailbox-answer-intro = جواب الفريق:
mailbox-opened-ask = ما الخطوة المناسبة لك الآن؟
mailbox-reply = الرد مرة واحدة
mailbox-delete = حذف كل شيء الآن
mailbox-deleted = تم حذف رسالتك والأجوبة.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = إرسال هذه الرسالة؟
ui-mailbox-confirm-yes = نعم، إرسالها
ui-mailbox-edit = لا، تعديلها
ui-mailbox-code = رمزك
ui-mailbox-open = فتح

## Telegram only

# The command list's entry for /code.
tg-cmd-code = لديّ رمز
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = يمكننا أيضًا إرسال جواب الفريق إلى هذه المحادثة. عندها يجب أن نحتفظ بمعلومة مقفلة عن هذه المحادثة مع رسالتك. نحذفها عند إرسال الجواب أو عند حذف رسالتك.
mailbox-telegram-deliver = إرسال الجواب إلى هذه المحادثة أيضًا
mailbox-telegram-deliver-set = سيصل الجواب إلى هذه المحادثة أيضًا.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = لا توجد رسالة بهذا الرمز. يُرجى التحقق من الأرقام والمحاولة مرة أخرى.
error-mailbox_empty = يُرجى كتابة الرسالة أولًا.
error-mailbox_too_long = هذا طويل جدًا: 2000 حرف على الأكثر.
error-mailbox_limited = تمت تجربة رموز كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-mailbox_replied = تم إرسال ردك مرة واحدة من قبل. يمكنك العودة لاحقًا مع رمزك لقراءة جواب الفريق.
error-mailbox_off = لا يمكن ترك رسالة هنا الآن.
tg-mailbox-code-deleted = تم حذف رسالتك التي فيها الرمز من هذه المحادثة.
