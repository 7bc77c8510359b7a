# Back-translation (blind, machine) of the round-three messages, 2026-12-06.

promise-anonymous = Hello. Here you can ask about help and about your rights. You do not have to give your name. We do not keep who you are. If you chat with a support person, what you write is erased when that chat ends.
privacy-limits = There are things we cannot protect you from. Whoever has your phone in their hand can see this chat and your browser history. A spy app on your phone can see everything you write. Whoever controls the Wi-Fi network or your phone network can see that you visited this site. They cannot see what you wrote. If you can, use a phone only you use, and a private browser window. If you think someone checks your phone, call from another phone one of the contacts in "Talk to a person".
