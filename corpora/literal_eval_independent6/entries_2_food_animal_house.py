# food, animal, household, clothing, weather, colour and number idioms (hand-written, helper lit6, 2026-12-07)
# --- food
I("오픈 첫날부터 죽 쒔어. 손님이 세 명 왔어.",
  "From the first opening day I cooked porridge. Three customers came.",
  "The first day was a flop. We had three customers.",
  "food", "past", "web", "죽(을) 쑤다 'cook gruel' = make a mess of it")
I("이것저것 섞다 보니까 죽도 밥도 안 됐어.",
  "While mixing this and that, it became neither porridge nor rice.",
  "I mixed in so many things it ended up being neither one thing nor the other.",
  "food", "negated", "dialogue", "죽도 밥도 안 되다 'neither gruel nor rice' = end up a botched mess")
I("이번에도 늦으면 국물도 없을 줄 알아.",
  "If you are late this time too, know that there is not even soup.",
  "If you're late again, you get nothing. Understood?",
  "food", "negated", "dialogue", "국물도 없다 'not even broth' = you'll get nothing at all")
I("계속 그렇게 사기 치고 다니면 내가 너 콩밥 먹게 해 준다.",
  "If you keep going around doing fraud like that, I will make you eat bean rice.",
  "Keep scamming people like that and I'll make sure you end up behind bars.",
  "food", "causative", "dialogue", "콩밥(을) 먹다 'eat rice with beans' = go to prison; causative -게 하다")
I("예고편에서 다 보여 줘서 김샜어.",
  "They showed everything in the trailer so the steam leaked out.",
  "The trailer gave everything away, so it kind of killed it for me.",
  "food", "past", "web", "김(이) 새다 'steam leaks' = lose the excitement, anticlimax")
I("복권 당첨에 승진까지, 호박이 넝쿨째 굴러 들어왔네요.",
  "Lottery win and even promotion, a pumpkin rolled in together with its vine.",
  "A lottery win and a promotion too? Talk about a windfall.",
  "food", "past", "dialogue", "호박이 넝쿨째 굴러 들어오다 'pumpkin rolls in vine and all' = unexpected good fortune")
I("우리 외삼촌은 동네 잔치마다 빠지지 않는 약방의 감초다.",
  "Our maternal uncle is the licorice of the pharmacy that doesn't miss any village feast.",
  "My uncle turns up at every village party without fail.",
  "food", "adnominal", "textbook", "약방의 감초 'licorice in the herbalist's' = someone present at every event")
I("그 회사는 겉은 화려한데 속 빈 강정이더라.",
  "That company's outside is fancy, but it was a hollow gangjeong.",
  "That company looks impressive from the outside, but there's nothing behind it.",
  "food", "adnominal", "web", "속 빈 강정 'hollow rice puff' = all show and no substance")
I("우리 부장님 진짜 짜. 회식비도 n분의 1 하자고 하셔.",
  "Our department head is really salty. He even says to do 1/n for the company dinner.",
  "My boss is so stingy. He even wants us to split the team dinner.",
  "food", "honorific", "web", "짜다 'salty' = stingy")
I("싱거운 소리 그만하고 밥이나 먹어.",
  "Stop saying bland sounds and just eat rice.",
  "Quit the silly talk and eat your dinner.",
  "food", "adnominal", "dialogue", "싱거운 소리 'bland words' = silly remarks")
I("그 사람이 우리 팀 아이디어에 숟가락만 얹었어.",
  "That person only put his spoon on our team's idea.",
  "He just took credit for our team's idea without doing anything.",
  "food", "past", "web", "숟가락(을) 얹다 'put one's spoon on (the table)' = free-ride, claim credit")
I("걔는 만나기 전에 나를 간 보는 것 같아.",
  "I think that kid is tasting the saltiness of me before meeting.",
  "I get the feeling she's sounding me out before we meet.",
  "food", "base", "dialogue", "간(을) 보다 'taste for salt' = feel someone out")
I("뜸 들이지 말고 빨리 말해 봐.",
  "Don't let it steam and say it quickly.",
  "Stop beating around the bush and spit it out.",
  "food", "negated", "dialogue", "뜸(을) 들이다 'let rice finish steaming' = hesitate before speaking")
I("박 과장은 이번 인사에서 또 물을 먹었다.",
  "Section chief Park drank water again in this personnel change.",
  "Section chief Park was passed over again in this round of promotions.",
  "food", "past", "news", "물(을) 먹다 'drink water' = be passed over, lose out")
I("그 집안은 형제끼리 소송까지 하는 콩가루 집안이야.",
  "That family is a bean powder family where even brothers sue.",
  "That family is a complete mess; the brothers are even suing each other.",
  "food", "adnominal", "dialogue", "콩가루 집안 'bean-flour family' = dysfunctional family")
I("야근 삼 일째라 완전 파김치가 됐어.",
  "It's the third day of overtime so I completely became green onion kimchi.",
  "Three nights of overtime in a row and I'm completely wiped out.",
  "food", "past", "web", "파김치가 되다 'become wilted scallion kimchi' = be exhausted")
I("싫어도 울며 겨자 먹기로 회식에 따라갔다.",
  "Even though I hated it, I followed to the company dinner eating mustard while crying.",
  "I didn't want to, but I had no choice but to go to the team dinner.",
  "food", "split", "textbook", "울며 겨자 먹기 'eating mustard while crying' = doing something against one's will")
I("배고파서 그랬는지 마파람에 게 눈 감추듯 한 그릇을 비웠다.",
  "Maybe because he was hungry, he emptied a bowl like a crab hiding its eyes in the south wind.",
  "He must have been starving; he wolfed the whole bowl down in seconds.",
  "animal", "split", "textbook", "마파람에 게 눈 감추듯 'as a crab hides its eyes in the south wind' = eat in a flash")
# --- animal
I("내가 들어가자마자 컵이 깨져서 까마귀 날자 배 떨어진 격이 됐어.",
  "The moment I entered the cup broke, so it became the case of the pear falling as the crow flew.",
  "The cup broke just as I walked in, so of course it looked like it was my fault.",
  "animal", "split", "web", "까마귀 날자 배 떨어진다 'the pear drops as the crow flies off' = suspicious coincidence")
I("좀 전까지 시끄럽던 애들이 선생님 들어오시니까 쥐 죽은 듯이 조용해졌다.",
  "The kids who were noisy a moment ago became quiet like a mouse died when the teacher came in.",
  "The kids who'd been so noisy went dead quiet as soon as the teacher walked in.",
  "animal", "split", "textbook", "쥐 죽은 듯 'as if a mouse had died' = dead silent")
I("전학 온 첫 주에는 반에서 개밥에 도토리 같았어.",
  "In the first week after transferring, I was like an acorn in dog food in the class.",
  "My first week at the new school, I felt like a complete outsider in class.",
  "animal", "split", "dialogue", "개밥에 도토리 'an acorn in the dog's food' = an outcast")
I("그 사람이 병아리 기자 시절에 쓴 기사가 다시 화제다.",
  "An article that person wrote in his chick reporter days is a topic again.",
  "An article he wrote as a rookie reporter is making the rounds again.",
  "animal", "adnominal", "news", "병아리 'chick' = novice")
I("가난한 세입자한테 수수료까지 뜯는 건 벼룩의 간을 빼 먹는 거지.",
  "Taking even fees from poor tenants is taking out a flea's liver and eating it.",
  "Charging poor tenants extra fees is squeezing blood from a stone.",
  "animal", "nominalised", "web", "벼룩의 간을 빼 먹다 'eat a flea's liver' = exploit the poorest")
I("그 사람한테 회삿돈 관리를 맡기는 건 고양이한테 생선 맡기는 꼴이야.",
  "Entrusting company money to that person is the shape of entrusting fish to a cat.",
  "Putting him in charge of the company's money is like setting the fox to guard the henhouse.",
  "animal", "nominalised", "dialogue", "고양이한테 생선을 맡기다 'leave the fish with the cat' = trust the untrustworthy")
I("그 의원은 선거 때마다 당을 바꾸는 철새 정치인으로 불린다.",
  "That lawmaker is called a migratory bird politician who changes party every election.",
  "The lawmaker is known as a turncoat who switches parties every election.",
  "animal", "passive", "news", "철새 정치인 'migratory-bird politician' = party-hopper")
I("아빠는 아직도 독수리 타법으로 문자를 보내신다.",
  "Dad still sends texts with the eagle typing method.",
  "Dad still types his texts with two fingers.",
  "animal", "honorific", "textbook", "독수리 타법 'eagle typing' = hunt-and-peck")
I("그 투수는 큰 경기만 되면 새가슴이 돼서 볼넷을 남발한다.",
  "That pitcher becomes a bird chest in big games and issues walks excessively.",
  "The pitcher loses his nerve in big games and walks batter after batter.",
  "animal", "base", "news", "새가슴 'bird breast' = faint-hearted, choke under pressure")
I("증거를 들이대니까 끝까지 오리발을 내밀더라.",
  "When I pushed the evidence at him, he stuck out the duck foot until the end.",
  "Even when I showed him the evidence, he kept playing dumb to the very end.",
  "animal", "past", "web", "오리발(을) 내밀다 'hold out a duck's foot' = brazenly deny")
I("장난치다 들킨 강아지처럼 꼬리를 내리고 사과했다.",
  "Like a puppy caught playing pranks, he lowered his tail and apologised.",
  "Like a puppy caught misbehaving, he backed down and apologised.",
  "animal", "past", "textbook", "꼬리를 내리다 'lower one's tail' = back down")
I("남의 돈 빼돌리는 것도 꼬리가 길면 밟히는 법이지.",
  "Stealing other people's money, if the tail is long it gets stepped on.",
  "Skim off other people's money long enough and you're bound to get caught.",
  "animal", "passive", "dialogue", "꼬리가 길면 밟힌다 'a long tail gets trodden on' = keep doing wrong and you'll be caught")
# --- household, clothing, weather, colour, number
I("엄마가 아빠한테 바가지를 긁으셔도 아빠는 웃기만 하셨다.",
  "Even when Mom scratched the gourd at Dad, Dad only laughed.",
  "Even when Mom nagged him, Dad just smiled.",
  "household", "honorific", "textbook", "바가지를 긁다 'scrape the gourd' = nag one's spouse")
I("반장 감투 하나 썼다고 너무 나대는 거 아니야?",
  "Isn't it too much showing off just because you wore one class-president official hat?",
  "Aren't you getting a bit carried away just because you're class president?",
  "household", "question", "dialogue", "감투를 쓰다 'put on an official's hat' = get a post")
I("외국인 노동자를 색안경을 끼고 보는 시선이 여전하다.",
  "The gaze that sees foreign workers wearing colored glasses is still there.",
  "Foreign workers still face prejudice.",
  "household", "adnominal", "news", "색안경을 끼고 보다 'look through tinted glasses' = view with prejudice")
I("아무도 말 안 하길래 내가 총대 메고 교수님께 메일 보냈어.",
  "Since nobody said anything, I shouldered the gun and sent an email to the professor.",
  "No one else would say anything, so I stuck my neck out and emailed the professor.",
  "household", "past", "web", "총대(를) 메다 'shoulder the rifle' = volunteer for an unpleasant job")
I("지금은 힘들어도 언젠가 쨍하고 해 뜰 날 오겠지.",
  "Even if it's hard now, someday the day when the sun rises with a jjaeng will come.",
  "Things are tough right now, but they'll look up one day.",
  "figurative-verb", "adnominal", "dialogue", "쨍하고 해 뜰 날 'the day the sun comes out with a blaze' (mimetic 쨍) = better days")
I("그 교수는 삼십 년 동안 한 우물만 판 언어학자다.",
  "That professor is a linguist who dug only one well for thirty years.",
  "The professor is a linguist who has devoted thirty years to a single field.",
  "household", "adnominal", "news", "한 우물을 파다 'dig one well' = stick to one pursuit")
I("아직 계약서도 안 썼는데 벌써 성과급 얘기야? 우물가에서 숭늉 찾네.",
  "We haven't even written the contract yet and already talk about bonus? You look for scorched rice water at the well.",
  "We haven't even signed the contract and you're already talking bonuses? Slow down.",
  "household", "split", "dialogue", "우물가에서 숭늉 찾는다 'ask for rice tea at the well' = be impatient")
I("새 정책이 국정감사에서 도마 위에 올랐다.",
  "The new policy went up on top of the cutting board at the parliamentary audit.",
  "The new policy came under fire at the parliamentary audit.",
  "household", "past", "news", "도마 위에 오르다 'get onto the chopping board' = come under scrutiny")
I("이제 와서 사과해 봤자 이미 물 건너갔어.",
  "Even if you apologise now, it already crossed the water.",
  "It's too late to apologise now. That ship has sailed.",
  "household", "past", "dialogue", "물 건너가다 'cross the water' = be past saving")
I("우리 국민성이 냄비 근성이라 금방 끓고 금방 식는다는 말이 있다.",
  "There is a saying that our national character is pot nature, so it boils quickly and cools quickly.",
  "People say Koreans get fired up about things quickly and lose interest just as fast.",
  "household", "nominalised", "textbook", "냄비 근성 'saucepan temperament' = quick enthusiasm, quick to cool")
I("이번 주 내내 가마솥 더위가 이어지겠습니다.",
  "The cauldron heat will continue all this week.",
  "The sweltering heat will continue all week.",
  "household", "honorific", "news", "가마솥 더위 'cauldron heat' = sweltering heat (weather report)")
I("그 검사는 수사 외압 논란 끝에 옷을 벗었다.",
  "That prosecutor took off his clothes after the controversy of external pressure on investigation.",
  "The prosecutor resigned after a row over pressure on the investigation.",
  "household", "past", "news", "옷을 벗다 'take off one's uniform' = resign from office")
I("다들 야근하는데 과장님만 뒷짐 지고 구경하셨어.",
  "Everyone was working overtime but only the section chief watched with hands clasped behind his back.",
  "Everyone was working late, and the section chief just stood there watching.",
  "household", "honorific", "web", "뒷짐(을) 지다 'clasp one's hands behind one's back' = stand idly by")
I("이런 식이면 나 이 회사에서 보따리 싼다.",
  "If it's like this, I'll wrap up my bundle at this company.",
  "If things go on like this, I'm out of here.",
  "household", "base", "dialogue", "보따리(를) 싸다 'pack one's bundle' = quit and leave")
I("어제 술 마시고 전 남친한테 문자 보낸 거 생각나서 밤새 이불킥 했어.",
  "I remembered texting my ex-boyfriend after drinking yesterday and did blanket kick all night.",
  "I remembered drunk-texting my ex last night and lay awake cringing about it.",
  "household", "past", "web", "이불킥 'blanket kick' = cringe at one's own embarrassing act")
I("그 드라마는 매주 안방극장을 눈물바다로 만들었다.",
  "That drama made the inner room theatre into a sea of tears every week.",
  "The drama reduced viewers at home to tears every week.",
  "household", "causative", "news", "안방극장 'master-bedroom theatre' = the TV audience; 눈물바다 = sea of tears")
I("찾던 차 키가 내 주머니에 있었네. 등잔 밑이 어둡다더니.",
  "The car key I was looking for was in my pocket. They said it is dark under the oil lamp.",
  "The car key I was looking for was in my pocket the whole time. Right under my nose.",
  "proverb", "split", "web", "등잔 밑이 어둡다 'it is dark under the lamp' = what is closest is hardest to see")
I("사장은 올해 임금 동결은 없다고 못을 박았다.",
  "The president hammered a nail that there is no wage freeze this year.",
  "The president made it clear there would be no wage freeze this year.",
  "household", "past", "news", "못을 박다 'drive in a nail' = state definitively")
I("후반 추가 시간에 터진 골이 승리에 쐐기를 박았다.",
  "The goal that exploded in the second-half stoppage time drove a wedge into the win.",
  "A goal in second-half stoppage time sealed the win.",
  "household", "past", "news", "쐐기를 박다 'drive a wedge' = clinch (false friend with English 'drive a wedge')")
I("수출 실적이 개선되면서 하반기 경기에 파란불이 켜졌다.",
  "As export performance improved, a blue light turned on for the second-half economy.",
  "With exports picking up, the economic outlook for the second half is looking good.",
  "household", "passive", "news", "파란불이 켜지다 'the blue (green) light comes on' = prospects look good")
I("싹수가 노란 놈이라고 다들 그랬는데 지금은 사장님이 됐다.",
  "Everyone said he was a guy whose sprout is yellow, but now he became a company president.",
  "Everyone said he'd never amount to anything, and now he runs his own company.",
  "other", "adnominal", "textbook", "싹수가 노랗다 'the sprout is yellow' = show no promise")
I("검은 머리 파뿌리 되도록 행복하게 살아.",
  "Live happily until your black hair becomes green onion roots.",
  "Be happy together till you're old and grey.",
  "other", "base", "dialogue", "검은 머리 파뿌리 되도록 'till black hair turns to scallion roots' = into old age (wedding wish)")
I("십년감수했네. 애가 차도로 뛰어드는 줄 알았어.",
  "Ten years of life were reduced. I thought the child was running into the road.",
  "You scared me half to death. I thought he was running into the road.",
  "four-char", "past", "dialogue", "십년감수 'ten years off one's life' = a terrible fright")
I("두 손 두 발 다 들었어. 쟤는 내가 못 말려.",
  "I raised both hands and both feet. I can't stop that kid.",
  "I give up. There's no stopping her.",
  "body-part", "past", "dialogue", "두 손 두 발 다 들다 'raise both hands and both feet' = give up completely")
I("요즘 같은 때는 한 치 앞도 내다볼 수 없다.",
  "At times like these, you cannot look ahead even one chi.",
  "In times like these, there's no telling what will happen next.",
  "other", "negated", "news", "한 치 앞도 모르다 'can't see an inch ahead' = the future is unpredictable")
I("얘기하다 보면 꼭 삼천포로 빠지더라.",
  "Whenever we talk, it surely falls into Samcheonpo.",
  "Whenever we talk, we always end up going off on a tangent.",
  "other", "base", "web", "삼천포로 빠지다 'stray into Samcheonpo' = go off on a tangent")
I("그 배우가 연기를 잘한다는 건 두말하면 잔소리지.",
  "That actor acting well, if you say it twice it's nagging.",
  "It goes without saying that she's a brilliant actor.",
  "other", "split", "dialogue", "두말하면 잔소리 'saying it twice is nagging' = it goes without saying")
