"""Quotation marks in English text: which quotes are unbalanced, which apostrophes are
not quotes, and which sentences belong to a quotation that runs over several sentences.
Read by the punctuation rules (:mod:`tqa.checks.punctuation`) and the ``quotations``
analysis."""
from __future__ import annotations

import re


_ELISIONS = ("em", "til", "tis", "twas", "cause", "n", "round", "bout", "ol", "cos", "coz", "nuff", "ya")
_WORD_START = re.compile(r"(?:^|(?<=[\s(\[{“\"—–-]))['‘](?=\w)")
_WORD_END = re.compile(r"(?<=[^\s(\[{])['’](?=[\s)\]}.,;:!?\"”—–-]|$)")


_CURLY_DOUBLE = re.compile("[“”]")


def unbalanced_double_quotes(text: str) -> list[int]:
    """Offsets of unmatched double quotes (straight or curly)."""
    straight = [m.start() for m in re.finditer('"', text)]
    inches = [i for i in straight if i > 0 and text[i - 1].isdigit()]
    if len(straight) % 2 == 1 and not (inches and (len(straight) - len(inches)) % 2 == 0):
        return [straight[-1]]
    bad: list[int] = []
    open_at: int | None = None
    for match in _CURLY_DOUBLE.finditer(text):
        index, character = match.start(), match.group(0)
        if character == "“":
            if open_at is not None:
                bad.append(open_at)
            open_at = index
        elif character == "”":
            if open_at is None:
                bad.append(index)
            open_at = None
    if open_at is not None:
        bad.append(open_at)
    return bad


def unmatched_single_openers(text: str) -> list[int]:
    """Offsets of word-initial ``'``/``‘`` with no closing quote after them."""
    if "'" not in text and "‘" not in text:
        return []
    events: list[tuple[int, str]] = []
    for match in _WORD_START.finditer(text):
        word = re.match(r"\w+", text[match.end():]).group(0).lower()
        if word[0].isdigit() or word in _ELISIONS:
            continue
        events.append((match.start(), "open"))
    events += [(m.start(), "close") for m in _WORD_END.finditer(text)]
    pending: list[int] = []
    for index, kind in sorted(events):
        if kind == "open":
            pending.append(index)
        elif pending:
            pending.pop()
    return pending


def csv_unquoted(text: str) -> str:
    """A line exported as a CSV field (wrapped in straight double quotes, each quote inside
    doubled: ``"[""]인용[""] 했다"``) read back as the text it holds; any other line as it is."""
    stripped = text.strip()
    if len(stripped) > 1 and stripped[0] == stripped[-1] == '"' and '""' in stripped:
        inner = stripped[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return text


def source_quotes_balanced(text: str) -> bool:
    """Korean quotes balance: Korean has no apostrophes, and a closing quote is followed
    directly by a particle (``‘위기’라``), so marks are simply counted (after undoing the
    doubled quotes of a line exported as a CSV field)."""
    text = csv_unquoted(text)
    return (not unbalanced_double_quotes(text) and text.count("‘") == text.count("’")
            and text.count("'") % 2 == 0)


QUOTATION_WINDOW = 6  # segments a quotation may run over


def _opens_quote(text: str, index: int) -> bool:
    """A straight quote at ``index`` that opens: at a word start, text after it."""
    return (index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-") and \
        index + 1 < len(text) and not text[index + 1].isspace()


def _closes_quote(text: str, index: int) -> bool:
    """A straight quote at ``index`` that closes: after a word or punctuation, then a space,
    punctuation or the end."""
    return index > 0 and not text[index - 1].isspace() and (
        index + 1 == len(text) or text[index + 1].isspace() or text[index + 1] in ".,;:!?)]}—–-")


def _straight_depth(text: str, straight: list[int]) -> tuple[bool, bool]:
    """Read each straight double quote as opening or closing by its position: whether the
    text leaves a quotation open at its end and whether it closes one it did not open. A
    mark that is neither (``a"b``) makes the reading unsure: then nothing is claimed."""
    depth = 0
    closes_earlier = False
    for index in straight:
        if _opens_quote(text, index):
            depth += 1
        elif _closes_quote(text, index):
            if depth:
                depth -= 1
            else:
                closes_earlier = True
        else:
            return False, False
    return depth > 0, closes_earlier


def _quote_ends(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``text`` leaves a double quote open at its end, closes one opened in an
    earlier segment, and the same for single quotes."""
    opens = closes = False
    straight = [m.start() for m in re.finditer('"', text) if not (m.start() and text[m.start() - 1].isdigit())]
    if len(straight) % 2 == 1:
        opens = _opens_quote(text, straight[-1])
        closes = not _opens_quote(text, straight[0])
    elif straight:
        # an even count can still leave a quotation open: a quotation nested in another one
        # typed with straight marks only (``"When they say "no, not me.``) — both marks open
        opens, closes = _straight_depth(text, straight)
    opens = opens or text.count("“") > text.count("”")
    closes = closes or text.count("”") > text.count("“")
    single_opens = bool(unmatched_single_openers(text))
    single_closes = bool(_WORD_END.search(text))
    return opens, closes, single_opens, single_closes


def multi_segment_quotations(segments) -> set[int]:
    """Ids of target segments inside a quotation that runs over several segments.

    ``"We will go.`` / ``We will win," she said.`` — each sentence alone looks unbalanced
    but together they are fine. Quotes left open are paired with the next segment that
    closes one, within :data:`QUOTATION_WINDOW` segments. A segment that leaves a quote
    open right before a segment opening with a quote follows the convention for a
    quotation running over several paragraphs (no closing mark until its last one).
    """
    inside: set[int] = set()
    open_double: int | None = None
    open_single: int | None = None
    for position, segment in enumerate(segments):
        opens, closes, single_opens, single_closes = _quote_ends(segment.text)
        if open_double == position - 1 and segment.text.startswith(('"', "“")):
            # continued quotation: a paragraph left open, the next one reopens the quote
            inside.add(segments[open_double].id)
            open_double = None
            opens, closes = _quote_ends(segment.text[1:])[:2]
            closes = closes and not opens
        if open_double is not None and closes and position - open_double <= QUOTATION_WINDOW:
            inside.update(s.id for s in segments[open_double:position + 1])
            open_double = None
        elif opens:
            open_double = position
        if open_single is not None and single_closes and position - open_single <= QUOTATION_WINDOW:
            inside.update(s.id for s in segments[open_single:position + 1])
            open_single = None
        elif single_opens:
            open_single = position
    return inside
