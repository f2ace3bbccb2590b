# honorific and social formulas (hand-written, helper lit14, 2026-12-07)
I("오늘 회의 준비하시느라 수고하셨습니다.",
  "You suffered hard preparing today's meeting.",
  "Thanks for all your work getting today's meeting ready.",
  "other", "honorific", "textbook", "everyday; business email; 수고하셨습니다 = thank you for your work")
I("이번 프로젝트부터 함께하게 된 김지현입니다. 잘 부탁드립니다.",
  "I am Kim Jihyun who will be together from this project. Please treat me well.",
  "Hi, I'm Kim Jihyun and I'll be joining you on this project. I look forward to working with you.",
  "other", "honorific", "textbook", "everyday; business email; 잘 부탁드립니다 = I look forward to working with you")
I("오랜만이에요! 식사는 하셨어요?",
  "Long time no see! Did you have a meal?",
  "Long time no see! How have you been?",
  "other", "question", "dialogue", "everyday; dialogue; 식사하셨어요 = greeting, how are you")
I("출장 기간 동안 신세 많이 졌습니다.",
  "I incurred a lot of body-debt during the business trip.",
  "Thank you so much for looking after me during my trip.",
  "other", "honorific", "textbook", "less common; business email; 신세를 지다 = be indebted for someone's help")
I("A: 도와주셔서 감사합니다. B: 별말씀을요.",
  "A: Thank you for helping. B: Special words.",
  "A: Thanks for your help. B: Don't mention it.",
  "other", "honorific", "dialogue", "everyday; dialogue; 별말씀을요 = don't mention it")
I("네, 그럼 들어가세요.",
  "Yes, then please go in.",
  "OK then, take care. Bye.",
  "other", "honorific", "dialogue", "everyday; phone call; 들어가세요 = goodbye (on the phone / parting)")
I("늦었는데 조심히 살펴 가세요.",
  "It is late, so go carefully looking around.",
  "It's late, so get home safely.",
  "other", "honorific", "dialogue", "everyday; dialogue; 살펴 가세요 = get home safe")
I("차린 건 없지만 많이 드세요.",
  "There is nothing prepared, but eat a lot.",
  "It's nothing special, but please help yourselves.",
  "other", "honorific", "dialogue", "everyday; dialogue; 차린 건 없지만 많이 드세요 = host's modest invitation to eat")
I("귀사의 무궁한 발전과 건승을 기원합니다.",
  "We pray for your company's infinite development and healthy victory.",
  "We wish your company every continued success.",
  "other", "honorific", "textbook", "less common; business email; 건승을 기원합니다 = wishing you success")
I("시스템 점검으로 이용에 불편을 드려 죄송합니다. 고객 여러분의 너그러운 양해 부탁드립니다.",
  "We are sorry to give inconvenience to use due to system checking. We ask for the generous understanding of customer everyone.",
  "We apologise for any inconvenience caused by the system maintenance and thank you for your patience.",
  "other", "honorific", "textbook", "everyday; notice; 양해 부탁드립니다 = thank you for your understanding")
I("우리 언제 밥 한번 먹자.",
  "Let's eat rice once sometime.",
  "We should get together sometime.",
  "other", "base", "dialogue", "everyday; chat; 밥 한번 먹자 = let's meet up sometime (often a pleasantry)")
I("선배님, 말씀 편하게 하세요.",
  "Senior, please do your words comfortably.",
  "Please, you don't need to be so formal with me.",
  "other", "honorific", "dialogue", "everyday; dialogue; 말씀 편하게 하세요 = please speak casually to me")
I("우리 이제 말 놓을까?",
  "Shall we put down words now?",
  "Shall we drop the formalities?",
  "other", "question", "dialogue", "everyday; subtitles; 말을 놓다 = switch to casual speech")
I("바쁘신 와중에도 이 자리를 빛내 주신 내빈 여러분께 감사드립니다.",
  "I thank the guests everyone who made this seat shine even amid being busy.",
  "I'd like to thank all our guests for taking time out of their busy schedules to be with us today.",
  "other", "honorific", "textbook", "everyday; speech; 자리를 빛내 주다 = grace an occasion with one's presence")
I("앞으로도 많은 관심과 사랑 부탁드립니다.",
  "Please give lots of interest and love in the future too.",
  "We hope you'll continue to support us.",
  "other", "honorific", "news", "everyday; press release; 관심과 사랑 부탁드립니다 = please keep supporting us")
I("이상으로 발표를 마치겠습니다. 경청해 주셔서 감사합니다.",
  "With the above I will finish the presentation. Thank you for listening tilting your ears.",
  "That concludes my presentation. Thank you for your attention.",
  "other", "honorific", "textbook", "less common; speech; 경청 = listen attentively (formula)")
I("미흡한 점이 있더라도 너그럽게 봐 주시기 바랍니다.",
  "Even if there are insufficient points, please see generously.",
  "Please forgive any shortcomings.",
  "other", "honorific", "textbook", "less common; speech; 너그럽게 봐 주다 = excuse one's shortcomings")
I("부족한 저를 믿고 맡겨 주셔서 몸 둘 바를 모르겠습니다.",
  "Believing and entrusting insufficient me, I don't know where to put my body.",
  "I'm truly humbled that you've placed your trust in me.",
  "other", "honorific", "textbook", "less common; speech; 몸 둘 바를 모르다 = be overwhelmed with gratitude or embarrassment")
