# The way in: language, promise, safety, who is writing, main menu.

language-ask = Choose your language.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Hello. Here you can ask about help and your rights. You do not have to give your name. We do not save who you are. If you chat with a support worker, what you write is deleted when that chat ends.
    .telegram = Hello. Here you can ask about help and your rights. You do not have to give your name. We do not save who you are. But the chat stays on your phone and on Telegram's servers.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = You can leave quickly at any time: press "Exit" at the top, or the Escape key. Then the chat closes and is erased. But your browser's history can show that you were here. Come back when you are alone, ideally in a private browser window.
    .basic = You can leave quickly at any time: press "Exit" at the top. Then the chat closes and is erased. But your browser's history can show that you were here. Come back when you are alone, ideally in a private browser window.
    .telegram = You can stop at any time: send /forget, or choose "Erase everything and close". Then the conversation is erased. But /forget cannot delete messages older than 48 hours. Anyone who sees your phone can see the chat in Telegram. Come back when you are alone, and delete the chat afterwards.
    .touch = You can leave quickly at any time: tap "Exit" at the top. Then the chat closes and is erased. But your browser's history can show that you were here. Come back when you are alone, ideally in a private browser window.
promise-ask = Shall we start?
promise-ok = Yes, start

## Safety first

safety-ask = Are you safe right now?
safety-yes = Yes, I am safe now
safety-no = No, I am in danger
safety-unsure = I am not sure

danger-112 = If you are in danger now, call 112. It is free. 112 is the emergency number for police, ambulance and fire.
danger-discreet = If someone can see your phone, leave this chat with "Exit". Come back when you are alone. The police non-emergency number is 114 14.
    .telegram = If someone can see your phone, send /forget to delete this conversation. Come back when you are alone. The police non-emergency number is 114 14.
danger-ask = What do you want to do now?
danger-continue = Continue the chat
danger-human = Find a person to talk to

## Who is writing

who-ask = Who are you writing for?
who-self = For myself
who-other = For someone I worry about
who-work = I meet people in my work
who-info = I just want information
who-child = I am under 18

## Main menu

menu-ask = What would you like to do?
menu-signs = Check my situation
menu-rights = My rights in Sweden
menu-needs = What would help me now
menu-family = I worry about someone
menu-professional = For professionals
menu-children = I am under 18
menu-danger = I am in danger
menu-privacy = How we protect you

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = We do not save your name, your phone number or your IP address. Your answers are erased when you end the chat. They are also erased when you have not written for a while. If you chat with a support worker, only support workers can read what you write. It is deleted when that chat ends.
    .telegram = We do not save your name, your username or your phone number. Your answers are erased when you send /forget. They are also erased when you have not written for a while. If you chat with a support worker, only support workers can read what you write. It is deleted when that chat ends.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = There are things we cannot protect you from. Someone who holds your phone can see this chat and your browser history. A spy app on your phone can see everything you write. Whoever runs the Wi-Fi or your phone network can see that you visited this site. They cannot see what you wrote. If you can, use a phone that only you use, and a private browser window. If you think someone checks your phone, call one of the contacts under "Talk to a person" from another phone.
    .telegram = There are things we cannot protect you from. Telegram keeps its own records: it knows that your account wrote to this bot, and when. Someone who holds your phone can see this chat. A spy app on your phone can see everything you write. Whoever runs the Wi-Fi or your phone network can see that you use Telegram. If you can, use a phone that only you use, and delete this chat afterwards. If you think someone checks your phone, call one of the contacts under "Talk to a person" from another phone.
privacy-ask = What would you like to do now?
privacy-menu = Back to the main menu
