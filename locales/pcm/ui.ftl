# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = Naijá

## Global commands, offered at every step

nav-back = ← Go back
nav-menu = Main menu
nav-language = Change di language
nav-human = Tok to pesin
nav-end = Delete everything, close am

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Sorry, I no understand dat one. Abeg choose one of di options.
error-pick_option = For here, I fit answer only di buttons. Abeg choose one of di options.
error-bad_request = Sorry, sometin go wrong wit dat message. Abeg try again.
error-too_long = Dat message too long. Abeg choose one of di options.
error-rate_limited = Dat one too plenti at once. Abeg wait small, den try again.
error-unavailable = Sorry, di chat no dey work now. If you dey for danger, call 112.
error-session_expired = We don delete your last conversation, becos notin happun for some time. We fit start again.
error-no_session = Di conversation neva start. Abeg start again.
error-reconnecting = The chat dey restart. E go connect again small time.

## Page labels

ui-exit = Comot
ui-restart = Start am again
ui-connecting = E dey connect…
ui-log = Di chat
# The page's header: what this is, in the person's language.
ui-title = Help chat, no name
# Opens the promise below, inside the page.
ui-privacy = How we dey protect you
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    You no need to give your name. We no dey ever ask for am.
    We no dey keep your name, your phone number or your IP address.
    We go delete your answers wen you end di chat or press "Comot".
    We go also delete dem if you no write anytin for some time.
    If you chat wit one support worker, na only support workers fit read wetin you write.
    We go delete wetin you write wen dat chat end.
    We only dey count how many pipo choose one answer. We no dey ever count who choose am.
    We no fit stop pesin wey dey look your phone.
    Your browser history fit show say you visit dis page. Use private window if you fit.
    Na computer translate dis text, and pesin dey check am now. If anything no clear, support worker fit help you.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Choose one of di answers wey dey up.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Menu for di chat
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Simple version wey no need JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = To chat live wit pesin, you need di full version of dis page, wit JavaScript. You fit call one of dis numbers instead.
ui-call-112 = Call 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = Di conversation don delete. We only dey keep anonymous count of answers, never wetin you write or who you be. Take care of yourself. You fit come back anytime.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = North (Norrbotten, Västerbotten, Jämtland, Västernorrland; like Umeå)
region-mitt = Middle (Uppsala, Västmanland, Gävleborg; like Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; like Örebro)
region-stockholm = Stockholm and Gotland
region-ost = East (Östergötland, Jönköping, Södermanland; like Linköping)
region-vast = West (Västra Götaland, Halland; like Göteborg)
region-syd = South (Skåne, Blekinge, Kronoberg, Kalmar; like Malmö)
region-national = I no know / I no wan say

## Contacts (filled from configuration)

contacts-heading = Contacts for { $region }:
contacts-national-heading = Contacts for di whole Sweden:
contacts-none = No contact dey here yet. You fit still get help: call 112 if na emergency.
contacts-emergency = Emergency (police, ambulance, fire service): 112. Police wen e no be emergency: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = E dey open: { $hours }
hours-always = every day, day and night
professional-heading = Support for professional pipo:
professional-manual = Guide for professional pipo: { $url }
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = Di support line number never dey for dis chat yet. Regional coordinator fit give you advice.

## Days, for opening hours

day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun = Sun

## After the conversation: one optional question. Answers are counted by day, never kept
## with anything else (docs/privacy.md).

survey-ask = Dis chat help you? You fit answer or skip am. Na only di number of answers we dey count.
survey-yes = Yes
survey-little = Small
survey-no = No
survey-skip = Skip am
survey-thanks = Thank you say you answer.
