# four-character expressions and proverbs (hand-written, helper lit16, 2026-12-08)
I("기자가 예산을 물었는데 장관은 동문서답만 늘어놓았다.",
  "The reporter asked about the budget, but the minister only laid out east-question-west-answer.",
  "The reporter asked about the budget, but the minister kept giving answers that had nothing to do with the question.",
  "four-char", "past", "news", "동문서답 = irrelevant answer")
I("사고로 입원했던 게 오히려 전화위복이 돼서 건강을 되찾았다.",
  "Being hospitalised from the accident became rather a turn-misfortune-into-fortune and I regained my health.",
  "Being hospitalised after the accident turned out to be a blessing in disguise: I got healthy again.",
  "four-char", "past", "web", "전화위복 = blessing in disguise")
I("인생은 새옹지마라더니 떨어진 회사가 그다음 해에 망했다.",
  "They say life is the old frontier man's horse; the company that rejected me went bankrupt the next year.",
  "You never know how things will turn out: the company that turned me down went bust the following year.",
  "four-char", "split", "web", "새옹지마 = fortune is unpredictable")
I("두 후보의 공약은 오십보백보라 뽑을 사람이 없다.",
  "The two candidates' pledges are fifty steps a hundred steps, so there's nobody to vote for.",
  "The two candidates' pledges are much of a muchness, so there's nobody worth voting for.",
  "four-char", "base", "news", "오십보백보 = little difference")
I("두 강팀이 서로 발목을 잡는 사이 3위 팀이 어부지리로 우승했다.",
  "While the two strong teams held each other's ankles, the third team won by fisherman's profit.",
  "While the two front-runners took points off each other, the third-placed team slipped through to win the title.",
  "four-char", "past", "sports", "어부지리 = third party's gain")
I("경쟁사의 실패를 타산지석으로 삼아야 합니다.",
  "We must take the competitor's failure as a stone from another mountain.",
  "We should learn from our competitor's failure.",
  "four-char", "honorific", "business", "타산지석 = lesson from others' mistakes")
I("요금은 그대로 두고 용량만 줄이는 건 조삼모사 아닌가요?",
  "Keeping the price the same and only reducing the amount, isn't that three in the morning and four in the evening?",
  "Keeping the price the same and cutting the size: isn't that just a trick to fool customers?",
  "four-char", "question", "web", "조삼모사 = deceptive trick")
I("여야 모두에게 비판받으며 대통령은 사면초가에 빠졌다.",
  "Criticised by both ruling and opposition parties, the president fell into Chu songs on four sides.",
  "Under fire from both sides of the aisle, the president found himself isolated.",
  "four-char", "past", "news", "사면초가 = besieged on all sides")
I("그 배우는 마흔에 첫 주연을 맡은 대기만성형 배우다.",
  "That actor is a big-vessel-late-made type actor who got his first lead at forty.",
  "The actor is a late bloomer who landed his first lead role at forty.",
  "four-char", "adnominal", "news", "대기만성 = late bloomer")
I("첫 승 한 번 했다고 기고만장해서 훈련도 빠지더라.",
  "Because of one first win, his energy rose ten thousand feet and he even skipped training.",
  "One win and he got so cocky that he started skipping training.",
  "four-char", "past", "sports", "기고만장 = swollen-headed")
I("손님한테 반말하고 소리 지르는 안하무인 매니저 때문에 알바생들이 다 그만뒀다.",
  "Because of a no-person-below-the-eyes manager who talks down and shouts at customers, all the part-timers quit.",
  "All the part-timers quit because of an arrogant manager who talked down to customers and yelled at them.",
  "four-char", "adnominal", "web", "안하무인 = arrogant, disrespectful")
I("여당과 야당이 같은 통계를 아전인수 격으로 해석했다.",
  "The ruling and opposition parties interpreted the same statistics in the manner of drawing water to one's own rice paddy.",
  "The ruling and opposition parties each spun the same figures to suit themselves.",
  "four-char", "past", "news", "아전인수 = interpret to one's own advantage")
I("경쟁사들이 우리 시장을 호시탐탐 노리고 있다.",
  "Competitors are eyeing our market with tiger-look-tiger-glare.",
  "Competitors are watching for any chance to move in on our market.",
  "four-char", "base", "business", "호시탐탐 = watch for an opportunity")
I("같은 집에 살아도 부부는 동상이몽이었다.",
  "Even living in the same house, the couple were same-bed-different-dreams.",
  "They lived under one roof, but husband and wife wanted completely different things.",
  "four-char", "past", "fiction", "동상이몽 = different agendas")
I("사기꾼의 감언이설에 넘어가 노후 자금을 날렸다.",
  "Falling for the swindler's sweet words and profitable talk, he flew away his retirement money.",
  "Taken in by a conman's smooth talk, he lost his retirement savings.",
  "four-char", "past", "news", "감언이설 = honeyed words")
I("탕후루 가게가 우후죽순처럼 생겨났다가 1년 만에 사라졌다.",
  "Tanghulu shops sprang up like bamboo shoots after rain and disappeared in a year.",
  "Tanghulu shops mushroomed everywhere and then vanished within a year.",
  "four-char", "past", "news", "우후죽순 = springing up everywhere")
I("팬들은 그의 복귀를 학수고대하고 있다.",
  "Fans are waiting for his return with a crane's neck and bitter waiting.",
  "Fans are eagerly awaiting his comeback.",
  "four-char", "base", "sports", "학수고대 = long eagerly for")
I("우리 팀은 파죽지세로 8연승을 달렸다.",
  "Our team ran eight straight wins with the force of splitting bamboo.",
  "Our team was unstoppable, racing to eight straight wins.",
  "four-char", "past", "sports", "파죽지세 = unstoppable momentum")
I("지가 먼저 끼어들어 놓고 적반하장으로 나한테 경적을 울리더라.",
  "He cut in first and then, thief picking up the stick, honked his horn at me.",
  "He cut me off and then had the nerve to honk at me.",
  "four-char", "past", "web", "적반하장 = the guilty party blames the victim")
I("마트 가면 견물생심이라 계획에 없던 걸 꼭 사게 돼.",
  "When I go to the supermarket it's seeing-object-arising-heart, so I always end up buying things not in the plan.",
  "Whenever I go to the supermarket I end up buying things on impulse.",
  "four-char", "passive", "dialogue", "견물생심 = temptation at the sight of things")
I("아이가 밤늦게까지 안 들어오자 엄마는 노심초사했다.",
  "When the child didn't come home until late at night, Mom labored heart and burned thoughts.",
  "When her son still wasn't home late at night, his mother was worried sick.",
  "four-char", "past", "fiction", "노심초사 = anxious")
I("견적서 보내 준다던 업체가 일주일째 함흥차사예요.",
  "The company that said it would send the quote has been a Hamhung envoy for a week.",
  "The contractor that promised to send a quote has gone silent for a week now.",
  "four-char", "honorific", "business", "함흥차사 = never heard from again")
I("이 동네에서 주차 시비는 비일비재하다.",
  "In this neighbourhood parking disputes are not one and not two.",
  "Parking disputes are an everyday thing in this neighbourhood.",
  "four-char", "base", "news", "비일비재 = very common")
I("범인의 행방은 사건 발생 석 달째 여전히 오리무중이다.",
  "Three months after the incident, the culprit's whereabouts are still in a five-li fog.",
  "Three months on, the culprit's whereabouts remain a complete mystery.",
  "four-char", "base", "news", "오리무중 = shrouded in mystery")
I("프로젝트가 끝나자 회사는 그를 토사구팽했다.",
  "When the project ended, the company boiled him like the hunting dog after the rabbit dies.",
  "Once the project was over, the company discarded him.",
  "four-char", "past", "business", "토사구팽 = discard once no longer useful")
I("동료가 괴롭힘을 당하는데 다들 수수방관했다.",
  "A colleague was being bullied, but everyone sleeve-hand-side-watched.",
  "A colleague was being bullied and everyone just stood by.",
  "four-char", "past", "news", "수수방관 = stand idly by")
I("산불이 번지는데 헬기가 뜰 수 없어 속수무책이었다.",
  "The wildfire spread but the helicopters couldn't rise, so it was bound-hands-no-plan.",
  "The wildfire was spreading and with helicopters grounded there was nothing anyone could do.",
  "four-char", "past", "news", "속수무책 = helpless")
I("오늘은 직급 떼고 허심탄회하게 얘기해 봅시다.",
  "Today let's remove ranks and talk empty-heart-flat-bosom.",
  "Let's leave rank aside today and have a frank talk.",
  "four-char", "honorific", "business", "허심탄회 = candidly")
I("요즘 예능은 천편일률적이라 채널을 돌려도 다 똑같다.",
  "Entertainment shows these days are thousand-pieces-one-rule, so even if you change the channel it's all the same.",
  "TV variety shows these days are all cut from the same cloth; every channel's the same.",
  "four-char", "adnominal", "web", "천편일률 = monotonously uniform")
I("남이 하면 불륜이고 내가 하면 로맨스냐, 완전 내로남불이네.",
  "If others do it it's an affair and if I do it it's romance? Totally I-romance-others-affair.",
  "So it's a scandal when others do it but fine when you do? Talk about double standards.",
  "slang/neologism", "question", "web", "내로남불 = double standard")
I("감사 결과가 나오기 전까지 임원들은 전전긍긍했다.",
  "Until the audit results came out, the executives trembled-trembled.",
  "The executives were on tenterhooks until the audit results came out.",
  "four-char", "past", "business", "전전긍긍 = anxious, on edge")
I("산전수전 다 겪은 베테랑 기자도 이번 사건엔 놀랐다.",
  "Even a veteran reporter who went through all mountain battles and water battles was surprised at this case.",
  "Even a veteran reporter who'd seen it all was shocked by this case.",
  "four-char", "adnominal", "news", "산전수전 = all kinds of hardship")
I("술에 취한 그는 횡설수설하며 같은 말만 반복했다.",
  "Drunk, he talked horizontally and vertically, repeating the same words.",
  "Drunk, he rambled on incoherently, saying the same thing over and over.",
  "four-char", "past", "fiction", "횡설수설 = ramble incoherently")
I("포장이 본품보다 비싸다니 주객전도 아니에요?",
  "The packaging is more expensive than the product; isn't that host and guest reversed?",
  "The packaging costs more than the product? Isn't that putting the cart before the horse?",
  "four-char", "question", "web", "주객전도 = priorities reversed")
I("돌발 질문에도 그는 임기응변으로 위기를 넘겼다.",
  "Even at an unexpected question he passed the crisis with facing-opportunity-responding-change.",
  "Even when caught off guard by the question, he thought on his feet and got through it.",
  "four-char", "past", "news", "임기응변 = improvisation")
I("리모델링 이후 매장이 환골탈태했다.",
  "After the remodelling, the store exchanged its bones and took off its womb.",
  "After the refit the store was completely transformed.",
  "four-char", "past", "business", "환골탈태 = total transformation")
I("작은 실수를 침소봉대해서 기사로 내보냈다.",
  "They made a needle into a stick and put out a small mistake as an article.",
  "They blew a minor slip out of all proportion and ran it as a story.",
  "four-char", "past", "news", "침소봉대 = exaggerate")
I("갈수록 점입가경이라더니 이번엔 후보 가족까지 고발당했다.",
  "They say it gets more and more into the fine scenery; this time even the candidate's family was accused.",
  "It just keeps getting worse: now even the candidate's family has been reported to the police.",
  "four-char", "passive", "news", "점입가경 = (ironic) going from bad to worse")
I("마지막 장면의 반전이 화룡점정이었다.",
  "The twist in the last scene was painting the dragon's eye-dots.",
  "The twist in the final scene was the perfect finishing touch.",
  "four-char", "past", "web", "화룡점정 = finishing touch")
I("아빠의 실패를 반면교사 삼아 저는 보증을 절대 안 서요.",
  "Taking Dad's failure as an opposite-side teacher, I never stand as a guarantor.",
  "I learned from my dad's mistake: I never co-sign anyone's loan.",
  "four-char", "negated", "dialogue", "반면교사 = learn what not to do")
I("결재 라인이 다섯 단계라 사공이 많아서 배가 산으로 가고 있어.",
  "The approval line is five levels, so with many boatmen the boat is going up the mountain.",
  "With five levels of sign-off, it's a case of too many cooks and the project's going nowhere.",
  "proverb", "split", "business", "사공이 많으면 배가 산으로 간다 = too many cooks")
I("우는 아이 젖 준다고 민원 넣으니까 바로 고쳐 주더라.",
  "As a crying child is given milk, when I filed a complaint they fixed it right away.",
  "The squeaky wheel gets the grease: I complained and they fixed it straight away.",
  "proverb", "split", "web", "우는 아이 젖 준다 = squeaky wheel gets the grease")
I("키는 제일 작아도 작은 고추가 맵다고 득점은 제일 많이 했다.",
  "Though his height is the smallest, as small peppers are hot, he scored the most.",
  "He's the shortest player, but he scored the most; never underestimate the little guy.",
  "proverb", "split", "sports", "작은 고추가 맵다 = small but formidable")
I("열 길 물속은 알아도 한 길 사람 속은 모른다더니 그 사람이 그럴 줄은 몰랐어.",
  "They say you know ten fathoms of water but not one fathom of a person's inside; I didn't know he would do that.",
  "You never really know what's going on in someone's head; I'd never have thought he'd do that.",
  "proverb", "split", "dialogue", "열 길 물속은 알아도 한 길 사람 속은 모른다 = people are unknowable")
I("구슬이 서 말이라도 꿰어야 보배지. 자격증만 많으면 뭐 해.",
  "Even three mal of beads must be strung to be treasure. What's the use of just many certificates.",
  "Potential is worthless unless you put it to use; what good are all those certificates on their own?",
  "proverb", "question", "dialogue", "구슬이 서 말이라도 꿰어야 보배 = talent must be put to use")
I("될성부른 나무는 떡잎부터 알아본다더니 어릴 때부터 남달랐지.",
  "They say a tree that will do well is recognised from the cotyledon; he was different from childhood.",
  "He stood out from the time he was little; you could tell he'd go far.",
  "proverb", "split", "sports", "될성부른 나무는 떡잎부터 알아본다 = promise shows early")
I("똥 묻은 개가 겨 묻은 개 나무란다더니 지각 대장이 나한테 늦었다고 하네.",
  "A dog with dung scolds a dog with chaff; the king of lateness says I'm late.",
  "Pot calling the kettle black: the person who's always late is telling me off for being late.",
  "proverb", "split", "dialogue", "똥 묻은 개가 겨 묻은 개 나무란다 = pot calling kettle black")
I("십 년 같이 일한 동업자한테 믿는 도끼에 발등 찍혔어요.",
  "I got my instep chopped by the axe I trusted from a partner I worked with for ten years.",
  "I was stabbed in the back by a partner I'd worked with for ten years.",
  "proverb", "passive", "dialogue", "믿는 도끼에 발등 찍히다 = betrayed by someone trusted")
I("벼는 익을수록 고개를 숙인다고, 그 교수님은 늘 겸손하셔.",
  "As rice bows its head the riper it gets, that professor is always humble.",
  "The more you know, the humbler you are; that professor is always so modest.",
  "proverb", "honorific", "textbook", "벼는 익을수록 고개를 숙인다 = the wise are humble")
I("대출로 대출을 막는 건 언 발에 오줌 누기다.",
  "Blocking loans with loans is peeing on a frozen foot.",
  "Taking out loans to pay off loans is only a stopgap.",
  "proverb", "nominalised", "news", "언 발에 오줌 누기 = temporary fix that worsens things")
I("배송비가 물건값보다 비싸면 배보다 배꼽이 더 큰 거지.",
  "If the shipping is pricier than the item, the belly button is bigger than the belly.",
  "If the shipping costs more than the item, it's the tail wagging the dog.",
  "proverb", "split", "web", "배보다 배꼽이 더 크다 = the extra costs more than the main thing")
I("처음에 커피 한두 잔 사 마시던 게 가랑비에 옷 젖는 줄 모른다고 한 달에 이십만 원이더라.",
  "The one or two cups of coffee at first, as you don't know clothes get wet in drizzle, were two hundred thousand won a month.",
  "A coffee here and there adds up without you noticing; it came to two hundred thousand won a month.",
  "proverb", "split", "web", "가랑비에 옷 젖는 줄 모른다 = small things add up unnoticed")
I("서당 개 삼 년이면 풍월을 읊는다고, 옆에서 보다 보니 나도 코딩을 좀 하게 됐어.",
  "As the village school dog recites poems in three years, watching from the side I came to code a bit too.",
  "You pick things up just by being around them; from watching I can code a bit myself now.",
  "proverb", "split", "web", "서당 개 삼 년이면 풍월을 읊는다 = learn by exposure")
I("모로 가도 서울만 가면 된다고, 어쨌든 결승 진출이야.",
  "Even going sideways you only need to get to Seoul, so anyway it's advancing to the final.",
  "It wasn't pretty, but a win's a win: we're in the final.",
  "proverb", "split", "sports", "모로 가도 서울만 가면 된다 = the end matters, not the means")
I("엎친 데 덮친 격으로 환율까지 올라 수입업체들이 비명을 지르고 있다.",
  "As if covering where it fell over, even the exchange rate rose and importers are screaming.",
  "To make matters worse, the exchange rate has risen too, and importers are crying out.",
  "proverb", "split", "news", "엎친 데 덮친 격 = one blow after another")
I("회장님 지시라 울며 겨자 먹기로 주말 행사에 나갔다.",
  "Because it was the chairman's order, I went to the weekend event crying and eating mustard.",
  "It was the chairman's order, so I went to the weekend event against my will.",
  "proverb", "past", "business", "울며 겨자 먹기 = grudgingly")
I("길고 짧은 건 대 봐야 알지, 경기는 끝까지 봐야 해.",
  "Long and short must be measured against each other to know; the game must be watched to the end.",
  "You can't call it until it's over; you have to watch the game to the end.",
  "proverb", "split", "sports", "길고 짧은 건 대 봐야 안다 = wait and see")
I("원하던 모델이 품절이라 꿩 대신 닭으로 작년 모델을 샀다.",
  "The model I wanted was sold out, so chicken instead of pheasant, I bought last year's model.",
  "The model I wanted was sold out, so I settled for last year's instead.",
  "proverb", "past", "web", "꿩 대신 닭 = make do with second best")
I("소문난 잔치에 먹을 것 없다더니 개막전이 너무 지루했다.",
  "They say there is nothing to eat at a rumoured feast; the opening game was too boring.",
  "So much for the hype: the opening game was a real bore.",
  "proverb", "split", "sports", "소문난 잔치에 먹을 것 없다 = overhyped")
I("쇠뿔도 단김에 빼랬다고, 생각난 김에 오늘 바로 계약하자.",
  "They said to pull out the ox horn in one hot go, so since I thought of it, let's sign today.",
  "Let's strike while the iron is hot and sign the contract today.",
  "proverb", "split", "business", "쇠뿔도 단김에 빼라 = act while the moment is right")
