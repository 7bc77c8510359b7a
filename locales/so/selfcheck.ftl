# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Waxaan ku weydiin doonaa 9 su'aalood oo gaagaaban oo ku saabsan xaaladdaada. Ka jawaab oo keliya waxaad rabto. Waqti kasta waad joojin kartaa. Kuma weydiin doono magacyo, meelo ama waraaqo.
check-intro-ask = Ma rabtaa inaad bilowdo?
check-start = Haa, i weydii
check-skip = Maya, i tus caawimaadda jirta

answer-yes = Haa
answer-no = Maya
answer-unsure = Ma aqaan
check-stop = Halkan ku jooji

# Identity documents taken or kept by someone else. (004)
sign-passport = Su'aal 1 ee 9. Qof ma kaa qaaday baasaboorkaaga ama kaarkaaga aqoonsiga? Mise qof ayaa kuu haya, "adiga dartaa"?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Su'aal 2 ee 9. Qofka halkan ku keenay ama shaqada kuu helay, lacag ma kugu leeyahay? Deyntu ma sii kordhaysaa mar walba?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Su'aal 3 ee 9. Qof ma ku hanjabay adiga ama qoyskaaga? Mise lagugu hanjabay in lagaa soo sheegi doono booliska ama Hay'adda Socdaalka (Migrationsverket)?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Su'aal 4 ee 9. Qof ma kaa celiyaa inaad baxdo, inaad shaqada joojiso, ama inaad tagto meesha aad rabto? Ma lagu kormeeraa marka aadan shaqaynayn?
# Must hand over all or most of the earnings. (004)
sign-money = Su'aal 5 ee 9. Ma qasab baa kugu ah inaad qof kale siiso dhammaan ama inta badan lacagta aad shaqo ku hesho?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Su'aal 6 ee 9. Ma ku nooshahay meesha aad ka shaqayso, mise waxaad la deggan tahay qofka aad u shaqayso? Mise ma taqaanid cinwaanka?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Su'aal 7 ee 9. Ma shaqaysaa maalmo aad u dheer, adigoon helin maalin fasax ah? Mushaharku ma aad buu u yar yahay, ma lagaa hayaa, mise haba yaraatee laguma siiyo?
# The work is not what was promised. (004)
sign-promise = Su'aal 8 ee 9. Shaqadu ma ka duwan tahay tii laguu ballanqaaday?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Su'aal 9 ee 9. Ma qasab baa kugu ah inaad maalin kasta keento lacag go'an, tusaale ahaan dawarsi ama xatooyo? Ma lagu ciqaabaa haddii aadan keenin?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Hanjabaadda adiga ama qoyskaaga loo geysto waa arrin culus. Haddii aad hadda khatar ku jirto, ama qof qoyskaaga ka mid ahi khatar ku jiro, wac 112. Waa bilaash.
check-threats-ask = Ma rabtaa inaad su'aalaha sii waddo?
check-continue = Haa, sii wad

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Waad ku mahadsan tahay jawaabtaada. Jawaabta haa waxay noqon kartaa calaamad ka faa'iidaysi ama ka ganacsi dad. Laakiin hal calaamad oo keliya waxba ma caddeyso. Haddii qof kaa faa'iidaysanayo, waxay noqon kartaa dambi lagaa galay. Ma aha khaladkaaga.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Adiga ayaa go'aamiya waxa xiga. Waxaad akhrin kartaa xuquuqdaada, ama waxaad la hadli kartaa qof. Haddii aad hadda khatar ku jirto, wac 112.
check-result-ask = Maxaad rabtaa inaad samayso?
result-rights = Akhri xuquuqdayda
result-needs = Caawimaadda jirta
