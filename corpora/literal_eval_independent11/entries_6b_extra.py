# more idiom groups, mostly causative / passive / dropped-particle forms (hand-written, helper lit11, 2026-12-07)
I("새로 산 프린터가 설치부터 얼마나 애를 먹이던지.",
  "The new printer fed me so much intestine, starting from installation.",
  "The new printer gave me so much grief, right from the installation.",
  "figurative-verb", "causative", "web", "애를 먹이다 = give trouble")
I("사춘기 아들이 요즘 속을 많이 썩여요.",
  "My adolescent son is rotting my insides a lot these days.",
  "My teenage son has been giving me a lot of heartache lately.",
  "body-part", "causative", "dialogue", "속을 썩이다 = cause worry")
I("형들이 막내를 골탕 먹이려고 소금 넣은 커피를 줬다.",
  "The older brothers gave the youngest coffee with salt to feed him bone soup.",
  "The older brothers gave the youngest coffee with salt in it to play a trick on him.",
  "food", "causative", "textbook", "골탕(을) 먹이다 = play a nasty trick on")
I("아이 기를 죽이는 말은 하지 마세요.",
  "Don't say words that kill the child's energy.",
  "Please don't say things that crush your child's confidence.",
  "emotion", "causative", "textbook", "기를 죽이다 = dishearten")
I("수술 결과가 나올 때까지 온 가족이 마음을 졸였다.",
  "The whole family boiled down their hearts until the surgery result came out.",
  "The whole family was on edge until the results of the operation came through.",
  "emotion", "past", "dialogue", "마음을 졸이다 = be anxious")
I("한도 증액으로 소상공인들의 숨통이 조금 트였다.",
  "With the increased limit, the windpipes of small business owners opened a little.",
  "The higher credit limit has given small business owners a bit of breathing room.",
  "body-part", "passive", "news", "숨통이 트이다 = get breathing space")
I("그 뉴스 보고 뒷목 잡았잖아.",
  "I saw that news and grabbed the back of my neck.",
  "I was livid when I saw that news.",
  "body-part", "past", "web", "뒷목(을) 잡다 = be outraged")
I("발등에 불이 떨어져야 움직이는 스타일이라 마감 전날 밤을 새웠다.",
  "I'm the style who moves only when fire falls on the top of my foot, so I stayed up the night before the deadline.",
  "I only get moving when things get urgent, so I pulled an all-nighter before the deadline.",
  "body-part", "split", "dialogue", "발등에 불이 떨어지다 = be pressed for time (common)")
I("용의자들이 미리 입을 맞춘 정황이 드러났다.",
  "Circumstances emerged that the suspects had kissed in advance.",
  "There are signs that the suspects had got their stories straight beforehand.",
  "body-part", "adnominal", "news", "입을 맞추다 = align stories (false friend: 'kiss')")
I("그는 조직에서 손을 씻고 작은 식당을 열었다.",
  "He washed his hands from the gang and opened a small restaurant.",
  "He went straight, left the gang and opened a small restaurant.",
  "body-part", "past", "textbook", "손을 씻다 = quit crime (false friend: 'wash one's hands of')")
I("잠깐 눈 좀 붙이고 올게.",
  "I'll go stick my eyes for a bit and come back.",
  "I'm going to grab a quick nap.",
  "body-part", "split", "dialogue", "눈(을) 붙이다 = take a nap; particle dropped")
I("이 노트북 화면이 깜빡거리는데 손 좀 봐 줄 수 있어?",
  "This laptop screen is flickering; can you see it with your hands?",
  "This laptop screen keeps flickering. Could you have a look at it and fix it?",
  "body-part", "question", "dialogue", "손(을) 보다 = fix, repair")
I("우리 이제 말 놓을까요?",
  "Shall we put down words now?",
  "Shall we drop the formal speech now?",
  "other", "question", "dialogue", "말을 놓다 = switch to casual speech")
I("한 우물만 판 끝에 그는 업계 최고의 장인이 됐다.",
  "After digging only one well, he became the best craftsman in the industry.",
  "By sticking to one craft all his life, he became the best in the business.",
  "proverb", "past", "news", "한 우물을 파다 = stick to one thing")
I("가랑비에 옷 젖는 줄 모른다더니 커피값이 한 달에 20만 원이야.",
  "They say you don't know your clothes get wet in drizzle; coffee costs 200,000 won a month.",
  "Little things add up: I'm spending 200,000 won a month on coffee.",
  "proverb", "negated", "web", "가랑비에 옷 젖는 줄 모른다")
I("부모님 등쌀에 떠밀려 선을 봤어요.",
  "Pushed by my parents' back pressure, I saw a line.",
  "My parents pestered me until I agreed to go on an arranged date.",
  "other", "passive", "dialogue", "등쌀에 떠밀리다 = be pressured; 선을 보다 = go on an arranged meeting")
I("사채 빌렸다가 코가 꿰여서 시키는 대로 다 하고 있대.",
  "He borrowed from a loan shark and got his nose threaded, so he does everything he's told.",
  "He borrowed from a loan shark and now they've got him over a barrel; he does whatever they say.",
  "body-part", "passive", "web", "코가 꿰이다 = be in someone's grip")
I("사장이 나서자 그 진상 손님은 바로 꼬리를 내렸다.",
  "When the owner stepped in, that rude customer immediately lowered his tail.",
  "When the owner stepped in, the obnoxious customer backed down at once.",
  "animal", "past", "web", "꼬리를 내리다 = back down; 진상 = obnoxious customer")
I("입에 침이나 바르고 거짓말해라.",
  "At least put saliva on your lips and then lie.",
  "At least make your lies believable.",
  "body-part", "base", "dialogue", "입에 침이나 바르고 거짓말해라 = that's a barefaced lie")
I("연락 올 때까지 간만 보지 말고 네가 먼저 해.",
  "Don't just taste the seasoning until he contacts you; you do it first.",
  "Stop testing the waters and waiting for him to call; just message him first.",
  "food", "negated", "dialogue", "간(을) 보다 = sound someone out (간 = seasoning)")
I("내가 무슨 말을 해도 쇠귀에 경 읽기야.",
  "Whatever I say, it's reading sutras to a cow's ear.",
  "Whatever I say, it's like talking to a brick wall.",
  "proverb", "nominalised", "dialogue", "쇠귀에 경 읽기 = falls on deaf ears")
