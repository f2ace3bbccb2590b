"""Markup rules (TQA400–TQA405): each with a true positive and a near miss."""
import pytest

from tqa.checks import markup  # noqa: F401  (registers the rules)
from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext, run_checks
from tqa.document import Document, Link, Segment
from tqa.io import read_bilingual


def tags_of(text):
    return [match.group() for match in markup._TAG.finditer(text)]


def make_document(units):
    """Like the pipeline does for bilingual files: one segment per side per unit, 1:1 links,
    the unit's meta copied onto both segments."""
    sources, targets, links = [], [], []
    offset_s = offset_t = 0
    for index, (source, target, meta) in enumerate(units):
        sources.append(Segment(index, source, offset_s, offset_s + len(source), meta=dict(meta)))
        targets.append(Segment(index, target, offset_t, offset_t + len(target), meta=dict(meta)))
        offset_s += len(source) + 1
        offset_t += len(target) + 1
        links.append(Link((index,), (index,)))
    return Document(None, None, "\n".join(s.text for s in sources), "\n".join(t.text for t in targets),
                    sources, targets, links)


def pair_of(source, target, with_tags=True):
    meta = {"source_tags": tags_of(source), "target_tags": tags_of(target)} if with_tags else {}
    return next(make_document([(source, target, meta)]).pairs())


def run(code, source, target, with_tags=True):
    return list(RULES[code].function(pair_of(source, target, with_tags), CheckContext()))


def test_rules_are_registered_in_the_markup_range():
    codes = [code for code, rule in RULES.items() if rule.check == "markup"]
    assert codes and all("TQA400" <= code <= "TQA419" for code in codes)
    assert all(RULES[code].doc and RULES[code].scope == "pair" for code in codes)


# ---------------------------------------------------------------- TQA400 tag missing

def test_tag_missing():
    findings = run("TQA400", "<1>저장</1>하려면 누르세요<2/>", "Press to save<2/>")
    assert [f.message.split()[2] for f in findings] == ["<1>…</1>"]  # a lost pair is one finding
    assert findings[0].source.text == "<1>" and findings[0].source.start == 0


def test_tag_missing_half_of_a_pair():
    findings = run("TQA400", "<1>저장</1>하세요", "<1>Save now")
    assert [f.message.split()[2] for f in findings] == ["</1>"] and findings[0].source.start == 5
    assert RULES["TQA400"].severity == "major"


def test_tag_missing_near_miss_moved_tags_are_fine():
    assert run("TQA400", "<1>저장</1>하려면 누르세요<2/>", "<2/>Press to <1>save</1>") == []


def test_tag_missing_silent_on_empty_target_and_plain_text():
    assert run("TQA400", "<1>저장</1>", "") == []  # the untranslated check reports empty targets
    assert run("TQA400", "<1>저장</1>", "Save", with_tags=False) == []  # no tag lists: not a tagged format


def test_repeated_tag_counted():
    findings = run("TQA400", "<1/>가<1/>나", "A<1/>B")
    assert len(findings) == 1 and findings[0].source.start == 5  # the second occurrence


# ---------------------------------------------------------------- TQA401 tag added

def test_tag_added():
    findings = run("TQA401", "저장하세요", "Please <3>save</3><4/>")
    assert [f.target.text for f in findings] == ["<3>", "<4/>"]
    assert "<3>…</3>" in findings[0].message
    assert RULES["TQA401"].severity == "minor"


def test_tag_added_near_miss_same_tags():
    assert run("TQA401", "<3>저장</3>하세요", "Please <3>save</3>") == []


# ---------------------------------------------------------------- TQA402 nesting

def test_nesting_broken():
    findings = run("TQA402", "<1>굵게 <2>기울여</2></1>", "<1>bold <2>italic</1></2>")
    assert len(findings) == 1 and findings[0].target.text == "</1>"


def test_nesting_near_miss_reordered_siblings_are_fine():
    assert run("TQA402", "<1>하나</1> <2>둘</2>", "<2>two</2> <1>one</1>") == []
    assert run("TQA402", "<1>바깥 <2>안</2></1>", "<2>inner</2>")  == []  # missing tags: TQA400's job


def test_nesting_near_miss_source_already_crossed():
    assert run("TQA402", "<1>가 <2>나</1> 다</2>", "<1>a <2>b</1> c</2>") == []


def test_close_before_open_breaks_nesting():
    assert len(run("TQA402", "<1>저장</1>", "</1>save<1>")) == 1


# ---------------------------------------------------------------- TQA403–405 code placeholders

@pytest.mark.parametrize("source, target, missing", [
    ("파일 %d개를 지웠습니다", "Deleted files", "%d"),
    ("{name} 님, 환영합니다", "Welcome!", "{name}"),
    ("{0}에서 {1}까지", "from {0} to the end", "{1}"),
    ("%1$s 님이 %2$s 님을 초대했습니다", "%1$s invited someone", "%2$s"),
    ("%(count)d개 남음", "%d left", "%(count)d"),
    ("{{user}}의 사진", "Photos of user", "{{user}}"),
])
def test_placeholder_missing(source, target, missing):
    findings = run("TQA403", source, target, with_tags=False)
    assert [f.source.text.replace(" ", "") for f in findings] == [missing]
    assert RULES["TQA403"].severity == "major"


def test_placeholder_changed():
    findings = run("TQA403", "%s 님의 점수: %d점", "%s scored %s points", with_tags=False)
    assert len(findings) == 1 and "changed to %s" in findings[0].message
    assert findings[0].source.text == "%d" and findings[0].target.start == 10
    assert run("TQA404", "%s 님의 점수: %d점", "%s scored %s points", with_tags=False) == []  # not twice


@pytest.mark.parametrize("source, target", [
    ("파일 %d개를 지웠습니다", "Deleted %d files"),
    ("{0}에서 {1}까지", "from {1} back to {0}"),  # braces may move
    ("%2$s에게 %1$s 보내기", "Send %1$s to %2$s"),  # positional printf may move
    ("{ name } 님", "Hi {name}"),  # spacing inside braces does not matter
    ("물가가 10%p 올랐다", "Prices rose 10 percentage points"),  # a percentage, not %p
    ("할인율 50%", "50% off"),
    ("100%% 확실", "100%% sure"),
    ("{count, plural, one {# 개} other {# 개}}", "{count, plural, one {# item} other {# items}}"),
    ("집합 {a, b}", "the set {a, b}"),
    ("파일 %d개", ""),  # empty target: untranslated check
])
def test_placeholder_near_misses(source, target):
    for code in ("TQA403", "TQA404", "TQA405"):
        assert run(code, source, target, with_tags=False) == [], code


def test_placeholder_added():
    findings = run("TQA404", "저장되었습니다", "Saved {filename}", with_tags=False)
    assert [f.target.text for f in findings] == ["{filename}"]


def test_printf_reordered():
    findings = run("TQA405", "%s 님이 %d점을 얻었습니다", "%d points for %s", with_tags=False)
    assert len(findings) == 1 and findings[0].advice.startswith("use positional") and findings[0].suggestion is None
    assert findings[0].target.text == "%d"


def test_printf_same_order_near_miss():
    assert run("TQA405", "%s 님이 %d점을 얻었습니다", "%s earned %d points", with_tags=False) == []


# ---------------------------------------------------------------- end to end with a reader

def document_from(path):
    units = read_bilingual(path)
    return make_document([(unit.source, unit.target, unit.meta) for unit in units])


def markup_issues(document):
    rules = [rule for rule in RULES.values() if rule.check == "markup"]
    return run_checks(document, rules, CheckContext())


def test_clean_xliff_has_no_markup_issues():
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures" / "io"
    for name in ("sample-1.2.xlf", "sample-2.0.xlf", "sample.tmx", "sample.po"):
        assert markup_issues(document_from(fixtures / name)) == [], name


def test_broken_xliff_reports_each_problem(tmp_path):
    path = tmp_path / "broken.xlf"
    path.write_text(
        '<xliff version="1.2"><file><body>'
        '<trans-unit id="a"><source><g id="1">저장</g>하세요</source><target>Save now</target></trans-unit>'
        '<trans-unit id="b"><source>{0}개 선택됨</source><target>{1} selected<x id="9"/></target></trans-unit>'
        '</body></file></xliff>', encoding="utf-8")
    issues = markup_issues(document_from(path))
    assert [(issue.rule, issue.source_segments, issue.target_segments) for issue in issues] == [
        ("TQA400", [0], [0]), ("TQA401", [1], [1]), ("TQA403", [1], [1]),
    ]
    assert issues[2].severity == "major" and issues[2].source_span.text == "{0}"


# ---------------------------------------------------------------- fuzz

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

markup_text = st.lists(st.sampled_from(["<1>", "</1>", "<2/>", "<a>", "</a>", "%s", "%d", "%1$s", "%%", "{0}",
                                        "{name}", "{{x}}", "%(n)d", "{", "}", "%", "가", "a", " ", "10%p"]),
                       max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(source=markup_text, target=markup_text, with_tags=st.booleans())
def test_markup_rules_never_crash_and_point_inside_the_text(source, target, with_tags):
    pair = pair_of(source, target, with_tags)
    for code in ("TQA400", "TQA401", "TQA402", "TQA403", "TQA404", "TQA405"):
        for finding in RULES[code].function(pair, CheckContext()):
            for loc, text in ((finding.source, source), (finding.target, target)):
                if loc is not None:
                    assert text[loc.start:loc.end] == loc.text and loc.text


def test_no_placeholder_alarms_on_professional_translations(shared_data):
    """FLORES-200 dev (997 professional pairs, ~10 lines with %) raises no markup issue."""
    from conftest import make_document as plain_document

    ko = (shared_data / "flores200-dev" / "kor_Hang.dev").read_text(encoding="utf-8").splitlines()
    en = (shared_data / "flores200-dev" / "eng_Latn.dev").read_text(encoding="utf-8").splitlines()
    document = plain_document(list(zip(ko, en)))
    assert sum("%" in line for line in ko) >= 5  # the data does exercise the printf pattern
    assert markup_issues(document) == []
