# The way in: language, promise, safety, who is writing, main menu.

language-ask = يُرجى اختيار اللغة.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)

promise-anonymous = مرحبًا. هنا يمكنك السؤال عن المساعدة وعن حقوقك. ليس عليك ذكر اسمك. نحن لا نحفظ ما تكتبه، ولا نحفظ أي شيء عن هويتك.
promise-exit = يمكنك المغادرة في أي وقت، بالضغط على «خروج» في أعلى الصفحة، أو على مفتاح Escape. عندها تُغلق المحادثة وتُمسح.
    .telegram = يمكنك التوقف في أي وقت. أرسل ‏/forget أو اختر «إنهاء ومسح». عندها تُمحى المحادثة وتُحذف رسائلها.
promise-ask = هل نبدأ؟
promise-ok = نعم، لنبدأ

## Safety first

safety-ask = هل أنت في أمان الآن؟
safety-yes = نعم، أنا في أمان الآن
safety-no = لا، أنا في خطر
safety-unsure = لا أعرف بالتأكيد

danger-112 = إذا كنت في خطر الآن، اتصل بالرقم 112. الاتصال مجاني. الرقم 112 هو رقم الطوارئ للشرطة والإسعاف والإطفاء.
danger-discreet = إذا كان أحد يستطيع رؤية هاتفك، اضغط على «خروج» لمغادرة هذه المحادثة. يمكنك العودة عندما لا يكون أحد معك. رقم الشرطة في غير حالات الطوارئ هو ⁦114 14⁩.
    .telegram = إذا كان أحد يستطيع رؤية هاتفك، أرسل ‏/forget لحذف هذه المحادثة. يمكنك العودة عندما لا يكون أحد معك. رقم الشرطة في غير حالات الطوارئ هو ⁦114 14⁩.
danger-ask = ماذا يناسبك الآن؟
danger-continue = متابعة المحادثة
danger-human = البحث عن شخص للتحدث معه

## Who is writing

who-ask = لمن تكتب؟
who-self = لنفسي
who-other = لشخص أقلق عليه
who-work = ألتقي بأشخاص في عملي
who-info = أريد معلومات فقط

## Main menu

menu-ask = بماذا يمكنني مساعدتك؟
menu-signs = التحقق من وضعي
menu-rights = حقوقي في السويد
menu-needs = ما الذي قد يساعدني الآن
menu-family = أشعر بالقلق على شخص
menu-professional = للمهنيين
menu-danger = أنا في خطر
