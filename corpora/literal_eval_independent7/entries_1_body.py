# body-part idioms, many in inflected forms (hand-written, helper lit7, 2026-12-07)
I("내 코가 석 자라서 지금 너 도와줄 형편이 안 돼.",
  "My nose is three ja long, so I'm in no position to help you right now.",
  "I've got enough problems of my own, so I'm in no position to help you right now.",
  "body-part", "negated", "dialogue", "코가 석 자: one's own troubles come first")
I("그 선배는 손이 매워서 한 대 맞으면 며칠 간다.",
  "That senior's hands are spicy, so if you get hit once it lasts for days.",
  "That senior hits hard, so one slap and you feel it for days.",
  "body-part", "base", "dialogue", "손이 맵다: hits hard")
I("시골에 두고 온 강아지가 자꾸 눈에 밟혀요.",
  "The puppy I left in the countryside keeps getting stepped on in my eyes.",
  "I can't stop thinking about the puppy I left behind in the countryside.",
  "body-part", "passive", "dialogue", "눈에 밟히다: can't stop thinking of someone left behind")
I("합격자 발표를 기다리느라 하루 종일 일이 손에 안 잡혔다.",
  "Waiting for the list of successful candidates, work did not get caught in my hand all day.",
  "I couldn't concentrate on work all day while I waited for the results.",
  "body-part", "negated", "textbook", "일이 손에 안 잡히다: cannot concentrate")
I("폭설로 제주공항에서 승객 수천 명의 발이 묶였다.",
  "Due to heavy snow, the feet of thousands of passengers were tied at Jeju Airport.",
  "Heavy snow left thousands of passengers stranded at Jeju Airport.",
  "body-part", "passive", "news", "발이 묶이다: stranded")
I("우리 애가 입이 짧아서 반찬 투정이 심해요.",
  "Our kid's mouth is short, so he complains a lot about the side dishes.",
  "Our kid is a picky eater and fusses a lot about the side dishes.",
  "body-part", "honorific", "dialogue", "입이 짧다: picky eater")
I("귀가 얇은 사람은 홈쇼핑 채널 틀어 놓으면 안 돼.",
  "People whose ears are thin shouldn't leave the home shopping channel on.",
  "Gullible people shouldn't leave the shopping channel on.",
  "body-part", "adnominal", "dialogue", "귀가 얇다: gullible, easily swayed")
I("그렇게 눈이 높으니까 아직도 혼자지.",
  "Your eyes are that high, so of course you're still alone.",
  "You're so picky, no wonder you're still single.",
  "body-part", "split", "dialogue", "눈이 높다: picky, high standards")
I("친구가 강남에 집 샀다니까 솔직히 배 좀 아프더라.",
  "When my friend said he bought a house in Gangnam, honestly my stomach hurt a bit.",
  "Honestly, I was a bit jealous when my friend said he'd bought a place in Gangnam.",
  "body-part", "split", "web", "배가 아프다 (particle dropped): jealous")
I("애 셋 학원비 대느라 허리가 휠 지경이에요.",
  "Paying three kids' academy fees, my back is about to bend.",
  "Paying for three kids' cram schools is crippling us financially.",
  "body-part", "honorific", "web", "허리가 휘다: financially crushed")
I("이 정도로는 간에 기별도 안 가.",
  "With this much, not even a message reaches my liver.",
  "This is barely a mouthful.",
  "body-part", "negated", "dialogue", "간에 기별도 안 가다: far too little food")
I("이번 우승으로 라이벌 팀의 콧대를 제대로 꺾어 놨다.",
  "With this championship we properly broke the rival team's nose bridge.",
  "This title really took the rival team down a peg.",
  "body-part", "past", "web", "콧대를 꺾다: humble someone proud")
I("요즘 걔 코빼기도 안 보이더라.",
  "These days not even the tip of his nose is visible.",
  "I haven't seen hide nor hair of him lately.",
  "body-part", "negated", "dialogue", "코빼기도 안 보이다: never shows up")
I("사장님이 신입 칭찬을 입에 침이 마르도록 하시더라.",
  "The boss praised the new hire until the saliva in his mouth dried up.",
  "The boss couldn't stop singing the new hire's praises.",
  "body-part", "honorific", "dialogue", "입에 침이 마르다: praise endlessly")
I("나이 드니까 머리가 굳어서 새 앱 배우는 게 힘들다.",
  "As I get older my head has hardened, so learning new apps is hard.",
  "Now that I'm older my brain has slowed down, and learning new apps is hard.",
  "body-part", "past", "web", "머리가 굳다: mind no longer flexible")
I("믿었던 동업자한테 뒤통수를 제대로 맞았다.",
  "I got properly hit on the back of the head by a business partner I trusted.",
  "I was well and truly stabbed in the back by a business partner I trusted.",
  "body-part", "passive", "web", "뒤통수를 맞다: betrayed (passive of 뒤통수를 치다)")
I("마감이 내일이라 발등에 불 떨어졌어.",
  "The deadline is tomorrow, so fire has fallen on the top of my foot.",
  "The deadline's tomorrow, so I'm really up against it now.",
  "body-part", "split", "dialogue", "발등에 불이 떨어지다 (particle dropped): urgent")
I("동네 주민들이 발 벗고 나서서 수해 복구를 도왔다.",
  "Local residents took off their shoes, came forward and helped with the flood recovery.",
  "Local residents rolled up their sleeves and helped with the flood clean-up.",
  "body-part", "past", "news", "발 벗고 나서다: pitch in wholeheartedly")
I("우리 엄마는 손이 커서 김장을 200포기씩 하셔.",
  "My mom's hands are big, so she makes kimjang with 200 heads at a time.",
  "My mom always cooks in huge quantities; she makes kimchi from 200 cabbages at a time.",
  "body-part", "honorific", "dialogue", "손이 크다: generous with quantities")
I("자전거를 밖에 세워 두면 금방 손을 탄다.",
  "If you leave a bicycle parked outside, it soon rides hands.",
  "If you leave a bike outside, it'll get stolen in no time.",
  "body-part", "base", "textbook", "손을 타다: get stolen or tampered with")
I("잡채는 생각보다 손이 많이 가는 음식이다.",
  "Japchae is a food where hands go a lot, more than you'd think.",
  "Japchae takes a lot more work to make than you'd think.",
  "body-part", "adnominal", "textbook", "손이 가다: labour-intensive")
I("회사가 어렵다고 아예 손을 놓고 있으면 안 됩니다.",
  "Just because the company is struggling, you must not put your hands down entirely.",
  "We can't just give up because the company is struggling.",
  "body-part", "negated", "news", "손을 놓다: stop doing anything")
I("전문가들은 금리 인하가 시급하다고 입을 모았다.",
  "Experts gathered their mouths that a rate cut is urgent.",
  "Experts were unanimous that a rate cut was urgently needed.",
  "body-part", "past", "news", "입을 모으다: agree unanimously")
I("걔는 입만 살아서 실제로 하는 건 하나도 없어.",
  "Only his mouth is alive, so there is nothing he actually does.",
  "He's all talk and never actually does anything.",
  "body-part", "base", "dialogue", "입만 살다: all talk")
I("민지는 입이 무거우니까 걱정하지 마.",
  "Minji's mouth is heavy, so don't worry.",
  "Minji can keep a secret, so don't worry.",
  "body-part", "negated", "dialogue", "입이 무겁다: discreet")
I("그는 '바쁘다'는 말을 입에 달고 산다.",
  "He lives with the word 'busy' hanging on his mouth.",
  "He's always saying how busy he is.",
  "body-part", "base", "textbook", "입에 달고 살다: say constantly")
I("지각을 자꾸 해서 부장님 눈 밖에 났어요.",
  "I kept being late, so I went out of the manager's eyes.",
  "I've fallen out of favour with my manager for always being late.",
  "body-part", "honorific", "dialogue", "눈 밖에 나다: fall out of favour")
I("아이들이 눈에 불을 켜고 보물을 찾아다녔다.",
  "The children turned on fire in their eyes and went looking for the treasure.",
  "The children hunted high and low for the treasure, their eyes gleaming.",
  "body-part", "past", "textbook", "눈에 불을 켜다: eagerly")
I("잠깐 눈 좀 붙이고 올게.",
  "I'll go and stick my eyes a bit and come back.",
  "I'm going to grab a quick nap.",
  "body-part", "split", "dialogue", "눈을 붙이다 (particle dropped, split by 좀): nap")
I("돈에 눈이 뒤집혀서 친구까지 속였대.",
  "His eyes flipped over for money and he even deceived his friend, they say.",
  "Apparently he was so blinded by greed he even cheated his friend.",
  "body-part", "passive", "dialogue", "눈이 뒤집히다: lose one's head")
I("그렇게 얼굴 두꺼운 사람은 처음 봤다.",
  "I've never seen a person whose face is that thick.",
  "I've never met anyone so shameless.",
  "body-part", "adnominal", "web", "얼굴이 두껍다 (particle dropped): shameless")
I("우리 아들은 낯을 많이 가려서 처음엔 인사도 잘 안 해요.",
  "Our son covers his face a lot, so at first he doesn't even greet well.",
  "Our son is very shy with strangers, so at first he won't even say hello.",
  "body-part", "honorific", "dialogue", "낯을 가리다: shy with strangers")
I("승진하더니 목에 힘 좀 들어갔네.",
  "Since he got promoted, some strength has gone into his neck.",
  "He's been putting on airs since he got promoted.",
  "body-part", "split", "dialogue", "목에 힘이 들어가다: act self-important")
I("팬들은 그룹의 컴백을 목이 빠지게 기다려 왔다.",
  "The fans have waited for the group's comeback until their necks came out.",
  "The fans have been eagerly awaiting the group's comeback.",
  "body-part", "past", "news", "목이 빠지게 기다리다: wait eagerly")
I("그때 그 말이 어머니 가슴에 못을 박았다.",
  "Those words back then drove a nail into my mother's chest.",
  "Those words back then cut my mother to the quick.",
  "body-part", "past", "textbook", "가슴에 못을 박다: wound deeply")
I("구조 소식이 늦어지면서 실종자 가족들의 애간장을 태웠다.",
  "As news of the rescue was delayed, it burned the intestines and liver of the missing people's families.",
  "As news of the rescue was delayed, the families of the missing were left in agony.",
  "body-part", "causative", "news", "애간장을 태우다: cause agonising worry")
I("쓸개 빠진 놈처럼 굴지 좀 마.",
  "Stop acting like a guy whose gallbladder has fallen out.",
  "Stop acting like a spineless wimp.",
  "body-part", "adnominal", "dialogue", "쓸개 빠지다: spineless")
I("이 일은 손님 비위 맞추는 게 제일 힘들어요.",
  "In this job, matching the customers' spleen and stomach is the hardest part.",
  "In this job, keeping the customers happy is the hardest part.",
  "body-part", "nominalised", "dialogue", "비위를 맞추다: humour someone")
I("그 영상 보고 사무실 사람들이 다 배꼽을 잡았다.",
  "Watching that video, everyone in the office grabbed their belly buttons.",
  "Everyone in the office was in stitches over that video.",
  "body-part", "past", "web", "배꼽을 잡다: laugh hard")
I("공부는 엉덩이가 무거워야 잘한다.",
  "For studying, your bottom has to be heavy to do well.",
  "To do well at studying you need to be able to sit still for hours.",
  "body-part", "base", "textbook", "엉덩이가 무겁다: able to sit and work for long")
I("그 아이디어를 듣자마자 다들 무릎을 탁 쳤다.",
  "As soon as they heard that idea, everyone slapped their knees with a smack.",
  "The moment they heard the idea, everyone saw how brilliant it was.",
  "body-part", "split", "news", "무릎을 치다 (split by 탁): sudden realisation or admiration, not laughter")
I("너 벌써 혀가 꼬였어, 그만 마셔.",
  "Your tongue is already twisted, stop drinking.",
  "You're already slurring your words, stop drinking.",
  "body-part", "passive", "dialogue", "혀가 꼬이다: slur one's words")
I("팔이 안으로 굽는다고 심판이 결국 자기 나라 편을 들었다.",
  "Since the arm bends inward, the referee eventually took his own country's side.",
  "Blood is thicker than water; the referee ended up siding with his own country.",
  "body-part", "split", "news", "팔이 안으로 굽는다: side with one's own")
I("머리털 나고 이런 맛은 처음이야.",
  "Since the hair on my head grew, this is the first time I've had this taste.",
  "I've never tasted anything like this in my life.",
  "body-part", "split", "dialogue", "머리털 나고 처음: first time ever")
I("그 기사를 읽고 피가 거꾸로 솟는 줄 알았다.",
  "Reading that article, I thought my blood would rise backwards.",
  "Reading that article made my blood boil.",
  "body-part", "adnominal", "web", "피가 거꾸로 솟다: furious")
I("야당 의원들의 질문 공세에 장관이 진땀을 뺐다.",
  "Under the barrage of questions from opposition lawmakers, the minister drained thick sweat.",
  "The minister squirmed under a barrage of questions from opposition lawmakers.",
  "body-part", "past", "news", "진땀을 빼다: have a hard time")
I("경찰차 지나가니까 간이 콩알만 해지더라.",
  "When the police car went past, my liver became the size of a bean.",
  "I nearly jumped out of my skin when the police car went past.",
  "body-part", "past", "dialogue", "간이 콩알만 해지다: terrified")
I("걔는 고백할까 말까 몇 달째 간만 보고 있어.",
  "He has been only tasting the saltiness for months about whether to confess or not.",
  "He's been testing the waters for months, unsure whether to tell her how he feels.",
  "body-part", "split", "dialogue", "간을 보다 (간만 보다): sound things out without committing")
I("내 제안에 팀장은 콧방귀만 뀌었다.",
  "At my proposal, the team leader only farted through his nose.",
  "My team leader just scoffed at my proposal.",
  "body-part", "split", "web", "콧방귀를 뀌다: scoff")
I("애들 코 묻은 돈까지 긁어 가는 게임 회사들",
  "game companies that scrape away even the kids' snot-smeared money",
  "game companies that squeeze money even out of children's pocket money",
  "body-part", "adnominal", "web", "코 묻은 돈: children's small money")
I("피고인은 재판 내내 반성하는 기색이 손톱만큼도 없었다.",
  "Throughout the trial the defendant had not even a fingernail's worth of remorse.",
  "Throughout the trial the defendant showed not the slightest remorse.",
  "body-part", "negated", "news", "손톱만큼도 없다: not the least bit")
I("요즘 동네에 카페가 발에 채일 만큼 많아.",
  "These days there are so many cafés in the neighbourhood that they get kicked by feet.",
  "There are cafés on every corner in my neighbourhood these days.",
  "body-part", "passive", "dialogue", "발에 채이다: very common, everywhere")
I("부모 얼굴에 먹칠하는 짓은 하지 마라.",
  "Don't do things that smear ink on your parents' face.",
  "Don't do anything that brings shame on your parents.",
  "body-part", "adnominal", "dialogue", "얼굴에 먹칠하다: disgrace")
I("그 얘기는 귀에 못이 박히도록 들었어.",
  "I've heard that story until nails were driven into my ears.",
  "I've heard that story a million times.",
  "body-part", "passive", "dialogue", "귀에 못이 박히다: hear repeatedly")
I("어린 선수의 기술에 관중들이 혀를 내둘렀다.",
  "The spectators swung their tongues at the young player's technique.",
  "The spectators marvelled at the young player's technique.",
  "body-part", "past", "news", "혀를 내두르다: marvel")
I("선생님한테 칭찬받으니까 어깨가 으쓱해지더라.",
  "When the teacher praised me, my shoulders shrugged up.",
  "I felt really proud when the teacher praised me.",
  "body-part", "past", "web", "어깨가 으쓱하다: feel proud (false friend: shrug)")
I("아직도 주먹구구식으로 예산을 짜는 지자체가 많다.",
  "Many local governments still draw up their budgets in a fist-arithmetic way.",
  "Many local governments still draw up their budgets in a slapdash way.",
  "body-part", "adnominal", "news", "주먹구구: rough, unsystematic")
I("둘이 손발이 척척 맞네.",
  "You two's hands and feet match snap-snap.",
  "You two work together like a well-oiled machine.",
  "body-part", "split", "dialogue", "손발이 맞다 (split by 척척): work well together")
I("결국 과거의 음주운전 전력이 그의 발목을 잡았다.",
  "In the end his past drink-driving record grabbed his ankle.",
  "In the end his drink-driving record came back to haunt him.",
  "body-part", "past", "news", "발목을 잡다: hold back")
I("요즘 몸이 열 개라도 모자랄 판이야.",
  "These days even ten bodies wouldn't be enough.",
  "I'm stretched so thin these days.",
  "body-part", "negated", "dialogue", "몸이 열 개라도 모자라다: extremely busy")
I("저는 이 회사에 뼈를 묻을 각오로 왔습니다.",
  "I came to this company ready to bury my bones here.",
  "I came to this company prepared to spend my whole career here.",
  "body-part", "honorific", "dialogue", "뼈를 묻다: stay for life")
I("사장의 농담에는 뼈가 있었다.",
  "The boss's joke had bones in it.",
  "There was a barb in the boss's joke.",
  "body-part", "past", "textbook", "뼈가 있다: pointed, a hidden criticism")
I("걔가 잘난 척하는 거 보니까 배알이 꼴리더라.",
  "Seeing him show off made my guts twist.",
  "Watching him show off really got on my nerves.",
  "body-part", "past", "dialogue", "배알이 꼴리다: resentful, irritated")
I("왜 자꾸 남의 속을 긁어?",
  "Why do you keep scratching other people's insides?",
  "Why do you keep trying to wind me up?",
  "body-part", "question", "dialogue", "속을 긁다: needle, provoke")
I("그 땅에 눈독을 들이는 건설사가 한둘이 아니다.",
  "The construction companies putting eye poison into that land are not one or two.",
  "Quite a few construction companies have their eye on that land.",
  "body-part", "adnominal", "news", "눈독을 들이다: covet")
I("지하철에서 큰 소리로 통화하다가 눈총을 받았다.",
  "Talking loudly on the phone on the subway, I received eye bullets.",
  "I got dirty looks for talking loudly on the phone on the subway.",
  "body-part", "passive", "web", "눈총을 받다: get disapproving looks")
I("할머니 편지를 읽다가 콧등이 시큰해졌다.",
  "Reading Grandma's letter, the bridge of my nose turned sour.",
  "Reading Grandma's letter brought tears to my eyes.",
  "emotion", "past", "web", "콧등이 시큰하다: moved to tears")
I("목구멍이 포도청이라 싫어도 출근해야지.",
  "The throat is the police headquarters, so I must go to work even if I hate it.",
  "A man's got to eat, so I have to go to work whether I like it or not.",
  "body-part", "split", "dialogue", "목구멍이 포도청: need to make a living drives one")
I("월급으로 겨우 입에 풀칠하며 산다.",
  "With my salary I barely paste glue on my mouth and live.",
  "My salary is barely enough to scrape by on.",
  "body-part", "base", "web", "입에 풀칠하다: scrape a living")
I("범인은 편의점 CCTV에 덜미를 잡혔다.",
  "The culprit had the nape of his neck grabbed by the convenience store CCTV.",
  "The culprit was caught thanks to the convenience store's CCTV.",
  "body-part", "passive", "news", "덜미를 잡히다: be caught")
I("그는 증거를 들이밀어도 끝까지 발뺌했다.",
  "Even when the evidence was pushed at him, he pulled his foot out to the end.",
  "Even when confronted with the evidence, he denied everything to the end.",
  "body-part", "past", "news", "발뺌하다: deny responsibility")
I("정부는 사태가 이 지경인데도 뒷짐만 지고 있다.",
  "Even with the situation like this, the government is only clasping its hands behind its back.",
  "Even with things this bad, the government is just standing idly by.",
  "body-part", "split", "news", "뒷짐을 지다 (뒷짐만): do nothing, look on")
