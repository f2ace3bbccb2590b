# literal-use controls: words that form idioms elsewhere, here in their plain sense (hand-written, helper lit9, 2026-12-07)
C("어젯밤에 먹은 회가 상했는지 배가 아파서 병원에 갔어.",
  "I think the raw fish I had last night was off — I had a stomach ache and went to the doctor's.", "past", "dialogue")
C("아빠는 손이 커서 장갑을 제일 큰 사이즈로 사야 해.",
  "Dad has big hands, so we have to buy him gloves in the largest size.", "base", "web")
C("수영장에서 귀에 물이 들어가서 잘 안 들려.",
  "I got water in my ear at the swimming pool and can't hear properly.", "negated", "dialogue")
C("추석에 온 가족이 모여 송편을 빚었다.",
  "The whole family got together at Chuseok to make songpyeon.", "past", "textbook")
C("점심에 회사 앞 분식집에서 잔치국수를 먹었다.",
  "I had banquet noodles for lunch at the snack bar outside the office.", "past", "web")
C("할머니가 쪽파를 다듬어서 파김치를 담그셨다.",
  "Grandma trimmed the spring onions and made green onion kimchi.", "honorific", "textbook")
C("오후부터 바람이 세게 불고 기온이 뚝 떨어지겠습니다.",
  "Strong winds will pick up from the afternoon, and temperatures will drop sharply.", "honorific", "news")
C("어젯밤에 천둥 번개가 쳐서 아이가 무서워했다.",
  "There was thunder and lightning last night, and the child was frightened.", "past", "web")
C("옆집 개가 밤새 짖어서 한숨도 못 잤어요.",
  "The dog next door barked all night and I didn't get a wink of sleep.", "negated", "dialogue")
C("출근할 때 매일 272번 버스를 타요.",
  "I take the number 272 bus to work every day.", "honorific", "dialogue")
C("비염 때문에 코가 막혀서 숨쉬기가 힘들어.",
  "My nose is blocked because of rhinitis, so it's hard to breathe.", "passive", "dialogue")
C("참기름을 짜려고 깨를 볶았다.",
  "I roasted sesame seeds to press into sesame oil.", "past", "textbook")
C("아이가 열이 나서 해열제를 먹였어요.",
  "My child had a fever, so I gave him fever medicine.", "causative", "web")
C("밥솥에서 밥이 다 되면 십 분 정도 뜸을 들이세요.",
  "When the rice is done in the cooker, let it steam for about ten minutes.", "honorific", "textbook")
C("주전자 뚜껑 사이로 김이 새어 나왔다.",
  "Steam leaked out from under the kettle lid.", "past", "textbook")
C("이 식당은 오리 고기 요리로 유명하다.",
  "This restaurant is famous for its duck dishes.", "base", "web")
C("공원 연못에 오리 가족이 헤엄치고 있었다.",
  "A family of ducks was swimming in the park pond.", "past", "textbook")
C("할아버지 댁 마당에서 병아리 다섯 마리가 태어났다.",
  "Five chicks hatched in the yard at Grandpa's house.", "honorific", "web")
C("처음으로 비행기를 타고 제주도에 갔다.",
  "I took a plane to Jeju Island for the first time.", "past", "web")
C("낙하산을 메고 비행기에서 뛰어내리는 건 정말 무서웠다.",
  "Jumping out of the plane with a parachute on my back was terrifying.", "nominalised", "web")
C("편의점에서 사이다 한 캔이랑 과자를 샀어.",
  "I bought a can of lemonade and some snacks at the convenience store.", "past", "dialogue")
C("군고구마는 겨울에 먹어야 제맛이지.",
  "Roasted sweet potatoes taste best in winter.", "base", "dialogue")
C("오븐에 고구마를 넣고 사십 분 동안 구웠다.",
  "I put the sweet potatoes in the oven and roasted them for forty minutes.", "past", "textbook")
C("연필로 종이 위에 곧은 선을 그었다.",
  "I drew a straight line on the paper with a pencil.", "past", "textbook")
C("요리사는 도마 위에서 양파를 잘게 썰었다.",
  "The chef finely chopped the onion on the chopping board.", "past", "textbook")
C("흙이 묻은 운동화를 물로 깨끗이 씻었다.",
  "I washed the mud off my trainers with water.", "past", "web")
C("한겨울에 얼어붙은 호수 위에서 스케이트를 탔다.",
  "We went skating on the frozen lake in the middle of winter.", "past", "textbook")
C("등산로 입구에서 다람쥐가 도토리를 먹고 있었다.",
  "A squirrel was eating an acorn at the start of the hiking trail.", "past", "web")
C("사무실 콘센트가 부족해서 멀티탭을 샀다.",
  "There weren't enough sockets in the office, so I bought a power strip.", "past", "web")
C("고양이 목에 방울을 달아 줬더니 어디 있는지 금방 알 수 있어.",
  "I put a bell on my cat's collar, so I can always tell where she is.", "past", "dialogue")
C("세탁기가 다 돌아가면 빨래를 베란다에 널어 줘.",
  "When the washing machine finishes, hang the laundry out on the balcony.", "base", "dialogue")
C("쥐가 부엌에서 나와서 깜짝 놀랐어.",
  "A mouse came out of the kitchen and gave me a fright.", "past", "dialogue")
C("아이들이 운동회에서 줄다리기를 했다.",
  "The children played tug of war at sports day.", "past", "textbook")
C("우물 안을 들여다보니 개구리 한 마리가 있었다.",
  "When I looked down the well, there was a frog in it.", "past", "textbook")
C("봄이 되자 화단에 떡잎이 올라오기 시작했다.",
  "When spring came, seedlings began to sprout in the flower bed.", "past", "web")
C("새 밥솥을 사서 처음으로 현미밥을 지었다.",
  "I bought a new rice cooker and made brown rice in it for the first time.", "past", "web")
