"""Clauses of a Korean and an English sentence, for judging a negation per clause (TQA050).

A sentence may hold several negations, and a translation that drops one of them still holds
the others: counted per sentence, such a drop is invisible. Counted per clause it is not —
the Korean clause that negates is rendered by an English clause that holds no negation.

* **Korean** (from kiwipiepy morphemes): a clause ends at a connective ending (EC: -고,
  -지만, -면, -어서, -는데, -으며, -니까, -기에, -도록 …), a final ending (EF), a sentence
  mark or a comma, a colon or a semicolon. A connective that links an auxiliary predicate is
  no boundary: -지 않다 (the -지 before the negation), -고 있다, -어 주다, -게 하다 (the
  ending is followed by an auxiliary verb, VX), nor does one after a postpositional verb
  (-에 대해서 "about", -를 위해 "for", -에 따라 "according to"). Adnominal (ETM) and nominal (ETN) endings
  embed their clause in a noun phrase and end nothing (구하지 못한 숙소 stays in one clause),
  except before a noun of time or condition, which makes the adnominal clause adverbial (-는
  경우 "if", -ㄹ 때 "when", -은 후 "after", -는 동안 "while", -ㄴ 채): the noun and its
  particle end it. The connective -는데 / -ㄴ데 when the analyser splits it (는 + the bound noun
  데, no particle or copula after it) ends a clause too. Asked for a negation's *scope*, a negated adnominal clause ends at its
  ending too (작동하지 않는 | 가로등: the negation says nothing of the noun's own clause).
* **English** (plain text): a clause ends at , ; : ( ) [ ] — – ! ?, a full stop before a space,
  a spaced hyphen and double quotation marks, and before a conjunction, a subordinator or a
  relative pronoun (and, but, or, so, because, if, when, while, although, that, which, who …). "cars and houses" is cut in two as well: the cut
  costs nothing here, since a negation is looked for in the piece that holds the counterpart
  of a Korean clause's words.
"""
from __future__ import annotations

import re

from ..ko.analyser import Morpheme

#: connective endings that link an auxiliary (-지 않다, -게 하다) rather than a clause, when
#: an auxiliary verb follows
_AUXILIARY_LINKS = frozenset({"지", "게", "어", "아", "여", "고", "어야", "아야"})
#: the negations that end an adnominal clause of their own
_NEGATING = frozenset({"않", "못하", "없", "아니", "말"})
#: bound and plain nouns that turn an adnominal clause into an adverbial one (-는 경우 "if",
#: -ㄹ 때 "when", -은 후 "after", -는 동안 "while", -는 반면 "whereas", -ㄴ 채 "with … still")
ADVERBIAL_NOUNS = frozenset({"경우", "때", "후", "뒤", "전", "동안", "반면", "대신", "가운데", "와중", "채", "만큼"})
#: verbs that, after a noun and its particle, make a postposition, not a clause (-에 대해서
#: "about", -를 위해 "for", -에 따라 "according to", -를 통해 "through", -에 의해 "by")
_POSTPOSITIONAL_VERBS = frozenset({"대하", "관하", "위하", "따르", "통하", "의하", "비하", "인하", "걸치", "향하", "불구하",
                                   "비롯하", "대비하", "거치", "앞두", "맞"})
#: how many morphemes before an adnominal ending its negation may stand (않 었 던: two;
#: 않 고 있 는: three), with room to spare
NEGATED_TAIL = 5
#: connective endings of the prohibitive -어서는 안 되다 / -면 안 되다 ("must not"): before 안 되다
#: they end no clause
_PROHIBITIVE_LINKS = frozenset({"어서", "아서", "여서", "면", "으면"})
#: punctuation that ends a Korean clause
_KOREAN_MARKS = frozenset({",", ";", ":", ".", "?", "!", "…", "·"})

#: English words before which a new clause begins
ENGLISH_CLAUSE_WORDS = frozenset("""
and but or so because if when whenever while whereas although though since that which who whom whose
where unless until till whether yet nor after before once however
""".split())
_ENGLISH_BREAK = re.compile(r"[,;:()\[\]\u2014\u2013\"“”]|\s-\s|\.(?=\s|$)|[!?]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def korean_clause(tokens: list[Morpheme] | tuple[Morpheme, ...], index: int, scope: bool = False) -> tuple[int, int]:
    """The token range [first, last] of the Korean clause that holds token ``index`` (``scope``:
    a negated adnominal clause ends at its ending — the scope of its negation)."""
    first = index
    while first > 0 and not _korean_boundary(tokens, first - 1, scope):
        first -= 1
    last = index
    while last < len(tokens) - 1 and not _korean_boundary(tokens, last, scope):
        last += 1
    return first, last


def _korean_boundary(tokens, i: int, scope: bool = False) -> bool:
    """Token ``i`` ends a clause."""
    token = tokens[i]
    if token.tag in ("EF", "SF"):
        return True
    if token.tag == "SP" or token.form in _KOREAN_MARKS:
        return True
    if scope and token.tag == "ETM" and _negated_predicate_before(tokens, i):
        return True  # a negated adnominal clause (작동하지 않는 | 가로등): the negation's scope ends here
    if token.tag.startswith("NN") and token.form in ADVERBIAL_NOUNS and i >= 1 and tokens[i - 1].tag == "ETM":
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return after is None or not after.tag.startswith("J")  # -는 경우 "if", -ㄹ 때 "when", -은 후 "after"
    if token.tag.startswith("J") and i >= 2 and tokens[i - 1].form in ADVERBIAL_NOUNS and tokens[i - 2].tag == "ETM":
        return True
    if token.form == "데" and token.tag == "NNB" and i >= 1 and tokens[i - 1].tag == "ETM":
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return after is None or not after.tag.startswith(("J", "VCP"))  # -는데 split as 는 + 데: the connective
    if token.tag == "EC":
        if i >= 1 and tokens[i - 1].form in _POSTPOSITIONAL_VERBS:
            return False  # -에 대해(서) "about", -를 위해 "for", -에 따라 "according to": no clause
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.tag.startswith("VX") and token.form in _AUXILIARY_LINKS:
            return False  # -지 않다, -고 있다, -어 주다: one predicate
        if after is not None and after.tag.startswith("VX") and token.form.startswith(("지", "진")):
            return False  # -지는 않다
        if token.form in ("지", "진", "지는", "지도", "치") and after is not None and after.form in ("않", "못하", "말", "못"):
            return False
        if after is not None and after.tag.startswith(("J",)) and token.form in ("지", "게"):
            return False  # -지는 않다, -게는 하다 with a particle
        if token.form in _PROHIBITIVE_LINKS:
            ahead = tokens[i + 1:i + 4]
            if ahead and ahead[0].tag == "JX":
                ahead = ahead[1:]
            if len(ahead) >= 2 and ahead[0].form == "안" and ahead[0].tag == "MAG" and ahead[1].form in ("되", "돼"):
                return False  # -어서는 안 되다, -면 안 되다 "must not": one predicate, the negation its own
        return True
    return False


def english_clauses(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of an English text (see the module doc)."""
    cuts = {0, len(text)}
    for match in _ENGLISH_BREAK.finditer(text):
        cuts.add(match.start())
        cuts.add(match.end())
    for match in _WORD.finditer(text):
        if match.group().lower() in ENGLISH_CLAUSE_WORDS:
            cuts.add(match.start())
    ordered = sorted(cuts)
    spans = []
    for start, end in zip(ordered, ordered[1:]):
        if _WORD.search(text, start, end) is not None:  # a piece with a word (not a lone mark)
            spans.append((start, end))
    return spans


def clause_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The clause span that holds a character position."""
    return next(((s, e) for s, e in spans if s <= position < e), None)


def _negated_predicate_before(tokens, i: int) -> bool:
    """The predicate that ends at token ``i`` is negated: a negation, then only endings and
    auxiliaries (않았던, 않고 있는, 못한)."""
    k = i - 1
    while k >= 0 and i - k <= NEGATED_TAIL:
        token = tokens[k]
        if token.form in _NEGATING and token.tag in ("VX", "VA", "VCN", "VV"):
            return True
        if not (token.tag in ("EP", "EC") or token.tag.startswith("VX")):
            return False
        k -= 1
    return False
