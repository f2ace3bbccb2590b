# Konglish misuses kept as English words (hand-written, helper lit9, 2026-12-07)
I("돈이 없어서 백화점에서 아이쇼핑만 했어.",
  "I had no money so I only did eye shopping at the department store.",
  "I was broke, so I just went window-shopping at the department store.",
  "slang/neologism", "past", "web", "Konglish 아이쇼핑 'window-shopping'")
I("자, 첫 잔은 원샷!",
  "Now, the first glass is one shot!",
  "Right, first glass — bottoms up!",
  "slang/neologism", "base", "dialogue", "Konglish 원샷 'down in one'")
I("대학 신입생 때 미팅에 나갔다가 지금 남편을 만났어요.",
  "When I was a university freshman I went out to a meeting and met my current husband.",
  "I met my husband at a group blind date in my first year of university.",
  "slang/neologism", "past", "web", "Konglish 미팅 'group blind date'")
I("시험 보다가 컨닝하다 걸리면 0점 처리됩니다.",
  "If you are caught doing cunning during the exam, it is processed as zero points.",
  "Anyone caught cheating in the exam will get a zero.",
  "slang/neologism", "passive", "textbook", "Konglish 컨닝 'cheating'; school")
I("서울에서 원룸 월세가 너무 올랐다.",
  "The monthly rent for one rooms in Seoul has gone up too much.",
  "Rents for studio flats in Seoul have shot up.",
  "slang/neologism", "past", "news", "Konglish 원룸 'studio flat'")
I("사장님이 만두는 서비스라고 하셨어.",
  "The boss said the dumplings are service.",
  "The owner said the dumplings were on the house.",
  "slang/neologism", "honorific", "dialogue", "Konglish 서비스 'free of charge'")
I("이번 주 동창 모임은 더치페이로 하자.",
  "Let's do this week's alumni gathering with Dutch pay.",
  "Let's split the bill at this week's reunion.",
  "slang/neologism", "base", "dialogue", "Konglish 더치페이 'splitting the bill'")
I("너무 많이 마셔서 화장실에서 오바이트했어.",
  "I drank too much and overate in the toilet.",
  "I drank way too much and threw up in the toilet.",
  "slang/neologism", "past", "web", "Konglish 오바이트 'vomit' (from overeat); false friend")
I("악플 보고 멘탈이 완전히 나갔어.",
  "Seeing the malicious comments, my mental completely went out.",
  "Reading the hate comments totally broke me.",
  "slang/neologism", "past", "web", "Konglish 멘탈 'composure' and 악플")
I("오늘 공연은 다들 텐션 좀 올려 주세요!",
  "Everyone, please raise the tension a bit at today's concert!",
  "Let's get hyped for tonight's show, everyone!",
  "slang/neologism", "honorific", "dialogue", "Konglish 텐션 'energy, excitement'; entertainment")
I("퇴근하고 매일 헬스 다녀.",
  "After work I go to health every day.",
  "I hit the gym every day after work.",
  "slang/neologism", "base", "dialogue", "Konglish 헬스 'gym'")
I("세탁기가 고장 나서 에이에스를 신청했다.",
  "The washing machine broke so I applied for A/S.",
  "The washing machine broke, so I booked a repair.",
  "slang/neologism", "past", "web", "Konglish A/S 'after-sales repair'")
I("주차할 때 백미러를 꼭 확인하세요.",
  "When parking, be sure to check the back mirror.",
  "Always check your rear-view mirror when parking.",
  "slang/neologism", "honorific", "textbook", "Konglish 백미러 'rear-view mirror'")
I("핸들을 너무 급하게 꺾어서 사고가 났다.",
  "He turned the handle too sharply and an accident happened.",
  "The accident happened because he turned the steering wheel too sharply.",
  "slang/neologism", "past", "news", "Konglish 핸들 'steering wheel'")
I("한정판 운동화를 사려고 새벽부터 오픈런을 했다.",
  "To buy the limited-edition sneakers, I did an open run from dawn.",
  "I queued from dawn to get the limited-edition trainers the moment the shop opened.",
  "slang/neologism", "past", "news", "Konglish 오픈런 'queue before opening'; retail")
I("휴대폰 충전하게 콘센트 좀 어디 있는지 알려 주세요.",
  "Please tell me where the concent is so I can charge my mobile phone.",
  "Could you tell me where there's a socket so I can charge my phone?",
  "slang/neologism", "honorific", "dialogue", "Konglish 콘센트 'power socket'")
