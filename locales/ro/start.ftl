# The way in: language, promise, safety, who is writing, main menu.

language-ask = Alege limba ta.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)
# What lotsa keeps: text typed to a support worker is kept sealed until that chat ends (docs/privacy.md; not from the seeds).
# Telegram: the chat is kept on the phone and on Telegram's servers (how Telegram works; not from the seeds).
promise-anonymous = Bună. Aici poți întreba despre ajutor și despre drepturile tale. Nu trebuie să-ți spui numele. Nu păstrăm cine ești. Dacă vorbești cu un consilier, ce scrii se șterge când se termină acea conversație.
    .telegram = Bună. Aici poți întreba despre ajutor și despre drepturile tale. Nu trebuie să îți spui numele. Nu păstrăm cine ești. Dar conversația rămâne în telefonul tău și pe serverele Telegram.
# Everyone learns how to leave quickly, what can reveal the chat, and how to come back safely.
# The browser's history can show the address even after "Exit" (docs/privacy.md).
# /forget cannot delete messages older than 48 hours (Telegram's limit, docs/telegram.md; not from the seeds).
# .basic: the page without JavaScript (/chat/basic), where the Escape key does nothing.
# .touch: a phone or tablet without a keyboard, where only the "Exit" button at the top helps.
promise-exit = Poți ieși repede oricând: apasă „Ieșire” sus sau tasta Escape. Atunci conversația se închide și se șterge. Dar istoricul din browser poate arăta că ai fost aici. Revino când nu e nimeni lângă tine, cel mai bine într-o fereastră privată (incognito).
    .basic = Poți ieși repede oricând: apasă „Ieșire” sus. Atunci conversația se închide și se șterge. Dar istoricul din browser poate arăta că ai fost aici. Revino când nu e nimeni lângă tine, cel mai bine într-o fereastră privată (incognito).
    .telegram = Te poți opri oricând: trimite /forget sau alege „Șterge tot și închide”. Atunci conversația se șterge. Dar /forget nu poate șterge mesajele mai vechi de 48 de ore. Oricine îți vede telefonul poate vedea conversația în Telegram. Revino când nu e nimeni lângă tine și apoi șterge chatul.
    .touch = Poți ieși repede oricând: apasă „Ieșire” sus. Atunci conversația se închide și se șterge. Dar istoricul din browser poate arăta că ai fost aici. Revino când nu e nimeni lângă tine, cel mai bine într-o fereastră privată (incognito).
promise-ask = Începem?
promise-ok = Da, să începem

## Safety first

safety-ask = Ești în siguranță acum?
safety-yes = Da, sunt în siguranță acum
safety-no = Nu, sunt în pericol
safety-unsure = Nu știu sigur

danger-112 = Dacă ești în pericol acum, sună la 112. Este gratuit. 112 este numărul de urgență pentru poliție, ambulanță și pompieri.
danger-discreet = Dacă cineva îți poate vedea telefonul, ieși din conversație cu „Ieșire”. Revino când nu e nimeni lângă tine. Numărul poliției când nu e o urgență este 114 14.
    .telegram = Dacă cineva îți poate vedea telefonul, trimite /forget ca să ștergi conversația. Revino când nu e nimeni lângă tine. Numărul poliției când nu e o urgență este 114 14.
danger-ask = Ce vrei să faci acum?
danger-continue = Continuă conversația
danger-human = Caut pe cineva cu care să vorbesc

## Who is writing

who-ask = Pentru cine scrii?
who-self = Pentru mine
who-other = Pentru cineva care mă îngrijorează
who-work = Întâlnesc oameni în munca mea
who-info = Vreau doar informații
who-child = Am sub 18 ani

## Main menu

menu-ask = Ce vrei să faci?
menu-signs = Verifică-mi situația
menu-rights = Drepturile mele în Suedia
menu-needs = Ce m-ar ajuta acum
menu-family = Îmi fac griji pentru cineva
menu-professional = Pentru profesioniști
menu-children = Am sub 18 ani
menu-danger = Sunt în pericol
menu-privacy = Cum te protejăm

## How we protect you, and what we cannot protect against
# What lotsa keeps and for how long (docs/privacy.md, "What is kept"; not from the seeds).
privacy-kept = Nu păstrăm nici numele tău, nici numărul tău de telefon, nici adresa ta IP. Răspunsurile tale se șterg când închizi conversația. Se șterg și când nu ai mai scris nimic de ceva vreme. Dacă vorbești prin mesaje cu un consilier, doar consilierii pot citi ce scrii. Ce scrii se șterge când se termină acea conversație.
    .telegram = Nu păstrăm nici numele tău, nici numele tău de utilizator, nici numărul tău de telefon. Răspunsurile tale se șterg când trimiți /forget. Se șterg și când nu ai mai scris nimic de ceva vreme. Dacă vorbești prin mesaje cu un consilier, doar consilierii pot citi ce scrii. Ce scrii se șterge când se termină acea conversație.
# What nobody running a chat service can prevent (docs/privacy.md, "Threat model"; not from the seeds).
privacy-limits = Sunt lucruri de care nu te putem proteja. Cine are telefonul tău în mână poate vedea această conversație și istoricul din browser. O aplicație de spionaj din telefonul tău poate vedea tot ce scrii. Cine se ocupă de rețeaua Wi-Fi sau de rețeaua ta de telefon poate vedea că ai intrat pe acest site. Nu poate vedea ce ai scris. Dacă poți, folosește un telefon pe care îl folosești doar tu și o fereastră privată (incognito) în browser. Dacă crezi că cineva îți verifică telefonul, sună de pe alt telefon la unul dintre contactele de la „Vorbește cu o persoană”.
    .telegram = Sunt lucruri de care nu te putem proteja. Telegram păstrează propriile date: știe că din contul tău s-a scris acestui bot, și când. Cine are telefonul tău în mână poate vedea această conversație. O aplicație de spionaj din telefonul tău poate vedea tot ce scrii. Cine se ocupă de rețeaua Wi-Fi sau de rețeaua ta de telefon poate vedea că folosești Telegram. Dacă poți, folosește un telefon pe care îl folosești doar tu și apoi șterge acest chat. Dacă crezi că cineva îți verifică telefonul, sună de pe alt telefon la unul dintre contactele de la „Vorbește cu o persoană”.
privacy-ask = Ce vrei să faci acum?
privacy-menu = Înapoi la meniul principal
