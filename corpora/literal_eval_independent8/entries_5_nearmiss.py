# near misses: the Korean image is also an English idiom (hand-written, helper lit8, 2026-12-07)
N("물가가 너무 올라서 허리띠를 졸라매야 할 판이야.",
  "Prices have gone up so much that we'll have to tighten our belts.",
  "Prices have gone up so much that we'll have to cut back.", "household", "base", "dialogue", "허리띠를 졸라매다")
N("내 말 또 한 귀로 듣고 한 귀로 흘렸지?",
  "My words went in one ear and out the other again, didn't they?",
  "You weren't listening to me again, were you?", "body-part", "question", "dialogue", "한 귀로 듣고 한 귀로 흘리다")
N("그는 거짓말을 하면서도 눈 하나 깜짝 안 했다.",
  "He told the lie without batting an eyelid.",
  "He told the lie without the slightest hesitation.", "body-part", "negated", "textbook", "눈 하나 깜짝 안 하다")
N("우산 없이 나갔다가 물에 빠진 생쥐 꼴이 됐어.",
  "I went out without an umbrella and ended up like a drowned rat.",
  "I went out without an umbrella and got soaked to the skin.", "animal", "past", "dialogue", "물에 빠진 생쥐")
N("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "There's no smoke without fire; there must be something behind the rumour.",
  "Rumours don't come from nowhere; there must be something to it.", "proverb", "question", "dialogue", "아니 땐 굴뚝에 연기 나랴")
N("사고가 난 뒤에야 안전 점검에 나선 것은 소 잃고 외양간 고치는 격이라는 비판이 나온다.",
  "Critics say launching safety checks only after the accident is like shutting the stable door after the horse has bolted.",
  "Critics say launching safety checks only after the accident came too late.", "proverb", "adnominal", "news", "소 잃고 외양간 고친다")
N("좋은 생각이긴 한데, 누가 고양이 목에 방울을 달지가 문제야.",
  "It's a good idea, but the question is who's going to bell the cat.",
  "It's a good idea, but the question is who's going to take the risk and do it.", "proverb", "nominalised", "dialogue", "고양이 목에 방울 달기")
N("무대에 서니까 완전 물 만난 고기더라.",
  "Once she got on stage, she took to it like a fish to water.",
  "Once she got on stage, she was completely in her element.", "animal", "past", "dialogue", "물 만난 고기")
N("그 사람 말투 때문에 속이 부글부글 끓었어.",
  "His tone had me boiling inside.",
  "His tone made me furious.", "figurative-verb", "past", "dialogue", "속이 부글부글 끓다")
N("노사 협상이 또다시 벽에 부딪혔다.",
  "Labour-management talks have hit a wall again.",
  "Labour-management talks have stalled again.", "figurative-verb", "past", "news", "벽에 부딪히다")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is just the tip of the iceberg.",
  "The corruption uncovered this time is only a small part of the problem.", "other", "base", "news", "빙산의 일각")
N("생성형 AI는 교육 현장에서 양날의 검이다.",
  "Generative AI is a double-edged sword in the classroom.",
  "Generative AI brings both benefits and risks to education.", "household", "base", "news", "양날의 검")
N("그의 사과는 악어의 눈물일 뿐이다.",
  "His apology is nothing but crocodile tears.",
  "His apology is completely insincere.", "animal", "base", "news", "악어의 눈물")
N("지금 불난 집에 부채질하는 거야?",
  "Are you trying to fan the flames now?",
  "Are you trying to make things worse now?", "household", "question", "dialogue", "불난 집에 부채질하다")
N("이번 판결이 판도라의 상자를 열 수도 있다는 우려가 나온다.",
  "There are fears that this ruling could open Pandora's box.",
  "There are fears that this ruling could unleash a host of problems.", "other", "base", "news", "판도라의 상자")
N("여야가 머리를 맞대고 해법을 찾아야 한다.",
  "The ruling and opposition parties must put their heads together to find a solution.",
  "The ruling and opposition parties must work together to find a solution.", "body-part", "base", "news", "머리를 맞대다")
N("그 기자는 정권의 눈엣가시 같은 존재였다.",
  "The journalist was a thorn in the government's side.",
  "The journalist was a constant irritant to the government.", "body-part", "adnominal", "news", "눈엣가시")
N("쟤 고집에는 두 손 두 발 다 들었다.",
  "I've thrown up my hands at his stubbornness.",
  "I've given up trying with him; he's too stubborn.", "body-part", "past", "dialogue", "두 손 두 발 다 들다")
N("잇단 말 바꾸기에 지지자들마저 등을 돌렸다.",
  "After repeated U-turns, even his supporters turned their backs on him.",
  "After repeated U-turns, even his supporters abandoned him.", "body-part", "past", "news", "등을 돌리다")
N("요즘 팀 분위기가 살얼음판을 걷는 것 같아요.",
  "Lately the atmosphere on the team feels like walking on thin ice.",
  "Lately the atmosphere on the team is so tense that one wrong word could set things off.", "other", "honorific", "dialogue", "살얼음판을 걷다")
N("이제 우리는 한 배를 탄 거야.",
  "We're all in the same boat now.",
  "We're in this together now.", "other", "past", "dialogue", "한 배를 타다")
N("홈팀은 결승에서 끝내 무릎을 꿇었다.",
  "The home side were finally brought to their knees in the final.",
  "The home side lost in the final.", "body-part", "past", "news", "무릎을 꿇다")
N("전문가들은 경기가 이미 바닥을 쳤다고 본다.",
  "Experts believe the economy has already hit bottom.",
  "Experts believe the economy has already passed its low point.", "other", "past", "news", "바닥을 치다")
N("시작이 반이라잖아, 일단 해 봐.",
  "Well begun is half done, they say; just give it a go.",
  "Getting started is the hardest part; just give it a go.", "proverb", "split", "dialogue", "시작이 반이다")
N("이미 엎질러진 물인데 어쩌겠어.",
  "It's spilt milk now; what can you do?",
  "What's done is done; what can you do?", "household", "adnominal", "dialogue", "엎질러진 물")
N("그 사람은 회삿돈을 물 쓰듯 썼다.",
  "He spent the company's money like water.",
  "He spent the company's money recklessly.", "other", "past", "news", "물 쓰듯 하다")
N("유동성 위기로 회사가 벼랑 끝에 섰다.",
  "The liquidity crisis has left the company teetering on the edge of a cliff.",
  "The liquidity crisis has brought the company close to collapse.", "other", "past", "news", "벼랑 끝에 서다")
N("피는 물보다 진하다더니 결국 가족 편을 들더라.",
  "Blood is thicker than water, I suppose; in the end he took his family's side.",
  "In the end, he sided with his family.", "proverb", "split", "dialogue", "피는 물보다 진하다")
N("다 뿌린 대로 거두는 거야.",
  "You reap what you sow.",
  "Your actions always catch up with you.", "proverb", "base", "dialogue", "뿌린 대로 거둔다")
N("누가 내 얘기 하나, 귀가 간지럽네.",
  "Someone must be talking about me; my ears are burning.",
  "Someone must be talking about me.", "body-part", "question", "dialogue", "귀가 간지럽다")
N("차가 갑자기 끼어들어서 심장이 멎는 줄 알았어.",
  "A car suddenly cut in and my heart nearly stopped.",
  "A car suddenly cut in and it scared me half to death.", "body-part", "past", "dialogue", "심장이 멎다")
N("그런 사업은 밑 빠진 독에 물 붓기야.",
  "That kind of business is like pouring money into a bottomless pit.",
  "That kind of business is a complete waste of money.", "proverb", "nominalised", "web", "밑 빠진 독에 물 붓기")
N("승부차기 순간 관중들은 숨을 죽이고 지켜봤다.",
  "During the penalty shoot-out, the crowd watched with bated breath.",
  "During the penalty shoot-out, the crowd watched in tense silence.", "body-part", "past", "news", "숨을 죽이다")
N("마른하늘에 날벼락이라더니 갑자기 해고 통보를 받았다.",
  "It came like a bolt from the blue: I was suddenly told I was being laid off.",
  "Out of nowhere, I was told I was being laid off.", "proverb", "split", "web", "마른하늘에 날벼락")
N("가슴에 손을 얹고 말해 봐, 정말 안 그랬어?",
  "Put your hand on your heart and tell me: you really didn't?",
  "Tell me honestly: you really didn't?", "body-part", "question", "dialogue", "가슴에 손을 얹다")
N("이번 한 번만 눈감아 줄게.",
  "I'll turn a blind eye just this once.",
  "I'll let it go just this once.", "body-part", "base", "dialogue", "눈감아 주다")
N("한밤중에 들린 그 소리에 머리카락이 곤두섰다.",
  "That sound in the middle of the night made my hair stand on end.",
  "That sound in the middle of the night terrified me.", "body-part", "past", "textbook", "머리카락이 곤두서다")
N("면접 때 식은땀이 줄줄 흘렀어요.",
  "I broke out in a cold sweat during the interview.",
  "I was incredibly nervous during the interview.", "body-part", "honorific", "dialogue", "식은땀을 흘리다")
N("신제품이 출시되자마자 날개 돋친 듯 팔렸다.",
  "The new product flew off the shelves as soon as it was released.",
  "The new product sold extremely well as soon as it was released.", "animal", "passive", "news", "날개 돋친 듯 팔리다")
N("괜히 그 얘기 꺼냈다가 벌집을 건드렸네.",
  "I brought that up for nothing and stirred up a hornet's nest.",
  "I brought that up for nothing and caused a whole lot of trouble.", "animal", "past", "web", "벌집을 건드리다")
N("그는 결국 선량한 가면을 벗고 본색을 드러냈다.",
  "He finally took off his mask of decency and showed his true colours.",
  "He finally stopped pretending to be decent and revealed what he was really like.", "household", "past", "textbook", "가면을 벗다")
N("그 아이는 엄마를 그림자처럼 따라다닌다.",
  "The child follows his mother around like a shadow.",
  "The child follows his mother everywhere she goes.", "other", "base", "textbook", "그림자처럼 따라다니다")
N("계약서에 서명한 잉크가 마르기도 전에 그는 말을 바꿨다.",
  "He changed his story before the ink was even dry on the contract.",
  "He went back on his word almost immediately after signing the contract.", "household", "negated", "news", "잉크가 마르기도 전에")
