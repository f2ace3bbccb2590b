# near misses: the words of an idiom used in their plain, physical sense; both renderings literal and correct
# (hand-written, helper lit16, 2026-12-08)
M("아빠는 손이 커서 장갑을 XL 사이즈로 사야 해.",
  "Dad has big hands, so he has to buy XL gloves.",
  "Dad's hands are large, so his gloves have to be size XL.",
  "base", "dialogue", "손이 크다: hands physically large")
M("저는 발이 넓어서 이 운동화는 한 치수 크게 신어야 해요.",
  "My feet are wide, so I need these trainers a size up.",
  "I have wide feet, so I have to go one size bigger in these sneakers.",
  "honorific", "web", "발이 넓다: feet physically wide")
M("찌개 간 좀 봐 줄래? 싱거운 것 같아.",
  "Can you taste the stew for seasoning? I think it needs more salt.",
  "Could you check the seasoning of the stew? It seems a bit bland.",
  "question", "dialogue", "간을 보다: taste for seasoning while cooking")
M("밥물이 다 졸아들면 불을 끄고 10분 정도 뜸을 들이세요.",
  "When the water has boiled off, turn off the heat and let the rice steam for about ten minutes.",
  "Once the water has been absorbed, take it off the heat and leave the rice to rest for ten minutes.",
  "honorific", "textbook", "뜸을 들이다: let cooked rice steam")
M("출산한 지 일주일이라 요즘 미역국만 먹고 있어요.",
  "It's been a week since I gave birth, so I'm eating nothing but seaweed soup these days.",
  "I had the baby a week ago, so all I'm eating at the moment is seaweed soup.",
  "honorific", "web", "미역국을 먹다: actually eat seaweed soup")
M("점심에 회사 앞에서 잔치국수를 먹었다.",
  "I had banquet noodles outside the office for lunch.",
  "For lunch I ate noodle soup near the office.",
  "past", "web", "국수를 먹다: actually eat noodles")
M("퍼그는 원래 코가 납작한 품종이라 더위에 약해요.",
  "Pugs are a flat-nosed breed, so they don't cope well with heat.",
  "Pugs naturally have flat noses, so they struggle in hot weather.",
  "honorific", "web", "코가 납작하다: a physically flat nose")
M("어제 먹은 회가 상했는지 밤새 배가 아팠어.",
  "The raw fish I ate yesterday must have been off; my stomach hurt all night.",
  "I think the sashimi I had yesterday was bad; I had a stomach ache all night.",
  "past", "dialogue", "배가 아프다: actual stomach ache")
M("초음파 검사에서 간이 정상보다 조금 크다는 소견이 나왔습니다.",
  "The ultrasound showed that the liver is slightly larger than normal.",
  "The ultrasound found the liver to be slightly enlarged.",
  "honorific", "news", "간이 크다: an enlarged liver")
M("캠프파이어 하다가 불똥이 발등에 떨어져서 살짝 데었어.",
  "At the campfire a spark landed on the top of my foot and burned me a little.",
  "A spark from the campfire fell on my foot and gave me a small burn.",
  "past", "dialogue", "발등에 불이 떨어지다: a spark literally on the foot")
M("너무 더워서 세면대에서 머리에 찬물을 끼얹었다.",
  "It was so hot that I splashed cold water over my head at the sink.",
  "It was boiling, so I poured cold water over my head at the washbasin.",
  "past", "web", "찬물을 끼얹다: actually pour cold water")
M("한강 자전거길을 달리며 시원한 바람을 맞았다.",
  "Riding along the Han River bike path, I felt the cool breeze on my face.",
  "I cycled along the Han River path with a cool wind blowing in my face.",
  "past", "web", "바람을 맞다: feel the wind")
M("수영 처음 배울 때는 물을 하도 먹어서 배가 불렀어.",
  "When I first learned to swim, I swallowed so much water that I felt full.",
  "When I was learning to swim I swallowed so much pool water it filled me up.",
  "past", "dialogue", "물을 먹다: actually swallow water")
M("음식물 쓰레기통 주변에 파리가 날려서 약을 뿌렸다.",
  "Flies were buzzing around the food waste bin, so I sprayed insecticide.",
  "There were flies around the food waste bin, so I used some bug spray.",
  "past", "web", "파리가 날리다: real flies flying")
M("성당에서 다 같이 무릎을 꿇고 기도했다.",
  "Everyone knelt down and prayed together in the cathedral.",
  "We all knelt and prayed together at church.",
  "past", "textbook", "무릎을 꿇다: kneel physically")
M("아이가 열이 나서 젖은 수건으로 머리를 식혀 줬다.",
  "My child had a temperature, so I cooled his head with a wet towel.",
  "My son had a fever, so I put a damp cloth on his head to cool him down.",
  "past", "web", "머리를 식히다: cool a feverish head")
M("낯선 사람이 다가오자 강아지가 꼬리를 내리고 뒤로 숨었다.",
  "When a stranger came near, the puppy lowered its tail and hid behind me.",
  "As the stranger approached, the dog dropped its tail and hid behind me.",
  "past", "fiction", "꼬리를 내리다: a dog physically lowering its tail")
M("밥 먹기 전에 손 씻고 와.",
  "Go and wash your hands before you eat.",
  "Wash your hands before dinner.",
  "base", "dialogue", "손을 씻다: physically wash hands")
M("단체 사진 찍을 때 잠깐만 등을 돌려 주세요. 뒷모습도 찍을게요.",
  "For the group photo, please turn your backs for a moment. I'll take one from behind too.",
  "Could you all turn around for a second? I want a shot from behind as well.",
  "honorific", "dialogue", "등을 돌리다: physically turn one's back")
M("하루 종일 무거운 가방을 멨더니 어깨가 무겁고 뻐근하다.",
  "I carried a heavy bag all day, so my shoulders feel heavy and stiff.",
  "My shoulders ache from lugging a heavy bag around all day.",
  "past", "web", "어깨가 무겁다: shoulders physically heavy and sore")
M("살이 빠져서 바지가 흘러내리길래 허리띠를 한 칸 더 졸라맸다.",
  "I'd lost weight and my trousers kept slipping down, so I tightened my belt another notch.",
  "My trousers were falling down after I lost weight, so I pulled my belt in one more hole.",
  "past", "web", "허리띠를 졸라매다: physically tighten a belt")
M("늦게 갔더니 냄비에 국물도 안 남아 있었어.",
  "I got there late and there wasn't even any broth left in the pot.",
  "By the time I arrived, the pot didn't even have any soup left in it.",
  "negated", "dialogue", "국물도 없다: no broth left")
M("죽이 좀 식었으니까 이제 아기한테 먹여도 돼.",
  "The porridge has cooled down a bit, so you can feed it to the baby now.",
  "The rice porridge isn't too hot any more, so it's fine to give it to the baby.",
  "causative", "dialogue", "식은 죽: porridge that has cooled")
M("참깨 봉지가 터져서 바닥에 깨가 쏟아졌다.",
  "The bag of sesame seeds split and the seeds spilled all over the floor.",
  "The sesame bag burst and sesame seeds went everywhere on the floor.",
  "past", "web", "깨가 쏟아지다: sesame seeds actually spilled")
M("갯벌에 빠진 발을 빼느라 한참 애를 먹었다.",
  "It took me ages to pull my foot out of the mudflat.",
  "My foot got stuck in the mudflat and I struggled for a long time to get it out.",
  "past", "fiction", "발을 빼다: pull a foot out")
M("스노클링하려면 오리발이랑 마스크를 챙겨 가.",
  "If you're going snorkelling, take your flippers and a mask.",
  "Pack fins and a mask if you want to go snorkelling.",
  "base", "dialogue", "오리발: swim fins")
M("인공눈물을 눈에 넣었더니 좀 덜 뻑뻑하다.",
  "I put artificial tears in my eyes and they feel less dry.",
  "My eyes feel less gritty now that I've used eye drops.",
  "past", "web", "눈에 넣다: put drops in the eyes")
M("남편이 자면서 이를 갈아서 치과에서 마우스피스를 맞췄다.",
  "My husband grinds his teeth in his sleep, so we had a mouthguard made at the dentist.",
  "Because my husband grinds his teeth at night, the dentist fitted him with a night guard.",
  "past", "web", "이를 갈다: bruxism")
M("할아버지는 평생 이 마을에서 우물을 파는 일을 하셨다.",
  "My grandfather spent his whole life digging wells in this village.",
  "Grandfather worked as a well-digger in this village all his life.",
  "honorific", "textbook", "우물을 파다: dig an actual well")
M("김치 양념에 고춧가루를 두 숟가락 더 뿌렸다.",
  "I sprinkled two more spoonfuls of chilli powder into the kimchi seasoning.",
  "I added another two spoons of red pepper flakes to the kimchi paste.",
  "past", "textbook", "고춧가루를 뿌리다: actually add chilli powder")
M("수영장 물에 들어갔다 나오니까 귀가 따가웠다.",
  "My ears stung after I came out of the swimming pool.",
  "When I got out of the pool, my ears were sore.",
  "past", "web", "귀가 따갑다: ears physically stinging")
M("아기가 기어 와서 내 발목을 잡고 일어섰다.",
  "The baby crawled over, grabbed my ankle and pulled himself up.",
  "The baby crawled up to me, held on to my ankle and stood up.",
  "past", "fiction", "발목을 잡다: physically grab an ankle")
