# idioms inside questions (hand-written, helper lit6, 2026-12-07)
I("너 요즘 왜 이렇게 코가 쑥 빠져 있어? 무슨 일 있어?",
  "Why is your nose sunk out like this these days? Is something wrong?",
  "Why have you been so down lately? Is something wrong?",
  "body-part", "question", "dialogue", "코가 빠지다 'one's nose drops' = be downcast; mimetic 쑥 inserted")
I("내가 네 봉이야? 왜 맨날 나한테 밥 사 달래?",
  "Am I your phoenix? Why do you always ask me to buy you rice?",
  "Do I look like a pushover to you? Why am I always the one paying for your meals?",
  "animal", "question", "dialogue", "봉 'phoenix' = an easy mark, a sucker")
I("옆집 아줌마는 아직도 오지랖 넓게 남의 집 일에 참견하셔?",
  "Is the next-door auntie still interfering in other families' work with a wide coat front?",
  "Is the lady next door still sticking her nose into everyone else's business?",
  "household", "question", "web", "오지랖이 넓다 'the front panel of one's coat is wide' = nosy (clothing image)")
I("너는 왜 내가 무슨 말만 하면 딴지를 걸어?",
  "Why do you hook a ddanji whenever I say anything?",
  "Why do you have to pick holes in everything I say?",
  "figurative-verb", "question", "web", "딴지(딴죽)를 걸다 'hook a leg (wrestling trip)' = nitpick, object")
I("회식 때 또 술 강요했다며? 그 과장님 완전 꼰대 아니야?",
  "They say he forced drinks again at the company dinner? Isn't that section chief a total kkondae?",
  "I heard he was pushing drinks on everyone at the team dinner again. Isn't he such a dinosaur?",
  "slang/neologism", "question", "dialogue", "꼰대 = bossy, old-fashioned superior")
I("그 친구 결혼한다고 연락 왔는데 축의금은 얼마나 해야 돼? 그냥 눈치껏 할까?",
  "That friend contacted me saying he's getting married, how much congratulation money should I do? Should I just do it by eye-sense?",
  "My friend says he's getting married. How much should I give as a gift? Should I just play it by ear?",
  "body-part", "question", "web", "눈치껏 'by eye-sense' = by reading the situation")
