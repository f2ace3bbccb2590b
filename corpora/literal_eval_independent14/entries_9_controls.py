# plain-use controls: plain sentences with no idiom (hand-written, helper lit14, 2026-12-07)
P("내일 오후 3시 회의는 2층 회의실에서 진행됩니다.",
  "Tomorrow's 3 p.m. meeting will be held in the meeting room on the second floor.", "honorific", "textbook", "business email")
P("첨부한 견적서를 확인하신 후 회신 부탁드립니다.",
  "Please review the attached quotation and reply.", "honorific", "textbook", "business email")
P("오늘 서울의 낮 최고 기온은 28도로 예상됩니다.",
  "Today's high in Seoul is forecast to be 28 degrees.", "passive", "news", "news")
P("정부는 다음 달부터 전기 요금을 5% 인상하기로 했다.",
  "The government has decided to raise electricity rates by 5% from next month.", "past", "news", "news")
P("이 카페는 조용해서 공부하기 좋아요.",
  "This café is quiet, so it's a good place to study.", "honorific", "web", "review")
P("배송은 빨랐는데 포장이 좀 찢어져서 왔어요.",
  "Delivery was quick, but the packaging arrived a bit torn.", "past", "web", "review")
P("지금 출발하면 몇 시쯤 도착해?",
  "If you leave now, what time will you get here?", "question", "dialogue", "chat")
P("주말에 비 온대서 등산은 다음 주로 미뤘어.",
  "They say it'll rain at the weekend, so I've put the hike off till next week.", "past", "dialogue", "chat")
P("엄마, 저녁에 친구 데려와도 돼요?",
  "Mom, is it OK if I bring a friend home for dinner?", "question", "dialogue", "dialogue")
P("물은 100도에서 끓고 0도에서 언다.",
  "Water boils at 100 degrees and freezes at 0 degrees.", "base", "textbook", "textbook")
P("조선은 1392년에 건국되었다.",
  "The Joseon dynasty was founded in 1392.", "passive", "textbook", "textbook")
P("여러분, 오늘 이렇게 모여 주셔서 감사합니다.",
  "Everyone, thank you for coming together today.", "honorific", "textbook", "speech")
P("경찰은 사고 원인을 조사하고 있다.",
  "Police are investigating the cause of the accident.", "base", "news", "news")
P("이 약은 식후 30분에 드세요.",
  "Take this medicine 30 minutes after meals.", "honorific", "textbook", "pharmacy label")
P("가지 마. 여기 있어 줘.",
  "Don't go. Stay here with me.", "negated", "dialogue", "subtitles")
P("그 사람 이름이 뭐였는지 기억이 안 나.",
  "I can't remember what his name was.", "negated", "dialogue", "dialogue")
P("새로 산 노트북은 배터리가 오래가서 만족합니다.",
  "I'm happy with my new laptop; the battery lasts a long time.", "honorific", "web", "review")
P("지하철 2호선이 신호 장애로 10분 정도 지연되고 있습니다.",
  "Line 2 is running about 10 minutes late due to a signal fault.", "honorific", "news", "news")
P("퇴근하고 마트 들러서 우유 좀 사 올래?",
  "Could you stop by the supermarket on your way home and pick up some milk?", "question", "dialogue", "chat")
P("이번 학기에는 영어 회화 수업을 듣기로 했다.",
  "I've decided to take an English conversation class this semester.", "past", "web", "social post")
