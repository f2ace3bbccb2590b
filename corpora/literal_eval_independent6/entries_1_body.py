# body-part idioms (hand-written, helper lit6, 2026-12-07)
I("너 요즘 간이 부었구나? 부장님한테 그렇게 대들어?",
  "Your liver has swollen these days, huh? You talk back to the department head like that?",
  "You've gotten awfully bold lately, haven't you? Talking back to the boss like that?",
  "body-part", "past", "dialogue", "간이 붓다 'liver swells' = get reckless, overbold")
I("점심을 샐러드 한 접시로 때웠더니 간에 기별도 안 가네.",
  "I got by with one plate of salad for lunch, so not even a message reaches my liver.",
  "All I had for lunch was a salad, and it barely touched the sides.",
  "body-part", "negated", "dialogue", "간에 기별도 안 가다 'no word even reaches the liver' = not nearly enough food")
I("쓸개 빠진 사람처럼 시키는 대로 다 하지 좀 마.",
  "Stop doing everything you're told like a person whose gallbladder fell out.",
  "Stop doing whatever they tell you like you've got no backbone.",
  "body-part", "adnominal", "dialogue", "쓸개 빠지다 'gallbladder falls out' = spineless")
I("팀장님 비위 맞추느라 하루 종일 진이 다 빠졌어.",
  "Matching the team leader's spleen and stomach all day, all my sap drained out.",
  "I spent the whole day humouring the team leader and I'm completely drained.",
  "body-part", "past", "web", "비위를 맞추다 'match spleen and stomach' = humour someone; 진이 빠지다 = be drained")
I("우리 민수는 엉덩이가 무거워서 한번 앉으면 일어날 생각을 안 해요.",
  "Our Minsu's buttocks are heavy, so once he sits he doesn't think of getting up.",
  "Our Minsu is such a couch potato; once he sits down, he never gets up again.",
  "body-part", "base", "dialogue", "엉덩이가 무겁다 'buttocks are heavy' = slow to get moving")
I("애가 입이 짧아서 반찬을 세 개 이상 안 먹어요.",
  "The child's mouth is short, so she doesn't eat more than three side dishes.",
  "She's a picky eater; she won't touch more than three of the side dishes.",
  "body-part", "negated", "web", "입이 짧다 'mouth is short' = picky eater")
I("밤 열한 시인데 입이 심심해서 라면 하나 끓일까 고민 중.",
  "It's 11 p.m. but my mouth is bored so I am worrying whether to boil one ramen.",
  "It's 11 p.m. and I'm feeling snacky, so I'm thinking about making some ramyeon.",
  "body-part", "base", "web", "입이 심심하다 'mouth is bored' = feel like nibbling")
I("그 사람 말은 다 입에 발린 소리니까 너무 믿지 마.",
  "That person's words are all sounds smeared on the mouth, so don't believe them too much.",
  "Don't take him too seriously; it's all just empty flattery.",
  "body-part", "adnominal", "dialogue", "입에 발린 소리 'words smeared on the lips' = insincere flattery")
I("그 배우는 이혼설로 한동안 사람들의 입방아에 올랐다.",
  "That actor went up on people's mouth mill for a while because of the divorce rumour.",
  "The actor was the talk of the town for a while over rumours of a divorce.",
  "body-part", "past", "news", "입방아에 오르다 'go onto the mouth-mill' = be gossiped about")
I("이번 인사에서도 회장 사모님 입김이 셌다는 소문이 돌아요.",
  "There is a rumour that the chairman's wife's breath was strong in this personnel reshuffle too.",
  "Word is the chairman's wife pulled the strings in this round of appointments too.",
  "body-part", "past", "dialogue", "입김이 세다 'breath is strong' = wield influence")
I("외국인 참가자의 완벽한 판소리 실력에 심사위원들도 혀를 내둘렀다.",
  "At the perfect pansori skill of the foreign participant, the judges also swung their tongues.",
  "Even the judges were astonished at how flawlessly the foreign contestant sang pansori.",
  "body-part", "past", "news", "혀를 내두르다 'wag one's tongue out' = be amazed")
I("동생이 군대 간 뒤로 혼자 밥 먹을 때마다 그 녀석이 눈에 밟혀.",
  "Since my brother went to the army, every time I eat alone that guy is stepped on in my eyes.",
  "Ever since my little brother left for the army, I can't stop thinking about him whenever I eat alone.",
  "body-part", "passive", "dialogue", "눈에 밟히다 'be trodden on the eyes' = keep coming to mind")
I("세일 시작하자마자 다들 눈에 불을 켜고 가방 코너로 달려가더라.",
  "As soon as the sale started, everyone turned on fire in their eyes and ran to the bag corner.",
  "The moment the sale opened, everyone made a beeline for the handbags.",
  "body-part", "split", "web", "눈에 불을 켜다 'light a fire in the eyes' = go at it eagerly")
I("옆 팀이 우리 신입한테 눈독 들이고 있대요.",
  "They say the next team is putting eye poison on our new hire.",
  "Apparently the team next door has its eye on our new hire.",
  "body-part", "split", "dialogue", "눈독(을) 들이다 'apply eye-poison' = covet; particle dropped")
I("그 선배한테 약점을 잡혀서 완전 코가 꿰였어.",
  "My weakness was caught by that senior, so my nose was completely threaded.",
  "That senior knows my weak spot, so he's got me completely under his thumb.",
  "body-part", "passive", "dialogue", "코가 꿰이다 'have one's nose threaded' (like an ox) = be under someone's control")
I("잘난 척하던 걔 콧대를 이번 대회에서 제대로 꺾어 줬지.",
  "In this contest I properly broke the nose bridge of that kid who was acting high and mighty.",
  "That show-off got taken down a peg or two at this competition, and I'm the one who did it.",
  "body-part", "past", "dialogue", "콧대를 꺾다 'break the bridge of the nose' = humble an arrogant person")
I("내가 유학 간다고 했더니 삼촌이 콧방귀를 뀌시더라.",
  "When I said I'm going to study abroad, my uncle farted through his nose.",
  "When I said I was going to study abroad, my uncle just scoffed.",
  "body-part", "honorific", "dialogue", "콧방귀를 뀌다 'fart through the nose' = snort dismissively")
I("시상식에서 넘어진 걸 생각하면 아직도 낯이 뜨겁다.",
  "When I think of falling over at the awards ceremony, my face is still hot.",
  "I still cringe when I think about tripping at the awards ceremony.",
  "body-part", "base", "textbook", "낯이 뜨겁다 'face is hot' = feel ashamed")
I("돈 빌려 가서 안 갚고 또 빌려 달라니, 얼굴에 철판 깔았나 봐.",
  "He borrowed money, didn't pay back, and asks to borrow again, he must have laid a steel plate on his face.",
  "He never paid me back and now he wants another loan? The nerve of the guy.",
  "body-part", "past", "web", "얼굴에 철판을 깔다 'lay an iron plate on one's face' = be shameless")
I("부모 가슴에 못 박는 소리는 하는 게 아니야.",
  "You don't say words that hammer nails into your parents' chests.",
  "You shouldn't say things that break your parents' hearts.",
  "body-part", "adnominal", "dialogue", "가슴에 못을 박다 'drive a nail into the chest' = wound deeply; particle dropped")
I("택배비가 물건값보다 비싸네. 배보다 배꼽이 더 크다더니.",
  "The delivery fee is more expensive than the item. They said the bellybutton is bigger than the belly.",
  "The shipping costs more than the thing itself. Talk about the tail wagging the dog.",
  "body-part", "split", "web", "배보다 배꼽이 더 크다 'navel bigger than belly' = the extras cost more than the main thing")
I("등골 빠지게 모은 노후 자금을 전세 사기로 잃은 피해자들이 거리로 나섰다.",
  "Victims who lost to jeonse fraud the retirement funds they gathered until their spine fell out took to the streets.",
  "Victims who lost the retirement savings they had slaved for to jeonse fraud took to the streets.",
  "body-part", "adnominal", "news", "등골이 빠지다 'spinal marrow drains' = back-breaking toil")
I("저는 이 학교에 뼈를 묻을 각오로 왔습니다.",
  "I came to this school with the resolution to bury my bones.",
  "I came to this school ready to devote the rest of my career to it.",
  "body-part", "honorific", "dialogue", "뼈를 묻다 'bury one's bones' = devote one's life to a place")
I("할머니 말씀에는 늘 뼈가 있어서 웃으면서 들어도 찔린다니까.",
  "Grandma's words always have bones, so even if I listen laughing, I get pricked.",
  "Grandma's remarks always have a sting to them, so even when I laugh along, they hit home.",
  "body-part", "honorific", "dialogue", "말에 뼈가 있다 'words have bones' = a pointed remark; 찔리다 = feel guilty")
I("뉴스에서 그 판결 보는데 피가 거꾸로 솟더라.",
  "Watching that verdict on the news, my blood rose upside down.",
  "My blood boiled when I saw that ruling on the news.",
  "body-part", "past", "web", "피가 거꾸로 솟다 'blood surges backwards' = be enraged")
I("마지막 승부차기까지 가는 경기가 피를 말렸다.",
  "The match that went to the last penalty shootout dried the blood.",
  "The match went all the way to penalties, and it was nerve-racking.",
  "body-part", "causative", "news", "피를 말리다 'dry out one's blood' = be agonisingly tense")
I("시어머니가 새 며느리 칭찬을 침이 마르도록 하셨다.",
  "The mother-in-law praised the new daughter-in-law until her saliva dried.",
  "Her mother-in-law couldn't stop singing the new bride's praises.",
  "body-part", "honorific", "textbook", "침이 마르도록 칭찬하다 'praise till one's spit dries' = praise endlessly")
I("우리 둘은 처음인데도 손발이 척척 맞더라.",
  "Although it was the first time for us two, the hands and feet matched snap snap.",
  "It was our first time working together, but we clicked right away.",
  "body-part", "split", "dialogue", "손발이 맞다 'hands and feet match' = work well together; mimetic 척척 inserted")
I("그렇게 손이 발이 되도록 빌었는데도 안 봐주더라.",
  "Even though I begged until my hands became feet, they didn't overlook it.",
  "I begged and pleaded with them, but they still wouldn't let it go.",
  "body-part", "negated", "dialogue", "손이 발이 되도록 빌다 'beg till hands become feet' = beg abjectly")
I("자꾸 안아 줘서 애를 손 타게 만들었잖아. 이제 내려놓기만 하면 울어.",
  "You kept holding her and made the baby ride hands. Now she cries whenever I put her down.",
  "You held her so much that she's used to being carried. Now she cries as soon as I put her down.",
  "body-part", "causative", "web", "손(을) 타다 'ride the hands' = get used to being carried; causative -게 만들다")
I("그 사람은 손톱만큼도 미안해하지 않았다.",
  "That person wasn't sorry even as much as a fingernail.",
  "He wasn't the least bit sorry.",
  "body-part", "negated", "textbook", "손톱만큼도 'not even a fingernail's worth' = not in the slightest")
I("머리 굴리지 말고 솔직하게 말해.",
  "Don't roll your head and speak honestly.",
  "Stop scheming and just tell me the truth.",
  "body-part", "negated", "dialogue", "머리를 굴리다 'roll one's head' = think craftily")
I("머리가 굵어졌다고 이제 엄마 말은 듣지도 않네.",
  "Just because your head got thick, now you don't even listen to Mom.",
  "Now that you're all grown up, you don't even listen to your mother.",
  "body-part", "past", "dialogue", "머리가 굵다 'head gets thick' = old enough to have one's own ideas")
I("설명을 듣던 그는 무릎을 탁 치며 '바로 그거야!'라고 외쳤다.",
  "Listening to the explanation, he hit his knee with a slap and shouted 'That's exactly it!'",
  "As he listened to the explanation, it suddenly clicked, and he shouted, 'That's it!'",
  "body-part", "split", "textbook", "무릎을 치다 'slap one's knee' = suddenly realise; adverb 탁 inserted")
I("승진하더니 어깨에 힘 좀 들어갔네?",
  "After getting promoted, a bit of strength went into your shoulders?",
  "Got a bit full of yourself since the promotion, have you?",
  "body-part", "question", "dialogue", "어깨에 힘이 들어가다 'power goes into the shoulders' = become self-important")
I("목에 칼이 들어와도 그 비밀은 말 못 해.",
  "Even if a knife comes into my throat, I can't say that secret.",
  "I'll never tell that secret, not even over my dead body.",
  "body-part", "negated", "dialogue", "목에 칼이 들어와도 'even with a blade at the throat' = never, whatever happens")
I("폭설로 제주공항에서 관광객 수천 명의 발이 묶였다.",
  "Due to heavy snow, the feet of thousands of tourists were tied at Jeju Airport.",
  "Thousands of tourists were stranded at Jeju Airport by heavy snow.",
  "body-part", "passive", "news", "발이 묶이다 'feet are tied' = be stranded")
I("동네 어르신들이 수해 복구에 발 벗고 나서셨다.",
  "Village elders took off their feet and stepped forward for the flood restoration.",
  "Local elders threw themselves into the flood clean-up.",
  "body-part", "honorific", "news", "발 벗고 나서다 'step forward barefoot' = go all out to help")
I("십 년 같이 일한 동업자한테 발등 찍혔어.",
  "I got the top of my foot axed by a business partner I worked with for ten years.",
  "I got stabbed in the back by a partner I'd worked with for ten years.",
  "body-part", "passive", "web", "발등을 찍히다 'have the top of one's foot chopped' = be betrayed by someone trusted")
I("결과 발표를 기다리며 다들 발을 동동 굴렀다.",
  "Waiting for the result announcement, everyone rolled their feet dong-dong.",
  "Everyone was on tenterhooks waiting for the results.",
  "body-part", "past", "textbook", "발을 동동 구르다 'stamp one's feet' (mimetic) = fret anxiously")
I("저 작은 가게가 대기업 발목을 잡을 줄 누가 알았겠어?",
  "Who would have known that small shop would grab the ankle of the big company?",
  "Who'd have thought that little shop would hold back a big conglomerate?",
  "body-part", "question", "dialogue", "발목을 잡다 'grab the ankle' = hold someone back")
I("걔 성격이 너무 좋아서 허파에 바람 들었나 싶을 정도야.",
  "That kid's personality is so good that I wonder if wind got into her lungs.",
  "She's so bubbly I sometimes wonder if she's got a screw loose.",
  "body-part", "split", "web", "허파에 바람이 들다 'wind gets into the lungs' = giggly for no reason")
I("사장님이 갑자기 부르셔서 간이 콩알만 해졌잖아요.",
  "The boss suddenly called me, so my liver became the size of a bean.",
  "The boss called me in out of the blue and I nearly died of fright.",
  "body-part", "honorific", "dialogue", "간이 콩알만 해지다 'liver shrinks to a bean' = be terrified")
I("경찰차만 지나가도 오금이 저렸다고 피의자는 진술했다.",
  "The suspect stated that even when a police car passed, the backs of his knees went numb.",
  "The suspect said he broke into a cold sweat every time a police car went by.",
  "body-part", "past", "news", "오금이 저리다 'the backs of the knees tingle' = be scared of being caught")
