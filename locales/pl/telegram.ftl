# Telegram only: commands, and answers to things only Telegram can send.

tg-cmd-start = Zacznij od nowa
tg-cmd-language = Zmień język
tg-cmd-menu = Menu główne
tg-cmd-help = Pomoc
tg-cmd-human = Porozmawiaj z człowiekiem
tg-cmd-forget = Usuń ten czat

tg-help = Odpowiadaj za pomocą przycisków. /menu pokazuje menu główne, /language zmienia język, /human pokazuje, z kim możesz porozmawiać. /forget wymazuje tę rozmowę i usuwa jej wiadomości.
tg-text-only = Tutaj mogę czytać tylko tekst. Użyj przycisków.
tg-group = Przepraszam, rozmawiam tylko na czatach prywatnych. W grupie inne osoby mogą czytać to, co piszesz. Napisz do mnie bezpośrednio. Teraz opuszczam tę grupę.
tg-forgotten = Rozmowa została wymazana, a jej wiadomości są usunięte. Możesz też usunąć ten czat w Telegramie.
tg-forget-partial = Rozmowa została wymazana. Telegram nie pozwala mi usuwać wiadomości starszych niż 48 godzin, dlatego { $count ->
        [one] została tu jeszcze jedna wiadomość
        [few] zostały tu jeszcze { $count } wiadomości
        [many] zostało tu jeszcze { $count } wiadomości
       *[other] zostało tu jeszcze { $count } wiadomości
    }. Usuń ten czat samodzielnie w Telegramie: przytrzymaj palec na czacie i wybierz „Usuń”.
tg-forget-nothing = Nie ma tu nic zapisanego o tobie. Aby usunąć stare wiadomości, usuń ten czat w Telegramie: przytrzymaj palec na czacie i wybierz „Usuń”.
