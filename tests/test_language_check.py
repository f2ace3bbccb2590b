"""Mismatched input (issue 16): English given as the Korean source used to pass with exit 0
and two minor notes. Now TQA004 reports it as critical, and files given the wrong way round
get a one-line warning before the report."""
from __future__ import annotations

import json

import pytest

from tqa.cli import main

KOREAN = "시의회는 월요일에 새 예산을 승인했다.\n다리는 다음 주에 보수 공사로 폐쇄된다.\n"
ENGLISH = "The city council approved the new budget on Monday.\nThe bridge will close for repairs next week.\n"
OTHER_ENGLISH = "On Monday the council passed the new budget.\nNext week the bridge closes for repair work.\n"


@pytest.fixture
def files(tmp_path):
    paths = {}
    for name, text in (("ko", KOREAN), ("en", ENGLISH), ("en2", OTHER_ENGLISH)):
        paths[name] = tmp_path / f"council.{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def check(capsys, source, target, *extra):
    code = main(["check", str(source), str(target), "--fast", "--format", "json", *extra])
    captured = capsys.readouterr()
    issues = json.loads(captured.out)["documents"][0]["issues"]
    return code, captured.err, [issue for issue in issues if issue["rule"] == "TQA004"]


def test_swapped_files_are_a_critical_finding_and_a_warning(files, capsys):
    code, err, found = check(capsys, files["en"], files["ko"])
    assert code == 1
    assert err == (f"tqa: warning: SOURCE looks English and TARGET Korean: swapped? "
                   f"(SOURCE {files['en']}, TARGET {files['ko']})\n")
    assert len(found) == 1 and found[0]["severity"] == "critical" and "wrong way round" in found[0]["message"]


def test_the_warning_stays_when_the_rule_is_not_selected(files, capsys):
    code, err, found = check(capsys, files["en"], files["ko"], "--select", "number", "--parallel")
    assert code == 0 and found == [] and "swapped?" in err


def test_english_given_as_the_korean_source_fails(files, capsys):
    code, err, found = check(capsys, files["en2"], files["en"], "--parallel")
    assert code == 1 and err == ""
    assert len(found) == 1 and found[0]["message"].startswith("the source is not Korean")


def test_a_korean_translation_fails(files, capsys):
    korean_again = files["ko"].with_name("council.ko2.txt")
    korean_again.write_text("월요일에 시의회가 새 예산안을 승인했다.\n다음 주에 다리가 보수 공사로 닫힌다.\n", encoding="utf-8")
    code, err, found = check(capsys, files["ko"], korean_again, "--parallel")
    assert code == 1 and len(found) == 1 and found[0]["message"].startswith("the translation is not English")


def test_swapped_columns_of_a_bilingual_file(tmp_path, capsys):
    table = tmp_path / "council.tsv"
    table.write_text("source\ttarget\n" + "".join(f"{e}\t{k}\n" for k, e in zip(KOREAN.splitlines(),
                                                                             ENGLISH.splitlines())),
                     encoding="utf-8")
    code = main(["check", str(table), "--fast", "--select", "untranslated", "--format", "jsonl"])
    err = capsys.readouterr().err
    assert code == 1 and err == f"tqa: warning: {table}: the source column looks English and the target column " \
                                "Korean: swapped?\n"


def test_near_miss_the_right_order_is_silent(files, capsys):
    code, err, found = check(capsys, files["ko"], files["en"], "--fail-on", "critical")
    assert code == 0 and err == "" and found == []


_MIXES = ["시의회는 예산을 승인했다.", "The council approved it.", "예산 budget", "OK 좋아요 2024",
          "ᄀᄂᄃ ㄱㄴ", "\ua97d\ud7c7 x", "", "   ", "12345 !!!", "Ωμέγα 한", "a", "한"]


@pytest.mark.parametrize("seed", range(40))
def test_the_swap_warnings_shortcut_decides_as_the_full_profiles(seed):
    """looks_swapped skips counting the translation when the source's Hangul is a tenth of
    its characters; it must answer as mismatch(document_profiles(...)) == "swapped"."""
    import random

    from tqa.checks.language import document_profiles, looks_swapped, mismatch
    from tqa.document import document_from_pairs

    rng = random.Random(seed)
    pairs = [(" ".join(rng.choice(_MIXES) for _ in range(rng.randint(0, 4))),
              " ".join(rng.choice(_MIXES) for _ in range(rng.randint(0, 4)))) for _ in range(rng.randint(1, 6))]
    document = document_from_pairs(pairs)
    assert looks_swapped(document) == (mismatch(*document_profiles(document)) == "swapped")


@pytest.mark.parametrize("seed", range(40))
def test_tqa004_decides_as_the_full_profiles(seed):
    """TQA004 skips counting letters when the translation has under five Hangul letters
    and the source some: its finding (or none) must be mismatch()'s on the full profiles."""
    import random

    from tqa.checks.language import document_profiles, language_mismatch, mismatch
    from tqa.document import document_from_pairs

    rng = random.Random(seed)
    pairs = [(" ".join(rng.choice(_MIXES) for _ in range(rng.randint(0, 6))),
              " ".join(rng.choice(_MIXES) for _ in range(rng.randint(0, 6)))) for _ in range(rng.randint(1, 8))]
    document = document_from_pairs(pairs)
    found = list(language_mismatch(document, None))
    kind = mismatch(*document_profiles(document))
    assert len(found) == (kind is not None)
