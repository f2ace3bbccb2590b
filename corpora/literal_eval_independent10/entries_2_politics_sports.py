# politics, diplomacy and sports commentary (hand-written, helper lit10, 2026-12-07)
I("여야는 예산안을 두고 기싸움을 벌였다.",
  "The ruling and opposition parties waged a energy fight over the budget bill.",
  "The ruling and opposition parties engaged in a battle of nerves over the budget.",
  "other", "past", "news", "기싸움 = test of wills")
I("야당은 이번 법안을 날치기 통과라며 반발했다.",
  "The opposition protested, calling the bill a snatch-thief passage.",
  "The opposition protested that the bill had been rammed through.",
  "figurative-verb", "past", "news", "날치기 통과 = railroaded vote")
N("대통령의 발언은 사실상 야당에 공을 넘긴 것으로 풀이된다.",
  "The president's remarks are seen as effectively putting the ball in the opposition's court.",
  "The president's remarks are seen as effectively leaving the next move to the opposition.",
  "other", "past", "news", "공을 넘기다 = ball in their court")
I("선거를 앞두고 후보들이 표밭 다지기에 나섰다.",
  "Ahead of the election, candidates set out to firm up the vote field.",
  "With the election approaching, the candidates have set out to shore up their support base.",
  "other", "nominalised", "news", "표밭 = constituency")
I("그 의원은 당내에서 미운털이 박혔다.",
  "That lawmaker has a hated hair stuck in within the party.",
  "The lawmaker has fallen out of favour within the party.",
  "body-part", "passive", "news", "미운털이 박히다 = be in someone's bad books")
N("양국 정상은 북핵 문제에 대해 한목소리를 냈다.",
  "The two leaders spoke with one voice on North Korea's nuclear programme.",
  "The two leaders took a common position on North Korea's nuclear programme.",
  "body-part", "past", "news", "한목소리 = with one voice")
I("정부는 이번 사태에 대해 강 건너 불 구경하듯 한다는 비판을 받았다.",
  "The government received criticism that it is like watching a fire across the river about this situation.",
  "The government was criticised for acting as if the crisis were none of its business.",
  "proverb", "passive", "news", "강 건너 불 구경 = indifferent onlooker")
I("여당 내부에서도 쓴소리가 터져 나왔다.",
  "Bitter sounds burst out even from inside the ruling party.",
  "Criticism erupted even from within the ruling party.",
  "food", "past", "news", "쓴소리 = candid criticism")
I("이번 개각은 돌려막기 인사라는 지적이 나온다.",
  "It is pointed out that this cabinet reshuffle is a turning-blocking personnel appointment.",
  "Critics say the reshuffle merely moved the same people between posts.",
  "figurative-verb", "base", "news", "돌려막기 = recycle appointees")
I("두 나라 관계는 살얼음판을 걷고 있다.",
  "The relationship of the two countries is walking on a thin ice board.",
  "Relations between the two countries are extremely fragile.",
  "other", "base", "news", "살얼음판 — 'walking on thin ice' would be idiomatic; literal row adds 'board'")
I("외교부는 일본 측에 유감을 표명하면서도 수위를 조절했다.",
  "The foreign ministry expressed regret to the Japanese side but adjusted the water level.",
  "The foreign ministry expressed regret to Japan but kept its tone measured.",
  "other", "past", "news", "수위 조절 = tone down")
I("그 장관은 청문회에서 진땀을 뺐다.",
  "That minister removed sticky sweat at the hearing.",
  "The minister had a tough time at the confirmation hearing.",
  "body-part", "past", "news", "진땀을 빼다 = sweat it out")
I("공천 결과를 두고 당내 잡음이 끊이지 않고 있다.",
  "Over the nomination results, the noise inside the party does not stop.",
  "The nomination results have caused continual infighting within the party.",
  "other", "negated", "news", "잡음 = discord")
I("이번 정상회담은 빈손 회담으로 끝났다.",
  "This summit ended as an empty-hand summit.",
  "The summit ended without any concrete results.",
  "body-part", "past", "news", "빈손 = no results")
I("총리는 야당의 요구를 일언지하에 거절했다.",
  "The prime minister refused the opposition's demand under one word.",
  "The prime minister flatly rejected the opposition's demand.",
  "four-char", "past", "news", "一言之下")
I("그 정책은 조삼모사에 불과하다는 비판을 받는다.",
  "That policy is criticised as being no more than three in the morning, four in the evening.",
  "Critics dismiss the policy as a mere shell game.",
  "four-char", "passive", "news", "朝三暮四")
I("여당 대표가 대선 출마를 앞두고 몸풀기에 들어갔다.",
  "The ruling party leader entered body loosening ahead of the presidential run.",
  "The ruling party leader has begun laying the groundwork for a presidential bid.",
  "body-part", "past", "news", "몸풀기 = warm-up")
I("협상은 평행선을 달리고 있다.",
  "The negotiations are running on parallel lines.",
  "The talks remain deadlocked.",
  "other", "base", "news", "평행선 = no convergence")
I("후보 단일화 논의는 결국 물 건너갔다.",
  "The candidate unification discussion finally crossed the water.",
  "The talks on fielding a single candidate have fallen through.",
  "other", "past", "news", "물 건너가다 = too late / off")
# sports
I("손흥민이 후반 막판에 극장골을 터뜨렸습니다!",
  "Son Heung-min exploded a theatre goal at the end of the second half!",
  "Son Heung-min has scored a dramatic late winner!",
  "slang/neologism", "honorific", "news", "극장골 = last-gasp goal")
I("오늘 선발 투수가 완전히 긁히는 날이네요.",
  "Today the starting pitcher is completely a scratching day.",
  "The starting pitcher is absolutely on fire today.",
  "slang/neologism", "honorific", "dialogue", "긁히다 = pitcher in top form")
I("이 선수는 지금 물이 올랐어요.",
  "This player has water risen right now.",
  "This player is at the top of his game right now.",
  "other", "honorific", "dialogue", "물이 오르다 = in peak form")
I("우리 팀 수비가 자동문이야.",
  "Our team defence is an automatic door.",
  "Our defence just lets everyone walk straight through.",
  "household", "base", "web", "자동문 수비 = porous defence")
I("9회 말 투아웃에서 경기를 뒤집었습니다.",
  "At the bottom of the ninth with two outs they flipped the game over.",
  "They turned the game around with two outs in the bottom of the ninth.",
  "figurative-verb", "honorific", "news", "뒤집다 = come from behind; 'flipped over' literal")
I("대표팀은 안방에서 체면을 구겼다.",
  "The national team crumpled its face in the inner room.",
  "The national team suffered an embarrassing defeat on home soil.",
  "household", "past", "news", "안방 = home ground; 체면을 구기다 = lose face")
I("그 선수는 오늘 결승골로 제대로 밥값을 했다.",
  "That player properly paid the rice price today with the winning goal.",
  "He more than earned his keep today with the winning goal.",
  "food", "past", "news", "밥값을 하다 = earn one's keep")
N("상대 팀이 밀집 수비로 버스를 세웠어요.",
  "The opposing team parked the bus.",
  "The opposing team sat deep with ten men behind the ball.",
  "household", "past", "dialogue", "버스를 세우다 = park the bus (football)")
I("그 팀은 시즌 내내 동네북 신세였다.",
  "That team was in the position of the neighbourhood drum all season.",
  "That team was everyone's punching bag all season.",
  "household", "past", "news", "동네북 = everyone's punching bag")
I("이번 시즌 신인왕은 떼어 놓은 당상입니다.",
  "This season's rookie of the year is a high official rank set apart.",
  "He's a lock for rookie of the year this season.",
  "proverb", "honorific", "news", "떼어 놓은 당상 = sure thing")
I("두 팀은 경기 내내 치고받는 난타전을 벌였다.",
  "The two teams fought a hitting-receiving random-beating battle throughout the game.",
  "The two teams traded blows in a slugfest the whole game.",
  "figurative-verb", "past", "news", "난타전 = slugfest")
I("골키퍼가 선방쇼를 펼치며 팀을 구했다.",
  "The goalkeeper unfolded a good-defence show and saved the team.",
  "The goalkeeper pulled off a string of fine saves to rescue his team.",
  "slang/neologism", "past", "news", "선방쇼 = string of saves")
I("에이스가 부상으로 빠지면서 팀이 날개 없는 추락을 하고 있다.",
  "With the ace out injured, the team is doing a fall without wings.",
  "With their star player injured, the team is in free fall.",
  "other", "base", "news", "날개 없는 추락 = free fall")
I("그 선수는 결정적인 순간에 새가슴이 돼요.",
  "That player becomes a bird chest at decisive moments.",
  "That player chokes when it matters most.",
  "animal", "honorific", "dialogue", "새가슴 = faint-hearted")
I("마지막 라운드에서 뒷심이 부족했다.",
  "The back strength was lacking in the last round.",
  "He ran out of steam in the final round.",
  "body-part", "past", "news", "뒷심 = staying power")
I("심판 판정에 홈 팬들이 뿔이 났다.",
  "The home fans grew horns at the referee's decision.",
  "The home fans were furious at the referee's call.",
  "animal", "past", "news", "뿔나다 = get angry")
I("전반에만 세 골을 먹혔어요.",
  "We got three goals eaten in the first half alone.",
  "We conceded three goals in the first half alone.",
  "figurative-verb", "passive", "dialogue", "골을 먹다 = concede")
I("우리 팀이 드디어 연패의 사슬을 끊었습니다.",
  "Our team finally cut the chain of consecutive losses.",
  "Our team has finally snapped its losing streak.",
  "household", "honorific", "news", "near English but chain-of-losses is calque")
