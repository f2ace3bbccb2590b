# plain-use controls: ordinary sentences with no idiom (hand-written, helper lit12, 2026-12-07)
C("내일 오전 열 시에 3층 회의실에서 주간 회의가 있습니다.",
  "There is a weekly meeting in the third-floor meeting room at 10 a.m. tomorrow.", "honorific", "dialogue")
C("지하철 2호선이 신호 장애로 약 20분 지연되고 있습니다.",
  "Line 2 trains are running about 20 minutes late because of a signal fault.", "passive", "news")
C("이 약은 하루 세 번 식후 30분에 드세요.",
  "Take this medicine three times a day, thirty minutes after meals.", "honorific", "textbook")
C("어제 산 셔츠가 좀 작아서 한 치수 큰 걸로 교환했어.",
  "The shirt I bought yesterday was a bit small, so I exchanged it for one size up.", "past", "dialogue")
C("올해 국내 총생산 성장률은 2.1%로 잠정 집계됐다.",
  "This year's GDP growth rate has been provisionally put at 2.1%.", "passive", "news")
C("도서관은 매주 월요일에 문을 열지 않습니다.",
  "The library is closed every Monday.", "negated", "textbook")
C("주말에 비가 온다고 해서 캠핑을 다음 주로 미뤘다.",
  "They said it would rain at the weekend, so we put the camping trip off until next week.", "past", "web")
C("택배는 문 앞에 두고 가 주세요.",
  "Please leave the parcel at the door.", "honorific", "dialogue")
C("이 식당은 점심시간에만 백반을 판다.",
  "This restaurant only serves set meals at lunchtime.", "base", "web")
C("새로 산 노트북이 가볍고 배터리도 오래가서 마음에 든다.",
  "I like my new laptop; it's light and the battery lasts a long time.", "base", "web")
C("시청 앞 광장에서 오후 세 시부터 무료 음악회가 열린다.",
  "A free concert will be held in the square in front of City Hall from 3 p.m.", "passive", "news")
C("아이가 열이 나서 오늘은 어린이집에 안 보냈어요.",
  "My child has a temperature, so I didn't send her to nursery today.", "negated", "dialogue")
C("경찰은 사고 원인을 조사하고 있다.",
  "Police are investigating the cause of the accident.", "base", "news")
C("저는 매일 아침 여섯 시에 일어나서 삼십 분 동안 걷습니다.",
  "I get up at six every morning and walk for thirty minutes.", "honorific", "textbook")
C("냉장고에 우유가 떨어졌으니까 오는 길에 하나 사 와.",
  "We've run out of milk, so pick some up on your way home.", "base", "dialogue")
C("이번 학기에는 경제학 개론과 통계학을 듣는다.",
  "This semester I'm taking introductory economics and statistics.", "base", "textbook")
C("창문을 열어 환기를 시켰다.",
  "I opened the window to let some air in.", "causative", "textbook")
C("기차표는 출발 한 달 전부터 예매할 수 있다.",
  "Train tickets can be booked from a month before departure.", "base", "web")
C("정부는 내년 최저임금을 시간당 만 원 남짓으로 결정했다.",
  "The government has set next year's minimum wage at just over 10,000 won an hour.", "past", "news")
C("이 바지 다른 색깔도 있나요?",
  "Do you have these trousers in another colour?", "question", "dialogue")
C("동생은 올해 초등학교에 입학했다.",
  "My younger brother started primary school this year.", "past", "textbook")
C("회원 가입을 하려면 이메일 주소가 필요합니다.",
  "You need an email address to sign up.", "honorific", "web")
C("공항까지 택시로 사십 분쯤 걸렸다.",
  "It took about forty minutes to get to the airport by taxi.", "past", "web")
C("오늘 최고 기온은 서울 31도, 대구 34도로 예상됩니다.",
  "Today's highs are expected to reach 31 degrees in Seoul and 34 in Daegu.", "passive", "news")
C("주문하신 커피 나왔습니다.",
  "Your coffee is ready.", "honorific", "dialogue")
C("우리 집 고양이는 하루에 열여섯 시간을 잔다.",
  "Our cat sleeps sixteen hours a day.", "base", "web")
C("보고서는 금요일까지 팀장님께 이메일로 보내 주세요.",
  "Please email the report to the team leader by Friday.", "honorific", "dialogue")
C("그 박물관에는 신라 시대 금관이 전시되어 있다.",
  "A Silla-era gold crown is on display at the museum.", "passive", "textbook")
C("할머니가 손주들에게 용돈을 나눠 주셨다.",
  "Grandma gave each of her grandchildren some pocket money.", "honorific", "textbook")
C("여기서 사진 찍어도 돼요?",
  "Is it okay to take photos here?", "question", "dialogue")
C("이 앱에서 버스 도착 시간을 확인할 수 있다.",
  "You can check bus arrival times in this app.", "base", "web")
C("시는 다음 달부터 공영 주차장 요금을 인상한다고 밝혔다.",
  "The city said it will raise fees at public car parks from next month.", "past", "news")
C("책상 위에 놓인 서류를 정리하지 않았다.",
  "I didn't tidy up the papers on my desk.", "negated", "web")
C("감기 기운이 있어서 따뜻한 차를 마시고 일찍 잤다.",
  "I felt a cold coming on, so I had a hot cup of tea and went to bed early.", "past", "web")
C("우리 회사는 지난해보다 직원을 열 명 더 뽑았다.",
  "Our company hired ten more staff than last year.", "past", "dialogue")
C("어린이 보호구역에서는 시속 30킬로미터 이하로 달려야 한다.",
  "In school zones you must drive at no more than 30 kilometres an hour.", "base", "textbook")
C("혹시 이 근처에 약국 있어요?",
  "Is there a pharmacy around here, by any chance?", "question", "dialogue")
C("올여름 휴가는 가족들과 강릉에 다녀왔다.",
  "This summer I went to Gangneung on holiday with my family.", "past", "web")
C("피아노 학원은 화요일과 목요일에 간다.",
  "I go to piano lessons on Tuesdays and Thursdays.", "base", "textbook")
C("선수들은 경기 전날 한 시간 동안 가볍게 훈련했다.",
  "The players had a light one-hour training session the day before the match.", "past", "news")
C("화분에 물을 너무 자주 주면 뿌리가 썩는다.",
  "If you water a plant too often, its roots will rot.", "base", "textbook")
C("엘리베이터가 점검 중이니 계단을 이용해 주시기 바랍니다.",
  "The lift is under maintenance, so please use the stairs.", "honorific", "news")
C("환불은 영수증을 지참하셔야 가능합니다.",
  "Refunds are only possible with a receipt.", "honorific", "web")
C("그 소설은 다섯 개 언어로 번역되었다.",
  "The novel has been translated into five languages.", "passive", "news")
C("어제는 친구랑 영화 보고 저녁 먹었어.",
  "Yesterday I saw a film with a friend and had dinner.", "past", "dialogue")
