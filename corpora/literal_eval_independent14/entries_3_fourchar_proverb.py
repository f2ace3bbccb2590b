# four-character idioms and proverbs (hand-written, helper lit14, 2026-12-07)
I("기자가 물었는데 장관은 동문서답만 했다.",
  "The reporter asked, but the minister only gave east-question-west-answers.",
  "Reporters asked questions, but the minister kept dodging them.",
  "four-char", "past", "news", "everyday; news; 동문서답 = irrelevant answer")
I("지진이 나자 사람들이 우왕좌왕했다.",
  "When the earthquake happened, people went right-king-left-king.",
  "When the earthquake struck, people ran around in confusion.",
  "four-char", "past", "news", "everyday; news; 우왕좌왕 = run about in confusion")
I("시험 전날 밤새 게임하더니 자업자득이지.",
  "He played games all night before the exam, self-work self-gain.",
  "He played games all night before the exam; he's only got himself to blame.",
  "four-char", "base", "dialogue", "everyday; chat; 자업자득 = reap what one sows")
I("화려하게 시작한 개혁은 결국 용두사미가 되었다.",
  "The reform that started brilliantly eventually became a dragon head and snake tail.",
  "The reform that began with such fanfare eventually fizzled out.",
  "four-char", "past", "news", "everyday; editorial; 용두사미 = start strong, end weakly")
I("두 후보의 공약은 오십보백보다.",
  "The two candidates' pledges are fifty steps and a hundred steps.",
  "There's little to choose between the two candidates' pledges.",
  "four-char", "base", "news", "everyday; news; 오십보백보 = not much different")
I("잘못한 사람이 오히려 화를 내다니, 적반하장도 유분수지.",
  "The person who did wrong gets angry instead; thief-turns-on-host also has a limit.",
  "He's the one in the wrong and he's angry at me? Talk about nerve.",
  "four-char", "split", "dialogue", "everyday; subtitles; 적반하장 = the guilty party turning on the innocent")
I("고진감래라고, 힘든 시간을 견디니 좋은 날이 왔습니다.",
  "As they say bitter-ends-sweet-comes, enduring the hard time, a good day came.",
  "All that hard work paid off in the end; the good times came.",
  "four-char", "honorific", "textbook", "everyday; speech; 고진감래 = hardship is followed by happiness")
I("맛도 좋은데 가격까지 착하니 금상첨화네요.",
  "The taste is good and even the price is kind, so it is flowers added on silk.",
  "The food is great and the prices are reasonable too; what more could you want?",
  "four-char", "honorific", "web", "everyday; review; 금상첨화 = the icing on the cake")
I("오래 일한 사이라 이심전심으로 통했다.",
  "Because we worked long together we communicated by heart-to-heart transmission.",
  "We've worked together so long that we understand each other without words.",
  "four-char", "past", "textbook", "everyday; textbook; 이심전심 = tacit understanding")
I("투자 권유 전화의 감언이설에 넘어가지 마세요.",
  "Don't fall over for the sweet words and profitable talks of investment solicitation calls.",
  "Don't be taken in by the smooth talk of investment cold-callers.",
  "four-char", "negated", "news", "everyday; public notice; 감언이설 = honeyed words")
I("운동도 과유불급이니 무리하지 마세요.",
  "Exercise is also excess-as-lacking, so don't overdo.",
  "You can have too much of a good thing, even exercise, so don't push yourself.",
  "four-char", "negated", "textbook", "everyday; health column; 과유불급 = too much is as bad as too little")
I("그는 마흔이 넘어 데뷔한 대기만성형 배우다.",
  "He is a big-vessel-late-made type actor who debuted after forty.",
  "He's a late bloomer who made his debut after forty.",
  "four-char", "adnominal", "news", "less common; entertainment news; 대기만성 = late bloomer")
I("다른 나라의 실패 사례를 타산지석으로 삼아야 한다.",
  "We must take other countries' failure cases as stones from another mountain.",
  "We should learn from other countries' failures.",
  "four-char", "base", "news", "less common; editorial; 타산지석 = learn from others' mistakes")
I("두 팀은 막상막하의 경기를 펼쳤다.",
  "The two teams unfolded a match of neither-above-nor-below.",
  "The two sides were neck and neck throughout.",
  "four-char", "adnominal", "news", "everyday; sports news; 막상막하 = evenly matched")
I("경쟁사가 우리 시장을 호시탐탐 노리고 있습니다.",
  "The competitor is aiming at our market with tiger-watching-greedily.",
  "Our competitors are eyeing our market and waiting for their chance.",
  "four-char", "honorific", "textbook", "less common; business email; 호시탐탐 = watch for an opportunity")
I("서류를 보낸 지 한 달인데 아직 함흥차사예요.",
  "It has been a month since I sent the documents but it is still the Hamhung envoy.",
  "I sent the papers a month ago and still haven't heard a thing.",
  "four-char", "honorific", "web", "less common; forum post; 함흥차사 = no news, never returned")
I("실력 있는 사람은 낭중지추라서 어디서든 눈에 띈다.",
  "A skilled person is an awl in a bag, so stands out anywhere.",
  "Real talent always shows, wherever you put it.",
  "four-char", "base", "textbook", "less common; textbook; 낭중지추 = talent cannot stay hidden")
I("선거가 끝나자 캠프 사람들은 토사구팽을 당했다.",
  "When the election ended, the camp people suffered rabbit-dies-dog-boiled.",
  "Once the election was over, the campaign staff were cast aside.",
  "four-char", "passive", "news", "less common; news; 토사구팽 = discarded once no longer useful")
I("이 사업부는 팔기도 아깝고 두기도 부담스러운 계륵이다.",
  "This division is chicken ribs, wasteful to sell and burdensome to keep.",
  "This division is more trouble than it's worth, but it seems a shame to sell it.",
  "four-char", "base", "news", "less common; business news; 계륵 = of little use but hard to discard")
I("견물생심이라고, 지갑이 떨어져 있으면 누구나 흔들리지.",
  "As see-thing-birth-heart, if a wallet is dropped anyone is shaken.",
  "Opportunity makes a thief; anyone would be tempted by a wallet lying on the ground.",
  "four-char", "split", "dialogue", "less common; dialogue; 견물생심 = seeing something makes one want it")
I("여야 모두 조사 결과를 아전인수식으로 해석했다.",
  "Ruling and opposition both interpreted the survey result in the draw-water-to-my-field style.",
  "Both parties spun the poll results to suit themselves.",
  "four-char", "past", "news", "less common; news; 아전인수 = self-serving interpretation")
I("야당 대표는 당 안팎에서 사면초가에 몰렸다.",
  "The opposition leader was driven into Chu songs on four sides inside and outside the party.",
  "The opposition leader is under fire from all sides, inside and outside the party.",
  "four-char", "passive", "news", "less common; news; 사면초가 = beset on all sides")
I("그는 주경야독 끝에 자격증을 땄다.",
  "After ploughing by day and reading by night he got the license.",
  "He worked during the day and studied at night until he got his qualification.",
  "four-char", "past", "textbook", "less common; textbook; 주경야독 = work by day, study by night")
I("떨어졌다고 너무 실망하지 마. 인생은 새옹지마야.",
  "Don't be too disappointed that you failed. Life is the frontier old man's horse.",
  "Don't be too disappointed you didn't get it. You never know what's round the corner.",
  "four-char", "negated", "dialogue", "less common; dialogue; 새옹지마 = fortune is unpredictable")
I("지난 대회 패배 후 와신상담한 대표팀이 설욕에 성공했다.",
  "The national team that slept on firewood and tasted gall after last tournament's defeat succeeded in revenge.",
  "Having smarted over last year's defeat, the national team got their revenge.",
  "four-char", "past", "news", "less common; sports news; 와신상담 = endure hardship to prepare revenge")
I("덕분에 계약이 일사천리로 진행됐습니다.",
  "Thanks to you the contract progressed with one-flow-thousand-ri.",
  "Thanks to you, the contract went through without a hitch.",
  "four-char", "passive", "textbook", "everyday; business email; 일사천리 = swiftly and smoothly")
I("사소한 실수를 침소봉대해서 기사를 썼네.",
  "They wrote the article by making a needle into a stick out of a small mistake.",
  "They've blown a minor slip-up out of all proportion in this article.",
  "four-char", "past", "web", "less common; comment; 침소봉대 = exaggerate")
I("웃으면서 한 말이지만 언중유골이었다.",
  "It was said laughing, but there were bones in the words.",
  "He said it with a smile, but there was a barb in it.",
  "four-char", "past", "textbook", "less common; novel; 언중유골 = a hidden message in a remark")
I("이렇게 큰 상을 받게 되어 감개무량합니다.",
  "Receiving such a big prize, I am feeling-emotion-without-measure.",
  "I'm deeply moved to receive such a great honour.",
  "four-char", "honorific", "textbook", "everyday; speech; 감개무량 = deeply moved")
I("불철주야 애써 주신 의료진께 감사드립니다.",
  "I thank the medical staff who strove without distinguishing day and night.",
  "My thanks to the medical staff who have worked around the clock.",
  "four-char", "honorific", "textbook", "less common; speech; 불철주야 = day and night")
I("가는 말이 고와야 오는 말이 곱다고, 먼저 친절하게 대해 봐.",
  "As the going word must be pretty for the coming word to be pretty, first treat kindly.",
  "Treat others the way you want to be treated: be nice to him first.",
  "proverb", "split", "dialogue", "everyday; dialogue; 가는 말이 고와야 오는 말이 곱다 = kindness begets kindness")
I("안경을 찾아 온 집을 뒤졌는데 머리 위에 있었어. 등잔 밑이 어둡다더니.",
  "I searched the whole house for my glasses and they were on my head. They say under the lamp is dark.",
  "I turned the house upside down for my glasses and they were on my head. It's always right under your nose.",
  "proverb", "split", "web", "everyday; social post; 등잔 밑이 어둡다 = miss what is closest")
I("낮말은 새가 듣고 밤말은 쥐가 듣는다니까 조심해서 말해.",
  "Day words are heard by birds and night words are heard by mice, so talk carefully.",
  "Careful what you say; walls have ears.",
  "proverb", "split", "dialogue", "everyday; dialogue; 낮말은 새가 듣고 밤말은 쥐가 듣는다 = walls have ears")
I("사공이 많으면 배가 산으로 간다더니 회의만 하다 끝났어.",
  "They say if there are many boatmen, the boat goes to the mountain; it ended with only meetings.",
  "Too many cooks spoil the broth; we spent the whole time in meetings and got nothing done.",
  "proverb", "split", "dialogue", "everyday; chat; 사공이 많으면 배가 산으로 간다 = too many cooks")
I("발 없는 말이 천 리 간다고, 벌써 소문이 다 퍼졌어.",
  "A word without feet goes a thousand ri, the rumour has all spread already.",
  "News travels fast; the rumour is all over the place already.",
  "proverb", "split", "dialogue", "everyday; dialogue; 발 없는 말이 천 리 간다 = rumours spread fast")
I("믿는 도끼에 발등 찍힌다더니 가장 친한 친구가 그럴 줄이야.",
  "They say the trusted axe chops the top of your foot, who knew my best friend would do that.",
  "I never thought my best friend would betray me like that.",
  "proverb", "split", "web", "everyday; forum post; 믿는 도끼에 발등 찍힌다 = be betrayed by someone trusted")
I("서당 개 삼 년이면 풍월을 읊는다고, 옆에서 보기만 했는데 이제 나도 코딩을 좀 해.",
  "If a village school dog spends three years it recites poems; I only watched from the side and now I code a bit too.",
  "I just picked it up by watching, and now I can do a bit of coding myself.",
  "proverb", "split", "web", "less common; forum post; 서당 개 삼 년이면 풍월을 읊는다 = exposure teaches")
I("아이디어가 아무리 많아도 구슬이 서 말이라도 꿰어야 보배지.",
  "However many ideas you have, even if there are three mal of beads they must be threaded to be treasure.",
  "You can have all the ideas you like, but they're worthless unless you put them into practice.",
  "proverb", "split", "textbook", "less common; speech; 구슬이 서 말이라도 꿰어야 보배 = potential is useless until realised")
I("남의 자식 흉보다가 누워서 침 뱉기가 될 수도 있어.",
  "Badmouthing other people's children can become spitting while lying down.",
  "Criticising other people's kids could easily come back to bite you.",
  "proverb", "base", "dialogue", "everyday; dialogue; 누워서 침 뱉기 = harm oneself")
I("못 먹는 감 찔러나 보자는 심보로 소송을 걸었다.",
  "He filed a suit with the heart of at least poking the persimmon he can't eat.",
  "He sued out of pure spite, knowing he couldn't win.",
  "proverb", "split", "news", "less common; news; 못 먹는 감 찔러나 본다 = spoil what one can't have")
I("회사 방침이라 울며 겨자 먹기로 주말에 출근했다.",
  "Because it was company policy, I came to work on the weekend eating mustard while crying.",
  "It was company policy, so I had no choice but to go in at the weekend.",
  "proverb", "past", "web", "everyday; forum post; 울며 겨자 먹기 = do something reluctantly")
I("포장만 화려하지 빛 좋은 개살구더라.",
  "Only the packaging was fancy, it was a well-coloured wild apricot.",
  "The packaging was fancy, but there was nothing to it.",
  "proverb", "past", "web", "less common; review; 빛 좋은 개살구 = all show, no substance")
I("하루 만에 유럽 역사를 공부하는 건 수박 겉 핥기지.",
  "Studying European history in one day is licking the watermelon's outside.",
  "Studying European history in a day only scratches the surface.",
  "proverb", "nominalised", "textbook", "everyday; textbook; 수박 겉 핥기 = superficial treatment")
I("원하던 호텔은 만실이라 꿩 대신 닭으로 근처 모텔에 묵었어.",
  "The hotel I wanted was full, so as a chicken instead of a pheasant we stayed at a nearby motel.",
  "The hotel we wanted was full, so we made do with a motel nearby.",
  "proverb", "past", "web", "less common; travel blog; 꿩 대신 닭 = make do with a substitute")
I("실컷 혼내 놓고 사탕을 주다니 병 주고 약 주네.",
  "After scolding a lot you give candy, giving the disease and giving the medicine.",
  "First you tell him off, then you give him sweets. Make up your mind.",
  "proverb", "split", "dialogue", "less common; dialogue; 병 주고 약 준다 = harm then offer help")
I("마트에 갔더니 가는 날이 장날이라고 휴무일이더라.",
  "I went to the mart and as the going day is market day, it was a day off.",
  "Just my luck: I went to the supermarket and it was closed.",
  "proverb", "split", "web", "everyday; social post; 가는 날이 장날 = bad (or lucky) timing")
I("까마귀 날자 배 떨어진다고, 내가 만지자마자 프린터가 고장 났어.",
  "As the pear falls when the crow flies, the printer broke as soon as I touched it.",
  "The printer broke the moment I touched it, so of course it looks like my fault.",
  "proverb", "split", "dialogue", "less common; dialogue; 까마귀 날자 배 떨어진다 = an unlucky coincidence casts suspicion")
I("똥 묻은 개가 겨 묻은 개 나무란다더니, 지각대장이 나한테 늦었다고 하네.",
  "A dog with poop on it scolds a dog with chaff on it; the lateness boss says I'm late.",
  "Talk about the pot calling the kettle black: Mr Always Late is telling me off for being late.",
  "proverb", "split", "dialogue", "less common; dialogue; 똥 묻은 개가 겨 묻은 개 나무란다 = the pot calling the kettle black")
I("남의 떡이 더 커 보인다고, 다른 회사 복지가 늘 부러워.",
  "As other people's rice cake looks bigger, I'm always jealous of other companies' welfare.",
  "The grass is always greener: other companies' perks always look better.",
  "proverb", "split", "web", "everyday; forum post; 남의 떡이 커 보인다 = the grass is greener")
I("애써 만든 자료를 한 번에 날리다니, 공든 탑이 무너졌다.",
  "The material I made with effort disappeared at once; the carefully built tower collapsed.",
  "All that work on the slides, gone in an instant.",
  "proverb", "past", "web", "less common; social post; 공든 탑이 무너지다 = hard work wasted")
I("뱁새가 황새 따라가다 가랑이 찢어진다더니 명품 사다가 카드값에 허덕인다.",
  "A crow-tit following a stork rips its legs; buying luxury goods he is gasping with card bills.",
  "He tried to keep up with the Joneses on designer goods and now he's drowning in card debt.",
  "proverb", "split", "web", "less common; comment; 뱁새가 황새 따라가다 가랑이 찢어진다 = overreach trying to keep up")
