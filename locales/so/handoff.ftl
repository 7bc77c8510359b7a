# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Shaqaale taageero oo ka tirsan kooxda gobolka ayaa halkan kula sheekaysan kara. Shaqaaluhu wuxuu arki doonaa luqaddaada, gobolkaaga iyo jawaabaha aad ku dooratay wada-sheekaysigan. Wuxuu kaloo arki doonaa waxaad qorto hadda wixii ka dambeeya. Waxaad qorto waa la tirtirayaa marka wada-sheekaysigu dhammaado.
    .telegram = Shaqaale taageero oo ka tirsan kooxda gobolka ayaa halkan kula sheekaysan kara. Shaqaaluhu wuxuu arki doonaa luqaddaada, gobolkaaga iyo jawaabaha aad dooratay. Wuxuu kaloo arki doonaa waxaad qorto hadda wixii ka dambeeya. Waxaad qorto waan tirtirnaa marka wada-sheekaysigu dhammaado. Fariimuhu waxay ku sii jiraan wada-sheekaysigan Telegram. /forget ayaa tirtira, marka laga reebo fariimaha la diray in ka badan 48 saac ka hor.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Haddii aad ka yar tahay 18 sano, shaqaalaha taageerada waxaa laga yaabaa inay qasab ku tahay inuu kaaga warramo adeegga bulshada (socialtjänsten). Tan waxaa la yiraahdaa orosanmälan. Waa si adeegga bulshadu kuu ilaaliyo. Adiga ayaa weli go'aamiya waxaad sheegayso.
handoff-consent-ask = Ma rabtaa inaad hadda la sheekaysato qof?
handoff-consent-yes = Haa, waan rabaa inaan sheekaysto
handoff-consent-contacts = Maya, i tus lambarrada taleefanka
handoff-waiting-ask = Fariintaada hoos ku qor. Shaqaalaha taageerada ayaa arki doona. Waqti kasta waad joojin kartaa.
handoff-leave = Ka tag wada-sheekaysiga shaqaalaha taageerada
handoff-fallback-intro = Hadda qofna kuuma jawaabi karo. Kuwan waa siyaabo kale oo aad caawimaad ku heli karto.
handoff-fallback-ask = Ma rabtaa inaad sii sugto, mise inaad joojiso?
handoff-keep-waiting = Sii sug
handoff-queued =
    { $position ->
        [1] Adiga ayaa ugu horreeya safka. Shaqaale taageero ayaa kuu jawaabi doona sida ugu dhakhsaha badan.
       *[other] Waxaad tahay lambarka { $position } ee safka. Shaqaale taageero ayaa kuu jawaabi doona sida ugu dhakhsaha badan.
    }
handoff-connected = Shaqaale taageero ayaa hadda halkan jooga. Waad u qori kartaa.
handoff-transferred = Waxaa laguu gudbinayaa shaqaale kale oo koox kale ka tirsan. Ku sii jir wada-sheekaysigan.
handoff-ended = Wada-sheekaysigii shaqaalaha taageerada waa dhammaaday. Waxaad qortay waa la tirtiray.
handoff-unavailable = Hadda ma jiro qof halkan kula sheekaysan kara. Kuwan waa dad aad la xiriiri karto.
handoff-staff-label = Shaqaale taageero
handoff-person-left = Qofkii wuu ka baxay wada-sheekaysiga.
handoff-transferred-from = Waxaa laga soo gudbiyay { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Soo dhawoow. Waxaan ahay shaqaale taageero. Waxaan halkan u joogaa inaan ku dhageysto. Adiga ayaa go'aamiya waxaad ii sheegayso.
canned-moment = Mahadsanid. Fadlan wax yar i sug.
canned-safe = Hadda ma ammaan baad tahay? Haddii aad khatar ku jirto, wac 112.
canned-more = Ma jiraa wax kale oo aan kaa caawin karo?
canned-bye = Waad ku mahadsan tahay inaad wax noo soo qortay. Waqti kasta waad ku soo noqon kartaa wada-sheekaysigan. Haddii aad khatar ku jirto, wac 112.

## Page labels for the chat during a handoff.

ui-send = Dir
ui-write = Fariin qor
ui-staff = Shaqaale taageero
ui-position = Waxaad tahay lambarka { $position } ee safka

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Kooxda { $region } hadda waa xiran tahay. Kooxda { $team } ayaa kuu jawaabi karta.
handoff-overflow-wait = Qofna oo ka mid ah kooxda { $region } weli kuuma jawaabi karin. Kooxda { $team } ayaa kuu jawaabi karta.
handoff-away =
    { $day ->
        [today] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maanta saacadda { $time } (waqtiga Iswiidhan).
        [tomorrow] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa berri saacadda { $time } (waqtiga Iswiidhan).
        [mon] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Isniinta saacadda { $time } (waqtiga Iswiidhan).
        [tue] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Talaadada saacadda { $time } (waqtiga Iswiidhan).
        [wed] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Arbacada saacadda { $time } (waqtiga Iswiidhan).
        [thu] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Khamiista saacadda { $time } (waqtiga Iswiidhan).
        [fri] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Jimcaha saacadda { $time } (waqtiga Iswiidhan).
        [sat] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Sabtida saacadda { $time } (waqtiga Iswiidhan).
        [sun] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa maalinta Axadda saacadda { $time } (waqtiga Iswiidhan).
       *[other] Hadda ma jiro qof kula sheekaysan kara. Koox ayaa shaqada bilaabaysa taariikhda { $date } saacadda { $time } (waqtiga Iswiidhan).
    }
handoff-away-unknown = Hadda ma jiro qof kula sheekaysan kara.
team-nord = Waqooyiga Iswiidhan
team-mitt = Bartamaha Iswiidhan
team-bergslagen = Bergslagen
team-stockholm = Stockholm iyo Gotland
team-ost = Bariga Iswiidhan
team-vast = Galbeedka Iswiidhan
team-syd = Koonfurta Iswiidhan
team-national = dalka oo dhan
