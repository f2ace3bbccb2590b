# idiom groups: four-character idioms, shortened proverbs, figurative verbs, mimetic idioms (hand-written, lit4, 2026-12-06)
I("그 사람은 늘 표리부동해서 믿음이 안 가.",
  "That person is always outside-inside-not-same, so trust doesn't go.",
  "He always says one thing and does another, so I can't trust him.",
  "four-char", "negated", "dialogue", "표리부동 = two-faced")
I("정부의 대책은 언 발에 오줌 누기라는 비판을 받았다.",
  "The government's measure was criticised as peeing on a frozen foot.",
  "The government's measures were criticised as a stopgap that would only make things worse.",
  "proverb", "passive", "news", "언 발에 오줌 누기 = short-lived fix")
I("두 후보의 공약은 오십보백보라는 지적이 나온다.",
  "There are points that the two candidates' pledges are fifty steps a hundred steps.",
  "Critics say there's little to choose between the two candidates' pledges.",
  "four-char", "nominalised", "news", "오십보백보 = six of one, half a dozen of the other")
I("이번 인사는 완전 낙하산 인사에 견강부회 해명까지 붙었네.",
  "This personnel is a complete parachute personnel with even a seeing-strong-attaching explanation.",
  "This appointment is a blatant piece of cronyism, with a far-fetched excuse tacked on.",
  "four-char", "base", "web", "낙하산 인사 = cronyism appointment; 견강부회 = far-fetched reasoning")
I("할머니는 노심초사 손자가 돌아오기만 기다리셨다.",
  "Grandma waited only for her grandson to return with old-heart-burning-thought.",
  "Grandma waited anxiously for her grandson to come home.",
  "four-char", "honorific", "textbook", "노심초사 = anxious")
I("회사가 망한 뒤 그는 사면초가에 몰렸다.",
  "After the company went bankrupt he was driven into four-sides-Chu-song.",
  "After his company collapsed, he found himself with enemies on every side.",
  "four-char", "passive", "news", "사면초가 = beset on all sides")
I("우리 팀장은 조삼모사 같은 제안만 해.",
  "Our team leader only makes proposals like morning three evening four.",
  "My team lead only ever comes up with proposals that just repackage the same thing.",
  "four-char", "adnominal", "dialogue", "조삼모사 = superficial change that fools people")
I("그 가수는 이번 앨범으로 와신상담 끝에 재기에 성공했다.",
  "With this album the singer succeeded in a comeback at the end of lying on firewood and tasting gall.",
  "With this album, the singer made a comeback after years of quietly biding her time.",
  "four-char", "past", "news", "와신상담 = endure hardship to prepare a comeback")
I("둘이 동상이몽이었던 거지, 처음부터.",
  "The two were same-bed-different-dreams, from the start.",
  "They wanted different things from the start.",
  "four-char", "past", "dialogue", "동상이몽 = at cross purposes")
I("회장님 말씀 한마디에 다들 우왕좌왕했어요.",
  "At one word from the chairman everyone went right king left king.",
  "One remark from the chairman sent everyone running around in a panic.",
  "four-char", "honorific", "dialogue", "우왕좌왕 = rush about in confusion; literal glosses hanja wrongly")
I("아직 결과도 안 나왔는데 벌써 자화자찬이네.",
  "The result hasn't come out yet but already self-picture-self-praise.",
  "The results aren't even out yet and you're already patting yourself on the back.",
  "four-char", "negated", "web", "자화자찬 = self-praise")
I("야 그건 적반하장이지, 네가 먼저 늦었잖아.",
  "Hey that is thief-reversing-holding-the-stick, you were late first.",
  "Hey, don't turn this around on me. You were the one who was late.",
  "four-char", "base", "dialogue", "적반하장 = the guilty party blaming the victim")
I("그 정책은 결국 용두사미로 끝났다.",
  "That policy finally ended as dragon head snake tail.",
  "The policy started with a bang and ended with a whimper.",
  "four-char", "past", "news", "용두사미")
I("이 정도면 금상첨화지, 가격까지 싸다니.",
  "This much is adding flowers on silk, even the price is cheap.",
  "And it's cheap too? That's the icing on the cake.",
  "four-char", "base", "dialogue", "금상첨화")
I("두 나라의 관계는 순망치한과 같다고 장관은 강조했다.",
  "The minister stressed that the two countries' relationship is like when the lips are gone the teeth are cold.",
  "The minister stressed that the two countries depend on each other for their security.",
  "four-char", "base", "news", "순망치한 = mutual dependence")
I("그렇게 대충 하면 백년하청이야, 언제 끝내려고.",
  "If you do it roughly like that it's a hundred years river clear, when will you finish.",
  "If you do it that half-heartedly you'll never finish.",
  "four-char", "base", "dialogue", "백년하청 = something that never happens")
I("그 사건은 전화위복이 되어 회사가 오히려 커졌다.",
  "That incident became turning calamity into fortune and the company rather grew.",
  "The incident proved to be a blessing in disguise, and the company actually grew.",
  "four-char", "past", "textbook", "전화위복")
I("공부는 안 하고 연목구어 하고 있네, 기도만 한다고 붙냐?",
  "Not studying and climbing a tree to seek a fish, do you pass by only praying?",
  "You're not studying, you're just wishing. Do you think prayers will get you through?",
  "four-char", "split", "dialogue", "연목구어 = futile approach")
I("주식으로 날린 돈 생각하면 아직도 간담이 서늘해.",
  "When I think of the money I blew on stocks, my liver and gall still become cool.",
  "Thinking about the money I lost on stocks still sends a chill through me.",
  "body-part", "base", "dialogue", "간담이 서늘하다 = feel a chill of fear")
I("동네 사람들이 다 그 집 일에 감 놔라 배 놔라 한다니까.",
  "The neighbourhood people all say put persimmon, put pear on that family's matter.",
  "Everyone in the neighbourhood keeps sticking their nose into that family's business.",
  "proverb", "split", "dialogue", "남의 잔치에 감 놔라 배 놔라 한다")
I("남의 떡이 커 보인다고, 옆 팀 보너스가 부럽네.",
  "They say the other person's rice cake looks big, I envy the next team's bonus.",
  "The grass is always greener, I guess. I'm jealous of the other team's bonus.",
  "proverb", "split", "dialogue", "남의 떡이 커 보인다")
I("가는 날이 장날이라고 하필 오늘 휴무더라.",
  "As they say the day I go is market day, it was closed today of all days.",
  "Just my luck, it was closed today of all days.",
  "proverb", "past", "dialogue", "가는 날이 장날")
I("고래 싸움에 새우 등 터진다더니, 협력업체만 피해를 봤다.",
  "As they say shrimp back bursts in whale fight, only the partner companies suffered damage.",
  "As always, it was the small suppliers caught in the crossfire who got hurt.",
  "proverb", "past", "news", "고래 싸움에 새우 등 터진다")
I("티끌 모아 태산이라고 적금 하나 들었어.",
  "As they say collecting dust makes Taesan, I joined a savings deposit.",
  "Every little bit adds up, so I opened a savings account.",
  "proverb", "past", "dialogue", "티끌 모아 태산")
I("원숭이도 나무에서 떨어질 때가 있지, 너무 자책하지 마.",
  "Even monkeys have times when they fall from trees, don't blame yourself too much.",
  "Everyone slips up sometimes. Don't be too hard on yourself.",
  "proverb", "negated", "dialogue", "원숭이도 나무에서 떨어진다")
I("등잔 밑이 어둡다더니 안경을 머리 위에 올려놓고 찾았네.",
  "They say under the lamp is dark, I was looking for my glasses while putting them on my head.",
  "I was hunting for my glasses and they were on my head the whole time.",
  "proverb", "split", "dialogue", "등잔 밑이 어둡다")
I("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "Will smoke come from a chimney not fired? There's something, so there'd be a rumour.",
  "There's no smoke without fire. There must be something to the rumour.",
  "proverb", "negated", "web", "아니 땐 굴뚝에 연기 날까; borderline (EN idiom exists) but the chimney calque is awkward")
I("그 사람은 돌다리도 두들겨 보고 건너는 성격이라 결정이 느려.",
  "That person has a personality that knocks on even the stone bridge before crossing so decisions are slow.",
  "He's extremely cautious, so he's slow to make decisions.",
  "proverb", "adnominal", "dialogue", "돌다리도 두들겨 보고 건너라")
I("선무당이 사람 잡는다고, 어설프게 고치다 컴퓨터 날렸어.",
  "As they say an unskilled shaman kills a person, I fixed it clumsily and blew the computer.",
  "A little knowledge is a dangerous thing. I tried to fix my computer and wrecked it.",
  "proverb", "past", "dialogue", "선무당이 사람 잡는다")
I("업체는 뒤늦게 사과했지만 엎질러진 물이었다.",
  "The company apologised belatedly but it was spilled water.",
  "The company apologised, but by then the damage was done.",
  "proverb", "past", "news", "엎질러진 물 = what's done is done; 'spilled milk' is the EN image, 'spilled water' the calque")
I("이번 주 내내 야근해서 파김치가 됐어.",
  "I did overtime all this week and became green onion kimchi.",
  "I've worked late all week and I'm completely wiped out.",
  "food", "past", "dialogue", "파김치가 되다 = exhausted")
I("친구 결혼식 사회 보다가 말이 꼬여서 얼굴이 홍당무가 됐지.",
  "While hosting my friend's wedding my words got twisted and my face became a carrot.",
  "I was MC-ing my friend's wedding and fluffed my lines. I turned bright red.",
  "food", "past", "dialogue", "홍당무가 되다 = blush")
I("그는 시치미를 뚝 떼고 아무것도 모른다고 했다.",
  "He detached the sichimi ttuk and said he didn't know anything.",
  "He played dumb and claimed he knew nothing.",
  "figurative-verb", "past", "textbook", "시치미를 떼다 = feign ignorance")
I("그렇게 변죽만 울리지 말고 하고 싶은 말을 해.",
  "Don't only ring the edge like that, say the words you want to say.",
  "Stop beating around the bush and say what you mean.",
  "figurative-verb", "negated", "dialogue", "변죽을 울리다 = hint indirectly")
I("새 부장이 오자마자 사무실 분위기를 쥐락펴락했다.",
  "As soon as the new manager came he grabbed and spread the office atmosphere.",
  "The new manager had the whole office under his thumb from day one.",
  "figurative-verb", "past", "news", "쥐락펴락하다 = control at will")
I("걔는 맨날 남의 말에 토를 달아.",
  "He always attaches a particle to other people's words.",
  "He always has to argue with whatever anyone says.",
  "figurative-verb", "base", "dialogue", "토를 달다 = nitpick/object")
I("괜히 긁어 부스럼 만들지 말고 가만히 있어.",
  "Don't make a boil by scratching for nothing, stay still.",
  "Don't stir up trouble for nothing. Just leave it alone.",
  "proverb", "negated", "dialogue", "긁어 부스럼")
I("그 얘기가 왜 또 도마 위에 올랐어?",
  "Why did that story climb onto the cutting board again?",
  "Why is that under fire again?",
  "household", "past", "dialogue", "도마 위에 오르다 = be criticised")
I("야당은 한술 더 떠서 장관 사퇴까지 요구했다.",
  "The opposition scooped one more spoonful and even demanded the minister's resignation.",
  "The opposition went a step further and called for the minister to resign.",
  "food", "past", "news", "한술 더 뜨다 = go one step further")
I("회사가 어려워지자 사장이 직원들 월급으로 돌려막기를 했다.",
  "When the company got hard the boss did blocking-by-turning with the employees' salaries.",
  "When the company got into trouble, the boss used staff wages to cover other debts.",
  "figurative-verb", "past", "news", "돌려막기 = rob Peter to pay Paul")
I("심장이 쿵 내려앉는 줄 알았다니까.",
  "I thought my heart was going to sit down kung.",
  "My heart practically stopped.",
  "body-part", "adnominal", "dialogue", "가슴이 철렁/쿵 내려앉다 = heart sinks; mimetic")
I("발표하는데 다리가 후들후들 떨려서 혼났어.",
  "While presenting my legs shook hudeul-hudeul and I got scolded.",
  "My legs were shaking like crazy during the presentation. It was awful.",
  "body-part", "past", "dialogue", "혼나다 here = have a hard time, not 'get scolded'; mimetic 후들후들")
I("걔는 내가 무슨 말만 하면 꼬투리를 잡아.",
  "Whenever I say any word he catches the pod tip.",
  "He picks holes in everything I say.",
  "figurative-verb", "base", "dialogue", "꼬투리를 잡다 = find fault")
I("할 일은 산더미인데 마음만 콩밭에 가 있어.",
  "Work to do is a mountain pile but my heart has only gone to the bean field.",
  "I've got a mountain of work, but my mind is somewhere else entirely.",
  "proverb", "split", "dialogue", "마음은 콩밭에 가 있다 = mind elsewhere; 'mountain of work' is fine EN")
I("그 팀은 후반에 뒷심이 달려서 역전을 허용했다.",
  "The team ran out of back power in the second half and allowed a reversal.",
  "The team ran out of steam late in the game and let their opponents come back.",
  "figurative-verb", "past", "news", "뒷심이 달리다 = lack staying power")
