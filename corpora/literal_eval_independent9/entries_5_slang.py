# internet, school, military, workplace, gaming, fandom and money slang and abbreviations (hand-written, helper lit9, 2026-12-07)
I("본사 직원의 갑질 논란으로 불매 운동까지 벌어졌다.",
  "Due to the gap-jil controversy of a head office employee, even a boycott movement broke out.",
  "A head-office employee's abuse of power toward franchise owners has sparked a boycott.",
  "slang/neologism", "past", "news", "갑질 'abuse of power by a superior party'; half-romanised")
I("자취생을 위한 설거지 꿀팁 공유합니다.",
  "I share honey tips for dishwashing for people living alone.",
  "Here are some handy dishwashing hacks for people living on their own.",
  "slang/neologism", "honorific", "web", "꿀팁 'handy tip'")
I("그 영화 핵노잼이야, 보지 마.",
  "That movie is nuclear no-fun, don't watch it.",
  "That film is mind-numbingly boring — don't bother.",
  "slang/neologism", "negated", "dialogue", "핵노잼 'extremely boring'")
I("나는 대학 내내 완전 아싸였어.",
  "I was a complete outsi throughout university.",
  "I was a total loner all through university.",
  "slang/neologism", "past", "web", "아싸 'outsider, loner'; clipped loanword")
I("아 진짜 킹받네, 또 튕겼어.",
  "Ah really, king-receive, it bounced again.",
  "Ugh, this is so infuriating — it crashed again.",
  "slang/neologism", "base", "web", "킹받네 'so annoying' and 튕기다 'crash (app)'; gaming")
I("네가 뭐라든 어쩔티비 저쩔티비.",
  "Whatever you say, what-will-you-do TV, that-will-you-do TV.",
  "Whatever you say — like I care.",
  "slang/neologism", "base", "dialogue", "어쩔티비 'so what'; schoolchildren's slang")
I("중꺾마 정신으로 끝까지 포기하지 않았다.",
  "With the spirit of the important thing is the unbroken mind, they didn't give up until the end.",
  "They never gave up, true to their never-say-die spirit.",
  "slang/neologism", "negated", "news", "중꺾마 'what matters is an unbroken spirit'; sport, esports")
I("올해는 새벽 다섯 시에 일어나서 갓생 살기로 했어.",
  "This year I decided to get up at 5 a.m. and live a god life.",
  "This year I'm getting up at 5 a.m. and getting my life together.",
  "slang/neologism", "past", "web", "갓생 'productive, disciplined life'")
I("그 예능은 출연자들 억텐이 너무 심해.",
  "In that variety show, the cast's forced tension is too severe.",
  "The cast on that variety show are way too fake-hyped.",
  "slang/neologism", "base", "web", "억텐 'forced enthusiasm'; tension = excitement in Konglish; entertainment")
I("신입인데 일 처리가 알잘딱깔센이네.",
  "He is a newcomer but his work handling is al-jal-ttak-kkal-sen.",
  "He's new, but he just gets things done — neatly and without being told.",
  "slang/neologism", "base", "dialogue", "알잘딱깔센 'competently and tidily, on one's own initiative'; workplace")
I("마감 전날 밤새는 건 완전 스불재지.",
  "Staying up all night before the deadline is completely seu-bul-jae.",
  "Pulling an all-nighter before the deadline — that's entirely my own fault.",
  "slang/neologism", "base", "web", "스불재 'a disaster one brought on oneself'")
I("이거 광고 아니고 내돈내산 후기예요.",
  "This is not an ad, it's a my-money-my-purchase review.",
  "This isn't sponsored — I paid for it myself.",
  "slang/neologism", "negated", "web", "내돈내산 'bought with my own money'; review")
I("오늘 데이트룩은 꾸안꾸 느낌으로 입었어.",
  "Today's date look I wore with a decorated-not-decorated feeling.",
  "I went for an effortlessly chic look for today's date.",
  "slang/neologism", "past", "web", "꾸안꾸 'dressed up but looks effortless'")
I("연봉은 좀 적어도 워라밸 좋은 회사로 옮기고 싶어.",
  "Even if the annual salary is a bit less, I want to move to a company with good wo-ra-bal.",
  "I'd like to move to a company with a good work-life balance, even for less money.",
  "slang/neologism", "adnominal", "dialogue", "워라밸 'work-life balance', clipped")
I("오늘은 무슨 일이 있어도 칼퇴한다.",
  "Today I knife-leave no matter what.",
  "I'm leaving on the dot today, no matter what.",
  "slang/neologism", "base", "web", "칼퇴 'leave work on time'")
I("옆자리 과장님은 하루 종일 월급루팡이야.",
  "The section chief next to me is a salary Lupin all day.",
  "The manager next to me does nothing all day but draw his salary.",
  "slang/neologism", "base", "web", "월급루팡 'idle employee'; workplace")
I("너무 부담 갖지 마, 그건 사바사야.",
  "Don't hold too much burden, that's sa-ba-sa.",
  "Don't stress about it — it depends on the person.",
  "slang/neologism", "negated", "dialogue", "사바사 'person by person'")
I("우리 아직 사귀는 건 아니고 썸 타는 중이야.",
  "We are not dating yet, we are riding some.",
  "We're not officially together yet — we're just seeing where it goes.",
  "slang/neologism", "negated", "dialogue", "썸 타다 'be in a will-they-won't-they phase'")
I("퇴근하고 한강 보면서 한 시간 동안 멍때렸어.",
  "After work I hit blank for an hour looking at the Han River.",
  "After work I just zoned out by the Han River for an hour.",
  "slang/neologism", "past", "web", "멍때리다 'space out'")
I("통장 잔고 보고 현타 제대로 왔다.",
  "Seeing my bank balance, reality time properly came.",
  "Seeing my bank balance was a real wake-up call.",
  "slang/neologism", "past", "web", "현타 'sobering reality check'")
I("치킨엔 맥주가 국룰이지.",
  "With chicken, beer is the national rule.",
  "Chicken and beer — that's just how it's done.",
  "slang/neologism", "base", "dialogue", "국룰 'unwritten rule'; 치맥")
I("데뷔 때부터 함께한 찐팬들이 공항을 가득 메웠다.",
  "Steamed fans who have been together since the debut filled the airport.",
  "Die-hard fans who had followed the group since its debut packed the airport.",
  "slang/neologism", "past", "news", "찐 'real, genuine'; entertainment")
I("우리 엄마는 김치찌개 만렙이야.",
  "My mom is level ten-thousand at kimchi stew.",
  "My mum is an absolute master at kimchi stew.",
  "slang/neologism", "base", "dialogue", "만렙 'max level, expert'; gaming loan")
I("형 덕분에 이번 판 버스 탔다.",
  "Thanks to you, bro, I rode the bus this round.",
  "You carried me this round, man.",
  "slang/neologism", "past", "web", "버스 타다 'be carried by a stronger player'; gaming; 형 'bro'")
I("이 게임은 이제 고인물들만 남아서 뉴비가 버티기 힘들다.",
  "In this game only stagnant water is left now, so it's hard for newbies to survive.",
  "Only hardcore veterans still play this game, so it's tough for newcomers to hang on.",
  "slang/neologism", "base", "web", "고인물 'entrenched veteran'; gaming")
I("결국 참지 못하고 스킨 사려고 현질했다.",
  "In the end I couldn't hold out and did cash-ing to buy a skin.",
  "I caved in the end and paid real money for a skin.",
  "slang/neologism", "past", "web", "현질 'spend real money in a game'; gaming")
I("그 애는 중학교 때 빵셔틀을 했다고 털어놨다.",
  "That kid confessed that he did bread shuttle in middle school.",
  "He admitted that bullies used to make him run errands for them in middle school.",
  "slang/neologism", "past", "news", "빵셔틀 'bullied errand boy'; school")
I("고등학교 때 친구랑 야자 째고 PC방 갔었지.",
  "In high school I cut night self with my friend and went to the PC room.",
  "In high school my friend and I used to skip evening study hall and go to the internet café.",
  "slang/neologism", "past", "dialogue", "야자 'evening self-study' and 째다 'skip'; PC방; school")
I("고2인데 벌써 수포자가 됐어요.",
  "I'm a high-2 but I already became a math-give-up-er.",
  "I'm only in my second year of high school and I've already given up on maths.",
  "slang/neologism", "past", "web", "수포자 'student who has given up on maths'; school")
I("군대에서 짬 좀 찼다고 후임들한테 일을 다 떠넘기더라.",
  "Because his leftover rice filled up a bit in the army, he passed all the work to juniors.",
  "Once he'd been in the army a while, he started dumping all the work on the new guys.",
  "slang/neologism", "past", "dialogue", "짬이 차다 'gain seniority'; military")
I("말년 병장이라 요즘 군기가 다 빠졌어.",
  "Because I'm a last-year sergeant, my military spirit has all leaked out these days.",
  "I'm a sergeant with only weeks left, so I've pretty much stopped trying.",
  "slang/neologism", "past", "dialogue", "말년 병장 and 군기가 빠지다; military")
I("훈련소에서 한 달 내내 뺑이쳤다.",
  "At boot camp I hit ppaeng-i for a whole month.",
  "I was run ragged for a whole month at boot camp.",
  "slang/neologism", "past", "web", "뺑이치다 'toil'; military")
I("이번 주말엔 각 잡고 시험공부 할 거야.",
  "This weekend I will grab the angle and study for the exam.",
  "This weekend I'm going to knuckle down and study for my exam.",
  "slang/neologism", "base", "dialogue", "각 잡다 'get serious'; military origin")
I("선임이 하기 싫은 일은 다 짬처리 당했어.",
  "All the work the senior didn't want to do was leftover-processed onto me.",
  "Every job my senior didn't fancy doing got dumped on me.",
  "slang/neologism", "passive", "web", "짬처리 'offload onto a junior'; military, workplace")
I("요즘 가슴에 사직서를 품고 출근해.",
  "These days I go to work holding a resignation letter in my chest.",
  "These days I go to work ready to quit at any moment.",
  "slang/neologism", "base", "web", "사직서를 품다 'be on the verge of quitting'; workplace")
I("물어봐도 영혼 없는 대답만 돌아온다.",
  "Even when I ask, only answers without a soul come back.",
  "Whenever I ask, all I get is a half-hearted answer.",
  "slang/neologism", "adnominal", "web", "영혼 없는 'perfunctory'")
I("남편이 지방 발령 나서 1년째 독박 육아 중이에요.",
  "My husband got posted to the provinces, so I've been doing poison-gwangbak childcare for a year.",
  "My husband was posted out of town, so I've been raising our kid single-handed for a year.",
  "slang/neologism", "honorific", "web", "독박 육아 'solo childcare'; term from the card game Go-Stop")
I("탕비실에서 팀장님 뒷담화하다가 딱 걸렸어.",
  "I got caught exactly while doing back talk about the team leader in the pantry.",
  "I got caught bad-mouthing my team leader in the office kitchen.",
  "slang/neologism", "passive", "dialogue", "뒷담화 'gossip behind someone's back'; false friend of 'backtalk'")
I("3년 다녔는데 물경력이라 이직이 어려워.",
  "I worked three years but it's water career, so changing jobs is hard.",
  "I've been there three years but gained no real experience, so it's hard to move on.",
  "slang/neologism", "base", "web", "물경력 'experience of no value'; workplace")
I("요즘 신입 공채에 중고 신입이 절반이래.",
  "They say half of new-hire recruitment these days are second-hand newcomers.",
  "Apparently half of all entry-level hires these days already have work experience.",
  "slang/neologism", "base", "news", "중고 신입 'experienced entry-level hire'; workplace")
I("팀장이 또 주말 출근하래, 이건 퇴사각이다.",
  "The team leader says come to work on the weekend again, this is the quitting angle.",
  "My team leader wants me in at the weekend again — time to hand in my notice.",
  "slang/neologism", "base", "web", "-각 'it's time for'; workplace")
I("식당에서 잼민이들이 뛰어다녀서 정신이 하나도 없었어.",
  "At the restaurant the jaem-min-is ran around so I had no spirit at all.",
  "There were bratty kids running around the restaurant and I couldn't hear myself think.",
  "slang/neologism", "negated", "dialogue", "잼민이 'annoying kid'")
I("오운완! 오늘은 하체 했다.",
  "Today-workout-completion! Today I did lower body.",
  "Workout done! Leg day today.",
  "slang/neologism", "past", "web", "오운완 'today's workout done'; social-media caption")
I("월급날인데 벌써 텅장이야.",
  "It's payday but it's already an empty-jang.",
  "It's payday and my account's already empty.",
  "slang/neologism", "base", "web", "텅장 'empty bank account' (텅 + 통장)")
I("월급이 통장을 스쳐 지나갔다.",
  "The salary brushed past my bankbook.",
  "My pay was gone the moment it came in.",
  "household", "past", "web", "월급이 통장을 스쳐 지나가다 'money gone immediately'")
I("집값이 떨어지면서 영끌족의 이자 부담이 커지고 있다.",
  "As house prices fall, the interest burden of the soul-pulling tribe is growing.",
  "With house prices falling, those who borrowed to the hilt are struggling with interest payments.",
  "slang/neologism", "base", "news", "영끌 'scrape together every last won'; business")
I("친구들 다 집 샀는데 나만 벼락거지 됐어.",
  "All my friends bought houses and only I became a lightning beggar.",
  "All my friends bought homes and I'm the one left behind, suddenly poor by comparison.",
  "slang/neologism", "past", "web", "벼락거지 'suddenly poor relative to others'")
I("돈 빌려 가고 연락 끊은 친구는 바로 손절했어.",
  "The friend who borrowed money and cut contact I immediately hand-cut.",
  "I cut off the friend who borrowed money and then ghosted me.",
  "slang/neologism", "past", "web", "손절 'cut ties' (from stop-loss)")
I("주가가 떨어질 때마다 물타기를 했더니 비중이 너무 커졌다.",
  "I added water every time the share price fell, so the weighting became too big.",
  "I kept averaging down every time the price dropped, and now my position is far too big.",
  "slang/neologism", "past", "web", "물타기 'averaging down'; investing")
I("그 음식점 떡볶이 존맛탱이었어.",
  "That restaurant's tteokbokki was jon-mat-taeng.",
  "The tteokbokki at that place was insanely good.",
  "slang/neologism", "past", "web", "존맛탱 'insanely tasty'; vulgar intensifier")
I("그 말 듣고 좀 마상이었어.",
  "Hearing that, it was a bit ma-sang.",
  "Hearing that kind of hurt my feelings.",
  "slang/neologism", "past", "dialogue", "마상 'hurt feelings' (마음의 상처)")
I("안물안궁, 네 전 여친 얘기는 그만해.",
  "Didn't-ask-not-curious, stop talking about your ex-girlfriend.",
  "Nobody asked — enough about your ex.",
  "slang/neologism", "base", "dialogue", "안물안궁 'nobody asked'")
I("오늘 토론에서 그 후보의 사이다 발언이 화제가 됐다.",
  "In today's debate, the candidate's cider remark became a topic.",
  "The candidate's refreshingly blunt comment at today's debate got everyone talking.",
  "slang/neologism", "adnominal", "news", "사이다 'satisfyingly blunt'")
I("주인공이 계속 당하기만 하는 고구마 전개 때문에 하차했다.",
  "I got off because of the sweet potato development where the main character only keeps getting hit.",
  "I gave up on it because of the frustrating plot where the lead just keeps getting pushed around.",
  "slang/neologism", "adnominal", "web", "고구마 'frustrating' and 하차하다 'stop watching'; entertainment")
I("시청률은 높지만 막장 드라마라는 비판도 나온다.",
  "The viewer rating is high but criticism also comes out that it's a mine-end drama.",
  "The ratings are high, but critics have slammed it as trashy melodrama.",
  "slang/neologism", "adnominal", "news", "막장 'outrageous, trashy'; entertainment")
I("주연 배우의 발연기 때문에 몰입이 안 된다.",
  "Because of the lead actor's foot acting, immersion doesn't happen.",
  "The lead actor's wooden acting makes it impossible to get into.",
  "slang/neologism", "negated", "web", "발연기 'terrible acting'; entertainment")
I("이 드라마는 무조건 본방 사수해야 돼.",
  "This drama must unconditionally defend the original broadcast.",
  "You absolutely have to watch this drama when it airs.",
  "slang/neologism", "base", "web", "본방 사수 'watch live'; entertainment")
I("저는 작년 연말 무대 보고 입덕했어요.",
  "I entered deok after seeing the year-end stage last year.",
  "I became a fan after seeing their year-end performance last year.",
  "slang/neologism", "past", "web", "입덕 'become a fan'; fandom")
I("너는 이 그룹에서 최애가 누구야?",
  "Who is your most-love in this group?",
  "Who's your favourite member of the group?",
  "slang/neologism", "question", "dialogue", "최애 'favourite, bias'; fandom")
I("5년 전 발표한 곡이 역주행해서 음원 차트 1위에 올랐다.",
  "A song released five years ago reverse-drove and went up to number one on the music source chart.",
  "A song released five years ago climbed back up the charts to number one.",
  "slang/neologism", "past", "news", "역주행 'chart comeback' and 음원 'digital release'; entertainment")
I("솔까말 이번 앨범은 좀 별로였어.",
  "Honestly-peeling-speaking, this album was a bit so-so.",
  "To be brutally honest, this album was a bit meh.",
  "slang/neologism", "past", "web", "솔까말 'to be frank'")
I("이 아파트는 역세권에 숲세권이라 인기가 많다.",
  "This apartment is popular because it's station-power-zone and forest-power-zone.",
  "The flats are in demand because they're close to both a subway station and a park.",
  "slang/neologism", "base", "news", "역세권/숲세권 'near a station/park'; property")
I("오늘 저녁 번개 할 사람?",
  "Anyone to do lightning this evening?",
  "Anyone up for a spur-of-the-moment meetup tonight?",
  "slang/neologism", "question", "web", "번개 'impromptu meetup'")
