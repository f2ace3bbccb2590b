"""Hypothesis fuzzing: whatever the bytes, readers return text/units or raise InputError."""
import itertools
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tqa.io import BILINGUAL_EXTENSIONS, InputError, Unit, read_bilingual, read_srt_text, read_text, write_tmx
from tqa.io.tmx import _xml_safe

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_counter = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def put(folder, suffix, data: bytes):
    path = folder / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def check_units(result):
    assert isinstance(result, list) and result
    for unit in result:
        assert isinstance(unit, Unit) and isinstance(unit.source, str) and isinstance(unit.target, str)


def read_or_input_error(reader, path):
    try:
        return reader(path)
    except InputError as error:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
        return None


# bytes that look a little like real files, so the readers get past their first checks
PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b'<?xml version="1.0"?>', b"<xliff version=\"1.2\">",
            b"<tmx>", b'msgid "', b'{"source": ', "원문\t".encode("utf-8"), "가".encode("cp949")]
fuzz_bytes = st.builds(lambda prefix, body: prefix + body, st.sampled_from(PREFIXES), st.binary(max_size=300))


@FUZZ
@given(data=fuzz_bytes)
def test_read_text_random_bytes(folder, data):
    result = read_or_input_error(read_text, put(folder, ".txt", data))
    assert result is None or (isinstance(result, str) and result.strip())


@FUZZ
@given(data=fuzz_bytes)
def test_read_srt_random_bytes(folder, data):
    result = read_or_input_error(read_srt_text, put(folder, ".srt", data))
    assert result is None or isinstance(result, str)


@FUZZ
@given(data=fuzz_bytes, suffix=st.sampled_from(BILINGUAL_EXTENSIONS))
def test_read_bilingual_random_bytes(folder, data, suffix):
    result = read_or_input_error(read_bilingual, put(folder, suffix, data))
    if result is not None:
        check_units(result)


@FUZZ
@given(text=st.text(max_size=300), suffix=st.sampled_from(BILINGUAL_EXTENSIONS))
def test_read_bilingual_random_text(folder, text, suffix):
    result = read_or_input_error(read_bilingual, put(folder, suffix, text.encode("utf-8", "surrogatepass")))
    if result is not None:
        check_units(result)


# pieces of each format, recombined at random: exercises the readers' deeper paths
XML_PIECES = ['<xliff version="1.2">', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">',
              "<file>", "</file>", "<body>", "</body>", '<trans-unit id="1">', "</trans-unit>",
              '<unit id="u">', "</unit>", "<segment>", "</segment>", "<source>", "</source>",
              "<target>", "</target>", '<g id="1">', "</g>", '<x id="2"/>', '<bpt id="3">&lt;b&gt;</bpt>',
              '<ept id="3">x</ept>', '<mrk mtype="seg" mid="1">', "</mrk>", "<seg-source>", "</seg-source>",
              '<pc id="4">', "</pc>", '<cp hex="D800"/>', '<cp hex="zz"/>', '<it pos="close"/>',
              '<tmx version="1.4">', '<header srclang="ko"/>', "<tu>", "</tu>", '<tuv xml:lang="ko">',
              '<tuv lang="en">', "</tuv>", "<seg>", "</seg>", '<ph x="1"/>', '<hi>', '</hi>', "</tmx>",
              "</xliff>", "문장", "text", "&amp;", "&#0;", "&#xAC00;", "<![CDATA[가]]>", "<!-- c -->",
              '<!DOCTYPE x SYSTEM "x.dtd">', "\n"]
PO_PIECES = ['msgid "가"', 'msgid ""', 'msgstr "A"', 'msgstr ""', 'msgctxt "c"', 'msgid_plural "가들"',
             'msgstr[0] "a"', 'msgstr[1] "b"', '"cont\\n"', '"\\x4"', '"\\777"', "#. note", "#: ref:1",
             "#, fuzzy", "#~ msgid \"old\"", "#| msgid \"prev\"", "", "msgstr", 'msgid "unterminated',
             '"Content-Type: text/plain; charset=CP949\\n"', "garbage"]
TABLE_PIECES = ["원문", "source", "target", "ko", "en", "가", "A", "\t", ",", '"', '""', "\n", "\r\n",
                '{"source": "가", "target": "A"}', '{"source": 1}', "{", "}", "null", "[]"]


@FUZZ
@given(pieces=st.lists(st.sampled_from(XML_PIECES), max_size=40), suffix=st.sampled_from([".xlf", ".tmx"]))
def test_xml_readers_structured_fuzz(folder, pieces, suffix):
    result = read_or_input_error(read_bilingual, put(folder, suffix, "".join(pieces).encode("utf-8")))
    if result is not None:
        check_units(result)


@FUZZ
@given(lines=st.lists(st.sampled_from(PO_PIECES), max_size=30))
def test_po_reader_structured_fuzz(folder, lines):
    result = read_or_input_error(read_bilingual, put(folder, ".po", "\n".join(lines).encode("utf-8")))
    if result is not None:
        check_units(result)


@FUZZ
@given(pieces=st.lists(st.sampled_from(TABLE_PIECES), max_size=40), suffix=st.sampled_from([".tsv", ".csv", ".jsonl"]))
def test_table_readers_structured_fuzz(folder, pieces, suffix):
    result = read_or_input_error(read_bilingual, put(folder, suffix, "".join(pieces).encode("utf-8")))
    if result is not None:
        check_units(result)


@FUZZ
@given(pairs=st.lists(st.tuples(st.text(max_size=40), st.text(max_size=40)), min_size=1, max_size=5))
def test_tmx_round_trip(folder, pairs):
    path = folder / f"r{next(_counter)}.tmx"
    write_tmx(pairs, path)
    units = read_bilingual(path)
    assert [(unit.source, unit.target) for unit in units] == [(_xml_safe(s), _xml_safe(t)) for s, t in pairs]


# ------------------------------------------------ generated valid files (round trips)

xml_text = st.text(max_size=30).map(_xml_safe)
line_text = st.text(st.characters(blacklist_characters="\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
                                  blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


# per format: (paired wrapper, standalone, begin/end pair) markup for tag number i
TAG_MARKUP = {
    "xliff12": (('<g id="{i}">', "</g>"), '<x id="{i}"/>',
                ('<bpt id="{i}">&lt;b&gt;</bpt>', '<ept id="{i}">&lt;/b&gt;</ept>')),
    "xliff20": (('<pc id="{i}">', "</pc>"), '<ph id="{i}"/>', ('<sc id="{i}"/>', '<ec startRef="{i}"/>')),
    "tmx": (('<hi x="{i}">', "</hi>"), '<ph x="{i}">&lt;br/&gt;</ph>',
            ('<bpt i="{i}">&lt;b&gt;</bpt>', '<ept i="{i}">&lt;/b&gt;</ept>')),
}


@st.composite
def inline_content(draw, kind="xliff12"):
    """(markup, expected placeholder text) with inline tags of the format ``kind``."""
    paired, standalone, begin_end = TAG_MARKUP[kind]
    markup, expected = [], []
    for index in range(draw(st.integers(0, 4))):
        text = draw(xml_text)
        markup.append(xml_escape(text))
        expected.append(text)
        tag = draw(st.sampled_from(["none", "paired", "standalone", "begin_end"]))
        if tag == "paired":
            inner = draw(xml_text)
            markup.append(paired[0].format(i=index) + xml_escape(inner) + paired[1])
            expected.append(f"<{index}>{inner}</{index}>")
        elif tag == "standalone":
            markup.append(standalone.format(i=index))
            expected.append(f"<{index}/>")
        elif tag == "begin_end":
            markup.append(begin_end[0].format(i=index) + "b" + begin_end[1].format(i=index))
            expected.append(f"<{index}>b</{index}>")
    return "".join(markup), "".join(expected)


def build_document(kind, units):
    if kind == "xliff12":
        body = "".join(f'<trans-unit id="u{i}"><source>{s}</source><target>{t}</target></trans-unit>'
                       for i, (s, t) in enumerate(units))
        return f'<?xml version="1.0"?><xliff version="1.2"><file><body>{body}</body></file></xliff>'
    if kind == "xliff20":
        body = "".join(f'<unit id="u{i}"><segment><source>{s}</source><target>{t}</target></segment></unit>'
                       for i, (s, t) in enumerate(units))
        return (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko">'
                f'<file id="f">{body}</file></xliff>')
    body = "".join(f'<tu><tuv xml:lang="ko"><seg>{s}</seg></tuv><tuv xml:lang="en"><seg>{t}</seg></tuv></tu>'
                   for s, t in units)
    return f'<tmx version="1.4"><header srclang="ko"/><body>{body}</body></tmx>'


@st.composite
def xml_document(draw):
    kind = draw(st.sampled_from(sorted(TAG_MARKUP)))
    units = draw(st.lists(st.tuples(inline_content(kind), inline_content(kind)), min_size=1, max_size=4))
    markup = build_document(kind, [(s[0], t[0]) for s, t in units])
    return kind, markup, [(s[1], t[1]) for s, t in units]


@FUZZ
@given(document=xml_document(), cut=st.one_of(st.none(), st.floats(0, 1)))
def test_xml_generated_round_trip_and_truncation(folder, document, cut):
    kind, markup, expected = document
    data = markup.encode("utf-8")
    if cut is not None:
        data = data[: int(len(data) * cut)]
    result = read_or_input_error(read_bilingual, put(folder, ".tmx" if kind == "tmx" else ".xlf", data))
    if cut is None:
        assert [(u.source, u.target) for u in result] == expected
    elif result is not None:
        check_units(result)


def po_quote(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    escaped = escaped.replace("\r", "\\r")
    return "".join(f"\\{ord(c):03o}" if unicodedata.category(c) == "Cc" else c for c in escaped)


@FUZZ
@given(entries=st.lists(st.tuples(st.text(min_size=1, max_size=30), st.text(max_size=30),
                                  st.one_of(st.none(), st.text(max_size=10))), min_size=1, max_size=4),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_po_generated_round_trip_and_truncation(folder, entries, cut):
    lines = ['msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for source, target, context in entries:
        if context is not None:
            lines.append(f'msgctxt "{po_quote(context)}"')
        half = len(source) // 2  # split the msgid over two lines to test continuations
        lines += [f'msgid "{po_quote(source[:half])}"', f'"{po_quote(source[half:])}"',
                  f'msgstr "{po_quote(target)}"', ""]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if cut is not None:
        data = data[: int(len(data) * cut)]
    result = read_or_input_error(read_bilingual, put(folder, ".po", data))
    if cut is None:
        assert [(u.source, u.target, u.id) for u in result] == entries
    elif result is not None:
        check_units(result)


@FUZZ
@given(rows=st.lists(st.tuples(line_text, line_text), min_size=1, max_size=5),
       suffix=st.sampled_from([".tsv", ".jsonl"]))
@example(rows=[(" ", " ")], suffix=".tsv")
@example(rows=[(" ", " "), ("가", "a")], suffix=".tsv")
@example(rows=[(" ", " ")], suffix=".jsonl")
def test_tsv_and_jsonl_generated_round_trip(folder, rows, suffix):
    import json

    if suffix == ".tsv":
        text = "source\ttarget\n" + "".join(f"{s}\t{t}\n" for s, t in rows)
    else:
        text = "".join(json.dumps({"source": s, "target": t}, ensure_ascii=False) + "\n" for s, t in rows)
    result = read_or_input_error(read_bilingual, put(folder, suffix, text.encode("utf-8", "surrogatepass")))
    # a TSV line of only spaces and a tab is a blank line, skipped like an empty one (a JSONL
    # record is kept whatever its text); a file left with no pair is an input error
    expected = [(s, t) for s, t in rows if suffix == ".jsonl" or f"{s}\t{t}".strip()]
    if not expected:
        assert result is None
    else:
        assert result is not None and [(u.source, u.target) for u in result] == expected


# ------------------------------------------------ PO: agree with translate-toolkit's parser

po_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=25)


def _not_kde_context(msgid: str) -> bool:
    """translate-toolkit reads a msgid that starts with "_:" as an old KDE context comment
    (context "_:…", empty source); GNU gettext, and tqa, read it as the text it is."""
    return bool(msgid) and not msgid.startswith("_:")


@settings(max_examples=60, deadline=None)
@given(entries=st.lists(st.tuples(po_text.filter(_not_kde_context), po_text, st.one_of(st.none(), po_text)),
                        min_size=1, max_size=4))
def test_po_reader_agrees_with_translate_toolkit(folder, entries):
    pypo = pytest.importorskip("translate.storage.pypo")
    lines = ['msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', ""]
    seen = set()
    for source, target, context in entries:
        if (source, context) in seen:
            continue  # duplicate msgid: both parsers would keep it, but that is a catalogue error
        seen.add((source, context))
        lines.append("#. a note")
        if context is not None:
            lines.append(f'msgctxt "{po_quote(context)}"')
        lines += [f'msgid "{po_quote(source)}"', 'msgstr ""', f'"{po_quote(target)}"', ""]
    data = "\n".join(lines).encode("utf-8")
    ours = [(u.source, u.target, u.id) for u in read_bilingual(put(folder, ".po", data))]
    theirs = [(u.source, u.target, u.getcontext() or None) for u in pypo.pofile(data).units if not u.isheader()]
    # translate-toolkit reads an empty msgctxt as no context; gettext keeps them apart
    assert [(s, t, c or None) for s, t, c in ours] == theirs
