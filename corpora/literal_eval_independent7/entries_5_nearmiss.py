# near misses: the Korean image is also an English idiom, so keeping it is correct (hand-written, helper lit7, 2026-12-07)
N("할아버지가 뉴스를 보시며 혀를 끌끌 차셨다.",
  "Grandpa clicked his tongue as he watched the news.",
  "Grandpa tutted disapprovingly as he watched the news.",
  "body-part", "honorific", "textbook", "혀를 차다 = click one's tongue")
N("여야가 머리를 맞대고 해법을 찾아야 한다.",
  "The ruling and opposition parties must put their heads together and find a solution.",
  "The ruling and opposition parties must work together to find a solution.",
  "body-part", "base", "news", "머리를 맞대다 = put heads together")
N("눈 깜짝할 사이에 표가 다 팔렸어요.",
  "The tickets sold out in the blink of an eye.",
  "The tickets sold out almost instantly.",
  "body-part", "honorific", "dialogue", "눈 깜짝할 사이 = in the blink of an eye")
N("그는 10억을 날리고도 눈 하나 깜짝하지 않았다.",
  "He lost a billion won and didn't bat an eye.",
  "He lost a billion won and didn't seem bothered at all.",
  "body-part", "negated", "news", "눈 하나 깜짝 안 하다 = not bat an eye")
N("이제 한국 기업들이 세계 일류 기업들과 어깨를 나란히 하고 있다.",
  "Korean companies now stand shoulder to shoulder with the world's leading firms.",
  "Korean companies are now on a par with the world's leading firms.",
  "body-part", "base", "news", "어깨를 나란히 하다 = shoulder to shoulder")
N("믿었던 지지층마저 등을 돌렸다.",
  "Even his loyal supporters turned their backs on him.",
  "Even his loyal supporters abandoned him.",
  "body-part", "past", "news", "등을 돌리다 = turn one's back on")
N("새로 나온 노트북 보고 침만 흘리고 있어.",
  "I'm just drooling over the new laptop.",
  "I really want the new laptop but can't afford it.",
  "body-part", "split", "dialogue", "침을 흘리다 = drool over")
N("그 발언이 성난 여론에 기름을 부었다.",
  "That remark added fuel to the fire of public anger.",
  "That remark made the public even angrier.",
  "household", "past", "news", "기름을 붓다 = add fuel to the fire")
N("불난 집에 부채질하지 말고 좀 가만히 있어.",
  "Don't fan the flames, just keep quiet for once.",
  "Don't make things worse; just keep quiet for once.",
  "proverb", "negated", "dialogue", "불난 집에 부채질 = fan the flames")
N("경기 침체로 가계마다 허리띠를 졸라매고 있다.",
  "With the economic slowdown, households are tightening their belts.",
  "With the economic slowdown, households are cutting back on spending.",
  "household", "base", "news", "허리띠를 졸라매다 = tighten one's belt")
N("로또 당첨되더니 돈을 물 쓰듯 한다.",
  "Since winning the lottery he's been spending money like water.",
  "Since winning the lottery he's been spending money extravagantly.",
  "other", "base", "dialogue", "물 쓰듯 하다 = spend like water")
N("출퇴근하면서 운동도 하니 일석이조지.",
  "I get exercise on my commute, so it's killing two birds with one stone.",
  "I get exercise on my commute, so it does two jobs at once.",
  "four-char", "base", "web", "일석이조 = two birds with one stone")
N("갑작스러운 해고 통보는 마른하늘에 날벼락이었다.",
  "The sudden notice of dismissal was a bolt from the blue.",
  "The sudden notice of dismissal came completely out of nowhere.",
  "other", "past", "textbook", "마른하늘에 날벼락 = a bolt from the blue")
N("그 말 듣고 뚜껑 열렸어.",
  "I flipped my lid when I heard that.",
  "I lost it when I heard that.",
  "household", "split", "dialogue", "뚜껑이 열리다 = flip one's lid")
N("우산이 없어서 물에 빠진 생쥐 꼴이 됐다.",
  "I didn't have an umbrella, so I ended up looking like a drowned rat.",
  "I didn't have an umbrella, so I got soaked to the skin.",
  "animal", "past", "web", "물에 빠진 생쥐 = a drowned rat")
N("지지율이 바닥을 치고 반등하기 시작했다.",
  "His approval rating hit rock bottom and started to rebound.",
  "His approval rating reached its lowest point and started to rebound.",
  "figurative-verb", "past", "news", "바닥을 치다 = hit rock bottom")
N("새 사장은 모회사에서 낙하산으로 내려왔다.",
  "The new CEO was parachuted in from the parent company.",
  "The new CEO was appointed from the parent company without going through the usual process.",
  "household", "past", "news", "낙하산 = parachuted in")
N("이번 사건은 빙산의 일각에 불과하다.",
  "This case is only the tip of the iceberg.",
  "This case is just a small part of a much bigger problem.",
  "other", "negated", "news", "빙산의 일각 = tip of the iceberg")
N("SNS는 양날의 검이라고 생각해요.",
  "I think social media is a double-edged sword.",
  "I think social media has both benefits and dangers.",
  "household", "honorific", "dialogue", "양날의 검 = double-edged sword")
N("그 정치인의 사과는 악어의 눈물일 뿐이다.",
  "That politician's apology is nothing but crocodile tears.",
  "That politician's apology is completely insincere.",
  "animal", "negated", "news", "악어의 눈물 = crocodile tears")
N("독립 이후 그의 앞에는 가시밭길이 펼쳐졌다.",
  "After going independent, a thorny path lay ahead of him.",
  "After going independent, he faced a very difficult road.",
  "other", "past", "textbook", "가시밭길 = a thorny path")
N("협상이 결국 벽에 부딪혔다.",
  "The negotiations finally hit a wall.",
  "The negotiations finally stalled.",
  "figurative-verb", "past", "news", "벽에 부딪히다 = hit a wall")
N("이번 한 번만 눈감아 줄게.",
  "I'll turn a blind eye just this once.",
  "I'll let it go just this once.",
  "body-part", "base", "dialogue", "눈감아 주다 = turn a blind eye")
N("이 문제는 도저히 모르겠어, 두 손 들었다.",
  "I just can't figure this problem out; I throw up my hands.",
  "I just can't figure this problem out; I give up.",
  "body-part", "past", "dialogue", "두 손 들다 = throw up one's hands")
N("지금 우리는 같은 배를 탄 거야.",
  "We're all in the same boat now.",
  "We're all in this together now.",
  "household", "adnominal", "dialogue", "한배를 타다 = in the same boat")
N("그는 스무 살에 처음 연예계에 발을 들여놓았다.",
  "He first set foot in the entertainment industry at twenty.",
  "He first got into show business at twenty.",
  "body-part", "past", "textbook", "발을 들여놓다 = set foot in")
N("거대한 자본 앞에 작은 가게들이 결국 무릎을 꿇었다.",
  "In the face of huge capital, the small shops were finally brought to their knees.",
  "In the face of huge capital, the small shops eventually went under.",
  "body-part", "past", "news", "무릎을 꿇다 = brought to one's knees")
N("경호원이 그림자처럼 대표를 따라다녔다.",
  "The bodyguard followed the CEO around like a shadow.",
  "The bodyguard never left the CEO's side.",
  "other", "past", "news", "그림자처럼 = like a shadow")
N("합격 소식에 입이 귀에 걸렸네.",
  "He's been grinning from ear to ear since he heard he passed.",
  "He's been beaming since he heard he passed.",
  "body-part", "past", "dialogue", "입이 귀에 걸리다 = grin from ear to ear")
N("아이를 두고 떠나야 해서 가슴이 찢어지는 것 같았다.",
  "Having to leave my child behind, I felt my heart being torn apart.",
  "Having to leave my child behind was unbearably painful.",
  "emotion", "adnominal", "web", "가슴이 찢어지다 = heart torn apart")
N("그 배우의 인기가 요즘 하늘을 찌른다.",
  "That actor's popularity is sky-high these days.",
  "That actor is hugely popular these days.",
  "other", "base", "news", "하늘을 찌르다 = sky-high")
N("네가 팀장 된다고? 꿈 깨.",
  "You're going to be team leader? Dream on.",
  "You're going to be team leader? Not a chance.",
  "other", "split", "dialogue", "꿈 깨 = dream on")
N("회사는 지금 벼랑 끝에 서 있다.",
  "The company is now standing on the edge of a cliff.",
  "The company is now in a desperate situation.",
  "other", "base", "news", "벼랑 끝 = on the edge of the cliff, on the brink")
N("그렇다고 누가 그에게 돌을 던질 수 있겠는가.",
  "Even so, who could cast the first stone at him?",
  "Even so, who could really blame him?",
  "other", "question", "textbook", "돌을 던지다 = cast a stone")
N("이번 수사는 판도라의 상자를 연 셈이 됐다.",
  "This investigation ended up opening Pandora's box.",
  "This investigation ended up unleashing a whole host of problems.",
  "other", "past", "news", "판도라의 상자 = Pandora's box")
N("선거가 진흙탕 싸움으로 번지고 있다.",
  "The election is turning into a mud-slinging match.",
  "The election campaign is turning very dirty.",
  "other", "nominalised", "news", "진흙탕 싸움 = mud-slinging")
N("그는 두 얼굴을 가진 사람이었다.",
  "He was a two-faced man.",
  "He was a hypocrite.",
  "body-part", "past", "textbook", "두 얼굴 = two-faced")
N("새 규제는 종이호랑이에 불과하다는 지적이 나온다.",
  "Critics say the new regulation is nothing but a paper tiger.",
  "Critics say the new regulation has no real teeth.",
  "animal", "negated", "news", "종이호랑이 = paper tiger")
N("그 친구는 부장님 눈엣가시야.",
  "That guy is a thorn in the manager's side.",
  "The manager can't stand that guy.",
  "body-part", "base", "dialogue", "눈엣가시 = a thorn in one's side (eye in Korean)")
N("경찰은 불법 도박을 뿌리 뽑겠다고 밝혔다.",
  "The police said they would root out illegal gambling.",
  "The police said they would eliminate illegal gambling completely.",
  "figurative-verb", "base", "news", "뿌리 뽑다 = root out")
N("우리 회사가 드디어 해외 진출의 첫발을 내디뎠다.",
  "Our company has finally taken its first step into overseas markets.",
  "Our company has finally begun expanding overseas.",
  "figurative-verb", "past", "news", "첫발을 내딛다 = take the first step")
N("국내 스타트업들이 실리콘밸리의 문을 두드리고 있다.",
  "Korean start-ups are knocking on Silicon Valley's door.",
  "Korean start-ups are trying to break into Silicon Valley.",
  "figurative-verb", "base", "news", "문을 두드리다 = knock on the door")
N("잠잠하던 물가가 다시 고개를 들고 있다.",
  "Inflation, which had been quiet, is rearing its head again.",
  "Prices, which had been stable, are starting to rise again.",
  "body-part", "base", "news", "고개를 들다 = rear its head")
N("할머니의 따뜻한 말 한마디가 내 마음을 녹였다.",
  "Grandma's kind words melted my heart.",
  "Grandma's kind words moved me deeply.",
  "emotion", "past", "web", "마음을 녹이다 = melt one's heart")
N("벽에도 귀가 있으니까 여기서는 그 얘기 하지 마.",
  "Walls have ears, so don't talk about that here.",
  "Someone might overhear, so don't talk about that here.",
  "proverb", "negated", "dialogue", "벽에도 귀가 있다 = the walls have ears")
N("그 사건 이후로 두 사람 사이에 차가운 벽이 생겼다.",
  "After that incident, a cold wall rose up between the two of them.",
  "After that incident, the two of them grew distant.",
  "household", "past", "textbook", "벽이 생기다 = a wall between people")
N("아이고, 십년감수했네.",
  "Oh my, that took ten years off my life.",
  "Oh my, you gave me such a fright.",
  "other", "past", "dialogue", "십년감수 = took ten years off my life")
