# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Polski

## Global commands, offered at every step

nav-back = ← Wstecz
nav-menu = Menu główne
nav-language = Zmień język
nav-human = Porozmawiaj z człowiekiem
nav-end = Usuń wszystko i zamknij

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Przepraszam, nie rozumiem. Wybierz jedną z opcji.
error-pick_option = Tutaj rozumiem tylko przyciski. Wybierz jedną z opcji.
error-bad_request = Przepraszam, coś poszło nie tak z tą wiadomością. Spróbuj jeszcze raz.
error-too_long = Ta wiadomość była za długa. Wybierz jedną z opcji.
error-rate_limited = To było dużo naraz. Poczekaj chwilę i spróbuj jeszcze raz.
error-unavailable = Przepraszam, czat teraz nie działa. Jeśli jesteś w niebezpieczeństwie, zadzwoń pod numer 112.
error-session_expired = Twoja wcześniejsza rozmowa została wymazana, bo przez jakiś czas nic się nie działo. Możemy zacząć od nowa.
error-no_session = Rozmowa jeszcze się nie zaczęła. Zacznij od nowa.
error-reconnecting = Czat uruchamia się ponownie i za chwilę znów się połączy.

## Page labels

ui-exit = Wyjdź
ui-restart = Zacznij od nowa
ui-connecting = Łączenie…
ui-log = Rozmowa
# The page's header: what this is, in the person's language.
ui-title = Anonimowy czat pomocy
# Opens the promise below, inside the page.
ui-privacy = Jak cię chronimy
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Nie musisz podawać swojego imienia. Nigdy o nie nie pytamy.
    Nie zapisujemy twojego imienia, numeru telefonu ani adresu IP.
    Twoje odpowiedzi są usuwane, gdy kończysz czat albo naciskasz „Wyjdź”.
    Są też usuwane, gdy przez jakiś czas nic nie piszesz.
    Jeśli piszesz z osobą wspierającą, tylko osoby wspierające mogą czytać to, co piszesz.
    To, co piszesz, zostanie usunięte po zakończeniu tego czatu.
    Liczymy tylko, ile osób wybrało daną odpowiedź. Nigdy nie zapisujemy, kto to był.
    Nie możemy powstrzymać kogoś, kto zagląda do twojego telefonu.
    Historia przeglądarki może pokazać, że ta strona była otwierana. Jeśli możesz, użyj okna prywatnego (incognito).
    Ten tekst przetłumaczył komputer, a człowiek go teraz sprawdza. Jeśli coś jest niejasne, osoba wspierająca może pomóc.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Wybierz jedną z odpowiedzi powyżej.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Menu czatu
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Prosta wersja bez JavaScriptu
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Czat na żywo z człowiekiem wymaga pełnej wersji tej strony, z JavaScriptem. Zamiast tego możesz zadzwonić pod jeden z tych numerów.
ui-call-112 = Zadzwoń pod 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Rozmowa jest usunięta. Zapisujemy tylko anonimowe liczby odpowiedzi, nigdy to, co było napisane, ani kim jesteś. Dbaj o siebie. Możesz wrócić w każdej chwili.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Północ (Norrbotten, Västerbotten, Jämtland, Västernorrland; np. Umeå)
region-mitt = Centrum (Uppsala, Västmanland, Gävleborg; np. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; np. Örebro)
region-stockholm = Stockholm i Gotland
region-ost = Wschód (Östergötland, Jönköping, Södermanland; np. Linköping)
region-vast = Zachód (Västra Götaland, Halland; np. Göteborg)
region-syd = Południe (Skåne, Blekinge, Kronoberg, Kalmar; np. Malmö)
region-national = Nie wiem / Wolę nie mówić

## Contacts (filled from configuration)

contacts-heading = Kontakty w regionie { $region }:
contacts-national-heading = Kontakty w całej Szwecji:
contacts-none = Nie dodano tu jeszcze żadnych kontaktów. Mimo to możesz dostać pomoc: w nagłej sytuacji zadzwoń pod numer 112.
contacts-emergency = Nagła sytuacja (policja, pogotowie, straż pożarna): 112. Policja, gdy sprawa nie jest nagła: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Czynne: { $hours }
hours-always = codziennie, całą dobę
professional-heading = Wsparcie dla profesjonalistów:
professional-manual = Poradnik dla profesjonalistów: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Numeru telefonu wsparcia nie ma jeszcze w tym czacie. Poradę może dać regionalny koordynator.

## Days, for opening hours

day-mon = pon.
day-tue = wt.
day-wed = śr.
day-thu = czw.
day-fri = pt.
day-sat = sob.
day-sun = niedz.

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Czy ten czat ci pomógł? Możesz odpowiedzieć albo pominąć pytanie. Liczymy tylko, ile jest odpowiedzi.
survey-yes = Tak
survey-little = Trochę
survey-no = Nie
survey-skip = Pomiń
survey-thanks = Dziękuję za odpowiedź.
