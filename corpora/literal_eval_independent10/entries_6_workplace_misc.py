# workplace, school, gaming and everyday images (hand-written, helper lit10, 2026-12-07)
I("부장님이 또 나한테 일을 떠넘기셨어.",
  "The department head pushed over work onto me again.",
  "My manager has dumped his work on me again.",
  "figurative-verb", "honorific", "dialogue", "떠넘기다 = offload")
I("신입 때는 다들 총알받이야.",
  "When you're a newcomer everyone is a bullet receiver.",
  "When you're new, you're the one who takes all the flak.",
  "household", "base", "dialogue", "총알받이 = cannon fodder / fall guy")
I("이번 프로젝트는 윗선에서 낙하산으로 내려온 사람이 맡았다.",
  "This project was taken by a person who came down by parachute from the upper line.",
  "The project was handed to someone who got the job through connections at the top.",
  "household", "past", "news", "낙하산 = appointee through connections")
I("회식 자리에서 상무님 비위 맞추느라 힘들었어.",
  "At the company dinner it was hard fitting the executive director's spleen and stomach.",
  "It was exhausting keeping the director happy at the staff dinner.",
  "body-part", "nominalised", "dialogue", "비위를 맞추다 = humour someone")
I("그 사람은 윗사람한테 딸랑딸랑 아부만 해.",
  "That person only flatters ttallang-ttallang to superiors.",
  "He does nothing but suck up to his bosses.",
  "figurative-verb", "base", "dialogue", "딸랑딸랑 = bell-ringing flattery")
I("이번 주는 칼퇴각이다.",
  "This week is a knife-leaving-work angle.",
  "Looks like I'll be leaving right on time this week.",
  "slang/neologism", "base", "web", "칼퇴 = leave exactly on time")
I("월요일부터 월요병 때문에 죽겠다.",
  "From Monday I'm dying because of the Monday disease.",
  "I've got a bad case of the Monday blues.",
  "slang/neologism", "base", "web", "월요병 = Monday blues")
I("내일 연차 쓰고 푹 쉴 거야.",
  "Tomorrow I will use annual order and rest deeply.",
  "I'm taking a day off tomorrow and getting some proper rest.",
  "figurative-verb", "base", "dialogue", "연차를 쓰다 = take leave")
I("사수가 퇴사해서 내가 독박 썼어.",
  "My shooter quit so I wore a solo-bak.",
  "My mentor quit, so I'm stuck doing everything myself.",
  "slang/neologism", "past", "dialogue", "사수 = mentor; 독박 쓰다 = bear alone")
I("회의 시간에 괜히 입 뻥끗했다가 일만 늘었어.",
  "I opened my mouth ppeong-kkeut for nothing in the meeting and only work increased.",
  "I made the mistake of speaking up in the meeting and got more work for it.",
  "body-part", "past", "web", "입 뻥끗 = say a word")
I("선생님이 내 숙제를 보시더니 혀를 차셨다.",
  "The teacher looked at my homework and kicked her tongue.",
  "The teacher looked at my homework and clicked her tongue in disapproval.",
  "body-part", "honorific", "textbook", "혀를 차다 = tut")
I("수능 끝나고 나니까 머리가 텅 빈 것 같아.",
  "After the CSAT ended, my head feels empty teong.",
  "Now that the college entrance exam's over, my mind's gone blank.",
  "body-part", "past", "dialogue", "머리가 텅 비다")
I("걔는 벼락치기로 시험 통과했대.",
  "They say that kid passed the exam by lightning striking.",
  "Apparently he passed the exam by cramming the night before.",
  "other", "past", "dialogue", "벼락치기 = cramming")
I("이번 판 완전 캐리했다.",
  "I totally carried this plate.",
  "I totally carried the team this round.",
  "slang/neologism", "past", "web", "판 = round/game")
I("랭겜에서 트롤 만나서 멘탈 나갔다.",
  "I met a troll in rank game and my mental went out.",
  "I got a troll in ranked and completely lost it.",
  "slang/neologism", "past", "web", "멘탈이 나가다 = mentally crumble")
I("우리 엄마 손이 엄청 커.",
  "Our mom's hands are very big.",
  "My mom always cooks way too much food.",
  "body-part", "base", "dialogue", "손이 크다 = generous with portions")
I("결혼하더니 걔 완전 깨가 쏟아지네.",
  "After getting married, that kid's sesame seeds are pouring out.",
  "Ever since the wedding, they've been all lovey-dovey.",
  "food", "base", "dialogue", "깨가 쏟아지다 = blissful newlyweds")
I("시험 망쳐서 집에 가면 뼈도 못 추린다.",
  "I ruined the exam so if I go home I can't even pick out my bones.",
  "I messed up the exam. I'm dead when I get home.",
  "body-part", "negated", "dialogue", "뼈도 못 추리다 = be utterly done for")
I("애가 밥상머리에서 투정을 부린다.",
  "The kid is spreading whining at the head of the dining table.",
  "The kid is fussing at the dinner table.",
  "household", "base", "textbook", "밥상머리 = at the table")
I("삼촌은 술만 들어가면 입이 가벼워져.",
  "My uncle's mouth becomes light whenever alcohol goes in.",
  "My uncle can't keep a secret once he's had a drink.",
  "body-part", "base", "dialogue", "입이 가볍다 = loose-lipped")
I("요즘 너무 바빠서 눈코 뜰 새가 없어.",
  "These days I'm so busy there's no bird to open eyes and nose.",
  "I've been so busy lately I barely have time to breathe.",
  "body-part", "negated", "dialogue", "눈코 뜰 새 없다")
I("그 식당 음식은 입에 착착 감기네.",
  "That restaurant's food wraps around my mouth chak-chak.",
  "The food at that restaurant is just delicious.",
  "body-part", "base", "web", "입에 감기다 = moreish")
I("괜히 긁어 부스럼 만들지 말고 가만히 있어.",
  "Don't scratch and make a boil for nothing, stay still.",
  "Don't go stirring up trouble. Just leave it be.",
  "proverb", "negated", "dialogue", "긁어 부스럼")
I("둘이 만나기만 하면 개와 고양이야.",
  "Whenever the two meet they're a dog and a cat.",
  "Those two fight like cats and dogs whenever they meet.",
  "animal", "base", "dialogue", "개와 고양이 = constantly at odds")
I("그 친구는 늘 약방의 감초처럼 빠지지 않아.",
  "That friend is always not left out like the licorice in a pharmacy.",
  "He's always there; no gathering is complete without him.",
  "proverb", "negated", "dialogue", "약방에 감초")
I("그 선배는 후배들한테 밥을 잘 사 주는 걸로 유명해.",
  "That senior is famous for buying rice well for juniors.",
  "That senior is known for always treating the juniors to meals.",
  "food", "base", "dialogue", "밥을 사다 = treat to a meal")
I("결국 내 뒤통수를 치더라.",
  "In the end he hit the back of my head.",
  "In the end he stabbed me in the back.",
  "body-part", "past", "dialogue", "뒤통수를 치다 = betray")
I("할머니가 손주 자랑에 입에 침이 마르신다.",
  "Grandma's saliva in her mouth dries up boasting about her grandchildren.",
  "Grandma never stops bragging about her grandkids.",
  "body-part", "honorific", "textbook", "입에 침이 마르다")
I("이번 일은 그냥 액땜했다고 생각해.",
  "Just think of this thing as having paid off bad luck.",
  "Just think of it as getting the bad luck out of the way.",
  "other", "past", "dialogue", "액땜 = ward off misfortune")
I("할 말은 많지만 이만 줄이겠습니다.",
  "I have much to say but I will reduce it to this.",
  "There's much more I could say, but I'll leave it there.",
  "other", "honorific", "textbook", "letter/speech closing formula")
I("정부는 이번 발표로 여론의 뭇매를 맞았다.",
  "With this announcement the government was hit by public opinion's group club beating.",
  "The announcement drew a barrage of public criticism against the government.",
  "figurative-verb", "passive", "news", "뭇매를 맞다 = be pilloried")
I("은행주가 금리 인상 수혜주로 꼽히며 날개를 달았다.",
  "Bank stocks were picked as rate-hike beneficiary stocks and attached wings.",
  "Bank shares took off as investors bet they would benefit from higher rates.",
  "animal", "past", "news", "날개를 달다 = take off")
I("그 회사는 오너 리스크에 발목이 잡혔다.",
  "That company had its ankle caught by owner risk.",
  "The company has been held back by scandals surrounding its owner.",
  "body-part", "passive", "news", "발목이 잡히다 = be held back; 오너 리스크 = risk from the controlling family")
I("이 웹툰 작가는 휴재를 밥 먹듯 한다.",
  "This webtoon author does hiatus like eating rice.",
  "This webtoon artist goes on hiatus all the time.",
  "food", "base", "web", "밥 먹듯 하다 = do habitually")
I("김 과장은 회의 때마다 입에 발린 소리만 해.",
  "Manager Kim only makes sounds smeared on the lips at every meeting.",
  "Manager Kim just tells people what they want to hear at every meeting.",
  "body-part", "base", "dialogue", "입에 발린 소리 = empty flattery")
I("대통령이 이번 순방에서 선물 보따리를 풀었다.",
  "The president untied the gift bundle on this tour.",
  "The president announced a raft of deals and aid packages during the trip.",
  "household", "past", "news", "선물 보따리를 풀다 = hand out concessions")
I("우리 할매는 정이 억수로 많다 아이가.",
  "Our grandma has jeong pouring-rain much, isn't it a child.",
  "My gran's got the biggest heart, you know.",
  "other", "base", "dialogue", "Gyeongsang 억수로 = very; 아이가 tag")
