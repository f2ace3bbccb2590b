# four-character idioms and proverbs, full and cut short (hand-written, helper lit9, 2026-12-07)
I("새해 다짐이 올해도 작심삼일로 끝났어.",
  "My new year's resolution ended as three days of a made-up mind this year too.",
  "My New Year's resolution fizzled out after a few days again this year.",
  "four-char", "past", "web", "작심삼일 'resolve that lasts three days'")
I("갑자기 정전이 되자 사람들이 우왕좌왕했다.",
  "When the power suddenly went out, people went right and went left.",
  "When the power suddenly went out, people milled around in confusion.",
  "four-char", "past", "news", "우왕좌왕 'run around in confusion'")
I("눈이 마주치자 우리는 이심전심으로 웃었다.",
  "When our eyes met, we laughed with heart-to-heart transmission.",
  "Our eyes met and we both laughed, knowing exactly what the other was thinking.",
  "four-char", "past", "textbook", "이심전심 'tacit understanding'")
I("시험 전날까지 놀더니 자업자득이지 뭐.",
  "He played until the day before the exam, so it's self-work-self-gain.",
  "He goofed off right up to the night before the exam — he's only got himself to blame.",
  "four-char", "base", "dialogue", "자업자득 'reap what you sow'")
I("차가 고장 났는데 설상가상으로 비까지 쏟아졌다.",
  "The car broke down, and adding frost on snow, even rain poured down.",
  "The car broke down, and to make matters worse it started pouring with rain.",
  "four-char", "past", "web", "설상가상 'to make matters worse'")
I("자기가 잘못해 놓고 적반하장으로 나한테 화를 내더라.",
  "He did wrong himself, and then as the thief holding the stick he got angry at me.",
  "He's the one who messed up, and then he turned around and got angry at me.",
  "four-char", "past", "dialogue", "적반하장 'the guilty party accusing the victim'")
I("그런 얘기는 금시초문인데요.",
  "That story is first hearing at the present time.",
  "That's news to me.",
  "four-char", "honorific", "dialogue", "금시초문 'never heard of it'")
I("고진감래라더니 3수 끝에 드디어 합격했다.",
  "They say when bitterness ends sweetness comes, and after three tries I finally passed.",
  "All that hard work paid off — I finally got in on my third attempt.",
  "four-char", "split", "web", "고진감래; cut into a quoted saying")
I("왜 자꾸 동문서답을 해?",
  "Why do you keep doing east-question west-answer?",
  "Why do you keep dodging the question?",
  "four-char", "question", "dialogue", "동문서답 'irrelevant answer'")
I("두 팀은 연장전까지 가는 막상막하의 경기를 펼쳤다.",
  "The two teams unfolded a neither-above-nor-below game that went to extra time.",
  "The two teams were neck and neck in a game that went to extra time.",
  "four-char", "adnominal", "news", "막상막하 'evenly matched'; sport")
I("아버지는 30년 동안 한 구단만 일편단심 응원하셨다.",
  "Father cheered for only one club with a one-piece red heart for 30 years.",
  "My father stayed loyal to the same club for thirty years.",
  "four-char", "honorific", "textbook", "일편단심 'unwavering loyalty'")
I("오늘은 서로 허심탄회하게 이야기해 봅시다.",
  "Today let's talk to each other with empty heart and flat bosom.",
  "Let's speak frankly with each other today.",
  "four-char", "honorific", "dialogue", "허심탄회 'candid'")
I("연락이 끊긴 아들 소식에 부모는 노심초사했다.",
  "At the news of the son who lost contact, the parents laboured the heart and burned the thoughts.",
  "The parents were worried sick when they lost contact with their son.",
  "four-char", "past", "news", "노심초사 'be beside oneself with worry'")
I("선수들은 시즌 마지막 경기에서 승리하며 유종의 미를 거뒀다.",
  "The players harvested the beauty of having an end by winning the last game of the season.",
  "The players ended the season on a high with a win in their final game.",
  "four-char", "past", "news", "유종의 미 'a fitting finish'; sport")
I("결국 진실이 밝혀졌으니 사필귀정이다.",
  "The truth finally came out, so matters must return to the right.",
  "The truth came out in the end — justice has been done.",
  "four-char", "base", "news", "사필귀정 'right prevails in the end'")
I("시작은 좋았는데 드라마가 용두사미로 끝났어.",
  "The start was good but the drama ended as dragon head and snake tail.",
  "It started off great, but the drama really fizzled out at the end.",
  "four-char", "past", "web", "용두사미 'strong start, weak finish'; entertainment")
I("경쟁사들이 국내 배달 시장을 호시탐탐 노리고 있다.",
  "Competitors are aiming at the domestic delivery market with tiger-watching greed.",
  "Rivals are waiting for their chance to muscle into the domestic delivery market.",
  "four-char", "base", "news", "호시탐탐 'watch for a chance'; business")
I("두 후보가 싸우는 사이 제3 후보가 어부지리를 얻었다.",
  "While the two candidates fought, the third candidate got the fisherman's profit.",
  "While the two front-runners fought each other, a third candidate reaped the benefit.",
  "four-char", "past", "news", "어부지리 'a third party profits'")
I("강풍 탓에 소방대원들도 산불 앞에서 속수무책이었다.",
  "Due to the strong wind, even the firefighters were tied hands with no plan in front of the wildfire.",
  "In the strong winds even the firefighters were powerless against the wildfire.",
  "four-char", "past", "news", "속수무책 'helpless'")
I("그때 떨어진 게 오히려 전화위복이 됐어.",
  "Failing that time actually became calamity turned into fortune.",
  "Failing back then turned out to be a blessing in disguise.",
  "four-char", "past", "dialogue", "전화위복 'blessing in disguise'")
I("이 업계에서 임금 체불은 비일비재하다.",
  "In this industry, unpaid wages are not one and not two.",
  "Unpaid wages are par for the course in this industry.",
  "four-char", "base", "news", "비일비재 'all too common'")
I("애지중지 키운 딸을 시집보내려니 마음이 허전하다.",
  "Marrying off the daughter I raised love-it-weigh-it, my heart is empty.",
  "It's hard to let go of the daughter I've doted on all these years now that she's getting married.",
  "four-char", "adnominal", "web", "애지중지 'dote on'")
I("돈 좀 벌더니 안하무인이 됐어.",
  "He earned a little money and became no-people-below-the-eyes.",
  "Since he made some money he thinks he's better than everyone.",
  "four-char", "past", "dialogue", "안하무인 'arrogant, contemptuous'")
I("그 배우는 마흔이 넘어 빛을 본 대기만성형 배우다.",
  "That actor is a big-vessel-late-completion-type actor who saw light after forty.",
  "The actor is a late bloomer who only made it big after forty.",
  "four-char", "adnominal", "news", "대기만성 and 빛을 보다 'succeed'; entertainment")
I("어느덧 천고마비의 계절 가을이 찾아왔다.",
  "Before we knew it, autumn, the season of high sky and fat horses, has come.",
  "Before we knew it, the crisp, clear days of autumn were here.",
  "four-char", "past", "textbook", "천고마비 'autumn's clear skies and plenty'")
I("등산객은 절벽에서 떨어졌지만 구사일생으로 살아났다.",
  "The hiker fell from the cliff but came alive with nine deaths and one life.",
  "The hiker fell from a cliff but survived by a miracle.",
  "four-char", "past", "news", "구사일생 'narrow escape'")
I("역지사지로 한번 생각해 봐.",
  "Try thinking once with change-the-place-think-of-it.",
  "Try putting yourself in their shoes.",
  "four-char", "base", "dialogue", "역지사지 'see it from the other side'")
I("실종 사건의 진상은 여전히 오리무중이다.",
  "The truth of the missing case is still in five-li fog.",
  "What happened in the disappearance is still a complete mystery.",
  "four-char", "base", "news", "오리무중 'shrouded in mystery'")
I("요금을 내리고 수수료를 올리는 건 조삼모사일 뿐이다.",
  "Lowering the charge and raising the commission is just three in the morning, four in the evening.",
  "Cutting the fee while raising the commission is just the same deal in different packaging.",
  "four-char", "base", "web", "조삼모사 'a superficial change'")
I("석 달 만에 영어 실력이 일취월장했네.",
  "In three months your English ability advanced by the day and grew by the month.",
  "Your English has come on in leaps and bounds in just three months.",
  "four-char", "past", "dialogue", "일취월장 'improve rapidly'")
I("팬들이 오매불망 기다리던 정규 앨범이 드디어 나왔다.",
  "The full album that fans waited for awake and asleep without forgetting has finally come out.",
  "The full-length album fans have been desperate for is finally out.",
  "four-char", "adnominal", "news", "오매불망 'long for'; entertainment")
I("와신상담 끝에 지난해 결승 상대에게 설욕했다.",
  "After lying on firewood and tasting gall, they washed shame against last year's final opponent.",
  "After a year of waiting, they finally got revenge on last year's finalists.",
  "four-char", "past", "news", "와신상담 and 설욕하다; sport")
I("전문가들이 이구동성으로 금리 인하를 점쳤다.",
  "Experts divined a rate cut with different mouths and the same voice.",
  "Experts are unanimous in predicting a rate cut.",
  "four-char", "past", "news", "이구동성 'unanimously'; business")
I("팀장은 매번 시키는 일이 조변석개라 일하기가 힘들다.",
  "Because the team leader's orders are changed in the morning and altered in the evening, working is hard.",
  "My team leader changes his mind about what he wants every five minutes, so it's hard to get anything done.",
  "four-char", "base", "web", "조변석개 'chop and change'; workplace")
I("결승 진출을 놓고 일진일퇴의 공방이 이어졌다.",
  "Over advancing to the final, one-advance-one-retreat attack and defence continued.",
  "The battle for a place in the final swung back and forth.",
  "four-char", "adnominal", "news", "일진일퇴 'see-saw'; sport")
I("다 된 밥에 재 뿌리지 말고 가만히 있어.",
  "Don't sprinkle ash on fully cooked rice, just stay still.",
  "Don't go ruining it now when we're almost there — just keep quiet.",
  "proverb", "negated", "dialogue", "다 된 밥에 재 뿌리다 'spoil at the last moment'")
I("가는 날이 장날이라고, 하필 오늘 휴무래.",
  "As they say, the day you go is market day — of all days today is a day off.",
  "Just my luck — of all days, they're closed today.",
  "proverb", "split", "dialogue", "가는 날이 장날")
I("운동도 하고 돈도 벌고, 꿩 먹고 알 먹고지.",
  "Exercising and earning money, it's eating the pheasant and eating the egg.",
  "I get exercise and I get paid — it's win-win.",
  "proverb", "split", "dialogue", "꿩 먹고 알 먹고")
I("요즘 청년들에게 내 집 마련은 그림의 떡이다.",
  "For young people these days, getting one's own house is a rice cake in a picture.",
  "For young people today, owning a home is a pipe dream.",
  "proverb", "base", "news", "그림의 떡")
I("요즘 대기업 취업은 하늘의 별 따기예요.",
  "Getting a job at a big company these days is picking a star in the sky.",
  "Landing a job at a big company these days is next to impossible.",
  "proverb", "honorific", "web", "하늘의 별 따기")
I("똥 묻은 개가 겨 묻은 개 나무란다더니 네가 할 소리는 아니지.",
  "They say a dog with poop on it scolds a dog with chaff on it; that's not a thing for you to say.",
  "That's rich coming from you — talk about the pot calling the kettle black.",
  "proverb", "split", "dialogue", "똥 묻은 개가 겨 묻은 개 나무란다")
I("원숭이도 나무에서 떨어진다고, 국가대표도 실수할 수 있지.",
  "As even monkeys fall from trees, national players can make mistakes too.",
  "Nobody's perfect — even national-team players make mistakes.",
  "proverb", "split", "web", "원숭이도 나무에서 떨어진다; sport")
I("발 없는 말이 천 리 간다고, 소문이 벌써 회사에 다 퍼졌어.",
  "As a word without feet goes a thousand li, the rumour has already spread all through the company.",
  "Word travels fast — the rumour's already all over the office.",
  "proverb", "split", "dialogue", "발 없는 말이 천 리 간다; pun 말 word/horse")
I("낮말은 새가 듣는다잖아, 목소리 좀 낮춰.",
  "They say day words are heard by birds, lower your voice a bit.",
  "Walls have ears — keep your voice down.",
  "proverb", "split", "dialogue", "낮말은 새가 듣고 밤말은 쥐가 듣는다, cut short")
I("티끌 모아 태산이라고 매일 만 원씩 저축하고 있어.",
  "As collecting dust makes Mount Tai, I'm saving ten thousand won every day.",
  "Every little bit adds up, so I'm putting away ten thousand won a day.",
  "proverb", "split", "web", "티끌 모아 태산")
I("유학을 가 보니 내가 우물 안 개구리였다는 걸 알았다.",
  "Going to study abroad, I realised I had been a frog in the well.",
  "Studying abroad made me realise how narrow my view of the world had been.",
  "proverb", "past", "web", "우물 안 개구리")
I("등잔 밑이 어둡다더니 안경이 머리 위에 있었네.",
  "They say under the lamp is dark; my glasses were on top of my head.",
  "Right under my nose — my glasses were on my head the whole time.",
  "proverb", "split", "dialogue", "등잔 밑이 어둡다")
I("호랑이도 제 말 하면 온다더니, 마침 저기 오네.",
  "They say even the tiger comes when you talk about it; there he comes just now.",
  "Speak of the devil — here he comes now.",
  "proverb", "split", "dialogue", "호랑이도 제 말 하면 온다")
I("열 번 찍어 안 넘어가는 나무 없다고 결국 사귀게 됐어.",
  "As there's no tree that doesn't fall when chopped ten times, we ended up dating.",
  "I kept at it and, sure enough, we ended up going out.",
  "proverb", "split", "web", "열 번 찍어 안 넘어가는 나무 없다")
I("세 살 버릇 여든 간다더니 아직도 손톱을 물어뜯네.",
  "They say a three-year-old's habit goes to eighty; you still bite your nails.",
  "Old habits die hard — you still bite your nails.",
  "proverb", "split", "dialogue", "세 살 버릇 여든까지 간다")
I("백지장도 맞들면 낫다잖아, 같이 옮기자.",
  "They say even a sheet of white paper is better when lifted together, let's move it together.",
  "Many hands make light work — let's carry it together.",
  "proverb", "split", "dialogue", "백지장도 맞들면 낫다")
I("가재는 게 편이라더니 결국 자기 동문 편을 들더라.",
  "They say the crayfish is on the crab's side; in the end he took his alumni's side.",
  "Sure enough, he closed ranks with his old classmates.",
  "proverb", "split", "web", "가재는 게 편")
I("말 한마디로 천 냥 빚을 갚는다고, 사과 한마디면 될 일이었다.",
  "As one word repays a thousand-nyang debt, it was a matter that one word of apology would have done.",
  "A kind word goes a long way — a simple apology would have settled it.",
  "proverb", "split", "textbook", "말 한마디로 천 냥 빚을 갚는다")
I("고래 싸움에 새우 등 터진다고, 무역 분쟁으로 중소 수출업체만 피해를 봤다.",
  "As a shrimp's back bursts in a whale fight, only small exporters suffered damage from the trade dispute.",
  "Small exporters have been caught in the crossfire of the trade dispute.",
  "proverb", "split", "news", "고래 싸움에 새우 등 터진다; business")
I("20년 지기 친구한테 사기를 당하다니, 믿는 도끼에 발등 찍혔다.",
  "Getting scammed by a friend of 20 years — the axe I trusted chopped the top of my foot.",
  "Conned by a friend of twenty years — I was betrayed by the one person I trusted.",
  "proverb", "passive", "web", "믿는 도끼에 발등 찍힌다")
I("시험 범위를 수박 겉 핥기 식으로 훑어보면 안 돼.",
  "You must not skim the exam range in the manner of licking the outside of a watermelon.",
  "You can't just skim over the exam material superficially.",
  "proverb", "negated", "textbook", "수박 겉 핥기")
I("아직 면접도 안 봤는데 김칫국부터 마시지 마.",
  "You haven't even had the interview yet, so don't drink the kimchi soup first.",
  "You haven't even had the interview yet — don't count your chickens.",
  "proverb", "negated", "dialogue", "떡 줄 사람은 생각도 않는데 김칫국부터 마신다, cut short")
I("개구리 올챙이 적 생각 못 한다더니, 자기도 신입 때 실수 많이 했으면서.",
  "They say the frog can't remember its tadpole days; he made lots of mistakes himself as a newcomer.",
  "He's forgotten what it was like to be new — he made plenty of mistakes himself back then.",
  "proverb", "split", "web", "개구리 올챙이 적 생각 못 한다; workplace")
I("남의 떡이 커 보인다고 옆 부서가 늘 더 편해 보여.",
  "As another's rice cake looks bigger, the next department always looks more comfortable.",
  "The grass is always greener — the other department always looks like it has it easier.",
  "proverb", "split", "web", "남의 떡이 더 커 보인다")
I("서당 개 삼 년이라고, 식당 알바 3년 하니까 요리가 늘었어.",
  "As it's three years of the village-school dog, after three years of restaurant part-time my cooking improved.",
  "You pick things up if you hang around long enough — three years working in a restaurant and my cooking's got better.",
  "proverb", "split", "dialogue", "서당 개 삼 년이면 풍월을 읊는다, cut short; 알바 Konglish")
I("공든 탑이 무너지랴, 그렇게 열심히 했으니 꼭 붙을 거야.",
  "Would a tower built with effort collapse? You worked so hard, so you'll definitely pass.",
  "Hard work never goes to waste — after all that effort, you're sure to pass.",
  "proverb", "question", "dialogue", "공든 탑이 무너지랴")
I("될성부른 나무는 떡잎부터 알아본다더니, 그는 중학생 때부터 남달랐다.",
  "They say a tree that will do well is recognised from its seed leaves; he was different from middle school.",
  "He showed real promise right from his middle-school days.",
  "proverb", "split", "news", "될성부른 나무는 떡잎부터 알아본다; sport")
I("바늘 도둑이 소도둑 된다고, 작은 거짓말부터 고쳐야 해.",
  "As a needle thief becomes a cow thief, you must fix small lies first.",
  "Little lies lead to bigger ones, so nip it in the bud now.",
  "proverb", "split", "textbook", "바늘 도둑이 소도둑 된다")
I("돌다리도 두들겨 보고 건너라고, 계약서는 꼼꼼히 읽어 봐.",
  "As you should tap even a stone bridge before crossing, read the contract carefully.",
  "Better safe than sorry — read the contract carefully.",
  "proverb", "split", "textbook", "돌다리도 두들겨 보고 건너라; business")
