# body-part, food, animal, household, colour, number and place images (hand-written, helper lit15, 2026-12-07)
I("고향 두고 온 강아지가 자꾸 눈에 밟혀.",
  "The puppy I left at home keeps getting stepped on by my eyes.",
  "I can't stop thinking about the puppy I left back home.",
  "body-part", "passive", "dialogue", "눈에 밟히다: can't stop thinking of; chat")
I("우리 할머니는 손이 커서 명절 음식을 늘 너무 많이 하셔.",
  "Our grandma has big hands, so she always makes too much holiday food.",
  "My grandma always cooks far too much for the holidays. She never makes a small amount of anything.",
  "body-part", "honorific", "dialogue", "손이 크다: cook or give generously; chat")
I("우리 애는 입이 짧아서 반찬을 거의 안 먹어요.",
  "Our child has a short mouth, so he barely eats side dishes.",
  "My son's a fussy eater and hardly touches the side dishes.",
  "body-part", "negated", "web", "입이 짧다: be a picky eater; parenting forum")
I("엄마한테 그 얘기를 귀에 못이 박히도록 들었어.",
  "I heard that talk from Mom until nails were driven into my ears.",
  "Mom has told me that a thousand times.",
  "body-part", "passive", "dialogue", "귀에 못이 박히다: hear something endlessly; chat")
I("택배 오기만 목이 빠지게 기다리고 있어.",
  "I'm waiting for the parcel until my neck falls out.",
  "I'm dying for my parcel to arrive.",
  "body-part", "base", "web", "목이 빠지게 기다리다: wait eagerly; social post")
I("그 사람 승진하더니 목에 힘이 잔뜩 들어갔어.",
  "Since he got promoted, a lot of strength went into his neck.",
  "Ever since his promotion he's been strutting around like he owns the place.",
  "body-part", "past", "dialogue", "목에 힘이 들어가다: become arrogant; office")
I("그 회사는 석사 이상만 뽑는다니 가방끈이 길어야겠네.",
  "That company only hires master's and above, so your bag strap has to be long.",
  "That company only takes people with a master's or higher, so you need plenty of qualifications.",
  "household", "base", "dialogue", "가방끈이 길다: be highly educated; chat")
I("쥐꼬리만 한 월급으로 서울에서 살기 힘들다.",
  "It's hard to live in Seoul on a salary the size of a rat's tail.",
  "It's hard to live in Seoul on such a measly salary.",
  "animal", "adnominal", "web", "쥐꼬리만 한: tiny (pay); forum")
I("선생님이 들어오시자 교실이 쥐 죽은 듯 조용해졌다.",
  "When the teacher came in, the classroom became quiet as if a rat died.",
  "As soon as the teacher walked in, the classroom went dead quiet.",
  "animal", "honorific", "textbook", "쥐 죽은 듯: dead quiet; textbook story")
I("선거철만 되면 철새 정치인들이 당을 옮긴다.",
  "Whenever election season comes, migratory bird politicians move parties.",
  "Every election season, opportunist politicians jump ship to other parties.",
  "animal", "base", "news", "철새 정치인: party-hopping politician; politics news")
I("비싼 돈 들였는데 결국 말짱 도루묵이 됐어.",
  "I spent expensive money but in the end it became all sandfish.",
  "I spent a fortune and it all came to nothing.",
  "animal", "past", "dialogue", "말짱 도루묵: all for nothing; chat")
I("우리 아빠는 아직도 독수리 타법으로 타자를 치셔.",
  "My dad still types with the eagle method.",
  "My dad still types with two fingers.",
  "animal", "honorific", "web", "독수리 타법: hunt-and-peck typing; social post")
I("늦게 일어나서 고양이 세수만 하고 나왔어.",
  "I woke up late so I only did a cat's face wash and came out.",
  "I woke up late, so I just splashed some water on my face and left.",
  "animal", "past", "dialogue", "고양이 세수: a quick lick-and-a-promise wash; chat")
I("우리 아빠는 편의점을 참새가 방앗간 지나치듯 그냥 못 지나가셔.",
  "My dad can't just pass a convenience store, like a sparrow passing a mill.",
  "My dad can never walk past a convenience store without popping in.",
  "animal", "negated", "web", "참새가 방앗간 그냥 못 지나가다: can't resist stopping in; social post")
I("너 까마귀 고기 먹었어? 또 열쇠를 두고 왔어?",
  "Did you eat crow meat? Did you leave the key again?",
  "What's wrong with your memory? Did you forget your keys again?",
  "animal", "question", "dialogue", "까마귀 고기를 먹다: be forgetful (false friend 'eat crow'); chat")
I("야근을 일주일 내내 했더니 파김치가 됐어.",
  "I did overtime all week, so I became green-onion kimchi.",
  "I've worked late all week and I'm completely wiped out.",
  "food", "past", "dialogue", "파김치가 되다: be exhausted; office")
I("그 집은 형제끼리 소송까지 해서 콩가루 집안이 됐다.",
  "That house became a soybean powder family with brothers even suing.",
  "That family fell apart completely. The brothers even took each other to court.",
  "food", "past", "web", "콩가루 집안: dysfunctional family; forum")
I("그는 이 동네 모임마다 빠지지 않는 약방의 감초다.",
  "He is the licorice of the pharmacy who doesn't miss any neighbourhood gathering.",
  "He's a fixture at every neighbourhood get-together.",
  "food", "negated", "textbook", "약방의 감초: someone who is always there; textbook")
I("겉만 번지르르하고 빛 좋은 개살구야.",
  "Only the outside is shiny and it's a wild apricot with good colour.",
  "It looks great on the outside, but there's nothing to it.",
  "food", "base", "web", "빛 좋은 개살구: all show, no substance; review")
I("그는 거짓말을 밥 먹듯 한다.",
  "He does lying as if eating rice.",
  "Lying comes as naturally to him as breathing.",
  "food", "base", "dialogue", "밥 먹듯 하다: do habitually; dialogue")
I("둘은 대학 시절 한솥밥을 먹은 사이다.",
  "The two are a relation who ate rice from one pot in university days.",
  "The two were teammates back in university.",
  "food", "adnominal", "news", "한솥밥을 먹다: be on the same team; sports news")
I("예산을 놓고 부서 간 밥그릇 싸움이 한창이다.",
  "A rice bowl fight between departments over the budget is in full swing.",
  "The departments are locked in a turf war over the budget.",
  "food", "base", "news", "밥그릇 싸움: turf war; politics news")
I("아무리 해도 밥값은 해야지.",
  "No matter what, you should do your rice price.",
  "Whatever happens, you have to earn your keep.",
  "food", "base", "dialogue", "밥값을 하다: earn one's keep; office")
I("그는 한 번 빨간 줄이 그어져서 취업이 어렵다.",
  "Because a red line was drawn on him once, getting a job is hard.",
  "He has a criminal record, so finding a job is hard.",
  "other", "passive", "web", "빨간 줄이 가다: have a criminal record; forum")
I("얘기하다 보니 또 삼천포로 빠졌네.",
  "While talking, we fell into Samcheonpo again.",
  "We've gone off on a tangent again.",
  "other", "past", "dialogue", "삼천포로 빠지다: go off topic; chat")
I("그건 새빨간 거짓말이야.",
  "That is a deep red lie.",
  "That's a barefaced lie.",
  "other", "base", "dialogue", "새빨간 거짓말: outright lie; dialogue")
I("중학교 때 사진은 내 흑역사라 절대 못 보여 줘.",
  "The middle school photos are my black history, so I can never show them.",
  "My middle-school photos are way too embarrassing. I'm never showing them to anyone.",
  "other", "negated", "web", "흑역사: embarrassing past; social post")
I("다음 주 월요일이 빨간 날이라서 여행 가려고.",
  "Next Monday is a red day, so I'm going to travel.",
  "Next Monday's a public holiday, so I'm going away.",
  "other", "base", "dialogue", "빨간 날: public holiday; chat")
I("맛은 있는데 2프로 부족해.",
  "It's tasty, but 2 percent is lacking.",
  "It's tasty, but something's missing.",
  "other", "base", "web", "2프로 부족하다: just not quite there; food review")
I("사람들이 삼삼오오 모여서 불꽃놀이를 기다렸다.",
  "People gathered three-three-five-five and waited for the fireworks.",
  "People gathered in small groups to wait for the fireworks.",
  "four-char", "past", "textbook", "삼삼오오: in small groups; textbook")
