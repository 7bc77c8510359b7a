# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = One support worker from di region team fit chat wit you for here. Im go see your language, your region and di answers wey you choose for dis chat. Im go also see wetin you write from now go. We go delete wetin you write wen di chat end.
    .telegram = One support worker from di region team fit chat wit you for here. Im go see your language, your region and di answers wey you choose. Im go also see wetin you write from now go. We go delete wetin you write wen di chat end. Di messages go still dey dis Telegram chat. /forget go delete dem, except messages wey pass 48 hours.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = If you never reach 18 years, di support worker fit need to tell social welfare office (socialtjänsten) about you. Dem dey call am orosanmälan. Na so social welfare fit protect you. Na you still go decide wetin you wan talk.
handoff-consent-ask = You wan chat wit pesin now?
handoff-consent-yes = Yes, I wan chat
handoff-consent-contacts = No, show me phone numbers
handoff-waiting-ask = Write your message for down here. Di support worker go see am. You fit stop any time.
handoff-leave = Leave di chat wit di support worker
handoff-fallback-intro = Nobodi fit answer now. See oda ways wey you fit get help.
handoff-fallback-ask = You wan continue to wait, or you wan stop?
handoff-keep-waiting = Continue to wait
handoff-queued =
    { $position ->
        [1] You be di first pesin for di queue. One support worker go answer you as quick as im fit.
       *[other] You be number { $position } for di queue. One support worker go answer you as quick as im fit.
    }
handoff-connected = One support worker dey here now. You fit write to am.
handoff-transferred = We dey pass you to one colleague for anoda team. Stay for dis chat.
handoff-ended = Di chat wit di support worker don end. We don delete wetin you write.
handoff-unavailable = Nobodi fit chat for here now. See pipo wey you fit contact.
handoff-staff-label = Support worker
handoff-person-left = Di pesin don comot from di chat.
handoff-transferred-from = Dem transfer dis chat from { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Hello. I be support worker. I dey here to listen to you. Na you go decide wetin you go tell me.
canned-moment = Thank you. Abeg give me small time.
canned-safe = You dey safe now? If you dey for danger, call 112.
canned-more = Anytin else dey wey I fit help you wit?
canned-bye = Thank you say you write. You fit come back to dis chat any time. If you dey for danger, call 112.

## Page labels for the chat during a handoff.

ui-send = Send am
ui-write = Write your message
ui-staff = Support worker
ui-position = Your number for di queue: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = Di team for { $region } don close now. Di team for { $team } fit answer you.
handoff-overflow-wait = Nobodi from di team for { $region } don fit answer you yet. Di team for { $team } fit answer you.
handoff-away =
    { $day ->
        [today] Nobodi fit chat wit you now. One team go open today by { $time } (Sweden time).
        [tomorrow] Nobodi fit chat wit you now. One team go open tomorrow by { $time } (Sweden time).
        [mon] Nobodi fit chat wit you now. One team go open on Monday by { $time } (Sweden time).
        [tue] Nobodi fit chat wit you now. One team go open on Tuesday by { $time } (Sweden time).
        [wed] Nobodi fit chat wit you now. One team go open on Wednesday by { $time } (Sweden time).
        [thu] Nobodi fit chat wit you now. One team go open on Thursday by { $time } (Sweden time).
        [fri] Nobodi fit chat wit you now. One team go open on Friday by { $time } (Sweden time).
        [sat] Nobodi fit chat wit you now. One team go open on Saturday by { $time } (Sweden time).
        [sun] Nobodi fit chat wit you now. One team go open on Sunday by { $time } (Sweden time).
       *[other] Nobodi fit chat wit you now. One team go open on { $date } by { $time } (Sweden time).
    }
handoff-away-unknown = Nobodi fit chat wit you now.
team-nord = north Sweden
team-mitt = middle Sweden
team-bergslagen = Bergslagen
team-stockholm = Stockholm and Gotland
team-ost = east Sweden
team-vast = west Sweden
team-syd = south Sweden
team-national = di whole country
