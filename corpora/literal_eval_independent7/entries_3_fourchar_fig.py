# four-character idioms beyond the best known, and figurative / mimetic verbs (hand-written, helper lit7, 2026-12-07)
# --- four-character idioms
I("그의 거짓말은 결국 자승자박이 되고 말았다.",
  "His lie ended up becoming tying himself with his own rope.",
  "His lie ended up backfiring on him.",
  "four-char", "past", "news", "자승자박: self-inflicted trouble")
I("적반하장도 유분수지, 왜 네가 화를 내?",
  "Even the thief holding the club instead has its limits, why are you the one getting angry?",
  "You've got some nerve getting angry at me!",
  "four-char", "question", "dialogue", "적반하장: the guilty party accuses the victim")
I("차가 막힌 데다 설상가상으로 비까지 쏟아졌다.",
  "The traffic was jammed and, adding frost on top of snow, even rain poured down.",
  "The traffic was terrible and, to make matters worse, it started pouring with rain.",
  "four-char", "past", "web", "설상가상: to make matters worse")
I("담당 부서가 우왕좌왕하는 사이 피해가 더 커졌다.",
  "While the department in charge went right and went left, the damage grew bigger.",
  "While the department in charge floundered, the damage got worse.",
  "four-char", "adnominal", "news", "우왕좌왕: flounder in confusion")
I("회사는 불매 운동이 번질까 봐 전전긍긍하고 있다.",
  "The company is trembling and cautious, trembling and cautious, that the boycott might spread.",
  "The company is anxiously fretting that the boycott might spread.",
  "four-char", "base", "news", "전전긍긍: live in fear")
I("그 사람은 돈 좀 벌더니 안하무인이 됐다.",
  "After making some money, that person became no-one-beneath-his-eyes.",
  "Once he'd made a bit of money he became insufferably arrogant.",
  "four-char", "past", "web", "안하무인: arrogant, disregarding others")
I("정부의 자화자찬식 성과 발표에 여론이 싸늘하다.",
  "Public opinion is cold to the government's painting-its-own-picture-and-praising-it-style announcement of achievements.",
  "The public has reacted coolly to the government's self-congratulatory announcement of its achievements.",
  "four-char", "adnominal", "news", "자화자찬: self-praise")
I("견물생심이라고 지갑을 보니까 나도 모르게 욕심이 생기더라.",
  "As seeing a thing gives rise to a heart, when I saw the wallet I got greedy without knowing.",
  "Temptation is a funny thing; when I saw the wallet, I couldn't help being tempted.",
  "four-char", "split", "dialogue", "견물생심: seeing things makes one covet them")
I("두 당은 연대를 말하면서도 사실상 동상이몽을 꾸고 있다.",
  "While the two parties talk of solidarity, they are effectively dreaming different dreams in the same bed.",
  "While the two parties talk of an alliance, they are in fact pursuing very different goals.",
  "four-char", "base", "news", "동상이몽: different agendas")
I("두 후보가 서로 공격하는 사이 제3 후보가 어부지리를 얻었다.",
  "While the two candidates attacked each other, a third candidate got the fisherman's profit.",
  "While the two candidates attacked each other, a third candidate reaped the benefit.",
  "four-char", "past", "news", "어부지리: third party profits from a quarrel")
I("대통령 측근들의 호가호위가 도를 넘었다는 비판이 나온다.",
  "Criticism comes out that the fox-borrowing-the-tiger's-might of the president's aides has gone too far.",
  "There is criticism that the president's aides have gone too far in throwing his weight around.",
  "four-char", "nominalised", "news", "호가호위: borrow a superior's authority")
I("그는 4년간의 와신상담 끝에 금메달을 목에 걸었다.",
  "At the end of four years of sleeping on firewood and tasting gall, he hung a gold medal around his neck.",
  "After four years of grim determination, he finally won gold.",
  "four-char", "nominalised", "news", "와신상담: endure hardship to avenge a defeat")
I("감독 경질설까지 나오면서 구단은 사면초가에 빠졌다.",
  "With even rumours of the manager's sacking coming out, the club fell into Chu songs on four sides.",
  "With talk of the manager being sacked, the club is now under attack from all sides.",
  "four-char", "past", "news", "사면초가: besieged, isolated")
I("선거 끝나자마자 토사구팽당했어요.",
  "As soon as the election ended, I was subjected to boiling the hound after the rabbit dies.",
  "As soon as the election was over, they dropped me because they didn't need me any more.",
  "four-char", "passive", "web", "토사구팽: discarded after use")
I("요금 구조만 바꾼 거라 조삼모사에 불과하다.",
  "They only changed the fee structure, so it is no more than three in the morning and four in the evening.",
  "They only changed how the fees are structured, so it's just a sleight of hand.",
  "four-char", "negated", "news", "조삼모사: superficial change that fools people")
I("제자가 스승을 넘어섰으니 청출어람이네요.",
  "The disciple has surpassed the teacher, so it's blue coming out of indigo.",
  "The student has surpassed the master.",
  "four-char", "honorific", "dialogue", "청출어람: pupil surpasses teacher")
I("이번 사고를 타산지석으로 삼아 안전 점검을 강화해야 한다.",
  "We must make this accident a stone from another mountain and strengthen safety checks.",
  "We must learn from this accident and tighten safety checks.",
  "four-char", "base", "news", "타산지석: learn from others' mistakes")
I("권토중래를 노리는 전 챔피언이 다시 링에 오른다.",
  "The former champion aiming at rolling up the dust and coming again steps into the ring again.",
  "The former champion, looking to make a comeback, is returning to the ring.",
  "four-char", "adnominal", "news", "권토중래: stage a comeback")
I("대표팀은 파죽지세로 8연승을 달렸다.",
  "The national team ran eight straight wins with the force of splitting bamboo.",
  "The national team swept to eight straight wins.",
  "four-char", "past", "news", "파죽지세: unstoppable momentum")
I("적자가 3년째 이어지며 회사는 백척간두에 서 있다.",
  "With losses continuing for a third year, the company stands at the top of a hundred-foot pole.",
  "After three straight years of losses, the company is on the brink.",
  "four-char", "base", "news", "백척간두: in extreme danger")
I("그때 나라의 운명은 풍전등화와 같았다.",
  "At that time the fate of the nation was like a lamp in front of the wind.",
  "At that time the nation's fate hung by a thread.",
  "four-char", "past", "textbook", "풍전등화: precarious")
I("이 사업부는 회사 입장에서 계륵 같은 존재다.",
  "From the company's standpoint this division is like a chicken rib.",
  "For the company, this division is more trouble than it's worth, but it's hard to let go of.",
  "four-char", "adnominal", "news", "계륵: of little value but hard to discard")
I("내 충고는 그에게 마이동풍이었다.",
  "My advice was an east wind in a horse's ear to him.",
  "My advice fell on deaf ears.",
  "four-char", "past", "textbook", "마이동풍: advice ignored")
I("편의점 간 애가 한 시간째 함흥차사네.",
  "The kid who went to the convenience store has been a royal envoy to Hamhung for an hour.",
  "The kid who went to the convenience store has been gone for an hour without a word.",
  "four-char", "base", "dialogue", "함흥차사: someone sent who never returns")
I("기대를 모았던 드라마가 용두사미로 끝났다.",
  "The much-anticipated drama ended as a dragon's head and a snake's tail.",
  "The much-hyped drama started strong but fizzled out.",
  "four-char", "past", "web", "용두사미: strong start, weak finish")
I("여야 모두 같은 통계를 아전인수 격으로 해석하고 있다.",
  "Both ruling and opposition parties are interpreting the same statistics in the manner of drawing water into their own paddy.",
  "Both the ruling and opposition parties are interpreting the same figures to suit themselves.",
  "four-char", "adnominal", "news", "아전인수: self-serving")
I("새 감독이 오고 나서 팀이 환골탈태했다.",
  "After the new coach came, the team exchanged its bones and took off its womb.",
  "Since the new coach arrived, the team has been completely transformed.",
  "four-char", "past", "news", "환골탈태: complete transformation")
I("1년 만에 그의 한국어 실력은 괄목상대할 만큼 늘었다.",
  "In one year, his Korean improved enough to rub one's eyes and face him.",
  "In just a year his Korean has come on remarkably.",
  "four-char", "adnominal", "textbook", "괄목상대: remarkable progress")
I("경치도 좋은데 음식까지 맛있으니 금상첨화다.",
  "The scenery is nice and even the food is tasty, so it's adding flowers on silk.",
  "The scenery is beautiful and the food is delicious too; what more could you ask for?",
  "four-char", "base", "web", "금상첨화: icing on the cake")
I("올해 다이어트도 결국 작심삼일로 끝났다.",
  "This year's diet also ended as a resolution of three days.",
  "My diet this year didn't last a week, as usual.",
  "four-char", "past", "web", "작심삼일: resolution that doesn't last")
I("인생은 새옹지마라더니 떨어진 덕분에 더 좋은 회사에 들어갔어.",
  "They say life is the horse of the old man at the frontier, thanks to failing I got into a better company.",
  "You never know how things will turn out: failing that one got me into a better company.",
  "four-char", "split", "dialogue", "새옹지마: blessing in disguise")
I("천고마비의 계절을 맞아 야외 행사가 잇따르고 있다.",
  "Welcoming the season when the sky is high and horses grow fat, outdoor events are following one after another.",
  "With the crisp, clear days of autumn here, there is one outdoor event after another.",
  "four-char", "adnominal", "news", "천고마비: autumn")
I("지휘 체계도 없는 오합지졸로는 이길 수 없다.",
  "With a crowd of soldiers gathered like crows, with no chain of command, you cannot win.",
  "You can't win with a ragtag bunch that has no chain of command.",
  "four-char", "negated", "news", "오합지졸: rabble")
I("그 정도 벌금은 재벌에게 구우일모에 불과하다.",
  "A fine of that size is only one hair of nine cows for a chaebol.",
  "A fine that size is a drop in the ocean for a chaebol.",
  "four-char", "negated", "news", "구우일모: negligible amount")
I("경쟁사들이 호시탐탐 우리 시장을 노리고 있다.",
  "Competitors are eyeing our market with the glare of a tiger.",
  "Competitors are just waiting for a chance to grab our market.",
  "four-char", "base", "news", "호시탐탐: watch for a chance")
I("딸이 연락이 안 돼서 밤새 좌불안석이었다.",
  "I couldn't reach my daughter, so all night I sat not at peace on the mat.",
  "I couldn't get hold of my daughter, so I was on edge all night.",
  "four-char", "past", "web", "좌불안석: restless, anxious")
I("몇몇 언론이 작은 실수를 침소봉대하고 있다.",
  "Some media are making a needle into a stick out of a small mistake.",
  "Some media outlets are blowing a small mistake out of all proportion.",
  "four-char", "base", "news", "침소봉대: exaggerate")
I("부모님은 아들 걱정에 노심초사하셨다.",
  "My parents laboured their hearts and burned their nerves in worry about their son.",
  "My parents were worried sick about their son.",
  "four-char", "honorific", "textbook", "노심초사: fret")
# --- figurative verbs and mimetic idioms
I("이번 인사에서도 또 물 먹었어.",
  "I drank water again in this round of personnel changes.",
  "I got passed over yet again in this round of promotions.",
  "figurative-verb", "past", "dialogue", "물 먹다: be passed over, lose out")
I("저 작년에 1차 면접에서 미끄러졌어요.",
  "Last year I slipped in the first interview.",
  "Last year I didn't get past the first interview.",
  "figurative-verb", "honorific", "dialogue", "미끄러지다: fail a selection")
I("부장님한테 한번 찍히면 회사 생활 피곤해진다.",
  "Once you get stamped by the manager, company life gets tiring.",
  "Once your manager has it in for you, work becomes exhausting.",
  "figurative-verb", "passive", "dialogue", "찍히다: be marked as a target")
I("그는 주식으로 전 재산을 날렸다.",
  "He flew his entire fortune away with stocks.",
  "He blew his entire fortune on the stock market.",
  "figurative-verb", "past", "news", "날리다: lose (money)")
I("어제 시험 완전히 말아먹었어.",
  "I completely rolled up and ate yesterday's exam.",
  "I totally bombed the exam yesterday.",
  "figurative-verb", "past", "dialogue", "말아먹다: ruin, fail badly")
I("오늘 저녁은 내가 쏠게.",
  "Tonight I'll shoot.",
  "Dinner's on me tonight.",
  "figurative-verb", "base", "dialogue", "쏘다: treat someone")
I("그 가수 이번 노래로 완전 떴더라.",
  "That singer completely floated with this song.",
  "That singer really hit the big time with this song.",
  "figurative-verb", "past", "web", "뜨다: become famous")
I("면접에는 너무 튀는 옷은 피하는 게 좋다.",
  "For an interview it's better to avoid clothes that bounce too much.",
  "For an interview it's best to avoid clothes that are too flashy.",
  "figurative-verb", "adnominal", "textbook", "튀다: stand out")
I("한때 명동을 주름잡던 다방들이 하나둘 사라졌다.",
  "The tearooms that once folded the pleats of Myeongdong have disappeared one by one.",
  "The tearooms that once ruled Myeongdong have disappeared one by one.",
  "figurative-verb", "adnominal", "news", "주름잡다: dominate")
I("가짜 뉴스가 판치는 세상에서 기자의 역할이 더 중요하다.",
  "In a world where fake news strikes the board, the role of journalists is more important.",
  "In a world where fake news runs rampant, journalists matter more than ever.",
  "figurative-verb", "adnominal", "news", "판치다: run rampant")
I("승진 기념으로 팀원들한테 한턱냈어.",
  "To celebrate my promotion I put out one chin to the team members.",
  "I treated my team to celebrate my promotion.",
  "figurative-verb", "past", "dialogue", "한턱내다: treat people")
I("동생이 나를 골탕 먹이려고 소금을 설탕통에 넣어 놨다.",
  "My younger brother put salt in the sugar bowl to feed me beef-marrow soup.",
  "My younger brother put salt in the sugar bowl to play a trick on me.",
  "figurative-verb", "causative", "web", "골탕 먹이다: play a nasty trick")
I("이 버그 잡느라 하루 종일 애먹었어.",
  "I ate my guts all day catching this bug.",
  "I spent all day struggling to fix this bug.",
  "figurative-verb", "past", "web", "애먹다: have a hard time")
I("이 회사는 줄을 잘 서야 승진한다.",
  "At this company you have to stand in line well to get promoted.",
  "At this company you get promoted by backing the right people.",
  "figurative-verb", "base", "dialogue", "줄을 서다: align with a faction")
I("총선을 앞두고 대대적인 물갈이가 예상된다.",
  "Ahead of the general election, a large-scale water change is expected.",
  "A sweeping shake-up is expected ahead of the general election.",
  "figurative-verb", "nominalised", "news", "물갈이: replacing personnel")
I("3년 준비한 계획이 하루아침에 물거품이 됐다.",
  "A plan prepared for three years became water bubbles overnight.",
  "A plan three years in the making came to nothing overnight.",
  "figurative-verb", "past", "news", "물거품이 되다: come to nothing")
I("그 팀은 배수진을 치고 마지막 경기에 나섰다.",
  "The team set up a formation with its back to the water and came out for the last game.",
  "The team went into the last game with everything on the line.",
  "figurative-verb", "past", "news", "배수진을 치다: leave no way back")
I("그냥 까라면 까야지 어쩌겠어.",
  "If they tell you to peel it, you've got to peel it, what can you do.",
  "If the boss says do it, you do it; what choice do we have?",
  "figurative-verb", "base", "dialogue", "까라면 까다: obey orders without question")
I("부장님한테 보고서 또 빠꾸 먹었어.",
  "I ate a back from the manager on the report again.",
  "My manager sent my report back again.",
  "figurative-verb", "past", "dialogue", "빠꾸 먹다 (from 'back'): have work rejected")
I("그 질문에 직원은 영혼 없는 대답만 했다.",
  "To that question the employee gave only an answer without a soul.",
  "The employee gave a half-hearted answer to that question.",
  "figurative-verb", "adnominal", "web", "영혼 없다: perfunctory")
I("시험 전날 밤새 벼락치기했다.",
  "I did lightning strikes all night the day before the exam.",
  "I crammed all night before the exam.",
  "figurative-verb", "past", "web", "벼락치기: cramming")
I("동아리 선배한테 족보 받았어?",
  "Did you get the family tree from the club senior?",
  "Did you get the old exam papers from your club senior?",
  "household", "question", "dialogue", "족보: past exam papers")
I("엎드려 절 받기로 겨우 생일 축하를 받았다.",
  "I barely got birthday wishes by lying face down and receiving a bow.",
  "I only got birthday wishes because I practically begged for them.",
  "proverb", "nominalised", "web", "엎드려 절 받기: solicited compliments")
I("우리 동생 요즘 중2병 제대로 걸렸어.",
  "My younger brother has properly caught second-year-middle-school disease these days.",
  "My little brother is going through a full-on angsty teenage phase at the moment.",
  "slang/neologism", "past", "dialogue", "중2병: adolescent pretension")
I("게시판이 광고 글로 도배됐다.",
  "The bulletin board was wallpapered with advertisement posts.",
  "The forum got spammed with ads.",
  "figurative-verb", "passive", "web", "도배되다: be flooded with posts")
I("할 말 다 하고 나니까 속이 다 시원하다.",
  "Now that I've said everything I had to say, my insides are all cool.",
  "It feels so good to finally get it all off my chest.",
  "emotion", "split", "dialogue", "속이 시원하다: relieved, satisfied")
I("아이가 안 보여서 가슴이 철렁 내려앉았어요.",
  "The child wasn't in sight, so my chest went cheolleong and sank down.",
  "My heart sank when I couldn't see my child.",
  "emotion", "honorific", "dialogue", "가슴이 철렁하다: heart stops in fright")
I("그 다리 위에 서니까 오금이 저리더라.",
  "When I stood on that bridge, the backs of my knees went numb.",
  "Standing on that bridge made my legs turn to jelly.",
  "emotion", "past", "web", "오금이 저리다: scared stiff")
