# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Îți voi pune 9 întrebări scurte despre situația ta. Răspunde doar la ce vrei. Te poți opri oricând. Nu te voi întreba de nume, locuri sau acte.
check-intro-ask = Vrei să începem?
check-start = Da, întreabă-mă
check-skip = Nu, arată-mi ce ajutor există

answer-yes = Da
answer-no = Nu
answer-unsure = Nu știu
check-stop = Mă opresc aici

# Identity documents taken or kept by someone else. (004)
sign-passport = Întrebarea 1 din 9. Ți-a luat cineva pașaportul sau buletinul? Sau cineva îl ține „pentru tine”?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Întrebarea 2 din 9. Datorezi bani celui care te-a adus aici sau ți-a găsit de lucru? Datoria tot crește?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Întrebarea 3 din 9. Te-a amenințat cineva pe tine sau pe familia ta? Sau te-a amenințat că te reclamă la poliție sau la Agenția pentru Migrație (Migrationsverket)?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Întrebarea 4 din 9. Te împiedică cineva să pleci, să te lași de muncă sau să mergi unde vrei? Te urmărește cineva când nu lucrezi?
# Must hand over all or most of the earnings. (004)
sign-money = Întrebarea 5 din 9. Trebuie să dai altcuiva toți banii pe care îi câștigi, sau aproape toți?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Întrebarea 6 din 9. Locuiești acolo unde lucrezi sau la persoana pentru care lucrezi? Sau nu știi adresa?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Întrebarea 7 din 9. Lucrezi zile foarte lungi, fără zile libere? Plata e foarte mică, ți-o ține altcineva sau nu primești nimic?
# The work is not what was promised. (004)
sign-promise = Întrebarea 8 din 9. Munca e alta decât cea care ți s-a promis?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Întrebarea 9 din 9. Trebuie să aduci o anumită sumă de bani în fiecare zi, de exemplu din cerșit sau din furat? Te pedepsește cineva dacă nu o aduci?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Amenințările împotriva ta sau a familiei tale sunt grave. Dacă tu sau cineva din familia ta este în pericol acum, sună la 112. Este gratuit.
check-threats-ask = Vrei să continui cu întrebările?
check-continue = Da, continuă

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Mulțumim că ai răspuns. Un răspuns „da” poate fi un semn de exploatare sau de trafic de persoane. Dar un singur semn nu dovedește nimic. Dacă cineva te exploatează, poate fi o infracțiune împotriva ta. Nu este vina ta.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = Tu hotărăști ce se întâmplă mai departe. Poți citi despre drepturile tale sau poți vorbi cu o persoană. Dacă ești în pericol acum, sună la 112.
check-result-ask = Ce vrei să faci?
result-rights = Citesc despre drepturile mele
result-needs = Ce ajutor există
