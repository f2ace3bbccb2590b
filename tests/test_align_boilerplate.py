"""Page-furniture recognition (menus, share buttons, captions, credits, copyright)."""
import pytest

from tqa.align.boilerplate import furniture_kind, is_furniture


@pytest.mark.parametrize("line, kind", [
    ("Skip to main content", "navigation"),
    ("Back to top", "navigation"),
    ("Share on Facebook", "share"),
    ("Join us on social!", "share"),
    ("Facebook | Twitter | Email", "share"),
    ("Sign up for our newsletter", "account"),
    ("© 2026 Harbor Times. All rights reserved.", "copyright"),
    ("Terms of Use | Privacy Policy", "legal"),
    ("Advertisement", "advert"),
    ("Photo: Lee Ji-eun / Harbor Times", "caption"),
    ("(Image credit: Coastline Pictures)", "caption"),
    ("Read more: How the new bridge was built", "teaser"),
    ("본문 바로가기", "navigation"),
    ("무단 전재 및 재배포 금지", "copyright"),
])
def test_furniture_is_recognised(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The court ruled that the copyright holders had no claim.",
    "She shared the prize with two colleagues.",
    "Readers can sign the petition until Friday.",
    "The photo exhibition opens next week in Busan.",
    "Home prices rose 3 percent last year.",
    "그는 사진 한 장을 공개했다.",
    "",
])
def test_ordinary_sentences_are_not_furniture(line):
    assert not is_furniture(line)


# ------------------------------------------------------------------ fuzzing --

from hypothesis import given, settings, strategies as st  # noqa: E402

from tqa.align.anchors import anchor_score, english_numbers, korean_number_spans  # noqa: E402

_TEXT = st.text(alphabet=st.sampled_from(list("0123456789,. 만억조천년월일 abcXYZ©|()가나다million")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT)
def test_anchor_and_furniture_parsers_never_fail(korean, english):
    furniture_kind(korean)
    furniture_kind(english)
    for start, end, keys in korean_number_spans(korean):
        assert 0 <= start < end <= len(korean) and keys
    english_numbers(english)
    assert isinstance(anchor_score([korean], [english]), float)
