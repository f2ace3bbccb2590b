# shortened proverbs and four-character idioms (hand-written, helper lit12, 2026-12-07)
I("가는 날이 장날이라고 하필 그날 박물관이 휴관이었다.",
  "As the going day is the market day, of all days the museum was closed that day.",
  "Just my luck: the museum happened to be closed the day I went.",
  "proverb", "past", "web", "proverb", "가는 날이 장날 = unlucky coincidence")
I("한참 찾던 안경이 머리 위에 있었어. 등잔 밑이 어둡다더니.",
  "The glasses I looked for a long time were on my head. They say it's dark under the oil lamp.",
  "The glasses I'd been hunting for were on my head the whole time; right under my nose.",
  "proverb", "split", "dialogue", "proverb", "등잔 밑이 어둡다 = overlook what is closest")
I("낮말은 새가 듣는다잖아, 여기서 그런 얘기 하지 마.",
  "They say the bird hears daytime words, so don't talk about that here.",
  "Walls have ears, so don't talk about that here.",
  "proverb", "negated", "dialogue", "proverb", "낮말은 새가 듣고 밤말은 쥐가 듣는다 (shortened); English idiom with another image")
I("원숭이도 나무에서 떨어진다더니 네가 이런 실수를 다 하네.",
  "They say even monkeys fall from trees, and you even make a mistake like this.",
  "Even the best of us slip up; I never thought I'd see you make a mistake like that.",
  "proverb", "split", "dialogue", "proverb", "원숭이도 나무에서 떨어질 때가 있다",
  "Well, nobody's perfect; even you can make a mistake like this.")
I("소문난 잔치에 먹을 것 없다더니 그 전시회는 기대 이하였다.",
  "They say there's nothing to eat at a rumoured feast, and that exhibition was below expectations.",
  "That exhibition didn't live up to the hype.",
  "proverb", "negated", "web", "proverb", "소문난 잔치에 먹을 것 없다 = overhyped")
I("가랑비에 옷 젖듯이 커피값이 한 달에 이십만 원이 넘었다.",
  "Like clothes getting wet in a drizzle, coffee money went over two hundred thousand won a month.",
  "The coffee money crept up little by little until it was over 200,000 won a month.",
  "proverb", "past", "web", "proverb", "가랑비에 옷 젖는 줄 모른다 = small costs add up unnoticed")
I("티끌 모아 태산이라고, 잔돈 모은 게 벌써 오십만 원이야.",
  "Gathering dust makes a great mountain, so the small change I saved is already five hundred thousand won.",
  "Every little bit adds up: the loose change I've saved is already 500,000 won.",
  "proverb", "nominalised", "dialogue", "proverb", "티끌 모아 태산",
  "Look after the pennies and the pounds look after themselves: my saved-up change has reached 500,000 won.")
I("이틀 동안 유럽 세 나라를 도는 건 수박 겉핥기지.",
  "Going around three European countries in two days is licking the outside of a watermelon.",
  "Doing three European countries in two days barely scratches the surface.",
  "proverb", "nominalised", "web", "proverb", "수박 겉핥기 = superficial")
I("가재는 게 편이라고 결국 자기 동기 편을 들더라.",
  "As the crayfish is on the crab's side, in the end he took the side of a colleague from his own intake.",
  "Birds of a feather: in the end he sided with someone from his own intake.",
  "proverb", "past", "web", "proverb", "가재는 게 편 = people side with their own kind")
I("다들 한마디씩 보태다 보니 사공이 많아서 배가 산으로 갔다.",
  "As everyone added a word, there were many boatmen, so the boat went up the mountain.",
  "Everyone chipped in with their own ideas, and it was a case of too many cooks spoiling the broth.",
  "proverb", "past", "web", "proverb", "사공이 많으면 배가 산으로 간다; English idiom with another image")
I("밖에서 회사 욕하는 건 결국 누워서 침 뱉기야.",
  "Badmouthing the company outside is in the end spitting while lying down.",
  "Badmouthing your own company to outsiders only comes back on you.",
  "proverb", "nominalised", "dialogue", "proverb", "누워서 침 뱉기 = harming oneself",
  "Slagging off your own firm in public is just fouling your own nest.")
I("윗물이 맑아야 아랫물이 맑은 법이니 임원들부터 솔선수범해야 한다.",
  "Since the upper water must be clear for the lower water to be clear, the executives must set an example first.",
  "Integrity has to start at the top, so the executives must lead by example.",
  "proverb", "adnominal", "news", "proverb", "윗물이 맑아야 아랫물이 맑다")
I("공든 탑이 무너지겠어? 그렇게 열심히 했으니까 붙을 거야.",
  "Would a tower built with devotion collapse? You worked that hard, so you'll pass.",
  "Hard work never goes to waste; you put so much into it that you're bound to pass.",
  "proverb", "question", "dialogue", "proverb", "공든 탑이 무너지랴")
I("금강산도 식후경이라잖아, 구경은 밥 먹고 하자.",
  "They say even Mount Geumgang is a view after eating, so let's sightsee after eating rice.",
  "Let's eat first; you can't enjoy the sights on an empty stomach.",
  "proverb", "split", "dialogue", "proverb", "금강산도 식후경 (common)")
I("믿는 도끼에 발등 찍힌다더니 제일 친한 친구가 내 아이디어를 가로챘다.",
  "They say the top of your foot is chopped by the axe you trust; my best friend stole my idea.",
  "Talk about being betrayed by the one you trust most: my best friend stole my idea.",
  "proverb", "passive", "web", "proverb", "믿는 도끼에 발등 찍힌다 = betrayal by a trusted person")
I("뭐 눈에는 뭐만 보인다더니 넌 맨날 그런 생각만 하냐?",
  "They say only what is seen in what's eyes; do you only think that kind of thing every day?",
  "People see what they want to see. Is that really all you ever think about?",
  "proverb", "question", "dialogue", "spoken", "뭐 눈에는 뭐만 보인다 (euphemised proverb)")
I("열 길 물속은 알아도 한 길 사람 속은 모른다더니, 그 사람이 그럴 줄은 몰랐다.",
  "They say you know ten fathoms of water but not one fathom of a person's inside; I didn't know he would do that.",
  "You never really know what's going on inside someone; I never thought he'd do that.",
  "proverb", "negated", "web", "proverb", "열 길 물속은 알아도 한 길 사람 속은 모른다")
I("달면 삼키고 쓰면 뱉는 사람하고는 일 못 해.",
  "I can't work with a person who swallows if it's sweet and spits it out if it's bitter.",
  "I can't work with someone who's only around when it suits them.",
  "proverb", "adnominal", "dialogue", "proverb", "달면 삼키고 쓰면 뱉는다 = self-serving, fair-weather")
# four-character idioms
I("여당의 해명은 전형적인 내로남불이라는 비판을 받았다.",
  "The ruling party's explanation received criticism as a typical 'if I do it it's romance, if others do it it's an affair'.",
  "The ruling party's explanation was slammed as a textbook case of double standards.",
  "four-char", "passive", "news", "four-char", "내로남불 = double standards")
I("역 근처에 탕후루 가게가 우후죽순처럼 생겨났다.",
  "Tanghulu shops sprang up near the station like bamboo shoots after the rain.",
  "Tanghulu shops have mushroomed around the station.",
  "four-char", "past", "news", "four-char", "우후죽순 = spring up everywhere")
I("회사는 여론이 악화되자 전전긍긍하고 있다.",
  "As public opinion worsened, the company is trembling war-war.",
  "With public opinion turning against it, the company is on tenterhooks.",
  "four-char", "base", "news", "four-char", "전전긍긍 = be anxious")
I("고진감래라더니 삼수 끝에 드디어 합격했구나.",
  "They say bitterness ends and sweetness comes; after a third try you finally passed.",
  "Hard work pays off: after three attempts you've finally got in!",
  "four-char", "past", "dialogue", "four-char", "고진감래")
I("두 당은 단일화를 두고 동상이몽을 꾸고 있다.",
  "The two parties are dreaming same-bed-different-dreams about the merger of candidacies.",
  "The two parties want very different things out of fielding a single candidate.",
  "four-char", "base", "news", "four-char", "동상이몽 = different hidden agendas")
I("요즘 같은 때 이 정도 월급이면 감지덕지지.",
  "In times like these, with this much salary, it's feeling-it-virtue-virtue.",
  "In times like these I should be grateful for a salary like this.",
  "four-char", "base", "dialogue", "four-char", "감지덕지 = be grateful for what one gets")
I("정부는 성과 보고회에서 자화자찬만 늘어놓았다.",
  "The government laid out only self-painting-self-praise at the performance briefing.",
  "At its progress briefing the government did nothing but pat itself on the back.",
  "four-char", "past", "news", "four-char", "자화자찬 = self-praise; good row is an English idiom with another image")
I("자기가 잘못해 놓고 적반하장으로 나한테 화를 내더라.",
  "He did wrong himself and then, the thief holding the stick, got angry at me.",
  "He was the one in the wrong, and yet he had the nerve to get angry with me.",
  "four-char", "past", "dialogue", "four-char", "적반하장 = the guilty party turning on the victim")
I("길을 잃었는데 설상가상으로 휴대폰 배터리까지 나갔다.",
  "I lost my way, and frost on top of snow, even my phone battery went out.",
  "I got lost, and to make matters worse my phone battery died.",
  "four-char", "past", "web", "four-char", "설상가상 = to make matters worse")
I("경쟁사들이 호시탐탐 우리 시장을 노리고 있습니다.",
  "Competitors are aiming at our market with tiger-look-glare.",
  "Our competitors are just waiting for a chance to move in on our market.",
  "four-char", "honorific", "news", "business", "호시탐탐 = watch for a chance to pounce")
I("사장이 직접 나서자 계약이 일사천리로 진행됐다.",
  "When the president stepped forward in person, the contract progressed in one rush of a thousand li.",
  "Once the CEO got personally involved, the deal went through without a hitch.",
  "four-char", "passive", "news", "business", "일사천리 = swiftly and smoothly")
I("팬들이 학수고대하던 정규 앨범이 드디어 나왔다.",
  "The full album that fans awaited with crane necks finally came out.",
  "The long-awaited full-length album is finally out.",
  "four-char", "adnominal", "news", "four-char", "학수고대 = wait eagerly")
I("말 안 해도 이심전심으로 다 통했어.",
  "Even without speaking, we communicated all by heart-to-heart transmission.",
  "We understood each other perfectly without saying a word.",
  "four-char", "negated", "dialogue", "four-char", "이심전심")
I("우리 팀이 파죽지세로 8연승을 달리고 있습니다.",
  "Our team is running eight straight wins with bamboo-splitting momentum.",
  "Our team is on a roll, with eight wins on the bounce.",
  "four-char", "honorific", "news", "sports", "파죽지세 = unstoppable momentum")
I("유비무환이라고, 혹시 모르니까 우산 챙겨 가.",
  "With preparation there is no trouble, so just in case take an umbrella.",
  "Better safe than sorry; take an umbrella just in case.",
  "four-char", "base", "dialogue", "four-char", "유비무환")
I("올해 다이어트도 결국 작심삼일로 끝났다.",
  "This year's diet also ended in the end as a three-day resolve.",
  "My diet fizzled out after a few days again this year.",
  "four-char", "past", "web", "four-char", "작심삼일 = resolution that doesn't last")
I("재벌 3세가 안하무인으로 직원들에게 폭언을 퍼부었다.",
  "The chaebol third generation poured abusive language on employees with no one below his eyes.",
  "The chaebol grandson, acting as if no one else mattered, hurled abuse at employees.",
  "four-char", "past", "news", "four-char", "안하무인 = arrogant disregard for others")
I("두 후보가 난타전을 벌이는 사이 제3 후보가 어부지리를 얻었다.",
  "While the two candidates had a slugfest, the third candidate obtained the fisherman's profit.",
  "While the two front-runners slugged it out, the third candidate walked off with the prize.",
  "four-char", "past", "news", "four-char", "어부지리 = a third party benefiting from a quarrel")
I("기대했던 드라마가 결국 용두사미로 끝났다.",
  "The drama I expected a lot from ended up as dragon head, snake tail.",
  "The drama I'd been so excited about fizzled out by the end.",
  "four-char", "past", "web", "four-char", "용두사미 = strong start, weak finish",
  "The series I'd had such high hopes for ran out of steam.")
I("일부 언론이 단순 실수를 침소봉대해서 보도했다.",
  "Some media reported by making a needle into a club out of a simple mistake.",
  "Some media outlets blew a simple slip out of all proportion.",
  "four-char", "past", "news", "four-char", "침소봉대 = exaggerate")
I("어머니는 그 사람의 감언이설에 넘어가 적금을 깨셨다.",
  "Mother fell for that person's sweet-words-beneficial-talk and broke her savings.",
  "My mother was sweet-talked by that man into cashing in her savings.",
  "four-char", "honorific", "web", "four-char", "감언이설 = sweet talk; 적금을 깨다 = cash in savings")
I("역지사지로 한 번만 생각해 봐.",
  "Think just once by changing places and thinking.",
  "Just try putting yourself in their shoes for once.",
  "four-char", "base", "dialogue", "four-char", "역지사지; good row is an English idiom with another image")
I("상사 눈치를 보느라 하루 종일 좌불안석이었다.",
  "Watching my boss's mood, I was sitting-not-at-ease all day.",
  "I was on edge all day trying to keep on my boss's good side.",
  "four-char", "past", "web", "four-char", "좌불안석 = restless, uneasy")
I("운동도 과유불급이라 무리하면 오히려 몸이 상한다.",
  "Exercise too is excess-equals-insufficiency, so if you overdo it your body is rather damaged.",
  "You can have too much of a good thing, even exercise; overdo it and you'll only hurt yourself.",
  "four-char", "base", "textbook", "four-char", "과유불급")
I("백전노장의 노련한 경기 운영이 돋보였다.",
  "The skilful game management of the hundred-battle old general stood out.",
  "The veteran's savvy control of the game stood out.",
  "four-char", "adnominal", "news", "sports", "백전노장 = seasoned veteran")
I("새 위원회는 옥상옥에 불과하다는 지적이 나온다.",
  "There are pointings-out that the new committee is no more than a house on a rooftop on a rooftop.",
  "Critics say the new committee is just another redundant layer of bureaucracy.",
  "four-char", "negated", "news", "news-bureaucratic", "옥상옥 = redundant structure")
I("대책 없이 버티다가 궁여지책으로 가게를 반으로 쪼개 세를 놓았다.",
  "After holding out without measures, as an exhausted-remaining plan we split the shop in half and rented it out.",
  "We held on with no real plan, and in the end, as a last resort, split the shop in two and let out half.",
  "four-char", "past", "web", "four-char", "궁여지책 = last resort")
