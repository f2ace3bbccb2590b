# news, sports and business set phrases, figurative verbs, mimetics, emotion and household images (hand-written, helper lit14, 2026-12-07)
I("대표팀은 일본에 1대 2로 무릎을 꿇었다.",
  "The national team knelt down to Japan 1 to 2.",
  "The national team lost 2-1 to Japan.",
  "figurative-verb", "past", "news", "everyday; sports news; 무릎을 꿇다 = lose, be defeated")
I("그 당은 수도권에서 고배를 마셨다.",
  "The party drank the bitter cup in the capital area.",
  "The party suffered a heavy defeat in the Seoul area.",
  "household", "past", "news", "everyday; news; 고배를 마시다 = suffer defeat")
I("태극전사들이 오늘 밤 결전에 나선다.",
  "The Taegeuk warriors step out to the decisive battle tonight.",
  "South Korea's national team play their decisive match tonight.",
  "other", "base", "news", "everyday; sports news; 태극전사 = South Korea's national athletes")
I("홈팀은 안방에서 3연패를 당했다.",
  "The home team suffered three straight losses in the inner room.",
  "The home side lost three in a row on their own turf.",
  "household", "passive", "news", "everyday; sports news; 안방 = home ground")
I("후반 들어 뒷심을 발휘한 우리 팀이 역전승을 거뒀다.",
  "Our team that exerted back strength in the second half harvested a reversal victory.",
  "Our team found a second wind after the break and came from behind to win.",
  "figurative-verb", "past", "news", "everyday; sports news; 뒷심 = late strength; 역전승 = come-from-behind win")
I("한국은 약체를 상대로 진땀승을 거뒀다.",
  "Korea harvested a sweat victory against the weak team.",
  "Korea squeaked past a much weaker side.",
  "figurative-verb", "past", "news", "less common; sports news; 진땀승 = hard-fought narrow win")
I("이번 회담이 남북 대화의 물꼬를 틀 것으로 기대된다.",
  "This talk is expected to open the water gate of inter-Korean dialogue.",
  "The talks are expected to pave the way for inter-Korean dialogue.",
  "household", "passive", "news", "less common; news; 물꼬를 트다 = open the way")
I("정부가 전세 사기에 칼을 빼 들었다.",
  "The government pulled out a sword against jeonse fraud.",
  "The government is cracking down on rental deposit fraud.",
  "household", "past", "news", "everyday; news; 칼을 빼 들다 = take decisive action")
I("법원은 담합 업체들에 철퇴를 내렸다.",
  "The court brought down an iron hammer on the collusion companies.",
  "The court came down hard on the companies involved in price-fixing.",
  "household", "past", "news", "less common; news; 철퇴를 내리다 = punish severely")
I("새 정부는 공공기관 구조에 메스를 대겠다고 밝혔다.",
  "The new government said it will put a scalpel to the public institutions' structure.",
  "The new government has vowed to overhaul the structure of public bodies.",
  "household", "past", "news", "less common; news; 메스를 대다 = reform drastically")
I("환율 급등의 불똥이 수입 업체로 튀었다.",
  "The sparks of the exchange rate surge jumped to import companies.",
  "Importers have been caught up in the fallout from the currency's slide.",
  "figurative-verb", "past", "news", "less common; business news; 불똥이 튀다 = be hit by the fallout")
I("얼어붙었던 부동산 시장이 기지개를 켜고 있다.",
  "The frozen real estate market is stretching its body.",
  "The property market, frozen until recently, is starting to come back to life.",
  "figurative-verb", "base", "news", "less common; business news; 기지개를 켜다 = revive")
I("사흘 연속 오른 코스피가 오늘은 숨 고르기에 들어갔다.",
  "The KOSPI that rose three days in a row entered breath-picking today.",
  "After three straight days of gains, the KOSPI paused for breath today.",
  "figurative-verb", "nominalised", "news", "less common; business news; 숨 고르기 = pause after a rally")
I("주말마다 관광객이 몰려 마을이 몸살을 앓고 있다.",
  "Tourists flock every weekend and the village is suffering body aches.",
  "The village is being overwhelmed by tourists every weekend.",
  "figurative-verb", "base", "news", "less common; news; 몸살을 앓다 = be overwhelmed")
I("그 학교는 개교 첫해에 큰 홍역을 치렀다.",
  "That school went through big measles in its first year of opening.",
  "The school went through a major ordeal in its first year.",
  "figurative-verb", "past", "news", "less common; news; 홍역을 치르다 = go through an ordeal")
I("노사 협상이 막판까지 진통을 겪었다.",
  "The labour-management negotiations suffered labour pains until the end.",
  "Wage talks were fraught right up to the last minute.",
  "figurative-verb", "past", "news", "less common; news; 진통을 겪다 = struggle, be difficult")
I("그 배우는 방송사의 간판 스타로 떠올랐다.",
  "That actor rose as the broadcaster's signboard star.",
  "The actor has become the network's marquee star.",
  "household", "past", "news", "less common; entertainment news; 간판 = flagship, face")
I("30년 된 동네 서점이 결국 간판을 내렸다.",
  "The 30-year-old neighbourhood bookstore eventually took down the signboard.",
  "The neighbourhood bookshop has finally closed its doors after 30 years.",
  "household", "past", "news", "everyday; news; 간판을 내리다 = close down a business")
I("결국 내가 다 뒤집어썼어.",
  "In the end I wore it all upside down.",
  "In the end I took the blame for everything.",
  "figurative-verb", "past", "dialogue", "everyday; dialogue; 뒤집어쓰다 = take the blame")
I("아무도 안 하길래 내가 총대를 멨어.",
  "Nobody was doing it, so I shouldered the rifle.",
  "Nobody else was going to, so I stuck my neck out.",
  "household", "past", "dialogue", "less common; chat; 총대를 메다 = take responsibility for everyone")
I("그 친구가 자꾸 바람을 넣어서 결국 사표를 냈다.",
  "That friend kept putting wind in me, so eventually I turned in my resignation.",
  "My friend kept egging me on, so I finally handed in my notice.",
  "figurative-verb", "past", "web", "less common; forum post; 바람을 넣다 = egg on")
I("꼬리가 길면 밟힌다, 그러다 언젠가 들킨다.",
  "If the tail is long it gets stepped on, like that you'll be caught someday.",
  "Keep it up and you'll get caught sooner or later.",
  "animal", "passive", "dialogue", "everyday; subtitles; 꼬리가 길면 밟힌다 = you can't get away with it forever")
I("약속 장소에서 한 시간 기다렸는데 바람맞았어.",
  "I waited an hour at the meeting place but I was hit by the wind.",
  "I waited an hour and then got stood up.",
  "figurative-verb", "passive", "dialogue", "everyday; chat; 바람맞다 = be stood up")
I("결혼 10년 만에 남편이 바람을 피웠다는 걸 알았다.",
  "After 10 years of marriage I found out my husband made wind.",
  "Ten years into our marriage, I found out my husband had been cheating on me.",
  "figurative-verb", "past", "web", "everyday; forum post; 바람을 피우다 = have an affair")
I("뜸 들이지 말고 빨리 말해.",
  "Don't steam the rice and say quickly.",
  "Stop beating around the bush and spit it out.",
  "household", "negated", "dialogue", "everyday; dialogue; 뜸(을) 들이다 = keep someone waiting, hesitate")
I("선배가 말을 안 들으면 손 좀 봐 주겠대.",
  "The senior says if he doesn't listen, he will see him with hands.",
  "The senior says he'll sort him out if he doesn't listen.",
  "body-part", "split", "dialogue", "less common; subtitles; 손을 보다 = deal with, teach a lesson")
I("회의 때 반대 의견 냈다가 상무님한테 찍혔어.",
  "I gave an opposing opinion at the meeting and got stamped by the director.",
  "I spoke up against the plan at the meeting and now the director has it in for me.",
  "figurative-verb", "passive", "dialogue", "everyday; chat; 찍히다 = be on someone's bad side")
I("그 친구 또 뻥치는 거야.",
  "That friend is doing bang-hitting again.",
  "He's making things up again.",
  "figurative-verb", "base", "dialogue", "everyday; chat; 뻥치다 = lie, tell tall tales")
I("멍때리다가 내릴 역을 지나쳤어.",
  "I was hitting blank and passed the station to get off.",
  "I zoned out and missed my stop.",
  "figurative-verb", "past", "dialogue", "everyday; chat; 멍때리다 = zone out")
I("이삿짐을 다 옮기고 나니 녹초가 됐다.",
  "After moving all the moving boxes I became melted candle.",
  "After moving all our stuff I was dead on my feet.",
  "household", "past", "textbook", "everyday; textbook; 녹초가 되다 = be exhausted")
I("그는 90년대 가요계를 주름잡던 가수다.",
  "He is a singer who held the wrinkles of the 90s music scene.",
  "He was one of the biggest names in 1990s pop.",
  "household", "adnominal", "news", "less common; entertainment news; 주름잡다 = dominate")
I("시원한 바다를 보니까 가슴이 뻥 뚫리는 것 같다.",
  "Seeing the cool sea, it's like my chest is blasted open.",
  "Looking out at the sea, I feel a weight lifting off me.",
  "emotion", "adnominal", "web", "everyday; travel blog; 가슴이 뻥 뚫리다 = feel refreshed, relieved")
I("시험이 끝나니까 속이 다 시원하다.",
  "The exam is over, so my inside is all cool.",
  "What a relief to have the exam over with.",
  "emotion", "base", "dialogue", "everyday; dialogue; 속이 시원하다 = feel relieved")
I("아들이 연락이 없어서 속이 타요.",
  "My son has no contact so my inside is burning.",
  "I haven't heard from my son and I'm worried sick.",
  "emotion", "honorific", "dialogue", "everyday; dialogue; 속이 타다 = be anxious")
I("몇 번을 설명해도 못 알아들으니 속이 터진다.",
  "However many times I explain he can't understand, so my inside bursts.",
  "I've explained it I don't know how many times and he still doesn't get it. It's maddening.",
  "emotion", "base", "web", "everyday; forum post; 속이 터지다 = be exasperated")
I("그 댓글 보고 진짜 열받았어.",
  "Seeing that comment I really received heat.",
  "That comment really made my blood boil.",
  "emotion", "past", "web", "everyday; comment; 열받다 = get angry")
I("그때 일을 생각하면 지금도 치가 떨린다.",
  "Thinking of that time's matter, my teeth still tremble.",
  "I still shudder when I think about what happened back then.",
  "emotion", "base", "textbook", "less common; textbook; 치가 떨리다 = shudder with anger or disgust")
I("그 가수 라이브는 진짜 기가 막혀.",
  "That singer's live is really energy-blocked.",
  "That singer is incredible live.",
  "emotion", "base", "web", "everyday; comment; 기가 막히다 = be amazing (or outrageous)")
I("선배들 앞에서 기가 죽어서 말도 제대로 못 했다.",
  "In front of the seniors my energy died and I couldn't even talk properly.",
  "I felt so intimidated in front of the senior staff that I could hardly speak.",
  "emotion", "negated", "dialogue", "everyday; dialogue; 기가 죽다 = lose confidence")
I("결과 발표 기다리는 내내 조마조마했어요.",
  "The whole time waiting for the result announcement I was joma-joma.",
  "I was on pins and needles the whole time we waited for the results.",
  "emotion", "past", "web", "everyday; forum post; 조마조마 = nervous, anxious (mimetic)")
I("면접 대기실에서 안절부절못하고 있었다.",
  "In the interview waiting room I was not able to anjeol-bujeol.",
  "I couldn't sit still in the waiting room before the interview.",
  "emotion", "negated", "textbook", "everyday; textbook; 안절부절못하다 = be fidgety")
I("합격 소식을 듣고 하루 종일 싱글벙글이었다.",
  "After hearing the pass news I was single-bungle all day.",
  "I was grinning from ear to ear all day after I heard I'd passed.",
  "emotion", "past", "textbook", "everyday; textbook; 싱글벙글 = beaming (mimetic)")
I("늦잠을 자서 허둥지둥 집을 나섰다.",
  "I overslept, so I left the house heodung-jidung.",
  "I overslept and rushed out of the house in a fluster.",
  "figurative-verb", "past", "textbook", "everyday; textbook; 허둥지둥 = in a flustered hurry (mimetic)")
I("엄마 목소리를 듣자 울컥했다.",
  "As soon as I heard Mom's voice I surged.",
  "Hearing my mum's voice, I got all choked up.",
  "emotion", "past", "web", "everyday; social post; 울컥하다 = be suddenly overcome with emotion")
I("주말 내내 집에서 빈둥빈둥 놀았다.",
  "All weekend at home I played bindung-bindung.",
  "I lazed around at home all weekend.",
  "figurative-verb", "past", "web", "everyday; social post; 빈둥빈둥 = idly (mimetic)")
I("할아버지는 뉴스를 보시다가 꾸벅꾸벅 조셨다.",
  "Grandpa dozed kkubeok-kkubeok while watching the news.",
  "Grandpa kept nodding off in front of the news.",
  "figurative-verb", "honorific", "textbook", "everyday; textbook; 꾸벅꾸벅 졸다 = nod off (mimetic)")
I("오지랖이 넓어서 남의 연애에도 참견을 해.",
  "His clothing front is wide, so he meddles even in others' love life.",
  "He's so nosy he even sticks his oar into other people's love lives.",
  "household", "base", "dialogue", "everyday; dialogue; 오지랖이 넓다 = be a busybody")
I("잘되던 협상에 그 사람이 산통을 깼다.",
  "In the negotiations that were going well, that person broke the divination tube.",
  "The negotiations were going well until he went and ruined everything.",
  "household", "past", "dialogue", "less common; dialogue; 산통을 깨다 = spoil a plan")
I("저는 가방끈이 짧아서 어려운 말은 잘 몰라요.",
  "My bag strap is short, so I don't know difficult words well.",
  "I didn't get much schooling, so I don't know fancy words.",
  "household", "negated", "dialogue", "less common; dialogue; 가방끈이 짧다 = have little education")
I("그는 동창회장 감투를 쓰고 나서 달라졌다.",
  "After he wore the alumni president's official hat, he changed.",
  "He's changed since he became president of the alumni association.",
  "household", "past", "web", "less common; comment; 감투를 쓰다 = take up an official position")
I("외국인 노동자를 색안경을 끼고 보는 시선이 여전하다.",
  "The gaze that looks at foreign workers wearing coloured glasses still exists.",
  "Foreign workers still face prejudice.",
  "household", "adnominal", "news", "less common; news; 색안경을 끼다 = be prejudiced")
I("정부는 땜질식 처방만 되풀이하고 있다.",
  "The government keeps repeating only soldering-style prescriptions.",
  "The government keeps reaching for stopgap fixes.",
  "household", "adnominal", "news", "less common; editorial; 땜질식 = makeshift")
I("경기 침체로 자영업자들이 된서리를 맞았다.",
  "Due to the economic slump the self-employed were hit by hard frost.",
  "Small business owners have been hit hard by the downturn.",
  "household", "passive", "news", "less common; business news; 된서리를 맞다 = suffer a severe blow")
I("집값이 떨어지면서 깡통 전세가 속출하고 있다.",
  "As house prices fall, tin-can jeonse is occurring one after another.",
  "As home prices fall, more and more rental deposits are worth more than the homes themselves.",
  "household", "base", "news", "less common; news; 깡통 전세 = jeonse deposit exceeding the home's value")
I("코인 투자했다가 쪽박 찼어.",
  "I invested in coins and wore a small gourd.",
  "I lost my shirt on crypto.",
  "household", "past", "web", "less common; comment; 쪽박 차다 = go broke")
I("그 사업으로 돈방석에 앉았다는 소문이 돈다.",
  "Rumour goes around that he sat on a money cushion with that business.",
  "Word is he's made a fortune from that business.",
  "household", "past", "news", "less common; news; 돈방석에 앉다 = become rich")
I("적자 나는 공기업에 계속 세금을 넣는 건 밑 빠진 독에 물 붓기다.",
  "Putting tax continuously into a loss-making public company is pouring water into a jar with a broken bottom.",
  "Pumping more taxpayers' money into a loss-making state firm is throwing good money after bad.",
  "household", "nominalised", "news", "everyday; editorial; 밑 빠진 독에 물 붓기 = futile spending")
I("비행기 태우지 마, 나 별로 한 거 없어.",
  "Don't make me ride an airplane, I didn't do much.",
  "Stop flattering me; I didn't do much.",
  "household", "negated", "dialogue", "everyday; dialogue; 비행기 태우다 = flatter excessively")
I("얘기가 자꾸 삼천포로 빠지네.",
  "The story keeps falling into Samcheonpo.",
  "We keep getting sidetracked.",
  "other", "base", "dialogue", "less common; dialogue; 삼천포로 빠지다 = go off topic")
I("전과 기록에 빨간 줄이 그어질까 봐 두려웠다.",
  "I was afraid a red line would be drawn on my record.",
  "I was afraid I'd end up with a criminal record.",
  "other", "passive", "textbook", "less common; novel; 빨간 줄 = criminal record")
I("졸업하고 1년째 백수로 지내고 있어요.",
  "I've been living as a white hand for a year since graduating.",
  "I've been out of work for a year since I graduated.",
  "other", "honorific", "web", "everyday; forum post; 백수 = unemployed person")
I("그 선수는 올해 배구계의 샛별로 떠올랐다.",
  "That player rose as the morning star of volleyball this year.",
  "She has become volleyball's rising star this year.",
  "other", "past", "news", "less common; sports news; 샛별 = rising star")
I("그 팀이 이긴다는 건 두말하면 잔소리지.",
  "That the team will win, saying twice is nagging.",
  "It goes without saying that they'll win.",
  "other", "base", "dialogue", "less common; dialogue; 두말하면 잔소리 = it goes without saying")
I("불합격 통지를 받고 하늘이 노래졌다.",
  "After receiving the rejection notice the sky turned yellow.",
  "When I got the rejection letter, my world fell apart.",
  "other", "past", "textbook", "less common; novel; 하늘이 노랗다 = be stunned by shock")
I("그는 특종을 잡으려고 눈에 불을 켜고 다녔다.",
  "He went around lighting fire in his eyes to catch a scoop.",
  "He went after the scoop with single-minded determination.",
  "body-part", "past", "textbook", "less common; novel; 눈에 불을 켜다 = be intensely eager")
I("이대로 가면 결과는 불 보듯 뻔하다.",
  "If it goes like this, the result is obvious like seeing fire.",
  "If things carry on like this, the outcome is a foregone conclusion.",
  "other", "base", "news", "everyday; editorial; 불 보듯 뻔하다 = be obvious")
I("협상 직전에 계약서에 못을 박아 두었다.",
  "Right before negotiations we hammered a nail into the contract.",
  "Just before the talks we made it absolutely clear in the contract.",
  "household", "past", "textbook", "less common; business report; 못을 박다 = state firmly, make definite")
I("상대 측이 일방적으로 판을 깼습니다.",
  "The other side unilaterally broke the board.",
  "The other side walked away from the deal unilaterally.",
  "household", "honorific", "textbook", "less common; business email; 판을 깨다 = break off, wreck a deal")
I("정부는 사태를 뒷짐 지고 구경만 했다.",
  "The government only watched the situation with hands folded behind its back.",
  "The government just stood by and let it happen.",
  "body-part", "past", "news", "less common; editorial; 뒷짐 지다 = stand idly by")
