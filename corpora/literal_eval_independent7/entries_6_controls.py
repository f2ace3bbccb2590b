# literal-use controls: words that form idioms elsewhere in this set, here in their plain sense (hand-written, helper lit7, 2026-12-07)
C("아빠는 손이 커서 장갑을 항상 XL 사이즈로 사신다.",
  "Dad has big hands, so he always buys XL gloves.", "honorific", "dialogue")
C("창가에 앉아 바람을 맞으니 더위가 좀 가셨다.",
  "Sitting by the window in the breeze, I felt a bit less hot.", "past", "web")
C("건강을 생각해서 요즘은 콩밥을 지어 먹어요.",
  "I've been cooking rice with beans lately for my health.", "honorific", "dialogue")
C("찹쌀을 쪄서 절구에 치면 떡이 된다.",
  "If you steam glutinous rice and pound it in a mortar, it becomes rice cake.", "base", "textbook")
C("냄비 뚜껑 틈으로 김이 새어 나왔다.",
  "Steam escaped through the gap under the pot lid.", "past", "textbook")
C("약 먹기 전에 물 한 컵 먹어.",
  "Drink a glass of water before you take your medicine.", "base", "dialogue")
C("사냥꾼이 멧돼지를 향해 총을 쐈다.",
  "The hunter fired at the wild boar.", "past", "news")
C("부엌 창틀을 따라 개미가 줄지어 들어오고 있어.",
  "There's a line of ants coming in along the kitchen window frame.", "base", "web")
C("퇴근길에 군고구마 한 봉지 사 왔어.",
  "I picked up a bag of roasted sweet potatoes on my way home from work.", "past", "dialogue")
C("할아버지가 뒷짐을 지고 마당을 천천히 거니셨다.",
  "Grandpa strolled slowly round the yard with his hands clasped behind his back.", "honorific", "textbook")
C("볶은 호박씨를 까서 샐러드 위에 뿌렸다.",
  "I shelled some roasted pumpkin seeds and sprinkled them on the salad.", "past", "web")
C("할머니가 바늘에 실 좀 꿰어 달라고 하셨다.",
  "Grandma asked me to thread the needle for her.", "honorific", "dialogue")
C("내일 아침 첫 비행기 타고 제주도 가요.",
  "I'm taking the first flight to Jeju tomorrow morning.", "honorific", "dialogue")
C("아이에게 주스에 빨대를 꽂아서 건네주었다.",
  "I put a straw in the juice and handed it to my child.", "past", "textbook")
C("어항 물갈이는 일주일에 한 번씩 해 주세요.",
  "Change the water in the fish tank once a week.", "honorific", "web")
C("동물원에서 호랑이 새끼 세 마리가 태어났다.",
  "Three tiger cubs were born at the zoo.", "past", "news")
C("우리 아이는 자면서 이를 갈아서 치과에 가 봤어요.",
  "My child grinds his teeth in his sleep, so we took him to the dentist.", "honorific", "dialogue")
C("신생아 배꼽은 보통 2주 정도면 떨어진다.",
  "A newborn's umbilical stump usually falls off in about two weeks.", "base", "textbook")
C("박물관에서 조선 시대 감투를 직접 봤다.",
  "I saw a Joseon-era horsehair cap at the museum.", "past", "web")
C("사극 분장팀이 배우 머리에 상투를 틀어 주었다.",
  "The period drama's make-up team tied the actor's hair in a topknot.", "past", "news")
C("피자 먹을 때는 사이다가 딱이지.",
  "Lemon-lime soda is perfect with pizza.", "base", "web")
C("아이 코가 흘러서 휴지로 닦아 줬다.",
  "My child's nose was running, so I wiped it with a tissue.", "past", "web")
C("주방장이 칼자루를 꽉 쥐고 생선을 손질했다.",
  "The chef gripped the knife handle tightly and prepared the fish.", "past", "textbook")
C("아이가 보따리에 장난감을 잔뜩 싸서 할머니 댁에 갔다.",
  "The child packed a cloth bundle full of toys and went to Grandma's.", "past", "textbook")
C("수박을 반으로 갈라서 숟가락으로 떠먹었다.",
  "We cut the watermelon in half and ate it with spoons.", "past", "dialogue")
C("우물 옆에서 개구리가 개굴개굴 울었다.",
  "A frog was croaking next to the well.", "past", "textbook")
