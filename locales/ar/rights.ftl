# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.

rights-ask = ماذا تريد أن تعرف؟ يُرجى اختيار موضوع واحد.
rights-reflection = وقت للراحة والتفكير (30 يومًا)
rights-package = الدعم الذي يمكنك طلبه
rights-police = المساعدة دون اللجوء إلى الشرطة
rights-punish = الإجبار على ارتكاب جرائم
rights-selling = بيع الجنس والقانون
rights-compensation = التعويض والمحامي
rights-children = الأطفال دون 18 سنة
rights-return = العودة إلى بلدك أو البقاء
rights-work = الحقوق في العمل
rights-support = المساعدة من المنظمات

right-next-ask = ماذا يناسبك الآن؟
right-more = حقوق أخرى
right-needs = المساعدة المتاحة

# Reflection period: temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 004)
right-reflection-1 = إذا كان من الممكن أنك ضحية للاتجار بالبشر، يمكن أن تُمنح «فترة تفكير». هي تصريح إقامة لمدة 30 يومًا على الأقل. تمنحك وقتًا للراحة والتعافي والتفكير فيما تريد أن تفعله.
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; it can be extended. (001, 000)
right-reflection-2 = مصلحة الهجرة (Migrationsverket) هي التي تقرر. يمكن للشخص الذي يقود التحقيق في الجريمة تقديم الطلب نيابةً عنك، ويمكن للخدمات الاجتماعية أيضًا أن تطلبها. يمكن تمديدها أحيانًا. أنت من يقرر إن كنت تريد لاحقًا أن تساعد في التحقيق.

# The rights package during the reflection period. (000, 004)
right-package-1 = خلال فترة التفكير يحق لك طلب الدعم: مكان آمن للسكن، ومشورة قانونية ومعلومات، والرعاية الصحية التي تحتاجها، ودعم نفسي، ومترجم، ومال أو مساعدة أخرى للحياة اليومية.
# Social services must support; without a residence permit, acute support: protected housing, travel home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = الخدمات الاجتماعية (socialtjänsten) في المكان الذي تقيم فيه هي المسؤولة عن الدعم. وحتى دون تصريح إقامة يمكنك طلب مساعدة عاجلة: سكن محمي، ورحلة العودة إلى بلدك، ومترجم، ودعم نفسي، ومساعدة للوصول إلى طبيب.

# Support does not depend on cooperating with the police or a trial. (004)
right-police-1 = يمكنك طلب الدعم دون التحدث مع الشرطة. لا يجوز أن يكون الدعم مشروطًا بمساعدتك في التحقيق أو بذهابك إلى المحكمة.
# Civil society supports people who at first do not want contact with authorities. (002)
right-police-2 = كثير من المنظمات تساعد أيضًا الناس الذين لا يريدون التواصل مع السلطات. أنت من يقرر إن كنت تريد التحدث مع الشرطة، ومتى.

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = يُجبَر بعض الناس على السرقة أو بيع المخدرات أو ارتكاب جرائم أخرى. لا ينبغي أن يُعاقَب ضحية الاتجار بالبشر على جرائم أُجبر على ارتكابها.
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = إذا كان لديك خوف مما قد يحدث، يمكنك أولًا التحدث مع شخص. يمكنه مساعدتك على فهم وضعك قبل أن تتخذ أي قرار.

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = في السويد، بيع الجنس ليس جريمة. شراء الجنس هو الجريمة. المشتري هو من يرتكب الجريمة، وليس أنت.
# People without a residence permit have been detained instead of offered a reflection period. (003)
right-selling-2 = إذا لم يكن لديك تصريح إقامة، فمن الأفضل أن تتحدث أولًا مع شخص أو مع محامٍ عن وضعك. يمكنهم مساعدتك على المطالبة بحقوقك.

# Right to damages and crime victim compensation; counsel for the injured party. (003, 004)
right-compensation-1 = يحق للضحايا طلب التعويض: مال من الشخص الذي ألحق بك الضرر (تعويض عن الأضرار)، وتعويض ضحايا الجرائم.
# Counsel for the injured party (målsägandebiträde) during the investigation and trial. (003)
right-compensation-2 = إذا كان هناك تحقيق، يمكنك طلب محامٍ خاص بك، هو محامي الطرف المتضرر (målsägandebiträde). يساعدك المحامي خلال التحقيق وفي المحكمة.

# Children: social services must immediately investigate the need of protection. (001)
right-children-1 = إذا كان عمرك أقل من 18 سنة، يجب على الخدمات الاجتماعية أن تتحقق بسرعة من الحماية التي تحتاجها. لك الحق في الحماية.
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = عندما يتعلق الأمر بطفل، فهو اتجار بالبشر حتى لو لم يستخدم أحد التهديد أو الكذب. والذنب ليس ذنب الطفل أبدًا.

# A return programme run with IOM exists for those who want it. (001)
right-return-1 = إذا كنت تريد العودة إلى بلدك، توجد مساعدة للعودة بأمان. تدعم السويد برنامجًا للعودة يُنفَّذ بالتعاون مع المنظمة الدولية للهجرة (IOM).
# Temporary residence permit during investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = البقاء في السويد ممكن أيضًا في بعض الحالات، مثلًا بتصريح إقامة أثناء مشاركتك في تحقيق ومحاكمة. يمكن لشخص أن يساعدك على فهم الخيارات المتاحة لك.

# Forced labour and labour exploitation happen in construction, cleaning, restaurants, agriculture, berry picking and private homes. (001, 002, 004)
right-work-1 = العمل القسري والاستغلال في العمل جرائم. يحدث ذلك مثلًا في البناء، والتنظيف، والمطاعم، والمزارع، وقطف التوت البري، وفي البيوت الخاصة.
# Livelihood matters to victims: wages owed and compensation. (004)
right-work-2 = إذا لم تحصل على أجرك، أو حصلت على أقل بكثير مما وُعدت به، يمكنك طلب المساعدة للمطالبة بالمال المستحق لك وبالتعويض.

# The national support programme run by the civil-society platform, with shelters and a trafficking centre. (002)
right-support-1 = منظمات المجتمع المدني تدعم أيضًا الناس الذين لا يريدون التواصل مع السلطات. يقدّم البرنامج الوطني للدعم (Nationella stödprogrammet) أماكن إيواء ومركزًا لضحايا الاتجار بالبشر.
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

# Legal advice in a language they understand: the most common need. (002) Rights package: legal advice. (000)
need-legal = يمكنك طلب مشورة قانونية ومعلومات بلغة تفهمها. هذا جزء من الدعم خلال فترة التفكير.
# Psychological support. (002, 000)
need-psych = كثير من الناس يحتاجون إلى شخص يتحدثون معه. يمكنك طلب الدعم النفسي. هو جزء من حقوقك خلال فترة التفكير.
# Material support. (002, 000) Social services are responsible for support. (001)
need-material = يمكنك طلب دعم مادي، مثل المال للحياة اليومية. الخدمات الاجتماعية هي المسؤولة عن الدعم.
# Help in contact with authorities. (002)
need-authorities = قد يكون التعامل مع السلطات صعبًا ومخيفًا. يمكن لمنظمات الدعم أن ترافقك وتساعدك في التواصل مع السلطات.
# Translation and interpretation; an interpreter is part of the rights package. (002, 000)
need-interpreter = يحق لك طلب مترجم. هذا جزء من الدعم خلال فترة التفكير.
# Safe housing. (002, 000, 001)
need-housing = يمكنك طلب مكان آمن للسكن. لدى الخدمات الاجتماعية ومنظمات الدعم سكن محمي وأماكن إيواء.
# Identification and initial advice. (002)
need-advice = يمكن لشخص أن يستمع إلى قصتك ويساعدك على فهم وضعك وما يمكنك فعله. أنت من يقرر ما تريد أن تحكيه.
# Basic needs: food, hygiene. (002)
need-basic = يمكن لمنظمات الدعم المساعدة في الاحتياجات الأساسية مثل الطعام والملابس ومستلزمات النظافة.
# Acute medical care; necessary health care in the rights package. (002, 000)
need-medical = في حالة الطوارئ، اتصل بالرقم 112. يمكنك طلب الرعاية الصحية التي تحتاجها. هي جزء من الدعم المقدَّم للضحايا.
# Support in legal processes; counsel for the injured party. (002, 003)
need-process = إذا كانت هناك قضية لدى الشرطة أو محاكمة، يمكنك طلب محامٍ خاص بك (målsägandebiträde) وطلب الدعم من منظمة.
# Support to return; IOM return programme. (002, 001)
need-return = إذا كنت تريد العودة إلى بلدك، توجد مساعدة للعودة بأمان، عبر برنامج يُنفَّذ بالتعاون مع المنظمة الدولية للهجرة (IOM).
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = للأطفال الحق في الذهاب إلى المدرسة. يمكن للخدمات الاجتماعية المساعدة في احتياجات أطفالك.

need-person = يمكن لشخص أن يساعدك في هذا. اختر «التحدث مع شخص» لترى الجهات التي يمكنك التواصل معها.
