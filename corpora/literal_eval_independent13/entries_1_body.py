# body-part idioms (hand-written, helper lit13, 2026-12-07)
I("내 코가 석 자라서 지금은 너 도와줄 형편이 아니야.",
  "My nose is three ja long, so I am not in a position to help you now.",
  "I've got enough problems of my own right now, so I can't help you.",
  "body-part", "base", "dialogue", "코가 석 자: swamped by one's own troubles")
I("우리 애는 입이 짧아서 뭘 해 줘도 몇 숟가락 먹다 말아요.",
  "Our kid's mouth is short, so whatever I make, he eats a few spoons and stops.",
  "My son's a fussy eater — whatever I make, he has a few spoonfuls and stops.",
  "body-part", "honorific", "web", "입이 짧다: picky eater")
I("언니 손이 얼마나 매운지 등짝 한 대 맞고 눈물이 찔끔 났어.",
  "My sister's hand is so spicy that I got hit once on the back and tears came out.",
  "My sister hits so hard — one slap on the back and I was nearly in tears.",
  "body-part", "past", "dialogue", "손이 맵다: hits hard")
I("사업이 기울기 시작하자 그는 슬그머니 발을 뺐다.",
  "When the business began to tilt, he quietly pulled out his foot.",
  "When the business started to go downhill, he quietly pulled out.",
  "body-part", "past", "textbook", "발을 빼다: withdraw from a venture")
I("두고 온 아이들이 자꾸 눈에 밟혀서 잠이 안 와요.",
  "The children I left behind keep being stepped on in my eyes, so sleep does not come.",
  "I can't stop thinking about the children I left behind, and I can't sleep.",
  "body-part", "passive", "dialogue", "눈에 밟히다: can't get someone out of one's mind")
I("우리 아빠는 귀가 얇으셔서 홈쇼핑만 보면 뭘 자꾸 사셔.",
  "My dad's ears are thin, so whenever he watches home shopping he keeps buying things.",
  "My dad is so easily talked into things — every time he watches the shopping channel he buys something.",
  "body-part", "honorific", "web", "귀가 얇다: easily swayed")
I("승진하더니 그 친구 목에 힘 좀 들어갔더라.",
  "After being promoted, some strength went into that guy's neck.",
  "Since his promotion he's become rather full of himself.",
  "body-part", "split", "dialogue", "목에 힘이 들어가다: become arrogant; particle dropped")
I("친구가 집 샀다는 얘기 듣고 솔직히 좀 배 아팠어.",
  "Honestly, when I heard my friend bought a house, my stomach hurt a bit.",
  "Honestly, I was a bit jealous when I heard my friend had bought a house.",
  "body-part", "past", "dialogue", "배가 아프다: jealous; common")
I("합격자 발표 기다리느라 아무것도 손에 안 잡혀.",
  "Waiting for the list of successful candidates, nothing gets caught in my hand.",
  "I'm waiting for the results and can't focus on anything.",
  "body-part", "negated", "web", "손에 잡히다: be able to concentrate")
I("이번 주는 눈코 뜰 새 없이 바빴습니다.",
  "This week I was busy without time to open my eyes and nose.",
  "This week I've been run off my feet.",
  "body-part", "past", "dialogue", "눈코 뜰 새 없다: extremely busy; common")
I("담임 선생님이 그 학생 칭찬을 입에 침이 마르도록 하시더라.",
  "The homeroom teacher praised that student until the spit in her mouth dried.",
  "The form teacher couldn't stop singing that student's praises.",
  "body-part", "honorific", "dialogue", "입에 침이 마르다: praise endlessly")
I("걔는 요즘 동아리 모임에 코빼기도 안 보여.",
  "These days not even the tip of his nose is seen at club meetings.",
  "He hasn't shown his face at club meetings for ages.",
  "body-part", "negated", "dialogue", "코빼기도 안 보이다: never turn up")
I("마감이 내일이라 완전 발등에 불 떨어졌어.",
  "The deadline is tomorrow, so fire completely fell on the top of my foot.",
  "The deadline's tomorrow, so I'm in a real rush now.",
  "body-part", "split", "web", "발등에 불이 떨어지다: urgent; particle dropped")
I("우리 이모는 손이 커서 김치를 담가도 백 포기씩 담그셔.",
  "My aunt has big hands, so when she makes kimchi she makes a hundred heads at a time.",
  "My aunt always cooks in huge quantities — when she makes kimchi it's a hundred cabbages at a time.",
  "body-part", "honorific", "web", "손이 크다: generous, makes large quantities")
I("그렇게 얼굴 두꺼운 사람은 태어나서 처음 봤다.",
  "I have never seen such a thick-faced person since I was born.",
  "I've never met anyone so shameless in my life.",
  "body-part", "adnominal", "web", "얼굴이 두껍다: brazen (not 'thick-skinned')")
I("걔가 눈이 워낙 높아서 소개팅을 시켜 줘도 다 퇴짜야.",
  "His eyes are so high that even when we set him up on blind dates, he rejects them all.",
  "He's so picky that he turns down every blind date we set up for him.",
  "body-part", "split", "dialogue", "눈이 높다: high standards; adverb inserted")
I("애들이 머리가 굵어지니까 부모 말을 통 안 들어요.",
  "As the children's heads get thicker, they don't listen to their parents at all.",
  "Now the kids are older and have minds of their own, they don't listen to us at all.",
  "body-part", "negated", "web", "머리가 굵다: grown up and opinionated")
I("그 배우는 업계에서 콧대가 높기로 유명하다.",
  "That actor is famous in the industry for having a high nose bridge.",
  "That actor is known in the business for being stuck-up.",
  "body-part", "nominalised", "news", "콧대가 높다: haughty")
I("그의 연주 실력에 심사위원들도 혀를 내둘렀다.",
  "At his playing skill, even the judges swung their tongues around.",
  "Even the judges were astonished by his playing.",
  "body-part", "past", "news", "혀를 내두르다: be amazed")
I("설명을 듣고 나서야 나는 무릎을 탁 쳤다.",
  "Only after hearing the explanation did I slap my knee.",
  "It was only after the explanation that it finally clicked.",
  "body-part", "split", "textbook", "무릎을 치다: sudden realisation (English knee-slapping suggests laughter)")
I("놀이공원에서 애가 안 보여서 가슴이 철렁했어요.",
  "At the amusement park I couldn't see my kid and my chest clanked.",
  "I couldn't see my child anywhere at the theme park and my heart sank.",
  "body-part", "past", "dialogue", "가슴이 철렁하다: heart sinks")
I("결과 발표를 기다리는 동안 피가 마르는 줄 알았다.",
  "While waiting for the results I thought my blood was drying up.",
  "The wait for the results was agonising.",
  "body-part", "adnominal", "textbook", "피가 마르다: agonising anxiety")
I("주문한 운동화 오기만 목 빠지게 기다리는 중.",
  "Waiting until my neck falls out for the sneakers I ordered.",
  "I'm dying for the trainers I ordered to arrive.",
  "body-part", "split", "web", "목이 빠지게 기다리다: wait eagerly; particle dropped")
I("손님들이 엉덩이가 무거워서 자정이 넘도록 안 가시더라.",
  "The guests' bottoms were heavy, so they did not go until past midnight.",
  "The guests stayed put and didn't leave until after midnight.",
  "body-part", "honorific", "dialogue", "엉덩이가 무겁다: slow to leave")
I("폭설로 제주공항에서 관광객 수천 명의 발이 묶였다.",
  "Due to heavy snow, the feet of thousands of tourists were tied at Jeju Airport.",
  "Heavy snow left thousands of tourists stranded at Jeju Airport.",
  "body-part", "passive", "news", "발이 묶이다: stranded")
I("믿었던 동업자한테 제대로 뒤통수 맞았어.",
  "I got properly hit on the back of the head by the business partner I trusted.",
  "The business partner I trusted totally stabbed me in the back.",
  "body-part", "passive", "dialogue", "뒤통수를 맞다: betrayed; common")
I("그 예능 재방송 보다가 배꼽 빠지는 줄 알았다.",
  "Watching the rerun of that variety show, I thought my belly button would fall out.",
  "I nearly died laughing watching the rerun of that variety show.",
  "body-part", "adnominal", "web", "배꼽이 빠지다: laugh hard")
I("용의자들이 사전에 입을 맞춘 정황이 드러났다.",
  "Circumstances emerged that the suspects had kissed in advance.",
  "Evidence emerged that the suspects had got their stories straight beforehand.",
  "body-part", "adnominal", "news", "입을 맞추다: agree on a story (false friend: kiss)")
I("우리 둘은 손발이 척척 맞아서 일이 금방 끝나.",
  "The two of us have hands and feet that match perfectly, so work finishes quickly.",
  "The two of us work together like clockwork, so we get things done fast.",
  "body-part", "split", "dialogue", "손발이 맞다: work well together; mimetic adverb inserted")
I("다 된 밥에 코 빠뜨리지 말고 끝까지 조심해.",
  "Don't drop your nose into the fully cooked rice, and be careful to the end.",
  "Don't blow it at the last minute — stay careful right to the end.",
  "proverb", "negated", "dialogue", "다 된 밥에 코 빠뜨리다: spoil something almost finished")
I("잦은 실책이 결국 팀의 발목을 잡았다.",
  "Frequent errors eventually grabbed the team's ankle.",
  "Repeated errors ended up holding the team back.",
  "body-part", "past", "news", "발목을 잡다: hold back; sports")
I("잠깐 눈 좀 붙이고 올 테니까 먼저 먹어.",
  "I'll go attach my eyes for a moment, so eat first.",
  "I'm going to grab a quick nap, so go ahead and eat.",
  "body-part", "split", "dialogue", "눈을 붙이다: take a nap")
I("내가 진지하게 얘기하는데 그는 콧방귀만 뀌었다.",
  "I was talking seriously but he only farted through his nose.",
  "I was being serious, but he just scoffed.",
  "body-part", "past", "textbook", "콧방귀를 뀌다: scoff")
I("아버지는 낚시 얘기만 나오면 침을 튀기며 말씀하신다.",
  "Whenever fishing comes up, Father talks splashing spit.",
  "Whenever fishing comes up, Dad gets really animated.",
  "body-part", "honorific", "textbook", "침을 튀기다: talk excitedly")
I("잡채는 손이 많이 가서 명절에만 해 먹어요.",
  "Japchae takes many hands, so we only make it on holidays.",
  "Japchae is a lot of work, so we only make it for the holidays.",
  "body-part", "base", "web", "손이 많이 가다: labour-intensive")
I("걔는 입만 살아 가지고 실제로 하는 건 하나도 없어.",
  "Only his mouth is alive and there's nothing he actually does.",
  "He's all talk — he never actually does anything.",
  "body-part", "split", "dialogue", "입만 살다: all talk")
I("그는 사장 눈 밖에 나서 지방 지점으로 발령이 났다.",
  "He went outside the president's eyes and was transferred to a regional branch.",
  "He fell out of favour with the boss and was posted to a regional branch.",
  "body-part", "past", "news", "눈 밖에 나다: fall out of favour")
I("머리털 나고 이렇게 맛있는 건 처음 먹어 봐.",
  "Since hair grew on my head, this is the first time I've eaten something this delicious.",
  "I've never tasted anything this good in my life.",
  "body-part", "base", "dialogue", "머리털 나고 처음: first time in one's life")
I("부모 얼굴에 먹칠하는 짓만은 하지 마라.",
  "Just don't do things that smear ink on your parents' faces.",
  "Whatever you do, don't bring shame on your parents.",
  "body-part", "negated", "textbook", "얼굴에 먹칠하다: disgrace")
I("하루 종일 연락이 안 되니까 속이 타들어 가.",
  "I can't reach him all day, so my insides are burning down.",
  "I haven't been able to reach him all day and I'm worried sick.",
  "body-part", "base", "dialogue", "속이 타다: be anxious")
I("입사할 때만 해도 이 회사에 뼈를 묻겠다는 각오였습니다.",
  "When I joined, I was determined to bury my bones in this company.",
  "When I joined, I meant to spend my whole career at this company.",
  "body-part", "honorific", "dialogue", "뼈를 묻다: devote one's life to")
I("선생님께 칭찬을 들으니 어깨가 절로 으쓱해졌다.",
  "Hearing praise from the teacher, my shoulders shrugged by themselves.",
  "I felt proud of myself when the teacher praised me.",
  "body-part", "split", "textbook", "어깨가 으쓱하다: feel proud (false friend: shrug)")
I("등산하다가 종아리에 쥐가 나서 한참 주저앉아 있었어.",
  "While hiking a rat came out in my calf, so I sat down for a long time.",
  "I got a cramp in my calf while hiking and had to sit down for ages.",
  "animal", "past", "web", "쥐가 나다: get a cramp")
I("해명하느라 대변인이 진땀을 뺐다.",
  "The spokesperson squeezed out sticky sweat explaining.",
  "The spokesperson struggled to explain it away.",
  "body-part", "past", "news", "진땀을 빼다: have a hard time")
I("주민들은 그 계획을 쌍수를 들어 환영했다.",
  "The residents raised both hands and welcomed the plan.",
  "Residents welcomed the plan wholeheartedly.",
  "body-part", "past", "news", "쌍수를 들다: wholeheartedly")
I("중간 관리자들이 사실상 회사의 허리 역할을 하고 있습니다.",
  "Middle managers are in fact playing the role of the company's waist.",
  "Middle managers are effectively the backbone of the company.",
  "body-part", "honorific", "news", "허리: middle layer; business")
I("사장님께 눈도장 찍으려고 일부러 일찍 왔지.",
  "I came early on purpose to stamp an eye seal on the boss.",
  "I came in early on purpose so the boss would notice me.",
  "body-part", "past", "dialogue", "눈도장을 찍다: get noticed; business")
I("이번 시즌 활약으로 그 선수 몸값이 두 배로 뛰었다.",
  "With his performance this season, that player's body price jumped twofold.",
  "After this season, that player's market value has doubled.",
  "body-part", "past", "news", "몸값: market value; sports")
I("결승전은 마지막까지 손에 땀을 쥐게 하는 승부였다.",
  "The final was a game that made you grip sweat in your hand until the end.",
  "The final was a nail-biter right to the end.",
  "body-part", "causative", "news", "손에 땀을 쥐게 하다: thrilling; sports")
I("선수들 몸이 오늘따라 좀 무거워 보이네요.",
  "The players' bodies look a bit heavy today especially.",
  "The players look a bit sluggish today.",
  "body-part", "honorific", "dialogue", "몸이 무겁다: sluggish; sports commentary")
I("고객을 직접 만나려고 일주일 내내 발품을 팔았다.",
  "To meet customers in person I sold foot-labour all week.",
  "I did the legwork all week to meet customers in person.",
  "body-part", "past", "web", "발품을 팔다: do the legwork; business")
I("선배가 먼저 하겠다고 나서니 아무도 토를 달지 못했다.",
  "Since the senior stepped up first, nobody could attach a reading mark.",
  "Once the senior volunteered, nobody dared object.",
  "other", "negated", "textbook", "토를 달다: raise objections")
