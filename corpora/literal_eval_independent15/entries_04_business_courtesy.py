# business and office jargon; honorific and courtesy formulas (hand-written, helper lit15, 2026-12-07)
I("오늘도 야근하시느라 수고 많으셨습니다.",
  "You suffered a lot doing overtime again today.",
  "Thanks for all your hard work staying late again today.",
  "other", "honorific", "dialogue", "수고 많으셨습니다: thanks for your hard work; office")
I("네, 그럼 수고하세요.",
  "Yes, then please suffer.",
  "Okay, take care then.",
  "other", "honorific", "dialogue", "수고하세요: parting formula; phone or shop")
I("이번 프로젝트 잘 부탁드립니다.",
  "Please take good care of this project.",
  "I'm looking forward to working with you on this project.",
  "other", "honorific", "dialogue", "잘 부탁드립니다: greeting formula; business")
I("바쁘신 와중에 번거롭게 해 드려 죄송합니다.",
  "I am sorry for making it cumbersome for you in the middle of your busy time.",
  "Sorry to trouble you when you're so busy.",
  "other", "honorific", "web", "번거롭게 해 드려 죄송합니다: sorry for the trouble; business email")
I("배송이 지연되어 고객님들의 너그러운 양해 부탁드립니다.",
  "The delivery is delayed, so we ask for customers' generous understanding-excuse.",
  "Deliveries are running late, and we ask for your patience.",
  "other", "honorific", "web", "양해 부탁드립니다: please bear with us; customer notice")
I("자료 검토 후 회신 부탁드립니다.",
  "After reviewing the material, reply request.",
  "Please take a look at the attached and let me know what you think.",
  "other", "honorific", "web", "회신 부탁드립니다: please reply; business email")
I("귀사의 무궁한 발전을 기원합니다.",
  "We pray for the infinite development of your esteemed company.",
  "We wish you and your company every continued success.",
  "other", "honorific", "web", "귀사의 무궁한 발전을 기원합니다: closing formula; business letter")
I("삼가 고인의 명복을 빕니다.",
  "I respectfully pray for the dark blessing of the deceased.",
  "My deepest condolences.",
  "other", "honorific", "web", "명복을 빌다: condolence formula; message")
I("대표님의 건승을 기원합니다.",
  "I pray for the CEO's healthy victory.",
  "Wishing you every success, sir.",
  "other", "honorific", "web", "건승을 빌다: wish success; speech or card")
I("과분한 칭찬에 몸 둘 바를 모르겠습니다.",
  "With undeserved praise, I don't know where to put my body.",
  "I'm truly humbled by such generous praise.",
  "body-part", "honorific", "dialogue", "몸 둘 바를 모르다: be overwhelmed by praise; speech")
I("그동안 신세 많이 졌습니다.",
  "All this time I carried a lot of your circumstances.",
  "Thank you for everything you've done for me.",
  "other", "honorific", "dialogue", "신세를 지다: be indebted; farewell")
I("별말씀을요. 제가 오히려 감사하죠.",
  "Special words. Rather I am thankful.",
  "Not at all. I should be thanking you.",
  "other", "honorific", "dialogue", "별말씀을요: don't mention it; dialogue")
I("차린 건 없지만 많이 드세요.",
  "There's nothing set out, but eat a lot.",
  "It's nothing fancy, but please help yourselves.",
  "food", "honorific", "dialogue", "차린 건 없지만 많이 드세요: host's formula; dialogue")
I("다음에 밥 한번 먹어요.",
  "Next time let's eat rice once.",
  "Let's grab a meal sometime.",
  "food", "honorific", "dialogue", "밥 한번 먹자: let's catch up sometime; dialogue")
I("선배님, 이제 말씀 편하게 하세요.",
  "Senior, now say your words comfortably.",
  "You don't need to be so formal with me anymore.",
  "other", "honorific", "dialogue", "말씀 편하게 하세요: please speak casually to me; dialogue")
I("우리 동갑인데 말 놓을까?",
  "We're the same age, so shall we put down speech?",
  "We're the same age. Shall we drop the formalities?",
  "other", "question", "dialogue", "말을 놓다: switch to casual speech; dialogue")
I("네, 들어가세요.",
  "Yes, go in.",
  "Okay, bye now.",
  "other", "honorific", "dialogue", "들어가세요: phone farewell formula; phone call")
I("살펴 가세요.",
  "Go looking carefully.",
  "Safe journey home.",
  "other", "honorific", "dialogue", "살펴 가세요: farewell formula; dialogue")
I("새해 복 많이 받으세요!",
  "Receive a lot of new year luck!",
  "Happy New Year!",
  "other", "honorific", "dialogue", "새해 복 많이 받으세요: New Year greeting")
I("팀장님, 이 기획안 결재 올려 드렸습니다.",
  "Team leader, I raised the approval of this plan to you.",
  "I've sent the proposal up to you for sign-off.",
  "other", "honorific", "web", "결재를 올리다: submit for approval; office messenger")
I("디자인 시안은 팀장님 컨펌 받고 진행할게요.",
  "I'll proceed with the design draft after receiving the team leader's confirm.",
  "I'll go ahead with the design once the team leader signs off on it.",
  "slang/neologism", "honorific", "dialogue", "컨펌 (Konglish): sign-off; office")
I("아무도 말을 못 하길래 내가 총대를 멨어.",
  "No one could speak, so I shouldered the gun stock.",
  "Nobody else would say anything, so I stuck my neck out.",
  "household", "past", "dialogue", "총대를 메다: take on the risky task for the group; office")
I("휴가철이라 이번 주는 내가 업무를 독박 쓰게 생겼어.",
  "It's holiday season, so this week I'm going to wear the solo-bak of the work.",
  "It's holiday season, so I'm stuck covering everyone's work on my own this week.",
  "slang/neologism", "split", "dialogue", "독박을 쓰다: be left holding the bag alone; office")
I("저 사람은 하루 종일 자리에만 앉아 있는 월급 루팡이야.",
  "That person is a salary Lupin who sits only at his seat all day.",
  "He's a freeloader who just sits at his desk all day collecting a salary.",
  "slang/neologism", "adnominal", "web", "월급 루팡: idle employee; workplace post")
I("3년 다녔는데 물경력이라 이직이 힘들어.",
  "I worked there for three years, but it's a water career so changing jobs is hard.",
  "Three years in, and none of it really counts as experience, so it's hard to move jobs.",
  "slang/neologism", "base", "web", "물경력: experience of little value; job forum")
I("그 자리는 완전 꿀보직이라 다들 가고 싶어 해.",
  "That position is totally a honey post, so everyone wants to go.",
  "That job is a real cushy number. Everyone wants it.",
  "slang/neologism", "base", "dialogue", "꿀보직: cushy post; office or army chat")
I("짬 좀 찼다고 후배한테 일을 다 떠넘기네.",
  "Just because his leftover rice filled up a bit, he pushes all the work to juniors.",
  "He's been here a while, so now he dumps all his work on the juniors.",
  "slang/neologism", "split", "web", "짬이 차다: gain seniority; workplace post")
I("오늘은 일찍 끝내고 칼퇴할 거예요.",
  "Today I'll finish early and do a knife-leave.",
  "I'm going to finish early today and leave right on time.",
  "slang/neologism", "honorific", "dialogue", "칼퇴: leave exactly on time; office")
I("고객 문의에는 칼답이 생명입니다.",
  "For customer inquiries, the knife reply is life.",
  "When it comes to customer questions, replying instantly is everything.",
  "slang/neologism", "honorific", "web", "칼답: instant reply; business post")
I("하청 업체에 대한 대기업의 갑질이 사회 문제가 됐다.",
  "The big company's gap-jil toward subcontractors became a social problem.",
  "Large companies' bullying of their subcontractors has become a social problem.",
  "slang/neologism", "past", "news", "갑질: abuse of power by the stronger party; business news")
I("우리는 을이라서 계약 조건에 뭐라고 할 수가 없어요.",
  "We are Eul, so we can't say anything about the contract conditions.",
  "We're the smaller party here, so we're in no position to push back on the terms.",
  "slang/neologism", "negated", "dialogue", "을: weaker party in a contract; business")
I("그건 사바사라서 딱 잘라 말하기 어려워요.",
  "That is person-by-person, so it's hard to cut and say.",
  "It depends on the person, so it's hard to give a straight answer.",
  "slang/neologism", "honorific", "dialogue", "사바사 / 딱 잘라 말하다: it varies by person; be definite; dialogue")
I("신제품 출시를 앞두고 마케팅팀이 군불을 때고 있다.",
  "Ahead of the new product launch, the marketing team is stoking the floor fire.",
  "The marketing team is quietly building up buzz ahead of the launch.",
  "household", "base", "news", "군불을 때다: build up anticipation; business news")
I("그 대기업은 문어발식 확장으로 비판을 받아 왔다.",
  "That conglomerate has received criticism for octopus-leg-style expansion.",
  "The conglomerate has long been criticised for expanding into anything and everything.",
  "animal", "adnominal", "news", "문어발식: sprawling; business news")
I("이번 분기 실적이 반토막 났다.",
  "This quarter's results became a half piece.",
  "Our results for this quarter were cut in half.",
  "other", "past", "news", "반토막 나다: be halved; business news")
I("그 회사는 위기 때마다 제 식구 감싸기로 일관했다.",
  "That company consistently wrapped its own family members at every crisis.",
  "In every crisis the company closed ranks to protect its own.",
  "other", "nominalised", "news", "제 식구 감싸기: protecting one's own; editorial")
I("그 연예인은 피해자 코스프레 좀 그만했으면 좋겠다.",
  "I wish that celebrity would stop doing the victim cosplay.",
  "I wish that celebrity would stop playing the victim.",
  "slang/neologism", "base", "web", "피해자 코스프레: playing the victim; comment")
I("소속사가 언플하는 게 너무 티 난다.",
  "It's too obvious the agency is doing un-play.",
  "The agency's media spin is so obvious.",
  "slang/neologism", "nominalised", "web", "언플 (언론 플레이): media spin; comment")
I("일부 블랙컨슈머 때문에 환불 규정이 까다로워졌다.",
  "Because of some black consumers, the refund policy became strict.",
  "Because of a few customers who abuse the system, the refund policy has got stricter.",
  "slang/neologism", "past", "news", "블랙컨슈머 (Konglish): abusive customer; retail news")
I("물은 셀프입니다.",
  "Water is self.",
  "Water is self-service.",
  "slang/neologism", "honorific", "web", "셀프 (Konglish): self-service; restaurant sign")
I("이건 저희 가게 서비스예요.",
  "This is our shop's service.",
  "This one's on the house.",
  "slang/neologism", "honorific", "dialogue", "서비스 (Konglish): on the house; restaurant")
I("구입하신 지 1년 안 됐으면 무상으로 AS 받으실 수 있어요.",
  "If it hasn't been a year since you purchased it, you can receive AS for free.",
  "If it's less than a year since you bought it, the repair is covered under warranty.",
  "slang/neologism", "honorific", "dialogue", "AS (Konglish after-service): repair under warranty; customer service")
I("그 사람은 스펙은 좋은데 실무 경험이 없어.",
  "That person's specs are good, but he has no practical experience.",
  "He looks great on paper, but he's got no hands-on experience.",
  "slang/neologism", "base", "dialogue", "스펙 (Konglish): credentials; hiring")
I("박 과장은 손이 빨라서 맡기면 하루면 끝내.",
  "Manager Park's hands are fast, so if you entrust it he finishes in a day.",
  "Park's a fast worker. Give it to him and he'll have it done in a day.",
  "body-part", "base", "dialogue", "손이 빠르다: work fast; office")
I("이 작업은 손이 많이 가서 외주를 줘야 할 것 같아요.",
  "This work has many hands going, so I think we should give it to outsourcing.",
  "This job is really fiddly, so I think we should outsource it.",
  "body-part", "honorific", "dialogue", "손이 많이 가다: be labour-intensive; office")
I("우리 둘은 손발이 척척 맞아서 일하기 편해.",
  "The two of us have hands and feet matching cheok-cheok, so it's easy to work.",
  "We work really well together, so it's easy.",
  "body-part", "base", "dialogue", "손발이 맞다: work well together; office")
