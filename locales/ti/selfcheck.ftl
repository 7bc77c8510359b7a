# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = ብዛዕባ ኩነታትኩም 9 ሓጸርቲ ሕቶታት ክሓተኩም እየ። ዝደለኹምዎ ጥራይ መልሱ። ኣብ ዝደለኹምዎ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም። ስም፣ ቦታ ወይ ወረቐት ኣይክሓተኩምን እየ።
check-intro-ask = ክትጅምሩ ትደልዩ ዶ?
check-start = እወ፣ ሕተቱኒ
check-skip = ኣይፋል፣ ዘሎ ሓገዝ ኣርእዩኒ

answer-yes = እወ
answer-no = ኣይፋል
answer-unsure = ኣይፈልጥን
check-stop = ኣብዚ ደው ንበል

# Identity documents taken or kept by someone else. (004)
sign-passport = ሕቶ 1 ካብ 9። ሓደ ሰብ ፓስፖርትኩም ወይ መንነት ወረቐትኩም ወሲድዎ ድዩ? ወይስ ሓደ ሰብ "ክዕቅበልኩም" ኢሉ ሒዝዎ ድዩ?
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = ሕቶ 2 ካብ 9። ናይቲ ናብዚ ዘምጽኣኩም ወይ ስራሕ ዝረኸበልኩም ሰብ ዕዳ ኣሎኩም ዶ? እቲ ዕዳ ብቐጻሊ ይዓቢ ድዩ?
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = ሕቶ 3 ካብ 9። ሓደ ሰብ ንዓኹም ወይ ንስድራኹም ኣፈራሪሑ ድዩ? ወይስ ናብ ፖሊስ ወይ ናብ ቤት ጽሕፈት ኢሚግሬሽን (Migrationsverket) ክጠቁመኩም ኢሉ ኣፈራሪሑኩም ድዩ?
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = ሕቶ 4 ካብ 9። ሓደ ሰብ ካብቲ ቦታ ከይትወጹ፣ ስራሕኩም ከይትገድፉ ወይ ናብ ዝደለኹምዎ ከይትኸዱ ይኽልክለኩም ድዩ? ኣብ ዘይትሰርሑሉ ግዜ ሰብ ይከታተለኩም ድዩ?
# Must hand over all or most of the earnings. (004)
sign-money = ሕቶ 5 ካብ 9። ብስራሕ ዝረኸብኩምዎ ገንዘብ ኩሉ ወይ መብዛሕትኡ ንኻልእ ሰብ ክትህቡ ትግደዱ ዶ?
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = ሕቶ 6 ካብ 9። ኣብቲ እትሰርሑሉ ቦታ ዲኹም እትነብሩ፣ ወይስ ምስ ወሃብ ስራሕኩም? ወይስ ኣድራሻ ኣይትፈልጡን ዲኹም?
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = ሕቶ 7 ካብ 9። ብዘይ ዕረፍቲ መዓልቲ ኣዝዩ ነዊሕ ሰዓታት ትሰርሑ ዶ? ደሞዝኩም ኣዝዩ ትሑት ድዩ፣ ይሕዝዎ ድዮም፣ ወይስ ፈጺሙ ኣይኽፈለኩምን?
# The work is not what was promised. (004)
sign-promise = ሕቶ 8 ካብ 9። እቲ ስራሕ ካብቲ ዝተመባጽዓልኩም ዝተፈልየ ድዩ?
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = ሕቶ 9 ካብ 9። መዓልታዊ ዝተወሰነ መጠን ገንዘብ ከተምጽኡ ትግደዱ ዶ፣ ንኣብነት ብልማኖ ወይ ብስርቂ? እንተዘየምጻእኩም ትቕጽዑ ዶ?

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = ኣብ ልዕሌኹም ወይ ኣብ ልዕሊ ስድራኹም ዝግበር ምፍርራሕ ከቢድ እዩ። ንስኹም ወይ ሓደ ኣባል ስድራኹም ሕጂ ኣብ ሓደጋ እንተሎ፣ ናብ 112 ደውሉ። ብነጻ እዩ።
check-threats-ask = ነቶም ሕቶታት ክትቅጽሉ ትደልዩ ዶ?
check-continue = እወ፣ ንቐጽል

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = ስለ ዝመለስኩም የቐንየልና። እወ ምባል ናይ ምብዝባዝ ወይ ምዝውዋር ደቂ ሰባት ምልክት ክኸውን ይኽእል። ግን ሓደ ምልክት ጥራይ ዋላ ሓንቲ ኣየረጋግጽን። ሓደ ሰብ እንተ ዝበዝበዘኩም፣ ኣንጻርኩም ዝተፈጸመ ገበን ክኸውን ይኽእል። ናትኩም ጌጋ ኣይኮነን።
# The person decides what happens. (004) Emergency number 112.
check-result-decide = ቀጺሉ እንታይ ከም ዝኸውን ንስኹም ኢኹም እትውስኑ። ብዛዕባ መሰላትኩም ከተንብቡ፣ ወይ ምስ ሰብ ክትዛረቡ ትኽእሉ ኢኹም። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
check-result-ask = እንታይ ክትገብሩ ትደልዩ?
result-rights = ብዛዕባ መሰላተይ ምንባብ
result-needs = ዘሎ ሓገዝ
