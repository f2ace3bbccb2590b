# honorific formulas, business email, news, sports and politics set phrases (hand-written, helper lit16, 2026-12-08)
I("오늘 하루도 정말 수고 많으셨습니다.",
  "Today too you have really suffered a lot of labour.",
  "Thank you for all your hard work today.",
  "honorific-formula", "honorific", "business", "수고 많으셨습니다 = thanks for your hard work")
I("이번 프로젝트부터 함께하게 된 김민수입니다. 잘 부탁드립니다.",
  "I am Kim Minsu who came to be together from this project. I ask you well.",
  "I'm Kim Minsu and I'll be working with you from this project on. I look forward to working with you.",
  "honorific-formula", "honorific", "business", "잘 부탁드립니다 = look forward to working with you")
I("아이고, 선생님, 식사는 하셨어요?",
  "Oh my, teacher, did you do the meal?",
  "Oh, hello, how are you doing?",
  "honorific-formula", "question", "dialogue", "식사하셨어요 = greeting")
I("차린 건 없지만 많이 드세요.",
  "There is nothing set out, but eat a lot.",
  "It's nothing fancy, but please help yourselves.",
  "honorific-formula", "honorific", "dialogue", "차린 건 없지만 많이 드세요 = host's modest formula")
I("늦었는데 조심히 들어가세요.",
  "It's late, so go in carefully.",
  "It's late, so get home safely.",
  "honorific-formula", "honorific", "dialogue", "들어가세요 = get home safe (farewell)")
I("그동안 여러모로 신세 많이 졌습니다.",
  "Meanwhile I carried a lot of body-world in many ways.",
  "I'm so grateful for everything you've done for me.",
  "honorific-formula", "honorific", "business", "신세를 지다 = be indebted to someone")
I("언제 밥 한번 먹자.",
  "Let's eat rice once sometime.",
  "Let's get together sometime.",
  "honorific-formula", "base", "dialogue", "밥 한번 먹자 = let's catch up sometime")
I("삼가 고인의 명복을 빕니다.",
  "I respectfully pray for the deceased's dark fortune.",
  "My deepest condolences. May he rest in peace.",
  "honorific-formula", "honorific", "web", "명복을 빌다 = condolence formula")
I("과분한 칭찬에 몸 둘 바를 모르겠습니다.",
  "At the excessive praise I don't know where to put my body.",
  "I'm truly flattered by such generous praise.",
  "honorific-formula", "negated", "business", "몸 둘 바를 모르다 = be overwhelmed (by praise)")
I("제가 한참 후배니까 말씀 편하게 하세요.",
  "I'm far junior, so do your words comfortably.",
  "I'm much junior to you, so please don't be so formal with me.",
  "honorific-formula", "honorific", "business", "말씀 편하게 하세요 = please speak casually")
I("염치 불구하고 한 가지 부탁을 드려도 될까요?",
  "Regardless of shame, may I give one request?",
  "I hate to impose, but could I ask you one favour?",
  "honorific-formula", "question", "business", "염치 불구하고 = at the risk of imposing")
I("귀사의 무궁한 발전을 기원합니다.",
  "I pray for your company's infinite development.",
  "We wish your company every continued success.",
  "honorific-formula", "honorific", "business", "무궁한 발전을 기원합니다 = closing formula")
I("배송이 지연되는 점 너른 양해 부탁드립니다.",
  "Please give wide understanding for the point that delivery is delayed.",
  "We apologise for the delay in delivery and thank you for your patience.",
  "honorific-formula", "honorific", "business", "양해 부탁드립니다 = ask for understanding")
I("좋은 하루 되세요!",
  "Become a good day!",
  "Have a nice day!",
  "honorific-formula", "honorific", "web", "좋은 하루 되세요 = have a nice day")
I("약소하지만 성의로 받아 주세요.",
  "It's meagre, but receive it as sincerity.",
  "It's only a small thing, but please accept it as a token of my thanks.",
  "honorific-formula", "honorific", "dialogue", "약소하지만 = modest gift formula")
I("불철주야 애써 주시는 의료진께 감사드립니다.",
  "We thank the medical staff who strive without distinguishing day and night.",
  "We thank the medical staff who work round the clock.",
  "honorific-formula", "adnominal", "news", "불철주야 = day and night")
I("수고하세요!",
  "Suffer labour!",
  "Have a good one!",
  "honorific-formula", "honorific", "dialogue", "수고하세요 = parting words to someone working")
I("두 회사의 합병 협상이 어떻게 마무리될지 귀추가 주목된다.",
  "Where it returns and goes is being watched as to how the two companies' merger negotiation will finish.",
  "All eyes are on how the two companies' merger talks will turn out.",
  "set-phrase", "passive", "news", "귀추가 주목된다 = all eyes are on")
I("증권가는 연준의 발표에 촉각을 곤두세우고 있다.",
  "The securities district is standing its antennae on end at the Fed's announcement.",
  "The markets are on high alert ahead of the Fed's announcement.",
  "set-phrase", "base", "news", "촉각을 곤두세우다 = be on high alert")
I("장관의 부적절한 발언이 국정감사에서 도마 위에 올랐다.",
  "The minister's inappropriate remark went up on the chopping board at the parliamentary audit.",
  "The minister's inappropriate remark came under fire at the parliamentary audit.",
  "set-phrase", "past", "news", "도마 위에 오르다 = come under scrutiny")
I("양측은 공식 발표 전부터 물밑 작업을 벌여 왔다.",
  "Both sides have been doing under-water work since before the official announcement.",
  "The two sides had been working behind the scenes well before the official announcement.",
  "set-phrase", "past", "news", "물밑 작업 = behind-the-scenes work")
I("가계 부채 증가는 경제에 적신호가 켜졌다는 뜻이다.",
  "The increase in household debt means a red signal has lit for the economy.",
  "Rising household debt is a warning sign for the economy.",
  "set-phrase", "passive", "news", "적신호가 켜지다 = warning sign")
I("제주도는 주말마다 관광객으로 몸살을 앓고 있다.",
  "Jeju Island is suffering body aches from tourists every weekend.",
  "Jeju is overrun with tourists every weekend.",
  "set-phrase", "base", "news", "몸살을 앓다 = be overwhelmed")
I("새 시스템 도입 초기에 회사는 한바탕 홍역을 치렀다.",
  "In the early days of introducing the new system the company went through a round of measles.",
  "The company went through a rough patch when the new system was first introduced.",
  "set-phrase", "past", "business", "홍역을 치르다 = go through a trying time")
I("정부가 전세 사기에 대해 칼을 빼 들었다.",
  "The government has drawn and lifted its sword about jeonse fraud.",
  "The government is cracking down on rental deposit fraud.",
  "set-phrase", "past", "news", "칼을 빼 들다 = take tough action")
I("봄이 되면서 얼어붙었던 분양 시장이 기지개를 켜고 있다.",
  "As spring comes, the frozen housing sales market is stretching its body.",
  "With the arrival of spring, the housing market that had frozen up is starting to pick up.",
  "set-phrase", "base", "news", "기지개를 켜다 = start to revive")
I("남북 정상회담이 대화의 물꼬를 텄다.",
  "The inter-Korean summit opened the water gate of dialogue.",
  "The inter-Korean summit paved the way for dialogue.",
  "set-phrase", "past", "news", "물꼬를 트다 = open the way")
I("부처 간 밥그릇 싸움에 정책이 표류하고 있다.",
  "Because of the rice bowl fight between ministries, policy is drifting.",
  "Policy is adrift amid a turf war between ministries.",
  "set-phrase", "base", "news", "밥그릇 싸움 = turf war")
I("공무원이 철밥통이라는 말도 이젠 옛말이다.",
  "The saying that civil servants are an iron rice bowl is an old word now.",
  "The idea that a civil service job is a job for life is a thing of the past.",
  "set-phrase", "base", "news", "철밥통 = guaranteed job")
I("여당은 이번 보궐선거에서 텃밭을 지키는 데 실패했다.",
  "The ruling party failed to keep its kitchen garden in this by-election.",
  "The ruling party lost its stronghold in the by-election.",
  "set-phrase", "past", "news", "텃밭 = political stronghold")
I("물가가 고공행진을 이어가면서 서민들의 허리가 휘고 있다.",
  "As prices continue their high-altitude march, ordinary people's waists are bending.",
  "With prices still soaring, ordinary households are struggling to make ends meet.",
  "set-phrase", "split", "news", "고공행진 / 허리가 휘다 = soaring / be burdened")
I("신생 정당이 지방선거에서 돌풍을 일으켰다.",
  "The new party raised a gust of wind in the local elections.",
  "The new party took the local elections by storm.",
  "set-phrase", "past", "news", "돌풍을 일으키다 = cause a sensation")
I("당 지도부는 총선을 앞두고 대대적인 물갈이를 예고했다.",
  "Ahead of the general election, party leadership forecast a massive water change.",
  "Ahead of the general election, the party leadership announced a sweeping overhaul of its candidates.",
  "set-phrase", "past", "news", "물갈이 = replacing incumbents")
I("중요한 결정이 밀실에서 이뤄졌다는 비판이 나온다.",
  "Criticism comes out that important decisions were made in a secret room.",
  "Critics say the key decisions were made behind closed doors.",
  "set-phrase", "passive", "news", "밀실 = behind closed doors")
I("선거를 앞두고 양당은 집토끼 단속에 나섰다.",
  "Ahead of the election, both parties set out to control their house rabbits.",
  "With the election approaching, both parties moved to shore up their base.",
  "set-phrase", "past", "news", "집토끼 = core supporters")
I("원 구성을 놓고 여야의 기싸움이 팽팽하다.",
  "Over the composition of the house, the energy fight between ruling and opposition is taut.",
  "The ruling and opposition parties are locked in a battle of wills over committee posts.",
  "set-phrase", "base", "news", "기싸움 = battle of wills")
I("그 후보는 세 번째 도전에서도 고배를 마셨다.",
  "That candidate drank the bitter cup in his third challenge too.",
  "The candidate lost for the third time running.",
  "set-phrase", "past", "news", "고배를 마시다 = suffer defeat")
I("그는 당선되며 마침내 금배지를 달았다.",
  "Being elected, he finally attached the gold badge.",
  "With his election victory he finally became a member of the National Assembly.",
  "set-phrase", "past", "news", "금배지를 달다 = become a lawmaker")
I("회사는 이번 신제품에 사활을 걸고 배수진을 쳤다.",
  "The company hung life and death on this new product and set up a formation with its back to the water.",
  "The company has staked everything on this new product; there's no fallback.",
  "set-phrase", "past", "business", "배수진을 치다 = leave oneself no retreat")
I("대표팀이 안방에서 무릎을 꿇었다.",
  "The national team knelt down in the master bedroom.",
  "The national team lost at home.",
  "set-phrase", "past", "sports", "안방에서 무릎을 꿇다 = lose on home ground")
I("후반 추가 시간에 골문을 열며 태극전사들이 승리를 거뒀다.",
  "Opening the goal door in second-half added time, the Taegeuk warriors took the victory.",
  "The Korean national team scored in second-half stoppage time to clinch the win.",
  "set-phrase", "past", "sports", "골문을 열다 / 태극전사 = score / Korean national players")
I("막판 뒷심이 부족해 역전을 허용했다.",
  "Lacking back-strength at the end, they allowed a reversal.",
  "They ran out of steam at the end and let the game slip away.",
  "set-phrase", "past", "sports", "뒷심 = staying power")
I("물오른 타격감을 과시하며 그는 이틀 연속 홈런을 쳤다.",
  "Showing off his water-risen batting feel, he hit home runs two days in a row.",
  "In red-hot form at the plate, he homered for the second day in a row.",
  "set-phrase", "adnominal", "sports", "물오르다 = be in peak form")
I("약체로 평가받던 팀에 진땀승을 거뒀다.",
  "They gained a sticky-sweat win against the team evaluated as weak.",
  "They scraped a narrow win over a team that was supposed to be weak.",
  "set-phrase", "past", "sports", "진땀승 = hard-fought narrow win")
I("그는 벤치만 지키다가 시즌을 마쳤다.",
  "He only guarded the bench and ended the season.",
  "He spent the whole season on the bench.",
  "set-phrase", "past", "sports", "벤치를 지키다 = not get playing time")
I("신인 투수가 데뷔전에서 파란을 일으켰다.",
  "The rookie pitcher raised blue waves in his debut game.",
  "The rookie pitcher caused a stir in his debut.",
  "set-phrase", "past", "sports", "파란을 일으키다 = cause a stir")
I("시장은 임기 내내 공수표만 날렸다.",
  "The mayor only flew empty bills throughout his term.",
  "The mayor made nothing but empty promises throughout his term.",
  "set-phrase", "past", "news", "공수표를 날리다 = make empty promises")
I("불매운동의 불똥이 국내 협력업체로 튀었다.",
  "The sparks of the boycott splashed onto domestic partner firms.",
  "The boycott's fallout spread to domestic suppliers.",
  "set-phrase", "past", "news", "불똥이 튀다 = suffer collateral damage")
I("책임을 하급 직원에게 떠넘기는 꼬리 자르기라는 비판이 거세다.",
  "Criticism is fierce that it's tail cutting that pushes responsibility to low-level employees.",
  "There's fierce criticism that the company is scapegoating junior staff to protect those higher up.",
  "set-phrase", "nominalised", "news", "꼬리 자르기 = scapegoating underlings")
I("노조 내부의 잡음이 끊이지 않고 있다.",
  "The noise inside the union doesn't stop.",
  "The union is still riven by internal discord.",
  "set-phrase", "negated", "news", "잡음 = friction, controversy")
