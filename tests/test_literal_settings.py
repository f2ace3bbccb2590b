"""The table of literal scenes (data/literal_settings.tsv): rows are well formed, and a scene
named in the sentence makes an idiom's words plain, a simile does not."""
from tqa.analyse.literal import LITERAL_SETTINGS_PATH, in_literal_setting, literal_settings


def test_every_row_has_images_a_setting_and_a_note():
    rows = [line.split("\t") for line in LITERAL_SETTINGS_PATH.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and not line.startswith("image\t")]
    assert rows
    for row in rows:
        assert len(row) == 3 and all(cell.strip() for cell in row), row
        assert all(word.strip() for word in row[1].split("|")), f"empty scene word in {row[0]}"
    assert len(literal_settings()) >= len(rows)


def test_a_scene_in_the_sentence_makes_the_image_plain():
    sentence = "계곡물이 차가워서 발을 담그기 힘들다."
    start = sentence.index("발을 담그")
    assert in_literal_setting("발을 담그다", sentence, start, start + len("발을 담그"))


def test_no_scene_no_plain_reading():
    sentence = "그는 은퇴 후 부동산 사업에 발을 담갔다."
    start = sentence.index("발을 담")
    assert not in_literal_setting("발을 담그다", sentence, start, start + len("발을 담갔"))


def test_a_scene_word_in_a_simile_is_not_present():
    sentence = "그는 강아지처럼 꼬리를 내렸다."
    start = sentence.index("꼬리를")
    assert not in_literal_setting("꼬리를 내리다", sentence, start, start + len("꼬리를 내렸"))
    plain = "강아지가 꼬리를 내렸다."
    assert in_literal_setting("꼬리를 내리다", plain, plain.index("꼬리를"), plain.index("꼬리를") + 6)


def test_class_rows_of_the_kitchen_the_stomach_and_the_dark():
    cases = [("칼을 갈다", "주방장이 생선을 다듬기 전에 칼을 갈았다.", "칼을 갈"),
             ("속이 쓰리다", "라면을 급하게 먹었더니 속이 쓰리다.", "속이 쓰리"),
             ("눈앞이 캄캄하다", "터널 안에서 불이 꺼지자 눈앞이 캄캄했다.", "눈앞이 캄캄")]
    for korean, sentence, words in cases:
        start = sentence.index(words)
        assert in_literal_setting(korean, sentence, start, start + len(words)), sentence
    idiom = "승진에서 밀린 그는 그날부터 칼을 갈았다."
    start = idiom.index("칼을 갈")
    assert not in_literal_setting("칼을 갈다", idiom, start, start + len("칼을 갈"))
