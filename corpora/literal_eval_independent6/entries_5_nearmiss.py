# near misses: the Korean image also exists in English, so the literal-looking rendering is fine
# (hand-written, helper lit6, 2026-12-07); N() prefixes the note with "image idiomatic in English;"
N("요즘 애들 말버릇 들으면서 할아버지가 혀를 차셨다.",
  "Grandpa clicked his tongue as he listened to the way kids talk these days.",
  "Grandpa shook his head in disapproval at the way kids talk these days.",
  "body-part", "honorific", "textbook", "혀를 차다 = click one's tongue")
N("팀장 되고 나니까 어깨가 너무 무거워.",
  "Now that I'm team leader, I feel a huge weight on my shoulders.",
  "Now that I'm team leader, I feel so much responsibility.",
  "body-part", "base", "dialogue", "어깨가 무겁다 = weight on one's shoulders")
N("물가가 너무 올라서 올해는 허리띠를 졸라매야겠어요.",
  "Prices have gone up so much that we'll have to tighten our belts this year.",
  "Prices have gone up so much that we'll have to cut back this year.",
  "household", "base", "dialogue", "허리띠를 졸라매다 = tighten one's belt")
N("마을 청년들이 팔을 걷어붙이고 제설 작업에 나섰다.",
  "Young villagers rolled up their sleeves and set to clearing the snow.",
  "Young villagers pitched in to clear the snow.",
  "body-part", "past", "news", "팔을 걷어붙이다 = roll up one's sleeves")
N("새벽에 모르는 번호로 걸려 온 전화가 내 가슴을 철렁하게 했어.",
  "A call from an unknown number at dawn made my heart sink.",
  "A call from an unknown number at dawn gave me a real fright.",
  "emotion", "causative", "dialogue", "가슴이 철렁하다 = one's heart sinks")
N("그 공포 영화는 첫 장면부터 머리털이 곤두서게 만들었다.",
  "That horror film made my hair stand on end from the very first scene.",
  "That horror film terrified me from the very first scene.",
  "body-part", "causative", "web", "머리털이 곤두서다 = hair stands on end")
N("잇단 막말 파문에 지지자들마저 등을 돌렸다.",
  "After a string of offensive remarks, even his supporters turned their backs on him.",
  "After a string of offensive remarks, even his supporters abandoned him.",
  "body-part", "past", "news", "등을 돌리다 = turn one's back on")
N("다들 신나 있는데 꼭 그렇게 찬물을 끼얹어야 돼?",
  "Everyone's excited. Do you really have to pour cold water on it like that?",
  "Everyone's excited. Do you really have to be such a killjoy?",
  "emotion", "question", "dialogue", "찬물을 끼얹다 = pour cold water on")
N("우산 없이 뛰어왔더니 물에 빠진 생쥐 꼴이야.",
  "I ran here without an umbrella and now I look like a drowned rat.",
  "I ran here without an umbrella and now I'm soaked to the skin.",
  "animal", "nominalised", "web", "물에 빠진 생쥐 = a drowned rat")
N("연금 개혁은 어느 정부에게나 뜨거운 감자다.",
  "Pension reform is a hot potato for any government.",
  "Pension reform is a touchy issue for any government.",
  "food", "adnominal", "news", "뜨거운 감자 = a hot potato")
N("괜히 그 얘기 꺼냈다가 벌집을 쑤신 꼴이 됐네.",
  "I brought that up for no reason and ended up stirring up a hornet's nest.",
  "I brought that up for no reason and caused a huge row.",
  "animal", "adnominal", "dialogue", "벌집을 쑤시다 = stir up a hornet's nest")
N("화난 사람한테 그런 말 하는 건 불난 집에 부채질하는 거야.",
  "Saying that to someone who's already angry is just fanning the flames.",
  "Saying that to someone who's already angry only makes things worse.",
  "proverb", "nominalised", "dialogue", "불난 집에 부채질하다 = fan the flames")
N("그렇게 무시하면 지렁이도 밟으면 꿈틀한다고, 언젠가 걔도 폭발할걸.",
  "Keep treating her like that and, well, even a worm will turn. She'll blow up one day.",
  "Keep treating her like that and one day she's going to snap.",
  "proverb", "split", "web", "지렁이도 밟으면 꿈틀한다 = even a worm will turn")
N("빈 수레가 요란하다더니 말만 많고 한 건 하나도 없네.",
  "Empty vessels make the most noise: lots of talk and nothing done.",
  "He talks big but hasn't actually done a thing.",
  "proverb", "split", "dialogue", "빈 수레가 요란하다 = empty vessels make the most noise")
N("엄마 잔소리는 한 귀로 듣고 한 귀로 흘려.",
  "Mom's nagging goes in one ear and out the other.",
  "I don't pay any attention to Mom's nagging.",
  "body-part", "split", "web", "한 귀로 듣고 한 귀로 흘리다 = in one ear and out the other")
N("천 리 길도 한 걸음부터라고, 오늘은 단어 열 개만 외워 보자.",
  "A journey of a thousand miles begins with a single step, so let's just learn ten words today.",
  "Everyone has to start somewhere, so let's just learn ten words today.",
  "proverb", "split", "textbook", "천 리 길도 한 걸음부터 = a journey of a thousand miles begins with one step")
N("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "There's no smoke without fire, right? There must be something behind the rumour.",
  "Rumours don't come from nowhere. There must be something to it.",
  "proverb", "question", "dialogue", "아니 땐 굴뚝에 연기 나랴 = no smoke without fire")
N("아들한테서 한 달째 연락이 없지만 무소식이 희소식이라고 생각하려고요.",
  "My son hasn't called for a month, but I'm telling myself no news is good news.",
  "My son hasn't called for a month, but I'm trying to believe that means he's fine.",
  "proverb", "honorific", "dialogue", "무소식이 희소식 = no news is good news")
N("가계 부채 급증으로 내수 경기에 먹구름이 드리웠다.",
  "The surge in household debt has cast dark clouds over domestic demand.",
  "The surge in household debt has dimmed the outlook for domestic demand.",
  "household", "past", "news", "먹구름이 드리우다 = dark clouds gather; weather image")
N("사고 원인은 여전히 안개 속이다.",
  "The cause of the accident remains shrouded in fog.",
  "The cause of the accident is still unclear.",
  "household", "base", "news", "안개 속 = shrouded in fog/mystery; weather image")
N("이번 협상의 열쇠는 중재국이 쥐고 있다.",
  "The mediating country holds the key to these negotiations.",
  "The outcome of the talks depends on the mediating country.",
  "household", "base", "news", "열쇠를 쥐다 = hold the key")
N("지갑을 벤치에 놓고 잠깐 돌아섰는데 눈 깜짝할 사이에 없어졌어.",
  "I left my wallet on the bench and turned around for a second, and it was gone in the blink of an eye.",
  "I left my wallet on the bench, turned around for a second, and it was gone just like that.",
  "body-part", "past", "dialogue", "눈 깜짝할 사이 = in the blink of an eye")
N("농담도 정도껏 해야지, 이번엔 선 넘었다.",
  "Jokes are fine up to a point, but this time you crossed the line.",
  "Jokes are fine up to a point, but this time you went too far.",
  "slang/neologism", "past", "web", "선(을) 넘다 = cross the line")
N("강아지가 꼬리 흔들며 달려오는 걸 보니 마음이 사르르 녹았다.",
  "When the puppy came running wagging its tail, my heart melted.",
  "When the puppy came running wagging its tail, I was completely won over.",
  "emotion", "split", "web", "마음이 녹다 = one's heart melts; mimetic 사르르 inserted")
N("첫 오디션에서 너무 긴장해서 무대 위에서 그대로 얼어 버렸어요.",
  "I was so nervous at my first audition that I just froze on stage.",
  "I was so nervous at my first audition that I couldn't do a thing on stage.",
  "figurative-verb", "past", "dialogue", "얼다 = freeze (from nerves)")
N("그 소식을 듣고 그는 얼굴이 하얗게 질렸다.",
  "When he heard the news, he turned white as a sheet.",
  "When he heard the news, the colour drained from his face.",
  "emotion", "past", "textbook", "하얗게 질리다 = turn white")
N("가격 듣고 내 귀를 의심했잖아.",
  "When I heard the price, I couldn't believe my ears.",
  "When I heard the price, I was stunned.",
  "body-part", "past", "web", "귀를 의심하다 = not believe one's ears")
