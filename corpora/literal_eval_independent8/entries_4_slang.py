# slang and neologisms: games, military, school, workplace, online, money (hand-written, helper lit8, 2026-12-07)
I("이 게임은 고인물밖에 없어서 뉴비가 못 버텨.",
  "This game has nothing but stagnant water, so newbies can't last.",
  "This game is full of hardcore veterans, so newcomers don't last.", "slang/neologism", "negated", "web", "고인물 = entrenched veteran players")
I("나 이번 판 완전 버스 탔어.",
  "I totally rode the bus this round.",
  "I got completely carried this round.", "slang/neologism", "past", "dialogue", "버스 타다 = be carried by teammates")
I("짬밥이 몇 년인데 그것도 몰라?",
  "How many years of leftover rice have you got, and you don't know that?",
  "After all these years on the job, you don't know that?", "slang/neologism", "question", "dialogue", "짬밥 = seniority (military)")
I("군대에서 꿀보직 걸렸다며?",
  "I heard you got a honey post in the army?",
  "I heard you landed a cushy posting in the army?", "slang/neologism", "question", "dialogue", "꿀보직 = cushy post")
I("말년 병장은 떨어지는 낙엽도 조심하라잖아.",
  "They say a final-year sergeant should be careful even of falling leaves.",
  "When you're about to be discharged, you don't take any chances.", "slang/neologism", "split", "dialogue", "말년 병장 = soldier about to be discharged")
I("훈련소에서 하루 종일 뺑뺑이 돌았어.",
  "At boot camp I turned the spinning wheel all day.",
  "At boot camp they ran us ragged all day.", "slang/neologism", "past", "dialogue", "뺑뺑이 돌다 = punishment drills")
I("오늘은 무슨 일이 있어도 칼퇴할 거야.",
  "Today, no matter what, I'm going to knife-leave.",
  "Today I'm leaving on the dot, no matter what.", "slang/neologism", "base", "dialogue", "칼퇴 = leave work exactly on time")
I("옆 팀 과장 완전 월급루팡이야.",
  "The manager on the next team is a total salary Lupin.",
  "The manager on the next team does nothing but collect his pay.", "slang/neologism", "base", "web", "월급루팡 = salary thief")
I("회식 자리에서는 낄끼빠빠 좀 해라.",
  "At staff dinners, do kkil-kki-ppa-ppa a bit.",
  "At work dinners, learn when to join in and when to stay out of it.", "slang/neologism", "base", "dialogue", "낄끼빠빠 = know when to join and leave")
I("골목에서 고양이가 갑툭튀해서 깜짝 놀랐어.",
  "A cat gap-tuk-twi'd from the alley and I was startled.",
  "A cat suddenly popped out of the alley and made me jump.", "slang/neologism", "past", "dialogue", "갑툭튀 = pop out of nowhere")
I("주가 떨어질 때마다 물타기 했다가 더 물렸어.",
  "Every time the stock fell I poured water and got bitten more.",
  "I kept averaging down as the price fell and just ended up more stuck.", "slang/neologism", "passive", "web", "물타기/물리다 = average down/be stuck in a losing stock")
I("이번 폭락장에서도 결국 개미들만 손해를 봤다.",
  "In this crash too, in the end only the ants took a loss.",
  "In this crash, too, it was retail investors who took the hit.", "slang/neologism", "past", "news", "개미 = retail investor")
I("가입은 했는데 아직 눈팅만 해요.",
  "I signed up but I only eye-ting so far.",
  "I've signed up, but so far I just lurk.", "slang/neologism", "honorific", "web", "눈팅 = lurk")
I("댓글 다는 거 보니까 저 사람 완전 관종이네.",
  "Looking at his comments, that person is a total attention species.",
  "Judging by his comments, he's a total attention seeker.", "slang/neologism", "base", "web", "관종 = attention seeker")
I("어제 고백했는데 읽씹당했어.",
  "I confessed yesterday and got read-chewed.",
  "I confessed my feelings yesterday and got left on read.", "slang/neologism", "passive", "dialogue", "읽씹 = read and ignore")
I("답정너 질문은 정중히 사양합니다.",
  "I politely decline answer-decided-you-just-answer questions.",
  "Please don't ask me questions when you've already decided what you want to hear.", "slang/neologism", "honorific", "web", "답정너")
I("정치권의 내로남불에 국민들의 피로감이 커지고 있다.",
  "People's fatigue is growing at the political world's if-I-do-it-romance-if-you-do-it-affair.",
  "The public is increasingly weary of politicians' double standards.", "slang/neologism", "base", "news", "내로남불 = double standards")
I("사장한테 할 말 다 한 거 완전 사이다였다.",
  "Saying everything to the boss was totally cider.",
  "Telling the boss exactly what you thought was so satisfying.", "slang/neologism", "past", "web", "사이다 = satisfying")
I("이 드라마 주인공은 너무 고구마라서 못 보겠어.",
  "The main character of this drama is too sweet potato, so I can't watch.",
  "The lead in this drama is so frustrating I can't watch it.", "slang/neologism", "negated", "web", "고구마 = frustrating")
I("명품 가방 사고 나서 현타 왔어.",
  "After buying a luxury bag, reality-time came.",
  "After I bought a designer bag, I had a reality check.", "slang/neologism", "past", "dialogue", "현타 = reality check, post-purchase regret")
I("교수님 말씀이 너무 뼈 때려서 할 말이 없었다.",
  "The professor's words hit the bone so much that I had nothing to say.",
  "What the professor said hit so close to home that I had no answer.", "slang/neologism", "past", "web", "뼈 때리다 = painfully true")
I("치킨에는 맥주가 국룰이지.",
  "With chicken, beer is the national rule.",
  "Fried chicken means beer; that's just how it is.", "slang/neologism", "base", "web", "국룰 = unwritten rule")
I("우리 아빠는 설거지 만렙이셔.",
  "My dad is ten-thousand-level at dishwashing.",
  "My dad is a pro at doing the dishes.", "slang/neologism", "honorific", "web", "만렙 = expert")
I("이 게임은 현질 안 하면 절대 못 이겨.",
  "In this game you can never win if you don't do cash-work.",
  "You can never win this game unless you pay real money.", "slang/neologism", "negated", "web", "현질 = paying real money in games")
I("아직 쪼렙이라 던전에 못 들어가.",
  "I'm still jjo-level so I can't go into the dungeon.",
  "I'm still low-level, so I can't enter the dungeon.", "slang/neologism", "negated", "dialogue", "쪼렙 = low level")
I("야자 째고 PC방 갔다가 담임한테 걸렸어.",
  "I tore night self-study, went to the PC room and got caught by my homeroom teacher.",
  "I skipped evening study hall, went to an internet café and got caught by my form teacher.", "slang/neologism", "passive", "dialogue", "야자 째다 = skip evening self-study")
I("걔 중학교 때 일진이었대.",
  "They say he was first-rank in middle school.",
  "Apparently he was one of the school bullies in middle school.", "slang/neologism", "past", "dialogue", "일진 = school gang member")
I("중학교 때 1년 내내 빵셔틀 당했어.",
  "In middle school I got bread-shuttled for a whole year.",
  "In middle school I was bullied into fetching snacks for other kids for a whole year.", "slang/neologism", "passive", "web", "빵셔틀 = bullied errand-runner")
I("사촌 형이 완전 엄친아라 명절마다 비교당해.",
  "My cousin is a total mom's-friend's-son, so I get compared every holiday.",
  "My cousin is the golden boy everyone compares me to, so every holiday I hear about it.", "slang/neologism", "passive", "web", "엄친아 = paragon")
I("흙수저라 내 집 마련은 꿈도 못 꿔.",
  "I'm a dirt spoon, so I can't even dream of getting my own house.",
  "I come from nothing, so owning a home is out of the question.", "slang/neologism", "negated", "web", "흙수저 = born poor")
I("진짜 헬조선 탈출하고 싶다.",
  "I really want to escape Hell Joseon.",
  "I really want to get out of this miserable country.", "slang/neologism", "base", "web", "헬조선")
I("이번 회식 역대급 노잼이었어.",
  "This staff dinner was all-time-level no-jam.",
  "That was the most boring work dinner ever.", "slang/neologism", "past", "dialogue", "노잼/역대급 = boring/unprecedented")
I("나 새 학교에서 완전 아싸야.",
  "I'm a total outsa at my new school.",
  "I'm a total loner at my new school.", "slang/neologism", "base", "dialogue", "아싸 = loner")
I("나 그 노래 모르는데 문찐인가?",
  "I don't know that song; am I a culture-jjin?",
  "I don't know that song. Am I out of touch?", "slang/neologism", "question", "dialogue", "문찐 = culturally out of touch")
I("돈 문제로 그 친구랑은 손절했어.",
  "Over money, I did a stop-loss sale on that friend.",
  "I cut that friend off over money.", "slang/neologism", "past", "dialogue", "손절 = cut someone off")
I("아 진짜 팀원들 때문에 킹받네.",
  "Ah, really, I'm king-receiving because of my teammates.",
  "Ugh, my teammates are driving me up the wall.", "slang/neologism", "base", "web", "킹받다 = be very annoyed")
I("그 선수 기록 보면 이건 그냥 억까잖아.",
  "Look at that player's stats; this is just forced-peeling.",
  "Look at his stats; this is just hating for the sake of it.", "slang/neologism", "base", "web", "억까 = unfair criticism")
I("스불재야, 내가 신청한 거니까 뭐라 할 수도 없어.",
  "It's a self-summoned disaster; I applied for it so I can't even say anything.",
  "I brought this on myself; I'm the one who signed up, so I can't complain.", "slang/neologism", "negated", "web", "스불재 = self-inflicted")
I("중꺾마 정신으로 끝까지 가 봅시다!",
  "Let's go to the end with the spirit of what-matters-is-the-unbroken-heart!",
  "Let's see this through; what matters is not giving up!", "slang/neologism", "honorific", "web", "중꺾마")
I("이번 신입은 알잘딱깔센하게 일을 처리해.",
  "This new hire handles work al-jal-ttak-kkal-sen.",
  "The new hire just gets things done smartly without being told.", "slang/neologism", "base", "dialogue", "알잘딱깔센")
I("올해는 진짜 갓생 살아 보려고.",
  "This year I'm really going to try living a god-life.",
  "This year I'm really going to try to get my life together.", "slang/neologism", "base", "web", "갓생 = productive life")
I("그 유튜버 논란 터지고 완전히 나락 갔어.",
  "After the controversy burst, that YouTuber completely went to the abyss.",
  "That YouTuber's career completely tanked after the scandal.", "slang/neologism", "past", "web", "나락 가다 = downfall")
I("자취 3년 차의 꿀팁 공유합니다.",
  "Sharing honey tips from my third year living alone.",
  "Here are some handy tips from three years of living on my own.", "slang/neologism", "honorific", "web", "꿀팁 = useful tip")
I("그 사람은 줄을 잘 서서 임원까지 올라갔지.",
  "He stood in the right line and went up to executive.",
  "He backed the right people and rose to executive.", "slang/neologism", "past", "dialogue", "줄을 서다 = attach oneself to a faction")
I("수업 땡땡이 치고 영화 보러 갔다.",
  "I struck ttaeng-ttaeng-i on class and went to see a movie.",
  "I skipped class and went to see a film.", "slang/neologism", "past", "textbook", "땡땡이 치다 = play truant")
I("새 대표가 취임하면서 임원진 대폭 물갈이가 단행됐다.",
  "As the new CEO took office, a large-scale water change of the executives was carried out.",
  "The new CEO's arrival brought a sweeping shake-up of the executive team.", "slang/neologism", "passive", "news", "물갈이 = replace personnel")
I("수도권을 중심으로 깡통 전세 피해가 잇따르고 있다.",
  "Tin-can jeonse damage is continuing, centred on the capital area.",
  "Tenants in the capital region keep losing their deposits on underwater jeonse leases.", "slang/neologism", "base", "news", "깡통 전세 = lease worth more than the home")
I("영끌해서 집 샀는데 금리가 올라 버렸어.",
  "I pulled up even my soul and bought a house, and the interest rate went up.",
  "I borrowed every penny I could to buy a house, and then interest rates went up.", "slang/neologism", "past", "dialogue", "영끌 = borrow to the hilt")
I("집값이 폭등하는 바람에 하루아침에 벼락거지가 됐다.",
  "Because house prices skyrocketed, I became a lightning beggar overnight.",
  "House prices shot up, and overnight I was poor by comparison.", "slang/neologism", "past", "web", "벼락거지 = suddenly relatively poor")
I("빚투로 주식 했다가 큰일 났어.",
  "I did stocks with debt-too and got into big trouble.",
  "I bought stocks with borrowed money and now I'm in real trouble.", "slang/neologism", "past", "dialogue", "빚투 = investing with debt")
I("불금인데 다들 뭐 해?",
  "It's fire Friday, what's everyone doing?",
  "It's Friday night! What's everyone up to?", "slang/neologism", "question", "web", "불금 = Friday night out")
I("경찰은 출근길 교차로 꼬리물기를 집중 단속한다.",
  "The police will intensively crack down on tail-biting at intersections during the morning commute.",
  "Police will crack down on drivers blocking intersections during the morning rush.", "slang/neologism", "nominalised", "news", "꼬리물기 = blocking the box")
I("자대 가면 이불을 칼각으로 개야 돼.",
  "When you get to your unit, you have to fold the blanket at knife angle.",
  "Once you're posted to your unit, you have to fold your bedding with razor-sharp corners.", "slang/neologism", "base", "dialogue", "칼각 = precise angles (military)")
I("그만해, 그 드립은 이제 뇌절이야.",
  "Stop, that drip is brain-cut now.",
  "Stop, you're running that joke into the ground.", "slang/neologism", "base", "dialogue", "뇌절 = overdo a joke")
I("방학이라 잼민이들 때문에 게임을 못 하겠네.",
  "Because it's the holidays, I can't play the game because of the jaemmini.",
  "It's the school holidays, and all the annoying kids online are making the game unplayable.", "slang/neologism", "negated", "web", "잼민이 = annoying kid")
I("하루 종일 삽질만 하다가 퇴근했다.",
  "I only did shovel-work all day and then left work.",
  "I spent the whole day getting nowhere and went home.", "slang/neologism", "past", "web", "삽질 = futile effort")
I("마감 전날 파일이 날아가서 멘탈 나갔어.",
  "My file flew away the day before the deadline and my mental went out.",
  "I lost my file the day before the deadline and totally fell apart.", "slang/neologism", "past", "dialogue", "멘탈이 나가다 = break down")
I("이 드라마는 발암 캐릭터가 너무 많아.",
  "This drama has too many carcinogenic characters.",
  "This drama has far too many infuriating characters.", "slang/neologism", "base", "web", "발암 = infuriating")
I("중학교 때 싸이월드는 내 흑역사야.",
  "My Cyworld from middle school is my black history.",
  "My middle-school Cyworld page is my embarrassing past.", "slang/neologism", "base", "web", "흑역사 = embarrassing past")
I("주말에 그 드라마 1화부터 정주행했어.",
  "At the weekend I drove forward through that drama from episode one.",
  "At the weekend I binge-watched that drama from episode one.", "slang/neologism", "past", "dialogue", "정주행 = binge-watch in order")
I("6년 전 발표된 노래가 차트 역주행 중이다.",
  "A song released six years ago is driving the wrong way on the chart.",
  "A song released six years ago is climbing back up the charts.", "slang/neologism", "base", "news", "역주행 = chart comeback")
I("그 미소에 완전 심쿵했잖아.",
  "My heart went kung completely at that smile.",
  "That smile made my heart skip a beat.", "slang/neologism", "past", "web", "심쿵")
I("친구한테 연애 상담했다가 팩폭만 당했어.",
  "I asked my friend for dating advice and only got fact-assaulted.",
  "I asked my friend for dating advice and just got hit with some brutal home truths.", "slang/neologism", "passive", "dialogue", "팩폭 = harsh truth")
I("아이돌 덕질에 월급 절반을 써.",
  "I spend half my salary on idol deok-jil.",
  "I spend half my salary on being an idol fan.", "slang/neologism", "base", "web", "덕질 = fan activities")
I("그 직캠 보고 입덕했습니다.",
  "I entered deok after seeing that fancam.",
  "That fancam turned me into a fan.", "slang/neologism", "honorific", "web", "입덕 = become a fan")
I("휴대폰 매장에서 완전 호갱 당했어.",
  "I got completely tiger-customered at the phone shop.",
  "I got totally ripped off at the phone shop.", "slang/neologism", "passive", "dialogue", "호갱 = easy mark")
I("월급날 다음 날이면 통장이 텅장 돼.",
  "The day after payday, my bankbook becomes an empty-book.",
  "My account's empty the day after payday.", "slang/neologism", "base", "web", "텅장 = empty account")
I("걔 금사빠라서 또 고백했대.",
  "He's a fall-in-love-fast, so he confessed again, they say.",
  "He falls for people so easily; apparently he's told someone he likes them again.", "slang/neologism", "past", "dialogue", "금사빠")
I("나 스물일곱인데 아직 모태솔로야.",
  "I'm twenty-seven and still a solo from the womb.",
  "I'm twenty-seven and I've never been in a relationship.", "slang/neologism", "base", "dialogue", "모태솔로")
I("요즘 회사 동기랑 썸 타는 중이야.",
  "These days I'm riding some with a coworker from my intake.",
  "I've got a thing going with someone from my intake at work.", "slang/neologism", "base", "dialogue", "썸 타다 = flirt, almost dating")
I("그 사람은 너 말고도 어장관리 하는 거야.",
  "That person is doing fish-farm management, not just you.",
  "He's stringing you along, and you're not the only one.", "slang/neologism", "base", "dialogue", "어장관리 = keep people on the hook")
I("걔 철벽이 장난 아니라서 아무도 못 다가가.",
  "Her iron wall is no joke, so nobody can approach.",
  "She keeps everyone at such a distance that nobody can get close.", "slang/neologism", "negated", "web", "철벽 = unapproachable")
I("그 부서는 요즘 완전 꿀 빨고 있더라.",
  "That department is totally sucking honey these days.",
  "That department has it really easy these days.", "slang/neologism", "base", "dialogue", "꿀 빨다 = have it easy")
I("라떼는 말이야, 토요일에도 출근했어.",
  "Latte is, you know, we went to work on Saturdays too.",
  "Back in my day, we worked Saturdays too.", "slang/neologism", "past", "dialogue", "라떼는 = pun on 나 때는, back in my day")
I("지하철에서 그 영상 보다가 현웃 터져서 민망했어.",
  "I was watching that video on the subway and reality-laugh burst, so I was embarrassed.",
  "I burst out laughing at that video on the subway; so embarrassing.", "slang/neologism", "past", "dialogue", "현웃 = laugh out loud")
I("그 댓글 보고 빵 터졌음.",
  "I saw that comment and burst bang.",
  "That comment cracked me up.", "slang/neologism", "past", "web", "빵 터지다 = crack up")
I("사장 조카라고 아무것도 안 하고 월급 받는 거 보면 열불 나.",
  "Seeing the boss's nephew do nothing and get paid makes my fire-heat rise.",
  "Seeing the boss's nephew get paid for doing nothing makes me livid.", "emotion", "base", "web", "열불 나다 = be furious")
