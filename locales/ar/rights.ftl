# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = ما الذي يهمّك معرفته؟ يُرجى اختيار موضوع واحد.
rights-reflection = وقت للراحة والتفكير (30 يومًا)
rights-package = الدعم الذي يمكنك طلبه
rights-police = الدعم والشرطة
rights-punish = إذا دفعني أحد إلى ارتكاب جريمة
rights-selling = بيع الجنس والقانون
rights-stopped = إذا أوقفتني الشرطة
rights-compensation = التعويض والمحامي
rights-children = الأطفال دون 18 سنة
rights-return = العودة إلى بلدك أو البقاء
rights-work = الحقوق في العمل
rights-forms = أشكال مختلفة من الاستغلال
rights-support = المساعدة من المنظمات

right-next-ask = ماذا يناسبك الآن؟
right-more = حقوق أخرى
right-needs = المساعدة المتاحة
human-choice = البحث عن شخص للتحدث معه

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = «فترة التفكير» مخصّصة لمن قد يكون معرّضًا للاتجار بالبشر، وليس له حق البقاء في السويد. هي تصريح إقامة مؤقت لمدة 30 يومًا على الأقل. تمنحك وقتًا للراحة ولاتخاذ قرارك بشأن المساعدة في تحقيق.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = لا يمكنك تقديم الطلب بنفسك. الشخص الذي يقود التحقيق (förundersökningsledaren) أو الخدمات الاجتماعية هم من يقدّمون الطلب. مصلحة الهجرة (Migrationsverket) هي التي تقرر، ويمكن أحيانًا تمديد المدة. يمكنك طلب المساعدة من الخدمات الاجتماعية، أو من شخص هنا.

# The rights package during the reflection period. (000, 004)
right-package-1 = خلال فترة التفكير يحق لك طلب الدعم. يمكنك طلب مكان آمن للسكن، ومشورة قانونية ومعلومات، والرعاية الصحية اللازمة لك. ويمكنك أيضًا طلب دعم نفسي، ومترجم، ومال أو مساعدة أخرى للحياة اليومية. يُسمّى هذا الدعم «حزمة الحقوق».
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = الخدمات الاجتماعية (socialtjänsten) في البلدية التي أنت فيها هي المسؤولة عن الدعم. إذا لم يكن لديك حق البقاء في السويد، فالمساعدة تقتصر على الحالات العاجلة. قد تكون سكنًا محميًا في انتظار رحلة العودة، أو مترجمًا، أو دعمًا نفسيًا، أو مساعدة للوصول إلى الرعاية الصحية.

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = القرار لك وحدك في إبلاغ الشرطة بأي شيء أو عدم إبلاغها. لا يجوز أن يكون الدعم مشروطًا بمساعدتك في التحقيق أو بذهابك إلى المحكمة.
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = لكن إذا كنت من بلد آخر، فالأمر أصعب في الواقع. للحصول على الدعم كاملًا يلزم عادةً فترة تفكير أو إلى تصريح أثناء التحقيق. وهناك طريق آخر هو البرنامج الوطني للدعم (Nationella stödprogrammet)، الذي تديره منظمات المجتمع المدني.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = يُجبَر بعض الناس على السرقة أو بيع المخدرات أو ارتكاب جرائم أخرى. من يتعرض للاتجار بالبشر لا ينبغي أن يُعاقَب على جرائم أُجبر على ارتكابها.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = إذا كان لديك خوف مما قد يحدث، يمكنك أولًا التحدث مع شخص. يمكنه مساعدتك على فهم وضعك قبل اتخاذ أي قرار.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = في السويد، بيع الجنس ليس جريمة. شراء الجنس هو الجريمة. المشتري هو من يرتكب الجريمة، وليس أنت.
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = لكن أشخاصًا من بلدان أخرى يتعرضون للاستغلال في الدعارة احتُجزوا ورُحّلوا. ما قد يحميك هو فترة التفكير، والمترجم، والمساعدة القانونية.

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = احتجزت الشرطة أشخاصًا من بلدان أخرى، حتى عندما كانوا يتعرضون للاستغلال في الدعارة. ورُحّل بعضهم.
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = إذا أوقفتك الشرطة، يمكنك طلب مترجم. يمكنك إخبارهم إن كان أحد قد هدّدك أو استغلك. عندها قد يحق لك الحصول على فترة التفكير. ويمكنك أيضًا طلب مساعدة قانونية.

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = يحق لمن تعرّض للاتجار بالبشر أن يطلب التعويض. يمكنك المطالبة بتعويض عن الأضرار من الشخص الذي ألحق بك الضرر، وطلب تعويض ضحايا الجرائم (brottsskadeersättning). ليس من المؤكد أنك ستحصل على المال.
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = هل وقعت الجريمة عليك، أي هل أنت الطرف المتضرر (målsägande)؟ عندها يمكنك طلب محامٍ خاص بك، هو محامي الطرف المتضرر (målsägandebiträde). يساعدك المحامي خلال التحقيق وفي المحكمة. لا يُمنح دائمًا. يمكن لشخص هنا مساعدتك في طلبه.

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = إذا كان عمرك أقل من 18 سنة، يجب على الخدمات الاجتماعية أن تتحقق فورًا من الحماية اللازمة لك. لك الحق في الحماية. إذا كنت في خطر الآن، يُرجى الاتصال بالرقم 112.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = عندما يتعلق الأمر بطفل، فهو اتجار بالبشر حتى لو لم يستخدم أحد التهديد أو الكذب. والذنب ليس ذنب الطفل أبدًا. يمكنك التحدث عن ذلك مع شخص هنا.

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = إذا كانت لديك رغبة في العودة إلى بلدك، توجد مساعدة للعودة بأمان. تدير المنظمة الدولية للهجرة (IOM) برنامجًا للعودة، وتساهم السويد فيه.
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = في بعض الحالات يمكنك البقاء في السويد. قد يكون ذلك بتصريح إقامة مؤقت أثناء مشاركتك في تحقيق ومحاكمة. يمكن لشخص أن يساعدك على فهم الخيارات المتاحة لك.

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = العمل القسري، والعمل بشروط غير معقولة بشكل واضح، قد يكون جريمة اسمها «الاستغلال البشري» (människoexploatering). يحدث ذلك مثلًا في البناء، والتنظيف، والمطاعم، والزراعة، وقطف التوت البري، وفي البيوت الخاصة.
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = هل لم يُدفع لك أجرك، أو دُفع لك أقل بكثير مما وُعدت به؟ عندها يمكنك طلب المساعدة للمطالبة بالأجر المستحق لك وبالتعويض.

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = للاتجار بالبشر والاستغلال أشكال مختلفة. قد يتعلق الأمر بالجنس أو العمل أو التسوّل. وقد يُجبَر الشخص أيضًا على السرقة أو ارتكاب جرائم أخرى.
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = وقد يكون أيضًا زواجًا قسريًا، أو أن يأخذ أحد أعضاء جسم شخص ما. كثير من الناس يُستغَلّون بأكثر من طريقة في الوقت نفسه. هذا ليس خطأك أبدًا.

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = تدعم منظمات المجتمع المدني أيضًا من لا يريدون التواصل مع السلطات. ولدى البرنامج الوطني للدعم (Nationella stödprogrammet) مآوٍ آمنة ومركز للأشخاص الذين تعرضوا للاستغلال في الدعارة أو الاتجار بالبشر.
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = في السويد يوجد منسقون إقليميون يعملون ضد الدعارة والاتجار بالبشر. يمكنهم مساعدتك على إيجاد الدعم المناسب.

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = ما الذي قد يساعدك الآن؟ يُرجى اختيار شيء واحد.
needs-legal = مشورة قانونية بلغتي
needs-psych = شخص أتحدث معه عن مشاعري
needs-material = مال أو أشياء أحتاجها
needs-authorities = مساعدة في التعامل مع السلطات
needs-interpreter = مترجم
needs-housing = مكان آمن للسكن
needs-advice = نصيحة حول وضعي
needs-basic = طعام أو ملابس أو مستلزمات النظافة
needs-medical = طبيب أو رعاية طبية
needs-process = دعم في قضية لدى الشرطة أو في محاكمة
needs-return = مساعدة للعودة إلى بلدي
needs-school = مدرسة لأطفالي

need-next-ask = ماذا يناسبك الآن؟
need-more = شيء آخر
need-rights = حقوقي

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = يمكنك طلب استشارة قانونية ومعلومات بلغة مفهومة لك. تقدّم منظمات الدعم هذه الاستشارة، حتى لمن ليس لديهم تصريح إقامة. وخلال فترة التفكير، هي جزء من الدعم.
# Psychological support. (002, 000)
need-psych = كثير من الناس يحتاجون إلى شخص يتحدثون معه. يمكنك طلب الدعم النفسي. هو جزء من «حزمة الحقوق».
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = يمكنك طلب دعم مادي من الخدمات الاجتماعية. إذا لم يكن لديك حق البقاء في السويد، فغالبًا ما تكون المساعدة طارئة فقط، مثل الطعام أو رحلة العودة. ويمكن لمنظمات الدعم أن تساعد أيضًا.
# Help in contact with authorities. (002)
need-authorities = قد يكون التعامل مع السلطات صعبًا ومخيفًا. يمكن لمنظمات الدعم أن ترافقك وتساعدك في التواصل مع السلطات.
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = يحق لك طلب مترجم. يمكن للخدمات الاجتماعية ومنظمات الدعم المساعدة في الحصول عليه. وخلال فترة التفكير، هو جزء من الدعم.
# Safe housing. (002, 000, 001)
need-housing = يمكنك طلب مكان آمن للسكن. يمكن للخدمات الاجتماعية ومنظمات الدعم المساعدة في الحصول على سكن محمي.
# Identification and initial advice. (002)
need-advice = يمكن لشخص أن يستمع إليك ويساعدك على فهم وضعك وما يمكنك فعله. القرار لك في ما يمكنك قوله.
# Basic needs: food, hygiene. (002)
need-basic = يمكن لمنظمات الدعم المساعدة في الاحتياجات الأساسية مثل الطعام والملابس ومستلزمات النظافة.
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = في حالة الطوارئ، يُرجى الاتصال بالرقم 112. يمكنك طلب الرعاية الصحية اللازمة لك. يمكن للخدمات الاجتماعية ومنظمات الدعم المساعدة في الوصول إلى الرعاية الصحية.
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = هل هناك قضية لدى الشرطة أو محاكمة؟ إذا كنت الطرف المتضرر (målsägande)، يمكنك طلب محامٍ خاص بك (målsägandebiträde). لا يُمنح دائمًا. يمكن لشخص هنا مساعدتك في طلبه، ويمكن لمنظمة دعم أن تساندك.
# Support to return; the return programme is run by IOM. (002, 001)
need-return = إذا كانت لديك رغبة في العودة إلى بلدك، توجد مساعدة للعودة بأمان. يوجد برنامج لذلك تديره المنظمة الدولية للهجرة (IOM).
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = للأطفال الحق في الذهاب إلى المدرسة. يمكن للخدمات الاجتماعية المساعدة في احتياجات أطفالك.

need-person = يمكنك أيضًا التحدث مع شخص عن هذا الأمر. القرار لك في ما يمكنك قوله.
