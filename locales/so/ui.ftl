# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Soomaali

## Global commands, offered at every step

nav-back = ← Dib u noqo
nav-menu = Liiska weyn
nav-language = Beddel luqadda
nav-human = La hadal qof
nav-end = Tirtir wax walba oo xir

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Waan ka xumahay, taas ma fahmin. Fadlan dooro mid ka mid ah badhamada.
error-pick_option = Halkan waxaan ka jawaabi karaa badhamada oo keliya. Fadlan dooro mid ka mid ah badhamada.
error-bad_request = Waan ka xumahay, wax baa ka khaldamay fariintaas. Fadlan mar kale isku day.
error-too_long = Fariintaasi aad bay u dheerayd. Fadlan dooro mid ka mid ah badhamada.
error-rate_limited = Wax badan ayaa hal mar yimid. Fadlan wax yar sug, kadibna mar kale isku day.
error-unavailable = Waan ka xumahay, wada-sheekaysigu hadda ma shaqaynayo. Haddii aad khatar ku jirto, wac 112.
error-session_expired = Wada-sheekaysigaagii hore waa la tirtiray, maxaa yeelay muddo ayuu aamusnaa. Waan dib u bilaabi karnaa.
error-no_session = Wada-sheekaysigu weli ma bilaaban. Fadlan dib u bilow.
error-reconnecting = Wadahadalku wuu dib u bilaabanayaa, wuxuuna dib u xirmi doonaa dhawaan.

## Page labels

ui-exit = Ka bax
ui-restart = Dib u bilow
ui-connecting = Waa la isku xirayaa…
ui-log = Wada-sheekaysi
# The page's header: what this is, in the person's language.
ui-title = Wada-sheekaysi caawimaad, magac la'aan
# Opens the promise below, inside the page.
ui-privacy = Sida aan kuu ilaalinno
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Uma baahnid inaad magacaaga sheegto. Weligeen kuma weydiinno.
    Ma kaydinno magacaaga, lambarka taleefankaaga ama cinwaanka IP-gaaga.
    Jawaabahaaga waa la tirtiraa marka aad dhammayso wada-sheekaysiga ama aad riixdo "Ka bax".
    Sidoo kale waa la tirtiraa marka aadan wax qorin muddo.
    Haddii aad la sheekaysato shaqaale taageero, shaqaalaha taageerada oo keliya ayaa akhrin kara waxaad qorto.
    Waxaad qorto waa la tirtiraa marka wada-sheekaysigaas dhammaado.
    Waxa keliya ee aan tirinno waa inta qof ee doortay jawaab. Weligeen ma tirinno cidda ay yihiin.
    Ma joojin karno qof eegaya taleefankaaga.
    Taariikhda browser-kaaga ayaa muujin karta inaad boggan soo booqatay. Haddii ay suurtagal tahay, isticmaal daaqad qarsoon (private window).
    Qoraalkan waxaa turjumay kombiyuutar, hadda qof ayaa hubinaya. Haddii wax aan caddayn jiraan, shaqaale taageero ayaa ku caawin kara.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Dooro mid ka mid ah jawaabaha kore.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Liiska wada-sheekaysiga
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Nooc fudud oo aan JavaScript lahayn
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Si aad qof si toos ah ula sheekaysato, waxaad u baahan tahay nooca buuxa ee boggan, oo leh JavaScript. Taa beddelkeeda, waxaad wici kartaa mid ka mid ah lambarradan.
ui-call-112 = Wac 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Wada-sheekaysiga waa la tirtiray. Waxaan kaydinnaa tirooyin qarsoodi ah oo jawaabaha ku saabsan oo keliya, marnaba ma kaydinno waxaad qortay ama cidda aad tahay. Is daryeel. Waxaad soo noqon kartaa wakhti kasta.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Waqooyi (Norrbotten, Västerbotten, Jämtland, Västernorrland; tusaale Umeå)
region-mitt = Bartamaha (Uppsala, Västmanland, Gävleborg; tusaale Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; tusaale Örebro)
region-stockholm = Stockholm iyo Gotland
region-ost = Bari (Östergötland, Jönköping, Södermanland; tusaale Linköping)
region-vast = Galbeed (Västra Götaland, Halland; tusaale Göteborg)
region-syd = Koonfur (Skåne, Blekinge, Kronoberg, Kalmar; tusaale Malmö)
region-national = Ma aqaan / Ma rabo inaan sheego

## Contacts (filled from configuration)

contacts-heading = Xiriirada ku yaal { $region }:
contacts-national-heading = Xiriirada Iswiidhan oo dhan:
contacts-none = Halkan weli lama gelin cid lala xiriiro. Weli caawimaad waad heli kartaa: haddii ay degdeg tahay, wac 112.
contacts-emergency = Degdeg (booliis, ambalaas, dab-demis): 112. Booliska, marka aysan degdeg ahayn: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Furan: { $hours }
hours-always = maalin kasta, habeen iyo maalin
professional-heading = Taageerada xirfadlayaasha:
professional-manual = Hagaha xirfadlayaasha: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Lambarka khadka taageerada weli laguma darin wada-sheekaysigan. Isku-duwaha gobolka ayaa ku siin kara talo.

## Days, for opening hours

day-mon = Isniin
day-tue = Talaado
day-wed = Arbaco
day-thu = Khamiis
day-fri = Jimce
day-sat = Sabti
day-sun = Axad

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Wada-sheekaysigani ma ku caawiyay? Waad ka jawaabi kartaa ama waad ka boodi kartaa. Waxa keliya ee la tiriyo waa tirada jawaabaha.
survey-yes = Haa
survey-little = Wax yar
survey-no = Maya
survey-skip = Ka bood
survey-thanks = Waad ku mahadsan tahay inaad ka jawaabtay.
