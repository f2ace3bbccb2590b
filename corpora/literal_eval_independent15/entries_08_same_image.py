# same-image groups: the Korean image is also an English idiom, so keeping it is correct (hand-written, helper lit15, 2026-12-07)
N("경기가 어려워지자 가계들이 허리띠를 졸라매고 있다.",
  "With the economy struggling, households are tightening their belts.",
  "With the economy struggling, households are cutting back on spending.",
  "household", "base", "news", "허리띠를 졸라매다: tighten one's belt; economy news")
N("마감 전에 다 같이 머리를 맞대고 해결책을 찾아봅시다.",
  "Let's all put our heads together and find a solution before the deadline.",
  "Let's all work on a solution together before the deadline.",
  "body-part", "honorific", "dialogue", "머리를 맞대다: put heads together; office")
N("이제 한국 기업들이 세계적인 기업들과 어깨를 나란히 하고 있다.",
  "Korean companies now stand shoulder to shoulder with the world's leading firms.",
  "Korean companies are now on a par with the world's leading firms.",
  "body-part", "base", "news", "어깨를 나란히 하다: stand shoulder to shoulder; business news")
N("잇단 말실수로 지지자들마저 등을 돌렸다.",
  "After a string of gaffes, even his supporters have turned their backs on him.",
  "After a string of gaffes, even his supporters have abandoned him.",
  "body-part", "past", "news", "등을 돌리다: turn one's back; politics news")
N("합격 소식을 듣고 입이 귀에 걸렸다.",
  "When I heard I'd passed, I was grinning from ear to ear.",
  "When I heard I'd passed, I couldn't stop smiling.",
  "body-part", "past", "web", "입이 귀에 걸리다: grin from ear to ear; social post")
N("가뜩이나 화난 사람한테 그런 말을 하면 불난 집에 부채질하는 거야.",
  "Saying that to someone who's already angry is just fanning the flames.",
  "Saying that to someone who's already angry only makes it worse.",
  "proverb", "split", "dialogue", "불난 집에 부채질하다: fan the flames; chat")
N("장관의 해명이 오히려 논란에 기름을 부었다.",
  "The minister's explanation only added fuel to the fire.",
  "The minister's explanation only made the controversy worse.",
  "household", "past", "news", "기름을 붓다: add fuel to the fire; politics news")
N("갑작스러운 해고 통보는 마른하늘에 날벼락이었다.",
  "The sudden notice of dismissal was a bolt from the blue.",
  "The sudden notice of dismissal came as a complete shock.",
  "proverb", "past", "web", "마른하늘에 날벼락: bolt from the blue; workplace post")
N("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "There's no smoke without fire. There must be something to the rumour.",
  "There must be some truth to the rumour, or people wouldn't be talking.",
  "proverb", "question", "dialogue", "아니 땐 굴뚝에 연기 날까: no smoke without fire; chat")
N("다들 불만은 많은데 누가 고양이 목에 방울을 달겠어?",
  "Everyone has complaints, but who's going to bell the cat?",
  "Everyone has complaints, but who's going to be the one to raise them?",
  "proverb", "question", "dialogue", "고양이 목에 방울 달기: bell the cat; office")
N("천 리 길도 한 걸음부터라니까, 오늘 한 쪽만이라도 읽어 봐.",
  "A journey of a thousand miles begins with a single step, so read even one page today.",
  "Every big task starts small, so try reading just one page today.",
  "proverb", "split", "dialogue", "천 리 길도 한 걸음부터: a journey of a thousand miles; dialogue")
N("자전거로 출퇴근하면 운동도 되고 교통비도 아끼니 일석이조예요.",
  "Cycling to work gets you exercise and saves on fares, so it kills two birds with one stone.",
  "Cycling to work gets you exercise and saves on fares, so you get two benefits at once.",
  "four-char", "honorific", "web", "일석이조: kill two birds with one stone; blog")
N("불꽃 축제에 인파가 몰려 한강공원이 인산인해를 이뤘다.",
  "Crowds flocked to the fireworks festival, turning the Han River park into a sea of people.",
  "Huge crowds packed the Han River park for the fireworks festival.",
  "four-char", "past", "news", "인산인해: a sea of people; news")
N("복권에 당첨되더니 돈을 물 쓰듯 쓰더라.",
  "After winning the lottery he spent money like water.",
  "After winning the lottery he spent money recklessly.",
  "household", "split", "dialogue", "물 쓰듯 하다: spend like water; chat")
N("연말을 맞아 소비자들이 지갑을 열기 시작했다.",
  "With the year-end season here, consumers have started opening their wallets.",
  "With the year-end season here, consumers have started spending.",
  "household", "past", "news", "지갑을 열다: open one's wallet; retail news")
N("법원이 공사에 제동을 걸었다.",
  "The court has put the brakes on the construction.",
  "The court has halted the construction.",
  "household", "past", "news", "제동을 걸다: put the brakes on; news")
N("정부는 신도시 개발에 박차를 가하고 있다.",
  "The government is spurring on the development of new towns.",
  "The government is speeding up the development of new towns.",
  "household", "base", "news", "박차를 가하다: spur on; property news")
N("그동안 숨겨졌던 갈등이 수면 위로 떠올랐다.",
  "Tensions that had been hidden all this time have come to the surface.",
  "Tensions that had been hidden all this time are now out in the open.",
  "household", "past", "news", "수면 위로 떠오르다: surface; politics news")
N("전문가들은 집값이 바닥을 쳤다고 보고 있다.",
  "Experts believe house prices have hit bottom.",
  "Experts believe house prices have stopped falling.",
  "household", "past", "news", "바닥을 치다: hit bottom; property news")
N("코로나로 여행업계가 직격탄을 맞았다.",
  "The travel industry took a direct hit from COVID.",
  "The travel industry was hit hardest by COVID.",
  "household", "passive", "news", "직격탄을 맞다: take a direct hit; economy news")
N("최저임금을 두고 노사 간 줄다리기가 계속되고 있다.",
  "The tug-of-war between labour and management over the minimum wage continues.",
  "Labour and management are still at odds over the minimum wage.",
  "household", "base", "news", "줄다리기: tug-of-war; labour news")
N("이번 선거의 열쇠는 20대 유권자들이 쥐고 있다.",
  "Voters in their twenties hold the key to this election.",
  "Voters in their twenties will decide this election.",
  "household", "base", "news", "열쇠를 쥐다: hold the key; election news")
N("나 금붕어 기억력이라 방금 한 말도 잊어버렸어.",
  "I've got a memory like a goldfish. I've already forgotten what I just said.",
  "My memory is terrible. I've already forgotten what I just said.",
  "animal", "past", "dialogue", "금붕어 기억력: memory like a goldfish; chat")
N("빈 수레가 요란하다더니, 말만 많고 실력은 없네.",
  "Empty vessels make the most noise: he talks a lot but can't deliver.",
  "He talks a lot, but he can't actually deliver.",
  "proverb", "split", "web", "빈 수레가 요란하다: empty vessels make the most noise; forum")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is just the tip of the iceberg.",
  "The corruption uncovered this time is only a small part of the problem.",
  "household", "base", "news", "빙산의 일각: tip of the iceberg; news")
N("친절한 척하는 그 사람은 양의 탈을 쓴 늑대였다.",
  "The man who pretended to be kind was a wolf in sheep's clothing.",
  "The man who pretended to be kind was actually dangerous.",
  "animal", "past", "textbook", "양의 탈을 쓴 늑대: wolf in sheep's clothing; textbook story")
N("그의 사과는 악어의 눈물에 불과했다.",
  "His apology was nothing but crocodile tears.",
  "His apology was completely insincere.",
  "animal", "past", "news", "악어의 눈물: crocodile tears; editorial")
N("아무리 싸워도 피는 물보다 진하다고 결국 형 편을 들더라.",
  "No matter how much they fight, blood is thicker than water, and in the end he took his brother's side.",
  "No matter how much they fight, family comes first, and in the end he took his brother's side.",
  "proverb", "split", "dialogue", "피는 물보다 진하다: blood is thicker than water; chat")
N("그 기자는 권력자들에게 눈엣가시 같은 존재였다.",
  "The journalist was a thorn in the side of the powerful.",
  "The journalist was a constant irritation to the powerful.",
  "body-part", "adnominal", "news", "눈엣가시: a thorn in one's side; news")
N("인공지능은 양날의 검이 될 수 있다.",
  "AI can be a double-edged sword.",
  "AI can bring both benefits and risks.",
  "household", "base", "textbook", "양날의 검: double-edged sword; textbook")
N("본사가 해외 진출에 청신호를 켰다.",
  "Head office has given the green light to overseas expansion.",
  "Head office has approved overseas expansion.",
  "other", "past", "news", "청신호를 켜다: give the green light; business news")
N("협상이 결국 벽에 부딪혔다.",
  "The negotiations have hit a wall.",
  "The negotiations have stalled.",
  "household", "past", "news", "벽에 부딪히다: hit a wall; news")
