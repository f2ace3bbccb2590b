# food, animal, household/clothing/money idioms and proverbs (hand-written, literal3, 2026-12-06)
I("A: 쟤네 결혼한 지 얼마 안 됐지? B: 응, 그래서 그런지 깨가 쏟아지네.",
  "A: They haven't been married long, right? B: Yeah, maybe that's why sesame seeds are pouring out.",
  "A: They just got married, didn't they? B: Yeah, which is probably why they're so lovey-dovey.",
  "food", "base", "dialogue", "blissfully happy couple")
I("A: 이번에도 늦으면 국물도 없어. B: 알았어, 일찍 올게.",
  "A: If you're late this time too, there's not even broth. B: Okay, I'll come early.",
  "A: If you're late again, you're getting nothing. B: Okay, I'll be early.",
  "food", "negated", "dialogue", "you'll get nothing at all")
I("A: 중간고사 어땠어? B: 완전 죽 쒔어.",
  "A: How was the midterm? B: I totally cooked porridge.",
  "A: How did your midterm go? B: I completely bombed it.",
  "food", "split", "dialogue", "botch, do badly")
I("걔 잘난 척하는 거 보면 밥맛 떨어져.",
  "When I see him show off, my taste for rice drops.",
  "Watching him show off is a total turn-off.",
  "food", "split", "dialogue", "find someone repellent")
I("그 드라마에 나오는 집안은 완전 콩가루 집안이더라.",
  "The family in that drama was a complete bean-flour family.",
  "The family in that drama is completely dysfunctional.",
  "food", "base", "dialogue", "dysfunctional family")
I("신입이 들어오자마자 나는 완전히 찬밥 신세가 됐다.",
  "As soon as the new hire came in, I became the status of cold rice.",
  "As soon as the new hire arrived, I was completely sidelined.",
  "food", "past", "dialogue", "be neglected, pushed aside")
I("야근 끝나고 집에 오자마자 떡실신했다.",
  "After overtime I came home and immediately rice-cake-fainted.",
  "After working late, I passed out the minute I got home.",
  "slang/neologism", "past", "web", "collapse from exhaustion")
I("A: 며느리가 요리도 잘하고 성격도 좋대. B: 호박이 넝쿨째 굴러 들어왔네.",
  "A: They say the daughter-in-law cooks well and has a good personality. B: A pumpkin rolled in together with its vine.",
  "A: Apparently the new daughter-in-law is a great cook and a lovely person. B: Sounds like they've really struck gold.",
  "food", "past", "dialogue", "unexpected great fortune")
I("이번 후보들은 실력이 다 도토리 키 재기야.",
  "This time's candidates' abilities are all acorns measuring height.",
  "None of the candidates this time is any better than the others.",
  "proverb", "base", "dialogue", "all equally mediocre")
I("회식 자리에서 나만 개밥에 도토리 신세였다.",
  "At the company dinner, only I was in the position of an acorn in dog food.",
  "At the company dinner, I was the odd one out.",
  "proverb", "past", "dialogue", "outcast, odd one out")
I("A: 나 승진하면 차부터 바꿀 거야. B: 떡 줄 사람은 생각도 안 하는데.",
  "A: If I get promoted I'll change my car first. B: The person who'll give the rice cake isn't even thinking about it.",
  "A: When I get promoted, the first thing I'm doing is buying a new car. B: Nobody's even offered you the promotion yet.",
  "proverb", "negated", "dialogue", "counting on something not yet offered")
I("A: 만 원짜리 이어폰 샀는데 벌써 고장 났어. B: 싼 게 비지떡이지.",
  "A: I bought ten-thousand-won earphones and they're already broken. B: The cheap thing is a soybean-pulp rice cake.",
  "A: I bought some ten-thousand-won earphones and they've already broken. B: You get what you pay for.",
  "proverb", "base", "dialogue", "cheap goods are poor quality")
I("그 드라마 주인공은 답답해도 너무 고구마야.",
  "Even for a frustrating one, that drama's main character is too much sweet potato.",
  "The lead in that drama is just painfully frustrating to watch.",
  "slang/neologism", "base", "web", "frustrating, stifling")
I("그 의원의 사이다 발언이 온라인에서 화제가 되고 있다.",
  "The lawmaker's soda remark is becoming a topic online.",
  "The lawmaker's refreshingly blunt remark is going viral online.",
  "slang/neologism", "adnominal", "news", "satisfyingly outspoken")
I("A: 너 언제 국수 먹여 줄 거야? B: 아직 만나는 사람도 없어요.",
  "A: When are you going to feed me noodles? B: I don't even have anyone I'm seeing yet.",
  "A: So when are you getting married? B: I'm not even seeing anyone yet.",
  "food", "causative", "dialogue", "get married (invite to the wedding)")
I("A: 이번 달 보너스 말이야. B: 어차피 그림의 떡 아니었어? 우리 부서는 해당 없대.",
  "A: About this month's bonus. B: Wasn't it a painted rice cake anyway? They say our department isn't included.",
  "A: About this month's bonus... B: It was never going to be ours anyway, was it? Apparently our department doesn't qualify.",
  "food", "negated", "dialogue", "something out of reach")
I("협상 타결은 사실상 물 건너갔다.",
  "Reaching a deal in the negotiations has effectively crossed the water.",
  "A negotiated deal is now effectively off the table.",
  "figurative-verb", "past", "news", "too late, a lost cause")
I("A: 가게 요즘 어때? B: 말도 마, 손님이 없어서 파리만 날려.",
  "A: How's the shop these days? B: Don't even ask, there are no customers so I'm only flying flies.",
  "A: How's the shop doing? B: Don't ask. There are no customers; business is dead.",
  "animal", "base", "dialogue", "business is slow")
I("A: 자전거로 출퇴근하니까 운동도 되고 교통비도 아껴. B: 꿩 먹고 알 먹고네.",
  "A: Commuting by bike gives me exercise and saves on fares. B: Eating the pheasant and eating the eggs.",
  "A: Cycling to work gives me exercise and saves me bus fare. B: Best of both worlds.",
  "proverb", "base", "dialogue", "double benefit")
I("힘들어도 버텨. 쥐구멍에도 볕 들 날 있다잖아.",
  "Even if it's hard, hang on. They say even a mouse hole has a day when sunlight enters.",
  "Hang in there even if it's tough. Your day will come.",
  "proverb", "split", "dialogue", "better days will come")
I("A: 내가 손대자마자 컴퓨터가 꺼졌어. B: 까마귀 날자 배 떨어진 격이네.",
  "A: The computer turned off as soon as I touched it. B: It's like a crow flew and a pear fell.",
  "A: The computer shut down the second I touched it. B: Bad timing; it just looks like you did it.",
  "proverb", "past", "dialogue", "unlucky coincidence that casts suspicion")
I("계약을 눈앞에서 놓치고 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "We lost the contract right in front of us and became like a dog that chased a chicken looking at the roof.",
  "The contract slipped right through our fingers, and we were left empty-handed.",
  "proverb", "adnominal", "news", "left helpless after losing out")
I("A: 부장님 신입 때는 지각도 엄청 했다며? B: 개구리 올챙이 적 생각 못 하는 거지.",
  "A: I heard the manager was late all the time when he was new? B: The frog can't think of when it was a tadpole.",
  "A: I heard the manager was always late back when he was new. B: He's forgotten where he came from.",
  "proverb", "negated", "dialogue", "forget one's humble beginnings")
I("두 사람은 같은 팀인데도 서로 소 닭 보듯 한다.",
  "Though the two are on the same team, they look at each other like a cow looks at a chicken.",
  "The two of them are on the same team but completely ignore each other.",
  "animal", "base", "textbook", "indifferent to each other")
I("증거가 나왔는데도 그는 끝까지 오리발을 내밀었다.",
  "Even though evidence came out, he held out a duck's foot to the end.",
  "Even when the evidence came out, he denied everything to the bitter end.",
  "animal", "past", "news", "feign ignorance, deny")
I("상대가 변호사를 데리고 나타나자 그는 바로 꼬리를 내렸다.",
  "When the other party showed up with a lawyer, he immediately lowered his tail.",
  "As soon as the other side showed up with a lawyer, he backed down.",
  "animal", "past", "textbook", "back down")
I("알바생 월급까지 떼먹다니, 벼룩의 간을 빼 먹지.",
  "Skimming even the part-timer's wages, you might as well take out and eat a flea's liver.",
  "Stiffing a part-timer on his wages? That's stooping to robbing the poor.",
  "proverb", "base", "dialogue", "exploit the poorest")
I("무대에만 서면 걔는 완전 물 만난 고기더라.",
  "Whenever he stands on stage, he's a fish that met water.",
  "The moment he's on stage, he's completely in his element.",
  "animal", "adnominal", "dialogue", "in one's element")
I("경찰이 포위망을 좁히면서 용의자는 독 안에 든 쥐 신세가 됐다.",
  "As police narrowed the cordon, the suspect became the status of a rat inside a crock.",
  "As police tightened the cordon, the suspect was left cornered with no way out.",
  "animal", "adnominal", "news", "trapped, cornered")
I("병아리 기자 시절에는 사건 현장에서 밤을 새우기 일쑤였다.",
  "In my chick reporter days, staying up all night at incident scenes was common.",
  "In my days as a cub reporter, I often spent whole nights at crime scenes.",
  "animal", "adnominal", "textbook", "novice")
I("선거철만 되면 당을 옮기는 철새 정치인들이 또 등장했다.",
  "Whenever election season comes, migratory bird politicians who move parties appear again.",
  "As always at election time, party-hopping politicians have resurfaced.",
  "animal", "adnominal", "news", "opportunistic defector")
I("A: 쟤네 오늘도 커플티 입고 왔어. B: 진짜 닭살 커플이다.",
  "A: They came in matching couple T-shirts again today. B: They really are a chicken-skin couple.",
  "A: They're wearing matching T-shirts again today. B: They're so sickeningly sweet.",
  "animal", "base", "dialogue", "cringingly affectionate couple")
I("할아버지는 명절마다 호랑이 담배 피우던 시절 이야기를 하신다.",
  "Every holiday, Grandpa talks about the times when tigers smoked tobacco.",
  "Every holiday, Grandpa tells stories from the olden days.",
  "animal", "honorific", "textbook", "long, long ago")
I("미꾸라지 한 마리가 물 흐린다더니, 한 명 때문에 반 전체가 벌을 받았다.",
  "They say one loach muddies the water; because of one person the whole class got punished.",
  "One bad apple really does spoil the bunch: the whole class was punished because of one kid.",
  "proverb", "split", "dialogue", "one person ruins it for all")
I("쥐꼬리만 한 월급으로 서울에서 어떻게 살아.",
  "How do you live in Seoul on a salary the size of a rat's tail?",
  "How is anyone supposed to live in Seoul on a measly salary like this?",
  "animal", "adnominal", "dialogue", "pitifully small")
I("이번 손해에 비하면 그건 새 발의 피야.",
  "Compared with this loss, that's the blood of a bird's foot.",
  "Compared to this loss, that's chump change.",
  "animal", "base", "dialogue", "trifling amount")
I("A: 그 집 할아버지 결국 밥숟가락 놓으셨대.",
  "A: I hear that house's grandfather finally put down his rice spoon.",
  "A: I heard the old man from that house finally passed away.",
  "household", "honorific", "dialogue", "die (colloquial)")
I("A: 그 사람 주식 한다더니 어떻게 됐어? B: 완전 쪽박 찼대.",
  "A: What happened to that guy who was doing stocks? B: They say he totally wore a small gourd.",
  "A: Whatever happened to that guy playing the stock market? B: Apparently he lost everything.",
  "household", "split", "dialogue", "go broke")
I("이번 인사 문제가 국회에서 도마 위에 올랐다.",
  "This personnel matter went up onto the chopping board in the National Assembly.",
  "The appointment came under fire in the National Assembly.",
  "household", "past", "news", "come under scrutiny or criticism")
I("A: 이 보고서 정말 완벽하다, 너 천재 아니야? B: 비행기 태우지 마.",
  "A: This report is perfect; aren't you a genius? B: Don't make me ride an airplane.",
  "A: This report is perfect. Are you some kind of genius? B: Stop buttering me up.",
  "figurative-verb", "causative", "dialogue", "flatter excessively")
I("주머니 사정이 넉넉지 않아서 이번 여행은 못 갈 것 같아.",
  "My pocket circumstances are not plentiful, so I don't think I can go on this trip.",
  "I'm a bit strapped for cash, so I don't think I can make this trip.",
  "household", "negated", "dialogue", "financial situation")
I("그 맛집은 손님들 발길에 문턱이 닳을 지경이다.",
  "At that famous restaurant, the threshold is about to wear down from customers' footsteps.",
  "Customers are beating a path to that restaurant's door.",
  "household", "adnominal", "web", "very frequently visited")
I("가마솥더위가 일주일째 이어지면서 온열 질환자가 늘고 있다.",
  "As cauldron heat continues for a week, heat illness patients are increasing.",
  "After a full week of sweltering heat, cases of heat-related illness are rising.",
  "household", "base", "news", "scorching heat")
I("A: 또 보이스피싱인 줄 알고 엄마 전화도 안 받았어. B: 솥뚜껑 보고 놀란 격이네.",
  "A: I thought it was voice phishing again and didn't even answer Mom's call. B: It's like being startled at a pot lid.",
  "A: I thought it was another phone scam, so I didn't even pick up when Mom called. B: Once bitten, twice shy.",
  "proverb", "past", "dialogue", "overly wary after a bad experience")
I("팀장님이 이번 주까지는 절대 안 된다고 못을 박으셨다.",
  "The team leader drove a nail that it absolutely can't be done by this week.",
  "The team leader made it absolutely clear that it could not be done this week.",
  "household", "honorific", "dialogue", "state firmly, rule out")
I("사실 두 사람 이어 준 건 내가 다리를 놓은 거야.",
  "Actually, connecting those two was me laying a bridge.",
  "Actually, I'm the one who set the two of them up.",
  "figurative-verb", "past", "dialogue", "act as a go-between")
I("양국 정상회담이 관계 개선의 물꼬를 텄다.",
  "The summit between the two countries opened the irrigation sluice of relationship improvement.",
  "The summit between the two countries paved the way for better relations.",
  "figurative-verb", "past", "news", "open the way")
I("아무도 안 나서길래 결국 내가 총대 멨어.",
  "Nobody stepped forward, so in the end I shouldered the gunstock.",
  "Nobody else would step up, so in the end I took it on myself.",
  "figurative-verb", "split", "dialogue", "take on an unwelcome responsibility")
I("변죽만 울리지 말고 본론을 말해.",
  "Don't just ring the rim; say the main point.",
  "Stop beating around the bush and get to the point.",
  "household", "negated", "dialogue", "talk around the subject")
I("정부는 사고가 터진 뒤에야 뒷북 대책을 내놓았다.",
  "Only after the accident broke out did the government put out back-drum measures.",
  "The government only came up with belated measures after the accident.",
  "figurative-verb", "adnominal", "news", "too late, after the fact")
I("멍석 깔아 주니까 오히려 한마디도 못 하네.",
  "When I spread the straw mat for him, he can't say a word instead.",
  "Now that he's finally been given the floor, he can't say a single word.",
  "household", "split", "dialogue", "give someone the stage")
I("아내가 또 바가지를 긁기 시작했다.",
  "My wife started scratching the gourd again.",
  "My wife started nagging me again.",
  "household", "base", "textbook", "nag (of a spouse)")
I("A: 군대 간 지 석 달 만에 여자친구가 고무신 거꾸로 신었대. B: 헐, 진짜?",
  "A: Three months after he went into the army, his girlfriend put her rubber shoes on backwards. B: Whoa, really?",
  "A: Three months after he enlisted, his girlfriend dumped him. B: Whoa, seriously?",
  "household", "split", "dialogue", "leave a boyfriend doing military service")
I("승진해서 감투를 쓰더니 사람이 완전히 변했어.",
  "After he got promoted and put on the horsehair cap, he became a completely different person.",
  "Ever since he got that promotion and title, he's been a completely different person.",
  "household", "past", "dialogue", "take an official post")
I("이번 대회는 아쉽게 끝났지만 다시 신발 끈을 조여 매고 내년을 준비하겠습니다.",
  "This competition ended regrettably, but I will tighten my shoelaces again and prepare for next year.",
  "This tournament didn't go the way we hoped, but we'll knuckle down and get ready for next year.",
  "household", "honorific", "news", "brace oneself for renewed effort")
I("그 배우는 드라마 한 편으로 돈방석에 앉았다.",
  "That actor sat on a money cushion with one drama.",
  "That actor made a fortune off a single drama series.",
  "figurative-verb", "past", "news", "become rich")
I("옷깃만 스쳐도 인연이라는데 우리 계속 연락하고 지내요.",
  "They say if only collars brush it's a connection; let's keep in contact.",
  "They say no meeting is a coincidence, so let's stay in touch.",
  "proverb", "honorific", "dialogue", "every encounter is fated")
N("최저임금 인상이 정치권의 뜨거운 감자로 떠올랐다.",
  "The minimum wage increase has emerged as a political hot potato.",
  "The minimum wage increase has become a hotly contested political issue.",
  "food", "past", "news", "controversial issue")
N("그 소식은 우리 가족에게 마른하늘에 날벼락이었다.",
  "That news came like a bolt from the blue for our family.",
  "That news came as a complete shock to our family.",
  "proverb", "past", "textbook", "sudden disaster")
N("A: 걔는 월급 들어오면 돈을 물 쓰듯 해.",
  "A: When he gets paid, he spends money like water.",
  "A: As soon as he gets paid, he blows through his money.",
  "household", "base", "dialogue", "spend extravagantly")
N("은행들이 청년층 대출 문턱을 낮췄다.",
  "Banks have lowered the threshold for loans to young people.",
  "Banks have made it easier for young people to get loans.",
  "household", "past", "news", "make access easier")
N("이번 선거의 열쇠는 중도층이 쥐고 있다.",
  "Centrist voters hold the key to this election.",
  "Centrist voters will decide this election.",
  "household", "base", "news", "decisive factor")
N("A: 이제 우리는 한배를 탄 거야. 누구 하나 빠지면 안 돼.",
  "A: We're all in the same boat now. Nobody can drop out.",
  "A: We share the same fate now. Nobody can back out.",
  "figurative-verb", "past", "dialogue", "share a common fate")
N("그가 흘린 눈물은 악어의 눈물에 불과하다는 비판이 나왔다.",
  "Critics said the tears he shed were nothing but crocodile tears.",
  "Critics said his tears were nothing but a show of fake remorse.",
  "animal", "base", "news", "insincere show of sorrow")
N("알고 보니 그 친절한 이웃은 양의 탈을 쓴 늑대였다.",
  "It turned out that kind neighbour was a wolf in sheep's clothing.",
  "It turned out that kind neighbour was dangerous behind his friendly face.",
  "animal", "past", "textbook", "hidden malice behind a friendly front")
