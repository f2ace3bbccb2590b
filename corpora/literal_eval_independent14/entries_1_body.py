# body-part idioms (hand-written, helper lit14, 2026-12-07)
I("우리 팀장님은 발이 넓어서 업계에 모르는 사람이 없어.",
  "Our team leader has wide feet, so there is nobody in the industry he doesn't know.",
  "Our team leader is so well connected that he knows everybody in the industry.",
  "body-part", "base", "dialogue", "everyday; dialogue; 발이 넓다 = know a lot of people")
I("어머님이 손이 크셔서 김장을 한 번 하시면 온 동네가 나눠 먹어요.",
  "Mother-in-law has big hands, so when she makes kimchi once the whole neighbourhood shares eating it.",
  "My mother-in-law always makes enough for an army, so when she does her kimchi the whole neighbourhood gets some.",
  "body-part", "honorific", "web", "everyday; social post; 손이 크다 = make or give things in generous quantities")
I("애가 입이 짧아서 반찬을 거의 안 먹어요.",
  "The kid's mouth is short, so he hardly eats side dishes.",
  "My kid is a fussy eater and barely touches the side dishes.",
  "body-part", "negated", "dialogue", "everyday; dialogue; 입이 짧다 = be a picky eater")
I("저는 귀가 얇아서 홈쇼핑만 보면 뭘 자꾸 사요.",
  "I have thin ears, so whenever I watch home shopping I keep buying things.",
  "I'm such a pushover that I end up buying something every time I watch a shopping channel.",
  "body-part", "honorific", "web", "everyday; forum post; 귀가 얇다 = be easily persuaded")
I("걔는 눈이 너무 높아서 소개팅을 해도 다 퇴짜야.",
  "His eyes are too high, so even when he goes on blind dates, all are rejected.",
  "He's way too picky; he turns down everyone he's set up with.",
  "body-part", "base", "dialogue", "everyday; chat; 눈이 높다 = have high standards")
I("잘난 척하던 선배 코가 납작해졌지, 뭐.",
  "The senior who acted smart had his nose flattened, what.",
  "That senior who was always showing off got taken down a peg, didn't he.",
  "body-part", "passive", "dialogue", "everyday; dialogue; 코가 납작해지다 = be humbled")
I("얼굴도 두껍지, 돈 빌려 가 놓고 또 빌려 달래.",
  "His face is thick too, he borrowed money and asks to lend again.",
  "He's got some nerve: he hasn't paid me back and now he wants another loan.",
  "body-part", "split", "dialogue", "everyday; chat; 얼굴이 두껍다 = be shameless")
I("친구가 먼저 승진하니까 솔직히 배가 좀 아프더라.",
  "When my friend got promoted first, honestly my stomach hurt a bit.",
  "Honestly, I was a bit jealous when my friend got promoted before me.",
  "body-part", "past", "dialogue", "everyday; dialogue; 배가 아프다 = be jealous")
I("그 회장은 경영에서 완전히 손을 뗐다고 밝혔다.",
  "The chairman revealed that he completely took his hand off from management.",
  "The chairman said he had stepped away from running the company altogether.",
  "body-part", "past", "news", "everyday; news; 손을 떼다 = withdraw from, stop being involved")
I("민수는 입이 무거우니까 걱정하지 말고 말해.",
  "Minsu's mouth is heavy, so don't worry and say it.",
  "Minsu can keep a secret, so go ahead and tell him.",
  "body-part", "base", "dialogue", "everyday; dialogue; 입이 무겁다 = be discreet")
I("그 사람 입이 가벼워서 내일이면 회사 전체가 알 거야.",
  "That person's mouth is light, so by tomorrow the whole company will know.",
  "He's such a blabbermouth that the whole company will know by tomorrow.",
  "body-part", "base", "dialogue", "everyday; dialogue; 입이 가볍다 = be unable to keep a secret")
I("뒤에서 갑자기 부르는 바람에 간 떨어질 뻔했잖아!",
  "Because you suddenly called from behind, my liver almost fell!",
  "You nearly gave me a heart attack, calling me from behind like that!",
  "body-part", "split", "dialogue", "everyday; subtitles; 간 떨어지다 = get a terrible fright")
I("두 사람은 손발이 척척 맞아서 일이 금방 끝났다.",
  "The two people's hands and feet matched well, so the work finished quickly.",
  "The two of them worked together like clockwork and finished in no time.",
  "body-part", "past", "textbook", "everyday; textbook; 손발이 맞다 = work well together")
I("혼자 두고 온 강아지가 자꾸 눈에 밟혀서 여행이 즐겁지가 않네.",
  "The puppy I left alone keeps getting stepped on by my eyes, so the trip is not fun.",
  "I can't stop thinking about the puppy I left at home, so I'm not enjoying the trip.",
  "body-part", "passive", "web", "everyday; social post; 눈에 밟히다 = keep coming to mind, worry about")
I("그 집 딸은 콧대가 높아서 아무나 안 만나.",
  "That family's daughter has a high nose bridge, so she doesn't meet just anyone.",
  "Their daughter is a bit stuck-up; she won't go out with just anybody.",
  "body-part", "negated", "dialogue", "everyday; dialogue; 콧대가 높다 = be haughty")
I("애들도 이제 머리가 굵어서 내 말을 안 들어.",
  "The kids' heads have also become thick now, so they don't listen to my words.",
  "The kids are old enough to have their own ideas now, so they don't listen to me.",
  "body-part", "negated", "dialogue", "less common; dialogue; 머리가 굵다 = be grown up and independent-minded")
I("믿었던 동업자가 뒤통수를 쳤습니다.",
  "The business partner I trusted hit the back of my head.",
  "The business partner I trusted stabbed me in the back.",
  "body-part", "past", "news", "everyday; news interview; 뒤통수를 치다 = betray")
I("그 선생님 손이 얼마나 매운지 다들 무서워했어.",
  "How spicy that teacher's hands were, everybody was scared.",
  "That teacher had such a heavy hand that everyone was afraid of her.",
  "body-part", "past", "dialogue", "less common; dialogue; 손이 맵다 = hit hard / be strict")
I("30분만 눈 좀 붙이고 다시 할게.",
  "I'll attach my eyes for only 30 minutes and do it again.",
  "I'm going to grab a half-hour nap and then get back to it.",
  "body-part", "base", "dialogue", "everyday; chat; 눈을 붙이다 = take a nap")
I("엄마 잔소리를 하도 들어서 귀가 따가워.",
  "I heard Mom's nagging so much that my ears sting.",
  "I'm sick and tired of hearing Mom nag me.",
  "body-part", "base", "dialogue", "everyday; dialogue; 귀가 따갑다 = be sick of hearing something")
I("그 후보는 입만 살아서 공약을 하나도 안 지켰다.",
  "That candidate had only his mouth alive and did not keep a single pledge.",
  "That candidate was all talk and didn't keep a single promise.",
  "body-part", "negated", "web", "everyday; comment; 입만 살다 = be all talk")
I("이 영화 보다가 배꼽 빠지는 줄 알았어요.",
  "While watching this movie I thought my belly button would fall out.",
  "I nearly died laughing watching this film.",
  "body-part", "split", "web", "everyday; review; 배꼽 빠지다 = laugh very hard")
I("도와주고 싶은데 지금 내 코가 석 자라서.",
  "I want to help, but right now my nose is three ja long.",
  "I'd like to help, but I've got enough problems of my own right now.",
  "body-part", "split", "dialogue", "everyday; chat; 내 코가 석 자 = have one's own troubles")
I("합격 발표만 목이 빠지게 기다리고 있어요.",
  "I am waiting for the pass announcement until my neck falls out.",
  "I've been waiting on tenterhooks for the results to come out.",
  "body-part", "base", "web", "everyday; forum post; 목이 빠지게 기다리다 = wait anxiously")
I("샐러드 하나로는 간에 기별도 안 가.",
  "With one salad, not even a message reaches my liver.",
  "A salad barely touches the sides.",
  "body-part", "negated", "dialogue", "less common; chat; 간에 기별도 안 가다 = be far too little food")
I("출시가 다음 주라 개발팀 발등에 불이 떨어졌습니다.",
  "The release is next week, so fire has fallen on the development team's instep.",
  "The launch is next week, so the development team is under the gun.",
  "body-part", "past", "textbook", "everyday; business email; 발등에 불이 떨어지다 = face an urgent deadline")
I("그 사건으로 집안 얼굴에 먹칠을 했다.",
  "With that incident he smeared ink on the family's face.",
  "That incident brought shame on the whole family.",
  "body-part", "past", "textbook", "everyday; textbook; 얼굴에 먹칠하다 = disgrace")
I("쓸개 빠진 사람처럼 시키는 대로 다 하냐?",
  "Like a person whose gallbladder fell out, do you do everything you're told?",
  "Have you got no backbone? Why do you just do whatever they tell you?",
  "body-part", "question", "dialogue", "less common; subtitles; 쓸개 빠지다 = spineless")
I("저는 비위가 약해서 수술 장면을 못 봐요.",
  "My spleen and stomach are weak, so I can't watch surgery scenes.",
  "I'm too squeamish to watch operation scenes.",
  "body-part", "negated", "web", "less common; forum post; 비위가 약하다 = be squeamish")
I("결과 나올 때까지 피가 마르는 것 같았어요.",
  "Until the result came out, it felt like my blood was drying.",
  "Waiting for the result was sheer agony.",
  "body-part", "past", "dialogue", "less common; dialogue; 피가 마르다 = be in agonising suspense")
I("아이가 연락이 안 돼서 부모들은 애가 탔다.",
  "The child could not be reached, so the parents' intestines burned.",
  "The parents were frantic with worry when they couldn't reach their child.",
  "body-part", "past", "news", "less common; news; 애가 타다 = be anxious, worried sick")
I("휴대폰이 없어진 줄 알고 가슴이 철렁했다.",
  "I thought my phone had disappeared and my chest clanged.",
  "My heart skipped a beat when I thought I'd lost my phone.",
  "body-part", "past", "textbook", "everyday; textbook; 가슴이 철렁하다 = get a sudden fright")
I("잠깐 산책하면서 머리 좀 식히고 올게요.",
  "I will take a short walk and cool my head a bit and come.",
  "I'm going to take a quick walk to clear my head.",
  "body-part", "honorific", "dialogue", "everyday; dialogue; 머리를 식히다 = take a break to clear one's mind")
I("그 일로 부장님 눈 밖에 나서 승진이 어렵게 됐다.",
  "Because of that matter I went out of the manager's eyes, and promotion became hard.",
  "That business put me in the boss's bad books, so a promotion is unlikely now.",
  "body-part", "past", "web", "less common; forum post; 눈 밖에 나다 = fall out of favour")
I("동창회 한다니까 코빼기도 안 보이더라.",
  "When there was a reunion, not even the tip of his nose was visible.",
  "He didn't even show his face at the reunion.",
  "body-part", "negated", "dialogue", "less common; chat; 코빼기도 안 보이다 = not show up at all")
I("손님들이 이 집 갈비를 입에 침이 마르도록 칭찬했다.",
  "The customers praised this restaurant's ribs until the saliva in their mouths dried.",
  "Customers raved about this restaurant's ribs.",
  "body-part", "past", "web", "everyday; review; 입에 침이 마르도록 칭찬하다 = praise lavishly")
I("마지막 1분까지 손에 땀을 쥐게 하는 경기였습니다.",
  "It was a match that made you grip sweat in your hand until the last minute.",
  "It was a nail-biter right up to the final minute.",
  "body-part", "causative", "news", "everyday; sports news; 손에 땀을 쥐다 = be on the edge of one's seat")
I("마을 사람들이 발 벗고 나서서 복구 작업을 도왔다.",
  "The villagers took off their shoes and stepped forward and helped the restoration work.",
  "Villagers rolled up their sleeves and pitched in with the clean-up.",
  "body-part", "past", "news", "everyday; news; 발 벗고 나서다 = pitch in eagerly")
I("그 선수의 기술에 관중들이 혀를 내둘렀다.",
  "The spectators shook their tongues at the player's skill.",
  "The crowd marvelled at the player's skill.",
  "body-part", "past", "news", "less common; sports news; 혀를 내두르다 = be amazed")
I("수상 소감을 말하다가 그는 눈시울을 붉혔다.",
  "While saying his award feeling, he reddened the rims of his eyes.",
  "He welled up during his acceptance speech.",
  "body-part", "past", "news", "less common; news; 눈시울을 붉히다 = be moved to tears")
I("애가 허파에 바람이 들었나, 아까부터 계속 킥킥거려.",
  "Did wind get into the kid's lungs, she keeps giggling since earlier.",
  "What's got into her? She's been giggling for ages.",
  "body-part", "question", "dialogue", "less common; dialogue; 허파에 바람 들다 = giggle for no reason")
I("거짓말한 게 들킬까 봐 오금이 저렸다.",
  "I was afraid the lie would be found out, so the backs of my knees went numb.",
  "I was terrified my lie would be found out.",
  "body-part", "past", "textbook", "less common; textbook; 오금이 저리다 = be scared, uneasy from guilt")
I("임원 됐다고 목에 힘 좀 주는 거 봐.",
  "Look at him putting strength in his neck because he became an executive.",
  "Look at him putting on airs now that he's an executive.",
  "body-part", "base", "dialogue", "less common; chat; 목에 힘을 주다 = act self-important")
I("동네 사람들이 그 집 이혼 얘기로 입방아를 찧고 있다.",
  "Neighbourhood people are pounding the mouth mortar with that family's divorce story.",
  "The whole neighbourhood is gossiping about that couple's divorce.",
  "body-part", "base", "textbook", "less common; textbook; 입방아를 찧다 = gossip")
I("이 요리는 손이 많이 가서 명절에만 만들어요.",
  "This dish's hands go a lot, so I only make it on holidays.",
  "This dish takes a lot of work, so I only make it for the holidays.",
  "body-part", "honorific", "web", "everyday; recipe blog; 손이 많이 가다 = be labour-intensive")
I("팀장 말이 뼈를 때려서 아무 말도 못 했어.",
  "The team leader's words hit my bones, so I couldn't say anything.",
  "What the team leader said hit home so hard I couldn't say a word.",
  "body-part", "negated", "dialogue", "everyday; chat; 뼈를 때리다 = be painfully true")
I("그는 실수를 알면서도 한 번만 눈 감아 달라고 사정했다.",
  "Knowing the mistake, he begged to close eyes for him just once.",
  "He knew he had slipped up and begged them to let it go just this once.",
  "body-part", "split", "textbook", "everyday; textbook; 눈(을) 감아 주다 = overlook a fault")
I("그는 이 바닥에서 엉덩이가 무거운 걸로 유명하다.",
  "He is famous in this floor for a heavy butt.",
  "He's known in this business for being slow to get moving.",
  "body-part", "base", "web", "less common; forum post; 엉덩이가 무겁다 = be slow to act / sit for a long time")
I("상을 받고 나니 어깨가 으쓱해지더라고요.",
  "After receiving the prize, my shoulders shrugged.",
  "Winning the award made me feel quite proud of myself.",
  "body-part", "past", "dialogue", "less common; dialogue; 어깨가 으쓱하다 = feel proud (not a shrug)")
I("계약서에 도장 찍는 순간 코가 꿰인 거지.",
  "The moment we stamped the contract, our nose got pierced.",
  "Once we signed that contract, we were trapped.",
  "body-part", "passive", "dialogue", "less common; dialogue; 코가 꿰이다 = be caught, have no way out")
