# internet slang, neologisms and Konglish (hand-written, helper lit14, 2026-12-07)
I("걔는 학교에서 완전 핵인싸야.",
  "She is a total nuclear insider at school.",
  "She's hugely popular at school; everybody knows her.",
  "slang/neologism", "base", "dialogue", "everyday; chat; 핵인싸 = very popular, sociable person")
I("조별 과제 하다가 팀원이 잠수 타서 멘붕 왔어.",
  "While doing the group project a teammate rode a dive and mental collapse came.",
  "A teammate went AWOL halfway through our group project and I totally lost it.",
  "slang/neologism", "past", "dialogue", "everyday; chat; 멘붕 = meltdown; 잠수 타다 = disappear, stop replying")
I("월급날인데 카드값 빠져나가는 거 보고 현타 왔다.",
  "It's payday but seeing the card bill go out, reality time came.",
  "It's payday, but watching the card bill come straight out brought me back down to earth.",
  "slang/neologism", "past", "web", "everyday; social post; 현타 = sobering reality check")
I("퇴근길에 붕어빵 사 먹는 게 나의 소확행이다.",
  "Buying and eating fish bread on the way home is my small-certain-happiness.",
  "Grabbing a fish-shaped pastry on the way home is one of my little pleasures.",
  "slang/neologism", "base", "web", "everyday; social post; 소확행 = small but certain happiness")
I("이 가격에 이 양이면 가성비 최고네요.",
  "With this amount at this price, the price-performance ratio is the best.",
  "You get so much for the price; it's great value for money.",
  "slang/neologism", "honorific", "web", "everyday; review; 가성비 = value for money")
I("요즘 구직자들은 연봉보다 워라밸을 더 따진다.",
  "These days job seekers consider the wo-ra-bal more than the salary.",
  "Job seekers these days care more about work-life balance than pay.",
  "slang/neologism", "base", "news", "everyday; news; 워라밸 = work-life balance")
I("새벽 다섯 시에 일어나서 운동하고 공부하고, 요즘 갓생 산다.",
  "I get up at five in the morning, exercise and study; these days I live a god life.",
  "Up at five, exercising and studying: I'm really getting my life together these days.",
  "slang/neologism", "base", "web", "everyday; social post; 갓생 = disciplined, productive life")
I("아침부터 부장님 때문에 킹받네.",
  "Since the morning I receive king because of the manager.",
  "The boss has been driving me up the wall since this morning.",
  "slang/neologism", "base", "dialogue", "everyday; chat; 킹받다 = be really annoyed")
I("그 형은 요리 만렙이라 뭐든 뚝딱 만들어.",
  "That older brother is max level at cooking, so he makes anything in a snap.",
  "He's a whizz in the kitchen; he can rustle up anything in no time.",
  "slang/neologism", "base", "dialogue", "everyday; chat; 만렙 = highly skilled")
I("웃기긴 했는데 같은 개그 세 번째는 뇌절이지.",
  "It was funny, but the third time of the same gag is brain cut.",
  "It was funny, but doing the same joke a third time is milking it.",
  "slang/neologism", "base", "web", "less common; comment; 뇌절 = take a joke too far")
I("계속 나를 무시해서 그 친구랑은 손절했어.",
  "He kept ignoring me so I did stop-loss with that friend.",
  "He kept brushing me off, so I've cut him off.",
  "slang/neologism", "past", "dialogue", "everyday; chat; 손절 = cut ties")
I("주가가 떨어질 때마다 물타기 하다가 비중이 너무 커졌다.",
  "Every time the stock fell I did water-adding, and the weight got too big.",
  "I kept averaging down every time the price dropped, and now it's far too big a part of my portfolio.",
  "slang/neologism", "past", "web", "less common; investing forum; 물타기 = average down")
I("2030 세대가 영끌해서 집을 샀다가 금리 인상에 휘청이고 있다.",
  "The 2030 generation bought houses by scraping souls and is staggering at rate hikes.",
  "Young buyers who borrowed to the hilt to buy homes are reeling from the rate rises.",
  "slang/neologism", "past", "news", "everyday; news; 영끌 = borrow every last penny")
I("집값이 오르는 동안 전세만 살던 사람들은 벼락거지가 됐다.",
  "While house prices rose, people who only lived on jeonse became lightning beggars.",
  "While prices soared, renters suddenly found themselves left behind financially.",
  "slang/neologism", "past", "news", "less common; news; 벼락거지 = suddenly poor by comparison")
I("개미들이 이번 주에만 삼성전자를 1조 원어치 사들였다.",
  "The ants bought 1 trillion won worth of Samsung Electronics this week alone.",
  "Retail investors bought a trillion won's worth of Samsung Electronics shares this week alone.",
  "slang/neologism", "past", "news", "everyday; business news; 개미 = retail investor")
I("내돈내산 후기예요, 광고 아닙니다.",
  "It is my-money-my-buy review, not an ad.",
  "I paid for this myself; this isn't a sponsored review.",
  "slang/neologism", "negated", "web", "everyday; review; 내돈내산 = bought with my own money")
I("제주도에서 인생샷 건졌다!",
  "I fished out a life shot in Jeju!",
  "Got the best photo of my life in Jeju!",
  "slang/neologism", "past", "web", "everyday; social post; 인생샷 = best photo ever")
I("성수동 핫플 다 돌아다녔는데 줄이 너무 길었어.",
  "I went around all the hot places in Seongsu-dong but the lines were too long.",
  "I did the rounds of all the trendy spots in Seongsu, but the queues were crazy.",
  "slang/neologism", "past", "web", "everyday; social post; 핫플 = trendy spot")
I("취업하려면 스펙을 쌓아야 한다는 압박이 크다.",
  "There is big pressure that you must pile up specs to get a job.",
  "There's a lot of pressure to build up your CV to get a job.",
  "slang/neologism", "base", "news", "everyday; news; 스펙 = qualifications (Konglish)")
I("돈이 없어서 백화점에서 아이쇼핑만 했어.",
  "I had no money so I only did eye shopping at the department store.",
  "I was broke, so I just went window-shopping at the department store.",
  "slang/neologism", "past", "dialogue", "everyday; dialogue; 아이쇼핑 = window-shopping (Konglish)")
I("사장님이 음료수는 서비스라고 하셨어요.",
  "The owner said the drinks are service.",
  "The owner said the drinks were on the house.",
  "slang/neologism", "honorific", "web", "everyday; review; 서비스 = free extra (Konglish)")
I("오늘 술자리에서 부장님이 원샷을 외치셨다.",
  "At today's drinking party the manager shouted one shot.",
  "At the drinks tonight the boss called out 'bottoms up!'",
  "slang/neologism", "honorific", "web", "everyday; social post; 원샷 = down in one (Konglish)")
I("물은 셀프입니다.",
  "Water is self.",
  "Water is self-service.",
  "slang/neologism", "honorific", "textbook", "everyday; restaurant sign; 셀프 = self-service (Konglish)")
I("노트북 충전하려는데 콘센트가 어디 있어요?",
  "I want to charge my laptop, where is the consent?",
  "I need to charge my laptop. Where's the socket?",
  "slang/neologism", "question", "dialogue", "everyday; dialogue; 콘센트 = power socket (Konglish)")
I("시험 중에 컨닝하다 걸려서 0점 처리됐대.",
  "He got caught doing cunning during the exam and was processed as zero points.",
  "He was caught cheating in the exam and got a zero.",
  "slang/neologism", "passive", "dialogue", "everyday; dialogue; 컨닝 = cheating in an exam (Konglish)")
I("대학 때 미팅에서 지금 남편을 만났어요.",
  "I met my current husband at a meeting in college.",
  "I met my husband on a group blind date at university.",
  "slang/neologism", "past", "web", "everyday; forum post; 미팅 = group blind date (Konglish)")
I("사고 직후 골든타임을 놓치면서 피해가 커졌다.",
  "As the golden time was missed right after the accident, the damage got bigger.",
  "The damage was made worse because the critical window right after the accident was missed.",
  "slang/neologism", "past", "news", "everyday; news; 골든타임 = critical window for rescue (Konglish)")
I("오늘 팬들 텐션이 장난 아니었어요!",
  "Today the fans' tension was no joke!",
  "The fans were on fire today!",
  "slang/neologism", "past", "web", "everyday; social post; 텐션 = energy, excitement (Konglish)")
I("대학가 원룸 월세가 또 올랐다.",
  "Monthly rent for one rooms in university areas rose again.",
  "Rents for studio flats near universities have gone up again.",
  "slang/neologism", "past", "news", "everyday; news; 원룸 = studio flat (Konglish)")
I("우리 요즘 썸 타는 중이야.",
  "We are riding some these days.",
  "We're sort of seeing each other at the moment; it's not official yet.",
  "slang/neologism", "base", "dialogue", "everyday; chat; 썸 타다 = be in a not-yet-official romance")
I("밀당 그만하고 솔직하게 말해.",
  "Stop pushing and pulling and say honestly.",
  "Stop playing games and just tell me straight.",
  "slang/neologism", "base", "dialogue", "everyday; subtitles; 밀당 = play hard to get")
I("어제 보낸 카톡 읽씹당했어.",
  "The KakaoTalk I sent yesterday got read-and-chewed.",
  "He left my message from yesterday on read.",
  "slang/neologism", "passive", "dialogue", "everyday; chat; 읽씹 = read a message and not reply")
I("친구가 팩폭해서 할 말이 없었다.",
  "My friend did a fact bombing so I had nothing to say.",
  "My friend told me some home truths and I had nothing to say.",
  "slang/neologism", "past", "web", "less common; social post; 팩폭 = brutal truth")
I("치킨에는 맥주가 국룰이지.",
  "Beer is the national rule with chicken.",
  "Fried chicken has to come with beer; that's the rule.",
  "slang/neologism", "base", "dialogue", "less common; chat; 국룰 = unwritten standard")
I("오늘 부장님 말 듣고 퇴사각 잡았다.",
  "After listening to the manager today I grabbed the resignation angle.",
  "After what the boss said today, I'm seriously thinking of quitting.",
  "slang/neologism", "past", "web", "less common; social post; 퇴사각 = time to quit")
I("오늘은 할 일 다 끝내서 칼퇴할 거야.",
  "I finished everything today, so I will knife-leave.",
  "I've finished everything, so I'm leaving on the dot today.",
  "slang/neologism", "base", "dialogue", "everyday; chat; 칼퇴 = leave exactly on time")
I("저 사람은 하루 종일 인터넷 쇼핑만 하는 월급루팡이야.",
  "That person is a salary Lupin who only does internet shopping all day.",
  "He spends all day shopping online while drawing a salary for doing nothing.",
  "slang/neologism", "base", "web", "less common; comment; 월급루팡 = employee who does no work")
I("청년 인턴에게 열정페이를 강요하는 관행이 여전하다.",
  "The practice of forcing passion pay on young interns still continues.",
  "Young interns are still routinely expected to work for next to nothing.",
  "slang/neologism", "base", "news", "less common; news; 열정페이 = exploitatively low pay")
I("신임 본부장이 낙하산 인사라는 비판이 나왔다.",
  "Criticism came out that the new head is a parachute personnel appointment.",
  "The new division head has been criticised as a political appointee.",
  "household", "past", "news", "everyday; news; 낙하산 = appointment through connections")
I("일주일 동안 삽질만 하다가 결국 처음 방식으로 돌아갔어.",
  "I only did shovel work for a week and eventually went back to the first method.",
  "I spent a week getting nowhere and ended up going back to the original approach.",
  "slang/neologism", "past", "web", "everyday; developer forum; 삽질 = wasted effort")
I("사건 끝난 지 한 달인데 이제 와서 뒷북이야?",
  "The case ended a month ago and now you come beating the back drum?",
  "It's been over for a month. Where have you been?",
  "slang/neologism", "question", "dialogue", "less common; dialogue; 뒷북 = belated reaction")
I("논란이 커지자 그 유튜버는 버로우를 탔다.",
  "When the controversy grew, that YouTuber rode the burrow.",
  "As the controversy grew, the YouTuber went to ground.",
  "slang/neologism", "past", "web", "less common; comment; 버로우 타다 = lie low")
I("이 게임은 현질 안 하면 진행이 안 돼.",
  "In this game if you don't do cash-ing, progress doesn't happen.",
  "You can't get anywhere in this game unless you pay.",
  "slang/neologism", "negated", "web", "less common; game review; 현질 = spend real money in a game")
I("이 서버는 고인물밖에 없어서 뉴비가 못 버텨.",
  "This server has only stagnant water, so newbies can't endure.",
  "This server is full of hardcore veterans, so newcomers don't last.",
  "slang/neologism", "negated", "web", "less common; game forum; 고인물 = entrenched veteran")
I("자취생 꿀팁 몇 개 공유할게요.",
  "I will share a few honey tips for people living alone.",
  "Here are a few handy tips for people living on their own.",
  "slang/neologism", "honorific", "web", "everyday; blog; 꿀팁 = useful tip")
I("몇 년째 가입만 하고 눈팅만 하다가 처음 글 써요.",
  "I only joined for years and only did eye-ting, and I write a post for the first time.",
  "I've been lurking here for years and this is my first post.",
  "slang/neologism", "honorific", "web", "less common; forum post; 눈팅 = lurk")
I("비트코인 가즈아!",
  "Bitcoin, let's goooo to!",
  "Come on, Bitcoin, to the moon!",
  "slang/neologism", "base", "web", "less common; investing forum; 가즈아 = here we go (hoping for a rise)")
I("옆집 아들은 명문대 나와서 대기업 다니는 엄친아래.",
  "The neighbour's son is a mom's friend's son who graduated from a top university and works at a conglomerate.",
  "The neighbours' son is the perfect child: top university and a job at a big company.",
  "slang/neologism", "base", "dialogue", "everyday; dialogue; 엄친아 = the paragon child parents compare you to")
I("흙수저로 태어나서 집 사는 건 꿈도 못 꿔.",
  "Born as a dirt spoon, I can't even dream of buying a house.",
  "Coming from nothing, I can't even dream of buying a home.",
  "slang/neologism", "negated", "web", "everyday; comment; 흙수저 = born poor")
I("라떼는 말이야, 밤새 일해도 불평 안 했어.",
  "Latte is a horse, even if we worked all night we didn't complain.",
  "Back in my day, we worked all night and never complained.",
  "slang/neologism", "split", "dialogue", "everyday; subtitles; 라떼는 말이야 = back in my day (pun on 나 때는)")
I("답정너처럼 굴지 말고 내 의견도 좀 들어 봐.",
  "Don't act like answer-decided-you-just-say and listen to my opinion too.",
  "Don't ask me if you've already made up your mind; actually listen to what I think.",
  "slang/neologism", "negated", "dialogue", "less common; chat; 답정너 = someone who asks only to hear their own answer")
I("그건 사바사라서 뭐라고 말하기 어려워.",
  "That is case-by-case-by-person so it's hard to say.",
  "It really depends on the person, so it's hard to say.",
  "slang/neologism", "base", "dialogue", "less common; chat; 사바사 = depends on the person")
I("하청업체에 대한 대기업의 갑질이 결국 법정 다툼으로 번졌다.",
  "The conglomerate's gap-behaviour toward subcontractors eventually spread to a court fight.",
  "The conglomerate's bullying of its subcontractors has ended up in court.",
  "slang/neologism", "past", "news", "everyday; news; 갑질 = abuse of power by the stronger party")
I("중학교 때 싸이월드 사진은 내 흑역사야.",
  "The Cyworld photos from middle school are my black history.",
  "My Cyworld photos from middle school are my most embarrassing past.",
  "slang/neologism", "base", "web", "everyday; social post; 흑역사 = embarrassing past")
I("그 말 듣고 개념을 안드로메다로 보냈냐고 묻고 싶었다.",
  "Hearing that, I wanted to ask whether he had sent his concept to Andromeda.",
  "When I heard that I wanted to ask if he'd taken leave of his senses.",
  "slang/neologism", "question", "web", "less common; comment; 개념을 안드로메다로 보내다 = lose all common sense")
I("이번 주 내내 이불 밖은 위험해 모드야.",
  "All this week I'm in outside-the-blanket-is-dangerous mode.",
  "I'm in full hibernation mode this week; not leaving the house.",
  "slang/neologism", "base", "web", "less common; social post; 이불 밖은 위험해 = staying home is safest")
I("부모님한테 빨대 꽂고 사는 것도 이제 그만해야지.",
  "I must now stop living with a straw stuck into my parents.",
  "I really need to stop sponging off my parents.",
  "slang/neologism", "base", "web", "less common; forum post; 빨대 꽂다 = live off someone")
I("심장이 쫄깃해지는 마지막 10분이었습니다.",
  "It was the last 10 minutes when the heart became chewy.",
  "The last ten minutes had my heart in my mouth.",
  "slang/neologism", "adnominal", "news", "less common; sports news; 심장이 쫄깃하다 = be on tenterhooks")
I("유튜버가 식당에서 돈 안 내고 먹튀했다는 의혹이 제기됐다.",
  "Suspicions were raised that a YouTuber did eat-and-run without paying at a restaurant.",
  "A YouTuber is alleged to have done a runner from a restaurant without paying.",
  "slang/neologism", "passive", "news", "everyday; news; 먹튀 = leave without paying / take the money and run")
I("오늘은 내가 쏠게!",
  "Today I will shoot!",
  "It's on me today!",
  "slang/neologism", "base", "dialogue", "everyday; chat; 쏘다 = treat someone")
