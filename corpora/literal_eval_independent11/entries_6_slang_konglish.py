# current slang, internet speech and Konglish (hand-written, helper lit11, 2026-12-07)
I("아침부터 지하철에서 발 밟히고 진짜 킹받네.",
  "Since morning I got my foot stepped on in the subway, really king-received.",
  "Someone stepped on my foot on the subway first thing this morning. So annoying.",
  "slang/neologism", "base", "web", "킹받다 = be really annoyed")
I("내가 늦든 말든 어쩔티비.",
  "Whether I'm late or not, what-to-do TV.",
  "Whether I'm late or not, what's it to you?",
  "slang/neologism", "base", "web", "어쩔티비 = so what? (playground taunt)")
I("치킨엔 맥주가 국룰이지.",
  "With chicken, beer is the national rule.",
  "Chicken goes with beer, obviously. That's the rule.",
  "slang/neologism", "base", "dialogue", "국룰 = the unwritten standard")
I("이거 광고 아니고 찐 후기예요.",
  "This isn't an advert, it's a steamed review.",
  "This isn't an ad; it's a genuine review.",
  "slang/neologism", "negated", "web", "찐 = real, genuine")
I("동기들 연봉 듣고 현타 왔다.",
  "After hearing my peers' salaries, reality time came.",
  "Hearing what my peers earn gave me a harsh reality check.",
  "slang/neologism", "past", "web", "현타 = moment of disillusionment")
I("노트북이 갑자기 꺼져서 과제 날아갔을 때 완전 멘붕이었어.",
  "When the notebook suddenly turned off and my assignment flew away, it was total mental collapse.",
  "When my laptop died and I lost my assignment, I totally freaked out.",
  "slang/neologism", "past", "dialogue", "멘붕 = freak-out (not a clinical breakdown); 노트북 = laptop")
I("엄마 말이 너무 맞아서 뼈 맞았어.",
  "Mom's words were so right that I got hit in the bone.",
  "Mom was so right it stung.",
  "slang/neologism", "passive", "web", "뼈 맞다/뼈 때리다 = be hit by a painful truth")
I("친구한테 팩폭 당하고 아무 말도 못 했다.",
  "I got fact-assaulted by my friend and couldn't say anything.",
  "My friend hit me with some harsh truths and I had nothing to say.",
  "slang/neologism", "passive", "web", "팩폭 = brutal honesty")
I("이번 앨범 타이틀곡이 최고라는 말 킹정합니다.",
  "I king-admit the saying that this album's title track is the best.",
  "Totally agree that the title track is the best on the album.",
  "slang/neologism", "honorific", "web", "킹정 = totally agree")
I("새벽 기상에 독서까지, 요즘 갓생 사는 중.",
  "Waking up at dawn and even reading, these days I'm living a god life.",
  "Up at dawn and reading every day: I'm living my best, most productive life.",
  "slang/neologism", "nominalised", "web", "갓생 = a disciplined, productive life")
I("계속 돈만 빌려 가길래 그 친구랑 손절했어.",
  "He kept only borrowing money, so I did a stop-loss with that friend.",
  "He kept borrowing money, so I cut ties with him.",
  "slang/neologism", "past", "dialogue", "손절 = cut off (a person)")
I("어제 보낸 카톡 또 읽씹 당했어.",
  "The KakaoTalk I sent yesterday got read-chewed again.",
  "I got left on read again with the message I sent yesterday.",
  "slang/neologism", "passive", "dialogue", "읽씹 = leave on read")
I("걔는 학교에서 모르는 사람이 없는 핵인싸야.",
  "He's a nuclear insider that nobody at school doesn't know.",
  "Everyone at school knows him; he's super popular.",
  "slang/neologism", "adnominal", "dialogue", "핵인싸 = the life and soul of the party")
I("대학 와서 아싸로 지내는 것도 나쁘지 않아.",
  "Living as an outsider after coming to university isn't bad.",
  "Keeping to myself at university isn't so bad.",
  "slang/neologism", "negated", "web", "아싸 = loner (shortened 'outsider')")
I("여기 떡볶이 존맛탱이에요.",
  "The tteokbokki here is extreme-taste-tang.",
  "The tteokbokki here is insanely good.",
  "slang/neologism", "honorific", "web", "존맛탱 = really delicious (vulgar intensifier)")
I("야식 시켜 놓고 다이어트 망한 건 스불재지 뭐.",
  "Ordering a late-night snack and ruining my diet is a self-summoned disaster.",
  "Ordering a midnight snack and wrecking my diet: I've only got myself to blame.",
  "slang/neologism", "split", "web", "스불재 = 스스로 불러온 재앙")
I("오늘 룩은 꾸안꾸로 가 봤어.",
  "Today's look I went with decorated-not-decorated.",
  "Today I went for an effortlessly casual look.",
  "slang/neologism", "past", "web", "꾸안꾸 = effortless chic")
I("혼밥 하기 좋은 식당 추천해 주세요.",
  "Please recommend restaurants good for doing alone-rice.",
  "Can anyone recommend restaurants where it's comfortable to eat alone?",
  "slang/neologism", "honorific", "web", "혼밥 = eating alone")
I("월급날이라 탕진잼 좀 즐겼더니 통장이 텅 비었다.",
  "It was payday, so I enjoyed some squander-jam and my bankbook is empty.",
  "It was payday, so I went on a bit of a spending spree and now my account is empty.",
  "slang/neologism", "past", "web", "탕진잼 = fun of blowing money")
I("젊은 층의 영끌 매수가 다시 늘고 있다.",
  "Young people's soul-pulling purchases are increasing again.",
  "More young people are again borrowing to the hilt to buy homes.",
  "slang/neologism", "adnominal", "news", "영끌 = 영혼까지 끌어모아, max out every source of money")
I("집값이 폭등하면서 무주택자들은 벼락거지가 됐다는 자조가 나온다.",
  "As house prices soared, people without houses say self-mockingly they became lightning beggars.",
  "As house prices soared, people without homes joke bitterly that they became poor overnight.",
  "slang/neologism", "past", "news", "벼락거지 = suddenly poor by comparison")
I("하루 종일 삽질만 하다가 퇴근했다.",
  "I only shovelled all day and then left work.",
  "I spent the whole day spinning my wheels and then went home.",
  "slang/neologism", "past", "web", "삽질 = wasted effort")
I("이번 예능 완전 노잼이던데.",
  "This variety show was totally no jam.",
  "This variety show was really boring.",
  "slang/neologism", "past", "web", "노잼 = boring")
I("너 나한테 답정너 좀 그만해.",
  "Stop doing answer-decided-you-just-answer to me.",
  "Stop asking me questions when you've already decided what I should say.",
  "slang/neologism", "negated", "dialogue", "답정너 = 답은 정해져 있고 너는 대답만 해")
I("내돈내산으로 써 본 솔직 후기 올립니다.",
  "I upload an honest review used with my-money-I-bought.",
  "Here's my honest review. I paid for it myself.",
  "slang/neologism", "honorific", "web", "내돈내산 = bought with my own money (not sponsored)")
I("소개팅 말고 자만추 하고 싶어.",
  "Not a blind date, I want to do natural-meeting-pursue.",
  "I don't want a set-up; I'd rather meet someone naturally.",
  "slang/neologism", "negated", "dialogue", "자만추 = 자연스러운 만남 추구")
I("같은 드립 세 번째면 뇌절이야.",
  "The same drip for the third time is brain cutting.",
  "Using the same joke a third time is beating it to death.",
  "slang/neologism", "base", "web", "뇌절 = overdoing a joke; 드립 = joke (ad-lib)")
I("점메추 좀 해 줘. 매일 고민이야.",
  "Do some lunch-menu-recommend for me. It's a worry every day.",
  "Can someone suggest what to have for lunch? I can never decide.",
  "slang/neologism", "split", "web", "점메추 = 점심 메뉴 추천")
I("콘서트 티켓 광클했는데 광탈했어.",
  "I crazy-clicked the concert tickets, but I got light-speed eliminated.",
  "I clicked like mad for concert tickets and still missed out instantly.",
  "slang/neologism", "past", "web", "광클 = frantic clicking; 광탈 = instant elimination")
I("아이돌 콘서트는 매번 피켓팅이다.",
  "Idol concerts are blood ticketing every time.",
  "Getting idol concert tickets is a bloodbath every time.",
  "slang/neologism", "base", "news", "피켓팅 = cut-throat ticket race; good rendering keeps an English blood image")
I("공휴일에 쉬면서 돈도 받으면 개꿀이지.",
  "If you get paid while resting on a public holiday, it's dog honey.",
  "Getting paid to take a public holiday off? Sweet deal.",
  "slang/neologism", "base", "web", "개꿀 = great deal")
I("창밖 보면서 멍때리는 게 요즘 유일한 낙이야.",
  "Hitting blank while looking out the window is my only pleasure these days.",
  "Zoning out looking out the window is my only pleasure these days.",
  "slang/neologism", "nominalised", "dialogue", "멍때리다 = zone out")
I("카페는 몇 년째 눈팅만 하다가 처음으로 글 써 봅니다.",
  "I only did eye-ting on the café for years and write a post for the first time.",
  "I've lurked on this forum for years and this is my first post.",
  "slang/neologism", "honorific", "web", "눈팅 = lurk; 카페 = online community")
I("그 연예인 막말은 이미 캡처돼서 박제됐어.",
  "The celebrity's rude remarks were already captured and taxidermied.",
  "The celebrity's offensive comments were screenshotted and will be around forever.",
  "slang/neologism", "passive", "web", "박제 = preserved online forever")
I("제작진이 2편 떡밥을 잔뜩 뿌려 놨네.",
  "The production crew scattered lots of rice cake bait for part 2.",
  "The makers dropped loads of hints about a sequel.",
  "slang/neologism", "past", "web", "떡밥 = teaser, hint")
I("방송국이 그 드라마로 몇 년째 사골 우리는 중이야.",
  "The broadcaster has been boiling ox bones with that drama for years.",
  "The network has been milking that drama for years.",
  "slang/neologism", "base", "web", "사골 우리다 = milk something endlessly")
I("이건 내 인생샷이야. 프사로 해야지.",
  "This is my life shot. I'll make it my profile picture.",
  "This is the best photo of me ever. It's going to be my profile pic.",
  "slang/neologism", "base", "dialogue", "인생샷 = best-ever photo")
I("이번 신곡은 완전 내 취향저격이야.",
  "This new song is completely my taste sniping.",
  "This new song is right up my street.",
  "slang/neologism", "base", "web", "취향저격 = exactly one's taste")
I("그 배우가 웃는 순간 심쿵했어.",
  "The moment that actor smiled, I did heart-thump.",
  "My heart skipped a beat when that actor smiled.",
  "slang/neologism", "past", "web", "심쿵 = heart flutter (literal close but too physical)")
I("오늘은 무조건 칼퇴할 거야.",
  "Today I'm definitely going to knife-leave work.",
  "I'm leaving bang on time today, no matter what.",
  "slang/neologism", "base", "dialogue", "칼퇴 = leave on the dot")
I("하루 종일 인터넷만 보는 월급 루팡이 우리 팀에도 있다.",
  "Our team also has a salary Lupin who only looks at the internet all day.",
  "Our team has a slacker too, who surfs the internet all day on company time.",
  "slang/neologism", "adnominal", "web", "월급 루팡 = salary thief")
I("주말마다 카공족 때문에 자리가 없어요.",
  "Every weekend there are no seats because of the café-study tribe.",
  "Every weekend there's nowhere to sit because of people camping out to study.",
  "slang/neologism", "honorific", "web", "카공족 = people who study in cafés")
I("직거래 쿨거래 원합니다. 네고 사절.",
  "I want a direct cool trade. Nego refused.",
  "Looking for a quick, no-fuss in-person sale. Price is firm.",
  "konglish", "honorific", "web", "쿨거래 = hassle-free deal; 네고 = haggling")
I("내일 시험이지? 파이팅!",
  "Tomorrow is your exam, right? Fighting!",
  "Your exam's tomorrow, right? Good luck!",
  "konglish", "question", "dialogue", "파이팅 = go for it")
I("그 커플은 스킨십이 너무 많아서 보기 민망해.",
  "That couple has so much skinship that it's embarrassing to watch.",
  "That couple is so touchy-feely it's awkward to watch.",
  "konglish", "base", "dialogue", "스킨십 = physical affection")
I("돈이 없어서 아이쇼핑만 하고 왔어.",
  "I had no money so I just did eye shopping and came back.",
  "I was broke, so I just went window-shopping.",
  "konglish", "past", "dialogue", "아이쇼핑 = window-shopping")
I("부장님이 원샷을 외치시자 다들 잔을 비웠다.",
  "When the manager shouted one shot, everyone emptied their glasses.",
  "When the manager called 'bottoms up', everyone downed their drinks.",
  "konglish", "honorific", "textbook", "원샷 = bottoms up")
I("물은 셀프입니다.",
  "Water is self.",
  "Water is self-service.",
  "konglish", "honorific", "web", "셀프 = self-service")
I("그 선수는 멘탈이 강해서 실수해도 금방 회복한다.",
  "That player's mental is strong, so even when he makes mistakes he recovers quickly.",
  "That player is mentally tough, so he bounces back quickly from mistakes.",
  "konglish", "base", "news", "멘탈 = mental toughness")
I("시험 중에 컨닝하다 걸리면 영점 처리됩니다.",
  "If you're caught doing cunning during the exam, you'll be processed as zero.",
  "Anyone caught cheating during the exam will get a mark of zero.",
  "konglish", "passive", "textbook", "컨닝 = cheating in an exam")
I("그렇게까지 오바할 일은 아니잖아.",
  "It's not something to do over that much.",
  "There's no need to go overboard like that.",
  "konglish", "negated", "dialogue", "오바하다 = overreact")
I("대학 때 편의점 알바 하면서 학비 벌었어요.",
  "In university I earned my tuition doing convenience store arbeit.",
  "I paid my way through university working part-time at a convenience store.",
  "konglish", "honorific", "dialogue", "알바 = part-time job (from German Arbeit)")
I("소개팅 끝나고 애프터 신청 받았어!",
  "After the blind date I received an after application!",
  "He asked me out again after the blind date!",
  "konglish", "passive", "dialogue", "애프터 = asking for a second date")
I("자취방은 원룸이라 좁아도 혼자 살기엔 괜찮아.",
  "My self-cooking room is a one room, so though it's small it's fine for living alone.",
  "My place is a studio, so it's small, but it's fine for one.",
  "konglish", "base", "web", "원룸 = studio flat")
I("사장님이 음료는 서비스라고 하셨어요.",
  "The owner said the drink is service.",
  "The owner said the drinks were on the house.",
  "konglish", "honorific", "dialogue", "서비스 = free of charge")
I("오늘 다들 텐션 왜 이렇게 높아?",
  "Why is everyone's tension so high today?",
  "Why is everyone so hyped up today?",
  "konglish", "question", "dialogue", "텐션 = energy, excitement (false friend)")
I("우리 더치페이로 하자.",
  "Let's do Dutch pay.",
  "Let's split the bill.",
  "konglish", "base", "dialogue", "더치페이 = split the bill")
I("휴대폰 충전하게 콘센트 어디 있는지 알아?",
  "Do you know where the concent is so I can charge my phone?",
  "Do you know where there's a socket so I can charge my phone?",
  "konglish", "question", "dialogue", "콘센트 = power socket")
I("퇴근하고 헬스 가야 돼.",
  "After work I have to go to health.",
  "I've got to hit the gym after work.",
  "konglish", "base", "dialogue", "헬스 = gym")
I("샤프 좀 빌려줄래?",
  "Can you lend me a sharp?",
  "Can I borrow your mechanical pencil?",
  "konglish", "question", "dialogue", "샤프 = mechanical pencil")
I("요즘 회사 동기랑 썸 타는 중이야.",
  "These days I'm riding some with a colleague from my start year.",
  "I've got a bit of a thing going with someone who joined the company with me.",
  "konglish", "base", "dialogue", "썸 타다 = be in a will-they-won't-they phase")
I("대학 신입생 때 미팅 나가서 지금 남편 만났어요.",
  "As a university freshman I went out to a meeting and met my current husband.",
  "I met my husband at a group blind date in my first year of university.",
  "konglish", "honorific", "dialogue", "미팅 = group blind date")
I("그 개그맨은 요즘 유튜브에서 더 잘나간다.",
  "That gagman is doing better on YouTube these days.",
  "That comedian is doing better on YouTube these days.",
  "konglish", "base", "news", "개그맨 = comedian")
I("여름엔 오픈카 타고 해안도로 달리는 게 로망이야.",
  "In summer, driving an open car along the coastal road is my roman.",
  "My dream is to drive a convertible along the coast road in summer.",
  "konglish", "nominalised", "dialogue", "오픈카 = convertible; 로망 = dream")
I("걔 또 어장관리 하는 거 아니야?",
  "Isn't she doing fish-farm management again?",
  "Isn't she just stringing people along again?",
  "slang/neologism", "question", "dialogue", "어장관리 = keep people on the hook")
I("그 사람 완전 관종이라 일부러 논란 만드는 거야.",
  "That person is a total attention species, so he creates controversy on purpose.",
  "He's a total attention seeker; he stirs up controversy on purpose.",
  "slang/neologism", "causative", "web", "관종 = attention seeker")
I("그 드라마 보고 나서 현실 연애에 대한 기대치가 너무 높아졌어. 드라마 뽕 제대로 맞았나 봐.",
  "After watching that drama my expectations for real dating got too high. I must have properly got injected with drama pong.",
  "That drama gave me unrealistic expectations about dating. I guess I'm on a drama high.",
  "slang/neologism", "passive", "web", "뽕 맞다 = be on a high from something")
I("우리 부장님 라떼는 말이야 시작하면 한 시간이야.",
  "Once our manager starts 'latte is horse', it's an hour.",
  "Once our manager starts on 'back in my day', he goes on for an hour.",
  "slang/neologism", "base", "dialogue", "라떼는 말이야 = pun on 나 때는 말이야, back in my day")
I("이 정도면 쌉가능이지.",
  "At this level it's ssap-possible.",
  "This is totally doable.",
  "slang/neologism", "base", "web", "쌉가능 = totally possible")
I("내 최애 멤버 생일이라 카페 이벤트 다녀왔어.",
  "It was my most-love member's birthday, so I went to the café event.",
  "It was my favourite member's birthday, so I went to the fan café event.",
  "slang/neologism", "past", "web", "최애 = favourite (fandom)")
