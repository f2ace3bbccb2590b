# shared image: the Korean image is also an English idiom, so keeping it is correct (hand-written, helper lit11, 2026-12-07)
N("다 같이 머리를 맞대고 해결책을 찾아봅시다.",
  "Let's all put our heads together and find a solution.",
  "Let's all work on this together and find a solution.",
  "body-part", "honorific", "dialogue", "머리를 맞대다 = put heads together")
N("합격 소식을 듣고 입이 귀에 걸렸다.",
  "When she heard she'd passed, she was grinning from ear to ear.",
  "When she heard she'd passed, she couldn't stop smiling.",
  "body-part", "past", "web", "입이 귀에 걸리다 = grin from ear to ear")
N("다들 불만은 많은데 고양이 목에 방울 달 사람이 없어.",
  "Everyone has complaints, but nobody wants to bell the cat.",
  "Everyone has complaints, but nobody is willing to take the risk of speaking up.",
  "animal", "adnominal", "dialogue", "고양이 목에 방울 달기 = bell the cat")
N("내 기억력이 금붕어라서 방금 한 말도 까먹었어.",
  "I've got a memory like a goldfish; I've already forgotten what I just said.",
  "My memory is terrible; I've already forgotten what I just said.",
  "animal", "past", "web", "금붕어 기억력 = memory like a goldfish")
N("자전거로 출퇴근하면 운동도 되고 교통비도 아끼니 일석이조다.",
  "Cycling to work gets you exercise and saves on fares: two birds with one stone.",
  "Cycling to work gives you exercise and saves money at the same time.",
  "four-char", "base", "textbook", "일석이조 = kill two birds with one stone")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is only the tip of the iceberg.",
  "The corruption uncovered this time is only a small part of the problem.",
  "weather/nature", "negated", "news", "빙산의 일각 = tip of the iceberg")
N("경기가 바닥을 치고 반등할 조짐을 보이고 있다.",
  "The economy is showing signs of hitting bottom and rebounding.",
  "The economy is showing signs of having reached its low point and starting to recover.",
  "weather/nature", "nominalised", "news", "바닥을 치다 = hit rock bottom")
N("갑작스러운 해고 통보는 그야말로 날벼락이었다.",
  "The sudden dismissal notice came like a bolt from the blue.",
  "The sudden dismissal notice came as a complete shock.",
  "weather/nature", "past", "textbook", "날벼락 = bolt from the blue")
N("복권 당첨되더니 돈을 물 쓰듯 쓰더라.",
  "After winning the lottery he spent money like water.",
  "After winning the lottery he spent money extravagantly.",
  "weather/nature", "past", "dialogue", "물 쓰듯 하다 = spend like water")
N("경기가 어려워지자 가계마다 허리띠를 졸라매고 있다.",
  "With the economy struggling, households are tightening their belts.",
  "With the economy struggling, households are cutting back on spending.",
  "household", "base", "news", "허리띠를 졸라매다 = tighten one's belt")
N("금융 당국이 가계 대출 관리의 고삐를 더 죄기로 했다.",
  "Financial regulators have decided to tighten the reins on household lending further.",
  "Financial regulators have decided to control household lending more strictly.",
  "news/bureaucratic", "past", "news", "고삐를 죄다 = tighten the reins")
N("법원이 공사 강행에 제동을 걸었다.",
  "The court put the brakes on the forced construction.",
  "The court halted the construction that was being pushed through.",
  "news/bureaucratic", "past", "news", "제동을 걸다 = put the brakes on")
N("신임 감독이 전임 감독의 바통을 이어받았다.",
  "The new coach took up the baton from his predecessor.",
  "The new coach took over from his predecessor.",
  "news/bureaucratic", "past", "news", "바통을 이어받다 = take up the baton")
N("이번 사건의 열쇠는 사라진 휴대전화가 쥐고 있다.",
  "The missing mobile phone holds the key to this case.",
  "The missing mobile phone is crucial to solving this case.",
  "household", "base", "news", "열쇠를 쥐다 = hold the key")
N("최저임금을 둘러싼 노사 간 줄다리기가 계속되고 있다.",
  "The tug-of-war between labour and management over the minimum wage continues.",
  "Labour and management are still at loggerheads over the minimum wage.",
  "news/bureaucratic", "nominalised", "news", "줄다리기 = tug-of-war")
N("잠잠하던 의혹이 다시 수면 위로 떠올랐다.",
  "Allegations that had gone quiet have resurfaced.",
  "Allegations that had died down have come up again.",
  "news/bureaucratic", "past", "news", "수면 위로 떠오르다 = (re)surface")
N("세계 경제에 먹구름이 드리우고 있다.",
  "Dark clouds are gathering over the global economy.",
  "The outlook for the global economy is getting gloomier.",
  "weather/nature", "base", "news", "먹구름 = dark clouds")
N("방학이라 놀고 싶어서 손이 근질근질해.",
  "It's the holidays and I'm itching to go out and have fun.",
  "It's the holidays and I'm dying to go out and have fun.",
  "body-part", "base", "dialogue", "근질근질하다 = be itching to")
N("시댁에 가면 바늘방석에 앉은 것 같아요.",
  "When I go to my in-laws', I feel like I'm on pins and needles.",
  "When I go to my in-laws', I feel really uncomfortable and on edge.",
  "household", "honorific", "web", "바늘방석 = on pins and needles")
N("눈이 오나 비가 오나 매일 아침 산책을 한다.",
  "Rain or shine, I go for a walk every morning.",
  "Whatever the weather, I go for a walk every morning.",
  "weather/nature", "split", "textbook", "눈이 오나 비가 오나 = rain or shine")
N("그렇게 좋은 책을 쟤한테 주는 건 돼지 목에 진주 목걸이야.",
  "Giving such a good book to him is casting pearls before swine.",
  "Giving such a good book to him is a waste; he won't appreciate it.",
  "animal", "nominalised", "dialogue", "돼지 목에 진주 목걸이 = pearls before swine")
N("결과 나오기도 전에 샴페인을 터뜨리는 건 이르다.",
  "It's too early to pop the champagne before the results are out.",
  "It's too early to celebrate before the results are out.",
  "news/bureaucratic", "nominalised", "news", "샴페인을 터뜨리다 = celebrate (prematurely)")
N("조별 과제에서 무임승차하는 애 꼭 있지.",
  "There's always a free rider in group projects.",
  "There's always someone who doesn't pull their weight in group projects.",
  "slang/neologism", "adnominal", "dialogue", "무임승차 = free-riding")
N("그 후보는 이번 토론에서 상대에게 한 방 먹였다.",
  "The candidate landed a punch on his opponent in the debate.",
  "The candidate scored a point against his opponent in the debate.",
  "figurative-verb", "past", "news", "한 방 먹이다 = land a blow")
N("두 사람 사이에 보이지 않는 벽이 생겼다.",
  "An invisible wall has come up between the two of them.",
  "The two of them have grown distant.",
  "household", "past", "textbook", "벽이 생기다 = a wall between people")
N("처음이니까 이번 한 번만 눈감아 줄게.",
  "Since it's your first time, I'll turn a blind eye just this once.",
  "Since it's your first time, I'll let it go just this once.",
  "body-part", "split", "dialogue", "눈감아 주다 = turn a blind eye")
N("사장님은 그 프로젝트에 청신호를 보냈다.",
  "The boss gave the project the green light.",
  "The boss approved the project.",
  "news/bureaucratic", "past", "news", "청신호를 보내다 = give the green light (청 read as green here)")
N("새 정부는 공기업 방만 경영에 메스를 대겠다고 밝혔다.",
  "The new government said it would take a scalpel to the lax management of state-owned companies.",
  "The new government said it would overhaul the lax management of state-owned companies.",
  "news/bureaucratic", "base", "news", "메스를 대다 = take a scalpel to (moved from the idiom groups: the literal was too close to English usage)")
N("20년 선수 생활에 마침표를 찍은 그는 눈물을 보였다.",
  "As he put a full stop to his 20-year playing career, he was in tears.",
  "Bringing his 20-year playing career to a close, he was in tears.",
  "news/bureaucratic", "adnominal", "news", "마침표를 찍다 = put a full stop to (British usage)")
N("화난 사람한테 그런 말 하는 건 불난 집에 부채질하는 거야.",
  "Saying that to someone who's already angry is just fanning the flames.",
  "Saying that to someone who's already angry just makes things worse.",
  "weather/nature", "nominalised", "dialogue", "불난 집에 부채질하다 = fan the flames")
