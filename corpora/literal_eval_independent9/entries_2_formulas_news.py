# politeness formulas and news-register set phrases rendered word for word (hand-written, helper lit9, 2026-12-07)
I("다들 오늘 하루도 정말 수고하셨습니다.",
  "Everyone, today too you really did hardship.",
  "Thanks for all your hard work today, everyone.",
  "other", "honorific", "dialogue", "politeness formula 수고하셨습니다 'thanks for your work'; workplace")
I("와, 잘 먹겠습니다! 진짜 맛있어 보여요.",
  "Wow, I will eat well! It really looks delicious.",
  "Wow, thank you for the meal! It looks delicious.",
  "other", "honorific", "dialogue", "politeness formula 잘 먹겠습니다 said before eating")
I("신입 사원 김민준입니다. 앞으로 잘 부탁드립니다.",
  "I am new employee Kim Min-jun. From now on, please ask me well.",
  "I'm Kim Min-jun, the new hire. I look forward to working with you all.",
  "other", "honorific", "dialogue", "politeness formula 잘 부탁드립니다; self-introduction")
I("늦었는데 조심히 들어가세요!",
  "It's late, so go in carefully!",
  "It's late — get home safely!",
  "other", "honorific", "dialogue", "politeness formula 들어가세요 'goodbye, get home safe'")
I("차린 건 별로 없지만 많이 드세요.",
  "There is not much that was set out, but please eat a lot.",
  "It's nothing fancy, but please help yourselves.",
  "food", "honorific", "dialogue", "host's formula 차린 건 없지만 많이 드세요")
I("계산하고 나가면서 \"수고하세요\" 하고 인사했다.",
  "After paying, on the way out I greeted, \"Please do hardship.\"",
  "I paid and said \"Have a good one\" on my way out.",
  "other", "honorific", "textbook", "politeness formula 수고하세요 said to staff on leaving")
I("말씀 많이 들었습니다. 이렇게 뵙게 되어 영광입니다.",
  "I heard many words. It is an honour to come to see you like this.",
  "I've heard so much about you. It's an honour to meet you.",
  "other", "honorific", "dialogue", "politeness formula 말씀 많이 들었습니다")
I("그동안 정말 신세 많이 졌습니다.",
  "All this time I really carried a lot of your circumstance.",
  "Thank you so much for everything you've done for me.",
  "other", "honorific", "dialogue", "politeness formula 신세를 지다 'be indebted to'")
I("이렇게 칭찬해 주시니 몸 둘 바를 모르겠습니다.",
  "Since you praise me like this, I don't know where to put my body.",
  "You're too kind — I don't know what to say.",
  "body-part", "honorific", "dialogue", "politeness formula 몸 둘 바를 모르다 'be overwhelmed by praise'")
I("오늘도 좋은 하루 되세요!",
  "Today also please become a good day!",
  "Have a great day!",
  "other", "honorific", "web", "politeness formula 좋은 하루 되세요; sign-off")
I("구독자 여러분 새해 복 많이 받으세요!",
  "Subscribers, please receive a lot of new year's luck!",
  "Happy New Year to all my subscribers!",
  "other", "honorific", "web", "seasonal formula 새해 복 많이 받으세요")
I("갑작스러운 비보에 팬들은 \"고인의 명복을 빕니다\"라며 애도했다.",
  "At the sudden sad news, fans mourned saying \"I pray for the underworld fortune of the deceased.\"",
  "Fans mourned the sudden news, writing \"May he rest in peace.\"",
  "other", "honorific", "news", "condolence formula 명복을 빌다; entertainment")
I("다음에 시간 될 때 밥 한번 먹자.",
  "Next time when time becomes, let's eat rice once.",
  "Let's grab a meal sometime when you're free.",
  "food", "base", "dialogue", "formula 밥 한번 먹자 'let's get together'")
I("저보다 나이가 많으시니까 말씀 편하게 하세요.",
  "Because you are older than me, please speak comfortably.",
  "You're older than me, so feel free to drop the formalities.",
  "other", "honorific", "dialogue", "formula 말씀 편하게 하세요 'use casual speech'")
I("별말씀을요, 당연히 해야 할 일인데요.",
  "Special words, it is work that naturally has to be done.",
  "Not at all — it was the least I could do.",
  "other", "honorific", "dialogue", "formula 별말씀을요 'don't mention it'")
I("팀장님, 저 먼저 들어가 보겠습니다.",
  "Team leader, I will go in first and see.",
  "I'll be heading off now, if that's all right.",
  "other", "honorific", "dialogue", "formula 먼저 들어가 보겠습니다 said when leaving work")
I("면목이 없습니다. 다시는 이런 일 없도록 하겠습니다.",
  "I have no face-eye. I will make sure there is no such thing again.",
  "I'm truly ashamed. It won't happen again.",
  "body-part", "honorific", "news", "formula 면목이 없다 'be ashamed'; apology")
I("회사 측은 아직 공식 입장을 밝히지 않았다.",
  "The company side has not yet brightened its official position.",
  "The company has not yet commented officially.",
  "figurative-verb", "negated", "news", "news set phrase 입장을 밝히다 'make a statement'")
I("향후 협상 결과에 귀추가 주목된다.",
  "The ear-direction of the future negotiation result is being watched.",
  "All eyes are now on how the negotiations turn out.",
  "figurative-verb", "passive", "news", "news set phrase 귀추가 주목되다")
I("이른 아침부터 시민들은 투표소로 발걸음을 옮겼다.",
  "From early morning, citizens moved their footsteps to the polling stations.",
  "Voters began making their way to the polls early in the morning.",
  "figurative-verb", "past", "news", "news set phrase 발걸음을 옮기다")
I("정부는 수도권 주택 공급에 속도를 내고 있다.",
  "The government is putting out speed on housing supply in the capital area.",
  "The government is speeding up housing supply in the Seoul area.",
  "figurative-verb", "base", "news", "news set phrase 속도를 내다")
I("지지부진하던 신공항 건설이 드디어 첫 삽을 떴다.",
  "Construction of the new airport, which had been slow, finally scooped the first shovel.",
  "Work on the long-delayed new airport has finally broken ground.",
  "household", "past", "news", "news set phrase 첫 삽을 뜨다 'break ground'")
I("이번 정상회담이 남북 대화의 물꼬를 텄다.",
  "This summit opened the water gate of inter-Korean dialogue.",
  "The summit has opened the way for talks between the two Koreas.",
  "household", "past", "news", "news set phrase 물꼬를 트다")
I("장관 후보자의 과거 발언이 도마 위에 올랐다.",
  "The minister nominee's past remarks went up on the chopping board.",
  "The minister nominee's past remarks have come under fire.",
  "household", "past", "news", "news set phrase 도마 위에 오르다")
I("정부가 부동산 투기 세력에 칼을 빼 들었다.",
  "The government pulled out a knife on real estate speculation forces.",
  "The government has launched a crackdown on property speculators.",
  "household", "past", "news", "news set phrase 칼을 빼 들다")
I("유명 관광지들이 쏟아지는 쓰레기로 몸살을 앓고 있다.",
  "Famous tourist spots are suffering body aches from pouring trash.",
  "Popular tourist spots are struggling to cope with mounting litter.",
  "body-part", "base", "news", "news set phrase 몸살을 앓다 'be strained by'")
I("해명하느라 진땀을 뺀 대변인은 결국 사과했다.",
  "The spokesperson, who pulled out thick sweat explaining, finally apologised.",
  "After struggling to explain himself, the spokesman eventually apologised.",
  "body-part", "adnominal", "news", "news set phrase 진땀을 빼다")
I("의원을 둘러싼 의혹이 꼬리에 꼬리를 물고 있다.",
  "Suspicions surrounding the lawmaker are biting tail on tail.",
  "One allegation after another is surfacing about the lawmaker.",
  "animal", "base", "news", "news set phrase 꼬리에 꼬리를 물다")
I("임금 협상이 석 달째 난항을 겪고 있다.",
  "Wage negotiations have been experiencing difficult voyaging for three months.",
  "Wage talks have been deadlocked for three months.",
  "figurative-verb", "base", "news", "news set phrase 난항을 겪다")
I("그는 개막전에서 선제골로 시즌의 포문을 열었다.",
  "In the opening game he opened the gun port of the season with the first goal.",
  "He got his season off to a flying start with the opening goal in the first game.",
  "household", "past", "news", "news set phrase 포문을 열다; sport")
I("할머니의 사연이 전국에 전파를 타면서 후원이 이어졌다.",
  "As the grandmother's story rode the radio waves nationwide, donations continued.",
  "Donations poured in after the grandmother's story was broadcast nationwide.",
  "figurative-verb", "past", "news", "news set phrase 전파를 타다")
I("그는 한국 영화사에 한 획을 그은 감독으로 평가받는다.",
  "He is evaluated as a director who drew one stroke in Korean film history.",
  "He is regarded as a director who left a lasting mark on Korean cinema.",
  "figurative-verb", "adnominal", "news", "news set phrase 한 획을 긋다; entertainment")
I("고금리가 이어지면서 가계 경제에 빨간불이 켜졌다.",
  "As high interest rates continue, a red light has been lit on household economies.",
  "With interest rates staying high, household finances are flashing warning signs.",
  "other", "passive", "news", "news set phrase 빨간불이 켜지다 'warning signs'")
I("얼어붙었던 분양 시장이 봄을 맞아 기지개를 켜고 있다.",
  "The frozen pre-sale market is stretching its arms and legs as it welcomes spring.",
  "The frozen new-build market is showing signs of life this spring.",
  "body-part", "base", "news", "news set phrase 기지개를 켜다 'revive'")
I("이번 계약은 해외 시장 진출의 신호탄을 쏘아 올렸다.",
  "This contract shot up the signal flare of overseas market entry.",
  "The deal marks the start of the company's push into overseas markets.",
  "household", "past", "news", "news set phrase 신호탄을 쏘다; business")
I("사고 현장에는 시민들의 발길이 이어지고 있다.",
  "At the accident site, citizens' footsteps are continuing.",
  "People have been coming to the scene of the accident in a steady stream.",
  "body-part", "base", "news", "news set phrase 발길이 이어지다")
I("이 문제를 두고 여당 내부에서도 의견이 엇갈리고 있다.",
  "About this problem, opinions are crossing each other even inside the ruling party.",
  "Even within the ruling party, opinions on the issue are divided.",
  "figurative-verb", "base", "news", "news set phrase 의견이 엇갈리다")
I("두 후보는 토론회 내내 날 선 공방을 주고받았다.",
  "The two candidates gave and received blade-standing attacks and defences throughout the debate.",
  "The two candidates traded sharp barbs throughout the debate.",
  "household", "adnominal", "news", "news set phrase 날 선 공방")
I("구단은 감독 경질설에 대해 선을 그었다.",
  "The club drew a line about the rumour of the coach's dismissal.",
  "The club dismissed reports that the manager would be sacked.",
  "household", "past", "news", "news set phrase 선을 긋다 'deny, distance oneself'; 'draw a line' means something else in English")
