# mimetic/onomatopoeic, colour, number and weather idioms; extra near misses (hand-written, lit5, 2026-12-07)
I("아이가 열이 안 내려서 엄마는 밤새 발을 동동 굴렀다.",
  "The child's fever didn't go down, so the mother rolled her feet dongdong all night.",
  "The child's fever wouldn't come down, and the mother was frantic all night.",
  "figurative-verb", "past", "textbook", "발을 동동 구르다 = be frantic with worry")
I("어른한테 저렇게 말하는 거 보니 싹수가 노랗다.",
  "Seeing him talk to an adult like that, his sprout is yellow.",
  "The way he talks to his elders, he's clearly going to come to no good.",
  "other", "base", "dialogue", "싹수가 노랗다 = show no promise (colour image)")
I("그건 새빨간 거짓말이야, 난 거기 간 적도 없어.",
  "That's a bright red lie, I've never even been there.",
  "That's a flat-out lie. I've never even been there.",
  "other", "base", "dialogue", "새빨간 거짓말 = barefaced lie (colour image)")
I("불합격 문자 받고 하늘이 노래지더라.",
  "When I got the rejection text, the sky turned yellow.",
  "When I got the rejection text, my whole world came crashing down.",
  "emotion", "past", "web", "하늘이 노랗다 = feel faint with shock")
I("넌 어떻게 된 애가 이렇게 칠칠맞지 못하니, 또 흘렸어?",
  "How can a kid be so not seven-seven-like, you spilled again?",
  "How can you be so clumsy? Did you spill it again?",
  "other", "negated", "dialogue", "칠칠맞지 못하다 = careless, sloppy")
I("점심시간이 되자 직장인들이 삼삼오오 식당으로 향했다.",
  "At lunchtime, office workers headed to restaurants three three five five.",
  "At lunchtime, office workers headed out to restaurants in small groups.",
  "four-char", "past", "news", "삼삼오오 = in twos and threes")
I("새 규제로 중고차 업계가 된서리를 맞았다.",
  "The used car industry was hit by a hard frost from new regulations.",
  "New regulations have dealt the used-car industry a heavy blow.",
  "figurative-verb", "passive", "news", "된서리를 맞다 = suffer a severe blow (weather image)")
I("크게 싸웠는데 비 온 뒤에 땅 굳는다고 오히려 더 친해졌어.",
  "We fought big but as they say after rain the ground hardens, we got closer instead.",
  "We had a huge fight, but it actually brought us closer together.",
  "proverb", "split", "dialogue", "비 온 뒤에 땅이 굳는다 = adversity strengthens bonds")
I("누가 애한테 바람을 넣어서 갑자기 유학 간다고 난리야?",
  "Who put wind into the kid so that he suddenly makes a fuss about studying abroad?",
  "Who put that idea in his head? Now he's suddenly set on studying abroad.",
  "figurative-verb", "past", "dialogue", "바람을 넣다 = put ideas in someone's head")
I("우리 둘이 죽이 잘 맞아서 여행 계획도 금방 짰어.",
  "The two of us had our porridge matched well, so we made the travel plan quickly.",
  "We get on really well, so we sorted out the travel plans in no time.",
  "food", "past", "dialogue", "죽이 맞다 = hit it off")
I("이사하고 나서 일이 술술 풀리고 있어.",
  "After moving, things are unravelling sulsul.",
  "Everything's been going smoothly since we moved.",
  "figurative-verb", "passive", "dialogue", "술술 풀리다 = go smoothly (mimetic)")
I("야심 차게 발표한 개혁안은 반대에 부딪혀 흐지부지됐다.",
  "The reform plan announced ambitiously hit opposition and became heuji-buji.",
  "The much-touted reform plan ran into opposition and quietly fizzled out.",
  "figurative-verb", "past", "news", "흐지부지되다 = peter out (mimetic)")
I("딸이 학교에서 있었던 일을 미주알고주알 다 얘기해 줘.",
  "My daughter tells me everything that happened at school mijual-gojual.",
  "My daughter tells me every little thing that happened at school.",
  "other", "base", "dialogue", "미주알고주알 = in minute detail")
I("쥐뿔도 모르면서 아는 척하지 마.",
  "Don't pretend to know while not knowing even a rat's horn.",
  "Don't act like you know when you haven't got a clue.",
  "animal", "negated", "dialogue", "쥐뿔도 모르다 = know nothing")
I("범인이 잡혔다니 속이 다 시원하네요.",
  "They say the criminal was caught, so my inside is all cool.",
  "I'm so relieved they caught the culprit.",
  "emotion", "honorific", "dialogue", "속이 시원하다 = feel relieved")
N("그 사람 말은 십중팔구 거짓말일 거야.",
  "Nine times out of ten, what he says is a lie.",
  "What he says is almost certainly a lie.",
  "four-char", "base", "dialogue", "십중팔구 = most likely")
N("출퇴근길에 영어 팟캐스트 들으면 일석이조지.",
  "Listening to English podcasts on the commute kills two birds with one stone.",
  "Listening to English podcasts on your commute gets two things done at once.",
  "four-char", "base", "dialogue", "일석이조 = two gains from one action")
N("축제 분위기에 갑작스러운 사고 소식이 찬물을 끼얹었다.",
  "News of a sudden accident poured cold water on the festive mood.",
  "News of a sudden accident dampened the festive mood.",
  "figurative-verb", "past", "news", "찬물을 끼얹다 = dampen")
