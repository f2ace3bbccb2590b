# body-part idioms (hand-written, helper lit11, 2026-12-07)
I("그렇게 잘난 척하더니 시험 결과 보고 코가 납작해졌더라.",
  "He showed off so much, but after seeing the exam results his nose became flat.",
  "He'd been so full of himself, but the exam results really took him down a peg.",
  "body-part", "past", "dialogue", "코가 납작해지다 = be humbled")
I("우리 애는 입이 짧아서 반찬을 몇 개 안 먹어요.",
  "Our kid's mouth is short, so he only eats a few side dishes.",
  "Our kid is a picky eater, so he only touches a few of the side dishes.",
  "body-part", "honorific", "dialogue", "입이 짧다 = picky eater")
I("그 선생님 손이 얼마나 매운지 한 대 맞으면 하루 종일 얼얼해.",
  "That teacher's hands are so spicy that if you get hit once it stings all day.",
  "That teacher hits so hard that one smack leaves you stinging all day.",
  "body-part", "base", "dialogue", "손이 맵다 = hit hard / be strict")
I("투자 분위기가 이상해지자 그는 슬그머니 발을 뺐다.",
  "When the investment mood turned strange, he quietly pulled out his foot.",
  "When the investment started to look shaky, he quietly pulled out.",
  "body-part", "past", "news", "발을 빼다 = withdraw from a venture")
I("유학 간 딸이 자꾸 눈에 밟혀서 잠이 안 와요.",
  "My daughter who went to study abroad keeps getting stepped on by my eyes, so I can't sleep.",
  "I can't stop thinking about my daughter studying abroad, and I can't sleep.",
  "body-part", "passive", "dialogue", "눈에 밟히다 = can't get someone out of one's mind")
I("너는 귀가 너무 얇아서 탈이야. 유튜브 하나 보고 주식을 사?",
  "The problem with you is your ears are too thin. You buy stocks after watching one YouTube video?",
  "Your problem is you're too easily swayed. You buy stocks off one YouTube video?",
  "body-part", "question", "dialogue", "귀가 얇다 = gullible")
I("친구가 집 샀다는 소리 들으니까 솔직히 배가 좀 아프더라.",
  "When I heard my friend bought a house, honestly my stomach hurt a bit.",
  "Honestly, I was a bit jealous when I heard my friend had bought a house.",
  "body-part", "past", "web", "배가 아프다 = be envious")
I("그 사람 낯이 두꺼워서 돈 빌려 가 놓고 또 빌려 달래.",
  "That person's face is thick, so after borrowing money he asks to borrow again.",
  "He's got some nerve: he borrowed money and now he wants to borrow more.",
  "body-part", "base", "dialogue", "낯이 두껍다 = shameless")
I("합격 발표를 목이 빠지게 기다렸는데 결국 떨어졌어.",
  "I waited for the acceptance announcement until my neck fell out, but in the end I failed.",
  "I waited on tenterhooks for the results, and in the end I didn't get in.",
  "body-part", "past", "web", "목이 빠지게 기다리다 = wait anxiously/eagerly")
I("그 회사는 결국 모바일 게임 사업에서 손을 뗐다.",
  "The company finally took its hands off the mobile game business.",
  "The company finally got out of the mobile games business.",
  "body-part", "past", "news", "손을 떼다 = withdraw from")
I("전문가들은 금리 인하가 시기상 이르다고 입을 모았다.",
  "Experts gathered their mouths that a rate cut is early in timing.",
  "Experts agreed that it was too early to cut interest rates.",
  "body-part", "past", "news", "입을 모으다 = say with one voice")
I("연말이라 눈코 뜰 새 없이 바빠서 연락을 못 했어.",
  "It's the end of the year and I was busy without time to open my eyes and nose, so I couldn't contact you.",
  "It's the end of the year and I've been run off my feet, so I haven't been in touch.",
  "body-part", "negated", "dialogue", "눈코 뜰 새 없다 = extremely busy")
I("그 집 딸은 콧대가 높아서 웬만한 남자는 쳐다도 안 봐.",
  "That family's daughter has a high nose bridge, so she doesn't even look at ordinary men.",
  "Their daughter is so stuck-up that she won't even look at most men.",
  "body-part", "negated", "dialogue", "콧대가 높다 = haughty")
I("아이의 피아노 실력에 심사위원들도 혀를 내둘렀다.",
  "Even the judges shook their tongues at the child's piano skills.",
  "Even the judges were astonished at how well the child played the piano.",
  "body-part", "past", "news", "혀를 내두르다 = marvel at")
I("아이가 안 보여서 순간 가슴이 철렁했어요.",
  "I couldn't see my child, and for a moment my chest went clunk.",
  "When I couldn't see my child, my heart sank for a moment.",
  "body-part", "honorific", "dialogue", "가슴이 철렁하다 = heart sinks")
I("애 둘 학원비 대느라 허리가 휠 지경입니다.",
  "Paying for two kids' academies, my waist is about to bend.",
  "Paying for two kids' cram schools is breaking the bank.",
  "body-part", "adnominal", "news", "허리가 휘다 = struggle under costs")
I("이 회사에 뼈를 묻겠다던 부장님이 이직하셨대.",
  "The department head who said he would bury his bones at this company changed jobs.",
  "The manager who said he'd stay with this company for life has moved to another job.",
  "body-part", "honorific", "web", "뼈를 묻다 = devote one's whole life to a place")
I("결과 나오기까지 일주일 동안 피가 마르는 줄 알았다.",
  "For the week until the result came out, I thought my blood was drying up.",
  "The week waiting for the result was nerve-racking.",
  "body-part", "adnominal", "web", "피가 마르다 = be agonisingly anxious")
I("할머니는 손주 자랑을 침이 마르도록 하셨다.",
  "Grandma bragged about her grandson until her saliva dried up.",
  "Grandma never stopped singing her grandson's praises.",
  "body-part", "honorific", "textbook", "침이 마르도록 = endlessly (praise)")
I("회식에 빠졌다가 팀장 눈 밖에 났어.",
  "I skipped the team dinner and went out of the team leader's eyes.",
  "I skipped the team dinner and got on the team leader's bad side.",
  "body-part", "past", "dialogue", "눈 밖에 나다 = fall out of favour")
I("규제가 신산업의 발목을 잡고 있다는 지적이 나온다.",
  "There are claims that regulations are grabbing the ankles of new industries.",
  "Critics say regulation is holding new industries back.",
  "body-part", "nominalised", "news", "발목을 잡다 = hold back")
I("걔는 입이 무거우니까 말해도 괜찮아.",
  "Her mouth is heavy, so it's okay to tell her.",
  "She can keep a secret, so it's fine to tell her.",
  "body-part", "base", "dialogue", "입이 무겁다 = discreet")
I("손님이 엉덩이가 무거워서 새벽 두 시까지 안 가셨어.",
  "The guest's butt was heavy, so he didn't leave until 2 a.m.",
  "The guest overstayed his welcome and didn't leave until 2 a.m.",
  "body-part", "negated", "web", "엉덩이가 무겁다 = slow to leave")
I("어머니는 손이 크셔서 김치를 한 번에 백 포기씩 담그세요.",
  "Mother's hands are big, so she makes kimchi a hundred cabbages at a time.",
  "Mother always makes food in huge quantities: she does a hundred cabbages of kimchi at a time.",
  "body-part", "honorific", "dialogue", "손이 크다 = generous, makes lavish amounts")
I("애들 코 묻은 돈까지 노리는 확률형 아이템은 규제해야 한다.",
  "Loot-box items that even target children's money with snot on it must be regulated.",
  "Loot boxes that go after children's pocket money should be regulated.",
  "body-part", "adnominal", "news", "코 묻은 돈 = children's pocket money")
I("세일 소식에 사람들이 눈이 뒤집혀서 매장으로 몰려들었다.",
  "At the news of the sale, people's eyes flipped over and they rushed into the store.",
  "When news of the sale got out, people went crazy and stampeded into the store.",
  "body-part", "past", "news", "눈이 뒤집히다 = go berserk")
I("머리 좀 굵어졌다고 이제 부모 말은 안 듣는다니까.",
  "Just because his head got a bit thick, now he doesn't listen to his parents.",
  "Now that he's a bit older and thinks he knows best, he won't listen to his parents.",
  "body-part", "past", "dialogue", "머리가 굵다 = grown up, self-opinionated")
I("그 장면에서 다들 배꼽을 잡고 웃었다.",
  "In that scene everyone grabbed their belly buttons and laughed.",
  "Everyone was in stitches at that scene.",
  "body-part", "past", "web", "배꼽을 잡다 = split one's sides")
I("엄마가 공부하라는 말을 하도 해서 귀에 못이 박혔어.",
  "Mom said to study so much that a nail got hammered into my ears.",
  "Mom has told me to study so many times I'm sick of hearing it.",
  "body-part", "passive", "dialogue", "귀에 못이 박히다 = heard something ad nauseam")
I("그 의원은 입만 살아서 공약을 하나도 안 지켰다.",
  "That lawmaker had only his mouth alive, so he didn't keep a single pledge.",
  "That lawmaker is all talk; he didn't keep a single campaign promise.",
  "body-part", "negated", "news", "입만 살다 = all talk")
I("둘이 손발이 척척 맞아서 일이 금방 끝났다.",
  "The two had hands and feet matching perfectly, so the work finished quickly.",
  "The two of them worked together like clockwork, so the job was done in no time.",
  "body-part", "split", "textbook", "손발이 맞다 = work well together")
I("이런 짓을 하다니, 부모 얼굴에 먹칠을 하는구나.",
  "To do something like this, you are painting ink on your parents' faces.",
  "Doing something like this, you're bringing shame on your parents.",
  "body-part", "base", "dialogue", "얼굴에 먹칠하다 = disgrace")
I("승진하더니 목에 힘 좀 주고 다니네.",
  "After getting promoted he walks around putting some strength in his neck.",
  "Since his promotion he's been strutting around like he owns the place.",
  "body-part", "split", "dialogue", "목에 힘을 주다 = act self-important; particle dropped")
I("폭설로 관광객 수백 명의 발이 묶였다.",
  "Due to heavy snow, the feet of hundreds of tourists were tied.",
  "Heavy snow left hundreds of tourists stranded.",
  "body-part", "passive", "news", "발이 묶이다 = be stranded")
I("딸이 연락이 안 되니까 속이 타서 죽겠어.",
  "My daughter can't be reached, so my insides are burning to death.",
  "I can't reach my daughter and I'm worried sick.",
  "body-part", "base", "dialogue", "속이 타다 = be worried sick")
I("그 말이 엄마 가슴에 못을 박았다는 걸 나중에야 알았다.",
  "Only later did I realise that those words hammered a nail into Mom's chest.",
  "Only later did I realise how deeply those words had wounded my mother.",
  "body-part", "nominalised", "textbook", "가슴에 못을 박다 = wound deeply")
I("시험이 코앞인데 아직 한 과목도 못 봤어.",
  "The exam is in front of my nose and I haven't looked at one subject yet.",
  "The exam is just around the corner and I haven't studied a single subject.",
  "body-part", "negated", "web", "코앞 = imminent")
I("마지막 1분까지 손에 땀을 쥐게 하는 경기였다.",
  "It was a game that made you grip sweat in your hand until the last minute.",
  "It was a nail-biter right up to the last minute.",
  "body-part", "causative", "news", "손에 땀을 쥐다 = be on the edge of one's seat")
I("옆 팀이 우리 프로젝트에 눈독을 들이고 있어.",
  "The next team is putting eye poison on our project.",
  "The team next door has its eye on our project.",
  "body-part", "base", "dialogue", "눈독을 들이다 = covet")
I("그 시절엔 입에 풀칠하기도 힘들었지.",
  "In those days it was hard even to paste glue on our mouths.",
  "Back then it was hard just to keep body and soul together.",
  "body-part", "nominalised", "dialogue", "입에 풀칠하다 = scrape a living")
I("너 허파에 바람 들었니? 왜 자꾸 혼자 웃어?",
  "Did wind get into your lungs? Why do you keep laughing alone?",
  "What's got into you? Why do you keep giggling to yourself?",
  "body-part", "question", "dialogue", "허파에 바람 들다 = act giddy")
I("쓸개 빠진 놈처럼 굽실거리지 좀 마.",
  "Stop bowing and scraping like a guy with his gallbladder removed.",
  "Stop grovelling like a spineless wimp.",
  "body-part", "adnominal", "dialogue", "쓸개 빠지다 = spineless")
I("이 요리는 손이 많이 가서 명절에만 해요.",
  "This dish has hands going a lot, so I only make it on holidays.",
  "This dish takes a lot of work, so I only make it for the holidays.",
  "body-part", "honorific", "web", "손이 많이 가다 = labour-intensive")
I("눈이 삐었냐? 저게 어떻게 반칙이 아니야?",
  "Are your eyes sprained? How is that not a foul?",
  "Are you blind? How is that not a foul?",
  "body-part", "question", "web", "눈이 삐다 = be blind (abusive)")
I("무료라는 말에 귀가 번쩍 뜨였다.",
  "At the word free, my ears flashed open.",
  "My ears pricked up at the word 'free'.",
  "body-part", "passive", "web", "귀가 번쩍 뜨이다 = ears prick up")
I("이웃들이 발 벗고 나서서 화재 피해 가족을 도왔다.",
  "The neighbours took off their shoes and stepped out to help the family hit by the fire.",
  "Neighbours rallied round to help the family who lost their home in the fire.",
  "body-part", "past", "news", "발 벗고 나서다 = go all out to help")
I("내 계획을 듣더니 그는 코웃음을 쳤다.",
  "After hearing my plan, he hit a nose laugh.",
  "He scoffed when he heard my plan.",
  "body-part", "past", "textbook", "코웃음 치다 = scoff")
I("상 한 번 받더니 어깨에 힘이 잔뜩 들어갔네.",
  "After getting one award, a lot of strength has gone into his shoulders.",
  "He won one award and now he's got a big head.",
  "body-part", "split", "dialogue", "어깨에 힘이 들어가다 = become cocky")
I("술을 마셨더니 혀가 꼬여서 발음이 안 돼.",
  "I drank and my tongue got tied, so I can't pronounce.",
  "I've been drinking and I'm slurring my words.",
  "body-part", "past", "dialogue", "혀가 꼬이다 = slur (literal 'tongue-tied' means something else)")
I("그는 눈에 불을 켜고 범인을 찾아다녔다.",
  "He turned on fire in his eyes and went around looking for the culprit.",
  "He hunted high and low for the culprit.",
  "body-part", "past", "textbook", "눈에 불을 켜다 = be intensely determined")
I("배가 불렀구나? 이 월급이 적다고?",
  "Your stomach is full, huh? You say this salary is small?",
  "You've gotten spoiled, haven't you? You think this salary is too low?",
  "body-part", "question", "dialogue", "배가 부르다 = be complacent/spoiled")
I("그때 그 집을 안 산 걸 두고두고 가슴을 치고 있다.",
  "I keep beating my chest about not buying that house back then.",
  "I still kick myself for not buying that house when I had the chance.",
  "body-part", "negated", "web", "가슴을 치다 = deeply regret")
I("발표하려는데 머리가 하얘져서 아무 말도 못 했어.",
  "I was about to present and my head turned white, so I couldn't say anything.",
  "When I got up to present, my mind went blank and I couldn't say a thing.",
  "body-part", "past", "dialogue", "머리가 하얘지다 = mind goes blank")
I("남의 연애에 웬 오지랖이 그렇게 넓으세요?",
  "Why is the front flap of your coat so wide about other people's dating?",
  "Why are you so nosy about other people's love lives?",
  "body-part", "honorific", "web", "오지랖이 넓다 = nosy (clothing image)")
I("걔 잘난 척하는 거 보면 배알이 꼴려.",
  "Seeing her act smug, my intestines twist.",
  "Watching her show off really gets my goat.",
  "body-part", "base", "web", "배알이 꼴리다 = be galled")
I("전에 한 번 대들었다가 부장님한테 미운털이 박혔어.",
  "I talked back once before, and hated hair got stuck to me by the manager.",
  "I talked back once and ever since I've been on the manager's bad side.",
  "body-part", "passive", "dialogue", "미운털이 박히다 = be in someone's bad books")
I("그 선배는 발이 넓어서 모르는 사람이 없어.",
  "That senior's feet are wide, so there is nobody she doesn't know.",
  "She knows everyone; she's really well connected.",
  "body-part", "negated", "dialogue", "발이 넓다 = have a wide network")
I("너 눈이 너무 높은 거 아니야? 그 정도면 괜찮은 사람이잖아.",
  "Aren't your eyes too high? He's a good enough person.",
  "Aren't your standards a bit too high? He sounds like a decent guy.",
  "body-part", "question", "dialogue", "눈이 높다 = have high standards")
I("그렇게 애가 타게 하지 말고 빨리 말해 줘.",
  "Don't make my intestines burn like that, tell me quickly.",
  "Stop keeping me in suspense and just tell me.",
  "emotion", "causative", "dialogue", "애가 타다 = be on tenterhooks")
I("그 소식 듣고 넋이 나간 사람처럼 앉아 있었다.",
  "After hearing the news she sat like a person whose soul went out.",
  "After hearing the news she sat there in a daze.",
  "emotion", "adnominal", "textbook", "넋이 나가다 = be dazed")
I("요즘 물가 보면 기가 막혀서 말도 안 나온다.",
  "Looking at prices these days, my energy is blocked and words don't come out.",
  "Prices these days are so outrageous I'm lost for words.",
  "emotion", "negated", "web", "기가 막히다 = be dumbfounded")
I("동생이 자꾸 약을 올려서 결국 싸웠어.",
  "My brother kept raising the medicine, so in the end we fought.",
  "My little brother kept winding me up, so we ended up fighting.",
  "emotion", "past", "dialogue", "약을 올리다 = tease, provoke")
I("불안해서 발을 동동 구르며 전화만 기다렸다.",
  "I was anxious, so I stamped my feet dong-dong and only waited for the phone.",
  "I paced about anxiously, just waiting for the phone to ring.",
  "emotion", "past", "textbook", "발을 동동 구르다 = fret anxiously")
I("얘 말하는 거 진짜 골 때린다 ㅋㅋ",
  "The way this kid talks really hits the brain lol",
  "The way he talks is absolutely ridiculous lol",
  "emotion", "base", "web", "골 때리다 = absurd, hilarious")
