# business and finance reporting (hand-written, helper lit10, 2026-12-07)
I("외국인 매도세에 개미들만 물량을 떠안으며 손실을 키웠다.",
  "As foreigners sold, only the ants took on the volume and grew their losses.",
  "As foreign investors sold, it was retail investors who were left holding the shares, and their losses grew.",
  "animal", "past", "news", "개미 = small retail investor")
I("코스피가 장 초반 반짝 올랐다가 오후 들어 힘없이 주저앉았다.",
  "The KOSPI sparkle-rose early in the session and then sat down powerlessly in the afternoon.",
  "The KOSPI rallied briefly early in the session before slumping in the afternoon.",
  "figurative-verb", "past", "news", "반짝 mimetic = short-lived; 주저앉다 = slump")
I("이 종목은 작전 세력이 붙었다는 소문에 거래량이 폭발했다.",
  "Rumours that an operation force had attached to this stock made its trading volume explode.",
  "Trading in the stock surged on rumours that manipulators had moved in.",
  "other", "past", "news", "작전 세력 = stock manipulation ring")
I("물타기 하다가 결국 계좌가 반토막 났어.",
  "I kept pouring water and in the end my account got cut into half a log.",
  "I kept averaging down and ended up losing half my account.",
  "slang/neologism", "past", "dialogue", "물타기 = averaging down; 반토막 = halved")
I("지금 들어가면 상투 잡는 거야, 좀 기다려.",
  "If you go in now you are grabbing the topknot, wait a bit.",
  "If you buy now you'll be buying at the top. Wait a bit.",
  "household", "base", "dialogue", "상투를 잡다 = buy at the peak")
I("삼성전자 주식에 물려서 3년째 못 팔고 있어요.",
  "I got bitten by Samsung Electronics stock and have not been able to sell for three years.",
  "I've been stuck holding Samsung Electronics shares at a loss for three years.",
  "figurative-verb", "passive", "web", "물리다 = trapped in a losing position")
I("이번 실적 발표는 시장의 눈높이에 미치지 못했다.",
  "This earnings announcement did not reach the market's eye height.",
  "The results fell short of market expectations.",
  "body-part", "negated", "news", "눈높이 = expectations")
N("원·달러 환율이 1,400원 선을 뚫고 올라갔다.",
  "The dollar broke through the 1,400-won level.",
  "The won weakened past 1,400 to the dollar.",
  "figurative-verb", "past", "news", "선을 뚫다 = break through a level")
I("부동산 시장이 얼어붙으면서 거래 절벽이 이어지고 있다.",
  "As the real estate market freezes over, the transaction cliff continues.",
  "With the property market frozen, transactions have all but dried up.",
  "other", "base", "news", "거래 절벽 = sharp collapse in deals")
I("영끌해서 산 아파트값이 떨어지니 밤에 잠이 안 와.",
  "The price of the apartment I bought by pulling up to the soul is falling, so sleep does not come at night.",
  "The flat I bought by borrowing every penny I could is losing value, and I can't sleep at night.",
  "slang/neologism", "negated", "dialogue", "영끌 = 영혼까지 끌어모아 = max out every source of credit")
N("중소기업들은 고금리에 허리띠를 더 졸라맬 수밖에 없다.",
  "With interest rates high, small businesses have no choice but to tighten their belts further.",
  "With interest rates high, small businesses have no choice but to cut costs further.",
  "household", "base", "news", "허리띠를 졸라매다 = tighten one's belt")
I("신제품이 출시 첫날부터 대박을 터뜨렸다.",
  "The new product exploded a big gourd from the first day of release.",
  "The new product was a smash hit from day one.",
  "household", "past", "news", "대박 = big hit")
I("이번 인수는 회사 입장에서 울며 겨자 먹기였다.",
  "For the company this acquisition was crying while eating mustard.",
  "The company went ahead with the acquisition very reluctantly; it had little choice.",
  "proverb", "past", "news", "울며 겨자 먹기 = do something against one's will")
I("그 스타트업은 돈 먹는 하마라 투자자들이 손을 뗐다.",
  "That startup is a money-eating hippo, so the investors took their hands off.",
  "The startup was burning through cash, so its investors pulled out.",
  "animal", "past", "news", "돈 먹는 하마 = money pit; 손을 떼다 = withdraw")
I("상장 첫날 따상에 성공하면서 공모주 투자자들이 환호했다.",
  "As it succeeded in ttasang on the first day of listing, IPO investors cheered.",
  "IPO investors cheered as the stock opened at double its offer price and then hit the daily limit on its first day.",
  "slang/neologism", "past", "news", "따상 = open at 2x offer then upper limit")
I("팀장님이 이번 분기 매출을 두고 총대를 메셨어요.",
  "The team leader carried the gun barrel on his shoulder about this quarter's sales.",
  "Our team leader took responsibility for this quarter's sales figures.",
  "household", "honorific", "dialogue", "총대를 메다 = take the heat for the group")
I("그 건은 윗선에서 이미 짜고 치는 고스톱이었어.",
  "That matter was already a go-stop played with the cards arranged by the upper line.",
  "That deal was rigged from the start by the people upstairs.",
  "proverb", "past", "dialogue", "짜고 치는 고스톱 = fixed game")
I("월급이 통장을 스쳐 지나가요.",
  "My salary brushes past my bankbook and passes.",
  "My salary is gone as soon as it hits my account.",
  "other", "base", "web", "salary vanishes on payday")
I("이번 달은 카드값 때문에 텅장이 됐다.",
  "This month, because of card money, it became an empty-bankbook.",
  "My credit card bill has emptied my account this month.",
  "slang/neologism", "past", "web", "텅장 = 텅 빈 통장")
I("경쟁사가 가격을 내리자 우리도 출혈 경쟁에 뛰어들 수밖에 없었다.",
  "When the competitor lowered prices, we also had no choice but to jump into a bleeding competition.",
  "Once our competitor cut prices, we had no choice but to join a ruinous price war.",
  "body-part", "past", "news", "출혈 경쟁 = cut-throat price war")
I("정부 지원금이 끊기자 업계는 줄도산 위기에 놓였다.",
  "When government subsidy was cut, the industry was placed in a row-bankruptcy crisis.",
  "With the government subsidies cut off, the industry faces a wave of bankruptcies.",
  "other", "past", "news", "줄도산 = chain of bankruptcies")
I("그 회사는 이번 계약으로 숨통이 트였다.",
  "That company's windpipe opened with this contract.",
  "The contract has given the company some breathing room.",
  "body-part", "past", "news", "숨통이 트이다 = get relief")
I("회장님 한마디에 주가가 널뛰기를 했다.",
  "At one word from the chairman, the stock price did seesaw jumping.",
  "A single remark from the chairman sent the share price swinging wildly.",
  "figurative-verb", "past", "news", "널뛰기 = wild swings")
I("물가가 천정부지로 치솟고 있다.",
  "Prices are soaring to not knowing the ceiling.",
  "Prices are going through the roof.",
  "four-char", "base", "news", "天井不知")
I("개인 투자자들이 이 종목을 줍줍하고 있습니다.",
  "Individual investors are pick-pick-ing up this stock.",
  "Retail investors are snapping up the stock on the dip.",
  "slang/neologism", "honorific", "news", "줍줍 = buy cheaply")
I("그 은행은 대출 문을 꽁꽁 걸어 잠갔다.",
  "That bank locked the door of loans tight-tight.",
  "The bank has all but stopped lending.",
  "figurative-verb", "past", "news", "꽁꽁 mimetic")
I("이 가격이면 거의 땡처리 수준이에요.",
  "At this price it is almost the ttaeng-disposal level.",
  "At this price it's practically a clearance sale.",
  "slang/neologism", "honorific", "dialogue", "땡처리 = clearance dumping")
I("연말 보너스가 쥐꼬리만큼 나왔다.",
  "The year-end bonus came out as much as a mouse's tail.",
  "The year-end bonus was a pittance.",
  "animal", "past", "web", "쥐꼬리만 하다 = tiny")
I("신규 사업은 아직 걸음마 단계에 있다.",
  "The new business is still at the toddling step stage.",
  "The new business is still in its infancy.",
  "body-part", "base", "news", "걸음마 단계 = infancy")
I("주가가 바닥을 찍고 반등했다.",
  "The stock price stamped the floor and bounced.",
  "The share price bottomed out and rebounded.",
  "figurative-verb", "past", "news", "바닥을 찍다 = bottom out")
I("그 코인은 한순간에 휴지 조각이 됐어.",
  "That coin became a piece of tissue in one moment.",
  "That coin became worthless overnight.",
  "household", "past", "web", "휴지 조각 = worthless paper")
