# near misses: the Korean image is also an English idiom (hand-written, helper lit10, 2026-12-07)
N("이번 한 번만 눈감아 줄게.",
  "I'll close my eyes to it just this once.",
  "I'll let it slide just this once.",
  "body-part", "base", "dialogue", "눈감아 주다 = close one's eyes to")
N("결국 피는 물보다 진하더라.",
  "Blood turned out to be thicker than water after all.",
  "In the end, family came first.",
  "proverb", "past", "dialogue", "피는 물보다 진하다")
N("이번에 드러난 비리는 빙산의 일각에 불과하다.",
  "The corruption uncovered this time is only the tip of the iceberg.",
  "The corruption uncovered so far is only a small part of the problem.",
  "other", "base", "news", "빙산의 일각")
N("인공지능은 양날의 검이다.",
  "Artificial intelligence is a double-edged sword.",
  "Artificial intelligence has both benefits and dangers.",
  "household", "base", "textbook", "양날의 검")
N("팀원들이 머리를 맞대고 해결책을 찾았다.",
  "The team put their heads together and found a solution.",
  "The team worked together and found a solution.",
  "body-part", "past", "news", "머리를 맞대다")
N("지지자들마저 그에게 등을 돌렸다.",
  "Even his supporters turned their backs on him.",
  "Even his supporters abandoned him.",
  "body-part", "past", "news", "등을 돌리다")
N("그는 입에 거품을 물고 반대했다.",
  "He was foaming at the mouth in opposition.",
  "He opposed it furiously.",
  "body-part", "past", "textbook", "입에 거품을 물다")
N("그 정치인의 사과는 악어의 눈물일 뿐이다.",
  "The politician's apology is nothing but crocodile tears.",
  "The politician's apology is completely insincere.",
  "animal", "base", "news", "악어의 눈물")
N("반군은 결국 백기를 들었다.",
  "The rebels finally raised the white flag.",
  "The rebels finally surrendered.",
  "other", "past", "news", "백기를 들다")
N("시는 투자 유치를 위해 기업들에게 레드카펫을 깔아 줬다.",
  "The city rolled out the red carpet for companies to attract investment.",
  "The city went out of its way to welcome companies in order to attract investment.",
  "household", "past", "news", "레드카펫을 깔다")
N("지푸라기라도 잡는 심정으로 점집을 찾았어요.",
  "I went to a fortune teller, clutching at straws.",
  "I was so desperate I went to a fortune teller.",
  "other", "past", "web", "지푸라기라도 잡다")
N("그 두 사람은 물과 기름 같아서 절대 안 섞여.",
  "Those two are like oil and water; they never mix.",
  "Those two are completely incompatible and never get along.",
  "other", "negated", "dialogue", "물과 기름")
N("협상이 벽에 부딪혔다.",
  "The negotiations have hit a wall.",
  "The negotiations have stalled.",
  "figurative-verb", "past", "news", "벽에 부딪히다")
N("길고 긴 불황의 터널 끝이 보이기 시작했다.",
  "The light at the end of the long recession tunnel has begun to appear.",
  "The long recession finally seems to be nearing its end.",
  "other", "past", "news", "터널의 끝")
N("그의 해명은 오히려 불에 기름을 부은 꼴이 됐다.",
  "His explanation only added fuel to the fire.",
  "His explanation only made things worse.",
  "household", "past", "news", "불에 기름을 붓다")
N("그 소식을 듣고 가슴이 찢어지는 것 같았어요.",
  "When I heard the news, it felt like my heart was being torn apart.",
  "I was heartbroken when I heard the news.",
  "body-part", "past", "dialogue", "가슴이 찢어지다")
N("이제 우리는 한 배를 탄 거야.",
  "We're all in the same boat now.",
  "We're in this together now.",
  "other", "past", "dialogue", "한 배를 타다")
N("그 판결은 판도라의 상자를 연 셈이다.",
  "The ruling has in effect opened Pandora's box.",
  "The ruling has in effect unleashed a host of new problems.",
  "other", "past", "news", "판도라의 상자")
N("대기업이 무너지자 협력업체들이 도미노처럼 쓰러졌다.",
  "When the conglomerate collapsed, its suppliers fell like dominoes.",
  "When the conglomerate collapsed, its suppliers went under one after another.",
  "household", "past", "news", "도미노처럼")
N("챔피언이 신인에게 무릎을 꿇었다.",
  "The champion was brought to his knees by a newcomer.",
  "The champion lost to a newcomer.",
  "body-part", "past", "news", "무릎을 꿇다 = be defeated")
N("대기업 취업은 바늘구멍 통과하기보다 어렵다.",
  "Getting a job at a big company is harder than passing through the eye of a needle.",
  "It's extremely hard to land a job at a big company.",
  "household", "base", "news", "바늘구멍")
N("그 회사의 성공 신화는 모래성처럼 무너졌다.",
  "The company's success story crumbled like a sandcastle.",
  "The company's success story quickly fell apart.",
  "other", "past", "news", "모래성")
N("빚이 눈덩이처럼 불어났다.",
  "The debt snowballed.",
  "The debt grew rapidly.",
  "other", "past", "news", "눈덩이처럼 불어나다")
N("누가 고양이 목에 방울을 달 건데?",
  "So who's going to bell the cat?",
  "So who's going to be brave enough to tell him?",
  "proverb", "question", "dialogue", "고양이 목에 방울 달기")
N("관중들은 숨을 죽이고 마지막 슛을 지켜봤다.",
  "The crowd held their breath as they watched the final shot.",
  "The crowd watched the final shot in tense silence.",
  "body-part", "past", "news", "숨을 죽이다")
N("정부는 너무 장밋빛 전망만 내놓는다.",
  "The government only offers rosy forecasts.",
  "The government's forecasts are far too optimistic.",
  "other", "base", "news", "장밋빛")
N("아이들은 마술사에게서 눈을 떼지 못했다.",
  "The children couldn't take their eyes off the magician.",
  "The children were glued to the magician.",
  "body-part", "negated", "textbook", "눈을 떼지 못하다")
N("새 사장은 조직에 칼을 댔다.",
  "The new president took the knife to the organisation.",
  "The new president carried out drastic cuts in the organisation.",
  "household", "past", "news", "칼을 대다 = take a knife to")
