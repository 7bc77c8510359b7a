# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Începe din nou
tg-cmd-language = Schimbă limba
tg-cmd-menu = Meniul principal
tg-cmd-help = Ajutor
tg-cmd-human = Vorbește cu o persoană
tg-cmd-forget = Șterge această conversație

tg-help = Apasă pe butoane ca să răspunzi. /menu arată meniul principal, /language schimbă limba, /human arată cu cine poți vorbi. /forget șterge conversația și mesajele ei.
tg-text-only = Aici pot citi doar text. Te rog, folosește butoanele.
tg-group = Scuze, vorbesc doar în conversații private. Într-un grup, alți oameni pot citi ce scrii. Te rog, scrie-mi direct. Acum ies din acest grup.
tg-forgotten = Conversația și mesajele ei au fost șterse. Poți șterge și acest chat din Telegram.
tg-forget-partial = Conversația a fost ștearsă. Telegram nu mă lasă să șterg mesajele mai vechi de 48 de ore, așa că { $count ->
        [one] un mesaj a rămas
        [few] { $count } mesaje au rămas
       *[other] { $count } de mesaje au rămas
    } aici. Te rog, șterge tu acest chat din Telegram: ține apăsat pe chat, apoi alege „Șterge”.
tg-forget-nothing = Aici nu este nimic păstrat despre tine. Ca să scapi de mesajele vechi, șterge acest chat din Telegram: ține apăsat pe chat, apoi alege „Șterge”.
