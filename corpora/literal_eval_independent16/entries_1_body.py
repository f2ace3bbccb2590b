# body-part idioms (hand-written, helper lit16, 2026-12-08)
I("우리 할머니 손이 얼마나 매운지, 등짝 한 대 맞으면 하루 종일 얼얼해.",
  "My grandma's hands are so spicy that if I get hit once on the back it stings all day.",
  "My grandma hits hard; one smack on the back and it stings all day.",
  "body-part", "base", "dialogue", "손이 맵다 = hits hard")
I("김장은 손이 너무 많이 가서 올해는 그냥 사 먹기로 했어요.",
  "Kimjang takes too many hands, so this year we decided to just buy it.",
  "Making kimchi for the winter is so much work that this year we decided to just buy it.",
  "body-part", "honorific", "dialogue", "손이 많이 가다 = takes a lot of work")
I("사장님이 그 사업에서 완전히 손을 떼셨대.",
  "They say the boss completely detached his hands from that business.",
  "I hear the boss has pulled out of that business completely.",
  "body-part", "honorific", "dialogue", "손을 떼다 = withdraw from")
I("우리 팀은 손발이 척척 맞아서 마감 전날에도 여유가 있었다.",
  "Our team's hands and feet fit together snappily, so even the day before the deadline we had room.",
  "Our team worked together like clockwork, so we were relaxed even the day before the deadline.",
  "body-part", "past", "business", "손발이 맞다 = work well together")
I("이번 분기 실적은 손에 꼽을 정도로 좋았습니다.",
  "This quarter's results were good to the degree of being counted on the hand.",
  "This quarter's results were among the best we've ever had.",
  "body-part", "honorific", "business", "손에 꼽다 = among the very few")
I("그 사람 손이 빨라서 보고서 하나쯤은 한 시간이면 뚝딱이야.",
  "That person's hands are fast, so one report or so is done in an hour with a snap.",
  "He's a quick worker; he'll knock out a report like that in an hour.",
  "body-part", "base", "dialogue", "손이 빠르다 = works quickly")
I("문제가 커지기 전에 미리 손을 썼어야 했는데.",
  "We should have used hands in advance before the problem got bigger.",
  "We should have done something about it before the problem got out of hand.",
  "body-part", "past", "dialogue", "손을 쓰다 = take measures")
I("시골에 혼자 계신 엄마가 자꾸 눈에 밟혀요.",
  "My mom who is alone in the countryside keeps getting stepped on in my eyes.",
  "I can't stop thinking about my mom living on her own in the countryside.",
  "body-part", "passive", "dialogue", "눈에 밟히다 = can't stop thinking about someone")
I("부장님 눈 밖에 나면 이 회사에서 승진은 꿈도 못 꿔.",
  "If you go out of the manager's eyes, you can't even dream of promotion at this company.",
  "Once you fall out of favour with the manager, you can forget about a promotion here.",
  "body-part", "base", "business", "눈 밖에 나다 = fall out of favour")
I("연말이라 눈코 뜰 새 없이 바빠서 답장이 늦었어.",
  "It's year-end, so I was busy without time to open eyes and nose, and my reply was late.",
  "Sorry for the slow reply; the end of the year has been absolutely hectic.",
  "body-part", "negated", "web", "눈코 뜰 새 없다 = extremely busy")
I("야간 근무 들어가기 전에 잠깐 눈 좀 붙이고 올게.",
  "Before going into the night shift I'll briefly stick my eyes and come.",
  "I'm going to grab a quick nap before the night shift.",
  "body-part", "base", "dialogue", "눈을 붙이다 = take a short sleep")
I("세일 소식에 사람들이 눈에 불을 켜고 매장으로 몰려들었다.",
  "At news of the sale, people turned on fire in their eyes and swarmed into the store.",
  "When word of the sale got out, shoppers descended on the store, eager not to miss a bargain.",
  "body-part", "past", "news", "눈에 불을 켜다 = eagerly, intently")
I("돈 얘기만 나오면 그 사람은 눈이 뒤집혀.",
  "Whenever money talk comes up, that person's eyes get flipped over.",
  "Whenever money comes up, he loses his head.",
  "body-part", "passive", "dialogue", "눈이 뒤집히다 = lose one's head")
I("공부하라는 소리는 귀에 못이 박히도록 들었어요.",
  "I heard 'study' so much that nails got hammered into my ears.",
  "I've been told to study a thousand times.",
  "body-part", "passive", "dialogue", "귀에 못이 박히다 = heard it over and over")
I("엄마 잔소리 때문에 귀가 따가워 죽겠어.",
  "Because of Mom's nagging my ears are stinging to death.",
  "I'm sick and tired of Mom's nagging.",
  "body-part", "base", "web", "귀가 따갑다 = sick of hearing it")
I("심사위원들은 그 신인의 연기를 입에 침이 마르도록 칭찬했다.",
  "The judges praised the newcomer's acting until the saliva in their mouths dried.",
  "The judges couldn't stop raving about the newcomer's performance.",
  "body-part", "past", "news", "입에 침이 마르도록 = praise endlessly")
I("전문가들은 금리 인하가 시기상조라고 입을 모았다.",
  "Experts gathered their mouths that a rate cut is premature.",
  "Experts agreed that a rate cut would be premature.",
  "body-part", "past", "news", "입을 모으다 = say in unison")
I("그 의원은 당내에서 입김이 세서 공천에도 영향을 준다.",
  "That lawmaker's breath is strong inside the party, so it influences nominations too.",
  "That lawmaker carries a lot of weight in the party, even over who gets nominated.",
  "body-part", "base", "news", "입김이 세다 = have clout")
I("잘난 척하더니 이번 결승에서 코가 납작해졌네.",
  "He acted so great, and in this final his nose became flat.",
  "He was so full of himself, but this final really took him down a peg.",
  "body-part", "past", "sports", "코가 납작해지다 = be humbled")
I("도와주고 싶은데 지금 내 코가 석 자야.",
  "I want to help but right now my nose is three ja long.",
  "I'd like to help, but I've got enough problems of my own right now.",
  "proverb", "split", "dialogue", "내 코가 석 자 = have one's own troubles")
I("입사 2년 차라고 벌써 목에 힘이 들어갔어.",
  "Because he's in his second year at the company, strength has already entered his neck.",
  "He's only in his second year and he's already putting on airs.",
  "body-part", "past", "business", "목에 힘이 들어가다 = act self-important")
I("이 프로젝트 망하면 우리 다 목 날아가.",
  "If this project fails, all our necks fly away.",
  "If this project fails, we're all out of a job.",
  "body-part", "base", "business", "목이 날아가다 = get fired")
I("그 개그맨 나오는 장면에서 다들 배꼽을 잡았다.",
  "In the scene where that comedian appeared everyone grabbed their belly buttons.",
  "Everyone was in stitches at the scene with that comedian.",
  "body-part", "past", "web", "배꼽을 잡다 = laugh hard")
I("샐러드 한 접시는 간에 기별도 안 가.",
  "One plate of salad doesn't even send word to the liver.",
  "A plate of salad barely touches the sides.",
  "body-part", "negated", "dialogue", "간에 기별도 안 가다 = not nearly enough food")
I("사표 던지고 나니까 속이 다 시원하다.",
  "After throwing in my resignation, my inside is all cool.",
  "Now that I've handed in my notice, I feel so relieved.",
  "body-part", "base", "web", "속이 시원하다 = feel relieved")
I("수술실 앞에서 가족들은 속이 새까맣게 탔다.",
  "In front of the operating room the family's insides burned pitch black.",
  "Outside the operating room the family were worried sick.",
  "body-part", "past", "fiction", "속이 타다 = be anxious")
I("사춘기 아들이 요즘 속을 엄청 썩여.",
  "My adolescent son is rotting my insides a lot these days.",
  "My teenage son is giving me so much grief these days.",
  "body-part", "base", "dialogue", "속을 썩이다 = cause worry")
I("그 사람 비위 맞추느라 하루 종일 진이 빠졌어.",
  "I was drained all day from fitting that person's spleen and stomach.",
  "I spent the whole day humouring him and I'm exhausted.",
  "body-part", "past", "dialogue", "비위를 맞추다 = humour someone")
I("그 말 한마디가 엄마 가슴에 못을 박았다.",
  "That one word hammered a nail into Mom's chest.",
  "That one remark cut Mom to the quick.",
  "body-part", "past", "fiction", "가슴에 못을 박다 = hurt deeply")
I("이웃이 어려울 때마다 그분은 발 벗고 나서셨다.",
  "Whenever a neighbour was in difficulty, he took off his feet and stepped forward.",
  "Whenever a neighbour was struggling, he went out of his way to help.",
  "body-part", "honorific", "news", "발 벗고 나서다 = go all out to help")
I("투자자들이 하나둘 발을 빼면서 사업이 흐지부지됐다.",
  "As investors pulled their feet out one by one, the business fizzled.",
  "As the investors pulled out one after another, the venture fizzled out.",
  "body-part", "past", "news", "발을 빼다 = pull out")
I("그 가게는 주인이 바뀐 뒤로 발을 끊었어.",
  "I cut my feet from that shop since the owner changed.",
  "I stopped going to that shop after it changed hands.",
  "body-part", "past", "dialogue", "발을 끊다 = stop going somewhere")
I("잦은 부상이 그 선수의 발목을 잡았다.",
  "Frequent injuries grabbed that player's ankle.",
  "Repeated injuries held the player back.",
  "body-part", "past", "sports", "발목을 잡다 = hold back")
I("설명을 듣고 나서야 모두 무릎을 탁 쳤다.",
  "Only after hearing the explanation did everyone hit their knees with a slap.",
  "Only after the explanation did it click for everyone.",
  "body-part", "past", "fiction", "무릎을 치다 = realise suddenly")
I("걔도 이제 머리가 굵어서 엄마 말을 잘 안 들어.",
  "He too now has a thick head, so he doesn't listen to Mom well.",
  "He's old enough to have a mind of his own now, so he doesn't listen to his mom much.",
  "body-part", "negated", "dialogue", "머리가 굵다 = grown up, independent")
I("우리 애는 벌써 내 머리 꼭대기에 앉아 있어.",
  "Our kid is already sitting on the top of my head.",
  "My kid's already got me all figured out.",
  "body-part", "base", "web", "머리 꼭대기에 앉다 = see through someone")
I("그렇게 낯이 두꺼우니 어디 가서 굶지는 않겠다.",
  "With a face that thick, you won't starve wherever you go.",
  "With that much nerve, you'll never go hungry.",
  "body-part", "negated", "dialogue", "낯이 두껍다 = brazen, shameless")
I("지난 시즌 패배 이후 그는 이를 갈며 훈련했다.",
  "After last season's defeat he trained grinding his teeth.",
  "After last season's defeat he trained with a burning desire for revenge.",
  "body-part", "past", "sports", "이를 갈다 = vow revenge")
I("그 아이의 암산 실력에 선생님들도 혀를 내둘렀다.",
  "Even the teachers swung their tongues out at that child's mental arithmetic skills.",
  "Even the teachers were amazed at how well the child did sums in his head.",
  "body-part", "past", "news", "혀를 내두르다 = be astonished")
I("할아버지는 뉴스를 보시며 혀를 끌끌 차셨다.",
  "Grandfather kicked his tongue click-click while watching the news.",
  "Grandfather clicked his tongue disapprovingly as he watched the news.",
  "body-part", "honorific", "fiction", "혀를 차다 = tut disapprovingly")
I("자식 둘 대학 보내느라 등골이 휘었어요.",
  "Sending two children to university bent my spine marrow.",
  "Putting two kids through university nearly broke us.",
  "body-part", "past", "dialogue", "등골이 휘다 = be crushed by expenses")
I("승부차기까지 가는 피 말리는 접전이었다.",
  "It was a close fight that dried the blood, going all the way to penalty kicks.",
  "It was a nail-biting contest that went all the way to penalties.",
  "body-part", "adnominal", "sports", "피를 말리다 = nerve-racking")
I("그는 이 회사에 뼈를 묻겠다고 했지만 2년 만에 이직했다.",
  "He said he would bury his bones at this company, but changed jobs after two years.",
  "He said he'd spend his whole career at the company, but he left after two years.",
  "body-part", "past", "business", "뼈를 묻다 = stay for life")
I("면접관의 날카로운 질문에 진땀을 뺐다.",
  "I pulled out sticky sweat at the interviewer's sharp questions.",
  "The interviewer's pointed questions had me sweating.",
  "body-part", "past", "web", "진땀을 빼다 = have a hard time")
I("그 손님은 엉덩이가 무거워서 문 닫을 때까지 안 일어나.",
  "That customer's buttocks are heavy, so he doesn't get up until we close.",
  "That customer always stays put until closing time.",
  "body-part", "negated", "dialogue", "엉덩이가 무겁다 = slow to leave")
I("사장이 언성을 높이자 그는 바로 꼬리를 내렸다.",
  "When the boss raised his voice, he lowered his tail right away.",
  "As soon as the boss raised his voice, he backed down.",
  "body-part", "past", "fiction", "꼬리를 내리다 = back down")
I("동료들이 야근하는데 혼자 팔짱 끼고 구경만 하더라.",
  "While colleagues worked overtime, he alone folded his arms and only watched.",
  "Everyone else was working late and he just stood there watching.",
  "body-part", "past", "business", "팔짱을 끼고 보다 = stand idly by")
I("그 집 며느리는 시어머니 눈치만 보느라 밥도 제대로 못 먹었다.",
  "That house's daughter-in-law only looked at her mother-in-law's eye-sense and couldn't even eat properly.",
  "The daughter-in-law was so busy tiptoeing around her mother-in-law that she barely ate.",
  "body-part", "negated", "fiction", "눈치를 보다 = walk on eggshells")
I("수상 소식을 듣자 그의 입꼬리가 귀에 걸렸다.",
  "On hearing the award news, the corners of his mouth hung on his ears.",
  "When he heard he'd won, he was grinning from ear to ear.",
  "body-part", "past", "news", "입꼬리가 귀에 걸리다 = beam")
I("그 선배는 오지랖이 넓어서 남의 연애까지 참견한다.",
  "That senior's coat-front is wide, so she meddles even in other people's dating.",
  "That senior is such a busybody she even sticks her nose into other people's love lives.",
  "household", "base", "web", "오지랖이 넓다 = nosy")
