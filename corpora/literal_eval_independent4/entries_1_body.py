# idiom groups: body-part images (hand-written, lit4, 2026-12-06)
I("야, 너 요즘 왜 이렇게 코빼기도 안 보여?",
  "Hey, why can't I see even your nose bridge these days?",
  "Hey, where have you been hiding lately? I never see you.",
  "body-part", "negated", "dialogue", "코빼기도 안 보이다 = never show up")
I("그 사람 입이 싸서 비밀 얘기하면 안 돼.",
  "That person's mouth is cheap, so you can't tell secret stories.",
  "He can't keep his mouth shut, so don't tell him anything secret.",
  "body-part", "base", "dialogue", "입이 싸다 = blabbermouth")
I("부장님이 오늘 입이 귀에 걸리셨네요. 무슨 좋은 일 있으세요?",
  "The manager's mouth is hung on his ears today. Is there a good thing?",
  "You're grinning from ear to ear today, sir. Did something good happen?",
  "body-part", "honorific", "dialogue", "입이 귀에 걸리다 = beam; EN 'ear to ear' is the right target, literal 'hung on ears' is not")
I("그 말 듣고 나니까 눈에 콩깍지가 씌었었나 싶더라.",
  "After hearing that, I wondered if bean pods had been covering my eyes.",
  "After hearing that, I wondered what I'd ever seen in him. I must have been blinded by love.",
  "body-part", "past", "dialogue", "눈에 콩깍지가 씌다 = love is blind")
I("팀장이 또 눈에 쌍심지를 켜고 보고서를 뒤지고 있어.",
  "The team leader is lighting double wicks in his eyes again and digging through the report.",
  "The team lead is glaring at the report again, hunting for mistakes.",
  "body-part", "base", "web", "눈에 쌍심지를 켜다 = glare angrily")
I("걔 요즘 눈에 흙이 들어가도 그 집은 안 판다고 하더라.",
  "He says he won't sell that house even if soil goes into his eyes.",
  "He says he'll never sell that house, not while he's still breathing.",
  "body-part", "split", "dialogue", "눈에 흙이 들어가기 전에는 = over my dead body")
I("조카가 귀에 못이 박히도록 들은 잔소리를 이제 자기가 하고 있다.",
  "The nephew is now doing the nagging that he heard until nails were driven into his ears.",
  "My nephew now nags others with the very lines he heard a thousand times growing up.",
  "body-part", "adnominal", "textbook", "귀에 못이 박히다 = hear over and over")
I("아 진짜 귀가 얇아서 광고만 보면 다 사고 싶어 ㅋㅋ",
  "Ah really my ears are thin so whenever I see ads I want to buy everything lol",
  "Ugh, I'm such a pushover, every ad makes me want to buy the thing lol",
  "body-part", "base", "web", "귀가 얇다 = easily swayed")
I("그 배우는 콧대가 높기로 유명했지만 신인 시절엔 달랐다고 한다.",
  "That actor was famous for having a high nose bridge, but they say it was different in his rookie days.",
  "The actor was known for being stuck-up, but apparently he was different when he was starting out.",
  "body-part", "adnominal", "news", "콧대가 높다 = haughty")
I("이번 결승골로 감독은 비판하던 사람들의 콧대를 꺾었다.",
  "With this winning goal the coach broke the nose bridge of the people who had criticised him.",
  "The winning goal took his critics down a peg.",
  "body-part", "past", "news", "콧대를 꺾다 = humble someone")
I("미안, 지금 내 코가 석 자라서 너까지 챙길 여유가 없어.",
  "Sorry, now my nose is three ja so I have no room to take care of you too.",
  "Sorry, I've got enough problems of my own right now. I can't look after you too.",
  "proverb", "negated", "dialogue", "내 코가 석 자 = I have my own troubles")
I("사장님 앞에서는 다들 고개를 못 드는 분위기예요.",
  "In front of the boss everyone can't lift their head, it's that atmosphere.",
  "Nobody dares look the boss in the eye.",
  "body-part", "negated", "dialogue", "고개를 못 들다 = be ashamed/intimidated")
I("내가 사업 계획 얘기했더니 삼촌이 콧방귀를 뀌시더라.",
  "When I talked about my business plan, my uncle farted through his nose.",
  "When I told my uncle about my business plan, he just scoffed.",
  "body-part", "honorific", "dialogue", "콧방귀를 뀌다 = scoff")
I("이번 일은 내가 목을 걸고 책임질게.",
  "This time I will hang my neck and take responsibility.",
  "I'll stake my job on this. It's on me.",
  "body-part", "base", "dialogue", "목을 걸다 = stake one's position")
I("합격 발표만 목이 빠지게 기다리고 있어요.",
  "I'm waiting for the acceptance announcement until my neck falls out.",
  "I'm waiting on pins and needles for the results.",
  "body-part", "base", "dialogue", "목이 빠지게 기다리다 = wait anxiously")
I("월급날까지 목에 풀칠이라도 하려면 알바 하나 더 해야 돼.",
  "To at least paste glue on my throat until payday I have to do one more part-time job.",
  "I need another part-time job just to scrape by until payday.",
  "body-part", "split", "web", "목구멍에 풀칠하다 = barely get by")
I("그 선배는 어깨에 힘이 잔뜩 들어가서 인사도 대충 받더라.",
  "That senior had a lot of power in his shoulders so he received greetings roughly.",
  "That senior's gotten so full of himself he barely acknowledges anyone's hello.",
  "body-part", "past", "dialogue", "어깨에 힘이 들어가다 = act important")
I("가장으로서 어깨가 무겁다는 말을 요즘 실감합니다.",
  "These days I really feel the words that my shoulders are heavy as the head of the family.",
  "As the breadwinner, I really feel the weight of responsibility these days.",
  "body-part", "nominalised", "textbook", "어깨가 무겁다 = burdened; borderline, literal shoulders lose 'responsibility'")
I("애들 대학 보내느라 등골이 빠지게 일했는데 고맙다는 말도 없네.",
  "I worked until my backbone fell out sending the kids to university and there's not even a thank you.",
  "I worked my fingers to the bone putting the kids through college, and not so much as a thank-you.",
  "body-part", "negated", "dialogue", "등골이 빠지다 = work oneself to exhaustion")
I("그는 사업 실패 후 친구 등을 쳐서 돈을 빼돌렸다는 의혹을 받고 있다.",
  "After his business failure he is suspected of hitting his friend's back and diverting money.",
  "After his business failed, he allegedly swindled a friend out of money.",
  "body-part", "adnominal", "news", "등을 치다 = cheat someone who trusts you")
I("걔가 먼저 발을 뺐으니까 이제 우리끼리 해야 돼.",
  "He pulled out his foot first so now we have to do it by ourselves.",
  "He bailed first, so now it's just us.",
  "body-part", "past", "dialogue", "발을 빼다 = withdraw from an undertaking")
I("신인 작가는 첫 책이 대박 나면서 문단에 발을 들여놓았다.",
  "The new writer put his foot into the literary circle as his first book became a jackpot.",
  "The new writer broke into the literary world when her first book became a hit.",
  "body-part", "past", "news", "발을 들여놓다 = enter a field; 'set foot in' is close, 'put foot into' is not")
I("어제 애가 연락이 안 돼서 발을 동동 굴렀잖아.",
  "Yesterday the kid couldn't be reached so I rolled my feet dong-dong.",
  "I couldn't reach my kid yesterday and I was beside myself with worry.",
  "body-part", "past", "dialogue", "발을 동동 구르다 = be frantic; mimetic")
I("납품 날짜 맞추느라 공장 전체가 발등에 불이 떨어졌다.",
  "The whole factory had fire fall on the top of its foot trying to meet the delivery date.",
  "The whole factory was scrambling to meet the delivery deadline.",
  "body-part", "past", "news", "발등에 불이 떨어지다 = urgent crisis")
I("믿었던 후배한테 발등 찍힐 줄은 몰랐다.",
  "I didn't know I'd get the top of my foot axed by the junior I trusted.",
  "I never thought the junior I trusted would stab me in the back.",
  "proverb", "passive", "dialogue", "믿는 도끼에 발등 찍힌다 (shortened)")
I("손이 크신 우리 엄마는 김치를 한 번에 백 포기씩 담그세요.",
  "My mom, who has big hands, makes kimchi a hundred heads at a time.",
  "My mom always makes everything in huge batches, a hundred heads of kimchi at once.",
  "body-part", "honorific", "dialogue", "손이 크다 = generous, makes big portions")
I("그 집은 손이 귀해서 아이 하나를 온 집안이 떠받들었다.",
  "That house had precious hands so the whole family held up one child.",
  "That family had few children, so the whole household doted on their one child.",
  "body-part", "past", "textbook", "손이 귀하다 = few offspring")
I("마감 전날이라 손이 열 개라도 모자라요 ㅠㅠ",
  "It's the day before deadline so even ten hands are not enough ㅠㅠ",
  "It's the day before the deadline and I'm completely swamped ㅠㅠ",
  "body-part", "negated", "web", "손이 열 개라도 모자라다 = overwhelmed")
I("걔는 손버릇이 나빠서 편의점에서도 잘렸대.",
  "Because his hand habit is bad, he got cut from the convenience store too.",
  "He's got sticky fingers. He even got fired from the convenience store.",
  "body-part", "passive", "dialogue", "손버릇이 나쁘다 = steals")
I("새 시장은 취임하자마자 버스 노선 문제에 손을 댔다.",
  "The new mayor touched his hand to the bus route problem as soon as he took office.",
  "As soon as he took office, the new mayor took on the bus route problem.",
  "body-part", "past", "news", "손을 대다 = tackle")
I("이번 건은 내 손을 떠났어, 위에서 결정할 거야.",
  "This matter has left my hand, above will decide.",
  "It's out of my hands now. Management will decide.",
  "body-part", "past", "dialogue", "손을 떠나다; EN 'out of my hands' is the target")
I("그런 말 하면 내가 얼굴을 들 수가 없잖아!",
  "If you say that I can't lift my face!",
  "If you say that, I'll never be able to show my face again!",
  "body-part", "negated", "dialogue", "얼굴을 들 수 없다 = too ashamed")
I("행사장에 얼굴만 비추고 바로 나왔어.",
  "I just shone my face at the event hall and came out right away.",
  "I just showed my face at the event and left.",
  "body-part", "past", "dialogue", "얼굴을 비추다 = put in an appearance")
I("쟤 얼굴에 철판 깔았나 봐, 또 돈 빌려 달래.",
  "He seems to have laid iron plate on his face, asks to lend money again.",
  "He's got some nerve, asking to borrow money again.",
  "body-part", "past", "web", "얼굴에 철판을 깔다 = shameless")
I("팀장님이 애들 앞에서 제 낯을 세워 주셨어요.",
  "The team leader stood my face in front of the kids.",
  "My team lead saved face for me in front of everyone.",
  "body-part", "honorific", "dialogue", "낯을 세우다 = preserve someone's honour")
I("그 소식 듣고 간이 콩알만 해졌어.",
  "After hearing the news my liver became the size of a bean.",
  "I was scared stiff when I heard the news.",
  "body-part", "past", "dialogue", "간이 콩알만 해지다 = terrified")
I("간이 배 밖으로 나왔냐? 어디서 사장한테 반말이야.",
  "Did your liver come out of your stomach? Where do you speak banmal to the boss.",
  "Have you lost your mind? How dare you talk to the boss like that?",
  "body-part", "split", "dialogue", "간이 배 밖으로 나오다 = recklessly bold")
I("샐러드 한 접시로는 간에 기별도 안 가.",
  "With one plate of salad, news doesn't even reach the liver.",
  "One plate of salad barely touches the sides.",
  "body-part", "negated", "dialogue", "간에 기별도 안 가다 = far too little food")
I("사촌이 땅을 샀다는 말에 괜히 배가 아프더라.",
  "When I heard my cousin bought land my stomach hurt for no reason.",
  "When I heard my cousin bought land, I couldn't help feeling jealous.",
  "proverb", "past", "dialogue", "사촌이 땅을 사면 배가 아프다")
I("이제 와서 배 째라는 식으로 나오면 어떡합니까?",
  "What are you going to do coming out in a way that says cut my stomach now?",
  "How can you just say 'sue me' at this point?",
  "body-part", "split", "dialogue", "배 째라 = do your worst / sue me")
I("그 정치인은 배짱을 부리며 사퇴 요구를 거부했다.",
  "The politician acted his gut and refused the call to resign.",
  "The politician brazenly refused calls to resign.",
  "body-part", "past", "news", "배짱을 부리다 = be defiant")
I("엄마 잔소리에 속이 부글부글 끓었지만 꾹 참았다.",
  "My inside boiled bugeul-bugeul at mom's nagging but I endured tightly.",
  "Mom's nagging had me seething, but I bit my tongue.",
  "emotion", "past", "textbook", "속이 부글부글 끓다 = seethe")
I("시험 끝나니까 속이 다 후련하다!",
  "Since the exam is over my inside is all refreshed!",
  "Exams are over, what a relief!",
  "emotion", "base", "web", "속이 후련하다 = relieved")
I("선배가 뒤통수를 칠 줄은 꿈에도 몰랐네요.",
  "I didn't know even in dreams that the senior would hit the back of my head.",
  "I never dreamed my senior would betray me like that.",
  "body-part", "adnominal", "dialogue", "뒤통수를 치다 = betray")
I("그 얘기 듣고 뒷골이 당기더라.",
  "When I heard that story the back bone of my head pulled.",
  "Hearing that made my blood pressure spike.",
  "body-part", "past", "web", "뒷골이 당기다 = become furious/stressed")
I("그렇게 무릎을 꿇리고 나니 속이 시원하냐?",
  "After making him kneel like that, is your inside cool?",
  "Now that you've humiliated him like that, are you happy?",
  "body-part", "causative", "dialogue", "무릎을 꿇리다 = force to submit; 속이 시원하다")
I("마지막 한 문제 때문에 머리를 쥐어짰어.",
  "I squeezed my head because of the last one problem.",
  "I racked my brains over the last question.",
  "body-part", "past", "dialogue", "머리를 쥐어짜다 = rack one's brains")
I("머리가 굵어졌다고 이제 부모 말은 안 듣는구나.",
  "Now that your head has got thick you don't listen to your parents.",
  "Now that you're all grown up you don't listen to your parents anymore, huh.",
  "body-part", "past", "dialogue", "머리가 굵다 = grown up, has own opinions")
I("그 교수님의 인품 앞에서는 누구나 저절로 머리가 숙여진다.",
  "In front of that professor's character anyone's head is lowered by itself.",
  "No one can help admiring that professor's character.",
  "body-part", "passive", "textbook", "머리가 숙여지다 = command respect")
