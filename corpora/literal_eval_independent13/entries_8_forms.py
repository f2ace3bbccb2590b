# further idiom groups in causative, nominalised and adnominal forms (hand-written, helper lit13, 2026-12-07)
I("동생이 나한테 골탕을 먹이려고 커피에 소금을 넣었다.",
  "My brother put salt in my coffee to feed me bone soup.",
  "My brother put salt in my coffee to play a trick on me.",
  "food", "causative", "web", "골탕을 먹이다: play a nasty trick")
I("그 신문은 단독 보도로 경쟁지들에 제대로 물을 먹였다.",
  "That paper properly fed water to its rival papers with an exclusive report.",
  "That paper scooped its rivals with an exclusive.",
  "food", "causative", "news", "물을 먹이다: beat to a story")
I("그 고객이 한 달 내내 우리 팀을 애를 먹였어요.",
  "That client fed our team guts for a whole month.",
  "That client gave our team a hard time for a whole month.",
  "body-part", "causative", "dialogue", "애를 먹이다: cause trouble")
I("사춘기 아들이 속을 썩여서 요즘 잠을 못 자요.",
  "My teenage son rots my insides, so I can't sleep these days.",
  "My teenage son is giving me so much grief that I can't sleep.",
  "body-part", "causative", "web", "속을 썩이다: cause worry")
I("그는 우승으로 자신을 비웃던 사람들의 코를 납작하게 만들었다.",
  "With the championship he made flat the noses of the people who had laughed at him.",
  "By winning the title he proved all his doubters wrong.",
  "body-part", "causative", "news", "코를 납작하게 만들다: humble")
I("담임 선생님이 떠든 애들 눈물을 쏙 빼 놓으셨다.",
  "The homeroom teacher pulled the tears right out of the noisy kids.",
  "The form teacher gave the noisy kids a real dressing-down.",
  "body-part", "honorific", "web", "눈물을 쏙 빼다: scold severely")
I("갑작스러운 휴교 결정이 맞벌이 부모들의 발을 동동 구르게 했다.",
  "The sudden school closure decision made working parents stamp their feet.",
  "The sudden school closure left working parents scrambling.",
  "body-part", "causative", "news", "발을 동동 구르다: be frantic")
I("이번 재발 방지 대책은 눈 가리고 아웅하기에 불과하다.",
  "This recurrence-prevention measure is nothing more than covering the eyes and meowing.",
  "These measures to prevent a repeat are pure window dressing.",
  "proverb", "nominalised", "news", "눈 가리고 아웅")
I("우리 둘째는 낯가림이 심해서 손님이 오면 방에 숨어요.",
  "Our second child's face-screening is severe, so he hides in his room when guests come.",
  "Our younger one is very shy with strangers and hides in his room when guests come.",
  "body-part", "nominalised", "web", "낯가림: shyness")
I("대출을 다 갚고 나니 이제야 발 뻗고 잘 수 있겠다.",
  "Now that I've paid off the loan, I can finally sleep stretching out my feet.",
  "Now that the loan's paid off, I can finally sleep easy.",
  "body-part", "base", "dialogue", "발 뻗고 자다: sleep easy")
I("손꼽아 기다리던 여름방학이 드디어 시작됐다.",
  "The summer holidays I had waited for counting on my fingers finally started.",
  "The summer holidays I'd been looking forward to for so long have finally begun.",
  "body-part", "adnominal", "textbook", "손꼽아 기다리다")
I("사고가 다 난 뒤에 대책을 내놓는 건 뒷북치기다.",
  "Putting out measures after the accident has already happened is beating the back drum.",
  "Announcing measures after the accident is too little, too late.",
  "figurative-verb", "nominalised", "news", "뒷북치다: act belatedly")
I("양다리 걸치다가 결국 둘 다한테 들켰대.",
  "He was hanging both legs and in the end got caught by both.",
  "Apparently he was two-timing them and both of them found out.",
  "body-part", "past", "dialogue", "양다리 걸치다: two-time")
I("출장 가는 차 안에서 새우잠을 잤더니 온몸이 쑤신다.",
  "I slept shrimp sleep in the car on the business trip and my whole body aches.",
  "I slept curled up in the car on the business trip and now I ache all over.",
  "animal", "past", "web", "새우잠: sleep curled up")
I("주말에 아무 데도 안 가고 꿀잠 잤어.",
  "I didn't go anywhere at the weekend and slept honey sleep.",
  "I stayed in all weekend and had a lovely long sleep.",
  "slang/neologism", "past", "dialogue", "꿀잠: deep sleep")
I("처가에서 눈칫밥 먹기 싫어서 일찍 분가했다.",
  "I didn't want to eat eye-measure rice at my in-laws', so we moved out early.",
  "I didn't want to live on sufferance at my in-laws', so we moved out early.",
  "food", "nominalised", "web", "눈칫밥을 먹다: live under someone's watchful eye")
I("노래방에 들어서자 평소 말 없던 그가 물 만난 고기처럼 마이크를 잡았다.",
  "As we entered the karaoke room, he, usually silent, grabbed the microphone like a fish that has met water.",
  "The moment we got to the karaoke room, he, usually so quiet, grabbed the mic, totally in his element.",
  "animal", "adnominal", "dialogue", "물 만난 고기: in one's element")
