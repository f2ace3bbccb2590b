# sports commentary cliches, business jargon, news formulas and bureaucratic collocations (hand-written, helper lit12, 2026-12-07)
I("전반 내내 골문을 두드렸지만 끝내 득점에는 실패했습니다.",
  "They knocked on the goal door throughout the first half but in the end failed to score.",
  "They peppered the goal all first half but just couldn't find the net.",
  "figurative-verb", "honorific", "news", "sports", "골문을 두드리다 = attack the goal")
I("오늘 공격진의 발끝이 너무 무뎠어요.",
  "Today the attackers' toe-tips were too dull.",
  "The forwards were far too wasteful in front of goal today.",
  "body-part", "honorific", "dialogue", "sports", "발끝이 무디다 = poor finishing")
I("골키퍼가 오늘 그야말로 만리장성을 쌓았다.",
  "The goalkeeper truly built the Great Wall today.",
  "The keeper was simply unbeatable today.",
  "figurative-verb", "split", "news", "sports", "만리장성을 쌓다 = be unbeatable in goal")
I("디펜딩 챔피언이 안방에서 충격적인 완패를 당했다.",
  "The defending champion suffered a shocking complete defeat in the inner room.",
  "The defending champions were stunned in a heavy defeat on home turf.",
  "household", "passive", "news", "sports", "안방 = home ground")
I("최하위 팀을 상대로 연장 끝에 진땀승을 거뒀다.",
  "Against the bottom team they gained a thick-sweat win after extra time.",
  "They scraped past the bottom side in extra time.",
  "body-part", "past", "news", "sports", "진땀승 = hard-fought narrow win")
I("후반 들어 뒷심이 부족해서 다 잡은 경기를 놓쳤다.",
  "After the second half began, back strength was lacking, so they lost a game they had all caught.",
  "They ran out of steam in the second half and threw away a game they had all but won.",
  "figurative-verb", "past", "news", "sports", "뒷심 = staying power; 다 잡은 경기 = game as good as won")
I("요즘 물오른 골 감각을 보여 주고 있는 이 선수, 오늘도 해냅니다.",
  "This player who is showing water-risen goal sense these days, does it again today.",
  "This player, in red-hot scoring form lately, does it again today!",
  "figurative-verb", "adnominal", "news", "sports", "물오르다 = be at one's peak")
I("9회 말 투아웃에서 믿을 수 없는 역전 드라마를 썼습니다.",
  "With two outs in the bottom of the ninth, they wrote an unbelievable reversal drama.",
  "With two out in the bottom of the ninth, they pulled off an unbelievable comeback.",
  "figurative-verb", "honorific", "news", "sports", "역전 드라마를 쓰다 = stage a comeback")
I("폭설로 제주공항에서 관광객 수천 명의 발이 묶였다.",
  "Because of heavy snow, the feet of thousands of tourists were tied at Jeju Airport.",
  "Thousands of tourists were stranded at Jeju Airport by heavy snow.",
  "body-part", "passive", "news", "news-bureaucratic", "발이 묶이다 = be stranded")
I("태극전사들이 결전지에 입성했다.",
  "The Taegeuk warriors entered the decisive battle site.",
  "The Korean national team has arrived at the tournament venue.",
  "other", "past", "news", "sports", "태극전사 = Korean national team players (cliche)")
I("상대의 침대 축구에 남은 시간이 속절없이 흘러갔다.",
  "The remaining time flowed away helplessly to the opponent's bed football.",
  "Time ran out as the opposition kept going down and wasting time.",
  "household", "past", "news", "sports", "침대 축구 = time-wasting by feigning injury")
I("골키퍼의 신들린 선방이 팀을 살렸다.",
  "The goalkeeper's god-possessed saves saved the team.",
  "The goalkeeper's inspired saves kept the team alive.",
  "figurative-verb", "adnominal", "news", "sports", "신들린 = inspired, superhuman")
I("하위권 팀에게 안방에서 덜미를 잡히며 자존심을 구겼다.",
  "They crumpled their pride, getting caught by the scruff of the neck at home by a lower-ranked team.",
  "Their pride took a beating when a lower-ranked side beat them on their own ground.",
  "figurative-verb", "passive", "news", "sports", "자존심을 구기다 = be humiliated; 덜미를 잡히다 = be caught out")
# business jargon
I("하청업체를 상대로 한 대기업의 갑질이 드러났다.",
  "The large company's gap act against subcontractors was exposed.",
  "The conglomerate's bullying of its subcontractors has come to light.",
  "slang/neologism", "past", "news", "business", "갑질 = abuse of power by the stronger party")
I("우리는 을이라서 그쪽에서 하자는 대로 할 수밖에 없어요.",
  "We are eul, so we can only do as that side wants.",
  "We're the weaker party in this deal, so we just have to do what they say.",
  "slang/neologism", "honorific", "dialogue", "business", "을 = weaker party in a contract")
I("새로 온 사장이 낙하산이라는 말이 돈다.",
  "Word is going around that the newly arrived president is a parachute.",
  "Rumour has it the new CEO got the job through political connections.",
  "household", "base", "dialogue", "business", "낙하산 = appointee through connections")
I("새 회장은 취임하자마자 대대적인 물갈이 인사를 단행했다.",
  "As soon as he took office, the new chairman carried out a large-scale water-changing personnel reshuffle.",
  "The new chairman carried out a sweeping shake-up of senior staff as soon as he took office.",
  "household", "past", "news", "business", "물갈이 = wholesale replacement of staff")
I("수사팀은 윗선의 지시가 있었는지 들여다보고 있다.",
  "The investigation team is looking into whether there was an instruction from the upper line.",
  "Investigators are looking into whether the orders came from higher up.",
  "other", "base", "news", "news-bureaucratic", "윗선 = higher-ups")
I("이 회사는 인수합병을 위한 실탄을 충분히 확보했다.",
  "This company has secured enough live ammunition for mergers and acquisitions.",
  "The company has built up a big enough war chest for acquisitions.",
  "household", "past", "news", "business", "실탄 = available cash for deals")
I("발품을 팔아서 시세보다 싼 전셋집을 구했다.",
  "I sold my foot goods and found a jeonse house cheaper than the market price.",
  "I did the legwork and found a lease below the going rate.",
  "body-part", "past", "web", "business", "발품을 팔다 = do the legwork")
I("선거 때 내건 공약이 결국 공수표가 됐다.",
  "The pledges put up at the election became a blank cheque in the end.",
  "The campaign pledges turned out to be empty promises.",
  "household", "past", "news", "news-bureaucratic", "공수표 = empty promise; 'blank cheque' is a false friend")
I("세수가 줄면서 나라 곳간이 빠르게 비어 가고 있다.",
  "As tax revenue falls, the nation's storehouse is quickly becoming empty.",
  "With tax revenue falling, the state's coffers are running dry fast.",
  "household", "base", "news", "news-bureaucratic", "곳간 = treasury")
I("외국인과 기관의 쌍끌이 매수에 코스피가 2% 넘게 올랐다.",
  "On pair-trawl buying by foreigners and institutions, the KOSPI rose over 2%.",
  "The KOSPI jumped more than 2% as foreign and institutional investors both piled in.",
  "animal", "nominalised", "news", "business", "쌍끌이 = both groups buying together")
I("그 스타트업은 잇따른 인수로 몸집을 불렸다.",
  "That start-up inflated its body size through successive acquisitions.",
  "The start-up has grown rapidly through a string of acquisitions.",
  "body-part", "past", "news", "business", "몸집을 불리다 = expand in size")
I("명품 매장 앞에 새벽부터 오픈런 행렬이 이어졌다.",
  "An open-run line continued in front of the luxury store from dawn.",
  "Shoppers were queuing outside the luxury store from dawn, ready to dash in the moment it opened.",
  "slang/neologism", "past", "news", "konglish", "오픈런 = queue to rush in at opening (Konglish 'open run')")
# news formulas and bureaucratic collocations
I("향후 검찰 수사의 귀추가 주목된다.",
  "The return direction of the prosecution's investigation in future is being paid attention to.",
  "All eyes are now on where the prosecution's investigation goes next.",
  "other", "passive", "news", "news-bureaucratic", "귀추가 주목된다 = news-closing formula")
I("정부가 집값을 잡기 위해 칼을 빼 들었다.",
  "The government drew its sword to catch house prices.",
  "The government has launched a crackdown to rein in house prices.",
  "figurative-verb", "past", "news", "news-bureaucratic", "칼을 빼 들다 = take tough action")
I("당국은 피해가 커지는 동안 뒷짐만 지고 있었다.",
  "While the damage grew, the authorities were only clasping their hands behind their backs.",
  "The authorities just sat on their hands while the damage mounted.",
  "body-part", "past", "news", "news-bureaucratic", "뒷짐(을) 지다 = stand by idly; good row is an English idiom with another image")
I("지하철 노조 파업이 초읽기에 들어갔다.",
  "The subway union strike entered second-reading.",
  "A subway strike is now just days away.",
  "other", "past", "news", "news-bureaucratic", "초읽기 = countdown",
  "The countdown to the subway strike has begun.")
I("임금 협상이 막판까지 난항을 겪고 있습니다.",
  "Wage negotiations are experiencing a difficult voyage until the last moment.",
  "Wage talks are still struggling to make headway at the eleventh hour.",
  "figurative-verb", "honorific", "news", "news-bureaucratic", "난항을 겪다 = run into difficulties")
I("양국은 정상회담을 앞두고 물밑 접촉을 이어 가고 있다.",
  "The two countries are continuing underwater contact ahead of the summit.",
  "The two countries are holding behind-the-scenes talks ahead of the summit.",
  "other", "base", "news", "news-bureaucratic", "물밑 접촉 = behind-the-scenes contact")
I("복지 사각지대에 놓인 독거노인들이 여전히 많다.",
  "There are still many elderly people living alone who are placed in welfare dead-angle zones.",
  "Many elderly people living alone still fall through the cracks of the welfare system.",
  "other", "adnominal", "news", "news-bureaucratic", "사각지대 = gap in coverage")
I("금융시장은 중앙은행의 발표에 촉각을 곤두세우고 있다.",
  "Financial markets are making their antennae stand up at the central bank's announcement.",
  "Financial markets are on high alert ahead of the central bank's announcement.",
  "figurative-verb", "base", "news", "news-bureaucratic", "촉각을 곤두세우다 = watch closely")
I("멈춰 있던 합병 논의가 최근 급물살을 탔다.",
  "The merger discussions that had stopped recently rode a rapid current.",
  "Stalled merger talks have suddenly gathered pace.",
  "figurative-verb", "past", "news", "news-bureaucratic", "급물살을 타다 = gain momentum")
I("부처 간 엇박자 정책에 시장 혼란만 커졌다.",
  "Because of the off-beat policies between ministries, only market confusion grew.",
  "Contradictory policies from different ministries have only added to the confusion in the market.",
  "other", "adnominal", "news", "news-bureaucratic", "엇박자 = at odds; 'offbeat' is a false friend")
I("그 의원은 부적절한 발언으로 또 물의를 빚었다.",
  "That lawmaker brewed water ripples again with inappropriate remarks.",
  "The lawmaker has caused a stir again with his inappropriate remarks.",
  "figurative-verb", "past", "news", "news-bureaucratic", "물의를 빚다 = cause controversy")
I("관계 기관과 협력하여 안전 관리에 만전을 기하겠습니다.",
  "We will aim for ten-thousand completeness in safety management in cooperation with relevant agencies.",
  "We will work with the relevant agencies to ensure safety is managed with the utmost care.",
  "other", "honorific", "news", "news-bureaucratic", "만전을 기하다 = take every precaution (official formula)")
I("가격을 담합한 업체들이 과징금 철퇴를 맞았다.",
  "The companies that colluded on prices were hit by an iron mace of fines.",
  "The firms that fixed prices were hit with hefty fines.",
  "household", "passive", "news", "news-bureaucratic", "철퇴를 맞다 = receive a heavy penalty")
I("정부는 증세 없이 예산을 짜는 쪽으로 가닥을 잡았다.",
  "The government grabbed the strand toward drawing up the budget without tax increases.",
  "The government has settled on drawing up the budget without raising taxes.",
  "household", "past", "news", "news-bureaucratic", "가닥을 잡다 = settle on a direction")
I("정부가 내년부터 상속세법을 대폭 손보기로 했다.",
  "The government decided to see the inheritance tax law greatly by hand from next year.",
  "The government has decided to overhaul inheritance tax law from next year.",
  "body-part", "past", "news", "news-bureaucratic", "손보다 = revise, fix")
I("야당은 이번 인사를 두고 보은 인사라며 날을 세웠다.",
  "The opposition stood its blade up over this appointment, calling it a repaying-kindness appointment.",
  "The opposition lashed out at the appointment as a reward for political loyalty.",
  "figurative-verb", "past", "news", "news-bureaucratic", "날을 세우다 = sharpen criticism; 보은 인사 = reward appointment")
I("정부는 관련 부처 합동으로 대책 마련에 나섰다.",
  "The government stepped out into the preparation of measures jointly with the related ministries.",
  "The government has set up a cross-ministry effort to come up with countermeasures.",
  "other", "past", "news", "news-bureaucratic", "대책 마련에 나서다 = official formula; literal 'stepped out' is the calque")
