"""Termbases: loading CSV/TSV/TBX glossaries and matching their terms in text.

A glossary is a list of :class:`Entry` (a Korean source term, approved English
renderings with the preferred one first, forbidden renderings, a note).

Files:

* CSV/TSV — columns ``source, target[, note[, forbidden]]``; an optional header row
  names them (``source``/``ko``, ``target``/``en``, ``note``, ``forbidden``/``do_not_use``).
  Several renderings in one cell are separated by ``|``.
* TBX (ISO 30042, TBX-Basic 2008 ``termEntry/langSet/tig`` and TBX v3
  ``conceptEntry/langSec/termSec``), parsed with lxml with entities and network off.
  English terms whose ``administrativeStatus`` is deprecated/superseded (or whose
  ``normativeAuthorization`` is ``deprecatedTerm``) are forbidden renderings.

Matching: Korean terms match with particles and endings attached (통일부는, 통일부의)
as long as the term ends on a morpheme boundary; English terms match with regular
inflection on the last word (sanction → sanctions, policy → policies) and
hyphen/space variation. A glossary finds all its Korean terms in a text in one pass over
the text (a term index built once per glossary, :class:`_TermIndex`), so a termbase of
tens of thousands of entries costs about what a small one does per sentence.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .io.encoding import file_lines
from .io.errors import InputError
from .io.normal import normalise_text

_DEPRECATED = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecatedterm", "supersededterm",
               "deprecated", "superseded", "forbidden"}
_SOURCE_HEADERS = {"source", "ko", "kor", "korean", "src", "term", "source term"}
_TARGET_HEADERS = {"target", "en", "eng", "english", "tgt", "translation", "target term"}
_NOTE_HEADERS = {"note", "notes", "comment", "definition"}
_FORBIDDEN_HEADERS = {"forbidden", "do_not_use", "do not use", "deprecated", "avoid", "bad"}


@dataclass
class Entry:
    """One concept: a Korean term and its English renderings."""

    source: str
    targets: list[str]
    forbidden: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def preferred(self) -> str:
        return self.targets[0] if self.targets else ""


@dataclass
class Glossary:
    path: str
    entries: list[Entry]
    #: the Korean term index and English patterns, built on first use (see :meth:`reindex`)
    _index: "_TermIndex | None" = field(default=None, init=False, repr=False, compare=False)
    _english: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def source_matches(self, text: str) -> list[tuple[Entry, int, int]]:
        """Entries whose Korean term occurs in ``text``, with its offsets (longest terms win overlaps).

        One look-up in the glossary's term index per position of ``text``, whatever the
        size of the glossary; the hits are those of :func:`find_korean_term` run for every
        entry, longest source first (``tests/test_glossary_scale.py``)."""
        index = self._index
        if index is None or not index.fits(self.entries):
            index = self._index = _TermIndex(self.entries)
        found: list[tuple[Entry, int, int]] = []
        for entry, hits in index.hits(text):
            for start, end in hits:
                if not any(s < end and start < e for _, s, e in found):
                    found.append((entry, start, end))
        return sorted(found, key=lambda item: item[1])

    def find_english(self, term: str, text: str) -> list[tuple[int, int]]:
        """:func:`find_english_term` with the term's pattern kept for as long as the glossary
        (a bounded cache shared by every glossary would recompile past its size)."""
        pattern = self._english.get(term)
        if pattern is None:
            pattern = self._english[term] = _english_term_pattern(term)
        return [m.span() for m in pattern.finditer(text)]

    def reindex(self) -> None:
        """Rebuild the term index on next use: needed after replacing an entry or changing
        its ``source`` in place (entries appended or removed are noticed: the index is
        rebuilt when the list's length changes or another list is set)."""
        self._index = None
        self._english = {}

    def __len__(self) -> int:
        return len(self.entries)


# ---------------------------------------------------------------------------
# Matching


@lru_cache(maxsize=4096)
def _korean_term_regex(term: str) -> re.Pattern:
    term = term.strip()
    if term.endswith("다") and len(term) > 2:  # a verb/adjective: match the stem + any ending
        term = term[:-1]
    pieces = [re.escape(word) for word in term.split()]
    return re.compile(r"\s*".join(pieces))


def _korean_term_pieces(term: str) -> tuple[str, ...]:
    """The words :func:`_korean_term_regex` joins with optional whitespace."""
    term = term.strip()
    if term.endswith("다") and len(term) > 2:
        term = term[:-1]
    return tuple(term.split())


class _TermIndex:
    """Every Korean term of a glossary, found in a text in one pass.

    A term's pattern (:func:`_korean_term_regex`) is its words with optional whitespace
    between them, so a term occurs exactly where its words, written together, occur in
    the text with its whitespace removed, provided no whitespace falls inside a word. The
    index maps each first character to the lengths of the terms (words written together)
    that start with it, and those to the terms: a text costs one dictionary look-up per
    position and length, and building costs one step per entry, once per glossary.
    """

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.size = len(entries)
        # entries in the order Glossary.source_matches lets them claim text: longest source
        # first, file order among equals
        order = sorted(range(len(entries)), key=lambda i: len(entries[i].source), reverse=True)
        self.rank = {index: rank for rank, index in enumerate(order)}
        #: words written together → the terms with these letters (split into words
        #: differently: 통일부 and 통일 부) → their entry indices
        self.terms: dict[str, dict[tuple[str, ...], list[int]]] = {}
        #: entries whose term has no words (a blank source): matched the old way
        self.blank: list[int] = []
        lengths: dict[str, set[int]] = {}
        for index, entry in enumerate(entries):
            pieces = _korean_term_pieces(entry.source)
            if not pieces:
                self.blank.append(index)
                continue
            joined = "".join(pieces)
            self.terms.setdefault(joined, {}).setdefault(pieces, []).append(index)
            lengths.setdefault(joined[0], set()).add(len(joined))
        self.lengths = {char: sorted(found) for char, found in lengths.items()}

    def fits(self, entries: list[Entry]) -> bool:
        return entries is self.entries and len(entries) == self.size

    def hits(self, text: str) -> list[tuple[Entry, list[tuple[int, int]]]]:
        """``(entry, find_korean_term(entry.source, text))`` for the entries with a hit
        (and for blank ones), in the order :meth:`Glossary.source_matches` takes them."""
        from .ko.analyser import morphemes

        kept = [(i, char) for i, char in enumerate(text) if not char.isspace()]
        squeezed = "".join(char for _, char in kept)
        where = [i for i, _ in kept]
        starts: dict[tuple[str, ...], list[int]] = {}
        for position, char in enumerate(squeezed):
            for length in self.lengths.get(char, ()):
                joined = squeezed[position:position + length]
                if len(joined) < length:
                    break
                for pieces in self.terms.get(joined, ()):
                    if _words_unbroken(where, position, pieces):
                        starts.setdefault(pieces, []).append(position)
        by_entry: list[tuple[int, list[tuple[int, int]]]] = []
        for pieces, positions in starts.items():
            length = sum(len(piece) for piece in pieces)
            found = []
            end = -1
            for position in positions:  # non-overlapping, leftmost first, as re.finditer
                start = where[position]
                if start < end:
                    continue
                end = where[position + length - 1] + 1
                if start > 0 and _is_hangul(text[start - 1]):
                    continue
                if end < len(text) and _is_hangul(text[end]) and not _morpheme_boundary(text, end, morphemes):
                    continue
                found.append((start, end))
            if found:
                by_entry += [(index, found) for index in self.terms["".join(pieces)][pieces]]
        by_entry += [(index, find_korean_term(self.entries[index].source, text)) for index in self.blank]
        by_entry.sort(key=lambda item: self.rank[item[0]])
        return [(self.entries[index], found) for index, found in by_entry]


def _words_unbroken(where: list[int], position: int, pieces: tuple[str, ...]) -> bool:
    """True when no whitespace of the text falls inside one of the words of a term found at
    ``position`` of the squeezed text (``where`` maps it back to the text)."""
    for piece in pieces:
        if where[position + len(piece) - 1] - where[position] != len(piece) - 1:
            return False
        position += len(piece)
    return True


def find_korean_term(term: str, text: str) -> list[tuple[int, int]]:
    """Offsets of ``term`` in Korean ``text``, inflected forms included (통일부는 → 통일부).

    A hit must start a word (or follow a non-Hangul character) and end on a morpheme
    boundary, so 미국 does not match inside 미국산 … unless the analyser splits it there."""
    from .ko.analyser import morphemes

    hits = []
    for match in _korean_term_regex(term).finditer(text):
        start, end = match.span()
        if start > 0 and _is_hangul(text[start - 1]):
            continue
        if end < len(text) and _is_hangul(text[end]) and not _morpheme_boundary(text, end, morphemes):
            continue
        hits.append((start, end))
    return hits


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _morpheme_boundary(text: str, offset: int, morphemes) -> bool:
    """True when a morpheme starts at ``offset`` and it is a particle, ending, copula or suffix."""
    word_start = max(text.rfind(" ", 0, offset) + 1, 0)
    word_end = text.find(" ", offset)
    word = text[word_start: len(text) if word_end < 0 else word_end]
    for token in morphemes(word):
        if token.start == offset - word_start:
            return token.tag.startswith(("J", "E", "VCP", "XSN", "XSV", "XSA", "SF", "SP"))
    return False


_WORD_CHAR = r"[A-Za-z0-9]"


@lru_cache(maxsize=8192)
def english_term_regex(term: str) -> re.Pattern:
    """A regex for an English term with inflection on its last word."""
    return _english_term_pattern(term)


def _english_term_pattern(term: str) -> re.Pattern:
    words = re.split(r"[\s\-\u2010\u2011]+", term.strip())
    words = [w for w in words if w]
    if not words:
        return re.compile(r"(?!x)x")
    *head, last = words
    escaped_last = re.escape(last)
    if re.fullmatch(r"[a-z]+", last, re.IGNORECASE) and not last.isupper():
        if last.lower().endswith("y") and len(last) > 2 and last[-2].lower() not in "aeiou":
            last_pattern = re.escape(last[:-1]) + r"(?:y|ies|ied|ying)"
        elif last.lower().endswith("e"):
            last_pattern = escaped_last + r"(?:s|d|rs?)?|" + re.escape(last[:-1]) + "ing"
            last_pattern = f"(?:{last_pattern})"
        else:
            last_pattern = escaped_last + r"(?:s|es|ed|ing|er|ers)?"
    else:
        last_pattern = escaped_last + r"s?"
    body = r"[\s\-\u2010\u2011]+".join([re.escape(w) for w in head] + [last_pattern])
    body += r"(?:['\u2019]s?)?"
    acronym = any(w.isupper() and len(w) > 1 for w in words)
    flags = 0 if acronym else re.IGNORECASE
    return re.compile(rf"(?<!{_WORD_CHAR}){body}(?!{_WORD_CHAR})", flags)


def find_english_term(term: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in english_term_regex(term).finditer(text)]


# ---------------------------------------------------------------------------
# Loading


def load_glossary(path) -> Glossary:
    """Load a CSV, TSV or TBX termbase; raises :class:`InputError` when it is malformed."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read glossary: {error.strerror or error}") from error
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml") or data.lstrip().startswith(b"<"):
        entries = parse_tbx(data, path)
    else:
        text = _decode(data, path)
        delimiter = "\t" if suffix in (".tsv", ".tab", ".txt") or ("\t" in file_lines(text)[0]) else ","
        entries = parse_delimited(text, delimiter, path)
    if not entries:
        raise InputError(path, "glossary has no entries")
    for entry in entries:  # the form the checked texts are in (NFC, no zero-width characters)
        entry.source = normalise_text(entry.source)
        entry.targets = [normalise_text(term) for term in entry.targets]
        entry.forbidden = [normalise_text(term) for term in entry.forbidden]
    return Glossary(str(path), entries)


def _decode(data: bytes, path) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "glossary is neither UTF-8 nor CP949 text")


def _split_cell(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def parse_delimited(text: str, delimiter: str, path="<glossary>") -> list[Entry]:
    """Entries of a CSV/TSV glossary (see the module docstring for the columns)."""
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as error:
        raise InputError(path, f"malformed {'TSV' if delimiter == chr(9) else 'CSV'}: {error}") from error
    rows = [row for row in rows if any(cell.strip() for cell in row) and not row[0].lstrip().startswith("#")]
    if not rows:
        return []
    columns = {"source": 0, "target": 1, "note": 2, "forbidden": 3}
    header = [cell.strip().lower() for cell in rows[0]]
    has_header = bool(set(header) & (_SOURCE_HEADERS | _TARGET_HEADERS))
    if has_header:
        columns = {}
        for index, name in enumerate(header):
            for key, names in (("source", _SOURCE_HEADERS), ("target", _TARGET_HEADERS),
                               ("note", _NOTE_HEADERS), ("forbidden", _FORBIDDEN_HEADERS)):
                if name in names and key not in columns:
                    columns[key] = index
        if "source" not in columns or "target" not in columns:
            raise InputError(path, "glossary header needs a source and a target column")
        rows = rows[1:]
    entries = []
    for number, row in enumerate(rows, start=2 if has_header else 1):
        def cell(key):
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        source, targets = cell("source"), _split_cell(cell("target"))
        forbidden = _split_cell(cell("forbidden"))
        if not source or not (targets or forbidden):
            raise InputError(path, f"row {number}: needs a source term and a target term")
        entries.append(Entry(source, targets, forbidden, cell("note")))
    return entries


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lang(element) -> str:
    value = element.get("{http://www.w3.org/XML/1998/namespace}lang") or element.get("lang") or ""
    return value.lower().split("-")[0]


def parse_tbx(data: bytes, path="<glossary>") -> list[Entry]:
    """Entries of a TBX file (TBX-Basic 2008 or TBX v3)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(path, f"malformed TBX: {error}") from error
    if _local(root.tag).lower() not in ("martif", "tbx"):
        raise InputError(path, f"not a TBX file (root element <{_local(root.tag)}>)")
    entries = []
    for concept in root.iter():
        if _local(concept.tag) not in ("termEntry", "conceptEntry"):
            continue
        korean: list[str] = []
        english: list[str] = []
        forbidden: list[str] = []
        notes: list[str] = []
        for lang_block in concept:
            if _local(lang_block.tag) not in ("langSet", "langSec"):
                continue
            lang = _lang(lang_block)
            for holder in lang_block.iter():
                if _local(holder.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term, status = "", ""
                for child in holder.iter():
                    name = _local(child.tag)
                    if name == "term" and not term:
                        term = "".join(child.itertext()).strip()
                    elif name == "termNote" and child.get("type") in ("administrativeStatus",
                                                                        "normativeAuthorization"):
                        status = (child.text or "").strip().lower()
                if not term:
                    continue
                if lang == "ko":
                    korean.append(term)
                elif lang == "en":
                    (forbidden if status in _DEPRECATED else english).append(term)
            for child in lang_block.iter():
                if _local(child.tag) in ("note", "descrip") and child.text and child.text.strip():
                    notes.append(child.text.strip())
        for child in concept:
            if _local(child.tag) in ("note", "descrip") and child.text and child.text.strip():
                notes.append(child.text.strip())
        if korean and (english or forbidden):
            for source in korean:
                entries.append(Entry(source, english, forbidden, "; ".join(notes)))
    return entries
