# plain-use controls: ordinary sentences with no idiom, many sharing words with idioms in this set
# (hand-written, helper lit11, 2026-12-07). One good row each.
C("손을 깨끗이 씻고 나서 밥 먹어.",
  "Wash your hands properly before you eat.", "base", "dialogue")
C("눈이 나빠져서 안경을 새로 맞췄어요.",
  "My eyesight has got worse, so I got new glasses.", "honorific", "dialogue")
C("코로나 이후로 코가 자주 막혀요.",
  "Since having Covid my nose often gets blocked.", "honorific", "web")
C("어제 너무 많이 걸어서 발바닥이 아파.",
  "I walked so much yesterday that the soles of my feet hurt.", "past", "dialogue")
C("치과에서 사랑니를 뽑았더니 입을 크게 못 벌리겠어.",
  "I had my wisdom tooth out at the dentist and now I can't open my mouth wide.", "negated", "web")
C("목이 말라서 편의점에서 물을 샀다.",
  "I was thirsty, so I bought some water at the convenience store.", "past", "textbook")
C("의자에 오래 앉아 있었더니 허리가 아프다.",
  "I've been sitting in a chair too long and my back hurts.", "past", "web")
C("아기가 엄마 귀를 잡아당기며 웃었다.",
  "The baby laughed as it tugged at its mother's ear.", "past", "textbook")
C("김치찌개에 두부를 넣으면 더 맛있어.",
  "Kimchi stew tastes better with tofu in it.", "base", "dialogue")
C("아침마다 고구마를 쪄서 먹고 있어요.",
  "I've been having steamed sweet potatoes every morning.", "honorific", "web")
C("마트에서 사이다 한 병이랑 과자를 샀어.",
  "I bought a bottle of lemonade and some snacks at the supermarket.", "past", "dialogue")
C("빵집에서 갓 구운 식빵을 사 왔다.",
  "I bought a freshly baked loaf of bread from the bakery.", "past", "textbook")
C("할머니가 직접 담근 김치를 보내 주셨어요.",
  "Grandma sent us kimchi she made herself.", "honorific", "dialogue")
C("명절에 온 가족이 모여 송편을 빚었다.",
  "The whole family got together at Chuseok and made songpyeon.", "past", "news")
C("도서관 옆 공원에 고양이가 여러 마리 산다.",
  "Several cats live in the park next to the library.", "base", "web")
C("우리 동네 개천에 오리 가족이 나타났다.",
  "A family of ducks has appeared in the stream in our neighbourhood.", "past", "news")
C("닭 한 마리 사다가 백숙을 끓였다.",
  "I bought a whole chicken and made boiled chicken soup.", "past", "web")
C("동물원에서 호랑이가 낮잠을 자고 있었어.",
  "At the zoo the tiger was having a nap.", "past", "dialogue")
C("바다에서 새우를 잡아 바로 구워 먹었다.",
  "We caught shrimp in the sea and grilled them right away.", "past", "textbook")
C("비가 와서 우산을 챙겨 나갔다.",
  "It was raining, so I took an umbrella when I went out.", "past", "textbook")
C("내일은 전국이 대체로 맑고 바람이 약하겠습니다.",
  "Tomorrow will be mostly clear across the country with light winds.", "honorific", "news")
C("첫눈이 와서 아이들이 눈사람을 만들었다.",
  "The first snow fell and the children built a snowman.", "past", "textbook")
C("밤하늘에 별이 정말 많이 보였다.",
  "You could see so many stars in the night sky.", "past", "web")
C("산에 올라가니 구름이 발아래에 깔려 있었다.",
  "When we reached the top of the mountain, the clouds lay below our feet.", "past", "textbook")
C("추우니까 두꺼운 옷 입고 나가.",
  "It's cold, so put on something warm before you go out.", "base", "dialogue")
C("세탁기에 넣기 전에 주머니에 뭐가 있는지 확인해.",
  "Check the pockets before you put it in the washing machine.", "base", "dialogue")
C("새로 산 바지가 좀 길어서 수선을 맡겼다.",
  "The trousers I just bought were a bit long, so I had them taken up.", "past", "web")
C("현관문 열쇠를 잃어버려서 관리실에 연락했어요.",
  "I lost my front door key, so I called the building management office.", "honorific", "dialogue")
C("책상 위에 컵을 올려 두지 마. 노트북에 쏟을 수도 있어.",
  "Don't put your cup on the desk. You might spill it on the laptop.", "negated", "dialogue")
C("정부는 내년 예산안을 국회에 제출했다.",
  "The government submitted next year's budget proposal to the National Assembly.", "past", "news")
C("서울시는 다음 달부터 심야 버스 노선을 확대한다고 밝혔다.",
  "Seoul City said it will expand its late-night bus routes from next month.", "base", "news")
C("경찰은 사고 원인을 조사하고 있다.",
  "Police are investigating the cause of the accident.", "base", "news")
C("이번 조치는 다음 달 1일부터 시행된다.",
  "The measure takes effect on the first of next month.", "passive", "news")
C("신청서는 홈페이지에서 내려받을 수 있습니다.",
  "The application form can be downloaded from the website.", "honorific", "news")
C("회의는 오후 세 시에 3층 회의실에서 열립니다.",
  "The meeting will be held at 3 p.m. in the third-floor meeting room.", "passive", "news")
C("이 노래 요즘 학교에서 다들 흥얼거려.",
  "Everyone at school is humming this song these days.", "base", "web")
C("게임하다가 와이파이가 끊겨서 졌어.",
  "My Wi-Fi cut out while I was gaming, so I lost.", "past", "web")
C("내일 몇 시에 만날까? 역 앞에서 볼래?",
  "What time shall we meet tomorrow? Shall we meet in front of the station?", "question", "dialogue")
C("택배가 아직 안 왔는데 확인 좀 해 주실 수 있나요?",
  "My parcel still hasn't arrived. Could you check on it for me?", "question", "dialogue")
C("주말에 부모님 모시고 바닷가에 다녀왔어요.",
  "At the weekend I took my parents to the seaside.", "honorific", "web")
