# K-drama, variety-show subtitles, web-novel and webtoon language (hand-written, helper lit10, 2026-12-07)
N("너 지금 나한테 선 넘었다.",
  "You've crossed the line with me.",
  "You're way out of line right now.",
  "other", "past", "dialogue", "선 넘다 = cross the line")
I("오늘 이 분위기 실화냐?",
  "Is today's atmosphere a true story?",
  "Is this vibe for real?",
  "slang/neologism", "question", "dialogue", "실화냐 = is this for real")
I("형, 이번 미션은 완전 꿀잠 각이에요.",
  "Hyung, this mission is completely a honey-sleep angle.",
  "Bro, this mission's so easy we could do it in our sleep.",
  "slang/neologism", "honorific", "dialogue", "각 = looks set to; 꿀 = easy")
I("멤버들이 제작진의 몰래카메라에 제대로 낚였다.",
  "The members were properly fished by the production team's hidden camera.",
  "The cast totally fell for the crew's prank.",
  "figurative-verb", "passive", "web", "낚이다 = be fooled")
I("예능 초보인데 벌써 분량 뽑아내는 것 좀 봐.",
  "Look at a variety beginner already pulling out portion.",
  "He's new to variety shows and already stealing screen time. Look at him.",
  "slang/neologism", "base", "web", "분량 = airtime")
I("이 장면 보고 심장이 쿵 내려앉았어.",
  "Seeing this scene, my heart sat down with a thud.",
  "My heart sank when I saw this scene.",
  "body-part", "past", "web", "심장이 내려앉다 = heart sinks; 쿵 mimetic")
I("재벌 3세가 여주한테 직진하는 거 설렌다.",
  "The chaebol third generation going straight at the female lead is fluttering.",
  "I love how the chaebol heir just goes all in on the heroine.",
  "slang/neologism", "base", "web", "직진 = pursue openly")
I("이 드라마 고구마 전개 때문에 하차했어.",
  "I got off the bus because of this drama's sweet-potato development.",
  "I dropped this drama because the plot was so frustratingly slow.",
  "food", "past", "web", "고구마 = frustrating; 하차 = stop watching")
I("마지막 회는 사이다 그 자체였다.",
  "The last episode was cider itself.",
  "The finale was immensely satisfying.",
  "food", "past", "web", "사이다 = cathartic payoff")
I("주인공이 회귀해서 복수하는 뻔한 클리셰인데 재밌어.",
  "The main character returns-regresses and takes revenge, an obvious cliché, but it's fun.",
  "It's the usual cliché where the hero goes back in time to get revenge, but it's fun.",
  "slang/neologism", "base", "web", "회귀 = time-loop regression (web novel)")
I("그 조연은 결국 사망 플래그를 세웠다.",
  "That supporting actor finally erected a death flag.",
  "That supporting character was clearly set up to die.",
  "slang/neologism", "past", "web", "사망 플래그 = foreshadowed death")
I("작가가 떡밥만 잔뜩 뿌리고 회수를 안 했어.",
  "The writer only scattered a lot of fishing bait and did not collect it.",
  "The writer set up loads of plot threads and never paid them off.",
  "food", "negated", "web", "떡밥 = plot hook")
I("이번 화에서 주인공 각성했다! 사기캐 등극!",
  "In this episode the main character awakened! Fraud character enthroned!",
  "The hero finally powered up this chapter! He's officially OP now!",
  "slang/neologism", "past", "web", "사기캐 = overpowered character")
I("작가님 연참 부탁드려요 ㅠㅠ",
  "Author-nim, I request consecutive-posting, cry cry.",
  "Please post more chapters, author! 😭",
  "slang/neologism", "honorific", "web", "연참 = serial double update")
I("이 웹툰 그림체가 갈수록 무너지네.",
  "The picture body of this webtoon is collapsing as it goes.",
  "The art in this webtoon keeps getting worse.",
  "figurative-verb", "base", "web", "그림체 = art style")
I("둘이 눈이 맞아서 결국 사귀게 됐대.",
  "They say the two had their eyes fit and finally came to date.",
  "Apparently the two of them fell for each other and are now dating.",
  "body-part", "past", "dialogue", "눈이 맞다 = fall for each other")
I("시어머니가 며느리를 들들 볶는다.",
  "The mother-in-law stir-fries the daughter-in-law rattle-rattle.",
  "The mother-in-law gives her daughter-in-law no peace.",
  "food", "base", "textbook", "들들 볶다 = nag endlessly")
I("감히 내 앞에서 눈을 똑바로 떠?",
  "You dare open your eyes straight in front of me?",
  "How dare you look me in the eye like that?",
  "body-part", "question", "dialogue", "drama villain line")
I("회장님, 그 건은 제가 손을 써 두겠습니다.",
  "Chairman, I will use my hand on that matter.",
  "Leave that matter to me, sir. I'll take care of it.",
  "body-part", "honorific", "dialogue", "손을 쓰다 = take steps")
N("이 집안에 발도 못 들이게 할 거야.",
  "I won't let you so much as set foot in this family.",
  "I'll never let you marry into this family.",
  "body-part", "negated", "dialogue", "발을 들이다 = set foot in")
I("출생의 비밀이 밝혀지면서 막장 드라마 완성.",
  "With the secret of birth revealed, the mine-end drama is completed.",
  "And with the secret about his parentage out, it's a full-blown trashy melodrama.",
  "slang/neologism", "nominalised", "web", "막장 = outrageous")
N("이 배우 연기력에 소름 돋았어.",
  "This actor's performance gave me goosebumps.",
  "This actor's performance was stunning.",
  "body-part", "past", "web", "소름 돋다 = get chills")
I("남주가 여주 머리 쓰다듬는 장면에서 광대 승천했다.",
  "At the scene where the male lead pats the female lead's head, my cheekbones ascended to heaven.",
  "I couldn't stop grinning when the male lead patted her head.",
  "body-part", "past", "web", "광대 승천 = grin uncontrollably")
I("이번 화 보고 현웃 터졌다.",
  "Seeing this episode, real-laugh exploded.",
  "This episode made me laugh out loud.",
  "slang/neologism", "past", "web", "현웃 = 현실 웃음 = LOL IRL")
I("본방 사수 하려고 야근도 미뤘어.",
  "I even postponed overtime to guard the main broadcast to the death.",
  "I put off working late so I could catch it live.",
  "slang/neologism", "past", "web", "본방 사수 = watch live")
I("그 장면에서 멤버들 다 빵 터졌어요.",
  "At that scene all the members burst bang.",
  "Everyone in the cast cracked up at that bit.",
  "figurative-verb", "past", "dialogue", "빵 터지다 = crack up")
I("이번 화 진짜 역대급 꿀잼.",
  "This episode is truly all-time-level honey-fun.",
  "This episode was honestly the funniest one ever.",
  "slang/neologism", "base", "web", "꿀잼 = really fun")
I("무협지에서 주인공이 주화입마에 빠졌다.",
  "In the martial arts novel, the hero fell into running fire entering demon.",
  "In the martial arts novel, the hero suffered a qi deviation and went berserk.",
  "four-char", "past", "textbook", "走火入魔 (web-novel term)")
I("여주가 악녀로 빙의했는데 원작을 알고 있다.",
  "The female lead possessed into the villainess and knows the original work.",
  "The heroine wakes up in the body of the novel's villainess, and she knows how the story goes.",
  "slang/neologism", "past", "web", "빙의물 = transmigration genre")
I("오늘도 먹방 찍다가 텐션 떨어졌어요.",
  "Today also I was filming eating broadcast and the tension fell.",
  "I lost steam halfway through filming the mukbang again today.",
  "slang/neologism", "past", "dialogue", "Konglish 텐션 = energy")
I("저 커플 케미가 폭발하네.",
  "That couple's chemi is exploding.",
  "Those two have amazing chemistry.",
  "slang/neologism", "base", "web", "케미 = chemistry")
I("그 배우가 엔딩 요정으로 등극했어.",
  "That actor ascended to the ending fairy.",
  "She became the star of the show's closing close-up.",
  "slang/neologism", "past", "web", "엔딩 요정 = idol holding final close-up")
I("이거 완전 국룰 아니냐?",
  "Isn't this completely the national rule?",
  "Isn't this just what everyone does?",
  "slang/neologism", "question", "web", "국룰 = unwritten rule")
I("입덕 부정기 끝났다. 나 이제 찐팬임.",
  "Entering-fandom denial period is over. I am now a steamed fan.",
  "Okay, I'm done denying it. I'm a real fan now.",
  "slang/neologism", "past", "web", "입덕 = become a fan; 찐 = genuine")
