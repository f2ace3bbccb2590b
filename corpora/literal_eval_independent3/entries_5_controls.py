# literal-use controls: idiom words in their plain sense (hand-written, literal3, 2026-12-06)
C("감기 때문에 코가 막혀서 냄새를 하나도 못 맡겠어.",
  "My nose is blocked from this cold, so I can't smell a thing.", "negated", "dialogue")
C("밥 먹기 전에는 손을 깨끗이 씻어라.",
  "Wash your hands properly before you eat.", "base", "textbook")
C("고양이 목에 방울을 달아 줬더니 어디 있는지 금방 알 수 있어.",
  "I put a bell on the cat's collar, so now I can always tell where she is.", "past", "dialogue")
C("벽에 못을 박아서 가족사진 액자를 걸었다.",
  "I hammered a nail into the wall and hung the family photo.", "past", "textbook")
C("이번 방학에 비행기를 타고 제주도에 다녀왔어.",
  "I flew to Jeju Island over the holidays.", "past", "dialogue")
C("입맛이 없어서 흰죽을 쒀서 조금 먹었다.",
  "I had no appetite, so I made some plain rice porridge and ate a little.", "past", "textbook")
C("밥솥 뚜껑을 열자 김이 확 올라왔다.",
  "When I opened the rice cooker lid, a cloud of steam rushed out.", "past", "textbook")
C("할머니가 깨를 볶아서 참기름을 짜셨다.",
  "Grandma roasted sesame seeds and pressed them for sesame oil.", "honorific", "textbook")
C("간밤에 된서리가 내려 밭에 남아 있던 배추가 얼었다.",
  "A hard frost overnight froze the cabbages still left in the fields.", "past", "news")
C("넘어지면서 무릎을 세게 부딪쳐서 병원에 갔어.",
  "I fell and banged my knee hard, so I went to the hospital.", "past", "dialogue")
C("연구진은 실험용 쥐의 간 조직을 떼어 분석했다.",
  "The researchers removed liver tissue from the lab mice and analysed it.", "past", "news")
C("점심으로 시장에서 잔치국수를 한 그릇 먹었다.",
  "I had a bowl of banquet noodles at the market for lunch.", "past", "textbook")
C("아기 발이 너무 작아서 선물 받은 신발이 헐렁하다.",
  "The baby's feet are so small that the shoes we got as a present are loose.", "base", "dialogue")
C("장마철에는 바람이 세게 불어서 우산이 자주 뒤집힌다.",
  "In the rainy season the wind blows so hard that umbrellas often turn inside out.", "passive", "textbook")
C("할아버지는 논에 들어갈 때 늘 고무신을 신으셨다.",
  "Grandpa always wore rubber shoes when he went into the rice paddy.", "honorific", "textbook")
C("등이 가려워서 효자손으로 긁었다.",
  "My back was itchy, so I scratched it with a back scratcher.", "past", "dialogue")
C("찐 감자는 뜨거울 때 먹어야 맛있어.",
  "Steamed potatoes taste best when you eat them hot.", "base", "dialogue")
C("부엌에서 파리가 날아다녀서 창문을 열어 내보냈다.",
  "A fly was buzzing around the kitchen, so I opened the window and let it out.", "past", "textbook")
C("새로 놓은 다리 덕분에 섬까지 차로 십 분이면 간다.",
  "Thanks to the newly built bridge, the island is only ten minutes away by car.", "base", "news")
