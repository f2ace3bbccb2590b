# near misses: the Korean image also exists as an English idiom, so keeping it is correct (hand-written, helper lit9, 2026-12-07)
N("사고 소식을 듣고 하루 종일 마음이 무거웠다.",
  "My heart was heavy all day after I heard about the accident.",
  "I felt awful all day after hearing about the accident.",
  "emotion", "past", "web", "마음이 무겁다 'heavy heart'")
N("여야가 머리를 맞대고 해법을 찾기로 했다.",
  "The ruling and opposition parties agreed to put their heads together to find a solution.",
  "The ruling and opposition parties agreed to work together on a solution.",
  "body-part", "past", "news", "머리를 맞대다 'put heads together'")
N("법원이 재개발 사업에 제동을 걸었다.",
  "The court has put the brakes on the redevelopment project.",
  "The court has halted the redevelopment project.",
  "household", "past", "news", "제동을 걸다 'put the brakes on'")
N("시민단체들은 한목소리로 법안 철회를 요구했다.",
  "Civic groups called with one voice for the bill to be withdrawn.",
  "Civic groups unanimously demanded that the bill be withdrawn.",
  "other", "past", "news", "한목소리 'with one voice'")
N("최저임금을 둘러싼 노사 간 줄다리기가 이어지고 있다.",
  "The tug of war between unions and employers over the minimum wage continues.",
  "Unions and employers remain at odds over the minimum wage.",
  "household", "base", "news", "줄다리기 'tug of war'")
N("10년간 이어진 그 시트콤이 마침내 막을 내렸다.",
  "The curtain has finally come down on the sitcom after ten years.",
  "The sitcom has finally ended after a ten-year run.",
  "household", "past", "news", "막을 내리다 'the curtain falls'; entertainment")
N("독특한 디자인의 신차가 관람객들의 눈길을 끌었다.",
  "The new car's unusual design caught visitors' eyes.",
  "The new car's unusual design attracted a lot of attention from visitors.",
  "body-part", "past", "news", "눈길을 끌다 'catch the eye'; business")
N("출퇴근길에 자전거를 타면 운동도 되고 교통비도 아끼니 일석이조다.",
  "Cycling to work kills two birds with one stone: you get exercise and save on fares.",
  "Cycling to work gives you exercise and saves you money on fares at the same time.",
  "four-char", "base", "web", "일석이조 'kill two birds with one stone'")
N("다들 불만은 많은데 누가 고양이 목에 방울을 달겠어?",
  "Everyone has complaints, but who's going to bell the cat?",
  "Everyone's unhappy, but who's actually going to stick their neck out and say so?",
  "proverb", "question", "dialogue", "고양이 목에 방울 달기 'bell the cat'")
N("경기가 어려우니 당분간 허리띠를 졸라매야겠다.",
  "The economy is tough, so we'll have to tighten our belts for a while.",
  "The economy is tough, so we'll have to cut back for a while.",
  "household", "base", "dialogue", "허리띠를 졸라매다 'tighten one's belt'")
N("은퇴한 선배의 바통을 이어받아 그가 주장을 맡았다.",
  "Taking up the baton from his retired teammate, he became captain.",
  "He took over as captain from his retired teammate.",
  "household", "past", "news", "바통을 이어받다 'take up the baton'; sport")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is just the tip of the iceberg.",
  "The corruption uncovered so far is only a small part of the problem.",
  "other", "base", "news", "빙산의 일각 'tip of the iceberg'")
N("여론이 나빠지자 뒤늦게 사과했지만 악어의 눈물이라는 비판이 나왔다.",
  "He apologised belatedly when public opinion turned, but critics called it crocodile tears.",
  "He apologised belatedly when opinion turned against him, but critics said he didn't mean it.",
  "animal", "past", "news", "악어의 눈물 'crocodile tears'")
N("피는 물보다 진하다고 결국 형 편을 들더라.",
  "Blood is thicker than water — in the end he took his brother's side.",
  "Family comes first — in the end he sided with his brother.",
  "proverb", "split", "dialogue", "피는 물보다 진하다")
N("잇따른 말실수로 지지자들마저 등을 돌렸다.",
  "After a string of gaffes, even his supporters turned their backs on him.",
  "After a string of gaffes, even his supporters deserted him.",
  "body-part", "past", "news", "등을 돌리다 'turn one's back on'")
N("신약 개발이 임상 단계에서 벽에 부딪혔다.",
  "Development of the new drug has hit a wall at the clinical trial stage.",
  "Development of the new drug has stalled at the clinical trial stage.",
  "household", "passive", "news", "벽에 부딪히다 'hit a wall'; business")
N("인공지능은 양날의 검이 될 수 있다.",
  "Artificial intelligence can be a double-edged sword.",
  "Artificial intelligence can do harm as well as good.",
  "household", "base", "textbook", "양날의 검 'double-edged sword'")
N("그 재판은 판도라의 상자를 열 수도 있다.",
  "The trial could open Pandora's box.",
  "The trial could unleash a whole host of unexpected problems.",
  "other", "base", "news", "판도라의 상자 'Pandora's box'")
N("두 사람은 성격이 물과 기름이라 늘 부딪쳐.",
  "Those two are like oil and water, so they're always clashing.",
  "Those two have completely incompatible personalities and are always clashing.",
  "food", "base", "dialogue", "물과 기름 'oil and water'")
N("우주 탐사 계획이 이번 발사로 첫발을 내디뎠다.",
  "The space exploration programme took its first step with this launch.",
  "The space exploration programme got under way with this launch.",
  "body-part", "past", "news", "첫발을 내딛다 'take the first step'")
N("전문가들은 집값이 이미 바닥을 쳤다고 분석했다.",
  "Experts believe house prices have already hit bottom.",
  "Experts believe house prices have already fallen as far as they will go.",
  "figurative-verb", "past", "news", "바닥을 치다 'hit bottom'; business")
N("그 수비수의 영입으로 우승을 위한 마지막 퍼즐 조각이 맞춰졌다.",
  "Signing the defender put the final piece of the puzzle in place for a title challenge.",
  "Signing the defender gave them the last thing they needed to challenge for the title.",
  "household", "passive", "news", "마지막 퍼즐 조각 'final piece of the puzzle'; sport")
N("휴가가 눈 깜짝할 사이에 지나갔어.",
  "The holiday went by in the blink of an eye.",
  "The holiday was over before I knew it.",
  "body-part", "past", "dialogue", "눈 깜짝할 사이 'in the blink of an eye'")
N("이제 우리는 한배를 탔으니 끝까지 같이 가자.",
  "We're in the same boat now, so let's see this through together.",
  "We're in this together now, so let's see it through to the end.",
  "household", "past", "dialogue", "한배를 타다 'be in the same boat'")
N("기자들이 질문을 쏟아냈지만 그는 끝내 입을 다물었다.",
  "Reporters fired questions at him, but he kept his mouth shut.",
  "Reporters fired questions at him, but he refused to say anything.",
  "body-part", "past", "news", "입을 다물다 'keep one's mouth shut'")
N("빚에 쫓기던 자영업자들이 벼랑 끝으로 내몰리고 있다.",
  "Self-employed people chased by debt are being driven to the brink.",
  "Self-employed people drowning in debt are being pushed into desperate straits.",
  "other", "passive", "news", "벼랑 끝 'the brink'")
N("겉으로는 친절한데 뒤에서는 험담하는, 두 얼굴을 가진 사람이야.",
  "He's nice to your face and bad-mouths you behind your back — he's two-faced.",
  "He's nice to your face and bad-mouths you behind your back — you can't trust him.",
  "body-part", "adnominal", "dialogue", "두 얼굴 'two-faced'")
N("재판이 시작되자 그는 마침내 가면을 벗고 본색을 드러냈다.",
  "Once the trial began, he finally took off his mask and showed his true colours.",
  "Once the trial began, he finally revealed what he was really like.",
  "household", "past", "news", "가면을 벗다 'take off the mask' and 본색 'true colours'")
N("두 통신사가 손을 잡고 공동 요금제를 내놓았다.",
  "The two carriers joined hands to launch a joint price plan.",
  "The two carriers teamed up to launch a joint price plan.",
  "body-part", "past", "news", "손을 잡다 'join hands'; business")
N("40년 된 동네 서점이 이달 말 문을 닫는다.",
  "The neighbourhood bookshop will close its doors at the end of the month after 40 years.",
  "The 40-year-old neighbourhood bookshop is shutting down at the end of the month.",
  "household", "base", "news", "문을 닫다 'close its doors'")
N("화난 사람한테 그런 말을 하면 불난 집에 부채질하는 거지.",
  "Saying that to someone who's angry is just fanning the flames.",
  "Saying that to someone who's already angry only makes things worse.",
  "proverb", "base", "dialogue", "불난 집에 부채질하다 'fan the flames'")
N("이번 한 번만 눈 감아 줄 테니까 다시는 그러지 마.",
  "I'll turn a blind eye just this once, but don't do it again.",
  "I'll let it go just this once, but don't do it again.",
  "body-part", "negated", "dialogue", "눈감아 주다 'turn a blind eye'")
N("그는 늘 유명한 형의 그늘에 가려 있었다.",
  "He always lived in the shadow of his famous brother.",
  "He was always overshadowed by his famous brother.",
  "other", "passive", "textbook", "그늘에 가리다 'in someone's shadow'")
N("그 배우는 오랫동안 할리우드의 문을 두드렸다.",
  "The actor spent years knocking on Hollywood's door.",
  "The actor spent years trying to break into Hollywood.",
  "household", "past", "news", "문을 두드리다 'knock on the door'; entertainment")
N("정부는 채용 비리를 뿌리 뽑겠다고 밝혔다.",
  "The government vowed to root out hiring corruption.",
  "The government vowed to eliminate hiring corruption.",
  "figurative-verb", "base", "news", "뿌리 뽑다 'root out'")
N("이번 협정은 양국 관계에 새로운 장을 열었다.",
  "The agreement opens a new chapter in relations between the two countries.",
  "The agreement marks a new phase in relations between the two countries.",
  "household", "past", "news", "새 장을 열다 'open a new chapter'")
N("눈에는 눈, 이에는 이라며 보복 관세를 발표했다.",
  "Announcing retaliatory tariffs, the government said it was an eye for an eye.",
  "The government announced retaliatory tariffs, saying it would respond in kind.",
  "body-part", "split", "news", "눈에는 눈 이에는 이 'an eye for an eye'")
N("확인되지 않은 소문만으로 한 사람을 마녀사냥하면 안 된다.",
  "We mustn't go on a witch hunt against someone on the strength of unconfirmed rumours.",
  "We mustn't publicly persecute someone over unconfirmed rumours.",
  "other", "negated", "web", "마녀사냥 'witch hunt'")
N("결국 경쟁사가 백기를 들고 시장에서 철수했다.",
  "In the end the rival raised the white flag and pulled out of the market.",
  "In the end the rival gave up and pulled out of the market.",
  "household", "past", "news", "백기를 들다 'raise the white flag'; business")
N("새 감독은 부임하자마자 선수단 관리의 고삐를 죄었다.",
  "The new manager tightened the reins on the squad as soon as he arrived.",
  "The new manager clamped down on the squad's discipline as soon as he arrived.",
  "animal", "past", "news", "고삐를 죄다 'tighten the reins'; sport")
N("정부는 내년 경제에 대해 장밋빛 전망을 내놓았다.",
  "The government painted a rosy picture of next year's economy.",
  "The government gave an optimistic forecast for next year's economy.",
  "other", "adnominal", "news", "장밋빛 전망 'rosy outlook'")
N("세계 경제에 다시 먹구름이 드리우고 있다.",
  "Dark clouds are gathering over the global economy again.",
  "The global economy is heading for trouble again.",
  "household", "base", "news", "먹구름 'dark clouds'; weather image")
N("피땀 흘려 모은 돈을 사기로 한순간에 날렸다.",
  "Money saved through blood and sweat was lost in an instant to a scam.",
  "The hard-earned savings were wiped out in an instant by a scam.",
  "body-part", "past", "news", "피땀 'blood and sweat'")
N("사장 조카가 낙하산으로 들어와서 팀장이 됐대.",
  "Apparently the boss's nephew was parachuted in as team leader.",
  "Apparently the boss's nephew got the team-leader job through family connections.",
  "slang/neologism", "past", "dialogue", "낙하산 'appointee from outside, via connections'; English 'parachute in'; workplace")
