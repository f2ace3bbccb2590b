# body-part idioms (hand-written, helper lit12, 2026-12-07)
I("우리 애는 입이 짧아서 밥을 반도 안 먹어요.",
  "Our child's mouth is short, so he doesn't eat even half of his rice.",
  "Our son is a fussy eater and never finishes even half his meal.",
  "body-part", "honorific", "dialogue", "body", "입이 짧다 = picky eater")
I("장모님이 손이 크셔서 김장을 하면 배추를 백 포기씩 하신다.",
  "Because my mother-in-law's hands are big, when she makes kimchi she does a hundred heads of cabbage each time.",
  "My mother-in-law always cooks on a huge scale; when she makes kimchi she does a hundred cabbages at a time.",
  "body-part", "honorific", "web", "body", "손이 크다 = lavish with quantities",
  "My mother-in-law never does anything by halves: her kimchi batches run to a hundred cabbages.")
I("두고 온 강아지가 출장 내내 눈에 밟혔다.",
  "The puppy I left behind was stepped on in my eyes during the whole business trip.",
  "I couldn't stop thinking about the puppy I'd left at home the whole time I was away on business.",
  "body-part", "passive", "web", "body", "눈에 밟히다 = keep coming to mind (someone left behind)")
I("나도 지금 내 코가 석 자라서 너까지 도와줄 여유가 없어.",
  "My nose is three ja right now too, so I have no room to help you as well.",
  "I've got enough problems of my own right now, so I can't help you too.",
  "body-part", "base", "dialogue", "body", "내 코가 석 자 = have one's own troubles")
I("엄마는 귀가 얇으셔서 홈쇼핑만 틀면 뭘 하나씩 사신다.",
  "Mom's ears are thin, so whenever she turns on home shopping she buys one thing each time.",
  "Mom is so easily talked into things that she buys something every time she puts the shopping channel on.",
  "body-part", "honorific", "dialogue", "body", "귀가 얇다 = gullible, easily swayed")
I("친구가 강남에 집 샀다는 얘기 들으니까 솔직히 배 아프더라.",
  "Hearing that my friend bought a house in Gangnam, honestly my stomach hurt.",
  "Honestly, hearing that my friend had bought a place in Gangnam made me green with envy.",
  "body-part", "past", "dialogue", "body", "배가 아프다 = jealous; literal is a false friend",
  "To be honest, I was jealous when I heard my friend had bought a flat in Gangnam.")
I("우리 누나는 손이 매워서 등짝 한 대만 맞아도 하루 종일 얼얼해.",
  "My older sister's hands are spicy, so even one hit on the back stings all day.",
  "My sister hits really hard; one slap on the back and it stings all day.",
  "body-part", "base", "dialogue", "body", "손이 맵다 = hit hard")
I("전문가들은 기준금리 인하가 시급하다고 입을 모았다.",
  "Experts gathered their mouths that a cut in the base rate is urgent.",
  "Experts were unanimous that a cut in the base rate is urgently needed.",
  "body-part", "past", "news", "news-bureaucratic", "입을 모으다 = say with one accord (news formula)")
I("주문한 책이 오기를 목이 빠지게 기다렸는데 또 배송이 밀렸대.",
  "I waited for the book I ordered until my neck fell out, and they say the delivery was pushed back again.",
  "I've been waiting ages for the book I ordered, and now they say the delivery's been delayed again.",
  "body-part", "past", "dialogue", "body", "목이 빠지게 기다리다 = wait eagerly")
I("두 선수는 처음 호흡을 맞췄는데도 손발이 척척 맞았다.",
  "Although the two players matched breath for the first time, their hands and feet matched perfectly.",
  "Although it was their first time playing together, the two players were perfectly in sync.",
  "body-part", "split", "news", "sports", "손발이 맞다 split by 척척")
I("바쁘다더니 요즘 코빼기도 안 보이네.",
  "You said you were busy, and these days not even the tip of your nose is visible.",
  "You said you were busy, but I haven't seen hide nor hair of you lately.",
  "body-part", "negated", "dialogue", "body", "코빼기도 안 보이다 = not show up at all; good row is an English idiom with another image",
  "You said you'd be busy, but you've completely vanished lately.")
I("애들 학원비 대느라 등골이 다 빠질 지경이다.",
  "Paying the kids' academy fees, my spine is about to fall all out.",
  "Paying for the kids' cram schools is bleeding me dry.",
  "body-part", "split", "web", "body", "등골이 빠지다 split by 다")
I("이 정도 양으로는 간에 기별도 안 가겠다.",
  "With this amount, not even a message will go to my liver.",
  "This is barely a mouthful; it won't even touch the sides.",
  "body-part", "negated", "dialogue", "body", "간에 기별도 안 가다 = far too little food")
I("연말이라 다들 눈코 뜰 새 없이 바빴습니다.",
  "Because it was year-end, everyone was busy without time to open their eyes and nose.",
  "It was the end of the year, so everyone was rushed off their feet.",
  "body-part", "honorific", "textbook", "body", "눈코 뜰 새 없다 = extremely busy (common)")
I("잦은 부상이 결국 그의 발목을 잡았다.",
  "Frequent injuries grabbed his ankle in the end.",
  "In the end, a string of injuries held him back.",
  "body-part", "past", "news", "sports", "발목을 잡다 = hold back, hinder")
I("그 배우는 이번에도 열애설로 사람들 입방아에 올랐다.",
  "That actor climbed onto people's mouth mill again with dating rumours.",
  "That actor has become the subject of gossip again over rumours that he's dating someone.",
  "body-part", "past", "news", "body", "입방아에 오르다 = be gossiped about")
I("그 사람 낯짝이 얼마나 두꺼운지 사과 한마디 없더라.",
  "How thick that person's face is, there wasn't a single word of apology.",
  "He's got such a nerve; he didn't even apologise.",
  "body-part", "past", "web", "body", "낯이 두껍다 = shameless; 'thick-skinned' would be a false friend",
  "The man is utterly shameless; not one word of apology.")
I("그 손님은 엉덩이가 무거워서 자정이 넘도록 일어날 생각을 안 했다.",
  "That guest's butt was heavy, so he had no thought of getting up until past midnight.",
  "That guest just wouldn't leave; he was still sitting there after midnight.",
  "body-part", "negated", "web", "body", "엉덩이가 무겁다 = slow to leave")
I("이대로 가다간 우리 가게 식구들 전부 손가락만 빨게 생겼다.",
  "At this rate, all our shop family is going to suck only their fingers.",
  "At this rate, everyone at our shop is going to be left with nothing.",
  "body-part", "split", "dialogue", "body", "손가락을 빨다 = go without, be left with nothing; particle 을 replaced by 만")
I("그 영상이 사무실 사람들 배꼽을 다 잡게 만들었다니까.",
  "I'm telling you, that video made everyone in the office grab their belly buttons.",
  "I'm telling you, that video had everyone in the office in stitches.",
  "body-part", "causative", "dialogue", "body", "배꼽을 잡다 = laugh hard",
  "That video had the whole office cracking up.")
I("그의 놀라운 암기력은 심사위원들까지 혀를 내두르게 했다.",
  "His amazing memorisation made even the judges shake out their tongues.",
  "His phenomenal memory astounded even the judges.",
  "body-part", "causative", "news", "body", "혀를 내두르다 = be amazed")
I("새벽 세 시에 울린 전화벨이 가슴을 철렁하게 만들었다.",
  "The phone ringing at three in the morning made my chest go clunk.",
  "When the phone rang at three in the morning, my heart sank.",
  "body-part", "causative", "web", "body", "가슴이 철렁하다 = heart sinks, sudden dread")
I("그 가게 사장님은 콧대가 높으셔서 흥정 같은 건 안 통해요.",
  "That shop owner's nose bridge is high, so something like bargaining doesn't work.",
  "The owner of that shop is far too proud to haggle.",
  "body-part", "honorific", "dialogue", "body", "콧대가 높다 = haughty")
I("애들이 머리가 굵어지더니 이제 부모 말은 듣지도 않는다.",
  "Since the children's heads got thick, now they don't even listen to their parents.",
  "Now that the kids are older and have minds of their own, they won't listen to us at all.",
  "body-part", "past", "web", "body", "머리가 굵다 = grown up and independent-minded; 'thick' is a false friend")
I("시험 포기했는지 걔 요즘 공부에서 아예 손을 놨더라.",
  "Maybe he gave up on the exam; these days he completely put his hand down from studying.",
  "He seems to have given up on the exam; he's stopped studying altogether.",
  "body-part", "past", "dialogue", "body", "손을 놓다 = stop doing, give up")
I("분위기가 안 좋아지자 투자자들이 하나둘 발을 빼기 시작했다.",
  "As the mood got worse, investors started to take out their feet one by one.",
  "As sentiment soured, investors began pulling out one after another.",
  "body-part", "nominalised", "news", "business", "발을 빼다 = withdraw from a venture")
I("믿었던 동업자한테 제대로 뒤통수 맞았어.",
  "I got properly hit on the back of the head by the business partner I trusted.",
  "I was stabbed in the back by a partner I trusted.",
  "body-part", "passive", "dialogue", "body", "뒤통수를 맞다 = be betrayed (common); split by 제대로")
I("국내 배터리 기업들이 이제 글로벌 선두 업체와 어깨를 나란히 하고 있다.",
  "Domestic battery companies are now putting their shoulders side by side with the global leaders.",
  "Korean battery makers are now on a par with the world's leading firms.",
  "body-part", "base", "news", "business", "어깨를 나란히 하다 = be on a par with")
I("그 설명을 듣고 나서야 무릎을 탁 쳤다.",
  "Only after hearing that explanation did I slap my knee with a smack.",
  "It was only when I heard that explanation that the penny dropped.",
  "body-part", "split", "textbook", "body", "무릎을 치다 = sudden realisation; in English a knee-slap means laughter",
  "Only when I heard the explanation did it suddenly click.")
I("그 잔소리는 귀에 못이 박히도록 들었어요.",
  "I heard that nagging until nails were driven into my ears.",
  "I've heard that lecture a million times.",
  "body-part", "passive", "dialogue", "body", "귀에 못이 박히다 = heard too many times")
I("돈 얘기만 나오면 우리 삼촌은 눈이 뒤집힌다.",
  "Whenever money comes up, my uncle's eyes flip over.",
  "My uncle loses his head whenever money comes up.",
  "body-part", "passive", "web", "body", "눈이 뒤집히다 = go berserk")
I("담임 선생님이 네 칭찬을 입에 침이 마르도록 하시더라.",
  "Your homeroom teacher praised you until the spit in her mouth dried.",
  "Your form teacher couldn't stop singing your praises.",
  "body-part", "split", "dialogue", "body", "입에 침이 마르도록 칭찬하다 split by object",
  "Your teacher praised you to the skies.")
I("부모 얼굴에 먹칠하는 짓은 하지 마라.",
  "Don't do the act of smearing ink on your parents' faces.",
  "Don't do anything that would bring shame on your parents.",
  "body-part", "negated", "dialogue", "body", "얼굴에 먹칠하다 = disgrace")
I("기말고사가 코앞인데 아직도 게임만 하냐?",
  "The final exam is in front of your nose and you're still only playing games?",
  "Your finals are just around the corner and you're still gaming?",
  "body-part", "question", "dialogue", "body", "코앞 = imminent")
I("그는 기자회견 내내 반성하는 기색이 손톱만큼도 없었다.",
  "Throughout the press conference he had not even a fingernail's worth of a sign of remorse.",
  "Throughout the press conference he showed not the slightest remorse.",
  "body-part", "negated", "news", "body", "손톱만큼도 = not in the least")
I("쟤는 입만 살아서 막상 일은 하나도 안 해.",
  "Only his mouth is alive, so when it comes to it he doesn't do any work.",
  "He's all talk; when it comes down to it he doesn't do a thing.",
  "body-part", "base", "dialogue", "body", "입만 살다 = all talk")
I("뒤에서 갑자기 부르니까 간 떨어질 뻔했잖아!",
  "You called me suddenly from behind so my liver almost fell off!",
  "You nearly gave me a heart attack, calling me from behind like that!",
  "body-part", "past", "dialogue", "spoken", "간 떨어지다 = be startled")
I("입이 열 개라도 드릴 말씀이 없습니다.",
  "Even if I had ten mouths, I would have no words to give.",
  "I have no excuse whatsoever.",
  "body-part", "honorific", "dialogue", "spoken", "입이 열 개라도 할 말이 없다 = no excuse; formal apology")
I("할 말 다 하고 나니까 속이 다 시원하네.",
  "After saying everything I had to say, my insides are all cool.",
  "I feel so much better now that I've got it off my chest.",
  "body-part", "split", "dialogue", "spoken", "속이 시원하다 = relieved; split by 다")
I("사람들 앞에서 넘어져서 쪽팔려 죽는 줄 알았어.",
  "I fell in front of people and I thought I'd die of face-selling.",
  "I fell flat on my face in front of everyone; I nearly died of embarrassment.",
  "body-part", "past", "dialogue", "spoken", "쪽팔리다 = be embarrassed (쪽 = face, 팔리다 = be sold)")
I("친구 말에 귀가 솔깃해서 덜컥 계약서에 도장을 찍었다.",
  "My ear was tempted by my friend's words and I suddenly stamped my seal on the contract.",
  "My friend's pitch sounded so tempting that I went and signed the contract on the spot.",
  "body-part", "past", "web", "body", "귀가 솔깃하다 = be tempted by what one hears")
I("그 선배는 후배들 앞에서 어깨에 힘이 잔뜩 들어가 있었다.",
  "That senior had a lot of strength entered into his shoulders in front of the juniors.",
  "That senior was really putting on airs in front of the juniors.",
  "body-part", "split", "web", "body", "어깨에 힘이 들어가다 = act self-important")
I("이번 일은 눈 딱 감고 한 번만 넘어가 줄게.",
  "This time I'll close my eyes with a snap and pass over it just once.",
  "I'll let it slide just this once.",
  "body-part", "split", "dialogue", "body", "눈(을) 감다 = overlook; split by 딱, particle dropped",
  "Just this once, I'll turn a blind eye.")
I("한정판 운동화 하나 사겠다고 다들 눈에 불을 켜고 있다.",
  "Everyone is turning on fire in their eyes to buy one limited-edition sneaker.",
  "Everyone is desperate to get their hands on a pair of the limited-edition trainers.",
  "body-part", "base", "web", "body", "눈에 불을 켜다 = be intensely eager, on the lookout")
I("손이 많이 가는 음식이라 명절에만 만든다.",
  "Because it's a food where the hand goes a lot, I only make it on holidays.",
  "It's such a fiddly dish that I only make it at the holidays.",
  "body-part", "adnominal", "textbook", "body", "손이 많이 가다 = labour-intensive")
I("그 형은 입이 무거워서 비밀 얘기해도 괜찮아.",
  "That guy's mouth is heavy, so it's fine to tell him a secret.",
  "You can trust him with a secret; he knows how to keep his mouth shut.",
  "body-part", "base", "dialogue", "body", "입이 무겁다 = discreet")
I("부장님 눈 밖에 나면 승진은 끝이야.",
  "If you go out of the department head's eyes, promotion is over.",
  "Once you get on the wrong side of the department head, you can forget about promotion.",
  "body-part", "base", "dialogue", "business", "눈 밖에 나다 = fall out of favour")
