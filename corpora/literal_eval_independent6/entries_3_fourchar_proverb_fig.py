# four-character idioms, shortened spoken proverbs, figurative and mimetic verbs (hand-written, helper lit6, 2026-12-07)
# --- four-char
I("자기가 약속해 놓고 못 지켜서 곤란해졌으니 자승자박이지.",
  "He himself promised and couldn't keep it and got into trouble, so it's binding oneself with one's own rope.",
  "He made the promise and then couldn't keep it, so he only has himself to blame.",
  "four-char", "split", "dialogue", "자승자박 'tie oneself up with one's own rope' = be caught in one's own trap")
I("새 도서관 위치를 두고 주민들 사이에서 갑론을박이 이어졌다.",
  "Over the new library location, A-argues-B-refutes continued among residents.",
  "Residents remained sharply divided over where to put the new library.",
  "four-char", "past", "news", "갑론을박 'A argues, B rebuts' = heated back-and-forth")
I("그 선수는 우승하더니 안하무인이 됐다는 말이 돈다.",
  "There is a word going around that the player became no-person-below-eyes after winning.",
  "Word is he's become insufferably arrogant since winning the title.",
  "four-char", "past", "web", "안하무인 'no one beneath one's eyes' = arrogant, disrespectful")
I("자기한테 유리한 통계만 골라 쓰는 건 아전인수식 해석이다.",
  "Picking and using only statistics advantageous to oneself is a drawing-water-to-own-paddy style interpretation.",
  "Cherry-picking only the figures that suit you is self-serving interpretation.",
  "four-char", "adnominal", "news", "아전인수 'draw water into one's own paddy' = self-serving")
I("아들이 돌아올 날만 학수고대하고 계십니다.",
  "She is crane-neck-waiting only for the day her son will come back.",
  "She's been waiting anxiously for the day her son comes home.",
  "four-char", "honorific", "news", "학수고대 'wait with a crane's neck' = long for eagerly")
I("산불이 강풍을 타고 번지자 당국은 속수무책이었다.",
  "When the wildfire spread riding the strong wind, authorities were bound-hands-no-plan.",
  "As the wildfire spread on the strong winds, the authorities were powerless to stop it.",
  "four-char", "past", "news", "속수무책 'bound hands, no plan' = helpless")
I("오매불망 기다리던 콘서트 티켓팅이 드디어 오늘이다!",
  "The concert ticketing I waited waking-sleeping-not-forgetting is finally today!",
  "The concert ticket sale I've been dying for is finally today!",
  "four-char", "adnominal", "web", "오매불망 'awake or asleep, never forgetting' = longing constantly")
I("옆 나라 기업들이 우리 시장을 호시탐탐 노리고 있다.",
  "Companies of the neighbouring country are aiming at our market tiger-looking-greedily.",
  "Companies from the neighbouring country are eyeing our market, ready to pounce.",
  "four-char", "base", "news", "호시탐탐 'eyeing like a tiger' = waiting for a chance to strike")
I("반찬이 본요리보다 더 많잖아, 완전 주객전도네.",
  "The side dishes are more than the main dish, it's complete host-guest reversed.",
  "There are more side dishes than main course. That's backwards.",
  "four-char", "base", "dialogue", "주객전도 'host and guest swap places' = the secondary overtakes the main thing")
I("작년에 꼴찌였던 팀이 올해는 괄목상대할 만큼 성장했다.",
  "The team that was last place last year has grown this year enough to rub eyes and look at each other.",
  "The team that came last a year ago has improved dramatically this season.",
  "four-char", "past", "news", "괄목상대 'rub one's eyes and look again' = remarkable improvement")
I("대표팀은 파죽지세로 결승까지 올라갔다.",
  "The national team went up to the final with bamboo-splitting force.",
  "The national team steamrolled its way to the final.",
  "four-char", "past", "news", "파죽지세 'the force of splitting bamboo' = unstoppable momentum")
I("0대 3에서 기사회생해서 역전승했다니까!",
  "From 0 to 3 it died and came back to life and won a come-from-behind victory!",
  "They were down 3-0 and came back to win, I'm telling you!",
  "four-char", "past", "web", "기사회생 'rise from near death' = a dramatic comeback")
I("필요할 땐 실컷 부려 먹고 이제 와서 내보내다니, 토사구팽이네요.",
  "They worked me to the bone when needed and now send me out, it's rabbit-dies-dog-boiled.",
  "They used me when they needed me and now they're getting rid of me. Typical.",
  "four-char", "split", "dialogue", "토사구팽 'when the hare is caught, the hound is cooked' = discarded once no longer useful")
I("실력 있는 사람은 낭중지추라고, 언젠가는 눈에 띄게 돼 있어.",
  "A person with skill is an awl in a pocket, someday it's bound to catch the eye.",
  "Real talent always shows sooner or later.",
  "four-char", "split", "dialogue", "낭중지추 'an awl in a bag' = talent cannot stay hidden")
I("간다고 한 지 한 시간이 넘었는데 아직 함흥차사야.",
  "It's been over an hour since he said he'd go, but he is still the Hamheung envoy.",
  "He said he was on his way over an hour ago and there's still no sign of him.",
  "four-char", "base", "web", "함흥차사 'an envoy sent to Hamheung' = someone who never comes back or replies")
I("지진 직후 시내는 아비규환 그 자체였다.",
  "Right after the earthquake, downtown was Avici-screaming itself.",
  "Right after the earthquake, the city centre was utter pandemonium.",
  "four-char", "past", "news", "아비규환 'screams of the Avici hell' = pandemonium")
I("작은 실수를 침소봉대해서 기사를 쓰면 안 되죠.",
  "You shouldn't write articles by making a needle into a stick from a small mistake.",
  "You shouldn't blow a small mistake out of all proportion in an article.",
  "four-char", "negated", "dialogue", "침소봉대 'turn a needle into a club' = exaggerate")
I("남이 하면 불륜이고 내가 하면 로맨스라니, 전형적인 내로남불이지.",
  "If others do it it's adultery and if I do it it's romance, typical me-romance-others-affair.",
  "One rule for me and another for everyone else. Classic double standard.",
  "four-char", "adnominal", "web", "내로남불 'me: romance, others: affair' = double standards (2010s coinage)")
# --- proverbs, shortened or split
I("팀장이 다섯 명이니까 사공이 많아서 배가 산으로 가는 거야.",
  "Because there are five team leaders, there are many boatmen and the boat goes to the mountain.",
  "With five team leaders, it's a case of too many cooks.",
  "proverb", "split", "dialogue", "사공이 많으면 배가 산으로 간다 'too many boatmen take the boat up a mountain'")
I("개구리 올챙이 적 생각 못 한다더니, 지도 신입 때 실수 많이 했으면서.",
  "They say the frog can't think of its tadpole days, even though he made many mistakes when he was a newbie.",
  "He's forgotten where he came from. He made plenty of mistakes as a rookie himself.",
  "proverb", "split", "web", "개구리 올챙이 적 생각 못 한다 'the frog forgets it was a tadpole'")
I("그 가격에 그 품질이면 싼 게 비지떡이지 뭐.",
  "With that quality at that price, the cheap thing is a bean-curd-dregs cake, what.",
  "At that price, what did you expect? You get what you pay for.",
  "proverb", "split", "dialogue", "싼 게 비지떡 'the cheap one is a tofu-dregs cake' = you get what you pay for")
I("필요할 땐 꼭 없더라. 개똥도 약에 쓰려면 없다더니.",
  "It's surely not there when needed. They say even dog poop is not there when you try to use it for medicine.",
  "It's never there when you need it. Isn't that always the way.",
  "proverb", "split", "web", "개똥도 약에 쓰려면 없다 'even dog dung is gone when you need it for medicine'")
I("연락 준다더니 꿩 구워 먹은 소식이네.",
  "He said he'd contact me but it's the news of having grilled and eaten a pheasant.",
  "He said he'd get in touch, but I haven't heard a peep.",
  "proverb", "split", "dialogue", "꿩 구워 먹은 소식 'news of a roasted pheasant' = no news at all")
I("핑계 없는 무덤 없다더니 지각할 때마다 이유도 다양하다.",
  "They say there is no grave without an excuse, and every time he is late the reasons are also various.",
  "Everyone's got an excuse, they say, and he has a new one every time he's late.",
  "proverb", "negated", "textbook", "핑계 없는 무덤 없다 'no grave without an excuse'")
I("골대 맞고 들어간 거야. 소 뒷걸음치다 쥐 잡은 거지.",
  "It hit the post and went in. The cow stepped backward and caught a mouse.",
  "It went in off the post. Pure fluke.",
  "proverb", "past", "dialogue", "소 뒷걸음치다 쥐 잡기 'an ox backing up catches a rat' = a lucky fluke")
I("그렇게 싸우더니 비 온 뒤에 땅 굳는다고 더 친해졌네.",
  "After fighting like that, as the ground hardens after rain, they became closer.",
  "After that big fight they're closer than ever. Funny how that works.",
  "proverb", "split", "dialogue", "비 온 뒤에 땅이 굳어진다 'the ground firms up after rain' = conflict strengthens a bond")
I("대충 훑어본 거라 수박 겉 핥기 수준이야.",
  "Since I just skimmed it, it's the level of licking the outside of a watermelon.",
  "I only skimmed it, so I've barely scratched the surface.",
  "proverb", "nominalised", "web", "수박 겉 핥기 'licking the watermelon rind' = superficial treatment")
I("떡 본 김에 제사 지낸다고, 서울 간 김에 건강검진까지 받았다.",
  "As they say hold the ancestral rite since you saw the rice cake, since I went to Seoul I even got a health check-up.",
  "Since I was in Seoul anyway, I took the chance to get a health check-up too.",
  "proverb", "past", "textbook", "떡 본 김에 제사 지낸다 'seeing rice cake, hold the memorial rite' = make the most of an opportunity")
I("걔가 어디가 좋냐고? 제 눈에 안경이지 뭐.",
  "What's good about him? It's glasses for one's own eyes, what.",
  "What does she see in him? Beauty is in the eye of the beholder, I guess.",
  "proverb", "base", "web", "제 눈에 안경 'glasses for one's own eyes' = a matter of personal taste")
I("번갯불에 콩 구워 먹듯 법안을 하루 만에 통과시켰다.",
  "They passed the bill in one day like roasting beans on a lightning flash.",
  "The bill was rushed through in a single day.",
  "proverb", "causative", "news", "번갯불에 콩 구워 먹다 'roast beans on lightning' = do something with undue haste")
I("우리 할머니는 낫 놓고 기역 자도 모르셨지만 장사 계산은 누구보다 빠르셨다.",
  "Our grandma didn't know the letter giyeok even with a sickle put down, but she calculated business faster than anyone.",
  "My grandmother couldn't read a word, but she could work out a sale faster than anyone.",
  "proverb", "honorific", "textbook", "낫 놓고 기역 자도 모른다 'not know the letter ㄱ with a sickle before you' = be illiterate")
I("이사 끝나니까 인테리어 하자가 나오고, 산 넘어 산이다.",
  "When the move finished the interior defect came out, it's mountain over mountain.",
  "The move's done and now the renovation's got problems. It's one thing after another.",
  "proverb", "base", "web", "산 넘어 산 'mountain beyond mountain' = one difficulty after another")
I("두 팀은 서로 소 닭 보듯 한다.",
  "The two teams look at each other like a cow looks at a chicken.",
  "The two teams couldn't care less about each other.",
  "proverb", "base", "textbook", "소 닭 보듯 'as a cow looks at a hen' = with total indifference")
I("우리 애는 모르는 게 약이라고, 점수를 아직 안 알려 줬어.",
  "Our kid, as not knowing is medicine, I haven't told the score yet.",
  "I haven't told my kid the score yet. What he doesn't know won't hurt him.",
  "proverb", "negated", "dialogue", "모르는 게 약 'not knowing is medicine' = ignorance is bliss")
I("그렇게 혼내 놓고 용돈을 주시다니 병 주고 약 주시네.",
  "After scolding so much, you give pocket money, you give illness and give medicine.",
  "First you tell me off and then you give me pocket money? Talk about mixed messages.",
  "proverb", "honorific", "dialogue", "병 주고 약 준다 'give the illness, then the cure'")
# --- figurative and mimetic verbs
I("보고서 때문에 부장님한테 엄청 깨졌어.",
  "Because of the report, I got broken a lot by the department head.",
  "I got a real dressing-down from my boss over the report.",
  "figurative-verb", "passive", "web", "깨지다 'be broken' = get a scolding")
I("고백했다가 까였어. 친구로만 지내재.",
  "I confessed and got peeled. She says to stay only as friends.",
  "I asked her out and got turned down. She wants to just be friends.",
  "figurative-verb", "passive", "dialogue", "까이다 'be peeled' = be rejected")
I("어제 랭크 게임에서 상대 팀한테 완전 털렸어.",
  "In the ranked game yesterday I was completely shaken out by the opposing team.",
  "We got totally destroyed by the other team in ranked yesterday.",
  "figurative-verb", "passive", "web", "털리다 'be shaken out/dusted' = be crushed, be robbed")
I("괜히 옆 사람 싸움에 말려서 경찰서까지 갔다.",
  "I was rolled for nothing in the fight of the person next to me and went even to the police station.",
  "I got dragged into somebody else's fight and ended up at the police station.",
  "figurative-verb", "passive", "dialogue", "말리다 'be rolled up' = get drawn into")
I("괜히 긁지 마. 나 오늘 예민하니까.",
  "Don't scratch me for nothing. Because I'm sensitive today.",
  "Don't push my buttons. I'm on edge today.",
  "figurative-verb", "negated", "web", "긁다 'scratch' = provoke, needle someone")
I("논점 흐리려고 물타기 하지 마세요.",
  "Don't do water-adding to blur the point.",
  "Don't try to muddy the waters to dodge the issue.",
  "figurative-verb", "honorific", "web", "물타기 'adding water' = diluting criticism, muddying the issue")
I("그 개그가 외국 관객한테도 먹히더라.",
  "That gag got eaten by foreign audiences too.",
  "The joke landed with foreign audiences too.",
  "figurative-verb", "passive", "dialogue", "먹히다 'be eaten' = go down well, work")
I("비트코인 사서 월급 석 달 치를 날렸어.",
  "I bought Bitcoin and flew away three months' worth of salary.",
  "I bought Bitcoin and lost three months' pay.",
  "figurative-verb", "past", "web", "날리다 'make fly away' = lose money")
I("남이 다 만들어 놓은 걸 날로 먹으려고 하네.",
  "He tries to eat raw what someone else made all.",
  "He wants to take the credit for what everyone else did.",
  "figurative-verb", "base", "dialogue", "날로 먹다 'eat raw' = get something for nothing")
I("학교 다닐 때 수학 시간마다 땡땡이쳤어요.",
  "When I went to school I hit ding-ding every math time.",
  "When I was at school I skipped every maths class.",
  "figurative-verb", "honorific", "dialogue", "땡땡이치다 'strike the bell' = play truant")
I("연락하면 답은 하는데 만나자고 하면 튕겨.",
  "When I contact her she answers, but if I say let's meet she bounces.",
  "She'll answer my messages, but whenever I ask to meet up, she plays hard to get.",
  "figurative-verb", "base", "dialogue", "튕기다 'bounce off' = play hard to get")
I("신입이 회의 중에 부장한테 들이받았대.",
  "They say the new hire rammed into the department head during a meeting.",
  "Apparently the new guy stood up to the department head in the middle of a meeting.",
  "figurative-verb", "past", "web", "들이받다 'ram' = openly defy a superior")
I("회식 2차에서 소주 세 병 마시고 그대로 뻗었어.",
  "At the second round of company dinner I drank three bottles of soju and stretched out just like that.",
  "I had three bottles of soju at the after-party and passed out cold.",
  "figurative-verb", "past", "dialogue", "뻗다 'stretch out' = pass out")
I("그 가게가 방송 한 번 타더니 사람들이 엄청 몰렸다.",
  "After that store rode a broadcast once, people gathered a lot.",
  "After the shop appeared on TV once, it was mobbed.",
  "figurative-verb", "past", "textbook", "방송을 타다 'ride the broadcast' = be on TV")
I("이번 시험 망치면 나 진짜 골로 간다.",
  "If I ruin this exam, I really go to the valley.",
  "If I blow this exam, I'm dead meat.",
  "figurative-verb", "base", "dialogue", "골로 가다 'go to the valley' = be done for, die")
I("회장님 한마디에 회의 분위기가 싸해졌다.",
  "With one word from the chairman, the meeting mood became ssa.",
  "One remark from the chairman and the room went cold.",
  "figurative-verb", "honorific", "web", "싸하다 (mimetic, 'chilly tingle') = turn awkwardly cold")
I("그 일 때문에 며칠째 마음이 싱숭생숭해.",
  "Because of that work my heart is singsung-saengsung for several days.",
  "That whole thing has left me unsettled for days.",
  "figurative-verb", "base", "dialogue", "싱숭생숭 (mimetic) = restless, unsettled")
I("처음엔 다들 열심히 하더니 흐지부지 끝났다.",
  "At first everyone worked hard but it ended heuji-buji.",
  "Everyone was keen at first, but it just petered out.",
  "figurative-verb", "past", "textbook", "흐지부지 (mimetic) = fizzle out")
I("공금을 꿀꺽한 직원이 결국 해고됐다.",
  "The employee who gulped public money was eventually fired.",
  "The employee who pocketed company funds was eventually fired.",
  "figurative-verb", "adnominal", "news", "꿀꺽하다 'gulp' = embezzle")
I("선생님이 숙제 안 해 온 사람 찾으실 때 뜨끔했어.",
  "When the teacher looked for people who didn't bring homework, I stung.",
  "When the teacher asked who hadn't done their homework, I felt a pang of guilt.",
  "figurative-verb", "past", "dialogue", "뜨끔하다 'feel a sting' = feel a guilty pang")
