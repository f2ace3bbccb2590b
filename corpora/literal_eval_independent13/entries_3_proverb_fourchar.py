# shortened proverbs and four-character idioms (hand-written, helper lit13, 2026-12-07)
I("몇 번을 말해도 쇠귀에 경 읽기라니까.",
  "However many times I say it, it's reading sutras into a cow's ear.",
  "No matter how often I tell him, it's like talking to a brick wall.",
  "proverb", "split", "dialogue", "쇠귀에 경 읽기")
I("금강산도 식후경이라는데 일단 밥부터 먹고 보자.",
  "They say even Mount Kumgang is after the meal, so let's eat rice first.",
  "Let's eat first — nothing's any fun on an empty stomach.",
  "proverb", "split", "dialogue", "금강산도 식후경; common")
I("아닌 밤중에 홍두깨라고 갑자기 이민을 가자고?",
  "Like a fulling club in the middle of a night, you suddenly say let's emigrate?",
  "Where did this come from? You suddenly want us to emigrate?",
  "proverb", "question", "dialogue", "아닌 밤중에 홍두깨: out of the blue")
I("우리 할아버지는 스마트폰은 낫 놓고 기역 자도 모르셔.",
  "Our grandfather doesn't know even the letter giyeok with a sickle laid down when it comes to smartphones.",
  "My grandfather doesn't know the first thing about smartphones.",
  "proverb", "honorific", "web", "낫 놓고 기역 자도 모른다")
I("세 살 버릇 여든까지 간다더니 아직도 손톱을 물어뜯네.",
  "They say a three-year-old's habit goes until eighty; you still bite your nails.",
  "Old habits die hard — you still bite your nails.",
  "proverb", "split", "dialogue", "세 살 버릇 여든까지 간다")
I("등잔 밑이 어둡다더니 안경이 머리 위에 있었네.",
  "They say it's dark under the oil lamp; the glasses were on top of my head.",
  "It was right under my nose the whole time — my glasses were on my head.",
  "proverb", "past", "web", "등잔 밑이 어둡다")
I("원숭이도 나무에서 떨어질 때가 있는 법이니 너무 자책하지 마.",
  "Even monkeys have times when they fall from trees, so don't blame yourself too much.",
  "Everyone slips up sometimes, so don't be too hard on yourself.",
  "proverb", "negated", "dialogue", "원숭이도 나무에서 떨어진다")
I("공든 탑이 무너지겠어? 그렇게 열심히 했으니 붙을 거야.",
  "Will a tower built with effort collapse? You worked so hard, so you'll pass.",
  "Hard work always pays off — you studied so hard, you'll pass.",
  "proverb", "question", "dialogue", "공든 탑이 무너지랴")
I("티끌 모아 태산이라고 매일 천 원씩 모았더니 백만 원이 넘었어.",
  "As gathering dust makes a great mountain, I saved a thousand won every day and it passed a million.",
  "Every penny counts — I saved a thousand won a day and now I've got over a million.",
  "proverb", "split", "web", "티끌 모아 태산")
I("믿는 도끼에 발등 찍힌 기분이야.",
  "It feels like the top of my foot was chopped by the axe I trusted.",
  "I feel betrayed by someone I trusted completely.",
  "proverb", "passive", "dialogue", "믿는 도끼에 발등 찍힌다")
I("다들 한마디씩 거드니까 사공이 많아서 배가 산으로 가네.",
  "Everyone adds a word, so with many boatmen the boat is going up the mountain.",
  "Everyone's chipping in with an opinion — too many cooks spoil the broth.",
  "proverb", "split", "web", "사공이 많으면 배가 산으로 간다")
I("백지장도 맞들면 낫다고 이삿짐 같이 나르자.",
  "Even a sheet of white paper is better lifted together, so let's carry the moving boxes together.",
  "Many hands make light work — let's carry the boxes together.",
  "proverb", "split", "dialogue", "백지장도 맞들면 낫다")
I("가는 날이 장날이라고 하필 그날 박물관이 휴관이더라.",
  "As the day I went was market day, the museum was closed that very day.",
  "Just my luck — the museum happened to be closed the day I went.",
  "proverb", "past", "web", "가는 날이 장날")
I("해지하려니 위약금이 커서 울며 겨자 먹기로 계속 쓰고 있어.",
  "Cancelling has a big penalty, so I'm eating mustard while crying and keep using it.",
  "The cancellation fee is so high that I'm stuck with the plan whether I like it or not.",
  "food", "split", "web", "울며 겨자 먹기")
I("남의 떡이 더 커 보인다고 옆 팀 연봉만 좋아 보여.",
  "As other people's rice cake looks bigger, only the next team's salary looks good.",
  "The grass is always greener — the other team's pay always looks better.",
  "proverb", "split", "web", "남의 떡이 커 보인다")
I("열흘 만에 유럽 여덟 나라를 돈 건 수박 겉 핥기였다.",
  "Touring eight European countries in ten days was licking the outside of a watermelon.",
  "Doing eight European countries in ten days barely scratched the surface.",
  "food", "nominalised", "web", "수박 겉 핥기")
I("우물가에서 숭늉 찾는다더니 입사 첫날부터 성과를 내라네.",
  "They say looking for scorched-rice tea at the well; from the first day they say produce results.",
  "Talk about impatient — they want results on my very first day.",
  "proverb", "split", "dialogue", "우물가에서 숭늉 찾는다")
I("똥 묻은 개가 겨 묻은 개 나무라는 꼴이네.",
  "It's like a dog covered in poop scolding a dog covered in chaff.",
  "That's the pot calling the kettle black.",
  "proverb", "adnominal", "web", "똥 묻은 개가 겨 묻은 개 나무란다")
I("서당 개 삼 년이라고 이제 나도 와인 맛 좀 알아.",
  "As they say, a village-school dog of three years; now I know the taste of wine a bit too.",
  "You pick things up after a while — I can tell a decent wine now.",
  "proverb", "split", "dialogue", "서당 개 삼 년이면 풍월을 읊는다")
I("작은 고추가 맵다더니 단신 공격수가 혼자 두 골을 넣었다.",
  "They say small peppers are hot; the short striker scored two goals alone.",
  "Size isn't everything — the diminutive striker scored twice on his own.",
  "food", "split", "news", "작은 고추가 맵다; sports")
I("미운 놈 떡 하나 더 준다는 심정으로 그 친구를 도와줬다.",
  "With the feeling of giving one more rice cake to the guy I hate, I helped him.",
  "I helped him anyway, to kill him with kindness.",
  "proverb", "adnominal", "textbook", "미운 놈 떡 하나 더 준다")
I("요금 체계 개편은 결국 조삼모사에 불과하다는 비판이 나온다.",
  "Critics say the fee system reform is nothing but three in the morning and four in the evening.",
  "Critics say the overhaul of charges is just the same deal dressed up differently.",
  "four-char", "base", "news", "조삼모사")
I("정부의 자화자찬식 성과 발표에 여론은 싸늘했다.",
  "Public opinion was cold to the government's self-drawing self-praise style performance announcement.",
  "The public was unimpressed by the government's self-congratulatory announcement.",
  "four-char", "adnominal", "news", "자화자찬")
I("직원들이 우왕좌왕하는 사이에 불길이 번졌다.",
  "While the staff went right-king left-king, the flames spread.",
  "The fire spread while staff ran around in confusion.",
  "four-char", "adnominal", "news", "우왕좌왕")
I("어르신들이 감언이설에 속아 투자금을 날리셨다.",
  "The elderly were deceived by sweet words and profitable talk and blew their investment.",
  "Elderly people were taken in by smooth talk and lost their savings.",
  "four-char", "passive", "news", "감언이설")
I("술에 취한 그는 경찰 앞에서 횡설수설했다.",
  "Drunk, he talked horizontally and vertically in front of the police.",
  "Drunk, he rambled incoherently in front of the police.",
  "four-char", "past", "news", "횡설수설")
I("적반하장도 유분수지, 네가 왜 화를 내?",
  "Even the thief holding the club back has limits; why are you getting angry?",
  "You've got some nerve — why are YOU angry?",
  "four-char", "question", "dialogue", "적반하장")
I("편의점 심부름 보낸 동생이 한 시간째 함흥차사야.",
  "My brother whom I sent on an errand to the convenience store has been a Hamhung envoy for an hour.",
  "I sent my brother to the corner shop an hour ago and he still isn't back.",
  "four-char", "base", "web", "함흥차사: never returns")
I("지갑을 잃어버렸는데 설상가상으로 비까지 쏟아졌다.",
  "I lost my wallet, and as frost on snow, even rain poured.",
  "I lost my wallet, and to make matters worse it started pouring.",
  "four-char", "past", "web", "설상가상")
I("경치도 좋은데 음식까지 맛있으니 금상첨화네요.",
  "The view is good and the food is delicious too, so it's adding flowers on silk.",
  "Great views and great food too — it doesn't get better than that.",
  "four-char", "honorific", "web", "금상첨화")
I("장관은 기자들의 질문에 동문서답으로 일관했다.",
  "The minister was consistent with east question west answer to reporters' questions.",
  "The minister kept dodging the reporters' questions.",
  "four-char", "past", "news", "동문서답")
I("여야 모두 여론조사를 아전인수 격으로 해석하고 있다.",
  "Both ruling and opposition parties are interpreting the poll in the manner of drawing water to my own field.",
  "Both parties are reading the poll in whatever way suits them.",
  "four-char", "split", "news", "아전인수")
I("야심 차게 출발한 개혁은 용두사미로 끝났다.",
  "The reform that started ambitiously ended as a dragon's head and a snake's tail.",
  "The reform got off to an ambitious start but petered out.",
  "four-char", "past", "news", "용두사미")
I("유비무환의 자세로 장마철 대비에 나서야 한다.",
  "With the attitude of having preparation, no worry, we must prepare for the rainy season.",
  "We need to get ready for the monsoon season now — better safe than sorry.",
  "four-char", "adnominal", "news", "유비무환")
I("새해 운동 계획이 올해도 작심삼일로 끝나 버렸다.",
  "My New Year exercise plan ended as a three-day resolve this year too.",
  "My New Year's exercise plan lasted all of three days again this year.",
  "four-char", "past", "web", "작심삼일")
I("팬들이 학수고대하던 신곡이 드디어 공개됐다.",
  "The new song the fans waited for with a crane's neck was finally released.",
  "The new single fans had been eagerly awaiting is finally out.",
  "four-char", "passive", "news", "학수고대")
I("결과 통보를 기다리는 동안 좌불안석이었다.",
  "While waiting for notice of the result I was not at ease in my seat.",
  "I was on tenterhooks waiting to hear the result.",
  "four-char", "past", "textbook", "좌불안석")
I("이웃 나라의 사례를 타산지석으로 삼아야 한다.",
  "We should take the neighbouring country's case as a stone from another mountain.",
  "We should learn from our neighbour's experience.",
  "four-char", "base", "news", "타산지석")
I("힘든 시절도 있었지만 고진감래라고 이제 좀 살 만해.",
  "There were hard times but, bitterness ends and sweetness comes, so now life is livable.",
  "Things were tough for a while, but it's paid off and life's good now.",
  "four-char", "split", "dialogue", "고진감래")
I("인생은 새옹지마라니까 너무 낙심하지 마세요.",
  "Life is the old frontiersman's horse, so don't be too discouraged.",
  "You never know how things will turn out, so don't lose heart.",
  "four-char", "negated", "dialogue", "새옹지마")
I("우리는 눈빛만 봐도 이심전심으로 통했다.",
  "Just looking at each other's eyes, we communicated heart-to-heart-transmitted.",
  "One look and we knew exactly what the other was thinking.",
  "four-char", "past", "textbook", "이심전심")
I("돈 좀 벌더니 아주 안하무인이 됐더라.",
  "After making some money he became no-one-below-his-eyes.",
  "Since he made some money he's started treating everyone like dirt.",
  "four-char", "past", "dialogue", "안하무인")
I("견물생심이라고 현금을 책상 위에 두지 마세요.",
  "Seeing the object, greed arises, so don't leave cash on your desk.",
  "Opportunity makes a thief, so don't leave cash lying on your desk.",
  "four-char", "negated", "textbook", "견물생심")
I("야당 대표는 당 안팎의 사퇴 압박으로 사면초가에 몰렸다.",
  "The opposition leader was driven into Chu songs from four sides by pressure to resign.",
  "Under pressure to resign from inside and outside his party, the opposition leader is besieged on all sides.",
  "four-char", "passive", "news", "사면초가")
I("신인들 가운데 그의 연기는 단연 군계일학이었다.",
  "Among the newcomers, his acting was by far one crane among a flock of chickens.",
  "Among the newcomers, his acting stood head and shoulders above the rest.",
  "four-char", "past", "news", "군계일학")
I("선두 두 팀이 모두 지면서 3위 팀이 어부지리로 1위에 올랐다.",
  "As the top two teams both lost, the third-placed team rose to first by a fisherman's profit.",
  "With both leaders losing, the third-placed team went top without lifting a finger.",
  "four-char", "past", "news", "어부지리; sports")
I("동네 주민들이 십시일반으로 치료비를 모았다.",
  "Neighbourhood residents collected the medical costs with ten spoons making one bowl.",
  "Local residents all chipped in to cover the medical bills.",
  "four-char", "past", "news", "십시일반; number")
I("그는 칠전팔기 끝에 다섯 번째 도전에서 합격했다.",
  "After seven falls and eight risings, he passed on his fifth attempt.",
  "He refused to give up and finally passed on his fifth attempt.",
  "four-char", "past", "news", "칠전팔기; number")
I("전복된 배에서 구사일생으로 살아남은 선원이 입을 열었다.",
  "A sailor who survived the capsized ship with nine deaths and one life has opened his mouth.",
  "A sailor who narrowly escaped death when the boat capsized has spoken out.",
  "four-char", "adnominal", "news", "구사일생; number")
I("점심시간이 되자 직장인들이 삼삼오오 식당으로 향했다.",
  "When lunchtime came, office workers headed to restaurants three-three five-five.",
  "At lunchtime office workers headed out to restaurants in little groups.",
  "four-char", "past", "news", "삼삼오오; number")
I("아이가 수술실에 들어간 뒤로 부모는 노심초사했다.",
  "After the child went into the operating room, the parents laboured their hearts and burnt their thoughts.",
  "The parents were worried sick after their child went into surgery.",
  "four-char", "past", "textbook", "노심초사")
I("실적 부진한 계열사 사례를 반면교사로 삼겠습니다.",
  "We will take the underperforming affiliate's case as an opposite-side teacher.",
  "We will treat the underperforming affiliate as an example of what not to do.",
  "four-char", "honorific", "news", "반면교사; business")
I("감사원은 공직 사회의 복지부동을 강하게 질타했다.",
  "The audit board strongly rebuked the lying-flat-not-moving of the public sector.",
  "The Board of Audit sharply criticised bureaucratic foot-dragging in the civil service.",
  "four-char", "past", "news", "복지부동; bureaucratic")
I("현장을 모르는 탁상공론으로는 문제를 해결할 수 없다.",
  "Problems cannot be solved with desk-top empty talk that doesn't know the field.",
  "Armchair theorising by people who've never seen the front line won't solve anything.",
  "four-char", "negated", "news", "탁상공론; bureaucratic")
I("대표팀은 배수의 진을 치고 마지막 경기에 나선다.",
  "The national team will pitch camp with water at its back and go into the final game.",
  "The national team goes into its last match with nothing to lose.",
  "four-char", "split", "news", "배수의 진; sports")
