# idiom groups: slang and neologisms 2018-2026 (internet, school, workplace, gaming, fandom) (hand-written, lit4, 2026-12-06)
I("팀장님이 갑자기 건배사 하라고 해서 갑분싸 됐잖아 ㅋㅋ",
  "The team leader suddenly told me to do a toast speech so it became gapbunssa lol",
  "My boss suddenly asked me to give a toast and the whole room went awkward lol",
  "slang/neologism", "past", "web", "갑분싸 = sudden awkward silence")
I("걔 진짜 핵인싸더라, 모르는 사람이 없어.",
  "He was really a nuclear insider, there's no one who doesn't know.",
  "He's super popular. Everybody knows him.",
  "slang/neologism", "negated", "dialogue", "핵인싸 = extremely popular person")
I("나는 원래 아싸라 단톡방에서도 조용히 있어.",
  "I am originally an outsa so I stay quiet in the group chat room too.",
  "I'm kind of a loner, so I keep quiet in group chats too.",
  "slang/neologism", "base", "web", "아싸 = outsider/loner")
I("아 킹받네 진짜, 택배가 또 옆집으로 갔어.",
  "Ah king-receiving really, the parcel went to next door again.",
  "Ugh, this is so infuriating. My parcel went to the neighbour's again.",
  "slang/neologism", "past", "web", "킹받다 = really annoyed")
I("예능에서 억텐 하는 거 너무 티 나.",
  "Doing forced-ten on the variety show shows too much.",
  "You can totally tell they're faking the excitement on that variety show.",
  "slang/neologism", "nominalised", "web", "억텐 = forced tension/enthusiasm")
I("점메추 좀, 오늘 뭐 먹지?",
  "Jeommechu please, what shall I eat today?",
  "Lunch ideas, anyone? What should I have today?",
  "slang/neologism", "base", "web", "점메추 = recommend a lunch menu")
I("이 주식은 그냥 존버하면 언젠가 오른다.",
  "This stock just go up someday if you jonbeo.",
  "If you just hang on to this stock, it'll go up eventually.",
  "slang/neologism", "base", "web", "존버 = hold on stubbornly")
I("어제 산 코인이 하루 만에 떡상했어!",
  "The coin I bought yesterday rice-cake-rose in one day!",
  "The coin I bought yesterday went to the moon overnight!",
  "slang/neologism", "past", "web", "떡상 = skyrocket")
I("그 유튜버 채널은 논란 이후 구독자가 떡락했다.",
  "After the controversy that YouTuber's channel subscribers rice-cake-fell.",
  "The YouTuber's subscriber count plummeted after the controversy.",
  "slang/neologism", "past", "news", "떡락 = plummet")
I("올해는 진짜 갓생 살아 보려고 새벽 다섯 시에 일어나.",
  "This year I wake up at five in the morning to really try to live a god life.",
  "I'm getting up at 5 a.m. this year to finally get my life together.",
  "slang/neologism", "base", "dialogue", "갓생 = productive, disciplined life")
I("일 잘하는 신입은 알잘딱깔센이 기본이죠.",
  "For a newbie who works well, aljalttakkkalsen is basic.",
  "A good new hire just knows what to do and does it neatly without being told.",
  "slang/neologism", "base", "dialogue", "알잘딱깔센 = do it right, neatly, with style")
I("오늘 룩은 꾸안꾸 느낌으로 가 봤어.",
  "Today's look I went with the decorate-not-decorate feeling.",
  "I went for an effortless, casual look today.",
  "slang/neologism", "past", "web", "꾸안꾸 = effortlessly stylish")
I("여당의 해명은 전형적인 내로남불이라는 비판을 받았다.",
  "The ruling party's explanation was criticised as a typical if-I-do-romance-if-others-do-affair.",
  "The ruling party's explanation was slammed as a typical double standard.",
  "slang/neologism", "passive", "news", "내로남불 = double standards")
I("시험 망해서 웃프다 진짜.",
  "I ruined the exam so it's laugh-sad really.",
  "I bombed the exam. I don't know whether to laugh or cry.",
  "slang/neologism", "base", "web", "웃프다 = funny and sad at once")
I("우리 집 댕댕이 산책 가자고 난리야.",
  "Our house daengdaengi is making a fuss to go for a walk.",
  "Our pupper is going nuts wanting to go for a walk.",
  "slang/neologism", "base", "web", "댕댕이 = doggo (멍멍이 visual pun)")
I("어쩔티비~ 나 지금 바빠.",
  "Eojjeol TV~ I'm busy now.",
  "Whatever~ I'm busy right now.",
  "slang/neologism", "base", "dialogue", "어쩔티비 = so what (school slang)")
I("주말에 이거 다 하겠다고 한 거 나야, 스불재지 뭐.",
  "It was me who said I'd do all this on the weekend, it's a self-fire-disaster.",
  "I'm the one who promised to get this all done this weekend. I brought it on myself.",
  "slang/neologism", "past", "web", "스불재 = self-inflicted disaster")
I("오운완! 오늘 하체 했어요 💪",
  "Oh-un-wan! Today I did lower body 💪",
  "Workout done for today! Leg day 💪",
  "slang/neologism", "past", "web", "오운완 = today's workout complete")
I("한겨울에도 얼죽아라 아이스 아메리카노만 마셔.",
  "Even in mid-winter I am freeze-die-ah so I only drink iced americano.",
  "I'm iced coffee or die, so even in the middle of winter I only drink iced americanos.",
  "slang/neologism", "base", "dialogue", "얼죽아 = iced americano even if I freeze to death")
I("별걸 다 줄이네 진짜, 별다줄이다.",
  "You even shorten star things really, it's star-all-shorten.",
  "You people abbreviate literally everything.",
  "slang/neologism", "base", "web", "별다줄 = abbreviating everything")
I("퇴근하고 편의점 맥주 한 캔이 나의 소확행이야.",
  "One can of convenience store beer after work is my small-certain-happiness.",
  "A can of beer from the corner shop after work is my little everyday treat.",
  "slang/neologism", "base", "dialogue", "소확행 = small but certain happiness")
I("이 가방은 가성비 말고 가심비로 샀어.",
  "I bought this bag not for price-performance-ratio but price-heart-ratio.",
  "I didn't buy this bag because it's good value. I bought it because it makes me happy.",
  "slang/neologism", "past", "dialogue", "가심비 = value measured by satisfaction")
I("월급 들어오자마자 탕진잼 좀 했지.",
  "As soon as my salary came in, I did some squander-fun.",
  "The moment payday hit, I treated myself to a little spending spree.",
  "slang/neologism", "past", "web", "탕진잼 = fun of splurging")
I("주말에 혼코노 가서 두 시간 불렀어.",
  "On the weekend I went to alone-coin-noraebang and sang for two hours.",
  "I went to a karaoke booth by myself this weekend and sang for two hours.",
  "slang/neologism", "past", "dialogue", "혼코노 = solo coin karaoke")
I("할많하않, 그냥 그 회사 가지 마.",
  "Have-much-say-not-say, just don't go to that company.",
  "I could say a lot, but I won't. Just don't work there.",
  "slang/neologism", "negated", "web", "할많하않 = I have a lot to say but I'll leave it")
I("비 와서 약속 취소됐어? 오히려 좋아.",
  "The appointment got cancelled because of rain? Rather good.",
  "Plans cancelled because of the rain? Even better.",
  "slang/neologism", "passive", "dialogue", "오히려 좋아 = actually that's better (meme)")
I("그 말은 킹정이지, 반박 불가.",
  "That word is king-recognition, refutation impossible.",
  "Totally agree with that. No arguments here.",
  "slang/neologism", "base", "web", "킹정 = totally agree")
I("1+1 행사라서 개이득 봤다 ㅋㅋ",
  "It was a 1+1 event so I saw dog profit lol",
  "It was buy one get one free, what a steal lol",
  "slang/neologism", "past", "web", "개이득 = huge win")
I("그 드립은 한 번까지만 웃기지, 계속하면 뇌절이야.",
  "That drip is funny only once, if you continue it's brain-cutting.",
  "That joke's funny once. Keep it up and it gets old fast.",
  "slang/neologism", "base", "dialogue", "뇌절 = overdoing a joke/meme")
I("걔랑은 그 사건 이후로 손절했어.",
  "I hand-cut with him after that incident.",
  "I cut ties with him after that incident.",
  "slang/neologism", "past", "dialogue", "손절 = cut someone off (from stop-loss)")
I("새벽 세 시에 야식 먹다가 현타 왔다.",
  "Eating late-night snack at three in the morning, a reality time came.",
  "I was eating a midnight snack at 3 a.m. when it suddenly hit me what I was doing with my life.",
  "slang/neologism", "past", "web", "현타 = moment of sober self-reflection")
I("그건 사바사라서 뭐라 말하기 어렵네요.",
  "That is saba-sa so it's hard to say something.",
  "It really depends on the person, so it's hard to say.",
  "slang/neologism", "base", "dialogue", "사바사 = depends on the person")
I("나 이 그룹 최애가 바뀌었어, 막내로 입덕했거든.",
  "My most-love of this group changed, because I entered-otaku with the youngest.",
  "My bias in this group changed. The youngest member is the one who got me into them.",
  "slang/neologism", "past", "web", "최애 = favourite member; 입덕 = become a fan")
I("친구한테 영업당해서 결국 앨범까지 샀어요.",
  "I got sales-done by my friend and finally even bought the album.",
  "My friend kept hyping them up until I caved and even bought the album.",
  "slang/neologism", "passive", "web", "영업당하다 = be converted into a fan")
I("좋아하던 배우랑 사진 찍다니, 완전 성덕이네!",
  "Taking a photo with the actor you liked, you're a complete success-otaku!",
  "You got a photo with your favourite actor? Living the fan dream!",
  "slang/neologism", "base", "web", "성덕 = fan who made it (met their idol)")
I("그 논란 이후로 조용히 탈덕했어.",
  "After that controversy I quietly escaped-otaku.",
  "I quietly stopped being a fan after that controversy.",
  "slang/neologism", "past", "web", "탈덕 = quit being a fan")
I("김 대리는 하루 종일 주식 창만 보는 월급 루팡이다.",
  "Assistant Manager Kim is a salary Lupin who only sees the stock window all day.",
  "Mr Kim spends all day watching stock charts, basically getting paid to do nothing.",
  "slang/neologism", "adnominal", "dialogue", "월급 루팡 = salary thief (slacking at work)")
I("오늘은 무조건 칼퇴각이다.",
  "Today is unconditionally a knife-leave angle.",
  "I'm definitely leaving right on time today.",
  "slang/neologism", "base", "web", "칼퇴 = leave exactly on time; 각 = it's looking like")
I("이 정도면 퇴사각 아니냐?",
  "Isn't this much a resignation angle?",
  "Isn't this a sign I should quit?",
  "slang/neologism", "negated", "web", "퇴사각 = time to quit")
I("그냥 웃자고 한 말인데 프로불편러들이 몰려왔네.",
  "It was just a word said to laugh but pro-uncomfortable-ers swarmed in.",
  "It was just a joke, but the professional offence-takers showed up in droves.",
  "slang/neologism", "past", "web", "프로불편러 = person who takes offence at everything")
I("나 쫄보라서 공포 영화 못 봐.",
  "I'm a jjolbo so I can't watch horror movies.",
  "I'm a total scaredy-cat, so I can't watch horror movies.",
  "slang/neologism", "negated", "dialogue", "쫄보 = coward")
I("중학교 때 싸이월드 사진은 내 흑역사야.",
  "My Cyworld photos from middle school are my black history.",
  "My Cyworld pics from middle school are my most embarrassing past.",
  "slang/neologism", "base", "dialogue", "흑역사 = embarrassing past")
I("랭크 게임에서 형이 버스 좀 태워 줘.",
  "In ranked game, bro, let me ride the bus.",
  "Carry me in ranked, bro.",
  "slang/neologism", "causative", "dialogue", "버스 태우다 = carry a weaker player")
I("그 서버는 고인물밖에 없어서 뉴비는 못 버텨.",
  "That server only has standing water so newbies can't endure.",
  "That server is full of veterans, so new players don't last.",
  "slang/neologism", "negated", "web", "고인물 = long-time expert player")
I("무과금으로 여기까지 온 거면 진짜 대단하다, 나는 현질 엄청 했는데.",
  "If you came this far with no-charge it's really great, I did a lot of cash-quality.",
  "Getting this far as a free-to-play player is seriously impressive. I spent a fortune on in-game purchases.",
  "slang/neologism", "past", "web", "무과금 = F2P; 현질 = spending real money in a game")
I("갑통알이라 이번 방학엔 알바 구해야 돼.",
  "It's gaptongal so I have to find a part-time job this vacation.",
  "I just checked my bank balance. Yikes. I need to find a part-time job this break.",
  "slang/neologism", "base", "web", "갑통알 = suddenly looked at my bank book and realised I need a job")
I("비 와서 버스 놓쳤는데 택시가 바로 왔어, 완전 럭키비키잖아!",
  "I missed the bus because of rain but a taxi came right away, it's completely lucky Vicky!",
  "I missed the bus in the rain but a taxi showed up right away. Talk about turning bad luck into good!",
  "slang/neologism", "past", "web", "럭키비키 = optimistic spin on bad luck (2024 meme)")
I("너 T야? 위로를 해 달라고!",
  "Are you T? Do comfort for me!",
  "Why are you being so logical? I wanted sympathy!",
  "slang/neologism", "base", "dialogue", "너 T야? = MBTI-based jibe at lack of empathy")
I("그 사람 말은 무지성으로 믿으면 안 돼.",
  "You must not believe that person's words with no-intelligence.",
  "Don't just blindly believe what he says.",
  "slang/neologism", "negated", "dialogue", "무지성 = mindlessly")
I("팀 회식 안 가면 국룰 어기는 거야?",
  "If I don't go to the team dinner, is it breaking the national rule?",
  "Is it breaking some unwritten rule if I skip the team dinner?",
  "slang/neologism", "negated", "dialogue", "국룰 = unwritten standard rule")
I("우리 엄마는 맨날 중꺾마 하면서 나 응원해 줘.",
  "My mom always does jungkkeokma and cheers me on.",
  "My mom's always cheering me on, telling me what matters is not giving up.",
  "slang/neologism", "honorific", "dialogue", "중꺾마 = what counts is the unbreakable spirit (2022)")
I("요즘 도파민 중독이라 책이 눈에 안 들어와.",
  "These days I'm dopamine poisoned so the book doesn't enter my eyes.",
  "I'm so hooked on quick hits these days that I can't focus on a book.",
  "slang/neologism", "negated", "dialogue", "눈에 안 들어오다 = can't focus on; 도파민 중독")
I("그 신입은 삼 일 만에 잠수 탔어요.",
  "That newbie rode a dive after three days.",
  "The new hire ghosted us after three days.",
  "slang/neologism", "past", "dialogue", "잠수 타다 = disappear, go incommunicado")
I("걔 또 읽씹했어, 진짜 너무해.",
  "He read-chewed again, really too much.",
  "He left me on read again. That's so rude.",
  "slang/neologism", "past", "web", "읽씹 = read and ignore")
I("어제 소개팅 어땠어? 그냥 노잼이었어.",
  "How was the blind date yesterday? It was just no-jam.",
  "How was the blind date yesterday? Honestly, pretty boring.",
  "slang/neologism", "past", "dialogue", "노잼 = boring")
