# idiom groups: food, animal, household, clothing, weather, colour, number images (hand-written, lit4, 2026-12-06)
I("이번 프로젝트는 완전 죽 쒀서 개 줬어.",
  "This project, I completely cooked porridge and gave it to the dog.",
  "I did all the work on this project and someone else got the credit.",
  "proverb", "past", "dialogue", "죽 쒀서 개 준다 (shortened)")
I("그 정도 일은 식은 죽 먹기지, 걱정 마.",
  "That much work is eating cold porridge, don't worry.",
  "That's a piece of cake, don't worry.",
  "food", "base", "dialogue", "식은 죽 먹기 = very easy")
I("회의 때마다 김칫국부터 마시지 좀 마세요.",
  "Please don't drink kimchi soup first at every meeting.",
  "Please stop counting your chickens before they hatch at every meeting.",
  "proverb", "negated", "dialogue", "김칫국부터 마시다 (shortened)")
I("가재는 게 편이라고, 결국 자기 입사 동기 편만 드네.",
  "As they say the crayfish is on the crab's side, he finally only takes his entering-company classmate's side.",
  "Birds of a feather, I guess. In the end he just sides with the people he joined with.",
  "proverb", "split", "dialogue", "가재는 게 편")
I("이번에도 말 안 들으면 국물도 없을 줄 알아.",
  "If you don't listen this time too, know that there will be no soup.",
  "If you don't listen this time, you're getting nothing from me.",
  "food", "negated", "dialogue", "국물도 없다 = get nothing")
I("그 사람 말은 다 꿀 먹은 벙어리처럼 듣기만 하더라.",
  "He just listened to everything like a mute who ate honey.",
  "He just sat there listening without saying a word.",
  "food", "past", "dialogue", "꿀 먹은 벙어리 = silent (dated idiom)")
I("돈 얘기만 나오면 다들 입에 꿀 바른 소리만 해.",
  "Whenever money talk comes out, everyone only makes sounds with honey spread on their mouth.",
  "Whenever money comes up, everyone starts sweet-talking.",
  "food", "adnominal", "dialogue", "입에 꿀 바른 소리 = flattery")
I("그 가게는 파리만 날리다가 결국 문을 닫았다.",
  "That store only flew flies and finally closed its door.",
  "The shop had hardly any customers and eventually closed down.",
  "animal", "past", "news", "파리 날리다 = business is dead")
I("아 오늘 회의 진짜 개판이었어.",
  "Ah today's meeting was really a dog board.",
  "Ugh, today's meeting was a total mess.",
  "animal", "past", "dialogue", "개판 = chaos")
I("걔 또 쥐꼬리만 한 월급 받고 야근하는 중이래.",
  "He's doing overtime again receiving a salary as small as a rat tail.",
  "He's working late again for a pittance.",
  "animal", "adnominal", "dialogue", "쥐꼬리만 하다 = measly")
I("사장은 불리해지자 꼬리를 내리고 사과문을 올렸다.",
  "When it became disadvantageous the CEO lowered his tail and posted an apology.",
  "Once things turned against him, the CEO backed down and posted an apology.",
  "animal", "past", "news", "꼬리를 내리다 = back down")
I("경찰은 용의자의 꼬리를 잡기 위해 CCTV를 분석하고 있다.",
  "Police are analysing CCTV to catch the suspect's tail.",
  "Police are going through CCTV footage to track down the suspect.",
  "animal", "base", "news", "꼬리를 잡다 = get a lead on")
I("이번에 걸리면 꼬리가 길면 밟힌다는 말이 딱 맞는 거지.",
  "If he gets caught this time, the saying that a long tail gets stepped on fits exactly.",
  "If he gets caught this time, it just proves you can't get away with it forever.",
  "proverb", "passive", "dialogue", "꼬리가 길면 밟힌다")
I("두 부서는 견원지간이라 회의 때마다 말싸움이 난다.",
  "The two departments are a dog-and-monkey relationship so a word fight happens at every meeting.",
  "The two departments can't stand each other, and every meeting turns into a shouting match.",
  "four-char", "base", "news", "견원지간 = sworn enemies")
I("우리 부서에서 미꾸라지 한 마리가 온 웅덩이를 흐려 놨어.",
  "In our department one loach muddied the whole puddle.",
  "One bad apple spoiled things for our whole department.",
  "proverb", "past", "dialogue", "미꾸라지 한 마리가 온 웅덩이를 흐린다")
I("걔는 회의 때 항상 물에 물 탄 듯 술에 술 탄 듯 해.",
  "In meetings he is always like water mixed in water and alcohol mixed in alcohol.",
  "He's always so wishy-washy in meetings.",
  "proverb", "base", "dialogue", "물에 물 탄 듯 술에 술 탄 듯 = noncommittal")
I("신입이 들어오자마자 고양이 앞의 쥐가 됐어요.",
  "As soon as the newbie came in he became a mouse in front of a cat.",
  "The new hire was scared stiff from day one.",
  "animal", "past", "dialogue", "고양이 앞의 쥐 = terrified")
I("돈 앞에서는 다들 눈 가리고 아웅 하는 거지 뭐.",
  "In front of money everyone covers their eyes and does aung.",
  "When money's involved, everyone just fools themselves.",
  "proverb", "split", "web", "눈 가리고 아웅 = transparent self-deception")
I("우물 안 개구리였던 저는 유학 가서야 세상을 알았습니다.",
  "I, who was a frog in a well, only knew the world after going to study abroad.",
  "I'd led a sheltered life and didn't know much about the world until I went abroad.",
  "animal", "adnominal", "textbook", "우물 안 개구리")
I("개구리 올챙이 적 생각 못 한다더니 부장 되더니 딴사람이네.",
  "They say a frog can't think of its tadpole days, he became a manager and is a different person.",
  "He's forgotten where he came from. Ever since he made manager he's like a different person.",
  "proverb", "split", "dialogue", "개구리 올챙이 적 생각 못 한다")
I("그 기자는 닭 쫓던 개 지붕 쳐다보는 꼴이 됐다.",
  "The reporter became the shape of a dog looking at the roof after chasing a chicken.",
  "The reporter was left empty-handed, watching the story slip away.",
  "proverb", "past", "news", "닭 쫓던 개 지붕 쳐다보듯")
I("너 완전 독 안에 든 쥐야, 이제 도망 못 가.",
  "You are completely a rat inside a jar, now can't run away.",
  "You're cornered now. There's no way out.",
  "animal", "negated", "dialogue", "독 안에 든 쥐 = trapped")
I("그 집 아들은 소 닭 보듯 하더라, 인사도 안 하고.",
  "That family's son was looking like a cow looks at a chicken, not even greeting.",
  "That family's son totally ignored me, didn't even say hello.",
  "animal", "negated", "dialogue", "소 닭 보듯 = with complete indifference")
I("이미 다 털렸는데 이제 와서 보안 강화라니, 소 잃고 외양간 고치네.",
  "Already everything got robbed and now strengthening security, losing a cow and fixing the barn.",
  "Everything's already been hacked and now they beef up security? Talk about closing the barn door after the horse has bolted.",
  "proverb", "passive", "web", "소 잃고 외양간 고친다")
I("말 한마디에 천 냥 빚도 갚는다잖아, 잘 말해 봐.",
  "They say one word pays back a thousand nyang debt, speak well.",
  "A kind word can get you a long way, so choose your words carefully.",
  "proverb", "base", "dialogue", "말 한마디로 천 냥 빚을 갚는다")
I("저는 입이 짧아서 뷔페 가면 손해예요.",
  "My mouth is short so going to a buffet is a loss.",
  "I'm a picky eater, so buffets aren't worth it for me.",
  "food", "base", "dialogue", "입이 짧다 = eat little/picky")
I("그 배우는 요즘 물이 올랐다는 평을 듣는다.",
  "That actor these days hears reviews that water has risen.",
  "Critics say the actor is at the top of his game these days.",
  "figurative-verb", "past", "news", "물이 오르다 = be in one's prime")
I("신제품 나오니까 구형 모델은 완전 찬밥 신세야.",
  "Since the new product came out, the old model is completely cold rice status.",
  "Now that the new model's out, the old one's been totally forgotten.",
  "food", "base", "web", "찬밥 신세 = neglected")
I("이번 일은 그냥 누워서 떡 먹기였어요.",
  "This work was just eating rice cake lying down.",
  "This was a walk in the park.",
  "food", "past", "dialogue", "누워서 떡 먹기 = very easy")
I("둘이 짜고 치는 고스톱인 거 다 알아.",
  "Everyone knows it's a go-stop that the two rigged and play.",
  "Everyone knows it's a setup between those two.",
  "household", "adnominal", "dialogue", "짜고 치는 고스톱 = rigged game")
I("이번 선거는 이미 떼어 놓은 당상이라는 분석이 나온다.",
  "Analysis comes out that this election is already a detached dangsang.",
  "Analysts say the election is already in the bag.",
  "household", "nominalised", "news", "떼어 놓은 당상 = a sure thing")
I("걔한테 돈 빌려주는 건 밑 빠진 독에 물 붓기야.",
  "Lending money to him is pouring water into a jar with its bottom fallen out.",
  "Lending him money is like pouring it down the drain.",
  "household", "nominalised", "dialogue", "밑 빠진 독에 물 붓기")
I("옆집 할아버지가 어젯밤 숟가락을 놓으셨대.",
  "The grandfather next door put down his spoon last night.",
  "The old man next door passed away last night.",
  "household", "honorific", "dialogue", "숟가락을 놓다 = die")
I("다 차려 놓은 밥상에 숟가락만 얹은 거지, 걔가 한 게 뭐 있어?",
  "He just placed a spoon on a table all set up, what did he do?",
  "He just swooped in and took the credit. What did he actually do?",
  "household", "past", "dialogue", "차려 놓은 밥상에 숟가락 얹다 = take credit for others' work")
I("이 동네는 아직도 바가지를 씌우는 가게가 많다.",
  "This neighbourhood still has many stores that put a gourd bowl on you.",
  "A lot of shops around here still rip off customers.",
  "household", "causative", "news", "바가지를 씌우다 = overcharge")
I("야 그거 완전 바가지 썼네, 만 원이면 사.",
  "Hey, you completely wore a gourd bowl, you can buy it for ten thousand won.",
  "Dude, you totally got ripped off. That's ten thousand won tops.",
  "household", "past", "dialogue", "바가지 쓰다 = be overcharged")
I("거의 다 됐는데 네가 다 된 밥에 재를 뿌렸잖아!",
  "It was almost done but you sprinkled ash on the rice that was all done!",
  "We were almost there and you ruined everything at the last minute!",
  "proverb", "past", "dialogue", "다 된 밥에 재 뿌리기")
I("군대 간 사이에 여자친구가 고무신을 거꾸로 신었대.",
  "While he went to the army, his girlfriend wore her rubber shoes backwards.",
  "His girlfriend dumped him while he was doing his military service.",
  "household", "past", "dialogue", "고무신을 거꾸로 신다 = leave a boyfriend who is in the army")
I("한번 옷을 벗으면 다시 돌아오기 힘든 자리다.",
  "It's a position that is hard to come back to once you take off the clothes.",
  "Once you resign from that post, it's hard to ever come back.",
  "household", "base", "news", "옷을 벗다 = resign (officials)")
I("그 선수는 결국 유니폼을 벗고 코치로 변신했다.",
  "The player finally took off his uniform and transformed into a coach.",
  "The player finally hung up his boots and became a coach.",
  "household", "past", "news", "유니폼을 벗다 = retire; literal loses 'retire'")
I("팀장님 얼굴에 먹구름이 잔뜩 꼈어, 오늘 다들 조심해.",
  "Dark clouds are heavily formed on the team leader's face, everyone be careful today.",
  "The boss is looking thunderous. Watch your step today, everyone.",
  "figurative-verb", "past", "web", "얼굴에 먹구름이 끼다 = look gloomy/angry")
I("그 말 한마디에 분위기가 싸해지고 찬바람이 쌩쌩 불었어.",
  "At that one word the atmosphere went ssa and a cold wind blew ssaeng-ssaeng.",
  "That one remark made the room go cold.",
  "figurative-verb", "past", "dialogue", "찬바람이 불다 = relations chill; mimetic")
I("요즘 부동산 시장엔 된서리가 내렸다.",
  "These days a hard frost has fallen on the real estate market.",
  "The property market has taken a heavy blow lately.",
  "figurative-verb", "past", "news", "된서리를 맞다/내리다 = severe blow")
I("그는 그 사건 이후로 회사에서 벼락출세를 했다.",
  "After that incident he did lightning promotion at the company.",
  "After that incident he shot up the ranks at the company.",
  "figurative-verb", "past", "textbook", "벼락출세 = meteoric rise")
I("걔 백수 된 지 벌써 반년째야.",
  "It's already half a year since he became a white hand.",
  "He's been out of work for six months now.",
  "slang/neologism", "past", "dialogue", "백수 = unemployed; literal glosses 白手 morpheme by morpheme")
I("이 동네 집값 보니까 눈앞이 노래지더라.",
  "When I saw the house prices in this neighbourhood, in front of my eyes became yellow.",
  "When I saw what houses cost around here, I felt faint.",
  "emotion", "past", "dialogue", "눈앞이 노래지다 = feel dizzy with shock")
I("새빨간 거짓말 하지 마, 다 봤어.",
  "Don't tell a bright red lie, I saw everything.",
  "Don't lie to my face. I saw the whole thing.",
  "other", "negated", "dialogue", "새빨간 거짓말 = barefaced lie (colour)")
I("시험 끝나고 결과 보니까 얼굴이 하얗게 질렸어.",
  "After the exam I saw the results and my face turned white and got scared.",
  "When I saw my exam results, I went white as a sheet.",
  "emotion", "past", "dialogue", "borderline: 'went white' is idiomatic; 'turned white and got scared' is the calque")
I("그 둘 사이는 이미 물 건너갔어.",
  "Between those two has already crossed the water.",
  "It's already too late for those two.",
  "figurative-verb", "past", "dialogue", "물 건너가다 = too late")
I("네가 부르면 열 일 제쳐 두고 달려가지.",
  "If you call, I'll put aside ten works and run.",
  "If you call, I'll drop everything and come running.",
  "figurative-verb", "base", "dialogue", "열 일 제쳐 두다 = drop everything (number image)")
I("열 길 물속은 알아도 한 길 사람 속은 모른다더니, 그 사람이 그럴 줄이야.",
  "They say you know ten gil of water but not one gil of a person's inside; I didn't know that person would do that.",
  "You never really know people. I'd never have thought he'd do something like that.",
  "proverb", "split", "textbook", "열 길 물속은 알아도 한 길 사람 속은 모른다")
I("어제 회식에서 부장님이 일장 연설을 하셨어요.",
  "At yesterday's company dinner the manager did a one-field speech.",
  "At the team dinner yesterday, the manager gave a long-winded speech.",
  "four-char", "honorific", "dialogue", "일장 연설 = lengthy lecture")
I("우리 애 고집에는 두 손 두 발 다 들었어.",
  "I raised two hands and two feet at my kid's stubbornness.",
  "I give up. My kid is just too stubborn.",
  "body-part", "past", "dialogue", "두 손 두 발 다 들다 = give up completely")
