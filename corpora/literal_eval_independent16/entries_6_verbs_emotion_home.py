# figurative verbs, emotion idioms, parenting and cooking talk (hand-written, helper lit16, 2026-12-08)
I("보고서 오타 때문에 아침부터 팀장한테 엄청 깨졌어.",
  "Because of a typo in the report I got broken a lot by the team leader from the morning.",
  "I got chewed out by my team leader first thing this morning over a typo in my report.",
  "figurative-verb", "passive", "business", "깨지다 = get a dressing-down")
I("아이디어 냈다가 회의에서 다 까였어.",
  "I put out an idea and got all peeled at the meeting.",
  "I pitched an idea and it got shot down in the meeting.",
  "figurative-verb", "passive", "business", "까이다 = be shot down")
I("용돈 깎였다고 애가 입이 댓 발 나왔어.",
  "Because his allowance got cut, the kid's mouth came out five bal long.",
  "The kid's sulking because his allowance got cut.",
  "body-part", "past", "dialogue", "입이 댓 발 나오다 = pout, sulk")
I("투자 유치가 막판에 엎어지면서 출시가 미뤄졌다.",
  "As the investment attraction got overturned at the last minute, the launch was postponed.",
  "The launch was postponed after the funding deal fell through at the last minute.",
  "figurative-verb", "passive", "business", "엎어지다 = fall through")
I("이벤트 시작하자마자 고객센터 전화가 터졌다.",
  "As soon as the event started, the customer centre phones burst.",
  "The moment the promotion started, the customer service lines were swamped.",
  "figurative-verb", "past", "news", "전화가 터지다 = phones ring off the hook")
I("그 광고 카피가 젊은 층에 제대로 먹혔다.",
  "That ad copy was properly eaten by young people.",
  "The ad slogan really struck a chord with young people.",
  "figurative-verb", "passive", "business", "먹히다 = go down well")
I("그 가수는 예능 한 번 나가고 완전 떴어.",
  "That singer went on one variety show and totally floated.",
  "That singer went on one variety show and shot to fame.",
  "figurative-verb", "past", "web", "뜨다 = become famous")
I("한 번 찍히면 그 교수 수업은 답이 없어.",
  "Once you get stamped, that professor's class has no answer.",
  "Once that professor has it in for you, there's no saving your grade.",
  "figurative-verb", "passive", "dialogue", "찍히다 = be singled out")
I("요즘 뜨개질에 완전 꽂혀서 밤마다 뜨고 있어.",
  "These days I've totally been skewered by knitting and knit every night.",
  "I've become obsessed with knitting lately; I do it every night.",
  "figurative-verb", "passive", "web", "꽂히다 = become hooked on")
I("삼촌이 코인 하다가 가게 하나를 통째로 말아먹었다.",
  "Uncle rolled up and ate a whole shop while doing coins.",
  "My uncle lost his whole shop gambling on crypto.",
  "figurative-verb", "past", "dialogue", "말아먹다 = squander, ruin")
I("다 때려치우고 제주도 가서 카페나 하고 싶다.",
  "I want to beat and quit everything and go to Jeju and do a café.",
  "I want to chuck it all in and go run a café on Jeju.",
  "figurative-verb", "base", "web", "때려치우다 = quit in frustration")
I("오늘 점심은 내가 쏠게.",
  "Today's lunch I will shoot.",
  "Lunch is on me today.",
  "figurative-verb", "base", "dialogue", "쏘다 = treat someone")
I("친구가 차 태워 줘서 택시비 굳었다.",
  "A friend gave me a ride so the taxi fare hardened.",
  "A friend gave me a lift, so I saved on the taxi fare.",
  "figurative-verb", "past", "dialogue", "돈이 굳다 = save money")
I("상대 팀 주전이 다 빠져서 날로 먹은 경기였다.",
  "The other team's starters were all out, so it was a game we ate raw.",
  "Their starters were all out, so we won without breaking a sweat.",
  "figurative-verb", "past", "sports", "날로 먹다 = win easily")
I("토익 점수가 모자라서 서류에서 떨어졌다.",
  "My TOEIC score was short, so I fell at the documents.",
  "My TOEIC score wasn't high enough, so I didn't make it past the application stage.",
  "figurative-verb", "past", "web", "떨어지다 = fail (selection)")
I("은행 앱이 또 먹통이야.",
  "The bank app is an ink pot again.",
  "The banking app is down again.",
  "figurative-verb", "base", "web", "먹통 = not working")
I("그렇게 정색하는 거 보니까 뭔가 찔리는 게 있나 봐.",
  "Seeing him get so serious, he must have something that pricks.",
  "The way he got all defensive, he must have a guilty conscience.",
  "figurative-verb", "passive", "dialogue", "찔리다 = feel guilty")
I("마음을 비우고 나니까 오히려 합격했어요.",
  "After I emptied my heart, I passed instead.",
  "Once I stopped worrying about the result, I actually passed.",
  "figurative-verb", "past", "web", "마음을 비우다 = let go of expectations")
I("그 사람 말 들으니까 기가 막혀서 말이 안 나오더라.",
  "Listening to that person, my energy was blocked and words didn't come out.",
  "What he said left me speechless; I couldn't believe it.",
  "emotion", "passive", "dialogue", "기가 막히다 = be dumbfounded")
I("돈 빌려 간 애가 나한테 밥을 사라네. 어이가 없어서.",
  "The kid who borrowed money tells me to buy a meal. Because there's no millstone handle.",
  "The guy who owes me money wants me to buy him dinner. Unbelievable.",
  "emotion", "negated", "web", "어이가 없다 = absurd")
I("몇 년 같이 산 강아지라 정이 많이 들었어.",
  "It's a puppy I lived with for several years, so a lot of affection entered.",
  "We've had the dog for years, so I've grown really attached to him.",
  "emotion", "past", "dialogue", "정이 들다 = grow attached")
I("그렇게 거짓말하는 거 보고 정떨어졌어.",
  "Seeing him lie like that, affection fell off.",
  "Seeing him lie like that really put me off him.",
  "emotion", "past", "web", "정떨어지다 = be turned off by someone")
I("아무리 생각해도 울화통이 터져서 잠이 안 온다.",
  "No matter how much I think, my fire-of-anger barrel bursts and sleep doesn't come.",
  "The more I think about it the angrier I get, and I just can't sleep.",
  "emotion", "negated", "web", "울화통이 터지다 = seethe with anger")
I("그 장면에서 주인공이 웃는 순간 심쿵했어.",
  "The moment the lead smiled in that scene, my heart went kung.",
  "My heart skipped a beat when the lead smiled in that scene.",
  "emotion", "past", "web", "심쿵 = heart flutter")
I("우리 손주는 눈에 넣어도 안 아플 만큼 예뻐.",
  "Our grandchild is pretty to the point it wouldn't hurt even if I put him in my eye.",
  "My grandson is the apple of my eye.",
  "body-part", "negated", "dialogue", "눈에 넣어도 안 아프다 = dote on")
I("외동이라고 오냐오냐 키웠더니 버릇이 없어.",
  "Because he's an only child, I raised him yes-yes, and he has no manners.",
  "I spoiled him because he's an only child, and now he has no manners.",
  "figurative-verb", "past", "web", "오냐오냐하다 = spoil a child")
I("다섯 살인데 엄마 껌딱지라 유치원 가기 싫어해요.",
  "He's five, but he's Mom's gum-sticker, so he hates going to kindergarten.",
  "He's five but he's glued to his mom and doesn't want to go to kindergarten.",
  "slang/neologism", "honorific", "web", "엄마 껌딱지 = clingy child")
I("아기가 등센서가 있어서 눕히기만 하면 깨요.",
  "The baby has a back sensor, so he wakes whenever I lay him down.",
  "The baby wakes up the moment I put him down.",
  "slang/neologism", "honorific", "web", "등센서 = baby who wakes when laid down")
I("남편이 매일 야근이라 완전 독박육아 중이에요.",
  "Because my husband works late every day, I'm in full poison-bomb childcare.",
  "My husband works late every night, so I'm raising the kids single-handed.",
  "slang/neologism", "honorific", "web", "독박육아 = solo parenting")
I("마트에서 장난감 사 달라고 바닥에 누워 떼를 쓰더라고요.",
  "At the supermarket he lay on the floor and used a herd, asking me to buy a toy.",
  "He threw himself on the floor at the supermarket and threw a tantrum for a toy.",
  "figurative-verb", "past", "web", "떼를 쓰다 = throw a tantrum")
I("할머니 손 타서 이젠 안아 줘야만 자.",
  "He rode grandma's hand, so now he only sleeps if held.",
  "Grandma's held him so much that now he'll only sleep in someone's arms.",
  "body-part", "past", "web", "손(을) 타다 = get used to being held")
I("고슴도치도 제 새끼는 예쁘다더니 다들 자기 애 사진만 올리네.",
  "They say even a hedgehog thinks its own young is pretty; everyone only posts their own kid's photos.",
  "Every parent thinks their child is the cutest; everyone only posts photos of their own kids.",
  "proverb", "split", "web", "고슴도치도 제 새끼는 예쁘다 = parents dote on their own")
I("된장찌개는 엄마 손맛을 못 따라가.",
  "Doenjang stew can't follow Mom's hand taste.",
  "Nobody makes doenjang stew the way Mom does.",
  "body-part", "negated", "dialogue", "손맛 = a cook's special touch")
I("양념이 고기에 배도록 하룻밤 재워 두세요.",
  "Put the meat to sleep for one night so the seasoning soaks in.",
  "Leave the meat to marinate overnight so it soaks up the seasoning.",
  "figurative-verb", "causative", "textbook", "재우다 = marinate")
I("답을 빨리 말해 줘. 왜 이렇게 뜸을 들여?",
  "Tell me the answer quickly. Why are you steaming the rice so much?",
  "Just tell me already. Why are you dragging it out?",
  "food", "question", "dialogue", "뜸을 들이다 = keep someone waiting")
I("신당 창당설에 그는 아직 간만 보고 있다.",
  "About the new-party rumour, he is still only tasting the salt.",
  "He's still just testing the waters on the talk of forming a new party.",
  "food", "base", "news", "간을 보다 = test the waters")
I("공짜 점심은 없다는 걸 그 사기 사건으로 뼈저리게 깨달았다.",
  "Through that fraud case I realised bone-piercingly that there's no free lunch.",
  "That scam taught me the hard way that there's no such thing as a free lunch.",
  "emotion", "past", "web", "뼈저리게 = painfully, to the bone")
I("발표 순서 기다리는데 오금이 저려서 혼났어.",
  "Waiting for my turn to present, the backs of my knees went numb and I had a hard time.",
  "Waiting for my turn to present, I was so nervous my knees were shaking.",
  "body-part", "past", "dialogue", "오금이 저리다 = be scared stiff")
I("그 상사는 입만 살아서 실제로 하는 일은 하나도 없어.",
  "That boss only has his mouth alive, so there's not one thing he actually does.",
  "That boss is all talk; he never actually does anything.",
  "body-part", "negated", "business", "입만 살다 = all talk")
I("정부의 집값 대책이 이번에도 헛발질로 끝났다.",
  "The government's house price measures ended in an empty kick this time too.",
  "Once again the government's housing measures missed the mark.",
  "figurative-verb", "past", "news", "헛발질 = miss the mark")
