# body-part idioms (hand-written, lit5, 2026-12-07)
I("걔 입이 짧아서 뷔페 가도 샐러드만 먹어.",
  "His mouth is short, so even at a buffet he eats only salad.",
  "He's such a picky eater that even at a buffet he only has salad.",
  "body-part", "base", "dialogue", "입이 짧다 = picky eater")
I("우리 엄마 귀가 얇아서 홈쇼핑 보면 다 사셔.",
  "My mom's ears are thin, so when she watches home shopping she buys everything.",
  "My mom's so easily swayed that she buys everything she sees on the shopping channel.",
  "body-part", "honorific", "dialogue", "귀가 얇다 = gullible, easily persuaded")
I("군대 간 아들이 자꾸 눈에 밟혀서 잠이 안 와요.",
  "My son who went to the army keeps getting stepped on in my eyes, so I can't sleep.",
  "I can't stop thinking about my son in the army, so I can't sleep.",
  "body-part", "passive", "dialogue", "눈에 밟히다 = keep coming to mind, can't forget")
I("그 소리 듣고 간이 콩알만 해졌잖아.",
  "Hearing that sound, my liver became the size of a bean.",
  "That noise scared the living daylights out of me.",
  "body-part", "past", "dialogue", "간이 콩알만 해지다 = be terrified")
I("와 너 손 진짜 맵다. 등짝 아직도 얼얼해.",
  "Wow, your hand is really spicy. My back is still tingling.",
  "Wow, you hit hard. My back still stings.",
  "body-part", "base", "dialogue", "손이 맵다 = hit hard")
I("눈이 삐었냐? 저런 남자를 왜 만나?",
  "Are your eyes sprained? Why do you meet a man like that?",
  "Are you blind or something? Why are you going out with a guy like that?",
  "body-part", "past", "dialogue", "눈이 삐다 = be blind to the obvious")
I("애들 코 묻은 돈까지 뜯어 가는 게임 회사들이 문제다.",
  "The game companies that even rip off children's nose-stained money are the problem.",
  "The problem is game companies that even squeeze kids out of their pocket money.",
  "body-part", "adnominal", "news", "코 묻은 돈 = children's small pocket money")
I("그렇게 하고도 또 돈 빌려 달라고? 낯짝도 두껍다.",
  "After doing that you ask to borrow money again? Your face skin is also thick.",
  "After all that, you're asking to borrow money again? You've got some nerve.",
  "body-part", "base", "dialogue", "낯짝이 두껍다 = shameless")
I("머리 좀 굴려 봐, 빠져나갈 방법이 있을 거야.",
  "Roll your head a little, there will be a way to get out.",
  "Use your head a bit. There's got to be a way out of this.",
  "body-part", "base", "dialogue", "머리를 굴리다 = think hard, scheme")
I("부모님 등골 빠지게 일하셔서 나 대학 보내 주셨어.",
  "My parents worked until their spinal marrow came out and sent me to college.",
  "My parents worked themselves to the bone to put me through college.",
  "body-part", "honorific", "dialogue", "등골이 빠지다 = work oneself to exhaustion")
I("택배 언제 와... 목 빠지겠다.",
  "When does the parcel come... my neck will fall out.",
  "When's my package coming... I'm dying of anticipation here.",
  "body-part", "base", "web", "목이 빠지다 = wait impatiently")
I("그 사람한테 약점을 잡혀서 코가 꿰인 상태야.",
  "He caught my weakness so my nose is in a pierced state.",
  "He's got something on me, so I'm under his thumb.",
  "body-part", "passive", "dialogue", "코가 꿰이다 = be under someone's control")
I("투자자들은 손실이 커지자 서둘러 발을 뺐다.",
  "As losses grew, investors hurriedly pulled out their feet.",
  "As losses mounted, investors hurried to pull out.",
  "body-part", "past", "news", "발을 빼다 = withdraw from an undertaking")
I("규제가 신산업의 발목을 잡고 있다는 지적이 나온다.",
  "There are criticisms that regulations are grabbing the ankle of new industries.",
  "Critics say regulation is holding back new industries.",
  "body-part", "base", "news", "발목을 잡다 = hold back, hinder")
I("선생님이 네 발표를 입에 침이 마르도록 칭찬하시더라.",
  "The teacher praised your presentation until the saliva in her mouth dried.",
  "The teacher couldn't stop raving about your presentation.",
  "body-part", "honorific", "dialogue", "입에 침이 마르도록 = lavishly (praise)")
I("그 아이의 암산 실력에 심사위원들도 혀를 내둘렀다.",
  "The judges also shook their tongues at the child's mental arithmetic skill.",
  "Even the judges were astounded by the child's mental arithmetic.",
  "body-part", "past", "news", "혀를 내두르다 = be amazed")
I("어제 예능 보다가 배꼽 빠지는 줄 알았어 ㅋㅋ",
  "Watching the variety show yesterday I thought my navel would fall out lol",
  "I nearly died laughing at that variety show yesterday lol",
  "body-part", "adnominal", "web", "배꼽이 빠지다 = laugh very hard")
I("샌드위치 하나로는 간에 기별도 안 가.",
  "With one sandwich, not even a message goes to my liver.",
  "One sandwich barely touches the sides.",
  "body-part", "negated", "dialogue", "간에 기별도 안 가다 = far too little to eat")
I("지난 시즌 결승에서 진 뒤로 그 팀은 이를 갈아 왔다.",
  "Since losing the final last season, that team has been grinding its teeth.",
  "That team has been out for revenge ever since losing last season's final.",
  "body-part", "past", "news", "이를 갈다 = nurse a grudge, vow revenge")
I("걔 콧대가 얼마나 높은지 아무한테도 먼저 말 안 걸어.",
  "How high her nose bridge is, she doesn't talk to anyone first.",
  "She's so stuck-up that she never talks to anyone first.",
  "body-part", "negated", "dialogue", "콧대가 높다 = haughty")
I("김 부장님은 엉덩이가 무거워서 회식 끝나도 안 가셔.",
  "Manager Kim's butt is heavy so he doesn't go even when the dinner ends.",
  "Manager Kim never knows when to leave, even after the staff dinner is over.",
  "body-part", "honorific", "dialogue", "엉덩이가 무겁다 = slow to leave")
I("우리 둘이 손발이 척척 맞아서 일이 금방 끝났어.",
  "Our hands and feet matched well so the work ended quickly.",
  "We worked together like a well-oiled machine, so we were done in no time.",
  "body-part", "past", "dialogue", "손발이 맞다 = work well together")
I("나이 드니까 머리가 굳어서 새 앱 쓰는 게 힘들다.",
  "As I get old my head hardened so using a new app is hard.",
  "Now that I'm older, my brain's gone rusty and new apps are hard to figure out.",
  "body-part", "past", "dialogue", "머리가 굳다 = mind stiffens")
I("믿었던 동업자한테 뒤통수 제대로 맞았어.",
  "I got properly hit on the back of my head by the partner I trusted.",
  "The business partner I trusted totally stabbed me in the back.",
  "body-part", "passive", "dialogue", "뒤통수를 맞다 = be betrayed")
I("쓸개 빠진 놈처럼 왜 그렇게 굽신거려?",
  "Why do you bow so much like a guy whose gallbladder came out?",
  "Why are you grovelling like some spineless wimp?",
  "body-part", "adnominal", "dialogue", "쓸개 빠지다 = spineless")
I("걔 잘난 척하는 거 보니까 배알이 꼴리더라.",
  "Seeing him show off, my guts twisted.",
  "Watching him show off really got under my skin.",
  "body-part", "past", "dialogue", "배알이 꼴리다 = be galled, irritated")
I("아주머니가 오지랖이 넓으셔서 남의 집 일에 다 참견하세요.",
  "The auntie's front flap of garment is wide, so she interferes in every house's business.",
  "That lady is such a busybody; she pokes her nose into everyone's business.",
  "body-part", "honorific", "dialogue", "오지랖이 넓다 = nosy, meddling (clothing image)")
I("돈 얘기만 나오면 눈이 뒤집히는 사람이야.",
  "He is a person whose eyes flip over whenever money talk comes up.",
  "He loses his mind whenever money comes up.",
  "body-part", "adnominal", "dialogue", "눈이 뒤집히다 = lose one's head")
I("그 말은 어머니 가슴에 못을 박는 말이었다.",
  "That word was a word hammering a nail into mother's chest.",
  "Those words cut her mother to the quick.",
  "body-part", "adnominal", "textbook", "가슴에 못을 박다 = wound deeply")
I("장관은 야당의 주장에 코웃음을 쳤다.",
  "The minister struck a nose laugh at the opposition's claim.",
  "The minister scoffed at the opposition's claim.",
  "body-part", "past", "news", "코웃음을 치다 = sneer, scoff")
I("이 요리는 손이 많이 가서 명절에만 해 먹어.",
  "This dish has a lot of hand going so we only make it on holidays.",
  "This dish is a lot of work, so we only make it for the holidays.",
  "body-part", "base", "dialogue", "손이 많이 가다 = labour-intensive")
I("그 말을 듣고 할아버지는 무릎을 탁 치셨다.",
  "Hearing that, grandfather hit his knee with a slap.",
  "When he heard that, it suddenly clicked for Grandpa.",
  "body-part", "honorific", "textbook", "무릎을 치다 = realise suddenly")
I("정부는 사태가 커질 때까지 팔짱만 끼고 있었다.",
  "The government only crossed its arms until the situation grew.",
  "The government just sat on its hands until things got out of control.",
  "body-part", "past", "news", "팔짱을 끼다 = stand by idly")
I("아니 너 진짜 간이 부었구나? 사장님한테 그렇게 말하게.",
  "Wow, your liver is really swollen? To talk to the boss like that.",
  "Wow, you've got some guts, talking to the boss like that.",
  "body-part", "past", "dialogue", "간이 붓다 = become reckless, overbold")
I("시험 떨어졌다고 했더니 엄마 얼굴이 사색이 되셨어.",
  "When I said I failed the exam, mom's face became the color of death.",
  "When I told Mom I'd failed the exam, she went white as a sheet.",
  "body-part", "honorific", "dialogue", "사색이 되다 = turn deathly pale")
I("회의 때 부장님 앞에서 입도 뻥긋 못 했어.",
  "At the meeting I couldn't even pop open my mouth in front of the manager.",
  "I couldn't get a word out in front of the manager at the meeting.",
  "body-part", "negated", "dialogue", "입도 뻥긋 못 하다 = unable to say a word")
I("새 감독은 선수들 기를 살려 주는 데 능하다.",
  "The new coach is good at making the players' energy alive.",
  "The new coach is good at boosting the players' confidence.",
  "body-part", "causative", "news", "기를 살리다 = boost morale")
I("ㅋㅋ 너 어제 완전 코가 납작해졌더라",
  "lol yesterday your nose became completely flat",
  "lol you really got taken down a peg yesterday",
  "body-part", "past", "web", "코가 납작해지다 = be humbled")
I("팀원들이 다 손을 놓고 있어서 결국 내가 했어.",
  "The team members were all putting down their hands, so in the end I did it.",
  "Everyone on the team had given up on it, so I ended up doing it myself.",
  "body-part", "base", "dialogue", "손을 놓다 = stop working on, give up")
