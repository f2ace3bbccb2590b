# customer-service formulas, dialect, four-character idioms, shortened proverbs (hand-written, helper lit10, 2026-12-07)
I("고객님, 불편을 드려 대단히 죄송합니다.",
  "Customer-nim, we are very sorry for giving you inconvenience.",
  "We sincerely apologise for the inconvenience.",
  "other", "honorific", "dialogue", "불편을 드리다 = cause inconvenience")
I("주문하신 커피 나오셨습니다.",
  "The coffee you ordered has honourably come out.",
  "Here's your coffee.",
  "other", "honorific", "dialogue", "over-honorific service speech")
I("잠시만 기다려 주시면 확인 도와드리겠습니다.",
  "If you wait a moment, I will help confirm.",
  "If you could hold on a moment, I'll check that for you.",
  "other", "honorific", "dialogue", "도와드리다 service formula")
I("수고하셨습니다, 조심히 들어가세요.",
  "You worked hard, go in carefully.",
  "Thanks for everything. Get home safe.",
  "other", "honorific", "dialogue", "parting formula")
I("새해 복 많이 받으세요.",
  "Receive a lot of new year luck.",
  "Happy New Year!",
  "other", "honorific", "dialogue", "set greeting")
I("식사 맛있게 하세요, 손님.",
  "Do your meal deliciously, guest.",
  "Enjoy your meal!",
  "other", "honorific", "dialogue", "service formula")
I("이 제품은 가성비 갑이에요.",
  "This product is price-performance-ratio first.",
  "This product is amazing value for money.",
  "slang/neologism", "honorific", "web", "가성비 갑 = best value")
I("배송이 총알같이 왔어요, 번창하세요!",
  "Delivery came like a bullet, prosper!",
  "Super fast delivery. Wishing you every success!",
  "household", "honorific", "web", "review formula 번창하세요")
I("사장님이 미쳤어요! 전 품목 반값 세일!",
  "The boss has gone crazy! All items half-price sale!",
  "Crazy prices! Everything half off!",
  "other", "past", "web", "retail banner cliché")
I("문의하신 내용은 담당 부서로 토스해 드렸습니다.",
  "The content you inquired has been tossed to the department in charge.",
  "We've passed your inquiry on to the relevant department.",
  "slang/neologism", "honorific", "dialogue", "Konglish 토스 = pass on")
I("그래 가꼬 내는 마 고마 집에 갔다 아이가.",
  "So having done that, I, ma, just went home, isn't it a child.",
  "So then I just went home, didn't I?",
  "other", "past", "dialogue", "Gyeongsang: 아이가 = tag question; 마/고마 fillers")
I("니 밥 뭇나?",
  "Did you eat rice?",
  "Have you eaten?",
  "food", "question", "dialogue", "Gyeongsang greeting; literal keeps 'rice'")
I("아따, 겁나게 맛있당께.",
  "Atta, it is frighteningly delicious, I tell you.",
  "Oh man, this is seriously good.",
  "emotion", "base", "dialogue", "Jeolla: 겁나게 = very")
I("혼저 옵서예.",
  "Please come quickly.",
  "Welcome to Jeju!",
  "other", "honorific", "textbook", "Jeju dialect 혼저 옵서예 = welcome (lit. come quickly)")
I("뭐라카노, 니 단디 해라.",
  "What are you saying, do it firmly.",
  "What are you on about? Get it right.",
  "other", "base", "dialogue", "Gyeongsang 단디 = properly")
I("그 사람 참 거시기하네.",
  "That person is really thingy.",
  "He's a bit, you know... awkward.",
  "other", "base", "dialogue", "Jeolla placeholder 거시기")
I("나가 시방 바쁘당께요.",
  "I am busy at the now time, I tell you.",
  "I'm busy right now.",
  "other", "honorific", "dialogue", "Jeolla 시방 = now")
I("정말 욕봤데이.",
  "You really saw insult.",
  "You've really been through it. Thanks for your hard work.",
  "other", "past", "dialogue", "Gyeongsang 욕보다 = toil")
# four-character idioms
I("이번 조치는 고식지계에 불과하다.",
  "This measure is no more than a plan of breathing for a moment.",
  "The measure is nothing more than a stopgap.",
  "four-char", "base", "news", "姑息之計")
I("두 회사는 합병을 앞두고 동상이몽을 꾸고 있다.",
  "Ahead of the merger, the two companies are dreaming different dreams in the same bed.",
  "Heading into the merger, the two companies have very different agendas.",
  "four-char", "base", "news", "同床異夢")
I("위원회는 전가의 보도처럼 규정을 휘둘렀다.",
  "The committee swung the rule like the family's treasured sword.",
  "The committee wielded the regulation as its trump card.",
  "four-char", "past", "news", "傳家寶刀")
I("사건 이후 경찰은 유비무환의 자세로 경계를 강화했다.",
  "After the incident, the police strengthened vigilance with an attitude of having preparation means no worry.",
  "After the incident, the police stepped up security as a precaution.",
  "four-char", "past", "news", "有備無患")
I("그 선수는 와신상담 끝에 금메달을 땄다.",
  "That athlete won the gold medal at the end of lying on firewood and tasting gall.",
  "After years of grim determination, he finally won gold.",
  "four-char", "past", "news", "臥薪嘗膽")
I("정부의 대응은 사후약방문이라는 비판을 받았다.",
  "The government's response was criticised as a prescription after death.",
  "The government's response was criticised as too little, too late.",
  "four-char", "passive", "news", "死後藥方文")
I("현 상황은 백척간두에 서 있는 것과 같다.",
  "The current situation is like standing at the top of a hundred-foot pole.",
  "We are on the brink.",
  "four-char", "base", "news", "百尺竿頭")
I("그는 자신의 과오를 인정하며 읍참마속의 결단을 내렸다.",
  "Admitting his error, he made the decision of crying and cutting Ma Su.",
  "Admitting his mistake, he made the painful decision to dismiss a close ally.",
  "four-char", "past", "news", "泣斬馬謖")
I("대표는 이번 사태가 자승자박이라고 말했다.",
  "The CEO said this situation is binding oneself with one's own rope.",
  "The CEO said the company had brought the crisis on itself.",
  "four-char", "past", "news", "自繩自縛")
I("요즘 정치판은 그야말로 이전투구다.",
  "These days the political scene is truly dogs fighting in the mud field.",
  "Politics these days is nothing but mudslinging.",
  "four-char", "base", "news", "泥田鬪狗")
I("양측의 주장은 견강부회에 가깝다.",
  "Both sides' claims are close to pulling strong and attaching forcibly.",
  "Both sides' arguments are far-fetched.",
  "four-char", "base", "textbook", "牽強附會")
I("졸업 후 동창들이 각자도생의 길을 걷고 있다.",
  "After graduation, classmates are walking the road of each-self-figure-out-living.",
  "Since graduation my classmates have all been left to fend for themselves.",
  "four-char", "base", "textbook", "各自圖生")
I("그 기업은 문어발식 확장으로 비판을 받았다.",
  "That company received criticism for octopus-leg-style expansion.",
  "The conglomerate was criticised for expanding into every unrelated line of business.",
  "animal", "passive", "news", "문어발식 = sprawling diversification")
I("선수들이 절치부심하며 다음 시즌을 준비했다.",
  "The players prepared for next season grinding teeth and rotting heart.",
  "The players prepared for next season, determined to make amends.",
  "four-char", "past", "news", "切齒腐心")
I("이번 결정은 교각살우의 우를 범한 것이다.",
  "This decision committed the folly of killing the cow while straightening its horns.",
  "The decision threw the baby out with the bathwater.",
  "four-char", "past", "textbook", "矯角殺牛")
# shortened proverbs
I("야, 낮말은 새가 듣는다. 목소리 낮춰.",
  "Hey, birds hear daytime words. Lower your voice.",
  "Hey, the walls have ears. Keep your voice down.",
  "proverb", "split", "dialogue", "낮말은 새가 듣고 밤말은 쥐가 듣는다")
I("가는 날이 장날이라더니 딱 오늘 휴무래.",
  "They say the day you go is market day, and it is closed exactly today.",
  "Just my luck. They're closed today of all days.",
  "proverb", "split", "dialogue", "가는 날이 장날")
I("고생 끝에 낙이라잖아, 조금만 버텨.",
  "They say at the end of hardship is pleasure, hold out a little.",
  "Hang in there. It'll all pay off in the end.",
  "proverb", "split", "dialogue", "고생 끝에 낙이 온다")
I("돌다리도 두들겨 보고 건너랬다고 계약서 다시 읽어 봐.",
  "They said to tap even a stone bridge before crossing, so read the contract again.",
  "Better safe than sorry. Read the contract again.",
  "proverb", "split", "dialogue", "돌다리도 두들겨 보고 건너라")
N("아니 땐 굴뚝에 연기 나겠어?",
  "There's no smoke without fire, is there?",
  "People wouldn't be saying it if there weren't something to it, would they?",
  "proverb", "question", "dialogue", "아니 땐 굴뚝에 연기 나랴 = no smoke without fire")
I("등잔 밑이 어둡다더니 안경이 머리 위에 있었네.",
  "They say under the oil lamp is dark, and the glasses were on top of my head.",
  "It was right under my nose all along. My glasses were on my head.",
  "proverb", "split", "dialogue", "등잔 밑이 어둡다")
I("그 사람 말은 콩으로 메주를 쑨대도 안 믿어.",
  "Even if that person says he boils meju from beans, I won't believe it.",
  "I wouldn't believe a word he says, even if it were true.",
  "proverb", "negated", "dialogue", "콩으로 메주를 쑨대도 = even the obvious truth")
I("작은 고추가 맵다더니 막내가 제일 잘하네.",
  "They say small peppers are spicy, the youngest does best.",
  "Good things come in small packages. The youngest is the best of them.",
  "proverb", "split", "dialogue", "작은 고추가 맵다")
I("벼룩의 간을 빼 먹지, 알바비까지 떼먹냐?",
  "Pull out and eat the flea's liver, are you even skimming the part-timer's pay?",
  "You'd rob a beggar. Are you really docking the part-timer's wages?",
  "proverb", "question", "web", "벼룩의 간을 빼 먹다")
I("우물 안 개구리처럼 굴지 말고 해외도 좀 봐.",
  "Don't act like a frog in a well and look abroad a bit.",
  "Don't be so narrow-minded. Look at what's happening abroad too.",
  "proverb", "negated", "dialogue", "우물 안 개구리")
I("소 잃고 외양간 고치는 격이지 이제 와서.",
  "It's like fixing the barn after losing the cow, coming now.",
  "It's a bit late for that now, isn't it? Shutting the stable door after the horse has bolted.",
  "proverb", "split", "dialogue", "소 잃고 외양간 고친다")
I("누워서 떡 먹기지 뭐.",
  "It's eating rice cake lying down, what.",
  "It's a piece of cake.",
  "proverb", "base", "dialogue", "누워서 떡 먹기")
I("시작이 반이라고 일단 등록부터 해.",
  "They say the start is half, so first register.",
  "Well begun is half done, so just sign up first.",
  "proverb", "split", "dialogue", "시작이 반이다")
