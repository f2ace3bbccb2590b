# body-part idioms (hand-written, helper lit8, 2026-12-07)
I("시험 떨어지고 나서 걔 요즘 코가 쑥 빠져 있더라.",
  "Since he failed the exam, his nose has been sunk right in lately.",
  "He's been really down in the dumps since he failed the exam.", "body-part", "past", "dialogue", "코가 빠지다 = be dejected")
I("그 일로 콧대가 꺾인 건지 요즘은 좀 겸손해졌어.",
  "Maybe his nose bridge got broken by that; he's become a bit humble lately.",
  "Maybe that took him down a peg; he's been a bit more modest lately.", "body-part", "passive", "dialogue", "콧대가 꺾이다 = pride humbled")
I("우리 애가 입이 짧아서 뭘 해 줘도 몇 숟가락 먹고 말아요.",
  "Our kid's mouth is short, so whatever I make him he eats a few spoonfuls and stops.",
  "My kid's a fussy eater; whatever I make, he has a few spoonfuls and that's it.", "body-part", "honorific", "dialogue", "입이 짧다 = picky eater")
I("두고 온 강아지가 자꾸 눈에 밟혀서 여행이 즐겁지가 않아.",
  "The puppy I left behind keeps getting stepped on in my eyes, so the trip isn't fun.",
  "I can't stop thinking about the puppy I left at home, so I'm not enjoying the trip.", "body-part", "passive", "dialogue", "눈에 밟히다 = can't stop thinking of")
I("저희 남편이 귀가 얇아서 홈쇼핑만 보면 뭘 사요.",
  "My husband's ears are thin, so whenever he watches home shopping he buys something.",
  "My husband is so easily swayed that he buys something every time he watches a shopping channel.", "body-part", "honorific", "web", "귀가 얇다 = gullible")
I("저 선생님은 손이 맵기로 유명했어.",
  "That teacher was famous for having spicy hands.",
  "That teacher was famous for hitting hard.", "body-part", "nominalised", "dialogue", "손이 맵다 = hits hard")
I("폭설로 제주공항에서 관광객 수천 명의 발이 묶였다.",
  "Due to heavy snow, the feet of thousands of tourists were tied at Jeju Airport.",
  "Heavy snow left thousands of tourists stranded at Jeju Airport.", "body-part", "passive", "news", "발이 묶이다 = stranded")
I("친구가 집 샀다니까 솔직히 배 아프더라.",
  "When my friend said she'd bought a house, honestly my stomach hurt.",
  "My friend told me she'd bought a house and, honestly, I was jealous.", "body-part", "past", "dialogue", "배가 아프다 = envious")
I("골목에서 누가 따라오는 것 같아서 간이 콩알만 해졌어.",
  "It felt like someone was following me in the alley, so my liver became the size of a bean.",
  "It felt like someone was following me down the alley, and I was scared stiff.", "body-part", "past", "dialogue", "간이 콩알만 해지다 = terrified")
I("연락도 없이 밤늦게 들어와서 엄마 애간장을 다 태웠다.",
  "He came home late at night without calling and burned all of Mom's guts and liver.",
  "He came home late at night without calling and worried Mom sick.", "body-part", "causative", "textbook", "애간장을 태우다 = make someone worry")
I("나이 서른에 아직도 부모님께 손 벌리기 민망해.",
  "At thirty, it's embarrassing to still spread my hands to my parents.",
  "I'm thirty; it's embarrassing to still be asking my parents for money.", "body-part", "nominalised", "dialogue", "손을 벌리다 = ask for money")
I("걔는 입이 안 무거워서 말하면 다 퍼져.",
  "His mouth isn't heavy, so if you tell him it all spreads.",
  "He can't keep a secret, so if you tell him, everyone will know.", "body-part", "negated", "dialogue", "입이 무겁다 = discreet")
I("저렇게 얼굴이 두꺼운 사람은 처음 봐.",
  "I've never seen a person whose face is that thick.",
  "I've never met anyone so shameless.", "body-part", "adnominal", "dialogue", "얼굴이 두껍다 = shameless")
I("쓸개 빠진 놈처럼 굽실거리지 마.",
  "Don't bow and scrape like a guy whose gallbladder has come out.",
  "Stop grovelling like you've got no pride.", "body-part", "adnominal", "dialogue", "쓸개 빠지다 = spineless")
I("그 영상 보는데 오금이 저려서 혼났네.",
  "Watching that video, the backs of my knees went numb and I had a hard time.",
  "Watching that video absolutely terrified me.", "body-part", "past", "web", "오금이 저리다 = be petrified")
I("혼자 속 끓이지 말고 나한테 얘기해.",
  "Don't boil your insides alone, tell me.",
  "Don't stew over it on your own; talk to me.", "body-part", "negated", "dialogue", "속을 끓이다 = fret")
I("애 셋 대학 보내느라 등골 빠지는 줄 알았다.",
  "Sending three kids to university, I thought my spinal marrow would come out.",
  "Putting three kids through university nearly bankrupted me.", "body-part", "past", "web", "등골이 빠지다 = be drained (financially)")
I("돈에 눈이 뒤집혀서 친구까지 속였대.",
  "His eyes flipped over for money and he even deceived his friend, they say.",
  "Apparently he was so blinded by greed that he even cheated his friend.", "body-part", "past", "dialogue", "눈이 뒤집히다 = lose one's head")
I("저 친구는 엉덩이가 무거워서 한번 앉으면 몇 시간씩 공부해.",
  "That guy's butt is heavy, so once he sits down he studies for hours.",
  "He's got real staying power; once he sits down he studies for hours.", "body-part", "base", "dialogue", "엉덩이가 무겁다 = sits tight, persistent")
I("그 얘기는 귀에 못이 박히도록 들었어.",
  "I've heard that story until nails were driven into my ears.",
  "I've heard that story a million times.", "body-part", "past", "dialogue", "귀에 못이 박히다 = heard too often")
I("이러다간 입에 거미줄 치게 생겼다.",
  "At this rate, spiders are going to spin webs in my mouth.",
  "At this rate I'm going to starve.", "body-part", "split", "web", "입에 거미줄 치다 = go hungry")
I("승진하더니 목에 힘 좀 들어갔네?",
  "Since getting promoted, some strength has gone into your neck, huh?",
  "You've got a bit full of yourself since the promotion, haven't you?", "body-part", "question", "dialogue", "목에 힘이 들어가다 = act important")
I("그 사업에서 일찌감치 발을 빼서 다행이야.",
  "Luckily I pulled my foot out of that business early.",
  "Good thing I got out of that business early.", "body-part", "past", "dialogue", "발을 빼다 = withdraw")
I("신입이랑 아직 손발이 안 맞아서 실수가 많아요.",
  "The hands and feet don't match with the new guy yet, so there are many mistakes.",
  "The new hire and I aren't in sync yet, so we make lots of mistakes.", "body-part", "negated", "dialogue", "손발이 맞다 = work well together")
I("시험이 코앞인데 게임만 하냐?",
  "The exam is in front of your nose and you only play games?",
  "Your exam's only days away and all you do is play games?", "body-part", "question", "dialogue", "코앞 = imminent")
I("블랙프라이데이라 다들 눈에 불을 켜고 할인 상품을 찾았다.",
  "Because it was Black Friday, everyone turned on fire in their eyes and looked for discounted items.",
  "It was Black Friday, and everyone was hunting eagerly for bargains.", "body-part", "past", "news", "눈에 불을 켜다 = be intent on")
I("머리가 굵어지더니 이제 엄마 말은 듣지도 않네.",
  "Since his head got thick, he doesn't even listen to his mom now.",
  "Now he's grown up a bit, he won't even listen to his mom.", "body-part", "past", "dialogue", "머리가 굵다 = grown up, independent")
I("그 사람한테 약점을 잡혀서 코가 꿰였어.",
  "He grabbed my weak point, so my nose got threaded through.",
  "He's got something on me, so I'm under his thumb.", "body-part", "passive", "dialogue", "코가 꿰이다 = be at someone's mercy")
I("그 장면에서 관객들이 배꼽을 잡았다.",
  "In that scene the audience grabbed their belly buttons.",
  "The audience were in stitches at that scene.", "body-part", "past", "news", "배꼽을 잡다 = laugh hard")
I("지난 시즌 패배에 이를 갈던 팀이 결승에서 설욕했다.",
  "The team that had been grinding its teeth at last season's defeat took revenge in the final.",
  "Bent on avenging last season's defeat, the team got even in the final.", "body-part", "adnominal", "news", "이를 갈다 = vow revenge")
I("그 기사 보고 뒷목 잡았잖아.",
  "I saw that article and grabbed the back of my neck.",
  "That article made my blood pressure go through the roof.", "body-part", "past", "web", "뒷목을 잡다 = be enraged")
I("결과 발표를 기다리는 동안 피가 마르는 줄 알았어요.",
  "While waiting for the results to be announced, I thought my blood would dry up.",
  "Waiting for the results was sheer agony.", "body-part", "honorific", "dialogue", "피가 마르다 = agonising wait")
I("입에 발린 소리 좀 하지 마.",
  "Stop making sounds smeared on your lips.",
  "Spare me the empty flattery.", "body-part", "adnominal", "dialogue", "입에 발린 소리 = lip service")
I("너 허파에 바람 들었냐? 왜 자꾸 실실 웃어?",
  "Did wind get into your lungs? Why do you keep grinning?",
  "What's got into you? Why do you keep giggling?", "body-part", "question", "dialogue", "허파에 바람 들다 = act silly")
I("저 사람 비위도 좋다, 그런 소리를 듣고도 웃네.",
  "That person's spleen and stomach are good too; he laughs even after hearing that.",
  "He's thick-skinned, I'll give him that; he just laughs even after hearing that.", "body-part", "base", "web", "비위가 좋다 = unfazed, brazen")
I("과거의 음주운전 전력이 결국 그의 발목을 잡았다.",
  "His past drunk-driving record eventually grabbed his ankle.",
  "His past drunk-driving conviction came back to haunt him in the end.", "body-part", "past", "news", "발목을 잡다 = hold back")
I("믿었던 동업자한테 뒤통수를 맞으셨다고요?",
  "You got hit on the back of the head by a partner you trusted?",
  "The partner you trusted stabbed you in the back?", "body-part", "honorific", "dialogue", "뒤통수를 맞다 = be betrayed")
I("그의 놀라운 기억력에 모두가 혀를 내둘렀다.",
  "Everyone waved their tongues around at his amazing memory.",
  "Everyone was amazed by his incredible memory.", "body-part", "past", "textbook", "혀를 내두르다 = marvel")
I("부모 가슴에 못 박는 소리 좀 하지 마라.",
  "Stop saying things that hammer nails into your parents' chests.",
  "Stop saying such hurtful things to your parents.", "body-part", "adnominal", "dialogue", "가슴에 못을 박다 = hurt deeply")
I("내 눈에 흙이 들어가기 전엔 그 결혼 절대 못 허락한다.",
  "Before dirt goes into my eyes, I can never allow that marriage.",
  "That marriage will happen over my dead body.", "body-part", "negated", "dialogue", "눈에 흙이 들어가다 = die")
I("머리에 피도 안 마른 것들이 어디서 대들어?",
  "Things whose head blood hasn't even dried, where do they talk back?",
  "How dare these kids, still wet behind the ears, talk back to me?", "body-part", "question", "dialogue", "머리에 피도 안 마르다 = very young")
I("애들 코 묻은 돈까지 뜯어 가는 게임 회사는 처음 본다.",
  "It's the first time I've seen a game company that extorts even children's snot-smeared money.",
  "I've never seen a game company squeeze kids for their pocket money like this.", "body-part", "adnominal", "web", "코 묻은 돈 = children's pocket money")
I("우리 엄마는 손이 커서 명절마다 음식이 남아돌아.",
  "My mom's hands are big, so every holiday the food is left over.",
  "My mom always cooks far too much, so every holiday there's loads left over.", "body-part", "base", "web", "손이 크다 = generous, makes a lot")
I("이거 먹어서는 간에 기별도 안 가.",
  "Eating this won't even send a message to my liver.",
  "This won't even touch the sides.", "body-part", "negated", "dialogue", "간에 기별도 안 가다 = not filling")
I("복권 당첨됐다고 입이 귀에 걸렸네.",
  "Saying he won the lottery, his mouth is hung on his ears.",
  "He won the lottery, and he's grinning from ear to ear.", "body-part", "past", "dialogue", "입이 귀에 걸리다 = beam")
I("동기가 먼저 승진하니까 속이 쓰리더라고요.",
  "When my colleague got promoted first, my insides were stinging.",
  "It stung when my colleague got promoted before me.", "body-part", "honorific", "dialogue", "속이 쓰리다 = feel bitter")
I("그 배우는 무명 시절 설움을 딛고 어깨를 펴게 됐다.",
  "That actor stepped over the sorrow of his unknown days and came to spread his shoulders.",
  "That actor put his struggling years behind him and can finally hold his head high.", "body-part", "split", "news", "어깨를 펴다 = feel proud")
I("아들이 하는 짓마다 눈꼴시어서 못 보겠어.",
  "Everything my son does makes my eyes sour, so I can't watch.",
  "Everything my son does gets on my nerves; I can't stand watching.", "body-part", "negated", "dialogue", "눈꼴시다 = irritating to watch")
