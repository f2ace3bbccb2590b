# same-image groups: the Korean image also exists as an English idiom, so keeping it is correct (hand-written, helper lit14, 2026-12-07)
N("다 같이 머리를 맞대면 좋은 방법이 나올 거예요.",
  "If we all put our heads together, we'll come up with something.",
  "If we all think about it together, we'll find a good solution.",
  "body-part", "honorific", "textbook", "business email; 머리를 맞대다 = put heads together")
N("물가가 올라서 당분간 허리띠를 졸라매야겠어.",
  "With prices going up, we'll have to tighten our belts for a while.",
  "With prices going up, we'll have to cut back for a while.",
  "body-part", "base", "dialogue", "dialogue; 허리띠를 졸라매다 = tighten one's belt")
N("그 장면에서 등골이 오싹했다.",
  "That scene sent a chill down my spine.",
  "That scene really frightened me.",
  "body-part", "past", "web", "review; 등골이 오싹하다 = chill down the spine")
N("그 노래 후렴에서 소름 돋았어.",
  "The chorus of that song gave me goosebumps.",
  "The chorus of that song really moved me.",
  "body-part", "past", "web", "comment; 소름 돋다 = get goosebumps")
N("보기만 해도 군침이 도는 비주얼이네요.",
  "Just looking at it makes my mouth water.",
  "It looks absolutely delicious.",
  "food", "adnominal", "web", "review; 군침이 돌다 = mouth watering")
N("고양이 목에 방울 달기라서 아무도 사장님께 말을 못 꺼내요.",
  "Nobody wants to bell the cat, so no one will raise it with the boss.",
  "Nobody dares to be the one who raises it with the boss.",
  "animal", "negated", "dialogue", "dialogue; 고양이 목에 방울 달기 = bell the cat")
N("나 금붕어 기억력이라 방금 한 말도 까먹었어.",
  "I've got a memory like a goldfish; I've already forgotten what I just said.",
  "My memory's terrible; I've already forgotten what I just said.",
  "animal", "past", "dialogue", "chat; 금붕어 기억력 = memory like a goldfish")
N("이 방법이면 비용도 줄이고 시간도 아끼니 일석이조입니다.",
  "This way we cut costs and save time, so it kills two birds with one stone.",
  "This way we cut costs and save time: two benefits at once.",
  "four-char", "honorific", "textbook", "business email; 일석이조 = kill two birds with one stone")
N("갑작스러운 폐업 소식은 직원들에게 청천벽력이었다.",
  "News of the sudden closure came like a bolt from the blue for the staff.",
  "News of the sudden closure came as a complete shock to the staff.",
  "four-char", "past", "news", "news; 청천벽력 = bolt from the blue")
N("빈 수레가 요란하다더니 말만 많고 결과는 없네.",
  "Empty vessels make the most noise: lots of talk and no results.",
  "He talks a lot but never delivers anything.",
  "proverb", "split", "dialogue", "dialogue; 빈 수레가 요란하다 = empty vessels make most noise")
N("천 리 길도 한 걸음부터니까 오늘 첫 수업부터 들어 보자.",
  "A journey of a thousand miles begins with a single step, so let's start with today's first class.",
  "You have to start somewhere, so let's begin with today's first class.",
  "proverb", "split", "dialogue", "dialogue; 천 리 길도 한 걸음부터 = a journey of a thousand miles begins with one step")
N("아니 땐 굴뚝에 연기 나겠어? 뭔가 있으니까 소문이 났겠지.",
  "There's no smoke without fire; there must be something behind the rumour.",
  "Rumours don't come from nowhere; there must be something to it.",
  "proverb", "question", "dialogue", "dialogue; 아니 땐 굴뚝에 연기 날까 = no smoke without fire")
N("그는 화가 나서 완전히 뚜껑이 열렸다.",
  "He was so angry he completely flipped his lid.",
  "He completely lost his temper.",
  "household", "past", "dialogue", "dialogue; 뚜껑이 열리다 = flip one's lid")
N("부정 의혹이 불거지자 지지자들도 등을 돌렸다.",
  "When the corruption allegations surfaced, even his supporters turned their backs on him.",
  "When the corruption allegations surfaced, even his supporters abandoned him.",
  "body-part", "past", "news", "news; 등을 돌리다 = turn one's back on")
N("그만큼 잘하는 사람은 업계에서 손에 꼽을 정도다.",
  "You can count people that good in the industry on the fingers of one hand.",
  "There are very few people in the industry who are that good.",
  "body-part", "base", "web", "forum post; 손에 꼽다 = count on one hand")
N("저는 사생활과 일 사이에 분명히 선을 긋는 편이에요.",
  "I tend to draw a clear line between my private life and work.",
  "I tend to keep my private life and my work strictly separate.",
  "household", "honorific", "web", "interview; 선을 긋다 = draw a line")
N("저 사람 나사가 하나 빠진 것 같아.",
  "I think that guy has a screw loose.",
  "I think there's something not quite right about that guy.",
  "household", "base", "dialogue", "chat; 나사가 빠지다 = have a screw loose")
N("신규 사업이 규제라는 벽에 부딪혔다.",
  "The new business has hit a wall of regulation.",
  "The new business has been held up by regulation.",
  "household", "past", "news", "business news; 벽에 부딪히다 = hit a wall")
N("빚이 눈덩이처럼 불어났다.",
  "The debt snowballed.",
  "The debt grew rapidly.",
  "household", "past", "news", "news; 눈덩이처럼 불어나다 = snowball")
N("경기가 바닥을 치고 반등할 조짐을 보이고 있다.",
  "The economy appears to have hit bottom and is showing signs of a rebound.",
  "The economy is showing signs of recovering from its low point.",
  "figurative-verb", "base", "news", "business news; 바닥을 치다 = hit bottom")
N("수출 시장에 먹구름이 드리우고 있다.",
  "Dark clouds are gathering over the export market.",
  "The outlook for exports is getting worse.",
  "household", "base", "news", "business news; 먹구름이 드리우다 = dark clouds gathering")
N("국회가 법안 처리에 제동을 걸었다.",
  "The National Assembly has put the brakes on the bill.",
  "The National Assembly has held up the bill.",
  "figurative-verb", "past", "news", "news; 제동을 걸다 = put the brakes on")
N("전임 감독이 새 감독에게 바통을 넘겼다.",
  "The outgoing coach has passed the baton to his successor.",
  "The outgoing coach has handed over to his successor.",
  "household", "past", "news", "sports news; 바통을 넘기다 = pass the baton")
N("로또에 당첨되더니 돈을 물 쓰듯 하더라.",
  "After winning the lottery he spent money like water.",
  "After winning the lottery he spent money extravagantly.",
  "household", "past", "dialogue", "dialogue; 돈을 물 쓰듯 하다 = spend money like water")
N("십중팔구 내일 비가 올 거야.",
  "Nine times out of ten it'll rain tomorrow.",
  "It'll almost certainly rain tomorrow.",
  "four-char", "base", "dialogue", "dialogue; 십중팔구 = nine times out of ten")
N("이번 결정은 불에 기름을 붓는 격이 됐다.",
  "The decision only added fuel to the fire.",
  "The decision only made matters worse.",
  "household", "past", "news", "editorial; 불에 기름을 붓다 = add fuel to the fire")
N("그 질문에 그는 얼음처럼 굳어 버렸다.",
  "At that question he froze on the spot.",
  "At that question he was unable to move or speak.",
  "other", "past", "textbook", "novel; 얼어붙다/굳다 = freeze (from shock)")
