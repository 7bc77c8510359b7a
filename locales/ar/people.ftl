# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = من الجيد أنك هنا. القلق على شخص ما أمر صعب.
family-intro-2 = الأشخاص الذين يتعرضون للاستغلال كثيرًا ما لا يرون أنفسهم ضحايا. قد يخافون مما قد يحدث لهم أو لعائلاتهم.
family-ask = ماذا تريد أن تعرف؟
family-signs = علامات يمكن ملاحظتها
family-help = كيف يمكنني المساعدة
family-rights = حقوقهم في السويد
family-next-ask = ماذا تريد أن تعرف أيضًا؟

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = بعض العلامات: شخص آخر يحتفظ بجواز سفره أو بطاقة هويته. عليه دَين يزداد باستمرار. ليس حرًّا في التنقل، أو مراقَب طوال الوقت.
# Long days without pay, work not as promised, a set amount to bring in. (004)
family-signs-2 = يعمل ساعات طويلة جدًا كل يوم مقابل أجر قليل أو بلا أجر، أو العمل ليس كما وُعد به، أو عليه أن يجلب مبلغًا من المال كل يوم. علامة واحدة وحدها لا تثبت شيئًا.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = استمع إليه دون أن تحكم عليه. لا تضغط عليه ليترك المكان أو ليذهب إلى الشرطة. الضغط قد يعرّضه للخطر. هو من يقرر.
# A digital route lowers the threshold to support. (002) Emergency number 112.
family-help-2 = يمكنك أن تخبره عن هذه المحادثة عندما يكون ذلك آمنًا. إذا كان أحد في خطر الآن، اتصل بالرقم 112.

## Professionals

professional-intro = إذا كنت تلتقي في عملك بأشخاص قد يكونون ضحايا للاستغلال، يمكنك طلب النصيحة والدعم.
professional-ask = ماذا تريد أن تفعل؟
professional-signs = علامات يمكن ملاحظتها
professional-rights = حقوق الضحايا

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002)

human-intro = يمكنك التحدث مع شخص يعرف هذا الموضوع. لن يحكم عليك. أنت من يقرر ما تريد أن تحكيه.
human-region-ask = أين أنت في السويد؟ اختر منطقة، أو «لا أعرف».
contacts-intro = هذه هي الجهات التي يمكنك التواصل معها. ليس عليك ذكر اسمك.
contacts-ask = ماذا يناسبك الآن؟
contacts-other-region = اختيار منطقة أخرى
contacts-rights = حقوقي
