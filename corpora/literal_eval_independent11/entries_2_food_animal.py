# food and animal idioms (hand-written, helper lit11, 2026-12-07)
I("이번 과제는 식은 죽 먹기였어.",
  "This assignment was eating cold porridge.",
  "This assignment was a piece of cake.",
  "food", "past", "dialogue", "식은 죽 먹기 = very easy (common)")
I("강남 아파트는 월급쟁이한테 그림의 떡이지.",
  "A Gangnam apartment is a rice cake in a picture for salary workers.",
  "For an ordinary salaried worker, a Gangnam apartment is just a pipe dream.",
  "food", "base", "web", "그림의 떡 = something out of reach")
I("아직 합격 발표도 안 났는데 김칫국부터 마시지 마.",
  "The results haven't even been announced, so don't drink kimchi soup first.",
  "The results aren't even out yet, so don't count your chickens.",
  "food", "negated", "dialogue", "shortened proverb 떡 줄 사람은 생각도 않는데 김칫국부터 마신다")
I("이번에도 늦으면 국물도 없을 줄 알아.",
  "If you're late this time too, know there won't even be soup.",
  "If you're late again, you can forget about getting anything.",
  "food", "negated", "dialogue", "국물도 없다 = get nothing at all")
I("신혼이라 그런지 둘이 깨가 쏟아지네.",
  "Maybe because they're newlyweds, sesame is pouring out between the two.",
  "They're newlyweds, so of course they're all lovey-dovey.",
  "food", "base", "web", "깨가 쏟아지다 = be blissfully in love")
I("야심 차게 시작한 신작 드라마가 시청률에서 죽을 쒔다.",
  "The ambitiously started new drama made porridge in viewer ratings.",
  "The much-hyped new drama flopped in the ratings.",
  "food", "past", "news", "죽을 쑤다 = flop, botch")
I("그 사람 진짜 밥맛이야. 말하는 것마다 재수 없어.",
  "That person is really rice taste. Everything he says is unlucky.",
  "That guy is such a jerk. Everything he says is obnoxious.",
  "food", "base", "dialogue", "밥맛이다 = disgusting person")
I("그만 뜸 들이고 하고 싶은 말이 뭔지 해 봐.",
  "Stop letting the rice steam and say what you want to say.",
  "Stop beating around the bush and just say what you want to say.",
  "food", "split", "dialogue", "뜸(을) 들이다 = take one's time, hesitate; particle dropped")
I("삼촌이 물려받은 식당을 일 년 만에 말아먹었다.",
  "My uncle rolled up and ate the restaurant he inherited in one year.",
  "My uncle ran the restaurant he inherited into the ground within a year.",
  "food", "past", "dialogue", "말아먹다 = ruin (a business)")
I("음주운전 세 번이면 콩밥 먹어도 할 말 없지.",
  "If you drive drunk three times, you have nothing to say even if you eat bean rice.",
  "Three drink-driving offences and you can't complain if you end up behind bars.",
  "food", "split", "web", "콩밥 먹다 = go to prison")
I("막내가 태어나자 첫째는 완전히 찬밥 신세가 됐다.",
  "When the youngest was born, the eldest became entirely the situation of cold rice.",
  "When the baby arrived, the eldest was completely left out in the cold.",
  "food", "past", "textbook", "찬밥 신세 = neglected")
I("첫 창업에서 쓴맛을 본 뒤 그는 더 신중해졌다.",
  "After seeing the bitter taste in his first start-up, he became more careful.",
  "After his first start-up failed, he became much more cautious.",
  "food", "past", "news", "쓴맛을 보다 = suffer a setback")
I("부처 간 밥그릇 싸움에 정책이 표류하고 있다.",
  "Policy is drifting due to the rice bowl fight between ministries.",
  "Policy is adrift amid a turf war between ministries.",
  "food", "adnominal", "news", "밥그릇 싸움 = turf war")
I("착한 척하더니 뒤에서 호박씨 까고 있었네.",
  "She acted nice, but behind my back she was peeling pumpkin seeds.",
  "She acted all sweet but was up to something behind my back.",
  "food", "past", "dialogue", "호박씨 까다 = be sly behind an innocent face")
I("잘되는 일에 괜히 고춧가루 뿌리지 말고 빠져 있어.",
  "Don't needlessly sprinkle chili powder on something going well, stay out.",
  "Don't go spoiling things when they're going well; just stay out of it.",
  "food", "negated", "dialogue", "고춧가루를 뿌리다 = throw a spanner in the works; particle dropped")
I("너희 언제 국수 먹여 줄 거야?",
  "When are you going to feed us noodles?",
  "So when are you two getting married?",
  "food", "causative", "dialogue", "국수를 먹다/먹이다 = (hold a) wedding")
I("명절 떡값 명목으로 돈을 건넨 혐의를 받고 있다.",
  "He is suspected of handing over money in the name of holiday rice cake money.",
  "He is suspected of handing over cash disguised as a holiday gift.",
  "food", "passive", "news", "떡값 = bribe (or holiday bonus)")
I("어제 회식에서 완전 떡이 돼서 기억이 하나도 없어.",
  "At yesterday's team dinner I completely became rice cake and don't remember anything.",
  "I got completely hammered at the work dinner last night and don't remember a thing.",
  "food", "past", "dialogue", "떡이 되다 = get blind drunk")
I("스포일러를 봐 버려서 김이 팍 샜어.",
  "I saw a spoiler, so the steam leaked out with a pop.",
  "I saw a spoiler and it totally killed the excitement.",
  "food", "past", "web", "김이 새다 = lose its thrill")
I("우리가 한솥밥을 먹은 지도 벌써 십 년이네요.",
  "It's already been ten years since we ate rice from the same pot.",
  "It's already been ten years since we started working together.",
  "food", "honorific", "dialogue", "한솥밥을 먹다 = be on the same team")
I("후보들 공약이 다 거기서 거기라 도토리 키 재기다.",
  "The candidates' pledges are all the same, so it's acorns measuring height.",
  "The candidates' pledges are all much of a muchness.",
  "food", "base", "web", "도토리 키 재기 = no real difference")
I("공천을 앞두고 대대적인 물갈이가 예상된다.",
  "Ahead of nominations, a large-scale water change is expected.",
  "A major shake-up of candidates is expected ahead of the nominations.",
  "food", "passive", "news", "물갈이 = personnel overhaul")
I("그 직원은 맨날 꿀 빠는 자리만 골라 가.",
  "That employee always picks only the positions for sucking honey.",
  "That employee always grabs the cushiest jobs.",
  "food", "adnominal", "web", "꿀 빨다 = have it easy")
I("자취생을 위한 청소 꿀팁 공유합니다.",
  "Sharing honey tips for cleaning for those living alone.",
  "Sharing some handy cleaning tips for people living on their own.",
  "food", "honorific", "web", "꿀팁 = useful tip")
I("주인공이 악역한테 한마디 하는데 완전 사이다였어.",
  "The hero said a word to the villain and it was total cider.",
  "The way the hero told the villain off was so satisfying.",
  "food", "past", "web", "사이다 = satisfying, cathartic")
I("여주가 답답하게 굴어서 보는 내내 고구마 먹은 느낌.",
  "The female lead acts so stuffy that the whole time I feel like I ate sweet potato.",
  "The heroine is so frustrating to watch, I was exasperated the whole time.",
  "food", "adnominal", "web", "고구마 = frustrating")
I("선생님이 갑자기 춤추셔서 다들 빵 터졌어요.",
  "The teacher suddenly danced, so everyone's bread exploded.",
  "The teacher suddenly started dancing and everyone cracked up.",
  "food", "honorific", "dialogue", "빵 터지다 = burst out laughing")
I("짬밥이 얼만데 그런 것도 몰라?",
  "How much leftover rice do you have and you don't know that?",
  "After all these years on the job, you don't know that?",
  "food", "question", "dialogue", "짬밥 = seniority, experience (military slang)")
I("그 사람은 거짓말을 밥 먹듯 해.",
  "That person tells lies as if eating rice.",
  "He lies through his teeth all the time.",
  "food", "base", "dialogue", "밥 먹듯 하다 = do habitually")
I("단톡방에서 나만 개밥에 도토리 신세야.",
  "In the group chat, only I am the situation of an acorn in dog food.",
  "I'm the odd one out in the group chat.",
  "animal", "base", "web", "개밥에 도토리 = outcast")
I("투자자만 믿고 있다가 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "Having trusted only the investor, we became like a dog that chased a chicken looking at the roof.",
  "We relied on that investor and were left high and dry.",
  "animal", "split", "news", "shortened 닭 쫓던 개 지붕 쳐다보듯")
I("사고가 난 다음에야 안전 점검을 하다니, 소 잃고 외양간 고치는 격이다.",
  "Doing a safety check only after the accident is like fixing the barn after losing the cow.",
  "Doing a safety inspection only after the accident is shutting the stable door after the horse has bolted.",
  "animal", "adnominal", "news", "소 잃고 외양간 고친다; good rendering is an English idiom with a different image")
I("이번 지원금은 피해 규모에 비하면 새 발의 피다.",
  "This subsidy is bird's foot blood compared to the scale of the damage.",
  "This aid package is a drop in the ocean compared to the damage.",
  "animal", "base", "news", "새 발의 피 = a trifle")
I("사장님이 들어오시자 사무실이 쥐 죽은 듯 조용해졌다.",
  "When the boss came in, the office became quiet as if a mouse died.",
  "When the boss walked in, the office went dead silent.",
  "animal", "past", "textbook", "쥐 죽은 듯 = dead quiet")
I("운동도 하고 돈도 벌고, 이거야말로 꿩 먹고 알 먹기지.",
  "Exercising and earning money too, this is truly eating the pheasant and eating the egg.",
  "Getting exercise and earning money at the same time: that's having your cake and eating it.",
  "animal", "nominalised", "dialogue", "꿩 먹고 알 먹고 = double benefit")
I("요즘은 개천에서 용 나기 힘든 세상이다.",
  "These days it's a world where it's hard for a dragon to come from a stream.",
  "These days it's hard to rise from humble beginnings to the top.",
  "animal", "nominalised", "news", "개천에서 용 난다 = rags to riches")
I("가재는 게 편이라더니 결국 자기 동기 편을 들더라.",
  "They say the crayfish is on the crab's side, and in the end he took his classmate's side.",
  "Birds of a feather, I suppose: in the end he sided with his own classmate.",
  "animal", "split", "web", "가재는 게 편 = people side with their own")
I("다 된 계약이 엎어져서 말짱 도루묵이 됐다.",
  "The nearly finished contract got overturned and it became completely doromuk fish.",
  "The deal fell through at the last minute and it was all for nothing.",
  "animal", "past", "dialogue", "말짱 도루묵 = all for nothing")
I("강대국 무역 분쟁에 고래 싸움에 새우 등 터지는 건 중소 수출국이다.",
  "In the trade dispute of great powers, the ones whose shrimp backs burst in the whale fight are small exporting countries.",
  "In the trade war between the big powers, it's the small exporters that get caught in the crossfire.",
  "animal", "nominalised", "news", "고래 싸움에 새우 등 터진다")
I("합병 후 그 팀은 낙동강 오리알 신세가 됐다.",
  "After the merger, that team became the situation of a Nakdong River duck egg.",
  "After the merger that team was left out in the cold.",
  "animal", "past", "news", "낙동강 오리알 = left out, abandoned")
I("무대에만 올라가면 물 만난 고기처럼 펄펄 날아.",
  "Whenever she goes on stage she flies around like a fish that met water.",
  "Put her on a stage and she's in her element.",
  "animal", "adnominal", "web", "물 만난 고기 = in one's element (opposite image to 'fish out of water')")
I("개구리 올챙이 적 생각 못 한다더니, 자기도 신입 때 실수 많이 했으면서.",
  "They say the frog can't remember its tadpole days; he made lots of mistakes as a newbie too.",
  "He's forgotten where he came from; he made plenty of mistakes when he was new too.",
  "animal", "negated", "dialogue", "개구리 올챙이 적 생각 못 한다")
I("호랑이도 제 말 하면 온다더니 마침 들어오네.",
  "They say even the tiger comes when you talk about it, and here he comes in.",
  "Speak of the devil, here he is.",
  "animal", "split", "dialogue", "호랑이도 제 말 하면 온다")
I("까마귀 고기를 먹었나, 왜 이렇게 깜빡깜빡하지?",
  "Did I eat crow meat? Why do I keep forgetting?",
  "What's wrong with me? Why do I keep forgetting things?",
  "animal", "question", "dialogue", "까마귀 고기를 먹다 = be forgetful (false friend: 'eat crow')")
I("올해 입사한 병아리 기자들이 첫 현장에 나섰다.",
  "The chick reporters who joined this year went out to their first scene.",
  "This year's rookie reporters went out on their first assignment.",
  "animal", "adnominal", "news", "병아리 = novice")
I("선거 때마다 당을 옮기는 철새 정치인에 대한 비판이 거세다.",
  "Criticism of migratory bird politicians who move parties every election is fierce.",
  "There's fierce criticism of turncoat politicians who switch parties every election.",
  "animal", "adnominal", "news", "철새 = party-hopper")
I("곰 같은 아내랑 사는 게 여우 같은 아내보다 낫대.",
  "They say living with a bear-like wife is better than with a fox-like wife.",
  "They say a steady, unfussy wife is better than a wily, charming one.",
  "animal", "adnominal", "web", "곰 같은 = stolid; 여우 같은 = wily")
I("알바하다가 사장님 몰래 토꼈어.",
  "While working part-time, I rabbited without the boss knowing.",
  "I bailed on my part-time job without telling the boss.",
  "animal", "past", "web", "토끼다 = run off (slang)")
I("저 커플 하는 짓 보면 닭살이 돋아.",
  "Looking at what that couple does, chicken skin rises.",
  "That couple's lovey-dovey act makes me cringe.",
  "animal", "base", "web", "닭살 = cringe at sappiness (not fear)")
I("애들이 놀다 간 거실이 완전 개판이야.",
  "The living room after the kids played is a total dog board.",
  "The living room is a total mess after the kids played there.",
  "animal", "base", "dialogue", "개판 = a shambles")
I("쿠폰 두 장 겹쳐 쓰니까 개이득이었다.",
  "Using two coupons together was dog profit.",
  "Stacking two coupons was an absolute steal.",
  "animal", "past", "web", "개이득 = huge win (slang)")
I("거절을 못 하니까 다들 나를 호구로 본다.",
  "Because I can't refuse, everyone sees me as a tiger's mouth.",
  "Because I can't say no, everyone treats me as a pushover.",
  "animal", "negated", "web", "호구 = pushover")
I("쥐꼬리만 한 월급으로 월세 내면 남는 게 없어.",
  "Paying rent with a salary the size of a rat tail, nothing remains.",
  "After paying rent out of my measly salary, there's nothing left.",
  "animal", "adnominal", "dialogue", "쥐꼬리만 하다 = paltry")
I("늦잠 자서 고양이 세수만 하고 나왔어.",
  "I overslept and came out having done only a cat face wash.",
  "I overslept, so I just gave my face a quick splash and ran out.",
  "animal", "past", "dialogue", "고양이 세수 = perfunctory wash")
I("미꾸라지 한 마리가 온 웅덩이를 흐린다고, 한 명 때문에 팀 평판이 망가졌다.",
  "They say one loach muddies the whole pond; because of one person the team's reputation was ruined.",
  "One bad apple spoils the bunch: one person ruined the whole team's reputation.",
  "animal", "passive", "news", "미꾸라지 한 마리가 온 물을 흐린다")
I("증거를 들이대도 끝까지 오리발을 내밀더라.",
  "Even when shown the evidence, he held out duck feet to the end.",
  "Even faced with the evidence, he denied everything to the end.",
  "animal", "past", "dialogue", "오리발을 내밀다 = deny brazenly")
I("아빠는 독수리 타법으로 이메일 하나 쓰는 데 삼십 분 걸리셔.",
  "Dad takes thirty minutes to write one email with the eagle typing method.",
  "Dad types with two fingers, so one email takes him half an hour.",
  "animal", "honorific", "dialogue", "독수리 타법 = hunt-and-peck typing")
I("용 꼬리보다 뱀 머리가 낫다고 작은 회사로 옮겼어.",
  "Saying a snake head is better than a dragon tail, he moved to a small company.",
  "He moved to a small firm, preferring to be a big fish in a small pond.",
  "animal", "past", "web", "용 꼬리보다 뱀 머리")
I("하룻강아지 범 무서운 줄 모른다고 신입이 사장한테 대들었대.",
  "They say a one-day puppy doesn't know to fear the tiger; a newbie talked back to the CEO.",
  "Fools rush in: a new hire apparently talked back to the CEO.",
  "animal", "negated", "web", "하룻강아지 범 무서운 줄 모른다")
I("굼벵이도 구르는 재주가 있다더니 걔가 요리를 그렇게 잘할 줄이야.",
  "They say even a grub has the talent of rolling; who knew he cooked so well.",
  "Everyone's good at something: who knew he was such a good cook?",
  "animal", "split", "dialogue", "굼벵이도 구르는 재주가 있다")
I("그 가게는 개업 석 달 만에 파리만 날리고 있다.",
  "Three months after opening, that shop is only flying flies.",
  "Three months after opening, that shop is dead: no customers at all.",
  "animal", "base", "news", "파리 날리다 = business is dead")
I("계약직은 파리 목숨이라 언제 잘릴지 몰라.",
  "Contract workers are fly lives, so you don't know when you'll be cut.",
  "Contract workers have no job security; you could be let go any time.",
  "animal", "negated", "dialogue", "파리 목숨 = precarious position")
