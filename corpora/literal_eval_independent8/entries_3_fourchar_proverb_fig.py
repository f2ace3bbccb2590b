# four-character idioms, proverbs, figurative/mimetic verbs, emotion (hand-written, helper lit8, 2026-12-07)
I("이 은혜는 결초보은하겠습니다.",
  "I will tie grass and repay this kindness.",
  "I will repay your kindness, even if it takes the rest of my life.", "four-char", "honorific", "dialogue", "결초보은 = repay a debt of gratitude")
I("등하불명이라더니 안경을 머리에 쓰고 찾고 있었네.",
  "As they say it's dark under the lamp; I was looking for my glasses while wearing them on my head.",
  "I'd missed what was right under my nose: I was hunting for my glasses while they were on my head.", "four-char", "split", "dialogue", "등하불명")
I("규제를 지나치게 강화하면 교각살우가 될 수 있다.",
  "If regulations are strengthened too much, it may become straightening the horns and killing the cow.",
  "Overly tight regulation could end up doing more harm than good.", "four-char", "base", "news", "교각살우")
I("두 후보가 싸우는 사이 제3 후보가 어부지리를 얻었다.",
  "While the two candidates fought, the third candidate obtained the fisherman's profit.",
  "While the two candidates fought each other, a third candidate reaped the benefit.", "four-char", "past", "news", "어부지리")
I("지난 대회 탈락 후 와신상담한 끝에 금메달을 땄다.",
  "After elimination at the last tournament, at the end of sleeping on firewood and tasting gall, she won gold.",
  "After crashing out of the last championship, she worked relentlessly for her comeback and won gold.", "four-char", "past", "news", "와신상담")
I("선거 끝나니까 바로 토사구팽당했다.",
  "As soon as the election was over, I was boiled like the hound after the rabbit died.",
  "As soon as the election was over, they dumped me.", "four-char", "passive", "web", "토사구팽")
I("오비이락이라고, 내가 들어가자마자 컴퓨터가 꺼졌어.",
  "Crow flies, pear falls, as they say; as soon as I went in, the computer turned off.",
  "Just my luck: the computer shut down the moment I walked in, so it looked like my fault.", "four-char", "split", "dialogue", "오비이락")
I("구단이 새 감독 체제에서 환골탈태했다.",
  "The club exchanged its bones and shed its womb under the new manager's system.",
  "The club has been transformed under its new manager.", "four-char", "past", "news", "환골탈태")
I("해명하면 할수록 점입가경이네.",
  "The more he explains, the more it gradually enters fine scenery.",
  "The more he explains, the worse it gets.", "four-char", "base", "web", "점입가경 (sarcastic)")
I("적반하장도 유분수지, 사과는커녕 나한테 화를 내?",
  "Even the thief turning on the master has its limits; far from apologising, you're angry at me?",
  "Of all the nerve: instead of apologising, you're getting angry with me?", "four-char", "question", "dialogue", "적반하장")
I("아무리 말해도 그 사람한텐 마이동풍이야.",
  "No matter how much I say, to him it's the east wind in a horse's ear.",
  "No matter what I say, he just doesn't listen.", "four-char", "base", "dialogue", "마이동풍")
I("그 발언은 결국 자승자박이 됐다.",
  "That remark eventually became binding himself with his own rope.",
  "That remark ended up backfiring on him.", "four-char", "past", "news", "자승자박")
I("야당은 내부 분열까지 겹치며 사면초가에 몰렸다.",
  "With internal division on top, the opposition was driven into Chu songs from four sides.",
  "Split from within as well, the opposition is now besieged on all fronts.", "four-char", "passive", "news", "사면초가")
I("설상가상으로 지갑까지 잃어버렸어.",
  "Frost on top of snow, I even lost my wallet.",
  "To make matters worse, I lost my wallet too.", "four-char", "past", "dialogue", "설상가상")
I("기대를 모았던 드라마가 용두사미로 끝났다.",
  "The much-anticipated drama ended as a dragon's head and a snake's tail.",
  "The much-hyped drama started strong but fizzled out.", "four-char", "past", "web", "용두사미")
I("견물생심이라고 세일하니까 필요 없는 것까지 샀어.",
  "Seeing a thing makes the heart want it, as they say; because of the sale I bought even things I didn't need.",
  "Temptation got the better of me: it was on sale, so I bought stuff I didn't even need.", "four-char", "split", "web", "견물생심")
I("선생님의 은혜는 각골난망입니다.",
  "Teacher's grace is carved in my bones and hard to forget.",
  "I will never forget your kindness, sir.", "four-char", "honorific", "dialogue", "각골난망")
I("그녀는 지원자들 중 단연 군계일학이었다.",
  "Among the applicants, she was clearly a crane among a flock of chickens.",
  "She stood head and shoulders above the other applicants.", "four-char", "past", "news", "군계일학")
I("정부는 피해가 커지는 동안 수수방관했다.",
  "While the damage grew, the government tucked its hands in its sleeves and watched from the side.",
  "The government stood idly by as the damage mounted.", "four-char", "past", "news", "수수방관")
I("고진감래라더니 드디어 합격했구나!",
  "Bitterness ends and sweetness comes, as they say; you finally passed!",
  "All that hard work paid off; you finally passed!", "four-char", "split", "dialogue", "고진감래")
I("청출어람이라더니 이제 나보다 낫네.",
  "Blue comes out of indigo, as they say; now you're better than me.",
  "The pupil has outdone the teacher; you're better than me now.", "four-char", "split", "dialogue", "청출어람")
I("사건의 진상은 여전히 오리무중이다.",
  "The truth of the case is still in a fog of five li.",
  "The truth of the case remains a mystery.", "four-char", "base", "news", "오리무중")
I("이 문제를 두고 온라인에서 갑론을박이 이어지고 있다.",
  "Over this issue, A arguing and B refuting continues online.",
  "The issue has sparked heated debate online.", "four-char", "base", "news", "갑론을박")
I("돈 좀 벌더니 완전히 안하무인이 됐어.",
  "After making some money, he became completely no-people-under-his-eyes.",
  "Since he made some money, he's become insufferably arrogant.", "four-char", "past", "dialogue", "안하무인")
I("그 시절의 영광은 일장춘몽에 불과했다.",
  "The glory of those days was nothing but one spring dream.",
  "The glory of those days was short-lived.", "four-char", "past", "textbook", "일장춘몽")
I("이번 사고를 타산지석으로 삼아야 한다.",
  "We must take this accident as a stone from another mountain.",
  "We must learn a lesson from this accident.", "four-char", "base", "news", "타산지석")
I("심부름 보낸 애가 한 시간째 함흥차사네.",
  "The kid I sent on an errand has been the Hamheung envoy for an hour.",
  "The kid I sent on an errand an hour ago still hasn't come back.", "four-char", "base", "dialogue", "함흥차사")
I("내 형편에 외제차는 언감생심이지.",
  "In my circumstances a foreign car is how-dare-I-think-of-it.",
  "Someone in my position couldn't even dream of a foreign car.", "four-char", "base", "web", "언감생심")
I("두 당은 손을 잡았지만 사실상 동상이몽이다.",
  "The two parties joined hands, but in fact it is same bed, different dreams.",
  "The two parties have formed an alliance, but in reality they want different things.", "four-char", "base", "news", "동상이몽")
I("올림픽 메달리스트들이 금의환향했다.",
  "The Olympic medallists returned home in silk clothes.",
  "The Olympic medallists came home in triumph.", "four-char", "past", "news", "금의환향")
I("구단은 삼고초려 끝에 그를 감독으로 영입했다.",
  "At the end of visiting the thatched hut three times, the club recruited him as manager.",
  "After repeated overtures, the club finally persuaded him to become manager.", "four-char", "past", "news", "삼고초려")
I("오매불망 기다리던 신작이 드디어 나왔다!",
  "The new release I waited for waking and sleeping without forgetting has finally come out!",
  "The new release I've been longing for is finally out!", "four-char", "adnominal", "web", "오매불망")
I("면접 결과가 나올 때까지 좌불안석이었어요.",
  "Until the interview result came out, my seat was not comfortable.",
  "I was on edge until the interview results came out.", "four-char", "honorific", "dialogue", "좌불안석")
I("아이가 다칠까 봐 노심초사하는 부모 마음을 알겠어요?",
  "Do you know the heart of parents who toil their hearts and burn their thoughts that the child may get hurt?",
  "Do you understand how worried parents are that their child might get hurt?", "four-char", "question", "dialogue", "노심초사")
I("원님 덕에 나팔 분다고, 팀장님 덕분에 우리도 보너스 받았어.",
  "As they say, I blow the trumpet thanks to the magistrate; thanks to the team leader we got a bonus too.",
  "We got a bonus too, riding on the team leader's success.", "proverb", "split", "dialogue", "원님 덕에 나팔 분다")
I("똥 묻은 개가 겨 묻은 개 나무란다더니, 네가 나한테 지각한다고 할 처지야?",
  "They say the dog with dung on it scolds the dog with chaff on it; are you in a position to tell me I'm late?",
  "Talk about the pot calling the kettle black: you're hardly one to complain about me being late.", "proverb", "question", "dialogue", "똥 묻은 개가 겨 묻은 개 나무란다")
I("벼룩도 낯짝이 있지, 또 돈을 빌려 달래?",
  "Even a flea has a face; he's asking to borrow money again?",
  "Has he no shame? He wants to borrow money again?", "proverb", "question", "dialogue", "벼룩도 낯짝이 있다")
I("그 팀은 소 뒷걸음치다 쥐 잡은 격으로 우승했다.",
  "That team won the title in the manner of a cow stepping backwards and catching a mouse.",
  "That team won the title by sheer fluke.", "proverb", "split", "news", "소 뒷걸음치다 쥐 잡기")
I("모로 가도 서울만 가면 된다고, 결과만 좋으면 됐지.",
  "They say even if you go sideways you just need to reach Seoul; as long as the result is good.",
  "It doesn't matter how we got there; the result is what counts.", "proverb", "split", "dialogue", "모로 가도 서울만 가면 된다")
I("될성부른 나무는 떡잎부터 다르다더니, 그 선수 중학교 때부터 남달랐대.",
  "They say a promising tree is different from its seed leaves; that player was exceptional from middle school.",
  "Talent shows early: that player stood out even in middle school.", "proverb", "split", "web", "될성부른 나무는 떡잎부터 알아본다")
I("가랑비에 옷 젖는다고, 커피값이 한 달에 20만 원이 넘더라.",
  "As they say, clothes get wet in a drizzle; my coffee money came to over 200,000 won a month.",
  "Little things add up: I was spending over 200,000 won a month on coffee.", "proverb", "split", "web", "가랑비에 옷 젖는 줄 모른다")
I("세 살 버릇 여든 간다더니 아직도 손톱을 물어뜯네.",
  "They say a three-year-old's habit goes to eighty; you still bite your nails.",
  "Old habits die hard: you still bite your nails.", "proverb", "split", "dialogue", "세 살 버릇 여든까지 간다")
I("목구멍이 포도청이라 싫어도 다녀야지.",
  "The throat is the police bureau, so even if I hate it I have to keep going.",
  "I've got to eat, so I have to keep working there whether I like it or not.", "proverb", "base", "dialogue", "목구멍이 포도청")
I("남의 집안일에 감 놔라 배 놔라 하지 마세요.",
  "Please don't say put persimmons here, put pears there about other people's family matters.",
  "Please don't meddle in other people's family affairs.", "proverb", "honorific", "web", "남의 잔치에 감 놔라 배 놔라")
I("구슬이 서 말이라도 꿰어야 보배라고, 아이디어만 있으면 뭐 해?",
  "Even three mal of beads must be strung to be a treasure; what's the use of only having ideas?",
  "Ideas are worthless unless you act on them.", "proverb", "question", "web", "구슬이 서 말이라도 꿰어야 보배")
I("서당 개 삼 년이라고 이제 나도 커피 맛 좀 알아.",
  "As they say, three years as the village school's dog; now I know the taste of coffee a bit too.",
  "Hang around long enough and you pick things up; I know a thing or two about coffee now.", "proverb", "split", "dialogue", "서당 개 삼 년이면 풍월을 읊는다")
I("한 우물만 판 덕에 그 분야 최고가 됐다.",
  "Thanks to digging only one well, he became the best in that field.",
  "By sticking to one thing, he became the best in his field.", "proverb", "past", "textbook", "우물을 파도 한 우물을 파라")
I("꼬리가 길면 밟힌다고 결국 걸렸네.",
  "As they say, a long tail gets stepped on; he finally got caught.",
  "He kept it up too long and finally got caught.", "proverb", "passive", "web", "꼬리가 길면 밟힌다")
I("공든 탑이 무너지겠어? 열심히 했으니 잘될 거야.",
  "Will a tower built with devotion collapse? You worked hard so it'll go well.",
  "Hard work never goes to waste; you'll be fine.", "proverb", "question", "dialogue", "공든 탑이 무너지랴")
I("말 한마디로 천 냥 빚 갚는다잖아, 좀 부드럽게 말해.",
  "They say one word repays a debt of a thousand nyang; speak a bit more softly.",
  "A kind word goes a long way; say it more gently.", "proverb", "split", "dialogue", "말 한마디로 천 냥 빚을 갚는다")
I("바늘 도둑이 소도둑 되는 법이니 작은 것이라도 훔치면 안 된다.",
  "Since a needle thief becomes a cow thief, you must not steal even a small thing.",
  "Petty theft leads to bigger crimes, so you must never steal, however small the thing.", "proverb", "negated", "textbook", "바늘 도둑이 소도둑 된다")
I("뛰는 놈 위에 나는 놈 있다더니 해커들이 보안 업체를 뚫었다.",
  "They say above the one who runs is the one who flies; hackers broke through a security company.",
  "There's always someone better: hackers have breached a security firm.", "proverb", "split", "news", "뛰는 놈 위에 나는 놈 있다")
I("핑계 없는 무덤 없다더니 또 변명이야?",
  "They say there's no grave without an excuse; another excuse?",
  "There's always an excuse, isn't there? So what is it this time?", "proverb", "question", "dialogue", "핑계 없는 무덤 없다")
I("짚신도 짝이 있다는데 너도 곧 좋은 사람 만날 거야.",
  "They say even straw shoes have a partner; you'll meet a good person soon too.",
  "There's someone for everyone; you'll meet the right person soon.", "proverb", "split", "dialogue", "짚신도 짝이 있다")
I("이번 긴급 지원금은 언 발에 오줌 누기에 불과하다는 지적이 나온다.",
  "Critics point out that this emergency subsidy is no more than peeing on a frozen foot.",
  "Critics say this emergency subsidy is only a stopgap.", "proverb", "nominalised", "news", "언 발에 오줌 누기")
I("사공이 많으니 배가 산으로 가네.",
  "With so many boatmen, the boat is going up the mountain.",
  "Too many cooks: this is going nowhere.", "proverb", "base", "web", "사공이 많으면 배가 산으로 간다")
I("굴러온 돌이 박힌 돌 빼낸다고, 경력직이 들어와서 팀장 자리를 차지했어.",
  "As they say, a rolled-in stone pulls out the embedded stone; a career hire came in and took the team-leader seat.",
  "The newcomer pushed out the old hands: an experienced hire came in and grabbed the team-lead job.", "proverb", "split", "web", "굴러온 돌이 박힌 돌 뺀다")
I("요즘 서울에서 괜찮은 전세 구하기는 하늘의 별 따기예요.",
  "Finding a decent jeonse in Seoul these days is picking a star in the sky.",
  "Finding a decent jeonse lease in Seoul these days is next to impossible.", "proverb", "honorific", "news", "하늘의 별 따기")
I("가재는 게 편이라고 결국 자기 동료 편을 들더라.",
  "As they say, the crayfish is on the crab's side; in the end he took his colleague's side.",
  "Birds of a feather: in the end he sided with his colleague.", "proverb", "split", "dialogue", "가재는 게 편")
I("그 사람은 컴퓨터에 관해선 낫 놓고 기역 자도 몰라.",
  "About computers, he doesn't know the letter giyeok even with a sickle laid down.",
  "He doesn't know the first thing about computers.", "proverb", "negated", "dialogue", "낫 놓고 기역 자도 모른다")
I("뱁새가 황새 따라가면 가랑이 찢어진다고, 친구 따라 명품 샀다가 카드값에 허덕여.",
  "As they say, if the crow-tit follows the stork its crotch tears; I bought luxury goods following my friend and I'm gasping over the card bill.",
  "Trying to keep up with my friend's designer shopping has left me struggling with my credit card bill.", "proverb", "split", "web", "뱁새가 황새 따라가면 가랑이 찢어진다")
I("개구리 올챙이 적 생각 못 한다더니, 자기 신입 때는 다 잊었나 봐.",
  "They say a frog can't remember when it was a tadpole; he seems to have forgotten his own new-hire days.",
  "He's forgotten where he came from; he doesn't remember being new himself.", "proverb", "negated", "web", "개구리 올챙이 적 생각 못 한다")
I("이 앱은 들들 볶는 알림 때문에 지웠어.",
  "I deleted this app because of the notifications that stir-fry me deul-deul.",
  "I deleted this app because its notifications kept pestering me.", "figurative-verb", "adnominal", "web", "들들 볶다 = pester")
I("그는 공금을 꿀꺽한 혐의로 기소됐다.",
  "He was indicted on charges of gulping down public funds.",
  "He was charged with embezzling public funds.", "figurative-verb", "passive", "news", "꿀꺽하다 = pocket")
I("감기약 먹었더니 머리가 헤롱헤롱해.",
  "I took cold medicine and my head is herong-herong.",
  "The cold medicine has made me all woozy.", "figurative-verb", "base", "dialogue", "헤롱헤롱 = dazed")
I("요즘은 하는 일마다 술술 풀려요.",
  "These days everything I do untangles sul-sul.",
  "These days everything I do goes smoothly.", "figurative-verb", "honorific", "dialogue", "술술 풀리다 = go smoothly")
I("정부 정책이 오락가락하니까 현장은 혼란스럽다.",
  "Because government policy goes-comes-goes, the field is confused.",
  "Because government policy keeps flip-flopping, people on the ground are confused.", "figurative-verb", "base", "news", "오락가락하다 = waver")
I("둘이 맨날 티격태격해도 사이는 좋아.",
  "The two of them tigyeok-taegyeok every day but their relationship is good.",
  "They bicker all the time, but they get on fine.", "figurative-verb", "base", "dialogue", "티격태격 = squabble")
I("그 회장은 지역 건설업계를 쥐락펴락한다.",
  "That chairman grips and opens the local construction industry.",
  "That chairman calls the shots in the local construction industry.", "figurative-verb", "base", "news", "쥐락펴락하다 = control")
I("과장님이 결재를 한 달째 뭉개고 계세요.",
  "The section chief has been squashing the approval for a month.",
  "The section chief has been sitting on the approval for a month.", "figurative-verb", "honorific", "dialogue", "뭉개다 = stall")
I("그 말 들으니까 좀 찔리더라.",
  "Hearing that, I got a bit stabbed.",
  "Hearing that, I felt a bit guilty.", "figurative-verb", "passive", "dialogue", "찔리다 = guilty conscience")
I("애가 안 보여서 순간 가슴이 철렁했어요.",
  "The kid wasn't visible, so for a moment my chest went cheolleong.",
  "For a moment I couldn't see my child and my heart sank.", "figurative-verb", "honorific", "dialogue", "가슴이 철렁하다 = startle")
I("칭찬을 받으니 괜히 어깨가 으쓱해졌다.",
  "Being praised, my shoulders went eusseuk for no reason.",
  "The praise made me feel rather proud of myself.", "figurative-verb", "past", "textbook", "어깨가 으쓱하다 = feel proud")
I("결승에서 지고 나니 맥이 탁 풀렸다.",
  "After losing the final, my pulse came untied with a snap.",
  "After losing the final, I felt completely deflated.", "figurative-verb", "past", "web", "맥이 풀리다 = lose heart")
I("사과문이라고 올린 걸 보니 기가 차서 말이 안 나오네.",
  "Looking at what he posted as an apology, my energy is full so words don't come out.",
  "I read what he posted as an apology and I'm speechless.", "emotion", "base", "web", "기가 차다 = be dumbfounded")
I("사장님은 눈물을 머금고 30년 된 가게를 정리했다.",
  "The owner held tears in his mouth and closed the 30-year-old shop.",
  "With great reluctance, the owner closed his shop of thirty years.", "emotion", "past", "news", "눈물을 머금다 = do reluctantly")
I("참사 유가족 인터뷰를 보는데 가슴이 미어졌다.",
  "Watching the interview with the disaster victims' families, my chest was torn.",
  "Watching the interviews with the victims' families broke my heart.", "emotion", "past", "web", "가슴이 미어지다 = heartbroken")
I("동생이 자꾸 놀려서 약이 바짝 올랐어.",
  "My little brother kept teasing me, so medicine rose right up.",
  "My little brother kept teasing me, and it really got to me.", "emotion", "past", "dialogue", "약이 오르다 = be riled")
I("무대에만 서면 간이 배 밖으로 나온 사람처럼 대담해지더라.",
  "Whenever he stood on stage, he became bold like a person whose liver came out of his belly.",
  "Put him on a stage and he turns completely fearless.", "body-part", "adnominal", "web", "간이 배 밖으로 나오다 = reckless")
