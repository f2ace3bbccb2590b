# food, animal, household, clothing, weather, colour and number idioms (hand-written, helper lit13, 2026-12-07)
I("또 지각하면 그땐 국물도 없을 줄 알아.",
  "If you're late again, know that there won't even be soup then.",
  "Be late again and you'll get nothing from me.",
  "food", "negated", "dialogue", "국물도 없다: get nothing at all")
I("새 팀장이 오고 나서 나는 완전 찬밥 신세가 됐다.",
  "After the new team leader came, I completely became the status of cold rice.",
  "Since the new team leader arrived, I've been totally sidelined.",
  "food", "past", "web", "찬밥 신세: neglected")
I("아직 붙은 것도 아닌데 김칫국부터 마시지 마.",
  "You haven't even passed yet, so don't drink kimchi soup first.",
  "You haven't even got in yet, so don't get ahead of yourself.",
  "proverb", "negated", "dialogue", "떡 줄 사람은 생각도 않는데 김칫국부터 마신다 (shortened)")
I("이 정도 문제는 나한테 식은 죽 먹기지.",
  "A problem of this level is eating cold porridge to me.",
  "A problem like this is a piece of cake for me.",
  "food", "base", "dialogue", "식은 죽 먹기: very easy; common")
I("불경기라 가게에 하루 종일 파리만 날려요.",
  "Because of the recession, only flies fly in the shop all day.",
  "With the recession, the shop is dead all day.",
  "animal", "honorific", "web", "파리 날리다: no customers")
I("걔 하는 짓 보면 진짜 밥맛 떨어져.",
  "Looking at what he does, my rice taste really falls.",
  "The way he acts really turns my stomach.",
  "food", "base", "dialogue", "밥맛 떨어지다: disgusting (person)")
I("후보들 실력이 다 도토리 키 재기라서 누굴 뽑을지 모르겠다.",
  "The candidates' skills are all acorns measuring height, so I don't know whom to pick.",
  "There's nothing to choose between the candidates, so I don't know who to vote for.",
  "food", "base", "web", "도토리 키 재기: all equally mediocre")
I("월급만으로는 서울 아파트는 그림의 떡이지.",
  "With just a salary, a Seoul apartment is a rice cake in a picture.",
  "On a salary alone, a flat in Seoul is completely out of reach.",
  "food", "base", "web", "그림의 떡: unattainable")
I("대기업 상대로 혼자 소송하는 건 계란으로 바위 치기야.",
  "Suing a large company alone is hitting a rock with an egg.",
  "Taking on a big corporation alone in court is a hopeless fight.",
  "proverb", "nominalised", "dialogue", "계란으로 바위 치기")
I("너 언제 국수 먹여 줄 거야?",
  "When are you going to feed me noodles?",
  "So when are you getting married?",
  "food", "causative", "dialogue", "국수 먹여 주다: hold a wedding")
I("신입 때 꿀 빨던 시절이 그립다.",
  "I miss the days when I sucked honey as a newbie.",
  "I miss the days when I had it easy as a new hire.",
  "slang/neologism", "adnominal", "web", "꿀 빨다: have it easy")
I("이번 인사에서 또 물 먹었어.",
  "I drank water again in this personnel reshuffle.",
  "I got passed over again in this round of promotions.",
  "food", "past", "dialogue", "물 먹다: be passed over")
I("공장이 문을 닫으면 직원 수백 명의 밥줄이 끊긴다.",
  "If the factory closes its doors, the rice lines of hundreds of employees are cut.",
  "If the factory closes, hundreds of workers will lose their livelihoods.",
  "food", "passive", "news", "밥줄이 끊기다: lose one's livelihood")
I("그 집은 형제끼리 소송까지 하는 콩가루 집안이야.",
  "That house is a bean-powder family where brothers even sue each other.",
  "That family is a complete mess — the brothers are even suing each other.",
  "food", "adnominal", "dialogue", "콩가루 집안: dysfunctional family")
I("이런 사위를 얻다니 호박이 넝쿨째 굴러 들어왔네요.",
  "Getting a son-in-law like this, a pumpkin rolled in together with its vine.",
  "A son-in-law like this — what a stroke of luck!",
  "food", "honorific", "dialogue", "호박이 넝쿨째 굴러 들어오다: windfall")
I("이번 청년 주거 정책은 빛 좋은 개살구에 불과하다는 지적이 나온다.",
  "There are criticisms that this youth housing policy is nothing but a wild apricot with good colour.",
  "Critics say the new youth housing policy looks good on paper but delivers little.",
  "food", "base", "news", "빛 좋은 개살구: all show")
I("뜸 들이지 말고 할 말 있으면 빨리 해.",
  "Don't let it steam, and if you have something to say, say it quickly.",
  "Stop stalling — if you've got something to say, just say it.",
  "food", "negated", "dialogue", "뜸을 들이다: hesitate, stall; particle dropped")
I("명절 떡값 명목으로 현금을 받은 혐의로 조사를 받고 있다.",
  "He is being investigated on charges of receiving cash under the name of holiday rice-cake money.",
  "He is under investigation for accepting cash disguised as holiday gifts.",
  "food", "passive", "news", "떡값: bribe disguised as a holiday gift")
I("찬물도 위아래가 있는데 선배한테 먼저 드려야지.",
  "Even cold water has an up and down, so you should give it to your senior first.",
  "Seniors come first, even with the little things — offer it to your sunbae first.",
  "proverb", "honorific", "dialogue", "찬물도 위아래가 있다: respect seniority")
I("싼 게 비지떡이라더니 한 번 빨았는데 옷이 다 늘어났어.",
  "They say cheap things are bean-curd-dreg cakes; I washed it once and the clothes all stretched.",
  "You get what you pay for — I washed it once and it's all stretched out.",
  "proverb", "split", "web", "싼 게 비지떡; common")
I("코인 하다가 완전 쪽박 찼어.",
  "While doing coins I completely wore a small gourd bowl.",
  "I lost everything on crypto.",
  "household", "past", "web", "쪽박 차다: go broke")
I("회식 자리에서 나만 개밥에 도토리 신세였다.",
  "At the company dinner I alone was the status of an acorn in dog food.",
  "At the staff dinner I was the odd one out.",
  "animal", "past", "web", "개밥에 도토리: outcast")
I("계약 직전에 경쟁사가 채 가서 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "A competitor snatched it right before the contract, so we became like a dog that chased a chicken looking at the roof.",
  "A rival snapped it up just before signing, and we were left empty-handed.",
  "animal", "adnominal", "news", "닭 쫓던 개 지붕 쳐다보듯")
I("너무 창피해서 쥐구멍에라도 숨고 싶었어.",
  "It was so embarrassing that I wanted to hide even in a mouse hole.",
  "It was so embarrassing I wanted the ground to swallow me up.",
  "animal", "past", "dialogue", "쥐구멍에라도 들어가고 싶다")
I("개구리 올챙이 적 생각 못 한다더니 자기도 신입이었으면서.",
  "They say the frog can't remember its tadpole days; he was a newbie himself.",
  "He's forgotten where he came from — he was a new hire once too.",
  "proverb", "negated", "web", "개구리 올챙이 적 생각 못 한다")
I("경찰차 소리 들리니까 걔네 다 토꼈어.",
  "When they heard the police car, they all turned into rabbits.",
  "As soon as they heard the police siren, they all legged it.",
  "slang/neologism", "past", "dialogue", "토끼다: run away")
I("운동도 하고 배달 알바로 돈도 벌고 꿩 먹고 알 먹고지.",
  "I exercise and earn money with the delivery job too, eating the pheasant and eating the egg.",
  "I get exercise and earn money doing deliveries — two birds with one stone.",
  "animal", "base", "dialogue", "꿩 먹고 알 먹고")
I("까마귀 고기를 먹었나, 왜 자꾸 비밀번호를 까먹지?",
  "Did I eat crow meat? Why do I keep forgetting the password?",
  "What's wrong with my memory? Why do I keep forgetting my password?",
  "animal", "question", "web", "까마귀 고기를 먹었나: forgetful (false friend: eat crow)")
I("미중 무역 갈등에 고래 싸움에 새우 등 터지는 격으로 중소 수출업체들이 피해를 보고 있다.",
  "In the US-China trade dispute, like shrimp backs bursting in a whale fight, small exporters are suffering damage.",
  "Small exporters are caught in the crossfire of the US-China trade dispute.",
  "proverb", "split", "news", "고래 싸움에 새우 등 터진다")
I("해외 학회에 가 보니 내가 우물 안 개구리였더라.",
  "Going to an overseas conference, I was a frog inside a well.",
  "At the international conference I realised how little of the world I'd seen.",
  "animal", "past", "web", "우물 안 개구리: narrow-minded")
I("호랑이도 제 말 하면 온다더니, 마침 저기 오네.",
  "They say even the tiger comes when you speak of it — there he comes just now.",
  "Speak of the devil — here he comes now.",
  "proverb", "split", "dialogue", "호랑이도 제 말 하면 온다; common")
I("개천에서 용 나던 시대는 끝났다는 말이 나온다.",
  "There is talk that the era when dragons came out of streams is over.",
  "People say the days of rags-to-riches success are over.",
  "proverb", "adnominal", "news", "개천에서 용 난다")
I("둘이 주고받는 문자 보니까 닭살 돋아.",
  "Seeing the texts the two exchange, chicken skin is rising.",
  "The texts those two send each other make me cringe.",
  "animal", "base", "web", "닭살 돋다: cringe at mushiness")
I("이사하느라 주말 내내 개고생했어.",
  "Moving house I did dog hardship all weekend.",
  "Moving house was absolute hell all weekend.",
  "slang/neologism", "past", "dialogue", "개고생: great hardship")
I("선거철만 되면 철새 정치인들이 또 당을 옮긴다.",
  "Whenever election season comes, migratory-bird politicians move parties again.",
  "Every election season, the party-hoppers switch sides again.",
  "animal", "base", "news", "철새 정치인: party-hopper")
I("미꾸라지 한 마리 때문에 반 전체가 단체로 혼났다.",
  "Because of one loach, the whole class got scolded together.",
  "One troublemaker got the whole class in trouble.",
  "animal", "passive", "web", "미꾸라지 한 마리가 온 웅덩이를 흐린다 (shortened)")
I("그동안 준비한 게 말짱 도루묵이 됐어.",
  "Everything I prepared all this time became clean sailfin sandfish.",
  "Everything I'd prepared came to nothing.",
  "animal", "past", "dialogue", "말짱 도루묵: all for nothing")
I("이번 지원금은 피해액에 비하면 새 발의 피다.",
  "This subsidy is blood on a bird's foot compared with the damage.",
  "The subsidy is a drop in the ocean compared with the losses.",
  "animal", "base", "news", "새 발의 피: tiny amount")
I("방귀 뀐 놈이 성낸다고 잘못한 쪽이 더 큰소리네.",
  "As they say, the one who farted gets angry; the side at fault shouts louder.",
  "Talk about the guilty party shouting loudest.",
  "proverb", "split", "web", "방귀 뀐 놈이 성낸다")
I("위에서는 다 빠지고 결국 꼬리 자르기로 끝났다.",
  "Higher-ups all got out and it ended with tail-cutting after all.",
  "The higher-ups walked away and a few junior staff were made to take the fall.",
  "animal", "nominalised", "news", "꼬리 자르기: scapegoating juniors")
I("모르는 척 시치미 떼지 말고 사실대로 말해.",
  "Don't pretend not to know and take off the sichimi tag; tell the truth.",
  "Stop playing dumb and tell me the truth.",
  "household", "negated", "dialogue", "시치미를 떼다: feign ignorance")
I("소개팅 나갔다가 한 시간 기다리고 바람맞았어.",
  "I went on a blind date, waited an hour and got hit by the wind.",
  "I went on a blind date, waited an hour and got stood up.",
  "household", "passive", "dialogue", "바람맞다: be stood up; weather image")
I("청년 창업자들이 투자 보릿고개를 힘겹게 넘고 있다.",
  "Young founders are struggling to cross the barley hill of investment.",
  "Young founders are struggling through an investment drought.",
  "food", "split", "news", "보릿고개: lean season")
I("결국 동창회 회장 감투를 쓰게 됐어.",
  "In the end I came to wear the alumni president's official hat.",
  "I ended up being lumbered with the title of alumni president.",
  "household", "past", "web", "감투를 쓰다: take a post; clothing")
I("그 배우는 열애설로 한동안 사람들 입방아에 올랐다.",
  "That actor climbed onto people's mouth-mill for a while because of dating rumours.",
  "That actor was the talk of the town for a while over dating rumours.",
  "household", "past", "news", "입방아에 오르다: be gossiped about")
I("문신 있다고 색안경 끼고 보지 마세요.",
  "Don't look wearing coloured glasses just because I have a tattoo.",
  "Please don't judge me just because I have tattoos.",
  "household", "negated", "web", "색안경을 끼고 보다: prejudiced (not rose-tinted)")
I("한 번 빨간 줄 그어지면 취업하기 힘들어.",
  "Once a red line is drawn, it's hard to get a job.",
  "Once you've got a criminal record, it's hard to find work.",
  "other", "passive", "dialogue", "빨간 줄: criminal record; colour; false friend 'red line'")
I("하는 짓을 보니 싹수가 노랗다.",
  "Looking at how he acts, his sprouts are yellow.",
  "Judging by the way he behaves, he's not going to amount to much.",
  "other", "base", "textbook", "싹수가 노랗다: no promise; colour")
I("그건 처음부터 끝까지 새빨간 거짓말이야.",
  "That's a bright red lie from beginning to end.",
  "That's a barefaced lie from start to finish.",
  "other", "base", "dialogue", "새빨간 거짓말; colour")
I("얘기가 또 삼천포로 빠졌네, 본론으로 돌아가자.",
  "The talk fell into Samcheonpo again; let's go back to the main point.",
  "We've gone off on a tangent again — back to the point.",
  "other", "past", "dialogue", "삼천포로 빠지다: digress; place name")
I("둘 다 약속 어긴 건 오십보백보야.",
  "You both broke promises, it's fifty steps and a hundred steps.",
  "You both broke your promises — you're as bad as each other.",
  "four-char", "base", "dialogue", "오십보백보; number")
I("칠칠맞지 못하게 또 옷에 국물 흘렸어?",
  "Not being seven-seven, did you spill soup on your clothes again?",
  "You've spilt soup on yourself again? You're so clumsy.",
  "other", "question", "dialogue", "칠칠맞지 못하다: sloppy; number")
I("여당은 번갯불에 콩 구워 먹듯 법안을 처리했다.",
  "The ruling party processed the bill like roasting beans on a flash of lightning.",
  "The ruling party rushed the bill through.",
  "household", "split", "news", "번갯불에 콩 구워 먹다; weather image")
I("가랑비에 옷 젖는다고 커피값도 모이면 꽤 커.",
  "As they say clothes get wet in drizzle, coffee money adds up big too.",
  "Little things add up — even coffee money comes to a lot.",
  "proverb", "split", "web", "가랑비에 옷 젖는 줄 모른다 (shortened)")
I("저 집은 조용할 날이 없어, 바람 잘 날이 없다니까.",
  "That house has no quiet day; there's no day when the wind sleeps.",
  "There's never a quiet day in that family — something's always going on.",
  "household", "negated", "dialogue", "바람 잘 날 없다; weather image")
I("옷깃만 스쳐도 인연이라는데 우리 연락하고 지내요.",
  "They say even brushing coat collars is fate, so let's keep in touch.",
  "They say no meeting is by chance — let's stay in touch.",
  "proverb", "honorific", "dialogue", "옷깃만 스쳐도 인연; clothing")
I("군대 간 사이에 여자친구가 고무신을 거꾸로 신었다.",
  "While he was in the army, his girlfriend wore her rubber shoes backwards.",
  "His girlfriend dumped him while he was doing his military service.",
  "household", "past", "web", "고무신을 거꾸로 신다; clothing")
I("어제 술자리에서 한 말 생각하면 이불킥 각이다.",
  "When I think of what I said at drinks yesterday, it's a blanket-kick angle.",
  "Thinking about what I said when we were drinking last night makes me want to die of embarrassment.",
  "slang/neologism", "base", "web", "이불킥: cringe at one's own memory")
I("그 주말 드라마가 안방극장을 눈물바다로 만들었다.",
  "That weekend drama made the inner-room theatre a sea of tears.",
  "That weekend drama reduced TV viewers to tears.",
  "household", "causative", "news", "안방극장: TV audience")
I("정부의 늑장 대응이 국정감사에서 도마 위에 올랐다.",
  "The government's late response climbed onto the chopping board at the parliamentary audit.",
  "The government's slow response came under scrutiny at the parliamentary audit.",
  "household", "past", "news", "도마 위에 오르다: under scrutiny")
I("요즘 주머니 사정이 넉넉지 않아서요.",
  "My pocket situation isn't ample these days.",
  "Money's a bit tight for me at the moment.",
  "household", "negated", "dialogue", "주머니 사정: finances; clothing")
I("그는 삼십 년 동안 한 우물만 판 도자기 장인이다.",
  "He is a pottery craftsman who dug only one well for thirty years.",
  "He is a potter who has devoted thirty years to a single craft.",
  "household", "adnominal", "news", "한 우물을 파다: stick to one field")
I("거의 다 됐는데 괜히 산통 깨지 마.",
  "It's almost done, so don't needlessly break the divination tube.",
  "We're nearly there, so don't go and ruin it.",
  "household", "negated", "dialogue", "산통을 깨다: spoil")
I("정부는 올해 증세는 없다고 못을 박았다.",
  "The government hammered a nail that there will be no tax increase this year.",
  "The government ruled out any tax rise this year.",
  "household", "past", "news", "못을 박다: state firmly")
I("이번 협상은 사실상 물 건너갔다고 봐야 한다.",
  "This negotiation should be seen as having effectively crossed the water.",
  "We have to accept that the deal is effectively off.",
  "household", "past", "news", "물 건너가다: too late")
I("이 공연 표 구하기는 하늘의 별 따기예요.",
  "Getting tickets for this show is picking stars from the sky.",
  "Getting tickets for this show is next to impossible.",
  "household", "nominalised", "web", "하늘의 별 따기; common")
I("부처 간 밥그릇 싸움에 정작 피해는 국민이 본다.",
  "In the rice-bowl fight between ministries, it's the people who actually suffer.",
  "It's the public who lose out from the turf war between ministries.",
  "household", "base", "news", "밥그릇 싸움: turf war")
I("음주운전에 대한 솜방망이 처벌이 문제로 지적됐다.",
  "Cotton-club punishment for drunk driving was pointed out as a problem.",
  "Lenient sentences for drink-driving were singled out as a problem.",
  "household", "passive", "news", "솜방망이 처벌: slap on the wrist")
I("공무원은 철밥통이라 친구들이 다 부러워해.",
  "Civil servants are iron rice bowls, so my friends all envy me.",
  "My friends all envy me because a civil-service job is a job for life.",
  "household", "base", "dialogue", "철밥통: job security")
I("작년에 투자한 회사가 상장하면서 돈방석에 앉았다.",
  "When the company he invested in last year went public, he sat on a money cushion.",
  "He struck it rich when a company he'd invested in last year went public.",
  "household", "past", "news", "돈방석에 앉다")
I("이번 건은 아무도 안 나서니까 내가 총대 멜게.",
  "Nobody steps forward on this one, so I'll carry the gun barrel on my shoulder.",
  "Nobody else will do it, so I'll take this one on.",
  "household", "base", "dialogue", "총대를 메다: take on a thankless task; business")
I("팀 프로젝트 망한 거 결국 나 혼자 독박 썼어.",
  "In the end I alone wore the poison gourd for the failed team project.",
  "I ended up taking all the blame for the team project falling apart.",
  "slang/neologism", "past", "web", "독박 쓰다: take all the blame")
I("꼴찌 팀이 선두 팀에 제대로 고춧가루를 뿌렸다.",
  "The last-placed team properly sprinkled chilli powder on the leading team.",
  "The bottom team played spoiler against the league leaders.",
  "food", "past", "news", "고춧가루를 뿌리다: spoil; sports")
I("우익수의 빨랫줄 같은 홈 송구가 주자를 잡아냈다.",
  "The right fielder's home throw like a washing line caught the runner.",
  "The right fielder's laser throw to the plate got the runner out.",
  "household", "adnominal", "news", "빨랫줄 같은 송구: straight throw; sports")
I("후반 들어 타선이 불을 뿜으며 역전에 성공했다.",
  "Entering the second half, the batting order spewed fire and succeeded in turning it around.",
  "The bats came alive late in the game and they came from behind to win.",
  "household", "split", "news", "불을 뿜다: explode into action; sports")
I("홈 팬들 앞에서 안방에서 또 졌네요.",
  "In front of the home fans they lost in the inner room again.",
  "They've lost at home again, in front of their own fans.",
  "household", "past", "dialogue", "안방: home ground; sports commentary")
I("대표팀이 연장 끝에 진땀승을 거뒀다.",
  "The national team harvested a sticky-sweat win after extra time.",
  "The national team scraped a narrow win after extra time.",
  "body-part", "past", "news", "진땀승: hard-fought narrow win; sports")
I("요즘 그 선수 경기력이 물이 올랐어.",
  "These days that player's performance has had water rise.",
  "That player is in top form at the moment.",
  "other", "past", "dialogue", "물이 오르다: in peak form; sports")
I("오늘 경기는 뒷심 부족이 아쉬웠습니다.",
  "Today's game, the lack of back strength was a pity.",
  "Today they faded in the closing stages, which was a shame.",
  "body-part", "honorific", "news", "뒷심 부족: fade late; sports")
