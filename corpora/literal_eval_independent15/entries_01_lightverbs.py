# light-verb and figurative verb idioms of everyday speech (N을 치다/타다/먹다/보다/내다/잡다/떨다/부리다...)
# hand-written, helper lit15, 2026-12-07
I("회의 끝나고 나서야 그 얘기를 꺼내다니, 완전 뒷북 치는 거잖아.",
  "Bringing that up only after the meeting ended, you're totally hitting the back drum.",
  "Bringing that up only after the meeting's over? That's a bit late, isn't it?",
  "figurative-verb", "base", "dialogue", "뒷북을 치다: act too late; office chat")
I("아직 합격자 발표도 안 났는데 설레발 치지 마.",
  "The passers haven't even been announced yet, so don't hit the fuss.",
  "They haven't even announced who got in yet, so don't jinx it by celebrating.",
  "figurative-verb", "negated", "dialogue", "설레발을 치다: celebrate or brag too early; chat")
I("내가 먼저 제안하려고 했는데 옆 팀이 선수를 쳤어.",
  "I was going to propose it first, but the team next door hit the player first.",
  "I was about to pitch it, but the team next door beat me to it.",
  "figurative-verb", "past", "dialogue", "선수를 치다: get in first; office")
I("우리 막내가 또 사고를 쳐서 학교에 불려 갔어요.",
  "Our youngest hit an accident again, so I was called to the school.",
  "Our youngest got into trouble again and I had to go in to the school.",
  "figurative-verb", "honorific", "dialogue", "사고를 치다: get into trouble; parent talk")
I("어제는 자기가 다 책임진다고 큰소리를 치더니 오늘은 연락이 안 되네.",
  "Yesterday he hit a big sound saying he'd take all responsibility, and today he can't be reached.",
  "Yesterday he was boasting that he'd take full responsibility, and today he's not answering.",
  "figurative-verb", "split", "web", "큰소리를 치다: talk big; forum")
I("같이 저녁 먹자고 했더니 손사래를 치며 사양하시더라고요.",
  "When I asked him to have dinner together, he hit a hand-wave and declined.",
  "When I invited him to dinner, he waved the idea away and politely said no.",
  "figurative-verb", "honorific", "dialogue", "손사래를 치다: wave off, refuse; dialogue")
I("학생 때 수학 시간에 땡땡이 치고 피시방 간 적 있어?",
  "When you were a student, did you ever hit ding-ding in maths class and go to a PC room?",
  "Did you ever skip maths class to go to a PC bang when you were at school?",
  "figurative-verb", "question", "dialogue", "땡땡이를 치다: skip class; chat")
I("그 사람 말은 반은 뻥이니까 너무 믿지 마.",
  "Half of that person's words are bang, so don't believe them too much.",
  "Half of what he says is made up, so don't take him too seriously.",
  "slang/neologism", "negated", "dialogue", "뻥(을 치다): lie, make things up; chat")
I("분위기 좋았는데 네가 그 말을 해서 초를 쳤잖아.",
  "The atmosphere was good, but you said that and hit vinegar on it.",
  "Everything was going nicely until you said that and ruined it.",
  "food", "past", "dialogue", "초를 치다: spoil a mood or plan; chat")
I("야당은 이번 표결에 배수진을 쳤다.",
  "The opposition party set up a back-water battle formation for this vote.",
  "The opposition has staked everything on this vote.",
  "figurative-verb", "past", "news", "배수진을 치다: go all in, no retreat; politics")
I("새벽부터 팬들이 공연장 앞에 진을 치고 있었다.",
  "From dawn the fans were setting up a military camp in front of the concert hall.",
  "Fans had been camped out in front of the venue since dawn.",
  "figurative-verb", "past", "news", "진을 치다: camp out, crowd; entertainment news")
I("단속이 느슨해지자 불법 주차 차량이 활개를 치고 있다.",
  "As the crackdown loosened, illegally parked cars are flapping their arms.",
  "With enforcement slackening, illegal parking is running rampant.",
  "figurative-verb", "base", "news", "활개를 치다: run rampant; local news")
I("이번 여름에는 가짜 할인 광고가 판을 쳤다.",
  "This summer, fake discount advertisements hit the board.",
  "Fake discount ads were everywhere this summer.",
  "figurative-verb", "past", "news", "판을 치다: be rampant; consumer news")
I("그 친구 요즘 연락이 없어. 또 잠수 탔나 봐.",
  "That friend hasn't been in touch lately. He must have ridden a dive again.",
  "I haven't heard from him lately. I think he's gone off the radar again.",
  "slang/neologism", "past", "dialogue", "잠수를 타다: drop out of contact; chat")
I("둘이 요즘 썸 타는 거 다 티 나.",
  "It's all obvious that you two are riding some these days.",
  "Everyone can tell there's something going on between you two.",
  "slang/neologism", "adnominal", "web", "썸을 타다: be in a not-yet-official romance; comment")
I("우리 딸은 낯을 많이 타서 처음 보는 사람한테는 인사도 잘 안 해요.",
  "Our daughter rides faces a lot, so she doesn't even greet people she sees for the first time.",
  "My daughter is very shy with strangers and barely says hello to people she doesn't know.",
  "figurative-verb", "honorific", "dialogue", "낯을 타다: be shy with strangers; parent talk")
I("저는 추위를 많이 타서 겨울에는 밖에 잘 안 나가요.",
  "I ride the cold a lot, so I don't go out much in winter.",
  "I really feel the cold, so I hardly go out in winter.",
  "figurative-verb", "honorific", "dialogue", "추위를 타다: be sensitive to cold; dialogue")
I("이 작은 빵집은 입소문을 타고 주말마다 줄이 길게 선다.",
  "This small bakery rides the mouth rumour and long lines stand every weekend.",
  "Word of mouth has made this little bakery so popular that there's a long queue every weekend.",
  "figurative-verb", "base", "web", "입소문을 타다: spread by word of mouth; review")
I("자전거를 밖에 두면 손을 타니까 꼭 안에 들여놔.",
  "If you leave the bike outside it will ride hands, so make sure to bring it in.",
  "If you leave your bike outside someone will nick it, so bring it in.",
  "household", "base", "dialogue", "손을 타다: get stolen or tampered with; dialogue")
I("그 선배가 나를 자꾸 비행기 태워서 민망했어.",
  "That senior kept making me ride an airplane, so I was embarrassed.",
  "That senior of mine kept flattering me, which was embarrassing.",
  "figurative-verb", "causative", "dialogue", "비행기를 태우다: praise excessively; chat")
I("이번 프로젝트 하면서 애 많이 먹었지?",
  "You ate a lot of guts doing this project, didn't you?",
  "This project gave you a hard time, didn't it?",
  "figurative-verb", "question", "dialogue", "애를 먹다: have a hard time; office")
I("신입 사원이 실수 하나로 부장님께 욕을 엄청 먹었다.",
  "The new employee ate a lot of curses from the department head for one mistake.",
  "The new hire got a real earful from the department head over a single mistake.",
  "figurative-verb", "past", "web", "욕을 먹다: be criticised; workplace post")
I("동생이 한 장난에 완전히 골탕을 먹었어.",
  "I completely ate bone soup from the prank my brother did.",
  "My little brother totally got me with his prank.",
  "food", "passive", "dialogue", "골탕을 먹다: be tricked, suffer; chat")
I("작년에 더위를 먹어서 며칠 동안 아무것도 못 했어요.",
  "Last year I ate the heat, so I couldn't do anything for several days.",
  "Last year the heat got to me and I was out of action for days.",
  "figurative-verb", "past", "dialogue", "더위를 먹다: suffer from the heat; dialogue")
I("이번에 제대로 한 방 먹었네.",
  "You really ate one shot this time.",
  "Well, he really got you this time.",
  "figurative-verb", "passive", "dialogue", "한 방 먹다: be outdone, get caught out; chat")
I("초기에 투자한 사람들은 꽤 재미를 봤다고 하더라.",
  "They say the people who invested early saw quite some fun.",
  "I hear the early investors did pretty well out of it.",
  "figurative-verb", "past", "dialogue", "재미를 보다: profit, do well; chat")
I("팀장님 눈치 보느라 아무도 먼저 퇴근을 못 해요.",
  "Because everyone is looking at the team leader's eye-sense, nobody can leave work first.",
  "Nobody dares to leave before the team leader does.",
  "figurative-verb", "negated", "web", "눈치를 보다: watch someone's mood; workplace post")
I("이번 시험 잘 보면 내가 한턱낼게.",
  "If I see this exam well, I'll put out a jaw.",
  "If I do well in this exam, it's my treat.",
  "figurative-verb", "base", "dialogue", "한턱내다: treat others; chat")
I("오늘 저녁은 내가 쏜다!",
  "Tonight, I shoot dinner!",
  "Dinner's on me tonight!",
  "slang/neologism", "base", "dialogue", "쏘다: pay for others; chat")
I("별로 도와준 것도 없으면서 엄청 생색을 내네.",
  "You didn't help much, yet you're putting out a big living colour.",
  "You hardly helped at all, and now you want all the credit.",
  "figurative-verb", "base", "dialogue", "생색을 내다: make a show of a favour; chat")
I("힘든 거 알지만 티 내지 말고 웃으면서 해.",
  "I know it's hard, but don't put out a speck and do it smiling.",
  "I know it's tough, but don't let it show. Keep smiling.",
  "figurative-verb", "negated", "dialogue", "티를 내다: let it show; dialogue")
I("오늘 안에 결판을 내자.",
  "Let's put out the decision board within today.",
  "Let's settle this today.",
  "figurative-verb", "base", "dialogue", "결판을 내다: settle a matter; dialogue")
I("말을 빙빙 돌리면서 뜸 들이지 말고 본론부터 말해.",
  "Don't let the rice steam while turning the words round and round, and say the main point first.",
  "Stop beating around the bush and get to the point.",
  "food", "negated", "dialogue", "뜸을 들이다 / 말을 돌리다: stall before speaking; dialogue")
I("그 사람이 괜히 바람을 넣어서 애가 갑자기 유학을 가겠대.",
  "That person put wind in for no reason, and now the kid suddenly says he'll study abroad.",
  "Someone put ideas in his head, and now my son suddenly wants to study abroad.",
  "figurative-verb", "past", "dialogue", "바람을 넣다: egg someone on; parent talk")
I("현장에서 바람 잡는 사람들이 있어서 다들 비싼 걸 샀다.",
  "There were people catching the wind at the scene, so everyone bought the expensive one.",
  "There were plants in the crowd talking things up, so everyone bought the expensive ones.",
  "figurative-verb", "past", "web", "바람을 잡다: hype, act as a shill; consumer post")
I("계속 모르는 척 시치미를 뚝 떼더라.",
  "He kept pretending not to know and snapped off the falcon's name tag.",
  "He just kept playing dumb.",
  "figurative-verb", "past", "dialogue", "시치미를 떼다: feign ignorance; dialogue")
I("증거를 보여 줬는데도 오리발을 내밀더라고요.",
  "Even though I showed him the evidence, he stuck out a duck's foot.",
  "Even when I showed him the evidence, he still denied it.",
  "animal", "honorific", "web", "오리발을 내밀다: deny flatly; forum")
I("걔는 조금만 다쳐도 엄청 엄살을 부려.",
  "Even if he gets hurt a little, he acts out a huge pain-fuss.",
  "He makes a huge fuss over the tiniest scratch.",
  "figurative-verb", "base", "dialogue", "엄살을 부리다: exaggerate pain; chat")
I("별것도 아닌 일에 호들갑 떨지 마.",
  "Don't shake a fuss over something that's nothing.",
  "Don't make such a song and dance about nothing.",
  "figurative-verb", "negated", "dialogue", "호들갑을 떨다: overreact; chat")
I("사회자가 너스레를 떨면서 분위기를 풀었다.",
  "The host shook chatter and loosened the atmosphere.",
  "The host broke the ice with some easy banter.",
  "figurative-verb", "past", "news", "너스레를 떨다: banter; entertainment news")
I("시간 없다니까 잔머리 굴리지 말고 그냥 정석대로 해.",
  "I said there's no time, so don't roll your small head and just do it by the book.",
  "We don't have time for clever shortcuts. Just do it properly.",
  "body-part", "negated", "dialogue", "잔머리를 굴리다: scheme, look for shortcuts; office")
I("발표할 때 질문이 쏟아져서 진땀을 뺐어요.",
  "When I presented, questions poured, so I pulled out real sweat.",
  "The questions came thick and fast during my presentation and I really had to scramble.",
  "body-part", "past", "dialogue", "진땀을 빼다: struggle, be put on the spot; office")
I("처음엔 어려웠는데 이제 좀 감을 잡았어.",
  "At first it was hard, but now I caught the persimmon a bit.",
  "It was hard at first, but I'm getting the hang of it now.",
  "figurative-verb", "past", "dialogue", "감을 잡다: get the hang of; chat")
I("그 사람은 별것도 아닌 걸로 자꾸 트집을 잡아.",
  "That person keeps catching a flaw-seam over nothing.",
  "He keeps picking holes in things over nothing.",
  "figurative-verb", "base", "web", "트집을 잡다: find fault; forum")
I("토론하다가 상대방 말꼬리를 잡고 늘어지면 안 돼.",
  "In a debate you shouldn't grab the tail of the other person's words and hang on.",
  "In a debate you shouldn't nitpick at the other side's wording.",
  "body-part", "negated", "textbook", "말꼬리를 잡다: quibble over words; textbook")
I("둘이 드디어 날 잡았대!",
  "They say the two finally caught a day!",
  "They've finally set a date for the wedding!",
  "figurative-verb", "past", "web", "날을 잡다: set a wedding date; social post")
I("괜히 폼 잡지 말고 솔직하게 말해.",
  "Don't catch a form for nothing and say it honestly.",
  "Quit posing and just be straight with me.",
  "slang/neologism", "negated", "dialogue", "폼을 잡다 (Konglish form): pose, act cool; chat")
I("아버지는 손님 앞에서 괜히 무게를 잡으셨다.",
  "Father caught weight in front of the guests for no reason.",
  "In front of guests, Dad put on a needlessly serious air.",
  "figurative-verb", "honorific", "textbook", "무게를 잡다: act dignified; textbook story")
I("다 된 일에 숟가락만 얹고 자기가 했다고 하더라.",
  "He only put a spoon on a finished job and said he did it.",
  "He swooped in at the end of a finished job and took the credit.",
  "household", "split", "web", "숟가락을 얹다: claim credit for others' work; workplace post")
I("동생이 취직하고도 부모님한테 빨대 꽂고 산대.",
  "I hear his brother got a job but still lives sticking a straw into their parents.",
  "Apparently his brother has a job and is still sponging off their parents.",
  "household", "split", "web", "빨대를 꽂다: leech off someone; forum")
I("답이 틀렸는데 계속 헛다리를 짚고 있었네.",
  "The answer was wrong, and I'd been leaning on a false leg all along.",
  "Turns out I'd been barking up the wrong tree the whole time.",
  "body-part", "past", "dialogue", "헛다리를 짚다: guess wrong; chat")
I("하루 종일 삽질만 하다가 끝났어.",
  "The whole day ended with only shovelling.",
  "I spent the whole day spinning my wheels.",
  "slang/neologism", "nominalised", "dialogue", "삽질하다: waste effort; office chat")
I("회의 시간에 멍 때리다가 이름 불려서 깜짝 놀랐어.",
  "I was hitting a blank during the meeting and got startled when my name was called.",
  "I was zoning out in the meeting and jumped when they called my name.",
  "slang/neologism", "past", "dialogue", "멍 때리다: zone out; chat")
