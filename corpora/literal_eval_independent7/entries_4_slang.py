# slang and neologisms, 2018-2026: internet, school, workplace, gaming, fandom, investing (hand-written, helper lit7, 2026-12-07)
I("아 진짜 킹받네, 또 업데이트한대.",
  "Ah, really king-receiving, they say they're updating again.",
  "Ugh, so annoying, they're updating it again.",
  "slang/neologism", "base", "web", "킹받다: really annoyed")
I("숙제 했냐고? 어쩔티비.",
  "Did I do my homework? What-to-do TV.",
  "Did I do my homework? None of your business.",
  "slang/neologism", "question", "dialogue", "어쩔티비: so what, whatever")
I("이건 네가 알잘딱깔센하게 처리해 줘.",
  "You handle this know-well-snap-clean-sense.",
  "Just sort this out sensibly, you know what I mean.",
  "slang/neologism", "base", "dialogue", "알잘딱깔센: handle it smartly without being told")
I("올해는 무조건 갓생 산다.",
  "This year I will definitely live a god life.",
  "This year I'm absolutely going to get my life together.",
  "slang/neologism", "base", "web", "갓생: productive, disciplined life")
I("내가 하자고 한 캠핑인데 비 오고 난리네, 스불재다.",
  "It's the camping I suggested and it's raining and chaos, it's a self-summoned disaster.",
  "Camping was my idea and now it's pouring; I've only got myself to blame.",
  "slang/neologism", "base", "web", "스불재 (스스로 불러온 재앙): self-inflicted mess")
I("억텐 아니고 진짜 신나서 그래.",
  "It's not forced tension, I'm really excited.",
  "I'm not faking it, I'm genuinely excited.",
  "slang/neologism", "negated", "dialogue", "억텐 (억지 텐션): forced enthusiasm")
I("중꺾마 정신으로 끝까지 가 보자.",
  "With the spirit of what-matters-is-an-unbroken-heart, let's go to the end.",
  "Let's never give up and see this through to the end.",
  "slang/neologism", "base", "web", "중꺾마 (중요한 건 꺾이지 않는 마음)")
I("오늘은 꾸안꾸 느낌으로 입고 나왔어.",
  "Today I came out dressed with a decorated-but-not-decorated feeling.",
  "I went for an effortlessly casual look today.",
  "slang/neologism", "past", "web", "꾸안꾸 (꾸민 듯 안 꾸민 듯)")
I("월급은 그대로인데 물가만 오르는 웃픈 현실.",
  "The laugh-sad reality where the salary stays the same and only prices rise.",
  "Same salary, rising prices: it would be funny if it weren't so sad.",
  "slang/neologism", "adnominal", "web", "웃프다: funny and sad at once")
I("그건 진짜 사바사라 뭐라고 말 못 하겠어.",
  "That's really person-by-person so I can't say anything.",
  "That really depends on the person, so I can't say.",
  "slang/neologism", "negated", "dialogue", "사바사 (사람 by 사람)")
I("걔랑은 작년에 손절했어.",
  "I did a loss-cut with him last year.",
  "I cut him off last year.",
  "slang/neologism", "past", "dialogue", "손절 (from 손절매): end a relationship")
I("고점에 물려서 아직도 못 팔고 있어요.",
  "I got bitten at the high point and still can't sell.",
  "I bought at the peak and I'm still stuck holding those shares.",
  "slang/neologism", "passive", "web", "물리다: stuck with a losing position")
I("영끌해서 집 샀는데 바로 금리가 올랐다.",
  "I pulled up my soul and bought a house, and right away interest rates rose.",
  "I borrowed every penny I could to buy a house, and then interest rates went straight up.",
  "slang/neologism", "past", "news", "영끌 (영혼까지 끌어모으다)")
I("빚투로 시작했다가 반대매매까지 당했다.",
  "I started with debt-invest and even suffered forced selling.",
  "I started out investing with borrowed money and ended up getting margin-called.",
  "slang/neologism", "passive", "news", "빚투 (빚내서 투자)")
I("개미들이 하락장에서도 대거 매수에 나섰다.",
  "Ants came out to buy in large numbers even in the falling market.",
  "Retail investors piled in even as the market fell.",
  "slang/neologism", "past", "news", "개미: retail investor")
I("하필 상투 잡고 들어가서 지금 반토막이야.",
  "Of all things I grabbed the topknot going in, and now it's cut in half.",
  "Just my luck: I bought right at the top and now I'm down fifty per cent.",
  "slang/neologism", "split", "web", "상투를 잡다: buy at the peak")
I("저점에서 좀 줍줍했어.",
  "I pick-picked a bit at the low point.",
  "I scooped up a few shares at the bottom.",
  "slang/neologism", "past", "web", "줍줍: pick up cheaply")
I("무지성 매수는 제발 하지 마세요.",
  "Please don't do no-intellect buying.",
  "Please don't buy without doing your research.",
  "slang/neologism", "honorific", "web", "무지성: mindless")
I("그 드립 이제 뇌절이야, 그만해.",
  "That drip is now brain-cut, stop it.",
  "You're flogging that joke to death now, stop.",
  "slang/neologism", "base", "dialogue", "뇌절: overdoing a joke")
I("걔는 내 찐친이야.",
  "He's my steamed friend.",
  "He's my real best friend.",
  "slang/neologism", "base", "dialogue", "찐친: true friend")
I("우리 과 핵인싸가 이번에 학생회장 나온대.",
  "Our department's nuclear insider is running for student president this time.",
  "The most popular guy in our department is running for student president.",
  "slang/neologism", "base", "dialogue", "핵인싸: extremely popular person")
I("밤새 게임하고 해 뜨는 거 보니까 현타 오더라.",
  "I gamed all night and when I saw the sun rising, reality time came.",
  "After gaming all night, watching the sunrise made me wonder what I was doing with my life.",
  "slang/neologism", "past", "web", "현타 (현자 타임): sudden sobering moment")
I("갑자기 서버가 다 날아가서 멘붕 왔어.",
  "The server suddenly all flew away, so mental collapse came.",
  "The whole server suddenly crashed and I completely freaked out.",
  "slang/neologism", "past", "dialogue", "멘붕 (멘탈 붕괴)")
I("소개팅은 싫고 자만추가 좋아.",
  "I don't like blind dates, I like natural-meeting-pursuit.",
  "I don't like blind dates; I'd rather meet someone naturally.",
  "slang/neologism", "negated", "dialogue", "자만추 (자연스러운 만남 추구)")
I("흙수저로 태어나서 여기까지 온 것만 해도 대단하다.",
  "Being born a dirt spoon and coming this far is amazing in itself.",
  "Coming this far after being born into a poor family is an achievement in itself.",
  "slang/neologism", "adnominal", "news", "흙수저: born poor")
I("라떼는 말이야, 야근 수당 같은 거 없었어.",
  "Latte is, you know, there was no such thing as overtime pay.",
  "Back in my day, you know, there was no such thing as overtime pay.",
  "slang/neologism", "negated", "dialogue", "라떼는 (나 때는): back in my day")
I("옆자리 김 대리는 완전 월급루팡이야.",
  "Assistant Manager Kim next to me is a complete salary Lupin.",
  "Kim at the next desk collects a paycheque and does absolutely nothing.",
  "slang/neologism", "base", "dialogue", "월급루팡: paid idler")
I("팀장이 또 주말 출근하래, 이건 퇴사각이다.",
  "The team leader says to come in on the weekend again, this is a resignation angle.",
  "The team leader wants us in at the weekend again; that's my cue to quit.",
  "slang/neologism", "base", "web", "-각: situation that calls for something")
I("오늘 칼퇴 가능?",
  "Knife leave possible today?",
  "Any chance of leaving on time today?",
  "slang/neologism", "question", "dialogue", "칼퇴: leave work right on time")
I("친구 덕분에 버스 타서 다이아 찍었다.",
  "Thanks to my friend I rode the bus and stamped Diamond.",
  "My friend carried me all the way up to Diamond.",
  "slang/neologism", "past", "web", "버스 타다 (gaming): be carried by a stronger player")
I("이 게임은 이제 고인물밖에 안 남았어.",
  "In this game only stagnant water is left now.",
  "Only hardcore veterans are still playing this game.",
  "slang/neologism", "negated", "web", "고인물: entrenched veteran")
I("현질 안 하면 절대 못 이기는 구조야.",
  "It's a structure where you can never win if you don't do cash-doing.",
  "It's pay-to-win: you can never win without spending real money.",
  "slang/neologism", "negated", "web", "현질: spend real money in a game")
I("어제 랭겜에서 완전 갈렸어.",
  "In ranked game yesterday I was completely ground.",
  "I got absolutely wrecked in ranked yesterday.",
  "slang/neologism", "passive", "dialogue", "갈리다: be crushed")
I("쪼렙 때는 다들 템빨로 버티는 거지.",
  "When you're tiny-level, everyone holds out with item power.",
  "At low levels, everyone gets by on their gear.",
  "slang/neologism", "base", "web", "템빨: advantage from items")
I("그 직캠 보고 바로 입덕했어요.",
  "After seeing that fancam I entered otaku right away.",
  "I became a fan the moment I saw that fancam.",
  "slang/neologism", "honorific", "web", "입덕: become a fan")
I("오늘 밤 9시에 음원 총공 갑니다.",
  "Tonight at 9 o'clock, music source total attack goes.",
  "Mass streaming starts at 9 o'clock tonight.",
  "slang/neologism", "honorific", "web", "총공 (총공격): coordinated fan streaming")
I("친구한테 영업당해서 이 드라마 보기 시작했어.",
  "I got business-operated by my friend and started watching this drama.",
  "My friend talked me into watching this drama.",
  "slang/neologism", "passive", "web", "영업당하다: be recruited into a fandom")
I("내 본진은 따로 있고 이 그룹은 잡덕이야.",
  "My main camp is separate and for this group I'm a mixed otaku.",
  "My main fandom is a different group; I just like this group on the side.",
  "slang/neologism", "base", "web", "본진 / 잡덕: main fandom / casual multi-fan")
I("월급날 다음 날인데 벌써 텅장이다.",
  "It's the day after payday and it's already an empty-bankbook.",
  "It's the day after payday and my account is already empty.",
  "slang/neologism", "base", "web", "텅장 (텅 빈 통장)")
I("잼민이 같은 소리 좀 하지 마.",
  "Stop saying jaem-min-i-like things.",
  "Stop talking like a bratty little kid.",
  "slang/neologism", "negated", "dialogue", "잼민이: annoying child")
I("그 짤 어디서 났어? 나도 보내 줘.",
  "Where did you get that cut? Send it to me too.",
  "Where'd you get that meme? Send it to me too.",
  "slang/neologism", "question", "dialogue", "짤: meme image")
I("부장님 아재 드립에 다들 억지로 웃었다.",
  "Everyone forced a laugh at the manager's uncle drip.",
  "Everyone forced a laugh at the manager's dad joke.",
  "slang/neologism", "honorific", "web", "아재 드립: dad joke")
I("치킨엔 콜라가 국룰이지.",
  "Cola with chicken is the national rule.",
  "Chicken has to come with a Coke, that's the rule.",
  "slang/neologism", "base", "web", "국룰: unwritten rule everyone follows")
I("주말까지 끝내는 거? 쌉가능.",
  "Finishing by the weekend? Ssap-possible.",
  "Finishing it by the weekend? Totally doable.",
  "slang/neologism", "question", "dialogue", "쌉가능: definitely possible")
I("어제 회식 얘기는... 할많하않.",
  "About yesterday's company dinner... have-much-to-say-don't-say.",
  "About the work dinner yesterday... let's just say I'll leave it there.",
  "slang/neologism", "negated", "web", "할많하않 (할 말은 많지만 하지 않겠다)")
I("다음 주 회의 캘박해 둘게요.",
  "I'll calendar-box next week's meeting.",
  "I'll put next week's meeting in my calendar.",
  "slang/neologism", "honorific", "dialogue", "캘박 (캘린더에 박제)")
I("이 집 떡볶이 존맛탱이야.",
  "This place's tteokbokki is jon-mat-taeng.",
  "The tteokbokki here is insanely good.",
  "slang/neologism", "base", "web", "존맛탱: extremely tasty")
I("퇴근길에 붕어빵 사 먹는 게 나의 소확행이야.",
  "Buying fish-shaped bread on the way home from work is my small-but-certain happiness.",
  "Grabbing some fish-shaped pastries on the way home from work is one of my little pleasures.",
  "slang/neologism", "nominalised", "web", "소확행: small, certain happiness")
I("우리 댕댕이 산책시키러 나왔어요.",
  "I came out to walk our daeng-daeng-i.",
  "I'm out walking my doggo.",
  "slang/neologism", "causative", "web", "댕댕이 (멍멍이 misread): dog")
I("이게 머선129?",
  "What is this 129?",
  "What on earth is going on here?",
  "slang/neologism", "question", "web", "머선129 (머선 일고: 무슨 일이고)")
I("플미 붙은 표는 절대 사지 맙시다.",
  "Let's never buy tickets with pl-mi attached.",
  "Let's never buy tickets from scalpers at a markup.",
  "slang/neologism", "negated", "web", "플미 (프리미엄): resale markup")
I("이번 콘서트도 피켓팅 실패했다.",
  "I failed the blood ticketing for this concert too.",
  "I missed out in the ticket scramble for this concert too.",
  "slang/neologism", "past", "web", "피켓팅 (피 튀기는 티켓팅)")
I("친구 가방이 예뻐서 손민수했어.",
  "My friend's bag was pretty so I Son-Min-su'd it.",
  "My friend's bag was so nice that I went and bought the exact same one.",
  "slang/neologism", "past", "web", "손민수하다: copy someone's purchase")
I("눈팅만 하다가 처음으로 글 남겨요.",
  "I was only doing eye-ting and I'm leaving a post for the first time.",
  "Long-time lurker, first-time poster.",
  "slang/neologism", "honorific", "web", "눈팅: lurking")
I("이 드라마 주인공 완전 고구마야.",
  "The main character of this drama is a complete sweet potato.",
  "The lead in this drama is so frustrating to watch.",
  "slang/neologism", "base", "web", "고구마: frustrating, stifling")
I("오늘 청문회에서 사이다 발언이 나왔다.",
  "A cider remark came out at today's hearing.",
  "Someone at today's hearing finally said what everyone was thinking.",
  "slang/neologism", "adnominal", "news", "사이다: satisfyingly blunt")
I("우리 요즘 썸 타는 중이야.",
  "We're riding some these days.",
  "We've been sort of seeing each other lately.",
  "slang/neologism", "base", "dialogue", "썸 타다: be in a 'something' stage")
I("너 그거 어장관리 당하는 거야.",
  "You're being fish-farm-managed.",
  "She's just stringing you along.",
  "slang/neologism", "passive", "dialogue", "어장관리: keep suitors on the hook")
I("밀당하지 말고 솔직하게 말해.",
  "Don't push-pull, just say it honestly.",
  "Stop playing games and just be honest.",
  "slang/neologism", "negated", "dialogue", "밀당 (밀고 당기기)")
I("선배가 뼈 때리는 조언을 해 줬다.",
  "My senior gave me bone-hitting advice.",
  "My senior gave me some brutally honest advice.",
  "slang/neologism", "adnominal", "web", "뼈 때리다: painfully accurate")
I("작가가 떡밥 회수를 하나도 안 했어.",
  "The writer didn't collect any of the rice-cake bait.",
  "The writer didn't tie up a single loose end.",
  "slang/neologism", "negated", "web", "떡밥 회수: resolving planted plot hints")
I("주말에 이 시리즈 처음부터 정주행했어.",
  "At the weekend I drove forward through this series from the beginning.",
  "I binge-watched this whole series from the start at the weekend.",
  "slang/neologism", "past", "web", "정주행: watch from start to finish")
I("3년 전 노래가 갑자기 차트 역주행 중이다.",
  "A song from three years ago is suddenly driving the wrong way on the chart.",
  "A song from three years ago is suddenly climbing back up the charts.",
  "slang/neologism", "base", "news", "역주행: climb the charts again")
I("불금인데 집에서 빨래나 하고 있다.",
  "It's fire Friday and I'm at home just doing laundry.",
  "It's Friday night and I'm stuck at home doing laundry.",
  "slang/neologism", "base", "web", "불금 (불타는 금요일)")
I("짠테크 하려고 가계부 앱 깔았어.",
  "I installed a household ledger app to do salty-tech.",
  "I installed a budgeting app to start penny-pinching.",
  "slang/neologism", "base", "web", "짠테크: frugal money management")
I("나는 곰손이라 이런 만들기는 못 해.",
  "I'm a bear hand, so I can't do crafts like this.",
  "I'm all thumbs, so I can't make things like this.",
  "slang/neologism", "negated", "dialogue", "곰손: clumsy hands")
I("우리 언니는 금손이라 케이크도 직접 만들어.",
  "My older sister is a gold hand, so she even makes cakes herself.",
  "My sister is really good with her hands; she even makes cakes herself.",
  "slang/neologism", "base", "dialogue", "금손: skilled hands")
I("다들 엄근진 모드로 회의에 들어갔다.",
  "Everyone went into the meeting in strict-serious-earnest mode.",
  "Everyone went into the meeting dead serious.",
  "slang/neologism", "past", "web", "엄근진 (엄격 근엄 진지)")
I("요즘 애들 등골 브레이커는 패딩이 아니라 최신 폰이래.",
  "These days kids' spine breaker is not a padded jacket but the latest phone, they say.",
  "They say the thing kids bleed their parents dry for these days isn't a padded jacket but the latest phone.",
  "slang/neologism", "nominalised", "news", "등골 브레이커: item that ruins parents financially")
I("이 영화 완전 꿀잼이야.",
  "This movie is complete honey fun.",
  "This movie is so much fun.",
  "slang/neologism", "base", "web", "꿀잼: very entertaining")
I("이번 학기 교양 수업은 완전 꿀 빨았지.",
  "This semester's general ed class, I completely sucked honey.",
  "My general ed class this semester was a total breeze.",
  "slang/neologism", "past", "dialogue", "꿀 빨다: have an easy time")
I("카톡 보냈는데 또 씹혔어.",
  "I sent a KakaoTalk but it got chewed again.",
  "I messaged him but he ignored me again.",
  "slang/neologism", "passive", "dialogue", "씹히다: be ignored")
I("아 쪽팔려, 다 보고 있었어?",
  "Ah, my face is sold, was everyone watching?",
  "Oh, how embarrassing, was everyone watching?",
  "slang/neologism", "question", "dialogue", "쪽팔리다: be embarrassed")
I("짬밥이 몇 년인데 그걸 모르겠어?",
  "How many years of leftover-rice is it, how could I not know that?",
  "I've been doing this for years; of course I know that.",
  "slang/neologism", "question", "dialogue", "짬밥: experience, seniority")
I("스트레스 받을 때는 다이소에서 탕진잼이 최고야.",
  "When stressed, squander-fun at Daiso is the best.",
  "When I'm stressed, blowing money on little things at Daiso is the best.",
  "slang/neologism", "nominalised", "web", "탕진잼: fun of splurging small sums")
