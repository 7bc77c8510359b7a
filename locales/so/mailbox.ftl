# The mailbox (issue 23): one message for the team of the region when nobody can answer
# now, and the way back to the team's answer with a receipt code. No facts from the seeds
# here: these describe what lotsa itself does (docs/privacy.md, docs/staff.md). Never ask
# for a name, phone number or address (DOMAIN.md); the person may be watched, so the code
# is theirs to keep or forget, and everything is deleted after a few days.

## Leaving a message

# The button where nobody can answer now, and in the consent and contacts steps.
mailbox-offer = U dhaaf fariin kooxda
mailbox-write-intro = Waxaad u qori kartaa hal fariin kooxda gobolkaaga, ilaa 2000 xaraf. Fadlan ha qorin magacaaga, lambarka taleefankaaga ama cinwaankaaga. Kooxdu way akhrin doontaa marka ay soo laabato, halkanna way kaaga jawaabi doontaa.
mailbox-write-ask = Qor fariintaada.
# The person's one reply to the team's answer.
mailbox-reply-intro = Hal mar ayaad kooxda dib ugu qori kartaa, ilaa 2000 xaraf. Fadlan ha qorin magacaaga, lambarka taleefankaaga ama cinwaankaaga.
mailbox-reply-ask = Qor jawaabtaada.
mailbox-reply-sent = Jawaabtaada waa loo diray kooxda. Goor dambe ku soo laabo isla koodkaas si aad u akhrido jawaabtooda.
# Shown once, with the code in large digits. `$code` is 16 digits in groups of four;
# `$days` is keep_days (default 14). What is kept and for how long: docs/privacy.md.
# .telegram: the message with the code stays in the Telegram chat; /code opens it again.
mailbox-receipt = Fariintaada waa la diray. Koodkaaga: { $code }. Meel ammaan ah ku qor, ama xafid. Qof kasta oo haysta koodkan wuu akhrin karaa jawaabta. Ku soo laabo oo dooro “Kood baan haystaa”. Fariintaada iyo jawaabta waa la tirtirayaa { $days ->
        [one] hal maalin
       *[other] { $days } maalmood
    } kadib, ama hal maalin kadib marka aad akhrido jawaabta.
    .telegram = Fariintaada waa la diray. Koodkaaga: { $code }. Meel ammaan ah ku qor, ama xafid. Qof kasta oo haysta koodkan wuu akhrin karaa jawaabta. Qof kasta oo arka wada-sheekaysigan wuu arki karaa koodka: /forget ayaa tirtira fariimihiisa. Soo laabo oo dir /code. Fariintaada iyo jawaabta waa la tirtirayaa { $days ->
        [one] hal maalin
       *[other] { $days } maalmood
    } kadib, ama hal maalin kadib marka aad akhrido jawaabta.
# What would you like to do after leaving a message or a reply.
mailbox-done-ask = Maxaad hadda rabtaa inaad samayso?
mailbox-menu = Dib ugu noqo liiska weyn

## Coming back with a code

# The button at the start menu.
start-have-code = Kood baan haystaa
mailbox-code-ask = Qor koodkaaga 16-ka lambar ah.
mailbox-waiting = Kooxdu weli ma jawaabin. Goor dambe ku soo laabo koodkaaga.
mailbox-answer-intro = Jawaabta kooxda:
mailbox-opened-ask = Maxaad hadda rabtaa inaad samayso?
mailbox-reply = Hal mar dib u qor
mailbox-delete = Hadda tirtir wax walba
mailbox-deleted = Fariintaada iyo jawaabaha waa la tirtiray.

## Page labels: the confirm step before sending, and the code field

ui-mailbox-confirm = Ma la diraa fariintan?
ui-mailbox-confirm-yes = Haa, dir
ui-mailbox-edit = Maya, beddel
ui-mailbox-code = Koodkaaga
ui-mailbox-open = Fur

## Telegram only

# The command list's entry for /code.
tg-cmd-code = Kood baan haystaa
# The Telegram chat id is kept sealed with the item until the answer is sent or the item
# is deleted (issue 23; docs/privacy.md).
mailbox-telegram-deliver-info = Waxaan sidoo kale u diri karnaa jawaabta kooxda wada-sheekaysigan. Markaas waa inaan hayno xog quful leh oo ku saabsan wada-sheekaysigan, oo la socota fariintaada. Waan tirtiraynaa marka jawaabta la diro ama fariintaada la tirtiro.
mailbox-telegram-deliver = Jawaabta sidoo kale u dir wada-sheekaysigan
mailbox-telegram-deliver-set = Jawaabta sidoo kale waxay imaan doontaa wada-sheekaysigan.

## The mailbox's errors and Telegram's word on a deleted code (in en and sv: ui.ftl and
## telegram.ftl)

error-not_found = Ma jirto fariin leh koodkan. Hubi lambarrada oo mar kale isku day.
error-mailbox_empty = Fadlan marka hore qor fariintaada.
error-mailbox_too_long = Aad buu u dheer yahay: ugu badnaan 2000 xaraf.
error-mailbox_limited = Kood aad u badan ayaa la isku dayay. Fadlan wax yar sug, kadibna mar kale isku day.
error-mailbox_replied = Hal mar ayaad horey dib ugu qortay. Goor dambe ku soo laabo koodkaaga si aad u hesho jawaabta kooxda.
error-mailbox_off = Hadda halkan laguma dhaafi karo fariin.
tg-mailbox-code-deleted = Waxaan wada-sheekaysigan ka tirtiray fariintaadii uu koodku ku jiray.
