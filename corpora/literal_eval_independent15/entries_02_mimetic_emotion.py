# onomatopoeia and mimetic words used figuratively; emotion idioms (hand-written, helper lit15, 2026-12-07)
I("선생님이 숙제 검사한다고 하셔서 뜨끔했어.",
  "The teacher said she'd check the homework, so I felt a prick-ddeukkeum.",
  "When the teacher said she'd check our homework, I felt a pang of guilt.",
  "figurative-verb", "past", "dialogue", "뜨끔하다: feel a guilty pang; school chat")
I("아이가 안 보여서 순간 가슴이 철렁했어요.",
  "I couldn't see my child, so for a moment my chest went clang.",
  "I couldn't see my child anywhere and my heart sank for a second.",
  "emotion", "past", "dialogue", "가슴이 철렁하다: heart sinks in alarm; dialogue")
I("엄마 편지를 읽는데 코끝이 찡하더라.",
  "While reading Mom's letter, the tip of my nose went jjing.",
  "Reading Mom's letter, I got a bit choked up.",
  "emotion", "past", "web", "코끝이 찡하다: be moved close to tears; social post")
I("마지막 장면에서 울컥했어요.",
  "I went ulkeok at the last scene.",
  "The last scene really got to me.",
  "emotion", "honorific", "web", "울컥하다: well up with emotion; film review")
I("그 드립에 회의실이 빵 터졌다.",
  "At that drip, the meeting room exploded bang.",
  "That quip had the whole meeting room in stitches.",
  "slang/neologism", "past", "web", "빵 터지다 / 드립: burst out laughing, joke; workplace post")
I("새 부장님 오고 나서 일이 술술 풀리고 있어.",
  "Since the new manager came, the work is untying sul-sul.",
  "Things have been going smoothly since the new manager arrived.",
  "figurative-verb", "passive", "dialogue", "술술 풀리다: go smoothly; office chat")
I("그 말 듣고 속이 부글부글 끓었지만 참았어.",
  "Hearing that, my inside boiled bubble-bubble, but I held it in.",
  "I was seething when I heard that, but I kept my mouth shut.",
  "emotion", "split", "dialogue", "속이 부글부글 끓다: seethe; chat")
I("결혼 10년 차인데도 둘이 알콩달콩 잘 살아.",
  "Even in their tenth year of marriage, the two live well al-kong-dal-kong.",
  "Ten years married and they're still as sweet on each other as ever.",
  "figurative-verb", "base", "web", "알콩달콩: affectionately, lovingly; comment")
I("쌍둥이가 하루 종일 티격태격해요.",
  "The twins do tigyeok-taegyeok all day.",
  "The twins bicker all day long.",
  "figurative-verb", "honorific", "dialogue", "티격태격하다: squabble; parent talk")
I("사고 직후 현장은 사람들이 우왕좌왕하면서 혼란스러웠다.",
  "Right after the accident, people went right-king-left-king and the scene was chaotic.",
  "In the immediate aftermath, the scene was chaos, with people milling about not knowing what to do.",
  "four-char", "past", "news", "우왕좌왕하다: mill about in confusion; news")
I("신입이 아주 빠릿빠릿해서 마음에 들어.",
  "The newbie is very bbarit-bbarit, so I like him.",
  "The new hire is really on the ball. I like him.",
  "figurative-verb", "base", "dialogue", "빠릿빠릿하다: quick and alert; office")
I("배불렀는데도 아까워서 꾸역꾸역 다 먹었어.",
  "I was full but it was a waste, so I ate it all kku-yeok-kku-yeok.",
  "I was full, but I forced the rest down because I didn't want to waste it.",
  "figurative-verb", "past", "web", "꾸역꾸역: force oneself; food post")
I("엄마는 냉장고에 있는 걸로 저녁을 뚝딱 차려 주셨다.",
  "Mom set dinner ttuk-ttak with what was in the fridge.",
  "Mom whipped up dinner in no time from whatever was in the fridge.",
  "figurative-verb", "honorific", "textbook", "뚝딱: in a flash; textbook story")
I("금리 인하 소식에 집값이 다시 들썩이고 있다.",
  "On the news of a rate cut, house prices are jiggling up and down again.",
  "House prices are stirring again on news of a rate cut.",
  "figurative-verb", "base", "news", "들썩이다: (prices) stir; economy news")
I("발표 직전이라 발을 동동 굴렀지.",
  "It was right before the presentation, so I rolled my feet dong-dong.",
  "It was right before my presentation, so I was beside myself with worry.",
  "body-part", "past", "dialogue", "발을 동동 구르다: fret anxiously; chat")
I("오늘 회의에서 팀장님이 뼈 때리는 말을 하셨어.",
  "In today's meeting the team leader said bone-hitting words.",
  "The team leader said something in today's meeting that really hit home.",
  "slang/neologism", "adnominal", "dialogue", "뼈 때리다: hit home painfully; office chat")
I("그 영화 보고 나서 마음이 뭉클했다.",
  "After watching that movie, my heart went lumpy.",
  "That film really touched me.",
  "emotion", "past", "web", "뭉클하다: be touched; review")
I("이별 장면에서 닭똥 같은 눈물이 뚝뚝 떨어지더라.",
  "In the breakup scene, tears like chicken poop dropped ttuk-ttuk.",
  "At the breakup scene, big fat tears were rolling down my face.",
  "animal", "split", "web", "닭똥 같은 눈물: big teardrops; drama review")
I("그 대사는 너무 오글거려서 못 듣겠어.",
  "That line is so curling-up that I can't listen.",
  "That line is so cringey I can't bear it.",
  "slang/neologism", "negated", "web", "오글거리다: be cringeworthy; drama comment")
I("두 사람 닭살 커플이라고 소문났어.",
  "The two are rumoured to be a chicken-skin couple.",
  "Everyone knows them as that couple who are sickeningly lovey-dovey.",
  "animal", "past", "dialogue", "닭살 커플: cloyingly affectionate couple; chat")
I("그 소식 듣고 정말 기가 막혀서 말이 안 나오더라.",
  "Hearing that news, my energy was really blocked so words didn't come out.",
  "When I heard that, I was so stunned I couldn't say a word.",
  "emotion", "split", "dialogue", "기가 막히다: be dumbfounded; dialogue")
I("자기 잘못인데 나한테 화를 내니까 어이가 없네.",
  "It's his fault but he gets angry at me, so there is no millstone handle.",
  "It's his own fault and he's angry at me? Unbelievable.",
  "emotion", "negated", "dialogue", "어이가 없다: be absurd, unbelievable; chat")
I("그 사람 그 말 한마디에 정이 뚝 떨어졌어.",
  "At that one word of his, my affection dropped ttuk.",
  "That one remark of his completely put me off him.",
  "emotion", "past", "dialogue", "정이 떨어지다: go off someone; chat")
I("몇 달 같이 살다 보니 고양이한테 정이 들었어.",
  "After living together for a few months, affection entered into the cat.",
  "After a few months living with it, I've grown attached to the cat.",
  "emotion", "past", "web", "정이 들다: grow attached; pet post")
I("아들이 시험에 떨어졌다는 말에 어머니는 속이 새까맣게 타셨다.",
  "At the words that her son failed the exam, the mother's inside burned pitch-black.",
  "When she heard her son had failed the exam, his mother was sick with worry.",
  "emotion", "honorific", "textbook", "속이 타다: be anxious sick; textbook story")
I("하루 종일 연락이 안 돼서 피가 마르는 줄 알았어.",
  "He couldn't be reached all day, so I thought my blood was drying.",
  "I couldn't reach him all day. I was worried out of my mind.",
  "emotion", "adnominal", "dialogue", "피가 마르다: be desperately anxious; dialogue")
I("그 뉴스를 보니 피가 거꾸로 솟는다.",
  "Seeing that news, my blood rises upside down.",
  "That news makes my blood boil.",
  "emotion", "base", "web", "피가 거꾸로 솟다: be enraged; news comment")
I("관리비 고지서 보고 뒷목 잡았다.",
  "I saw the maintenance fee bill and grabbed the back of my neck.",
  "I nearly had a fit when I saw the building maintenance bill.",
  "body-part", "past", "web", "뒷목을 잡다: be shocked to the point of a blood-pressure spike; forum")
I("남친이 갑자기 꽃을 줘서 심쿵했어.",
  "My boyfriend suddenly gave me flowers so my heart went kung.",
  "My boyfriend surprised me with flowers and my heart skipped a beat.",
  "slang/neologism", "past", "web", "심쿵: heart flutter; social post")
I("퇴근 시간만 되면 마음이 콩밭에 가 있어.",
  "Whenever it's time to leave work, my mind is gone to the bean field.",
  "As soon as it gets near home time, my mind's elsewhere.",
  "food", "base", "dialogue", "마음이 콩밭에 가 있다: be distracted; office")
I("번지점프대 위에 서니까 오금이 저렸다.",
  "Standing on the bungee jump platform, the back of my knees were numb.",
  "Standing on the bungee platform, my knees went weak.",
  "body-part", "past", "web", "오금이 저리다: go weak-kneed with fear; travel post")
I("차가 갑자기 끼어들어서 십 년 감수했네.",
  "A car suddenly cut in, so I reduced ten years of life.",
  "A car suddenly cut in front of me. It scared the life out of me.",
  "other", "past", "dialogue", "십 년 감수하다: have a near-death scare; dialogue")
I("오늘 하루 종일 들들 볶여서 진이 다 빠졌어.",
  "I got stir-fried deul-deul all day today, so my sap all drained.",
  "I've been hounded all day today and I'm completely drained.",
  "figurative-verb", "passive", "dialogue", "들들 볶다 / 진이 빠지다: pester; be exhausted; chat")
I("팀장한테 한 소리 듣고 하루 종일 시무룩하더니 지금은 괜찮아졌어.",
  "He heard one sound from the team leader and was sulky all day, but now he's become okay.",
  "He was down all day after the team leader had a go at him, but he's fine now.",
  "figurative-verb", "split", "dialogue", "한 소리 듣다: get told off; office")
I("시험 끝나고 나니까 속이 다 후련하다.",
  "Now that exams are over, my whole inside is hu-ryeon.",
  "Now that exams are over, what a weight off my mind.",
  "emotion", "base", "web", "속이 후련하다: feel relieved; student post")
