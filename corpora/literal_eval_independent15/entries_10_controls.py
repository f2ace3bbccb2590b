# plain-use controls: ordinary sentences with no idiom (hand-written, helper lit15, 2026-12-07)
C("내일 오후 세 시 회의 자료를 첨부해 드립니다.",
  "Please find attached the materials for tomorrow's 3 p.m. meeting.", "honorific", "web", "business email")
C("주문하신 상품은 내일 오전 중에 도착할 예정입니다.",
  "Your order is expected to arrive tomorrow morning.", "honorific", "web", "customer notice")
C("오늘 전국이 대체로 맑겠고 낮 최고 기온은 25도로 예상됩니다.",
  "It will be mostly sunny across the country today, with highs of around 25 degrees.", "honorific", "news", "weather report")
C("정부는 다음 달부터 전기 요금을 3% 인상한다고 발표했다.",
  "The government announced that electricity rates will rise by 3% from next month.", "past", "news", "economy news")
C("이 카페는 창가 자리가 넓고 커피도 맛있어요.",
  "This café has plenty of window seats and the coffee is good.", "honorific", "web", "café review")
C("배터리가 하루 종일 가서 만족합니다.",
  "The battery lasts all day, so I'm happy with it.", "honorific", "web", "product review")
C("지금 출발하면 30분 뒤에 도착할 것 같아.",
  "If I leave now, I should get there in about half an hour.", "base", "dialogue", "chat")
C("저녁에 비 온대. 우산 챙겨.",
  "They say it'll rain this evening. Take an umbrella.", "base", "dialogue", "chat")
C("거기 누구 없어요? 문 좀 열어 주세요!",
  "Is anybody there? Please open the door!", "question", "dialogue", "drama subtitle")
C("내가 돌아올 때까지 여기서 기다려.",
  "Wait here until I get back.", "base", "dialogue", "drama subtitle")
C("그날 밤, 소년은 처음으로 바다를 보았다.",
  "That night the boy saw the sea for the first time.", "past", "web", "webtoon caption")
C("3년 후, 서울.",
  "Three years later. Seoul.", "base", "web", "webtoon caption")
C("광합성은 식물이 빛을 이용해 양분을 만드는 과정이다.",
  "Photosynthesis is the process by which plants use light to make nutrients.", "base", "textbook", "science textbook")
C("조선은 1392년에 건국되었다.",
  "Joseon was founded in 1392.", "passive", "textbook", "history textbook")
C("오늘 이 자리에 와 주신 모든 분께 감사드립니다.",
  "I would like to thank everyone for being here today.", "honorific", "news", "speech")
C("졸업생 여러분, 졸업을 진심으로 축하합니다.",
  "Graduates, congratulations on your graduation.", "honorific", "news", "speech")
C("회의실 예약은 사내 시스템에서 해 주세요.",
  "Please book meeting rooms through the company system.", "honorific", "web", "office notice")
C("다음 주 화요일까지 보고서를 제출해 주시기 바랍니다.",
  "Please submit your report by next Tuesday.", "honorific", "web", "business email")
C("이 약은 식후 30분에 드세요.",
  "Take this medicine 30 minutes after meals.", "honorific", "dialogue", "pharmacy")
C("어제 친구랑 영화 보고 저녁 먹었어.",
  "Yesterday I saw a film with a friend and had dinner.", "past", "dialogue", "chat")
C("경찰은 사고 원인을 조사하고 있다.",
  "Police are investigating the cause of the accident.", "base", "news", "crime news")
C("이 노트북은 가볍지만 화면이 조금 작아요.",
  "This laptop is light, but the screen is a bit small.", "honorific", "web", "product review")
C("지하철 2호선이 신호 장애로 10분가량 지연되고 있습니다.",
  "Line 2 trains are running about ten minutes late due to a signal fault.", "honorific", "news", "transport notice")
C("토요일에 이사해서 일요일에는 집 정리를 했어요.",
  "We moved on Saturday and spent Sunday unpacking.", "past", "dialogue", "moving house")
C("우리 팀은 이번 경기에서 2대 1로 이겼다.",
  "Our team won this match 2-1.", "past", "news", "sports news")
