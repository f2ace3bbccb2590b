# food and animal idioms (hand-written, helper lit12, 2026-12-07)
I("이번에도 늦으면 국물도 없을 줄 알아.",
  "If you're late this time too, know that there won't even be soup broth.",
  "If you're late again, you'll get nothing from me, understand?",
  "food", "negated", "dialogue", "food", "국물도 없다 = you'll get nothing, no mercy")
I("합격자 발표도 안 났는데 김칫국부터 마시지 마.",
  "The list of successful candidates hasn't even come out, so don't drink the kimchi soup first.",
  "The results aren't even out yet, so don't count your chickens.",
  "food", "negated", "dialogue", "food", "김칫국부터 마시다 = assume too early (common); good row is an English idiom with another image")
I("구청 공무원이 업체로부터 명절 떡값을 받은 혐의로 입건됐다.",
  "A district office official was booked on charges of receiving holiday rice cake money from a company.",
  "A district official has been booked on suspicion of taking holiday kickbacks from a contractor.",
  "food", "passive", "news", "news-bureaucratic", "떡값 = bribe or bonus")
I("이력서만 화려하지 알고 보니 빛 좋은 개살구였어.",
  "Only his CV was fancy; it turned out he was a wild apricot with a good colour.",
  "His CV looked impressive, but it turned out to be all show.",
  "food", "past", "dialogue", "food", "빛 좋은 개살구 = looks good but worthless",
  "He looked great on paper, but there was nothing behind it.")
I("그 영화는 개봉 첫 주부터 흥행에서 죽을 쑤었다.",
  "That film made porridge at the box office from its first week.",
  "That film flopped at the box office from its opening week.",
  "food", "past", "news", "food", "죽을 쑤다 = fail badly")
I("걔 잘난 척하는 거 보면 진짜 밥맛이야.",
  "When I see him showing off, it's really rice taste.",
  "The way he shows off is such a turn-off.",
  "food", "base", "dialogue", "food", "밥맛(없다) = repellent person")
I("새 감독이 부임하자 그는 하루아침에 찬밥 신세가 됐다.",
  "When the new coach took office, he became cold-rice status overnight.",
  "When the new manager took over, he was left out in the cold overnight.",
  "food", "past", "news", "sports", "찬밥 신세 = neglected, sidelined")
I("갓 결혼한 언니네 집은 매일 깨가 쏟아진다.",
  "At my newly married sister's house, sesame seeds pour out every day.",
  "My sister and her new husband are all lovey-dovey every single day.",
  "food", "base", "web", "food", "깨가 쏟아지다 = blissful married couple")
I("후보들 공약이 하나같이 도토리 키 재기라 누굴 뽑을지 모르겠다.",
  "The candidates' pledges are all acorns measuring height, so I don't know whom to choose.",
  "The candidates' pledges are all much of a muchness, so I can't decide whom to vote for.",
  "food", "base", "web", "food", "도토리 키 재기 = no real difference",
  "There's nothing to choose between the candidates' pledges, so I don't know who to vote for.")
I("월급 이백으로는 서울 아파트는 그림의 떡이지.",
  "With a salary of two hundred, a Seoul apartment is a rice cake in a picture.",
  "On two million won a month, a flat in Seoul is just a pipe dream.",
  "food", "base", "dialogue", "food", "그림의 떡 = unattainable")
I("그 배우는 사극마다 약방의 감초처럼 빠지지 않고 나온다.",
  "That actor appears in every historical drama without missing, like licorice in a pharmacy.",
  "That actor turns up in every single period drama; he's a fixture of the genre.",
  "food", "negated", "news", "food", "약방의 감초 = someone present everywhere")
I("너 언제 국수 먹여 줄 거야?",
  "When are you going to feed me noodles?",
  "So when are you getting married?",
  "food", "causative", "dialogue", "food", "국수를 먹이다 = hold one's wedding",
  "So when's the big day?")
I("이번 정기 인사에서 누가 나를 물 먹였는지 다 안다.",
  "I know exactly who made me drink water in this regular personnel reshuffle.",
  "I know exactly who made sure I got passed over in this round of promotions.",
  "food", "causative", "web", "business", "물(을) 먹이다 = cause someone to lose out (causative of 물 먹다)")
I("처가살이하면서 눈칫밥 먹은 지 벌써 삼 년이다.",
  "It's already been three years of eating eye-sense rice while living at my in-laws'.",
  "I've spent three years walking on eggshells living with my in-laws.",
  "food", "nominalised", "web", "food", "눈칫밥을 먹다 = live under others' sufferance")
I("두 선수는 다음 시즌부터 한솥밥을 먹게 됐다.",
  "The two players will eat rice from one pot from next season.",
  "The two players will be teammates from next season.",
  "food", "base", "news", "sports", "한솥밥을 먹다 = be on the same team")
I("그 집은 형제끼리 소송까지 하는 완전 콩가루 집안이야.",
  "That household is a complete bean-flour family where even brothers sue each other.",
  "That family is completely dysfunctional; the brothers are even suing each other.",
  "food", "adnominal", "dialogue", "food", "콩가루 집안 = dysfunctional family")
I("떡 본 김에 제사 지낸다고, 병원 간 김에 건강검진도 받았어.",
  "As they say, seeing the rice cake you hold the ancestral rite; since I went to the hospital I got a check-up too.",
  "Since I was at the hospital anyway, I thought I might as well get a check-up.",
  "proverb", "split", "dialogue", "proverb", "떡 본 김에 제사 지낸다 = make use of an opportunity")
I("잘되는 일에 꼭 고춧가루 뿌리는 사람이 한 명씩 있다.",
  "There is always one person who sprinkles red pepper powder on things that are going well.",
  "There's always someone who has to throw a spanner in the works.",
  "food", "adnominal", "web", "food", "고춧가루를 뿌리다 = spoil something",
  "There's always one person who has to rain on everyone's parade.")
I("세 시간 회의했는데 결론은 물에 물 탄 듯 술에 술 탄 듯했다.",
  "We had a three-hour meeting, but the conclusion was like water mixed in water, liquor mixed in liquor.",
  "We met for three hours and came up with a wishy-washy conclusion.",
  "food", "past", "web", "food", "물에 물 탄 듯 술에 술 탄 듯 = wishy-washy")
I("신입 때 꿀 빨던 시절이 그립다.",
  "I miss the days when I sucked honey as a newbie.",
  "I miss the cushy days when I was the new hire.",
  "food", "adnominal", "web", "slang-internet", "꿀 빨다 = have it easy")
I("그 정치인은 출마를 두고 아직 간을 보는 중이다.",
  "That politician is still in the middle of tasting the seasoning about running.",
  "That politician is still testing the waters about whether to run.",
  "food", "base", "news", "news-bureaucratic", "간을 보다 = sound things out; good row is an English idiom with another image")
I("이 주인공 답답해서 못 보겠어, 완전 고구마야.",
  "I can't watch this main character because he's stuffy; totally sweet potato.",
  "I can't watch this lead character, he's so frustrating.",
  "food", "negated", "web", "slang-internet", "고구마 = frustrating (like a dry sweet potato stuck in the throat)")
I("마지막 회에서 악역이 벌 받는 장면은 완전 사이다였다.",
  "The scene where the villain gets punished in the last episode was total cider.",
  "The scene in the finale where the baddie finally gets what's coming to him was so satisfying.",
  "food", "past", "web", "slang-internet", "사이다 = satisfying, cathartic")
I("업계가 올해도 보릿고개를 힘겹게 넘고 있다.",
  "The industry is crossing the barley hill with difficulty this year as well.",
  "The industry is struggling through lean times again this year.",
  "food", "base", "news", "business", "보릿고개 = lean period")
I("부처 간 밥그릇 싸움에 정작 민원인만 피해를 본다.",
  "Because of the rice-bowl fight between ministries, it's only the petitioners who suffer.",
  "It's members of the public who lose out from the turf war between ministries.",
  "food", "nominalised", "news", "news-bureaucratic", "밥그릇 싸움 = turf war")
I("그 집 국밥 맛이 진짜 기가 막혀.",
  "The taste of that place's gukbap really blocks the energy.",
  "The gukbap at that place is out of this world.",
  "food", "base", "dialogue", "spoken", "기가 막히다 = amazing (or appalling)")
I("그 양반 작년 겨울에 숟가락 놨어.",
  "That gentleman put down his spoon last winter.",
  "The old boy passed away last winter.",
  "food", "past", "dialogue", "spoken", "숟가락을 놓다 = die (colloquial)",
  "He kicked the bucket last winter.")
I("다 끝난 프로젝트에 팀장이 숟가락만 얹었다.",
  "The team leader only placed his spoon on the project that was all finished.",
  "The team leader swooped in and took credit for a project that was already finished.",
  "household", "past", "web", "business", "숟가락을 얹다 = take credit for others' work")
I("원가 절감은 이제 마른 수건 짜기나 다름없다.",
  "Cost reduction is now no different from wringing a dry towel.",
  "There's simply nothing left to cut in terms of costs.",
  "household", "negated", "news", "business", "마른 수건 짜기 = squeezing out what isn't there",
  "Trying to cut costs any further is like getting blood out of a stone.")
I("이 소스가 떡볶이 맛의 치트키예요.",
  "This sauce is the cheat key of tteokbokki taste.",
  "This sauce is the secret weapon that makes the tteokbokki.",
  "food", "honorific", "web", "konglish", "치트키 = secret weapon (from 'cheat key')")
# animals
I("회식 자리에서 나만 개밥에 도토리 신세였다.",
  "At the company dinner, only I was in the state of an acorn in dog food.",
  "At the staff dinner I was the odd one out.",
  "animal", "past", "web", "animal", "개밥에 도토리 = outcast")
I("상대가 갑자기 계약을 취소해서 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "The other side suddenly cancelled the contract, so it became the look of a dog that chased a chicken staring at the roof.",
  "They cancelled the contract out of the blue and left us high and dry.",
  "animal", "past", "web", "animal", "닭 쫓던 개 지붕 쳐다보듯 = left helpless")
I("미중 갈등 속에 고래 싸움에 새우 등 터지는 격으로 수출 기업들만 피해를 보고 있다.",
  "In the US-China conflict, in the manner of shrimp's back bursting in the whales' fight, only exporters are suffering.",
  "Caught in the crossfire of the US-China dispute, exporters are the ones taking the hit.",
  "proverb", "adnominal", "news", "proverb", "고래 싸움에 새우 등 터진다 (common)")
I("까마귀 고기를 먹었나, 왜 이렇게 깜빡깜빡하지?",
  "Did I eat crow meat? Why do I keep blinking like this?",
  "What's wrong with my memory? Why do I keep forgetting things?",
  "animal", "question", "dialogue", "animal", "까마귀 고기를 먹다 = be forgetful")
I("출장 가서 미팅도 하고 여행도 했으니 꿩 먹고 알 먹고지.",
  "I went on a business trip, had meetings and travelled too, so I ate the pheasant and ate the eggs.",
  "I had my meetings and got a holiday out of the business trip too, so it was the best of both worlds.",
  "animal", "base", "dialogue", "animal", "꿩 먹고 알 먹고 = double benefit")
I("병아리 기자 시절에 그 선배한테 많이 배웠다.",
  "In my chick-reporter days I learned a lot from that senior.",
  "I learned a lot from him back when I was a cub reporter.",
  "animal", "past", "textbook", "animal", "병아리 = novice; good row uses English 'cub', another animal")
I("개천에서 용 나던 시절은 이제 끝났다는 말이 많다.",
  "Many say the era when dragons came out of the ditch is now over.",
  "Many say the days of rags-to-riches stories are over.",
  "proverb", "adnominal", "news", "proverb", "개천에서 용 난다 = humble origins to success")
I("호랑이도 제 말 하면 온다더니, 저기 걔 온다.",
  "They say even a tiger comes when you talk about it, and there he comes.",
  "Speak of the devil, here he comes.",
  "proverb", "split", "dialogue", "proverb", "호랑이도 제 말 하면 온다 (common); English idiom with another image")
I("퇴근길 편의점은 나한테 참새 방앗간이야.",
  "The convenience store on the way home from work is a sparrow's mill to me.",
  "I can never walk past the convenience store on my way home.",
  "animal", "base", "web", "animal", "참새 방앗간 = a place one can't resist")
I("그 친구는 무대에 서니까 물 만난 고기처럼 신이 났다.",
  "When that friend stood on the stage, he got excited like a fish that met water.",
  "Once he was on stage he was in his element.",
  "animal", "past", "web", "animal", "물 만난 고기 = in one's element",
  "He took to the stage like a duck to water.")
I("증거가 다 나왔는데도 그는 끝까지 오리발을 내밀었다.",
  "Even though the evidence all came out, he stuck out a duck's foot to the end.",
  "Even with all the evidence out, he kept denying everything to the end.",
  "animal", "past", "news", "animal", "오리발을 내밀다 = deny brazenly")
I("외국인이 파는 물량을 개미들이 고스란히 받아 냈다.",
  "The ants took in every bit of the volume sold by foreigners.",
  "Retail investors soaked up all the shares foreign investors sold.",
  "animal", "past", "news", "business", "개미 = retail investor")
I("선거철만 되면 철새 정치인들이 또 당을 옮긴다.",
  "Whenever election season comes, migratory-bird politicians move parties again.",
  "Every election season, the same opportunists switch parties again.",
  "animal", "adnominal", "news", "news-bureaucratic", "철새 정치인 = party-hopping politician")
I("길에서 손잡고 다니는 거 보니까 완전 닭살 커플이더라.",
  "Seeing them walk around holding hands in the street, they were a total chicken-skin couple.",
  "The way they walk around holding hands, they're sickeningly lovey-dovey.",
  "animal", "past", "dialogue", "animal", "닭살 커플 = cringe-inducingly affectionate couple")
I("걔한테 아무리 말해 봤자 소 귀에 경 읽기야.",
  "No matter how much you tell him, it's reading scripture into a cow's ear.",
  "Talking to him is like talking to a brick wall.",
  "animal", "base", "dialogue", "animal", "소 귀에 경 읽기 = futile advice")
I("미꾸라지 한 마리가 물 흐린다더니 그 사람 하나 때문에 팀 분위기가 엉망이 됐다.",
  "They say one loach muddies the water, and the team mood became a mess because of that one person.",
  "One bad apple really does spoil the bunch; that one person ruined the whole team's morale.",
  "proverb", "split", "web", "proverb", "shortened proverb; English idiom with another image")
I("하룻강아지 범 무서운 줄 모른다고, 신입이 회의 중에 부장한테 대들었다.",
  "As a one-day puppy doesn't know to fear the tiger, the new hire talked back to the department head during the meeting.",
  "Fools rush in; the new guy actually talked back to the department head in the middle of a meeting.",
  "proverb", "negated", "web", "proverb", "하룻강아지 범 무서운 줄 모른다 = ignorance breeds rashness",
  "The new guy had no idea who he was dealing with: he actually argued with the department head in a meeting.")
I("이번 지원금은 피해 규모에 비하면 새 발의 피다.",
  "This subsidy is the blood of a bird's foot compared to the scale of the damage.",
  "This relief money is a drop in the ocean compared to the scale of the damage.",
  "animal", "base", "news", "animal", "새 발의 피 = negligible amount")
I("늦잠 자는 바람에 고양이 세수만 하고 뛰어나왔어.",
  "Because I overslept, I only did a cat face-wash and ran out.",
  "I overslept, so I just splashed some water on my face and dashed out.",
  "animal", "past", "dialogue", "animal", "고양이 세수 = perfunctory wash")
I("몇 달 준비한 행사가 비 때문에 말짱 도루묵이 됐다.",
  "The event we prepared for several months became a totally sandfish because of rain.",
  "Months of preparation for the event came to nothing because of the rain.",
  "animal", "past", "web", "animal", "말짱 도루묵 = all for nothing")
I("사장이 직접 나서자 노조도 슬그머니 꼬리를 내렸다.",
  "When the owner came forward in person, the union also quietly lowered its tail.",
  "When the chairman stepped in himself, the union quietly backed down.",
  "animal", "past", "news", "animal", "꼬리를 내리다 = back down")
I("검찰 수사가 실무자 몇 명만 처벌하는 꼬리 자르기로 끝났다는 비판이 나온다.",
  "Criticism is coming out that the prosecution's investigation ended in tail-cutting that punishes only a few working-level staff.",
  "Critics say the prosecution let those at the top off the hook by punishing a few junior staff.",
  "animal", "nominalised", "news", "news-bureaucratic", "꼬리 자르기 = scapegoating juniors")
I("교장 선생님이 들어오시자 교실이 쥐 죽은 듯 조용해졌다.",
  "When the principal came in, the classroom became quiet as if a mouse had died.",
  "When the head teacher walked in, the classroom went dead quiet.",
  "animal", "honorific", "textbook", "animal", "쥐 죽은 듯 = utterly silent")
I("신생팀이 우승 후보를 꺾고 대어를 낚았다.",
  "The new team beat the championship favourite and caught a big fish.",
  "The newly formed side beat the title favourites in a huge upset.",
  "animal", "past", "news", "sports", "대어를 낚다 = score a big upset")
I("제 옷 스타일 손민수한 거 다 티 나요.",
  "It's all obvious that you Son-Min-soo'd my clothing style.",
  "It's obvious you copied my style.",
  "other", "honorific", "web", "slang-internet", "손민수하다 = copy someone (after a webtoon character)")
