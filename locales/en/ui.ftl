# Interface text: language name, global commands, errors, page labels, regions, contacts.
# Numbers other than 112 and 114 14 never appear here: they come from configuration.

language-name = English

## Global commands, offered at every step

nav-back = ← Back
nav-menu = Main menu
nav-language = Change language
nav-human = Talk to a person
nav-end = Erase everything and close

## Errors: short, kind, and always followed by the question again

error-unknown_choice = Sorry, I did not understand that. Please pick one of the options.
error-pick_option = Please choose one of the buttons. I cannot answer typed messages here.
error-bad_request = Sorry, something went wrong with that message. Please try again.
error-too_long = That message was too long. Please pick one of the options.
error-rate_limited = That was a lot at once. Please wait a moment and try again.
error-unavailable = Sorry, the chat is not working right now. If you are in danger, call 112.
error-session_expired = Your earlier conversation was erased because it was quiet for a while. We can start again.
error-no_session = The conversation has not started yet. Please start again.
error-reconnecting = The chat is restarting and will reconnect in a moment.
# The mailbox's answers (issue 23): a wrong or unknown receipt code, a refused message.
error-not_found = No message has this code. Check the digits and try again.
error-mailbox_empty = The message is empty. Please write something first.
error-mailbox_too_long = That is more than 2,000 characters. Please make it shorter.
error-mailbox_limited = Too many codes were tried. Please wait a few minutes and try again.
error-mailbox_replied = You have already written back once. Come back later with your code for the team's answer.
error-mailbox_off = Leaving a message is not possible right now.

## Page labels

ui-exit = Exit
ui-restart = Start again
ui-connecting = Connecting…
ui-log = Conversation
# The page's header: what this is, in the person's language.
ui-title = Anonymous help chat
# Opens the promise below, inside the page.
ui-privacy = How we protect you
# What lotsa keeps and what it cannot protect against (docs/privacy.md). One sentence per line.
ui-privacy-text =
    You do not have to give your name. We never ask for it.
    We do not save your name, your phone number or your IP address.
    Your answers are erased when you end the chat or press Exit.
    They are also erased when you have not written for a while.
    If you chat with a support worker, only support workers can read what you write.
    It is deleted when that chat ends.
    We only count how many people chose an answer. We never record who chose it.
    We cannot stop someone who looks at your phone.
    Your browser history can show that you visited this page. Use a private window if you can.
# The text box, while the chat waits for a button to be pressed.
ui-hint = Choose one of the answers above.
# The label of the area with back, main menu, language, a person, end (screen readers).
ui-nav = Chat menu
# A link for phones without JavaScript, to the simple version of the chat.
ui-basic = Simple version without JavaScript
# The simple version cannot show a live chat: the contacts follow this sentence.
ui-basic-live = A live chat with a person needs the full version of this page, with JavaScript. You can call one of these numbers instead.
# The danger step's large tap-to-call button. 112 is the emergency number (DOMAIN.md).
ui-call-112 = Call 112

## Erase everything and close

# What lotsa keeps after the end: anonymous day counters only (docs/privacy.md; not from the seeds).
ended = The conversation is erased. We keep only anonymous counts of answers, never what you wrote or who you are. Take care of yourself. You can come back at any time.

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
# Shown in the contacts block when no line for professionals is configured; must not contradict professional-intro.
professional-none = The support line's number is not listed in this chat yet. A regional coordinator can give you advice instead.

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
