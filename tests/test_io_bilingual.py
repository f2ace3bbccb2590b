"""read_bilingual: each format read correctly, and bad files refused with a clear InputError."""
import io
from pathlib import Path

import pytest

from tqa.io import (BILINGUAL_EXTENSIONS, InputError, Unit, is_bilingual, mask_placeholders,
                    read_bilingual, write_tmx)

FIXTURES = Path(__file__).parent / "fixtures" / "io"


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def refused(path, *words):
    with pytest.raises(InputError) as caught:
        read_bilingual(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    for word in words:
        assert word in message.lower(), message
    return message


def pairs(units):
    return [(unit.source, unit.target) for unit in units]


# ----------------------------------------------------------------------- dispatch

def test_is_bilingual_by_extension():
    assert is_bilingual("a.XLF") and is_bilingual("b.tmx") and is_bilingual(Path("c.po"))
    assert not is_bilingual("a.txt") and not is_bilingual("a.srt") and not is_bilingual("tsv")
    assert set(BILINGUAL_EXTENSIONS) >= {".tsv", ".csv", ".jsonl", ".xlf", ".xliff", ".tmx", ".po"}


def test_unknown_extension(tmp_path):
    refused(write(tmp_path, "a.txt", "가\tA\n"), "not a bilingual")


def test_missing_file(tmp_path):
    refused(tmp_path / "missing.xlf", "no such file")


@pytest.mark.parametrize("name", ["empty.xlf", "empty.tmx", "empty.tsv", "empty.po", "empty.jsonl"])
def test_empty_file(tmp_path, name):
    refused(write(tmp_path, name, b""), "empty")


@pytest.mark.parametrize("name", ["bin.tsv", "bin.csv", "bin.po", "bin.jsonl", "bin.xlf", "bin.tmx"])
def test_binary_file(tmp_path, name):
    data = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4
    refused(write(tmp_path, name, data), "binary")


def test_reader_does_not_modify_its_input(tmp_path):
    source = FIXTURES / "sample-1.2.xlf"
    path = write(tmp_path, "copy.xlf", source.read_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_bilingual(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# ----------------------------------------------------------------------- XLIFF

def test_xliff_12_units_tags_notes_and_segments():
    units = read_bilingual(FIXTURES / "sample-1.2.xlf")
    assert [unit.id for unit in units] == ["greeting", "save", "untranslated", "segmented/1", "segmented/2"]
    greeting = units[0]
    assert greeting.source == "안녕하세요, <1>민수</1> 님!"
    assert greeting.target == "Hello, <1>Minsu</1>!"
    assert greeting.note == "Shown on the home screen."
    assert greeting.meta["source_tags"] == ["<1>", "</1>"] == greeting.meta["target_tags"]
    assert greeting.meta["state"] == "translated" and "state" not in units[1].meta
    save = units[1]  # bpt/ept native code is dropped, x is standalone
    assert save.source == "<2>저장</2>하려면 누르세요<3/>"
    assert save.target == "Press to <2>save</2><3/>"
    assert units[2].target == "" and units[2].meta["target_tags"] == []  # no <target>
    assert pairs(units[3:]) == [("비가 온다.", "It is raining."), ("우산을 <4/>챙겨라.", "Take an <4/>umbrella.")]
    assert "tqa" not in [unit.source for unit in units]  # translate="no" skipped


def test_xliff_20_segments_and_inline_codes():
    units = read_bilingual(FIXTURES / "sample-2.0.xlf")
    assert [unit.id for unit in units] == ["u1/s1", "u1/s2", "u2"]
    assert pairs(units) == [
        ("<1>설정</1> 화면", "<1>Settings</1> screen"),
        ("글자 크기<2/>를 바꾸세요!", "Change the font size<2/>!"),  # <cp hex="0021"/> is "!"
        ("<3>새 메시지</3> %d개", "<3>%d new messages</3>"),  # sc/ec paired by startRef
    ]
    assert units[0].note == "Title of the settings page." and units[0].meta["state"] == "reviewed"
    assert units[2].meta["source_tags"] == ["<3>", "</3>"]


def test_xliff_12_all_inline_elements(tmp_path):
    xliff = """<xliff version="1.2"><file source-language="ko" target-language="en"><body>
<trans-unit id="1"><source>가<g id="a">나<mrk mtype="term" mid="m1">다</mrk></g><bx id="5"/>라<ex id="6" rid="5"/><it id="7" pos="open">&lt;b&gt;</it>마<ph id="8">&lt;img/&gt;</ph><x/></source>
<target>A</target></trans-unit></body></file></xliff>"""
    unit = read_bilingual(write(tmp_path, "a.xliff", xliff))[0]
    assert unit.source == "가<a>나<m1>다</m1></a><5>라</5><7>마<8/><x1/>"
    assert unit.meta["source_tags"] == ["<a>", "<m1>", "</m1>", "</a>", "<5>", "</5>", "<7>", "<8/>", "<x1/>"]


def test_xliff_utf16_with_declaration(tmp_path):
    xliff = ('<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2"><file><body>'
             '<trans-unit id="1"><source>고맙습니다</source><target>Thank you</target></trans-unit>'
             '</body></file></xliff>')
    path = write(tmp_path, "a.xlf", xliff.encode("utf-16"))
    assert pairs(read_bilingual(path)) == [("고맙습니다", "Thank you")]


def test_xliff_euc_kr_declaration(tmp_path):
    xliff = ('<?xml version="1.0" encoding="EUC-KR"?>\n<xliff version="1.2"><file><body>'
             '<trans-unit id="1"><source>안녕히 가세요</source><target>Goodbye</target></trans-unit>'
             '</body></file></xliff>')
    path = write(tmp_path, "a.xlf", xliff.encode("euc-kr"))
    assert pairs(read_bilingual(path)) == [("안녕히 가세요", "Goodbye")]


def test_malformed_xliff_names_file_and_line(tmp_path):
    xliff = ('<?xml version="1.0"?>\n<xliff version="1.2"><file><body>\n'
             '<trans-unit id="1"><source>문장</source><target>Sentence</trans-unit>\n</body></file></xliff>\n')
    message = refused(write(tmp_path, "bad.xlf", xliff), "malformed xml", "line 3")
    assert "bad.xlf" in message


def test_truncated_xliff(tmp_path):
    full = (FIXTURES / "sample-1.2.xlf").read_bytes()
    refused(write(tmp_path, "cut.xlf", full[: len(full) // 2]), "malformed xml")


def test_xliff_wrong_root(tmp_path):
    refused(write(tmp_path, "a.xlf", "<html><body/></html>"), "not an xliff")


def test_xliff_unit_without_source(tmp_path):
    xliff = '<xliff version="1.2"><file><body><trans-unit id="1"><target>A</target></trans-unit></body></file></xliff>'
    refused(write(tmp_path, "a.xlf", xliff), "without <source>")


def test_xliff_without_units(tmp_path):
    refused(write(tmp_path, "a.xlf", '<xliff version="1.2"><file><body/></file></xliff>'), "no translation units")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE xliff [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xliff version="1.2"><file><body><trans-unit id="1"><source>&lol9;</source><target>x</target></trans-unit></body></file></xliff>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_bomb_is_refused(tmp_path, encoding):
    refused(write(tmp_path, "bomb.xlf", BILLION_LAUGHS, encoding), "entities", "refused")


def test_entity_bomb_refused_by_the_parser_too(monkeypatch):
    """Without the pre-scan, lxml still never expands the bomb: the parse is refused."""
    from tqa.io import xmlsafe

    monkeypatch.setattr(xmlsafe, "_declares_entities", lambda data: False)
    with pytest.raises(InputError) as caught:
        xmlsafe.parse_xml(BILLION_LAUGHS.encode("utf-8"), "bomb.xlf")
    assert str(caught.value).startswith("bomb.xlf: ")


def test_external_entity_refused_by_the_parser_check(monkeypatch, tmp_path):
    from tqa.io import xmlsafe

    monkeypatch.setattr(xmlsafe, "_declares_entities", lambda data: False)
    data = (f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{tmp_path}/x">]><r>&xxe;</r>').encode()
    with pytest.raises(InputError, match="entities"):
        xmlsafe.parse_xml(data, "xxe.xlf")


def test_external_entity_is_refused_and_not_read(tmp_path):
    secret = write(tmp_path, "secret.txt", "TOP-SECRET-VALUE")
    xliff = (f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://{secret}">]>'
             '<xliff version="1.2"><file><body><trans-unit id="1"><source>&xxe;</source>'
             '<target>x</target></trans-unit></body></file></xliff>')
    message = refused(write(tmp_path, "xxe.xlf", xliff), "entities")
    assert "TOP-SECRET" not in message


def test_external_dtd_reference_is_allowed_but_not_loaded(tmp_path):
    tmx = ('<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">'
           '<tmx version="1.4"><header srclang="ko"/><body><tu><tuv xml:lang="ko"><seg>가</seg></tuv>'
           '<tuv xml:lang="en"><seg>A</seg></tuv></tu></body></tmx>')
    assert pairs(read_bilingual(write(tmp_path, "a.tmx", tmx))) == [("가", "A")]


def test_undefined_entity_is_malformed(tmp_path):
    xliff = '<xliff version="1.2"><file><body><trans-unit id="1"><source>&nbsp;</source></trans-unit></body></file></xliff>'
    refused(write(tmp_path, "a.xlf", xliff), "malformed xml")


# ----------------------------------------------------------------------- TMX

def test_tmx_picks_korean_source_and_english_target():
    units = read_bilingual(FIXTURES / "sample.tmx")
    assert pairs(units) == [
        ("회의는 세 시에 시작한다.", "The meeting starts at three."),  # en tuv listed first
        ("이 <1>책</1>을 읽었다<2/>", "I read this <1>book</1><2/>"),  # old-style lang="KO"
        ("번역이 없는 문장", ""),  # no English variant
    ]  # the French-only unit is skipped
    assert units[0].id == "t1" and units[0].note == "first unit"
    assert units[1].meta["target_tags"] == ["<1>", "</1>", "<2/>"]


def test_tmx_falls_back_to_srclang(tmp_path):
    tmx = ('<tmx version="1.4"><header srclang="ja"/><body><tu><tuv xml:lang="de"><seg>Hallo</seg></tuv>'
           '<tuv xml:lang="ja"><seg>こんにちは</seg></tuv></tu></body></tmx>')
    assert pairs(read_bilingual(write(tmp_path, "a.tmx", tmx))) == [("こんにちは", "Hallo")]


def test_tmx_without_usable_languages(tmp_path):
    tmx = ('<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="de"><seg>Hallo</seg></tuv>'
           '<tuv xml:lang="ja"><seg>こんにちは</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv></tu></body></tmx>')
    refused(write(tmp_path, "a.tmx", tmx), "no korean", "de, ja, es")


def test_malformed_tmx(tmp_path):
    tmx = ('<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="ko"/>\n<body>\n'
           '<tu><tuv xml:lang="ko"><seg>문장</seg></tuv><tuv xml:lang="en"><seg>Sentence</tuv></tu>\n'
           '</body></tmx>\n')
    refused(write(tmp_path, "bad.tmx", tmx), "malformed xml", "line 5")


def test_tmx_wrong_root(tmp_path):
    refused(write(tmp_path, "a.tmx", '<xliff version="1.2"/>'), "not a tmx")


# ----------------------------------------------------------------------- TMX writer

def test_write_tmx_round_trip_through_a_path(tmp_path):
    data = [("서울 & 부산 <1>", 'Seoul & Busan "<1>"'), ("둘\r\n줄", "two\r\nlines"), ("빈 번역", "")]
    path = tmp_path / "out.tmx"
    write_tmx(data, path)
    assert pairs(read_bilingual(path)) == data
    assert b'srclang="ko"' in path.read_bytes()


def test_write_tmx_to_text_and_binary_streams():
    text_stream, binary_stream = io.StringIO(), io.BytesIO()
    write_tmx([("가", "A")], text_stream, source_lang="ko-KR", target_lang="en-US")
    write_tmx([("가", "A")], binary_stream, source_lang="ko-KR", target_lang="en-US")
    assert text_stream.getvalue().encode("utf-8") == binary_stream.getvalue()
    assert 'xml:lang="ko-KR"' in text_stream.getvalue()


def test_write_tmx_drops_characters_xml_cannot_hold(tmp_path):
    path = tmp_path / "out.tmx"
    write_tmx([("가\x00나\x07", "A\x1bB")], path)
    assert pairs(read_bilingual(path)) == [("가나", "AB")]


# ----------------------------------------------------------------------- TSV / CSV

def test_tsv_without_header(tmp_path):
    path = write(tmp_path, "a.tsv", '첫 문장\tFirst sentence\n\n"인용" 문장\t"Quoted" sentence\r\n빈 번역\t\n')
    units = read_bilingual(path)
    assert pairs(units) == [("첫 문장", "First sentence"), ('"인용" 문장', '"Quoted" sentence'), ("빈 번역", "")]
    assert [unit.meta["line"] for unit in units] == [1, 3, 4]


def test_tsv_with_header_and_extra_columns(tmp_path):
    path = write(tmp_path, "a.tsv", "id\tKO\tEN\tnote\nk1\t사과\tapple\tfruit\nk2\t배\tpear\t\n")
    units = read_bilingual(path)
    assert pairs(units) == [("사과", "apple"), ("배", "pear")]
    assert (units[0].id, units[0].note, units[1].note) == ("k1", "fruit", None)


def test_tsv_header_lookalike_is_data(tmp_path):
    path = write(tmp_path, "a.tsv", "출처\t출처를 밝혀라\n")
    assert pairs(read_bilingual(path)) == [("출처", "출처를 밝혀라")]


def test_malformed_tsv_row_with_one_column(tmp_path):
    path = write(tmp_path, "bad.tsv", "하나\tone\n둘 two\n셋\tthree\n")
    refused(path, "line 2", "1 column")


def test_tsv_row_with_three_columns_and_no_header(tmp_path):
    refused(write(tmp_path, "bad.tsv", "하나\tone\t1\n"), "line 1", "3 columns")


def test_tsv_in_cp949(tmp_path):
    path = write(tmp_path, "a.tsv", "원문\t번역\n오늘은 맑음\tClear today\n", encoding="cp949")
    assert pairs(read_bilingual(path)) == [("오늘은 맑음", "Clear today")]


def test_tsv_in_utf16(tmp_path):
    path = write(tmp_path, "a.tsv", "오늘은 흐림\tCloudy today\n", encoding="utf-16")
    assert pairs(read_bilingual(path)) == [("오늘은 흐림", "Cloudy today")]


def test_csv_quotes_commas_and_newlines(tmp_path):
    path = write(tmp_path, "a.csv", 'source,target\n"사과, 배","apples, pears"\n"두\n줄","two ""lines"""\n')
    units = read_bilingual(path)
    assert pairs(units) == [("사과, 배", "apples, pears"), ("두\n줄", 'two "lines"')]
    assert [unit.meta["line"] for unit in units] == [2, 3]


def test_malformed_csv(tmp_path):
    refused(write(tmp_path, "bad.csv", '가,A\n"나,B\n'), "malformed csv")


# ----------------------------------------------------------------------- JSONL

def test_jsonl(tmp_path):
    path = write(tmp_path, "a.jsonl",
                 '{"source": "가", "target": "A", "id": 7, "domain": "news"}\n\n{"source": "나", "target": null}\n')
    units = read_bilingual(path)
    assert pairs(units) == [("가", "A"), ("나", "")]
    assert units[0].id == "7" and units[0].meta["extra"] == {"domain": "news"}


def test_jsonl_bad_json_names_the_line(tmp_path):
    refused(write(tmp_path, "bad.jsonl", '{"source": "가", "target": "A"}\n{"source": "나", "target": \n'),
            "line 2", "invalid json")


def test_jsonl_missing_key(tmp_path):
    refused(write(tmp_path, "bad.jsonl", '{"source": "가"}\n'), "line 1", 'missing key "target"')


def test_jsonl_not_an_object(tmp_path):
    refused(write(tmp_path, "bad.jsonl", '["가", "A"]\n'), "line 1", "json object")


def test_jsonl_deeply_nested(tmp_path):
    refused(write(tmp_path, "deep.jsonl", "[" * 100000 + "\n"), "line 1")


# ----------------------------------------------------------------------- PO

def test_po_entries_context_plurals_and_comments():
    units = read_bilingual(FIXTURES / "sample.po")
    assert pairs(units) == [
        ("안녕하세요, %s 님", "Hello, %s"),
        ("열기", "Open"),
        ('여러 줄로 나뉜 "문장"\t입니다', "A sentence split over lines"),
        ("파일 %d개", "%d file"),
        ("파일 %d개들", "%d files"),
    ]  # header and obsolete entry skipped
    greeting, menu = units[0], units[1]
    assert greeting.note == "Greeting on the start page"
    assert greeting.meta["references"] == ["app/start.py:12"] and greeting.meta["line"] == 10
    assert menu.id == "menu" and menu.meta["fuzzy"] and "python-format" in menu.meta["flags"]
    assert [unit.meta.get("plural_index") for unit in units[3:]] == [0, 1]


def test_po_in_declared_euc_kr(tmp_path):
    po = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=EUC-KR\\n"\n\n'
          'msgid "저장"\nmsgstr "Save"\n')
    assert pairs(read_bilingual(write(tmp_path, "a.po", po, encoding="euc-kr"))) == [("저장", "Save")]


def test_po_escapes(tmp_path):
    po = r'msgid "탭\t줄\n따옴표\" 역\\ 8진\101 16진\x42"' + '\nmsgstr "ok"\n'
    assert read_bilingual(write(tmp_path, "a.po", po))[0].source == '탭\t줄\n따옴표" 역\\ 8진A 16진B'


@pytest.mark.parametrize("po, words", [
    ('msgid "가"\n\nmsgid "나"\nmsgstr "B"\n', ("line 1", "without msgstr")),
    ('msgid "가"\nmsgstr "A\n', ("line 2", "quoted string")),
    ('msgstr "A"\n', ("line 1", "before msgid")),
    ('msgid "가"\nmsgstr "A"\n"orphan"\nfoo "x"\n', ("line 4", "unexpected")),
    ('msgid "가"\nmsgid_plural "가들"\nmsgstr "A"\n', ("plural",)),
    ('"dangling"\n', ("line 1", "continuation")),
    ('msgid "가"\nmsgstr[0] "a"\n', ("line 1", "without msgid_plural")),
])
def test_malformed_po(tmp_path, po, words):
    refused(write(tmp_path, "bad.po", po), *words)


def test_mask_placeholders_keeps_offsets():
    unit = Unit("<1>3</1>개<2/>", "", meta={"source_tags": ["<1>", "</1>", "<2/>"]})
    masked = mask_placeholders(unit.source, unit.meta["source_tags"])
    assert masked == "   3    개    " and len(masked) == len(unit.source)


def test_tmx_with_one_language_is_refused(tmp_path):
    tmx = ('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>'
           '</body></tmx>')
    refused(write(tmp_path, "a.tmx", tmx), "no korean", "present: en")


def test_xliff_po_header_unit_is_skipped(tmp_path):
    xliff = ('<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file><body>'
             '<trans-unit id="1" restype="x-gettext-domain-header"><source>Project-Id-Version: x</source>'
             '<target>Project-Id-Version: x</target></trans-unit>'
             '<trans-unit id="2"><source>닫기</source><target>Close</target></trans-unit></body></file></xliff>')
    assert pairs(read_bilingual(write(tmp_path, "a.xlf", xliff))) == [("닫기", "Close")]


def test_csv_with_semicolons(tmp_path):
    path = write(tmp_path, "a.csv", 'source;target\n가격은 3,5유로;"It costs 3,5 euros; cheap"\n')
    assert pairs(read_bilingual(path)) == [("가격은 3,5유로", "It costs 3,5 euros; cheap")]


def test_csv_with_commas_and_a_semicolon_in_text(tmp_path):
    path = write(tmp_path, "a.csv", '가;나,A; B\n')
    assert pairs(read_bilingual(path)) == [("가;나", "A; B")]


def test_xliff_segment_markers_in_an_unsegmented_unit_are_not_tags(tmp_path):
    xliff = ('<xliff version="1.2"><file><body><trans-unit id="1"><source>비가 온다.</source>'
             '<target><mrk mtype="seg" mid="1">It rains.</mrk></target></trans-unit></body></file></xliff>')
    unit = read_bilingual(write(tmp_path, "a.xlf", xliff))[0]
    assert (unit.target, unit.meta["target_tags"]) == ("It rains.", [])


def test_an_input_error_names_a_file_with_a_line_separator_on_one_line():
    # a file name may hold U+2028 or a newline: the CLI's one-line error must stay one line
    message = str(InputError("a\u2028b\n.ko.txt", "no such file"))
    assert message.splitlines() == [message]
    assert message == "a\\u2028b\\n.ko.txt: no such file"
    assert str(InputError("기사.ko.txt", "no such file")) == "기사.ko.txt: no such file"
