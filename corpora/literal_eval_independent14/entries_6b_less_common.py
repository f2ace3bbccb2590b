# less common idioms, proverbs and four-character idioms (hand-written, helper lit14, 2026-12-07)
I("그는 한 번만 용서해 달라고 손이 발이 되도록 빌었다.",
  "He begged until his hands became feet to be forgiven just once.",
  "He begged on bended knee to be forgiven just this once.",
  "body-part", "past", "textbook", "less common; novel; 손이 발이 되도록 빌다 = beg abjectly")
I("초등학생들 코 묻은 돈으로 장사하는 뽑기 업체가 단속에 걸렸다.",
  "A lucky-draw company that does business with elementary students' money with snot on it was caught in a crackdown.",
  "A prize-machine operator that made its money off primary schoolchildren's pocket money has been caught in a crackdown.",
  "body-part", "passive", "news", "less common; news; 코 묻은 돈 = children's small change")
I("급커브에서 트럭이 미끄러지는 걸 보고 간담이 서늘했다.",
  "Seeing the truck slip on the sharp curve, my liver and gallbladder became cool.",
  "Seeing the lorry skid on the hairpin bend made my blood run cold.",
  "body-part", "past", "web", "less common; forum post; 간담이 서늘하다 = be chilled with fear")
I("그 말을 듣는 순간 무릎을 탁 쳤다. 바로 그거였어!",
  "The moment I heard that I slapped my knee. That was it!",
  "The moment I heard that, it clicked. That was exactly it!",
  "body-part", "past", "web", "less common; social post; 무릎을 치다 = have a sudden realisation (not laughter)")
I("보너스 받은 건 입 싹 씻고 모른 척하더라.",
  "He washed his mouth clean about getting the bonus and pretended not to know.",
  "He got the bonus and then kept very quiet about it, as if nothing had happened.",
  "body-part", "past", "dialogue", "less common; dialogue; 입을 씻다 = keep quiet about one's gains")
I("연봉 오천 받으면서 힘들다니, 배부른 소리 하고 있네.",
  "You receive fifty million salary and say it's hard, you're making full-stomach sounds.",
  "You earn fifty million a year and you're complaining? You don't know how lucky you are.",
  "body-part", "adnominal", "dialogue", "everyday; dialogue; 배부른 소리 = complaining when well off")
I("자금줄이 끊기면서 회사의 운명은 바람 앞의 등불이 됐다.",
  "As the funding line was cut, the company's fate became a lamp in front of the wind.",
  "With its funding cut off, the company's future is hanging by a thread.",
  "household", "past", "news", "less common; business news; 바람 앞의 등불 = in a precarious state")
I("가랑비에 옷 젖는 줄 모른다고, 커피값이 한 달에 이십만 원이었어.",
  "As one doesn't know clothes get wet in drizzle, the coffee money was two hundred thousand won a month.",
  "It creeps up on you: I'd spent two hundred thousand won on coffee in a month.",
  "proverb", "split", "web", "less common; forum post; 가랑비에 옷 젖는 줄 모른다 = small things add up unnoticed")
I("우는 아이 젖 준다고, 계속 민원을 넣으니까 그제야 고쳐 주더라.",
  "As the crying child is given milk, after we kept filing complaints they finally fixed it.",
  "The squeaky wheel gets the grease: they only fixed it after we complained over and over.",
  "proverb", "split", "web", "less common; comment; 우는 아이 젖 준다 = the squeaky wheel gets the grease")
I("대출로 대출을 갚는 건 언 발에 오줌 누기다.",
  "Paying a loan with a loan is peeing on a frozen foot.",
  "Taking out a loan to pay off a loan is just a short-term fix that makes things worse.",
  "proverb", "nominalised", "news", "less common; editorial; 언 발에 오줌 누기 = a stopgap that backfires")
I("나도 이 일 그만두고 싶지만 목구멍이 포도청이라.",
  "I want to quit this job too, but the throat is the police headquarters.",
  "I'd love to quit, but I've got bills to pay.",
  "proverb", "split", "dialogue", "less common; dialogue; 목구멍이 포도청 = economic necessity forces one's hand")
I("번갯불에 콩 볶아 먹듯 이틀 만에 법안을 통과시켰다.",
  "As if roasting beans on lightning, they passed the bill in two days.",
  "They rushed the bill through in just two days.",
  "proverb", "causative", "news", "less common; news; 번갯불에 콩 볶아 먹다 = do in a great rush")
I("선생님이 이유를 묻자 다들 꿀 먹은 벙어리가 됐다.",
  "When the teacher asked the reason, everyone became mutes who ate honey.",
  "When the teacher asked why, nobody said a word.",
  "food", "past", "textbook", "less common; textbook; 꿀 먹은 벙어리 = be tongue-tied")
I("이사 겨우 끝냈더니 이번엔 인테리어 문제야. 산 넘어 산이네.",
  "I barely finished moving and this time it's an interior problem. It's mountain over mountain.",
  "We've only just moved in and now there's trouble with the renovation. It's one thing after another.",
  "other", "split", "dialogue", "less common; chat; 산 넘어 산 = one difficulty after another")
I("걔는 맨날 나한테 빈대 붙어서 밥 얻어먹어.",
  "He always sticks to me like a bedbug and gets fed.",
  "He's always mooching meals off me.",
  "animal", "base", "dialogue", "less common; chat; 빈대 붙다 = sponge off someone")
I("혼자 망하기 싫으니까 물귀신 작전을 쓰는 거지.",
  "He doesn't want to go down alone, so he uses the water-ghost strategy.",
  "He doesn't want to go down alone, so he's trying to drag everyone else with him.",
  "other", "base", "web", "less common; comment; 물귀신 작전 = drag others down with oneself")
I("스포일러를 당해서 김이 팍 샜어.",
  "I got spoilered so the steam leaked out totally.",
  "Someone spoiled the ending for me and it took all the fun out of it.",
  "household", "past", "web", "less common; comment; 김이 새다 = lose one's enthusiasm")
I("날 놀리던 애가 넘어지는 걸 보니 깨소금 맛이다.",
  "Seeing the kid who teased me fall down, it is sesame salt taste.",
  "I can't help feeling a bit smug seeing the kid who teased me fall flat on his face.",
  "food", "base", "dialogue", "less common; dialogue; 깨소금 맛 = delight at another's misfortune")
I("명절 떡값 명목으로 공무원에게 돈을 건넨 혐의다.",
  "It is a charge of handing money to an official in the name of holiday rice-cake money.",
  "He is accused of giving money to an official, passed off as a holiday gift.",
  "food", "base", "news", "less common; news; 떡값 = holiday bonus / disguised bribe")
I("신임 사장에게 눈도장을 찍으려고 다들 행사에 참석했다.",
  "Everyone attended the event to stamp an eye stamp on the new president.",
  "Everyone turned up at the event to get noticed by the new CEO.",
  "body-part", "past", "news", "less common; business news; 눈도장을 찍다 = make sure one is seen")
I("발품을 팔아서 시세보다 싼 집을 구했다.",
  "I sold foot goods and found a house cheaper than the market price.",
  "I did the legwork and found a place below the going rate.",
  "body-part", "past", "web", "less common; forum post; 발품을 팔다 = do the legwork")
I("우리 사이는 척하면 삼천리지.",
  "Between us, saying 'cheok' is three thousand ri.",
  "We know each other so well, I don't need to say a word.",
  "other", "base", "dialogue", "less common; dialogue; 척하면 삼천리 = understand instantly")
I("저렴한 프린터를 샀더니 잉크값이 더 나와서 배보다 배꼽이 더 크다.",
  "I bought a cheap printer but the ink costs more, the navel is bigger than the belly.",
  "I bought a cheap printer, but the ink costs more than the printer did.",
  "body-part", "split", "web", "less common; review; 배보다 배꼽이 더 크다 = the extras cost more than the main thing")
I("그녀의 연기는 출연진 중 단연 군계일학이었다.",
  "Her acting was by far a crane among a flock of chickens in the cast.",
  "Her performance stood head and shoulders above the rest of the cast.",
  "four-char", "past", "web", "less common; review; 군계일학 = stand out from the crowd")
I("요금을 내리는 대신 기본료를 올린 건 조삼모사에 불과하다.",
  "Lowering the fee but raising the base charge is no more than three in the morning, four in the evening.",
  "Cutting the rates but raising the standing charge is just a sleight of hand.",
  "four-char", "base", "news", "less common; editorial; 조삼모사 = a superficial change that fools people")
I("자기가 만든 규정에 자기가 걸렸으니 자승자박이지.",
  "He got caught in the rule he made himself, so it's binding oneself with one's own rope.",
  "He's been caught by his own rule; he brought it on himself.",
  "four-char", "base", "dialogue", "less common; dialogue; 자승자박 = be caught in one's own trap")
I("부작용 몇 건 때문에 제도 전체를 없애는 건 교각살우다.",
  "Abolishing the whole system because of a few side effects is killing the cow while straightening its horns.",
  "Scrapping the whole scheme over a few problems is throwing the baby out with the bathwater.",
  "four-char", "nominalised", "news", "less common; editorial; 교각살우 = a cure worse than the disease")
I("이판사판이다, 그냥 사장님한테 다 말해 버리자.",
  "It's ipan-sapan, let's just tell the boss everything.",
  "We've got nothing to lose; let's just tell the boss everything.",
  "four-char", "base", "dialogue", "less common; subtitles; 이판사판 = with nothing left to lose")
I("둘이 티격태격하더니 어느새 사귀고 있더라.",
  "The two did tigyeok-taegyeok and before I knew it they were dating.",
  "They were always bickering, and the next thing I knew they were going out.",
  "figurative-verb", "past", "dialogue", "everyday; chat; 티격태격 = bicker (mimetic)")
I("보너스를 받자마자 흥청망청 써 버렸다.",
  "As soon as I got the bonus I spent it heungcheong-mangcheong.",
  "I blew the whole bonus as soon as I got it.",
  "figurative-verb", "past", "web", "less common; social post; 흥청망청 = extravagantly (mimetic)")
