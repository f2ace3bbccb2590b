# four-character idioms (사자성어) and shortened proverbs (hand-written, helper lit11, 2026-12-07)
I("화재 경보가 울리자 사람들이 우왕좌왕했다.",
  "When the fire alarm rang, people went right and went left.",
  "When the fire alarm went off, people ran around in confusion.",
  "four-char", "past", "news", "우왕좌왕 = mill about in confusion")
I("면접에서 긴장해서 동문서답만 했어.",
  "I was nervous at the interview and only did east-question-west-answer.",
  "I was so nervous in the interview that my answers had nothing to do with the questions.",
  "four-char", "past", "dialogue", "동문서답 = irrelevant answer")
I("새해 다이어트 결심이 또 작심삼일로 끝났다.",
  "My new year diet resolution again ended as a three-day made-up mind.",
  "My New Year's diet fizzled out after a few days, as usual.",
  "four-char", "past", "web", "작심삼일 = short-lived resolution")
I("밤새 게임하다 시험 망친 건 자업자득이지.",
  "Failing the exam after gaming all night is self-work self-gain.",
  "Gaming all night and then flunking the exam: you brought that on yourself.",
  "four-char", "base", "dialogue", "자업자득 = reap what you sow")
I("자기가 잘못해 놓고 오히려 화를 내다니 적반하장도 유분수지.",
  "He did wrong and then gets angry instead; even a thief holding the stick backwards has limits.",
  "He's the one in the wrong and he gets angry at me? What a nerve.",
  "four-char", "split", "dialogue", "적반하장 = blaming the victim")
I("운동도 과유불급이라 너무 무리하면 오히려 해롭다.",
  "Exercise is also too-much-is-as-not-reaching, so overdoing it is harmful.",
  "You can overdo exercise too: push too hard and it does more harm than good.",
  "four-char", "base", "textbook", "과유불급 = too much is as bad as too little")
I("그때 도와주신 은혜는 각골난망입니다.",
  "The grace you helped me with then is carved into bone and hard to forget.",
  "I will never forget how you helped me back then.",
  "four-char", "honorific", "textbook", "각골난망 = eternally grateful")
I("남이 하면 불륜이고 내가 하면 로맨스라는 내로남불 정치에 국민은 지쳤다.",
  "The people are tired of naeronambul politics where if others do it it's an affair and if I do it it's romance.",
  "Voters are sick of politicians' double standards.",
  "four-char", "adnominal", "news", "내로남불 = double standard (modern coinage)")
I("야당은 사면초가에 빠진 여당을 압박했다.",
  "The opposition pressed the ruling party, which had fallen into songs of Chu on four sides.",
  "The opposition piled pressure on the beleaguered ruling party.",
  "four-char", "adnominal", "news", "사면초가 = besieged on all sides")
I("오매불망 기다리던 신작이 드디어 나왔어요!",
  "The new release I waited for awake-asleep-not-forgetting finally came out!",
  "The new release I've been dying for is finally out!",
  "four-char", "honorific", "web", "오매불망 = yearn constantly")
I("화려하게 시작했지만 결말은 용두사미였다.",
  "It started splendidly, but the ending was a dragon head and snake tail.",
  "It started brilliantly but the ending was a damp squib.",
  "four-char", "past", "web", "용두사미 = strong start, weak finish")
I("요금 체계만 바꾼 이번 개편은 조삼모사에 불과하다.",
  "This reform which only changed the fee system is nothing but three in the morning and four in the evening.",
  "This overhaul only reshuffles the fees; it's a sleight of hand.",
  "four-char", "negated", "news", "조삼모사 = a superficial trick")
I("지난 대회 패배 이후 선수들은 와신상담하며 훈련에 매달렸다.",
  "After losing the last tournament, the players slept on firewood and tasted gall and clung to training.",
  "After losing the last tournament, the players trained relentlessly, determined to get their revenge.",
  "four-char", "past", "news", "와신상담 = endure hardship to avenge")
I("인생은 새옹지마라더니 그때 떨어진 게 오히려 잘된 일이었어.",
  "They say life is the old frontier man's horse; failing back then actually turned out well.",
  "Life's funny that way: getting rejected back then was actually a blessing in disguise.",
  "four-char", "split", "dialogue", "새옹지마 = fortune is unpredictable")
I("두 후보가 싸우는 사이 제3 후보가 어부지리로 당선됐다.",
  "While the two candidates fought, the third candidate was elected with the fisherman's gain.",
  "While the two front-runners fought each other, a third candidate slipped through and won.",
  "four-char", "passive", "news", "어부지리 = a third party profits from a quarrel")
I("같은 팀인데 둘은 완전히 동상이몽이더라.",
  "They're on the same team, but the two were completely same bed different dreams.",
  "They're on the same team, but they have completely different agendas.",
  "four-char", "past", "web", "동상이몽 = different goals despite appearances")
I("오래된 친구라 이심전심으로 통했다.",
  "Being old friends, we communicated by mind-to-mind transmission.",
  "We're old friends, so we understood each other without a word.",
  "four-char", "past", "textbook", "이심전심 = tacit understanding")
I("회사가 이사 간다고요? 금시초문인데요.",
  "The company is moving? That's now-first-hearing.",
  "The company's moving? That's the first I've heard of it.",
  "four-char", "honorific", "dialogue", "금시초문 = news to me")
I("두 팀은 막상막하의 경기를 펼쳤다.",
  "The two teams played a game of neither above nor below.",
  "The two teams played a neck-and-neck game.",
  "four-char", "adnominal", "news", "막상막하 = evenly matched")
I("역지사지로 생각해 보면 그 사람도 힘들었을 거야.",
  "If you think by changing places and thinking, that person must have had a hard time too.",
  "If you put yourself in his shoes, it must have been hard for him too.",
  "four-char", "split", "dialogue", "역지사지 = see from another's point of view")
I("지갑을 잃어버렸는데 설상가상으로 비까지 왔다.",
  "I lost my wallet, and as frost on top of snow it even rained.",
  "I lost my wallet, and to make matters worse it started to rain.",
  "four-char", "past", "textbook", "설상가상 = to make matters worse")
I("그때 해고된 게 전화위복이 돼서 창업을 하게 됐지.",
  "Being fired then became turning misfortune into fortune, and I came to start a business.",
  "Getting fired turned out to be a blessing in disguise, because it made me start my own company.",
  "four-char", "causative", "dialogue", "전화위복 = blessing in disguise")
I("일부 언론이 작은 실수를 침소봉대해 보도했다.",
  "Some media reported a small mistake by making a needle into a stick.",
  "Some outlets blew a minor mistake out of all proportion.",
  "four-char", "past", "news", "침소봉대 = exaggerate")
I("우유부단한 성격 때문에 메뉴 하나 고르는 데도 한참 걸려.",
  "Because of my gentle-soft-not-cutting personality, even picking one menu takes a long time.",
  "I'm so indecisive that even choosing what to eat takes forever.",
  "four-char", "adnominal", "web", "우유부단 = indecisive")
I("노인들을 감언이설로 속여 건강식품을 판 일당이 검거됐다.",
  "A gang that deceived the elderly with sweet words and profitable talk and sold health food was arrested.",
  "A gang that sweet-talked elderly people into buying health supplements has been arrested.",
  "four-char", "passive", "news", "감언이설 = honeyed words")
I("학교 현장에서 이런 일은 비일비재하다.",
  "In schools, this kind of thing is not one, not two.",
  "This kind of thing happens all the time in schools.",
  "four-char", "base", "news", "비일비재 = commonplace")
I("유비무환이라고, 우산 하나 챙겨 가.",
  "It's called prepared-no-worries, so take an umbrella.",
  "Better safe than sorry: take an umbrella.",
  "four-char", "split", "dialogue", "유비무환 = be prepared")
I("정부는 규제 완화는 아직 시기상조라는 입장이다.",
  "The government's position is that deregulation is still time-still-early.",
  "The government's position is that it is still too soon to ease regulations.",
  "four-char", "adnominal", "news", "시기상조 = premature")
I("산불이 강풍을 타고 번지자 소방 당국도 속수무책이었다.",
  "When the wildfire spread riding the strong wind, even the fire authorities were tied hands no plan.",
  "As the wildfire spread on strong winds, firefighters were powerless to stop it.",
  "four-char", "past", "news", "속수무책 = helpless")
I("정년 연장을 두고 갑론을박이 이어지고 있다.",
  "Over extending the retirement age, A-argues-B-refutes continues.",
  "The debate over raising the retirement age rages on.",
  "four-char", "base", "news", "갑론을박 = heated back-and-forth")
I("마흔에 데뷔한 그 배우는 대기만성형이다.",
  "The actor who debuted at forty is the big-vessel-late-completion type.",
  "That actor, who debuted at forty, is a late bloomer.",
  "four-char", "base", "web", "대기만성 = late bloomer")
I("돈 좀 벌었다고 안하무인으로 행동하면 안 돼.",
  "You mustn't act no-people-under-eyes just because you earned some money.",
  "Making a bit of money doesn't give you the right to treat everyone like dirt.",
  "four-char", "negated", "dialogue", "안하무인 = arrogant, disrespectful")
I("여야는 같은 통계를 두고 아전인수식 해석을 내놓았다.",
  "The ruling and opposition parties put out draw-water-to-my-paddy interpretations of the same statistics.",
  "Both parties put their own self-serving spin on the same figures.",
  "four-char", "adnominal", "news", "아전인수 = self-serving interpretation")
I("서류만 준비되면 나머지는 일사천리로 진행될 겁니다.",
  "Once the documents are ready, the rest will proceed at one flow a thousand li.",
  "Once the paperwork is ready, everything else will go through quickly.",
  "four-char", "passive", "news", "일사천리 = swiftly, without a hitch")
I("자기 팀 실적을 두고 자화자찬만 늘어놓더라.",
  "He only laid out self-painting self-praise about his team's results.",
  "He just kept blowing his own trumpet about his team's results.",
  "four-char", "past", "web", "자화자찬 = self-praise")
I("천고마비의 계절이라 그런지 자꾸 배가 고프네.",
  "Maybe because it's the season of high sky and fat horses, I keep getting hungry.",
  "Maybe it's the crisp autumn weather, but I'm always hungry.",
  "four-char", "adnominal", "dialogue", "천고마비 = glorious autumn")
I("경쟁사들이 시장 진출 기회를 호시탐탐 노리고 있다.",
  "Competitors are eyeing the chance to enter the market like a tiger looking greedily.",
  "Rivals are waiting for any opening to break into the market.",
  "four-char", "base", "news", "호시탐탐 = watch for a chance")
I("다다익선이라고, 일손은 많을수록 좋지.",
  "It's called many-many-more-good, so the more hands the better.",
  "When it comes to helpers, the more the merrier.",
  "four-char", "split", "dialogue", "다다익선 = the more the better")
I("어머니는 군대 간 아들 걱정에 노심초사하셨다.",
  "Mother worked her mind and burnt her thoughts with worry for her son in the army.",
  "Mother was worried sick about her son doing his military service.",
  "four-char", "honorific", "textbook", "노심초사 = be consumed with worry")
I("해명을 할수록 논란은 점입가경이다.",
  "The more he explains, the more the controversy enters ever better scenery.",
  "The more he tries to explain, the more absurd the controversy gets.",
  "four-char", "base", "news", "점입가경 = get ever more absurd (ironic)")
I("그는 교통사고에서 구사일생으로 살아남았다.",
  "He survived the car accident with nine deaths and one life.",
  "He had a narrow escape in the car accident.",
  "four-char", "past", "news", "구사일생 = narrow escape")
I("역시 등잔 밑이 어둡다니까. 안경이 머리 위에 있었네.",
  "As they say, under the lamp is dark. My glasses were on my head.",
  "It's always right under your nose: my glasses were on top of my head.",
  "proverb", "past", "dialogue", "등잔 밑이 어둡다")
I("발 없는 말이 천 리 간다고, 벌써 온 동네가 다 알더라.",
  "A horse without feet goes a thousand li; the whole neighbourhood already knew.",
  "Word gets around fast: the whole neighbourhood already knew.",
  "proverb", "split", "web", "발 없는 말이 천 리 간다 (말 = word/horse pun)")
I("원숭이도 나무에서 떨어질 때가 있으니 너무 자책하지 마.",
  "Even monkeys have times they fall from trees, so don't blame yourself too much.",
  "Even the best make mistakes, so don't be too hard on yourself.",
  "proverb", "negated", "dialogue", "원숭이도 나무에서 떨어진다")
I("팀원 욕하는 건 결국 누워서 침 뱉기야.",
  "Badmouthing your team members is ultimately spitting while lying down.",
  "Badmouthing your own team only makes you look bad.",
  "proverb", "nominalised", "dialogue", "누워서 침 뱉기 = harm oneself")
I("하늘이 무너져도 솟아날 구멍은 있다니까 힘내.",
  "Even if the sky falls there's a hole to rise out of, so cheer up.",
  "There's always a way out, so hang in there.",
  "proverb", "split", "dialogue", "하늘이 무너져도 솟아날 구멍이 있다")
I("공든 탑이 무너지랴, 열심히 했으니 좋은 결과 있을 거야.",
  "Would a tower built with effort collapse? You worked hard, so there'll be a good result.",
  "Hard work never goes to waste; you'll get a good result.",
  "proverb", "question", "dialogue", "공든 탑이 무너지랴")
I("서당 개 삼 년이면 풍월을 읊는다더니 옆에서 듣기만 했는데 나도 코딩을 하게 됐네.",
  "They say the village-school dog recites poetry after three years; just listening beside you, I came to code too.",
  "Pick it up by osmosis, I guess: just from listening to you, I can code a bit now.",
  "proverb", "causative", "web", "서당 개 삼 년이면 풍월을 읊는다")
I("바늘 도둑이 소 도둑 된다, 작은 거짓말부터 고쳐야 해.",
  "A needle thief becomes a cow thief; you must fix small lies first.",
  "Little lies lead to big ones, so nip it in the bud.",
  "proverb", "split", "textbook", "바늘 도둑이 소 도둑 된다")
I("낮말은 새가 듣고 밤말은 쥐가 듣는다니까 여기서 그 얘기 하지 마.",
  "Daytime words are heard by birds and night words by mice, so don't talk about that here.",
  "Walls have ears, so don't talk about that here.",
  "proverb", "negated", "dialogue", "낮말은 새가 듣고 밤말은 쥐가 듣는다")
I("윗물이 맑아야 아랫물이 맑은 법인데 사장부터 저러니.",
  "The upper water must be clear for the lower water to be clear, and the boss himself is like that.",
  "The tone is set at the top, and look at how the boss behaves.",
  "proverb", "split", "web", "윗물이 맑아야 아랫물이 맑다")
I("가는 날이 장날이라고 맛집에 갔더니 휴무더라.",
  "The day I go is market day; I went to the famous restaurant and it was closed.",
  "Just my luck: I went to that popular restaurant and it was closed.",
  "proverb", "past", "web", "가는 날이 장날 = bad timing")
I("티끌 모아 태산이라고 매일 천 원씩 저금했어.",
  "Gathering dust makes a great mountain, so I saved a thousand won every day.",
  "Every little bit adds up, so I saved a thousand won a day.",
  "proverb", "past", "textbook", "티끌 모아 태산")
I("열 길 물속은 알아도 한 길 사람 속은 모른다더니 그 사람이 그럴 줄이야.",
  "You can know ten fathoms of water but not one fathom of a person; who knew he'd do that.",
  "You never really know what's in someone's heart; I'd never have thought he'd do that.",
  "proverb", "negated", "dialogue", "열 길 물속은 알아도 한 길 사람 속은 모른다")
I("남의 잔치에 감 놔라 배 놔라 하지 말고 네 일이나 해.",
  "Don't say put the persimmon here, put the pear there at someone else's feast, do your own work.",
  "Stop sticking your nose into other people's business and mind your own.",
  "proverb", "negated", "dialogue", "남의 잔치에 감 놔라 배 놔라 한다")
I("세 살 버릇 여든까지 간다고 어릴 때 습관이 중요하다.",
  "The habit of three years old goes until eighty, so childhood habits are important.",
  "Old habits die hard, so good habits in childhood matter.",
  "proverb", "split", "textbook", "세 살 버릇 여든까지 간다")
I("고생 끝에 낙이 온다더니 드디어 내 집이 생겼어요.",
  "They say at the end of hardship comes pleasure; I finally got my own house.",
  "All the hard work has paid off: I've finally got a place of my own.",
  "proverb", "honorific", "web", "고생 끝에 낙이 온다")
I("돌다리도 두들겨 보고 건너라는 말처럼 계약서는 꼼꼼히 읽어 보세요.",
  "As they say tap even a stone bridge before crossing, read the contract carefully.",
  "Look before you leap: read the contract carefully.",
  "proverb", "honorific", "news", "돌다리도 두들겨 보고 건너라")
I("말 한마디로 천 냥 빚을 갚는다고 사과 한마디면 풀릴 거야.",
  "With one word you repay a thousand nyang of debt; one word of apology will untie it.",
  "A kind word goes a long way; a simple apology will sort it out.",
  "proverb", "passive", "dialogue", "말 한마디로 천 냥 빚을 갚는다")
I("원하던 콘서트는 매진이라 꿩 대신 닭으로 팬미팅에 갔다.",
  "The concert I wanted was sold out, so chicken instead of pheasant, I went to the fan meeting.",
  "The concert was sold out, so I settled for the fan meeting instead.",
  "proverb", "past", "web", "꿩 대신 닭 = make do with second best")
I("될성부른 나무는 떡잎부터 알아본다더니 어릴 때부터 남달랐대.",
  "They say a tree that will do well is recognised from its seed leaves; he was different from childhood.",
  "You could tell early on: he was exceptional even as a child.",
  "proverb", "passive", "news", "될성부른 나무는 떡잎부터 알아본다")
I("작은 고추가 더 맵다고 체구는 작아도 힘은 장사야.",
  "Small peppers are spicier; though small in build, he's strong as a champion.",
  "Good things come in small packages: he's small but incredibly strong.",
  "proverb", "split", "dialogue", "작은 고추가 더 맵다")
I("인테리어만 화려하지 음식은 빛 좋은 개살구더라.",
  "Only the interior is fancy; the food was a wild apricot with good colour.",
  "The decor is fancy, but the food doesn't live up to the looks.",
  "proverb", "past", "web", "빛 좋은 개살구 = all show")
I("옷이 날개라더니 정장 입으니까 딴사람 같네.",
  "They say clothes are wings; in a suit you look like a different person.",
  "Clothes make the man: you look like a different person in a suit.",
  "proverb", "split", "dialogue", "옷이 날개")
I("믿었던 후배가 그렇게 나오다니 도둑이 제 발 저린 거지.",
  "For the junior I trusted to act like that, it's the thief's own feet going numb.",
  "The way my junior reacted, it's clear he had a guilty conscience.",
  "proverb", "past", "dialogue", "도둑이 제 발 저리다")
I("달면 삼키고 쓰면 뱉는 사람하고는 일 못 해.",
  "I can't work with a person who swallows when sweet and spits out when bitter.",
  "I can't work with fair-weather people who only stick around when it suits them.",
  "proverb", "adnominal", "dialogue", "달면 삼키고 쓰면 뱉는다")
