# near misses: words that form an idiom elsewhere, used here in their literal sense;
# a literal English rendering is the correct one (hand-written, helper lit12, 2026-12-07)
M("아빠는 손이 커서 장갑을 항상 XL로 사야 한다.",
  "Dad has big hands, so he always has to buy XL gloves.",
  "body-part", "base", "dialogue", "body", "손이 크다 literally: large hands")
M("나는 발볼이 넓은 편이라 앞이 좁은 운동화를 신으면 발가락이 아프다.",
  "My feet are on the wide side, so my toes hurt in trainers with a narrow toe.",
  "body-part", "adnominal", "web", "body", "발이 넓다 look-alike: wide feet")
M("밥 먹기 전에 손부터 씻어라.",
  "Wash your hands before you eat.",
  "body-part", "base", "dialogue", "body", "손을 씻다 literally: wash one's hands")
M("상한 우유를 마셨더니 하루 종일 배가 아프다.",
  "I drank some milk that had gone off and my stomach has hurt all day.",
  "body-part", "past", "dialogue", "body", "배가 아프다 literally: stomach ache")
M("축구공에 뒤통수를 맞아서 혹이 났다.",
  "I got hit on the back of the head by a football and now I've got a bump.",
  "body-part", "passive", "web", "body", "뒤통수를 맞다 literally: hit on the back of the head")
M("물속에서 누가 발목을 잡아당기는 것 같아서 깜짝 놀랐다.",
  "In the water it felt as if someone was pulling at my ankle, and I got a real fright.",
  "body-part", "past", "web", "body", "발목을 잡다 literally: grab an ankle")
M("자전거 탈 때 핸들에서 두 손을 다 놓으면 위험해.",
  "It's dangerous to take both hands off the handlebars when you ride a bike.",
  "body-part", "split", "dialogue", "body", "손을 놓다 literally: let go")
M("진흙에 빠진 발을 간신히 빼냈다.",
  "I just managed to pull my foot out of the mud.",
  "body-part", "past", "textbook", "body", "발을 빼다 literally: pull one's foot out")
M("아기가 잠들면서 손가락을 쪽쪽 빨았다.",
  "The baby sucked its fingers as it fell asleep.",
  "body-part", "split", "textbook", "body", "손가락을 빨다 literally: suck fingers")
M("신생아 배꼽이 아직 덜 아물어서 목욕을 조심해서 시킨다.",
  "The newborn's belly button hasn't fully healed yet, so we bath him carefully.",
  "body-part", "causative", "web", "body", "배꼽 literally: navel")
M("정전이 되자 눈앞이 캄캄해서 아무것도 안 보였다.",
  "When the power went out it was pitch black and I couldn't see a thing.",
  "body-part", "negated", "textbook", "colour", "눈앞이 캄캄하다 literally: darkness")
M("설거지하려고 팔을 걷어붙이고 고무장갑을 꼈다.",
  "I rolled up my sleeves and put on rubber gloves to do the washing-up.",
  "body-part", "past", "web", "clothing", "팔을 걷어붙이다 literally: rolling up sleeves")
M("아이가 밥을 반쯤 먹다가 숟가락을 내려놓았다.",
  "The child put down his spoon after eating about half his rice.",
  "food", "past", "textbook", "food", "숟가락을 놓다 look-alike: simply putting a spoon down")
M("아이가 숟가락을 식탁 위에 얹어 놓고 물을 마셨다.",
  "The child laid the spoon on the table and drank some water.",
  "household", "past", "textbook", "household", "숟가락을 얹다 literally: put a spoon on something")
M("수영 배우다가 물을 먹어서 한참 기침을 했다.",
  "I swallowed some water while learning to swim and coughed for ages.",
  "food", "past", "dialogue", "food", "물을 먹다 literally: swallow water")
M("점심으로 멸치 육수에 만 국수를 먹었다.",
  "For lunch I had noodles in anchovy broth.",
  "food", "past", "web", "food", "국수를 먹다 literally: eat noodles")
M("더운 날엔 시원한 김칫국 한 그릇이 최고다.",
  "On a hot day, nothing beats a bowl of cold kimchi soup.",
  "food", "base", "web", "food", "김칫국 literally: kimchi soup")
M("떡집에서 떡값으로 삼만 원을 냈다.",
  "I paid 30,000 won for the rice cakes at the rice cake shop.",
  "food", "past", "textbook", "food", "떡값 literally: the price of rice cakes")
M("남은 찬밥은 볶음밥으로 만들어 먹었다.",
  "I turned the leftover cold rice into fried rice.",
  "food", "past", "web", "food", "찬밥 literally: cold rice")
M("봉지가 터지는 바람에 깨가 바닥에 쏟아졌다.",
  "The bag burst and sesame seeds spilled all over the floor.",
  "food", "past", "web", "food", "깨가 쏟아지다 literally")
M("찌개 간 좀 봐 줄래? 싱거운 것 같아.",
  "Could you taste the stew for salt? I think it's a bit bland.",
  "food", "question", "dialogue", "food", "간을 보다 literally: check the seasoning")
M("인절미에 콩가루를 듬뿍 묻혔다.",
  "I coated the injeolmi generously in roasted soybean flour.",
  "food", "past", "textbook", "food", "콩가루 literally: soybean flour")
M("찌개가 싱거워서 고춧가루를 조금 더 뿌렸다.",
  "The stew was bland, so I sprinkled in a bit more chilli powder.",
  "food", "past", "web", "food", "고춧가루를 뿌리다 literally")
M("겨울엔 길에서 파는 군고구마가 최고지.",
  "In winter nothing beats the roast sweet potatoes sold on the street.",
  "food", "adnominal", "dialogue", "slang-internet", "고구마 literally: sweet potato")
M("피자 시킬 때 사이다도 큰 걸로 하나 시켜 줘.",
  "When you order the pizza, get a big bottle of lemon-lime soda too.",
  "food", "base", "dialogue", "slang-internet", "사이다 literally: the soft drink")
M("빵에 꿀을 발라 먹었다.",
  "I spread honey on my bread and ate it.",
  "food", "past", "textbook", "food", "꿀 literally: honey")
M("내일 아침 일찍 낚시 가려고 떡밥을 미리 사 뒀다.",
  "I bought bait in advance because I'm going fishing early tomorrow morning.",
  "food", "past", "web", "slang-internet", "떡밥 literally: fishing bait")
M("어젯밤에 모기한테 열 군데나 물렸다.",
  "I got bitten in ten places by mosquitoes last night.",
  "animal", "passive", "web", "slang-internet", "물리다 literally: be bitten")
M("부엌 창틀을 따라 개미가 줄지어 들어왔다.",
  "Ants came in in a line along the kitchen window frame.",
  "animal", "past", "textbook", "animal", "개미 literally: ants")
M("겨울이 되자 철새들이 강 하구로 날아왔다.",
  "When winter came, migratory birds flew to the estuary.",
  "animal", "past", "news", "animal", "철새 literally: migratory birds")
M("예전에는 봄이 되면 학교 앞에서 병아리를 팔곤 했다.",
  "In spring, people used to sell chicks outside schools.",
  "animal", "past", "textbook", "animal", "병아리 literally: chicks")
M("고양이가 앞발에 침을 묻혀 세수를 하고 있다.",
  "The cat is licking its front paw and washing its face.",
  "animal", "base", "web", "animal", "고양이 세수 literally: a cat washing its face")
M("강아지가 혼나고 나서 꼬리를 내리고 구석으로 갔다.",
  "After being told off, the puppy went into the corner with its tail down.",
  "animal", "past", "dialogue", "animal", "꼬리를 내리다 literally: of a dog")
M("도마뱀은 위험을 느끼면 스스로 꼬리를 끊고 달아난다.",
  "When a lizard senses danger, it sheds its own tail and runs away.",
  "animal", "base", "textbook", "animal", "꼬리 자르기 look-alike: a lizard's tail")
M("고양이가 도마 위에 올라가서 생선을 물고 갔다.",
  "The cat jumped up onto the chopping board and made off with the fish.",
  "household", "past", "dialogue", "household", "도마 위에 오르다 literally")
M("벽에 못을 박아서 가족사진을 걸었다.",
  "I hammered a nail into the wall and hung the family photo.",
  "household", "past", "textbook", "household", "못을 박다 literally")
M("자전거 타이어에 바람을 넣었다.",
  "I put air in my bike tyres.",
  "household", "past", "dialogue", "household", "바람을 넣다 literally: inflate")
M("뚜껑이 너무 꽉 닫혀서 병이 안 열려.",
  "The lid is screwed on so tight that the jar won't open.",
  "household", "negated", "dialogue", "household", "뚜껑 literally: lid")
M("가마솥에 사골을 넣고 하루 종일 고았다.",
  "We put the ox bones in the iron cauldron and simmered them all day.",
  "household", "past", "textbook", "household", "가마솥 literally")
M("라면 끓이다가 냄비가 넘쳐서 가스레인지가 엉망이 됐다.",
  "The pot boiled over while I was making ramen and made a mess of the hob.",
  "household", "past", "web", "household", "냄비 literally: pot")
M("코트 옷깃을 세우고 바람 속을 걸었다.",
  "I turned up my coat collar and walked on into the wind.",
  "household", "past", "textbook", "clothing", "옷깃 literally: collar")
M("햇빛이 너무 강해서 색안경을 끼고 운전했다.",
  "The sun was so strong that I drove with sunglasses on.",
  "household", "past", "web", "clothing", "색안경을 끼다 literally")
M("바지가 커서 허리띠를 꽉 졸라맸다.",
  "My trousers were too big, so I pulled my belt tight.",
  "household", "past", "dialogue", "clothing", "허리띠를 졸라매다 literally")
M("스노클링할 때는 오리발을 꼭 신으세요.",
  "Make sure you wear flippers when you go snorkelling.",
  "animal", "honorific", "web", "clothing", "오리발 literally: swim fins")
M("해변에서는 신발 벗고 맨발로 걷는 게 좋아.",
  "On the beach it's nice to take your shoes off and walk barefoot.",
  "household", "nominalised", "dialogue", "clothing", "발 벗고 look-alike: literally barefoot")
M("배를 타고 물을 건너가자 작은 섬마을이 나왔다.",
  "We crossed the water by boat and came to a small island village.",
  "other", "past", "textbook", "weather-nature", "물 건너가다 literally")
M("할머니 댁에 가려면 산을 넘고 또 산을 넘어야 한다.",
  "To get to Grandma's house you have to cross one mountain and then another.",
  "other", "base", "textbook", "weather-nature", "산 넘어 산 look-alike, literal")
M("시골에 가면 하늘의 별이 쏟아질 듯이 많이 보인다.",
  "In the countryside you can see so many stars in the sky that it looks as if they might pour down.",
  "other", "base", "web", "weather-nature", "하늘의 별 literally")
M("어젯밤 마을 어귀 느티나무에 벼락이 떨어졌다.",
  "Lightning struck the zelkova tree at the entrance to the village last night.",
  "other", "past", "news", "weather-nature", "벼락 literally: lightning")
M("오후부터 바람이 강해지고 찬바람이 불겠습니다.",
  "Winds will strengthen from the afternoon, with a cold wind blowing.",
  "other", "honorific", "news", "weather-nature", "찬바람이 불다 literally, in a weather forecast")
M("선생님이 틀린 답에 빨간 줄을 그으셨다.",
  "The teacher drew a red line through the wrong answer.",
  "other", "honorific", "textbook", "colour", "빨간 줄 literally")
M("밤새 눈이 와서 온 세상이 하얗게 변했다.",
  "It snowed all night and the whole world turned white.",
  "other", "past", "textbook", "colour", "하얗게 literally")
M("우리 반 학생 열에 아홉은 안경을 쓴다.",
  "Nine out of ten students in our class wear glasses.",
  "other", "base", "textbook", "number", "열에 아홉 = literal proportion, the same in English")
M("요리사가 칼을 빼 들고 참치를 해체하기 시작했다.",
  "The chef drew his knife and began to cut up the tuna.",
  "figurative-verb", "past", "news", "news-bureaucratic", "칼을 빼 들다 literally")
M("호수 물밑에서 물고기들이 천천히 헤엄치고 있었다.",
  "Fish were swimming slowly beneath the surface of the lake.",
  "other", "past", "textbook", "news-bureaucratic", "물밑 literally: under the water")
M("주가가 10% 빠지자 손절하고 나왔다.",
  "When the share price fell 10%, I sold and took the loss.",
  "slang/neologism", "past", "web", "business", "손절 in its original stock-market sense: a stop-loss sale")
M("아이들이 개천에서 가재를 잡으며 놀았다.",
  "The children played in the stream catching crayfish.",
  "animal", "past", "textbook", "proverb", "개천 and 가재 literally")
M("할머니는 안방에서 낮잠을 주무시고 계신다.",
  "Grandma is taking a nap in the main bedroom.",
  "household", "honorific", "dialogue", "sports", "안방 literally: the main room of a house")
M("소 두 마리의 발이 밧줄에 묶여 있었다.",
  "The two cows' legs were tied with rope.",
  "animal", "passive", "news", "body", "발이 묶이다 literally")
