# same-image groups: the Korean image also exists as an English idiom, so keeping it is correct
# (two good rows; note starts "image idiomatic in English;" as in set 6) (hand-written, helper lit13, 2026-12-07)
N("물가가 계속 오르니 다들 허리띠를 졸라매고 있다.",
  "With prices still rising, everyone is tightening their belts.",
  "With prices still rising, everyone is cutting back.",
  "household", "base", "news", "허리띠를 졸라매다 / tighten one's belt")
N("팀원들이 밤늦게까지 머리를 맞대고 해결책을 찾았다.",
  "The team put their heads together late into the night to find a solution.",
  "The team worked together late into the night to find a solution.",
  "body-part", "past", "textbook", "머리를 맞대다 / put heads together")
N("잇따른 말 바꾸기에 지지자들마저 그에게 등을 돌렸다.",
  "After his repeated U-turns, even his supporters turned their backs on him.",
  "After his repeated U-turns, even his supporters abandoned him.",
  "body-part", "past", "news", "등을 돌리다 / turn one's back on")
N("쏟아지는 비난에도 그는 눈썹 하나 까딱하지 않았다.",
  "Despite the flood of criticism, he didn't bat an eyelid.",
  "Despite the flood of criticism, he remained completely unfazed.",
  "body-part", "negated", "news", "눈썹 하나 까딱하지 않다 / not bat an eyelid")
N("수해가 나자 주민들이 직접 팔을 걷어붙이고 복구에 나섰다.",
  "When the floods hit, residents rolled up their sleeves and started the clean-up themselves.",
  "When the floods hit, residents set to work on the clean-up themselves.",
  "body-part", "split", "news", "팔을 걷어붙이다 / roll up one's sleeves")
N("다들 불만은 많은데 누가 고양이 목에 방울을 달 건데?",
  "Everyone's got complaints, but who's going to bell the cat?",
  "Everyone's got complaints, but who's actually going to say something to him?",
  "animal", "question", "dialogue", "고양이 목에 방울 달기 / bell the cat")
N("사고가 난 뒤에야 안전 펜스를 설치하는 건 소 잃고 외양간 고치는 격이다.",
  "Installing safety fences only after the accident is shutting the barn door after the cow has gone.",
  "Installing safety fences only after the accident is acting far too late.",
  "proverb", "nominalised", "news", "소 잃고 외양간 고친다 / shut the stable door after the horse has bolted")
N("출구가 모두 봉쇄돼 범인은 독 안에 든 쥐 신세가 됐다.",
  "With all the exits sealed, the suspect was trapped like a rat.",
  "With all the exits sealed, the suspect had nowhere left to run.",
  "animal", "passive", "news", "독 안에 든 쥐 / trapped like a rat")
N("패션에 관심 없는 그 사람한테 명품 가방은 돼지 목에 진주 목걸이지.",
  "Giving a designer bag to someone who doesn't care about fashion is casting pearls before swine.",
  "A designer bag is wasted on someone who doesn't care about fashion.",
  "animal", "base", "dialogue", "돼지 목에 진주 목걸이 / pearls before swine")
N("그의 어설픈 해명은 오히려 불난 집에 기름을 부은 격이 됐다.",
  "His clumsy explanation only added fuel to the fire.",
  "His clumsy explanation only made things worse.",
  "proverb", "split", "news", "불난 집에 기름을 붓다 / add fuel to the fire")
N("고금리 장기화로 세계 경제에 먹구름이 드리우고 있다.",
  "Dark clouds are gathering over the world economy as high interest rates drag on.",
  "The outlook for the world economy is darkening as high interest rates drag on.",
  "household", "base", "news", "먹구름 / dark clouds; weather")
N("멀쩡하던 가게가 재개발로 헐린다니 마른하늘에 날벼락이지.",
  "The shop was doing fine and now it's being demolished for redevelopment — it's a bolt from the blue.",
  "The shop was doing fine and now it's being demolished for redevelopment — it came out of nowhere.",
  "household", "passive", "dialogue", "마른하늘에 날벼락 / bolt from the blue; weather")
N("이십 년 다닌 직장에서 청천벽력 같은 해고 통보를 받았다.",
  "After twenty years at the company, the dismissal notice came like a thunderbolt.",
  "After twenty years at the company, he was stunned to receive a dismissal notice.",
  "four-char", "adnominal", "news", "청천벽력 / like a thunderbolt")
N("출퇴근을 자전거로 하면 운동도 되고 교통비도 아끼니 일석이조다.",
  "Cycling to work gives you exercise and saves on fares — that's killing two birds with one stone.",
  "Cycling to work gives you exercise and saves on fares — you win both ways.",
  "four-char", "base", "web", "일석이조 / two birds with one stone; number")
N("저렇게 서두르면 십중팔구 실수할 거야.",
  "If he rushes like that, nine times out of ten he'll make a mistake.",
  "If he rushes like that, he'll almost certainly make a mistake.",
  "four-char", "base", "dialogue", "십중팔구 / nine times out of ten; number")
N("첫 무대에 선 아이는 사시나무 떨듯 떨었다.",
  "The child on stage for the first time was shaking like a leaf.",
  "The child on stage for the first time was trembling all over.",
  "other", "past", "textbook", "사시나무 떨듯 / shake like a leaf; nature")
N("또 그 소리를 하는데 진짜 뚜껑 열리더라.",
  "When he said that again I really flipped my lid.",
  "When he said that again I completely lost my temper.",
  "household", "passive", "dialogue", "뚜껑이 열리다 / flip one's lid")
N("새 정부는 공공기관의 방만 경영에 메스를 대겠다고 밝혔다.",
  "The new government said it would take a scalpel to waste at public institutions.",
  "The new government said it would overhaul wasteful management at public institutions.",
  "figurative-verb", "base", "news", "메스를 대다 / take a scalpel to")
N("주민 반대로 신도시 개발 계획에 제동이 걸렸다.",
  "Residents' opposition has put the brakes on the new town development plan.",
  "Residents' opposition has halted the new town development plan.",
  "figurative-verb", "passive", "news", "제동이 걸리다 / put the brakes on")
N("철도 노조의 총파업이 초읽기에 들어갔다.",
  "The countdown to the rail union's general strike has begun.",
  "The rail union's general strike is imminent.",
  "figurative-verb", "past", "news", "초읽기에 들어가다 / the countdown has begun")
N("한 선수의 고백 이후 폭로가 봇물 터지듯 쏟아졌다.",
  "After one athlete spoke out, the floodgates opened and revelations poured out.",
  "After one athlete spoke out, one revelation followed another.",
  "figurative-verb", "split", "news", "봇물 터지듯 / the floodgates opened")
N("은퇴한 선배의 바통을 이어받아 그가 팀장을 맡게 됐다.",
  "Taking up the baton from his retired predecessor, he became team leader.",
  "He took over as team leader from his retired predecessor.",
  "figurative-verb", "past", "news", "바통을 이어받다 / take up the baton")
N("양국 공동 연구 사업이 드디어 첫발을 뗐다.",
  "The joint research project between the two countries has finally taken its first steps.",
  "The joint research project between the two countries has finally got under way.",
  "figurative-verb", "past", "news", "첫발을 떼다 / take the first steps")
N("눈덩이처럼 불어난 카드빚 때문에 잠을 못 잔다.",
  "I can't sleep because of my snowballing credit card debt.",
  "I can't sleep because my credit card debt has ballooned.",
  "household", "adnominal", "web", "눈덩이처럼 불어나다 / snowball; weather")
N("노조는 이번 사장 선임을 전형적인 낙하산 인사라고 비판했다.",
  "The union criticised the new CEO as a typical parachuted-in appointee.",
  "The union criticised the choice of CEO as a typical political appointment.",
  "other", "base", "news", "낙하산 인사 / parachuted in; bureaucratic")
N("이번 사고는 노후 시설 관리에 경종을 울렸다.",
  "This accident has sounded the alarm over the upkeep of ageing facilities.",
  "This accident is a warning about how ageing facilities are maintained.",
  "figurative-verb", "past", "news", "경종을 울리다 / sound the alarm")
N("후반 내내 상대 골문을 두드렸지만 끝내 골은 터지지 않았다.",
  "They kept knocking on the door throughout the second half but the goal never came.",
  "They kept pressing for a goal throughout the second half but never found one.",
  "figurative-verb", "negated", "news", "골문을 두드리다 / knock on the door; sports")
N("종료 직전 터진 페널티킥이 승부의 추를 기울였다.",
  "A penalty just before the end tipped the scales.",
  "A penalty just before the end decided the match.",
  "figurative-verb", "past", "news", "승부의 추를 기울이다 / tip the scales; sports")
N("주가가 바닥을 치고 반등하기 시작했다.",
  "The share price has hit rock bottom and started to rebound.",
  "The share price has stopped falling and started to recover.",
  "figurative-verb", "past", "news", "바닥을 치다 / hit rock bottom; business")
N("이번 선거의 열쇠는 중도층이 쥐고 있다.",
  "Swing voters hold the key to this election.",
  "Swing voters will decide this election.",
  "household", "base", "news", "열쇠를 쥐다 / hold the key")
N("할인 행사 상품이 눈 깜짝할 사이에 다 팔렸다.",
  "The sale items sold out in the blink of an eye.",
  "The sale items sold out almost instantly.",
  "body-part", "passive", "web", "눈 깜짝할 사이 / in the blink of an eye")
N("우산 없이 나갔다가 물에 빠진 생쥐 꼴이 됐어.",
  "I went out without an umbrella and ended up looking like a drowned rat.",
  "I went out without an umbrella and got completely soaked.",
  "animal", "past", "dialogue", "물에 빠진 생쥐 / like a drowned rat")
N("점심을 못 먹어서 배고파 죽겠어.",
  "I missed lunch and I'm dying of hunger.",
  "I missed lunch and I'm really hungry.",
  "emotion", "base", "dialogue", "죽겠다 / dying of; spoken register")
N("오늘 아침 추위 진짜 장난 아니다.",
  "The cold this morning is no joke.",
  "It's absolutely freezing this morning.",
  "other", "negated", "dialogue", "장난 아니다 / no joke; spoken register")
N("피해자를 조롱하는 영상을 보니 피가 끓었다.",
  "Seeing the video mocking the victim made my blood boil.",
  "Seeing the video mocking the victim made me furious.",
  "emotion", "past", "web", "피가 끓다 / make one's blood boil")
N("사고 소식을 듣고 가슴이 찢어지는 것 같았다.",
  "When I heard about the accident it felt like my heart was being torn apart.",
  "When I heard about the accident I was devastated.",
  "emotion", "adnominal", "textbook", "가슴이 찢어지다 / heart torn apart")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is only the tip of the iceberg.",
  "The corruption uncovered this time is only a small part of the problem.",
  "other", "base", "news", "빙산의 일각 / tip of the iceberg; nature")
N("생성형 인공지능은 교육 현장에 양날의 검이다.",
  "Generative AI is a double-edged sword for schools.",
  "Generative AI brings both benefits and risks for schools.",
  "household", "base", "news", "양날의 검 / double-edged sword")
N("이미 엎질러진 물이니 후회해 봤자 소용없어.",
  "It's spilt milk now, so there's no use regretting it.",
  "It's done now, so there's no use regretting it.",
  "proverb", "passive", "dialogue", "엎질러진 물 / spilt milk (water in Korean)")
N("고금리에 벼랑 끝으로 내몰린 자영업자들이 늘고 있다.",
  "More and more small business owners are being pushed to the edge of the cliff by high interest rates.",
  "More and more small business owners are in desperate straits because of high interest rates.",
  "other", "passive", "news", "벼랑 끝 / on the edge of the cliff, on the brink; nature")
N("그의 사과는 악어의 눈물일 뿐이라는 반응이 많다.",
  "Many say his apology is nothing but crocodile tears.",
  "Many say his apology is completely insincere.",
  "animal", "base", "news", "악어의 눈물 / crocodile tears")
N("이제 우리는 한배를 탄 사이니까 서로 도와야지.",
  "We're all in the same boat now, so we have to help each other.",
  "We're in this together now, so we have to help each other.",
  "household", "adnominal", "dialogue", "한배를 타다 / in the same boat")
N("처벌 조항이 없는 그 법은 종이호랑이에 불과하다.",
  "Without penalty clauses, that law is just a paper tiger.",
  "Without penalty clauses, that law has no teeth.",
  "animal", "base", "news", "종이호랑이 / paper tiger")
N("그 판결이 판도라의 상자를 열었다는 우려가 나온다.",
  "There are fears that the ruling has opened Pandora's box.",
  "There are fears that the ruling will unleash a host of new problems.",
  "other", "past", "news", "판도라의 상자 / Pandora's box")
N("팀장님이 오늘 아침부터 칼을 갈고 계시니 조심해.",
  "The team leader has been sharpening his knives since this morning, so watch out.",
  "The team leader has been out for blood since this morning, so watch out.",
  "household", "honorific", "dialogue", "칼을 갈다 / sharpen one's knives (out for revenge)")
N("국경 지역 주민들은 여전히 전쟁의 그림자 속에서 살고 있다.",
  "People in the border area still live in the shadow of war.",
  "People in the border area still live under the threat of war.",
  "other", "base", "news", "전쟁의 그림자 / in the shadow of war")
