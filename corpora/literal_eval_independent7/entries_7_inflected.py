# common idioms in marked forms: causative, passive, honorific, negated, nominalised, split (hand-written, helper lit7, 2026-12-07)
I("사모님은 발이 참 넓으시네요.",
  "Madam, your feet are really wide.",
  "You really do know everyone, ma'am.",
  "body-part", "honorific", "dialogue", "발이 넓다 (honorific, split by 참): well connected")
I("마지막 1초까지 가슴을 졸이게 한 경기였다.",
  "It was a match that made us boil our chests down until the last second.",
  "It was a match that kept us on the edge of our seats until the very last second.",
  "body-part", "causative", "news", "가슴을 졸이다 (causative): be on tenterhooks")
I("애 기 죽이지 말고 칭찬 좀 해 줘.",
  "Don't kill the kid's energy, give him some praise.",
  "Don't crush the kid's confidence; give him some praise.",
  "emotion", "causative", "dialogue", "기를 죽이다 (causative of 기가 죽다), particle dropped")
I("우리 아들이 사춘기라 속을 많이 썩여요.",
  "Our son is going through puberty, so he rots my insides a lot.",
  "Our son is a teenager now and gives me no end of grief.",
  "body-part", "causative", "dialogue", "속을 썩이다 (causative of 속이 썩다)")
I("아파트 주민들이 층간 소음으로 골머리를 앓고 있다.",
  "Apartment residents are suffering from a brain ache over noise between floors.",
  "Apartment residents are at their wits' end over noise from the neighbours upstairs.",
  "body-part", "base", "news", "골머리를 앓다: be troubled")
I("말실수 하나로 상대 후보에게 꼬투리를 잡혔다.",
  "Over one slip of the tongue he got his pod end grabbed by the rival candidate.",
  "One slip of the tongue gave his rival something to pounce on.",
  "household", "passive", "news", "꼬투리를 잡히다 (passive of 꼬투리를 잡다)")
I("그 사람한테 코가 꿰여서 시키는 대로 할 수밖에 없어.",
  "My nose is threaded by that person, so I can only do as I'm told.",
  "He's got me over a barrel, so I have no choice but to do what he says.",
  "body-part", "passive", "dialogue", "코가 꿰이다: be under someone's control")
I("토론에서 상대 후보에게 제대로 한 방 먹였다.",
  "In the debate he properly fed the rival candidate one shot.",
  "He landed a real blow on his rival in the debate.",
  "figurative-verb", "causative", "news", "한 방 먹이다 (causative of 한 방 먹다)")
I("회사는 돈으로 직원들 입막음을 하려 했다.",
  "The company tried to do mouth-blocking of its employees with money.",
  "The company tried to buy its employees' silence.",
  "body-part", "nominalised", "news", "입막음 (nominalised 입을 막다)")
I("창피해서 얼굴을 못 들겠어.",
  "I'm so embarrassed I can't lift my face.",
  "I'm too ashamed to look anyone in the eye.",
  "body-part", "negated", "dialogue", "얼굴을 못 들다: be ashamed")
I("나 뒤끝 없는 사람이야.",
  "I'm a person without a back end.",
  "I'm not one to hold a grudge.",
  "body-part", "negated", "dialogue", "뒤끝이 없다 (adnominal, particle dropped)")
I("행복은 다 마음먹기에 달렸어.",
  "Happiness all depends on eating the mind.",
  "Happiness is all down to your attitude.",
  "emotion", "nominalised", "dialogue", "마음먹기 (nominalised 마음을 먹다)")
I("이번엔 꼭 걔 코를 납작하게 만들어 줄 거야.",
  "This time I'll definitely make his nose flat.",
  "This time I'm definitely going to put him in his place.",
  "body-part", "causative", "dialogue", "코를 납작하게 하다: humble someone")
I("차린 건 없지만 입에 맞으실지 모르겠네요.",
  "There's not much laid out, but I don't know whether it will fit your mouth.",
  "It's nothing special, but I hope it's to your taste.",
  "body-part", "honorific", "dialogue", "입에 맞다 (honorific)")
I("아이를 잃어버린 엄마가 발을 동동 굴렀다.",
  "The mother who had lost her child stamped her feet dong-dong.",
  "The mother who had lost her child was beside herself with worry.",
  "body-part", "split", "textbook", "발을 동동 구르다: be frantic")
I("손녀는 눈에 넣어도 안 아플 만큼 예뻐.",
  "My granddaughter is so pretty it wouldn't hurt even if I put her in my eye.",
  "My granddaughter is the apple of my eye.",
  "body-part", "negated", "dialogue", "눈에 넣어도 아프지 않다 (short negation)")
I("우리 수비진은 상대의 역습에 허를 찔렸다.",
  "Our defence had its emptiness stabbed by the opponent's counter-attack.",
  "Our defence was caught off guard by the counter-attack.",
  "figurative-verb", "passive", "news", "허를 찔리다 (passive of 허를 찌르다)")
I("한때 가요계에서 이름을 날리던 가수가 돌아왔다.",
  "A singer who once flew his name in the pop music world has returned.",
  "A singer who was once a big name in K-pop has made a comeback.",
  "figurative-verb", "adnominal", "news", "이름을 날리다: be famous")
I("공금을 빼돌리고는 입을 싹 닦았다.",
  "He siphoned off public funds and then wiped his mouth clean.",
  "He siphoned off public money and then acted as if nothing had happened.",
  "body-part", "split", "news", "입을 닦다 (split by 싹)")
I("그는 억울하게 도둑 누명을 썼다.",
  "He unfairly wore the false name of a thief.",
  "He was wrongly accused of theft.",
  "household", "passive", "textbook", "누명을 쓰다: be falsely accused")
I("팀장 실수를 내가 다 뒤집어썼어.",
  "I wore the team leader's mistake all over my head.",
  "I took all the blame for the team leader's mistake.",
  "figurative-verb", "passive", "dialogue", "뒤집어쓰다: take the blame")
I("숙제 안 해 가서 선생님한테 혼쭐이 났지 뭐야.",
  "I didn't do my homework, so my soul string came out from the teacher, you know what.",
  "I hadn't done my homework and got a real telling-off from the teacher, can you believe it?",
  "figurative-verb", "past", "dialogue", "혼쭐나다: be scolded severely")
