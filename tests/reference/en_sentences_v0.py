"""Test-only reference: ``tqa.en.sentences`` as it was before it was made linear in the
line (commit 0f054ad; each boundary candidate rescanned the line prefix).
``tests/test_split_linear.py`` checks the current splitter against it.

Rule-based English sentence splitter.

:func:`sentence_spans` splits ONE line of English text (no line breaks: the caller,
:mod:`tqa.segment`, already ends a segment at every line break, which is how headlines
without final punctuation get their own segment) into sentences, as ``(start, end)``
code-point offsets with surrounding whitespace trimmed.

A sentence can end after ``.``, ``?``, ``!``, an ellipsis (``...`` or ``…``) or the CJK
terminators ``。？！`` (left in by some translators), optionally followed by closing
quotes/brackets, then whitespace. Whether such a candidate really is a boundary is
decided by :func:`_is_boundary` from the word before and the word after:

* the next word must not start in lower case (``e.g. the``, ``"Why?" she asked``);
* decimals (``3.5``), URLs and ``file.txt`` never qualify: no whitespace follows;
* a period after a capitalised title (``Mr.``, ``Dr.``, ``St.``, ``Rep.``) or a connector
  (``e.g.``, ``vs.``) never ends a sentence; after a month (``Sept.``) never before a day number; after a *numbering* abbreviation (``No.``, ``Vol.``, ``p.``)
  only when no number follows;
* a period after a *final-capable* abbreviation (``U.S.``, ``Inc.``, ``a.m.``, ``etc.``),
  a dotted acronym or a single capital initial (``J. R. R. Tolkien``) ends a sentence
  only when the next word is a typical sentence opener (``The``, ``He``, ``In`` …);
* ``"Why?" Tom asked`` — a ``?``/``!`` inside quotes followed by a name and a speech
  verb continues the sentence;
* a list label at the start of the line (``1. Prepare …``, ``B. Results``) is no sentence.
"""
from __future__ import annotations

import re

# Titles and other capitalised abbreviations that always precede a name or a word
# ("Mr. Kim", "Rep. Lee", "Mt. Halla"). Only when capitalised: "a sales rep." ends a sentence.
TITLES = frozenset("""
mr mrs ms messrs dr prof st sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt rev hon
pres supt insp det fr mt dept univ assn sens reps govs gens profs drs tues thur thurs
""".split())
# Lower-case connectors that always continue the sentence ("e.g. pears", "vs. Chelsea").
CONNECTORS = frozenset("vs v cf eg ie viz approx est".split())
# Abbreviations that may end a sentence ("Martin Luther King Jr.", "in the U.S.", "at 9 a.m.").
FINAL_CAPABLE = frozenset("""
inc corp ltd co llc plc bros jr sr al am pm us uk eu un usa ussr ad bc bce ce ft
""".split())
# Final-capable keys that are also English words: only abbreviations when written with
# dots or in capitals ("a.m.", "US", "AD") - "I am." and "for us." are ordinary ends.
WORDLIKE = frozenset("am us ad".split())
# Abbreviations that precede a number: "No. 3", "Vol. 2", "pp. 10-12", "Fig. 4".
NUMBERING = frozenset("no nos vol vols p pp fig figs art ch sec para op ed ca c".split())
# Month abbreviations: never a boundary before a day number ("Sept. 11"); otherwise they
# may end a sentence ("… on 1 Jan. The office …") and are treated as final-capable.
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# Words that commonly open an English sentence: after a final-capable abbreviation
# (``U.S.``, ``a.m.``) or an initial, one of these signals a new sentence.
SENTENCE_OPENERS = frozenset("""
a an the this that these those there here it its he she they we i you his her their our my
your in on at for from by with after before during since when while if as but and or so yet
however meanwhile also still then now today yesterday tomorrow last next some many most
several all both each every one two three no not according other another such what who
why how where which despite although though because until unless once officials police
following likely later earlier under over within
mr mrs ms dr
""".split())

SPEECH_VERBS = frozenset("""
said says say asked asks asking replied replies told tells added adds shouted shouts cried
cries wrote writes whispered whispers exclaimed exclaims answered answers explained
explains noted notes continued continues yelled yells insisted insists reported reports
announced announces
""".split())

TERMINATOR = re.compile(
    r"(?:\.{3,}|…+|[.?!。？！]+)"          # the terminator (runs like "?!" or "..." count once)
    r"[\"'”’»)\]}」』]*"                    # closing quotes / brackets that belong to it
    r"(?=\s)"                               # a boundary needs whitespace after it
)
LIST_LABEL = re.compile(r"\s*[(\[]?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.)]\s*$")
_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(r"\s*([\"'“‘«(\[{「『]*)(\S*)")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")


def sentence_spans(line: str) -> list[tuple[int, int]]:
    """Sentences of one line as trimmed ``(start, end)`` offsets into ``line``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in TERMINATOR.finditer(line):
        if _is_boundary(line, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(line)))
    return [trimmed for trimmed in (_trim(line, s, e) for s, e in spans) if trimmed]


def split_sentences(line: str) -> list[str]:
    """Convenience: the sentence texts of one line."""
    return [line[start:end] for start, end in sentence_spans(line)]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_boundary(line: str, match: re.Match) -> bool:
    after = _WORD_AFTER.match(line, match.end())
    opening, next_word = after.group(1), after.group(2)
    if not next_word and not opening:
        return False  # only whitespace follows: end of line, handled by the caller
    first = (next_word or opening)[:1]
    if first.islower() or first in ",;:)]}%":
        return False  # "e.g. the", "Why?" she asked, "Yahoo!, ..."
    if LIST_LABEL.match(line, 0, match.end()):
        return False  # "1. Prepare the papers", "B. Results": a list label, not a sentence
    terminator = match.group(0).rstrip("\"'”’»)]}」』")
    closed_by_quote = len(terminator) < len(match.group(0))
    word_before = _WORD_BEFORE.search(line, 0, match.start())
    before = word_before.group(1) if word_before else ""
    if terminator.startswith("…") or terminator.startswith(".."):
        return True  # an ellipsis followed by a capitalised word or a number
    if terminator[0] in "?!？！":
        return not (closed_by_quote and _speech_attribution(line, match.end()))
    return _period_ends_sentence(before, opening, next_word)


def _period_ends_sentence(before: str, opening: str, next_word: str) -> bool:
    """Decide for a single ``.``/``。`` after ``before`` followed by ``next_word``."""
    token = before.lstrip("\"'“‘«([{").rstrip(".").rsplit("-", 1)[-1]
    key = token.lower().replace(".", "")
    next_key = re.match(r"[a-z]*", next_word.lower()).group(0)
    starts_with_digit = next_word[:1].isdigit()
    if not token:
        return True
    if key in NUMBERING and token[:1].isalpha() and "." not in token and not token.isupper():
        return not starts_with_digit
    if "." not in token and (key in CONNECTORS or (key in TITLES and token[:1].isupper())):
        return False
    if key in MONTHS and token[:1].isupper() and "." not in token:
        return not starts_with_digit and (bool(opening) or next_key in SENTENCE_OPENERS)
    wordlike = key in WORDLIKE and "." not in token and not token.isupper()
    final_capable = (
        (key in FINAL_CAPABLE and not wordlike)
        or _DOTTED_ACRONYM.match(token + ".")
        or (len(token) == 1 and token.isupper())
    )
    if final_capable:
        if opening:
            return True
        return next_key in SENTENCE_OPENERS
    return True


def _speech_attribution(line: str, position: int) -> bool:
    """``"Why?" Tom asked`` / ``"Why?" Mr Lee asked``: a speech verb among the next words."""
    words = re.findall(r"[A-Za-z']+", line[position:position + 60])
    return any(word.lower() in SPEECH_VERBS for word in words[:3])
