# The way in: language, promise, safety, who is writing, main menu.

language-ask = Wybierz swój język.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Cześć. Tutaj możesz zapytać o pomoc i o swoje prawa. Nie musisz podawać imienia. Nie zapisujemy, kim jesteś. Jeśli piszesz z osobą wspierającą, to, co piszesz, zostanie usunięte po zakończeniu tego czatu.
    .telegram = Dzień dobry. Tutaj możesz zapytać o pomoc i o swoje prawa. Nie musisz się przedstawiać. Nie zapisujemy tego, kim jesteś. Ale czat zostaje w twoim telefonie i na serwerach Telegrama.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = W każdej chwili możesz szybko wyjść: naciśnij „Wyjdź” u góry albo klawisz Esc. Wtedy czat się zamknie i zostanie usunięty. Ale historia przeglądarki może pokazać, że ta strona była otwierana. Wróć, gdy nikogo nie będzie obok, najlepiej w oknie prywatnym (incognito).
    .basic = W każdej chwili możesz szybko wyjść: naciśnij „Wyjdź” u góry. Wtedy czat się zamknie i zostanie usunięty. Ale historia przeglądarki może pokazać, że ta strona była otwierana. Wróć, gdy nikogo nie będzie obok, najlepiej w oknie prywatnym (incognito).
    .telegram = W każdej chwili możesz przerwać: wyślij /forget albo wybierz „Usuń wszystko i zamknij”. Wtedy rozmowa zostanie usunięta. Ale /forget nie może usunąć wiadomości starszych niż 48 godzin. Każdy, kto zobaczy twój telefon, może zobaczyć ten czat w Telegramie. Wróć, gdy nikogo nie będzie obok, a potem usuń czat.
    .touch = W każdej chwili możesz szybko wyjść: naciśnij „Wyjdź” u góry. Wtedy czat się zamknie i zostanie usunięty. Ale historia przeglądarki może pokazać, że ta strona była otwierana. Wróć, gdy nikogo nie będzie obok, najlepiej w oknie prywatnym (incognito).
promise-ask = Zaczynamy?
promise-ok = Tak, zaczynamy

## Safety first

safety-ask = Czy jesteś teraz w bezpiecznym miejscu?
safety-yes = Tak, teraz nic mi nie grozi
safety-no = Nie, jestem w niebezpieczeństwie
safety-unsure = Nie wiem

danger-112 = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod numer 112. Połączenie jest bezpłatne. 112 to numer alarmowy: policja, pogotowie i straż pożarna.
danger-discreet = Jeśli ktoś może widzieć twój telefon, wyjdź z czatu przyciskiem „Wyjdź”. Wróć, gdy nikogo nie będzie obok. Numer policji w sprawach, które nie są nagłe: 114 14.
    .telegram = Jeśli ktoś może widzieć twój telefon, wyślij /forget, żeby usunąć tę rozmowę. Wróć, gdy nikogo nie będzie obok. Numer policji w sprawach, które nie są nagłe: 114 14.
danger-ask = Co chcesz teraz zrobić?
danger-continue = Kontynuuj rozmowę
danger-human = Znajdź osobę do rozmowy

## Who is writing

who-ask = Dla kogo piszesz?
who-self = Dla siebie
who-other = Dla kogoś, o kogo się martwię
who-work = Spotykam ludzi w swojej pracy
who-info = Chcę tylko informacji
who-child = Mam mniej niż 18 lat

## Main menu

menu-ask = Co chcesz zrobić?
menu-signs = Sprawdź moją sytuację
menu-rights = Moje prawa w Szwecji
menu-needs = Co może mi teraz pomóc
menu-family = Martwię się o kogoś
menu-professional = Dla profesjonalistów
menu-children = Mam mniej niż 18 lat
menu-danger = Jestem w niebezpieczeństwie
menu-privacy = Jak cię chronimy

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = Nie zapisujemy twojego imienia, numeru telefonu ani adresu IP. Twoje odpowiedzi są usuwane, gdy kończysz czat. Są też usuwane, gdy przez jakiś czas nic nie piszesz. Jeśli piszesz z osobą wspierającą, tylko osoby wspierające mogą czytać to, co piszesz. To, co piszesz, zostanie usunięte po zakończeniu tego czatu.
    .telegram = Nie zapisujemy twojego imienia, nazwy użytkownika ani numeru telefonu. Twoje odpowiedzi są usuwane, gdy wyślesz /forget. Są też usuwane, gdy przez jakiś czas nic nie piszesz. Jeśli piszesz z osobą wspierającą, tylko osoby wspierające mogą czytać to, co piszesz. To, co piszesz, zostanie usunięte po zakończeniu tego czatu.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Są rzeczy, przed którymi nie możemy cię ochronić. Ktoś, kto ma w ręku twój telefon, może zobaczyć ten czat i historię przeglądarki. Aplikacja szpiegująca w twoim telefonie może zobaczyć wszystko, co piszesz. Ten, kto zarządza siecią Wi-Fi albo twoją siecią komórkową, może zobaczyć, że ta strona była otwierana. Nie może zobaczyć, co piszesz. Jeśli możesz, używaj telefonu, którego używasz tylko ty, i okna prywatnego (incognito) w przeglądarce. Jeśli ktoś może sprawdzać twój telefon, zadzwoń z innego telefonu do jednego z kontaktów w „Porozmawiaj z człowiekiem”.
    .telegram = Są rzeczy, przed którymi nie możemy cię ochronić. Telegram ma własne zapisy: wie, że twoje konto pisało do tego bota, i kiedy. Ktoś, kto ma w ręku twój telefon, może zobaczyć ten czat. Aplikacja szpiegująca w twoim telefonie może zobaczyć wszystko, co piszesz. Ten, kto zarządza siecią Wi-Fi albo twoją siecią komórkową, może zobaczyć, że używasz Telegrama. Jeśli możesz, używaj telefonu, którego używasz tylko ty, a potem usuń ten czat. Jeśli ktoś może sprawdzać twój telefon, zadzwoń z innego telefonu do jednego z kontaktów w „Porozmawiaj z człowiekiem”.
privacy-ask = Co chcesz teraz zrobić?
privacy-menu = Wróć do menu głównego
