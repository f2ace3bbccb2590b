# slang and neologisms, 2018-2026: internet, school, workplace, gaming, fandom, investing (hand-written, helper lit6, 2026-12-07)
I("부장님이 아재개그 하셔서 회의실 갑분싸 됐잖아.",
  "The department head did an uncle gag so the meeting room became gap-bun-ssa.",
  "The boss told one of his dad jokes and the whole meeting room went dead quiet.",
  "slang/neologism", "honorific", "web", "갑분싸 (갑자기 분위기 싸해짐) = the mood suddenly turns awkward; 아재개그 = dad joke")
I("영하 십 도인데 아아 마시는 거 보니 너 얼죽아구나.",
  "It's minus ten degrees and seeing you drink ah-ah, you are freeze-die-ah.",
  "It's minus ten and you're drinking an iced Americano? You really are iced coffee or death.",
  "slang/neologism", "base", "dialogue", "얼죽아 (얼어 죽어도 아이스 아메리카노) = iced Americano even in freezing weather")
I("새해부터 갓생 살기로 했어. 여섯 시 기상, 운동, 독서.",
  "From the new year I decided to live God life. 6 o'clock wake up, exercise, reading.",
  "I've decided to get my life together this year: up at six, workout, reading.",
  "slang/neologism", "past", "web", "갓생 'god + life' = a disciplined, productive life")
I("주식 반토막 났는데 그냥 존버 중이야.",
  "The stock was cut in half but I'm just doing jon-beo.",
  "My shares have halved, but I'm just hanging on.",
  "slang/neologism", "base", "web", "존버 (vulgar intensifier + 버티기) = hang in there, hold on")
I("알람 다섯 개 맞췄는데 다 꺼 버렸어. 아 진짜 킹받네.",
  "I set five alarms but turned them all off. Ah, really king-received.",
  "I set five alarms and turned off every single one. Ugh, so annoying.",
  "slang/neologism", "past", "web", "킹받다 'king + 열받다' = be really annoyed")
I("그건 그냥 억까야. 그 선수 잘못 하나도 없었어.",
  "That is just eok-kka. That player had no fault at all.",
  "That's just hating for the sake of it. The player did nothing wrong.",
  "slang/neologism", "negated", "web", "억까 (억지로 까기) = unfair, forced criticism")
I("결승에서 진 팀한테 팬들이 '중꺾마' 현수막을 걸어 줬다.",
  "Fans hung a 'jung-kkeok-ma' banner for the team that lost in the final.",
  "Fans put up a banner for the losing finalists: 'What matters is a heart that won't break.'",
  "slang/neologism", "past", "news", "중꺾마 (중요한 건 꺾이지 않는 마음) = never give up (2022 meme)")
I("다음 주 토요일 모임 캘박해 둬.",
  "Do cal-bak on next Saturday's meeting.",
  "Put next Saturday's get-together in your calendar.",
  "slang/neologism", "base", "dialogue", "캘박 (캘린더 박제) = save in one's calendar")
I("오늘도 오운완! 스쿼트 백 개 성공.",
  "Today also oh-un-wan! Squat one hundred success.",
  "Workout done for today! Managed a hundred squats.",
  "slang/neologism", "base", "web", "오운완 (오늘 운동 완료) = today's workout done")
I("마감 하루 전에 시작한 내 잘못이지, 스불재다 스불재.",
  "It's my fault for starting one day before deadline, it's seu-bul-jae seu-bul-jae.",
  "It's my own fault for starting the day before the deadline. I brought this on myself.",
  "slang/neologism", "base", "dialogue", "스불재 (스스로 불러온 재앙) = a self-inflicted disaster")
I("점메추 좀. 김치찌개 말고.",
  "Jeom-me-chu please. Not kimchi stew.",
  "Lunch ideas, anyone? Not kimchi stew.",
  "slang/neologism", "negated", "web", "점메추 (점심 메뉴 추천) = suggest a lunch menu")
I("이 집은 우리 과 쩝쩝박사가 인정한 곳이야.",
  "This place is where our department's jjeop-jjeop doctor acknowledged.",
  "This place has the seal of approval from our department's biggest foodie.",
  "slang/neologism", "adnominal", "dialogue", "쩝쩝박사 'munch-munch PhD' = expert foodie")
I("새로 산 코트 입으니까 폼 미쳤다.",
  "Wearing the newly bought coat, the form went crazy.",
  "You look amazing in your new coat.",
  "slang/neologism", "past", "dialogue", "폼 미쳤다 'form is insane' = looks amazing, in top form")
I("어제 무대 진짜 찢었어!",
  "Yesterday's stage, you really tore it!",
  "You absolutely killed it on stage yesterday!",
  "slang/neologism", "past", "web", "찢다 'tear' = nail a performance")
I("시험 성적표 받고 현타 왔어.",
  "After receiving the exam report card, hyeon-ta came.",
  "Getting my report card was a real reality check.",
  "slang/neologism", "past", "dialogue", "현타 (현자 타임/현실 자각 타임) = sobering moment")
I("걔랑은 이번 일로 손절했어.",
  "I did stop-loss with him because of this thing.",
  "I cut ties with him over this.",
  "slang/neologism", "past", "web", "손절 'stop-loss' = cut someone off")
I("그 코인 상장 소식 나오자마자 떡상했어요.",
  "As soon as the listing news of that coin came out, it rice-cake-rose.",
  "The coin shot up the moment the listing was announced.",
  "slang/neologism", "past", "web", "떡상 'rice-cake rise' = skyrocket")
I("영끌해서 산 아파트 값이 떨어져서 잠이 안 와요.",
  "The price of the apartment I bought by soul-dragging has dropped so sleep doesn't come.",
  "I maxed out every loan I could to buy my flat and now the price has dropped. I can't sleep.",
  "slang/neologism", "adnominal", "dialogue", "영끌 (영혼까지 끌어모으다) = borrow to the hilt")
I("집값 폭등 이후 무주택자들 사이에서 '벼락거지'라는 말이 유행했다.",
  "After the housing price surge, the word 'lightning beggar' became popular among people without a house.",
  "After house prices soared, people who didn't own a home started calling themselves the 'suddenly poor'.",
  "slang/neologism", "past", "news", "벼락거지 'thunderbolt beggar' = suddenly poor relative to asset owners; 무주택자 ≠ homeless")
I("상투 잡았네. 내가 사자마자 고점 찍고 내려감.",
  "I grabbed the topknot. As soon as I bought, it hit high point and went down.",
  "I bought at the very top. It peaked the minute I got in and went straight down.",
  "slang/neologism", "past", "web", "상투(를) 잡다 'grab the topknot' = buy at the peak")
I("삼성전자에 물려서 이 년째 못 팔고 있어.",
  "I got bitten by Samsung Electronics and can't sell for two years.",
  "I've been stuck holding Samsung Electronics shares at a loss for two years.",
  "slang/neologism", "passive", "dialogue", "물리다 'be bitten' = be stuck with a losing position")
I("동학개미들이 외국인 매도 물량을 받아 냈다.",
  "The Donghak ants received the foreigners' sell volume.",
  "Retail investors absorbed the foreign selling.",
  "slang/neologism", "past", "news", "동학개미 'Donghak ants' = Korean retail investors (2020)")
I("주린이라서 뭘 사야 할지 모르겠어요.",
  "I'm a stock-child so I don't know what to buy.",
  "I'm new to investing, so I have no idea what to buy.",
  "slang/neologism", "negated", "web", "주린이 (주식 + 어린이) = novice investor")
I("요즘 월루하는 게 유일한 낙이야.",
  "These days doing monthly-Lu is the only joy.",
  "Slacking off on the company's dime is my only joy these days.",
  "slang/neologism", "nominalised", "web", "월루 (월급 루팡) = 'salary Lupin', someone paid for doing nothing")
I("신입이 여섯 시 땡 하자마자 칼퇴하더라.",
  "The new employee knife-left as soon as six o'clock ding.",
  "The new hire was out the door at six on the dot.",
  "slang/neologism", "past", "dialogue", "칼퇴 'knife leaving' = leave exactly on time")
I("라떼는 말이야, 선배가 퇴근 안 하면 아무도 못 갔어.",
  "Latte is a horse, if the senior didn't go home, no one could go.",
  "Back in my day, nobody could leave until the senior staff went home.",
  "slang/neologism", "negated", "dialogue", "라떼는 말이야 (pun on 나 때는 말이야) = back in my day")
I("그 가수 부캐가 본캐보다 더 유명해졌어.",
  "That singer's sub-character became more famous than the main character.",
  "The singer's alter ego has become more famous than the singer.",
  "slang/neologism", "past", "dialogue", "본캐/부캐 'main/sub character' = real self / alter ego")
I("그 드라마 보고 바로 입덕했잖아.",
  "I entered-deok right after watching that drama.",
  "I became a fan the minute I watched that drama.",
  "slang/neologism", "past", "web", "입덕 'entering otaku-dom' = become a fan")
I("친구가 계속 영업해서 결국 그 그룹 앨범까지 샀어.",
  "My friend kept doing sales, so in the end I even bought that group's album.",
  "My friend kept talking them up until I finally bought the group's album.",
  "slang/neologism", "past", "dialogue", "영업하다 'do sales' = try to convert someone into a fan")
I("콘서트 피켓팅 성공했어!! 손 떨려.",
  "I succeeded in blood ticketing the concert!! Hands shaking.",
  "I managed to get concert tickets in the bloodbath!! My hands are still shaking.",
  "slang/neologism", "past", "web", "피켓팅 (피 + 티켓팅) = cut-throat ticket sale")
I("이 게임은 고인물이 너무 많아서 뉴비가 살아남기 힘들어.",
  "This game has too much stagnant water, so it's hard for newbies to survive.",
  "There are so many hardcore veterans in this game that newbies don't stand a chance.",
  "slang/neologism", "adnominal", "web", "고인물 'stagnant water' = entrenched veteran player")
I("실력도 없으면서 버스 타서 다이아 찍었대.",
  "Without skill he rode the bus and stamped diamond, they say.",
  "He's got no skill; he just got carried to Diamond.",
  "slang/neologism", "past", "web", "버스 타다 'ride the bus' = be carried by teammates")
I("현질 없이는 이 게임 절대 못 깨.",
  "Without doing cash, you absolutely can't break this game.",
  "You'll never beat this game without paying real money.",
  "slang/neologism", "negated", "dialogue", "현질 (현금 + -질) = spending real money in a game; 깨다 = clear a game")
I("카톡 읽씹 당했어. 내가 뭐 잘못했나?",
  "I was read-chewed on KakaoTalk. Did I do something wrong?",
  "She left me on read. Did I do something wrong?",
  "slang/neologism", "passive", "dialogue", "읽씹 (읽고 씹다) = leave on read")
I("그 얘기 세 번째야, 뇌절 그만해.",
  "That's the third time for that story, stop brain-cutting.",
  "That's the third time you've told that joke. Give it a rest.",
  "slang/neologism", "negated", "web", "뇌절 'brain-cut' = drag a joke out too long")
I("악플 하나에 무너지는 걸 보니 완전 쿠크다스 멘탈이네.",
  "Seeing you collapse at one malicious comment, you're a total Couque d'Asse mental.",
  "One nasty comment and you fall apart? You're so fragile.",
  "slang/neologism", "adnominal", "web", "쿠크다스 멘탈 'Couque d'Asse (biscuit) mentality' = brittle nerves")
I("회장 아들이라 회사에서 꿀 빨고 있대.",
  "Because he's the chairman's son he is sucking honey at the company.",
  "He's the chairman's son, so he's got it easy at the company.",
  "slang/neologism", "base", "dialogue", "꿀 빨다 'suck honey' = have a cushy time")
I("친구 말에 팩폭 맞고 할 말을 잃었다.",
  "I got hit by a fact-assault from my friend's words and lost words.",
  "My friend hit me with the brutal truth and I had nothing to say.",
  "slang/neologism", "passive", "dialogue", "팩폭 (팩트 폭력) = brutal truth-telling")
I("그 유튜버 또 관종짓 하려고 자극적인 썸네일 올렸네.",
  "That YouTuber uploaded a provocative thumbnail again to do attention-species behaviour.",
  "That YouTuber's posted another shock thumbnail. Desperate for attention again.",
  "slang/neologism", "base", "web", "관종 (관심 종자) 'attention breed' = attention-seeker; -짓 = behaviour")
I("주말에 그 드라마 1화부터 정주행했어.",
  "At the weekend I ran forward that drama from episode 1.",
  "I binge-watched the drama from episode one over the weekend.",
  "slang/neologism", "past", "dialogue", "정주행 'forward run' = watch a series straight through")
I("5년 전 노래가 역주행해서 음원 차트 1위에 올랐다.",
  "A song from five years ago drove in reverse and went up to first place on the music chart.",
  "A five-year-old song made a surprise comeback and climbed to No. 1 on the charts.",
  "slang/neologism", "past", "news", "역주행 'driving the wrong way' = chart re-entry")
I("주인공이 당하기만 해서 고구마 백 개 먹은 느낌이야.",
  "The main character only gets hurt so it feels like eating 100 sweet potatoes.",
  "The lead just keeps getting walked all over. It's so frustrating to watch.",
  "slang/neologism", "adnominal", "web", "고구마 'sweet potato' = frustrating (of a plot)")
I("그 연예인 학폭 폭로 하나로 나락 갔어.",
  "That celebrity went to the abyss with one school violence exposé.",
  "That celebrity's career went down in flames after a single school-bullying allegation.",
  "slang/neologism", "past", "web", "나락 가다 'go to the abyss' = reputation collapses")
I("내돈내산 후기라서 더 믿음이 가요.",
  "Because it's a my-money-my-buy review I trust it more.",
  "It's a review from someone who bought it with their own money, so I trust it more.",
  "slang/neologism", "adnominal", "web", "내돈내산 (내 돈 주고 내가 산) = paid for it myself, unsponsored")
I("유명 인플루언서들이 뒷광고 논란으로 줄줄이 사과했다.",
  "Famous influencers apologised one after another due to back-advertisement controversy.",
  "A string of big-name influencers apologised over undisclosed sponsorship deals.",
  "slang/neologism", "past", "news", "뒷광고 'back advertising' = covert paid promotion")
I("그 선배는 철벽을 쳐서 아무도 못 다가가.",
  "That senior puts up an iron wall so no one can approach.",
  "That senior shuts down anyone who shows interest in her.",
  "slang/neologism", "negated", "dialogue", "철벽(을) 치다 'put up an iron wall' = rebuff romantic advances")
I("확진 이후 계속 집콕하면서 확찐자가 됐어요.",
  "Since being confirmed I kept home-stuck and became a rapidly-steamed person.",
  "I've been stuck at home ever since I tested positive and I've piled on the pounds.",
  "slang/neologism", "past", "dialogue", "확찐자 (pun on 확진자) = someone who has put on weight; 집콕 = stay home")
I("조별 과제 하는데 한 명이 잠수 타서 혼자 밤샜다.",
  "Doing the group project, one person rode a dive so I stayed up all night alone.",
  "One of my group-project teammates went AWOL, so I had to pull an all-nighter on my own.",
  "slang/neologism", "past", "web", "잠수(를) 타다 'ride a dive' = drop out of contact, ghost")
I("솔직히 오히려 좋아. 비 와서 집에서 쉬잖아.",
  "Honestly, rather good. Because it's raining I rest at home.",
  "Honestly, this is a win. The rain means I get to stay home.",
  "slang/neologism", "base", "web", "오히려 좋아 'rather good' = turn a setback into a plus")
I("우산 놓고 왔는데 비가 그쳤네? 완전 럭키비키잖아!",
  "I left my umbrella but the rain stopped? It's totally Lucky Vicky!",
  "I forgot my umbrella and the rain stopped? How lucky is that!",
  "slang/neologism", "base", "web", "럭키비키 (2024 meme) = see the bright side of everything")
I("기업들이 찾는 인재는 결국 '육각형 인재'라는 분석이 나온다.",
  "There is an analysis coming out that the talent companies look for is after all a 'hexagon talent'.",
  "Analysts say what companies are really looking for is the all-rounder.",
  "slang/neologism", "adnominal", "news", "육각형 인재 'hexagon talent' = someone strong on every axis (radar chart)")
