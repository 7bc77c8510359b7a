# Rights information in Sweden, in short plain steps. Every fact cites its seed document.
# Wording says what a person can ask for, never what they "will" get.
# Buttons avoid words like "victim": many people who are exploited do not see themselves as victims. (004)

rights-ask = ብዛዕባ እንታይ ክትፈልጡ ትደልዩ? ሓደ ምረጹ።
rights-reflection = ግዜ ዕረፍትን ምሕሳብን (30 መዓልቲ)
rights-package = ክትሓትዎ እትኽእሉ ደገፍ
rights-police = ደገፍን ፖሊስን
rights-punish = ሓደ ሰብ ገበን ክገብር እንተገዲዱኒ
rights-selling = ጾታዊ ርክብ ምሻጥን ሕግን
rights-stopped = ፖሊስ ደው እንተ ኣቢሉኒ
rights-compensation = ካሕሳን ጠበቓን
rights-children = ቆልዑ ትሕቲ 18 ዓመት
rights-return = ናብ ዓደይ ምምላስ ወይ ምጽናሕ
rights-work = መሰላት ኣብ ስራሕ
rights-forms = ዝተፈላለዩ ዓይነታት ምብዝባዝ
rights-support = ሓገዝ ካብ ማሕበራት

right-next-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
right-more = ካልእ መሰላት
right-needs = ዘሎ ሓገዝ
human-choice = ክዛረቦ ዝኽእል ሰብ ምድላይ

# Reflection period: for people without a right to stay in Sweden; a temporary residence permit of at least 30 days, to recover and decide about cooperating. (001, 000, 004)
right-reflection-1 = ግዜ ምሕሳብ (betänketid) ኣብ ምዝውዋር ደቂ ሰባት ወዲቖም ክኾኑ ንዝኽእሉ፣ ኣብ ሽወደን ክነብሩ መሰል ንዘይብሎም ሰባት እዩ። እንተወሓደ ን30 መዓልቲ ዝጸንሕ ግዝያዊ መንበሪ ፍቓድ እዩ። ከተዕርፉ ግዜ ይህበኩም። ንምርመራ ክትሕግዙ እንተደሊኹም ወይ ዘይደሊኹም ንምውሳን ውን ግዜ ይህበኩም።
# Granted by the Migration Agency on application by the head of the preliminary investigation; social services can also apply; some possibility of extension. (001, 000)
right-reflection-2 = ባዕልኹም ምልክታ ከተቕርቡ ኣይትኽእሉን። እቲ ምርመራ ዝመርሕ ሰብ (förundersökningsledaren) ወይ ማሕበራዊ ኣገልግሎት (socialtjänsten) እዮም ምልክታ ዘቕርቡ። ቤት ጽሕፈት ኢሚግሬሽን (Migrationsverket) ይውስን፣ ሓድሓደ ግዜ ድማ እቲ ግዜ ክናዋሕ ይኽእል። ካብ ማሕበራዊ ኣገልግሎት ወይ ካብ ኣብዚ ዘሎ ሰብ ሓገዝ ሕተቱ።

# The rights package during the reflection period. (000, 004)
right-package-1 = ኣብ ግዜ ምሕሳብ፣ ደገፍ ክትሓቱ መሰል ኣሎኩም። ውሑስ መንበሪ ቦታ፣ ሕጋዊ ምኽርን ሓበሬታን፣ ከምኡ ውን ዘድልየኩም ሕክምና ክትሓቱ ትኽእሉ ኢኹም። ስነ-ኣእምሮኣዊ ደገፍ፣ ተርጓሚ፣ ገንዘብ ወይ ካልእ ሓገዝ ንመዓልታዊ ናብራ ውን ክትሓቱ ትኽእሉ ኢኹም። እዚ ደገፍ "ጥቕላል መሰላት" ይበሃል።
# Social services where the person is staying are responsible; without a right to stay (uppehållsrätt or permit), limited to acute situations: protected housing while waiting for the journey home, interpreter, psychological support, help to reach health care. (001)
right-package-2 = ናይቲ ዘሎኹምሉ ኮሙን ማሕበራዊ ኣገልግሎት (socialtjänsten) ንደገፍ ሓላፍነት ኣለዎ። ኣብ ሽወደን ክትጸንሑ መሰል እንተዘይብልኩም፣ ሓገዝ ንህጹጽ ኩነታት ጥራይ እዩ። ናብ ዓድኹም ንምምላስ እናተጸበኹም ዝሕለው መንበሪ ክኸውን ይኽእል። ወይ ተርጓሚ፣ ስነ-ኣእምሮኣዊ ደገፍ፣ ወይ ምስ ሕክምና ንምርኻብ ሓገዝ።

# Support must not depend on cooperating with the police or a trial; the person decides. (004)
right-police-1 = ናብ ፖሊስ ክትሕብሩ ወይ ዘይክትሕብሩ ባዕልኹም ኢኹም እትውስኑ። ደገፍ ኣብ ምርመራ ብምሕጋዝኩም ወይ ናብ ቤት ፍርዲ ብምኻድኩም ክምርኮስ የብሉን።
# In practice full support usually needs a residence permit for a reflection period or as a witness, or else the national support programme, which supports people whether or not there is a trial. (002)
right-police-2 = ግን ካብ ካልእ ሃገር እንተመጺኹም፣ ብግብሪ ዝያዳ ከቢድ እዩ። ምሉእ ደገፍ ንምርካብ፣ መብዛሕትኡ ግዜ ግዜ ምሕሳብ ወይ ኣብ ግዜ ምርመራ ዝወሃብ ፍቓድ የድልየኩም። ካልእ መገዲ ድማ ሃገራዊ መደብ ደገፍ (Nationella stödprogrammet) እዩ። ንሱ ብማሕበራት ሲቪል ሕብረተሰብ ዝካየድ እዩ።

# Victims should not be punished for crimes they were forced to commit. (004)
right-punish-1 = ገለ ሰባት ክሰርቁ፣ ድራግ ክሸጡ ወይ ካልእ ገበን ክገብሩ ይግደዱ። ኣብ ምዝውዋር ደቂ ሰባት ተበዝቢዝኩም እንተኾንኩም፣ ብግዲ ንዝገበርኩምዎ ገበን ክትቅጽዑ የብልኩምን።
# Fear of detention or being treated as a criminal is common; a person can help. (004, 003)
right-punish-2 = እንታይ ክኸውን ከም ዝኽእል እንተፈሪሕኩም፣ መጀመርታ ምስ ሰብ ተዛረቡ። ቅድሚ ዝኾነ ነገር ምውሳንኩም፣ ኩነታትኩም ክትርድኡ ክሕግዙኹም ይኽእሉ።

# Selling sex is not a crime in Sweden; buying sex is. (001)
right-selling-1 = ኣብ ሽወደን ጾታዊ ርክብ ምሻጥ ገበን ኣይኮነን። ጾታዊ ርክብ ምዕዳግ ግን ገበን እዩ። ገበን ዝፍጽም ዓዳጊ እዩ፣ ንስኹም ኣይኮንኩምን።
# The police have detained women exploited in prostitution instead of granting a reflection period; some are deported. (003, 000) The right to a reflection period, an interpreter and legal support. (000, 002)
right-selling-2 = ግን ካብ ካልኦት ሃገራት ዝመጹ ኣብ ጾታዊ ንግዲ ዝተበዝበዙ ሰባት ተታሒዞም ካብ ሃገር ተሰጒጎም እዮም። ክሕልወኩም ዝኽእል ግዜ ምሕሳብ፣ ተርጓሚን ሕጋዊ ሓገዝን እዩ።

# The police have detained people exploited in prostitution; some are deported. (003, 000)
right-stopped-1 = ፖሊስ ካብ ካልኦት ሃገራት ዝመጹ ሰባት ሒዞም እዮም፣ ኣብ ጾታዊ ንግዲ ተበዝቢዞም ከለዉ ውን። ገሊኦም ካብ ሃገር ተሰጒጎም እዮም።
# An interpreter and legal advice are among the rights of people exploited; the reflection period applies to possible victims. (000, 002, 003) No seed gives a right to a lawyer at a police stop.
right-stopped-2 = ፖሊስ እንተ ደው ኣቢሎምኩም፣ ተርጓሚ ክትሓቱ ትኽእሉ ኢኹም። ሓደ ሰብ እንተ ኣፈራሪሑኩም ወይ እንተ በዝቢዙኩም ክትነግሩ ትኽእሉ ኢኹም። ሽዑ ናይ ግዜ ምሕሳብ መሰል ክህልወኩም ይኽእል። ሕጋዊ ሓገዝ ውን ክትሓቱ ትኽእሉ ኢኹም።

# Right to compensation: damages from the offender and crime victim compensation; in practice few get damages. (004, 002)
right-compensation-1 = ኣብ ምዝውዋር ደቂ ሰባት ዝተበዝበዙ ሰባት ካሕሳ ክሓቱ መሰል ኣሎዎም። ካብቲ ዝጎድኣኩም ሰብ ካሕሳ ክትሓቱ ትኽእሉ ኢኹም። ብገበን ንዝተጎድኡ ሰባት ዝወሃብ ካሕሳ (brottsskadeersättning) ውን ክትሓቱ ትኽእሉ ኢኹም። ገንዘብ ከም እትረኽቡ ርግጽ ኣይኮነን።
# Counsel for the injured party (målsägandebiträde) during investigation and trial is for the injured party; people exploited only through sex purchase are not injured parties today. (003) Too few get it even when entitled. (002) Legal help and representation. (004)
right-compensation-2 = ገበን ዝተፈጸመልኩም ወገን (målsägande) ዲኹም? ሽዑ ናይ ገዛእ ርእስኹም ጠበቓ ክትሓቱ ትኽእሉ ኢኹም፥ ንዝተጎድአ ወገን ዝጣበቕ ጠበቓ (målsägandebiträde)። እቲ ጠበቓ ኣብ ግዜ ምርመራን ኣብ ቤት ፍርድን ይሕግዘኩም። ኩሉ ግዜ ኣይወሃብን እዩ። ኣብዚ ዘሎ ሰብ ክትሓትዎ ክሕግዘኩም ይኽእል።

# Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
right-children-1 = ዕድመኹም ትሕቲ 18 እንተኾይኑ፣ ማሕበራዊ ኣገልግሎት (socialtjänsten) እንታይ ሓለዋ ከም ዘድልየኩም ብኡንብኡ ከጻሪ ኣለዎ። ክትሕለዉ መሰል ኣሎኩም። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
# For a child, trafficking needs no threat or deceit to be a crime. (001)
right-children-2 = ንቆልዓ፣ ዋላ ሓደ ሰብ ምፍርራሕ ወይ ሓሶት እንተዘይተጠቐመ፣ ምዝውዋር ደቂ ሰባት እዩ። ጌጋ እቲ ቆልዓ ፈጺሙ ኣይኮነን። ብዛዕባኡ ምስ ኣብዚ ዘሎ ሰብ ክትዛረቡ ትኽእሉ ኢኹም።

# A return programme for children and adults is run by IOM; Sweden contributes to it. (001)
right-return-1 = ናብ ዓድኹም ክትምለሱ እንተደሊኹም፣ ብውሑስ መገዲ ንምምላስ ሓገዝ ኣሎ። ዓለምለኻዊ ትካል ስደት (IOM) ናይ ምምላስ መደብ የካይድ፣ ሽወደን ድማ ኣበርክቶ ትገብረሉ።
# Temporary residence permit during the investigation and trial; staying is possible in some cases. (001, 002, 004)
right-return-2 = ኣብ ገለ ኩነታት ኣብ ሽወደን ክትጸንሑ ትኽእሉ ኢኹም። እዚ ኣብ ምርመራን ፍርድን ክትሳተፉ ከለኹም፣ ብግዝያዊ መንበሪ ፍቓድ ክኸውን ይኽእል። ሓደ ሰብ ዘሎኩም ምርጫታት ክትርድኡ ክሕግዘኩም ይኽእል።

# Människoexploatering: exploiting someone by improper means in forced labour, work on clearly unreasonable terms, or begging. (001)
# Sectors: construction, cleaning, restaurants, agriculture, berry picking, private homes. (001, 002, 004)
right-work-1 = ግዱድ ስራሕ፣ ከምኡ ውን ብግልጺ ዘይምኽኑይ ኩነታት ዝካየድ ስራሕ፣ ገበን ክኸውን ይኽእል፥ ምብዝባዝ ደቂ ሰባት (människoexploatering)። ንኣብነት ኣብ ህንጻ፣ ጽሬት፣ ቤት መግቢ፣ ሕርሻ፣ ምልቃም ፍረታት ጫካ ከምኡ ውን ኣብ ውልቃዊ ኣባይቲ ይፍጸም።
# Livelihood matters to people who are exploited: wages owed and compensation. (004)
right-work-2 = ደሞዝ ኣይተኸፍለኩምን ድዩ፣ ወይ ካብቲ ዝተመባጽዓልኩም ኣዝዩ ዝወሓደ ተኸፊሉኩም? ሽዑ ዝግብኣኩም ደሞዝን ካሕሳን ንምሕታት ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።

# Forms of exploitation: sexual, forced labour, begging, forced crime. (001, 004)
right-forms-1 = ምዝውዋር ደቂ ሰባትን ምብዝባዝን ዝተፈላለየ መልክዕ ክህልዎም ይኽእል። ብዛዕባ ጾታዊ ርክብ፣ ስራሕ ወይ ልማኖ ክኸውን ይኽእል። ሓደ ሰብ ክሰርቕ ወይ ካልእ ገበን ክገብር ምግዳድ ውን ክኸውን ይኽእል።
# Forced marriage, organ removal and multiple exploitation. (001, 002, 004)
right-forms-2 = ግዱድ መርዓ፣ ወይ ኣካላት ሰብነት ሓደ ሰብ ምውሳድ ውን ክኸውን ይኽእል። ብዙሓት ሰባት ብሓንሳብ ብብዙሕ መገዲ ይብዝበዙ። ፈጺሙ ናትኩም ጌጋ ኣይኮነን።

# The national support programme, run by the civil-society platform for people exploited in prostitution and human trafficking, with shelters and a trafficking centre. (002)
right-support-1 = ትካላት ሲቪል ማሕበረሰብ ምስ መንግስታዊ ኣካላት ርክብ ንዘይደልዩ ሰባት ውን ይድግፋ። ሃገራዊ መደብ ደገፍ (Nationella stödprogrammet) ኣብ ጾታዊ ንግዲ ወይ ምዝውዋር ደቂ ሰባት ንዝተበዝበዙ ሰባት መዕቆቢታትን ማእከልን ኣለዎ።
# Regional coordinators help authorities and victims in several counties. (001, 002)
right-support-2 = ኣብ ሽወደን ኣብ ጉዳይ ጾታዊ ምብዝባዝን ምዝውዋር ደቂ ሰባትን ዝሰርሑ ዞባውያን ኣወሃሃድቲ ኣለዉ። ቅኑዕ ደገፍ ክትረኽቡ ክሕግዙኹም ይኽእሉ።

## What would help you now
# The needs people had in 2024, most common first. (002)

needs-ask = ሕጂ እንታይ ክሕግዘኩም ይኽእል? ሓደ ምረጹ።
needs-legal = ሕጋዊ ምኽሪ ብቋንቋይ
needs-psych = ብዛዕባ ስምዒተይ ዘዘራርበኒ ሰብ
needs-material = ዘድልየኒ ገንዘብ ወይ ኣቑሑ
needs-authorities = ምስ ሰበ-ስልጣን ሓገዝ
needs-interpreter = ተርጓሚ
needs-housing = ውሑስ መንበሪ ቦታ
needs-advice = ብዛዕባ ኩነታተይ ምኽሪ
needs-basic = መግቢ፣ ክዳን ወይ ጽሬት
needs-medical = ሓኪም ወይ ሕክምና
needs-process = ደገፍ ኣብ ጉዳይ ፖሊስ ወይ ፍርዲ
needs-return = ናብ ዓደይ ንምምላስ ሓገዝ
needs-school = ትምህርቲ ንደቀይ

need-next-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
need-more = ካልእ ነገር
need-rights = መሰላተይ

# Legal advice in a language they understand: the most common help civil society gave, 69.3 %. (002) Rights package: legal advice. (000)
need-legal = ብእትርድእዎ ቋንቋ ሕጋዊ ምኽርን ሓበሬታን ክትሓቱ ትኽእሉ ኢኹም። ትካላት ደገፍ ነዚ ምኽሪ ይህባ እየን፣ መንበሪ ፍቓድ ንዘይብሎም ሰባት ውን። ኣብ ግዜ ምሕሳብ፣ ክፋል ናይቲ ደገፍ እዩ።
# Psychological support. (002, 000)
need-psych = ብዙሓት ሰባት ዘዘራርቦም ሰብ የድልዮም። ስነ-ኣእምሮኣዊ ደገፍ ክትሓቱ ትኽእሉ ኢኹም። ናይ ጥቕላል መሰላት ክፋል እዩ።
# Material support: civil society helps. (002) Without a right to stay, social services help only in acute situations, for example with necessary living costs or the journey home (001); often only emergency aid (002).
need-material = ካብ ማሕበራዊ ኣገልግሎት ንዋታዊ ደገፍ ክትሓቱ ትኽእሉ ኢኹም። ኣብ ሽወደን ክትጸንሑ መሰል እንተዘይብልኩም፣ መብዛሕትኡ ግዜ ህጹጽ ሓገዝ ጥራይ እዩ፣ ንኣብነት ንመግቢ ወይ ናብ ዓድኹም ንምምላስ። ትካላት ደገፍ ውን ክሕግዛ ይኽእላ።
# Help in contact with authorities. (002)
need-authorities = ሰበ-ስልጣን ከቢድን ዘፍርሕን ክመስሉ ይኽእሉ። ማሕበራት ደገፍ ክሳነዩኹምን ምስ ሰበ-ስልጣን ኣብ ምርኻብ ክሕግዙኹምን ይኽእሉ።
# Translation and interpretation: civil society helps. (002) Social services: an interpreter in acute situations. (001) An interpreter is part of the rights package. (000)
need-interpreter = ተርጓሚ ክትሓቱ መሰል ኣሎኩም። ማሕበራዊ ኣገልግሎትን ትካላት ደገፍን ተርጓሚ ንምርካብ ክሕግዙኹም ይኽእሉ። ኣብ ግዜ ምሕሳብ፣ ክፋል ናይቲ ደገፍ እዩ።
# Safe housing. (002, 000, 001)
need-housing = ውሑስ መንበሪ ቦታ ክትሓቱ ትኽእሉ ኢኹም። ማሕበራዊ ኣገልግሎትን ማሕበራት ደገፍን ብዝሕለው መንበሪ ክሕግዙ ይኽእሉ።
# Identification and initial advice. (002)
need-advice = ሓደ ሰብ ዝነገርኩምዎ ክሰምዕ ይኽእል። ኩነታትኩምን እንታይ ክትገብሩ ከም እትኽእሉን ክትርድኡ ውን ክሕግዘኩም ይኽእል። እንታይ ክትነግሩ ከም እትደልዩ ንስኹም ኢኹም እትውስኑ።
# Basic needs: food, hygiene. (002)
need-basic = ማሕበራት ደገፍ ብመዓልታዊ ዘድልየኩም ነገራት፣ ከም መግቢ፣ ክዳንን ጽሬትን፣ ክሕግዙ ይኽእሉ።
# Acute medical care: civil society helps. (002) Social services: help to reach health care. (001) Necessary health care is in the rights package. (000) Emergency number 112.
need-medical = ህጹጽ እንተ ኾይኑ፣ ናብ 112 ደውሉ። ዘድልየኩም ሕክምና ክትሓቱ ትኽእሉ ኢኹም። ማሕበራዊ ኣገልግሎትን ትካላት ደገፍን ሕክምና ንምርካብ ክሕግዙኹም ይኽእሉ።
# Support in legal processes. (002) Counsel for the injured party: for the injured party, not always granted. (003, 002)
need-process = ናይ ፖሊስ ጉዳይ ወይ ቤት ፍርዲ ኣሎ ድዩ? ገበን ዝተፈጸመልኩም ወገን (målsägande) እንተ ኾይንኩም፣ ናይ ገዛእ ርእስኹም ጠበቓ (målsägandebiträde) ክትሓቱ ትኽእሉ ኢኹም። ኩሉ ግዜ ኣይወሃብን እዩ። ኣብዚ ዘሎ ሰብ ክትሓትዎ ክሕግዘኩም ይኽእል፣ ትካል ድማ ክድግፈኩም ይኽእል።
# Support to return; the return programme is run by IOM. (002, 001)
need-return = ናብ ዓድኹም ክትምለሱ እንተደሊኹም፣ ብውሑስ መገዲ ንምምላስ ሓገዝ ኣሎ። ንዕኡ ዝኸውን ብ IOM ዝካየድ መደብ ኣሎ።
# Schooling for children. (002) Children's need of protection is investigated by social services. (001)
need-school = ቆልዑ ናብ ቤት ትምህርቲ ክኸዱ መሰል ኣሎዎም። ማሕበራዊ ኣገልግሎት ብዘድልዮም ነገራት ደቅኹም ክሕግዝ ይኽእል።

need-person = ብዛዕባ እዚ ምስ ሰብ ውን ክትዛረቡ ትኽእሉ ኢኹም። እንታይ ክትነግሩ ከም እትደልዩ ንስኹም ኢኹም እትውስኑ።
