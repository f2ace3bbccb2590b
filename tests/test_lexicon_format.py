"""Format checks for the calque lexicon in ``corpora/calques/*.tsv``.

The lexicon is data, so these tests are its compiler: every file must parse, every
pattern must follow the documented syntax (see ``corpora/calques/README.md``), ids and
Korean forms must be unique, and every entry must carry a meaning and at least one
idiomatic rendering.  The small pattern validator below is deliberately independent of
the matcher in ``src/tqa`` so that the data format is pinned down on its own.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

LEXICON_DIR = Path(__file__).resolve().parent.parent / "corpora" / "calques"
MAGIC = "# tqa calque lexicon v1"
COLUMNS = ["id", "korean", "meaning", "literal", "idiomatic", "category"]
#: format v2 adds how each entry was written
MAGIC_V2 = "# tqa calque lexicon v2"
COLUMNS_V2 = COLUMNS + ["source"]
SOURCES = ("knowledge", "dictionary-fact")
CATEGORIES = {"idiom", "four-char", "proverb", "slang", "neologism", "euphemism",
              "culture", "newsroom"}
GAP = "…"
MIN_ENTRIES = 600
MAX_MEANING_WORDS = 12

ID_RE = re.compile(r"^[A-Z]\d{4}$")
# One alternative inside a slot: a lowercase word token (letters and digits only:
# the tokeniser splits on apostrophes and hyphens), optionally ending in * (prefix).
WORD_RE = re.compile(r"^[a-z0-9]+\*?$")
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
# Words too common to stand alone as a whole literal pattern.
TOO_GENERIC = {"hope", "the", "a", "an", "of", "to", "in", "is", "and", "foot", "feet",
               "eye", "eyes", "hand", "hands", "good", "bad", "big", "small", "water",
               "fire", "head", "face", "heart", "mouth", "nose", "ear", "ears"}


class PatternError(ValueError):
    """A pattern string that does not follow the lexicon pattern syntax."""


def parse_pattern(text: str) -> list[list[str] | str]:
    """Parse one pattern into slots: a list of alternatives, or the string GAP.

    Raises PatternError on anything outside the documented syntax.
    """
    if text != text.strip() or not text:
        raise PatternError(f"empty pattern or stray whitespace: {text!r}")
    raw_slots = text.split(" ")
    slots: list[list[str] | str] = []
    for raw in raw_slots:
        if raw == "":
            raise PatternError(f"double space in {text!r}")
        if raw == GAP:
            if not slots or slots[-1] == GAP:
                raise PatternError(f"gap at start or doubled in {text!r}")
            slots.append(GAP)
            continue
        alternatives = raw.split("/")
        for alt in alternatives:
            if not WORD_RE.match(alt):
                raise PatternError(f"bad alternative {alt!r} in {text!r}")
            if alt.endswith("*") and len(alt) < 4:
                raise PatternError(f"prefix {alt!r} too short to be specific in {text!r}")
        if len(set(alternatives)) != len(alternatives):
            raise PatternError(f"repeated alternative in {text!r}")
        slots.append(alternatives)
    if slots[-1] == GAP:
        raise PatternError(f"gap at end of {text!r}")
    return slots


def split_patterns(field: str) -> list[str]:
    """Split a literal/idiomatic column into its patterns ('' gives none)."""
    if field == "":
        return []
    return field.split(" ; ")


def load_rows() -> list[tuple[str, int, dict[str, str]]]:
    """(file name, line number, row) for every entry in every lexicon file."""
    rows = []
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[0] in (MAGIC, MAGIC_V2), f"{path.name}: first line must be {MAGIC!r} or {MAGIC_V2!r}"
        columns = COLUMNS_V2 if lines[0] == MAGIC_V2 else COLUMNS
        assert lines[1].split("\t") == columns, f"{path.name}: bad header"
        for number, line in enumerate(lines[2:], start=3):
            if line == "":
                continue
            cells = line.split("\t")
            assert len(cells) == len(columns), f"{path.name}:{number}: {len(cells)} columns"
            row = dict(zip(columns, cells))
            assert row.setdefault("source", "knowledge") in SOURCES, f"{path.name}:{number}: source {row['source']!r}"
            rows.append((path.name, number, row))
    return rows


ROWS = load_rows() if LEXICON_DIR.is_dir() else []


def where(name: str, number: int) -> str:
    return f"{name}:{number}"


# --- the validator itself -------------------------------------------------------------

def test_validator_accepts_documented_examples():
    assert parse_pattern("hope*/hopeful … tortur*/torment*") == [
        ["hope*", "hopeful"], GAP, ["tortur*", "torment*"]]
    assert parse_pattern("wide/broad foot/feet") == [["wide", "broad"], ["foot", "feet"]]
    assert split_patterns("false hope* ; cruel hope") == ["false hope*", "cruel hope"]
    assert split_patterns("") == []


@pytest.mark.parametrize("bad", [
    "", " hope torture", "hope  torture", "… hope", "hope …", "hope … … torture",
    "Hope torture", "hope/ torture", "ho*pe torture", "h* torture", "hope-torture",
    "hope/hope torture", "hope, torture", "can't stop", "well-connected", "hope …",
])
def test_validator_rejects_malformed_patterns(bad):
    with pytest.raises(PatternError):
        parse_pattern(bad)


# --- the data ---------------------------------------------------------------------------

def test_lexicon_files_exist_and_parse():
    assert LEXICON_DIR.is_dir()
    files = sorted(LEXICON_DIR.glob("*.tsv"))
    assert len(files) >= 3
    assert ROWS, "no entries parsed"


def test_enough_entries():
    assert len(ROWS) >= MIN_ENTRIES


def test_ids_unique_and_well_formed():
    seen: dict[str, str] = {}
    for name, number, row in ROWS:
        assert ID_RE.match(row["id"]), f"{where(name, number)}: bad id {row['id']!r}"
        assert row["id"] not in seen, f"{where(name, number)}: id also at {seen[row['id']]}"
        seen[row["id"]] = where(name, number)


def test_ids_share_one_prefix_per_file():
    prefixes: dict[str, set[str]] = {}
    for name, _, row in ROWS:
        prefixes.setdefault(name, set()).add(row["id"][0])
    for name, found in prefixes.items():
        assert len(found) == 1, f"{name}: mixed id prefixes {sorted(found)}"
    assert len({p for found in prefixes.values() for p in found}) == len(prefixes)


def test_korean_forms_unique_and_hangul():
    seen: dict[str, str] = {}
    for name, number, row in ROWS:
        korean = row["korean"]
        assert korean == korean.strip() and "  " not in korean, where(name, number)
        assert HANGUL_RE.search(korean), f"{where(name, number)}: no Hangul in {korean!r}"
        key = korean.replace(" ", "")
        assert key not in seen, f"{where(name, number)}: {korean!r} also at {seen[key]}"
        seen[key] = where(name, number)


def test_meaning_present_and_short():
    for name, number, row in ROWS:
        meaning = row["meaning"].strip()
        assert meaning, f"{where(name, number)}: empty meaning"
        assert len(meaning.split()) <= MAX_MEANING_WORDS, f"{where(name, number)}: meaning too long"
        assert not HANGUL_RE.search(meaning), f"{where(name, number)}: Hangul in meaning"


def test_categories_valid():
    for name, number, row in ROWS:
        assert row["category"] in CATEGORIES, f"{where(name, number)}: {row['category']!r}"


def test_every_pattern_parses():
    for name, number, row in ROWS:
        for column in ("literal", "idiomatic"):
            for pattern in split_patterns(row[column]):
                try:
                    parse_pattern(pattern)
                except PatternError as error:
                    pytest.fail(f"{where(name, number)} {column}: {error}")


def test_every_row_has_an_idiomatic_rendering():
    for name, number, row in ROWS:
        assert split_patterns(row["idiomatic"]), f"{where(name, number)}: no idiomatic rendering"


def test_literal_patterns_are_specific():
    """A literal pattern of one slot must not be a lone common word."""
    for name, number, row in ROWS:
        for pattern in split_patterns(row["literal"]):
            slots = parse_pattern(pattern)
            if len(slots) == 1:
                for alt in slots[0]:
                    assert alt.rstrip("*") not in TOO_GENERIC, (
                        f"{where(name, number)}: literal {pattern!r} too generic")


def test_literal_and_idiomatic_patterns_do_not_overlap():
    for name, number, row in ROWS:
        literal = set(split_patterns(row["literal"]))
        idiomatic = set(split_patterns(row["idiomatic"]))
        assert not literal & idiomatic, f"{where(name, number)}: {sorted(literal & idiomatic)}"


def test_most_entries_have_literal_patterns():
    with_literal = sum(1 for _, _, row in ROWS if split_patterns(row["literal"]))
    assert with_literal >= 0.8 * len(ROWS)


def test_korean_forms_have_content_morphemes():
    """Each form must lemmatise to at least one content morpheme the matcher can use."""
    pytest.importorskip("kiwipiepy")
    from tqa.ko.analyser import morphemes

    content = ("NN", "VV", "VA", "XR", "MA", "NR", "SL", "SH", "MM", "NP")
    for name, number, row in ROWS:
        tags = [m.tag for m in morphemes(row["korean"])]
        assert any(tag.startswith(content) for tag in tags), (
            f"{where(name, number)}: {row['korean']!r} has no content morpheme ({tags})")


# --- the patterns against English the authors wrote for this test ----------------------

def pattern_regex(slots: list[list[str] | str]) -> re.Pattern[str]:
    """A regex over ' tok tok ... ' text implementing the documented pattern semantics."""
    parts = []
    for slot in slots:
        if slot == GAP:
            parts.append("(?:[a-z0-9]+ ){0,4}")
        else:
            alternatives = [re.escape(a[:-1]) + "[a-z0-9]*" if a.endswith("*") else re.escape(a)
                            for a in slot]
            parts.append("(?:" + "|".join(alternatives) + ") ")
    return re.compile(" " + "".join(parts))


def token_text(sentence: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", sentence.lower())) + " "


def fires(field: str, sentence: str) -> bool:
    text = token_text(sentence)
    return any(pattern_regex(parse_pattern(p)).search(text) for p in split_patterns(field))


ROW_BY_KOREAN = {row["korean"]: row for _, _, row in ROWS}

# (Korean entry, a literal rendering, an idiomatic rendering) -- written for this test.
RENDERINGS = [
    ("희망고문", "The announcement was a message of hopeful torment for the families.",
     "The announcement only gave the families false hope."),
    ("발이 넓다", "My uncle has very wide feet in the film industry.",
     "My uncle is well connected in the film industry."),
    ("눈치를 보다", "Junior staff watched the eyes of the manager before speaking.",
     "Junior staff tread carefully around the manager before speaking."),
    ("그림의 떡", "For young renters, a flat in the capital is a rice cake in a picture.",
     "For young renters, a flat in the capital is out of reach."),
    ("물밑 접촉", "The two parties held underwater contacts last week.",
     "The two parties held behind-the-scenes talks last week."),
    ("사면초가", "The minister heard the songs of Chu from four sides.",
     "The minister is now besieged on all sides."),
    ("영끌", "Many buyers pulled their soul together to buy flats.",
     "Many buyers scraped together every penny to buy flats."),
]


@pytest.mark.parametrize("korean, literal, idiomatic", RENDERINGS)
def test_literal_renderings_are_caught_and_idiomatic_ones_pass(korean, literal, idiomatic):
    row = ROW_BY_KOREAN[korean]
    assert fires(row["literal"], literal)
    assert not fires(row["literal"], idiomatic)
    assert fires(row["idiomatic"], idiomatic)


# Ordinary English, written for this test, that no literal pattern may match.
PLAIN_ENGLISH = [
    "The central bank kept its benchmark interest rate unchanged on Thursday.",
    "She washed her hands and sat down at the kitchen table with her daughter.",
    "Officials said the bridge would reopen to traffic after repairs next month.",
    "The team scored twice in the second half to win the match.",
    "He looked at the map, turned left and walked towards the river.",
    "Exports of semiconductors rose for the third straight month.",
    "The museum's new wing houses paintings from the nineteenth century.",
    "Doctors advised patients to drink plenty of water during the heatwave.",
    "The company plans to hire more engineers at its factory in the south.",
    "A spokesman declined to comment on the report.",
]


def test_literal_patterns_stay_quiet_on_plain_english():
    for name, number, row in ROWS:
        for sentence in PLAIN_ENGLISH:
            assert not fires(row["literal"], sentence), (
                f"{where(name, number)} {row['korean']!r} fires on {sentence!r}")
