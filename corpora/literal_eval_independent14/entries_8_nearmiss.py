# near misses: the words of an idiom used in their literal sense, so a literal rendering is correct (hand-written, helper lit14, 2026-12-07)
M("저는 발이 넓어서 운동화를 살 때 항상 한 치수 크게 사요.",
  "My feet are wide, so I always buy trainers a size up.", "base", "web", "발이 넓다")
M("손이 커서 장갑은 늘 XL 사이즈를 사요.",
  "I have big hands, so I always buy gloves in XL.", "honorific", "dialogue", "손이 크다")
M("어제 먹은 회가 상했는지 밤새 배가 아팠어요.",
  "I think the raw fish I ate yesterday was off; I had a stomach ache all night.", "past", "dialogue", "배가 아프다")
M("밥은 불을 끈 뒤 5분 정도 뜸을 들여야 맛있다.",
  "Rice tastes best if you turn off the heat and let it steam for about five minutes.", "base", "textbook", "뜸을 들이다")
M("스노클링 하려고 오리발이랑 물안경을 빌렸어.",
  "I hired flippers and goggles to go snorkelling.", "past", "web", "오리발")
M("아이가 태어나서 처음으로 비행기를 타 봤어요.",
  "It was our child's first time on a plane.", "past", "web", "비행기 태우다")
M("어제 마트에서 산 파로 파김치를 담갔다.",
  "I made green onion kimchi with the spring onions I bought at the supermarket yesterday.", "past", "textbook", "파김치가 되다")
M("죽이 식어서 전자레인지에 데워 먹었어.",
  "The porridge had gone cold, so I heated it up in the microwave.", "past", "dialogue", "식은 죽 먹기")
M("부엌 바닥에 개미가 줄지어 기어가고 있었다.",
  "Ants were marching in a line across the kitchen floor.", "base", "textbook", "개미 (retail investor)")
M("가을이 되자 철새들이 강 하구로 날아들었다.",
  "In autumn the migratory birds flocked to the river mouth.", "past", "news", "철새 정치인")
M("가게 간판이 바람에 떨어질 뻔했다.",
  "The shop sign was nearly blown down by the wind.", "past", "news", "간판을 내리다")
M("공수부대원들이 낙하산을 메고 뛰어내렸다.",
  "The paratroopers jumped with their parachutes on.", "past", "news", "낙하산 인사")
M("웅덩이에 고인 물에서 모기가 생긴다.",
  "Mosquitoes breed in standing water in puddles.", "base", "textbook", "고인물")
M("아침에 집 앞 눈을 삽으로 치웠다.",
  "I shovelled the snow in front of the house this morning.", "past", "web", "삽질")
M("군고구마랑 사이다 한 병 사 왔어.",
  "I picked up some roasted sweet potatoes and a bottle of lemonade.", "past", "dialogue", "고구마 / 사이다")
M("국이 너무 짜서 물을 조금 더 부었다.",
  "The soup was too salty, so I added a bit more water.", "past", "textbook", "물타기")
M("강아지가 큰 개를 보더니 꼬리를 내리고 숨었다.",
  "The puppy saw the big dog, put its tail between its legs and hid.", "past", "dialogue", "꼬리를 내리다")
M("축구공에 뒤통수를 맞아서 혹이 났어.",
  "A football hit me on the back of the head and gave me a bump.", "past", "dialogue", "뒤통수를 치다")
M("햇빛이 강해서 해변에서 색안경을 꼈다.",
  "The sun was strong, so I wore sunglasses on the beach.", "past", "web", "색안경을 끼다")
M("이 벽에 못을 박아서 액자를 걸자.",
  "Let's put a nail in this wall and hang the picture.", "base", "dialogue", "못을 박다")
M("고양이가 아침마다 앞발로 세수를 한다.",
  "Every morning the cat washes its face with its front paws.", "base", "textbook", "고양이 세수")
M("국을 끓이다가 간을 보려고 국물을 조금 떠먹었다.",
  "While making the soup I had a spoonful of the broth to check the seasoning.", "past", "textbook", "국물도 없다")
M("우리 집 금붕어가 벌써 세 살이 됐다.",
  "Our goldfish is already three years old.", "past", "web", "금붕어 기억력")
M("그 식당은 큰 가마솥 하나에 밥을 지어 직원들이 같이 먹는다.",
  "At that restaurant they cook rice in one big cauldron and all the staff eat it together.", "base", "news", "한솥밥을 먹다")
M("수영장에서 나오니 바람이 차서 소름이 돋았다.",
  "When I got out of the pool the wind was cold and I came out in goosebumps.", "past", "web", "소름 돋다")
M("주사 맞을 때 손에 땀을 쥐고 있던 아이가 울음을 터뜨렸다.",
  "The child, who had been clenching a sweaty fist while getting the injection, burst into tears.", "past", "textbook", "손에 땀을 쥐다")
