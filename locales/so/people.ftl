# Family and friends, professionals, and talking to a person.

## Family and friends
# Victims rarely see themselves as victims or ask for help in those words; they fear reprisals. (004)

family-intro-1 = Way fiican tahay inaad halkan timid. Way adag tahay marka aad qof ka walaacsan tahay.
family-intro-2 = Dadka laga faa'iidaysto inta badan iskuma arkaan dhibbanayaal. Waxaa laga yaabaa inay ka baqaan waxa ku dhici kara iyaga ama qoysaskooda.
family-ask = Maxaad rabtaa inaad ogaato?
family-signs = Calaamado la eego
family-help = Sida aan u caawin karo
family-rights = Xuquuqdooda Iswiidhan
family-next-ask = Maxaa kale oo aad rabtaa inaad ogaato?

# Indicators: documents taken, debt, threats, not free to move, earnings taken, living at the workplace. (004)
family-signs-1 = Calaamadaha qaarkood: qof kale ayaa haya baasaboorkooda ama kaarkooda aqoonsiga. Deyn ayaa korkooda saaran, deyntuna way sii kordhaysaa. Si xor ah uma dhaqaaqi karaan, ama mar walba waa la kormeeraa.
# Long days without pay, work not as promised, a set amount to bring in; look at the whole picture. (004)
family-signs-2 = Waxay shaqeeyaan maalmo aad u dheer, mushahar yar ama mushahar la'aan. Shaqadu ma aha tii loo ballanqaaday, ama waa inay maalin kasta lacag keenaan. Hal calaamad oo keliya waxba ma caddayso.
# Safety first; the person decides; support does not depend on the police. (004)
family-help-1 = Dhageyso adigoon xukmin. Ha ku cadaadin inay baxaan ama booliska u tagaan. Cadaadisku wuxuu iyaga gelin karaa khatar. Iyaga ayaa go'aamiya.
# A digital route lowers the threshold to support. (002) Children: social services must investigate the need of protection without delay. (001) Emergency number 112.
family-help-2 = Marka ay ammaan tahay, waxaad u sheegi kartaa in wada-sheekaysigani jiro. Qofku ma yahay ilmo ka yar 18 sano? La xiriir adeegga bulshada (socialtjänsten). Haddii qof hadda khatar ku jiro, wac 112.

## Professionals
# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)

# The national method support team has a support line for professionals and a manual for suspected trafficking; regional coordinators support. (001, 002, 004)
professional-intro = Haddii aad shaqadaada kula kulanto dad laga yaabo in laga faa'iidaysanayo, waxaad heli kartaa talo. Iswiidhan waxaa ka jira khad taageero qaran iyo buug hage oo xirfadlayaasha loogu talagalay. Isku-duwayaasha gobolka ee la dagaallama dhillaysiga iyo ka ganacsiga dadka ayaa sidoo kale caawin kara.
professional-ask = Maxaad rabtaa inaad ogaato?
professional-next-ask = Maxaa kale oo aad rabtaa inaad ogaato?
professional-signs = Calaamado la eego
professional-act = Waxa aan samayn karo
professional-children = Carruur iyo waajibka soo sheegidda
professional-rights = Xuquuqda dadka laga faa'iidaysto
professional-support = Khadka taageerada iyo buugga hagaha
professional-coordinators = Isku-duwayaasha gobolka
professional-region-ask = Iswiidhan xaggee ka shaqeysaa? Dooro gobol.
# Regional coordinators against prostitution and human trafficking support professionals and authorities in their region. (001, 002)
professional-coordinators-intro = Isku-duwayaasha gobolka ee la dagaallama dhillaysiga iyo ka ganacsiga dadka waxay talo siiyaan xirfadlayaasha. Kuwani waa xiriirada gobolka aad dooratay.

# Indicators: documents taken, debt, threats against the person or family, threats of being reported to the authorities. (004)
professional-signs-1 = Calaamaduhu waxay noqon karaan in qof kale hayo baasaboorka ama kaarka aqoonsiga ee qofka. Qofku wuxuu leeyahay deyn sii kordhaysa. Qofka ama qoyska waa lagu hanjabaa, tusaale ahaan in hay'adaha dawladda loo soo sheegi doono.
# Indicators: not free to quit or move, living with the employer, long days, low or no pay, a sum to hand over, signs of violence or trauma. (004)
professional-signs-2 = Qofku ma joojin karo shaqada, si xor ahna uma dhaqaaqi karo. Waxaa laga yaabaa inuu la deggan yahay loo-shaqeeyaha. Qofku wuxuu shaqeeyaa maalmo aad u dheer, mushahar yar ama mushahar la'aan, ama waa inuu maalin kasta bixiyaa lacag go'an. Waxaa jira calaamado rabshad, cabsi ama walwal.

# Victims rarely see themselves as victims; look at the whole picture, one sign alone is not enough. (004)
professional-act-1 = Dadka laga faa'iidaysto marar dhif ah ayay isu arkaan dhibbanayaal. Marar dhif ah ayay caawimaad ku weydiistaan ereyadaas. Hal calaamad oo keliya waxba ma caddayso. Eeg xaaladda oo dhan.
# Unconditional support, information and consent; refer to support; the support line and regional coordinators. (004, 001)
professional-act-2 = Qofka u sheeg xuquuqda iyo taageerada jirta, go'aankana u dhaaf qofka weyn. Taageeradu waa inaysan ku xirnaan in qofku la shaqeeyo booliska. La tasho khadka taageerada ama isku-duwaha gobolka. Haddii qof khatar ku jiro, wac 112.

# School staff must report to social services when they suspect a child is harmed; the duty to report applies to support for children. (001, 002)
professional-children-1 = Ma u malaynaysaa in ilmo la dhibayo? Markaas waxaa laga yaabaa inay waajib kugu tahay inaad u soo sheegto adeegga bulshada (socialtjänsten). Tan waxaa la yiraahdaa orosanmälan. Waajibkani wuxuu khuseeyaa, tusaale ahaan, qof kasta oo dugsi ka shaqeeya.
# Social services must investigate the child's need of protection without delay; for a child, no threat or deceit is needed. (001) Emergency number 112.
professional-children-2 = Markaas adeegga bulshadu waa inuu isla markiiba ogaado ilaalinta ilmuhu u baahan yahay. Haddii uu ilmo yahay, waa ka ganacsiga dadka xitaa haddii aysan jirin hanjabaad ama been. Haddii ilmuhu hadda khatar ku jiro, wac 112.

## Talk to a person
# Regional coordinators help authorities and victims in several counties. (001, 002) No promise about how others will treat the person. Emergency number 112.

human-intro = Halkan waxaad ka heli kartaa qof aad la xiriirto. Adiga ayaa go'aamiya waxaad rabto inaad sheegto. Haddii aad hadda khatar ku jirto, wac 112.
human-region-ask = Iswiidhan xaggee ka joogtaa? Dooro gobol, ama "Ma aqaan".
contacts-intro = Kuwan waa cidda aad la xiriiri karto. Adiga ayaa go'aamiya waxaad rabto inaad sheegto, iyo inaad magacaaga sheegto iyo in kale.
contacts-ask = Maxaad hadda rabtaa inaad samayso?
contacts-other-region = Dooro gobol kale
contacts-rights = Xuquuqdayda
