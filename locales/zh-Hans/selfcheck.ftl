# A gentle self-check. The signs come from the indicators in the municipal guidelines. (004)
# Never a verdict; the person decides what happens next. (004)
# Each question says where the person is in the self-check (flow messages take no variables).

check-intro = 我会问你 9 个简短的问题，关于你的处境。你只回答你想回答的。你可以随时停止。我不会问名字、地点或证件。
check-intro-ask = 你想开始吗？
check-start = 好，请问吧
check-skip = 不，给我看有哪些帮助

answer-yes = 是
answer-no = 不是
answer-unsure = 我不知道
check-stop = 就到这里

# Identity documents taken or kept by someone else. (004)
sign-passport = 第 1 题，共 9 题。有人拿走了你的护照或身份证吗？或者有人在“替你保管”？
# Debt to the person who brought you or arranged the work, growing debt. (004)
sign-debt = 第 2 题，共 9 题。你欠带你来这里或给你找工作的人钱吗？这笔债是不是越来越多？
# Threats against the person or family, threats of police or migration authorities. (004)
sign-threats = 第 3 题，共 9 题。有人威胁过你或你的家人吗？或者威胁要向警察或移民局举报你？
# Not free to leave, quit or move around; watched outside work. (004)
sign-freedom = 第 4 题，共 9 题。有人不让你离开、辞职，或去你想去的地方吗？你不工作的时候，有人监视你吗？
# Must hand over all or most of the earnings. (004)
sign-money = 第 5 题，共 9 题。你必须把赚到的全部或大部分钱交给别人吗？
# Living at the workplace or with the employer; may not know the address. (004)
sign-housing = 第 6 题，共 9 题。你住在工作的地方，或者和雇你的人住在一起吗？或者你不知道那里的地址？
# Long days, no days off, no or very low pay, pay withheld, no contract. (004)
sign-conditions = 第 7 题，共 9 题。你每天工作很长时间，没有休息日吗？工资是不是很低、被扣着不给，或者根本没有？
# The work is not what was promised. (004)
sign-promise = 第 8 题，共 9 题。这份工作和别人答应你的不一样吗？
# Begging or crime: a set amount to bring in, or punishment. (004)
sign-quota = 第 9 题，共 9 题。你每天必须交出固定数额的钱吗？比如靠乞讨或偷窃得来的钱。如果交不出，你会受到惩罚吗？

## After "yes" to threats: 112 first, then the questions go on if the person wants
# Safety for the person and their family matters most to people who are exploited. (004) Emergency number 112.
check-threats-112 = 对你或你家人的威胁是很严重的。如果你或你的家人现在有危险，请拨打 112。打这个电话是免费的。
check-threats-ask = 你想继续回答问题吗？
check-continue = 好，继续

## Result: never a verdict
# Signs are not proof: look at the whole picture. Exploitation can be a crime against the person; never a verdict. (004, 001)
check-result-signs = 谢谢你的回答。回答“是”可能是剥削或人口贩运的迹象。但只有一个迹象并不能证明什么。如果有人剥削你，这可能是针对你的犯罪。这不是你的错。
# The person decides what happens. (004) Emergency number 112.
check-result-decide = 接下来怎么做，由你决定。你可以了解你的权利，或者和真人谈谈。如果你现在有危险，请拨打 112。
check-result-ask = 你想做什么？
result-rights = 了解我的权利
result-needs = 有哪些帮助
