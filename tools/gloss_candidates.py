"""List the commonest Korean content words that no gloss table of tqa covers yet.

Why: TQA050 places a negated Korean clause in its English by the glosses of its words
(``tqa.analyse.negation_evidence``). The content-word table was first grown from the words of
the lock box's *tuning* half, so it covered 98 % of the negated predicates there and 85 % on the
checking half — the un-negate recall gap (0.86 against 0.65) followed the vocabulary, not the
grammar. Coverage has to come from a general source instead: this script ranks Korean words by
wordfreq's Korean list (web, subtitles, Wikipedia, news — no dev data), keeps those the Korean
analyser reads as one content lemma (a noun, a verb, an adjective or a root + 하다), and prints
the ones that ``_gloss_senses`` does not know, with their rank and part of speech, for a writer
to gloss from general knowledge.

    PYTHONPATH=src python tools/gloss_candidates.py --top 8000 > candidates.tsv

Output columns: rank (0-based in wordfreq's list), korean (a noun bare, a predicate with 다),
part of speech (n, v, a).
"""
from __future__ import annotations

import argparse
import sys


def _hangul(word: str) -> bool:
    return all("\uac00" <= ch <= "\ud7a3" for ch in word)


def candidates(top: int) -> list[tuple[int, str, str]]:
    from wordfreq import top_n_list

    from tqa.analyse.negation_evidence import _gloss_senses
    from tqa.ko.analyser import morphemes

    seen: dict[str, tuple[int, str]] = {}
    for rank, word in enumerate(top_n_list("ko", top)):
        if not _hangul(word):
            continue
        tokens = list(morphemes(word))
        if not tokens or len(tokens) > 2:
            continue
        head = tokens[0]
        if head.tag in ("NNG", "XR") and (len(tokens) == 1 or tokens[1].tag in ("XSV", "XSA", "XSN")):
            lemma, pos = head.form, "n" if head.tag == "NNG" else "a"
        elif head.tag in ("VV", "VA"):
            lemma, pos = head.form + "다", "v" if head.tag == "VV" else "a"
        else:
            continue
        if pos == "n" and len(lemma) < 2:
            continue  # one-syllable nouns are too ambiguous to gloss without context
        seen.setdefault(lemma, (rank, pos))
    missing = []
    for lemma, (rank, pos) in seen.items():
        if not _gloss_senses(lemma) and not _gloss_senses(lemma.removesuffix("다")):
            missing.append((rank, lemma, pos))
    return sorted(missing)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=8000, help="how many of wordfreq's Korean words to read")
    args = parser.parse_args(argv)
    for rank, lemma, pos in candidates(args.top):
        sys.stdout.write(f"{rank}\t{lemma}\t{pos}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
