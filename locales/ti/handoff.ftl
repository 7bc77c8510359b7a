# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = ሓደ ካብ ጉጅለ እቲ ዞባ ዝኾኑ ሰራሕተኛ ደገፍ ኣብዚ ምሳኹም ክዘራረቡ ይኽእሉ እዮም። ቋንቋኹም፣ ዞባኹምን ኣብዚ ዕላል ዝመረጽኩምዎም መልስታትን ክርእዩ እዮም። ካብ ሕጂ ንደሓር እትጽሕፍዎ ውን ክርእዩ እዮም። እቲ ዕላል ምስ ተወድአ፣ ዝጸሓፍኩምዎ ይድምሰስ።
    .telegram = ሓደ ካብ ጉጅለ እቲ ዞባ ዝኾኑ ሰራሕተኛ ደገፍ ኣብዚ ምሳኹም ክዘራረቡ ይኽእሉ እዮም። ቋንቋኹም፣ ዞባኹምን ዝመረጽኩምዎም መልስታትን ክርእዩ እዮም። ካብ ሕጂ ንደሓር እትጽሕፍዎ ውን ክርእዩ እዮም። እቲ ዕላል ምስ ተወድአ፣ ዝጸሓፍኩምዎ ንድምስሶ። እቶም መልእኽትታት ኣብዚ ዕላል ቴሌግራም ይጸንሑ። /forget ይድምስሶም፣ ካብ 48 ሰዓት ንላዕሊ ዝጸንሑ መልእኽትታት እንተዘይኮይኖም።
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = ካብ 18 ዓመት ንታሕቲ እንተ ኾይንኩም፣ እቲ ሰራሕተኛ ደገፍ ብዛዕባኹም ንማሕበራዊ ኣገልግሎት (socialtjänsten) ክነግር ክግደድ ይኽእል እዩ። እዚ orosanmälan ይብሃል። እዚ ማሕበራዊ ኣገልግሎት ክሕልወኩም ምእንቲ ክኽእል እዩ። እንታይ ክትነግሩ ከም እትደልዩ ሕጂ ውን ባዕልኹም ትውስኑ።
handoff-consent-ask = ሕጂ ምስ ሰብ ክትዘራረቡ ትደልዩ ዶ?
handoff-consent-yes = እወ፣ ክዘራረብ እደሊ
handoff-consent-contacts = ኣይፋል፣ ቁጽሪ ተሌፎን ኣርእዩኒ
handoff-waiting-ask = መልእኽትኹም ኣብ ታሕቲ ጽሓፉ። ሰራሕተኛ ደገፍ ክርእይዎ እዮም። ኣብ ዝደለኹምዎ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም።
handoff-leave = ዕላል ምስ ሰራሕተኛ ደገፍ ምግዳፍ
handoff-fallback-intro = ሕጂ ክምልሰልኩም ዝኽእል ሰብ የለን። ሓገዝ ንምርካብ ካልእ መገድታት እነሆ።
handoff-fallback-ask = ምጽባይ ክትቅጽሉ ትደልዩ ዶ፣ ወይስ ደው ከተብሉ?
handoff-keep-waiting = ምጽባይ ምቕጻል
handoff-queued =
    { $position ->
        [1] ተራኹም ቀዳማይ እዩ። ሰራሕተኛ ደገፍ ብዝተኻእለ መጠን ቀልጢፎም ክምልሱልኩም እዮም።
       *[other] ተራኹም ቁጽሪ { $position } እዩ። ሰራሕተኛ ደገፍ ብዝተኻእለ መጠን ቀልጢፎም ክምልሱልኩም እዮም።
    }
handoff-connected = ሰራሕተኛ ደገፍ ሕጂ ኣብዚ ኣለዉ። ክትጽሕፉሎም ትኽእሉ ኢኹም።
handoff-transferred = ናብ ሓደ ካብ ካልእ ጉጅለ ዝኾነ ሰራሕተኛ ትሕለፉ ኣሎኹም። ኣብዚ ዕላል ጽንሑ።
handoff-ended = እቲ ምስ ሰራሕተኛ ደገፍ ዝነበረ ዕላል ተወዲኡ። ዝጸሓፍኩምዎ ተደምሲሱ።
handoff-unavailable = ሕጂ ኣብዚ ክዘራረብ ዝኽእል ሰብ የለን። ክትራኸብዎም እትኽእሉ ሰባት እነሆ።
handoff-staff-label = ሰራሕተኛ ደገፍ
handoff-person-left = እቲ ሰብ ካብ ዕላል ወጺኡ።
handoff-transferred-from = ካብ { $region } ዝተሰጋገረ።

## Canned replies for staff, sent in the person's language.

canned-hello = ሰላም። ኣነ ሰራሕተኛ ደገፍ እየ። ክሰምዓኩም ኣብዚ ኣሎኹ። እንታይ ከም እትነግሩኒ ንስኹም ኢኹም እትውስኑ።
canned-moment = የቐንየልና። በጃኹም ቁሩብ ግዜ ሃቡኒ።
canned-safe = ሕጂ ኣብ ድሕንነት ዲኹም ዘሎኹም? ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
canned-more = ካልእ ክሕግዘኩም ዝኽእል ነገር ኣሎ ዶ?
canned-bye = ስለ ዝጸሓፍኩም የቐንየልና። ኣብ ዝደለኹምዎ ግዜ ናብዚ ዕላል ክትምለሱ ትኽእሉ ኢኹም። ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።

## Page labels for the chat during a handoff.

ui-send = ምስዳድ
ui-write = መልእኽቲ ጽሓፉ
ui-staff = ሰራሕተኛ ደገፍ
ui-position = ተራኹም ቁጽሪ { $position } እዩ

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = እቲ ናይ { $region } ጉጅለ ሕጂ ዕጹው እዩ። እቲ ናይ { $team } ጉጅለ ክምልሰልኩም ይኽእል እዩ።
handoff-overflow-wait = ካብቲ ናይ { $region } ጉጅለ ክሳዕ ሕጂ ክምልሰልኩም ዝኸኣለ ሰብ የለን። እቲ ናይ { $team } ጉጅለ ክምልሰልኩም ይኽእል እዩ።
handoff-away =
    { $day ->
        [today] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ሎሚ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [tomorrow] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ጽባሕ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [mon] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብሰኑይ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [tue] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብሰሉስ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [wed] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብረቡዕ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [thu] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብሓሙስ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [fri] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብዓርቢ ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [sat] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብቀዳም ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
        [sun] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብሰንበት ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
       *[other] ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን። ሓደ ጉጅለ ብዕለት { $date } ሰዓት { $time } (ብሰዓት ሽወደን) ስራሕ ይጅምር።
    }
handoff-away-unknown = ሕጂ ምሳኹም ክዘራረብ ዝኽእል ሰብ የለን።
team-nord = ሰሜን ሽወደን
team-mitt = ማእከል ሽወደን
team-bergslagen = Bergslagen
team-stockholm = Stockholm ምስ Gotland
team-ost = ምብራቕ ሽወደን
team-vast = ምዕራብ ሽወደን
team-syd = ደቡብ ሽወደን
team-national = መላእ ሃገር
