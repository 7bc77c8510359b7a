# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = Zadam ci 9 krótkich pytań o twoją sytuację. Odpowiadaj tylko na te, na które chcesz. W każdej chwili możesz przerwać. Nie będę pytać o nazwiska, miejsca ani dokumenty.
check-intro-ask = Chcesz zacząć?
check-start = Tak, pytaj
check-skip = Nie, pokaż dostępną pomoc

answer-yes = Tak
answer-no = Nie
answer-unsure = Nie wiem
check-stop = Zakończ pytania

# Identity documents taken or kept by someone else. (004)
sign-passport = Pytanie 1 z 9. Czy ktoś zabrał ci paszport albo dowód osobisty? A może ktoś go trzyma „dla ciebie”?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = Pytanie 2 z 9. Czy masz dług u osoby, która cię tu przywiozła albo załatwiła ci pracę? Czy ten dług ciągle rośnie?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = Pytanie 3 z 9. Czy ktoś groził tobie albo twojej rodzinie? Albo groził, że zgłosi cię na policję lub do Urzędu Migracyjnego?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = Pytanie 4 z 9. Czy ktoś nie pozwala ci odejść, rzucić pracy albo chodzić, gdzie chcesz? Czy ktoś cię pilnuje, kiedy nie pracujesz?
# Must hand over all or most of the earnings. (004)
sign-money = Pytanie 5 z 9. Czy musisz oddawać komuś wszystkie albo prawie wszystkie pieniądze, które zarabiasz?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = Pytanie 6 z 9. Czy mieszkasz tam, gdzie pracujesz, albo u osoby, dla której pracujesz? A może nie znasz adresu?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = Pytanie 7 z 9. Czy pracujesz bardzo długo każdego dnia, bez dni wolnych? Czy płacą ci bardzo mało, wstrzymują ci wypłatę albo nie płacą wcale?
# The work is not what was promised. (004)
sign-promise = Pytanie 8 z 9. Czy praca jest inna, niż ci obiecano?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = Pytanie 9 z 9. Czy każdego dnia musisz przynosić określoną sumę pieniędzy, na przykład z żebrania albo kradzieży? Czy czeka cię kara, jeśli jej nie przyniesiesz?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = Groźby wobec ciebie albo twojej rodziny to poważna sprawa. Jeśli tobie lub komuś z twojej rodziny grozi teraz niebezpieczeństwo, zadzwoń pod numer 112. Połączenie jest bezpłatne.
check-threats-ask = Chcesz dalej odpowiadać na pytania?
check-continue = Tak, dalej

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = Dziękujemy za odpowiedzi. Odpowiedź „tak” może być sygnałem wyzysku lub handlu ludźmi. Ale jeden sygnał niczego nie dowodzi. Jeśli ktoś cię wykorzystuje, może to być przestępstwo przeciwko tobie. To nie jest twoja wina.
# The person decides what happens. (004) Emergency number 112.
check-result-decide = To ty decydujesz, co będzie dalej. Możesz przeczytać o swoich prawach albo porozmawiać z człowiekiem. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod numer 112.
check-result-ask = Co chcesz zrobić?
result-rights = Informacje o moich prawach
result-needs = Jaka pomoc jest dostępna
