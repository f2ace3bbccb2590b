# near misses: the exact wording of a Korean idiom, used in its literal sense, so the literal English is correct
# (one good row, category other, note "literal use, no idiom" as set 6's controls; build.py counts them apart)
# (hand-written, helper lit13, 2026-12-07)
M("그 농구 선수는 손이 너무 커서 맞는 장갑이 없대.",
  "That basketball player's hands are so big that no gloves fit him.", "base", "dialogue")
M("저는 발이 넓어서 운동화 고르기가 힘들어요.",
  "I have wide feet, so it's hard to find trainers that fit.", "honorific", "web")
M("자전거 타고 강변에서 바람을 맞으니 정말 시원하다.",
  "Cycling along the river with the wind in my face is so refreshing.", "base", "web")
M("진흙에 빠진 발을 겨우 뺐다.",
  "I finally managed to pull my foot out of the mud.", "past", "textbook")
M("밥 먹기 전에 손 씻고 와.",
  "Go and wash your hands before you eat.", "split", "dialogue")
M("그는 등을 돌려 창밖을 한참 내다보았다.",
  "He turned his back and looked out of the window for a long time.", "past", "textbook")
M("경찰이 담을 넘으려던 남자의 발목을 붙잡았다.",
  "A police officer grabbed the man by the ankle as he tried to climb over the wall.", "past", "news")
M("날아온 축구공에 뒤통수를 맞아서 혹이 났어.",
  "I got hit on the back of the head by a stray football and now I've got a lump.", "passive", "dialogue")
M("아침에 상한 우유를 마셨는지 배가 아팠다.",
  "I had a stomachache, maybe from some milk that had gone off this morning.", "past", "web")
M("해장하려고 시원한 김칫국을 한 그릇 마셨다.",
  "I had a bowl of cold kimchi soup to get over my hangover.", "past", "web")
M("축 처졌던 화분이 물을 먹고 다시 살아났다.",
  "The droopy pot plant perked up again after it got some water.", "past", "web")
M("벽에 못을 박고 가족사진 액자를 걸었다.",
  "I hammered a nail into the wall and hung up the family photo.", "past", "textbook")
M("이 잼 병뚜껑이 도무지 안 열려.",
  "I just can't get the lid off this jam jar.", "negated", "dialogue")
M("창고 벽 아래에 쥐구멍이 나 있어서 막았다.",
  "There was a mouse hole at the bottom of the storeroom wall, so I blocked it up.", "past", "web")
M("고양이 목에 방울을 달아 줬더니 어디 있는지 금방 알겠어.",
  "I put a bell on the cat's collar, so now I always know where she is.", "past", "dialogue")
M("고추를 손질했더니 손이 매워서 따가워.",
  "I've been preparing chillies and my hands are stinging.", "base", "dialogue")
M("인질은 손발이 묶인 채로 발견됐다.",
  "The hostage was found with hands and feet tied.", "passive", "news")
M("상처의 피가 말라서 딱지가 앉았다.",
  "The blood on the cut dried and a scab formed.", "past", "textbook")
M("불을 너무 세게 해서 냄비 속이 다 탔어.",
  "I had the heat up too high and the inside of the pot got burnt.", "past", "dialogue")
M("바지가 헐렁해서 허리띠를 꽉 졸라맸다.",
  "My trousers were loose, so I pulled my belt tight.", "past", "textbook")
M("참깨 봉지가 터져서 깨가 바닥에 다 쏟아졌어.",
  "The bag of sesame split and the seeds went all over the floor.", "past", "dialogue")
M("늦게 들어와서 찬밥에 물 말아 먹었다.",
  "I got home late and ate leftover cold rice with water poured over it.", "past", "web")
M("할머니는 손주 이마에 살며시 입을 맞추셨다.",
  "Grandma gently kissed her grandchild on the forehead.", "honorific", "textbook")
M("의사가 작은 망치로 무릎을 쳐서 반사 신경을 검사했다.",
  "The doctor tapped my knee with a little hammer to test my reflexes.", "past", "textbook")
M("그는 대답 대신 어깨를 으쓱했다.",
  "He shrugged instead of answering.", "past", "textbook")
M("고양이가 도마 위에 올라가서 생선을 노리고 있었다.",
  "The cat had climbed onto the chopping board and was eyeing the fish.", "past", "web")
M("물을 너무 적게 넣었는지 라면에 국물이 하나도 없네.",
  "I must have used too little water — there's no broth left in the ramyeon at all.", "negated", "dialogue")
M("햇빛이 강해서 운전할 때 색안경을 꼈다.",
  "The sun was strong, so I wore tinted glasses to drive.", "past", "web")
M("선생님이 틀린 답에 빨간 줄을 그으셨다.",
  "The teacher drew a red line through the wrong answers.", "honorific", "textbook")
M("주말에 삼천포로 빠져서 회 먹고 왔어.",
  "At the weekend we made a detour to Samcheonpo and had raw fish.", "past", "dialogue")
M("박물관에서 조선 시대 관리들이 쓰던 감투를 구경했다.",
  "At the museum we looked at the caps that Joseon-era officials wore.", "adnominal", "textbook")
M("작은 배를 타고 물을 건너가니 섬이 나왔다.",
  "We crossed the water in a small boat and reached the island.", "past", "textbook")
M("뚜껑을 열어 놨더니 콜라 김이 다 빠졌어.",
  "I left the lid off and the cola's gone flat.", "past", "dialogue")
M("밥이 다 되면 불을 끄고 5분 정도 뜸을 들이세요.",
  "When the rice is cooked, turn off the heat and let it steam for about five minutes.", "honorific", "textbook")
M("커브를 돌 때 트럭에서 호박이 굴러 떨어졌다.",
  "A pumpkin rolled off the truck as it went round the bend.", "past", "news")
M("전기가 없던 시절에는 등잔 밑에서 책을 읽었다.",
  "Before electricity, people read by the light of oil lamps.", "past", "textbook")
M("아이가 자전거 손잡이에서 손을 놓고 웃었다.",
  "The child let go of the handlebars and laughed.", "past", "textbook")
M("목에 힘을 주고 천천히 고개를 들어 보세요.",
  "Tense your neck muscles and slowly lift your head.", "honorific", "dialogue")
M("남편이 잘 때 이를 갈아서 마우스피스를 샀어요.",
  "My husband grinds his teeth in his sleep, so I bought him a mouthguard.", "past", "web")
M("질문 있는 분은 손을 들어 주세요.",
  "If you have a question, please raise your hand.", "honorific", "dialogue")
M("요리사가 손님이 오기 전에 칼을 갈았다.",
  "The chef sharpened his knives before the customers arrived.", "past", "textbook")
M("큰 개가 짖자 강아지가 꼬리를 내리고 구석으로 갔다.",
  "When the big dog barked, the puppy lowered its tail and slunk into the corner.", "past", "web")
M("스노클링할 때 오리발을 신으면 훨씬 편해.",
  "Snorkelling is much easier if you wear flippers.", "base", "dialogue")
M("엄마가 쪽파로 파김치를 담그셨어.",
  "Mum made pa-kimchi with spring onions.", "honorific", "dialogue")
M("그는 현관 열쇠를 손에 쥐고 문 앞에 서 있었다.",
  "He stood at the door holding the front door key in his hand.", "past", "textbook")
M("황사 때문에 오늘은 하늘이 노랗다.",
  "The sky is yellow today because of the yellow dust.", "base", "news")
M("뜨거운 냄비에서 얼른 손을 뗐다.",
  "I quickly took my hand off the hot pan.", "past", "textbook")
M("바지 주머니를 털어서 모래를 빼냈다.",
  "I turned out my trouser pockets to get rid of the sand.", "past", "web")
M("태풍이 오기 전에 가게 간판을 내렸다.",
  "We took down the shop sign before the typhoon arrived.", "past", "news")
M("마을 사람들이 돌을 날라 담을 쌓았다.",
  "The villagers carried stones and built a wall.", "past", "textbook")
M("고릴라가 가슴을 치며 크게 울부짖었다.",
  "The gorilla beat its chest and roared.", "past", "textbook")
M("밥통에 밥이 하나도 없네, 새로 해야겠다.",
  "There's no rice left in the rice cooker — I'll have to make more.", "negated", "dialogue")
M("전철에서 누가 내 발등을 밟았어.",
  "Someone trod on my foot on the subway.", "past", "dialogue")
