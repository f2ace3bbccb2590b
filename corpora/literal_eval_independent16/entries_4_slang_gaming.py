# slang, internet expressions, gaming, fandom, workplace neologisms (hand-written, helper lit16, 2026-12-08)
I("아침 여섯 시 기상, 독서, 운동까지. 요즘 갓생 사는 중이야.",
  "Wake up at six, reading, even exercise. These days I'm living a god-life.",
  "Up at six, reading, working out: I'm really getting my life together these days.",
  "slang/neologism", "base", "web", "갓생 = disciplined, productive life")
I("오늘도 오운완! 하체 하느라 다리가 후들거린다.",
  "Today too today-exercise-complete! Doing lower body, my legs are trembling.",
  "Workout done for today! Leg day, and my legs are like jelly.",
  "slang/neologism", "base", "web", "오운완 = today's workout done")
I("마감 전날 밤새우는 건 완전 스불재지 뭐.",
  "Staying up all night the day before the deadline is totally self-fire-self.",
  "Pulling an all-nighter before the deadline? That's totally on me.",
  "slang/neologism", "nominalised", "web", "스불재 = self-inflicted disaster")
I("점메추 좀 해 줘. 어제는 국밥 먹었어.",
  "Please do lunch-menu-recommend. Yesterday I ate gukbap.",
  "Any ideas for lunch? I had gukbap yesterday.",
  "slang/neologism", "base", "web", "점메추 = lunch recommendation")
I("신입이 알잘딱깔센으로 회의 자료를 다 정리해 놨더라.",
  "The new hire arranged all the meeting materials in know-well-snap-clean-sense.",
  "The new hire had sorted out all the meeting materials perfectly without being told.",
  "slang/neologism", "past", "business", "알잘딱깔센 = neatly and sensibly on one's own")
I("조별 예선에서 졌지만 중꺾마 정신으로 16강까지 갔다.",
  "We lost in the group stage but went to the round of sixteen with the spirit of the-important-thing-is-the-unbroken-heart.",
  "They lost a group game but, refusing to give up, made it to the round of sixteen.",
  "slang/neologism", "past", "sports", "중꺾마 = never give up")
I("그 선수 이번엔 잘했는데 댓글은 억까가 너무 심하네.",
  "That player did well this time but the forced-hitting in the comments is too severe.",
  "He played well this time, but the hate in the comments is completely unfair.",
  "slang/neologism", "base", "web", "억까 = unfair criticism")
I("맨날 돈 빌려 가고 안 갚는 친구는 손절했어.",
  "I did stop-loss on the friend who always borrows money and doesn't pay back.",
  "I cut ties with the friend who kept borrowing money and never paying it back.",
  "slang/neologism", "past", "web", "손절 = cut someone off")
I("영끌해서 산 집값이 떨어지니까 잠이 안 와.",
  "The house price I bought by soul-gathering is falling, so sleep doesn't come.",
  "I borrowed every penny I could to buy this place and now prices are falling; I can't sleep.",
  "slang/neologism", "negated", "web", "영끌 = borrow to the hilt")
I("주가가 떨어질 때마다 물타기 하다가 더 깊이 물렸어.",
  "Every time the stock fell I did water-pouring and got bitten deeper.",
  "I kept averaging down every time the price fell and only got in deeper.",
  "slang/neologism", "passive", "web", "물타기 / 물리다 = average down / be stuck in a losing position")
I("적당히 하면 웃긴데 계속하니까 뇌절이야.",
  "In moderation it's funny, but since you keep going it's a brain-cut.",
  "It was funny at first, but you've taken it too far.",
  "slang/neologism", "base", "web", "뇌절 = overdoing a joke")
I("통장 잔고 보고 현타 제대로 왔다.",
  "I looked at my bank balance and reality-time properly came.",
  "Checking my bank balance was a real wake-up call.",
  "slang/neologism", "past", "web", "현타 = reality check")
I("퇴근길 붕어빵 한 봉지가 나의 소확행이다.",
  "A bag of fish bread on the way home from work is my small-certain-happiness.",
  "A bag of fish-shaped pastries on the way home is one of my little joys.",
  "slang/neologism", "base", "web", "소확행 = small, sure happiness")
I("저 사람은 하루 종일 인터넷 쇼핑만 하는 월급루팡이야.",
  "That person is a salary-Lupin who only does internet shopping all day.",
  "He spends the whole day shopping online; he's basically paid to do nothing.",
  "slang/neologism", "base", "business", "월급루팡 = slacker who collects a salary")
I("드라마 전개가 너무 고구마라 답답해 죽겠어.",
  "The drama's plot is too much sweet potato, so I'm stifled to death.",
  "The plot's so frustrating I can hardly stand it.",
  "slang/neologism", "base", "web", "고구마 = frustrating")
I("주인공이 마지막에 사장한테 한 마디 하는 장면 완전 사이다였어.",
  "The scene where the main character says a word to the boss at the end was totally cider.",
  "The scene at the end where the lead finally tells the boss off was so satisfying.",
  "slang/neologism", "past", "web", "사이다 = satisfying")
I("가입만 하고 몇 년째 눈팅만 하고 있어요.",
  "I only joined and have been doing only eye-ting for years.",
  "I signed up years ago and I've just been lurking ever since.",
  "slang/neologism", "honorific", "web", "눈팅 = lurk")
I("우리 동생은 맵찔이라서 진라면 순한 맛도 못 먹어.",
  "My younger sibling is a spicy-loser, so he can't eat even mild Jin Ramen.",
  "My brother can't handle spicy food at all; even mild instant noodles are too much for him.",
  "slang/neologism", "negated", "dialogue", "맵찔이 = can't handle spice")
I("검색하면 바로 나오는 걸 묻다니 완전 핑프네.",
  "Asking something that comes up right away if you search, totally a finger princess.",
  "Asking something you could google in two seconds? So lazy.",
  "slang/neologism", "base", "web", "핑프 = too lazy to look it up")
I("두 진행자 티키타카가 장난 아니다.",
  "The two hosts' tiki-taka is not a joke.",
  "The two hosts' banter is amazing.",
  "slang/neologism", "negated", "web", "티키타카 = lively banter")
I("내돈내산 후기라 믿고 보셔도 됩니다.",
  "It's a my-money-my-buy review, so you can believe and watch.",
  "I paid for this myself, so you can trust this review.",
  "slang/neologism", "honorific", "web", "내돈내산 = bought with my own money")
I("서류에서 광탈했어. 면접도 못 가 봤네.",
  "I light-speed-dropped at the documents. Couldn't even go to the interview.",
  "I got rejected at the application stage straight away. Didn't even get an interview.",
  "slang/neologism", "past", "web", "광탈 = eliminated immediately")
I("이 가격에 이 구성이면 완전 혜자다.",
  "At this price with this set, it's totally Hye-ja.",
  "That's a really generous deal for the price.",
  "slang/neologism", "base", "web", "혜자 = great value")
I("양은 쥐꼬리만큼 주고 만 원이라니 창렬 그 자체네.",
  "Giving an amount like a rat's tail and ten thousand won, it's Chang-ryeol itself.",
  "A tiny portion for ten thousand won? Total rip-off.",
  "slang/neologism", "base", "web", "창렬 = poor value")
I("이번 판은 내가 버스 태워 줄게.",
  "This round I'll give you a bus ride.",
  "I'll carry you this round.",
  "slang/neologism", "causative", "web", "버스 태우다 = carry in a game")
I("그 게임은 고인물이 너무 많아서 뉴비가 버티기 힘들어.",
  "That game has too much stagnant water, so it's hard for newbies to hold out.",
  "That game's full of hardcore veterans, so it's tough for new players to stick with it.",
  "slang/neologism", "base", "web", "고인물 = entrenched veteran player")
I("무과금으로는 한계가 있어서 결국 현질했다.",
  "With no charging there's a limit, so I finally did cash-work.",
  "There's only so far you can get as a free player, so I ended up paying real money.",
  "slang/neologism", "past", "web", "현질 = spend real money in-game")
I("쪼렙 주제에 보스방 들어왔다가 순삭당했어.",
  "Being a tiny-level I entered the boss room and got instantly deleted.",
  "I was way underlevelled, went into the boss room and got wiped out in seconds.",
  "slang/neologism", "passive", "web", "쪼렙 / 순삭 = low-level / instantly killed")
I("실력이 아니라 완전 템빨이지.",
  "It's not skill but totally item-power.",
  "That's not skill, that's just his gear.",
  "slang/neologism", "base", "web", "템빨 = relying on items")
I("원딜이 물몸이라 한 방에 녹았어.",
  "The AD carry was a water body, so he melted in one hit.",
  "Our carry was too squishy and got taken out in one hit.",
  "slang/neologism", "past", "web", "물몸 / 녹다 = fragile / be killed fast")
I("상대 저격수가 내 뚝배기를 깨 버렸어.",
  "The enemy sniper broke my earthenware pot.",
  "The enemy sniper got me with a headshot.",
  "slang/neologism", "past", "web", "뚝배기 깨다 = headshot")
I("마음은 페이커인데 손가락이 안 따라 줘.",
  "My heart is Faker but my fingers don't follow.",
  "In my head I'm a pro, but my hands just can't keep up.",
  "body-part", "negated", "web", "손가락이 안 따라 주다 = lack the mechanical skill")
I("콘서트 영상 보고 입덕했어.",
  "I watched the concert video and entered otaku.",
  "I watched the concert video and became a fan.",
  "slang/neologism", "past", "web", "입덕 = become a fan")
I("우리 최애가 드디어 솔로 앨범 낸대.",
  "Our most-love is finally releasing a solo album.",
  "My bias is finally releasing a solo album.",
  "slang/neologism", "base", "web", "최애 = favourite member")
I("1화부터 떡밥을 뿌려 놓고 회수를 안 하네.",
  "From episode one they spread bait and don't collect it.",
  "They dropped hints from episode one and never paid them off.",
  "slang/neologism", "negated", "web", "떡밥 = plot hook")
I("진짜 좋아하는 가수랑 사진 찍었어. 나 성덕이야.",
  "I took a photo with a singer I really like. I'm a success-otaku.",
  "I got a photo with my favourite singer. Fan life goals achieved.",
  "slang/neologism", "base", "web", "성덕 = fan who met their idol")
I("팩폭 당해서 할 말이 없다.",
  "I got fact-violence so I have nothing to say.",
  "He hit me with the cold hard truth and I had no comeback.",
  "slang/neologism", "passive", "web", "팩폭 = brutal truth")
I("그 영화 후기 읽다가 뼈 맞았어. 딱 내 얘기더라.",
  "Reading that movie review I got hit in the bone. It was exactly my story.",
  "That review really hit home. It was me to a tee.",
  "slang/neologism", "past", "web", "뼈 맞다 = be stung by a home truth")
I("그건 네 뇌피셜이잖아. 출처 있어?",
  "That's your brain-official. Is there a source?",
  "That's just your own guess. Got a source?",
  "slang/neologism", "question", "web", "뇌피셜 = unfounded speculation")
I("결국 답정너였네. 내 의견은 필요 없었잖아.",
  "In the end it was answer-decided-you-just-answer. My opinion wasn't needed.",
  "You'd already made up your mind. You didn't really want my opinion.",
  "slang/neologism", "past", "dialogue", "답정너 = has already decided the answer")
I("그 팀의 기술력은 넘사벽이다.",
  "That team's technical ability is a wall that can't be crossed over fourth dimension.",
  "That team's technology is in a league of its own.",
  "slang/neologism", "base", "business", "넘사벽 = unbeatable")
I("선결제 받고 먹튀한 업체 때문에 피해자가 수백 명이다.",
  "Because of a company that took prepayment and ate and ran, there are hundreds of victims.",
  "Hundreds of people lost out after the company took their prepayments and disappeared.",
  "slang/neologism", "past", "news", "먹튀 = take the money and run")
I("사장 조카가 낙하산으로 들어와서 팀장이 됐대.",
  "The boss's nephew came in by parachute and became team leader.",
  "The boss's nephew got hired through connections and was made team leader.",
  "slang/neologism", "past", "business", "낙하산 = hired through connections")
I("5년 일했는데 물경력이라 이직할 때 내세울 게 없어.",
  "I worked five years but it's a watery career, so there's nothing to put forward when changing jobs.",
  "I've worked there five years, but I've learned so little that I've nothing to show a new employer.",
  "slang/neologism", "negated", "business", "물경력 = experience with no real substance")
I("이 가방 완전 꾸안꾸 느낌이라 매일 들기 좋아.",
  "This bag is totally decorated-not-decorated feeling, so it's good to carry every day.",
  "This bag has an effortlessly stylish look, perfect for every day.",
  "slang/neologism", "base", "web", "꾸안꾸 = effortlessly stylish")
I("시험 끝났으니까 오늘은 치킨 각이다.",
  "The exam is over, so today is the chicken angle.",
  "Exams are over, so tonight's definitely a fried-chicken night.",
  "slang/neologism", "base", "web", "각 = it's time for")
I("불금인데 집에만 있을 거야?",
  "It's fire Friday, are you only going to stay at home?",
  "It's Friday night! You're not seriously staying in, are you?",
  "slang/neologism", "question", "dialogue", "불금 = Friday night out")
I("그 선수 오늘 폼 미쳤다. 해트트릭이야.",
  "That player's form went crazy today. It's a hat-trick.",
  "He's on fire today. That's a hat-trick.",
  "slang/neologism", "past", "sports", "폼 미쳤다 = in superb form")
I("이 노래 듣자마자 귀에 착 감겼어.",
  "As soon as I heard this song, it wrapped snugly around my ear.",
  "This song grabbed me the moment I heard it.",
  "figurative-verb", "passive", "web", "귀에 감기다 = be instantly catchy")
I("다이어트 중인데 야식 먹방 보다가 결국 무너졌다.",
  "I'm on a diet, but watching a late-night eating broadcast I finally collapsed.",
  "I'm on a diet, but watching a late-night food video I finally caved.",
  "figurative-verb", "past", "web", "무너지다 = give in to temptation")
I("팀플에서 혼자 아무것도 안 하고 묻어가는 사람 꼭 있어.",
  "In team projects there's always a person who does nothing and goes along buried.",
  "In every group project there's always someone who does nothing and coasts on everyone else.",
  "figurative-verb", "adnominal", "web", "묻어가다 = ride on others' coattails")
I("학교 앞 분식집은 우리들의 국룰 코스였다.",
  "The snack shop in front of school was our national-rule course.",
  "The snack bar outside school was our go-to spot, no question.",
  "slang/neologism", "past", "web", "국룰 = unwritten rule")
I("이번 신제품 반응은 찐이다.",
  "The reaction to this new product is steamed.",
  "People genuinely love this new product.",
  "slang/neologism", "base", "business", "찐 = genuine")
I("우리 처음 만난 곳이 학원이니까 자만추지.",
  "We first met at the academy, so it's natural-meeting-pursuit.",
  "We met at a cram school, so it happened naturally, not through a set-up.",
  "slang/neologism", "base", "dialogue", "자만추 = meet someone naturally")
I("썸 타던 사람한테 문자 씹혔어.",
  "I got my text chewed by the person I was riding some with.",
  "The guy I had a thing going with left me on read.",
  "figurative-verb", "passive", "dialogue", "썸 타다 / 씹히다 = be in a situationship / be ignored")
