# Talk to a person: the live chat with a support worker (handoff), and the staff
# console's canned replies. No facts from the seeds here: these describe what lotsa
# itself does. 112 is the emergency number (DOMAIN.md: numbers that are safe to show).

handoff-consent-info = A support worker from the region's team can chat with you here. They will see your language, your region and the answers you chose in this chat. They will also see what you write from now on. What you write is deleted when the chat ends.
    .telegram = A support worker from the region's team can chat with you here. They will see your language, your region and the answers you chose. They will also see what you write from now on. We delete what you write when the chat ends. The messages stay in this Telegram chat. /forget deletes them, except messages older than 48 hours.
# Shown only to a person who said they are under 18 or came through the children's page.
# People who work with children may have to report to social services (orosanmälan); rules for minors are stricter because of it; social services must protect the child. (001, 002)
handoff-consent-minor = If you are under 18, the support worker may have to tell social services (socialtjänsten) about you. This is called orosanmälan. It is so that social services can protect you. You still decide what you want to say.
handoff-consent-ask = Do you want to chat with a person now?
handoff-consent-yes = Yes, I want to chat
handoff-consent-contacts = No, show phone numbers instead
handoff-waiting-ask = Write your message below. The support worker will see it. You can stop at any time.
handoff-leave = Leave the chat with the support worker
handoff-fallback-intro = Nobody can answer right now. Here are other ways to get help.
handoff-fallback-ask = Do you want to keep waiting, or stop?
handoff-keep-waiting = Keep waiting
handoff-queued =
    { $position ->
        [1] You are first in line. A support worker will answer as soon as they can.
       *[other] You are number { $position } in line. A support worker will answer as soon as they can.
    }
handoff-connected = A support worker is here now. You can write to them.
handoff-transferred = You are being passed to a colleague in another team. Stay in this chat.
handoff-ended = The chat with the support worker has ended. What you wrote has been deleted.
handoff-unavailable = No one can chat here right now. Here are people you can contact.
handoff-staff-label = Support worker
handoff-person-left = The person left the chat.
handoff-transferred-from = Transferred from { $region }.

## Canned replies for staff, sent in the person's language.

canned-hello = Hello. I am a support worker. I am here to listen. You decide what you tell me.
canned-moment = Thank you. Please give me a moment.
canned-safe = Are you safe right now? If you are in danger, call 112.
canned-more = Is there anything else I can help you with?
canned-bye = Thank you for writing. You can come back to this chat at any time. If you are in danger, call 112.

## Page labels for the chat during a handoff.

ui-send = Send
ui-write = Write a message
ui-staff = Support worker
ui-position = Your place in line: { $position }

## Reach: which team answers, and when one opens. `$region` and `$team` are the short
## team names below (`team-…`); `$time` is HH:MM Swedish time; `$day` is today, tomorrow,
## or a weekday (mon … sun) within the next week; `$date` is a date (YYYY-MM-DD) further
## away.

handoff-overflow = The team for { $region } is closed now. The team for { $team } can answer you.
handoff-overflow-wait = Nobody in the team for { $region } could answer yet. The team for { $team } can answer you.
handoff-away =
    { $day ->
        [today] Nobody can chat with you right now. A team opens today at { $time } (Swedish time).
        [tomorrow] Nobody can chat with you right now. A team opens tomorrow at { $time } (Swedish time).
        [mon] Nobody can chat with you right now. A team opens on Monday at { $time } (Swedish time).
        [tue] Nobody can chat with you right now. A team opens on Tuesday at { $time } (Swedish time).
        [wed] Nobody can chat with you right now. A team opens on Wednesday at { $time } (Swedish time).
        [thu] Nobody can chat with you right now. A team opens on Thursday at { $time } (Swedish time).
        [fri] Nobody can chat with you right now. A team opens on Friday at { $time } (Swedish time).
        [sat] Nobody can chat with you right now. A team opens on Saturday at { $time } (Swedish time).
        [sun] Nobody can chat with you right now. A team opens on Sunday at { $time } (Swedish time).
       *[other] Nobody can chat with you right now. A team opens on { $date } at { $time } (Swedish time).
    }
handoff-away-unknown = Nobody can chat with you right now.
team-nord = northern Sweden
team-mitt = central Sweden
team-bergslagen = Bergslagen
team-stockholm = Stockholm and Gotland
team-ost = eastern Sweden
team-vast = western Sweden
team-syd = southern Sweden
team-national = the whole country
