# literal-use controls: idiom words in their plain, physical sense (hand-written, helper lit8, 2026-12-07)
C("김장하려고 시장에서 파를 두 단 샀어요.",
  "I bought two bunches of green onions at the market for making kimchi.", "honorific", "dialogue")
C("도마에 양파를 올려놓고 잘게 썰었다.",
  "I put the onion on the chopping board and diced it.", "past", "textbook")
C("의사 선생님이 목이 부었다고 하시면서 약을 처방해 주셨어요.",
  "The doctor said my throat was swollen and prescribed some medicine.", "honorific", "dialogue")
C("코가 막혀서 점심시간에 이비인후과에 다녀왔어.",
  "My nose was blocked, so I went to the ENT clinic at lunchtime.", "past", "dialogue")
C("수영하다가 귀에 물이 들어가서 한쪽 발로 콩콩 뛰었다.",
  "I got water in my ear while swimming, so I hopped up and down on one foot.", "past", "web")
C("새벽에 배가 너무 아파서 응급실에 갔다.",
  "My stomach hurt so badly in the early hours that I went to A&E.", "past", "web")
C("그는 상대 선수와 부딪혀 어깨가 빠지는 부상을 입었다.",
  "He dislocated his shoulder in a collision with an opposing player.", "adnominal", "news")
C("농구하다가 공에 맞아서 손가락을 삐었어.",
  "I was hit by the ball playing basketball and sprained my finger.", "passive", "dialogue")
C("내일 오후부터 전국에 비가 오고 바람도 강하게 불겠습니다.",
  "From tomorrow afternoon there will be rain across the country, with strong winds.", "honorific", "news")
C("아침에 안개가 짙게 껴서 비행기가 두 시간 늦게 떴다.",
  "There was thick fog in the morning, so the flight took off two hours late.", "past", "web")
C("밭에서 고구마를 캐서 상자에 가득 담았다.",
  "We dug up sweet potatoes in the field and filled a box with them.", "past", "textbook")
C("할아버지는 논에 물을 대느라 새벽부터 나가셨다.",
  "Grandpa went out at dawn to water the rice paddy.", "honorific", "textbook")
C("마트에서 참기름 한 병이랑 볶은 깨 한 봉지를 샀어.",
  "I bought a bottle of sesame oil and a bag of toasted sesame seeds at the supermarket.", "past", "dialogue")
C("시장에서 도토리묵을 사 와서 양념장에 무쳐 먹었다.",
  "I bought acorn jelly at the market and ate it dressed with seasoned soy sauce.", "past", "web")
C("우리 집 닭들이 알을 낳아서 아침마다 달걀을 꺼내 와.",
  "Our hens lay eggs, so I collect them every morning.", "base", "dialogue")
C("비 오는 날 강아지 산책시켰더니 털이 흠뻑 젖었어.",
  "I walked the dog in the rain and its fur got soaking wet.", "causative", "web")
C("김치찌개 끓일 때 국물을 좀 넉넉하게 잡아.",
  "Make plenty of broth when you make the kimchi stew.", "base", "dialogue")
C("밥이 다 되면 불을 끄고 5분 정도 뜸을 들이세요.",
  "When the rice is cooked, turn off the heat and let it steam for about five minutes.", "honorific", "textbook")
C("냄비에 물을 붓고 센 불에서 끓여 주세요.",
  "Pour water into the pot and bring it to the boil over a high heat.", "honorific", "textbook")
C("지리산 종주하다가 발뒤꿈치에 물집이 잡혔어.",
  "I got a blister on my heel hiking the Jirisan ridge.", "past", "web")
C("공항 가는 버스를 타려고 정류장에서 30분이나 기다렸어요.",
  "I waited a whole thirty minutes at the stop for the airport bus.", "honorific", "dialogue")
C("칼로 수박을 반으로 갈라서 숟가락으로 떠먹었다.",
  "I cut the watermelon in half with a knife and ate it with a spoon.", "past", "web")
C("헬스장에서 허리 보호대를 차고 스쿼트를 했다.",
  "I put on a lifting belt and did squats at the gym.", "past", "web")
C("치과에서 사랑니를 뽑고 나서 얼굴이 퉁퉁 부었어.",
  "My face swelled right up after I had a wisdom tooth out at the dentist's.", "past", "dialogue")
C("고기를 굽기 전에 팬에 기름을 살짝 두르세요.",
  "Lightly oil the pan before you cook the meat.", "honorific", "textbook")
C("수영 배우는 첫날 물을 많이 먹어서 코가 찡했다.",
  "On my first swimming lesson I swallowed a lot of water and my nose stung.", "past", "web")
C("배추밭에 벌레가 많아서 아침 일찍 약을 쳤다.",
  "There were lots of bugs in the cabbage field, so we sprayed early in the morning.", "past", "textbook")
C("아이가 얼음판 위에서 미끄러져 엉덩방아를 찧었다.",
  "The child slipped on the ice and landed on his bottom.", "past", "textbook")
C("소들이 외양간에서 여물을 먹고 있다.",
  "The cows are eating fodder in the cowshed.", "base", "textbook")
C("밤새 눈이 많이 와서 아이들이 마당에 눈사람을 만들었어요.",
  "It snowed heavily overnight, and the children made a snowman in the yard.", "honorific", "dialogue")
C("안경을 벗고 피곤한 눈을 비볐다.",
  "I took off my glasses and rubbed my tired eyes.", "past", "textbook")
C("택배 상자가 너무 무거워서 허리를 다칠 뻔했어.",
  "The parcel was so heavy that I nearly hurt my back.", "past", "dialogue")
C("동대문 시장에서 양말 다섯 켤레를 만 원에 샀다.",
  "I bought five pairs of socks for 10,000 won at Dongdaemun Market.", "past", "web")
C("여행 가방에 접이식 우산을 꼭 챙겨 가세요.",
  "Make sure you pack a folding umbrella in your suitcase.", "honorific", "dialogue")
