# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Добре, що ви тут. Хвилюватися за когось — важко.
family-intro-2 = Люди, яких експлуатують, часто не вважають себе жертвами. Вони можуть боятися того, що може статися з ними або з їхньою родиною.
family-ask = Що ви хочете дізнатися?
family-signs = Ознаки, на які варто зважати
family-help = Як я можу допомогти
family-rights = Їхні права у Швеції
family-next-ask = Що ще ви хочете дізнатися?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Ось деякі ознаки: паспорт чи посвідчення особи людини зберігає хтось інший. Людина винна гроші, і борг постійно зростає. Людина не може вільно пересуватися, або за нею весь час стежать.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Людина працює дуже багато годин на день за малу плату або зовсім без оплати. Робота не така, як їй обіцяли, або людина мусить щодня приносити гроші. Одна ознака сама по собі нічого не доводить.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Вислухайте, не засуджуючи. Не тисніть на людину, щоб вона пішла звідти чи звернулася до поліції. Тиск може наразити її на небезпеку. Рішення ухвалює сама людина.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Коли це безпечно, ви можете розповісти людині про цей чат. Ідеться про дитину до 18 років? Зверніться до соціальної служби. Якщо комусь зараз загрожує небезпека, телефонуйте 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Якщо на роботі ви зустрічаєте людей, яких, можливо, експлуатують, ви можете отримати пораду. У Швеції є національна лінія підтримки та посібник для фахівців. Також можуть допомогти регіональні координатори з протидії проституції та торгівлі людьми.
professional-ask = Що ви хочете дізнатися?
professional-next-ask = Що ще ви хочете дізнатися?
professional-signs = Ознаки, на які варто зважати
professional-act = Що я можу зробити
professional-children = Діти та обов’язок повідомляти
professional-rights = Права людей, яких експлуатують
professional-support = Лінія підтримки та посібник
professional-coordinators = Регіональні координатори
professional-region-ask = Де у Швеції ви працюєте? Виберіть регіон.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Регіональні координатори з протидії проституції та торгівлі людьми консультують фахівців. Ось контакти у вибраному регіоні.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Ознакою може бути те, що паспорт чи посвідчення особи людини зберігає хтось інший. Людина має борг, який постійно зростає. Їй або її родині погрожують, наприклад, що на неї заявлять до органів влади.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Людина не може звільнитися чи вільно пересуватися і, можливо, живе в роботодавця. Вона працює дуже багато годин на день за малу плату або без оплати, чи мусить щодня віддавати певну суму. Є ознаки насильства, страху чи тривоги.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Люди, яких експлуатують, рідко вважають себе жертвами і рідко просять про допомогу такими словами. Одна ознака сама по собі нічого не доводить. Дивіться на загальну картину.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Розкажіть людині про її права та підтримку і дайте дорослій людині вирішити самій. Підтримка не повинна залежати від співпраці з поліцією. Зверніться по пораду на лінію підтримки або до регіонального координатора. Якщо комусь загрожує небезпека, телефонуйте 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Можливо, ви зобов’язані повідомити соціальну службу, якщо підозрюєте, що дитині завдають шкоди. Це називається orosanmälan. Цей обов’язок стосується, наприклад, усіх, хто працює в школі.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Тоді соціальна служба має негайно з’ясувати, якого захисту потребує дитина. Коли йдеться про дитину, це торгівля людьми навіть без погроз чи обману. Якщо дитині зараз загрожує небезпека, телефонуйте 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Тут ви можете знайти людину, до якої можна звернутися. Ви самі вирішуєте, що розповідати. Якщо ви зараз у небезпеці, телефонуйте 112.
human-region-ask = Де ви у Швеції? Виберіть регіон або «Не знаю».
contacts-intro = Ось до кого ви можете звернутися. Ви самі вирішуєте, що розповідати і чи називати своє ім’я.
contacts-ask = Що ви хочете зробити зараз?
contacts-other-region = Вибрати інший регіон
contacts-rights = Мої права
