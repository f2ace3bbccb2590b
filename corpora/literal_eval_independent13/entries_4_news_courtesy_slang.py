# news formulas, bureaucratic and business collocations, courtesy formulas, slang, Konglish, dialect,
# spoken-register dialogue (hand-written, helper lit13, 2026-12-07)
I("검찰이 어떤 결론을 내릴지 귀추가 주목된다.",
  "The return direction of what conclusion the prosecution will reach is being watched.",
  "It remains to be seen what the prosecution will conclude.",
  "other", "passive", "news", "귀추가 주목되다: news formula")
I("이번 정상회담이 남북 대화의 물꼬를 틀 수 있을지 관심이 쏠린다.",
  "Attention is focused on whether this summit can open the paddy water-gap of inter-Korean dialogue.",
  "All eyes are on whether the summit can pave the way for inter-Korean talks.",
  "figurative-verb", "question", "news", "물꼬를 트다: open the way")
I("노사 협상이 조금씩 가닥을 잡아 가는 모양새다.",
  "Labour-management negotiations appear to be catching the strand little by little.",
  "The labour talks appear to be gradually taking shape.",
  "figurative-verb", "split", "news", "가닥을 잡다: take shape")
I("유명 계곡들이 피서객들이 버린 쓰레기로 몸살을 앓고 있다.",
  "Famous valleys are suffering body aches from the rubbish thrown away by holidaymakers.",
  "Popular valleys are plagued by litter left by summer visitors.",
  "figurative-verb", "base", "news", "몸살을 앓다: be plagued by")
I("그 업체는 개인정보 유출 사태로 한바탕 홍역을 치렀다.",
  "That company went through a round of measles over the personal data leak.",
  "The company went through a rough time over the data leak.",
  "figurative-verb", "past", "news", "홍역을 치르다: go through an ordeal")
I("항공사가 부실한 초기 대응으로 뭇매를 맞고 있다.",
  "The airline is being beaten by a crowd for its poor initial response.",
  "The airline is facing a barrage of criticism for its poor initial response.",
  "figurative-verb", "passive", "news", "뭇매를 맞다: be roundly criticised")
I("얼어붙었던 관광 산업이 서서히 기지개를 켜고 있다.",
  "The tourism industry that had frozen is slowly stretching its arms.",
  "The tourism industry, frozen for so long, is slowly coming back to life.",
  "figurative-verb", "split", "news", "기지개를 켜다: revive")
I("검찰 수사의 불똥이 결국 야당 의원들에게까지 튀었다.",
  "The sparks of the prosecution's investigation eventually jumped even to opposition lawmakers.",
  "The prosecutors' investigation ended up spilling over to opposition lawmakers too.",
  "figurative-verb", "past", "news", "불똥이 튀다: affect others")
I("피해가 커지는데도 당국은 뒷짐만 지고 있다는 비판이 나온다.",
  "There is criticism that the authorities are only clasping their hands behind their backs though the damage grows.",
  "Critics say the authorities are sitting on their hands while the damage mounts.",
  "body-part", "adnominal", "news", "뒷짐을 지다: stand by idly")
I("관계 부처는 방역에 만전을 기해 주시기 바랍니다.",
  "The relevant ministries are asked to expect ten-thousand completeness in quarantine.",
  "The ministries concerned are asked to take every possible precaution on disease control.",
  "other", "honorific", "news", "만전을 기하다: bureaucratic formula")
I("노조는 사측이 물밑 작업으로 조합원들을 회유했다고 주장했다.",
  "The union claimed management coaxed members with underwater work.",
  "The union claimed management had been quietly working behind the scenes to win members over.",
  "other", "past", "news", "물밑 작업: behind-the-scenes moves")
I("오늘 하루도 정말 수고 많으셨습니다.",
  "You suffered really a lot today too.",
  "Thank you for all your hard work today.",
  "other", "honorific", "dialogue", "수고하셨습니다: courtesy formula")
I("신입 사원 김민지입니다. 앞으로 잘 부탁드립니다.",
  "I am new employee Kim Minji. Please ask well from now on.",
  "I'm Kim Minji, the new recruit. I look forward to working with you all.",
  "other", "honorific", "dialogue", "잘 부탁드립니다: courtesy formula")
I("차린 건 별로 없지만 많이 드세요.",
  "There's not much I set out, but please eat a lot.",
  "It's nothing special, but please help yourselves.",
  "other", "honorific", "dialogue", "차린 건 없지만: courtesy formula")
I("네, 알겠습니다. 들어가세요.",
  "Yes, I understand. Please go in.",
  "All right, got it. Bye now.",
  "other", "honorific", "dialogue", "들어가세요: goodbye on the phone")
I("먼 길 오시느라 고생 많으셨죠?",
  "You suffered a lot coming a long way, didn't you?",
  "You must be worn out after such a long trip.",
  "other", "question", "dialogue", "고생하셨죠: courtesy formula")
I("그동안 신세 많이 졌습니다, 이 은혜 잊지 않을게요.",
  "I have carried much status all this time; I won't forget this grace.",
  "Thank you for everything you've done for me — I won't forget it.",
  "other", "honorific", "dialogue", "신세를 지다: be indebted")
I("별말씀을요, 제가 더 감사하죠.",
  "Special words; I'm more thankful.",
  "Don't mention it — I should be thanking you.",
  "other", "honorific", "dialogue", "별말씀을요: courtesy formula")
I("늦었는데 조심히 살펴 가세요.",
  "It's late, so please go carefully looking around.",
  "It's late — get home safely.",
  "other", "honorific", "dialogue", "살펴 가세요: courtesy formula")
I("제가 한참 후배인데 편하게 말씀 낮추세요.",
  "I'm much junior, so please comfortably lower your words.",
  "I'm much younger than you, so please feel free to talk to me casually.",
  "other", "honorific", "dialogue", "말씀 낮추세요: speech-level courtesy")
I("사장님, 오늘도 많이 파세요!",
  "Boss, sell a lot today too!",
  "Hope business is good today!",
  "other", "honorific", "dialogue", "많이 파세요: courtesy formula to a shopkeeper")
I("언제 밥 한번 먹자, 내가 연락할게.",
  "Let's eat rice once sometime; I'll contact you.",
  "Let's grab a meal sometime — I'll give you a call.",
  "food", "base", "dialogue", "밥 한번 먹자: vague social formula")
I("아까 설거지하다가 갑자기 현타 왔어.",
  "Earlier while washing dishes, reality time suddenly came.",
  "I was doing the dishes earlier and suddenly it all hit me — what am I doing with my life?",
  "slang/neologism", "past", "web", "현타: reality check")
I("치킨엔 콜라가 국룰이지.",
  "Cola with chicken is the national rule.",
  "Chicken has to come with Coke — that's just how it is.",
  "slang/neologism", "base", "web", "국룰: unwritten rule")
I("알람 다섯 개 맞췄는데 다 못 듣고 지각해서 킹받네.",
  "I set five alarms but didn't hear any and was late, so I'm king-receiving.",
  "I set five alarms, slept through all of them and was late — so annoying.",
  "slang/neologism", "base", "web", "킹받다: very annoyed")
I("이 정도면 억까 아니냐?",
  "Isn't this forced hitting at this level?",
  "Isn't this just hating for the sake of it?",
  "slang/neologism", "question", "web", "억까: unfair criticism")
I("내돈내산 후기라 광고 아닙니다.",
  "It's a my-money-my-buy review, so it's not an advertisement.",
  "I paid for this myself, so this review isn't sponsored.",
  "slang/neologism", "negated", "web", "내돈내산: self-funded purchase")
I("야식 시켜 놓고 배 아픈 건 완전 스불재지.",
  "Ordering a late-night snack and getting a stomachache is completely a self-summoned disaster.",
  "Ordering a midnight snack and then getting a stomachache — I brought it on myself.",
  "slang/neologism", "base", "web", "스불재: self-inflicted")
I("올해는 새벽 다섯 시에 일어나서 갓생 살아 보려고.",
  "This year I'm going to get up at five a.m. and live a God life.",
  "This year I'm going to get up at five and really get my life together.",
  "slang/neologism", "base", "web", "갓생: productive life")
I("계속 뒷말하길래 걔랑 손절했어.",
  "She kept talking behind my back, so I did a stop-loss with her.",
  "She kept badmouthing me behind my back, so I cut her off.",
  "slang/neologism", "past", "dialogue", "손절: cut ties")
I("결승에서 졌지만 중요한 건 꺾이지 않는 마음이죠.",
  "We lost in the final, but the important thing is the heart that does not bend.",
  "We lost the final, but what matters is that we never gave up.",
  "slang/neologism", "negated", "dialogue", "중꺾마; sports")
I("걔는 초등학교 때부터 찐친이야.",
  "He's been my steamed friend since primary school.",
  "He's been a genuine best friend since primary school.",
  "slang/neologism", "base", "dialogue", "찐친: real close friend")
I("오늘 코디는 꾸안꾸 느낌으로 갔어.",
  "Today's coordination went with a decorated-not-decorated feeling.",
  "I went for an effortless look with today's outfit.",
  "slang/neologism", "past", "web", "꾸안꾸: effortlessly stylish")
I("그 드립 세 번째는 좀 뇌절이다.",
  "The third time of that drip is a bit of a brain-cut.",
  "That joke the third time round is running it into the ground.",
  "slang/neologism", "base", "web", "뇌절: overdoing a joke")
I("숙제 안 했다고? 어쩔티비.",
  "You didn't do the homework? What-to-do TV.",
  "I didn't do my homework? So what?",
  "slang/neologism", "question", "dialogue", "어쩔티비: so what")
I("발표 자료는 알잘딱깔센으로 만들어 줘.",
  "Make the presentation materials know-well-just-neat-sense.",
  "Just use your judgement and make the slides look good.",
  "slang/neologism", "base", "dialogue", "알잘딱깔센")
I("그 유튜버 과거 발언 하나로 한 방에 나락 갔다.",
  "That YouTuber went to naraka in one shot with one past remark.",
  "One old comment was enough to sink that YouTuber overnight.",
  "slang/neologism", "past", "web", "나락 가다: fall from grace")
I("걔는 어딜 가도 분위기 띄우는 핵인싸야.",
  "Wherever he goes he's a nuclear insider who floats the atmosphere.",
  "Wherever he goes, he's the life and soul of the party.",
  "slang/neologism", "adnominal", "web", "핵인싸")
I("나 완전 쫄보라서 공포 영화는 절대 못 봐.",
  "I'm a complete shrink-bo, so I absolutely can't watch horror films.",
  "I'm a total scaredy-cat, so I can't watch horror films.",
  "slang/neologism", "negated", "dialogue", "쫄보: coward")
I("제주 바다에서 드디어 인생샷 건졌다.",
  "At the Jeju sea I finally fished out a life shot.",
  "I finally got the photo of a lifetime by the sea in Jeju.",
  "slang/neologism", "past", "web", "인생샷 건지다")
I("그 외국인 선수는 계약금만 챙기고 먹튀했다는 비판을 받았다.",
  "That foreign player was criticised for eating and running with only the signing fee.",
  "That foreign player was accused of pocketing his signing bonus and not delivering.",
  "slang/neologism", "passive", "news", "먹튀; sports")
I("지금 그 얘기 꺼내는 건 논점 흐리려는 물타기야.",
  "Bringing that up now is water-pouring to blur the point.",
  "Bringing that up now is just a way of muddying the waters.",
  "slang/neologism", "nominalised", "web", "물타기: deflection")
I("영끌해서 산 집값이 반토막 났어.",
  "The price of the house I bought by pulling up even my soul got cut in half.",
  "I borrowed every penny I could to buy my flat and now it's worth half what I paid.",
  "slang/neologism", "adnominal", "web", "영끌: maximum borrowing")
I("집값 폭등에 무주택자들은 하루아침에 벼락거지가 됐다.",
  "With soaring house prices, those without homes became lightning beggars overnight.",
  "As house prices soared, people without homes suddenly found themselves poor overnight.",
  "slang/neologism", "past", "news", "벼락거지")
I("자취 꿀팁 좀 알려 줘.",
  "Tell me some honey tips for living alone.",
  "Give me some good tips for living on my own.",
  "slang/neologism", "base", "dialogue", "꿀팁")
I("어제 보낸 카톡 아직도 읽씹 중이야.",
  "He's still doing read-chew on the KakaoTalk I sent yesterday.",
  "He's still leaving yesterday's message on read.",
  "slang/neologism", "base", "dialogue", "읽씹: leave on read")
I("중고 거래 쿨거래로 오 분 만에 끝냈다.",
  "I finished the second-hand trade in five minutes with a cool trade.",
  "The second-hand sale was done in five minutes, no haggling.",
  "slang/neologism", "past", "web", "쿨거래: no-haggle deal; Konglish")
I("면접 잘 봐, 파이팅!",
  "Do well in the interview, fighting!",
  "Good luck with the interview — you've got this!",
  "slang/neologism", "base", "dialogue", "파이팅: Konglish cheer; common")
I("돈은 없고 주말엔 그냥 백화점에서 아이쇼핑만 해.",
  "I have no money, so at weekends I just do eye shopping at the department store.",
  "I'm broke, so at weekends I just go window-shopping at the department store.",
  "slang/neologism", "base", "web", "아이쇼핑: Konglish")
I("우리 부모님은 스킨십이 많으신 편이야.",
  "My parents are on the side of having a lot of skinship.",
  "My parents are quite physically affectionate.",
  "slang/neologism", "honorific", "web", "스킨십: Konglish")
I("첫 잔은 다 같이 원샷!",
  "First glass, everyone together, one shot!",
  "First glass — everyone down it in one!",
  "slang/neologism", "base", "dialogue", "원샷: Konglish")
I("이 음료는 서비스로 드리는 거예요.",
  "This drink is given as service.",
  "This drink's on the house.",
  "slang/neologism", "honorific", "dialogue", "서비스: Konglish freebie")
I("물은 셀프입니다.",
  "Water is self.",
  "Water is self-service.",
  "slang/neologism", "honorific", "web", "셀프: Konglish; sign")
I("대학 1학년 때 미팅에서 처음 만났어요.",
  "We first met at a meeting in freshman year of university.",
  "We first met on a group blind date in our first year at university.",
  "slang/neologism", "past", "dialogue", "미팅: Konglish group date")
I("발표 직전에 파일이 날아가서 완전 멘붕이었어.",
  "The file flew away just before the presentation, so it was a total mental collapse.",
  "The file got wiped just before my presentation and I completely lost it.",
  "slang/neologism", "past", "web", "멘붕: panic")
I("기말고사에서 컨닝하다가 걸렸대.",
  "They say he got caught cunning in the final exam.",
  "Apparently he got caught cheating in the final exam.",
  "slang/neologism", "passive", "dialogue", "컨닝: Konglish 'cunning'")
I("공항에서 좋아하는 배우한테 사인 받았어!",
  "I received a sign from my favourite actor at the airport!",
  "I got my favourite actor's autograph at the airport!",
  "slang/neologism", "past", "web", "사인: Konglish autograph")
I("이 제품은 AS 기간이 2년이라 안심이에요.",
  "This product has an AS period of two years, so I'm relieved.",
  "This product comes with a two-year warranty, so I feel safe buying it.",
  "slang/neologism", "base", "web", "AS (after service): Konglish")
I("전문가들은 구조의 골든타임을 놓쳤다고 지적했다.",
  "Experts pointed out that the golden time of the rescue was missed.",
  "Experts said the critical window for the rescue had been missed.",
  "slang/neologism", "passive", "news", "골든타임: Konglish")
I("별일도 아닌데 너무 오버하지 마.",
  "It's nothing special, so don't over too much.",
  "It's no big deal, so don't overreact.",
  "slang/neologism", "negated", "dialogue", "오버하다: Konglish")
I("점심에 먹은 돼지국밥 억수로 맛있더라.",
  "The pork rice soup I had for lunch was delicious like a downpour.",
  "The pork and rice soup I had for lunch was really good.",
  "other", "past", "dialogue", "억수로: Gyeongsang dialect intensifier")
I("오늘 이삿짐 나르느라 욕봤데이.",
  "You suffered insult today carrying the moving boxes.",
  "Thanks for all your hard work carrying the boxes today.",
  "other", "past", "dialogue", "욕보다: Gyeongsang 'thanks for your trouble' (false friend)")
I("제주에 혼저 옵서예.",
  "Come to Jeju alone.",
  "Welcome to Jeju.",
  "other", "honorific", "web", "혼저 옵서예: Jeju dialect greeting (false friend)")
I("거시기 좀 갖다 줘, 그 파란 거 있잖아.",
  "Bring me the geosigi, you know that blue one.",
  "Bring me the, um, thingy — you know, that blue one.",
  "other", "base", "dialogue", "거시기: Jeolla filler")
I("그 집 짬뽕 겁나 맛있당께.",
  "That place's jjamppong is delicious enough to be scary, I tell you.",
  "I'm telling you, their jjamppong is seriously good.",
  "other", "base", "dialogue", "겁나: Jeolla intensifier")
I("밤길에 고양이가 튀어나와서 식겁했다 아이가.",
  "A cat jumped out on the night road and I ate fright, didn't I.",
  "A cat jumped out at me in the dark and I nearly jumped out of my skin.",
  "other", "past", "dialogue", "식겁하다: Gyeongsang 'get a fright'")
I("단디 챙기래이, 빠뜨리지 말고.",
  "Pack it firmly-firmly, don't drop anything.",
  "Make sure you've got everything — don't leave anything behind.",
  "other", "negated", "dialogue", "단디: Gyeongsang 'carefully'")
I("그게 말이 돼? 하루 만에 다 하라고?",
  "Does that become words? Do it all in one day?",
  "Are you serious? They want it all done in a day?",
  "other", "question", "dialogue", "말이 되다: make sense")
I("이걸 나한테 시킨다고? 어이가 없네.",
  "You're making me do this? There's no millstone handle.",
  "You want ME to do this? Unbelievable.",
  "other", "negated", "dialogue", "어이가 없다: dumbfounded")
I("넌 어쩜 그렇게 눈치가 없니?",
  "How can you have no eye-measure like that?",
  "How can you be so oblivious?",
  "other", "question", "dialogue", "눈치가 없다: can't read the room")
I("뻥치지 마, 네가 그걸 혼자 다 먹었다고?",
  "Don't hit a bang; you ate all that alone?",
  "Quit kidding — you ate all of that by yourself?",
  "slang/neologism", "negated", "dialogue", "뻥치다: lie, exaggerate")
I("이번 프로젝트는 신입들을 갈아 넣어서 겨우 끝냈다.",
  "This project was barely finished by grinding in the new employees.",
  "We only got this project done by working the new hires into the ground.",
  "slang/neologism", "causative", "web", "갈아 넣다: overwork staff; business")
I("오늘은 무슨 일이 있어도 칼퇴할 거야.",
  "Today I'm going to knife-leave no matter what.",
  "I'm leaving on the dot today no matter what.",
  "slang/neologism", "base", "dialogue", "칼퇴: leave on time; business")
I("옆자리 과장님은 완전 월급 루팡이야.",
  "The manager at the next desk is a complete salary Lupin.",
  "The manager next to me gets paid to do absolutely nothing.",
  "slang/neologism", "honorific", "web", "월급 루팡; business")
I("부장님이 신입들 군기 잡는다고 아침 7시에 부르셨어.",
  "The department head called us at seven a.m. to catch the new hires' military discipline.",
  "The department head had us in at seven in the morning to whip the new hires into line.",
  "other", "honorific", "web", "군기를 잡다: impose discipline; business")
I("그는 사내 정치에서 줄을 잘 서서 고속 승진했다.",
  "He stood in line well in office politics and was promoted quickly.",
  "He backed the right people in office politics and was fast-tracked for promotion.",
  "other", "past", "news", "줄을 서다: align with a faction; business")
I("회사 돈으로 뒷돈을 챙긴 임원이 구속됐다.",
  "An executive who pocketed back money with company money was detained.",
  "An executive who took kickbacks out of company funds has been arrested.",
  "other", "passive", "news", "뒷돈: kickback")
