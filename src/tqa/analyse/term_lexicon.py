"""Analysis ``term_lexicon``: recurring compound terms whose rendering the term-part
lexicon anchors, and the sentences where a near variant replaces it.

A rendering is *anchored* when each of its words renders a part of the Korean term
(면역 immune, 체계 system → "immune system"; Hangul loanword parts matched phonetically).
Where a recurring term's established rendering is absent and a variant is present — a
modifier no word of the Korean sentence accounts for ("central system"), another gloss of
the same Korean part ("core minerals" for "critical minerals"), or the same words in
another order ("system of immunity") — the variant is recorded for TQA235."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..ko.romanize import phonetic_similarity
from .registry import analyser
from .term_words import INNER_WORDS, LOANWORD_SIMILARITY, STOPWORDS, PerTarget, compound_parts, root_fragment, compound_terms, first_occurrence, is_common_word, modifier_like, one_word_changes, part_roots, sentence_initial, source_roots, starts_sentence, word_spans, term_lexicon, used_elsewhere, word_root, zipf


@lru_cache(maxsize=65536)
def renders_part(part: str, word: str) -> bool:
    """``word`` (an English word) renders the Korean ``part``: a lexicon gloss, or for a
    loanword part with no entry, a phonetic match (렌즈 ~ lens, 바디 ~ body)."""
    roots = part_roots(part)
    if roots:
        return word_root(word) in roots
    return len(part) >= 2 and phonetic_similarity(part, word) >= LOANWORD_SIMILARITY


@dataclass
class AnchoredRendering:
    """A target n-gram that the lexicon explains as a rendering of a term."""
    roots: tuple[str, ...]        # roots of all its words, function words included
    span: tuple[int, int]
    covered: int                  # how many parts of the term it renders (all, for a whole gloss)


def _runs(words, size: int):
    """Word windows of ``size`` with no punctuation between the words, not starting or
    ending with a function word and with only :data:`INNER_WORDS` inside."""
    for i in range(len(words) - size + 1):
        window = words[i:i + size]
        if window[0][2].lower() in STOPWORDS or window[-1][2].lower() in STOPWORDS:
            continue
        if any(w[2].lower() in STOPWORDS and w[2].lower() not in INNER_WORDS for w in window[1:-1]):
            continue
        yield i, window


def anchored_renderings(term: str, parts: tuple[str, ...], target: str) -> list[AnchoredRendering]:
    """N-grams of ``target`` the lexicon explains as renderings of ``term``: a whole-term
    gloss (법무장관 → Attorney General), or 2–4 words each rendering some part and together
    at least two different parts (면역체계 → immune system)."""
    whole = term_lexicon().get(term, frozenset())
    words, windows = _target_windows(target)
    rendered_by: dict[int, set[int]] = {}  # word → the parts it renders (read by up to four windows)
    found = []
    for size, roots, content, span, content_words in windows:
        if content in whole:
            found.append(AnchoredRendering(roots, span, len(parts)))
            continue
        if size < 2 or len(parts) < 2:
            continue
        covered: set[int] = set()
        for k in content_words:
            rendered = rendered_by.get(k)
            if rendered is None:
                word = words[k]
                rendered = rendered_by[k] = {p for p, part in enumerate(parts) if renders_part(part, word)}
            if not rendered:
                break
            covered |= rendered
        else:
            if len(covered) >= 2:
                found.append(AnchoredRendering(roots, span, len(covered)))
    return found


@lru_cache(maxsize=4096)
def _target_windows(target: str) -> tuple[tuple[str, ...], tuple]:
    """The words of ``target`` and the windows :func:`anchored_renderings` reads, whatever
    the term: (size, roots, content roots, span, positions of the content words), sizes 1–4
    in order, each window whole (no punctuation inside) and shaped as :func:`_runs` wants."""
    spans = word_spans(target)
    lowered = [w.lower() for _, _, w in spans]
    stop = [word in STOPWORDS for word in lowered]
    # inside a window a function word must be one of INNER_WORDS
    inner_ok = [not stop[k] or lowered[k] in INNER_WORDS for k in range(len(spans))]
    # broken[k]: punctuation (not just spaces) between word k and word k + 1
    broken = [bool(target[spans[k][1]:spans[k + 1][0]].strip()) for k in range(len(spans) - 1)]
    roots = [word_root(w) for _, _, w in spans]
    windows = []
    for size in (1, 2, 3, 4):  # the windows of _runs, in its order
        for i in range(len(spans) - size + 1):
            last = i + size - 1
            if stop[i] or stop[last] or not all(inner_ok[i + 1:last]) or any(broken[i:last]):
                continue
            content_words = tuple(k for k in range(i, last + 1) if not stop[k])
            windows.append((size, tuple(roots[i:last + 1]), tuple(roots[k] for k in content_words),
                            (spans[i][0], spans[last][1]), content_words))
    return tuple(w for _, _, w in spans), tuple(windows)


def _best_anchored(found: list[AnchoredRendering]) -> AnchoredRendering | None:
    """The rendering covering most parts, then the longest."""
    return max(found, key=lambda r: (r.covered, r.span[1] - r.span[0]), default=None)


@dataclass
class LexiconVariant:
    """A sentence where a recurring term's established rendering is absent and a variant
    of it is used."""
    source: str
    pair: int
    source_span: tuple[int, int]
    span: tuple[int, int]           # target span of the variant
    established: str               # the established rendering's text (its first use)
    uses: int                      # sentences using the established rendering
    kind: str                      # "synonym" | "unexplained" | "order"


@dataclass
class TermLexiconAnalysis:
    #: sentences where a lexicon-anchored recurring term is rendered by a near variant
    variants: list[LexiconVariant]
    #: terms whose rendering the lexicon established (their verdict is final for TQA235)
    anchored: set[str]


@analyser("term_lexicon", requires=("korean",))
def analyse_term_lexicon(document: Document, context=None) -> TermLexiconAnalysis:
    """Recurring terms whose rendering the term lexicon anchors, and their variants."""
    anchored: set[str] = set()
    return TermLexiconAnalysis(lexicon_variants(document, anchored), anchored)


def lexicon_variants(document: Document, anchored: set[str] | None = None) -> list[LexiconVariant]:
    """For each compound term in ≥ 2 sentences whose rendering the lexicon anchors, the
    sentences with the term where that rendering is missing and a near variant is present:
    one word replaced (a modifier, or the head by another gloss of the same Korean part),
    or the words reordered around of/for ("system of immunity")."""
    pairs = list(document.pairs())
    occurrences = _lexicon_occurrences(pairs)
    anchored = anchored if anchored is not None else set()  # terms whose rendering the lexicon established
    found = []
    all_grams = None
    for term, hits in occurrences.items():
        if len(hits) < 2:
            continue
        parts = lexicon_parts(term)
        # a rendering is a function of the term and the English: identical sentences (a translation
        # memory repeats lines) share one reading, which nothing changes
        by_target: dict[str, AnchoredRendering | None] = {}
        for index in hits:
            target = pairs[index].target
            if target not in by_target:
                by_target[target] = _best_anchored(anchored_renderings(term, parts, target))
        best = {index: by_target[pairs[index].target] for index in hits}
        uses = Counter(r.roots for r in best.values() if r is not None)
        if not uses:
            continue
        established, count = uses.most_common(1)[0]
        tied = [roots for roots, c in uses.items() if c == count]
        if len(tied) > 1:
            if len(hits) > 2:
                continue  # two renderings equally established: no way to tell which is the slip
            if all_grams is None:
                all_grams = _all_root_grams(pairs)
            # two sentences: the rendering used more often in the document sets the term
            # ("domestic violence" twice in one sentence), else the first one
            times = {roots: sum(len(all_grams[i].get(roots, ())) for i in all_grams.may_hold(roots)) for roots in tied}
            top = max(times.values())
            tied = [roots for roots in tied if times[roots] == top]
            first_rendering = best[min(hits)]
            established = (first_rendering.roots if first_rendering is not None and first_rendering.roots in tied
                           else tied[0])
        if count < 2 and len(hits) > 2:
            continue
        users = sorted(i for i, r in best.items() if r is not None and r.roots == established)
        if len([w for w in established if w not in STOPWORDS]) < 2:
            continue  # one-word renderings have no modifier to compare
        # the suggestion's text comes from a use inside a sentence when there is one: a use at
        # the start of a sentence is capitalised for that position only ("Economic growth …")
        inside = [i for i in users if not starts_sentence(pairs[i].target, best[i].span[0])]
        first = (inside or users)[0]
        established_text = pairs[first].target[slice(*best[first].span)]
        anchored.add(term)
        for index in sorted(hits):
            if best[index] is not None and best[index].roots == established:
                continue
            if all_grams is None:
                all_grams = _all_root_grams(pairs)
            if established in all_grams[index]:
                continue  # the rendering is there (the best anchor was a longer one)
            variant = _lexicon_variant(term, parts, established, established_text, index, pairs, all_grams,
                                       weak=count < 2, own=best[index])
            if variant is None:
                continue
            span, kind = variant
            start, end = occurrences[term][index]
            found.append(LexiconVariant(term, index, (start, end), span, established_text, count, kind))
    return found


def _lexicon_occurrences(pairs) -> dict[str, dict[int, tuple[int, int]]]:
    """Like :func:`term_occurrences`, with two-syllable compounds too when both syllables
    are lexicon words (홈팀 = 홈 home + 팀 team): the lexicon says what their parts mean."""
    lexicon = term_lexicon()
    occurrences: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
    for index, pair in enumerate(pairs):
        for term, start, end in compound_terms(pair.source, min_chars=2):
            if len(term) == 2 and not (term[0] in lexicon and term[1] in lexicon):
                continue
            occurrences[term].setdefault(index, (start, end))
    return occurrences


def lexicon_parts(term: str) -> tuple[str, ...]:
    """The term's noun parts, a part the analyser keeps whole split into lexicon words
    (홈팀 → 홈 + 팀) when it has no entry of its own."""
    lexicon = term_lexicon()
    parts: list[str] = []
    for part in compound_parts(term):
        if part in lexicon or len(part) < 2:
            parts.append(part)
            continue
        for cut in range(1, len(part)):
            left, right = part[:cut], part[cut:]
            if left in lexicon and right in lexicon:
                parts += [left, right]
                break
        else:
            parts.append(part)
    return tuple(parts)


def _all_root_grams(pairs) -> "PerTarget":
    """:func:`_root_grams` of every pair's target, each windowed when first read (most
    documents read the windows of a few pairs only) and each distinct text once (the dicts
    of identical targets are shared: read them, never change them)."""
    return PerTarget(pairs, _root_grams, root_fragment)


def _root_grams(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Every 1–5-word window of ``text`` (no punctuation inside) as word roots → spans."""
    words = word_spans(text)
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    roots = [word_root(w) for _, _, w in words]
    # breaks[k]: how many of the gaps before word k hold punctuation (a window of words
    # i..j is whole when no gap between them does: breaks[j] == breaks[i])
    breaks = [0]
    for k in range(len(words) - 1):
        breaks.append(breaks[-1] + (1 if text[words[k][1]:words[k + 1][0]].strip() else 0))
    for size in range(1, 6):
        for i in range(len(words) - size + 1):
            if breaks[i + size - 1] != breaks[i]:
                continue
            grams[tuple(roots[i:i + size])].append((words[i][0], words[i + size - 1][1]))
    return grams


def _lexicon_variant(term, parts, established, established_text, index, pairs, all_grams, weak=False, own=None):
    """(target span, kind) of the single variant of ``established`` (first used as
    ``established_text``) in pair ``index``, or None. ``weak``: the rendering is
    established by one other sentence only; an unexplained word must then be used nowhere
    else in the document ("tariff war" beside "tariff rates" is about tariffs). ``own``: the
    sentence's own lexicon rendering; when it renders every part of the term, only a variant
    at its place counts, and it is one itself ("ready-made food" / "instant food")."""
    pair = pairs[index]
    target_words = word_spans(pair.target)
    target_roots = [word_root(w) for _, _, w in target_words]
    established_words = [w for _, _, w in word_spans(established_text)]
    grams = all_grams[index]
    start, end = first_occurrence(pair.source, term)
    if start < 0:
        return None
    explained_elsewhere = source_roots(pair.source, start, end)
    content_positions = [i for i, r in enumerate(established) if r not in STOPWORDS]
    head = content_positions[-1]
    candidates = []
    for gram, spans, position in one_word_changes(established, grams):
        if position not in content_positions:
            if {gram[position], established[position]} <= _LINKING_WORDS and 0 < position < len(gram) - 1:
                if not used_elsewhere(gram, all_grams, index):
                    candidates.append((spans[0], "order"))  # Institute for / of Policy Studies
            continue
        new, old = gram[position], established[position]
        if new in STOPWORDS or not new.replace("-", "").isalpha() or len(new) < 3 or new in explained_elsewhere:
            continue  # the new word renders another word of the sentence (하원 → House)
        if used_elsewhere(gram, all_grams, index):
            continue  # the variant is used elsewhere: a term of its own
        words = word_spans(pair.target[spans[0][0]:spans[0][1]])
        word_start, _, word = words[position]
        same_part = any(renders_part(part, word) and renders_part(part, old) for part in parts)
        if same_part:
            kind = "synonym"  # another gloss of the same Korean part: core / critical minerals
        elif any(renders_part(part, word) for part in parts):
            continue  # the word renders another part of the term: a shortened form
        elif position == head and not _name_word_swapped(established_words, word):
            continue  # another head noun is another thing ("immune response")
        elif position != head and not modifier_like(word.lower()):
            continue  # "escalating war": a verb form, not a term's modifier
        else:
            kind = "unexplained"
            if weak and used_elsewhere((new,), all_grams, index):
                continue
            if renders_noun_before(pair.source, start, established_words[position]):
                continue  # the replaced modifier renders the noun before the term (인터넷 통신업체
                # → "Internet providers"): it is that word's rendering, not part of the term's
        capitalised = word[:1].isupper() and not sentence_initial(pair.target, pair.target[spans[0][0] + word_start:])
        if capitalised and kind == "unexplained" and position != head:
            if not is_common_word(word) or not established_words[position][:1].isupper():
                continue  # a proper noun or adjective (Vermont, Chinese officials) names something else
        if capitalised and transliterates_source_word(pair.source, start, end, word):
            continue  # the Korean has the name (매사추세츠 ~ Massachusetts): another thing
        if _near(old, spans[0], target_words, target_roots):
            continue  # the replaced word is still beside it ("Chinese officials of health")
        candidates.append((spans[0], kind))
    reordered = _reordered(established, pair.target)
    if reordered is not None:
        candidates.append((reordered, "order"))
    if own is not None and own.covered == len(parts):
        candidates = [c for c in candidates if c[0][0] < own.span[1] and own.span[0] < c[0][1]]
        if not candidates and _one_word_apart(own.roots, established) and \
                not used_elsewhere(own.roots, all_grams, index):
            candidates = [(own.span, "synonym")]  # another full rendering, used nowhere else
    if len(candidates) != 1:
        return None
    return candidates[0]


_LINKING_WORDS = frozenset({"of", "for", "on"})


#: a capitalised word at least this frequent (wordfreq Zipf, lower case) is a common noun put
#: into a name ("Ryder Trophy"), not another proper name
NAME_WORD_ZIPF = 3.9


def transliterates_source_word(source: str, term_start: int, term_end: int, word: str) -> bool:
    """A proper noun of ``source`` outside the term, one the lexicon does not translate, is
    written like ``word`` (매사추세츠 ~ Massachusetts). Common nouns are left out: the
    phonetic keys are loose (토요일 "Saturday" ~ Trophy)."""
    from ..ko.analyser import morphemes

    lexicon = term_lexicon()
    return any(phonetic_similarity(token.form, word) >= LOANWORD_SIMILARITY for token in morphemes(source)
               if token.tag == "NNP" and len(token.form) >= 2 and token.form not in lexicon
               and not term_start <= token.start < term_end)


def renders_noun_before(source: str, term_start: int, word: str) -> bool:
    """The Korean noun written right before the term (one space or none between) renders
    ``word``: a gloss of it, or for a Hangul loanword a word that sounds alike (인터넷 ~ Internet)."""
    from ..ko.analyser import morphemes

    before = [t for t in morphemes(source) if t.end <= term_start]
    if not before or source[before[-1].end:term_start].strip():
        return False
    last = before[-1]
    if last.tag == "XSN" and len(before) >= 2 and before[-2].tag.startswith("NN") and before[-2].end == last.start:
        last = before[-2]  # 은행권 가계대출: the noun 은행 with the suffix 권
    elif not last.tag.startswith("NN"):
        return False
    noun = last.form
    if word_root(word) in part_roots(noun):
        return True
    return noun not in term_lexicon() and phonetic_similarity(noun, word) >= LOANWORD_SIMILARITY


def _one_word_apart(roots: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Same number of content words, all but one shared ("ready-made food" / "instant food")."""
    mine = [r for r in roots if r not in STOPWORDS]
    theirs = [r for r in other if r not in STOPWORDS]
    return len(mine) == len(theirs) >= 2 and len(set(mine) & set(theirs)) == len(mine) - 1


def _name_word_swapped(established_words: list[str], word: str) -> bool:
    """The established rendering is a name (every content word capitalised: "Ryder Cup",
    "Attorney General") and its head was replaced by a capitalised common word: the words
    of a name are fixed, so that is a slip, not another thing."""
    content = [w for w in established_words if w.lower() not in STOPWORDS]
    return (len(content) >= 2 and all(w[:1].isupper() for w in content) and word[:1].isupper()
            and zipf(word.lower()) >= NAME_WORD_ZIPF)


def _near(root: str, span: tuple[int, int], words, roots, reach: int = 3) -> bool:
    """``root`` is the root of a word within ``reach`` words of ``span`` (outside it)."""
    inside = [k for k, (start, end, _) in enumerate(words) if span[0] <= start and end <= span[1]]
    if not inside:
        return False
    low, high = max(0, inside[0] - reach), min(len(words), inside[-1] + reach + 1)
    return any(roots[k] == root for k in range(low, high) if k not in inside)


def _reordered(established: tuple[str, ...], target: str) -> tuple[int, int] | None:
    """The rendering's two content words in the other order: "war of trade" for "trade
    war", "Justice Ministry" for "Ministry of Justice"."""
    words = word_spans(target)
    roots = [word_root(w) for _, _, w in words]
    if len(established) == 2 and not set(established) & STOPWORDS:
        modifier, head = established  # "trade war" → "war of (the) trade"
        for i in range(len(words) - 2):
            if roots[i] != head or words[i + 1][2].lower() not in _LINKING_WORDS:
                continue
            j = i + 2 + (i + 2 < len(words) and words[i + 2][2].lower() == "the")
            if j < len(words) and roots[j] == modifier and _no_punctuation(target, words[i:j + 1]):
                return words[i][0], words[j][1]
    if len(established) == 3 and established[1] in _LINKING_WORDS:
        head, _, modifier = established  # "Ministry of Justice" → "Justice Ministry"
        for i in range(len(words) - 1):
            if roots[i] == modifier and roots[i + 1] == head and _no_punctuation(target, words[i:i + 2]):
                return words[i][0], words[i + 1][1]
    return None


def _no_punctuation(text: str, words) -> bool:
    return not any(text[a[1]:b[0]].strip() for a, b in zip(words, words[1:]))
