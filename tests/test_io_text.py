"""read_text: encoding detection and the InputErrors for unusable files."""
import codecs
import os

import pytest

from tqa.io import InputError, read_srt, read_srt_text, read_text

KOREAN = "서울에 첫눈이 내렸다.\n시민들은 우산을 펴고 출근길에 나섰다.\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_input_error(path, *words):
    with pytest.raises(InputError) as caught:
        read_text(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    for word in words:
        assert word in message.lower()
    return message


def test_utf8_without_bom(tmp_path):
    assert read_text(write(tmp_path, "a.txt", KOREAN.encode("utf-8"))) == KOREAN


def test_utf8_bom_is_stripped(tmp_path):
    path = write(tmp_path, "a.txt", codecs.BOM_UTF8 + KOREAN.encode("utf-8"))
    assert read_text(path) == KOREAN


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    path = write(tmp_path, "a.txt", bom + KOREAN.encode(codec))
    assert read_text(path) == KOREAN


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [KOREAN, "The minister met reporters.\nNo comment.\n",
                                  "장관은 “노 코멘트”라고 답했다 (AP).\n"])
def test_utf16_without_bom_is_recognised(tmp_path, codec, text):
    assert read_text(write(tmp_path, "a.txt", text.encode(codec))) == text


def test_odd_length_nul_data_is_not_taken_for_utf16(tmp_path):
    data = "서울".encode("utf-16-le") + b"\x00"
    assert_input_error(write(tmp_path, "a.txt", data), "binary")


def test_utf32_with_bom(tmp_path):
    assert read_text(write(tmp_path, "a.txt", KOREAN.encode("utf-32"))) == KOREAN


@pytest.mark.parametrize("codec", ["cp949", "euc-kr"])
def test_cp949_and_euc_kr_are_read_correctly(tmp_path, codec):
    path = write(tmp_path, "a.txt", KOREAN.encode(codec))
    assert read_text(path) == KOREAN


def test_cp949_only_syllable_is_read(tmp_path):
    # 똠 and 햏 are outside EUC-KR's 2,350 syllables: only CP949 encodes them
    text = "똠방각하가 햏다고 말했다.\n"
    assert read_text(write(tmp_path, "a.txt", text.encode("cp949"))) == text


def test_newlines_are_kept_as_read(tmp_path):
    text = "첫 줄\r\n둘째 줄\r\n\r\n셋째 문단\n"
    assert read_text(write(tmp_path, "a.txt", text.encode("utf-8"))) == text


def test_legacy_western_text_falls_back_to_a_guess(tmp_path):
    # a guess, so the sample is long and plainly French; the point is that it decodes
    text = ("Le café était fermé à midi, mais la boulangère a ouvert sa boutique très tôt. "
            "Nous avons mangé une crème brûlée délicieuse près de la fenêtre.\n")
    path = write(tmp_path, "a.txt", text.encode("cp1252"))
    assert read_text(path) == text


def test_empty_file(tmp_path):
    assert_input_error(write(tmp_path, "empty.txt", b""), "empty")


def test_whitespace_only_file(tmp_path):
    assert_input_error(write(tmp_path, "blank.txt", b" \n\t\r\n  "), "whitespace")


def test_binary_file_with_nul_bytes(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    assert_input_error(write(tmp_path, "image.txt", png), "binary")


def test_binary_file_without_nul_bytes(tmp_path):
    data = bytes(range(1, 32)) * 4 + "본문".encode("utf-8")
    assert_input_error(write(tmp_path, "controls.txt", data), "binary")


def test_missing_file(tmp_path):
    assert_input_error(tmp_path / "nope.txt", "no such file")


def test_directory(tmp_path):
    assert_input_error(tmp_path, "directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions as non-root")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"text")
    path.chmod(0)
    try:
        assert_input_error(path, "permission")
    finally:
        path.chmod(0o600)


def test_reading_does_not_modify_the_file(tmp_path):
    data = codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le")
    path = write(tmp_path, "a.txt", data)
    before = path.stat().st_mtime_ns
    read_text(path)
    assert path.read_bytes() == data and path.stat().st_mtime_ns == before


SRT = """1
00:00:01,000 --> 00:00:03,200
<i>어서 오세요.</i>

2
00:00:03,500 --> 00:00:06,000
오늘은 날씨가
정말 좋네요.
3
00:00:06,100 --> 00:00:08,000
{\\an8}내일 봐요!
"""


def test_srt_cue_texts_one_per_line(tmp_path):
    path = write(tmp_path, "a.srt", SRT.replace("\n", "\r\n").encode("cp949"))
    assert read_srt_text(path) == "어서 오세요.\n오늘은 날씨가 정말 좋네요.\n내일 봐요!\n"


def test_srt_cues_know_the_file_line_where_their_text_starts(tmp_path):
    # a two-line cue starts at its first text line; a cue with no blank line before it too
    text, lines = read_srt(write(tmp_path, "a.srt", SRT.encode("utf-8")))
    assert text.splitlines() == ["어서 오세요.", "오늘은 날씨가 정말 좋네요.", "내일 봐요!"]
    assert lines == [3, 7, 11]


def test_srt_without_cues(tmp_path):
    path = write(tmp_path, "a.srt", "그냥 글입니다.\n".encode("utf-8"))
    with pytest.raises(InputError, match="no subtitle cues"):
        read_srt_text(path)


def test_windows_1252_english_with_curly_quotes(tmp_path):
    text = "He said it’s fine — and that’s that.\n“Really?” she asked.\n"
    # CP949 would decode these bytes too (’s → a rare Hangul syllable): it must not win
    assert read_text(write(tmp_path, "a.txt", text.encode("cp1252"))) == text


def test_utf8_with_one_broken_sequence_is_read_with_a_replacement(tmp_path):
    data = (KOREAN * 10).encode("utf-8")
    broken = data[:40] + data[41:]  # one byte of a syllable lost
    text = read_text(write(tmp_path, "a.txt", broken))
    assert text.count("\ufffd") >= 1 and text.endswith(KOREAN) and "서울에 첫눈이" in text


def test_undecodable_names_the_first_bad_byte(tmp_path):
    data = bytes(range(0x80, 0x100)) * 3
    message = assert_input_error(write(tmp_path, "junk.txt", data), "undecodable")
    assert "offset 0" in message
