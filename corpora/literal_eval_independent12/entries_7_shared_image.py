# shared-image groups: the Korean image is also an English idiom, so keeping it is correct (hand-written, helper lit12, 2026-12-07)
N("다 같이 머리를 맞대고 해결책을 찾아봅시다.",
  "Let's all put our heads together and find a solution.",
  "Let's all work together to find a solution.",
  "body-part", "honorific", "dialogue", "body", "머리를 맞대다 = put heads together")
N("경기가 안 좋아서 올해는 다들 허리띠를 졸라매야 한다.",
  "With the economy in bad shape, everyone will have to tighten their belts this year.",
  "With the economy in bad shape, everyone will have to cut back this year.",
  "household", "base", "news", "clothing", "허리띠를 졸라매다 = tighten one's belt")
N("눈 깜짝할 사이에 지갑이 없어졌다.",
  "My wallet vanished in the blink of an eye.",
  "My wallet was gone in an instant.",
  "body-part", "past", "web", "body", "눈 깜짝할 사이 = in the blink of an eye")
N("명절 대목이라 가게에 일손이 모자란다.",
  "It's the holiday rush, so we're short-handed at the shop.",
  "It's the holiday rush, so we don't have enough staff at the shop.",
  "body-part", "base", "dialogue", "body", "일손이 모자라다 = be short-handed")
N("정부가 전세 사기 피해자 구제에 팔을 걷어붙였다.",
  "The government has rolled up its sleeves to help victims of rental deposit fraud.",
  "The government has stepped in to help victims of rental deposit fraud.",
  "body-part", "past", "news", "clothing", "팔을 걷어붙이다 = roll up one's sleeves")
N("가슴에 손을 얹고 한번 생각해 봐. 네 잘못은 없어?",
  "Put your hand on your heart and think about it. Are you blameless?",
  "Be honest with yourself for a moment. Are you really blameless?",
  "body-part", "question", "dialogue", "body", "가슴에 손을 얹다 = hand on heart")
N("사고가 나고 나서야 안전 펜스를 설치하다니, 소 잃고 외양간 고치는 격이다.",
  "Putting up a safety fence only after the accident is shutting the stable door after the horse has bolted.",
  "Putting up a safety fence only after the accident is acting far too late.",
  "proverb", "adnominal", "news", "proverb", "소 잃고 외양간 고친다; English has the same barn image with a horse")
N("도주로가 모두 막혀서 범인은 이제 독 안에 든 쥐다.",
  "With every escape route blocked, the suspect is now like a rat in a trap.",
  "With every escape route blocked, the suspect has nowhere left to run.",
  "animal", "base", "news", "animal", "독 안에 든 쥐 = like a rat in a trap")
N("다들 불만은 많은데 누가 고양이 목에 방울을 달겠어?",
  "Everyone has complaints, but who's going to bell the cat?",
  "Everyone has complaints, but who's going to risk speaking up to the boss?",
  "animal", "question", "web", "animal", "고양이 목에 방울 달기 = bell the cat")
N("면접 내내 바늘방석에 앉은 기분이었다.",
  "I was on pins and needles the whole interview.",
  "I felt terribly uneasy throughout the interview.",
  "household", "past", "web", "household", "바늘방석 = a cushion of needles; English 'on pins and needles'")
N("이번 선거의 열쇠는 중도층이 쥐고 있다.",
  "Centrist voters hold the key to this election.",
  "Centrist voters will decide this election.",
  "household", "base", "news", "household", "열쇠를 쥐다 = hold the key")
N("그 말 듣는 순간 완전히 뚜껑 열렸어.",
  "I completely flipped my lid the moment I heard that.",
  "I completely lost my temper the moment I heard that.",
  "household", "passive", "dialogue", "household", "뚜껑이 열리다 = flip one's lid")
N("우리 회사는 지금 중요한 갈림길에 서 있다.",
  "Our company is now at an important crossroads.",
  "Our company now faces a crucial decision.",
  "other", "base", "news", "weather-nature", "갈림길에 서다 = be at a crossroads")
N("금리 인상 이후 부동산 시장에 찬바람이 불고 있다.",
  "Since the rate rise, a chill wind has been blowing through the property market.",
  "Since the rate rise, the property market has cooled sharply.",
  "other", "base", "news", "weather-nature", "찬바람이 불다 = a chill wind is blowing")
N("아버지가 쓰러지셨다는 소식은 청천벽력 같았다.",
  "The news that my father had collapsed came like a bolt from the blue.",
  "The news that my father had collapsed came as a complete shock.",
  "four-char", "honorific", "web", "weather-nature", "청천벽력 = thunderbolt from a clear sky")
N("검사 결과를 보자 그의 얼굴이 하얗게 질렸다.",
  "When he saw the test results, he went as white as a sheet.",
  "When he saw the test results, he looked terrified.",
  "emotion", "past", "textbook", "colour", "하얗게 질리다 = go white (with fear)")
N("출장 가는 김에 부모님도 뵙고 오니 일석이조였다.",
  "Seeing my parents while I was on the business trip was killing two birds with one stone.",
  "Seeing my parents while I was on the business trip meant I got two things done at once.",
  "four-char", "past", "web", "four-char", "일석이조 = one stone, two birds")
N("아무리 말려도 안 들어서 이제 두 손 두 발 다 들었다.",
  "He won't listen however much I try to stop him, so I've thrown up my hands.",
  "He won't listen however much I try to stop him, so I've given up.",
  "body-part", "past", "dialogue", "body", "두 손 (두 발) 들다 = throw up one's hands")
N("빈 수레가 요란하다더니 제일 모르는 사람이 제일 말이 많다.",
  "Empty vessels make the most noise: the person who knows least talks the most.",
  "It's always the one who knows least who talks the most.",
  "proverb", "split", "web", "proverb", "빈 수레가 요란하다 = empty cart is noisy; English 'empty vessels'")
N("지렁이도 밟으면 꿈틀한다고, 참다 참다 결국 폭발했다.",
  "Even a worm will turn: after putting up with it for so long, he finally exploded.",
  "Even the most patient person has a limit: after putting up with it for so long, he finally exploded.",
  "proverb", "past", "web", "proverb", "지렁이도 밟으면 꿈틀한다 = even a worm will turn")
N("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "There's no smoke without fire. There must be something to it if there are rumours.",
  "There must be some truth to it if people are talking.",
  "proverb", "question", "dialogue", "proverb", "아니 땐 굴뚝에 연기 날까 = no smoke without fire")
N("오늘 저녁은 더치페이로 하자.",
  "Let's go Dutch on dinner tonight.",
  "Let's split the bill for dinner tonight.",
  "slang/neologism", "base", "dialogue", "konglish", "더치페이 = go Dutch")
N("회사가 군살을 빼려고 비핵심 사업부를 매각했다.",
  "The company sold off its non-core divisions to trim the fat.",
  "The company sold off its non-core divisions to cut costs.",
  "body-part", "past", "news", "business", "군살을 빼다 = trim the fat")
N("그 구단은 외부 인재 수혈로 분위기 쇄신에 나섰다.",
  "The club is bringing in new blood from outside to change the atmosphere.",
  "The club is hiring people from outside to shake things up.",
  "body-part", "nominalised", "news", "business", "수혈 = blood transfusion; English 'new blood'")
N("예산 부족으로 신도시 사업에 제동이 걸렸다.",
  "A budget shortfall has put the brakes on the new town project.",
  "A budget shortfall has halted the new town project.",
  "figurative-verb", "passive", "news", "news-bureaucratic", "제동이 걸리다 = have the brakes put on")
N("여야가 모처럼 한목소리를 냈다.",
  "The ruling and opposition parties spoke with one voice for once.",
  "The ruling and opposition parties agreed for once.",
  "figurative-verb", "past", "news", "news-bureaucratic", "한목소리를 내다 = speak with one voice")
N("공기업 부채가 눈덩이처럼 불어났다.",
  "Public corporation debt has snowballed.",
  "Public corporation debt has grown rapidly.",
  "other", "past", "news", "weather-nature", "눈덩이처럼 불어나다 = snowball")
N("노조의 제안에 회사는 미온적인 반응을 보였다.",
  "The company gave a lukewarm response to the union's proposal.",
  "The company showed little enthusiasm for the union's proposal.",
  "other", "adnominal", "news", "news-bureaucratic", "미온적 = lukewarm")
N("잇단 말 바꾸기에 지지자들마저 등을 돌렸다.",
  "After his repeated U-turns, even his supporters turned their backs on him.",
  "After his repeated U-turns, even his supporters abandoned him.",
  "body-part", "past", "news", "body", "등을 돌리다 = turn one's back on")
N("피는 물보다 진하다더니 결국 형 편을 들더라.",
  "Blood is thicker than water: in the end he took his brother's side.",
  "Family comes first: in the end he took his brother's side.",
  "proverb", "split", "web", "proverb", "피는 물보다 진하다 = blood is thicker than water")
N("협상이 임금 문제에서 벽에 부딪혔다.",
  "The talks have hit a wall over wages.",
  "The talks have stalled over wages.",
  "figurative-verb", "past", "news", "news-bureaucratic", "벽에 부딪히다 = hit a wall")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is only the tip of the iceberg.",
  "The corruption uncovered this time is only a small part of the problem.",
  "other", "negated", "news", "weather-nature", "빙산의 일각 = tip of the iceberg (common)")
N("두 나라 관계가 얼음장처럼 얼어붙었다.",
  "Relations between the two countries have frozen solid.",
  "Relations between the two countries have broken down.",
  "other", "past", "news", "weather-nature", "얼어붙다 = freeze (of relations); English 'relations froze'")
N("새 정책에 대한 반응은 아직 반반이다. 시장은 숨을 죽이고 지켜보고 있다.",
  "Reaction to the new policy is still mixed. The market is watching with bated breath.",
  "Reaction to the new policy is still mixed. The market is watching anxiously.",
  "body-part", "base", "news", "body", "숨을 죽이다 = hold one's breath; English 'with bated breath'")
