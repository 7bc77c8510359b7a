# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = Osoba wspierająca z zespołu w twoim regionie może tu z tobą pisać. Zobaczy twój język, region i odpowiedzi wybrane w tym czacie. Zobaczy też wszystko, co napiszesz od teraz. To, co piszesz, zostanie usunięte po zakończeniu czatu.
    .telegram = Osoba wspierająca z zespołu w twoim regionie może tu z tobą pisać. Zobaczy twój język, region i wybrane odpowiedzi. Zobaczy też wszystko, co napiszesz od teraz. To, co piszesz, usuniemy po zakończeniu czatu. Wiadomości zostają w tym czacie w Telegramie. /forget je usuwa, oprócz wiadomości starszych niż 48 godzin.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = Jeśli masz mniej niż 18 lat, osoba wspierająca może mieć obowiązek powiedzieć o tobie opiece społecznej (socialtjänsten). Nazywa się to orosanmälan. Chodzi o to, żeby opieka społeczna mogła cię chronić. Nadal to ty decydujesz, co chcesz powiedzieć.
handoff-consent-ask = Chcesz teraz porozmawiać z człowiekiem?
handoff-consent-yes = Tak, chcę porozmawiać
handoff-consent-contacts = Nie, pokaż numery telefonów
handoff-waiting-ask = Napisz wiadomość poniżej. Osoba wspierająca ją zobaczy. W każdej chwili możesz przerwać.
handoff-leave = Opuść czat z osobą wspierającą
handoff-fallback-intro = Teraz nikt nie może odpowiedzieć. Oto inne sposoby, żeby dostać pomoc.
handoff-fallback-ask = Chcesz dalej czekać czy zakończyć?
handoff-keep-waiting = Czekam dalej
handoff-queued =
    { $position ->
        [1] Jesteś na pierwszym miejscu w kolejce. Osoba wspierająca odpowie tak szybko, jak to możliwe.
       *[other] Twój numer w kolejce: { $position }. Osoba wspierająca odpowie tak szybko, jak to możliwe.
    }
handoff-connected = Osoba wspierająca jest już tutaj. Możesz do niej pisać.
handoff-transferred = Przekazujemy cię do osoby z innego zespołu. Zostań w tym czacie.
handoff-ended = Czat z osobą wspierającą się zakończył. Twoje wiadomości zostały usunięte.
handoff-unavailable = Teraz nikt nie może tu z tobą pisać. Oto, z kim możesz się skontaktować.
handoff-staff-label = Osoba wspierająca
handoff-person-left = Ta osoba opuściła czat.
handoff-transferred-from = Przekazano z regionu: { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Dzień dobry. Jestem osobą wspierającą. Jestem tu, żeby cię wysłuchać. To ty decydujesz, co mi powiesz.
canned-moment = Dziękuję. Daj mi chwilę.
canned-safe = Czy jesteś teraz w bezpiecznym miejscu? Jeśli jesteś w niebezpieczeństwie, zadzwoń pod numer 112.
canned-more = Czy mogę ci jeszcze w czymś pomóc?
canned-bye = Dziękuję za kontakt. Możesz wrócić do tego czatu w każdej chwili. Jeśli jesteś w niebezpieczeństwie, zadzwoń pod numer 112.

## Page labels for the chat during a handoff.

ui-send = Wyślij
ui-write = Napisz wiadomość
ui-staff = Osoba wspierająca
ui-position = Twój numer w kolejce: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Teraz jest zamknięty zespół dla regionu: { $region }. Może ci odpowiedzieć zespół dla regionu: { $team }.
handoff-overflow-wait = Jeszcze nikt nie mógł ci odpowiedzieć z zespołu dla regionu: { $region }. Może ci odpowiedzieć zespół dla regionu: { $team }.
handoff-away =
    { $day ->
        [today] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę dziś o { $time } (czas w Szwecji).
        [tomorrow] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę jutro o { $time } (czas w Szwecji).
        [mon] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę w poniedziałek o { $time } (czas w Szwecji).
        [tue] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę we wtorek o { $time } (czas w Szwecji).
        [wed] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę w środę o { $time } (czas w Szwecji).
        [thu] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę w czwartek o { $time } (czas w Szwecji).
        [fri] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę w piątek o { $time } (czas w Szwecji).
        [sat] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę w sobotę o { $time } (czas w Szwecji).
        [sun] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę w niedzielę o { $time } (czas w Szwecji).
       *[other] Teraz nikt nie może z tobą pisać. Jeden z zespołów zaczyna pracę dnia { $date } o { $time } (czas w Szwecji).
    }
handoff-away-unknown = Teraz nikt nie może z tobą pisać.
team-nord = północna Szwecja
team-mitt = środkowa Szwecja
team-bergslagen = Bergslagen
team-stockholm = Stockholm i Gotland
team-ost = wschodnia Szwecja
team-vast = zachodnia Szwecja
team-syd = południowa Szwecja
team-national = cały kraj
