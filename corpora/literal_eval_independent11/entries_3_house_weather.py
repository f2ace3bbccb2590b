# household, clothing, tools, weather and nature idioms (hand-written, helper lit11, 2026-12-07)
I("제일 믿었던 동업자한테 발등을 찍혔다.",
  "I had the top of my foot chopped by the business partner I trusted most.",
  "I was stabbed in the back by the partner I trusted most.",
  "household", "passive", "news", "믿는 도끼에 발등 찍힌다 (shortened)")
I("회의 다 끝났는데 이제 와서 뒷북 치지 마.",
  "The meeting is all over, so don't beat the back drum now.",
  "The meeting's over; it's a bit late to bring that up now.",
  "household", "negated", "dialogue", "뒷북 치다 = act belatedly")
I("아무도 나서지 않자 결국 막내가 총대를 멨다.",
  "When nobody stepped forward, in the end the youngest shouldered the gun barrel.",
  "When nobody else would, the youngest finally stuck his neck out and did it.",
  "household", "past", "textbook", "총대를 메다 = take on a thankless task for the group")
I("한 시간을 기다렸는데 결국 바람 맞았어.",
  "I waited an hour and in the end I got hit by the wind.",
  "I waited an hour and got stood up.",
  "weather/nature", "passive", "dialogue", "바람 맞다 = be stood up")
I("케이크를 다 먹어 놓고 동생은 시치미를 뚝 뗐다.",
  "After eating the whole cake, my brother removed the falcon name tag.",
  "My brother ate the whole cake and then acted as if he knew nothing about it.",
  "household", "past", "textbook", "시치미를 떼다 = feign ignorance")
I("자라 보고 놀란 가슴 솥뚜껑 보고 놀란다고, 전화벨만 울려도 깜짝 놀라.",
  "A heart startled by a turtle is startled by a pot lid; I jump even when the phone rings.",
  "Once bitten, twice shy: I jump every time the phone rings.",
  "household", "split", "dialogue", "자라 보고 놀란 가슴 솥뚜껑 보고 놀란다")
I("어젯밤 술 먹고 보낸 문자 생각하면 이불킥 각이다.",
  "Thinking about the text I sent after drinking last night, it's blanket kick angle.",
  "Thinking about the texts I sent drunk last night makes me want to crawl into a hole.",
  "household", "nominalised", "web", "이불킥 = cringe at one's own memory")
I("장관 후보자의 재산 형성 과정이 도마 위에 올랐다.",
  "The minister nominee's wealth-building process went up on the chopping board.",
  "The nominee's finances came under scrutiny.",
  "household", "past", "news", "도마 위에 오르다 = be put under scrutiny (false friend: 'on the chopping block')")
I("협상의 칼자루는 이제 우리가 쥐고 있습니다.",
  "We are now holding the knife handle of the negotiation.",
  "We now have the upper hand in the negotiations.",
  "household", "honorific", "news", "칼자루를 쥐다 = hold the upper hand")
I("동창회 회장 감투를 쓰더니 사람이 달라졌어.",
  "After wearing the horsehair hat of alumni president, he became a different person.",
  "Ever since he became president of the alumni association he's been a different person.",
  "household", "past", "dialogue", "감투를 쓰다 = take a (minor) post")
I("짚신도 짝이 있다는데 너도 좋은 사람 만날 거야.",
  "They say even straw shoes have a pair, so you'll meet a good person too.",
  "There's someone for everyone; you'll meet the right person.",
  "household", "split", "dialogue", "짚신도 짝이 있다")
I("첫 단추를 잘못 끼워서 프로젝트가 계속 꼬였다.",
  "We buttoned the first button wrong, so the project kept getting twisted.",
  "We got off on the wrong foot and the project kept running into trouble.",
  "household", "past", "news", "첫 단추를 잘못 끼우다 = start off wrong")
I("부모님한테 아직도 빨대 꽂고 사는 거 부끄럽지도 않냐?",
  "Aren't you ashamed of still living with a straw stuck into your parents?",
  "Aren't you ashamed to still be sponging off your parents?",
  "household", "question", "web", "빨대를 꽂다 = leech off")
I("지방 출신이라고 색안경을 끼고 보는 사람들이 있다.",
  "There are people who see me wearing coloured glasses because I'm from the provinces.",
  "Some people are prejudiced against me because I'm from outside Seoul.",
  "household", "adnominal", "textbook", "색안경을 끼다 = be biased (false friend: rose-tinted glasses)")
I("요즘 주머니 사정이 안 좋아서 이번 모임은 패스할게.",
  "My pocket situation isn't good these days, so I'll pass on this gathering.",
  "Money's a bit tight at the moment, so I'll sit this one out.",
  "household", "negated", "dialogue", "주머니 사정 = finances")
I("그 회사 대표는 바지 사장이고 실소유주는 따로 있다.",
  "The company's CEO is a pants president and the real owner is separate.",
  "The company's CEO is just a figurehead; someone else really owns it.",
  "household", "base", "news", "바지 사장 = figurehead")
I("결혼하더니 완전히 아내 치마폭에 싸여 산다.",
  "Since getting married he lives completely wrapped in his wife's skirt.",
  "Since he got married he's completely under his wife's thumb.",
  "household", "passive", "dialogue", "치마폭에 싸이다 = be dominated by a woman")
I("코인에 전 재산 넣었다가 깡통 찼대.",
  "He put his whole fortune into coins and kicked the can.",
  "He put everything he had into crypto and lost the lot.",
  "household", "past", "web", "깡통(을) 차다 = be reduced to beggary (false friend: 'kick the can')")
I("집값 하락으로 깡통 전세 피해가 속출하고 있다.",
  "With falling house prices, damage from empty-can jeonse is happening one after another.",
  "As house prices fall, more and more tenants are losing their deposits on underwater jeonse leases.",
  "household", "adnominal", "news", "깡통 전세 = lease whose deposit exceeds the home's value")
I("빈 수레가 요란하다고, 말 많은 사람치고 실속 있는 사람 못 봤어.",
  "An empty cart is noisy; I've never seen a talkative person with substance.",
  "Empty vessels make the most noise; I've never met a big talker who delivered.",
  "household", "negated", "web", "빈 수레가 요란하다; English idiom with a related image")
I("그 자리는 이미 내가 도장 찍어 놨어.",
  "I already stamped my seal on that seat.",
  "I've already called dibs on that seat.",
  "household", "past", "dialogue", "도장(을) 찍다 = claim (informal)")
I("사업 잘못했다가 쪽박 차게 생겼다.",
  "I did business wrong and it looks like I'll wear a small gourd.",
  "My business went wrong and I'm about to go broke.",
  "household", "split", "dialogue", "쪽박 차다 = be ruined")
I("어제 주문했는데 총알 배송으로 새벽에 왔어요.",
  "I ordered yesterday and it came at dawn by bullet delivery.",
  "I ordered it yesterday and express delivery got it here by dawn.",
  "household", "honorific", "web", "총알 배송 = super-fast delivery")
I("이번 시즌 우승은 이미 물 건너갔다.",
  "This season's championship has already crossed the water.",
  "This season's title is already out of reach.",
  "weather/nature", "past", "news", "물 건너가다 = be too late, be lost")
I("크게 싸우고 나서 오히려 더 친해졌어. 비 온 뒤에 땅이 굳는다잖아.",
  "After a big fight we became even closer. They say the ground hardens after it rains.",
  "We had a big fight and actually got closer afterwards; I guess it cleared the air.",
  "weather/nature", "split", "dialogue", "비 온 뒤에 땅이 굳는다")
I("남편이 바람을 피운 걸 알고 이혼을 결심했다.",
  "Finding out her husband blew wind, she decided to divorce.",
  "When she found out her husband was cheating, she decided to divorce him.",
  "weather/nature", "past", "textbook", "바람을 피우다 = have an affair")
I("대선 이후 양당 관계에 찬바람이 불고 있다.",
  "Since the presidential election, a cold wind is blowing in relations between the two parties.",
  "Relations between the two parties have frozen since the presidential election.",
  "weather/nature", "base", "news", "찬바람이 불다 = relations chill")
I("요즘 서울에서 전세 구하기는 하늘의 별 따기예요.",
  "These days finding a jeonse in Seoul is picking a star from the sky.",
  "Finding a jeonse place in Seoul these days is next to impossible.",
  "weather/nature", "honorific", "web", "하늘의 별 따기 = nearly impossible")
I("뜬구름 잡는 소리 그만하고 현실적인 계획을 세워.",
  "Stop the sound of catching floating clouds and make a realistic plan.",
  "Stop daydreaming and make a realistic plan.",
  "weather/nature", "adnominal", "dialogue", "뜬구름 잡다 = chase pipe dreams")
I("대기업 파업의 불똥이 협력업체로 튀었다.",
  "The sparks of the big company's strike jumped to its suppliers.",
  "The big company's strike had a knock-on effect on its suppliers.",
  "weather/nature", "past", "news", "불똥이 튀다 = fallout spreads (false friend: 'sparks fly')")
I("몇 년 동안 준비한 계획이 하루아침에 물거품이 됐다.",
  "The plan prepared for several years became water bubbles overnight.",
  "Years of planning came to nothing overnight.",
  "weather/nature", "past", "news", "물거품이 되다 = come to nothing")
I("사공이 많으면 배가 산으로 간다더니 회의만 하다 끝났네.",
  "They say if there are many boatmen the boat goes to the mountain; it ended with only meetings.",
  "Too many cooks spoil the broth: all we did was hold meetings.",
  "weather/nature", "split", "web", "사공이 많으면 배가 산으로 간다")
I("올해 농가는 잇단 태풍으로 된서리를 맞았다.",
  "This year farms were hit by a hard frost from successive typhoons.",
  "Farms took a heavy blow this year from one typhoon after another.",
  "weather/nature", "passive", "news", "된서리를 맞다 = be hit hard")
I("그 친구가 먼저 연락하는 건 가뭄에 콩 나듯 해.",
  "That friend contacting me first happens like beans sprouting in a drought.",
  "That friend gets in touch first once in a blue moon.",
  "weather/nature", "base", "dialogue", "가뭄에 콩 나듯 = rarely")
I("대출 이자가 두 배가 됐다는 말에 하늘이 노래졌다.",
  "Hearing the loan interest had doubled, the sky turned yellow.",
  "When I heard my loan interest had doubled, my head spun.",
  "weather/nature", "past", "web", "하늘이 노랗다 = feel faint with shock")
I("네가 설거지를 다 하다니, 해가 서쪽에서 뜨겠다.",
  "You did all the dishes? The sun will rise in the west.",
  "You did all the dishes? Wonders never cease.",
  "weather/nature", "base", "dialogue", "해가 서쪽에서 뜨다 = something very unusual")
I("그는 돈이 된다면 물불을 가리지 않는다.",
  "If it makes money, he doesn't distinguish water and fire.",
  "He'll stop at nothing if there's money in it.",
  "weather/nature", "negated", "textbook", "물불을 가리지 않다 = stop at nothing")
I("가지 많은 나무에 바람 잘 날 없다고 애가 다섯이니 하루도 조용할 날이 없어.",
  "A tree with many branches has no day the wind settles; with five kids there's no quiet day.",
  "With five kids, there's always some drama or other; never a quiet day.",
  "weather/nature", "negated", "dialogue", "가지 많은 나무에 바람 잘 날 없다")
I("저렇게 공부 안 하면 결과는 불 보듯 뻔하지.",
  "If he doesn't study like that, the result is obvious like watching fire.",
  "If he doesn't study, it's plain as day how it'll turn out.",
  "weather/nature", "negated", "dialogue", "불 보듯 뻔하다 = obvious")
I("연말 구조조정 칼바람에 직원들이 떨고 있다.",
  "Employees are trembling at the knife wind of year-end restructuring.",
  "Staff are bracing themselves for year-end job cuts.",
  "weather/nature", "adnominal", "news", "칼바람 = wave of layoffs")
I("정상회담을 계기로 양국 관계에 훈풍이 불고 있다.",
  "With the summit as an opportunity, a warm wind is blowing in relations between the two countries.",
  "Relations between the two countries are thawing since the summit.",
  "weather/nature", "base", "news", "훈풍 = warming relations")
I("이번 선거에서 청년층 표심이 태풍의 눈으로 떠올랐다.",
  "In this election, young voters' hearts rose as the eye of the typhoon.",
  "Young voters have emerged as the key swing factor in this election.",
  "weather/nature", "past", "news", "태풍의 눈 = the decisive factor (false friend: 'eye of the storm' = calm centre)")
I("금수저는 못 돼도 흙수저 탈출은 하고 싶다.",
  "Even if I can't be a gold spoon, I want to escape being a dirt spoon.",
  "I may never be rich, but I'd like to at least stop being dirt-poor.",
  "weather/nature", "negated", "web", "흙수저 = born poor (slang)")
I("주식 물린 거 생각하면 한숨만 나온다.",
  "Thinking about my stocks that bit me, only sighs come out.",
  "Every time I think about the stocks I'm stuck holding at a loss, I just sigh.",
  "slang/neologism", "passive", "web", "물리다 = be stuck in a losing position")
