# literal-use controls: words from the idioms above in their plain sense (hand-written, lit4, 2026-12-06)
C("아침에 일어나니까 코피가 나서 휴지로 막았어.",
  "I woke up with a nosebleed and stuffed a tissue in my nose.", "past", "dialogue")
C("냄비를 떨어뜨려서 발등을 다쳤어요.",
  "I dropped a pot and hurt the top of my foot.", "past", "dialogue")
C("식탁에 숟가락이랑 젓가락 좀 놓아 줄래?",
  "Could you put out the spoons and chopsticks on the table?", "base", "dialogue")
C("예전에는 바가지로 우물물을 떠서 마셨다.",
  "In the old days people scooped well water with a gourd dipper and drank it.", "past", "textbook")
C("박물관에는 조선 시대 사람들이 신던 고무신과 짚신이 전시되어 있다.",
  "The museum displays the rubber shoes and straw sandals that people wore in the Joseon era.", "passive", "textbook")
C("우리 강아지는 내가 집에 오면 꼬리를 막 흔들어.",
  "My dog wags his tail like crazy when I get home.", "base", "web")
C("이 집 칼국수는 국물이 진해서 좋아.",
  "I like the noodle soup here because the broth is so rich.", "base", "dialogue")
C("할머니가 올해도 파김치를 담그셨다.",
  "Grandma made green onion kimchi again this year.", "honorific", "textbook")
C("생고기 썬 도마는 뜨거운 물로 꼭 씻어야 해.",
  "You have to wash a cutting board in hot water after cutting raw meat on it.", "adnominal", "dialogue")
C("설날 아침에 떡국을 먹으면 한 살 더 먹는다고 한다.",
  "They say you turn a year older when you eat rice cake soup on New Year's morning.", "base", "textbook")
C("남원은 추어탕이 유명해서 미꾸라지 요리 가게가 많다.",
  "Namwon is famous for loach soup, so there are many restaurants serving loach.", "base", "news")
C("오늘 지하철이 멈춰서 버스 타고 출근했어.",
  "The subway stopped today, so I took the bus to work.", "past", "dialogue")
C("해녀들은 숨을 참고 깊은 바다까지 잠수한다.",
  "Haenyeo divers hold their breath and dive deep into the sea.", "base", "news")
C("질문이 있는 사람은 손을 들어 주세요.",
  "If you have a question, please raise your hand.", "honorific", "textbook")
C("여름밤이면 논에서 개구리가 시끄럽게 운다.",
  "On summer nights the frogs croak loudly in the rice paddies.", "base", "textbook")
C("배를 타고 강을 건너가니 작은 마을이 나왔다.",
  "We crossed the river by boat and came to a small village.", "past", "textbook")
C("서쪽 하늘에 먹구름이 몰려오더니 소나기가 쏟아졌다.",
  "Dark clouds rolled in from the west and then it poured.", "past", "news")
C("컴퓨터를 오래 했더니 어깨가 뻐근하다.",
  "My shoulders are stiff from sitting at the computer too long.", "past", "web")
C("감기 걸려서 목이 너무 아파, 침 삼키기도 힘들어.",
  "I've got a cold and my throat hurts so much it's hard to swallow.", "nominalised", "web")
C("건강 검진에서 간 수치가 높게 나와서 술을 끊었다.",
  "My liver levels came out high at my checkup, so I quit drinking.", "past", "news")
C("아이가 장난감 칼로 떡을 써는 흉내를 냈다.",
  "The child pretended to slice rice cake with a toy knife.", "past", "textbook")
