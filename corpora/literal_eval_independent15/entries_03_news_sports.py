# newsroom and sports set phrases (hand-written, helper lit15, 2026-12-07)
I("정부가 이 문제를 어떻게 풀어 갈지 귀추가 주목된다.",
  "The whereabouts of how the government will solve this problem are being noticed.",
  "It remains to be seen how the government will tackle the issue.",
  "other", "passive", "news", "귀추가 주목되다: remains to be seen; news formula")
I("노사 협상 타결이 초읽기에 들어갔다.",
  "The labour-management negotiation settlement entered the second-reading.",
  "A deal between management and the union is now imminent.",
  "other", "past", "news", "초읽기에 들어가다: be imminent; labour news")
I("신공항 건설이 드디어 첫 삽을 떴다.",
  "The new airport construction finally scooped the first shovel.",
  "Ground has finally been broken on the new airport.",
  "household", "past", "news", "첫 삽을 뜨다: break ground; infrastructure news")
I("이번 회담이 남북 대화의 물꼬를 틀 수 있을지 관심이 쏠린다.",
  "Attention pours on whether this talk can open the water gate of inter-Korean dialogue.",
  "All eyes are on whether the meeting can pave the way for inter-Korean talks.",
  "household", "question", "news", "물꼬를 트다: open the way; politics news")
I("수출 부진으로 한국 경제에 적신호가 켜졌다.",
  "Due to sluggish exports, a red signal turned on for the Korean economy.",
  "Weak exports are flashing warning signs for the Korean economy.",
  "other", "past", "news", "적신호가 켜지다: warning sign appears; economy news")
I("주말마다 관광객이 몰려 제주 해변이 몸살을 앓고 있다.",
  "As tourists crowd every weekend, Jeju's beaches are suffering body aches.",
  "Weekend crowds of tourists are putting Jeju's beaches under severe strain.",
  "body-part", "base", "news", "몸살을 앓다: be overwhelmed by crowds; travel news")
I("그 구단은 연봉 협상 문제로 올해 홍역을 치렀다.",
  "The club went through the measles this year over salary negotiation problems.",
  "The club went through a rough patch this year over contract talks.",
  "other", "past", "news", "홍역을 치르다: go through a painful ordeal; sports news")
I("당국은 불법 도박 사이트에 철퇴를 내렸다.",
  "The authorities brought down an iron mace on illegal gambling sites.",
  "The authorities have cracked down hard on illegal gambling sites.",
  "household", "past", "news", "철퇴를 내리다: crack down hard; crime news")
I("회장 비리 의혹의 불똥이 계열사로까지 튀었다.",
  "The spark of the chairman's corruption allegations jumped even to the affiliates.",
  "The fallout from the chairman's corruption scandal has spread to the group's affiliates.",
  "household", "past", "news", "불똥이 튀다: fallout spreads; business news")
I("항공업계는 유가 급등으로 된서리를 맞았다.",
  "The airline industry was hit by hard frost due to the oil price surge.",
  "Airlines have been hit hard by the surge in oil prices.",
  "household", "passive", "news", "된서리를 맞다: be hit hard; economy news")
I("취업 시장에 한파가 이어지고 있다.",
  "A cold wave continues in the employment market.",
  "The job market remains in a deep freeze.",
  "household", "base", "news", "한파: (jobs) slump; economy news")
I("두 나라 관계에 모처럼 훈풍이 불고 있다.",
  "A warm wind is blowing in the two countries' relationship for once.",
  "Relations between the two countries are warming up for a change.",
  "household", "base", "news", "훈풍이 불다: relations warm; diplomacy news")
I("새해 들어 식품 가격이 줄줄이 오르고 있다.",
  "Entering the new year, food prices are rising in strings.",
  "Food prices have been going up one after another since the new year.",
  "figurative-verb", "base", "news", "줄줄이: one after another; economy news")
I("배춧값이 연일 고공행진을 이어 가고 있다.",
  "Napa cabbage prices are continuing a high-altitude march day after day.",
  "Cabbage prices keep soaring day after day.",
  "four-char", "base", "news", "고공행진: soaring prices; economy news")
I("이 제품은 출시되자마자 불티나게 팔렸다.",
  "This product sold like sparks flying as soon as it was released.",
  "The product sold like hotcakes the moment it came out.",
  "household", "past", "news", "불티나게 팔리다: sell like hotcakes; retail news")
I("물밑 작업 끝에 두 회사가 합병에 합의했다.",
  "After underwater work, the two companies agreed on a merger.",
  "After talks behind the scenes, the two companies agreed to merge.",
  "other", "past", "news", "물밑 작업: behind-the-scenes work; business news")
I("여당은 그 발언으로 여론의 뭇매를 맞았다.",
  "The ruling party was beaten by the mob clubs of public opinion over that remark.",
  "The ruling party came under fierce public criticism over the remark.",
  "household", "passive", "news", "뭇매를 맞다: face a barrage of criticism; politics news")
I("두 후보는 토론회에서 치열한 설전을 벌였다.",
  "The two candidates held a fierce tongue war at the debate.",
  "The two candidates had a heated war of words in the debate.",
  "body-part", "past", "news", "설전을 벌이다: have a war of words; election news")
I("그 사건은 회사 측의 꼬리 자르기로 끝났다는 비판이 나온다.",
  "Criticism comes out that the incident ended with the company's cutting of the tail.",
  "Critics say the company made a few junior staff take the fall and left it at that.",
  "animal", "nominalised", "news", "꼬리 자르기: sacrificing underlings; news commentary")
I("검찰은 이번 비리의 몸통을 밝혀내겠다고 밝혔다.",
  "The prosecution said it would reveal the torso of this corruption.",
  "Prosecutors said they would track down the people really behind the scheme.",
  "body-part", "base", "news", "몸통: mastermind; crime news")
I("피해가 커지는데도 당국은 뒷짐만 지고 있다.",
  "Though the damage is growing, the authorities are only clasping hands behind their backs.",
  "The damage keeps mounting while the authorities just stand by and watch.",
  "body-part", "base", "news", "뒷짐을 지다: stand idly by; editorial")
I("부처 간 엇박자가 정책 혼선을 키웠다.",
  "The off-beat between ministries increased policy confusion.",
  "The ministries pulling in different directions only added to the policy confusion.",
  "other", "past", "news", "엇박자: being out of step; editorial")
I("대출 규제로 주택 시장이 숨 고르기에 들어갔다.",
  "Due to loan regulations, the housing market entered breath-catching.",
  "With the new lending rules, the housing market is taking a breather.",
  "body-part", "nominalised", "news", "숨 고르기: pause; property news")
I("이번 협상에서 칼자루는 우리가 쥐고 있다.",
  "In this negotiation, we are holding the sword handle.",
  "We hold all the cards in this negotiation.",
  "household", "base", "news", "칼자루를 쥐다: have the upper hand; business")
I("두 나라는 관세 문제를 두고 샅바 싸움을 벌이고 있다.",
  "The two countries are having a sash fight over the tariff issue.",
  "The two countries are jockeying for position over tariffs.",
  "household", "base", "news", "샅바 싸움: jockeying for position (ssireum); trade news")
I("첫 회의부터 두 대표 사이에 기싸움이 팽팽했다.",
  "From the first meeting, the energy fight between the two CEOs was tight.",
  "From the very first meeting there was a tense battle of wills between the two CEOs.",
  "other", "past", "news", "기싸움: battle of wills; business news")
I("폭염이 연일 기승을 부리고 있다.",
  "The heat wave is showing off its vigour day after day.",
  "The heat wave shows no sign of letting up.",
  "figurative-verb", "base", "news", "기승을 부리다: (heat, disease) rage; weather")
I("전국이 찜통더위에 시달리고 있습니다.",
  "The whole country is suffering from steamer-pot heat.",
  "The whole country is sweltering.",
  "household", "honorific", "news", "찜통더위: sweltering heat; weather report")
I("출근길 칼바람에 옷깃을 단단히 여미셔야겠습니다.",
  "You should fasten your collars tightly against the knife wind on the way to work.",
  "Bundle up for your commute. There's a biting wind out there.",
  "household", "honorific", "news", "칼바람: biting wind; weather report")
I("어제 남부 지방에 물폭탄이 쏟아졌다.",
  "Yesterday, water bombs poured on the southern region.",
  "The south was hit by torrential rain yesterday.",
  "household", "past", "news", "물폭탄: downpour; weather news")
I("주말에는 꽃샘추위가 찾아오겠습니다.",
  "On the weekend, a flower-jealous cold will come visiting.",
  "We're expecting a cold snap this weekend.",
  "household", "honorific", "news", "꽃샘추위: early-spring cold snap; weather report")
I("한국은 종료 직전 동점골을 넣으며 진땀승을 거뒀다.",
  "Korea scored an equaliser just before the end and gained a sticky-sweat win.",
  "Korea scored a late equaliser and scraped through.",
  "body-part", "past", "news", "진땀승: narrow, hard-fought win; sports news")
I("우리 팀은 안방에서 완패를 당했다.",
  "Our team suffered a complete defeat in the inner room.",
  "Our team was thrashed at home.",
  "household", "passive", "news", "안방: home ground; sports news")
I("이 팀은 후반에 뒷심이 부족해서 자주 역전당한다.",
  "This team lacks back strength in the second half, so it is often reversed.",
  "This team often runs out of steam late on and gets overtaken.",
  "body-part", "passive", "news", "뒷심: late-game stamina; sports commentary")
I("꼴찌 팀이 선두 팀에 고춧가루를 뿌렸다.",
  "The last-place team sprinkled red pepper powder on the leading team.",
  "The bottom team played spoiler against the league leaders.",
  "food", "past", "news", "고춧가루를 뿌리다: play spoiler; sports news")
I("요즘 그 선수 물이 올랐어.",
  "That player's water has risen these days.",
  "That player is on fire right now.",
  "figurative-verb", "past", "web", "물이 오르다: be in top form; sports forum")
I("이번 대회의 복병은 단연 베트남이었다.",
  "The ambush troops of this tournament were definitely Vietnam.",
  "Vietnam were clearly the dark horse of the tournament.",
  "other", "base", "news", "복병: dark horse; sports news")
I("수비수의 헛발질이 결국 실점으로 이어졌다.",
  "The defender's empty-foot kick eventually led to a conceded goal.",
  "The defender's miskick ended up costing a goal.",
  "body-part", "past", "news", "헛발질: miskick, blunder; sports news")
I("그 팀은 5연패의 늪에 빠졌다.",
  "That team fell into the swamp of five consecutive losses.",
  "The team is stuck on a five-game losing streak.",
  "household", "past", "news", "연패의 늪: losing streak; sports news")
I("손흥민이 멀티골을 터뜨렸다.",
  "Son Heung-min exploded a multi goal.",
  "Son Heung-min scored twice.",
  "slang/neologism", "past", "news", "멀티골 (Konglish): two or more goals; sports news")
I("결승전은 손에 땀을 쥐게 하는 승부였다.",
  "The final was a match that made you grasp sweat in your hands.",
  "The final was a real nail-biter.",
  "body-part", "causative", "news", "손에 땀을 쥐다: be nail-biting; sports news")
I("두 팀은 막상막하의 경기를 펼쳤다.",
  "The two teams unfolded an above-above-below-below match.",
  "It was a neck-and-neck game between the two sides.",
  "four-char", "adnominal", "news", "막상막하: evenly matched; sports news")
I("여야가 박빙의 승부를 벌이고 있다.",
  "The ruling and opposition parties are having a thin-ice contest.",
  "The race between the ruling and opposition parties is on a knife-edge.",
  "other", "adnominal", "news", "박빙: razor-thin margin (false friend 'thin ice'); election news")
I("이번 사건으로 온라인 플랫폼에 대한 규제 논의가 일파만파로 번지고 있다.",
  "With this incident, regulation discussions on online platforms are spreading one-wave-ten-thousand-waves.",
  "The incident has set off a snowballing debate on regulating online platforms.",
  "four-char", "base", "news", "일파만파: snowball; news")
I("새 학기를 앞두고 학원가에 신규 강좌가 우후죽순 생겨났다.",
  "Ahead of the new semester, new courses sprang up in the academy district like bamboo shoots after rain.",
  "New courses have mushroomed in the cram-school district ahead of the new term.",
  "four-char", "past", "news", "우후죽순: mushroom, spring up everywhere; education news")
