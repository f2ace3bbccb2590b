# plain-use controls: words that belong to idioms elsewhere, here in their plain sense
# (one good row, category other, note "literal use, no idiom" as in set 6) (hand-written, helper lit13, 2026-12-07)
C("동물원에 갔더니 호랑이가 바위 위에서 낮잠을 자고 있었다.",
  "At the zoo the tiger was taking a nap on a rock.", "past", "web")
C("비 온 뒤에 논에서 개구리들이 시끄럽게 울었다.",
  "After the rain the frogs croaked loudly in the rice paddies.", "past", "textbook")
C("설날 아침에 사골 국물로 떡국을 끓였다.",
  "On New Year's morning I made rice cake soup with bone broth.", "past", "web")
C("시장에서 애호박 두 개랑 두부 한 모를 샀어.",
  "I bought two courgettes and a block of tofu at the market.", "past", "dialogue")
C("수영하다가 귀에 물이 들어가서 먹먹해.",
  "I got water in my ear while swimming and it feels blocked.", "base", "dialogue")
C("눈에 먼지가 들어가서 눈물이 계속 나.",
  "I've got dust in my eye and it won't stop watering.", "base", "dialogue")
C("요즘 무릎이 아파서 계단을 오르기가 힘드세요?",
  "Do your knees hurt on the stairs these days?", "question", "dialogue")
C("가을에 주운 도토리로 묵을 쑤었다.",
  "I made acorn jelly with acorns I'd gathered in the autumn.", "past", "textbook")
C("겨울이라 손등이 트고 갈라졌다.",
  "It's winter and the backs of my hands are chapped and cracked.", "past", "web")
C("쥐가 전선을 갉아 먹어 일대에 정전이 발생했다.",
  "Rats gnawed through a power cable, causing a blackout in the area.", "past", "news")
C("새끼 고양이가 종이 상자 안에서 잠들었다.",
  "The kitten fell asleep in a cardboard box.", "past", "web")
C("숟가락이랑 젓가락 좀 놔 줄래?",
  "Could you set out the spoons and chopsticks?", "question", "dialogue")
C("바람이 세게 불어서 우산이 뒤집혔다.",
  "The wind was so strong that my umbrella blew inside out.", "past", "web")
C("내일 서울의 아침 기온은 영하 7도까지 떨어지겠습니다.",
  "Tomorrow morning temperatures in Seoul will drop to minus seven degrees.", "honorific", "news")
C("면접에 파란색 셔츠랑 검은 바지를 입고 갔어.",
  "I wore a blue shirt and black trousers to the interview.", "past", "dialogue")
C("소가 외양간에서 여물을 먹고 있었다.",
  "The cow was eating fodder in the cowshed.", "past", "textbook")
C("새벽에 옆집 닭이 울어서 잠이 깼다.",
  "The neighbour's rooster crowed at dawn and woke me up.", "past", "web")
C("냉면에 겨자를 조금 넣으면 더 맛있어.",
  "Cold noodles taste better with a little mustard in them.", "base", "dialogue")
C("수박을 반으로 잘라서 냉장고에 넣어 뒀다.",
  "I cut the watermelon in half and put it in the fridge.", "past", "web")
C("할머니가 마당에 고추를 널어 말리고 계셨다.",
  "Grandma was drying chillies spread out in the yard.", "honorific", "textbook")
C("까마귀 한 마리가 전깃줄 위에 앉아 있었다.",
  "A crow was perched on the power line.", "past", "textbook")
C("대하를 소금 위에 올려 구워 먹었다.",
  "We grilled king prawns on a bed of salt.", "past", "web")
C("날씨가 추워서 목도리를 두르고 나갔다.",
  "It was cold, so I put on a scarf before going out.", "past", "textbook")
C("양말에 구멍이 나서 버렸어.",
  "My sock had a hole in it, so I threw it away.", "past", "dialogue")
C("아이가 연필을 깎아 달라고 했다.",
  "My child asked me to sharpen his pencil.", "past", "textbook")
C("엘리베이터가 고장 나서 계단으로 10층까지 올라갔다.",
  "The lift was broken, so I walked up ten floors.", "past", "web")
C("할머니 댁 마당에는 커다란 감나무가 있어요.",
  "There's a big persimmon tree in my grandmother's yard.", "honorific", "dialogue")
C("어항 속에서 금붕어 두 마리가 헤엄치고 있다.",
  "Two goldfish are swimming in the fish tank.", "base", "textbook")
C("비가 오기 시작해서 옥상에 널어 둔 빨래를 걷었다.",
  "It started to rain, so I brought in the washing from the roof.", "past", "web")
C("신발 끈이 풀려서 다시 묶었다.",
  "My shoelace came undone, so I tied it again.", "past", "textbook")
C("어머니가 접시에 과일을 깎아 담아 손님께 내오셨다.",
  "Mother peeled some fruit, put it on a plate and brought it out to the guest.", "honorific", "textbook")
C("주말이라 마트 주차장이 꽉 찼다.",
  "Because it was the weekend, the supermarket car park was full.", "past", "web")
C("강아지 밥그릇을 깨끗이 씻어 말렸다.",
  "I washed the dog's bowl and left it to dry.", "past", "web")
C("아침에 달걀 프라이 두 개에 토스트를 먹었다.",
  "I had two fried eggs and toast for breakfast.", "past", "web")
C("지갑을 꺼내다가 주머니에서 동전이 떨어졌다.",
  "Some coins fell out of my pocket when I took out my wallet.", "past", "dialogue")
C("바닷가에서 하루 놀았더니 얼굴이 새까맣게 탔다.",
  "After a day at the beach my face was badly sunburnt.", "past", "web")
C("기자들이 회견장 앞에 길게 줄을 섰다.",
  "Reporters formed a long queue outside the press room.", "past", "news")
C("그는 헬멧을 쓰고 오토바이에 올라탔다.",
  "He put on his helmet and got on his motorbike.", "past", "textbook")
C("간호사가 팔에 주사를 놓았다.",
  "The nurse gave me an injection in the arm.", "past", "textbook")
C("우리 집 고양이는 발바닥이 분홍색이야.",
  "My cat has pink paw pads.", "base", "web")
C("아빠가 사다리에 올라가 전구를 갈아 끼우셨다.",
  "Dad climbed the ladder and changed the light bulb.", "honorific", "textbook")
C("산에 올라가니 눈 덮인 봉우리가 한눈에 보였다.",
  "From the top of the mountain we could see the snow-capped peaks all at once.", "past", "textbook")
C("국자로 찌개를 떠서 그릇에 담았다.",
  "I ladled the stew into bowls.", "past", "textbook")
C("아기가 엄마 손가락을 꼭 쥐고 잠들었다.",
  "The baby fell asleep holding her mother's finger tightly.", "past", "web")
C("이 도로는 밤이 되면 가로등이 켜지지 않는다.",
  "The street lights on this road don't come on at night.", "negated", "news")
C("말이 마구간에서 건초를 먹고 있었다.",
  "The horse was eating hay in the stable.", "past", "textbook")
C("오늘 저녁은 된장찌개에 고등어구이를 먹었다.",
  "We had soybean paste stew and grilled mackerel for dinner tonight.", "past", "web")
C("냉장고 문을 열어 보니 계란이 두 개밖에 없었다.",
  "When I opened the fridge there were only two eggs left.", "negated", "dialogue")
C("농구공이 내 코를 정통으로 쳐서 코피가 터졌다.",
  "The basketball hit me square on the nose and gave me a nosebleed.", "past", "web")
C("우리 집 강아지는 코가 까매서 더 귀여워.",
  "Our puppy's nose is black, which makes him even cuter.", "base", "web")
C("마스크를 오래 썼더니 귀가 아프네요.",
  "My ears hurt from wearing a mask for so long.", "honorific", "dialogue")
