# body-part, food, animal, household and weather images (hand-written, helper lit9, 2026-12-07)
I("우리 엄마 손이 엄청 맵거든, 한 대 맞으면 진짜 아파.",
  "My mom's hand is very spicy, so if you get hit once it really hurts.",
  "My mom packs a real punch — one smack from her really hurts.",
  "body-part", "base", "dialogue", "손이 맵다 'hit hard'")
I("부장님한테 칭찬받더니 입이 귀에 걸렸네.",
  "He got praised by the manager and his mouth is hung on his ears.",
  "He's been grinning like an idiot ever since the boss praised him.",
  "body-part", "passive", "dialogue", "입이 귀에 걸리다 'grin widely'")
I("합격자 발표를 눈이 빠지게 기다리고 있어.",
  "I'm waiting for the results announcement until my eyes fall out.",
  "I'm waiting on tenterhooks for the results to come out.",
  "body-part", "base", "web", "눈이 빠지게 기다리다 'wait impatiently'")
I("샐러드 한 접시로는 간에 기별도 안 가.",
  "With one plate of salad, not even word reaches my liver.",
  "One plate of salad won't even take the edge off my hunger.",
  "body-part", "negated", "dialogue", "간에 기별도 안 가다 'barely a mouthful'")
I("그 집 딸은 콧대가 높아서 아무나 안 만나.",
  "That family's daughter has a high nose bridge, so she doesn't meet just anyone.",
  "Their daughter is very choosy and won't go out with just anybody.",
  "body-part", "negated", "web", "콧대가 높다 'proud, choosy'")
I("연말이라 요즘 눈코 뜰 새 없이 바빠요.",
  "Because it's year end, these days I'm busy without time to open eyes and nose.",
  "It's the end of the year, so I'm absolutely swamped at the moment.",
  "body-part", "honorific", "dialogue", "눈코 뜰 새 없다 'extremely busy'")
I("고질적인 무릎 부상이 결국 그의 발목을 잡았다.",
  "The chronic knee injury finally grabbed his ankle.",
  "A recurring knee injury eventually held him back.",
  "body-part", "past", "news", "발목을 잡다 'hold back'; sport")
I("두 사람은 10년을 같이 뛰어서 손발이 척척 맞는다.",
  "The two have run together for ten years, so their hands and feet fit perfectly.",
  "After ten years playing together, the two of them are perfectly in sync.",
  "body-part", "base", "news", "손발이 맞다 'work well together'; sport")
I("그 영상 보고 배꼽 잡고 웃었어.",
  "I watched that video and laughed holding my navel.",
  "That video had me in stitches.",
  "body-part", "past", "web", "배꼽을 잡다 'laugh hard'")
I("물건값보다 배송비가 더 나오네, 배보다 배꼽이 더 크다.",
  "The delivery fee comes out more than the item price, the navel is bigger than the belly.",
  "The shipping costs more than the item itself — that's ridiculous.",
  "body-part", "split", "web", "배보다 배꼽이 더 크다 'the extra costs more than the main thing'")
I("자꾸 비행기 태우지 마, 부담스러워.",
  "Don't keep putting me on an airplane, it's burdensome.",
  "Stop flattering me — it's making me uncomfortable.",
  "household", "negated", "dialogue", "비행기를 태우다 'flatter'")
I("둘이 사귄 지 5년 됐잖아, 언제 국수 먹여 줄 거야?",
  "You two have dated for five years, when will you feed us noodles?",
  "You've been together five years — when are you two tying the knot?",
  "food", "causative", "dialogue", "국수를 먹이다 'hold a wedding'")
I("결혼한 지 한 달 된 신혼부부라 깨가 쏟아지네.",
  "They are newlyweds married a month, so sesame seeds are pouring out.",
  "They've only been married a month, so they're still all lovey-dovey.",
  "food", "base", "web", "깨가 쏟아지다 'be blissfully happy (couple)'")
I("어제 회식에서 떡이 되도록 마셨어.",
  "Yesterday at the company dinner I drank until I became rice cake.",
  "I got completely plastered at the work dinner last night.",
  "food", "past", "dialogue", "떡이 되다 'be blind drunk'")
I("죽이 되든 밥이 되든 일단 부딪혀 보자.",
  "Whether it becomes porridge or rice, let's bump into it first.",
  "Let's just go for it and see what happens.",
  "food", "split", "dialogue", "죽이 되든 밥이 되든 'come what may'")
I("애들이 놀다 간 거실이 완전 개판이야.",
  "The living room where the kids played is a complete dog board.",
  "The living room is a total tip after the kids were playing in it.",
  "animal", "base", "dialogue", "개판 'a mess'")
I("쥐꼬리만 한 월급으로 월세 내고 나면 남는 게 없다.",
  "After paying rent with a salary the size of a rat's tail, there's nothing left.",
  "Once I've paid the rent out of my pitiful salary, there's nothing left.",
  "animal", "adnominal", "web", "쥐꼬리만 하다 'tiny'")
I("저 커플 하는 말 들으면 닭살 돋아.",
  "When I hear what that couple says, chicken skin rises.",
  "Listening to that couple talk makes me cringe.",
  "animal", "base", "web", "닭살 돋다 'cringe at mushiness'")
I("그 사람 재산에 비하면 이 정도 벌금은 새 발의 피지.",
  "Compared to his wealth, this much of a fine is blood on a bird's foot.",
  "Compared to his fortune, a fine like this is a drop in the ocean.",
  "animal", "base", "news", "새 발의 피 'a trifle'")
I("투자 유치는 이미 물 건너갔어.",
  "The investment attraction has already crossed the water.",
  "The investment deal is already dead in the water.",
  "household", "past", "dialogue", "물 건너가다 'be too late, fall through'; business")
I("갑자기 권고사직이라니 마른하늘에 날벼락이다.",
  "Suddenly recommended resignation — it's raw lightning from a dry sky.",
  "Being pushed to resign out of nowhere came as a complete shock.",
  "household", "base", "web", "마른하늘에 날벼락; weather image")
I("옆 팀 실수의 불똥이 우리 팀으로 튀었다.",
  "The sparks of the next team's mistake splashed onto our team.",
  "The fallout from the other team's mistake landed on us.",
  "household", "past", "web", "불똥이 튀다 'suffer the fallout'; workplace")
I("사장님은 눈물을 머금고 20년 된 가게를 정리했다.",
  "The owner held tears in his mouth and closed the 20-year-old shop.",
  "With a heavy heart, the owner closed the shop he'd run for twenty years.",
  "body-part", "past", "news", "눈물을 머금다 'reluctantly'")
I("CCTV에 다 찍혔는데도 끝까지 오리발을 내밀더라.",
  "Even though it was all caught on CCTV, he stuck out a duck's foot to the end.",
  "It was all on CCTV, and he still denied it to the bitter end.",
  "animal", "past", "dialogue", "오리발을 내밀다 'flatly deny'; CCTV kept as in English")
I("동창회 가 보니 나만 개밥에 도토리 신세였어.",
  "When I went to the reunion, only I was in the situation of an acorn in dog food.",
  "At the reunion I was the odd one out.",
  "animal", "past", "web", "개밥에 도토리 'odd one out'")
I("병아리 기자 시절에는 실수도 많이 했다.",
  "In my chick reporter days I made many mistakes.",
  "I made plenty of mistakes as a cub reporter.",
  "animal", "adnominal", "textbook", "병아리 'novice'")
I("까마귀 고기를 먹었나, 왜 이렇게 깜빡깜빡하지?",
  "Did I eat crow meat? Why do I keep flickering like this?",
  "What's wrong with me? I keep forgetting things.",
  "animal", "question", "dialogue", "까마귀 고기를 먹다 'be forgetful'; mimetic 깜빡깜빡 glossed as flicker")
I("무대에 서니까 물 만난 고기처럼 펄펄 날더라.",
  "Once he stood on the stage he flew around like a fish that met water.",
  "Once he was on stage, he was in his element.",
  "animal", "past", "web", "물 만난 고기 'in one's element'; opposite of English 'fish out of water'")
I("선배들이 입에 침이 마르도록 그 신입을 칭찬하더라.",
  "The seniors praised that newcomer until the saliva in their mouths dried.",
  "The senior staff couldn't stop singing the new hire's praises.",
  "body-part", "past", "dialogue", "입에 침이 마르다 'praise lavishly'")
I("머리 좀 컸다고 이제 엄마 말도 안 듣네.",
  "Just because his head grew a little, now he doesn't even listen to Mom.",
  "He's a bit older now, so he's stopped listening to his mum.",
  "body-part", "negated", "dialogue", "머리가 크다 'grow up, become independent'; false friend of 'big-headed'")
I("한 달 동안 아프더니 얼굴이 반쪽이 됐네.",
  "You were sick for a month and your face became half.",
  "You've lost so much weight after being ill for a month.",
  "body-part", "past", "dialogue", "얼굴이 반쪽이 되다 'look gaunt'")
I("믿었던 동업자가 뒤통수를 칠 줄은 몰랐다.",
  "I didn't know the business partner I trusted would hit the back of my head.",
  "I never thought the partner I trusted would stab me in the back.",
  "body-part", "adnominal", "news", "뒤통수를 치다 'betray'; business")
I("어린애들 코 묻은 돈까지 뜯어 가는 확률형 아이템은 규제해야 한다.",
  "Probability items that take even children's money with snot on it must be regulated.",
  "Loot boxes that squeeze pocket money out of children should be regulated.",
  "body-part", "adnominal", "web", "코 묻은 돈 'children's pocket money'; gaming")
I("사흘 연속 야근했더니 파김치가 됐어.",
  "I worked overtime three days in a row and became green onion kimchi.",
  "Three late nights in a row — I'm completely wiped out.",
  "food", "past", "dialogue", "파김치가 되다 'be exhausted'")
I("자기가 먹어 놓고 모르는 척 시치미를 뚝 떼더라.",
  "He ate it himself and then pretended not to know, snapping off the falcon's name tag.",
  "He ate it himself and then acted like he had no idea.",
  "animal", "past", "dialogue", "시치미를 떼다 'feign ignorance'")
I("범인이 누군지 미리 말해서 김새게 하지 마.",
  "Don't make the steam leak by saying who the culprit is in advance.",
  "Don't spoil it by telling me who the killer is.",
  "food", "causative", "dialogue", "김새다 'spoil the fun'; spoilers")
I("뜸 들이지 말고 빨리 결과 말해 줘.",
  "Don't let it steam, tell me the result quickly.",
  "Stop keeping me in suspense and tell me the result.",
  "food", "negated", "dialogue", "뜸을 들이다 'stall, hesitate'")
I("두 선수는 올 시즌부터 같은 구단에서 한솥밥을 먹게 됐다.",
  "From this season the two players will eat rice from one pot at the same club.",
  "The two players will be teammates at the same club from this season.",
  "food", "past", "news", "한솥밥을 먹다 'be on the same team'; sport")
I("그 정치인은 민심을 읽는 데 귀신같다.",
  "That politician is like a ghost at reading the people's heart.",
  "The politician has an uncanny knack for reading public opinion.",
  "other", "base", "news", "귀신같다 'uncannily good'")
I("오랜만에 고향에 가니 가슴이 뭉클했다.",
  "Going to my hometown after a long time, my chest went lumpy.",
  "Going back to my hometown after so long, I felt a lump in my throat.",
  "body-part", "past", "textbook", "가슴이 뭉클하다 'be moved'; mimetic glossed")
I("엄마가 해 준 김치찌개 먹으니까 눈물이 핑 돌았어.",
  "Eating the kimchi stew Mom made, tears went spinning.",
  "Eating the kimchi stew my mum made brought tears to my eyes.",
  "body-part", "past", "web", "눈물이 핑 돌다 'well up'")
I("딸아이가 고3이라 온 집안이 살얼음판이에요.",
  "Our daughter is a high school third-year, so the whole house is a thin ice board.",
  "My daughter's in her final year of high school, so the whole family is walking on eggshells.",
  "household", "honorific", "web", "살얼음판 'tense atmosphere'; 고3 'final year of high school'")
I("그렇게 간이 콩알만 해서 어떻게 혼자 여행을 가?",
  "With your liver the size of a bean, how can you travel alone?",
  "You're such a scaredy-cat — how are you going to travel on your own?",
  "body-part", "question", "dialogue", "간이 콩알만 하다 'be timid'")
I("손이 발이 되도록 빌었지만 소용없었다.",
  "I begged until my hands became feet, but it was no use.",
  "I begged and pleaded, but it was no use.",
  "body-part", "past", "dialogue", "손이 발이 되도록 빌다 'beg abjectly'")
I("둘이 그렇게 붙어 다니더니 눈이 맞았구나.",
  "You two went around stuck together, so your eyes matched.",
  "You two were always together — I knew you'd end up falling for each other.",
  "body-part", "past", "dialogue", "눈이 맞다 'fall for each other'")
