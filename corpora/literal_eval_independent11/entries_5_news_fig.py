# news formulas, bureaucratic collocations and figurative verbs (hand-written, helper lit11, 2026-12-07)
I("정부가 전세 사기 근절을 위해 칼을 빼 들었다.",
  "The government drew out its sword to eradicate jeonse fraud.",
  "The government has launched a crackdown on jeonse fraud.",
  "news/bureaucratic", "past", "news", "칼을 빼 들다 = take tough action")
I("양측은 물밑 접촉을 이어 온 것으로 알려졌다.",
  "It is known that both sides have continued underwater contact.",
  "The two sides are reported to have been in contact behind the scenes.",
  "news/bureaucratic", "passive", "news", "물밑 접촉 = behind-the-scenes contact")
I("두 회사의 합병 논의가 급물살을 타고 있다.",
  "Merger discussions between the two companies are riding a rapid current.",
  "Merger talks between the two companies are picking up speed.",
  "news/bureaucratic", "base", "news", "급물살을 타다 = gain momentum")
I("연예인 갑질 논란에 누리꾼들의 뭇매가 쏟아졌다.",
  "Over the celebrity power-abuse controversy, netizens' beatings by many sticks poured down.",
  "The celebrity came under a barrage of online criticism over the abuse allegations.",
  "news/bureaucratic", "past", "news", "뭇매를 맞다 = be roundly criticised")
I("무리한 증세 추진이 오히려 역풍을 맞았다.",
  "The forced push for tax increases was instead hit by a reverse wind.",
  "The heavy-handed push for tax rises backfired.",
  "news/bureaucratic", "passive", "news", "역풍을 맞다 = provoke a backlash")
I("신임 장관은 청문회에서 자녀 문제로 진땀을 뺐다.",
  "The new minister squeezed out sticky sweat at the hearing over his children's issue.",
  "The new minister had a hard time at his confirmation hearing over questions about his children.",
  "news/bureaucratic", "past", "news", "진땀을 빼다 = struggle, be grilled")
I("제주도는 여름마다 관광객 쓰레기로 몸살을 앓는다.",
  "Every summer Jeju Island suffers body aches from tourists' rubbish.",
  "Every summer Jeju struggles to cope with the rubbish left by tourists.",
  "news/bureaucratic", "base", "news", "몸살을 앓다 = be overwhelmed by")
I("노사 협상 타결이 초읽기에 들어갔다.",
  "The settlement of labour-management negotiations entered the second reading.",
  "A deal in the labour talks is now imminent.",
  "news/bureaucratic", "past", "news", "초읽기에 들어가다 = be imminent (Go-game countdown)")
I("얼어붙었던 분양 시장이 기지개를 켜고 있다.",
  "The frozen pre-sale market is stretching its arms.",
  "The frozen market for new flats is starting to stir.",
  "news/bureaucratic", "base", "news", "기지개를 켜다 = revive")
I("그는 오늘 서울시장 선거에 출사표를 던졌다.",
  "Today he threw his memorial for going to war in the Seoul mayoral election.",
  "Today he announced he is running for mayor of Seoul.",
  "news/bureaucratic", "past", "news", "출사표를 던지다 = declare candidacy")
I("10년을 끌어 온 신공항 건설이 드디어 첫 삽을 떴다.",
  "The new airport construction dragged out for ten years finally scooped its first shovel.",
  "Work on the long-delayed new airport has finally broken ground.",
  "news/bureaucratic", "past", "news", "첫 삽을 뜨다 = break ground")
I("논란이 됐던 개편안은 원점에서 재검토하는 쪽으로 가닥이 잡혔다.",
  "The disputed reform plan has had its strand grabbed in the direction of reviewing from the origin.",
  "It has been decided that the controversial reform plan will be reconsidered from scratch.",
  "news/bureaucratic", "passive", "news", "가닥이 잡히다 = take shape; 원점 재검토 = back to the drawing board")
I("대형 마트들이 온라인 사업으로 몸집을 불리고 있다.",
  "Big supermarkets are inflating their bodies with online businesses.",
  "Big supermarket chains are expanding through online sales.",
  "news/bureaucratic", "base", "news", "몸집을 불리다 = grow, expand")
I("정부가 뒷짐만 지고 있는 사이 피해는 커졌다.",
  "While the government stood with hands clasped behind its back, the damage grew.",
  "While the government sat on its hands, the damage grew.",
  "news/bureaucratic", "adnominal", "news", "뒷짐(을) 지다 = stand idly by")
I("관계 당국은 재발 방지에 만전을 기하겠다고 밝혔다.",
  "The relevant authorities said they would seek ten-thousand completeness in preventing recurrence.",
  "The authorities said they would do everything possible to prevent a recurrence.",
  "news/bureaucratic", "base", "news", "만전을 기하다 = leave nothing to chance")
I("대법원 판결을 앞두고 귀추가 주목된다.",
  "Ahead of the Supreme Court ruling, the return outcome is being noted.",
  "All eyes are on the Supreme Court ruling.",
  "news/bureaucratic", "passive", "news", "귀추가 주목되다 = the outcome is closely watched")
I("그 배우는 음주 운전으로 물의를 빚어 자숙 중이다.",
  "The actor brewed a stir of water with drunk driving and is self-restraining.",
  "The actor caused a scandal by drink-driving and is keeping a low profile.",
  "news/bureaucratic", "past", "news", "물의를 빚다 = cause a stir; 자숙 = stay out of the public eye")
I("당 지도부는 해당 의원의 발언과 선을 그었다.",
  "The party leadership drew a line with the lawmaker's remarks.",
  "The party leadership distanced itself from the lawmaker's remarks.",
  "news/bureaucratic", "past", "news", "선을 긋다 = distance oneself (false friend: 'draw the line')")
I("이번 선거는 바닥 민심이 승패를 가를 것으로 보인다.",
  "This election seems to be decided by floor public heart.",
  "This election looks set to be decided by grassroots sentiment.",
  "news/bureaucratic", "passive", "news", "바닥 민심 = grassroots opinion")
I("여당은 전통적 텃밭에서도 고전하고 있다.",
  "The ruling party is struggling even in its traditional vegetable patch.",
  "The ruling party is struggling even in its traditional strongholds.",
  "news/bureaucratic", "base", "news", "텃밭 = stronghold")
I("야당은 정부가 본질을 흐리려고 물타기를 하고 있다고 비판했다.",
  "The opposition criticised the government for adding water to blur the essence.",
  "The opposition accused the government of muddying the waters to distract from the real issue.",
  "news/bureaucratic", "base", "news", "물타기 = muddy the waters")
I("실무자만 처벌한 건 전형적인 꼬리 자르기다.",
  "Punishing only the working-level staff is typical tail-cutting.",
  "Punishing only the junior staff is a classic case of scapegoating to protect the top.",
  "news/bureaucratic", "nominalised", "news", "꼬리 자르기 = sacrificing subordinates")
I("철밥통 공무원이라는 말도 이제 옛말이다.",
  "The saying about iron rice bowl civil servants is now an old saying.",
  "The idea that a civil-service job is a job for life is a thing of the past.",
  "news/bureaucratic", "adnominal", "news", "철밥통 = secure job for life")
I("해당 사안은 현재 관계 부처와 협의 중에 있습니다.",
  "The matter is currently existing in the middle of consultation with relevant ministries.",
  "We are currently discussing the matter with the relevant ministries.",
  "news/bureaucratic", "honorific", "news", "~중에 있다 bureaucratic formula")
I("이번 사태에 대해 깊은 책임을 통감합니다.",
  "I feel the pain of deep responsibility throughout about this situation.",
  "I take full responsibility for what has happened.",
  "news/bureaucratic", "honorific", "news", "책임을 통감하다 = formula of apology")
I("정치권의 이전투구에 민생 법안은 뒷전으로 밀렸다.",
  "Due to the political world's mud-field dog fight, livelihood bills were pushed to the back.",
  "With politicians slinging mud at each other, bills that matter to ordinary people were sidelined.",
  "news/bureaucratic", "passive", "news", "이전투구 = dogfight in the mud; 뒷전으로 밀리다 = be sidelined")
I("경찰은 가용 인력을 총동원해 수색에 나섰다.",
  "The police mobilised all usable manpower and stepped out to search.",
  "Police threw every available officer into the search.",
  "news/bureaucratic", "causative", "news", "총동원 = all-out mobilisation")
I("재벌 3세의 갑질이 또 드러나면서 여론이 들끓고 있다.",
  "As the gapjil of the chaebol third generation was revealed again, public opinion is boiling up.",
  "Public anger is boiling over after yet another case of a chaebol heir abusing his power.",
  "news/bureaucratic", "passive", "news", "갑질 = abuse of power by a superior; 여론이 들끓다")
I("거짓말이 들통나자 그는 딴청을 부렸다.",
  "When his lie was exposed, he performed a different kind of behaviour.",
  "When his lie was exposed, he pretended not to notice and changed the subject.",
  "figurative-verb", "past", "textbook", "딴청을 부리다 = feign indifference")
I("증거도 없이 생사람 잡지 마세요.",
  "Don't catch a living person without evidence.",
  "Don't go accusing an innocent person without any evidence.",
  "figurative-verb", "negated", "dialogue", "생사람(을) 잡다 = frame the innocent")
I("숙제 안 하려고 잔머리 굴리는 거 다 보여.",
  "I can see all of you rolling small hair to not do homework.",
  "I can see you trying to wriggle out of your homework.",
  "figurative-verb", "negated", "dialogue", "잔머리(를) 굴리다 = scheme pettily")
I("잘난 척하던 애가 넘어지니까 솔직히 깨소금 맛이더라.",
  "When the show-off kid fell, honestly it tasted of sesame salt.",
  "When that show-off fell flat on his face, I have to admit I enjoyed it.",
  "figurative-verb", "past", "web", "깨소금 맛 = schadenfreude")
I("신제품이 출시되자마자 날개 돋친 듯 팔렸다.",
  "As soon as the new product was released it sold as if sprouting wings.",
  "The new product sold like hot cakes from the moment it came out.",
  "figurative-verb", "passive", "news", "날개 돋친 듯 팔리다 = sell like hot cakes")
I("이번 인사에서도 물을 먹었다니 안타깝네요.",
  "It's a pity he drank water in this personnel reshuffle too.",
  "It's a shame he was passed over again in this round of promotions.",
  "figurative-verb", "honorific", "dialogue", "물(을) 먹다 = be passed over, lose out")
I("회장님 생일 파티 안 갔다가 완전 찍혔어.",
  "I didn't go to the chairman's birthday party and got totally photographed.",
  "I skipped the chairman's birthday party and now I'm a marked man.",
  "figurative-verb", "passive", "dialogue", "찍히다 = be singled out (false friend: 'photographed')")
I("비 와서 오늘 장사 공쳤어요.",
  "It rained so today's business hit the ball.",
  "It rained, so today was a dead loss for business.",
  "figurative-verb", "honorific", "dialogue", "공치다 = waste a day with no earnings")
I("승진 턱으로 내가 한턱낼게.",
  "As a promotion treat, I'll give out one jaw.",
  "It's my treat, to celebrate the promotion.",
  "figurative-verb", "base", "dialogue", "한턱내다 = treat (someone to a meal)")
I("둘이 밀당만 석 달째야, 빨리 사귀든지.",
  "The two have been doing only push-pull for three months; just date already.",
  "They've been playing hard to get with each other for three months; they should just get together.",
  "figurative-verb", "nominalised", "web", "밀당 = playing hot and cold")
I("친구가 자꾸 바람을 넣어서 나도 덩달아 주식을 샀어.",
  "My friend kept putting wind in, so I bought stocks along with him.",
  "My friend kept egging me on, so I ended up buying shares too.",
  "figurative-verb", "past", "dialogue", "바람을 넣다 = egg on")
I("믿었던 친구한테 뒤통수를 제대로 맞았다.",
  "I was properly hit on the back of the head by a friend I trusted.",
  "I was well and truly betrayed by a friend I trusted.",
  "figurative-verb", "passive", "web", "뒤통수를 맞다/치다 = be betrayed; split by adverb")
I("대학 시절이 내 리즈 시절이었지.",
  "University days were my Leeds era.",
  "My university days were my glory days.",
  "konglish", "past", "web", "리즈 시절 = heyday (from a footballer's Leeds years)")
I("하도 오글거려서 끝까지 못 보겠더라.",
  "It was so crumpled-wiggly that I couldn't watch to the end.",
  "It was so cringeworthy I couldn't watch it to the end.",
  "figurative-verb", "negated", "web", "오글거리다 = cringe (mimetic)")
I("제 이름이 뉴스에 오르내리니 몸 둘 바를 모르겠습니다.",
  "With my name going up and down in the news, I don't know where to put my body.",
  "Having my name in the news like this, I don't know what to do with myself.",
  "figurative-verb", "honorific", "dialogue", "몸 둘 바를 모르다 = be overwhelmed / embarrassed")
I("나 그 얘기 듣고 완전 꽂혔잖아.",
  "I heard that story and got completely inserted.",
  "When I heard about it I got totally hooked.",
  "figurative-verb", "passive", "dialogue", "꽂히다 = become obsessed with")
I("부장님 말씀에 다들 눈치만 보고 있었어요.",
  "At the manager's words everyone was only looking at nunchi.",
  "After the manager spoke, everyone just looked around waiting to see how the others would react.",
  "figurative-verb", "honorific", "dialogue", "눈치(를) 보다 = read the room nervously")
I("다 큰 어른이 왜 이렇게 찡찡대?",
  "Why does a fully grown adult jjing-jjing like this?",
  "Why is a grown adult whining like this?",
  "figurative-verb", "question", "web", "찡찡대다 = whine (mimetic)")
I("그 사람 말에 괜히 욱해서 한마디 했다가 후회했어.",
  "At his words I went uk for no reason and said something, then regretted it.",
  "I flew off the handle at what he said and regretted it afterwards.",
  "emotion", "past", "dialogue", "욱하다 = lose one's temper (mimetic)")
