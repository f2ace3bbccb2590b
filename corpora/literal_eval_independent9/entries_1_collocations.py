# everyday collocations, emotion and judgement verbs rendered word for word (hand-written, helper lit9, 2026-12-07)
I("요즘 회사 일 때문에 스트레스를 너무 많이 받아.",
  "These days I receive too much stress because of company work.",
  "Work has been stressing me out a lot lately.",
  "figurative-verb", "base", "dialogue", "collocation: 스트레스를 받다 'be stressed'; receive-stress calque")
I("나이를 먹으니까 밤새는 게 점점 힘들어.",
  "Since I ate age, staying up all night is getting harder and harder.",
  "The older I get, the harder it is to pull an all-nighter.",
  "figurative-verb", "base", "dialogue", "collocation: 나이를 먹다 'get older'; eat-age calque")
I("이번 거래처 미팅은 왠지 느낌이 쎄해.",
  "For this client meeting, somehow the feeling is strong-cold.",
  "I've got a bad feeling about this client meeting.",
  "emotion", "base", "web", "slang 쎄하다 'ominous, off'; feeling glossed morpheme by morpheme")
I("그 신발 진짜 마음에 들어?",
  "Do those shoes really enter your heart?",
  "Do you really like those shoes?",
  "emotion", "question", "dialogue", "collocation: 마음에 들다 'like'; enter-the-heart calque")
I("남들 시선을 너무 신경 쓰지 마.",
  "Don't use your nerves too much on other people's gazes.",
  "Stop worrying so much about what other people think.",
  "emotion", "negated", "dialogue", "collocation: 신경 쓰다 'worry about, mind'; use-nerves calque")
I("시간 나면 언제든지 연락 줘.",
  "If time comes out, give me contact anytime.",
  "Give me a shout whenever you're free.",
  "figurative-verb", "base", "web", "collocation: 시간이 나다 'be free'; time-comes-out calque")
I("그 발언 때문에 감독이 팬들한테 엄청 욕을 먹었다.",
  "Because of that remark, the coach ate a lot of curses from the fans.",
  "The coach took a lot of flak from fans over that remark.",
  "figurative-verb", "past", "news", "collocation: 욕을 먹다 'be criticised'; eat-curses calque; sport")
I("낯선 사람을 보자 아이가 겁을 먹고 울기 시작했다.",
  "Seeing a stranger, the child ate fear and started to cry.",
  "The child got scared at the sight of a stranger and started to cry.",
  "emotion", "past", "textbook", "collocation: 겁을 먹다 'get scared'; eat-fear calque")
I("올해는 꼭 운동하기로 마음먹었어.",
  "This year I ate my mind to definitely exercise.",
  "I've made up my mind to work out this year, no matter what.",
  "emotion", "past", "web", "collocation: 마음먹다 'decide'; eat-mind calque")
I("더위를 먹었는지 하루 종일 어지럽고 기운이 없어.",
  "Maybe I ate the heat, I'm dizzy and have no energy all day.",
  "I think the heat's got to me — I've been dizzy and drained all day.",
  "household", "past", "dialogue", "weather image 더위를 먹다 'suffer from the heat'; eat-heat calque")
I("주차할 데를 못 찾아서 한참 애를 먹었어요.",
  "I couldn't find a place to park, so I ate worry for a long time.",
  "I had a real job finding somewhere to park.",
  "figurative-verb", "honorific", "dialogue", "collocation: 애를 먹다 'have trouble'; eat-anxiety calque")
I("승진 기념으로 오늘 저녁은 내가 한턱낼게.",
  "To commemorate my promotion, tonight I will put out one chin.",
  "Dinner's on me tonight to celebrate my promotion.",
  "food", "base", "dialogue", "collocation: 한턱내다 'treat someone'; morpheme gloss of 턱")
I("어제 소개팅에서 완전히 바람 맞았어.",
  "Yesterday at the blind date I completely got hit by the wind.",
  "I got stood up on my blind date yesterday.",
  "household", "passive", "web", "weather image 바람맞다 'be stood up'")
I("주말에 자전거 브레이크 좀 손봐야겠다.",
  "At the weekend I'll have to see the bicycle brake with my hand.",
  "I need to fix the brakes on my bike this weekend.",
  "body-part", "base", "dialogue", "collocation: 손보다 'fix, repair'; see-with-hand calque")
I("눈이 너무 높아서 아직 연애를 못 하고 있어.",
  "My eyes are so high that I still can't date.",
  "I'm too picky, so I still haven't found anyone to date.",
  "body-part", "negated", "dialogue", "눈이 높다 'have high standards'")
I("나는 귀가 얇아서 광고만 보면 다 사고 싶어져.",
  "My ears are thin, so whenever I see an ad I want to buy everything.",
  "I'm so easily swayed — every ad I see makes me want to buy the thing.",
  "body-part", "base", "web", "귀가 얇다 'gullible, easily persuaded'")
I("우리 애는 입이 짧아서 밥 먹일 때마다 전쟁이에요.",
  "Our kid's mouth is short, so every time I feed him it's a war.",
  "My son's such a fussy eater that every mealtime is a battle.",
  "body-part", "honorific", "web", "입이 짧다 'picky eater'")
I("그렇게 잘난 척하더니 결승에서 지고 코가 납작해졌네.",
  "He acted so superior, then lost in the final and his nose became flat.",
  "After all that bragging, losing the final has really taken him down a peg.",
  "body-part", "past", "dialogue", "코가 납작해지다 'be humbled'; sport")
I("이사 오면서 두고 온 강아지가 자꾸 눈에 밟혀.",
  "The puppy I left behind when I moved keeps getting stepped on in my eyes.",
  "I can't stop thinking about the puppy I had to leave behind when I moved.",
  "body-part", "passive", "dialogue", "눈에 밟히다 'keep coming to mind'")
I("한국 음식은 입에 잘 맞으세요?",
  "Does Korean food fit well in your mouth?",
  "Are you enjoying the Korean food?",
  "body-part", "question", "dialogue", "입에 맞다 'suit one's taste'; honorific question to a guest")
I("이 집 갈비찜은 맛이 기가 막혀.",
  "The taste of this restaurant's braised short ribs blocks the energy.",
  "The braised short ribs here are out of this world.",
  "emotion", "base", "web", "기가 막히다 'amazing' (or 'dumbfounding'); qi-blocked calque; review")
I("하도 어이가 없어서 말도 안 나온다.",
  "There is so much no eoi that words don't even come out.",
  "I'm so stunned I don't even know what to say.",
  "emotion", "negated", "web", "어이가 없다 'be dumbfounded'; noun half-romanised")
I("걔가 또 약속을 어겨서 진짜 열 받아.",
  "He broke the promise again so I'm really receiving heat.",
  "He broke his promise again and I'm absolutely fuming.",
  "emotion", "base", "dialogue", "열 받다 'get angry'; receive-heat calque")
I("무사히 도착했다니 이제야 마음이 놓인다.",
  "You say you arrived safely, so only now my mind is put down.",
  "I'm so relieved you got there safely.",
  "emotion", "passive", "dialogue", "마음이 놓이다 'feel relieved'")
I("아들 합격 전화를 받는데 순간 가슴이 철렁했어요.",
  "When I got the call about my son's result, for a moment my chest went clunk.",
  "When the call about my son's exam result came, my heart was in my mouth for a second.",
  "body-part", "past", "dialogue", "가슴이 철렁하다 'heart sinks, get a jolt of fear'; mimetic rendered as sound")
I("이사 준비하느라 요즘 정신이 하나도 없어요.",
  "Because of preparing to move, these days I have no spirit at all.",
  "I've been flat out getting ready for the move.",
  "emotion", "negated", "dialogue", "정신이 없다 'be frantically busy, scatterbrained'")
I("아기 키우는 게 생각보다 손이 많이 가더라.",
  "Raising a baby, the hand goes a lot more than I thought.",
  "Looking after a baby is a lot more work than I expected.",
  "body-part", "past", "web", "손이 가다 'take effort'")
I("아들이 시험을 망쳐서 속이 많이 상했어요.",
  "My son ruined his exam, so my inside was damaged a lot.",
  "My son did badly in his exam and I was really upset about it.",
  "emotion", "past", "web", "속이 상하다 'be upset'")
I("하고 싶은 말을 다 하고 나니까 속이 다 시원하다.",
  "After saying all the words I wanted to say, my inside is all cool.",
  "It feels so good to have finally said my piece.",
  "emotion", "base", "dialogue", "속이 시원하다 'feel relieved, vindicated'")
I("아무리 설명해도 말이 안 통해서 너무 답답해.",
  "However much I explain, words don't pass, so it's very stuffy.",
  "No matter how much I explain, I just can't get through to him — it's so frustrating.",
  "emotion", "negated", "dialogue", "말이 안 통하다 'can't communicate' and 답답하다 'frustrated'; stuffy calque")
I("요즘 날이 더워서 통 입맛이 없어.",
  "The weather is hot these days so there is no mouth taste at all.",
  "It's been so hot lately I've lost my appetite.",
  "food", "negated", "dialogue", "입맛이 없다 'have no appetite'")
I("동기가 먼저 승진했다는 소식에 솔직히 배가 좀 아팠다.",
  "At the news that my peer got promoted first, honestly my stomach hurt a little.",
  "Honestly, I was a bit jealous when I heard my colleague had been promoted before me.",
  "body-part", "past", "web", "배가 아프다 'be envious'; false friend: reads as a real stomach ache")
I("처음엔 어색했는데 이 동네에 정이 많이 들었어.",
  "It was awkward at first but a lot of affection entered this neighbourhood.",
  "It felt strange at first, but I've really grown attached to this neighbourhood.",
  "emotion", "past", "dialogue", "정이 들다 'grow attached'")
I("신입이라 퇴근할 때마다 팀장님 눈치를 보게 돼요.",
  "Because I'm a newcomer, every time I leave work I come to look at the team leader's eye-measure.",
  "Being the new guy, I always check whether my team leader minds before I leave for the day.",
  "emotion", "honorific", "web", "눈치를 보다 'gauge someone's mood'; workplace")
I("결과가 어떻게 나올지 몰라서 피가 마르는 것 같았어.",
  "Not knowing how the result would come out, it was like my blood was drying.",
  "Not knowing how it would turn out was absolute agony.",
  "body-part", "past", "dialogue", "피가 마르다 'be on tenterhooks, agonising'")
I("그 사람 얼굴만 봐도 정나미가 떨어져.",
  "Even just seeing that person's face, my affection-ness falls off.",
  "Just seeing his face puts me off him completely.",
  "emotion", "base", "web", "정나미가 떨어지다 'be put off someone'")
I("면접관 질문에 말문이 막혀서 아무 대답도 못 했어.",
  "At the interviewer's question my word-door was blocked and I couldn't answer anything.",
  "The interviewer's question left me tongue-tied and I couldn't answer at all.",
  "figurative-verb", "passive", "dialogue", "말문이 막히다 'be lost for words'")
I("발표 전날이라 긴장돼서 밥이 목으로 안 넘어가.",
  "Because it's the day before the presentation I'm nervous and rice doesn't go over my throat.",
  "The presentation is tomorrow and I'm too nervous to eat a thing.",
  "food", "negated", "dialogue", "밥이 목으로 안 넘어가다 'too anxious to eat'")
I("그 얘기 듣고 나니까 기분이 좀 찜찜하네.",
  "After hearing that story, the feeling is a little steamy-damp.",
  "Hearing that has left me feeling a bit uneasy.",
  "emotion", "base", "web", "찜찜하다 'uneasy'; mimetic glossed")
I("손님, 이 색상은 피부 톤을 많이 타요.",
  "Customer, this colour rides skin tone a lot.",
  "This colour really depends on your skin tone, madam.",
  "figurative-verb", "honorific", "dialogue", "타다 'be sensitive to, depend on'; ride calque; retail")
I("우리 애는 낯을 많이 가려서 처음 보는 사람한테 안 가요.",
  "Our child picks out faces a lot, so he doesn't go to people he sees for the first time.",
  "My son's very shy with strangers and won't go to anyone he doesn't know.",
  "body-part", "negated", "web", "낯을 가리다 'be shy with strangers'")
I("그 사람은 뒤끝이 있어서 한 번 찍히면 끝이야.",
  "That person has a back-end, so once you're stamped it's over.",
  "He holds grudges — once he's got it in for you, you're done for.",
  "emotion", "passive", "dialogue", "뒤끝이 있다 'bear grudges' and 찍히다 'be marked'")
I("괜히 나섰다가 본전도 못 찾았다.",
  "I needlessly stepped forward and couldn't even find the original capital.",
  "I stuck my oar in for nothing and ended up worse off than before.",
  "figurative-verb", "negated", "dialogue", "본전도 못 찾다 'end up worse off'")
I("그는 한번 꽂히면 끝을 보는 성격이다.",
  "He is a personality that, once plugged in, sees the end.",
  "Once something grabs him, he sticks with it to the very end.",
  "figurative-verb", "passive", "textbook", "꽂히다 'become obsessed with'; plugged calque")
