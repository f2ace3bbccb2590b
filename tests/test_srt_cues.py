"""Subtitle cues are never dropped without a word (issue 16).

A cue whose timing line is damaged used to vanish from the Korean side, and the report then
blamed its English line as an addition. Now it is read, with a warning naming its line.
"""
from __future__ import annotations

import json
import logging

import pytest

from tqa.cli import main
from tqa.io import read_srt
from tqa.io.srt import srt_cue_lines

KOREAN = """1
00:00:01,000 --> 00:00:03,000
오늘 회의를 시작하겠습니다.

2
00:00:03,500 -> 00:00:06,000
먼저 지난달 예산을 보겠습니다.

3
00:00:06,500 --> 00:00:09,000
질문은 마지막에 받겠습니다.
"""
ENGLISH = """1
00:00:01,000 --> 00:00:03,000
Let's start today's meeting.

2
00:00:03,500 --> 00:00:06,000
First, let's look at last month's budget.

3
00:00:06,500 --> 00:00:09,000
We'll take questions at the end.
"""


def test_a_cue_with_a_damaged_timing_line_is_read_and_named(tmp_path, capsys):
    source, target = tmp_path / "talk.ko.srt", tmp_path / "talk.en.srt"
    source.write_text(KOREAN, encoding="utf-8")
    target.write_text(ENGLISH, encoding="utf-8")
    assert main(["check", str(source), str(target), "--fast", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"tqa: warning: {source}: line 6: malformed subtitle timing line")
    document = json.loads(captured.out)["documents"][0]
    assert [s["text"] for s in document["source_segments"]][1] == "먼저 지난달 예산을 보겠습니다."
    assert not [issue for issue in document["issues"] if issue["check"] in ("addition", "omission")]


@pytest.mark.parametrize("damaged", ["00:00:03,500 -> 00:00:06,000", "00:00:03 --> 00:00:06",
                                     "00;00;03,500 --> 00;00;06,000", "00:00:03,500 00:00:06,000"])
def test_damaged_timing_lines_of_several_kinds(damaged):
    problems = []
    cues = srt_cue_lines(KOREAN.replace("00:00:03,500 -> 00:00:06,000", damaged), problems)
    assert [line for _, line in cues] == [3, 7, 11] and len(problems) == 1 and problems[0].startswith("line 6:")


def test_a_cue_without_its_timing_line_and_a_damaged_one_without_a_blank_line(caplog, tmp_path):
    text = ("1\n00:00:01,000 --> 00:00:03,000\n오늘 회의를 시작하겠습니다.\n\n"
            "2\n먼저 지난달 예산을 보겠습니다.\n\n"
            "3\n00:00:06,500 --> 00:00:09,000\n질문은 마지막에 받겠습니다.\n"
            "00:00:09,500 -> 00:00:11,000\n고맙습니다.\n")
    path = tmp_path / "cut.srt"
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tqa.input"):
        cues, lines = read_srt(path)
    assert cues.splitlines() == ["오늘 회의를 시작하겠습니다.", "먼저 지난달 예산을 보겠습니다.",
                                 "질문은 마지막에 받겠습니다.", "고맙습니다."]
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2 and "line 5: subtitle cue 2 has no timing line" in messages[0]
    assert "line 11: malformed subtitle timing line" in messages[1]


def test_near_miss_subtitle_text_with_an_arrow_is_text(caplog, tmp_path):
    path = tmp_path / "arrow.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:03,000\n서울 -> 부산 구간입니다.\n\n"
                    "2\n00:00:03,500 --> 00:00:06,000\n3 -> 4 로 바뀌었습니다.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tqa.input"):
        cues, _ = read_srt(path)
    assert cues.splitlines() == ["서울 -> 부산 구간입니다.", "3 -> 4 로 바뀌었습니다."]
    assert caplog.records == []


def test_many_damaged_cues_are_counted_not_listed(caplog, tmp_path):
    blocks = [f"{n}\n00:00:{n:02d},000 -> 00:00:{n:02d},900\n{n}번째 자막입니다.\n" for n in range(1, 13)]
    path = tmp_path / "many.srt"
    path.write_text("\n".join(blocks), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tqa.input"):
        cues, _ = read_srt(path)
    assert len(cues.splitlines()) == 12
    assert len(caplog.records) == 6 and "7 more damaged subtitle cues" in caplog.records[-1].getMessage()
