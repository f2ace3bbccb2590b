# near misses: the words of an idiom used in their plain, physical sense; a literal rendering is correct
# (hand-written, helper lit15, 2026-12-07)
L("할아버지는 뒷짐을 지고 천천히 마당을 걸으셨다.",
  "Grandpa strolled slowly around the yard with his hands clasped behind his back.", "honorific", "textbook", "뒷짐을 지다")
L("버스 정류장에서 아이가 추워서 발을 동동 굴렀다.",
  "At the bus stop, the child stamped her feet to keep warm.", "past", "textbook", "발을 동동 구르다")
L("그 선수는 손이 커서 농구공을 한 손으로 쉽게 잡는다.",
  "He has such big hands that he can easily hold a basketball in one.", "base", "news", "손이 크다")
L("이순신 장군은 좁은 물길에 진을 치고 적을 기다렸다.",
  "Admiral Yi Sun-sin set up his battle formation in the narrow strait and waited for the enemy.", "past", "textbook", "진을 치다")
L("출발 전에 자전거 타이어에 바람을 넣었어.",
  "I pumped up my bike tyres before setting off.", "past", "dialogue", "바람을 넣다")
L("냉면에 식초를 조금 치면 더 맛있어요.",
  "Cold noodles taste even better with a dash of vinegar.", "honorific", "dialogue", "초를 치다")
L("라면에 고춧가루를 조금 뿌려 먹으면 더 칼칼해.",
  "If you sprinkle a bit of chilli powder on your ramyeon, it gets a nice kick.", "base", "web", "고춧가루를 뿌리다")
L("엄마가 식탁에 숟가락을 얹어 놓고 우리를 불렀다.",
  "Mom set the spoons on the table and called us over.", "past", "textbook", "숟가락을 얹다")
L("아이가 주스 팩에 빨대를 꽂아 달라고 했다.",
  "My child asked me to put the straw in his juice box.", "past", "web", "빨대를 꽂다")
L("아침부터 아빠랑 마당에 쌓인 눈을 치우느라 삽질을 했어.",
  "Dad and I spent the morning shovelling snow in the yard.", "past", "dialogue", "삽질하다")
L("양궁 선수가 마지막 화살을 쏘았다.",
  "The archer shot her last arrow.", "past", "news", "쏘다")
L("봄이 되자 버드나무 가지에 물이 올랐다.",
  "With the spring, the sap has risen in the willow branches.", "past", "textbook", "물이 오르다")
L("밥이 다 되면 불을 끄고 5분 정도 뜸을 들이세요.",
  "When the rice is cooked, turn off the heat and let it steam for about five minutes.", "honorific", "textbook", "뜸을 들이다")
L("도마뱀은 위험하면 꼬리를 자르고 도망간다.",
  "When a lizard is in danger, it sheds its tail and runs away.", "base", "textbook", "꼬리 자르기")
L("이 로봇은 몸통이 가벼운 금속으로 만들어졌다.",
  "The robot's body is made of a lightweight metal.", "passive", "news", "몸통")
L("할머니는 안방에서 낮잠을 주무시고 계세요.",
  "Grandma is taking a nap in the main bedroom.", "honorific", "dialogue", "안방")
L("캠핑장에서 큰 솥에 밥을 지어 다 같이 나눠 먹었다.",
  "At the campsite we cooked rice in a big pot and shared it.", "past", "web", "한솥밥을 먹다")
L("어머니가 쪽파로 파김치를 담그셨다.",
  "Mom made green onion kimchi with chives.", "honorific", "textbook", "파김치가 되다")
L("설렁탕에는 역시 깍두기가 잘 어울려.",
  "Nothing goes with seolleongtang like cubed radish kimchi.", "base", "web", "깍두기")
L("퇴근길에 군고구마를 한 봉지 샀어.",
  "I bought a bag of roasted sweet potatoes on my way home from work.", "past", "dialogue", "고구마")
L("피자에는 콜라보다 사이다가 좋아.",
  "I prefer lemon-lime soda to cola with pizza.", "base", "dialogue", "사이다")
L("가방끈이 끊어져서 새 가방을 샀다.",
  "The strap on my bag snapped, so I bought a new one.", "past", "web", "가방끈이 길다")
L("우리 집 고양이가 앞발로 얼굴을 닦으며 세수를 하고 있다.",
  "Our cat is washing its face with its front paws.", "base", "web", "고양이 세수")
L("겨울이 되면 철새들이 이 호수로 날아온다.",
  "Every winter, migratory birds fly to this lake.", "base", "news", "철새 정치인")
L("문어발을 살짝 데쳐서 초장에 찍어 먹었다.",
  "We lightly blanched the octopus legs and dipped them in vinegared chilli paste.", "past", "web", "문어발식")
L("선생님이 틀린 답에 빨간 줄을 그으셨다.",
  "The teacher drew a red line through the wrong answers.", "honorific", "textbook", "빨간 줄이 가다")
L("용접할 때 불똥이 튀니까 보호 장갑을 꼭 껴.",
  "Sparks fly when you weld, so always wear protective gloves.", "base", "dialogue", "불똥이 튀다")
L("씨름 선수들이 샅바를 잡고 힘을 겨뤘다.",
  "The ssireum wrestlers grabbed each other's belts and tested their strength.", "past", "news", "샅바 싸움")
L("물리 치료사가 목에 힘을 빼고 천천히 돌리라고 했다.",
  "The physiotherapist told me to relax my neck and turn it slowly.", "past", "dialogue", "목에 힘이 들어가다")
L("강아지 밥그릇을 깨끗이 씻어서 말려 두었다.",
  "I washed the dog's food bowl and left it to dry.", "past", "web", "밥그릇 싸움")
L("이 한약에는 감초가 들어가서 맛이 조금 달아요.",
  "This herbal medicine has licorice root in it, so it tastes a little sweet.", "honorific", "dialogue", "약방의 감초")
