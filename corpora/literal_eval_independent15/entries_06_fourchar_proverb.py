# four-character phrases of school and news; regional and older proverbs (hand-written, helper lit15, 2026-12-07)
I("그렇게 놀기만 하더니 시험 망친 건 자업자득이지.",
  "He only played like that and ruined the exam, it's self-work-self-gain.",
  "He did nothing but goof off, so flunking the exam is his own fault.",
  "four-char", "split", "dialogue", "자업자득: have only oneself to blame; chat")
I("자기가 늦어 놓고 나한테 화내는 건 적반하장이지.",
  "He was late and then gets angry at me, it's the thief raising his stick.",
  "He's the one who was late, and somehow I'm the one getting yelled at?",
  "four-char", "base", "dialogue", "적반하장: the guilty party accusing the innocent; chat")
I("그 영화는 초반은 좋았는데 결말이 용두사미였어.",
  "That movie was good at the start, but the ending was a dragon's head and snake's tail.",
  "The film started strong but fizzled out at the end.",
  "four-char", "past", "web", "용두사미: strong start, weak finish; film review")
I("질문했는데 동문서답만 하시네요.",
  "I asked a question, but you only do east-question-west-answer.",
  "I asked you a question and you keep answering something else.",
  "four-char", "honorific", "dialogue", "동문서답: irrelevant answer; dialogue")
I("새해 다짐이 또 작심삼일로 끝났다.",
  "My new year's resolution ended again as a three-day determined heart.",
  "My New Year's resolution fizzled out after a few days again.",
  "four-char", "past", "web", "작심삼일: short-lived resolve; social post")
I("경쟁사들이 우리 시장을 호시탐탐 노리고 있다.",
  "Competitors are eyeing our market with tiger-look-tiger-stare.",
  "Our competitors are waiting for any chance to move in on our market.",
  "four-char", "base", "news", "호시탐탐: watch for a chance to pounce; business news")
I("공부든 운동이든 과유불급이야. 너무 무리하지 마.",
  "Studying or exercise, it's excess-as-bad-as-insufficient. Don't overdo it.",
  "Whether it's study or exercise, too much is as bad as too little. Don't push yourself too hard.",
  "four-char", "negated", "dialogue", "과유불급: moderation is best; dialogue")
I("역지사지로 생각해 보면 그 사람 입장도 이해가 돼.",
  "If you think it changing the place, that person's position is also understood.",
  "If you put yourself in his shoes, you can see where he's coming from.",
  "four-char", "passive", "dialogue", "역지사지: put oneself in another's shoes; dialogue")
I("다른 회사의 실패 사례를 반면교사로 삼아야 한다.",
  "We should take other companies' failure cases as an opposite-side teacher.",
  "We should learn from other companies' failures what not to do.",
  "four-char", "base", "news", "반면교사: a negative example to learn from; editorial")
I("말 안 해도 이심전심으로 다 알지.",
  "Even without speaking, I know everything by mind-to-mind transmission.",
  "You don't have to say it. I know exactly what you mean.",
  "four-char", "negated", "dialogue", "이심전심: unspoken understanding; chat")
I("이번 요금 개편은 조삼모사에 불과하다.",
  "This fee reform is nothing but three-in-the-morning-four-in-the-evening.",
  "The new fee structure is just the same thing dressed up differently.",
  "four-char", "base", "news", "조삼모사: superficial change that deceives; editorial")
I("술만 마시면 횡설수설해서 무슨 말인지 모르겠어.",
  "Whenever he drinks he does horizontal-talk-vertical-talk, so I don't know what he's saying.",
  "Whenever he drinks he starts rambling and you can't make sense of anything.",
  "four-char", "negated", "dialogue", "횡설수설: ramble incoherently; chat")
I("이런 사고는 현장에서 비일비재하다.",
  "Accidents like this are not-one-not-two at the site.",
  "Accidents like this are all too common on building sites.",
  "four-char", "base", "news", "비일비재하다: be very common; labour news")
I("같은 제품이라도 가게마다 가격이 천차만별이다.",
  "Even for the same product, the price is a thousand-differences-ten-thousand-distinctions per shop.",
  "Even for the same product, prices vary wildly from shop to shop.",
  "four-char", "base", "web", "천차만별: vary widely; shopping post")
I("실종자의 행방은 여전히 오리무중이다.",
  "The missing person's whereabouts are still in five-ri of fog.",
  "The whereabouts of the missing person are still a complete mystery.",
  "four-char", "base", "news", "오리무중: shrouded in mystery; news")
I("갑자기 정전이 되자 직원들은 속수무책이었다.",
  "When the power suddenly went out, the staff were bound-hands-no-plan.",
  "When the power suddenly went out, the staff were helpless.",
  "four-char", "past", "news", "속수무책: helpless; news")
I("그 선수는 부상을 딛고 재기하며 전화위복의 기회를 만들었다.",
  "That player overcame injury and came back, making a chance of turning misfortune into fortune.",
  "The player came back from injury and turned the setback into an opportunity.",
  "four-char", "causative", "news", "전화위복: blessing in disguise; sports news")
I("두 대기업이 싸우는 사이 작은 회사가 어부지리를 얻었다.",
  "While two big companies fought, a small company gained a fisherman's profit.",
  "While the two giants fought it out, a small firm walked off with the prize.",
  "four-char", "past", "news", "어부지리: third party profits from a quarrel; business news")
I("직원들이 십시일반으로 돈을 모아 동료를 도왔다.",
  "The employees collected money by ten spoons making one bowl and helped their colleague.",
  "Staff chipped in a little each to help out their colleague.",
  "four-char", "past", "news", "십시일반: everyone chips in; community news")
I("같은 처지라 동병상련을 느꼈어요.",
  "Being in the same situation, I felt same-disease-mutual-pity.",
  "We were in the same boat, so I really felt for him.",
  "four-char", "past", "dialogue", "동병상련: sympathy among fellow sufferers; dialogue")
I("제자가 스승보다 낫다니, 청출어람이네요.",
  "The student is better than the teacher, it's blue coming out of indigo.",
  "The student has outdone the master.",
  "four-char", "honorific", "dialogue", "청출어람: student surpasses teacher; speech")
I("배달비가 음식값보다 비싸다니 주객전도다.",
  "The delivery fee being more expensive than the food is the host and guest reversed.",
  "The delivery fee costs more than the food? That's absurd.",
  "four-char", "base", "web", "주객전도: priorities reversed; comment")
I("우리 언니는 공부, 운동, 요리 다 잘하는 팔방미인이야.",
  "My older sister is an eight-direction beauty who does studying, sports and cooking well.",
  "My sister is good at everything: studying, sport, cooking, you name it.",
  "four-char", "base", "dialogue", "팔방미인: all-rounder; chat")
I("그런 얘기는 금시초문인데요.",
  "That story is now-first-hearing.",
  "That's the first I've heard of it.",
  "four-char", "honorific", "dialogue", "금시초문: first one has heard of it; dialogue")
I("합격 발표를 기다리며 부모님은 노심초사하셨다.",
  "Waiting for the pass announcement, my parents were labouring mind and burning heart.",
  "My parents were on tenterhooks waiting for the results.",
  "four-char", "honorific", "textbook", "노심초사: be deeply anxious; textbook story")
I("회의 내내 좌불안석이었어.",
  "Throughout the meeting I was sitting-not-comfortable-on-seat.",
  "I was on pins and needles the whole meeting.",
  "four-char", "past", "dialogue", "좌불안석: be restless and uneasy; office")
I("전문가들은 이구동성으로 금리 인상을 예상했다.",
  "Experts predicted a rate hike with different mouths same voice.",
  "Experts unanimously expected a rate hike.",
  "four-char", "past", "news", "이구동성: unanimously; economy news")
I("계약 조건을 두고 노사가 갑론을박을 벌였다.",
  "Labour and management held an A-argues-B-refutes over the contract conditions.",
  "Management and the union went back and forth over the terms.",
  "four-char", "past", "news", "갑론을박: heated back-and-forth; labour news")
I("두 제품 기능은 대동소이해요.",
  "The two products' functions are great-same-small-different.",
  "The two products are pretty much the same in terms of features.",
  "four-char", "honorific", "web", "대동소이하다: be much the same; review")
I("작년 결승에서 진 뒤 절치부심한 끝에 우승을 차지했다.",
  "After losing last year's final, they ground their teeth and rotted their heart and finally took the title.",
  "After losing last year's final, they worked tirelessly to come back and won the title.",
  "four-char", "past", "news", "절치부심: strive hard after a defeat; sports news")
I("좋은 날씨 덕에 공사가 일사천리로 진행됐다.",
  "Thanks to good weather, construction proceeded like one river flowing a thousand ri.",
  "Thanks to the good weather, construction went ahead without a hitch.",
  "four-char", "passive", "news", "일사천리: proceed swiftly; news")
I("보고 나니까 견물생심이라고 나도 갖고 싶어지더라.",
  "After seeing it, as they say see-thing-arise-heart, I also came to want it.",
  "Once I'd seen it, I wanted one too. Isn't that always the way?",
  "four-char", "split", "web", "견물생심: seeing breeds desire; shopping post")
I("이번 인사는 적재적소에 사람을 배치했다는 평가를 받는다.",
  "This personnel move is evaluated as placing people in suitable-material-suitable-place.",
  "The reshuffle is being praised for putting the right people in the right jobs.",
  "four-char", "passive", "news", "적재적소: right person for the right job; business news")
I("그 사건 이후로 그는 일희일비하지 않게 됐다.",
  "Since that incident, he came not to do one-joy-one-sorrow.",
  "Since then he's learned not to get carried away by every up and down.",
  "four-char", "negated", "textbook", "일희일비: swing with every change of fortune; essay")
I("과거에는 남의 작은 실수를 침소봉대하는 보도가 많았다.",
  "In the past there were many reports that made a needle into a stick about others' small mistakes.",
  "In the past, a lot of reporting blew people's small mistakes out of all proportion.",
  "four-char", "adnominal", "news", "침소봉대: exaggerate wildly; media criticism")
I("가는 날이 장날이라고 맛집에 갔더니 휴무였어.",
  "As they say the day you go is market day, I went to the restaurant and it was closed.",
  "Just my luck, the restaurant was closed the day I went.",
  "proverb", "split", "web", "가는 날이 장날: bad timing, just one's luck; food post")
I("은행 가서 적금도 들고 사은품도 받았으니 꿩 먹고 알 먹고네.",
  "I went to the bank, joined a savings plan and also received a gift, so I ate the pheasant and ate the egg.",
  "I opened a savings account and got a free gift thrown in. Best of both worlds.",
  "proverb", "split", "dialogue", "꿩 먹고 알 먹고: double benefit; chat")
I("고래 싸움에 새우 등 터진다더니, 두 나라 무역 분쟁에 우리 수출 기업만 죽어나.",
  "They say a shrimp's back bursts in a whale fight, and with the two countries' trade war only our exporters are dying.",
  "Caught in the middle of the two countries' trade war, it's our exporters who are taking the hit.",
  "proverb", "split", "news", "고래 싸움에 새우 등 터진다: the weak suffer in fights of the strong; economy news")
I("티끌 모아 태산이라고 매일 커피값 아꼈더니 꽤 모였어.",
  "As they say collect dust and make a great mountain, I saved the coffee money every day and it gathered a lot.",
  "Every little bit adds up. I've saved quite a lot just by skipping coffee every day.",
  "proverb", "split", "web", "티끌 모아 태산: little by little adds up; money blog")
I("하룻강아지 범 무서운 줄 모른다고, 신인이 챔피언한테 도전장을 냈다.",
  "As they say a one-day puppy doesn't know tigers are scary, a newcomer sent a challenge letter to the champion.",
  "Fools rush in: the rookie has challenged the champion.",
  "proverb", "split", "news", "하룻강아지 범 무서운 줄 모른다: naive boldness; sports news")
I("개천에서 용 났다고 동네에 플래카드가 붙었다.",
  "Saying a dragon came out of the stream, a placard was put up in the neighbourhood.",
  "A banner went up in the neighbourhood celebrating the local kid who'd made it big.",
  "proverb", "split", "textbook", "개천에서 용 나다: rise from humble origins; textbook")
I("가재는 게 편이라더니 결국 자기 동료 편을 드네.",
  "They say the crayfish is on the crab's side, and in the end he takes his colleague's side.",
  "Of course he sided with his colleague. They always stick together.",
  "proverb", "split", "dialogue", "가재는 게 편: birds of a feather stick together; chat")
I("사공이 많으면 배가 산으로 간다고, 의견이 너무 많아서 결정을 못 하고 있어.",
  "As they say if there are many boatmen the boat goes to the mountain, there are too many opinions and we can't decide.",
  "Too many cooks. There are so many opinions we can't make a decision.",
  "proverb", "split", "dialogue", "사공이 많으면 배가 산으로 간다: too many cooks; office")
I("말 한마디로 천 냥 빚을 갚는다잖아. 사과부터 해.",
  "They say you repay a thousand nyang debt with one word. Apologise first.",
  "A kind word goes a long way. Start by apologising.",
  "proverb", "split", "dialogue", "말 한마디로 천 냥 빚을 갚는다: the right words work wonders; dialogue")
I("금강산도 식후경이라는데 일단 밥부터 먹자.",
  "They say even Mount Geumgang is sightseeing after eating, so let's eat rice first.",
  "Nothing gets done on an empty stomach. Let's eat first.",
  "proverb", "split", "dialogue", "금강산도 식후경: food first; travel chat")
I("너도 옛날엔 지각 대장이었잖아. 개구리 올챙이 적 생각 못 한다더니.",
  "You were the lateness general in the old days too. They say the frog can't think of its tadpole days.",
  "You used to be late all the time yourself. Funny how quickly you forget.",
  "proverb", "split", "dialogue", "개구리 올챙이 적 생각 못 한다: forget one's humble past; chat")
I("그분은 벼는 익을수록 고개를 숙인다는 말을 몸소 보여 주셨다.",
  "He personally showed the saying that the rice plant bows its head the more it ripens.",
  "He was living proof that the truly accomplished are the most humble.",
  "proverb", "honorific", "textbook", "벼는 익을수록 고개를 숙인다: the wise are humble; speech")
I("방귀 뀐 놈이 성낸다더니 지가 잘못해 놓고 더 큰소리야.",
  "They say the guy who farted gets angry, and he did wrong but is louder.",
  "He's the one in the wrong, and he's the one shouting loudest.",
  "proverb", "split", "dialogue", "방귀 뀐 놈이 성낸다: the culprit gets angry first; chat")
I("그건 언 발에 오줌 누기일 뿐이에요.",
  "That's only peeing on a frozen foot.",
  "That's only a stopgap that'll make things worse later.",
  "proverb", "honorific", "news", "언 발에 오줌 누기: short-lived fix; policy commentary")
I("수리비가 새로 사는 것보다 더 나오니 배보다 배꼽이 더 크네.",
  "The repair cost comes out more than buying new, so the navel is bigger than the belly.",
  "The repair costs more than a new one. That makes no sense.",
  "proverb", "split", "web", "배보다 배꼽이 더 크다: the extra costs more than the main thing; forum")
I("꼬리가 길면 밟힌다고, 결국 횡령이 들통났다.",
  "As they say if the tail is long it's stepped on, in the end the embezzlement was revealed.",
  "Sooner or later you get caught, and in the end the embezzlement came to light.",
  "proverb", "split", "news", "꼬리가 길면 밟힌다: wrongdoing is eventually caught; news")
I("괜히 긁어 부스럼 만들지 말고 가만히 있어.",
  "Don't make a boil by scratching for no reason and stay still.",
  "Let sleeping dogs lie. Just leave it.",
  "proverb", "negated", "dialogue", "긁어 부스럼: make things worse by meddling; chat")
I("다들 비슷비슷해서 도토리 키 재기야.",
  "Everyone is similar, so it's acorns measuring height.",
  "They're all much of a muchness.",
  "proverb", "base", "dialogue", "도토리 키 재기: no real difference among equals; chat")
I("그 나물에 그 밥이라고 새 위원회도 별다를 게 없다.",
  "As they say that herb with that rice, the new committee is not much different either.",
  "Same old faces: the new committee is no different.",
  "proverb", "split", "news", "그 나물에 그 밥: same old, no different; editorial")
I("이번 합병은 누이 좋고 매부 좋은 거래다.",
  "This merger is a deal where the sister is good and the brother-in-law is good.",
  "The merger is a win-win for both sides.",
  "proverb", "adnominal", "news", "누이 좋고 매부 좋고: win-win; business news")
I("냉수 먹고 속 차려라.",
  "Drink cold water and gather your inside.",
  "Get a grip and come to your senses.",
  "proverb", "base", "dialogue", "냉수 먹고 속 차려라: pull yourself together; dialogue")
I("우는 아이 젖 준다고 계속 민원 넣으니까 고쳐 주더라.",
  "As they say you give milk to the crying child, I kept filing complaints and they fixed it.",
  "The squeaky wheel gets the grease. I kept complaining and they finally fixed it.",
  "proverb", "split", "web", "우는 아이 젖 준다: the squeaky wheel gets the grease; forum")
I("사촌이 땅을 사면 배가 아프다더니, 친구 승진 소식에 괜히 심술이 나네.",
  "They say if your cousin buys land your stomach hurts, and at my friend's promotion news I'm grumpy for no reason.",
  "I know I should be happy about my friend's promotion, but I'm a bit jealous.",
  "proverb", "split", "web", "사촌이 땅을 사면 배가 아프다: envy others' success; social post")
I("급할수록 돌아가라고 했어. 천천히 확인하고 보내.",
  "They said the more urgent, go around. Check slowly and send it.",
  "More haste, less speed. Check it carefully before you send it.",
  "proverb", "split", "dialogue", "급할수록 돌아가라: more haste, less speed; office")
I("가물에 콩 나듯 손님이 오네.",
  "Customers come like beans sprouting in a drought.",
  "Customers are few and far between.",
  "proverb", "base", "dialogue", "가물에 콩 나듯: few and far between; shopkeeper chat")
I("말이 씨가 된다니까 그런 소리 하지 마.",
  "They say words become seeds, so don't say such sounds.",
  "Don't say things like that. You'll jinx it.",
  "proverb", "negated", "dialogue", "말이 씨가 된다: words can come true; dialogue")
I("굴러온 돌이 박힌 돌 뺀다고, 새로 온 사람이 팀장 자리를 차지했어.",
  "As they say the stone that rolled in pulls out the embedded stone, the new person took the team leader spot.",
  "The newcomer pushed out the old hands and took the team leader job.",
  "proverb", "split", "web", "굴러온 돌이 박힌 돌 뺀다: newcomer ousts old-timers; workplace post")
I("눈 가리고 아웅 하는 식의 해명은 통하지 않는다.",
  "An explanation in the style of covering the eyes and meowing does not work.",
  "A flimsy explanation that fools nobody isn't going to wash.",
  "proverb", "adnominal", "news", "눈 가리고 아웅: transparent pretence; editorial")
I("자라 보고 놀란 가슴 솥뚜껑 보고 놀란다고, 그 뒤로 전화벨만 울려도 깜짝 놀라.",
  "As they say the heart startled by a turtle is startled by a pot lid, since then I'm startled even when the phone rings.",
  "Once bitten, twice shy. Since then I jump every time the phone rings.",
  "proverb", "split", "web", "자라 보고 놀란 가슴 솥뚜껑 보고 놀란다: once bitten, twice shy; forum")
I("쇠뿔도 단김에 빼라고 했으니 오늘 바로 계약하죠.",
  "They said pull out the ox horn while it's hot, so let's sign the contract today.",
  "Let's strike while the iron's hot and sign today.",
  "proverb", "split", "dialogue", "쇠뿔도 단김에 빼라: act while the chance is there; business")
I("이사 온 집 바로 앞에 지하철역이 생긴다니 호박이 넝쿨째 굴러 들어왔네.",
  "A subway station will be made right in front of the house we moved into, so a pumpkin rolled in with its vine.",
  "They're building a subway station right outside our new place. What a stroke of luck!",
  "proverb", "past", "dialogue", "호박이 넝쿨째 굴러 들어오다: windfall; chat")
I("닭 쫓던 개 지붕 쳐다보듯 떠나는 버스만 보고 있었다.",
  "Like a dog that chased a chicken looking at the roof, I was only looking at the bus leaving.",
  "I could only stand there staring helplessly as the bus pulled away.",
  "proverb", "split", "textbook", "닭 쫓던 개 지붕 쳐다보듯: stare helplessly at a lost chance; essay")
