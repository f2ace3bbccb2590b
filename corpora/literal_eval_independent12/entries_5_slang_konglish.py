# slang and internet speech, Konglish, spoken register (hand-written, helper lit12, 2026-12-07)
I("월급날인데 통장 잔고 보니까 현타 온다.",
  "It's payday, but seeing my account balance, hyeon-ta comes.",
  "It's payday, but one look at my bank balance brought me crashing back down to earth.",
  "slang/neologism", "base", "web", "slang-internet", "현타 = sobering moment (현실 자각 타임)")
I("말투가 진짜 사람 킹받게 하네.",
  "The way of talking really makes a person king-receive.",
  "The way he talks really winds me up.",
  "slang/neologism", "causative", "web", "slang-internet", "킹받다 = be really annoyed")
I("그런 친구는 더 상처받기 전에 빨리 손절해.",
  "Loss-cut that kind of friend quickly before you get more hurt.",
  "Cut that kind of friend out of your life before they hurt you any more.",
  "slang/neologism", "base", "dialogue", "slang-internet", "손절 = cut ties (from stock stop-loss)")
I("마감 전날 과제 파일이 날아가서 멘붕 왔어.",
  "The day before the deadline my assignment file flew away and mental collapse came.",
  "My assignment file got wiped the day before the deadline and I completely lost it.",
  "slang/neologism", "past", "web", "slang-internet", "멘붕 = mental breakdown, panic")
I("그 영화 평점은 높던데 나는 완전 노잼이었어.",
  "That movie's rating was high, but for me it was totally no-jam.",
  "That film's got great ratings, but I found it dead boring.",
  "slang/neologism", "past", "web", "slang-internet", "노잼 = no fun (잼 from 재미)")
I("걔는 전학 오자마자 핵인싸가 됐어.",
  "As soon as he transferred, he became a nuclear insider.",
  "He was the most popular kid in school the minute he transferred.",
  "slang/neologism", "past", "dialogue", "slang-internet", "핵인싸 = super-popular person")
I("올해는 갓생 살아 보려고 매일 새벽 다섯 시에 일어나.",
  "This year I'm trying to live a god life, so I get up at five every morning.",
  "This year I'm trying to really get my life together, so I get up at five every morning.",
  "slang/neologism", "base", "web", "slang-internet", "갓생 = disciplined, productive life")
I("영끌해서 집 산 사람들이 금리 인상에 비명을 지르고 있다.",
  "People who soul-pulled to buy houses are screaming at the rate rise.",
  "People who borrowed to the hilt to buy homes are feeling the pain of higher interest rates.",
  "slang/neologism", "adnominal", "news", "slang-internet", "영끌 = borrow every last won (영혼까지 끌어모으다)")
I("고점에 물려서 지금 팔지도 못하고 있어.",
  "I got bitten at the peak, so now I can't even sell.",
  "I bought at the top and now I'm stuck; I can't even sell.",
  "slang/neologism", "passive", "web", "business", "물리다 = be stuck in a losing position",
  "I bought at the peak and now I'm left holding the bag.")
I("어제 보낸 카톡 또 읽씹당했어.",
  "The KakaoTalk I sent yesterday got read-chewed again.",
  "He left my message from yesterday on read again.",
  "slang/neologism", "passive", "dialogue", "slang-internet", "읽씹 = read and ignore")
I("같은 드립을 세 번째 치는 건 뇌절이지.",
  "Hitting the same drip for the third time is brain-cut.",
  "Making the same joke a third time is just flogging a dead horse.",
  "slang/neologism", "nominalised", "web", "slang-internet", "뇌절 = overdo a joke; 드립 = quip")
I("야식엔 치킨에 맥주가 국룰이지.",
  "For a late-night snack, chicken and beer is the national rule.",
  "For a late-night snack it's got to be chicken and beer; everyone knows that.",
  "slang/neologism", "base", "web", "slang-internet", "국룰 = unwritten rule everyone follows")
I("밤새 게임하고 아침 시험 망친 거, 스불재지 뭐.",
  "Gaming all night and ruining the morning exam, it's a self-called disaster.",
  "I gamed all night and bombed the morning exam; I've only got myself to blame.",
  "slang/neologism", "past", "web", "slang-internet", "스불재 = self-inflicted disaster")
I("발표 자료는 알잘딱깔센으로 부탁해.",
  "Please make the presentation material al-jal-ttak-kkal-sen.",
  "Just do the slides however you think best; keep them clean and smart.",
  "slang/neologism", "base", "dialogue", "slang-internet", "알잘딱깔센 = use your judgement and do it neatly")
I("끝까지 중꺾마 정신으로 뛰었습니다.",
  "We ran until the end with the spirit of the important-thing-is-an-unbroken-heart.",
  "We kept going right to the end with a never-say-die attitude.",
  "slang/neologism", "honorific", "news", "sports", "중꺾마 = what matters is an unbreakable will")
I("여기 진짜 찐 맛집이다, 웨이팅할 만해.",
  "This place is really a steamed taste house, worth waiting.",
  "This place is the real deal; it's worth the queue.",
  "slang/neologism", "base", "web", "slang-internet", "찐 = genuine; 맛집 = great restaurant")
I("우리 팀 막내는 눈치가 만렙이야.",
  "Our team's youngest has ten-thousand-level eye sense.",
  "The youngest on our team is incredibly quick to read the room.",
  "slang/neologism", "base", "dialogue", "slang-internet", "만렙 = max level (gaming)")
I("그 댓글 보고 혼자 빵 터졌잖아.",
  "I exploded with a bang alone after seeing that comment.",
  "That comment had me cracking up on my own.",
  "slang/neologism", "past", "web", "slang-internet", "빵 터지다 = burst out laughing")
I("점심 먹고 창밖 보면서 한참 멍때렸다.",
  "After lunch I hit blank for a long time looking out the window.",
  "After lunch I sat staring out the window, completely zoned out.",
  "slang/neologism", "past", "web", "slang-internet", "멍때리다 = space out")
I("퇴근길에 붕어빵 사 먹는 게 나의 소확행이다.",
  "Buying and eating fish bread on the way home from work is my small-certain-happiness.",
  "Grabbing a fish-shaped pastry on the way home is one of my little joys in life.",
  "slang/neologism", "nominalised", "web", "slang-internet", "소확행 = small but certain happiness")
I("저 사람 하루 종일 주식 창만 보는 월급 루팡이야.",
  "That person is a salary Lupin who looks only at the stock window all day.",
  "He spends all day watching share prices; he just draws a salary and does nothing.",
  "slang/neologism", "adnominal", "dialogue", "business", "월급 루팡 = employee who does no work")
I("제주도 가서 인생샷 하나 건졌다.",
  "I went to Jeju and fished out one life shot.",
  "I got the best photo of my life in Jeju.",
  "slang/neologism", "past", "web", "slang-internet", "인생샷 = best photo ever; 건지다 = land")
I("보고서 아직 반도 못 썼어. 오늘 야근각이다.",
  "I haven't even written half the report. Today is an overtime angle.",
  "I haven't even done half the report; looks like I'm working late tonight.",
  "slang/neologism", "negated", "dialogue", "slang-internet", "각 = it's looking like")
I("예능에서 억텐 부리는 거 보기 좀 힘들더라.",
  "It was a bit hard to watch them exerting forced tension on variety shows.",
  "It's a bit painful watching them fake all that excitement on variety shows.",
  "slang/neologism", "nominalised", "web", "slang-internet", "억텐 = forced enthusiasm (억지 텐션)")
I("월세에 카드값 내고 나니까 통장이 텅장이 됐다.",
  "After paying the monthly rent and the card bill, my bankbook became an empty-book.",
  "After paying my rent and credit card bill, my bank account is bone dry.",
  "slang/neologism", "past", "web", "slang-internet", "텅장 = empty account (텅 + 통장)")
I("걔 금사빠라서 이번 달에만 벌써 두 번 반했대.",
  "He's a gold-buy-fall, so they say he's fallen in love twice already this month.",
  "He falls for people at the drop of a hat; he's been smitten twice already this month.",
  "slang/neologism", "past", "dialogue", "slang-internet", "금사빠 = falls in love easily")
I("작가가 1화부터 떡밥을 잔뜩 뿌려 놨다.",
  "The writer scattered lots of rice-cake bait from episode one.",
  "The writer planted loads of clues right from the first episode.",
  "slang/neologism", "past", "web", "slang-internet", "떡밥 = plot hook, bait")
I("사이버 렉카 채널들이 확인도 안 된 의혹을 퍼뜨렸다.",
  "Cyber wrecker channels spread suspicions that were not even confirmed.",
  "Gossip channels chasing clicks spread unverified allegations.",
  "slang/neologism", "negated", "news", "slang-internet", "사이버 렉카 = click-chasing gossip channel (Konglish 'wrecker')")
I("그 유튜버는 말 한마디 잘못했다가 나락 갔다.",
  "That YouTuber said one word wrong and went to the abyss.",
  "One careless remark sank that YouTuber's career.",
  "slang/neologism", "past", "web", "slang-internet", "나락 가다 = fall from grace")
I("보너스 들어와서 주말에 탕진잼 좀 봤다.",
  "My bonus came in, so at the weekend I saw some squander-jam.",
  "My bonus came in, so I had fun blowing it at the weekend.",
  "slang/neologism", "past", "web", "slang-internet", "탕진잼 = fun of splurging")
I("그 몰래카메라 영상 알고 보니 주작이었대.",
  "They say that hidden camera video turned out to be a jujak.",
  "Turns out that hidden-camera video was staged.",
  "slang/neologism", "past", "web", "slang-internet", "주작 = fabricated content")
I("오늘 3교시 휴강이래. 개꿀!",
  "They say 3rd period is cancelled today. Dog honey!",
  "Third period's cancelled today. Sweet!",
  "slang/neologism", "base", "web", "slang-internet", "개꿀 = great, lucky")
I("야, 어쩔티비. 내가 알아서 할게.",
  "Hey, what-to-do-TV. I'll handle it myself.",
  "Yeah, whatever. I'll sort it out myself.",
  "slang/neologism", "base", "dialogue", "slang-internet", "어쩔티비 = so what, whatever")
# Konglish
I("돈이 없어서 백화점 가서 아이쇼핑만 했다.",
  "I had no money, so I went to the department store and only did eye shopping.",
  "I was broke, so I went to the department store and just window-shopped.",
  "slang/neologism", "past", "web", "konglish", "아이쇼핑 = window-shopping")
I("사귄 지 얼마 안 돼서 아직 스킨십은 어색해.",
  "It hasn't been long since we started dating, so skinship is still awkward.",
  "We haven't been together long, so physical affection still feels a bit awkward.",
  "slang/neologism", "negated", "dialogue", "konglish", "스킨십 = physical affection")
I("내일 면접 파이팅!",
  "Fighting for the interview tomorrow!",
  "Good luck with the interview tomorrow!",
  "slang/neologism", "base", "dialogue", "konglish", "파이팅 = you can do it, good luck",
  "Go smash that interview tomorrow!")
I("여기는 반찬이랑 물은 셀프예요.",
  "Here side dishes and water are self.",
  "Side dishes and water are self-service here.",
  "slang/neologism", "honorific", "dialogue", "konglish", "셀프 = self-service")
I("건배하고 다 같이 원샷!",
  "Cheers and everyone together one shot!",
  "Cheers, everyone, and down it in one!",
  "slang/neologism", "base", "dialogue", "konglish", "원샷 = drink in one go")
I("별것도 아닌데 그렇게 오버하지 마.",
  "It's nothing special, so don't over like that.",
  "It's no big deal, so don't overreact like that.",
  "slang/neologism", "negated", "dialogue", "konglish", "오버하다 = overreact")
I("그 선수 결승전에서 실축하고 멘탈이 완전히 나갔다.",
  "That player missed the kick in the final and his mental completely went out.",
  "That player missed his penalty in the final and completely went to pieces.",
  "slang/neologism", "past", "news", "konglish", "멘탈이 나가다 = lose one's composure")
I("그 배우 리즈 시절 사진 봤어? 진짜 잘생겼더라.",
  "Did you see the photos from that actor's Leeds days? He was really handsome.",
  "Have you seen photos of that actor in his prime? He was gorgeous.",
  "slang/neologism", "question", "dialogue", "konglish", "리즈 시절 = heyday (from a Leeds United player)")
I("사장님이 서비스로 군만두를 주셨어요.",
  "The owner gave us fried dumplings as a service.",
  "The owner gave us some fried dumplings on the house.",
  "slang/neologism", "honorific", "web", "konglish", "서비스 = free extra")
I("엄마랑 아빠는 대학교 때 미팅에서 처음 만나셨대.",
  "They say Mom and Dad first met at a meeting in college.",
  "Mom and Dad first met on a group blind date at university.",
  "slang/neologism", "honorific", "dialogue", "konglish", "미팅 = group blind date")
I("방학 동안 편의점에서 아르바이트를 했다.",
  "During the vacation I did arbeit at a convenience store.",
  "I had a part-time job at a convenience store over the holidays.",
  "slang/neologism", "past", "textbook", "konglish", "아르바이트 = part-time job (from German)")
I("헬스 다닌 지 석 달 됐는데 몸무게가 그대로야.",
  "It's been three months since I started going to health, but my weight is the same.",
  "I've been going to the gym for three months and I haven't lost any weight.",
  "slang/neologism", "nominalised", "dialogue", "konglish", "헬스 = gym")
I("그 가수는 데뷔하자마자 각종 CF를 싹쓸이했다.",
  "As soon as that singer debuted, she swept up all kinds of CF.",
  "The moment she debuted, that singer landed one advertising deal after another.",
  "slang/neologism", "past", "news", "konglish", "CF = TV commercial")
I("기말고사 때 컨닝하다가 걸려서 그 과목 0점 처리됐다.",
  "I got caught cunning during the final exam and that subject was processed as zero points.",
  "I got caught cheating in the final and was given zero for that subject.",
  "slang/neologism", "passive", "web", "konglish", "컨닝 = cheating in an exam (from 'cunning'); false friend")
# spoken register
I("그 가격에 그 품질이면 말도 안 되지.",
  "At that price with that quality, it doesn't even become words.",
  "That quality at that price? No way.",
  "other", "negated", "dialogue", "spoken", "말도 안 되다 = that's absurd")
I("이번 주 날씨 진짜 장난 아니다.",
  "This week's weather is really not a prank.",
  "The weather this week is absolutely crazy.",
  "other", "negated", "dialogue", "spoken", "장난 아니다 = intense, unreal")
I("요즘 힘들다는 말을 입에 달고 산다.",
  "These days he lives hanging the word 'hard' on his mouth.",
  "These days he never stops saying how hard things are.",
  "body-part", "base", "web", "spoken", "입에 달고 살다 = say constantly")
I("와, 어이가 없네. 자기가 먼저 밀어 놓고.",
  "Wow, there's no eoi. He pushed first himself.",
  "Unbelievable. He's the one who pushed first!",
  "other", "negated", "dialogue", "spoken", "어이가 없다 = be dumbfounded")
I("늦게 들어갔다가 엄마한테 한 소리 들었어.",
  "I went home late and heard one sound from Mom.",
  "I got home late and Mom gave me an earful.",
  "other", "past", "dialogue", "spoken", "한 소리 듣다 = get told off")
I("내가 다 봤는데 시치미 떼지 마.",
  "I saw it all, so don't remove the falcon name tag.",
  "I saw the whole thing, so don't play dumb.",
  "other", "negated", "dialogue", "spoken", "시치미를 떼다 = feign ignorance")
I("고등학교 때 수업 땡땡이 치고 피시방 갔다가 걸렸어.",
  "In high school I hit the ding-ding on class, went to the PC room, and got caught.",
  "In high school I bunked off class to go to an internet café and got caught.",
  "other", "past", "dialogue", "spoken", "땡땡이 치다 = skip class")
