"""TQA040: a Korean sentence of two clauses whose English has one and no link (our own sentences)."""
from tqa.pipeline import Options, check_pairs


def _findings(pairs):
    document = check_pairs(pairs, Options(fast=True, select=["TQA040"]))
    return [issue for issue in document.issues if issue.rule == "TQA040"]


def test_a_dropped_second_clause_is_reported_on_the_first():
    found = _findings([("경찰은 용의자 두 명을 체포하고 한 명을 쫓고 있다.", "Police have arrested two suspects.")])
    assert len(found) == 1
    assert found[0].severity == "minor"
    assert "체포하고" in found[0].source_span.text


def test_a_second_sentence_is_no_second_clause():
    pairs = [("박민수 씨는 빵집을 운영하고 있다. 손님들은 그를 좋아한다.",
              "Park Min-su runs a bakery. Customers love him.")]
    assert not _findings(pairs)


def test_any_link_in_the_english_keeps_it_silent():
    source = "시는 도로를 넓히며 가로수를 새로 심었다."
    for english in ("The city widened the road and planted new trees.",
                    "The city widened the road, planting new trees.",
                    "The city planted new trees while widening the road."):
        assert not _findings([(source, english)]), english
