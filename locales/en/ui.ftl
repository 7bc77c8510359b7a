# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = English

## Global commands, offered at every step

nav-back = ← Back
nav-menu = Main menu
nav-language = Change language
nav-human = Talk to a person
nav-end = End and erase

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Sorry, I did not understand that. Please pick one of the options.
error-pick_option = I can only answer the buttons here. Please pick one of the options.
error-bad_request = Sorry, something went wrong with that message. Please try again.
error-too_long = That message was too long. Please pick one of the options.
error-rate_limited = That was a lot at once. Please wait a moment and try again.
error-unavailable = Sorry, the chat is not working right now. If you are in danger, call 112.
error-session_expired = Your earlier conversation was erased because it was quiet for a while. We can start again.
error-no_session = The conversation has not started yet. Please start again.

## Page labels

ui-exit = Exit
ui-language = Language
ui-restart = Start again
ui-connecting = Connecting…
ui-log = Conversation

## End and erase

ended = The conversation is erased. Nothing is saved. Take care of yourself. You can come back at any time.

## Regions (the regional coordinators' regions)
# Regional coordinators help authorities and victims in several counties. (001, 002)
# The counties follow the police regions, which the coordinator regions match; verify before use.

region-nord = North (Norrbotten, Västerbotten, Jämtland, Västernorrland; e.g. Umeå)
region-mitt = Middle (Uppsala, Västmanland, Gävleborg; e.g. Uppsala)
region-bergslagen = Bergslagen (Örebro, Värmland, Dalarna; e.g. Örebro)
region-stockholm = Stockholm and Gotland
region-ost = East (Östergötland, Jönköping, Södermanland; e.g. Linköping)
region-vast = West (Västra Götaland, Halland; e.g. Gothenburg)
region-syd = South (Skåne, Blekinge, Kronoberg, Kalmar; e.g. Malmö)
region-national = I don't know / I prefer not to say

## Contacts (filled from configuration)

contacts-heading = Contacts in { $region }:
contacts-national-heading = National contacts:
contacts-none = There are no contacts set up here yet. You can still get help: call 112 in an emergency.
contacts-emergency = Emergency (police, ambulance, fire): 112. Police, not an emergency: 114 14.
contact-phone = { $name }: { $phone }
contact-url = { $name }: { $url }
contact-hours = Open: { $hours }
hours-always = every day, all day and night
professional-heading = Support for professionals:
professional-manual = Guide for professionals: { $url }
professional-none = The support line for professionals is not set up here yet.

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

survey-ask = Did this chat help you? You can answer or skip. Only the number of answers is counted.
survey-yes = Yes
survey-little = A little
survey-no = No
survey-skip = Skip
survey-thanks = Thank you for answering.
