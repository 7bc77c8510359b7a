# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = من الجيد أنك هنا. القلق على شخص ما أمر صعب.
family-intro-2 = الأشخاص الذين يتعرضون للاستغلال كثيرًا ما لا يرون أنفسهم ضحايا. قد يخافون مما قد يحدث لهم أو لعائلاتهم.
family-ask = ما الذي يهمّك معرفته؟
family-signs = علامات يمكن ملاحظتها
family-help = كيف يمكنني المساعدة
family-rights = حقوقهم في السويد
family-next-ask = ما الذي يهمّك معرفته أيضًا؟

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = بعض العلامات: شخص آخر يحتفظ بجواز سفره أو بطاقة هويته. عليه دَين يزداد باستمرار. ليس حرًّا في التنقل، أو مراقَب طوال الوقت.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = يعمل ساعات طويلة جدًا كل يوم مقابل أجر قليل أو بلا أجر. العمل ليس كما وُعد به، أو عليه أن يجلب مبلغًا من المال كل يوم. علامة واحدة وحدها لا تثبت شيئًا.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = استمع إليه دون أن تحكم عليه. لا تضغط عليه ليترك المكان أو ليذهب إلى الشرطة. الضغط قد يعرّضه للخطر. هو من يقرر.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = يمكنك إخباره عن هذه المحادثة عندما يكون ذلك آمنًا. هل الأمر يتعلق بطفل دون 18 سنة؟ يُرجى التواصل مع الخدمات الاجتماعية. إذا كان أحد في خطر الآن، يُرجى الاتصال بالرقم 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = إذا كان عملك يجعلك تلتقي بأشخاص قد يتعرضون للاستغلال، يمكنك طلب النصيحة. في السويد خط دعم وطني ودليل للمهنيين. ويمكن أيضًا للمنسقين الإقليميين ضد الدعارة والاتجار بالبشر أن يساعدوا.
professional-ask = ما الذي يهمّك معرفته؟
professional-next-ask = ما الذي يهمّك معرفته أيضًا؟
professional-signs = علامات يمكن ملاحظتها
professional-act = ما الذي يمكنني فعله
professional-children = الأطفال وواجب الإبلاغ
professional-rights = حقوق الأشخاص الذين يتعرضون للاستغلال
professional-support = خط الدعم والدليل
professional-coordinators = المنسقون الإقليميون
professional-region-ask = في أي منطقة من السويد مكان عملك؟ يُرجى اختيار منطقة.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = يقدم المنسقون الإقليميون ضد الدعارة والاتجار بالبشر النصيحة للمهنيين. هذه جهات الاتصال في المنطقة المختارة.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = من العلامات أن يحتفظ شخص آخر بجواز سفر الشخص أو بطاقة هويته. أو أن يكون عليه دَين يزداد باستمرار. أو أن يُهدَّد هو أو عائلته، مثلًا بإبلاغ السلطات عنه.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = لا يستطيع الشخص ترك العمل أو التنقل بحرية، وربما يسكن عند صاحب العمل. يعمل ساعات طويلة جدًا بأجر قليل أو بلا أجر، أو عليه أن يسلّم مبلغًا كل يوم. تظهر عليه علامات عنف أو خوف أو قلق.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = من يتعرض للاستغلال نادرًا ما يرى نفسه ضحية، ونادرًا ما يطلب المساعدة بهذه الكلمات. علامة واحدة وحدها لا تثبت شيئًا. انظر إلى الصورة كاملة.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = المطلوب إخبار الشخص بحقوقه وبالدعم المتاح، وترك القرار للشخص البالغ نفسه. لا يجوز أن يكون الدعم مشروطًا بتعاونه مع الشرطة. يمكنك طلب النصيحة من خط الدعم أو من منسق إقليمي. إذا كان أحد في خطر، يُرجى الاتصال بالرقم 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = قد يكون عليك واجب إبلاغ الخدمات الاجتماعية إذا اشتبهت بأن طفلًا يتعرض للأذى. يُسمّى هذا البلاغ orosanmälan. ينطبق هذا الواجب مثلًا على كل من يعمل في المدرسة.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = عندها يجب على الخدمات الاجتماعية أن تتحقق فورًا من الحماية التي يحتاجها الطفل. عندما يتعلق الأمر بطفل، فهو اتجار بالبشر حتى دون تهديد أو كذب. إذا كان الطفل في خطر الآن، يُرجى الاتصال بالرقم 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = هنا يمكنك إيجاد شخص للتواصل معه. القرار لك في ما يمكنك قوله. إذا كنت في خطر الآن، يُرجى الاتصال بالرقم 112.
human-region-ask = أين أنت في السويد؟ يُرجى اختيار منطقة، أو «لا أعرف».
contacts-intro = هذه هي الجهات التي يمكنك التواصل معها. القرار لك في ما يمكنك قوله، وفي ذكر اسمك أو عدمه.
contacts-ask = ماذا يناسبك الآن؟
contacts-other-region = اختيار منطقة أخرى
contacts-rights = حقوقي
