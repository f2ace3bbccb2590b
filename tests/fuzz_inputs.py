"""Hypothesis strategies for the robustness fuzz suite (tests/test_fuzz_robust.py) and its
long run (benchmarks/fuzz_readers.py): every file tqa reads, rendered from the same
sentence pairs, then dressed (BOM, UTF-16, CRLF, CR-only, NFD) or damaged (random bytes,
truncation, NUL, huge lines, deep nesting, entities, surrogates).

The sentences are the suite's own, built from fragments that set off the number, date,
name and punctuation checks, so that "the same text gives the same findings" has findings
to compare.
"""
from __future__ import annotations

import codecs
import json
import unicodedata

from hypothesis import strategies as st

# ------------------------------------------------------------------ sentence pairs
# (Korean fragment, English fragment): joined in order they make a sentence pair; some
# English fragments are deliberately wrong (a number, a year) so that checks fire.
FRAGMENTS = [
    ("2021년 3월에", "In March 2021"), ("2021년 3월에", "In March 2012"),
    ("작년 가을", "last autumn"), ("오전 9시 30분에", "at 9:30 a.m."), ("오전 9시 30분에", "at 9:13 a.m."),
    ("시청은", "the city hall"), ("박서연 과장은", "manager Park Seo-yeon"), ("우리 팀은", "our team"),
    ("강 건너편 공원에서", "in the park across the river"), ("새 다리를", "a new bridge"),
    ("3억 원을 들여", "for 300 million won"), ("3억 원을 들여", "for 30 million won"),
    ("약 25%", "about 25%"), ("약 25%", "about 52%"), ("12명의 주민이", "twelve residents"),
    ("“좋다”고", "\"good,\""), ("(임시)", "(temporary)"), ("지었다.", "built it."),
    ("말했다.", "said."), ("열지 않았다.", "did not open."), ("크게 늘었다!", "rose sharply!"),
    ("왜 그랬을까?", "why was that?"), ("…", "..."), ("\t", " "), ("  ", "  "),
    ("A-7 구역", "zone A-7"), ("https://예시.kr/a?b=1", "https://example.kr/a?b=1"),
    ("{0}개", "{0} items"), ("<b>굵게</b>", "<b>bold</b>"), ("&", "&"), ("\"'", "\"'"),
    ("한강", "the Han River"), ("이번 주 금요일", "this Friday"), ("1,234.5km", "1,234.5 km"),
]

fragment_pair = st.sampled_from(FRAGMENTS)


@st.composite
def sentence_pair(draw) -> tuple[str, str]:
    parts = draw(st.lists(fragment_pair, min_size=1, max_size=5))
    source = " ".join(ko for ko, _ in parts).strip() or "시청은 열었다."
    target = " ".join(en for _, en in parts).strip() or "The city hall opened."
    return source, target


pairs = st.lists(sentence_pair(), min_size=1, max_size=4)

# ------------------------------------------------------------------ renderers
# each turns [(source, target)] into the text of one file; bilingual ones need escaping


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _po(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")


def render_tsv(rows):
    return "source\ttarget\n" + "".join(f"{s.replace(chr(9), ' ')}\t{t.replace(chr(9), ' ')}\n" for s, t in rows)


def render_csv(rows):
    quote = lambda text: '"' + text.replace('"', '""') + '"'  # noqa: E731
    return "source,target\n" + "".join(f"{quote(s)},{quote(t)}\n" for s, t in rows)


def render_jsonl(rows):
    return "".join(json.dumps({"id": f"u{i}", "source": s, "target": t}, ensure_ascii=False) + "\n"
                   for i, (s, t) in enumerate(rows))


def render_xliff12(rows):
    body = "".join(f'  <trans-unit id="u{i}"><source>{_xml(s)}</source><target>{_xml(t)}</target></trans-unit>\n'
                   for i, (s, t) in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a" source-language="ko" '
            f'target-language="en" datatype="plaintext"><body>\n{body}</body></file>\n</xliff>\n')


def render_xliff2(rows):
    body = "".join(f'  <unit id="u{i}"><segment><source>{_xml(s)}</source><target>{_xml(t)}</target>'
                   f"</segment></unit>\n" for i, (s, t) in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            f'version="2.0" srcLang="ko" trgLang="en">\n<file id="f">\n{body}</file>\n</xliff>\n')


def render_tmx(rows):
    body = "".join(f'  <tu><tuv xml:lang="ko"><seg>{_xml(s)}</seg></tuv><tuv xml:lang="en"><seg>{_xml(t)}</seg>'
                   f"</tuv></tu>\n" for s, t in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ko" adminlang="en" '
            'segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>\n'
            f"<body>\n{body}</body></tmx>\n")


def render_po(rows):
    entries = "".join(f'#. note {i}\nmsgctxt "c{i}"\nmsgid "{_po(s)}"\nmsgstr "{_po(t)}"\n\n'
                      for i, (s, t) in enumerate(rows))
    return 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + entries


def render_srt(texts):
    return "".join(f"{i + 1}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{text}\n\n" for i, text in enumerate(texts))


def render_lines(texts):
    return "".join(text + "\n" for text in texts)


#: bilingual format → (file suffix, renderer of all pairs)
BILINGUAL = {
    "tsv": (".tsv", render_tsv), "csv": (".csv", render_csv), "jsonl": (".jsonl", render_jsonl),
    "xliff12": (".xlf", render_xliff12), "xliff2": (".xliff", render_xliff2), "tmx": (".tmx", render_tmx),
    "po": (".po", render_po),
}
#: two-file formats → (suffix, renderer of one side's texts)
MONOLINGUAL = {"txt": (".txt", render_lines), "srt": (".srt", render_srt)}
XML_FORMATS = {"xliff12", "xliff2", "tmx"}


def render_glossary(kind: str, entries) -> str:
    if kind == "tbx":
        concepts = "".join(
            f'<termEntry id="c{i}"><langSet xml:lang="ko"><tig><term>{_xml(k)}</term></tig></langSet>'
            f'<langSet xml:lang="en"><tig><term>{_xml(e)}</term></tig></langSet></termEntry>'
            for i, (k, e) in enumerate(entries))
        return f'<?xml version="1.0"?><martif type="TBX"><text><body>{concepts}</body></text></martif>'
    delimiter = "\t" if kind == "tsv" else ","
    return f"source{delimiter}target\n" + "".join(f"{k}{delimiter}{e}\n" for k, e in entries)


GLOSSARY_TERMS = [("시청", "city hall"), ("한강", "Han River"), ("다리", "bridge"), ("주민", "resident"),
                  ("공원", "park|garden"), ("박서연", "Park Seo-yeon")]


def render_config(values: dict, pyproject: bool = False) -> str:
    """A tqa.toml (or a pyproject.toml with ``[tool.tqa]``) from a dict of simple values
    (strings, booleans, numbers, lists, tables)."""
    prefix = "tool.tqa." if pyproject else ""
    lines, tables = (['[project]\nname = "x"\n[tool.tqa]\n'] if pyproject else []), []
    for key, value in values.items():
        if isinstance(value, dict):
            tables.append(f"[{prefix}{json.dumps(key)}]\n" + "".join(f"{json.dumps(k)} = {_toml(v)}\n"
                                                              for k, v in value.items()))
        else:
            lines.append(f"{json.dumps(key)} = {_toml(value)}\n")
    return "".join(lines) + "".join(tables)


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


toml_scalar = st.one_of(st.sampled_from(["major", "minor", "critical", "never", "json", "text", "sarif", "TQA013",
                                         "number", "", "info", "x"]),
                        st.booleans(), st.integers(-3, 3), st.text(max_size=8))
toml_value = st.recursive(toml_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["TQA013", "TQA101", "*.txt", "x"]), inner,
                                                 max_size=2)), max_leaves=6)
config_values = st.dictionaries(
    st.sampled_from(["select", "ignore", "fail-on", "fast", "glossary", "severity", "format", "per-file-ignores",
                     "unknown"]), toml_value, max_size=4)


def render_baseline(entries) -> str:
    return json.dumps({"tqa-baseline": 1, "findings": entries}, ensure_ascii=False)


baseline_entry = st.one_of(
    st.fixed_dictionaries({"fingerprint": st.text(alphabet="0123456789abcdef-", max_size=24),
                           "rule": st.sampled_from(["TQA101", "TQA013"]),
                           "status": st.sampled_from(["accepted", "false-alarm", "fix-later", "nope"])}),
    st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5)),
                 lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                 max_leaves=5))

# ------------------------------------------------------------------ dressing: the same text
#: ways to write the same text that must give the same findings
DRESSINGS = ("plain", "nfd", "crlf", "cr", "bom", "utf16", "nfd+crlf+bom")


def dress(text: str, how: str) -> bytes:
    """``text`` written another way (the same text for a reader of Unicode)."""
    if "nfd" in how:
        text = unicodedata.normalize("NFD", text)
    if "crlf" in how:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    elif "cr" in how:  # old Mac line ends
        text = text.replace("\r\n", "\n").replace("\n", "\r")
    if how == "utf16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    data = text.encode("utf-8")
    return codecs.BOM_UTF8 + data if "bom" in how else data


# ------------------------------------------------------------------ damage
JUNK = [b"\x00", b"\xff", b"\xfe\xff", b"\xed\xa0\x80", b"\xc3", b"\r", b"\n", b"\t", b"\x1b[31m", b"\\ud800",
        b"&#xD800;", b"&#0;", b"&bogus;", b"<", b">", b"]]>", b'"', b"'", b",", b"\\", b"{", b"}", b"[",
        "\u202e".encode(), "\u200b".encode(), "\u0301".encode(), "\ufeff".encode(), b"\xef\xbb\xbf",
        "\U0001f600".encode(), "\u1100\u1161".encode(), b"msgid", b"-->", b"00:00:01,000 --> 00:00:02,000",
        b"<!--", b"<![CDATA[", b"<?xml", b"#", b"\x85", "\u2028".encode()]


@st.composite
def damage(draw, data: bytes, kind: str = "") -> tuple[str, bytes]:
    """(what was done, damaged bytes) for the bytes of a valid file of format ``kind``."""
    how = draw(st.sampled_from(["truncate", "junk", "random", "overwrite", "nul", "utf16-nobom", "cr-only",
                                "huge-line", "nesting", "entities", "surrogate", "mixed-nfd", "duplicate",
                                "latin1", "empty-ish"]))
    at = draw(st.integers(0, len(data)))
    if how == "truncate":
        return how, data[:at]
    if how == "junk":
        pieces = draw(st.lists(st.sampled_from(JUNK), min_size=1, max_size=4))
        return how, data[:at] + b"".join(pieces) + data[at:]
    if how == "random":
        return how, data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
    if how == "overwrite":
        size = draw(st.integers(1, 20))
        return how, data[:at] + draw(st.binary(min_size=size, max_size=size)) + data[at + size:]
    if how == "nul":
        return how, data.replace(b"\n", b"\x00\n", draw(st.integers(1, 3)))
    if how == "utf16-nobom":
        return how, data.decode("utf-8", "replace").encode(draw(st.sampled_from(["utf-16-le", "utf-16-be"])))
    if how == "cr-only":
        return how, data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    if how == "huge-line":
        unit = draw(st.sampled_from(["가나다 ".encode(), b"word ", b"1,000 ", b"x"]))
        return how, data[:at] + unit * draw(st.integers(1000, 6000)) + data[at:]
    if how == "nesting":
        depth = draw(st.integers(50, 3000))
        if kind in XML_FORMATS or kind == "tbx":
            opening = b"<g>" if kind != "tmx" else b"<hi>"
            return how, data[:at] + opening * depth + data[at:]
        return how, data[:at] + b"[" * depth + b"{" * depth + data[at:]
    if how == "entities":
        bomb = (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e SYSTEM "file:///etc/passwd">]>')
        start = data.find(b"?>") + 2 if data.startswith(b"<?xml") else 0
        body = data[start:].replace(b"<source>", b"<source>&c;&e;", 1).replace(b"<seg>", b"<seg>&c;", 1)
        return how, data[:start] + bomb + body
    if how == "surrogate":
        code = draw(st.sampled_from([b"\\ud800", b"\\udfff", b"&#xD800;", b"&#55296;", b"\xed\xa0\x80",
                                     b"\xed\xbf\xbf"]))
        return how, data[:at] + code + data[at:]
    if how == "mixed-nfd":
        text = data.decode("utf-8", "replace")
        cut = min(at, len(text))
        return how, (text[:cut] + unicodedata.normalize("NFD", text[cut:])).encode("utf-8")
    if how == "duplicate":
        end = draw(st.integers(at, len(data)))
        return how, data[:end] + data[at:end] * draw(st.integers(1, 5)) + data[end:]
    if how == "latin1":
        return how, data.decode("utf-8", "replace").encode("cp949", "replace")
    return how, draw(st.sampled_from([b"", b" ", b"\n\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\t\n"]))


@st.composite
def damaged_file(draw, kinds=tuple(BILINGUAL)) -> tuple[str, str, bytes]:
    """(format, damage, bytes) for a damaged bilingual file."""
    kind = draw(st.sampled_from(sorted(kinds)))
    text = BILINGUAL[kind][1](draw(pairs))
    data = dress(text, draw(st.sampled_from(DRESSINGS)))
    how, damaged = draw(damage(data, kind))
    return kind, how, damaged
