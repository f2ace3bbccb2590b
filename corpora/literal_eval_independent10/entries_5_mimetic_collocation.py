# mimetic words used figuratively, light-verb collocations, Konglish false friends (hand-written, helper lit10, 2026-12-07)
I("발표 전에 가슴이 콩닥콩닥해서 물만 마셨어.",
  "Before the presentation my chest went kongdak-kongdak, so I only drank water.",
  "My heart was pounding before the presentation, so all I could manage was water.",
  "figurative-verb", "past", "dialogue", "콩닥콩닥 = heart pounding")
I("걔는 일을 늘 대충대충 얼렁뚱땅 넘겨.",
  "That kid always passes work roughly-roughly eolleong-ttungttang.",
  "He always rushes through his work and fudges it.",
  "figurative-verb", "base", "dialogue", "얼렁뚱땅 = fudge")
I("회의 내내 분위기가 싸했어.",
  "The atmosphere was ssa-ed the whole meeting.",
  "The atmosphere was frosty throughout the meeting.",
  "figurative-verb", "past", "dialogue", "싸하다 = chilly/awkward")
I("애가 시험 끝나니까 하루 종일 빈둥빈둥 놀아.",
  "Now that the exam is over, the kid plays bindung-bindung all day.",
  "Now that exams are over, my kid just lazes around all day.",
  "figurative-verb", "base", "web", "빈둥빈둥 = idle")
I("그 얘기 듣고 속이 부글부글 끓었다.",
  "Hearing that story, my inside boiled bubble-bubble.",
  "Hearing that made my blood boil.",
  "figurative-verb", "past", "web", "부글부글 = seething")
I("신입이 눈치를 보며 쭈뼛쭈뼛 들어왔다.",
  "The newcomer looked at eye-sense and came in jjubbyeot-jjubbyeot.",
  "The new hire came in hesitantly, trying to read the room.",
  "figurative-verb", "past", "textbook", "눈치를 보다; 쭈뼛쭈뼛 = hesitant")
I("프로젝트가 일사천리로 진행됐다.",
  "The project proceeded at one-thousand-li in one flow.",
  "The project went ahead without a hitch.",
  "four-char", "passive", "news", "一瀉千里")
I("돈이 술술 새 나간다.",
  "Money is leaking out sul-sul.",
  "Money is just slipping through my fingers.",
  "figurative-verb", "base", "web", "술술 = freely")
I("요즘 몸이 찌뿌둥해서 운동 좀 해야겠어.",
  "These days my body is jjippudung, so I should exercise.",
  "I've been feeling stiff and sluggish lately. I need to get some exercise.",
  "figurative-verb", "base", "dialogue", "찌뿌둥하다 = stiff and heavy")
I("둘이 티격태격하더니 결국 화해했네.",
  "The two went tigyeok-taegyeok and finally reconciled.",
  "The two of them bickered and then made up.",
  "figurative-verb", "past", "web", "티격태격 = bicker")
I("계획이 뒤죽박죽이 돼 버렸다.",
  "The plan has become jumble-mumble.",
  "The plan has turned into a complete mess.",
  "figurative-verb", "past", "textbook", "뒤죽박죽")
I("마감 앞두고 발등에 불 떨어져서 다들 허둥지둥이야.",
  "Before the deadline fire fell on the top of the foot so everyone is heodung-jidung.",
  "With the deadline looming, everyone's scrambling.",
  "body-part", "split", "dialogue", "발등에 불 떨어지다 = urgent; 허둥지둥 = flustered")
I("선배한테 한 소리 들었어.",
  "I heard one sound from my senior.",
  "My senior gave me a talking-to.",
  "other", "past", "dialogue", "한 소리 듣다 = get scolded")
I("그 말에 뼈가 있네.",
  "There is a bone in that word.",
  "There's a barb in that remark.",
  "body-part", "base", "dialogue", "말에 뼈가 있다 = pointed remark")
I("그 사람은 주변에서 욕을 엄청 먹고 있어.",
  "That person is eating a lot of swearing from around him.",
  "He's getting a lot of flak from people around him.",
  "figurative-verb", "base", "dialogue", "욕을 먹다 = be criticised")
I("첫 출근부터 겁을 먹었어요.",
  "I ate fear from the first day at work.",
  "I was intimidated from my very first day.",
  "figurative-verb", "past", "dialogue", "겁을 먹다 = be scared")
I("나이를 먹을수록 잠이 줄어.",
  "The more age I eat, the less sleep.",
  "The older I get, the less I sleep.",
  "figurative-verb", "base", "dialogue", "나이를 먹다 = get older")
I("그 친구 때문에 상처를 많이 받았어요.",
  "I received a lot of wounds because of that friend.",
  "That friend really hurt me.",
  "figurative-verb", "past", "dialogue", "상처를 받다 = be hurt")
I("요즘 스트레스를 너무 받아서 머리가 빠져.",
  "These days I receive stress so much that my hair falls out.",
  "I'm so stressed these days my hair's falling out.",
  "figurative-verb", "base", "web", "스트레스를 받다")
I("시험 기간이라 도서관에서 자리 잡기가 힘들어.",
  "Because it's exam period it is hard to catch a seat at the library.",
  "It's exam season, so it's hard to get a seat at the library.",
  "figurative-verb", "nominalised", "dialogue", "자리를 잡다 = get a seat")
I("이제 좀 마음을 잡고 공부해야지.",
  "Now I should catch my mind and study.",
  "Time to settle down and focus on studying.",
  "body-part", "base", "dialogue", "마음을 잡다 = settle down")
I("그 사람이 나한테 말을 걸었어.",
  "That person hung words on me.",
  "He started talking to me.",
  "figurative-verb", "past", "dialogue", "말을 걸다 = strike up conversation")
I("동생이 감기에 걸려서 학교를 못 갔어.",
  "My younger sibling got hung on a cold and couldn't go to school.",
  "My little brother caught a cold and missed school.",
  "figurative-verb", "passive", "dialogue", "감기에 걸리다")
I("이 일은 시간이 좀 걸릴 거예요.",
  "This work will hang some time.",
  "This will take a while.",
  "figurative-verb", "honorific", "dialogue", "시간이 걸리다")
I("괜히 신경 쓰지 마.",
  "Don't use nerves for nothing.",
  "Don't worry about it.",
  "body-part", "negated", "dialogue", "신경 쓰다 = worry")
I("오늘 저녁은 내가 쏜다!",
  "Tonight's dinner, I shoot!",
  "Dinner's on me tonight!",
  "figurative-verb", "base", "dialogue", "쏘다 = pay for")
I("그 배우가 또 사고를 쳤다.",
  "That actor hit an accident again.",
  "That actor has got himself into trouble again.",
  "figurative-verb", "past", "news", "사고를 치다 = cause trouble")
I("거짓말 좀 그만 쳐.",
  "Stop hitting lies.",
  "Stop lying.",
  "figurative-verb", "base", "dialogue", "거짓말을 치다")
I("걔 또 잠수 탔어.",
  "That kid rode a dive again.",
  "He's gone off the radar again.",
  "slang/neologism", "past", "dialogue", "잠수 타다 = ghost")
I("요즘 인기를 타고 있는 카페예요.",
  "It is a cafe riding popularity these days.",
  "It's a café that's become really popular lately.",
  "figurative-verb", "honorific", "dialogue", "인기를 타다")
I("이번 달 월급 탔다!",
  "I rode this month's salary!",
  "Got paid this month!",
  "figurative-verb", "past", "web", "월급을 타다 = receive pay")
I("우리 애가 낯을 많이 가려요.",
  "Our kid sorts faces a lot.",
  "Our kid is very shy with strangers.",
  "body-part", "honorific", "dialogue", "낯을 가리다")
I("마음에 드는 옷을 골랐어? 핏이 좋네.",
  "Did you choose clothes that enter your mind? The fit is good.",
  "Did you find something you like? It fits you really well.",
  "body-part", "question", "dialogue", "마음에 들다 = like")
# Konglish false friends
I("우리 회사는 올해부터 파이팅 넘치는 신입들을 뽑았다.",
  "Our company picked newcomers overflowing with fighting from this year.",
  "This year our company hired some really enthusiastic new staff.",
  "slang/neologism", "past", "news", "Konglish 파이팅 = energy")
I("그 사람은 매너가 좋고 센스가 있어.",
  "That person has good manner and has sense.",
  "He's polite and really tactful.",
  "slang/neologism", "base", "dialogue", "Konglish 센스 = tact/thoughtfulness")
I("이 원룸은 풀옵션이라 몸만 들어가면 돼요.",
  "This one-room is full-option so you only need to go in with your body.",
  "This studio comes fully furnished, so you can move right in.",
  "slang/neologism", "honorific", "dialogue", "풀옵션 = fully furnished; 원룸 = studio")
I("그 아이디어는 너무 마이너해.",
  "That idea is too minor.",
  "That idea is too niche.",
  "slang/neologism", "base", "dialogue", "Konglish 마이너 = niche")
I("회사에서 스펙 좋은 사람만 뽑는다.",
  "The company only picks people with good specs.",
  "The company only hires people with impressive résumés.",
  "slang/neologism", "base", "news", "스펙 = credentials")
I("요즘 리즈 시절 사진 보면서 슬퍼해.",
  "These days I look at Leeds-era photos and feel sad.",
  "These days I look at photos from my glory days and feel sad.",
  "slang/neologism", "base", "web", "리즈 시절 = heyday")
I("우리 사장님은 완전 스킨십을 좋아해.",
  "Our boss completely likes skinship.",
  "Our boss is really touchy-feely.",
  "slang/neologism", "base", "dialogue", "Konglish 스킨십 = physical affection")
I("이번 시험은 커닝하다가 걸린 학생이 세 명이었다.",
  "In this exam, three students were caught while doing cunning.",
  "Three students were caught cheating in the exam.",
  "slang/neologism", "passive", "news", "Konglish 커닝 = cheating")
I("모닝콜 좀 해 줄래?",
  "Will you do a morning call for me?",
  "Could you give me a wake-up call?",
  "slang/neologism", "question", "dialogue", "Konglish 모닝콜 = wake-up call")
I("동아리 MT 가서 밤새 놀았어.",
  "I went to the club MT and played all night.",
  "I went on the club retreat and partied all night.",
  "slang/neologism", "past", "dialogue", "MT = membership training = student retreat")
I("오늘 핸드폰 배터리가 간당간당해.",
  "Today my hand-phone battery is gandang-gandang.",
  "My phone battery's about to die.",
  "figurative-verb", "base", "dialogue", "간당간당 = barely hanging on")
I("이 브랜드는 아이쇼핑만 하고 나와.",
  "At this brand I only do eye shopping and come out.",
  "I only ever window-shop at this brand.",
  "slang/neologism", "base", "dialogue", "Konglish 아이쇼핑 = window-shopping")
