# The way in: language, promise, safety, who is writing, main menu.

language-ask = Dooro luqaddaada.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Soo dhawoow. Halkan waxaad ku weydiin kartaa caawimaad iyo xuquuqdaada. Uma baahnid inaad magacaaga sheegto. Ma kaydinno cidda aad tahay. Haddii aad la sheekaysato shaqaale taageero, waxaad qorto waa la tirtirayaa marka wada-sheekaysigaas dhammaado.
    .telegram = Soo dhawoow. Halkan waxaad wax ka weydiin kartaa caawimaadda iyo xuquuqdaada. Uma baahnid inaad magacaaga sheegto. Ma kaydinno cidda aad tahay. Laakiin wada-sheekaysigu wuxuu ku jiraa taleefankaaga iyo kombiyuutarrada (server-yada) Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = Waqti kasta si degdeg ah ayaad uga bixi kartaa: riix "Ka bax" oo sare ku yaal, ama furaha Escape. Markaas wada-sheekaysigu wuu xirmayaa, waana la tirtirayaa. Laakiin taariikhda browser-kaaga ayaa muujin karta inaad halkan timid. Soo noqo marka aad keligaa tahay. Haddii ay suurtagal tahay, isticmaal daaqad qarsoon (private window).
    .basic = Waqti kasta si degdeg ah ayaad uga bixi kartaa: riix "Ka bax" oo sare ku yaal. Markaas wada-sheekaysigu wuu xirmayaa, waana la tirtirayaa. Laakiin taariikhda browser-kaaga ayaa muujin karta inaad halkan timid. Soo noqo marka aad keligaa tahay. Haddii ay suurtagal tahay, isticmaal daaqad qarsoon (private window).
    .telegram = Waqti kasta waad joojin kartaa: dir /forget, ama dooro "Tirtir wax walba oo xir". Markaas wada-sheekaysiga waa la tirtirayaa. Laakiin /forget ma tirtiri karo fariimaha la diray in ka badan 48 saac ka hor. Qof kasta oo arka taleefankaaga wuxuu arki karaa wada-sheekaysiga Telegram-ka ku jira. Soo noqo marka aad keligaa tahay, kadibna tirtir wada-sheekaysiga.
    .touch = Waqti kasta si degdeg ah ayaad uga bixi kartaa: riix "Ka bax" oo sare ku yaal. Markaas wada-sheekaysigu wuu xirmayaa, waana la tirtirayaa. Laakiin taariikhda browser-kaaga ayaa muujin karta inaad halkan timid. Soo noqo marka aad keligaa tahay. Haddii ay suurtagal tahay, isticmaal daaqad qarsoon (private window).
promise-ask = Ma bilownaa?
promise-ok = Haa, bilow

## Safety first

safety-ask = Hadda ma ammaan baad tahay?
safety-yes = Haa, hadda waan ammaan ahay
safety-no = Maya, khatar baan ku jiraa
safety-unsure = Ma aqaan

danger-112 = Haddii aad hadda khatar ku jirto, wac 112. Waa bilaash. 112 waa lambarka gurmadka degdegga ah: booliska, ambalaaska iyo dab-demiska.
danger-discreet = Haddii qof arki karo taleefankaaga, kaga bax wada-sheekaysigan badhanka "Ka bax". Soo noqo marka aad keligaa tahay. Lambarka booliska marka aysan degdeg ahayn waa 114 14.
    .telegram = Haddii qof arki karo taleefankaaga, dir /forget si aad u tirtirto wada-sheekaysigan. Soo noqo marka aad keligaa tahay. Lambarka booliska marka aysan degdeg ahayn waa 114 14.
danger-ask = Maxaad hadda rabtaa inaad samayso?
danger-continue = Sii wad wada-sheekaysiga
danger-human = Hel qof aad la hadasho

## Who is writing

who-ask = Yaad u qoraysaa?
who-self = Naftayda
who-other = Qof aan ka walaacsanahay
who-work = Shaqadayda dad baan kula kulmaa
who-info = Macluumaad uun baan rabaa
who-child = Waxaan ka yarahay 18 sano

## Main menu

menu-ask = Maxaad rabtaa inaad samayso?
menu-signs = Hubi xaaladdayda
menu-rights = Xuquuqdayda Iswiidhan
menu-needs = Maxaa hadda i caawin kara
menu-family = Qof baan ka walaacsanahay
menu-professional = Xirfadlayaasha
menu-children = Waxaan ka yarahay 18 sano
menu-danger = Khatar baan ku jiraa
menu-privacy = Sida aan kuu ilaalinno

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = Ma kaydinno magacaaga, lambarka taleefankaaga ama cinwaanka IP-gaaga. Jawaabahaaga waa la tirtiraa marka aad dhammayso wada-sheekaysiga. Sidoo kale waa la tirtiraa marka aadan wax qorin muddo. Haddii aad la sheekaysato shaqaale taageero, shaqaalaha taageerada oo keliya ayaa akhrin kara waxaad qorto. Waxaad qorto waa la tirtiraa marka wada-sheekaysigaas dhammaado.
    .telegram = Ma kaydinno magacaaga, magaca isticmaalahaaga (username) ama lambarka taleefankaaga. Jawaabahaaga waa la tirtiraa marka aad dirto /forget. Sidoo kale waa la tirtiraa marka aadan wax qorin muddo. Haddii aad la sheekaysato shaqaale taageero, shaqaalaha taageerada oo keliya ayaa akhrin kara waxaad qorto. Waxaad qorto waa la tirtiraa marka wada-sheekaysigaas dhammaado.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Waxaa jira waxyaabo aanan kaa ilaalin karin. Qofka taleefankaaga gacanta ku haya wuxuu arki karaa wada-sheekaysigan iyo taariikhda browser-kaaga. Barnaamij basaasid ah (spy app) oo taleefankaaga ku jira ayaa arki kara wax kasta oo aad qorto. Cidda maamusha Wi-Fi-ga ama shabakadda taleefankaaga waxay arki karaan inaad boggan soo booqatay. Ma arki karaan waxaad qortay. Haddii ay suurtagal tahay, isticmaal taleefan adiga keliya aad isticmaasho, iyo daaqad qarsoon (private window). Haddii aad u malaynayso in qof baarayo taleefankaaga, taleefan kale ka wac mid ka mid ah xiriirada ku jira "La hadal qof".
    .telegram = Waxaa jira waxyaabo aanan kaa ilaalin karin. Telegram wuxuu haystaa diiwaankiisa gaarka ah: wuxuu ogyahay in akoonkaagu u qoray bot-kan, iyo goorta. Qofka taleefankaaga gacanta ku haya wuxuu arki karaa wada-sheekaysigan. Barnaamij basaasid ah (spy app) oo taleefankaaga ku jira ayaa arki kara wax kasta oo aad qorto. Cidda maamusha Wi-Fi-ga ama shabakadda taleefankaaga waxay arki karaan inaad isticmaasho Telegram. Haddii ay suurtagal tahay, isticmaal taleefan adiga keliya aad isticmaasho, kadibna tirtir wada-sheekaysigan. Haddii aad u malaynayso in qof baarayo taleefankaaga, taleefan kale ka wac mid ka mid ah xiriirada ku jira "La hadal qof".
privacy-ask = Maxaad hadda rabtaa inaad samayso?
privacy-menu = Dib ugu noqo liiska weyn
