"""Markup checks: inline tags and code placeholders must survive translation.

Two kinds of markup are compared between source and target:

* **inline tags** of XLIFF/TMX units. The reader turns them into placeholders
  (``<1>`` … ``</1>``, ``<2/>``, see :mod:`tqa.io.inline`) and lists them in the segment
  meta: ``source_tags`` on source segments, ``target_tags`` on target segments. Plain-text
  input has no such lists and these rules stay silent.
* **code placeholders** of app strings, found in the text itself: printf conversions
  (``%s``, ``%d``, ``%1$s``, ``%(name)s``, ``%@``) and brace placeholders (``{0}``,
  ``{name}``, ``{0:.2f}``, ``{{name}}``, ``${name}``). ``%%`` is a literal percent
  sign; a ``%`` right after a digit (``10%p``) is a percentage, not a placeholder.

Pairs with an empty target are left to the untranslated check.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..document import Pair
from ..placeholders import Placeholder, code_placeholders
from .registry import Finding, pair_rule

# ---------------------------------------------------------------- inline tags

_TAG = re.compile(r"<(/?)([^<>/]+)(/?)>")


@dataclass(frozen=True)
class Tag:
    """An inline-tag placeholder: ``kind`` is "open", "close" or "standalone"."""

    text: str
    kind: str
    id: str


def parse_tag(placeholder: str) -> Tag | None:
    match = _TAG.fullmatch(placeholder)
    if not match:
        return None
    closing, tag_id, self_closing = match.groups()
    kind = "close" if closing else "standalone" if self_closing else "open"
    return Tag(placeholder, kind, tag_id)


def _tag_list(segments, key: str) -> list[str] | None:
    """The placeholders of ``segments`` (meta ``key``), or None when no segment has the key."""
    found = None
    for segment in segments:
        tags = segment.meta.get(key)
        if tags is not None:
            found = (found or []) + list(tags)
    return found


def _pair_tags(pair: Pair) -> tuple[list[str], list[str]] | None:
    if not pair.source_segments or not pair.target_segments or not pair.target.strip():
        return None
    source = _tag_list(pair.source_segments, "source_tags")
    target = _tag_list(pair.target_segments, "target_tags")
    if source is None or target is None:
        return None
    return source, target


def _surplus(first: list[str], second: list[str]) -> list[tuple[str, int]]:
    """Items of ``first`` beyond their count in ``second``, with their occurrence number in ``first``."""
    available = Counter(second)
    seen: Counter = Counter()
    surplus = []
    for item in first:
        seen[item] += 1
        if available[item]:
            available[item] -= 1
        else:
            surplus.append((item, seen[item]))
    return surplus


def _find(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def _nesting_break(tags: list[str], ids: set[str]) -> str | None:
    """The first placeholder (among paired tags with id in ``ids``) that breaks nesting."""
    stack: list[str] = []
    for text in tags:
        tag = parse_tag(text)
        if tag is None or tag.id not in ids or tag.kind == "standalone":
            continue
        if tag.kind == "open":
            stack.append(tag.id)
        elif not stack or stack[-1] != tag.id:
            return text
        else:
            stack.pop()
    return None


def _complete_pairs(tags: list[str]) -> set[str]:
    """Ids that have exactly one opening and one closing placeholder."""
    opens: Counter = Counter()
    closes: Counter = Counter()
    for text in tags:
        tag = parse_tag(text)
        if tag is not None and tag.kind == "open":
            opens[tag.id] += 1
        elif tag is not None and tag.kind == "close":
            closes[tag.id] += 1
    return {tag_id for tag_id in opens if opens[tag_id] == 1 and closes[tag_id] == 1}


def _grouped(surplus: list[tuple[str, int]]) -> list[tuple[str, int, str]]:
    """(placeholder, occurrence, label) for each surplus tag; an opening and a closing tag
    of the same id and occurrence are reported once, labelled ``<1>…</1>``."""
    parsed = {tag: parse_tag(tag) for tag, _ in surplus}
    closing_of = {(parsed[tag].id, occurrence): tag for tag, occurrence in surplus
                  if parsed[tag] is not None and parsed[tag].kind == "close"}
    grouped, folded = [], set()
    for tag, occurrence in surplus:
        if (tag, occurrence) in folded:
            continue
        closing = None
        if parsed[tag] is not None and parsed[tag].kind == "open":
            closing = closing_of.get((parsed[tag].id, occurrence))
        if closing is not None:
            folded.add((closing, occurrence))
            grouped.append((tag, occurrence, f"{tag}…{closing}"))
        else:
            grouped.append((tag, occurrence, tag))
    return grouped


@pair_rule("TQA400", "markup", "major", "An inline tag of the source is missing in the translation.")
def tag_missing(pair: Pair, context):
    tags = _pair_tags(pair)
    if tags is None:
        return
    source_tags, target_tags = tags
    for tag, occurrence, label in _grouped(_surplus(source_tags, target_tags)):
        where = _find(pair.source, tag, occurrence)
        yield Finding(
            f"inline tag {label} of the source is missing in the target",
            source=pair.source_loc(*where) if where else None,
            advice=f"keep {label} in the translation",
        )


@pair_rule("TQA401", "markup", "minor", "The translation has an inline tag the source does not have.")
def tag_added(pair: Pair, context):
    tags = _pair_tags(pair)
    if tags is None:
        return
    source_tags, target_tags = tags
    for tag, occurrence, label in _grouped(_surplus(target_tags, source_tags)):
        where = _find(pair.target, tag, occurrence)
        yield Finding(
            f"inline tag {label} is in the target but not in the source",
            target=pair.target_loc(*where) if where else None,
        )


@pair_rule("TQA402", "markup", "minor", "Inline tags are reordered so that their nesting breaks.")
def tag_nesting(pair: Pair, context):
    tags = _pair_tags(pair)
    if tags is None:
        return
    source_tags, target_tags = tags
    ids = _complete_pairs(source_tags) & _complete_pairs(target_tags)
    if not ids or _nesting_break(source_tags, ids) is not None:
        return  # nothing paired on both sides, or the source itself is not well nested
    culprit = _nesting_break(target_tags, ids)
    if culprit is None:
        return
    where = _find(pair.target, culprit, 1)
    yield Finding(
        f"inline tag {culprit} closes out of order: the tags no longer nest as in the source",
        target=pair.target_loc(*where) if where else None,
    )


# ---------------------------------------------------------- code placeholders

def _placeholder_changes(pair: Pair):
    """(missing source placeholders, added target placeholders) as Placeholder lists."""
    if not pair.target.strip():
        return [], []
    source = code_placeholders(pair.source)
    if not source and "%" not in pair.target and "{" not in pair.target:
        return [], []
    target = code_placeholders(pair.target)
    missing = _unmatched(source, target)
    added = _unmatched(target, source)
    return missing, added


def _unmatched(first: list[Placeholder], second: list[Placeholder]) -> list[Placeholder]:
    available = Counter(item.text for item in second)
    left = []
    for item in first:
        if available[item.text]:
            available[item.text] -= 1
        else:
            left.append(item)
    return left


@pair_rule("TQA403", "markup", "major",
           "A code placeholder of the source ({0}, {name}, %s, %1$d …) is missing or changed in the translation.")
def placeholder_missing(pair: Pair, context):
    missing, added = _placeholder_changes(pair)
    for index, item in enumerate(missing):
        replacement = added[index] if index < len(added) else None
        if replacement is not None:
            message = f"placeholder {item.text} is changed to {replacement.text} in the target"
            target = pair.target_loc(replacement.start, replacement.end)
        else:
            message = f"placeholder {item.text} of the source is missing in the target"
            target = None
        yield Finding(message, source=pair.source_loc(item.start, item.end), target=target,
                      suggestion=item.text)


@pair_rule("TQA404", "markup", "minor", "The translation has a code placeholder the source does not have.")
def placeholder_added(pair: Pair, context):
    missing, added = _placeholder_changes(pair)
    for item in added[len(missing):]:  # the first ones are reported as changes by TQA403
        yield Finding(f"placeholder {item.text} is in the target but not in the source",
                      target=pair.target_loc(item.start, item.end))


@pair_rule("TQA405", "markup", "major",
           "Sequential printf conversions (%s, %d) are in a different order than in the source.")
def placeholder_order(pair: Pair, context):
    if not pair.target.strip():
        return
    missing, added = _placeholder_changes(pair)
    if missing or added:
        return
    source = [item for item in code_placeholders(pair.source) if item.printf_sequential]
    target = [item for item in code_placeholders(pair.target) if item.printf_sequential]
    if [item.text for item in source] == [item.text for item in target]:
        return
    first = next(index for index, (a, b) in enumerate(zip(source, target)) if a.text != b.text)
    wrong = target[first]
    positional = "%{}$".format(first + 1) + source[first].text[1:]
    yield Finding(
        f"printf conversions are reordered ({' '.join(i.text for i in source)} → "
        f"{' '.join(i.text for i in target)}); arguments are taken in order",
        source=pair.source_loc(source[first].start, source[first].end),
        target=pair.target_loc(wrong.start, wrong.end),
        advice=f"use positional conversions such as {positional}",
    )
