# The way in: language, promise, safety, who is writing, main menu.

language-ask = ቋንቋኹም ምረጹ።

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = ሰላም። ኣብዚ ብዛዕባ ሓገዝን መሰላትኩምን ክትሓቱ ትኽእሉ ኢኹም። ስምኩም ክትህቡ ኣየድልየኩምን። መን ምዃንኩም ኣይንዕቅብን። ምስ ሰራሕተኛ ደገፍ እንተ ተዘራሪብኩም፣ ዝጸሓፍኩምዎ እቲ ዕላል ምስ ተወድአ ይድምሰስ።
    .telegram = ሰላም። ኣብዚ ብዛዕባ ሓገዝን መሰላትኩምን ክትሓቱ ትኽእሉ ኢኹም። ስምኩም ክትነግሩ ኣየድልየኩምን። መን ምዃንኩም ኣይንዕቅብን። ግን እቲ ዕላል ኣብ ተሌፎንኩምን ኣብ ሰርቨራት ቴሌግራምን ይጸንሕ።
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = ኣብ ዝደለኹምዎ ግዜ ቀልጢፍኩም ክትወጹ ትኽእሉ ኢኹም፥ ኣብ ላዕሊ ዘሎ "ምውጻእ" ጠውቑ፣ ወይ ናይ Escape መጠወቒ ጠውቑ። ሽዑ እቲ ዕላል ይዕጾን ይድምሰስን። ግን ታሪኽ ብራውዘርኩም ኣብዚ ከም ዝነበርኩም ከርኢ ይኽእል። ንበይንኹም ምስ ኮንኩም ተመለሱ። እንተተኻእለ ብሕቡእ መስኮት (private window) ተጠቐሙ።
    .basic = ኣብ ዝደለኹምዎ ግዜ ቀልጢፍኩም ክትወጹ ትኽእሉ ኢኹም፥ ኣብ ላዕሊ ዘሎ "ምውጻእ" ጠውቑ። ሽዑ እቲ ዕላል ይዕጾን ይድምሰስን። ግን ታሪኽ ብራውዘርኩም ኣብዚ ከም ዝነበርኩም ከርኢ ይኽእል። ንበይንኹም ምስ ኮንኩም ተመለሱ። እንተተኻእለ ብሕቡእ መስኮት (private window) ተጠቐሙ።
    .telegram = ኣብ ዝደለኹምዎ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም፥ /forget ስደዱ፣ ወይ "ኩሉ ምድምሳስን ምዕጻውን" ምረጹ። ሽዑ እቲ ዕላል ይድምሰስ። ግን /forget ካብ 48 ሰዓት ንላዕሊ ዝጸንሑ መልእኽትታት ክድምስስ ኣይክእልን። ተሌፎንኩም ዝርኢ ዝኾነ ሰብ ነቲ ዕላል ኣብ ቴሌግራም ክርእዮ ይኽእል። ንበይንኹም ምስ ኮንኩም ተመለሱ፣ ድሕሪኡ ነቲ ዕላል ደምስስዎ።
    .touch = ኣብ ዝደለኹምዎ ግዜ ቀልጢፍኩም ክትወጹ ትኽእሉ ኢኹም፥ ኣብ ላዕሊ ዘሎ "ምውጻእ" ጠውቑ። ሽዑ እቲ ዕላል ይዕጾን ይድምሰስን። ግን ታሪኽ ብራውዘርኩም ኣብዚ ከም ዝነበርኩም ከርኢ ይኽእል። ንበይንኹም ምስ ኮንኩም ተመለሱ። እንተተኻእለ ብሕቡእ መስኮት (private window) ተጠቐሙ።
promise-ask = ንጀምር ዶ?
promise-ok = እወ፣ ንጀምር

## Safety first

safety-ask = ሕጂ ኣብ ድሕንነት ዲኹም ዘሎኹም?
safety-yes = እወ፣ ሕጂ ኣብ ድሕንነት እየ
safety-no = ኣይፋል፣ ኣብ ሓደጋ እየ
safety-unsure = ኣይፈልጥን

danger-112 = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ። ብነጻ እዩ። 112 ናይ ህጹጽ ሓገዝ ቁጽሪ እዩ፥ ንፖሊስ፣ ኣምቡላንስን መጥፋእቲ ሓዊን።
danger-discreet = ሓደ ሰብ ተሌፎንኩም ክርኢ ዝኽእል እንተኾይኑ፣ ብ"ምውጻእ" ካብዚ ዕላል ውጽኡ። ንበይንኹም ምስ ኮንኩም ተመለሱ። ህጹጽ ኣብ ዘይኮነሉ ግዜ፣ ቁጽሪ ፖሊስ 114 14 እዩ።
    .telegram = ሓደ ሰብ ተሌፎንኩም ክርኢ ዝኽእል እንተኾይኑ፣ ነዚ ዕላል ንምድምሳስ /forget ስደዱ። ንበይንኹም ምስ ኮንኩም ተመለሱ። ህጹጽ ኣብ ዘይኮነሉ ግዜ፣ ቁጽሪ ፖሊስ 114 14 እዩ።
danger-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
danger-continue = ዕላል ምቕጻል
danger-human = ክዛረቦ ዝኽእል ሰብ ምድላይ

## Who is writing

who-ask = ንመን ኢኹም እትጽሕፉ ዘሎኹም?
who-self = ንባዕለይ
who-other = ንዝሻቐለሉ ሰብ
who-work = ኣብ ስራሐይ ሰባት እራኸብ
who-info = ሓበሬታ ጥራይ እደሊ
who-child = ዕድመይ ትሕቲ 18 እዩ

## Main menu

menu-ask = እንታይ ክትገብሩ ትደልዩ?
menu-signs = ኩነታተይ ምርኣይ
menu-rights = መሰላተይ ኣብ ሽወደን
menu-needs = ሕጂ እንታይ ክሕግዘኒ ይኽእል
menu-family = ብዛዕባ ሓደ ሰብ እሻቐል ኣሎኹ
menu-professional = ንሞያውያን
menu-children = ዕድመይ ትሕቲ 18 እዩ
menu-danger = ኣብ ሓደጋ እየ
menu-privacy = ከመይ ከም እንሕልወኩም

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = ስምኩም፣ ቁጽሪ ተሌፎንኩም ወይ ናይ IP ኣድራሻኹም ኣይንዕቅብን። ነቲ ዕላል ምስ ዛዘምኩም፣ መልስታትኩም ይድምሰሱ። ንገለ ግዜ ምንም እንተዘይጸሓፍኩም ውን፣ መልስታትኩም ይድምሰሱ። ምስ ሰራሕተኛ ደገፍ እንተተዘራሪብኩም፣ እትጽሕፍዎ ክንብብዎ ዝኽእሉ ሰራሕተኛታት ደገፍ ጥራይ እዮም። እቲ ዕላል ምስ ተወድአ፣ ዝጸሓፍኩምዎ ይድምሰስ።
    .telegram = ስምኩም፣ ናይ ተጠቃሚ ስምኩም (username) ወይ ቁጽሪ ተሌፎንኩም ኣይንዕቅብን። /forget ምስ ሰደድኩም፣ መልስታትኩም ይድምሰሱ። ንገለ ግዜ ምንም እንተዘይጸሓፍኩም ውን፣ መልስታትኩም ይድምሰሱ። ምስ ሰራሕተኛ ደገፍ እንተተዘራሪብኩም፣ እትጽሕፍዎ ክንብብዎ ዝኽእሉ ሰራሕተኛታት ደገፍ ጥራይ እዮም። እቲ ዕላል ምስ ተወድአ፣ ዝጸሓፍኩምዎ ይድምሰስ።
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = ካብኦም ክንሕልወኩም ዘይንኽእል ገለ ነገራት ኣለዉ። ተሌፎንኩም ዝሓዘ ሰብ፣ ነዚ ዕላልን ታሪኽ ብራውዘርኩምን ክርኢ ይኽእል። ኣብ ተሌፎንኩም ዘሎ ናይ ስለያ ኣፕሊኬሽን (spy app)፣ እትጽሕፍዎ ኩሉ ክርኢ ይኽእል። ነቲ Wi-Fi ወይ ኔትዎርክ ተሌፎንኩም ዘመሓድሩ፣ ኣብዚ ገጽ ከም ዝነበርኩም ክርእዩ ይኽእሉ። እንታይ ከም ዝጸሓፍኩም ግን ክርእዩ ኣይክእሉን። እንተተኻእለ፣ ንስኹም ጥራይ እትጥቀምሉ ተሌፎን ተጠቐሙ፣ ብሕቡእ መስኮት (private window) ውን ተጠቐሙ። ሓደ ሰብ ተሌፎንኩም ይፍትሽ እዩ ኢልኩም እንተ ሓሲብኩም፣ ካብ ካልእ ተሌፎን ናብ ሓደ ካብቶም ኣብ «ምስ ሰብ ምዝራብ» ዘለዉ ርክባት ደውሉ።
    .telegram = ካብኦም ክንሕልወኩም ዘይንኽእል ገለ ነገራት ኣለዉ። ቴሌግራም ናይ ባዕሉ መዝገብ ይሕዝ፥ ኣካውንትኩም ናብዚ ቦት ከም ዝጸሓፈን መዓስ ከም ዝጸሓፈን ይፈልጥ። ተሌፎንኩም ዝሓዘ ሰብ፣ ነዚ ዕላል ክርኢ ይኽእል። ኣብ ተሌፎንኩም ዘሎ ናይ ስለያ ኣፕሊኬሽን (spy app)፣ እትጽሕፍዎ ኩሉ ክርኢ ይኽእል። ነቲ Wi-Fi ወይ ኔትዎርክ ተሌፎንኩም ዘመሓድሩ፣ ቴሌግራም ከም እትጥቀሙ ክርእዩ ይኽእሉ። እንተተኻእለ፣ ንስኹም ጥራይ እትጥቀምሉ ተሌፎን ተጠቐሙ፣ ድሕሪኡ ነዚ ዕላል ደምስስዎ። ሓደ ሰብ ተሌፎንኩም ይፍትሽ እዩ ኢልኩም እንተ ሓሲብኩም፣ ካብ ካልእ ተሌፎን ናብ ሓደ ካብቶም ኣብ «ምስ ሰብ ምዝራብ» ዘለዉ ርክባት ደውሉ።
privacy-ask = ሕጂ እንታይ ክትገብሩ ትደልዩ?
privacy-menu = ናብ ቀንዲ ዝርዝር ምምላስ
