# current slang and abbreviations (2018-2026) and Konglish (hand-written, helper lit15, 2026-12-07)
I("월요일 아침부터 부장님 잔소리 들으니까 킹받네.",
  "Hearing the manager's nagging from Monday morning, I king-received.",
  "The manager nagging me first thing on a Monday is driving me up the wall.",
  "slang/neologism", "base", "web", "킹받다: be really annoyed; social post")
I("새해부터 갓생 살기로 했어. 6시 기상, 운동, 독서!",
  "From the new year I decided to live a god life. Wake at 6, exercise, reading!",
  "New year, new me: up at six, workout, reading!",
  "slang/neologism", "past", "web", "갓생: productive, disciplined life; social post")
I("오운완! 오늘은 하체 했어요.",
  "O-un-wan! Today I did lower body.",
  "Workout done for today! Leg day.",
  "slang/neologism", "honorific", "web", "오운완: today's workout done; social post")
I("점메추 좀 해 주세요. 회사 근처예요.",
  "Please do lunch-menu-recommend. It's near the company.",
  "Any lunch ideas? I'm near the office.",
  "slang/neologism", "honorific", "web", "점메추: lunch suggestion please; chat")
I("밤새 게임하고 출근하다니 완전 스불재네.",
  "Gaming all night and going to work, it's a total self-fire-disaster.",
  "Gaming all night before work? You brought that on yourself.",
  "slang/neologism", "base", "dialogue", "스불재: self-inflicted disaster; chat")
I("결국 중요한 건 꺾이지 않는 마음이지.",
  "In the end, the important thing is the mind that does not get bent.",
  "In the end, what matters is not giving up.",
  "slang/neologism", "negated", "web", "중꺾마: never-give-up spirit; sports comment")
I("그 영상 보고 현타 왔어.",
  "I watched that video and reality time came.",
  "That video was a real reality check.",
  "slang/neologism", "past", "web", "현타: sobering moment; comment")
I("그 사람 댓글 보니까 완전 무지성이네.",
  "Looking at that person's comments, it's completely no-intelligence.",
  "Looking at his comments, he clearly didn't think at all.",
  "slang/neologism", "base", "web", "무지성: mindless; comment")
I("이번 판정은 진짜 억까다.",
  "This call is really forced-hitting.",
  "That call was totally unfair.",
  "slang/neologism", "base", "web", "억까: unfair criticism; sports forum")
I("그 친구랑은 결국 손절했어.",
  "I finally did a loss-cut with that friend.",
  "I ended up cutting ties with her.",
  "slang/neologism", "past", "dialogue", "손절하다: cut someone off; chat")
I("영끌해서 집 샀는데 금리가 올라서 죽겠어.",
  "I bought a house by soul-scraping, but the interest rate rose and I'm dying.",
  "I borrowed every penny I could to buy a flat, and now rates have gone up and it's killing me.",
  "slang/neologism", "past", "web", "영끌: borrow to the hilt; property forum")
I("요즘 회사 분위기 보니까 퇴사각이다.",
  "Seeing the company mood these days, it's a resignation angle.",
  "The way things are going at work, it's time to quit.",
  "slang/neologism", "base", "web", "각이다: it's time for; workplace post")
I("이 후기는 내돈내산이라 믿으셔도 돼요.",
  "This review is my-money-my-buy, so you can believe it.",
  "I paid for this myself, so you can trust this review.",
  "slang/neologism", "honorific", "web", "내돈내산: bought with my own money, not sponsored; review")
I("이 정도 가격에 이 맛이면 가성비 갑이지.",
  "This taste at this price is the gap of price-performance.",
  "For that price, the taste is unbeatable value.",
  "slang/neologism", "base", "web", "가성비 갑: best value for money; review")
I("카톡 보냈는데 읽씹당했어.",
  "I sent a KakaoTalk, but I was read-chewed.",
  "I sent him a message and he left me on read.",
  "slang/neologism", "passive", "dialogue", "읽씹: read and ignore; chat")
I("오늘 코디는 꾸안꾸 느낌으로 맞춰 봤어요.",
  "Today's coordination, I matched it with a decorated-not-decorated feeling.",
  "I went for an effortless look with today's outfit.",
  "slang/neologism", "honorific", "web", "꾸안꾸: effortlessly stylish; fashion post")
I("내 최애는 무대에서 제일 빛나.",
  "My most-love shines the most on stage.",
  "My bias is the one who shines brightest on stage.",
  "slang/neologism", "base", "web", "최애: favourite member; fandom")
I("그 영상 하나 보고 바로 입덕했어요.",
  "I watched that one video and immediately entered-duk.",
  "One video and I was a fan for life.",
  "slang/neologism", "past", "web", "입덕하다: become a fan; fandom")
I("우리 반 핵인싸는 전학 온 지 일주일 만에 다 친해졌어.",
  "Our class's nuclear insider got close to everyone in a week since transferring.",
  "The most popular kid in our class made friends with everyone within a week of transferring.",
  "slang/neologism", "past", "dialogue", "핵인싸: extremely sociable person; school chat")
I("이 게임 만렙 찍는 데 석 달 걸렸어.",
  "It took three months to stamp the ten-thousand level of this game.",
  "It took me three months to hit max level in this game.",
  "slang/neologism", "past", "web", "만렙 찍다: reach max level; gaming")
I("주인공이 악역한테 한마디 하는 장면에서 완전 사이다였어.",
  "In the scene where the heroine says a word to the villain, it was total cider.",
  "When the heroine finally told the villain off, it was so satisfying.",
  "food", "past", "web", "사이다: satisfying, cathartic; drama review")
I("남자 주인공이 계속 참기만 해서 보는 내내 고구마 먹은 것 같았어.",
  "The male lead only kept enduring, so the whole time it felt like I ate sweet potato.",
  "The male lead just kept putting up with it. It was so frustrating to watch.",
  "food", "past", "web", "고구마: frustrating; drama review")
I("너 금사빠라서 또 그러는 거 아니야?",
  "Aren't you doing that again because you're a fast-fall-in-love?",
  "Aren't you just falling for someone too fast again?",
  "slang/neologism", "question", "dialogue", "금사빠: quick to fall in love; chat")
I("그 드라마 남주랑 여주 밀당이 너무 길어.",
  "The push-pull of the male lead and female lead in that drama is too long.",
  "The leads in that drama play hard to get for way too long.",
  "slang/neologism", "base", "web", "밀당: push-and-pull in romance; drama comment")
I("이번 주말은 혼술하면서 영화 볼 거야.",
  "This weekend I'll watch movies while doing alone-drinking.",
  "This weekend I'm going to have a few drinks on my own and watch movies.",
  "slang/neologism", "base", "dialogue", "혼술: drinking alone; chat")
I("불금인데 일찍 들어가기 아깝지 않아?",
  "It's fire Friday, isn't it a waste to go in early?",
  "It's Friday night! Isn't it a shame to go home early?",
  "slang/neologism", "question", "dialogue", "불금: Friday night out; chat")
I("이 상황 진짜 노답이다.",
  "This situation is really no-answer.",
  "This situation is hopeless.",
  "slang/neologism", "base", "web", "노답: hopeless; comment")
I("답정너처럼 굴지 말고 내 의견도 좀 들어 봐.",
  "Don't act like answer-decided-you-just-say and listen to my opinion a bit.",
  "Don't just ask me so I can say what you want to hear. Actually listen to what I think.",
  "slang/neologism", "negated", "dialogue", "답정너: asking only to hear a set answer; chat")
I("그만해, 이제 뇌절이야.",
  "Stop it, now it's brain-cut.",
  "Stop, you're flogging a dead joke.",
  "slang/neologism", "base", "dialogue", "뇌절: overdoing a joke; chat")
I("치킨엔 맥주가 국룰이지.",
  "Beer with chicken is the national rule.",
  "Chicken and beer just go together. Everyone knows that.",
  "slang/neologism", "base", "web", "국룰: unwritten rule everyone follows; comment")
I("사장님 대응 때문에 이 가게가 별점 테러를 당했어요.",
  "Because of the owner's response, this shop suffered star-rating terror.",
  "This restaurant got review-bombed because of how the owner handled it.",
  "slang/neologism", "passive", "web", "별점 테러: review bombing; review platform")
I("떨어지긴 했는데 웃프다. 한 문제 차이래.",
  "I failed, but it's laugh-sad. They say it's one question's difference.",
  "I failed by just one question. I don't know whether to laugh or cry.",
  "slang/neologism", "base", "web", "웃프다: funny and sad at once; student post")
I("여기서 찍으면 인생샷 건질 수 있어요.",
  "If you take it here, you can scoop a life shot.",
  "Take a photo here and you'll get the best shot of your life.",
  "slang/neologism", "honorific", "web", "인생샷: best photo ever; travel post")
I("비 와서 공연 취소됐는데, 오히려 좋아! 집에서 쉬면 되지.",
  "It rained and the show was cancelled, but rather good! I can just rest at home.",
  "The show got rained off, but honestly, even better! I can just chill at home.",
  "slang/neologism", "base", "web", "오히려 좋아: even better (reframing); social post")
I("버스 놓쳤는데 바로 다음 버스가 왔잖아? 완전 럭키비키잖아.",
  "I missed the bus but the next bus came right away? It's totally Lucky Vicky.",
  "I missed the bus, but the next one turned up straight away. How lucky is that?",
  "slang/neologism", "question", "web", "럭키비키: relentlessly positive spin (2024); social post")
I("네 추구미가 뭔데?",
  "What is your pursued beauty?",
  "What's the look you're going for?",
  "slang/neologism", "question", "dialogue", "추구미: aesthetic one aspires to (2024); chat")
I("아 긁혔네, 왜 이렇게 발끈해?",
  "Ah, you got scratched, why do you get so balkkeun?",
  "Touched a nerve, did I? Why are you so worked up?",
  "slang/neologism", "passive", "web", "긁히다 / 발끈하다: be provoked; comment")
I("15일 저녁에 모임 있으니까 캘박해 둬.",
  "There's a gathering on the evening of the 15th, so calendar-bak it.",
  "We're meeting on the evening of the 15th. Put it in your calendar.",
  "slang/neologism", "base", "web", "캘박: save the date; group chat")
I("어쩔티비~ 내 방은 내가 알아서 치울게.",
  "Whatever-TV~ I will clean my room knowing by myself.",
  "So what? I'll clean my room when I feel like it.",
  "slang/neologism", "base", "dialogue", "어쩔티비: so what, none of your business (kids' slang); chat")
I("이 드라마에 너무 과몰입해서 악역 배우한테 화가 나.",
  "I over-immersed into this drama so much that I'm angry at the villain actor.",
  "I'm so invested in this drama that I'm actually angry at the actor who plays the villain.",
  "slang/neologism", "base", "web", "과몰입: being over-invested; drama comment")
I("너 T야? 공감 좀 해 주지.",
  "Are you T? Do some empathy.",
  "Could you be any less sympathetic? A little empathy would be nice.",
  "slang/neologism", "question", "dialogue", "너 T야: you're so unsympathetic (MBTI joke); chat")
I("오늘 텐션 왜 이렇게 높아?",
  "Why is your tension so high today?",
  "Why are you so hyped up today?",
  "slang/neologism", "question", "dialogue", "텐션 (Konglish): energy, excitement; chat")
I("멘탈이 나가서 아무것도 못 하겠어.",
  "My mental went out so I can't do anything.",
  "I'm so rattled I can't do a thing.",
  "slang/neologism", "negated", "dialogue", "멘탈이 나가다 (Konglish): lose composure; chat")
I("둘이 스킨십이 너무 많아서 보기 민망했어.",
  "The two had so much skinship that it was embarrassing to see.",
  "They were all over each other. It was awkward to watch.",
  "slang/neologism", "past", "web", "스킨십 (Konglish): physical affection; comment")
I("주말에 백화점 가서 아이쇼핑만 하고 왔어.",
  "At the weekend I went to the department store and only did eye shopping.",
  "I went to the department store at the weekend, but only to window-shop.",
  "slang/neologism", "past", "dialogue", "아이쇼핑 (Konglish): window shopping; chat")
I("자, 다들 원샷!",
  "Okay, everyone one shot!",
  "Okay, everyone, bottoms up!",
  "slang/neologism", "base", "dialogue", "원샷 (Konglish): down it in one; dinner")
I("이번 주 시험 다들 파이팅!",
  "Everyone fighting for this week's exam!",
  "Good luck with your exams this week, everyone!",
  "slang/neologism", "base", "web", "파이팅 (Konglish): good luck, go for it; class chat")
I("너무 오바하지 마, 그냥 감기야.",
  "Don't over too much, it's just a cold.",
  "Don't overreact. It's just a cold.",
  "slang/neologism", "negated", "dialogue", "오바하다 (Konglish over): overdo; chat")
I("그 배우 리즈 시절 사진 보면 진짜 잘생겼어.",
  "If you see photos of that actor's Leeds days, he's really handsome.",
  "He was seriously good-looking in his heyday.",
  "slang/neologism", "adnominal", "web", "리즈 시절: heyday; comment")
I("오늘 아침부터 오픈런해서 겨우 샀어요.",
  "I did an open run from this morning and barely bought it.",
  "I queued outside before the shop opened this morning and only just managed to get one.",
  "slang/neologism", "past", "web", "오픈런 (Konglish): queueing before opening; shopping post")
I("그 가수는 신곡으로 포텐이 제대로 터졌다.",
  "That singer's poten really exploded with the new song.",
  "The singer's new track has finally made her a star.",
  "slang/neologism", "past", "news", "포텐 터지다: finally break through; entertainment news")
I("그 친구는 흙수저 출신이라고 늘 말해요.",
  "That friend always says he's from a dirt spoon.",
  "He always says he grew up with nothing.",
  "household", "base", "dialogue", "흙수저: born poor; dialogue")
I("요즘 애들은 롱패딩 하나에 수십만 원이라 등골 브레이커라는 말까지 나왔다.",
  "These days kids' long padding is hundreds of thousands of won each, so even the word spine breaker came out.",
  "Kids' long puffer coats cost hundreds of thousands of won these days, and people joke that they're breaking their parents' backs.",
  "body-part", "past", "news", "등골 브레이커 / 롱패딩 (Konglish): item that bankrupts parents; long puffer coat; lifestyle news")
I("이번 연휴엔 캠핑 가서 불멍이나 하고 싶다.",
  "This holiday I want to go camping and do fire-blank.",
  "This holiday I just want to go camping and stare into a campfire.",
  "slang/neologism", "base", "web", "불멍: gazing at a fire; social post")
I("단톡방에서 자꾸 나만 깍두기 취급해.",
  "In the group chat room they keep treating only me as cubed radish kimchi.",
  "In the group chat they always treat me like the odd one out.",
  "food", "base", "web", "깍두기: odd one out, extra; school post")
