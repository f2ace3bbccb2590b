# near misses (image idiomatic in English) and literal-use controls (hand-written, lit5, 2026-12-07)
N("요즘 팀장님 기분 때문에 사무실이 완전 살얼음판이야.",
  "Because of the team leader's mood lately, the office is like walking on thin ice.",
  "With the team leader in such a mood lately, everyone at the office is on edge.",
  "figurative-verb", "base", "dialogue", "살얼음판 = tense, risky situation")
N("물가가 오르면서 가계들이 허리띠를 졸라매고 있다.",
  "As prices rise, households are tightening their belts.",
  "As prices rise, households are cutting back on spending.",
  "household", "base", "news", "허리띠를 졸라매다 = economise")
N("장남이라 그런지 어깨가 무거워요.",
  "Maybe because I'm the eldest son, there's a weight on my shoulders.",
  "I suppose it's because I'm the eldest son, but I feel a lot of responsibility.",
  "body-part", "honorific", "dialogue", "어깨가 무겁다 = feel burdened")
N("애가 안 보여서 가슴이 철렁했잖아.",
  "I couldn't see the kid and my heart sank.",
  "I couldn't see my kid anywhere and I panicked.",
  "body-part", "past", "dialogue", "가슴이 철렁하다 = be startled with fear")
N("용돈 받더니 입이 귀에 걸렸네.",
  "He got his allowance and now he's grinning from ear to ear.",
  "He got his allowance and now he can't stop smiling.",
  "body-part", "past", "dialogue", "입이 귀에 걸리다 = beam")
N("말만 많고 실적은 없네, 빈 수레가 요란하다더니.",
  "Lots of talk and no results. Empty vessels make the most noise, they say.",
  "Lots of talk and no results. All talk and no action.",
  "proverb", "split", "dialogue", "빈 수레가 요란하다")
N("안 그래도 화난 사람한테 그런 말 하는 건 불난 집에 부채질하는 거야.",
  "Saying that to someone who's already angry is just fanning the flames.",
  "Saying that to someone who's already angry only makes things worse.",
  "proverb", "nominalised", "dialogue", "불난 집에 부채질하다")
N("갑작스러운 폐업 통보는 직원들에게 청천벽력이었다.",
  "The sudden closure notice came as a bolt from the blue to the staff.",
  "The sudden closure notice came as a complete shock to the staff.",
  "four-char", "past", "news", "청천벽력 = sudden shock")
N("MZ세대 사이에서 조용한 퇴사가 유행이라는 기사 봤어?",
  "Did you see the article saying quiet quitting is trending among the MZ generation?",
  "Did you see the article saying young workers are doing only the bare minimum these days?",
  "slang/neologism", "base", "web", "조용한 퇴사 = quiet quitting (calque of the English term)")
N("오늘 정글이 혼자 캐리했다.",
  "Our jungler carried the game single-handedly today.",
  "Our jungler won the game for us on his own today.",
  "slang/neologism", "past", "web", "캐리하다 = carry (from English gaming slang)")
N("이길 수 있었는데 마지막에 서폿이 던졌어.",
  "We could've won, but our support threw at the end.",
  "We could have won, but our support blew it at the end.",
  "slang/neologism", "past", "dialogue", "던지다 = throw a game")
N("새 부서로 옮기더니 물 만난 고기처럼 일하더라.",
  "Since moving to the new department he's been working like a fish in water.",
  "Since moving to the new department he's really been in his element.",
  "animal", "adnominal", "dialogue", "물 만난 고기 = in one's element")
N("결승전은 끝까지 손에 땀을 쥐게 하는 접전이었다.",
  "The final was a sweaty-palmed, close contest right to the end.",
  "The final was a nail-biter right to the end.",
  "body-part", "causative", "news", "손에 땀을 쥐다 = be tense with excitement")
N("가격을 올리자 단골들마저 등을 돌렸다.",
  "When they raised prices, even the regulars turned their backs on them.",
  "When they raised prices, even the regulars stopped coming.",
  "body-part", "past", "news", "등을 돌리다 = turn against")
N("이제 우리 한 배를 탄 거야, 같이 가자.",
  "We're in the same boat now, so let's go together.",
  "We're in this together now, so let's see it through.",
  "figurative-verb", "past", "dialogue", "한 배를 타다 = share a fate")
N("연금 개혁은 이번 선거의 뜨거운 감자로 떠올랐다.",
  "Pension reform has emerged as the hot potato of this election.",
  "Pension reform has become the most contentious issue of the election.",
  "food", "past", "news", "뜨거운 감자 = controversial issue")
N("이번에 드러난 비리는 빙산의 일각일 뿐이에요.",
  "The corruption that came out this time is only the tip of the iceberg.",
  "The corruption that's come to light is only a small part of the problem.",
  "other", "honorific", "dialogue", "빙산의 일각 = tip of the iceberg")
N("인공지능은 양날의 검이라는 지적이 나온다.",
  "Some point out that artificial intelligence is a double-edged sword.",
  "Some point out that artificial intelligence has both benefits and risks.",
  "household", "base", "news", "양날의 검 = double-edged sword")
N("우리 다 같이 머리를 맞대고 방법을 찾아보자.",
  "Let's all put our heads together and find a way.",
  "Let's all think it through together and find a solution.",
  "body-part", "base", "dialogue", "머리를 맞대다 = confer")
N("그 팀은 결국 챔피언 앞에 무릎을 꿇었다.",
  "In the end the team was brought to its knees by the champion.",
  "In the end the team was beaten by the champion.",
  "body-part", "past", "news", "무릎을 꿇다 = be defeated")
N("창업 초기에 자금 문제로 벽에 부딪혔어.",
  "In the early days of the startup I hit a wall with funding problems.",
  "In the startup's early days I ran into serious funding problems.",
  "figurative-verb", "passive", "dialogue", "벽에 부딪히다 = meet an obstacle")
N("싸워도 결국 가족 편이지, 피는 물보다 진하다잖아.",
  "Even if we fight, I'm on my family's side. Blood is thicker than water, right?",
  "Even if we fight, I'll always stand by my family. Family comes first.",
  "proverb", "split", "dialogue", "피는 물보다 진하다")
N("그는 이번 작품으로 할리우드 진출의 첫발을 내디뎠다.",
  "With this work he took his first step into Hollywood.",
  "This film marks the start of his Hollywood career.",
  "figurative-verb", "past", "news", "첫발을 내딛다 = make a start")
N("우리 강아지는 하루 종일 나를 그림자처럼 따라다녀.",
  "My puppy follows me around like a shadow all day.",
  "My puppy follows me everywhere all day long.",
  "other", "base", "dialogue", "그림자처럼 따라다니다 = follow closely")
N("졸업하고 여러 회사의 문을 두드렸지만 쉽지 않았어요.",
  "After graduating I knocked on the doors of many companies, but it wasn't easy.",
  "After graduating I applied to lots of companies, but it wasn't easy.",
  "figurative-verb", "past", "dialogue", "문을 두드리다 = seek entry, apply")
C("생일이라고 엄마가 아침에 미역국 끓여 주셨어.",
  "Mom made me seaweed soup this morning because it's my birthday.", "honorific", "dialogue")
C("점심에 비빔국수 먹을래, 잔치국수 먹을래?",
  "For lunch, do you want spicy mixed noodles or noodles in broth?", "base", "dialogue")
C("옛날에는 바가지로 항아리의 물을 떠서 썼다.",
  "In the old days people used a gourd dipper to scoop water from the jar.", "past", "textbook")
C("축구하다가 발목을 삐어서 깁스했어.",
  "I sprained my ankle playing football, so I'm in a cast.", "past", "dialogue")
C("강아지가 나를 보자마자 꼬리를 흔들며 달려왔다.",
  "As soon as the puppy saw me, it came running, wagging its tail.", "past", "textbook")
C("추석이라 떡집 앞에 줄이 길게 서 있다.",
  "It's Chuseok, so there's a long line outside the rice cake shop.", "base", "news")
C("감기 걸렸을 땐 엄마표 김칫국이 최고야.",
  "When I have a cold, Mom's kimchi soup is the best.", "base", "web")
C("베개가 너무 높아서 자고 일어나면 목이 아파.",
  "My pillow is too high, so my neck hurts when I wake up.", "base", "dialogue")
C("그 농구 선수는 손이 커서 공을 한 손으로 잡는다.",
  "That basketball player has such big hands that he can hold the ball in one hand.", "base", "news")
C("고등학교 졸업하고 처음으로 귀를 뚫었어.",
  "I got my ears pierced for the first time after finishing high school.", "passive", "dialogue")
C("호박씨를 말려서 볶으면 고소한 간식이 된다.",
  "Dried and roasted pumpkin seeds make a nutty snack.", "base", "textbook")
C("버스를 놓쳐서 결국 택시 탔어 ㅠㅠ",
  "I missed the bus so I ended up taking a taxi :(", "past", "web")
C("피자 시킬 때 콜라 말고 사이다로 해 줘.",
  "When you order the pizza, get lemon-lime soda instead of cola.", "base", "dialogue")
C("퇴근길에 군고구마 사 갈게.",
  "I'll pick up some roasted sweet potatoes on my way home.", "base", "web")
C("가뭄이 계속되면서 마을 우물까지 말라 버렸다.",
  "As the drought continued, even the village well ran dry.", "past", "news")
C("인절미에 콩가루를 듬뿍 묻혀 주세요.",
  "Please coat the injeolmi generously in roasted soybean powder.", "honorific", "dialogue")
C("시금치나물에 참기름 넣고 깨를 솔솔 뿌려.",
  "Add sesame oil to the seasoned spinach and sprinkle some sesame seeds on top.", "base", "dialogue")
C("아침마다 전깃줄에 까마귀들이 앉아서 시끄럽게 울어.",
  "Every morning crows sit on the power lines and caw loudly.", "base", "dialogue")
C("밥 다 먹고 숭늉 한 그릇 마시니까 속이 편하다.",
  "After the meal, a bowl of scorched-rice tea settles my stomach.", "base", "dialogue")
C("홍수로 다리가 끊겨서 주민들은 배를 타고 강을 건넜다.",
  "The flood cut off the bridge, so residents crossed the river by boat.", "passive", "news")
C("겨울이 되자 호수가 얼어서 사람들이 얼음 위를 걸어 다녔다.",
  "When winter came the lake froze, and people walked around on the ice.", "past", "textbook")
