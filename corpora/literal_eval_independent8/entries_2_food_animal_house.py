# food, animal, household idioms (hand-written, helper lit8, 2026-12-07)
I("신혼이라 그런지 둘이 깨가 쏟아지네.",
  "Maybe because they're newlyweds, sesame seeds are pouring out between the two.",
  "They're newlyweds, so they're all lovey-dovey.", "food", "base", "dialogue", "깨가 쏟아지다 = blissful couple")
I("요즘 가게에 파리만 날려요.",
  "These days only flies are flying in the shop.",
  "Business is dead these days; we hardly get any customers.", "animal", "honorific", "dialogue", "파리 날리다 = no customers")
I("합격 발표도 안 났는데 김칫국부터 마시지 마.",
  "The pass list hasn't even been announced, so don't drink the kimchi soup first.",
  "The results aren't even out yet, so don't count your chickens.", "food", "negated", "dialogue", "김칫국부터 마시다 = presume too early")
I("이번 분기 실적은 완전히 죽 쒔어.",
  "This quarter's results completely cooked porridge.",
  "We completely botched this quarter's results.", "food", "past", "dialogue", "죽을 쑤다 = make a mess of")
I("또 늦으면 국물도 없을 줄 알아.",
  "If you're late again, know that there won't even be soup broth.",
  "If you're late again, you'll get nothing, understood?", "food", "negated", "dialogue", "국물도 없다 = get nothing")
I("찬물도 위아래가 있는데 어디 선배보다 먼저 숟가락을 들어?",
  "Even cold water has an up and down; how dare you lift your spoon before your senior?",
  "There's an order to things; how dare you start eating before your seniors?", "proverb", "question", "dialogue", "찬물도 위아래가 있다 = respect seniority")
I("계약을 막판에 경쟁사에 뺏기고 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "We lost the contract to a competitor at the last minute and ended up like a dog staring at the roof after chasing a chicken.",
  "We lost the contract to a rival at the last minute and were left empty-handed.", "animal", "split", "web", "닭 쫓던 개 지붕 쳐다보듯 = left helpless")
I("발표하다가 바지 지퍼 열린 거 알고 쥐구멍에라도 들어가고 싶었어.",
  "During the presentation I found out my fly was open and wanted to go in even a mouse hole.",
  "Halfway through my presentation I realised my fly was open, and I wished the ground would swallow me up.", "animal", "past", "dialogue", "쥐구멍에라도 들어가고 싶다 = mortified")
I("새 부서에서 완전히 개밥에 도토리 신세야.",
  "In the new department I'm completely in the position of an acorn in dog food.",
  "I'm a complete outsider in my new department.", "animal", "base", "dialogue", "개밥에 도토리 = odd one out")
I("운동도 하고 교통비도 아끼고, 꿩 먹고 알 먹고네.",
  "I exercise and save on fares too; it's eating the pheasant and eating the eggs.",
  "I get exercise and save on fares; it's a win-win.", "animal", "base", "web", "꿩 먹고 알 먹고 = double benefit")
I("올해 월급이 병아리 눈물만큼 올랐어.",
  "This year my salary went up by as much as a chick's tear.",
  "My pay went up by a pittance this year.", "animal", "past", "web", "병아리 눈물만큼 = a tiny amount")
I("여론조사에서 후보들 지지율이 모두 도토리 키 재기다.",
  "In the polls, the candidates' approval ratings are all acorns measuring their height.",
  "In the polls, there's little to choose between the candidates.", "food", "base", "news", "도토리 키 재기 = all about the same")
I("하룻강아지라더니, 신입이 사장님한테 대놓고 따지더라.",
  "He's a one-day-old puppy as they say; the new guy argued openly with the boss.",
  "Talk about naive bravado: the new guy openly challenged the boss.", "proverb", "split", "dialogue", "하룻강아지 범 무서운 줄 모른다")
I("왜 비 맞은 중처럼 혼자 중얼거려?",
  "Why are you mumbling alone like a monk who got rained on?",
  "Why are you muttering away to yourself?", "other", "question", "dialogue", "비 맞은 중처럼 = muttering")
I("경찰 포위망이 좁혀지면서 범인은 이제 독 안에 든 쥐다.",
  "As the police cordon narrows, the criminal is now a mouse inside a jar.",
  "As the police close in, the suspect is now trapped with nowhere to run.", "animal", "base", "news", "독 안에 든 쥐 = cornered")
I("왜 꿀 먹은 벙어리처럼 아무 말도 못 해?",
  "Why can't you say anything, like a mute who ate honey?",
  "Why are you just sitting there saying nothing?", "food", "question", "dialogue", "꿀 먹은 벙어리 = tongue-tied")
I("앞에서는 착한 척하고 뒤로 호박씨 까는 스타일 딱 싫어.",
  "I hate the style that acts nice in front and shells pumpkin seeds behind.",
  "I can't stand people who act sweet to your face and scheme behind your back.", "food", "adnominal", "web", "뒤로 호박씨 까다 = be two-faced")
I("아내가 요즘 바가지를 얼마나 긁는지 몰라.",
  "You don't know how much my wife scratches the gourd these days.",
  "You have no idea how much my wife nags me these days.", "household", "negated", "dialogue", "바가지를 긁다 = nag")
I("증거를 보여 줘도 그는 끝까지 시치미를 뗐다.",
  "Even when shown the evidence, he detached the falcon's name tag to the end.",
  "Even when shown the evidence, he played dumb to the end.", "household", "past", "textbook", "시치미를 떼다 = feign ignorance")
I("다 된 일에 네가 산통 깼잖아.",
  "You broke the fortune sticks on a job that was done.",
  "It was all settled and you ruined it.", "household", "past", "dialogue", "산통을 깨다 = spoil")
I("지금 와서 다 된 밥에 재 뿌리는 소리 하지 마.",
  "Don't make sounds that sprinkle ash on fully cooked rice now.",
  "Don't go and wreck it now that we're nearly there.", "food", "adnominal", "dialogue", "다 된 밥에 재 뿌리다 = spoil at the last moment")
I("어제 소개팅에서 바람 맞았어.",
  "I got hit by the wind at my blind date yesterday.",
  "I got stood up on my blind date yesterday.", "household", "passive", "dialogue", "바람을 맞다 = be stood up")
I("뜸 그만 들이고 빨리 말해.",
  "Stop letting it steam and tell me quickly.",
  "Quit stalling and spit it out.", "food", "negated", "dialogue", "뜸을 들이다 = keep someone waiting")
I("변죽만 울리지 마시고 본론부터 말씀하세요.",
  "Please don't only ring the rim; tell me the main topic first.",
  "Please stop beating around the bush and get to the point.", "household", "honorific", "dialogue", "변죽을 울리다 = hint indirectly")
I("막내가 태어나자 첫째는 찬밥 신세가 됐다.",
  "When the youngest was born, the eldest became the status of cold rice.",
  "When the youngest was born, the eldest got pushed aside.", "food", "past", "textbook", "찬밥 신세 = neglected")
I("이번 협상은 이미 물 건너간 것 같아요.",
  "This negotiation seems to have already crossed the water.",
  "These talks already look like a lost cause.", "other", "honorific", "dialogue", "물 건너가다 = beyond recovery")
I("우리 한솥밥 먹은 지 벌써 10년이네.",
  "It's already been ten years since we ate from one pot of rice.",
  "We've been working together for ten years already.", "food", "past", "dialogue", "한솥밥을 먹다 = work/live together")
I("회사 망하면 우리 다 밥줄 끊기는 거야.",
  "If the company goes under, all our rice lines get cut.",
  "If the company goes under, we all lose our livelihoods.", "food", "passive", "dialogue", "밥줄이 끊기다 = lose one's living")
I("그 집은 알고 보니 완전 콩가루 집안이더라.",
  "Turns out that house is a complete soybean-powder family.",
  "Turns out that family is a complete mess.", "food", "base", "web", "콩가루 집안 = dysfunctional family")
I("그 배우는 드라마마다 나오는 약방의 감초 같은 존재다.",
  "That actor is like the licorice in the pharmacy who appears in every drama.",
  "That actor is a fixture who pops up in just about every drama.", "food", "adnominal", "news", "약방의 감초 = ever-present")
I("요즘은 개천에서 용 나기 힘든 세상이다.",
  "These days it's a world where it's hard for a dragon to come out of a stream.",
  "These days it's hard to rise from humble beginnings.", "proverb", "nominalised", "textbook", "개천에서 용 난다")
I("합병 이후 그 부서는 낙동강 오리알 신세가 됐다.",
  "After the merger, that department became a Nakdong River duck egg.",
  "After the merger, that department was left out in the cold.", "animal", "past", "news", "낙동강 오리알 = abandoned")
I("우는 아이 젖 준다고, 계속 민원 넣으니까 결국 고쳐 주더라.",
  "As they say, the crying child is given milk; I kept filing complaints and they finally fixed it.",
  "The squeaky wheel gets the grease: I kept complaining and they finally fixed it.", "proverb", "split", "web", "우는 아이 젖 준다")
I("여당은 번갯불에 콩 구워 먹듯 법안을 처리했다.",
  "The ruling party processed the bill like roasting beans on a flash of lightning.",
  "The ruling party rushed the bill through.", "food", "split", "news", "번갯불에 콩 구워 먹다 = hastily")
I("가는 날이 장날이라고 하필 그날 휴무일이었어.",
  "As they say, the day I go is market day; that day happened to be a day off.",
  "Just my luck: they happened to be closed that day.", "proverb", "split", "dialogue", "가는 날이 장날 = bad timing")
I("이 월급으로 강남 아파트는 그림의 떡이지.",
  "With this salary an apartment in Gangnam is a rice cake in a picture.",
  "On this salary, a flat in Gangnam is just a pipe dream.", "food", "base", "web", "그림의 떡 = unattainable")
I("연봉만 높지 완전 빛 좋은 개살구야.",
  "Only the salary is high; it's totally a wild apricot with good colour.",
  "Only the salary is high; it looks good on paper, but that's it.", "food", "base", "web", "빛 좋은 개살구 = looks good, isn't")
I("부장님한테 미운털이 박혀서 승진은 글렀어.",
  "A hateful hair has got stuck with the manager, so promotion is ruined.",
  "I've got on the wrong side of the manager, so promotion's out of the question.", "animal", "passive", "dialogue", "미운털이 박히다 = be disliked")
I("그 배우는 사생활 문제로 또 입방아에 올랐다.",
  "The actor went up onto the mouth mill again over his private life.",
  "The actor is once again the subject of gossip over his private life.", "household", "past", "news", "입방아에 오르다 = be gossiped about")
I("부실 공사 문제가 국정감사 도마 위에 올랐다.",
  "The shoddy construction issue went up on the chopping board of the parliamentary audit.",
  "Shoddy construction came under scrutiny at the parliamentary audit.", "household", "past", "news", "도마 위에 오르다 = come under scrutiny")
I("아무도 안 하길래 결국 내가 총대 멨어.",
  "Nobody would do it, so in the end I shouldered the gunstock.",
  "No one else would do it, so in the end I took it on.", "household", "past", "dialogue", "총대를 메다 = take on a thankless task")
I("누가 애한테 바람을 넣었는지 갑자기 유학 가겠대.",
  "Someone put wind into the kid; suddenly he says he'll go study abroad.",
  "Someone's put ideas in his head; suddenly he wants to study abroad.", "household", "past", "dialogue", "바람을 넣다 = egg on")
I("다 끝났는데 이제 와서 뒷북 치는 거야?",
  "It's all over and you're beating the back drum now?",
  "It's all over; bit late to bring that up now, isn't it?", "household", "question", "dialogue", "뒷북 치다 = belated fuss")
I("냄비 근성이라는 말처럼 사건에 대한 관심은 금방 식었다.",
  "As in the phrase pot temperament, interest in the incident quickly cooled.",
  "True to the quick-to-boil, quick-to-cool habit, interest in the incident soon faded.", "household", "nominalised", "news", "냄비 근성 = fickle enthusiasm")
I("코인 하다가 쪽박 찼어.",
  "I was doing crypto and ended up wearing a little gourd bowl.",
  "I lost everything on crypto.", "household", "past", "web", "쪽박 차다 = be ruined")
I("결말 스포 당해서 완전 김샜어.",
  "I got spoilered on the ending, so the steam leaked out completely.",
  "Someone spoiled the ending, so it's no fun anymore.", "food", "passive", "web", "김이 새다 = lose interest")
I("야근 일주일 하니까 파김치가 됐어.",
  "After a week of overtime, I became green-onion kimchi.",
  "A week of late nights has left me totally wiped out.", "food", "past", "dialogue", "파김치가 되다 = exhausted")
I("이번 인사에서 또 물 먹었어.",
  "I drank water again in this personnel reshuffle.",
  "I got passed over again in this round of promotions.", "food", "past", "dialogue", "물 먹다 = be passed over")
I("회의 내내 바늘방석에 앉은 기분이었다.",
  "Throughout the meeting I felt like I was sitting on a needle cushion.",
  "I was on tenterhooks throughout the meeting.", "household", "past", "textbook", "바늘방석 = uneasy")
I("전국이 연일 가마솥 더위에 시달리고 있습니다.",
  "The whole country is suffering from cauldron heat day after day.",
  "The whole country has been sweltering in a heatwave for days.", "household", "honorific", "news", "가마솥 더위 = scorching heat")
I("계약직은 파리 목숨이야.",
  "Contract workers are a fly's life.",
  "Contract workers can be let go at any moment.", "animal", "base", "dialogue", "파리 목숨 = expendable")
I("카지노 갔다가 개털 됐어.",
  "I went to the casino and became dog fur.",
  "I went to the casino and came out flat broke.", "animal", "past", "dialogue", "개털 = penniless")
I("증거가 나왔는데도 그는 오리발을 내밀었다.",
  "Even though evidence came out, he stuck out a duck's foot.",
  "He denied everything, even with the evidence out in the open.", "animal", "past", "news", "오리발 내밀다 = deny flatly")
I("용 빼는 재주가 있어도 이 일정은 못 맞춰요.",
  "Even with a talent for pulling out a dragon, you can't meet this schedule.",
  "Not even a miracle worker could meet this deadline.", "animal", "negated", "dialogue", "용 빼는 재주 = extraordinary skill")
I("그 정도 손해는 새 발의 피야.",
  "That much loss is a bird's foot's blood.",
  "A loss like that is a drop in the ocean.", "animal", "base", "dialogue", "새 발의 피 = trivial")
I("까마귀 고기를 먹었나, 또 깜빡했네.",
  "Did I eat crow meat? I forgot again.",
  "My memory's hopeless; I forgot again.", "animal", "question", "dialogue", "까마귀 고기를 먹다 = forgetful; false friend of eat crow")
I("회식 자리에서 꿔다 놓은 보릿자루처럼 앉아만 있었어.",
  "At the staff dinner I just sat there like a borrowed sack of barley.",
  "At the work dinner I just sat there like a spare part.", "household", "past", "dialogue", "꿔다 놓은 보릿자루 = left out")
I("염불보다 잿밥이라더니, 공부는 안 하고 동아리 뒤풀이만 챙기네.",
  "They say the offering rice over the chanting; he doesn't study and only looks after the club after-parties.",
  "He's more interested in the perks than the point; he doesn't study, he just goes to the club parties.", "proverb", "split", "web", "염불보다 잿밥에 관심 있다")
I("삼촌 집에서 눈칫밥 먹으며 자랐다.",
  "I grew up eating noonchi rice at my uncle's house.",
  "I grew up at my uncle's, always feeling like a burden.", "food", "past", "textbook", "눈칫밥 = eat at someone's sufferance")
