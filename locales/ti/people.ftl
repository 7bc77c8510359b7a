# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = ኣብዚ ብምምጽእኹም ጽቡቕ እዩ። ብዛዕባ ሓደ ሰብ ምሽቓል ከቢድ እዩ።
family-intro-2 = ዝተበዝበዙ ሰባት መብዛሕትኡ ግዜ ንገዛእ ርእሶም ከም ግዳያት ኣይርእዩን። ኣብ ልዕሌኦም ወይ ኣብ ስድራኦም ክወርድ ዝኽእል ነገር ክፈርሑ ይኽእሉ።
family-ask = እንታይ ክትፈልጡ ትደልዩ?
family-signs = ክትዕዘብዎም ዘሎኩም ምልክታት
family-help = ብኸመይ ክሕግዝ እኽእል
family-rights = መሰላቶም ኣብ ሽወደን
family-next-ask = ካልእ እንታይ ክትፈልጡ ትደልዩ?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = ገለ ምልክታት፥ ፓስፖርቶም ወይ መንነት ወረቐቶም ካልእ ሰብ ሒዝዎ ኣሎ። ዕዳ ኣሎዎም፣ እቲ ዕዳ ድማ ብቐጻሊ ይዓቢ። ብናጽነት ክንቀሳቐሱ ኣይክእሉን፣ ወይ ኩሉ ግዜ ይከታተልዎም።
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = ብዘይ ደሞዝ ወይ ብትሑት ደሞዝ ኣዝዩ ነዊሕ ሰዓታት ይሰርሑ። እቲ ስራሕ ከምቲ ዝተመባጽዓሎም ኣይኮነን፣ ወይ መዓልታዊ ገንዘብ ከምጽኡ ይግደዱ። ሓደ ምልክት ጥራይ ዋላ ሓንቲ ኣየረጋግጽን።
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = ብዘይ ምፍራድ ስምዕዎም። ክወጹ ወይ ናብ ፖሊስ ክኸዱ ኣይተጸቕጥዎም። ጸቕጢ ኣብ ሓደጋ ከእትዎም ይኽእል። ንሳቶም እዮም ዝውስኑ።
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = ውሑስ ምስ ኮነ፣ ብዛዕባ እዚ ዕላል ክትነግርዎም ትኽእሉ ኢኹም። ቆልዓ ትሕቲ 18 ዓመት ድዩ? ምስ ማሕበራዊ ኣገልግሎት (socialtjänsten) ተራኸቡ። ሓደ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፣ ናብ 112 ደውሉ።

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = ኣብ ስራሕኩም ዝተበዝበዙ ክኾኑ ዝኽእሉ ሰባት እንተ ተራኺብኩም፣ ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም። ኣብ ሽወደን ንሞያውያን ዝኸውን ሃገራዊ መስመር ደገፍን መምርሕን ኣሎ። ኣብ ጉዳይ ጾታዊ ምብዝባዝን ምዝውዋር ደቂ ሰባትን ዝሰርሑ ዞባውያን ኣወሃሃድቲ ውን ክሕግዙ ይኽእሉ እዮም።
professional-ask = እንታይ ክትፈልጡ ትደልዩ?
professional-next-ask = ካልእ እንታይ ክትፈልጡ ትደልዩ?
professional-signs = ክትዕዘብዎም ዘሎኩም ምልክታት
professional-act = እንታይ ክገብር እኽእል
professional-children = ቆልዑን ግዴታ ምሕባርን
professional-rights = መሰላት ዝተበዝበዙ ሰባት
professional-support = መስመር ደገፍን መምርሕን
professional-coordinators = ዞባውያን ኣወሃሃድቲ
professional-region-ask = ኣብ ሽወደን ኣበይ ትሰርሑ? ዞባ ምረጹ።
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = ኣብ ጉዳይ ጾታዊ ምብዝባዝን ምዝውዋር ደቂ ሰባትን ዝሰርሑ ዞባውያን ኣወሃሃድቲ ንሞያውያን ምኽሪ ይህቡ። እዚኦም ኣብቲ ዝመረጽኩምዎ ዞባ ዘለዉ ርክባት እዮም።

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = ምልክታት ክኾኑ ዝኽእሉ፥ ፓስፖርት ወይ መንነት ወረቐት እቲ ሰብ ኣብ ኢድ ካልእ ሰብ ምህላዉ። እቲ ሰብ ብቐጻሊ ዝዓቢ ዕዳ ኣሎዎ። ነቲ ሰብ ወይ ንስድራኡ የፈራርሕዎም፣ ንኣብነት ናብ ሰበ-ስልጣን ክጠቁምዎ ብምባል።
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = እቲ ሰብ ስራሕ ክገድፍ ወይ ብናጽነት ክንቀሳቐስ ኣይክእልን፣ ምናልባት ምስ ወሃብ ስራሕ ይነብር። ብዘይ ደሞዝ ወይ ብትሑት ደሞዝ ኣዝዩ ነዊሕ ሰዓታት ይሰርሕ፣ ወይ መዓልታዊ ዝተወሰነ ገንዘብ ከረክብ ይግደድ። ምልክታት ዓመጽ፣ ፍርሒ ወይ ጭንቀት ይረኣዩ።

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = ዝተበዝበዙ ሰባት ሳሕቲ እዮም ንገዛእ ርእሶም ከም ግዳያት ዝርእዩ። ብኸምዚ ቃላት ሓገዝ ዝሓቱ ውን ሳሕቲ እዮም። ሓደ ምልክት ጥራይ ዋላ ሓንቲ ኣየረጋግጽን። ንብምሉኡ ኩነታት ርኣዩ።
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = ነቲ ሰብ ብዛዕባ መሰላቱን ደገፍን ንገርዎ። ዓቢ ሰብ እንተኾይኑ፣ ባዕሉ ክውስን ግደፍዎ። ደገፍ ኣብ ምትሕብባር ምስ ፖሊስ ክምርኮስ የብሉን። ካብ መስመር ደገፍ ወይ ዞባዊ ኣወሃሃዲ ምኽሪ ሕተቱ። ሓደ ሰብ ኣብ ሓደጋ እንተሎ፣ ናብ 112 ደውሉ።

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = ሓደ ቆልዓ ይጉዳእ ከም ዘሎ እንተጠርጢርኩም፣ ንማሕበራዊ ኣገልግሎት (socialtjänsten) ክትሕብሩ ግዴታ ክህልወኩም ይኽእል። እዚ orosanmälan ይበሃል። እዚ ግዴታ ንኣብነት ንኹሎም ኣብ ቤት ትምህርቲ ዝሰርሑ ይምልከት።
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = ሽዑ ማሕበራዊ ኣገልግሎት እቲ ቆልዓ እንታይ ሓለዋ ከም ዘድልዮ ብኡንብኡ ከጻሪ ኣለዎ። ንቆልዓ፣ ዋላ ብዘይ ምፍርራሕ ወይ ሓሶት ምዝውዋር ደቂ ሰባት እዩ። እቲ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሎ፣ ናብ 112 ደውሉ።

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = ኣብዚ ክትራኸብዎ እትኽእሉ ሰብ ክትረኽቡ ትኽእሉ ኢኹም። እንታይ ክትነግሩ ከም እትደልዩ ንስኹም ኢኹም እትውስኑ። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
human-region-ask = ኣብ ሽወደን ኣበይ ኣሎኹም? ዞባ ምረጹ፣ ወይ "ኣይፈልጥን"።
contacts-intro = ክትራኸብዎም እትኽእሉ እዚኣቶም እዮም። እንታይ ከም እትነግሩ ንስኹም ኢኹም እትውስኑ። ስምኩም ክትነግሩ ወይ ዘይክትነግሩ ውን ንስኹም ኢኹም እትውስኑ።
contacts-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
contacts-other-region = ካልእ ዞባ ምምራጽ
contacts-rights = መሰላተይ
