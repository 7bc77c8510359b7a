# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = ንጉጅለ መልእኽቲ ምግዳፍ
mailbox-write-intro = ንጉጅለ ዞባኹም ሓንቲ መልእኽቲ ክትጽሕፉ ትኽእሉ ኢኹም፣ ክሳብ 2000 ፊደላት። በጃኹም ስምኩም፣ ቁጽሪ ተሌፎንኩም ወይ ኣድራሻኹም ኣይትጽሓፉ። እቲ ጉጅለ ምስ ተመልሰ ከንብባ እዩ፣ ኣብዚ ድማ ክምልስ እዩ።
mailbox-write-ask = መልእኽትኹም ጽሓፉ።
# The person's one reply to the team's answer.
mailbox-reply-intro = ንጉጅለ ሓንሳብ መልሲ ክትጽሕፉ ትኽእሉ ኢኹም፣ ክሳብ 2000 ፊደላት። በጃኹም ስምኩም፣ ቁጽሪ ተሌፎንኩም ወይ ኣድራሻኹም ኣይትጽሓፉ።
mailbox-reply-ask = መልስኹም ጽሓፉ።
mailbox-reply-sent = መልስኹም ናብ ጉጅለ ተላኢኹ ኣሎ። መልሶም ንምንባብ፣ ድሒርኩም በቲ ሓደ ኮድ ተመለሱ።
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = መልእኽትኹም ተላኢኻ ኣላ። ኮድኩም: { $code }። ኣብ ውሑስ ቦታ ጽሓፍዎ፣ ወይ ዘክርዎ። እዚ ኮድ ዘለዎ ዝኾነ ሰብ ነቲ መልሲ ከንብቦ ይኽእል። ምስኡ ተመለሱ እሞ «ኮድ ኣሎኒ» ምረጹ። መልእኽትኹምን እቲ መልስን ድሕሪ { $days } መዓልቲ ይድምሰሱ፣ ወይ መልሲ ምስ ኣንበብኩም ድሕሪ ሓደ መዓልቲ።
    .telegram = መልእኽትኹም ተላኢኻ ኣላ። ኮድኩም: { $code }። ኣብ ውሑስ ቦታ ጽሓፍዎ፣ ወይ ዘክርዎ። እዚ ኮድ ዘለዎ ዝኾነ ሰብ ነቲ መልሲ ከንብቦ ይኽእል። ነዚ ዕላል ዝርኢ ዝኾነ ሰብ ነቲ ኮድ ክርእዮ ይኽእል: /forget ንመልእኽትታቱ ይድምስስ። ተመሊስኩም /code ስደዱ። መልእኽትኹምን እቲ መልስን ድሕሪ { $days } መዓልቲ ይድምሰሱ፣ ወይ መልሲ ምስ ኣንበብኩም ድሕሪ ሓደ መዓልቲ።
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
mailbox-menu = ናብ ቀንዲ ዝርዝር ምምላስ

## Coming back with a code

# The button at the start menu.
start-have-code = ኮድ ኣሎኒ
mailbox-code-ask = 16 ኣሃዛት ዘለዎ ኮድኩም ጽሓፉ።
mailbox-waiting = እቲ ጉጅለ ገና ኣይመለሰን። ድሒርኩም ምስ ኮድኩም ተመለሱ።
mailbox-answer-intro = መልሲ ጉጅለ:
mailbox-opened-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
mailbox-reply = ሓንሳብ መልሲ ምጽሓፍ
mailbox-delete = ሕጂ ኩሉ ምድምሳስ
mailbox-deleted = መልእኽትኹምን እቶም መልስታትን ተደምሲሶም።

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = እዛ መልእኽቲ ትለኣኽ?
ui-mailbox-confirm-yes = እወ፣ ትለኣኽ
ui-mailbox-edit = ኣይፋል፣ ክቕይራ
ui-mailbox-code = ኮድኩም
ui-mailbox-open = ምኽፋት

## Telegram only

# The command list's entry for /code.
tg-cmd-code = ኮድ ኣሎኒ
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = መልሲ ጉጅለ ናብዚ ዕላል እውን ክንሰዶ ንኽእል ኢና። ሽዑ ብዛዕባ እዚ ዕላል ዝተዓጽወ መዘኻኸሪ ምስ መልእኽትኹም ክንሕዝ ኣለና። እቲ መልሲ ምስ ተላእከ ወይ መልእኽትኹም ምስ ተደምሰሰት ንድምስሶ።
mailbox-telegram-deliver = ነቲ መልሲ ናብዚ ዕላል እውን ምስዳድ
mailbox-telegram-deliver-set = እቲ መልሲ ናብዚ ዕላል እውን ክመጽእ እዩ።

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = በዚ ኮድ ዝኾነ መልእኽቲ የለን። ነቶም ኣሃዛት ርኣይዎም እሞ እንደገና ፈትኑ።
error-mailbox_empty = በጃኹም መጀመርታ መልእኽትኹም ጽሓፉ።
error-mailbox_too_long = እዚ ኣዝዩ ነዊሕ እዩ: እንተበዝሐ 2000 ፊደላት።
error-mailbox_limited = ብዙሓት ኮድታት ተፈቲኖም። በጃኹም ቁሩብ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
error-mailbox_replied = ሓንሳብ መልሲ ጽሒፍኩም ኢኹም። መልሲ ጉጅለ ንምርካብ፣ ድሒርኩም ምስ ኮድኩም ተመለሱ።
error-mailbox_off = ሕጂ ኣብዚ መልእኽቲ ምግዳፍ ኣይከኣልን።
tg-mailbox-code-deleted = እታ ኮድ ዘለዋ መልእኽትኹም ካብዚ ዕላል ደምሲሰያ ኣለኹ።
