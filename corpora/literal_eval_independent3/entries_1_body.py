# body-part and emotion idioms (hand-written, literal3, 2026-12-06)
I("시험에 떨어지고 나서 민수가 코가 쑥 빠져 있더라.",
  "After failing the exam, Minsu's nose had completely fallen out.",
  "Minsu has been really down in the dumps since he failed the exam.",
  "body-part", "split", "dialogue", "dejected, crestfallen")
I("연승을 달리던 팀이 최하위 팀에 지면서 콧대가 꺾였다.",
  "The team on a winning streak lost to the bottom team and its nose bridge was broken.",
  "The team that had been on a winning streak was humbled by a loss to the last-place side.",
  "body-part", "passive", "news", "pride humbled")
I("A: 엄마가 홈쇼핑에서 또 뭘 샀어. B: 우리 엄마는 귀가 너무 얇아서 큰일이야.",
  "A: Mom bought something from the home shopping channel again. B: Our mom's ears are too thin, it's a big problem.",
  "A: Mom bought something off the shopping channel again. B: She's way too easily talked into things, it's a real problem.",
  "body-part", "base", "dialogue", "easily persuaded, gullible")
I("우리 애는 입이 짧아서 뭘 해 줘도 몇 숟가락 먹고 말아요.",
  "Our kid has a short mouth, so whatever I make he eats a few spoons and stops.",
  "My kid is such a picky eater that whatever I make, he has a few spoonfuls and that's it.",
  "body-part", "honorific", "dialogue", "picky, eats little")
I("A: 등 좀 그만 때려. 너 손이 얼마나 매운지 알아?",
  "A: Stop hitting my back. Do you know how spicy your hand is?",
  "A: Stop slapping my back. Do you have any idea how hard you hit?",
  "body-part", "base", "dialogue", "hits hard")
I("폭설로 제주공항에서 관광객 수천 명의 발이 묶였다.",
  "Due to heavy snow, the feet of thousands of tourists were tied at Jeju Airport.",
  "Thousands of tourists were stranded at Jeju Airport by heavy snow.",
  "body-part", "passive", "news", "stranded, unable to move")
I("A: 어젯밤에 엘리베이터가 멈췄다며? B: 응, 진짜 간이 콩알만 해졌어.",
  "A: I heard the elevator stopped last night? B: Yeah, my liver really became the size of a bean.",
  "A: I heard you got stuck in the elevator last night? B: Yeah, I was scared out of my wits.",
  "body-part", "past", "dialogue", "terrified")
I("이걸로는 간에 기별도 안 가겠다. 라면 하나 더 끓이자.",
  "This won't even send news to my liver. Let's boil one more ramyeon.",
  "This isn't going to fill me up at all. Let's make another pack of ramyeon.",
  "body-part", "negated", "dialogue", "far too little food")
I("유학 간 딸이 자꾸 눈에 밟혀서 잠이 안 와요.",
  "My daughter who went to study abroad keeps getting stepped on in my eyes, so I can't sleep.",
  "I can't stop thinking about my daughter studying abroad, and it keeps me up at night.",
  "body-part", "passive", "dialogue", "someone one misses keeps coming to mind")
I("출발하려면 한참 남았으니까 잠깐 눈 좀 붙여.",
  "There's a long time before we leave, so attach your eyes for a bit.",
  "We've got a while before we leave, so grab a little shut-eye.",
  "body-part", "split", "dialogue", "take a nap")
I("그의 암산 실력에 심사위원들도 혀를 내둘렀다.",
  "Even the judges shook out their tongues at his mental arithmetic skill.",
  "Even the judges were astounded by his skill at mental arithmetic.",
  "body-part", "past", "news", "be astonished, marvel")
I("애 셋 학원비 대느라 등골이 빠질 지경이다.",
  "Paying cram school fees for three kids, my spine is about to fall out.",
  "Paying for three kids' cram schools is bleeding me dry.",
  "body-part", "adnominal", "dialogue", "financially drained by costs")
I("잡채는 손이 많이 가는 음식이라 명절에만 해요.",
  "Japchae is a food where the hand goes a lot, so I only make it on holidays.",
  "Japchae takes a lot of work, so I only make it for the holidays.",
  "body-part", "adnominal", "textbook", "laborious, time-consuming to make")
I("애들이 머리가 굵어지니까 부모 말을 통 안 들어.",
  "As the kids' heads got thicker, they don't listen to their parents at all.",
  "Now that the kids are older and have minds of their own, they won't listen to us at all.",
  "body-part", "past", "dialogue", "grown up, independent-minded")
I("A: 걔가 또 돈 빌려 달래. B: 와, 진짜 낯짝도 두껍다.",
  "A: He asked to borrow money again. B: Wow, his face skin is really thick.",
  "A: He asked to borrow money again. B: Wow, he's got some nerve.",
  "body-part", "base", "dialogue", "shameless")
I("할머니는 손자 자랑에 입에 침이 마르신다.",
  "Grandma's mouth dries of saliva bragging about her grandson.",
  "Grandma never stops singing her grandson's praises.",
  "body-part", "honorific", "textbook", "praise lavishly")
I("일부 게임사가 아이들 코 묻은 돈까지 노린 확률형 아이템을 팔고 있다.",
  "Some game companies are selling loot boxes aimed even at children's snot-covered money.",
  "Some game companies are selling loot boxes that target even children's pocket money.",
  "body-part", "adnominal", "news", "children's small change")
I("형은 눈에 불을 켜고 잃어버린 지갑을 찾았다.",
  "My brother turned on fire in his eyes and looked for the lost wallet.",
  "My brother searched frantically for his lost wallet.",
  "body-part", "past", "textbook", "search desperately, eagerly")
I("A: 공부 좀 해라. B: 엄마, 그 말 귀에 못이 박히도록 들었어.",
  "A: Study a little. B: Mom, I heard that until nails were driven into my ears.",
  "A: Go study. B: Mom, I've heard that a million times.",
  "body-part", "passive", "dialogue", "heard something too often")
I("마감이 내일인데 이제야 발등에 불 떨어졌어.",
  "The deadline is tomorrow and fire has only now fallen on my instep.",
  "The deadline's tomorrow, and only now am I scrambling to get it done.",
  "body-part", "split", "dialogue", "urgent situation at hand")
I("그 설명을 듣고 나서야 나는 무릎을 탁 쳤다.",
  "Only after hearing that explanation did I hit my knee with a smack.",
  "It was only after hearing that explanation that it suddenly clicked for me.",
  "body-part", "split", "textbook", "sudden realisation")
I("A: 민재는 아직도 안 갔어? B: 걔 원래 엉덩이가 무거워.",
  "A: Minjae still hasn't left? B: His butt is heavy by nature.",
  "A: Minjae still hasn't left? B: He never knows when to leave.",
  "body-part", "base", "dialogue", "slow to get up and leave")
I("용의자들은 미리 입을 맞춘 듯 똑같은 진술을 했다.",
  "The suspects gave identical statements as if they had kissed in advance.",
  "The suspects gave identical statements, as if they had got their stories straight beforehand.",
  "body-part", "adnominal", "news", "agree on a story")
I("아기가 손을 타서 내려놓기만 하면 울어요.",
  "The baby rode hands, so whenever I put her down she cries.",
  "The baby's got used to being held, so she cries the moment I put her down.",
  "body-part", "past", "dialogue", "baby used to being held")
I("A: 택배 언제 와? 목 빠지게 기다리는 중인데.",
  "A: When is the parcel coming? I'm waiting until my neck falls out.",
  "A: When's the package coming? I've been waiting forever.",
  "body-part", "split", "web", "wait impatiently")
I("더 이상 손해 보기 전에 그 사업에서 발을 빼기로 했다.",
  "Before losing more, I decided to pull my foot out of that business.",
  "I decided to get out of that business before I lost any more money.",
  "body-part", "nominalised", "textbook", "withdraw from involvement")
I("고금리가 경기 회복의 발목을 잡고 있다.",
  "High interest rates are grabbing the ankle of economic recovery.",
  "High interest rates are holding back the economic recovery.",
  "body-part", "base", "news", "hinder")
I("믿었던 동업자한테 뒤통수를 맞았다.",
  "I got hit on the back of the head by the business partner I trusted.",
  "I was stabbed in the back by a business partner I trusted.",
  "body-part", "passive", "dialogue", "betrayed")
I("보이스피싱 조직원들이 결국 경찰에 덜미를 잡혔다.",
  "The voice-phishing gang members finally had the napes of their necks grabbed by the police.",
  "The phone-scam gang members were finally caught by the police.",
  "body-part", "passive", "news", "be caught")
I("그 선배는 눈이 높아서 웬만한 식당은 성에 안 찬대.",
  "That senior has high eyes, so ordinary restaurants don't fill his castle.",
  "He's got such high standards that ordinary restaurants just don't satisfy him.",
  "body-part", "negated", "dialogue", "high standards; not satisfied")
I("어제 회식에서 부장님한테 찍혀서 요즘 눈엣가시가 됐어.",
  "I got stamped by the manager at yesterday's dinner, and lately I've become a thorn in the eye.",
  "The boss took a dislike to me at the team dinner yesterday, and now I'm the bane of his existence.",
  "body-part", "past", "dialogue", "someone one can't stand")
I("요즘 일이 손에 안 잡혀서 큰일이야.",
  "These days work doesn't get caught in my hand, so it's a big problem.",
  "I just can't focus on my work these days, and it's a real problem.",
  "body-part", "negated", "dialogue", "unable to concentrate on work")
I("그 사람은 손끝이 야무져서 뭘 맡겨도 깔끔하게 해낸다.",
  "That person's fingertips are firm, so whatever you entrust she does it neatly.",
  "She's very deft, so whatever you give her, she does a neat job of it.",
  "body-part", "base", "textbook", "skilful, meticulous")
I("첫 출근 날이라 그런지 신입이 잔뜩 얼어서 입도 뻥긋 못 하더라.",
  "Maybe because it was the first day, the new hire was completely frozen and couldn't even open his mouth with a pop.",
  "It was his first day, so the new guy was so nervous he couldn't get a word out.",
  "body-part", "negated", "dialogue", "unable to say a word")
I("아이가 무사하다는 소식에 어머니는 가슴을 쓸어내렸다.",
  "At the news that the child was safe, the mother swept down her chest.",
  "The mother breathed a sigh of relief when she heard her child was safe.",
  "emotion", "past", "news", "feel relieved")
I("밤늦게까지 연락이 안 돼서 얼마나 애가 탔는지 몰라.",
  "You don't know how much my guts burned because I couldn't reach you until late at night.",
  "I couldn't get hold of you till late at night, and I was worried sick.",
  "emotion", "past", "dialogue", "anxious, worried")
I("걔가 잘난 척하는 거 보니까 배알이 꼴리네.",
  "Seeing him show off, my intestines are twisting.",
  "Watching him show off really gets under my skin.",
  "emotion", "base", "dialogue", "irked, envious")
I("그 사건만 생각하면 지금도 치가 떨린다.",
  "Whenever I think of that incident, my teeth still tremble.",
  "Just thinking about that incident still makes me shake with rage.",
  "emotion", "passive", "textbook", "shudder with anger or disgust")
I("거짓말한 게 들킬까 봐 오금이 저렸다.",
  "Afraid my lie would be found out, the backs of my knees went numb.",
  "I was terrified that my lie would be found out.",
  "emotion", "past", "textbook", "paralysed by fear or guilt")
I("자식을 먼저 보낸 부모의 억장이 무너지는 심정을 누가 알겠나.",
  "Who would know the feeling of the parents who sent their child first, whose eok-jang collapses?",
  "Who could understand the heartbreak of parents who have lost a child?",
  "emotion", "adnominal", "news", "devastated, heartbroken")
I("사람들 앞에서 무시를 당하니까 부아가 치밀었다.",
  "When I was ignored in front of people, my lungs surged up.",
  "Being brushed off in front of everyone made my blood boil.",
  "emotion", "past", "textbook", "anger welling up")
I("트럭이 바로 옆으로 스쳐 지나가서 간담이 서늘했다.",
  "A truck grazed right past me and my liver and gallbladder went cold.",
  "A truck whizzed right past me and it gave me a real scare.",
  "emotion", "past", "dialogue", "a chilling scare")
I("팀장한테 할 말 다 하고 나니까 속이 다 시원하다.",
  "After saying everything to the team leader, my inside is all cool.",
  "I told the team leader exactly what I thought, and it feels so good to get it off my chest.",
  "emotion", "base", "dialogue", "relieved after venting")
I("마흔 넘은 아들이 아직도 철이 안 들어서 속이 터진다.",
  "My son over forty still hasn't had iron enter, so my inside is bursting.",
  "My son is past forty and still hasn't grown up, and it drives me up the wall.",
  "emotion", "negated", "dialogue", "exasperated")
I("피 끓는 청춘들이 광장에 모여 밤새 노래를 불렀다.",
  "Blood-boiling youths gathered in the square and sang all night.",
  "Young people full of passion gathered in the square and sang all night.",
  "emotion", "adnominal", "news", "ardent, passionate (of youth), not anger")
N("A: 갑자기 뒤에서 부르니까 심장 멎는 줄 알았잖아.",
  "A: You called me from behind out of nowhere, I thought my heart was going to stop!",
  "A: You called out behind me out of nowhere and scared me half to death!",
  "body-part", "split", "dialogue", "a sudden fright")
N("뉴스에서 그 장면을 보는데 가슴이 찢어지는 것 같았다.",
  "Watching that scene on the news, it felt like my heart was being torn apart.",
  "Watching that scene on the news was absolutely heartbreaking.",
  "emotion", "adnominal", "textbook", "intense grief")
N("두 기업이 전기차 배터리 개발을 위해 손을 잡았다.",
  "The two companies have joined hands to develop electric vehicle batteries.",
  "The two companies have teamed up to develop electric vehicle batteries.",
  "body-part", "past", "news", "cooperate")
N("잇단 말 바꾸기에 핵심 지지층마저 등을 돌렸다.",
  "After his repeated flip-flops, even his core supporters turned their backs on him.",
  "After his repeated flip-flops, even his core supporters abandoned him.",
  "body-part", "past", "news", "abandon, withdraw support")
N("A: 이 문제는 혼자 고민하지 말고 다 같이 머리를 맞대 보자.",
  "A: Don't agonise over this alone; let's all put our heads together.",
  "A: Don't struggle with this alone; let's all work it out together.",
  "body-part", "base", "dialogue", "consult together")
N("그 여행이 나를 환경 문제에 눈을 뜨게 해 주었다.",
  "That trip opened my eyes to environmental issues.",
  "That trip made me aware of environmental issues.",
  "body-part", "causative", "textbook", "become aware of")
N("장관은 총선 출마설에 대해 손사래를 쳤다.",
  "The minister waved off speculation that he would run in the general election.",
  "The minister flatly denied speculation that he would run in the general election.",
  "body-part", "past", "news", "deny, refuse")
