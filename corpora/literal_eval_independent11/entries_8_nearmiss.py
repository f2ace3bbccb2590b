# near misses: words of a known idiom used in their literal sense; a literal English rendering is correct
# (hand-written, helper lit11, 2026-12-07). One good row each.
M("이 운동화는 볼이 넉넉해서 발이 넓은 사람한테 잘 맞아요.",
  "These trainers are roomy, so they fit people with wide feet well.",
  "body-part", "honorific", "web", "발이 넓다 literally: wide feet")
M("농구 선수라 손이 커서 일반 장갑은 안 들어가.",
  "He's a basketball player with big hands, so ordinary gloves don't fit him.",
  "body-part", "negated", "dialogue", "손이 크다 literally: big hands")
M("의사 선생님이 내 발목을 잡고 이리저리 돌려 보셨다.",
  "The doctor took hold of my ankle and turned it this way and that.",
  "body-part", "honorific", "textbook", "발목을 잡다 literally: hold an ankle")
M("점심에 먹은 게 상했는지 배가 아파서 약을 먹었다.",
  "Something I ate at lunch must have gone off, because my stomach hurt and I took some medicine.",
  "body-part", "past", "dialogue", "배가 아프다 literally: stomach ache")
M("축구공이 날아와서 내 뒤통수를 쳤다.",
  "A football came flying and hit me on the back of the head.",
  "body-part", "past", "web", "뒤통수를 치다 literally: hit the back of the head")
M("뜨거운 냄비를 잡았다가 깜짝 놀라 손을 뗐다.",
  "I grabbed the hot pot and let go of it in a hurry.",
  "body-part", "past", "textbook", "손을 떼다 literally: take one's hand off")
M("열이 펄펄 나서 얼음주머니로 머리를 식혔다.",
  "I had a high fever, so I cooled my head with an ice pack.",
  "body-part", "past", "dialogue", "머리를 식히다 literally: cool the head")
M("너무 화가 나서 주먹으로 바닥을 쳤다.",
  "I was so angry that I hit the floor with my fist.",
  "weather/nature", "past", "textbook", "바닥을 치다 literally: hit the floor")
M("압력솥에서 김이 새서 밥이 설익었다.",
  "Steam was leaking out of the pressure cooker, so the rice came out undercooked.",
  "food", "past", "web", "김이 새다 literally: steam leaks")
M("밥을 다 지은 뒤에는 5분 정도 뜸을 들이세요.",
  "When the rice has cooked, let it steam for about five more minutes.",
  "food", "honorific", "textbook", "뜸을 들이다 literally: let rice finish steaming (recipe)")
M("우리 집은 건강 때문에 흰쌀밥 대신 콩밥을 먹는다.",
  "At our house we eat rice with beans instead of white rice for our health.",
  "food", "base", "web", "콩밥을 먹다 literally: eat bean rice")
M("배가 고파서 찬밥을 전자레인지에 데워 먹었다.",
  "I was hungry, so I heated up some cold rice in the microwave.",
  "food", "past", "dialogue", "찬밥 literally: cold rice")
M("할머니께서 마루에 앉아 호박씨를 까고 계셨다.",
  "Grandma was sitting on the wooden floor shelling pumpkin seeds.",
  "food", "honorific", "textbook", "호박씨를 까다 literally: shell pumpkin seeds")
M("찌개가 싱거워서 고춧가루를 조금 뿌렸다.",
  "The stew was bland, so I sprinkled in a bit of chili powder.",
  "food", "past", "dialogue", "고춧가루를 뿌리다 literally: sprinkle chili powder")
M("봉지가 찢어져서 깨가 바닥에 다 쏟아졌어.",
  "The bag tore and the sesame seeds spilled all over the floor.",
  "food", "past", "dialogue", "깨가 쏟아지다 literally: sesame spills")
M("쪄 낸 찹쌀을 절구에 넣고 찧으면 떡이 된다.",
  "If you put the steamed glutinous rice in a mortar and pound it, it becomes rice cake.",
  "food", "base", "textbook", "떡이 되다 literally: become rice cake")
M("설날 떡국 끓이려고 사골을 하루 종일 우렸다.",
  "I simmered ox bones all day to make broth for the New Year rice-cake soup.",
  "food", "past", "web", "사골 우리다 literally: simmer bone broth")
M("벌 한 마리가 꽃에 앉아 꿀을 빨고 있다.",
  "A bee is sitting on the flower, sucking nectar.",
  "food", "base", "textbook", "꿀을 빨다 literally: suck nectar")
M("마당에서 병아리들이 어미 닭을 졸졸 따라다녔다.",
  "In the yard the chicks followed the mother hen around.",
  "animal", "past", "textbook", "병아리 literally: chicks")
M("겨울이 되자 철새들이 강 하구로 날아들었다.",
  "When winter came, migratory birds flocked to the river estuary.",
  "animal", "past", "news", "철새 literally: migratory birds")
M("아이들이 논에서 미꾸라지를 잡으며 놀았다.",
  "The children played catching loaches in the rice paddy.",
  "animal", "past", "textbook", "미꾸라지 literally: loach")
M("도마뱀은 위험하면 꼬리를 자르고 도망간다.",
  "When a lizard is in danger, it sheds its tail and runs away.",
  "animal", "base", "textbook", "꼬리 자르기 literally: a lizard's tail")
M("스노클링할 때는 오리발을 신으면 훨씬 편해요.",
  "Snorkelling is much easier if you wear flippers.",
  "animal", "honorific", "web", "오리발 literally: flippers (plain meaning of the word)")
M("생선을 도마 위에 올리고 머리를 잘라 냈다.",
  "I put the fish on the chopping board and cut off its head.",
  "household", "past", "textbook", "도마 위에 오르다 literally: on the chopping board")
M("요리사가 칼을 빼 들고 고기를 썰기 시작했다.",
  "The chef drew his knife and started slicing the meat.",
  "household", "past", "textbook", "칼을 빼 들다 literally: draw a knife")
M("자를 대고 공책에 선을 반듯하게 그었다.",
  "I laid a ruler down and drew a straight line in my notebook.",
  "household", "past", "textbook", "선/줄을 긋다 literally: draw a line")
M("문장 끝에는 마침표를 꼭 찍어야 해.",
  "You must always put a full stop at the end of a sentence.",
  "household", "base", "dialogue", "마침표를 찍다 literally: put a full stop")
M("아빠가 텃밭에서 첫 삽을 뜨자 지렁이가 나왔다.",
  "When Dad dug the first spadeful in the vegetable patch, a worm came out.",
  "household", "past", "textbook", "첫 삽을 뜨다 and 텃밭 literally")
M("아이들이 골목에서 깡통을 차며 놀고 있었다.",
  "The children were playing in the alley, kicking a can around.",
  "household", "past", "textbook", "깡통을 차다 literally: kick a can")
M("우유갑에 빨대를 꽂아서 아이에게 건넸다.",
  "I stuck a straw in the milk carton and handed it to the child.",
  "household", "past", "dialogue", "빨대를 꽂다 literally: insert a straw")
M("계약서 두 장에 모두 도장을 찍어 주세요.",
  "Please stamp your seal on both copies of the contract.",
  "household", "honorific", "dialogue", "도장을 찍다 literally: stamp a seal")
M("박물관에 조선 시대 관리들이 쓰던 감투가 전시되어 있다.",
  "The museum displays the horsehair caps worn by Joseon-era officials.",
  "household", "passive", "news", "감투 literally: a traditional official's cap")
M("밤에 색안경을 끼고 운전하면 위험해.",
  "Driving at night with tinted glasses on is dangerous.",
  "household", "negated", "dialogue", "색안경 words used literally: tinted glasses")
M("삽질해서 나무 심을 구덩이를 팠다.",
  "I shovelled out a hole to plant the tree in.",
  "slang/neologism", "past", "web", "삽질 literally: shovelling")
M("자연사 박물관에는 호랑이 박제가 있다.",
  "There is a stuffed tiger at the natural history museum.",
  "slang/neologism", "base", "textbook", "박제 literally: taxidermy")
M("붕어 낚시할 때는 떡밥을 뭉쳐서 던진다.",
  "When fishing for crucian carp, you roll groundbait into balls and cast it.",
  "slang/neologism", "base", "web", "떡밥 literally: groundbait")
M("위스키가 너무 독해서 물을 타서 마셨다.",
  "The whisky was too strong, so I drank it with water.",
  "news/bureaucratic", "past", "dialogue", "물타기 literally: dilute with water")
M("주말마다 텃밭에서 상추랑 고추를 키워요.",
  "Every weekend I grow lettuce and peppers in my vegetable patch.",
  "news/bureaucratic", "honorific", "web", "텃밭 literally: vegetable patch")
M("운동회에서 청군과 백군이 줄다리기를 했다.",
  "At sports day the blue team and the white team had a tug-of-war.",
  "news/bureaucratic", "past", "textbook", "줄다리기 literally: tug-of-war game")
M("계주에서 마지막 주자가 바통을 놓쳐 버렸다.",
  "In the relay the last runner dropped the baton.",
  "news/bureaucratic", "past", "news", "바통 literally: relay baton")
M("기수가 말의 고삐를 잡아당겨 속도를 줄였다.",
  "The jockey pulled on the horse's reins to slow it down.",
  "news/bureaucratic", "past", "textbook", "고삐 literally: reins")
M("빙판길에서 브레이크를 밟았지만 제동이 걸리지 않았다.",
  "I hit the brakes on the icy road, but the car wouldn't stop.",
  "news/bureaucratic", "negated", "news", "제동이 걸리다 literally: braking")
M("황사 때문에 하늘이 온통 노랗게 보였다.",
  "Because of the yellow dust, the whole sky looked yellow.",
  "weather/nature", "past", "news", "하늘이 노랗다 literally: yellow sky")
M("용접할 때 불똥이 튀니까 보안경을 꼭 써.",
  "Sparks fly when you weld, so always wear safety goggles.",
  "weather/nature", "base", "dialogue", "불똥이 튀다 literally: sparks fly")
M("파도가 바위에 부딪히며 하얀 물거품이 일었다.",
  "The waves broke against the rocks, throwing up white foam.",
  "weather/nature", "past", "textbook", "물거품 literally: foam")
M("자전거로 출근하는데 맞바람을 맞아서 평소보다 두 배는 힘들었다.",
  "I cycled to work into a headwind, and it was twice as hard as usual.",
  "weather/nature", "passive", "web", "바람을 맞다 literally: face the wind")
M("옛날에는 나룻배를 타고 물을 건너가야 장에 갈 수 있었다.",
  "In the old days you had to cross the water by ferry to get to the market.",
  "weather/nature", "past", "textbook", "물을 건너가다 literally: cross water")
M("감기 기운이 있어서 따뜻한 물을 많이 먹었다.",
  "I felt a cold coming on, so I drank lots of warm water.",
  "figurative-verb", "past", "dialogue", "물을 먹다 literally: drink water")
M("야구 연습장에서 한 시간 동안 공을 쳤다.",
  "I spent an hour hitting balls at the batting cage.",
  "figurative-verb", "past", "textbook", "공(을) 치다 literally: hit a ball")
