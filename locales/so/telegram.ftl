# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Dib u bilow
tg-cmd-language = Beddel luqadda
tg-cmd-menu = Liiska weyn
tg-cmd-help = Caawimaad
tg-cmd-human = La hadal qof
tg-cmd-forget = Tirtir wada-sheekaysigan

tg-help = Riix badhamada si aad uga jawaabto. /menu wuxuu muujiyaa liiska weyn. /language wuxuu beddelaa luqadda. /human wuxuu muujiyaa cidda aad la hadli karto. /forget wuxuu tirtiraa wada-sheekaysigan iyo fariimihiisa.
tg-text-only = Halkan qoraal oo keliya ayaan akhrin karaa. Fadlan isticmaal badhamada.
tg-group = Waan ka xumahay, waxaan ku hadlaa wada-sheekaysi gaar ah oo keliya. Koox dhexdeed, dad kale ayaa akhrin kara waxaad qorto. Fadlan si toos ah ii soo qor. Hadda waan ka baxayaa kooxdan.
tg-forgotten = Wada-sheekaysiga iyo fariimihiisa waa la tirtiray. Waxaad sidoo kale wada-sheekaysigan ka tirtiri kartaa Telegram.
tg-forget-partial = Wada-sheekaysiga waa la tirtiray. Telegram iima oggola inaan tirtiro fariimaha la diray in ka badan 48 saac ka hor. Sidaa darteed { $count ->
        [one] hal fariin ayaa weli halkan ku jirta
       *[other] { $count } fariimood ayaa weli halkan ku jira
    }. Fadlan adigu ka tirtir wada-sheekaysigan Telegram: farta ku hay wada-sheekaysiga, kadibna dooro "Delete" (Tirtir).
tg-forget-nothing = Halkan ma jiro wax adiga kugu saabsan oo la kaydiyay. Si aad u tirtirto fariimihii hore, ka tirtir wada-sheekaysigan Telegram: farta ku hay wada-sheekaysiga, kadibna dooro "Delete" (Tirtir).
