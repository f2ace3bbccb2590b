# food, animal, household, clothing, weather, colour and number idioms (hand-written, lit5, 2026-12-07)
I("언니 결혼해? 그럼 언제 국수 먹여 줄 거야?",
  "Sister, you're getting married? Then when will you feed me noodles?",
  "You're getting married? So when's the wedding?",
  "food", "causative", "dialogue", "국수를 먹이다 = hold a wedding (for guests)")
I("신혼이라 그런지 그 집은 아주 깨가 쏟아지더라.",
  "Maybe because they're newlyweds, sesame seeds were pouring out at that house.",
  "They're newlyweds, so they're all lovey-dovey.",
  "food", "past", "dialogue", "깨가 쏟아지다 = be blissfully in love")
I("경기가 안 좋아서 요즘 가게에 파리만 날려요.",
  "Because the economy is bad, only flies are flying in the store these days.",
  "The economy's so bad the shop's been dead lately.",
  "animal", "base", "dialogue", "파리를 날리다 = business is slow")
I("내 케이크 먹은 거 너지? 시치미 떼지 마.",
  "It was you who ate my cake, right? Don't remove the hawk name tag.",
  "You ate my cake, didn't you? Don't play dumb.",
  "household", "negated", "dialogue", "시치미를 떼다 = feign ignorance")
I("증거가 다 나왔는데도 그는 끝까지 오리발을 내밀었다.",
  "Even though all the evidence came out, he stuck out the duck feet to the end.",
  "Even with all the evidence out, he denied it to the very end.",
  "animal", "past", "news", "오리발을 내밀다 = brazenly deny")
I("쟤 또 새로 온 선배한테 꼬리 치는 거 봐.",
  "Look at her waving her tail at the new senior again.",
  "Look at her flirting with the new senior again.",
  "animal", "base", "dialogue", "꼬리를 치다 = flirt")
I("다들 아는 사이라 나만 개밥에 도토리 신세였어.",
  "Everyone knew each other, so I alone was in the situation of an acorn in dog food.",
  "Everyone knew each other, so I was the odd one out.",
  "animal", "past", "dialogue", "개밥에 도토리 = outsider, odd one out")
I("늦잠 자서 고양이 세수만 하고 나왔어.",
  "I overslept, so I only did a cat face-wash and came out.",
  "I overslept, so I just splashed some water on my face and ran out.",
  "animal", "past", "dialogue", "고양이 세수 = a quick, perfunctory wash")
I("또 지갑 두고 왔어? 까마귀 고기를 먹었나.",
  "You left your wallet again? Did you eat crow meat?",
  "You forgot your wallet again? You'd forget your head if it wasn't screwed on.",
  "animal", "past", "dialogue", "까마귀 고기를 먹다 = be forgetful")
I("교장 선생님이 들어오시자 교실이 쥐 죽은 듯 조용해졌다.",
  "When the principal came in, the classroom became quiet like a dead rat.",
  "When the principal walked in, the classroom went dead silent.",
  "animal", "past", "textbook", "쥐 죽은 듯 = utterly silent")
I("월급이 올랐다는데 병아리 눈물만큼 올랐더라.",
  "They said salary went up, but it went up as much as chick's tears.",
  "They said we got a raise, but it was a measly pittance.",
  "animal", "past", "dialogue", "병아리 눈물만큼 = a tiny amount")
I("내가 받은 상처에 비하면 네 손해는 새 발의 피야.",
  "Compared to the hurt I got, your loss is blood of a bird's foot.",
  "Compared to how much I was hurt, your loss is nothing.",
  "animal", "base", "dialogue", "새 발의 피 = a trifle")
I("앞에서는 착한 척하고 뒤로 호박씨 까는 스타일이야.",
  "She's the style who acts nice in front and peels pumpkin seeds behind.",
  "She's the type who acts sweet to your face and schemes behind your back.",
  "food", "base", "dialogue", "뒤로 호박씨 까다 = act sneakily behind someone's back")
I("어제 면접 완전 죽 쒔어.",
  "Yesterday's interview, I completely cooked porridge.",
  "I totally blew the interview yesterday.",
  "food", "past", "dialogue", "죽을 쑤다 = make a mess of")
I("어제 회식에서 다들 떡이 돼서 택시 태워 보냈어.",
  "At yesterday's dinner everyone became rice cake so I put them in taxis.",
  "Everyone got totally hammered at the work dinner yesterday, so I put them in taxis.",
  "food", "past", "dialogue", "떡이 되다 = get blind drunk")
I("말하는 거 보니까 밥맛 떨어지네.",
  "Seeing how he talks, my rice taste drops.",
  "The way he talks makes me sick.",
  "food", "base", "dialogue", "밥맛 떨어지다 = be repulsed by someone")
I("동생 태어나고 나서 완전 찬밥 신세야.",
  "Since my younger sibling was born, I'm totally in the position of cold rice.",
  "Ever since my little brother was born, I've been totally left out in the cold.",
  "food", "base", "dialogue", "찬밥 신세 = neglected")
I("이미 계약서에 도장 찍었으면 물 건너간 거야.",
  "If you already stamped the contract, it crossed the water.",
  "If you've already signed the contract, that ship has sailed.",
  "other", "past", "dialogue", "물 건너가다 = too late to change")
I("뜸 들이지 말고 빨리 말해 봐.",
  "Don't steam the rice, tell me quickly.",
  "Stop stalling and just tell me.",
  "food", "negated", "dialogue", "뜸을 들이다 = hesitate, keep someone waiting")
I("한 번만 더 지각하면 국물도 없을 줄 알아.",
  "If you're late one more time, know there won't even be soup.",
  "Be late one more time and you can forget about it.",
  "food", "negated", "dialogue", "국물도 없다 = get nothing at all")
I("자꾸 비행기 태우지 마, 부끄러워.",
  "Don't keep making me ride an airplane, I'm embarrassed.",
  "Stop flattering me, it's embarrassing.",
  "household", "causative", "dialogue", "비행기를 태우다 = flatter")
I("소개팅 나갔는데 한 시간 기다리다 바람 맞았어.",
  "I went on a blind date and after waiting an hour I got hit by the wind.",
  "I went on a blind date, waited an hour and got stood up.",
  "figurative-verb", "passive", "dialogue", "바람을 맞다 = be stood up")
I("처음부터 색안경을 끼고 보니까 뭘 해도 나빠 보이지.",
  "Since you wear colored glasses from the start, whatever he does looks bad.",
  "You were prejudiced against him from the start, so everything he does looks bad.",
  "household", "base", "dialogue", "색안경을 끼다 = be prejudiced")
I("코인 하다가 쪽박 찼다는 사람 주변에 많아.",
  "There are many people around me who say they wore a small gourd doing coins.",
  "I know a lot of people who went broke on crypto.",
  "household", "past", "web", "쪽박을 차다 = go broke")
I("아무도 안 나서길래 내가 총대 멨어.",
  "Since nobody stepped up, I shouldered the gun.",
  "Nobody else would step up, so I took one for the team.",
  "household", "past", "dialogue", "총대를 메다 = take on a thankless, risky job")
I("애들이 하도 말을 안 들어서 두 손 두 발 다 들었다.",
  "The kids didn't listen so much that I raised both hands and both feet.",
  "The kids just wouldn't listen, so I gave up on them completely.",
  "body-part", "past", "dialogue", "두 손 두 발 다 들다 = give up entirely")
I("변죽만 울리지 말고 본론부터 말해.",
  "Don't only ring the rim, say the main point first.",
  "Stop beating around the bush and get to the point.",
  "household", "negated", "dialogue", "변죽을 울리다 = hint indirectly")
I("입대한 지 석 달 만에 여자 친구가 고무신 거꾸로 신었대.",
  "Three months after he enlisted, his girlfriend wore her rubber shoes backwards.",
  "Three months after he enlisted, his girlfriend dumped him.",
  "household", "past", "dialogue", "고무신을 거꾸로 신다 = leave a boyfriend doing military service")
I("동네 사람들 입방아에 오르기 싫으면 조용히 지내.",
  "If you don't want to go up on the mouth mill of the neighborhood people, live quietly.",
  "If you don't want to be the talk of the neighbourhood, keep your head down.",
  "household", "negated", "dialogue", "입방아에 오르다 = become the subject of gossip")
I("그는 삼십 년 동안 한 우물만 판 장인이다.",
  "He is a craftsman who dug only one well for thirty years.",
  "He's a master craftsman who has devoted thirty years to a single craft.",
  "other", "adnominal", "news", "한 우물을 파다 = stick to one pursuit")
I("그 집 형제들은 다 가방끈이 길어.",
  "The brothers of that house all have long bag straps.",
  "All the brothers in that family are highly educated.",
  "household", "base", "dialogue", "가방끈이 길다 = well educated")
I("내 눈에 흙이 들어가기 전에는 그 결혼 절대 안 된다.",
  "Before dirt goes into my eyes, that marriage absolutely can't happen.",
  "That marriage will happen over my dead body.",
  "other", "negated", "dialogue", "눈에 흙이 들어가다 = die (over my dead body)")
I("사장이 쥐꼬리만 한 월급 주면서 야근까지 시켜.",
  "The boss gives a salary as big as a rat tail and even makes us work overtime.",
  "The boss pays us peanuts and still makes us work overtime.",
  "animal", "adnominal", "dialogue", "쥐꼬리만 하다 = meagre")
I("이사 끝내고 나니까 완전 파김치가 됐어.",
  "After finishing the move I completely became green onion kimchi.",
  "After the move I was completely wiped out.",
  "food", "past", "dialogue", "파김치가 되다 = be exhausted")
I("그 드라마 집안 완전 콩가루 집안이던데.",
  "The family in that drama was a complete bean powder family.",
  "The family in that drama is a total mess.",
  "food", "adnominal", "web", "콩가루 집안 = dysfunctional family")
I("형이 자꾸 약 올려서 울어 버렸어.",
  "My older brother kept raising the medicine so I cried.",
  "My brother kept teasing me until I cried.",
  "household", "causative", "dialogue", "약을 올리다 = tease, needle")
I("다 끝난 다음에 뒷북치지 좀 마.",
  "Please don't beat the back drum after everything is over.",
  "Don't bring it up now that it's all over.",
  "household", "negated", "dialogue", "뒷북치다 = react too late")
I("그 사람은 작사, 작곡, 연출까지 북 치고 장구 치고 다 했다.",
  "That person beat the drum and beat the janggu and did everything including lyrics, composition and directing.",
  "He did it all himself: the lyrics, the music and even the directing.",
  "household", "past", "news", "북 치고 장구 치다 = do everything alone")
I("신상 굿즈가 출시 첫날 날개 돋친 듯 팔렸다.",
  "The new merchandise sold as if wings sprouted on the first day of release.",
  "The new merchandise flew off the shelves on day one.",
  "animal", "passive", "news", "날개 돋친 듯 팔리다 = sell extremely well")
I("폭염이 이어지자 선풍기가 불티나게 팔리고 있다.",
  "As the heat wave continues, fans are selling like sparks fly.",
  "With the heat wave dragging on, electric fans are selling like hot cakes.",
  "household", "passive", "news", "불티나게 팔리다 = sell fast")
I("엄마가 또 바가지 긁으셔서 아빠가 밖으로 나가셨어.",
  "Mom scratched the gourd again so dad went outside.",
  "Mom was nagging again, so Dad went out.",
  "household", "honorific", "dialogue", "바가지를 긁다 = nag (a spouse)")
I("관광지라고 바가지 씌우는 가게가 아직 많다.",
  "There are still many stores that make you wear a gourd because it's a tourist spot.",
  "Plenty of shops still rip tourists off.",
  "household", "causative", "news", "바가지를 씌우다 = overcharge")
I("이 정도 실력이면 그 팀은 우리를 쌈 싸 먹겠다.",
  "With this level of skill, that team will wrap us in lettuce and eat us.",
  "At this level, that team's going to eat us alive.",
  "food", "base", "dialogue", "쌈 싸 먹다 = beat easily")
I("장마가 길어지면서 농민들 속이 새까맣게 타들어 간다.",
  "As the rainy season gets longer, the insides of farmers are burning jet black.",
  "As the rainy season drags on, farmers are worried sick.",
  "emotion", "base", "news", "속이 타다 = be anxious (colour intensifier)")
I("둘이 싸우다가 결국 얼굴을 붉히고 헤어졌다.",
  "The two fought and in the end reddened their faces and parted.",
  "The two argued and ended up parting on bad terms.",
  "emotion", "past", "textbook", "얼굴을 붉히다 = quarrel, part angrily")
I("이번 주 내내 비 오더니 오늘은 하늘이 뚫렸나 봐.",
  "It rained all week and today the sky seems to have been pierced.",
  "It's rained all week, and today it's absolutely bucketing down.",
  "figurative-verb", "passive", "dialogue", "하늘이 뚫리다 = rain extremely heavily")
I("둘이 눈이 맞아서 회사 몰래 사귀었대.",
  "The two had their eyes matched and dated secretly from the company.",
  "The two of them fell for each other and dated behind the company's back.",
  "body-part", "past", "dialogue", "눈이 맞다 = fall for each other")
I("그런 일로 속 끓이지 마, 건강만 상해.",
  "Don't boil your inside over such a thing, it only hurts your health.",
  "Don't fret over something like that; it'll only wreck your health.",
  "emotion", "negated", "dialogue", "속을 끓이다 = fret")
I("이제 와서 사과해 봤자 버스 떠난 뒤에 손 흔들기야.",
  "Apologizing now is waving your hand after the bus left.",
  "Apologising now is too little, too late.",
  "proverb", "split", "dialogue", "버스 떠난 뒤에 손 흔들기 = too late")
