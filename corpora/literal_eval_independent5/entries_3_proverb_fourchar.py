# shortened proverbs and four-character idioms (hand-written, lit5, 2026-12-07)
I("오랜만에 맛집 갔는데 가는 날이 장날이라고 휴무더라.",
  "I went to a famous restaurant after a long time but as they say the day I go is market day, it was closed.",
  "I finally went to that great restaurant and, just my luck, it was closed that day.",
  "proverb", "split", "dialogue", "가는 날이 장날 = unlucky timing")
I("걔는 컴퓨터 앞에서는 낫 놓고 기역 자도 몰라.",
  "In front of a computer he puts down a sickle and doesn't know even the letter giyeok.",
  "Put him in front of a computer and he's completely clueless.",
  "proverb", "negated", "dialogue", "낫 놓고 기역 자도 모른다 = utterly ignorant")
I("떡 줄 사람은 생각도 없는데 벌써 보너스 쓸 데를 정했어?",
  "The person who will give rice cake has no thought, and you already decided where to spend the bonus?",
  "Nobody's even promised you a bonus and you've already decided how to spend it?",
  "proverb", "split", "dialogue", "떡 줄 사람은 생각도 않는데 김칫국부터 마신다 (shortened)")
I("신입이 하룻강아지 범 무서운 줄 모르고 사장님한테 대들었대.",
  "The new hire, a one-day puppy not knowing tigers are scary, talked back to the boss.",
  "The new guy, knowing no better, talked back to the CEO.",
  "proverb", "split", "dialogue", "하룻강아지 범 무서운 줄 모른다 = inexperienced and reckless")
I("오르지 못할 나무는 쳐다보지도 말랬어, 그 회사는 포기해.",
  "They said don't even look at a tree you can't climb, give up that company.",
  "Don't set your sights on what's out of reach. Forget about that company.",
  "proverb", "negated", "dialogue", "오르지 못할 나무는 쳐다보지도 마라")
I("저 선수는 될성부른 나무는 떡잎부터 안다는 말처럼 중학생 때부터 남달랐다.",
  "That player, like the saying a tree that will grow well is known from the seed leaf, was different from middle school.",
  "That player showed exceptional promise even in middle school.",
  "proverb", "split", "news", "될성부른 나무는 떡잎부터 알아본다 = talent shows early")
I("운동도 하고 돈도 벌고, 이거 완전 꿩 먹고 알 먹고네.",
  "Exercise and earn money too, this is completely eating the pheasant and eating the egg.",
  "Getting exercise and earning money? That's a win-win.",
  "proverb", "split", "dialogue", "꿩 먹고 알 먹고 = double benefit")
I("바늘 도둑이 소도둑 된다, 작은 거짓말도 버릇 돼.",
  "A needle thief becomes a cow thief, even a small lie becomes a habit.",
  "Small lies lead to big ones. Even little fibs become a habit.",
  "proverb", "base", "textbook", "바늘 도둑이 소도둑 된다 = small wrongs grow")
I("목구멍이 포도청이라 싫어도 출근해야지.",
  "The throat is the police headquarters so I have to go to work even if I don't want.",
  "I've got to eat, so I go to work whether I like it or not.",
  "proverb", "split", "dialogue", "목구멍이 포도청 = need to earn a living forces one's hand")
I("발 없는 말이 천 리 간다고, 벌써 온 동네가 다 알아.",
  "Words without feet go a thousand li, the whole neighborhood already knows.",
  "Word travels fast; the whole neighbourhood already knows.",
  "proverb", "split", "dialogue", "발 없는 말이 천 리 간다 = rumours spread fast")
I("회의에서 다들 한마디씩 하다 보니 배가 산으로 갔어.",
  "Everyone said a word at the meeting, so the boat went to the mountain.",
  "Everyone at the meeting chimed in, and the whole thing went off the rails.",
  "proverb", "past", "dialogue", "사공이 많으면 배가 산으로 간다 (shortened)")
I("부장님이 물어보는데 꿀 먹은 벙어리처럼 가만히 있었어.",
  "The manager asked but I stayed still like a mute who ate honey.",
  "The manager asked me, and I just stood there without saying a word.",
  "proverb", "adnominal", "dialogue", "꿀 먹은 벙어리 = silent, tongue-tied")
I("남의 떡이 커 보인다고 다른 부서가 더 편해 보이지?",
  "Other people's rice cake looks bigger, so the other department looks easier, right?",
  "The grass is always greener, isn't it? Other departments always look cushier.",
  "proverb", "split", "dialogue", "남의 떡이 커 보인다 = the grass is greener")
I("역시 싼 게 비지떡이야, 이틀 만에 고장 났어.",
  "As expected cheap thing is bean-curd-dreg cake, it broke in two days.",
  "You get what you pay for. It broke after two days.",
  "proverb", "base", "dialogue", "싼 게 비지떡 = cheap goods are poor quality")
I("팀장이 시키니까 울며 겨자 먹기로 주말 출근했어.",
  "Because the team leader ordered, I went to work on the weekend eating mustard while crying.",
  "The team leader told me to, so I reluctantly went in at the weekend.",
  "proverb", "split", "dialogue", "울며 겨자 먹기 = doing something against one's will")
I("지도 지각하면서 나한테 뭐라고 해? 똥 묻은 개가 겨 묻은 개 나무라네.",
  "He's late too and says something to me? A dog with poop scolds a dog with chaff.",
  "He's always late himself and he's lecturing me? Talk about the pot calling the kettle black.",
  "proverb", "base", "dialogue", "똥 묻은 개가 겨 묻은 개 나무란다")
I("가재는 게 편이라더니 결국 자기 친구 편만 들더라.",
  "They say crayfish is on the crab's side, in the end he only took his friend's side.",
  "Birds of a feather, I guess. In the end he just took his friend's side.",
  "proverb", "split", "dialogue", "가재는 게 편 = people side with their own kind")
I("확실해 보여도 돌다리도 두들겨 보고 건너는 게 좋아.",
  "Even if it looks sure, it's good to cross the stone bridge after tapping it.",
  "Even if it looks like a sure thing, it's better to play it safe.",
  "proverb", "nominalised", "textbook", "돌다리도 두들겨 보고 건너라 = be extra cautious")
I("그렇게 못생긴 강아지가 좋아? 제 눈에 안경이네.",
  "You like such an ugly puppy? It's glasses for one's own eyes.",
  "You love that ugly dog? Well, beauty is in the eye of the beholder.",
  "proverb", "base", "dialogue", "제 눈에 안경 = taste is subjective")
I("한 시간 만에 유럽 여행 코스를 다 돌다니, 수박 겉 핥기지.",
  "Touring the whole Europe course in an hour, it's licking the watermelon's outside.",
  "Seeing all of Europe in an hour? That's barely scratching the surface.",
  "proverb", "nominalised", "dialogue", "수박 겉 핥기 = superficial")
I("주문한 지 오 분 됐는데 우물에 가서 숭늉 찾네.",
  "It's been five minutes since ordering and you're looking for scorched-rice water at the well.",
  "We ordered five minutes ago. Have a little patience.",
  "proverb", "split", "dialogue", "우물에 가서 숭늉 찾는다 = impatient")
I("평생 기다린 아이라 부부는 오매불망 출산일만 기다렸다.",
  "Because it was a child they waited for all life, the couple waited only for the due date not forgetting awake or asleep.",
  "They had waited their whole lives for a child, and the couple longed for the due date day and night.",
  "four-char", "past", "textbook", "오매불망 = longing constantly")
I("발표 순서 기다리면서 좌불안석이었어.",
  "While waiting for my presentation turn I was sitting not comfortable seat.",
  "I was on pins and needles waiting for my turn to present.",
  "four-char", "past", "dialogue", "좌불안석 = restless with worry")
I("어머니는 아들이 돌아올 때까지 노심초사하셨다.",
  "Mother labored her heart and burned her thoughts until her son returned.",
  "His mother was worried sick until her son came home.",
  "four-char", "honorific", "textbook", "노심초사 = anxious")
I("시장의 반응에 업계는 전전긍긍하는 모습이다.",
  "The industry appears to be trembling trembling careful careful at the market reaction.",
  "The industry is on tenterhooks over how the market will react.",
  "four-char", "adnominal", "news", "전전긍긍 = be on tenterhooks")
I("돈 좀 벌더니 아주 안하무인이 됐더라.",
  "After earning some money he became no people under his eyes.",
  "Now that he's made some money, he treats everyone like dirt.",
  "four-char", "past", "dialogue", "안하무인 = arrogant, disregarding others")
I("자기가 잘못해 놓고 적반하장으로 나한테 화를 내.",
  "He did wrong himself and with the thief holding the stick he gets angry at me.",
  "He's the one who messed up, and now he's turning it around and getting mad at me.",
  "four-char", "base", "dialogue", "적반하장 = the guilty party blames the victim")
I("두 후보가 싸우는 사이 제3 후보가 어부지리를 얻었다.",
  "While the two candidates fought, the third candidate got the fisherman's profit.",
  "While the two candidates fought each other, a third candidate reaped the benefit.",
  "four-char", "past", "news", "어부지리 = a third party's windfall")
I("여당은 잇따른 악재로 사면초가에 빠졌다.",
  "The ruling party fell into songs of Chu from four sides due to successive bad news.",
  "A string of setbacks has left the ruling party besieged on all sides.",
  "four-char", "past", "news", "사면초가 = surrounded by enemies")
I("프로젝트 끝나니까 바로 잘렸어, 완전 토사구팽이지.",
  "I was cut right after the project ended, it's totally rabbit dies and the dog is boiled.",
  "They let me go the moment the project was done. Used and thrown away.",
  "four-char", "passive", "dialogue", "토사구팽 = discarded once no longer useful")
I("아무리 말해도 마이동풍이야, 듣는 척도 안 해.",
  "No matter how much I say it's east wind in a horse's ear, he doesn't even pretend to listen.",
  "No matter what I say, it goes in one ear and out the other.",
  "four-char", "negated", "dialogue", "마이동풍 = turning a deaf ear")
I("모처럼 쉬려는데 계란에도 유골이라고 보일러가 고장 났다.",
  "Just as I tried to rest for once, as they say even the egg has bones, the boiler broke.",
  "The one time I got to rest, of course the boiler broke down.",
  "four-char", "split", "dialogue", "계란유골 = bad luck dogs even good chances")
I("내가 들어가자마자 컵이 깨져서 오비이락으로 의심받았어.",
  "As soon as I went in the cup broke so I was suspected by crow flies pear falls.",
  "The cup broke right as I walked in, so I got blamed by pure coincidence.",
  "four-char", "passive", "dialogue", "오비이락 = suspicious coincidence")
I("심부름 보낸 동생이 한 시간째 함흥차사야.",
  "The younger brother I sent on an errand is a Hamheung envoy for an hour.",
  "I sent my brother on an errand an hour ago and there's still no sign of him.",
  "four-char", "base", "dialogue", "함흥차사 = someone who never comes back")
I("이웃 나라의 실패를 타산지석으로 삼아야 한다.",
  "We must take the neighboring country's failure as a stone from another mountain.",
  "We should learn from our neighbour's failure.",
  "four-char", "base", "news", "타산지석 = learn from others' mistakes")
I("시간이 없어서 박물관은 주마간산으로 보고 나왔어.",
  "Because there was no time I saw the museum as looking at mountains from a galloping horse and came out.",
  "We were short of time, so we just rushed through the museum.",
  "four-char", "past", "dialogue", "주마간산 = cursory look")
I("고진감래라더니 드디어 합격했구나!",
  "They say bitterness ends and sweetness comes, you finally passed!",
  "All your hard work has finally paid off. You passed!",
  "four-char", "past", "dialogue", "고진감래 = hardship is followed by reward")
I("한국어 실력이 일취월장이네요.",
  "Your Korean skill is day achievement month advance.",
  "Your Korean is getting better by leaps and bounds.",
  "four-char", "honorific", "dialogue", "일취월장 = improve rapidly")
I("경쟁사들은 호시탐탐 시장 점유율을 노리고 있다.",
  "Competitors are aiming at the market share with tiger eyes glaring glaring.",
  "Rivals are watching for any chance to grab market share.",
  "four-char", "base", "news", "호시탐탐 = watching for an opportunity")
I("처음에는 우왕좌왕하던 신입들도 한 달이 지나자 자리를 잡았다.",
  "The new employees who went right and left at first also took their seats after a month.",
  "The new recruits, who were all at sea at first, had found their feet after a month.",
  "four-char", "adnominal", "textbook", "우왕좌왕 = confused; 자리를 잡다 = settle in")
I("견물생심이라고 지갑을 책상 위에 두지 마.",
  "As they say seeing object desire is born, don't leave your wallet on the desk.",
  "Opportunity makes the thief, so don't leave your wallet on the desk.",
  "four-char", "negated", "dialogue", "견물생심 = seeing something makes you want it")
I("장사꾼의 감언이설에 넘어가서 필요 없는 걸 샀어.",
  "I fell over to the merchant's sweet words and profitable speech and bought something I don't need.",
  "I fell for the salesman's sweet talk and bought something I didn't need.",
  "four-char", "passive", "dialogue", "감언이설에 넘어가다 = be taken in by flattery")
I("조삼모사식 대책으로는 국민을 설득할 수 없다.",
  "With three-in-the-morning-four-in-the-evening style measures, the people cannot be persuaded.",
  "Measures that merely repackage the same thing will not convince the public.",
  "four-char", "negated", "news", "조삼모사 = superficial change that deceives")
