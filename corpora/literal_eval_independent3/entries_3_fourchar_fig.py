# four-character idioms, figurative verbs, weather (hand-written, literal3, 2026-12-06)
I("그 정치인은 자기가 발의한 법에 걸려 자승자박 꼴이 됐다.",
  "That politician was caught by the law he proposed and became the shape of self-rope-self-bind.",
  "That politician was caught out by the very law he had proposed; he was hoist by his own petard.",
  "four-char", "past", "news", "caught in one's own trap")
I("산사태가 휩쓸고 간 마을은 그야말로 목불인견이었다.",
  "The village the landslide swept through was truly eyes-not-bear-to-see.",
  "The village hit by the landslide was a truly harrowing sight.",
  "four-char", "past", "news", "too terrible to look at")
I("할머니는 오매불망 손주가 오기만을 기다리셨다.",
  "Grandmother waited, sleeping-waking-not-forgetting, only for her grandchild to come.",
  "Grandma waited day and night for her grandson to come.",
  "four-char", "honorific", "textbook", "constantly longing")
I("웃으면서 한 말이었지만 그의 농담에는 언중유골이 있었다.",
  "He said it laughing, but there were bones in the words of his joke.",
  "He said it with a smile, but there was a sting in his joke.",
  "four-char", "past", "textbook", "barbed remark behind a joke")
I("권력 실세의 측근들이 호가호위한다는 비판이 끊이지 않는다.",
  "Criticism that the close aides of the power broker are foxes borrowing the tiger's might does not stop.",
  "There is constant criticism that the power broker's aides are throwing their weight around on the strength of his name.",
  "four-char", "base", "news", "wield borrowed authority")
I("전문가들은 과도한 규제가 교각살우가 될 수 있다고 경고했다.",
  "Experts warned that excessive regulation could become straightening the horns and killing the cow.",
  "Experts warned that excessive regulation could turn out to be a cure worse than the disease.",
  "four-char", "base", "news", "fix a small flaw and ruin the whole")
I("그 회사에서 혁신을 기대하는 건 연목구어야.",
  "Expecting innovation from that company is climbing a tree to seek fish.",
  "Expecting innovation from that company is like getting blood from a stone.",
  "four-char", "base", "dialogue", "futile undertaking")
I("A: 구경만 하려고 했는데 세 개나 샀어. B: 견물생심이라잖아.",
  "A: I meant only to look, but I bought three. B: They say seeing-thing-births-heart.",
  "A: I was only going to browse, but I ended up buying three. B: Well, seeing it makes you want it.",
  "four-char", "base", "dialogue", "seeing something makes one want it")
I("그는 표리부동한 사람이라 쉽게 믿음이 가지 않는다.",
  "He is a surface-inside-not-same person, so trust doesn't go easily.",
  "He's two-faced, so it's hard to trust him.",
  "four-char", "adnominal", "textbook", "two-faced")
I("여야 모두 여론조사 결과를 아전인수 격으로 해석했다.",
  "Both the ruling and opposition parties interpreted the poll results in the manner of drawing water into their own rice paddies.",
  "Both the ruling and opposition parties spun the poll results to suit themselves.",
  "four-char", "past", "news", "self-serving interpretation")
I("야당은 정부의 해명을 두고 지록위마라고 비판했다.",
  "The opposition criticised the government's explanation as pointing at a deer and calling it a horse.",
  "The opposition slammed the government's explanation as a brazen distortion of the truth.",
  "four-char", "past", "news", "deliberately twisting the truth")
I("합병을 앞두고 두 회사는 동상이몽을 꾸고 있다.",
  "Ahead of the merger, the two companies are dreaming different dreams in the same bed.",
  "Ahead of the merger, the two companies have very different agendas.",
  "four-char", "base", "news", "partners with different aims")
I("이번 요금 개편은 결국 조삼모사에 불과하다.",
  "This fee restructuring is after all nothing more than three in the morning and four in the evening.",
  "This fee overhaul is just a reshuffling that changes nothing in the end.",
  "four-char", "base", "news", "superficial change that fools people")
I("결과 발표를 앞두고 그는 하루 종일 좌불안석이었다.",
  "Before the results announcement, he was sitting-not-at-ease-seat all day.",
  "With the results about to be announced, he was on pins and needles all day.",
  "four-char", "past", "textbook", "restless with anxiety")
I("지난 대회 탈락 후 절치부심한 대표팀이 마침내 우승을 차지했다.",
  "The national team that ground its teeth and rotted its heart after last tournament's elimination finally won.",
  "Determined to make amends after crashing out last time, the national team finally took the title.",
  "four-char", "adnominal", "news", "burning resolve after a setback")
I("A: 심부름 보낸 동생은? B: 한 시간째 함흥차사야.",
  "A: What about the little brother you sent on an errand? B: He's been a Hamhung royal envoy for an hour.",
  "A: Where's your brother? Didn't you send him out for something? B: He's been gone an hour with no word.",
  "four-char", "base", "dialogue", "gone and never heard from")
I("감언이설에 속아 노후 자금을 다 날렸다.",
  "Deceived by sweet words and profitable speech, I lost all my retirement funds.",
  "I fell for a smooth sales pitch and lost all my retirement savings.",
  "four-char", "passive", "news", "sweet talk, blandishments")
I("주변 분위기에 부화뇌동하지 말고 소신껏 투표하세요.",
  "Don't attach-and-thunder-move with the surrounding mood; vote according to your belief.",
  "Don't just follow the crowd; vote according to your own convictions.",
  "four-char", "negated", "news", "blindly follow others")
I("경쟁사의 실패를 타산지석으로 삼아야 한다.",
  "We must take the competitor's failure as a stone from another mountain.",
  "We should learn from our competitor's failure.",
  "four-char", "base", "textbook", "learn from others' mistakes")
I("그 드라마는 초반에 화제였지만 결국 용두사미로 끝났다.",
  "That drama was a hot topic early on but ended up as a dragon's head and snake's tail.",
  "That drama was all the rage at first but fizzled out by the end.",
  "four-char", "past", "web", "strong start, weak finish")
I("고객 데이터가 유출됐는데 회사는 수수방관하고 있었다.",
  "Customer data was leaked and the company was folding its hands and watching from the side.",
  "Customer data had been leaked, and the company just stood by and did nothing.",
  "four-char", "past", "news", "stand idly by")
I("새 법안을 두고 찬반 양측이 갑론을박을 벌였다.",
  "Over the new bill, both sides held a Gap argues, Eul refutes.",
  "The two sides argued back and forth over the new bill.",
  "four-char", "past", "news", "heated back-and-forth debate")
I("역전골이 터지자 관중석은 일희일비하던 분위기에서 환호로 바뀌었다.",
  "When the go-ahead goal burst, the stands changed from a one-joy-one-sorrow mood to cheers.",
  "When the go-ahead goal went in, the stands, which had been swinging between hope and despair, erupted in cheers.",
  "four-char", "adnominal", "news", "swinging between joy and sorrow")
I("후반 추가시간에 터진 골이 승리에 쐐기를 박았다.",
  "The goal that burst in second-half stoppage time drove a wedge into the victory.",
  "A goal in second-half stoppage time sealed the victory.",
  "figurative-verb", "past", "news", "clinch, settle decisively")
I("다 잘 되고 있었는데 걔가 막판에 판을 깼어.",
  "Everything was going well, but he broke the board at the last minute.",
  "Everything was going fine until he ruined it at the last minute.",
  "figurative-verb", "past", "dialogue", "spoil the whole thing")
I("신제품이 출시 첫날부터 날개 돋친 듯 팔려 나갔다.",
  "The new product sold as though wings had sprouted from the first day of release.",
  "The new product was flying off the shelves from day one.",
  "figurative-verb", "passive", "news", "sell extremely fast")
I("각종 의혹이 꼬리에 꼬리를 물고 있다.",
  "All sorts of suspicions are biting tail upon tail.",
  "One allegation after another keeps surfacing.",
  "figurative-verb", "base", "news", "one after another")
I("뜸 들이지 말고 빨리 말해 봐.",
  "Don't let it steam; say it quickly.",
  "Stop stalling and spit it out.",
  "figurative-verb", "negated", "dialogue", "hesitate, keep people waiting")
I("A: 어제 소개팅 어땠어? B: 바람 맞았어. 한 시간이나 기다렸는데.",
  "A: How was the blind date yesterday? B: I got hit by the wind. I waited a whole hour.",
  "A: How was your blind date yesterday? B: I got stood up. I waited a whole hour.",
  "figurative-verb", "passive", "dialogue", "be stood up")
I("부동산 규제가 강화되면서 중개업계가 된서리를 맞았다.",
  "As real estate regulations were tightened, the brokerage industry was hit by a hard frost.",
  "Tighter property regulations have dealt a severe blow to the brokerage industry.",
  "figurative-verb", "passive", "news", "suffer a heavy blow")
I("뜬구름 잡는 소리 하지 말고 현실적인 계획부터 세워.",
  "Don't make sounds of catching floating clouds; make a realistic plan first.",
  "Enough pie-in-the-sky talk; come up with a realistic plan first.",
  "figurative-verb", "adnominal", "dialogue", "unrealistic, vague talk")
I("누가 바람을 넣었는지 걔가 갑자기 유학을 가겠대.",
  "Who knows who put wind in him, but he suddenly says he'll study abroad.",
  "Someone must have put the idea in his head, because he suddenly says he wants to study abroad.",
  "figurative-verb", "past", "dialogue", "egg on, put ideas into someone's head")
I("결말을 먼저 알아 버려서 완전 김샜어.",
  "I found out the ending first, so the steam completely leaked out.",
  "I found out the ending beforehand, so that totally killed it for me.",
  "figurative-verb", "split", "dialogue", "lose all interest, deflate")
I("그 선수는 부상을 딛고 일어나 다시 날개를 폈다.",
  "The player stepped over his injury, got up and spread his wings again.",
  "The player overcame his injury and is back at the top of his game.",
  "figurative-verb", "past", "news", "flourish again")
I("내가 무슨 말만 하면 토를 다니까 대화가 안 돼.",
  "Whenever I say anything you attach a grammatical particle, so conversation doesn't work.",
  "You argue with everything I say, so it's impossible to talk to you.",
  "figurative-verb", "negated", "dialogue", "always raise objections")
I("회의 때마다 부장님이 내 의견에 딴지를 거셔.",
  "Every meeting, the manager hangs a ttanji on my opinion.",
  "The manager picks holes in my ideas at every meeting.",
  "figurative-verb", "honorific", "dialogue", "nitpick, obstruct")
I("그는 질문을 받자 말끝을 흐리며 자리를 떴다.",
  "When asked a question, he blurred the end of his words and left the seat.",
  "When he was asked the question, he trailed off and walked away.",
  "figurative-verb", "base", "news", "leave a sentence unfinished, evade")
N("이번 일로 두 사람 사이에 금이 갔다.",
  "This incident has caused a crack in their relationship.",
  "This incident has damaged their relationship.",
  "figurative-verb", "past", "textbook", "relationship damaged (crack formed)")
I("A: 아까 일로 아직 화났어? B: 아니, 나 뒤끝 없는 사람이야.",
  "A: Are you still angry about earlier? B: No, I'm a person without a back end.",
  "A: Are you still mad about what happened earlier? B: No, I don't hold grudges.",
  "figurative-verb", "negated", "dialogue", "not hold a grudge")
I("한번 삐끗하면 끝이라는 생각에 어깨에 힘이 잔뜩 들어갔다.",
  "With the thought that one slip means the end, lots of strength went into my shoulders.",
  "Knowing that one slip would be the end of it, I was tense all over.",
  "body-part", "split", "textbook", "tense up")
I("걔 요즘 어깨에 힘 좀 들어갔더라, 승진했다고.",
  "He's got some strength in his shoulders lately, because he got promoted.",
  "He's been strutting around lately because he got promoted.",
  "body-part", "split", "dialogue", "act self-important")
I("경찰은 수사망을 좁혀 가며 범인의 숨통을 조였다.",
  "The police narrowed the investigation net and tightened the criminal's windpipe.",
  "Police closed in on the culprit as they tightened their dragnet.",
  "figurative-verb", "past", "news", "close in on, pressure")
I("대출 이자가 오르면서 자영업자들 숨통이 막히고 있다.",
  "As loan interest rises, the windpipes of the self-employed are being blocked.",
  "Rising interest rates are strangling small business owners.",
  "figurative-verb", "passive", "news", "be suffocated financially")
I("그 가수는 데뷔 10년 만에 드디어 빛을 봤다.",
  "That singer finally saw light ten years after debuting.",
  "That singer finally made it big ten years after debuting.",
  "figurative-verb", "past", "news", "gain recognition at last")
I("A: 팀장님이 또 말 바꿨어. B: 하루에도 열두 번 이랬다저랬다야. 변덕이 죽 끓듯 해.",
  "A: The team leader changed his words again. B: He goes this way and that twelve times a day. His caprice boils like porridge.",
  "A: The boss has changed his mind again. B: He flip-flops a dozen times a day. He's so fickle.",
  "food", "base", "dialogue", "very fickle")
N("그 얘기를 들으니 등골이 오싹해졌다.",
  "Hearing that story sent a shiver down my spine.",
  "Hearing that story gave me the creeps.",
  "body-part", "past", "textbook", "feel a sudden chill of fear")
I("입만 살아 가지고 실제로 하는 건 하나도 없어.",
  "Only your mouth is alive and you actually do nothing.",
  "You're all talk and never actually do anything.",
  "body-part", "base", "dialogue", "all talk, no action")
I("A: 오늘 회식 빠져도 돼요? B: 눈치껏 해.",
  "A: Can I skip today's company dinner? B: Do it as much as your eye-sense allows.",
  "A: Is it okay if I skip the team dinner today? B: Read the room and use your judgement.",
  "other", "base", "dialogue", "use tact, read the situation")
I("옆집 애가 피아노를 밤새 치는 바람에 신경이 곤두섰다.",
  "Because the neighbour's kid played piano all night, my nerves stood upside down.",
  "The kid next door played the piano all night and it set my nerves on edge.",
  "emotion", "past", "textbook", "be on edge")
I("그 사람은 속이 좁아서 작은 일에도 삐친다.",
  "He has a narrow inside, so he sulks even at small things.",
  "He's petty and sulks over the smallest things.",
  "emotion", "base", "textbook", "petty, narrow-minded")
N("잇단 의혹 제기로 드러난 문제는 빙산의 일각에 불과하다는 지적이다.",
  "Critics say the problems uncovered by the string of allegations are just the tip of the iceberg.",
  "Critics say the problems uncovered by the string of allegations are only a small part of the whole.",
  "other", "base", "news", "small visible part of a larger problem")
N("임금 협상이 결국 벽에 부딪혔다.",
  "The wage negotiations have finally hit a wall.",
  "The wage negotiations have reached a deadlock.",
  "figurative-verb", "passive", "news", "reach an impasse")
N("A: 아무리 그래도 피는 물보다 진하다고, 결국 형 편을 들더라.",
  "A: Blood is thicker than water after all; in the end he took his brother's side.",
  "A: Family comes first, I guess; in the end he sided with his brother.",
  "proverb", "base", "dialogue", "family ties are strongest")
N("장관의 부적절한 발언이 논란에 기름을 부었다.",
  "The minister's inappropriate remarks added fuel to the fire.",
  "The minister's inappropriate remarks made the controversy even worse.",
  "figurative-verb", "past", "news", "make worse")
N("경기가 바닥을 치고 반등할 조짐을 보이고 있다.",
  "The economy appears to have hit bottom and is showing signs of a rebound.",
  "The economy is showing signs of recovery after its worst point.",
  "figurative-verb", "base", "news", "reach the lowest point")
N("A: 그 농담은 좀 선 넘었다.",
  "A: That joke kind of crossed the line.",
  "A: That joke went a bit too far.",
  "figurative-verb", "split", "dialogue", "go too far")
N("요즘 직장인들 사이에서 조용한 퇴사가 확산되고 있다.",
  "Quiet quitting is spreading among office workers these days.",
  "More and more office workers are doing only the bare minimum at work these days.",
  "slang/neologism", "nominalised", "news", "doing only the minimum at work")
