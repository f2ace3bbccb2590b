# near-miss groups: Korean image that is also idiomatic in English, so the close rendering is fine (hand-written, lit4, 2026-12-06)
N("올해는 다들 허리띠를 졸라매야 할 것 같아요.",
  "I think we'll all have to tighten our belts this year.",
  "I think we'll all have to cut back on spending this year.",
  "household", "base", "dialogue", "허리띠를 졸라매다")
N("감독의 부상 소식이 우승 분위기에 찬물을 끼얹었다.",
  "News of the coach's injury poured cold water on the title celebrations.",
  "News of the coach's injury dampened the title celebrations.",
  "food", "past", "news", "찬물을 끼얹다")
N("결국 상대 팀이 백기를 들었대.",
  "I heard the other team finally raised the white flag.",
  "I heard the other team finally gave up.",
  "household", "past", "dialogue", "백기를 들다")
N("우산 없이 나갔다가 물에 빠진 생쥐 꼴이 됐어.",
  "I went out without an umbrella and ended up looking like a drowned rat.",
  "I went out without an umbrella and got completely soaked.",
  "animal", "past", "dialogue", "물에 빠진 생쥐")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is only the tip of the iceberg.",
  "The corruption uncovered so far is only a small part of the problem.",
  "four-char", "base", "news", "빙산의 일각")
N("걔 우는 거 다 악어의 눈물이야, 속지 마.",
  "Those are just crocodile tears. Don't fall for it.",
  "She's only pretending to be sad. Don't fall for it.",
  "animal", "negated", "dialogue", "악어의 눈물")
N("피는 물보다 진하다더니, 결국 형 편을 들더라.",
  "Blood is thicker than water, I guess. He took his brother's side in the end.",
  "Family comes first, I guess. He took his brother's side in the end.",
  "proverb", "past", "dialogue", "피는 물보다 진하다")
N("우리 이제 한 배를 탄 거야, 같이 살고 같이 죽는 거지.",
  "We're in the same boat now. We sink or swim together.",
  "We're in this together now, for better or worse.",
  "figurative-verb", "past", "dialogue", "한 배를 타다")
N("지금 그런 말 하는 건 불난 집에 부채질하는 거야.",
  "Saying that right now is just fanning the flames.",
  "Saying that right now would only make things worse.",
  "proverb", "nominalised", "dialogue", "불난 집에 부채질하다; EN image 'fan the flames'")
N("협상이 또 벽에 부딪혔다고요?",
  "The negotiations have hit a wall again?",
  "The talks have stalled again?",
  "figurative-verb", "passive", "dialogue", "벽에 부딪히다")
N("휴가가 눈 깜짝할 사이에 지나갔어 ㅠ",
  "My vacation went by in the blink of an eye ㅠ",
  "My vacation was over before I knew it ㅠ",
  "body-part", "past", "web", "눈 깜짝할 사이")
N("그 상담사는 알고 보니 양의 탈을 쓴 늑대였다.",
  "The counsellor turned out to be a wolf in sheep's clothing.",
  "The counsellor turned out to be a predator posing as someone trustworthy.",
  "animal", "past", "news", "양의 탈을 쓴 늑대")
N("그 질문은 판도라의 상자를 여는 거라 아무도 안 꺼내.",
  "Nobody brings up that question because it would open Pandora's box.",
  "Nobody raises that question because it would unleash a whole mess of problems.",
  "other", "negated", "dialogue", "판도라의 상자를 열다")
N("연금 개혁은 이번 국회에서도 뜨거운 감자로 떠올랐다.",
  "Pension reform has once again emerged as a hot potato in this National Assembly.",
  "Pension reform has once again become a contentious issue in this National Assembly.",
  "food", "past", "news", "뜨거운 감자")
N("야 그건 좀 선 넘었다.",
  "Dude, that's crossing the line.",
  "Dude, that's going too far.",
  "figurative-verb", "split", "web", "선을 넘다 (particle dropped)")
N("요즘 대기업 취업문은 바늘구멍만큼 좁아.",
  "Getting into a big company these days is like threading the eye of a needle.",
  "It's incredibly hard to land a job at a big company these days.",
  "household", "adnominal", "dialogue", "바늘구멍 = very narrow chance")
N("그 회사의 성장 신화는 모래성처럼 무너졌다.",
  "The company's success story crumbled like a sandcastle.",
  "The company's success story collapsed completely.",
  "household", "past", "news", "모래성처럼 무너지다")
N("그 정치인은 선거가 끝나자 결국 가면을 벗었다.",
  "Once the election was over, the politician finally took off his mask.",
  "Once the election was over, the politician finally showed what he was really like.",
  "household", "past", "news", "가면을 벗다 = drop the pretence")
N("우리 다 같이 머리를 맞대고 방법을 찾아보자.",
  "Let's all put our heads together and find a way.",
  "Let's all work on this together and find a solution.",
  "body-part", "base", "dialogue", "머리를 맞대다")
N("복권 당첨되더니 돈을 물 쓰듯 쓰더라.",
  "After winning the lottery he spent money like water.",
  "After winning the lottery he spent money recklessly.",
  "household", "past", "dialogue", "돈을 물 쓰듯 하다")
N("이번 한 번만 눈 감아 주시면 안 될까요?",
  "Couldn't you turn a blind eye just this once?",
  "Couldn't you let it slide just this once?",
  "body-part", "honorific", "dialogue", "눈을 감아 주다; EN 'turn a blind eye' shares the eye image")
N("그 규제 기관은 처벌 권한이 없는 종이호랑이에 불과하다.",
  "The regulator is nothing more than a paper tiger with no power to punish.",
  "The regulator has no real teeth because it cannot impose penalties.",
  "animal", "adnominal", "news", "종이호랑이")
N("지푸라기라도 잡는 심정으로 연락드렸습니다.",
  "I'm contacting you because I'm clutching at straws.",
  "I'm reaching out to you as a last resort.",
  "proverb", "honorific", "web", "물에 빠진 사람 지푸라기라도 잡는다 (shortened)")
N("자영업자들은 고금리에 벼랑 끝으로 내몰리고 있다.",
  "Small business owners are being pushed to the brink by high interest rates.",
  "Small business owners are being driven to the point of collapse by high interest rates.",
  "figurative-verb", "passive", "news", "벼랑 끝에 몰리다")
N("엄마 말은 한 귀로 듣고 한 귀로 흘리지?",
  "Mom's words go in one ear and out the other, right?",
  "You never listen to a word Mom says, do you?",
  "body-part", "base", "dialogue", "한 귀로 듣고 한 귀로 흘리다")
