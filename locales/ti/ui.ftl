# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = ትግርኛ

## Global commands, offered at every step

nav-back = ← ንድሕሪት
nav-menu = ቀንዲ ዝርዝር
nav-language = ቋንቋ ምቕያር
nav-human = ምስ ሰብ ምዝራብ
nav-end = ኩሉ ምድምሳስን ምዕጻውን

## Errors: short, kind, and always followed by the question again

error-unknown_choice = ይቕሬታ፣ ኣይተረድኣንን። በጃኹም ሓደ ካብቶም ምርጫታት ምረጹ።
error-pick_option = ኣብዚ ንመጠወቕታት ጥራይ እየ ክምልስ ዝኽእል። በጃኹም ሓደ ካብቶም ምርጫታት ምረጹ።
error-bad_request = ይቕሬታ፣ እቲ መልእኽቲ ጸገም ኣጋጢምዎ። በጃኹም እንደገና ፈትኑ።
error-too_long = እቲ መልእኽቲ ኣዝዩ ነዊሕ ነይሩ። በጃኹም ሓደ ካብቶም ምርጫታት ምረጹ።
error-rate_limited = ብሓንሳብ ብዙሕ ነይሩ። በጃኹም ቁሩብ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
error-unavailable = ይቕሬታ፣ እቲ ዕላል ሕጂ ኣይሰርሕን ዘሎ። ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
error-session_expired = ንገለ ግዜ ጸጥ ስለ ዝበለ፣ እቲ ናይ ቅድም ዕላልኩም ተደምሲሱ። እንደገና ክንጅምር ንኽእል ኢና።
error-no_session = እቲ ዕላል ገና ኣይጀመረን። በጃኹም እንደገና ጀምሩ።
error-reconnecting = እቲ ቻት ዳግማይ ይጅምር ኣሎ፣ ድሕሪ ቁሩብ ደጊሙ ክራኸብ እዩ።

## Page labels

ui-exit = ምውጻእ
ui-restart = እንደገና ምጅማር
ui-connecting = ይራኸብ ኣሎ…
ui-log = ዕላል
# The page's header: what this is, in the person's language.
ui-title = ዕላል ሓገዝ ብዘይ ስም
# Opens the promise below, inside the page.
ui-privacy = ከመይ ከም እንሕልወኩም
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    ስምኩም ክትነግሩ ኣየድልየኩምን። ስምኩም ፈጺምና ኣይንሓትን።
    ስምኩም፣ ቁጽሪ ተሌፎንኩም ወይ ናይ IP ኣድራሻኹም ኣይንዕቅብን።
    ነቲ ዕላል ምስ ዛዘምኩም ወይ "ምውጻእ" ምስ ጠወቕኩም፣ መልስታትኩም ይድምሰሱ።
    ንገለ ግዜ ምንም እንተዘይጸሓፍኩም ውን፣ መልስታትኩም ይድምሰሱ።
    ምስ ሰራሕተኛ ደገፍ እንተተዘራሪብኩም፣ እትጽሕፍዎ ክንብብዎ ዝኽእሉ ሰራሕተኛታት ደገፍ ጥራይ እዮም።
    እቲ ዕላል ምስ ተወድአ፣ ዝጸሓፍኩምዎ ይድምሰስ።
    ክንደይ ሰባት ሓደ መልሲ ከም ዝመረጹ ጥራይ ኢና እንቖጽር። መን ከም ዝመረጾ ግን ፈጺምና ኣይንቖጽርን።
    ሓደ ሰብ ተሌፎንኩም ከይርኢ ክንከልክሎ ኣይንኽእልን።
    ታሪኽ ብራውዘርኩም ኣብዚ ገጽ ከም ዝነበርኩም ከርኢ ይኽእል። እንተተኻእለ ብሕቡእ መስኮት (private window) ተጠቐሙ።
    እዚ ጽሑፍ ብኮምፒተር እዩ ተተርጒሙ፣ ሕጂ ድማ ሰብ ይፍትሾ ኣሎ። ዘይንጹር ነገር እንተሃልዩ፣ ሰራሕተኛ ደገፍ ክሕግዘኩም ይኽእል።
# The text box, while the chat waits for a button to be pressed.
ui-hint = ካብቶም ኣብ ላዕሊ ዘለዉ መልስታት ሓደ ምረጹ።
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = ዝርዝር ዕላል
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = ቀሊል ገጽ ብዘይ JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = ምስ ሰብ ቀጥታ ዕላል ንምግባር፣ እቲ ምሉእ ገጽ ምስ JavaScript የድሊ። ኣብ ክንድኡ፣ ናብ ሓደ ካብዞም ቁጽርታት ክትድውሉ ትኽእሉ ኢኹም።
ui-call-112 = ናብ 112 ምድዋል

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = እቲ ዕላል ተደምሲሱ ኣሎ። ስም ዘይብሉ ቁጽሪ መልስታት ጥራይ ንዕቅብ፣ ዝጸሓፍኩምዎ ወይ መን ምዃንኩም ፈጺሙ ኣይንዕቅብን። ንርእስኹም ተኸናኸኑ። ኣብ ዝኾነ ግዜ ክትምለሱ ትኽእሉ ኢኹም።

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = ሰሜን (Norrbotten, Västerbotten, Jämtland, Västernorrland፤ ንኣብነት Umeå)
region-mitt = ማእከል (Uppsala, Västmanland, Gävleborg፤ ንኣብነት Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna፤ ንኣብነት Örebro)
region-stockholm = Stockholm ምስ Gotland
region-ost = ምብራቕ (Östergötland, Jönköping, Södermanland፤ ንኣብነት Linköping)
region-vast = ምዕራብ (Västra Götaland, Halland፤ ንኣብነት Göteborg)
region-syd = ደቡብ (Skåne, Blekinge, Kronoberg, Kalmar፤ ንኣብነት Malmö)
region-national = ኣይፈልጥን / ክነግር ኣይደልን

## Contacts (filled from configuration)

contacts-heading = ርክባት ኣብ { $region }:
contacts-national-heading = ርክባት ኣብ መላእ ሽወደን:
contacts-none = ኣብዚ ገና ዝተመዝገበ ርክብ የለን። ግን ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም፥ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።
contacts-emergency = ህጹጽ (ፖሊስ፣ ኣምቡላንስ፣ መጥፋእቲ ሓዊ): 112። ፖሊስ፣ ህጹጽ ኣብ ዘይኮነሉ: 114 14።
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = ክፉት: { $hours }
hours-always = ኩሉ መዓልቲ፣ ለይትን መዓልትን
professional-heading = ደገፍ ንሞያውያን:
professional-manual = መምርሒ ንሞያውያን: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = ቁጽሪ እቲ መስመር ደገፍ ኣብዚ ዕላል ገና ኣይተጻሕፈን። ዞባዊ ኣወሃሃዲ ምኽሪ ክህበኩም ይኽእል።

## Days, for opening hours

day-mon = ሰኑይ
day-tue = ሰሉስ
day-wed = ረቡዕ
day-thu = ሓሙስ
day-fri = ዓርቢ
day-sat = ቀዳም
day-sun = ሰንበት

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = እዚ ዕላል ሓጊዙኩም ዶ? ነዚ ሕቶ ክትምልስዎ ወይ ክትሓልፍዎ ትኽእሉ ኢኹም። ዝቑጸር ቁጽሪ መልስታት ጥራይ እዩ።
survey-yes = እወ
survey-little = ቁሩብ
survey-no = ኣይፋል
survey-skip = ምሕላፍ
survey-thanks = ስለ ዝመለስኩም የቐንየልና።
