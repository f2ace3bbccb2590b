# same-image groups: the Korean image is also an English idiom, so keeping it is correct (hand-written, helper lit16, 2026-12-08)
S("주장을 맡고 나니 어깨가 무겁습니다.",
  "Now that I'm captain, I feel the weight on my shoulders.",
  "Now that I'm captain, I feel a great sense of responsibility.",
  "body-part", "honorific", "sports", "어깨가 무겁다 ~ weight on one's shoulders")
S("경기가 어려워지자 가계마다 허리띠를 졸라매고 있다.",
  "With the economy struggling, households are tightening their belts.",
  "With the economy struggling, households are cutting back on spending.",
  "body-part", "base", "news", "허리띠를 졸라매다 ~ tighten one's belt")
S("아이가 안 보여서 순간 가슴이 철렁했다.",
  "I couldn't see my child and my heart sank for a moment.",
  "I couldn't see my child and for a moment I panicked.",
  "body-part", "past", "web", "가슴이 철렁하다 ~ one's heart sinks")
S("심판이 퇴장을 명령해도 그는 눈 하나 깜짝하지 않았다.",
  "Even when the referee sent him off, he didn't bat an eyelid.",
  "Even when the referee sent him off, he showed no reaction at all.",
  "body-part", "negated", "sports", "눈 하나 깜짝하지 않다 ~ not bat an eyelid")
S("합격했다는 전화를 받고 내 귀를 의심했다.",
  "When I got the call saying I'd passed, I couldn't believe my ears.",
  "When I got the call saying I'd passed, I thought I'd misheard.",
  "body-part", "past", "dialogue", "귀를 의심하다 ~ not believe one's ears")
S("해결책을 찾으려고 팀원들이 머리를 맞댔다.",
  "The team put their heads together to find a solution.",
  "The team worked on it together to find a solution.",
  "body-part", "past", "business", "머리를 맞대다 ~ put heads together")
S("잇따른 막말 논란에 지지자들마저 등을 돌렸다.",
  "After a string of offensive remarks, even his supporters turned their backs on him.",
  "After a string of offensive remarks, even his supporters abandoned him.",
  "body-part", "past", "news", "등을 돌리다 ~ turn one's back on")
S("빈집에서 발소리가 들리자 등골이 오싹했다.",
  "When I heard footsteps in the empty house, a chill ran down my spine.",
  "When I heard footsteps in the empty house, I was terrified.",
  "body-part", "past", "fiction", "등골이 오싹하다 ~ a chill down one's spine")
S("내가 하는 말은 한 귀로 듣고 한 귀로 흘리지?",
  "What I say goes in one ear and out the other, doesn't it?",
  "You never pay any attention to what I say, do you?",
  "body-part", "question", "dialogue", "한 귀로 듣고 한 귀로 흘리다 ~ in one ear and out the other")
S("수해 복구에 주민들이 직접 팔을 걷어붙였다.",
  "Residents rolled up their sleeves to help with the flood clean-up.",
  "Residents pitched in themselves with the flood clean-up.",
  "household", "past", "news", "팔을 걷어붙이다 ~ roll up one's sleeves")
S("연금 개혁은 어느 정부도 건드리기 싫어하는 뜨거운 감자다.",
  "Pension reform is a hot potato no government wants to touch.",
  "Pension reform is a contentious issue no government wants to touch.",
  "food", "base", "news", "뜨거운 감자 ~ hot potato")
S("잘 나가던 분위기에 감독의 한마디가 찬물을 끼얹었다.",
  "One remark from the coach poured cold water on the upbeat mood.",
  "One remark from the coach killed the upbeat mood.",
  "household", "past", "sports", "찬물을 끼얹다 ~ pour cold water on")
S("그 해명은 오히려 논란에 기름을 부었다.",
  "The explanation only added fuel to the controversy.",
  "The explanation only made the controversy worse.",
  "household", "past", "news", "기름을 붓다 ~ add fuel to the fire")
S("다들 불만은 있는데 누가 고양이 목에 방울을 달지가 문제야.",
  "Everyone's unhappy, but the question is who'll bell the cat.",
  "Everyone's unhappy, but the question is who'll be brave enough to say so.",
  "animal", "question", "business", "고양이 목에 방울 달기 ~ bell the cat")
S("우산 없이 나갔다가 물에 빠진 생쥐 꼴이 됐어.",
  "I went out without an umbrella and ended up looking like a drowned rat.",
  "I went out without an umbrella and got soaked to the skin.",
  "animal", "past", "dialogue", "물에 빠진 생쥐 ~ like a drowned rat")
S("40년 된 동네 서점이 결국 문을 닫았다.",
  "The neighbourhood bookshop finally closed its doors after forty years.",
  "The forty-year-old neighbourhood bookshop finally went out of business.",
  "household", "past", "news", "문을 닫다 ~ close its doors")
S("협상이 예산 문제에서 벽에 부딪혔다.",
  "The negotiations hit a wall over the budget.",
  "The negotiations stalled over the budget.",
  "household", "past", "news", "벽에 부딪히다 ~ hit a wall")
S("복권에 당첨되더니 돈을 물 쓰듯 쓰더라.",
  "After he won the lottery he spent money like water.",
  "After he won the lottery he spent money recklessly.",
  "household", "past", "dialogue", "물 쓰듯 ~ spend like water")
S("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "There's no smoke without fire; there must be something behind the rumour.",
  "Rumours don't start for no reason; there must be something to it.",
  "proverb", "question", "dialogue", "아니 땐 굴뚝에 연기 나랴 ~ no smoke without fire")
S("지렁이도 밟으면 꿈틀한다고, 참기만 하던 그가 결국 폭발했다.",
  "Even a worm will turn: he had put up with it all, but finally he exploded.",
  "Even the most patient person has limits: he had put up with it all, but finally he exploded.",
  "proverb", "split", "fiction", "지렁이도 밟으면 꿈틀한다 ~ even a worm will turn")
S("천 리 길도 한 걸음부터라고, 오늘 단어 열 개부터 외우자.",
  "A journey of a thousand miles begins with a single step, so let's start by learning ten words today.",
  "You have to start somewhere, so let's begin by learning ten words today.",
  "proverb", "split", "textbook", "천 리 길도 한 걸음부터 ~ journey of a thousand miles")
S("고금리로 자영업자들이 직격탄을 맞았다.",
  "The self-employed have taken a direct hit from high interest rates.",
  "The self-employed have been hit hardest by high interest rates.",
  "set-phrase", "past", "news", "직격탄을 맞다 ~ take a direct hit")
S("임금 협상을 두고 노사 간 줄다리기가 계속되고 있다.",
  "The tug of war between union and management over wages continues.",
  "Union and management are still wrangling over wages.",
  "set-phrase", "base", "news", "줄다리기 ~ tug of war")
S("법원이 공사 강행에 제동을 걸었다.",
  "The court put the brakes on the push to go ahead with construction.",
  "The court halted the push to go ahead with construction.",
  "set-phrase", "past", "news", "제동을 걸다 ~ put the brakes on")
S("수출 감소로 경제 전망에 먹구름이 드리웠다.",
  "Falling exports have cast dark clouds over the economic outlook.",
  "Falling exports have made the economic outlook bleak.",
  "set-phrase", "past", "news", "먹구름이 드리우다 ~ dark clouds over")
S("전문가들은 집값이 이미 바닥을 쳤다고 본다.",
  "Experts believe house prices have already hit bottom.",
  "Experts believe house prices have already stopped falling.",
  "set-phrase", "past", "news", "바닥을 치다 ~ hit bottom")
S("코인 시장의 거품이 꺼지면서 투자자들이 큰 손실을 봤다.",
  "When the crypto bubble burst, investors suffered heavy losses.",
  "When crypto prices collapsed, investors suffered heavy losses.",
  "set-phrase", "past", "news", "거품이 꺼지다 ~ the bubble bursts")
S("결국 경영진이 노조 요구에 백기를 들었다.",
  "In the end management raised the white flag and gave in to the union's demands.",
  "In the end management gave in to the union's demands.",
  "set-phrase", "past", "business", "백기를 들다 ~ raise the white flag")
S("부모님께 이 소식을 전하려니 마음이 무겁다.",
  "It is with a heavy heart that I have to tell my parents the news.",
  "I dread having to tell my parents the news.",
  "emotion", "base", "dialogue", "마음이 무겁다 ~ heavy heart")
S("차가 갑자기 끼어들어서 십년감수했네.",
  "That car cutting in front of me took ten years off my life.",
  "That car cutting in front of me scared me half to death.",
  "four-char", "past", "dialogue", "십년감수 ~ take years off one's life")
S("계량컵이 없어서 설탕은 눈대중으로 넣었어.",
  "I didn't have a measuring cup, so I eyeballed the sugar.",
  "I didn't have a measuring cup, so I guessed how much sugar to put in.",
  "body-part", "past", "web", "눈대중 ~ eyeball")
S("이번 적발 건은 빙산의 일각에 불과하다.",
  "This case is just the tip of the iceberg.",
  "This case is only a small part of a much bigger problem.",
  "set-phrase", "base", "news", "빙산의 일각 ~ tip of the iceberg")
