# controls: plain sentences with no idiom, one good rendering each (hand-written, helper lit16, 2026-12-08)
C("내일 오전에는 전국이 대체로 맑겠고 오후부터 구름이 많아지겠습니다.",
  "Tomorrow morning will be mostly clear nationwide, turning cloudier in the afternoon.",
  "honorific", "news", "weather forecast")
C("회의 자료는 오늘 오후 세 시까지 공유 폴더에 올려 주시기 바랍니다.",
  "Please upload the meeting materials to the shared folder by 3 p.m. today.",
  "honorific", "business", "business email")
C("양파를 얇게 채 썰어서 약한 불에 갈색이 될 때까지 볶아 주세요.",
  "Slice the onions thinly and fry them over a low heat until golden brown.",
  "honorific", "textbook", "recipe")
C("전반 20분에 우리 팀 수비수가 헤더로 선제골을 넣었다.",
  "Our defender headed in the opening goal in the twentieth minute.",
  "past", "sports", "football report")
C("이번 주 토요일에 도서관이 내부 공사로 휴관합니다.",
  "The library will be closed this Saturday for renovation work.",
  "honorific", "news", "public notice")
C("아이가 요즘 받아쓰기 연습을 열심히 하고 있어요.",
  "My child has been practising dictation hard lately.",
  "honorific", "web", "parenting")
C("새로 산 노트북은 배터리가 열 시간 정도 가.",
  "The battery on my new laptop lasts about ten hours.",
  "base", "dialogue", "gadget")
C("국회는 오늘 본회의에서 예산안을 통과시켰다.",
  "The National Assembly passed the budget bill at today's plenary session.",
  "causative", "news", "politics")
C("이번 업데이트로 캐릭터 선택 화면이 바뀌었어요.",
  "The character selection screen has changed with this update.",
  "honorific", "web", "game update")
C("지하철 2호선이 신호 장애로 약 15분간 지연됐다.",
  "Subway Line 2 was delayed for about fifteen minutes by a signal fault.",
  "passive", "news", "transport")
C("주문하신 상품은 내일 중으로 배송될 예정입니다.",
  "Your order is expected to be delivered tomorrow.",
  "honorific", "business", "customer service")
C("저녁에 산책하면서 동네 공원을 두 바퀴 돌았어.",
  "I walked two laps of the local park in the evening.",
  "past", "dialogue", "daily life")
C("그녀는 창가에 앉아 오래된 편지를 천천히 읽었다.",
  "She sat by the window and slowly read the old letter.",
  "past", "fiction", "fiction narration")
C("이 약은 하루 세 번 식후 30분에 드세요.",
  "Take this medicine three times a day, thirty minutes after meals.",
  "honorific", "textbook", "pharmacy instruction")
C("올해 신입생은 작년보다 120명 늘었다.",
  "There are 120 more new students this year than last year.",
  "past", "news", "education statistics")
C("혹시 이번 주 금요일에 회의 시간을 한 시간 늦출 수 있을까요?",
  "Would it be possible to push Friday's meeting back by an hour?",
  "question", "business", "scheduling")
C("감독은 경기 후 인터뷰에서 선수들의 체력 관리가 중요하다고 말했다.",
  "In his post-match interview, the manager said managing the players' fitness was important.",
  "past", "sports", "post-match interview")
C("냉장고에 우유가 없어서 편의점에 다녀올게.",
  "We're out of milk, so I'm popping to the convenience store.",
  "base", "dialogue", "errand")
C("그 후보는 대중교통 요금 동결을 공약으로 내걸었다.",
  "The candidate pledged to freeze public transport fares.",
  "past", "news", "election pledge")
C("어제 본 영화는 음악이 정말 좋았어.",
  "The music in the film I saw yesterday was really good.",
  "past", "web", "film review")
C("첨부 파일에 수정된 견적서를 보내 드립니다.",
  "Please find the revised quotation attached.",
  "honorific", "business", "business email attachment")
C("반죽을 냉장고에서 한 시간 휴지시킨 뒤 밀대로 얇게 미세요.",
  "Rest the dough in the fridge for an hour, then roll it out thinly with a rolling pin.",
  "causative", "textbook", "baking")
C("아이들이 놀이터에서 미끄럼틀을 타고 있었다.",
  "The children were playing on the slide at the playground.",
  "past", "fiction", "playground scene")
C("다음 달부터 전기 요금이 킬로와트시당 5원 오른다.",
  "From next month, electricity charges will go up by five won per kilowatt-hour.",
  "base", "news", "utility prices")
C("이 서버는 매주 화요일 새벽 두 시에 정기 점검을 합니다.",
  "This server undergoes scheduled maintenance every Tuesday at 2 a.m.",
  "honorific", "web", "game server notice")
C("할머니는 마당에서 고추를 말리고 계셨다.",
  "Grandma was drying chillies in the yard.",
  "honorific", "fiction", "rural scene")
