# 2020s slang, internet and workplace neologisms (hand-written, literal3, 2026-12-06)
I("A: 걔가 내 긴 카톡에 'ㅇㅇ' 한 글자만 보냈어. B: 아 킹받네.",
  "A: He sent just 'ㅇㅇ' to my long KakaoTalk message. B: Ah, I'm king-receiving.",
  "A: I sent him a long message and he just replied 'k'. B: Ugh, that's so annoying.",
  "slang/neologism", "base", "web", "infuriating (intensified 열받다)")
I("스터디장 하겠다고 먼저 손 든 거, 완전 스불재야.",
  "Raising my hand first to be study group leader is totally seu-bul-jae.",
  "Volunteering to lead the study group? I totally brought this on myself.",
  "slang/neologism", "base", "web", "a disaster one caused oneself")
I("A: 점메추 좀. B: 비 오니까 칼국수 ㄱㄱ.",
  "A: Lunch-menu-rec please. B: It's raining so knife-noodles go go.",
  "A: Any ideas for lunch? B: It's raining, so let's go for kalguksu.",
  "slang/neologism", "base", "web", "lunch menu recommendation")
I("A: 숙제는 다 했어? B: 어쩔티비~",
  "A: Did you finish your homework? B: Whatever-TV~",
  "A: Did you finish your homework? B: Whatever, not your business~",
  "slang/neologism", "base", "dialogue", "so what? (dismissive retort)")
I("선수들은 중꺾마 정신으로 마지막까지 뛰었다.",
  "The players ran to the end with the jung-kkeok-ma spirit.",
  "The players kept going to the very end with a never-give-up spirit.",
  "slang/neologism", "adnominal", "news", "what matters is an unbroken will")
I("새해부터는 진짜 갓생 살기로 했어.",
  "From the new year I decided to really live a god-life.",
  "Starting this year, I've decided to really get my life together.",
  "slang/neologism", "nominalised", "web", "disciplined, productive life")
I("오늘은 꾸안꾸 느낌으로 입고 나왔어.",
  "Today I came out dressed in a decorated-not-decorated feeling.",
  "I went for an effortlessly casual look today.",
  "slang/neologism", "adnominal", "web", "effortlessly stylish")
I("오운완! 오늘 스쿼트 백 개 했다.",
  "Today-exercise-complete! Did a hundred squats today.",
  "Workout done for the day! Did a hundred squats.",
  "slang/neologism", "base", "web", "today's workout done")
I("여자친구가 '나 살찐 것 같아?'라고 묻는 건 완전 가불기야.",
  "When your girlfriend asks 'do I look like I gained weight?', it's totally an impossible-to-dodge skill.",
  "When your girlfriend asks 'Do I look like I've put on weight?', there's no right answer.",
  "slang/neologism", "base", "web", "no-win situation")
I("시험 끝나자마자 감기 걸린 거 진짜 웃프다.",
  "Catching a cold as soon as exams ended is really laugh-sad.",
  "Catching a cold the minute exams were over is funny and sad at the same time.",
  "slang/neologism", "base", "web", "tragicomic")
I("새벽 네 시까지 게임하다가 갑자기 현타 왔어.",
  "Playing games until 4 a.m., suddenly reality time came.",
  "I was gaming till 4 a.m. when it suddenly hit me what I was doing with my life.",
  "slang/neologism", "past", "web", "sudden sobering moment")
I("그 드립 한 번은 웃겼는데 세 번째는 뇌절이지.",
  "That joke was funny once, but the third time is brain-cutting.",
  "The joke was funny once, but by the third time it's just overkill.",
  "slang/neologism", "base", "web", "overdoing a joke")
I("팀장님이 보고서는 알잘딱깔센으로 해 오래.",
  "The team leader says to do the report al-jal-ttak-kkal-sen.",
  "The team leader wants the report done right without having to spell everything out.",
  "slang/neologism", "base", "dialogue", "smartly and neatly, using one's sense")
I("어느 회사에나 월급루팡이 한 명씩은 꼭 있다.",
  "Every company always has one salary Lupin.",
  "Every company has at least one person who collects a paycheck and does nothing.",
  "slang/neologism", "base", "web", "employee who draws pay without working")
I("오늘은 무슨 일이 있어도 칼퇴한다.",
  "Today I'm knife-leaving no matter what.",
  "I'm leaving right on the dot today no matter what.",
  "slang/neologism", "base", "dialogue", "leave work exactly on time")
I("회식 자리에서 부장님이 또 '라떼는 말이야'를 시작하셨다.",
  "At the company dinner, the manager started 'latte is' again.",
  "At the team dinner, the manager launched into another 'back in my day' speech.",
  "slang/neologism", "honorific", "web", "back in my day (pun on 나 때는)")
I("A: 우리 과장님 완전 꼰대야. B: 또 무슨 잔소리했는데?",
  "A: Our section chief is totally a kkondae. B: What nagging did he do again?",
  "A: Our manager is so old-school and preachy. B: What's he lecturing about now?",
  "slang/neologism", "base", "dialogue", "condescending, preachy older person")
I("나는 대학 다닐 때 완전 아싸였어.",
  "When I went to university I was totally an outsa.",
  "I was a total loner in college.",
  "slang/neologism", "past", "dialogue", "social outsider")
I("치킨엔 콜라가 국룰이지.",
  "Cola with chicken is the national rule.",
  "Chicken goes with cola; that's just the rule.",
  "slang/neologism", "base", "web", "unwritten universal rule")
I("A: 이 집 떡볶이 어때? B: 여기 찐이다.",
  "A: How's the tteokbokki here? B: This place is steamed.",
  "A: How's the tteokbokki? B: This place is legit.",
  "slang/neologism", "base", "dialogue", "the real deal")
I("친구가 산 코트가 너무 예뻐서 나도 손민수했어.",
  "My friend's coat was so pretty that I also Son Minsu-ed.",
  "My friend's coat was so cute that I copied her and bought the same one.",
  "slang/neologism", "past", "web", "copy someone's style or purchases")
I("이 회사에서 삼 년 있었는데 완전 물경력이야.",
  "I've been at this company three years and it's a totally water career.",
  "I've been here three years and have nothing to show for it on my CV.",
  "slang/neologism", "base", "dialogue", "experience with no real value")
I("걔는 금사빠라서 매달 좋아하는 사람이 바뀌어.",
  "He's a geum-sa-ppa, so the person he likes changes every month.",
  "He falls for people so fast that he has a new crush every month.",
  "slang/neologism", "base", "dialogue", "falls in love quickly")
I("A: 어제 걔가 내 카톡 읽씹했어.",
  "A: Yesterday he read-chewed my KakaoTalk.",
  "A: He left my message on read yesterday.",
  "slang/neologism", "past", "web", "read a message and ignore it")
I("A: 나 어제 머리 세 시간 했잖아. B: 안물안궁.",
  "A: I did my hair for three hours yesterday, you know. B: Didn't-ask-not-curious.",
  "A: I spent three hours on my hair yesterday. B: Nobody asked.",
  "slang/neologism", "negated", "dialogue", "nobody asked")
I("기대하고 봤는데 그 영화 완전 노잼이었어.",
  "I watched it with expectations but that movie was totally no-jam.",
  "I had high hopes, but that movie was so boring.",
  "slang/neologism", "past", "dialogue", "boring")
I("면접 들어가기 전에 엄청 쫄렸어.",
  "Before going into the interview, I was hugely shrunk.",
  "I was super nervous before going into the interview.",
  "slang/neologism", "passive", "dialogue", "be nervous, intimidated")
I("A: 너네 사귀어? B: 아니, 아직 삼귀는 중.",
  "A: Are you two dating? B: No, we're still three-ing.",
  "A: Are you two together? B: No, we're just talking for now.",
  "slang/neologism", "adnominal", "dialogue", "stage before officially dating")
I("난 얼죽아라서 한겨울에도 아이스만 마셔.",
  "I'm freeze-die-Ah, so I drink only ice even in midwinter.",
  "I'm iced americano or nothing, so I drink it iced even in the dead of winter.",
  "slang/neologism", "base", "dialogue", "iced americano even if freezing")
I("검색 좀 해 봐, 핑프처럼 굴지 말고.",
  "Search a little; don't act like a finger princess.",
  "Look it up yourself; don't be so lazy and expect others to do it for you.",
  "slang/neologism", "negated", "web", "too lazy to search for oneself")
I("A: 새로 온 팀장 어때? B: 할많하않.",
  "A: How's the new team leader? B: Have-much-say-not-say.",
  "A: How's the new team leader? B: Let's just say I have a lot to say but won't.",
  "slang/neologism", "negated", "dialogue", "I have plenty to say but won't")
I("월급 들어온 지 사흘 만에 통장이 텅장 됐다.",
  "Three days after salary came in, my bankbook became an empty-book.",
  "Three days after payday, my bank account was already empty.",
  "slang/neologism", "past", "web", "emptied bank account")
I("세일 문자를 보자마자 지름신이 강림하셨다.",
  "As soon as I saw the sale text, the god of splurging descended.",
  "The moment I saw the sale text, I got hit with the urge to splurge.",
  "slang/neologism", "honorific", "web", "overwhelming urge to buy")
I("월급날이라 오랜만에 탕진잼 좀 즐겼지.",
  "Since it was payday I enjoyed some squander-fun after a long time.",
  "It was payday, so I treated myself and had fun blowing some money.",
  "slang/neologism", "past", "web", "the fun of spending freely")
I("금리 인상 이후 2030세대의 영끌 매수가 주춤하고 있다.",
  "Since the rate hike, soul-scraping purchases by the 2030 generation are faltering.",
  "Since the rate hike, home purchases by people in their twenties and thirties who borrowed to the hilt have slowed.",
  "slang/neologism", "adnominal", "news", "buying with every possible loan")
I("A: 빚투로 산 주식이 반 토막 났어.",
  "A: The stocks I bought with debt-tu got cut into half pieces.",
  "A: The shares I bought with borrowed money have lost half their value.",
  "slang/neologism", "past", "dialogue", "investing with borrowed money")
I("그 친구랑은 작년에 손절했어.",
  "I stop-lossed with that friend last year.",
  "I cut ties with that friend last year.",
  "slang/neologism", "past", "dialogue", "cut off a relationship")
I("A: 자기가 하면 괜찮고 남이 하면 안 된대. B: 완전 내로남불이네.",
  "A: He says it's fine if he does it but not if others do. B: Totally me-romance-other-affair.",
  "A: He says it's fine when he does it but not when anyone else does. B: What a double standard.",
  "slang/neologism", "base", "dialogue", "double standard")
I("가격보다 가심비를 따지는 소비자가 늘고 있다.",
  "Consumers who weigh price-heart ratio over price are increasing.",
  "More consumers now care about how satisfying a purchase feels rather than just the price.",
  "slang/neologism", "base", "news", "emotional value for money")
I("어젯밤에 술 먹고 보낸 문자 생각하면 이불킥 각이다.",
  "Thinking of the text I sent after drinking last night, it's a blanket-kick angle.",
  "Every time I think about the drunk text I sent last night, I want to die of embarrassment.",
  "slang/neologism", "base", "web", "cringing at a memory")
I("어제 산 코인이 하루 만에 떡상했어.",
  "The coin I bought yesterday rice-cake-rose in a day.",
  "The crypto I bought yesterday skyrocketed in just one day.",
  "slang/neologism", "past", "web", "soar in value")
I("그 선수 실수 하나로 이렇게 욕하는 건 완전 억까지.",
  "Cursing the player like this over one mistake is totally forced-cutting.",
  "Bashing the player like this over a single mistake is just unfair hate.",
  "slang/neologism", "base", "web", "unfair, baseless criticism")
I("고물가 시대에 본업 외에 부업을 하는 n잡러가 늘고 있다.",
  "In an era of high prices, n-job-ers who do side jobs besides their main job are increasing.",
  "With prices soaring, more people are juggling side gigs on top of their main jobs.",
  "slang/neologism", "base", "news", "person with multiple jobs")
I("A: 이 집 짬뽕이 이 동네 최고야. B: 킹정.",
  "A: This place's jjamppong is the best in the neighbourhood. B: King-acknowledge.",
  "A: This place has the best jjamppong in the neighbourhood. B: Totally agree.",
  "slang/neologism", "base", "dialogue", "completely agree")
I("A: 어제 그 사람 진짜 너한테 그렇게 말했어? B: 새빨간 거짓말이야, 난 그런 말 한 적 없어.",
  "A: Did he really say that to you yesterday? B: It's a bright red lie; I never said anything like that.",
  "A: Did he really say that to you yesterday? B: That's a barefaced lie. I never said anything like that.",
  "other", "base", "dialogue", "outright lie")
