# literal-use controls: words that form idioms elsewhere, here in their plain sense (hand-written, helper lit6, 2026-12-07)
C("오늘 내 생일이라 엄마가 아침에 미역국 끓여 주셨어.",
  "It's my birthday today, so Mom made me seaweed soup for breakfast.", "honorific", "dialogue")
C("건강검진에서 간 수치가 높게 나와서 술을 끊기로 했다.",
  "My liver enzyme levels came back high at my check-up, so I've decided to quit drinking.", "past", "textbook")
C("할머니가 바가지로 항아리에서 물을 퍼 담으셨다.",
  "Grandma scooped water out of the jar with a gourd dipper.", "honorific", "textbook")
C("수업 끝나고 떡볶이 먹으러 갈 사람?",
  "Anyone want to go for tteokbokki after class?", "base", "web")
C("창문 열어 놨더니 파리가 세 마리나 들어왔어.",
  "I left the window open and three flies got in.", "past", "dialogue")
C("우리 집 강아지는 내가 들어오면 꼬리를 엄청 흔들어.",
  "My dog wags his tail like crazy whenever I come home.", "base", "web")
C("축구하다가 발목을 삐어서 깁스를 했어요.",
  "I sprained my ankle playing football and had to get a cast.", "past", "dialogue")
C("운동 끝나고 물을 한 병 다 마셨다.",
  "I drank a whole bottle of water after my workout.", "past", "web")
C("셔츠 단추가 떨어져서 새로 달았어.",
  "A button came off my shirt, so I sewed on a new one.", "past", "dialogue")
C("아이가 밥을 안 먹으려고 해서 죽을 쒀서 먹였다.",
  "My child wouldn't eat rice, so I made porridge and fed it to him.", "causative", "web")
C("이 마을 사람들은 아직도 우물에서 물을 길어 마신다.",
  "People in this village still draw their drinking water from a well.", "base", "news")
C("생선을 도마 위에 올려놓고 비늘을 벗겼다.",
  "I put the fish on the chopping board and scaled it.", "past", "textbook")
C("껌 씹으면서 수업 들으면 선생님한테 혼나.",
  "If you chew gum in class, the teacher will tell you off.", "base", "dialogue")
C("설거지하다가 접시가 미끄러져서 깨졌어.",
  "A plate slipped while I was doing the dishes and broke.", "past", "web")
C("주말에 한강에서 아이들과 연을 날렸어요.",
  "We flew kites with the kids by the Han River at the weekend.", "honorific", "dialogue")
C("햇볕 좋은 날 이불을 베란다에서 탁탁 털었다.",
  "On a sunny day I gave the duvet a good shake out on the balcony.", "past", "textbook")
C("다리가 저려서 잠깐 쭉 뻗고 앉았어.",
  "My leg had gone numb, so I sat with it stretched out for a bit.", "split", "dialogue")
C("태풍이 다가오면서 남해안에 강한 바람이 불고 있습니다.",
  "Strong winds are blowing along the south coast as the typhoon approaches.", "honorific", "news")
C("할아버지가 장에 가실 때 보따리에 참깨를 싸 가셨다.",
  "Grandpa wrapped sesame seeds in a cloth bundle to take to the market.", "honorific", "textbook")
C("문턱에 걸려 넘어지지 않게 조심해.",
  "Be careful not to trip over the doorsill.", "negated", "dialogue")
C("주말에 친구들이랑 국수 먹으러 시장에 갔어.",
  "I went to the market with my friends at the weekend for some noodles.", "past", "web")
