# literal-use controls: words that form idioms elsewhere, here in their plain sense (hand-written, helper lit10, 2026-12-07)
C("부엌 바닥에 개미가 줄지어 기어가고 있어.",
  "There's a line of ants crawling across the kitchen floor.", "base", "dialogue")
C("조선 시대 남자들은 결혼하면 상투를 틀었다.",
  "In the Joseon era, men wore their hair in a topknot once they married.", "past", "textbook")
C("국이 너무 짜서 물을 좀 탔어.",
  "The soup was too salty, so I added some water.", "past", "dialogue")
C("냉면에 겨자를 조금 넣으면 더 맛있어요.",
  "Cold noodles taste better with a little mustard.", "honorific", "dialogue")
C("동물원에서 하마가 입을 크게 벌리는 걸 봤어.",
  "At the zoo I saw a hippo open its mouth really wide.", "past", "web")
C("군고구마 팔던 아저씨가 올해는 안 보이네.",
  "The man who used to sell roasted sweet potatoes isn't around this year.", "negated", "dialogue")
C("편의점에서 사이다 한 캔 사 왔어.",
  "I picked up a can of lemon-lime soda at the convenience store.", "past", "dialogue")
C("낚시터에서 떡밥을 뿌렸더니 붕어가 몰려들었다.",
  "I threw some bait in at the fishing spot and the carp came swarming.", "past", "web")
C("이 건물 입구는 자동문이라 손을 안 대도 열려요.",
  "The entrance to this building is an automatic door, so it opens without you touching it.", "honorific", "dialogue")
C("막차 버스를 놓쳐서 택시를 탔다.",
  "I missed the last bus and took a taxi.", "past", "web")
C("할머니는 안방에서 주무시고 계세요.",
  "Grandma is sleeping in the main bedroom.", "honorific", "dialogue")
C("사슴뿔이 가을이 되면 단단해진다.",
  "A deer's antlers harden in the autumn.", "base", "textbook")
C("할머니 댁에서는 겨울마다 메주를 쑤어 처마에 매단다.",
  "Every winter at Grandma's they make fermented soybean blocks and hang them under the eaves.", "base", "textbook")
C("마당에 고추를 널어 말리고 있어요.",
  "We're drying chilli peppers out in the yard.", "honorific", "dialogue")
C("옛날 집에는 외양간이 마당 한쪽에 있었다.",
  "Old houses used to have a cowshed at one side of the yard.", "past", "textbook")
C("설날에 가족들이 모여서 떡국을 먹었다.",
  "On Lunar New Year the family got together and ate rice-cake soup.", "past", "web")
C("박물관에 조선 시대 등잔이 전시되어 있다.",
  "An oil lamp from the Joseon era is on display at the museum.", "passive", "news")
C("강아지 몸에 벼룩이 생겨서 약을 발라 줬어.",
  "My dog got fleas, so I put some medicine on him.", "past", "web")
C("비가 온 뒤 우물 안에서 개구리 울음소리가 들렸다.",
  "After the rain we could hear frogs croaking down in the well.", "past", "textbook")
C("공장 굴뚝에서 검은 연기가 뿜어져 나왔다.",
  "Black smoke poured out of the factory chimney.", "passive", "news")
C("에어쇼에서 낙하산 부대가 하늘에서 뛰어내렸다.",
  "At the air show, paratroopers jumped out of the sky.", "past", "news")
C("사격장에서 총알을 다 쓰고 나왔다.",
  "I used up all my bullets at the shooting range.", "past", "dialogue")
C("나물에 깨를 솔솔 뿌려 주세요.",
  "Sprinkle some sesame seeds over the greens, please.", "honorific", "dialogue")
C("한약에 감초가 들어가서 맛이 달다.",
  "The herbal medicine has licorice in it, so it tastes sweet.", "base", "textbook")
C("넘어질 때 뒤통수를 부딪혀서 혹이 났어.",
  "I hit the back of my head when I fell and got a bump.", "past", "dialogue")
C("뜨거운 국을 마시다가 혀를 데었다.",
  "I burned my tongue drinking hot soup.", "past", "web")
C("엄마가 밥상을 차려 놓고 우리를 불렀다.",
  "Mom set the table and called us to eat.", "past", "textbook")
C("설날에 마당에서 여자아이들이 널뛰기를 했다.",
  "On Lunar New Year the girls played on the seesaw board in the yard.", "past", "textbook")
C("동네 극장이 문을 닫아서 아쉬워.",
  "It's a shame the local cinema has closed.", "past", "dialogue")
C("자전거 체인이 빠져서 다시 끼웠어.",
  "My bike chain came off, so I put it back on.", "past", "dialogue")
C("코를 풀게 휴지 좀 줄래?",
  "Could you pass me a tissue so I can blow my nose?", "question", "dialogue")
C("어제 은행에 가서 새 통장을 만들었어요.",
  "I went to the bank yesterday and opened a new account.", "honorific", "dialogue")
C("산 정상에서 발아래 마을을 내려다봤다.",
  "From the summit we looked down on the village below.", "past", "web")
C("아기 새가 둥지에서 날개를 퍼덕였다.",
  "The baby bird flapped its wings in the nest.", "past", "textbook")
C("겨울이라 호수에 얼음이 얇게 얼었으니 들어가지 마세요.",
  "It's winter, and the ice on the lake is thin, so please keep off it.", "negated", "news")
