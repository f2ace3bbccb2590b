# food and animal idioms (hand-written, helper lit14, 2026-12-07)
I("이 정도 엑셀 작업은 나한테 식은 죽 먹기야.",
  "This level of Excel work is eating cold porridge for me.",
  "This kind of Excel work is a piece of cake for me.",
  "food", "base", "dialogue", "everyday; chat; 식은 죽 먹기 = very easy")
I("이번에도 지각하면 국물도 없을 줄 알아.",
  "If you are late again this time, know that there won't even be soup.",
  "Be late one more time and you can forget about it.",
  "food", "negated", "dialogue", "everyday; subtitles; 국물도 없다 = get nothing at all")
I("아직 면접도 안 봤는데 벌써 김칫국 마시지 마.",
  "You haven't even had the interview, so don't drink kimchi soup already.",
  "You haven't even had the interview yet, so don't count your chickens.",
  "food", "negated", "dialogue", "everyday; chat; 김칫국(부터) 마시다 = count one's chickens before they hatch")
I("새 부서에 가니 나는 완전히 찬밥 신세가 됐다.",
  "When I went to the new department, I became completely cold rice status.",
  "In the new department I've been left completely out in the cold.",
  "food", "past", "web", "everyday; forum post; 찬밥 신세 = be neglected")
I("드라마 속 집안은 그야말로 콩가루 집안이다.",
  "The family in the drama is truly a bean-powder family.",
  "The family in the drama is a complete mess.",
  "food", "base", "web", "less common; review; 콩가루 집안 = dysfunctional family")
I("신혼이라 그런지 둘이 아주 깨가 쏟아지네.",
  "Maybe because they are newlyweds, sesame is pouring out a lot between the two.",
  "They must still be on honeymoon; they're all over each other.",
  "food", "base", "dialogue", "everyday; dialogue; 깨가 쏟아지다 = be blissfully in love (newlyweds)")
I("야근 일주일 했더니 파김치가 됐어.",
  "After working overtime for a week I became green onion kimchi.",
  "A week of late nights has left me completely wiped out.",
  "food", "past", "dialogue", "everyday; chat; 파김치가 되다 = be exhausted")
I("둘이 죽이 잘 맞아서 하루 종일 붙어 다녀.",
  "The two's porridge matches well, so they stick together all day.",
  "Those two really hit it off; they're joined at the hip all day.",
  "food", "base", "dialogue", "less common; dialogue; 죽이 맞다 = get on well, be in tune")
I("결승 진출팀들 실력이 다 도토리 키 재기라 예측이 어렵다.",
  "The finalist teams' skill is all acorns measuring height, so prediction is hard.",
  "The finalists are all much of a muchness, so it's hard to call.",
  "food", "base", "news", "less common; sports news; 도토리 키 재기 = no real difference between them")
I("그 집은 이사 오자마자 호박이 넝쿨째 굴러 들어왔다.",
  "As soon as that family moved in, a pumpkin rolled in with the vines.",
  "Right after they moved in, that family hit the jackpot.",
  "food", "past", "textbook", "less common; textbook; 호박이 넝쿨째 굴러 들어오다 = have unexpected good fortune")
I("경기 부양책은 이미 물 건너간 것으로 보인다.",
  "The economic stimulus package appears to have already crossed the water.",
  "Hopes for a stimulus package appear to be dead in the water.",
  "household", "past", "news", "everyday; news; 물 건너가다 = be too late, be a lost cause")
I("주인공이 계속 당하기만 하니까 보는 내내 고구마 백 개 먹은 느낌.",
  "The main character keeps only getting hit, so the whole time watching felt like eating a hundred sweet potatoes.",
  "The lead just keeps taking it lying down; watching it was so frustrating.",
  "food", "base", "web", "everyday; review; 고구마 = frustrating (slang)")
I("마지막 화에서 악역한테 한 방 먹이는 장면 완전 사이다!",
  "In the last episode the scene where she feeds the villain one hit is total cider!",
  "The scene in the finale where she finally gets back at the villain is so satisfying!",
  "food", "base", "web", "everyday; review; 사이다 = satisfying, cathartic (slang)")
I("분위기 좋았는데 네가 초를 치면 어떡해.",
  "The atmosphere was good, what do you do if you pour vinegar.",
  "Everyone was having a good time, and you had to go and spoil it.",
  "food", "question", "dialogue", "less common; dialogue; 초를 치다 = spoil, dampen")
I("모임에 가면 나만 개밥에 도토리 같아.",
  "When I go to the gathering, only I am like an acorn in dog food.",
  "At those get-togethers I always feel like the odd one out.",
  "food", "base", "web", "less common; forum post; 개밥에 도토리 = outsider, odd one out")
I("그 배우는 사극마다 약방의 감초처럼 나온다.",
  "That actor appears in every historical drama like licorice in a pharmacy.",
  "That actor turns up in practically every period drama.",
  "food", "base", "news", "less common; entertainment news; 약방의 감초 = someone who is always present")
I("그 가격에 그 품질이면 싼 게 비지떡이지.",
  "With that quality at that price, the cheap thing is a soybean-pulp cake.",
  "That quality at that price? You get what you pay for.",
  "food", "base", "web", "everyday; review; 싼 게 비지떡 = cheap goods are poor quality")
I("그 장면에서 관객들이 빵 터졌다.",
  "In that scene the audience exploded like bread.",
  "The audience cracked up at that scene.",
  "food", "past", "web", "everyday; review; 빵 터지다 = burst out laughing")
I("우리 둘은 10년 동안 한솥밥을 먹은 사이입니다.",
  "The two of us are a relation that ate from one pot of rice for 10 years.",
  "The two of us have worked side by side for ten years.",
  "food", "honorific", "news", "everyday; news interview; 한솥밥을 먹다 = be on the same team")
I("그 사람은 거짓말을 밥 먹듯이 해.",
  "That person does lies as if eating rice.",
  "He lies through his teeth all the time.",
  "food", "base", "dialogue", "everyday; dialogue; 밥 먹듯 하다 = do habitually")
I("그렇게 살다가는 콩밥 먹는다.",
  "If you live like that, you will eat bean rice.",
  "Carry on like that and you'll end up behind bars.",
  "food", "base", "dialogue", "everyday; subtitles; 콩밥 먹다 = go to prison")
I("상대 팀은 우리 막내한테 제대로 매운맛을 봤다.",
  "The opposing team properly tasted the spicy taste from our youngest.",
  "The other team got a real lesson from our youngest player.",
  "food", "past", "news", "less common; sports news; 매운맛을 보다 = learn a hard lesson")
I("그 사람 말하는 거 보면 진짜 밥맛이야.",
  "When you see how that person talks, he is really rice taste.",
  "The way he talks really turns my stomach.",
  "food", "base", "dialogue", "less common; chat; 밥맛이다 = be repulsive (of a person)")
I("그 남자는 맨날 남의 밥상에 숟가락만 얹어.",
  "That man always only puts a spoon on someone else's table.",
  "That guy always takes credit for other people's work.",
  "household", "base", "web", "everyday; comment; 숟가락을 얹다 = take credit for others' effort")
I("파티에 갔는데 아는 사람이 없어서 꿔다 놓은 보릿자루처럼 앉아 있었어.",
  "I went to the party but there were no people I knew, so I sat like a borrowed barley sack.",
  "I knew nobody at the party, so I just sat there like a spare part.",
  "food", "past", "dialogue", "less common; dialogue; 꿔다 놓은 보릿자루 = sit awkwardly, left out")
I("대기업 싸움에 협력 업체들만 고래 싸움에 새우 등 터지는 격이다.",
  "In the conglomerates' fight, only the suppliers are like the shrimp's back bursting in a whale fight.",
  "The suppliers are the ones caught in the crossfire of the conglomerates' feud.",
  "animal", "base", "news", "everyday; news; 고래 싸움에 새우 등 터진다 = the weak suffer when the strong fight")
I("그 돈은 쥐도 새도 모르게 해외로 빠져나갔다.",
  "That money slipped out abroad without the mouse or the bird knowing.",
  "The money was quietly spirited out of the country without anyone noticing.",
  "animal", "past", "news", "everyday; news; 쥐도 새도 모르게 = in complete secrecy")
I("다른 회사가 계약을 따 가는 바람에 우리는 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "Because another company took the contract, we became the shape of a dog that chased a chicken looking at the roof.",
  "Another firm snatched the contract and we were left high and dry.",
  "animal", "past", "textbook", "less common; business report; 닭 쫓던 개 지붕 쳐다보듯 = be left empty-handed")
I("자기도 신입 때 실수 많이 했으면서, 개구리 올챙이 적 생각 못 하네.",
  "He made a lot of mistakes as a newcomer too, the frog can't think of its tadpole time.",
  "He made plenty of mistakes when he was new; he's forgotten where he came from.",
  "animal", "negated", "dialogue", "everyday; dialogue; 개구리 올챙이 적 생각 못 한다 = forget one's humble beginnings")
I("사고가 나고 나서야 안전 점검을 하다니, 소 잃고 외양간 고치는 격이다.",
  "Doing a safety check only after the accident is like fixing the cowshed after losing the cow.",
  "Holding a safety inspection only after the accident is a case of too little, too late.",
  "animal", "split", "news", "everyday; editorial; 소 잃고 외양간 고친다 = act too late")
I("이번 지원금은 피해 규모에 비하면 새 발의 피다.",
  "This support fund is bird's foot blood compared with the damage size.",
  "This aid is a drop in the ocean compared with the scale of the damage.",
  "animal", "base", "news", "everyday; news; 새 발의 피 = a trifling amount")
I("우리 아빠는 아직도 독수리 타법으로 메일을 쓰셔.",
  "My dad still writes emails with the eagle typing method.",
  "My dad still types his emails with two fingers.",
  "animal", "honorific", "web", "less common; social post; 독수리 타법 = hunt-and-peck typing")
I("저 커플 하는 거 보니까 닭살 돋는다.",
  "Seeing what that couple does, chicken skin is rising.",
  "Watching that couple is enough to make you cringe.",
  "animal", "base", "dialogue", "everyday; chat; 닭살 돋다 = cringe at sickly sweetness")
I("회의가 완전 개판이었어, 아무도 준비를 안 해 왔더라.",
  "The meeting was totally a dog board, nobody had prepared.",
  "The meeting was a total shambles; nobody had prepared a thing.",
  "animal", "past", "dialogue", "everyday; chat; 개판 = a mess, chaos")
I("쥐꼬리만 한 월급으로 월세 내고 나면 남는 게 없어.",
  "After paying the rent with a salary the size of a rat's tail, there is nothing left.",
  "Once I've paid the rent out of my measly pay there's nothing left.",
  "animal", "adnominal", "web", "everyday; forum post; 쥐꼬리만 하다 = tiny (pay)")
I("무대에 서니까 물 만난 고기처럼 신이 났다.",
  "Standing on the stage, he was excited like a fish that met water.",
  "Once he was on stage he was in his element.",
  "animal", "past", "textbook", "everyday; textbook; 물 만난 고기 = in one's element")
I("호랑이도 제 말 하면 온다더니, 저기 민지 온다.",
  "They say even the tiger comes if you talk about it, Minji is coming there.",
  "Speak of the devil, here comes Minji.",
  "animal", "split", "dialogue", "everyday; subtitles; 호랑이도 제 말 하면 온다 = speak of the devil")
I("하룻강아지 범 무서운 줄 모른다고, 신인이 챔피언한테 도전장을 냈다.",
  "As a one-day puppy does not know to fear the tiger, a rookie sent a challenge letter to the champion.",
  "Young and fearless, the rookie has thrown down the gauntlet to the champion.",
  "animal", "split", "news", "less common; sports news; 하룻강아지 범 무서운 줄 모른다 = fools rush in")
I("그 의원은 질문만 나오면 미꾸라지처럼 빠져나갔다.",
  "Whenever a question came out, the lawmaker slipped out like a loach.",
  "Whenever he was asked a question, the lawmaker wriggled out of answering.",
  "animal", "past", "news", "less common; news; 미꾸라지처럼 빠져나가다 = evade slipperily")
I("선거철마다 당을 옮기는 철새 정치인들이 또 등장했다.",
  "Migratory bird politicians who move party every election season appeared again.",
  "Once again the party-hoppers who switch sides every election have appeared.",
  "animal", "past", "news", "everyday; news; 철새 정치인 = party-hopping politician")
I("합병 후에 우리 부서만 낙동강 오리알 신세가 됐어요.",
  "After the merger, only our department became a Nakdong River duck egg.",
  "After the merger our department was left out in the cold.",
  "animal", "past", "web", "less common; forum post; 낙동강 오리알 = abandoned, left out")
I("그건 호랑이 담배 피우던 시절 얘기지.",
  "That is the story of the days when tigers smoked cigarettes.",
  "That's a story from donkey's years ago.",
  "animal", "adnominal", "dialogue", "less common; dialogue; 호랑이 담배 피우던 시절 = a very long time ago")
I("시골 출신이 대기업 회장이 됐으니 개천에서 용 난 셈이지.",
  "Someone from the country became a conglomerate chairman, so a dragon came out of a stream.",
  "A country boy who became chairman of a conglomerate: it's a real rags-to-riches story.",
  "animal", "split", "textbook", "everyday; textbook; 개천에서 용 난다 = rise from humble origins")
I("늦잠 자서 고양이 세수만 하고 나왔어.",
  "I overslept, so I only did a cat face-wash and came out.",
  "I overslept, so I just splashed some water on my face and ran out.",
  "animal", "past", "dialogue", "less common; chat; 고양이 세수 = a quick, sketchy wash")
I("또 우산을 놓고 왔어? 까마귀 고기를 먹었나.",
  "You left your umbrella again? Did you eat crow meat.",
  "You left your umbrella behind again? You'd forget your head if it wasn't screwed on.",
  "animal", "question", "dialogue", "less common; dialogue; 까마귀 고기를 먹다 = be forgetful (false friend of 'eat crow')")
I("영세 상인들한테 수수료를 올리는 건 벼룩의 간을 빼먹는 짓이다.",
  "Raising fees on small merchants is an act of taking out and eating a flea's liver.",
  "Raising fees on small traders is bleeding the poor dry.",
  "animal", "nominalised", "news", "less common; editorial; 벼룩의 간을 빼먹다 = exploit those with almost nothing")
I("역시 가재는 게 편이라고, 동기들끼리 서로 감싸 주더라.",
  "As expected the crayfish is on the crab's side, the same-year colleagues covered for each other.",
  "They closed ranks, of course; they all joined the company together.",
  "animal", "split", "web", "less common; comment; 가재는 게 편 = birds of a feather stick together")
I("불리해지자 그는 오리발을 내밀었다.",
  "When it became unfavourable, he stuck out a duck's foot.",
  "When things turned against him, he denied everything.",
  "animal", "past", "news", "everyday; news; 오리발을 내밀다 = feign innocence")
I("사장이 화를 내자 그는 바로 꼬리를 내렸다.",
  "When the boss got angry, he immediately lowered his tail.",
  "As soon as the boss lost his temper, he backed down.",
  "animal", "past", "textbook", "everyday; textbook; 꼬리를 내리다 = back down")
I("그 얘기를 듣고는 시치미를 뚝 떼더라.",
  "After hearing that story, he detached the falcon tag with a snap.",
  "When he heard about it he played dumb.",
  "household", "past", "dialogue", "everyday; dialogue; 시치미를 떼다 = pretend not to know")
I("의혹이 꼬리에 꼬리를 물고 터져 나왔다.",
  "Suspicions burst out with tails biting tails.",
  "One allegation after another came to light.",
  "animal", "past", "news", "everyday; news; 꼬리에 꼬리를 물다 = follow one after another")
