# food, animal and household idioms, weather and colour images (hand-written, helper lit16, 2026-12-08)
I("이번에도 약속 어기면 앞으로 국물도 없을 줄 알아.",
  "If you break the promise this time too, know that there will not even be soup broth from now on.",
  "Break your promise again and you'll get nothing from me from now on.",
  "food", "negated", "dialogue", "국물도 없다 = get nothing at all")
I("그 사람은 거짓말을 밥 먹듯이 해서 아무도 안 믿어.",
  "That person does lies like eating rice, so nobody believes him.",
  "He lies all the time, so nobody believes a word he says.",
  "food", "base", "dialogue", "밥 먹듯이 = habitually")
I("공장이 문을 닫으면서 수백 명의 밥줄이 끊겼다.",
  "As the factory closed, the rice ropes of hundreds of people were cut.",
  "The factory's closure cost hundreds of people their livelihoods.",
  "food", "passive", "news", "밥줄이 끊기다 = lose one's livelihood")
I("저렇게 잘난 척하는 거 보면 진짜 밥맛 떨어져.",
  "Seeing him show off like that, my rice taste really falls.",
  "The way he shows off really puts me off.",
  "food", "base", "web", "밥맛 떨어지다 = be off-putting")
I("새 팀장이 오고 나서 우리 부서는 완전 찬밥 신세야.",
  "After the new team leader came, our department is totally in a cold-rice situation.",
  "Ever since the new team lead arrived, our department has been completely sidelined.",
  "food", "base", "business", "찬밥 신세 = neglected")
I("신혼이라 그런지 둘이 깨가 쏟아지더라.",
  "Maybe because they're newlyweds, sesame seeds were pouring out between the two.",
  "They're newlyweds, so they're all lovey-dovey.",
  "food", "past", "dialogue", "깨가 쏟아지다 = blissfully happy couple")
I("장마 때문에 가게에 파리만 날리고 있어요.",
  "Because of the rainy season only flies are flying in the shop.",
  "With the monsoon rain, the shop's been dead.",
  "food", "honorific", "dialogue", "파리 날리다 = business is dead")
I("기획을 세 번이나 갈아엎었더니 죽도 밥도 안 됐다.",
  "We overturned the plan three times and it became neither porridge nor rice.",
  "We reworked the plan three times and ended up with something that was neither one thing nor the other.",
  "food", "negated", "business", "죽도 밥도 안 되다 = end up a mess")
I("어제 중간고사 완전 죽 쒔어.",
  "Yesterday I totally cooked porridge on the midterm.",
  "I totally bombed my midterm yesterday.",
  "food", "past", "web", "죽을 쑤다 = flop")
I("너희 언제 국수 먹여 줄 거야?",
  "When are you going to feed us noodles?",
  "So when are you two getting married?",
  "food", "question", "dialogue", "국수를 먹이다 = hold a wedding")
I("그 집은 형제끼리 소송하고 난리도 아니야. 완전 콩가루 집안이지.",
  "That family is chaos, brothers suing each other. A total bean-powder household.",
  "The brothers in that family are suing each other. It's a completely dysfunctional family.",
  "food", "base", "dialogue", "콩가루 집안 = dysfunctional family")
I("둘 다 실력이 거기서 거기라 도토리 키 재기야.",
  "Both of their skills are there and there, so it's acorns measuring height.",
  "Neither of them is any better than the other; there's nothing to choose between them.",
  "food", "base", "sports", "도토리 키 재기 = no real difference")
I("잘 진행되던 협상에 야당이 고춧가루를 뿌렸다.",
  "The opposition sprinkled red pepper powder on the negotiation that was going well.",
  "The opposition threw a spanner in the works of negotiations that had been going well.",
  "food", "past", "news", "고춧가루를 뿌리다 = spoil something")
I("하위권 팀이 선두 팀에 고춧가루를 뿌리며 순위 싸움이 안갯속이 됐다.",
  "As a bottom team sprinkled red pepper powder on the leading team, the rank fight went into the fog.",
  "A bottom-of-the-table side played spoiler against the leaders, and the title race is now wide open.",
  "food", "split", "sports", "고춧가루를 뿌리다 (sport) = play spoiler; 안갯속 = uncertain")
I("회사 단물만 쏙 빼 먹고 경쟁사로 가 버렸다.",
  "He sucked out only the company's sweet water and went off to a competitor.",
  "He got everything he could out of the company and then left for a competitor.",
  "food", "past", "business", "단물만 빼 먹다 = exploit and leave")
I("이미 계약서에 사인했으니 그 얘기는 물 건너갔어.",
  "He already signed the contract, so that talk has crossed the water.",
  "He's already signed the contract, so it's too late for that now.",
  "household", "past", "dialogue", "물 건너가다 = too late, chance gone")
I("그 친구는 무대에만 서면 물 만난 고기야.",
  "Whenever that friend stands on stage he's a fish that met water.",
  "Put him on a stage and he's in his element.",
  "animal", "base", "dialogue", "물 만난 고기 = in one's element")
I("신입이라고 나를 물로 보는 거야?",
  "Are you seeing me as water because I'm new?",
  "Do you think you can push me around just because I'm new?",
  "household", "question", "dialogue", "물로 보다 = take someone for a pushover")
I("승진 명단에서 또 물먹었어.",
  "I drank water again on the promotion list.",
  "I got passed over for promotion again.",
  "household", "past", "business", "물먹다 = be passed over")
I("그는 돈이 되는 일이라면 물불을 가리지 않았다.",
  "If it was work that made money, he did not distinguish water and fire.",
  "If there was money in it, he'd stop at nothing.",
  "household", "negated", "fiction", "물불을 가리지 않다 = stop at nothing")
I("역세권 노른자 땅은 벌써 다 팔렸대요.",
  "They say the yolk land near the station has all been sold already.",
  "I hear all the prime plots near the station have already been sold.",
  "food", "honorific", "dialogue", "노른자 땅 = prime location")
I("기대했던 공연이 취소돼서 완전 김빠졌어.",
  "The performance I expected was cancelled, so the steam totally came out.",
  "The show I was looking forward to got cancelled; what a letdown.",
  "food", "past", "web", "김빠지다 = be deflated")
I("두부 좀 사 오랬더니 삼천포로 빠져서 게임기를 사 왔네.",
  "I told him to buy some tofu and he fell into Samcheonpo and bought a game console.",
  "I asked him to pick up some tofu and he got sidetracked and came back with a games console.",
  "other", "past", "dialogue", "삼천포로 빠지다 = go off track")
I("자기도 신입 때 실수투성이였으면서 개구리 올챙이 적 생각 못 한다니까.",
  "He was full of mistakes when he was new too, but the frog can't think of tadpole times.",
  "He made plenty of mistakes when he was new himself; he's forgotten where he came from.",
  "proverb", "split", "business", "개구리 올챙이 적 생각 못 한다 = forget humble beginnings")
I("막차 놓치고 정류장에서 닭 쫓던 개 지붕 쳐다보듯 서 있었지.",
  "I missed the last bus and stood at the stop like a dog that chased a chicken looking at the roof.",
  "I missed the last bus and just stood at the stop staring after it.",
  "proverb", "split", "dialogue", "닭 쫓던 개 지붕 쳐다보듯 = left helpless after losing out")
I("내가 손만 댔는데 까마귀 날자 배 떨어진다고 딱 그때 고장 나 버렸어.",
  "I only touched it, and like a pear falling as the crow flies, it broke right then.",
  "I'd barely touched it when it broke, so of course it looked like my fault.",
  "proverb", "split", "dialogue", "까마귀 날자 배 떨어진다 = unlucky coincidence casting suspicion")
I("포위된 반군은 독 안에 든 쥐 신세가 됐다.",
  "The surrounded rebels became a rat inside a jar.",
  "The encircled rebels were trapped with no way out.",
  "animal", "past", "news", "독 안에 든 쥐 = trapped")
I("이번 지원금은 피해 규모에 비하면 새 발의 피다.",
  "This subsidy is bird's foot blood compared to the scale of damage.",
  "This aid is a drop in the ocean compared with the scale of the damage.",
  "animal", "base", "news", "새 발의 피 = negligible amount")
I("선거철만 되면 당을 옮기는 철새 정치인들이 또 나타났다.",
  "Whenever election season comes, the migratory-bird politicians who move parties appeared again.",
  "As in every election season, the party-hoppers are back.",
  "animal", "adnominal", "news", "철새 정치인 = party-switching politician")
I("합병 과정에서 우리 팀만 낙동강 오리알 신세가 됐다.",
  "In the merger process only our team became a Nakdong River duck egg.",
  "In the merger, our team was the one left out in the cold.",
  "animal", "past", "business", "낙동강 오리알 = abandoned, left out")
I("분명히 봤는데 끝까지 오리발을 내밀더라.",
  "I clearly saw it, but he held out a duck foot until the end.",
  "I saw him do it, but he flatly denied it to the end.",
  "animal", "past", "dialogue", "오리발을 내밀다 = play innocent")
I("둘이 주고받는 문자 보니까 닭살 돋더라.",
  "Seeing the texts the two exchanged, chicken skin sprouted.",
  "The texts they send each other are so sappy they made me cringe.",
  "animal", "past", "web", "닭살 돋다 = cringe at sappiness")
I("일손이 모자라서 고양이 손이라도 빌리고 싶은 심정이에요.",
  "Work hands are lacking so I feel like borrowing even a cat's hand.",
  "We're so short-staffed I'd take any help I can get.",
  "animal", "honorific", "business", "고양이 손이라도 빌리고 싶다 = desperate for help")
I("하룻강아지 범 무서운 줄 모른다더니 신인이 챔피언한테 도발을 하네.",
  "They say a one-day puppy doesn't know to fear a tiger; the rookie provokes the champion.",
  "Talk about fools rushing in: the rookie is trash-talking the champion.",
  "proverb", "split", "sports", "하룻강아지 범 무서운 줄 모른다 = naive bravado")
I("조용한 척하더니 뒤로 호박씨 까고 있었구나.",
  "You pretended to be quiet and were peeling pumpkin seeds behind.",
  "So you were playing the innocent while you were up to something behind my back.",
  "food", "past", "dialogue", "호박씨 까다 = scheme behind a meek front")
I("영세 상인한테 수수료를 또 올리다니, 벼룩의 간을 빼 먹는 격이다.",
  "Raising fees on small merchants again is like taking out and eating a flea's liver.",
  "Raising fees on small shopkeepers yet again is squeezing those who have nothing left.",
  "proverb", "split", "news", "벼룩의 간을 빼 먹다 = exploit the poor")
I("그 재벌은 문어발식 확장으로 결국 유동성 위기를 맞았다.",
  "That chaebol finally met a liquidity crisis through octopus-leg-style expansion.",
  "The conglomerate's sprawling expansion into every sector eventually brought on a liquidity crisis.",
  "animal", "adnominal", "news", "문어발식 = sprawling diversification")
I("늦잠 자서 고양이 세수만 하고 뛰어나왔어.",
  "I overslept, so I did only a cat's face wash and ran out.",
  "I overslept, so I just splashed some water on my face and ran out.",
  "animal", "past", "dialogue", "고양이 세수 = perfunctory wash")
I("공사가 거북이걸음이라 개통은 내년에나 가능하겠다.",
  "The construction is a turtle walk, so opening will be possible maybe next year.",
  "Construction is crawling along, so it probably won't open until next year.",
  "animal", "base", "news", "거북이걸음 = very slow progress")
I("메뚜기도 한철이라고, 성수기에 바짝 벌어야지.",
  "Even grasshoppers have one season, so you have to earn hard in the peak season.",
  "You have to make hay while the sun shines, so earn as much as you can in peak season.",
  "proverb", "split", "business", "메뚜기도 한철 = seize your season")
I("가재는 게 편이라고 결국 자기 동창 편을 들더라.",
  "As the crayfish is on the crab's side, he ended up taking his classmate's side.",
  "Birds of a feather: in the end he sided with his old schoolmate.",
  "proverb", "split", "dialogue", "가재는 게 편 = people side with their own kind")
I("명절마다 시댁에 가면 시어머니가 바가지를 긁으세요.",
  "Every holiday when I go to my in-laws, my mother-in-law scratches the gourd.",
  "Every holiday at my in-laws' my mother-in-law nags and nags.",
  "household", "honorific", "web", "바가지를 긁다 = nag")
I("회의 끝난 지가 언젠데 이제 와서 뒷북이야.",
  "When did the meeting end, and now you're beating the back drum.",
  "The meeting finished ages ago; it's a bit late to bring that up now.",
  "household", "base", "business", "뒷북치다 = act too late")
I("작은 회사라 기획부터 회계까지 혼자 북 치고 장구 치고 다 해요.",
  "It's a small company, so from planning to accounting I beat the drum and beat the janggu alone.",
  "It's a small company, so I do everything myself, from planning to the accounts.",
  "household", "honorific", "business", "북 치고 장구 치다 = do everything oneself")
I("그 장인은 평생 한 우물만 판 끝에 명장 칭호를 받았다.",
  "That craftsman dug only one well all his life and received the title of master.",
  "After devoting his whole life to a single craft, he was named a master artisan.",
  "household", "past", "news", "한 우물을 파다 = stick to one pursuit")
I("이번 계약 조건은 확실히 못 박아 두세요.",
  "Please hammer a nail firmly into the terms of this contract.",
  "Please make sure the terms of this contract are spelled out clearly.",
  "household", "honorific", "business", "못을 박다 = state firmly")
I("그 집은 자식이 다섯이라 바람 잘 날이 없어.",
  "That house has five children, so there's no day when the wind is calm.",
  "With five kids, there's never a dull moment in that house.",
  "proverb", "negated", "dialogue", "가지 많은 나무에 바람 잘 날 없다 = constant trouble")
I("규제 강화로 가상자산 업계가 된서리를 맞았다.",
  "Due to tightened regulation, the virtual asset industry was hit by hard frost.",
  "Tighter regulation has dealt the crypto industry a heavy blow.",
  "household", "past", "news", "된서리를 맞다 = suffer a severe blow")
I("다 된 계획인데 네가 산통을 깨면 어떡해.",
  "The plan was all done, what if you break the divination tube.",
  "Everything was all set; how could you go and ruin it?",
  "household", "question", "dialogue", "산통을 깨다 = spoil the plan")
I("그 회사 적자는 깨진 독에 물 붓기라 지원해 봤자 소용없다.",
  "That company's deficit is pouring water into a broken jar, so there is no use supporting it.",
  "That company's losses are a bottomless pit; there's no point bailing it out.",
  "proverb", "nominalised", "news", "깨진 독에 물 붓기 (variant of 밑 빠진 독에 물 붓기) = bottomless pit")
I("과장님 말에 무조건 장단을 맞추는 게 살아남는 법이야.",
  "Unconditionally matching the rhythm to the section chief's words is how to survive.",
  "The way to survive is to go along with whatever the section chief says.",
  "household", "nominalised", "business", "장단을 맞추다 = play along")
I("그는 마침내 구청장 감투를 썼다.",
  "He finally wore the district mayor's official hat.",
  "He finally landed the post of district mayor.",
  "household", "past", "news", "감투를 쓰다 = take an official post")
I("수학이랑은 담을 쌓은 지 오래야.",
  "It's been a long time since I built a wall with mathematics.",
  "I gave up on maths a long time ago.",
  "household", "nominalised", "dialogue", "담을 쌓다 = cut oneself off from")
I("팀원들 고생해서 만든 기획안에 상무가 숟가락만 얹었다.",
  "The executive just placed his spoon on the proposal the team members made with hardship.",
  "The director just took credit for a proposal the team had sweated over.",
  "household", "past", "business", "숟가락을 얹다 = take credit unearned")
I("너 지금 완전 돗자리 깔아도 되겠다. 어떻게 알았어?",
  "You could totally spread a mat now. How did you know?",
  "You should be a fortune-teller. How did you know?",
  "household", "base", "dialogue", "돗자리를 깔다 = be uncannily prescient")
I("아무도 부장한테 말 못 하길래 내가 총대를 멨지.",
  "Nobody could tell the manager, so I shouldered the gun barrel.",
  "Nobody else would say it to the manager, so I took it on myself.",
  "household", "past", "business", "총대를 메다 = take on a thankless task")
I("작년 패배 이후 와신상담하던 그 팀이 드디어 설욕했다.",
  "The team that had been lying on firewood and tasting gall since last year's defeat finally took revenge.",
  "The team that had spent a year biding its time after last season's defeat finally got its revenge.",
  "four-char", "adnominal", "sports", "와신상담 = endure hardship to prepare for revenge")
I("우리 회사는 여섯 시 되면 다들 칼같이 퇴근해.",
  "At our company, when it's six everyone leaves work like a knife.",
  "At our company everyone leaves on the dot at six.",
  "household", "base", "business", "칼같이 = precisely, punctually")
I("어젯밤에 가위 눌려서 한숨도 못 잤어.",
  "Last night I was pressed by scissors and couldn't sleep a wink.",
  "I had sleep paralysis last night and didn't get a wink of sleep.",
  "household", "passive", "dialogue", "가위 눌리다 = have sleep paralysis")
I("쥐꼬리만 한 월급으로 월세 내고 나면 남는 게 없다.",
  "After paying the rent with a salary the size of a rat's tail, nothing is left.",
  "After paying rent out of my measly salary, there's nothing left.",
  "animal", "adnominal", "web", "쥐꼬리만 하다 = tiny amount")
I("새빨간 거짓말 좀 그만해.",
  "Stop the bright-red lies.",
  "Stop telling such barefaced lies.",
  "other", "base", "dialogue", "새빨간 거짓말 = outright lie")
I("불합격 문자를 받는 순간 하늘이 노랬다.",
  "The moment I received the rejection text, the sky was yellow.",
  "The moment I got the rejection text, my whole world fell apart.",
  "other", "past", "web", "하늘이 노랗다 = be in shock")
I("중학교 때 쓴 일기는 내 흑역사야.",
  "The diary I wrote in middle school is my black history.",
  "The diary I kept in middle school is something I'd rather forget.",
  "slang/neologism", "base", "web", "흑역사 = embarrassing past")
I("그 사건 이후로 그는 전과 기록에 빨간 줄이 그어졌다.",
  "After that case, a red line was drawn in his record.",
  "After that case he had a criminal record.",
  "other", "passive", "news", "빨간 줄이 그어지다 = get a criminal record")
I("비정규직은 언제 잘릴지 모르는 파리 목숨이다.",
  "Temporary workers are fly lives who don't know when they'll be cut.",
  "Temp workers are expendable and could be let go at any moment.",
  "animal", "base", "news", "파리 목숨 = expendable life")
