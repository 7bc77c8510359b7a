# The way in: language, promise, safety, who is writing, main menu.

language-ask = Choose di language wey you want.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Hello. For here you fit ask about help and your rights. You no need give your name. We no dey keep who you be. If you chat wit support worker, we go delete wetin you write wen dat chat end.
    .telegram = Hello. For here, you fit ask about help and about your rights. You no need to give your name. We no dey keep who you be. But di chat go still dey your phone and for Telegram servers.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = You fit comot quick any time: press "Comot" for di top, or press di Esc key. Den di chat go close and we go delete am. But your browser history fit still show say you come here. Come back wen you dey alone. E better if you use private window for your browser.
    .basic = You fit comot quick any time: press "Comot" for di top. Den di chat go close and we go delete am. But your browser history fit still show say you come here. Come back wen you dey alone. E better if you use private window for your browser.
    .telegram = You fit stop any time: send /forget, or choose "Delete everything, close am". Den we go delete di conversation. But /forget no fit delete messages wey pass 48 hours. Anybodi wey see your phone fit see di chat for Telegram. Come back wen you dey alone, and delete di chat afta.
    .touch = You fit comot quick any time: press "Comot" for di top. Den di chat go close and we go delete am. But your browser history fit still show say you come here. Come back wen you dey alone. E better if you use private window for your browser.
promise-ask = Make we start?
promise-ok = Yes, make we start

## Safety first

safety-ask = You dey safe now?
safety-yes = Yes, I dey safe now
safety-no = No, I dey for danger
safety-unsure = I no sure

danger-112 = If you dey for danger now, call 112. Di call free. 112 na di emergency number for police, ambulance and fire service.
danger-discreet = If pesin fit see your phone, comot from dis chat wit "Comot". Come back wen you dey alone. Di police number wen e no be emergency na 114 14.
    .telegram = If pesin fit see your phone, send /forget make we delete dis conversation. Come back wen you dey alone. Di police number wen e no be emergency na 114 14.
danger-ask = Wetin you wan do now?
danger-continue = Continue di chat
danger-human = Find pesin to tok to

## Who is writing

who-ask = Na for who you dey write?
who-self = Na for myself
who-other = For pesin wey I dey worry about
who-work = I dey meet pipo for my work
who-info = I just wan get information
who-child = I neva reach 18

## Main menu

menu-ask = Wetin you wan do?
menu-signs = Check my situation
menu-rights = My rights for Sweden
menu-needs = Wetin fit help me now
menu-family = I dey worry about pesin
menu-professional = For professional pipo
menu-children = I neva reach 18
menu-danger = I dey for danger
menu-privacy = How we dey protect you

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = We no dey keep your name, your phone number or your IP address. We go delete your answers wen you end di chat. We go also delete dem if you no write anytin for some time. If you chat wit one support worker, na only support workers fit read wetin you write. We go delete wetin you write wen dat chat end.
    .telegram = We no dey keep your name, your username or your phone number. We go delete your answers wen you send /forget. We go also delete dem if you no write anytin for some time. If you chat wit one support worker, na only support workers fit read wetin you write. We go delete wetin you write wen dat chat end.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Some tins dey wey we no fit protect you from. Pesin wey hold your phone fit see dis chat and your browser history. Spy app for your phone fit see evritin wey you write. Whoever dey run di Wi-Fi or your phone network fit see say you visit dis site. Dem no fit see wetin you write. If you fit, use phone wey na only you dey use, and private window for your browser. If you think say pesin dey check your phone, use anoda phone call one of di contacts under "Tok to pesin".
    .telegram = Some tins dey wey we no fit protect you from. Telegram dey keep im own records: e know say your account write to dis bot, and wen. Pesin wey hold your phone fit see dis chat. Spy app for your phone fit see evritin wey you write. Whoever dey run di Wi-Fi or your phone network fit see say you dey use Telegram. If you fit, use phone wey na only you dey use, and delete dis chat afta. If you think say pesin dey check your phone, use anoda phone call one of di contacts under "Tok to pesin".
privacy-ask = Wetin you wan do now?
privacy-menu = Go back to di main menu
