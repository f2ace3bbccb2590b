# slang and neologisms 2018-2026: internet, school, workplace, gaming, fandom (hand-written, lit5, 2026-12-07)
I("주식 파란불이어도 존버하면 언젠가 오르겠지.",
  "Even if stocks are blue light, if I jonbeo it will go up someday.",
  "Even if my stocks are in the red, if I just hold on they'll go up eventually.",
  "slang/neologism", "base", "web", "존버 = hang on grimly; Korean blue = falling prices")
I("부장님 아재개그 하나에 회의실 갑분싸 됐어 ㅋㅋ",
  "With one uncle joke by the manager, the meeting room became suddenly-atmosphere-cold lol",
  "The manager's one dad joke totally killed the mood in the meeting room lol",
  "slang/neologism", "past", "web", "갑분싸 = mood suddenly turns awkward")
I("아 진짜 킹받네, 또 택배 분실이래.",
  "Ah really king receives, they say the parcel is lost again.",
  "Ugh, that's so infuriating. They say my package got lost again.",
  "slang/neologism", "base", "web", "킹받다 = be really annoyed")
I("오늘 방송은 억텐이 좀 심했던 것 같아.",
  "I think today's broadcast's forced tension was a bit severe.",
  "I think the forced energy on today's show was a bit much.",
  "slang/neologism", "past", "web", "억텐 = forced hype")
I("이 집 떡볶이는 찐이야, 꼭 먹어 봐.",
  "This place's tteokbokki is steamed, you must try it.",
  "This place's tteokbokki is the real deal. You have to try it.",
  "slang/neologism", "base", "dialogue", "찐 = genuine, the real thing")
I("새해부터는 나도 갓생 살아 보려고.",
  "From the new year I'm going to try to live a god life too.",
  "Starting in the new year, I'm going to get my life together.",
  "slang/neologism", "base", "dialogue", "갓생 = productive, disciplined life")
I("밤새 쇼핑몰 구경하다가 현타 왔다.",
  "While looking at shopping malls all night, reality time came.",
  "I spent all night browsing online shops and then it hit me what I was doing with my life.",
  "slang/neologism", "past", "web", "현타 = sudden sobering moment")
I("그 드립 한 번은 웃긴데 세 번째는 뇌절이야.",
  "That drip is funny once but the third time is brain-cut.",
  "That joke's funny once, but the third time you're milking it.",
  "slang/neologism", "base", "dialogue", "뇌절 = overdo a joke")
I("어제 손흥민 폼 미쳤다 진짜.",
  "Yesterday Son Heung-min's form went crazy really.",
  "Son Heung-min was on fire yesterday, seriously.",
  "slang/neologism", "past", "web", "폼 미쳤다 = in incredible form")
I("신입 씨는 알잘딱깔센하게 일 처리해서 좋아.",
  "The new employee handles work al-jal-ttak-kkal-sen so it's good.",
  "I like how the new hire just handles things smartly without being told.",
  "slang/neologism", "base", "dialogue", "알잘딱깔센 = do it right, neatly, without fuss")
I("졌지만 중꺾마 정신으로 다음 대회 준비하자.",
  "We lost but let's prepare for the next tournament with the middle-broken-horse spirit.",
  "We lost, but what matters is that we don't give up. Let's get ready for the next tournament.",
  "slang/neologism", "base", "dialogue", "중꺾마 = the unbroken will is what counts")
I("요즘 식집사 돼서 화분만 열 개야.",
  "These days I became a plant butler so there are ten pots.",
  "I've become a plant parent lately; I've got ten pots now.",
  "slang/neologism", "past", "web", "식집사 = devoted plant owner")
I("내가 신청한 야근이라 스불재지 뭐.",
  "It's overtime I applied for so it's seu-bul-jae, what.",
  "I signed up for the overtime myself, so I brought this on myself.",
  "slang/neologism", "base", "web", "스불재 = disaster one summoned oneself")
I("오운완! 오늘은 하체 했다.",
  "O-un-wan! Today I did the lower body.",
  "Workout done for today! Leg day.",
  "slang/neologism", "past", "web", "오운완 = today's workout complete")
I("숙제 했냐고? 어쩔티비~",
  "You ask if I did homework? What-to-do TV~",
  "Did I do my homework? Whatever~",
  "slang/neologism", "base", "dialogue", "어쩔티비 = so what, whatever (children's slang)")
I("ㅇㅇ 그 말은 킹정한다.",
  "Yes yes, I king-admit that word.",
  "Yeah, I totally agree with that.",
  "slang/neologism", "base", "web", "킹정하다 = strongly agree")
I("오늘 코디 꾸안꾸 느낌으로 입었어.",
  "Today's outfit I wore with decorated-not-decorated feeling.",
  "I went for an effortlessly casual look today.",
  "slang/neologism", "past", "web", "꾸안꾸 = stylish but looks effortless")
I("점메추 좀 해 줘, 결정 장애 왔어.",
  "Please do lunch-menu-recommend, decision disorder came.",
  "Can someone suggest what to have for lunch? I can't decide.",
  "slang/neologism", "base", "web", "점메추 = lunch suggestion")
I("어떤 게 낫냐고? 그건 사바사지.",
  "You ask which is better? That is person-by-person.",
  "Which is better? It depends on the person.",
  "slang/neologism", "base", "dialogue", "사바사 = depends on the person")
I("맨날 돈 빌려 가고 안 갚아서 그냥 손절했어.",
  "He always borrowed money and didn't pay back so I just cut the hand.",
  "He kept borrowing money and never paying it back, so I just cut him off.",
  "slang/neologism", "past", "dialogue", "손절하다 = cut ties (from stop-loss)")
I("그 코인 하룻밤 사이에 떡상했대.",
  "They say that coin rice-cake-rose overnight.",
  "Apparently that coin went to the moon overnight.",
  "slang/neologism", "past", "web", "떡상 = skyrocket")
I("고점에 물려서 계좌가 파랗게 질렸어.",
  "I got bitten at the high point so the account turned pale blue.",
  "I bought at the top and got stuck, and now my account is a sea of losses.",
  "slang/neologism", "passive", "web", "물리다 = be stuck with a losing position")
I("영끌해서 산 아파트값이 떨어져서 잠이 안 와요.",
  "The price of the apartment I bought by soul-pulling dropped so I can't sleep.",
  "The flat I maxed out every loan to buy has dropped in value, and I can't sleep.",
  "slang/neologism", "adnominal", "dialogue", "영끌 = borrow every last won")
I("집값 폭등에 무주택자들은 하루아침에 벼락거지가 됐다.",
  "With the house price surge, non-homeowners became lightning beggars overnight.",
  "With the surge in house prices, people without homes suddenly found themselves left far behind.",
  "slang/neologism", "past", "news", "벼락거지 = suddenly poor relative to others")
I("저 과장 하루 종일 주식만 봐, 완전 월급 루팡이야.",
  "That deputy manager only looks at stocks all day, complete salary Lupin.",
  "That manager watches stocks all day. He's totally freeloading on his salary.",
  "slang/neologism", "base", "dialogue", "월급 루팡 = slacker paid for doing nothing")
I("오늘은 무조건 칼퇴한다.",
  "Today I unconditionally knife-leave.",
  "I'm leaving right on the dot today, no matter what.",
  "slang/neologism", "base", "web", "칼퇴 = leave exactly on time")
I("또 라떼는 말이야 시작이네.",
  "Again the latte is a horse starts.",
  "Here we go again with the 'back in my day' speech.",
  "slang/neologism", "base", "web", "라떼는 말이야 = pun on 나 때는, 'back in my day'")
I("그 게임은 고인물들밖에 없어서 뉴비는 못 버텨.",
  "That game only has stagnant water so newbies can't endure.",
  "That game is full of hardcore veterans, so newbies don't last.",
  "slang/neologism", "negated", "dialogue", "고인물 = long-time veteran player")
I("나 이번 판 완전 버스 탔어, 고마워 형.",
  "I completely rode the bus this round, thanks bro.",
  "I got totally carried this round. Thanks, man.",
  "slang/neologism", "past", "dialogue", "버스 타다 = be carried by teammates")
I("한타 지고 멘탈 나가서 그냥 서렌 쳤어.",
  "After losing the big fight the mental went out so I just hit surren.",
  "We lost the team fight, I tilted, and we just surrendered.",
  "slang/neologism", "past", "web", "멘탈이 나가다 = lose composure; 서렌 = surrender")
I("확률 뽑기에 현질을 얼마나 한 거야?",
  "How much cash-doing did you do on the probability draw?",
  "How much real money did you sink into the gacha?",
  "slang/neologism", "past", "dialogue", "현질 = spend real money in a game")
I("내 최애는 데뷔 때부터 무조건 막내야.",
  "My most-love is unconditionally the youngest from debut.",
  "My bias has always been the youngest member, ever since debut.",
  "slang/neologism", "base", "web", "최애 = favourite member (bias)")
I("친구가 무대 영상 보내 줘서 그날로 입덕했어요.",
  "My friend sent a stage video and I entered deok that day.",
  "A friend sent me a performance video and I became a fan that very day.",
  "slang/neologism", "past", "web", "입덕 = become a fan")
I("콘서트 티켓팅 다 실패하고 탈덕할까 고민 중.",
  "I failed all the concert ticketing and I'm thinking of escaping deok.",
  "I missed out on every concert ticket and I'm thinking of quitting the fandom.",
  "slang/neologism", "nominalised", "web", "탈덕 = leave a fandom")
I("이번 컴백 음원 총공 시간 공지합니다.",
  "We announce the total attack time for this comeback's music.",
  "Here's the schedule for our mass streaming push for the comeback.",
  "slang/neologism", "base", "web", "총공 = coordinated fan streaming")
I("친구한테 영업당해서 결국 응원봉까지 샀어.",
  "I got sales-pitched by a friend and in the end even bought a light stick.",
  "My friend got me hooked, and I ended up buying a light stick too.",
  "slang/neologism", "passive", "dialogue", "영업당하다 = be won over to a fandom")
I("제목으로 어그로 끌지 마세요.",
  "Please don't pull aggro with the title.",
  "Please don't use clickbait titles.",
  "slang/neologism", "negated", "web", "어그로를 끌다 = bait attention")
I("편의점 1+1 행사라니 개이득!",
  "Convenience store 1+1 event, dog profit!",
  "Buy-one-get-one-free at the convenience store? Score!",
  "slang/neologism", "base", "web", "개이득 = great deal")
I("그 부서는 일이 없어서 다들 꿀 빨고 있어.",
  "That department has no work so everyone is sucking honey.",
  "That department has nothing to do, so they're all coasting.",
  "slang/neologism", "base", "dialogue", "꿀 빨다 = have it easy")
I("중학교 때 쓴 싸이월드 글 보니까 완전 흑역사다.",
  "Seeing the Cyworld posts I wrote in middle school, it's total black history.",
  "Reading my middle-school Cyworld posts is so cringe; that era's best forgotten.",
  "slang/neologism", "base", "web", "흑역사 = embarrassing past")
I("할머니가 오빠한테 팩폭하셔서 다들 조용해졌어.",
  "Grandma did fact violence to my brother so everyone became quiet.",
  "Grandma hit my brother with some brutal truths, and everyone went quiet.",
  "slang/neologism", "honorific", "dialogue", "팩폭 = brutal honesty")
I("마지막에 주인공이 참교육하는 장면 완전 사이다.",
  "The scene where the protagonist does true education at the end is totally cider.",
  "The ending where the lead finally gives them what they deserve is so satisfying.",
  "slang/neologism", "adnominal", "web", "사이다 = satisfying; 참교육 = teach someone a lesson")
I("이 드라마 주인공 왜 이렇게 답답해, 고구마 백 개 먹은 느낌.",
  "Why is this drama's lead so stuffy, it feels like eating a hundred sweet potatoes.",
  "Why is the lead in this drama so frustrating? It's driving me up the wall.",
  "slang/neologism", "base", "web", "고구마 = frustrating situation")
I("떡볶이 먹고 코노 가는 게 국룰이지.",
  "Eating tteokbokki and going to coin karaoke is the national rule.",
  "Tteokbokki followed by coin karaoke is the unwritten rule.",
  "slang/neologism", "nominalised", "dialogue", "국룰 = standard practice")
I("친구가 읽씹해서 마상 입었어.",
  "My friend read-chewed so I got mind-wound.",
  "My friend left me on read, and it hurt my feelings.",
  "slang/neologism", "passive", "web", "읽씹 = leave on read; 마상 = hurt feelings")
I("사람 많은 데 다녀오면 기 빨려서 하루 종일 누워 있어.",
  "If I go somewhere with many people my energy gets sucked so I lie down all day.",
  "Whenever I've been somewhere crowded, I'm so drained I spend the whole day in bed.",
  "slang/neologism", "passive", "dialogue", "기가 빨리다 = feel drained")
I("월급 들어온 지 사흘 만에 텅장 됐다.",
  "Three days after salary came in, it became an empty-jang.",
  "Three days after payday my bank account was empty.",
  "slang/neologism", "past", "web", "텅장 = empty bank account (pun on 통장)")
I("걔 맨날 썸만 타고 사귀지는 않더라.",
  "He always rides some and doesn't date.",
  "He's always in some situationship but never actually dates anyone.",
  "slang/neologism", "negated", "dialogue", "썸을 타다 = be in a will-they-won't-they phase")
I("너 지금 나 어장 관리하는 거지?",
  "You're doing fish farm management on me now, right?",
  "You're just keeping me on the hook, aren't you?",
  "slang/neologism", "base", "dialogue", "어장 관리 = keep people on the hook")
I("헤어지고 연락 없이 잠수 탔어.",
  "After breaking up he rode diving without contact.",
  "After the breakup he ghosted me completely.",
  "slang/neologism", "past", "dialogue", "잠수를 타다 = go silent, ghost")
I("그 선배 고백했는데 철벽 치더라.",
  "I confessed to that senior but he built an iron wall.",
  "I confessed to him, but he shut me down flat.",
  "slang/neologism", "past", "dialogue", "철벽을 치다 = rebuff advances")
I("어제 본 결말 때문에 아직도 멘붕이야.",
  "Because of the ending I saw yesterday I'm still mental collapse.",
  "I'm still reeling from the ending I watched yesterday.",
  "slang/neologism", "base", "web", "멘붕 = shock, bewilderment")
I("주말이 또 순삭됐네.",
  "The weekend was pure-deleted again.",
  "The weekend flew by again.",
  "slang/neologism", "passive", "web", "순삭 = gone in a flash")
I("서류에서 광탈했어, 면접도 못 가 봤어.",
  "I light-speed-eliminated at documents, I couldn't even go to an interview.",
  "I got cut at the résumé stage; I didn't even get an interview.",
  "slang/neologism", "past", "web", "광탈 = quick elimination")
I("걔네 팀 상대로 완전 발렸어.",
  "We got completely peeled against their team.",
  "We got absolutely crushed by their team.",
  "slang/neologism", "passive", "dialogue", "발리다 = be trounced")
I("요즘 회사 분위기 보니까 퇴사각이다.",
  "Seeing the company atmosphere these days, it's resignation angle.",
  "The way things are at work these days, it's time to quit.",
  "slang/neologism", "base", "web", "-각 = it looks like time to")
I("선배들이 귀찮은 일은 다 짬 처리해.",
  "The seniors leftover-process all the annoying work.",
  "The seniors dump all the tedious work on the juniors.",
  "slang/neologism", "base", "dialogue", "짬 처리 = offload work onto juniors")
I("그 배우는 선행을 많이 해서 까방권이 있다.",
  "That actor did many good deeds so he has an anti-diss right.",
  "That actor has done so much good that people give him a free pass.",
  "slang/neologism", "base", "web", "까방권 = immunity from criticism")
I("불금인데 집에만 있을 거야?",
  "It's fire Friday and you're going to stay home only?",
  "It's Friday night! Are you really going to stay home?",
  "slang/neologism", "base", "dialogue", "불금 = Friday night out")
I("이번 판은 내가 똥 싸서 졌어, 미안.",
  "This round I pooped so we lost, sorry.",
  "I messed up this round and cost us the game, sorry.",
  "slang/neologism", "past", "dialogue", "똥 싸다 (gaming) = mess up badly")
I("어제 밤에 뭐 했냐고 물어보니까 얼버무리더라, 약간 싸하지 않아?",
  "When I asked what he did last night he mumbled, isn't it a bit chilly?",
  "When I asked what he did last night, he was evasive. Doesn't that feel a bit off to you?",
  "slang/neologism", "negated", "dialogue", "싸하다 = feel fishy, give a bad vibe")
