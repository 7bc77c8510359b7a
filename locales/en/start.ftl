# The way in: language, promise, safety, who is writing, main menu.

language-ask = Choose your language.

## Promise
# A human-rights-based approach: anonymity and confidentiality, the person decides. (004)

promise-anonymous = Hello. Here you can ask about help and your rights. You do not have to give your name. We do not save what you write or who you are.
promise-exit = You can leave at any time. Press "Exit" at the top, or the Escape key. Then the chat closes and is erased.
    .telegram = You can stop at any time. Send /forget, or choose "End and erase". Then the conversation is erased and its messages are deleted.
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

## Main menu

menu-ask = What would you like to do?
menu-signs = Check my situation
menu-rights = My rights in Sweden
menu-needs = What would help me now
menu-family = I worry about someone
menu-professional = For professionals
menu-danger = I am in danger
