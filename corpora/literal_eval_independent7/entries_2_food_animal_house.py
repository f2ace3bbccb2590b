# food, animal, household/clothing/nature, colour and number idioms (hand-written, helper lit7, 2026-12-07)
# --- food
I("그 집은 지금 나한테 그림의 떡이야.",
  "That house is a rice cake in a picture to me right now.",
  "That house is way out of my reach right now.",
  "food", "base", "dialogue", "그림의 떡: unattainable")
I("어제 회식에서 완전 떡이 돼서 기억이 하나도 없어.",
  "At yesterday's company dinner I completely became a rice cake and remember nothing.",
  "I got completely wasted at the work dinner last night and can't remember a thing.",
  "food", "past", "dialogue", "떡이 되다: blind drunk")
I("죽이 되든 밥이 되든 일단 한번 해 보자.",
  "Whether it becomes porridge or rice, let's try it once anyway.",
  "Let's just give it a go and see what happens.",
  "food", "split", "dialogue", "죽이 되든 밥이 되든: come what may")
I("결국 죽 쒀서 개 준 꼴이 됐네.",
  "In the end it became the shape of making porridge and giving it to the dog.",
  "In the end we did all the work and someone else got the credit.",
  "proverb", "split", "web", "죽 쒀서 개 준다: one's effort benefits someone else")
I("시키는 대로 안 하면 국물도 없을 줄 알아.",
  "If you don't do as you're told, know that there will be not even broth.",
  "If you don't do as you're told, you'll get nothing at all.",
  "food", "negated", "dialogue", "국물도 없다: get nothing")
I("쟤 잘난 척하는 거 진짜 밥맛이야.",
  "The way he shows off is really rice taste.",
  "The way he shows off is a real turn-off.",
  "food", "base", "web", "밥맛이다: repulsive (밥맛없다)")
I("새 모델이 나오자 구형은 매장에서 찬밥 신세가 됐다.",
  "When the new model came out, the old one became in the circumstances of cold rice in the stores.",
  "Once the new model came out, the old one was pushed to the back of the shelves.",
  "food", "past", "news", "찬밥 신세: neglected, sidelined")
I("부처 간 밥그릇 싸움 때문에 법안 처리가 늦어지고 있다.",
  "Because of the rice bowl fight between ministries, the passing of the bill is being delayed.",
  "A turf war between ministries is holding up the bill.",
  "food", "nominalised", "news", "밥그릇 싸움: turf war")
I("신혼이라 그런지 둘이 깨가 쏟아지네.",
  "Maybe because they're newlyweds, sesame seeds are pouring out between the two.",
  "They must be newlyweds; they're so lovey-dovey.",
  "food", "base", "dialogue", "깨가 쏟아지다: blissfully in love")
I("떡 줄 사람은 생각도 안 하는데 김칫국부터 마시지 마.",
  "The person who'll give the rice cake isn't even thinking of it, so don't drink the kimchi soup first.",
  "Don't count your chickens before they've hatched.",
  "proverb", "negated", "dialogue", "김칫국부터 마시다: presume too early")
I("작은 고추가 맵다더니 막내가 제일 세네.",
  "They say small peppers are spicy, and the youngest is the strongest.",
  "Don't judge by size; the youngest is the toughest of the lot.",
  "proverb", "split", "dialogue", "작은 고추가 맵다: small but formidable")
I("싼 게 비지떡이라더니 한 번 빨았는데 늘어났어.",
  "They say a cheap thing is a soybean-pulp cake, and it stretched after one wash.",
  "You get what you pay for, I guess; it stretched after one wash.",
  "proverb", "split", "web", "싼 게 비지떡: cheap goods are poor quality")
I("콩 심은 데 콩 난다고 아들도 아빠 닮아 부지런하네.",
  "As beans grow where beans are planted, the son is also diligent like his dad.",
  "Like father, like son: the boy is just as hard-working as his dad.",
  "proverb", "split", "dialogue", "콩 심은 데 콩 난다: children resemble parents")
I("심판 판정이 우리를 완전히 엿 먹였어.",
  "The referee's call completely fed us taffy.",
  "The referee's call totally screwed us over.",
  "food", "causative", "web", "엿 먹이다: screw someone over")
I("너 언제 국수 먹여 줄 거야?",
  "When are you going to feed me noodles?",
  "So when are you going to tie the knot?",
  "food", "question", "dialogue", "국수를 먹다: attend a wedding")
I("친구가 결말을 말해 버려서 완전 김샜어.",
  "My friend told me the ending, so it completely steam-leaked.",
  "My friend told me the ending, so it totally ruined it for me.",
  "food", "past", "dialogue", "김이 새다: lose all excitement")
I("이번 계약은 이미 물 건너간 것 같습니다.",
  "This contract seems to have already crossed the water.",
  "I think this deal is already dead in the water.",
  "other", "honorific", "news", "물 건너가다: too late, lost")
I("두 선수는 국가대표팀에서 5년간 한솥밥을 먹었다.",
  "The two players ate rice from one pot in the national team for five years.",
  "The two players were teammates on the national team for five years.",
  "food", "past", "news", "한솥밥을 먹다: be on the same team")
I("결혼하고 처가에서 3년 동안 눈칫밥 먹으며 살았다.",
  "After marrying, I lived three years at my in-laws' eating eye-sense rice.",
  "After I got married I lived with my in-laws for three years, always on my best behaviour.",
  "food", "past", "web", "눈칫밥을 먹다: live on sufferance")
I("너 그러다 콩밥 먹는다.",
  "At that rate you'll eat bean rice.",
  "Keep that up and you'll end up behind bars.",
  "food", "base", "dialogue", "콩밥을 먹다: go to prison")
I("앞에서는 착한 척하더니 뒤로 호박씨 까고 있었네.",
  "She acted nice in front and was shelling pumpkin seeds behind.",
  "She was all sweetness to my face and scheming behind my back.",
  "food", "split", "dialogue", "뒤로 호박씨 까다: scheme secretly")
I("이게 웬일이야, 호박이 넝쿨째 굴러 들어왔네.",
  "What is this, a pumpkin has rolled in with its whole vine.",
  "What a stroke of luck, this is a real windfall.",
  "food", "past", "dialogue", "호박이 넝쿨째 굴러 들어오다: windfall")
I("시험을 앞두고 수박 겉 핥기로 공부하면 안 된다.",
  "Before an exam you must not study by licking the outside of a watermelon.",
  "Before an exam you shouldn't just skim the surface of the material.",
  "food", "negated", "textbook", "수박 겉 핥기: superficial")
I("다 된 밥에 재 뿌리지 말고 조용히 있어.",
  "Don't sprinkle ashes on rice that's almost done, just stay quiet.",
  "Don't ruin it now when we're nearly there; just keep quiet.",
  "proverb", "negated", "dialogue", "다 된 밥에 재 뿌리다: spoil something at the last moment")
I("그 배우는 사극마다 약방의 감초처럼 나온다.",
  "That actor appears in every historical drama like the licorice in a pharmacy.",
  "That actor turns up in practically every historical drama.",
  "food", "base", "news", "약방의 감초: someone who is always involved")
I("개떡같이 말해도 찰떡같이 알아들어야지.",
  "Even if I speak like a dog rice cake, you should understand it like a sticky rice cake.",
  "Even if I explain it badly, you should get what I mean.",
  "food", "split", "dialogue", "개떡같이 말해도 찰떡같이 알아듣다: understand despite poor wording")
I("두 사람은 무대에서 찰떡궁합을 자랑했다.",
  "The two showed off a sticky-rice-cake compatibility on stage.",
  "The two had perfect chemistry on stage.",
  "food", "past", "news", "찰떡궁합: perfect match")
I("떡고물이라도 떨어질까 봐 정치권 주변을 기웃거리는 사람들",
  "people who hang around politics in case even rice-cake crumbs fall",
  "people who hang around politicians hoping to pick up a few favours",
  "food", "adnominal", "news", "떡고물: spin-off benefits")
I("이번 분기 실적은 완전히 죽을 쒔다.",
  "This quarter's results completely cooked porridge.",
  "This quarter's results were a complete flop.",
  "food", "past", "news", "죽을 쑤다: fail badly")
# --- animal
I("불경기라 가게에 파리만 날려요.",
  "Because of the recession, only flies are flying in the shop.",
  "Because of the recession, there are no customers at all in the shop.",
  "animal", "honorific", "dialogue", "파리 날리다: business is dead")
I("후보들 실력이 다 거기서 거기, 도토리 키 재기야.",
  "The candidates' skills are all the same, it's acorns measuring height.",
  "The candidates are all pretty much the same; there's nothing to choose between them.",
  "proverb", "base", "web", "도토리 키 재기: all equally mediocre")
I("회식 자리에서 나만 개밥에 도토리였어.",
  "At the company dinner, only I was an acorn in the dog food.",
  "At the work dinner, I was the odd one out.",
  "animal", "past", "dialogue", "개밥에 도토리: outcast")
I("유학 가서야 내가 우물 안 개구리였다는 걸 깨달았다.",
  "Only when I went to study abroad did I realise I had been a frog inside a well.",
  "It wasn't until I studied abroad that I realised how narrow my view of the world had been.",
  "animal", "past", "textbook", "우물 안 개구리: narrow-minded")
I("닭 쫓던 개 지붕 쳐다보는 신세가 됐다.",
  "I became a dog that chased a chicken and is looking at the roof.",
  "I was left empty-handed, watching it slip out of my grasp.",
  "proverb", "past", "web", "닭 쫓던 개 지붕 쳐다보듯: miss out, helpless")
I("운동도 되고 돈도 벌고, 이게 꿩 먹고 알 먹기지.",
  "You get exercise and earn money too, this is eating the pheasant and eating the eggs.",
  "You get exercise and get paid for it; it's the best of both worlds.",
  "proverb", "nominalised", "dialogue", "꿩 먹고 알 먹기: double gain")
I("요즘은 개천에서 용 나기 어려운 세상이다.",
  "These days it's a world where it's hard for a dragon to come out of a stream.",
  "These days it's hard for kids from poor backgrounds to make it to the top.",
  "proverb", "nominalised", "news", "개천에서 용 나다: rise from humble origins")
I("까마귀 날자 배 떨어진다고, 내가 만지자마자 고장 났어.",
  "As the pear falls when the crow flies, it broke as soon as I touched it.",
  "Talk about bad timing: it broke the moment I touched it, so now it looks like my fault.",
  "proverb", "split", "dialogue", "까마귀 날자 배 떨어진다: unlucky coincidence brings suspicion")
I("뱁새가 황새 따라가다 가랑이 찢어진다, 너무 무리하지 마.",
  "A crow-tit following a stork tears its crotch, so don't overdo it.",
  "Don't try to keep up with people who have far more than you; you'll only ruin yourself.",
  "proverb", "base", "dialogue", "뱁새가 황새 따라가다 가랑이 찢어진다: overreach")
I("강대국 무역 전쟁에 우리 수출 기업들만 새우 등 터지는 격이다.",
  "In the great powers' trade war, it's as if only our exporters' shrimp backs are bursting.",
  "Our exporters are the ones getting caught in the crossfire of the great powers' trade war.",
  "proverb", "split", "news", "고래 싸움에 새우 등 터진다 (shortened)")
I("쥐구멍에도 볕 들 날 있겠지.",
  "There will be a day when sunlight comes into even a mouse hole.",
  "My luck has to turn one of these days.",
  "proverb", "base", "web", "쥐구멍에도 볕 들 날 있다: fortunes change")
I("이 쥐꼬리만 한 월급으로 어떻게 살라는 거야?",
  "How am I supposed to live on this salary the size of a rat's tail?",
  "How am I supposed to live on this pitiful salary?",
  "animal", "question", "web", "쥐꼬리만 하다: tiny")
I("선생님이 들어오시자 교실이 쥐 죽은 듯 조용해졌다.",
  "When the teacher came in, the classroom became quiet as if a mouse had died.",
  "When the teacher walked in, the classroom fell dead silent.",
  "animal", "honorific", "textbook", "쥐 죽은 듯: completely silent")
I("출구가 모두 봉쇄돼 범인은 이제 독 안에 든 쥐다.",
  "All exits are sealed, so the criminal is now a rat inside a jar.",
  "With every exit sealed off, the suspect is now trapped with nowhere to go.",
  "animal", "adnominal", "news", "독 안에 든 쥐: trapped")
I("걔한테 말해 봤자 소귀에 경 읽기야.",
  "Telling him is just reading a sutra into a cow's ear.",
  "Telling him is like talking to a brick wall.",
  "proverb", "nominalised", "dialogue", "소귀에 경 읽기: futile advice")
I("회의가 완전 개판이었어.",
  "The meeting was a complete dog board.",
  "The meeting was a complete shambles.",
  "animal", "past", "dialogue", "개판: chaos")
I("돈은 개뿔, 빚만 잔뜩 있다.",
  "Money, dog's horn, there's only a pile of debt.",
  "Money? Yeah right, all I've got is a pile of debt.",
  "animal", "base", "web", "개뿔: nothing at all")
I("닭살 커플 옆에 앉아서 밥 먹느라 혼났다.",
  "Sitting next to a chicken-skin couple while eating was a trial.",
  "I had a hard time eating next to that sickeningly lovey-dovey couple.",
  "animal", "adnominal", "web", "닭살 커플: cringingly affectionate couple")
I("아이가 닭똥 같은 눈물을 뚝뚝 흘렸다.",
  "The child dropped tears like chicken droppings, drip drip.",
  "Big fat tears rolled down the child's cheeks.",
  "animal", "past", "textbook", "닭똥 같은 눈물: big teardrops")
I("입사 석 달 차 병아리 기자가 특종을 터뜨렸다.",
  "A chick reporter three months after joining the company broke a scoop.",
  "A rookie reporter just three months into the job broke the story.",
  "animal", "past", "news", "병아리: novice (false friend: chick)")
I("선거철마다 당을 옮겨 다니는 철새 정치인이 또 나타났다.",
  "A migratory-bird politician who moves between parties every election season has appeared again.",
  "Yet another turncoat politician who switches parties every election has turned up.",
  "animal", "adnominal", "news", "철새 정치인: party-switcher")
I("우리 담임은 학교에서 제일 유명한 호랑이 선생님이야.",
  "Our homeroom teacher is the most famous tiger teacher at school.",
  "Our homeroom teacher is the strictest teacher in the whole school.",
  "animal", "base", "dialogue", "호랑이 선생님: very strict teacher")
I("증거가 뻔히 있는데도 그는 오리발을 내밀었다.",
  "Even though the evidence was plainly there, he stuck out a duck's foot.",
  "Even with the evidence staring him in the face, he flatly denied it.",
  "animal", "past", "news", "오리발을 내밀다: deny brazenly")
I("그렇게 큰소리치더니 결국 꼬리를 내리더라.",
  "He talked so big and then in the end he lowered his tail.",
  "After all that big talk, he backed down in the end.",
  "animal", "past", "dialogue", "꼬리를 내리다: back down")
I("꼬리가 길면 밟힌다더니 결국 걸렸네.",
  "They say if your tail is long it gets stepped on, and he finally got caught.",
  "He pushed his luck once too often and finally got caught.",
  "proverb", "split", "web", "꼬리가 길면 밟힌다: repeated wrongdoing gets caught")
I("하룻강아지가 겁도 없이 챔피언한테 덤비네.",
  "A one-day-old puppy is going at the champion with no fear.",
  "That greenhorn has no idea what he's up against, taking on the champion.",
  "proverb", "split", "web", "하룻강아지 범 무서운 줄 모른다 (shortened)")
I("미꾸라지 한 마리 때문에 팀 분위기가 엉망이 됐어.",
  "Because of one loach, the team's mood has become a mess.",
  "One troublemaker has ruined the mood of the whole team.",
  "proverb", "split", "dialogue", "미꾸라지 한 마리가 온 웅덩이를 흐린다 (shortened)")
I("가재는 게 편이라고 결국 자기 동기 편을 들더라.",
  "As the crayfish is on the crab's side, he ended up taking his cohort-mate's side.",
  "They always stick together; in the end he sided with his fellow recruit.",
  "proverb", "split", "dialogue", "가재는 게 편: people side with their own kind")
I("우물에 가서 숭늉 찾겠다, 좀 기다려.",
  "You'll go to the well and look for scorched-rice water, wait a bit.",
  "Hold your horses, be patient.",
  "proverb", "split", "dialogue", "우물에 가서 숭늉 찾는다: impatient")
I("호랑이도 제 말 하면 온다더니 마침 들어오네.",
  "They say even a tiger comes when you talk about it, and he's just coming in.",
  "Speak of the devil, here he comes now.",
  "proverb", "split", "dialogue", "호랑이도 제 말 하면 온다 (shortened)")
I("원숭이도 나무에서 떨어진다더니 프로도 저런 실수를 하네.",
  "They say even monkeys fall from trees, even a pro makes a mistake like that.",
  "Nobody's perfect; even pros make mistakes like that.",
  "proverb", "split", "web", "원숭이도 나무에서 떨어진다: even experts err")
I("말조심해, 낮말은 새가 듣고 밤말은 쥐가 들어.",
  "Be careful what you say, birds hear daytime words and mice hear night-time words.",
  "Careful what you say; you never know who's listening.",
  "proverb", "base", "dialogue", "낮말은 새가 듣고 밤말은 쥐가 듣는다: be discreet")
# --- household, clothing, tools, nature
I("결과 발표를 기다리는 내내 바늘방석에 앉은 기분이었다.",
  "The whole time waiting for the results, I felt like I was sitting on a needle cushion.",
  "I was on tenterhooks the whole time I waited for the results.",
  "household", "adnominal", "web", "바늘방석: extreme unease")
I("바늘 가는 데 실 간다고 둘이 늘 붙어 다녀.",
  "As the thread goes where the needle goes, the two always go around stuck together.",
  "Those two are inseparable; they go everywhere together.",
  "proverb", "split", "dialogue", "바늘 가는 데 실 간다: inseparable")
I("이러다가 보따리 싸서 고향 내려가야 할 판이야.",
  "At this rate I'll have to wrap my cloth bundle and go down to my hometown.",
  "At this rate I'll have to give up and move back home.",
  "household", "base", "dialogue", "보따리를 싸다: give up and leave")
I("감투 쓰더니 사람이 완전히 변했어.",
  "After he wore the horsehair cap, the person changed completely.",
  "He's a different person since he got that post.",
  "household", "split", "dialogue", "감투를 쓰다: take an official position")
I("옷깃만 스쳐도 인연이라는데 우리 잘 지내 봐요.",
  "They say even brushing collars is fate, so let's try to get along well.",
  "They say no meeting is by chance, so let's try to get along.",
  "proverb", "honorific", "dialogue", "옷깃만 스쳐도 인연: every encounter is meaningful")
I("그는 평생 아내 치마폭에 싸여 살았다.",
  "All his life he lived wrapped in the folds of his wife's skirt.",
  "All his life he was under his wife's thumb.",
  "household", "passive", "textbook", "치마폭에 싸이다: dominated by a woman")
I("며칠 지나면 금방 잊는 냄비 근성이 문제다.",
  "The problem is the pot temperament of forgetting quickly after a few days.",
  "The problem is that people get worked up and then forget all about it a few days later.",
  "household", "adnominal", "news", "냄비 근성: quick to boil and cool")
I("코인 하다가 완전 쪽박 찼어.",
  "Doing coins, I completely wore the broken gourd.",
  "I lost everything on crypto.",
  "household", "past", "web", "쪽박을 차다: be ruined")
I("대기업이 하청업체에 빨대를 꽂고 이익을 다 빨아간다.",
  "Large corporations stick straws into subcontractors and suck away all the profits.",
  "Big corporations are bleeding their subcontractors dry and taking all the profits.",
  "household", "base", "news", "빨대를 꽂다: exploit")
I("다들 눈치만 보길래 결국 내가 총대 멨어.",
  "Everyone was only watching each other, so in the end I shouldered the gun barrel.",
  "Everyone was just waiting for someone else to speak up, so in the end I took one for the team.",
  "household", "past", "dialogue", "총대를 메다: take on an unwelcome job for the group")
I("그 사건의 불똥이 엉뚱한 데로 튀었다.",
  "The sparks of that incident flew to an unrelated place.",
  "The fallout from that incident landed on people who had nothing to do with it.",
  "household", "past", "news", "불똥이 튀다: fallout hits others")
I("이대로 가면 결과는 불을 보듯 뻔하다.",
  "If things go on like this, the result is obvious like looking at fire.",
  "If things go on like this, the outcome is a foregone conclusion.",
  "household", "base", "news", "불을 보듯 뻔하다: obvious")
I("어제 소개팅 나갔다가 바람 맞았어.",
  "I went out on a blind date yesterday and got hit by the wind.",
  "I got stood up on a blind date yesterday.",
  "household", "passive", "dialogue", "바람을 맞다 (particle dropped): be stood up")
I("그 집 남편이 바람났대.",
  "Apparently that house's husband has caught wind.",
  "Apparently her husband is having an affair.",
  "household", "past", "dialogue", "바람나다: have an affair")
I("옆에서 자꾸 바람을 넣으니까 나도 사고 싶어지잖아.",
  "You keep putting wind in beside me, so I want to buy it too.",
  "You keep egging me on, so now I want one too.",
  "household", "causative", "dialogue", "바람을 넣다: egg on")
I("너무 비행기 태우지 마, 민망하잖아.",
  "Don't make me ride an airplane too much, it's embarrassing.",
  "Stop flattering me, it's embarrassing.",
  "household", "causative", "dialogue", "비행기 태우다: flatter")
I("요즘 서울에서 내 집 마련은 하늘의 별 따기다.",
  "These days buying one's own home in Seoul is picking a star from the sky.",
  "Buying your own home in Seoul is next to impossible these days.",
  "other", "nominalised", "news", "하늘의 별 따기: nearly impossible")
I("그는 성공을 위해서라면 물불을 가리지 않았다.",
  "For the sake of success he did not distinguish water and fire.",
  "He would stop at nothing to succeed.",
  "other", "negated", "textbook", "물불을 가리지 않다: stop at nothing")
I("돌다리도 두들겨 보고 건너라는 말이 있잖아.",
  "There's the saying that you should tap even a stone bridge before crossing.",
  "You know what they say: better safe than sorry.",
  "proverb", "split", "dialogue", "돌다리도 두들겨 보고 건너라: be cautious")
I("이번 프로젝트는 정말 산 넘어 산이었다.",
  "This project was really mountain beyond mountain.",
  "With this project it was one problem after another.",
  "other", "past", "web", "산 넘어 산: one difficulty after another")
I("이제 칼자루는 우리가 쥐고 있어요.",
  "Now we're holding the knife handle.",
  "We're the ones calling the shots now.",
  "household", "honorific", "dialogue", "칼자루를 쥐다: hold the power")
I("정부의 부실한 초기 대응이 국정감사에서 도마 위에 올랐다.",
  "The government's poor initial response went up on the chopping board at the parliamentary audit.",
  "The government's poor initial response came under fire at the parliamentary audit.",
  "household", "past", "news", "도마 위에 오르다: come under scrutiny")
I("그는 기자회견에서 재출마는 없다고 못을 박았다.",
  "At the press conference he hammered a nail that there would be no running again.",
  "At the press conference he made it clear he would not run again.",
  "household", "past", "news", "못을 박다: state firmly")
I("사고 소식이 꼬리에 꼬리를 물고 이어졌다.",
  "News of accidents continued with tail biting tail.",
  "Reports of accidents came in one after another.",
  "animal", "past", "news", "꼬리에 꼬리를 물다: in succession")
# --- colour, number, place
I("불합격 문자를 받는 순간 하늘이 노래졌다.",
  "The moment I got the rejection text, the sky turned yellow.",
  "The moment I got the rejection text, my whole world fell apart.",
  "other", "past", "web", "하늘이 노랗다: shock, despair")
I("그 말을 듣자 그의 얼굴이 파랗게 질렸다.",
  "On hearing that, his face turned blue with fright.",
  "When he heard that, he went white as a sheet.",
  "other", "past", "textbook", "파랗게 질리다: turn pale with fear")
I("그건 새빨간 거짓말이야.",
  "That's a bright red lie.",
  "That's a barefaced lie.",
  "other", "base", "dialogue", "새빨간 거짓말: outright lie")
I("저 녀석은 어릴 때부터 싹수가 노랬어.",
  "That fellow's sprouts have been yellow since he was little.",
  "That kid showed no promise even when he was young.",
  "other", "past", "dialogue", "싹수가 노랗다: hopeless from the start")
I("친구랑 한 약속을 까맣게 잊어버렸다.",
  "I blackly forgot the promise I made with my friend.",
  "I completely forgot about the plans I'd made with my friend.",
  "other", "past", "web", "까맣게 잊다: forget completely")
I("검은 머리 파뿌리 될 때까지 서로 아끼며 살겠습니다.",
  "We will live cherishing each other until our black hair becomes green-onion roots.",
  "We will cherish each other until we are old and grey.",
  "other", "honorific", "textbook", "검은 머리 파뿌리 되도록: until old age (wedding vow)")
I("얘기가 또 삼천포로 빠졌네.",
  "The conversation has fallen into Samcheonpo again.",
  "We've gone off on a tangent again.",
  "other", "past", "dialogue", "삼천포로 빠지다: digress")

I("열 번 찍어 안 넘어가는 나무 없다니까 한 번 더 고백해 봐.",
  "They say there's no tree that doesn't fall after ten chops, so try confessing once more.",
  "Persistence pays off, so tell her how you feel one more time.",
  "proverb", "negated", "dialogue", "열 번 찍어 안 넘어가는 나무 없다: persistence wins")
I("세 살 버릇 여든 간다더니 아직도 손톱을 물어뜯네.",
  "They say a three-year-old's habit goes to eighty, he still bites his nails.",
  "Old habits die hard; he still bites his nails.",
  "proverb", "split", "web", "세 살 버릇 여든까지 간다")
I("백 번 양보해서 네 말이 맞다고 쳐도 방법이 틀렸어.",
  "Even yielding a hundred times and supposing your words are right, the method was wrong.",
  "Even if I grant that you're right, you went about it the wrong way.",
  "other", "split", "dialogue", "백 번 양보하다: concede for argument's sake")
I("맛있냐고? 두말하면 잔소리지.",
  "Is it tasty? Saying it twice is nagging.",
  "Is it good? Need you ask?",
  "other", "question", "dialogue", "두말하면 잔소리: goes without saying")
I("사람 일은 정말 한 치 앞도 모르는 거야.",
  "In human affairs you really don't know even one chi ahead.",
  "You really never know what life has in store.",
  "other", "negated", "dialogue", "한 치 앞도 모르다: the future is unknowable")
I("지각 대장이 나보고 늦었다고? 사돈 남 말 하시네.",
  "The king of lateness says I'm late? The in-law is speaking about someone else.",
  "The king of lateness says I'm late? Look who's talking.",
  "proverb", "honorific", "dialogue", "사돈 남 말 하다: pot calling the kettle black")
I("우는 아이 젖 준다고, 일단 민원을 넣어 봐.",
  "As the crying baby gets the breast, first try filing a complaint.",
  "The squeaky wheel gets the grease, so file a complaint first.",
  "proverb", "split", "web", "우는 아이 젖 준다: those who complain get attention")
I("등잔 밑이 어둡다더니 열쇠가 내 주머니에 있었네.",
  "They say it's dark under the oil lamp, the key was in my pocket.",
  "It was right there all along; the key was in my own pocket.",
  "proverb", "split", "dialogue", "등잔 밑이 어둡다: overlook what's close by")
I("가는 날이 장날이라고 하필 그날 휴관이더라.",
  "As the day you go is market day, it happened to be closed that day.",
  "Just my luck: it happened to be closed that day.",
  "proverb", "split", "web", "가는 날이 장날: bad timing")
