# household objects, clothing, weather/nature, colour and number idioms (hand-written, helper lit12, 2026-12-07)
I("정부의 부동산 대책이 국정감사에서 다시 도마 위에 올랐다.",
  "The government's real estate measures went up on the chopping board again at the parliamentary audit.",
  "The government's housing measures came under fire again at the parliamentary audit.",
  "household", "past", "news", "news-bureaucratic", "도마 위에 오르다 = come under scrutiny; 'on the chopping block' would be a false friend")
I("창업 지원금을 계속 붓는 건 밑 빠진 독에 물 붓기다.",
  "Continuing to pour start-up subsidies is pouring water into a jar with a bottom that fell out.",
  "Pouring more start-up subsidies in is just throwing good money after bad.",
  "household", "base", "news", "household", "밑 빠진 독에 물 붓기 = futile spending")
I("가마솥 더위가 일주일째 이어지면서 온열 질환자가 늘고 있습니다.",
  "As the iron-cauldron heat continues for a week, heat illness patients are increasing.",
  "With the sweltering heat now in its second week, cases of heat-related illness are rising.",
  "household", "honorific", "news", "weather-nature", "가마솥 더위 = sweltering heat")
I("냄비 근성 때문인지 그 사건에 대한 관심은 금방 식었다.",
  "Maybe because of pot nature, interest in that incident quickly cooled.",
  "As usual, people got worked up about it and then lost interest almost at once.",
  "household", "past", "web", "household", "냄비 근성 = quick to boil, quick to cool")
I("그는 삼십 년 동안 오로지 한 우물만 팠다.",
  "He dug only one well for thirty years.",
  "He devoted thirty years to a single field.",
  "household", "past", "textbook", "household", "한 우물을 파다 = stick to one pursuit",
  "For thirty years he stuck to the one thing he knew.")
I("대학 때는 그 친구 자취방을 문지방이 닳도록 드나들었다.",
  "In college I went in and out of that friend's room until the doorsill wore down.",
  "At university I practically lived at my friend's flat.",
  "household", "past", "web", "household", "문지방이 닳도록 = very frequently")
I("어제 술 마시고 보낸 문자 생각하면 이불킥 각이다.",
  "When I think of the text I sent after drinking yesterday, it's a blanket-kick angle.",
  "Just thinking about the text I sent drunk last night makes me want to crawl into a hole.",
  "household", "base", "web", "slang-internet", "이불킥 = cringe at one's memory; 각 = it's bound to be")
I("코인에 전 재산 몰빵했다가 쪽박 찼다.",
  "I put all my assets into coins and wore a little gourd.",
  "I put everything I had into crypto and lost my shirt.",
  "household", "past", "web", "slang-internet", "쪽박을 차다 = go broke (beggar's gourd)")
I("아무도 안 나서길래 결국 내가 총대를 멨다.",
  "Since nobody stepped forward, in the end I carried the gun barrel on my shoulder.",
  "No one else would step up, so in the end I took one for the team.",
  "household", "past", "dialogue", "business", "총대를 메다 = take on a risky job for the group",
  "Nobody else would do it, so I stuck my neck out.")
I("친구가 옆에서 자꾸 바람을 넣는 바람에 사표를 내 버렸다.",
  "Because my friend kept putting in wind next to me, I ended up submitting my resignation.",
  "My friend kept egging me on, so I went and handed in my notice.",
  "household", "past", "web", "household", "바람을 넣다 = egg on")
I("사장님이 올해 연봉 인상은 없다고 못을 박으셨다.",
  "The boss hammered a nail that there is no salary increase this year.",
  "The boss made it absolutely clear there would be no pay rise this year.",
  "household", "honorific", "dialogue", "business", "못을 박다 = state firmly")
I("다 잘되고 있는데 혼자 판 깨지 말고 좀 참아.",
  "Everything is going well, so don't break the board alone and hold on a bit.",
  "Everything's going fine, so don't go ruining it for everyone; just hang on.",
  "household", "negated", "dialogue", "household", "판을 깨다 = spoil the whole thing")
I("스포 당해서 완전 김샜어.",
  "I got spoilered and the steam totally leaked.",
  "Someone spoiled the ending for me, and now it's no fun at all.",
  "household", "past", "web", "slang-internet", "김새다 = be deflated, lose interest")
I("그 드라마는 시작부터 첫 단추를 잘못 끼웠다.",
  "That drama fastened its first button wrongly from the start.",
  "That drama got off on the wrong foot right from the start.",
  "household", "past", "web", "clothing", "첫 단추를 잘못 끼우다 = start off badly")
# clothing
I("옆집 아저씨는 오지랖이 넓어서 남의 집 일에 다 끼어드신다.",
  "The man next door's coat front is wide, so he butts into every other family's business.",
  "The man next door is such a busybody; he pokes his nose into everyone's business.",
  "household", "honorific", "dialogue", "clothing", "오지랖이 넓다 = nosy")
I("옷깃만 스쳐도 인연이라는데 언제 밥이나 한번 먹어요.",
  "They say even brushing collars is fate, so let's eat rice once sometime.",
  "They say no meeting is by chance, so let's grab a meal sometime.",
  "proverb", "split", "dialogue", "clothing", "옷깃만 스쳐도 인연 = even a brief encounter is meant to be")
I("그 사람은 결혼하고 나서 완전히 아내 치마폭에 싸여 산다.",
  "After getting married he lives completely wrapped in his wife's skirt.",
  "Since he got married he's been completely under his wife's thumb.",
  "household", "passive", "web", "clothing", "치마폭에 싸이다 = be dominated by a woman")
I("이장님이 올해 동네 부녀회장 감투까지 쓰셨대.",
  "They say the village head even put on the horsehair hat of the neighbourhood women's association chair this year.",
  "I hear the village head has taken on the chair of the women's association this year as well.",
  "household", "honorific", "dialogue", "clothing", "감투를 쓰다 = take up a post")
I("외국인 노동자를 색안경을 끼고 바라보면 안 된다.",
  "We must not look at foreign workers wearing coloured glasses.",
  "We shouldn't look at migrant workers through the lens of prejudice.",
  "household", "negated", "textbook", "clothing", "색안경을 끼다 = be prejudiced; 'rose-tinted glasses' is a false friend")
I("그 가게 명의상 사장은 바지사장이고 실제 주인은 따로 있다.",
  "The nominal boss of that shop is a trousers boss and the real owner is someone else.",
  "The owner on paper is just a front man; the real owner is someone else.",
  "household", "base", "news", "clothing", "바지사장 = figurehead owner")
I("수해 소식에 주민들이 발 벗고 나서서 복구를 도왔다.",
  "At news of the flood damage, residents took off their shoes, stepped forward and helped the recovery.",
  "When they heard about the flooding, local residents went all out to help with the clean-up.",
  "household", "past", "news", "clothing", "발 벗고 나서다 = throw oneself into helping")
# weather / nature
I("요즘 원룸 구하기가 하늘의 별 따기야.",
  "These days finding a studio is picking a star from the sky.",
  "Finding a studio flat these days is next to impossible.",
  "other", "nominalised", "dialogue", "weather-nature", "하늘의 별 따기 = nearly impossible (common)")
I("주말 불꽃축제에 구름 인파가 몰렸다.",
  "Cloud crowds flocked to the weekend fireworks festival.",
  "Huge crowds flocked to the fireworks festival at the weekend.",
  "other", "past", "news", "weather-nature", "구름 인파 = huge crowd (news formula)")
I("이번 시즌 우승은 사실상 물 건너갔다.",
  "This season's championship has practically crossed the water.",
  "The title is effectively out of reach this season.",
  "other", "past", "news", "sports", "물 건너가다 = be too late, be lost",
  "That ship has sailed as far as this season's title is concerned.")
I("겨우 이사 끝냈더니 이번엔 집주인이랑 분쟁이야. 산 넘어 산이다.",
  "I barely finished moving and this time it's a dispute with the landlord. It's mountain over mountain.",
  "I'd barely finished moving when a dispute with the landlord started; it's one thing after another.",
  "other", "base", "web", "weather-nature", "산 넘어 산 = one difficulty after another")
I("어제 소개팅 상대가 나를 바람맞혔어.",
  "Yesterday my blind date made me get hit by the wind.",
  "My blind date stood me up yesterday.",
  "other", "causative", "dialogue", "weather-nature", "바람맞히다 = stand someone up (causative of 바람맞다)")
I("시험 전날 밤에 벼락치기로 한 과목을 다 외웠다.",
  "The night before the exam I memorised a whole subject by lightning strike.",
  "I crammed an entire subject the night before the exam.",
  "other", "past", "web", "weather-nature", "벼락치기 = cramming")
I("그 사건의 불똥이 엉뚱하게 협력업체로 튀었다.",
  "The sparks of that incident jumped absurdly to the partner companies.",
  "The fallout from the scandal ended up hitting the suppliers, of all people.",
  "figurative-verb", "split", "news", "weather-nature", "불똥이 튀다 = fallout spreads; split by 엉뚱하게")
I("십 년이 지났지만 사건의 진실은 여전히 안개 속이다.",
  "Ten years have passed, but the truth of the case is still inside fog.",
  "Ten years on, the truth about the case is still shrouded in mystery.",
  "other", "base", "news", "weather-nature", "안개 속 = unclear, unresolved")
I("네가 먼저 연락을 다 하고, 해가 서쪽에서 뜨겠네.",
  "You contacted me first; the sun is going to rise in the west.",
  "You called me first? Wonders will never cease.",
  "other", "base", "dialogue", "weather-nature", "해가 서쪽에서 뜨다 = something unheard-of",
  "You got in touch first? Pigs must be flying.")
I("뜬구름 잡는 소리 그만하고 현실적인 계획을 가져와.",
  "Stop the sound of catching floating clouds and bring a realistic plan.",
  "Stop with the pie-in-the-sky ideas and bring me a realistic plan.",
  "other", "adnominal", "dialogue", "weather-nature", "뜬구름 잡다 = be unrealistic")
I("요즘은 가게에 손님이 가뭄에 콩 나듯 온다.",
  "These days customers come to the shop like beans sprouting in a drought.",
  "These days customers come into the shop only once in a blue moon.",
  "food", "base", "web", "weather-nature", "가뭄에 콩 나듯 = very rarely")
I("비 온 뒤에 땅이 굳는다고 그 싸움 이후 둘이 더 친해졌다.",
  "As the ground hardens after rain, the two got closer after that fight.",
  "That fight actually cleared the air, and the two of them have been closer ever since.",
  "proverb", "past", "web", "proverb", "비 온 뒤에 땅이 굳는다 = adversity strengthens")
I("규제가 강화되면서 대출 중개업계가 된서리를 맞았다.",
  "As regulation was tightened, the loan brokerage industry was hit by a heavy frost.",
  "Tighter regulation has dealt a severe blow to the loan brokerage industry.",
  "other", "passive", "news", "weather-nature", "된서리를 맞다 = suffer a severe blow")
I("올해 대졸자들은 역대급 취업 한파를 겪고 있다.",
  "This year's graduates are going through a record-level employment cold wave.",
  "This year's graduates are facing one of the toughest job markets on record.",
  "other", "base", "news", "weather-nature", "취업 한파 = harsh job market")
I("연말 금융권에 감원 칼바람이 불고 있다.",
  "A knife wind of staff cuts is blowing through the financial sector at year-end.",
  "Banks and insurers are wielding the axe on jobs as the year ends.",
  "other", "base", "news", "business", "칼바람 = harsh layoffs")
# colour
I("저 녀석은 어릴 때부터 싹수가 노랬어.",
  "That guy's sprouts have been yellow since he was young.",
  "That kid was a bad lot from the start.",
  "other", "past", "dialogue", "colour", "싹수가 노랗다 = show no promise")
I("한 번 빨간 줄이 그어지면 공기업 취업은 어렵다.",
  "Once a red line is drawn, getting a job at a public corporation is hard.",
  "Once you have a criminal record, it's hard to get a job at a state-run company.",
  "other", "passive", "news", "colour", "빨간 줄 = criminal record; English 'red line' is a false friend")
I("그건 처음부터 끝까지 새빨간 거짓말이야.",
  "That is a bright red lie from beginning to end.",
  "That's a barefaced lie from start to finish.",
  "other", "base", "dialogue", "colour", "새빨간 거짓말 = outright lie")
I("검은 머리 파뿌리 되도록 행복하게 살아라.",
  "Live happily until your black hair becomes green onion roots.",
  "May you grow old and grey together in happiness.",
  "other", "base", "textbook", "colour", "검은 머리 파뿌리 되도록 = until old age (wedding wish)")
I("어제 기말 발표 하얗게 불태웠다.",
  "I burned white at the final presentation yesterday.",
  "I gave yesterday's final presentation absolutely everything I had.",
  "other", "past", "web", "colour", "하얗게 불태우다 = give one's all (slang)")
I("중학교 때 싸이월드 사진은 내 흑역사야.",
  "My Cyworld photos from middle school are my black history.",
  "My Cyworld photos from middle school are my most embarrassing past.",
  "other", "base", "web", "colour", "흑역사 = embarrassing past")
I("시험에 떨어졌다는 연락을 받고 눈앞이 캄캄했다.",
  "When I got word that I failed the exam, it was pitch dark in front of my eyes.",
  "When I heard I'd failed the exam, I didn't know where to turn.",
  "body-part", "past", "textbook", "colour", "눈앞이 캄캄하다 = despair, not know what to do")
I("블랙 컨슈머 때문에 매장 직원들이 큰 스트레스를 받는다.",
  "Because of black consumers, store staff receive big stress.",
  "Store staff are under huge stress because of customers who make abusive or fraudulent complaints.",
  "slang/neologism", "passive", "news", "konglish", "블랙 컨슈머 = abusive or fraudulent customer; literal is badly misleading")
# number
I("가위바위보는 원래 삼세판이지!",
  "Rock-paper-scissors is originally three-three rounds!",
  "Rock-paper-scissors is best of three, everyone knows that!",
  "other", "base", "dialogue", "number", "삼세판 = best of three")
I("차가 완전히 찌그러졌는데 운전자는 구사일생으로 살아났다.",
  "The car was completely crushed, but the driver survived with nine deaths and one life.",
  "The car was a total wreck, but the driver had a miraculous escape.",
  "four-char", "past", "news", "number", "구사일생 = narrow escape",
  "The car was crushed, but the driver escaped by the skin of his teeth.")
I("백지장도 맞들면 낫다고, 같이 하면 금방 끝나.",
  "As even a sheet of blank paper is better lifted together, if we do it together it'll end soon.",
  "Many hands make light work; if we do it together, we'll be done in no time.",
  "proverb", "split", "dialogue", "proverb", "백지장도 맞들면 낫다; English idiom with another image")
I("이팔청춘도 아닌데 밤을 새우면 다음 날 못 일어나.",
  "I'm not two-eight youth, so if I stay up all night I can't get up the next day.",
  "I'm not sixteen any more; if I pull an all-nighter, I can't function the next day.",
  "other", "negated", "dialogue", "number", "이팔청춘 = sweet sixteen (2x8)")
I("칠칠맞게 또 지갑을 택시에 두고 내렸어?",
  "Did you seven-seven-ishly leave your wallet in the taxi again?",
  "You left your wallet in a taxi again? How careless can you get?",
  "other", "question", "dialogue", "number", "칠칠맞다 = careless (in negative-sense use)")
I("한 치 앞도 모르는 게 사람 일이다.",
  "Human affairs are not knowing even one chi ahead.",
  "You never know what's around the corner.",
  "other", "adnominal", "textbook", "number", "한 치 앞도 모르다 = the future is unknowable")
I("할아버지 팔순 잔치에 사돈의 팔촌까지 다 왔다.",
  "Even the eighth cousins of the in-laws all came to Grandfather's eightieth birthday party.",
  "Every distant relative you could think of turned up for Grandpa's eightieth.",
  "other", "past", "web", "number", "사돈의 팔촌 = very distant relations")
I("솔직히 이 문제 1도 모르겠어.",
  "Honestly I don't know even 1 of this problem.",
  "Honestly, I haven't got a clue how to do this question.",
  "slang/neologism", "negated", "web", "number", "1도 모르다 = not understand at all (slang)")
I("학생들이 잔디밭에 삼삼오오 모여 앉아 도시락을 먹었다.",
  "The students gathered three-three-five-five on the lawn and ate their lunchboxes.",
  "The students sat about on the lawn in little groups, eating their packed lunches.",
  "four-char", "past", "textbook", "number", "삼삼오오 = in small groups")
I("세 살 버릇 여든까지 간다더니 아직도 손톱을 물어뜯네.",
  "They say a habit at three goes until eighty, and you still bite your nails.",
  "Old habits die hard; you still bite your nails.",
  "proverb", "split", "dialogue", "number", "세 살 버릇 여든까지 간다")
I("발 없는 말이 천 리 간다고 벌써 온 회사에 소문이 다 났어.",
  "A horse without feet goes a thousand li, so the rumour has already spread through the whole company.",
  "Word travels fast; the whole company already knows.",
  "proverb", "past", "dialogue", "number", "발 없는 말이 천 리 간다 (말 = word/horse pun)")
