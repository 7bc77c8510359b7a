# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Română

## Global commands, offered at every step

nav-back = ← Înapoi
nav-menu = Meniul principal
nav-language = Schimbă limba
nav-human = Vorbește cu o persoană
nav-end = Șterge tot și închide

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Scuze, nu am înțeles. Te rog, alege una dintre variante.
error-pick_option = Aici pot răspunde doar la butoane. Te rog, alege una dintre variante.
error-bad_request = Scuze, ceva nu a mers cu acest mesaj. Te rog, încearcă din nou.
error-too_long = Mesajul a fost prea lung. Te rog, alege una dintre variante.
error-rate_limited = Au fost prea multe mesaje deodată. Te rog, așteaptă puțin și încearcă din nou.
error-unavailable = Scuze, conversația nu merge acum. Dacă ești în pericol, sună la 112.
error-session_expired = Conversația de mai devreme a fost ștearsă, pentru că nu s-a mai scris nimic o vreme. Putem începe din nou.
error-no_session = Conversația nu a început încă. Te rog, începe din nou.
error-reconnecting = Chatul repornește și se va reconecta în câteva clipe.

## Page labels

ui-exit = Ieșire
ui-restart = Începe din nou
ui-connecting = Se conectează…
ui-log = Conversația
# The page's header: what this is, in the person's language.
ui-title = Chat anonim de ajutor
# Opens the promise below, inside the page.
ui-privacy = Cum te protejăm
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    Nu trebuie să îți spui numele. Nu te întrebăm niciodată cum te cheamă.
    Nu păstrăm nici numele tău, nici numărul tău de telefon, nici adresa ta IP.
    Răspunsurile tale se șterg când închizi conversația sau apeși „Ieșire”.
    Se șterg și când nu ai mai scris nimic de ceva vreme.
    Dacă vorbești prin mesaje cu un consilier, doar consilierii pot citi ce scrii.
    Ce scrii se șterge când se termină acea conversație.
    Numărăm doar câte persoane au ales un răspuns. Nu notăm niciodată cine a fost.
    Nu putem opri pe cineva care se uită în telefonul tău.
    Istoricul din browser poate arăta că ai fost pe această pagină. Folosește o fereastră privată (incognito), dacă poți.
    Acest text a fost tradus de un calculator și este verificat acum de o persoană. Dacă ceva nu e clar, un consilier te poate ajuta.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Alege unul dintre răspunsurile de mai sus.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Meniul conversației
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Versiune simplă, fără JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = Pentru o conversație în direct cu o persoană ai nevoie de versiunea completă a acestei pagini, cu JavaScript. În schimb, poți suna la unul dintre aceste numere.
ui-call-112 = Sună la 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Conversația este ștearsă. Păstrăm doar numere anonime despre răspunsuri, niciodată ce ai scris sau cine ești. Ai grijă de tine. Poți reveni oricând.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = Nord (Norrbotten, Västerbotten, Jämtland, Västernorrland; de ex. Umeå)
region-mitt = Centru (Uppsala, Västmanland, Gävleborg; de ex. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; de ex. Örebro)
region-stockholm = Stockholm și Gotland
region-ost = Est (Östergötland, Jönköping, Södermanland; de ex. Linköping)
region-vast = Vest (Västra Götaland, Halland; de ex. Göteborg)
region-syd = Sud (Skåne, Blekinge, Kronoberg, Kalmar; de ex. Malmö)
region-national = Nu știu / Nu vreau să spun

## Contacts (filled from configuration)

contacts-heading = Contacte pentru { $region }:
contacts-national-heading = Contacte pentru toată Suedia:
contacts-none = Aici nu sunt încă trecute contacte. Poți primi totuși ajutor: dacă e o urgență, sună la 112.
contacts-emergency = Urgență (poliție, ambulanță, pompieri): 112. Poliția, când nu e o urgență: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Deschis: { $hours }
hours-always = în fiecare zi, zi și noapte
professional-heading = Sprijin pentru profesioniști:
professional-manual = Ghid pentru profesioniști: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Numărul liniei de sprijin nu apare încă în această conversație. Un coordonator regional te poate sfătui.

## Days, for opening hours

day-mon = lun.
day-tue = mar.
day-wed = mie.
day-thu = joi
day-fri = vin.
day-sat = sâm.
day-sun = dum.

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Te-a ajutat această conversație? Poți să răspunzi sau să sari peste întrebare. Numărăm doar câte răspunsuri primim.
survey-yes = Da
survey-little = Puțin
survey-no = Nu
survey-skip = Sari peste
survey-thanks = Mulțumesc că ai răspuns.
