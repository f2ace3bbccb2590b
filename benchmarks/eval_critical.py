"""Critical meaning errors (issue 12): added false alarms and recall on injected errors.

Data: the clean dev sets of ``../shared/data`` (``lockbox.CLEAN``: flores200-dev, ntrex128,
ud-pud, jhe-dev), each split by the lock box (``benchmarks/lockbox.py``) into a ``tuning``
and a ``checking`` half by document. Everything is reported per half; nothing here was tuned
on either half (the injection grammar below is this script's own, written without reading
the rules it measures).

1. **Added false alarms.** Per set and half, the unmodified pairs of the half through
   ``check_pairs(pairs, Options(fast=True, select=["meaning"]))``, one call per set and half.
   Findings per 100 pairs per rule, and the set and line of each (no sentence text).

2. **Injected errors.** Each class is injected into a deterministic sample (``--seed``,
   at most ``--sample`` pairs per class and half, drawn from the eligible pairs of all four
   sets of the half) and each modified pair is checked as a one-pair document with
   ``check_pairs``. Pairs on which the unmodified pair already has a ``meaning`` finding are
   not used for (a)–(c) (a finding there would not show the injection).

   a. **un-negate** — one English negation taken out: an auxiliary's ``not``/``n't``
      (``is not`` → ``is``, ``can't`` → ``can``, ``won't`` → ``will``), do-support undone
      with this script's own inflection (``did not go`` → ``went``, ``does not know`` →
      ``knows``), ``never`` → ``always``. Target rule TQA050. Split by whether the Korean
      has a negation word by the check of (b).
   b. **negate** — ``not`` put into the first affirmative main-clause verb of an English
      sentence without any negation (``is`` → ``is not``, ``will`` → ``will not``, ``can``
      → ``cannot``, ``has`` + participle → ``has not``, ``has`` alone → ``does not have``,
      a past verb after its subject → ``did not`` + base form), only in pairs whose Korean
      has none of 않 / ``안 `` / 못 / 없 / 아니 / 말. Target rule TQA050.
   c. **direction swap** — one English word of a pole replaced by its opposite from this
      script's own table (:data:`POLES`, with inflections: rose → fell, exports → imports,
      surplus → deficit, earlier → later, won → lost, legal → illegal, allowed → forbidden,
      supported → opposed, successful → unsuccessful …), only where the Korean holds a
      word of the ORIGINAL pole (the group's Korean cues). Target rule TQA051. Recall is
      also given per group and by whether the Korean holds a cue of the opposite pole too.
   d. **dropped clause** — one part of the English deleted: a comma-delimited clause
      (not the first), a relative clause (``, who/which …`` or a sentence-final
      ``who/which/that …``) or a prepositional phrase of 4–10 words (up to the next
      punctuation, preposition or conjunction). Flagged when ANY rule of the default
      families (``Options(fast=True)``, no ``select``) reports more findings of some rule on
      the modified pair than on the unmodified one; the rules that do are counted. Split
      by kind and by whether the dropped words hold a digit (the numeric rules see those).
   e. **dropped sentence, ``--fast`` document mode** — windows of 6–10 consecutive lines
      of one lock-box document; one English line inside the window (not the first or last)
      removed; both sides written to temporary files and run through ``build_document`` +
      ``check_document`` with ``Options(fast=True)``. Flagged when a TQA030 finding (or,
      in the second column, any ``omission`` finding) names a source segment of the
      dropped line. The unmodified windows are run too: omission findings there are
      reported as the baseline.

Writes ``benchmarks/results/critical.md`` (figures, rule codes, set names and line numbers
only; no corpus text). ``--show N`` prints N injected examples per class to the terminal
(for checking the injection grammar by eye; never written to the results).

    python benchmarks/eval_critical.py
    python benchmarks/eval_critical.py --sample 100 --show 5
"""
from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "src"))

from lockbox import CLEAN, DATA, SETS, clean_sets_present, document_ids, split
from results_file import write_keeping_notes

RESULTS = BENCH / "results" / "critical.md"
RESULTS_DEFAULT = BENCH / "results" / "critical_default.md"
#: --fast (the default of this script); ``--default`` runs (a)–(c) and the false alarms in the
#: default mode (embeddings and word alignment loaded) instead
FAST = True
HALVES = ("tuning", "checking")
TARGET = {"un-negate": ("TQA050",), "negate": ("TQA050",), "direction": ("TQA051",)}
MEANING = ("TQA050", "TQA051")

# ---------------------------------------------------------------------------------------
# Korean: a plain Hangul check for negation words (deliberately broad: 말 also matches 말하다)

KOREAN_NEGATION = re.compile(r"않|안 |못|없|아니|말")


def korean_has_negation(korean: str) -> bool:
    return bool(KOREAN_NEGATION.search(korean))


# ---------------------------------------------------------------------------------------
# English verb forms (this script's own small grammar)

IRREGULAR = {  # base: (past, past participle)
    "be": ("was", "been"), "become": ("became", "become"), "begin": ("began", "begun"),
    "break": ("broke", "broken"), "bring": ("brought", "brought"), "build": ("built", "built"),
    "buy": ("bought", "bought"), "catch": ("caught", "caught"), "choose": ("chose", "chosen"),
    "come": ("came", "come"), "cost": ("cost", "cost"), "cut": ("cut", "cut"),
    "do": ("did", "done"), "draw": ("drew", "drawn"), "drink": ("drank", "drunk"),
    "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "fly": ("flew", "flown"), "forget": ("forgot", "forgotten"), "get": ("got", "got"),
    "give": ("gave", "given"), "go": ("went", "gone"), "grow": ("grew", "grown"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"), "hold": ("held", "held"), "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"),
    "let": ("let", "let"), "lie": ("lay", "lain"), "lose": ("lost", "lost"),
    "make": ("made", "made"), "mean": ("meant", "meant"), "meet": ("met", "met"),
    "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "ride": ("rode", "ridden"), "ring": ("rang", "rung"),
    "rise": ("rose", "risen"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"),
    "shoot": ("shot", "shot"), "show": ("showed", "shown"), "shut": ("shut", "shut"),
    "sing": ("sang", "sung"), "sink": ("sank", "sunk"), "sit": ("sat", "sat"),
    "sleep": ("slept", "slept"), "speak": ("spoke", "spoken"), "spend": ("spent", "spent"),
    "split": ("split", "split"), "spread": ("spread", "spread"), "stand": ("stood", "stood"),
    "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"), "strike": ("struck", "struck"),
    "swim": ("swam", "swum"), "take": ("took", "taken"), "teach": ("taught", "taught"),
    "tear": ("tore", "torn"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "throw": ("threw", "thrown"), "understand": ("understood", "understood"),
    "wake": ("woke", "woken"), "wear": ("wore", "worn"), "win": ("won", "won"),
    "write": ("wrote", "written"), "withdraw": ("withdrew", "withdrawn"),
    "shrink": ("shrank", "shrunk"), "forbid": ("forbade", "forbidden"),
    "undergo": ("underwent", "undergone"), "overcome": ("overcame", "overcome"),
    "arise": ("arose", "arisen"), "bear": ("bore", "born"), "beat": ("beat", "beaten"),
    "bind": ("bound", "bound"), "bite": ("bit", "bitten"), "blow": ("blew", "blown"),
    "deal": ("dealt", "dealt"), "dig": ("dug", "dug"), "feed": ("fed", "fed"),
    "flee": ("fled", "fled"), "freeze": ("froze", "frozen"), "hang": ("hung", "hung"),
    "light": ("lit", "lit"), "prove": ("proved", "proven"),
    "shine": ("shone", "shone"), "sweep": ("swept", "swept"), "swing": ("swung", "swung"),
    "weep": ("wept", "wept"), "wind": ("wound", "wound"),
}
PAST_TO_BASE = {past: base for base, (past, _) in IRREGULAR.items() if past not in ("read", "set", "cut", "put",
                                                                                    "hit", "let", "cost", "hurt",
                                                                                    "shut", "quit", "split",
                                                                                    "spread", "beat", "lay")}
for _ambiguous in ("found", "bore", "wound", "bound", "lit", "saw"):   # also a base form or a noun
    PAST_TO_BASE.pop(_ambiguous, None)
PARTICIPLES = {pp for _, pp in IRREGULAR.values()}
DOUBLING = {"admit", "commit", "occur", "prefer", "refer", "permit", "control", "regret", "omit",
            "submit", "transfer", "compel", "expel", "propel", "equip", "incur", "deter", "patrol"}
VOWELS = "aeiou"


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word.rstrip("e") or word))


def past(base: str) -> str:
    if base in IRREGULAR:
        return IRREGULAR[base][0]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in VOWELS:
        return base[:-1] + "ied"
    if base in DOUBLING or (_syllables(base) == 1 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base)):
        return base + base[-1] + "ed"
    return base + "ed"


def third_person(base: str) -> str:
    if base in ("have",):
        return "has"
    if base in ("do", "go"):
        return base + "es"
    if base == "be":
        return "is"
    if re.search(r"(s|x|z|ch|sh)$", base):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in VOWELS:
        return base[:-1] + "ies"
    return base + "s"


PAST_EXCEPTIONS = {"created": "create", "used": "use", "focused": "focus", "united": "unite", "belonged": "belong",
                   "aged": "age", "owed": "owe", "procreated": "procreate", "recreated": "recreate"}
EED_PASTS = {"agreed", "freed", "guaranteed", "disagreed", "decreed", "refereed"}
NOT_PAST = {"hundred", "sacred", "naked", "wicked", "kindred", "shred", "rugged", "ragged", "beloved",
            "jagged", "crooked", "wretched", "embed", "infrared", "biped", "unrelated", "unprecedented",
            "unexpected", "interested", "concerned", "supposed", "alleged", "so-called"}


def base_of_past(word: str) -> str | None:
    """The base form of a past-tense verb (irregular table, then -ed rules); None if not one."""
    lower = word.lower()
    if lower in PAST_TO_BASE:
        return PAST_TO_BASE[lower]
    if lower in PAST_EXCEPTIONS:
        return PAST_EXCEPTIONS[lower]
    if lower in NOT_PAST or not lower.endswith("ed") or len(lower) < 5 or not lower.isalpha():
        return None
    if lower.endswith("eed"):
        return lower[:-1] if lower in EED_PASTS else None
    if lower.endswith("ied"):
        return lower[:-3] + "y"
    stem = lower[:-2]
    if not re.search(r"[aeiouy]", stem):
        return None
    if stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return stem if stem[-1] in "lsfzd" else stem[:-1]          # called, passed / stopped, planned
    if stem.endswith("eat"):
        return stem                                                # treated, defeated
    if re.search(r"(ee|oo|ai|oi|ea|ou|au)[a-z]$", stem) and not re.search(r"(ea|ai|oi|au|ou)[sczv]$", stem):
        return stem                                                # remained, joined, looked
    if stem.endswith("us") and _syllables(stem) > 1:
        return stem                                                # focused
    if re.search(r"([aeiou][sczv]|[^aeiou][cvzu]|ls|ns|ps|rs|rg|[ae]ng|dg|rv|lv|at|iz|ud|id|ot|ut|ur|ir|ar|ov"
                 r"|iv|ag|ib|ik|om|am|ul|ad|plet|elet|pet)$", stem):
        return stem + "e"                                          # increased, announced, stated, decided
    if re.search(r"[^aeo]in$", stem) and _syllables(stem) >= 2:
        return stem + "e"                                          # declined, determined
    if _syllables(stem) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", stem):
        return stem + "e"                                          # hoped, liked, voted
    return stem


# ---------------------------------------------------------------------------------------
# (a) un-negate

APOSTROPHE = "['\u2019]"
NOT_AFTER = r"(?!\s+(?:only|just|merely|simply|until|till|least|to\s+mention|necessarily|even|that|because|help)\b)"
AUX_NOT = re.compile(r"\b(is|are|was|were|am|has|have|had|will|would|can|could|should|must|may|might|need)"
                     r"\s+not\b" + NOT_AFTER, re.I)
AUX_NT = re.compile(r"\b(is|are|was|were|has|have|had|wo|would|ca|could|should|must|need|does|do|did)n"
                    + APOSTROPHE + r"t\b" + NOT_AFTER, re.I)
CANNOT = re.compile(r"\bcannot\b" + NOT_AFTER, re.I)
DO_NOT = re.compile(r"\b(do|does|did)(\s+not\b|n" + APOSTROPHE + r"t)\s+(?:(always|really|fully|yet|actually|"
                    r"immediately|necessarily|even|quite|directly)\s+)?([a-z]+)\b", re.I)
NEVER = re.compile(r"(?<![.!?]\s)(?<!^)\bnever\b(?!\s+(?:before|again|ever)\b)", re.I)
CONTRACTED = {"wo": "will", "ca": "can"}


def _keep_case(original: str, new: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def unnegate_sites(english: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, kind) for every negation this script can take out."""
    sites = []
    for match in DO_NOT.finditer(english):
        aux, adverb, verb = match.group(1).lower(), match.group(3), match.group(4).lower()
        if verb in ("not", "so", "only", "just"):
            continue
        if verb == "be":
            continue
        form = {"do": verb, "does": third_person(verb), "did": past(verb)}[aux]
        text = (adverb + " " if adverb else "") + form
        sites.append((match.start(), match.end(), _keep_case(match.group(0), text), "do-support"))
    taken = [(s, e) for s, e, _, _ in sites]

    def free(start, end):
        return all(end <= s or start >= e for s, e in taken)

    for match in AUX_NOT.finditer(english):
        if free(match.start(), match.end()):
            sites.append((match.start(), match.end(), match.group(1), "aux not"))
    for match in AUX_NT.finditer(english):
        aux = match.group(1)
        if aux.lower() in ("does", "do", "did"):
            continue   # handled by DO_NOT when a verb follows; an elliptic "didn't." is left alone
        if free(match.start(), match.end()):
            sites.append((match.start(), match.end(), _keep_case(aux, CONTRACTED.get(aux.lower(), aux.lower())),
                          "aux n't"))
    for match in CANNOT.finditer(english):
        sites.append((match.start(), match.end(), _keep_case(match.group(0), "can"), "cannot"))
    for match in NEVER.finditer(english):
        sites.append((match.start(), match.end(), "always", "never"))
    kept = []
    for start, end, replacement, kind in sorted(sites):
        clause = re.split(r"[,;:()\u2014\"\u201c\u201d]", english[end:], maxsplit=1)[0]
        if re.search(r"\b(until|till|unless|but)\b", clause, re.I):
            continue   # "was not achieved until 1818", "could not help but": no affirmative reading
        yet = re.match(r"\s+yet\b", english[end:])
        if yet and kind != "never":   # "had not yet been" → "had already been"
            replacement, end = replacement + " already", end + yet.end()
        kept.append((start, end, replacement, kind))
    return kept


# ---------------------------------------------------------------------------------------
# (b) negate

ENGLISH_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody|neither|nor|without|cannot|nowhere)\b|n"
                              + APOSTROPHE + r"t\b", re.I)
SUBORDINATORS = {"who", "which", "that", "when", "while", "if", "because", "although", "though", "since", "as",
                 "after", "before", "until", "unless", "whether", "where", "whose", "whom", "what", "once",
                 "whereas", "so", "than", "how", "why", "whenever", "wherever"}
AUXILIARIES = ("is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might",
               "has", "have", "had")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "who"}
NOT_SUBJECT = {"the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "from", "by", "and", "or", "but",
               "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
               "could", "should", "must", "may", "might", "very", "more", "most", "its", "their", "his", "her",
               "our", "my", "your", "not", "also", "as", "than", "that", "which", "into", "about", "after",
               "before", "over", "under", "newly", "recently", "widely", "well", "highly", "so", "such", "get",
               "got", "when", "where", "while", "if", "there", "here", "all", "some", "many", "few",
               "every", "each", "no", "both", "either", "any", "other", "another", "just", "only", "one", "two",
               "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundreds", "thousands"}
PREPOSITIONS_AFTER = {"by", "at", "in", "on", "from", "with", "during", "for", "to", "as", "near", "into", "under",
                      "after", "before", "since", "over", "through", "across", "within"}
WORD = re.compile(r"[A-Za-z]+(?:" + APOSTROPHE + r"[a-z]+)?|[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s")


def _looks_participle(word: str) -> bool:
    lower = word.lower()
    return lower == "been" or lower in PARTICIPLES or lower.endswith("ed") or lower.endswith("en")


def negate(english: str) -> tuple[str, str] | None:
    """``english`` with ``not`` put into its first affirmative main-clause verb, and the kind."""
    tokens = list(WORD.finditer(english))
    subordinate = False
    for index, token in enumerate(tokens):
        word = token.group(0)
        lower = word.lower()
        if not word[0].isalpha():
            subordinate = False   # a clause boundary
            continue
        if lower in SUBORDINATORS:
            subordinate = True
            continue
        if subordinate:
            continue
        following = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        previous = tokens[index - 1].group(0).lower() if index > 0 else ""
        if lower in AUXILIARIES:
            if index == 0 or not following[:1].isalpha():
                continue   # a question ("Is your skin …?") or an elliptic auxiliary
            if previous in AUXILIARIES or previous == "to":
                continue
            if lower in ("has", "have", "had") and not _looks_participle(following):
                new = {"has": "does not have", "have": "do not have", "had": "did not have"}[lower]
                kind = "have → do not have"
            elif lower == "can":
                new, kind = "cannot", "aux not"
            else:
                new, kind = word + " not", "aux not"
            return english[:token.start()] + _keep_case(word, new) + english[token.end():], kind
        base = base_of_past(word)
        if base and index > 0 and (previous in PRONOUNS or (previous.isalpha() and previous not in NOT_SUBJECT
                                                             and not previous.endswith("ly"))):
            if english[token.start() - 1:token.start()] == "-" or (word[0].isupper() and lower.endswith("ed")):
                continue   # "co-wrote"; a title-case headline ("Son Arrested on …")
            if lower.endswith("ed") and following.lower() in PREPOSITIONS_AFTER:
                continue   # as often a reduced relative: "remains discovered at the site were …"
            if lower.endswith("ed") and previous not in PRONOUNS and not tokens[index - 1].group(0)[0].isupper() \
                    and not re.search(r"(s|people|police|government|company|officials|ministry|team|group)$",
                                      previous):
                # a regular -ed after a lower-case word is as often a participle modifying it; take it
                # only after a likely subject (a plural noun, a collective, a name, a pronoun)
                continue
            return english[:token.start()] + "did not " + base + english[token.end():], "past → did not"
    return None


# ---------------------------------------------------------------------------------------
# (c) direction swap: this script's own table of poles

#: (group, pole A forms, pole B forms, Korean cues of pole A, Korean cues of pole B); forms are
#: aligned by position (inflections); a form may be several words
POLES = [
    ("rise/fall", ["rise", "rises", "rose", "risen", "rising"], ["fall", "falls", "fell", "fallen", "falling"],
     ["상승", "오르", "올랐", "올라", "오른", "올린", "증가", "늘", "치솟", "급등"],
     ["하락", "떨어", "내리", "내렸", "내려", "내린", "감소", "줄", "급락", "추락"]),
    ("increase/decrease", ["increase", "increases", "increased", "increasing"],
     ["decrease", "decreases", "decreased", "decreasing"],
     ["증가", "늘", "상승", "인상", "확대", "오르", "올랐", "올라"], ["감소", "줄", "하락", "인하", "축소", "내렸", "떨어"]),
    ("grow/shrink", ["grow", "grows", "grew", "grown", "growing", "growth"],
     ["shrink", "shrinks", "shrank", "shrunk", "shrinking", "contraction"],
     ["성장", "증가", "늘", "커지", "커졌", "확대"], ["감소", "줄", "축소", "위축", "역성장", "작아"]),
    ("surplus/deficit", ["surplus", "surpluses"], ["deficit", "deficits"], ["흑자"], ["적자"]),
    ("export/import", ["export", "exports", "exported", "exporting", "exporter", "exporters"],
     ["import", "imports", "imported", "importing", "importer", "importers"], ["수출"], ["수입"]),
    ("earlier/later", ["earlier", "ahead of schedule"], ["later", "behind schedule"],
     ["앞당", "일찍", "조기", "먼저", "이전", "앞서", "전에"], ["늦", "연기", "미루", "미뤄", "나중", "이후", "뒤에", "후에"]),
    ("early/late", ["early"], ["late"], ["초순", "초반", "연초", "월초", "일찍", "조기", "초기", "초에"],
     ["하순", "후반", "연말", "월말", "늦", "말에", "말까지", "말부터", "말경"]),
    ("win/lose", ["win", "wins", "won", "winning", "winner", "winners", "victory", "victories"],
     ["lose", "loses", "lost", "losing", "loser", "losers", "defeat", "defeats"],
     ["승리", "이기", "이겨", "이긴", "이겼", "우승", "꺾", "승을", "당선"], ["패배", "패하", "패했", "패한", "졌다", "졌으", "패전", "낙선"]),
    ("legal/illegal", ["legal", "legally", "lawful", "lawfully"], ["illegal", "illegally", "unlawful", "unlawfully"],
     ["합법", "적법"], ["불법", "위법"]),
    ("allow/forbid", ["allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting"],
     ["forbid", "forbids", "forbidden", "forbidding", "prohibit", "prohibits", "prohibited", "prohibiting"],
     ["허용", "허가", "허락", "가능하게"], ["금지", "금하", "불허", "막"]),
    ("ban/allow", ["ban", "bans", "banned", "banning"], ["allow", "allows", "allowed", "allowing"],
     ["금지", "금하", "불허"], ["허용", "허가", "허락"]),
    ("support/oppose", ["support", "supports", "supported", "supporting", "supporter", "supporters", "in favor of",
                        "in favour of"],
     ["oppose", "opposes", "opposed", "opposing", "opponent", "opponents", "opposed to", "opposed to"],
     ["찬성", "지지", "옹호"], ["반대"]),
    ("success/failure", ["success", "successes", "successful", "successfully", "succeed", "succeeds", "succeeded",
                         "succeeding", "managed to", "manages to", "manage to"],
     ["failure", "failures", "unsuccessful", "unsuccessfully", "fail", "fails", "failed", "failing",
      "failed to", "fails to", "fail to"],
     ["성공"], ["실패"]),
    ("boom/slump", ["boom", "booming", "upturn"], ["slump", "slumping", "downturn"],
     ["호황", "호조", "활황", "호경기"], ["불황", "불경기", "침체"]),
    ("buy/sell", ["buy", "buys", "bought", "buying", "buyer", "buyers", "purchase", "purchases", "purchased",
                  "purchasing"],
     ["sell", "sells", "sold", "selling", "seller", "sellers", "sale", "sales", "sold", "selling"],
     ["매수", "매입", "구매", "구입", "사들", "인수"], ["매도", "매각", "판매", "팔", "처분"]),
    ("highest/lowest", ["highest", "higher", "maximum"], ["lowest", "lower", "minimum"],
     ["높", "최고", "최대", "상회", "웃돌"], ["낮", "최저", "최소", "하회", "밑돌"]),
    ("more than/less than", ["more than", "at least", "over"], ["less than", "at most", "under"],
     ["이상", "넘", "초과", "웃돌"], ["이하", "미만", "밑돌", "못 미"]),
    ("strengthen/weaken", ["strengthen", "strengthens", "strengthened", "strengthening"],
     ["weaken", "weakens", "weakened", "weakening"], ["강화"], ["약화"]),
    ("expand/reduce", ["expand", "expands", "expanded", "expanding", "expansion"],
     ["reduce", "reduces", "reduced", "reducing", "reduction"],
     ["확대", "확장", "늘리", "늘렸"], ["축소", "감축", "줄이", "줄였", "삭감"]),
    ("accept/reject", ["accept", "accepts", "accepted", "accepting", "approve", "approves", "approved",
                       "approving", "approval"],
     ["reject", "rejects", "rejected", "rejecting", "reject", "rejects", "rejected", "rejecting", "rejection"],
     ["수용", "수락", "받아들", "승인", "가결", "통과"], ["거부", "거절", "기각", "반려", "부결"]),
    ("profit/loss", ["profit", "profits", "profitable"], ["loss", "losses", "loss-making"],
     ["이익", "흑자", "수익", "이득"], ["손실", "손해", "적자"]),
    ("optimistic/pessimistic", ["optimistic", "optimism"], ["pessimistic", "pessimism"], ["낙관"], ["비관"]),
    ("guilty/innocent", ["guilty"], ["innocent"], ["유죄"], ["무죄"]),
]
def _pole_entries():
    entries = []   # (form, opposite, group, pole index 0/1)
    seen = set()
    for group, a_forms, b_forms, _, _ in POLES:
        for pole, (forms, opposites) in enumerate(((a_forms, b_forms), (b_forms, a_forms))):
            for form, opposite in zip(forms, opposites, strict=True):
                if (form, group) in seen or form == opposite:
                    continue
                seen.add((form, group))
                entries.append((form, opposite, group, pole))
    # longest forms first, so "more than" wins over "more", "failed to" over "failed"
    return sorted(entries, key=lambda entry: -len(entry[0]))


POLE_ENTRIES = _pole_entries()
CUES = {group: (a_cues, b_cues) for group, _, _, a_cues, b_cues in POLES}
VERB_CONTEXT = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "not", "did", "do", "does",
                "i", "you", "we", "they", "he", "she", "it", "who", "which", "that", "also", "strongly", "and",
                "n't", "t", "never", "often", "still", "cannot"}
#: forms that are nouns or verbs: (opposite when a noun, or None to leave the noun alone)
NOUN_OR_VERB = {"win": "loss", "wins": "losses", "support": "opposition", "supports": None, "permit": None,
                "permits": None, "ban": None, "bans": None, "defeat": "victory", "defeats": "victories",
                "purchase": "sale", "purchases": "sales", "boom": "slump", "lose": None}
#: a past form whose opposite differs as past and as participle: form → (past, participle)
PAST_PARTICIPLE = {"allowed": ("forbade", "forbidden"), "forbidden": ("allowed", "allowed"),
                   "grew": ("shrank", "shrunk"), "grown": ("shrunk", "shrunk")}
PERFECT_OR_PASSIVE = {"has", "have", "had", "was", "were", "been", "be", "is", "are", "being", "get", "got"}
PHRASAL_AFTER = re.compile(r"\s+(up|down|off|asleep|ill|apart|short|victim|silent|out|in love|behind|prey|back)\b",
                           re.I)
NUMBER_AFTER = re.compile(r"\s+(\$|US\$|€|£|¥)?(\d|a\s+(dozen|third|quarter|half|million|billion|hundred|thousand)|"
                          r"half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                          r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|million|billion)",
                          re.I)
NUMBER_BEFORE = re.compile(r"(\d|million|billion|trillion|thousand|hundred|\bKorean|\bof)\s*$", re.I)


def _fix_article(before: str, replacement: str) -> str:
    """``before`` with a final "a"/"an" agreeing with ``replacement``."""
    match = re.search(r"\b(a|an|A|An)\s+$", before)
    if not match:
        return before
    article = "an" if replacement[:1].lower() in "aeiou" else "a"
    article = article.capitalize() if match.group(1)[0].isupper() else article
    return before[:match.start(1)] + article + before[match.end(1):]


def direction_sites(korean: str, english: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, replacement, group, korean also has the opposite pole) for every English
    pole word whose own pole the Korean names. ``replacement`` replaces ``english[:end]``'s
    last word; the article before it is made to agree by :func:`swap`."""
    sites, taken = [], []
    for form, opposite, group, pole in POLE_ENTRIES:
        own, other = CUES[group][pole], CUES[group][1 - pole]
        if not any(cue in korean for cue in own):
            continue
        for match in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", english, re.I):
            start, end = match.span()
            if any(not (end <= s or start >= e) for s, e in taken):
                continue
            word, lower = match.group(0), form.lower()
            before, following = english[:start], english[end:end + 30]
            words_before = re.findall(r"[A-Za-z]+", before)
            previous = words_before[-1].lower() if words_before else ""
            if lower == "won" and NUMBER_BEFORE.search(before):
                continue   # the currency
            if word[0].isupper() and before.strip() and not before.rstrip().endswith((".", "\"", "\u201c")):
                continue   # a capitalised word inside a sentence: a name (Niagara Falls, Victory Day)
            if lower in ("fall", "falls") and previous in ("the", "this", "last", "next", "in", "of"):
                continue   # the season
            if group in ("rise/fall", "grow/shrink") and PHRASAL_AFTER.match(following):
                continue   # fell asleep, grew up, fall down
            if group == "more than/less than" and not NUMBER_AFTER.match(following):
                continue   # only before a figure: "more than 30", "under 5%"
            opposite_here = opposite
            if lower in NOUN_OR_VERB and previous not in VERB_CONTEXT:
                if NOUN_OR_VERB[lower] is None:
                    continue
                opposite_here = NOUN_OR_VERB[lower]
            if lower in PAST_PARTICIPLE:
                opposite_here = PAST_PARTICIPLE[lower][1 if previous in PERFECT_OR_PASSIVE else 0]
            taken.append((start, end))
            also_other = any(cue in korean for cue in other)
            sites.append((start, end, _keep_case(word, opposite_here), group, also_other))
    return sorted(sites)


def swap(english: str, site) -> str:
    start, end, replacement = site[:3]
    return _fix_article(english[:start], replacement) + replacement + english[end:]


# ---------------------------------------------------------------------------------------
# (d) dropped clause

PREPOSITIONS = {"in", "on", "at", "for", "with", "from", "by", "during", "after", "before", "under", "over",
                "between", "among", "through", "across", "against", "without", "despite", "including", "near",
                "inside", "outside", "within", "around", "toward", "towards", "into", "onto", "throughout",
                "amid", "along", "beyond", "behind", "via"}
PP_STOP = PREPOSITIONS | {"and", "but", "or", "who", "which", "that", "where", "when", "while", "because",
                          "to", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said",
                          "says", "if", "than", "although", "there", "it", "they", "he", "she", "we", "i", "you"}
SAY_VERBS = {"said", "says", "say", "told", "tell", "believe", "believes", "believed", "think", "thinks",
             "thought", "know", "knows", "knew", "so", "such", "now", "than", "that", "reported", "announced",
             "added", "noted", "argued", "claimed", "showed", "shows", "found", "suggests", "suggested",
             "means", "meant", "hope", "hoped", "hopes", "expect", "expected", "expects", "ensure", "given",
             "explained", "stated", "warned", "insisted", "admitted", "confirmed", "realized", "realised"}


def _balanced(text: str) -> bool:
    return (text.count("(") == text.count(")") and text.count("[") == text.count("]")
            and text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")
            and "'" not in text.replace("'s ", "").replace("n't", "") and "\u2018" not in text)


def _words(text: str) -> int:
    return len(re.findall(r"\S+", text))


def drop_sites(english: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, kind): spans whose deletion drops a clause or modifier."""
    total = _words(english)
    sites = []

    def add(start, end, replacement, kind):
        dropped = english[start:end]
        if not _balanced(dropped) or not 3 <= _words(dropped) <= 0.6 * total:
            return
        sites.append((start, end, replacement, kind))

    # comma-delimited clauses, not the first piece
    commas = [m.start() for m in re.finditer(r",\s", english)]
    end_match = re.search(r"[.!?\"\u201d]*\s*$", english)
    sentence_end = end_match.start() if end_match else len(english)
    for i, comma in enumerate(commas):
        nxt = commas[i + 1] if i + 1 < len(commas) else sentence_end
        piece = english[comma + 1:nxt]
        if _words(piece) < 4 or re.match(r"\s*(and|or)\s+\w+$", piece):
            continue
        if re.search(r"\d,$", english[:comma + 1]):   # 1,000
            continue
        add(comma, nxt, "", "comma clause")
    # relative clauses: ", who/which …" to the next comma (or the end); "who/which/that …" at the end
    for match in re.finditer(r",\s+(who|which)\b", english):
        start = match.start()
        nxt = [c for c in commas if c > start]
        end = nxt[0] if nxt else sentence_end
        if any(c == start for c in commas):
            add(start, end, "", "relative clause")
    for match in re.finditer(r"(?<=[a-z])\s+(who|which|that)\s+(?=[a-z])", english):
        previous = re.findall(r"[A-Za-z]+", english[:match.start()])
        word = previous[-1].lower() if previous else ""
        if not word or word in SAY_VERBS or word in PP_STOP or word in NOT_SUBJECT or word == "of":
            continue   # "said that …", "of which …", "linked to that of …"
        if match.group(1) == "that" and (re.search(r"(ing|ed)$", word) or
                                         re.match(r"\s*(of|is|was|are|were|it|this|the|a|an|these|those|his|her|their|its|our|my|your|there|such"
                                                  r"|some|all|no|that)\b", english[match.end():])):
            continue   # "adding that …", "that of …": not a relative clause
        rest = english[match.start():sentence_end]
        if "," in rest or ";" in rest:
            continue
        add(match.start(), sentence_end, "", "relative clause")
    # prepositional phrases of 4–10 words
    tokens = list(re.finditer(r"[A-Za-z0-9$%.'\u2019\-]+|[^\sA-Za-z0-9$%.'\u2019\-]", english))
    for index, token in enumerate(tokens):
        if token.group(0).lower() not in PREPOSITIONS:
            continue
        if token.group(0).lower() == "for" and index + 1 < len(tokens) and tokens[index + 1].group(0) == "example":
            continue
        stop = index + 1
        while stop < len(tokens) and tokens[stop].group(0)[0].isalnum() and tokens[stop].group(0) not in (".",) \
                and (tokens[stop].group(0).lower() not in PP_STOP or tokens[stop].group(0).lower() == "of") \
                and stop - index < 10:
            stop += 1
        last = tokens[stop - 1]
        length = stop - index
        if length < 4 or (stop < len(tokens) and tokens[stop].group(0)[0].isalnum() and stop - index >= 10):
            continue
        text_end = last.end()
        if english[text_end - 1] == "." and text_end == len(english.rstrip()):
            text_end -= 1
        if index == 0:   # sentence-initial "In the capital of X, …": drop the comma, capitalise
            after = english[text_end:]
            comma = re.match(r",\s*", after)
            if not comma:
                continue
            rest = after[comma.end():]
            if not rest:
                continue
            sites_end = text_end + comma.end()
            add(token.start(), sites_end + 1, rest[0].upper(), "prepositional phrase")
        else:
            add(token.start() - 1 if english[token.start() - 1] == " " else token.start(), text_end, "",
                "prepositional phrase")
    return sorted(set(sites))


# ---------------------------------------------------------------------------------------
# running tqa

def _pipeline():
    from tqa.pipeline import Options, build_document, check_document, check_pairs
    return Options, build_document, check_document, check_pairs


def load(name: str) -> tuple[list[str], list[str]]:
    korean_file, english_file = SETS[name]
    korean = (DATA / korean_file).read_text(encoding="utf-8").splitlines()
    english = (DATA / english_file).read_text(encoding="utf-8").splitlines()
    return korean, english


def check_one(korean: str, english: str, select=None) -> list:
    Options, _, _, check_pairs = _pipeline()
    return check_pairs([(korean, english)], Options(fast=FAST, select=select)).issues


def false_alarms(data: dict) -> dict:
    """half → {"pairs": n, "findings": [(set, line, rule)]}."""
    Options, _, _, check_pairs = _pipeline()
    out = {}
    for half in HALVES:
        findings, major, count = [], [], 0
        for name in CLEAN:
            korean, english, halves = data[name]
            lines = halves[half]
            document = check_pairs([(korean[i - 1], english[i - 1]) for i in lines],
                                   Options(fast=FAST, select=["meaning"]))
            count += len(lines)
            for issue in document.issues:
                findings.append((name, lines[issue.source_segments[0]], issue.rule))
                if issue.severity in ("critical", "major"):
                    major.append((name, lines[issue.source_segments[0]], issue.rule))
        out[half] = {"pairs": count, "findings": sorted(findings), "major": sorted(major)}
    return out


def sample(items: list, size: int, seed: str) -> list:
    items = list(items)
    random.Random(seed).shuffle(items)
    return items[:size]


def inject_polarity_direction(data: dict, flagged: set, size: int, seed: int, show: int) -> dict:
    """class → half → list of result dicts."""
    results: dict = defaultdict(dict)
    for half in HALVES:
        pools: dict[str, list] = {"un-negate": [], "negate": [], "direction": []}
        for name in CLEAN:
            korean, english, halves = data[name]
            for line in halves[half]:
                if (name, line) in flagged:
                    continue
                ko, en = korean[line - 1], english[line - 1]
                if unnegate_sites(en):
                    pools["un-negate"].append((name, line))
                if not korean_has_negation(ko) and not ENGLISH_NEGATION.search(en) and negate(en):
                    pools["negate"].append((name, line))
                if direction_sites(ko, en):
                    pools["direction"].append((name, line))
        for cls, pool in pools.items():
            chosen = sample(pool, size, f"{seed}:{cls}:{half}")
            rows = []
            for name, line in sorted(chosen):
                korean, english, _ = data[name]
                ko, en = korean[line - 1], english[line - 1]
                rng = random.Random(f"{seed}:{cls}:{name}:{line}")
                info = {}
                if cls == "un-negate":
                    start, end, replacement, kind = rng.choice(unnegate_sites(en))
                    modified = en[:start] + replacement + en[end:]
                    info = {"kind": kind, "korean negation": "yes" if korean_has_negation(ko) else "no",
                            "negation left in the English": "yes" if ENGLISH_NEGATION.search(modified) else "no"}
                elif cls == "negate":
                    modified, kind = negate(en)
                    info = {"kind": kind}
                else:
                    site = rng.choice(direction_sites(ko, en))
                    modified, group, other = swap(en, site), site[3], site[4]
                    info = {"kind": group, "opposite pole in Korean": "yes" if other else "no"}
                issues = check_one(ko, modified, select=["meaning"])
                rules = Counter(issue.rule for issue in issues)
                rows.append({"set": name, "line": line, "rules": rules,
                             "hit": any(rules[r] for r in TARGET[cls]),
                             "major": any(issue.rule in TARGET[cls] and issue.severity in ("critical", "major")
                                          for issue in issues),
                             "either": any(rules[r] for r in MEANING), **info})
                if show and len(rows) <= show:
                    print(f"[{cls} {half} {name}:{line}] {dict(rules) or '-'}\n  KO {ko}\n  EN {en}\n  => {modified}")
            results[cls][half] = {"eligible": len(pool), "rows": rows}
    return results


def dropped_clauses(data: dict, half: str, size: int, seed: int) -> tuple[int, list[tuple]]:
    """(eligible pairs, sample) of the dropped-clause injections of one half: each sampled
    ``(set, line, start, end, kind, modified English)``; shared with eval_word_omission.py."""
    pool = []
    for name in CLEAN:
        korean, english, halves = data[name]
        pool += [(name, line) for line in halves[half] if drop_sites(english[line - 1])]
    chosen = []
    for name, line in sorted(sample(pool, size, f"{seed}:drop:{half}")):
        en = data[name][1][line - 1]
        start, end, replacement, kind = random.Random(f"{seed}:drop:{name}:{line}").choice(drop_sites(en))
        chosen.append((name, line, start, end, kind, en[:start] + replacement + en[end:]))
    return len(pool), chosen


def inject_dropped_clause(data: dict, size: int, seed: int, show: int) -> dict:
    results = {}
    for half in HALVES:
        eligible, chosen = dropped_clauses(data, half, size, seed)
        rows = []
        for name, line, start, end, kind, modified in chosen:
            korean, english, _ = data[name]
            ko, en = korean[line - 1], english[line - 1]
            before = Counter(issue.rule for issue in check_one(ko, en))
            after = Counter(issue.rule for issue in check_one(ko, modified))
            new = {rule for rule in after if after[rule] > before[rule]}
            rows.append({"set": name, "line": line, "kind": kind, "new": new, "hit": bool(new),
                         "figure": "yes" if re.search(r"\d", en[start:end]) else "no"})
            if show and len(rows) <= show:
                print(f"[drop {half} {name}:{line} {kind}] new {sorted(new) or '-'}\n  EN {en}\n  => {modified}")
        results[half] = {"eligible": eligible, "rows": rows}
    return results


def inject_dropped_sentence(data: dict, size: int, seed: int, show: int) -> dict:
    Options, build_document, check_document, _ = _pipeline()
    options = Options(fast=True)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        source_path, target_path = Path(folder) / "window.ko.txt", Path(folder) / "window.en.txt"

        def run(ko_lines, en_lines):
            source_path.write_text("\n".join(ko_lines) + "\n", encoding="utf-8")
            target_path.write_text("\n".join(en_lines) + "\n", encoding="utf-8")
            document = check_document(build_document(str(source_path), str(target_path), options), options)
            return document

        for half in HALVES:
            windows = []
            for name in CLEAN:
                korean, english, halves = data[name]
                ids = data[name + ":ids"]
                in_half = set(halves[half])
                rng = random.Random(f"{seed}:window:{name}:{half}")
                line = 1
                while line <= len(ids):
                    doc = ids[line - 1]
                    end = line
                    while end + 1 <= len(ids) and ids[end] == doc:
                        end += 1
                    if line in in_half:
                        start = line
                        while end - start + 1 >= 6:
                            length = min(rng.randint(6, 10), end - start + 1)
                            windows.append((name, start, length))
                            start += length
                    line = end + 1
            chosen = sorted(sample(windows, size, f"{seed}:windows:{half}"))
            rows = []
            for name, start, length in chosen:
                korean, english, _ = data[name]
                ko_lines = [korean[i - 1] for i in range(start, start + length)]
                en_lines = [english[i - 1] for i in range(start, start + length)]
                dropped = random.Random(f"{seed}:dropline:{name}:{start}").randint(1, length - 2)
                base = run(ko_lines, en_lines)
                base_omission = Counter(i.rule for i in base.issues if i.check == "omission")
                document = run(ko_lines, en_lines[:dropped] + en_lines[dropped + 1:])
                offsets = [0]
                for text in ko_lines:
                    offsets.append(offsets[-1] + len(text) + 1)
                lost = {segment.id for segment in document.source_segments
                        if bisect.bisect_right(offsets, segment.start) - 1 == dropped}
                on_dropped = [i for i in document.issues if lost & set(i.source_segments)]
                rows.append({"set": name, "line": start + dropped, "length": length,
                             "tqa030": any(i.rule == "TQA030" for i in on_dropped),
                             "omission": any(i.check == "omission" for i in on_dropped),
                             "any": bool(on_dropped),
                             "tqa030 anywhere": any(i.rule == "TQA030" for i in document.issues),
                             "rules": Counter(i.rule for i in on_dropped),
                             "base omission": base_omission})
                if show and len(rows) <= show:
                    print(f"[sentence {half} {name}:{start}+{dropped}/{length}] on dropped: "
                          f"{dict(rows[-1]['rules']) or '-'}; baseline omission {dict(base_omission) or '-'}")
            results[half] = {"eligible": len(windows), "rows": rows}
    return results


# ---------------------------------------------------------------------------------------
# report

def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "–"


def _split_table(data: dict) -> list[str]:
    lines = ["| set | half | documents | pairs |", "|---|---|---:|---:|"]
    for name in CLEAN:
        ids = data[name + ":ids"]
        for half in HALVES:
            lines_ = data[name][2][half]
            lines.append(f"| {name} | {half} | {len({ids[i - 1] for i in lines_})} | {len(lines_)} |")
    return lines


def _breakdown(results: dict, key: str, hit: str = "hit") -> list[str]:
    values = sorted({row[key] for half in HALVES for row in results[half]["rows"]})
    out = [f"| {key} | " + " | ".join(HALVES) + " |", "|---|" + "---:|" * len(HALVES)]
    for value in values:
        cells = []
        for half in HALVES:
            rows = [row for row in results[half]["rows"] if row[key] == value]
            cells.append(_rate(sum(row[hit] for row in rows), len(rows)))
        out.append(f"| {value} | " + " | ".join(cells) + " |")
    return out


def report(data, alarms, injected, clause, sentence, args, elapsed) -> str:
    out = ["# Critical meaning errors: false alarms and injected errors (issue 12)", ""]
    out += [f"`benchmarks/eval_critical.py` (seed {args.seed}, at most {args.sample} injections per class "
            f"and half, {elapsed:.0f} s). Clean dev sets only ({', '.join(CLEAN)}), split by the lock box "
            "(`lockbox.py`); nothing was tuned on either half. All runs `--fast` through the public API. "
            "The injections use this script's own grammar and antonym table (see its docstring), not the "
            "rules' tables; each modified pair is checked as a one-pair document. Pairs whose unmodified "
            "version already has a `meaning` finding are left out of (a)–(c). Line numbers of misses are "
            "listed for the tuning half only.", "", "## Lock-box split", ""] + _split_table(data) + [""]

    out += ["## Summary", "",
            "| class | target | tuning | checking |", "|---|---|---:|---:|"]
    names = {"un-negate": "(a) un-negate", "negate": "(b) negate", "direction": "(c) direction swap"}
    for cls, label in names.items():
        cells = [_rate(sum(r["hit"] for r in injected[cls][h]["rows"]), len(injected[cls][h]["rows"]))
                 for h in HALVES]
        out.append(f"| {label} | {'/'.join(TARGET[cls])} | " + " | ".join(cells) + " |")
        cells = [_rate(sum(r["major"] for r in injected[cls][h]["rows"]), len(injected[cls][h]["rows"]))
                 for h in HALVES]
        out.append(f"| {label}, at major | {'/'.join(TARGET[cls])} at major (TQA050: confirmed word by word) | " + " | ".join(cells) + " |")
    cells = [_rate(sum(r["hit"] for r in clause[h]["rows"]), len(clause[h]["rows"])) for h in HALVES]
    out.append("| (d) dropped clause | any default-family rule (new finding) | " + " | ".join(cells) + " |")
    cells = [_rate(sum(r["tqa030"] for r in sentence[h]["rows"]), len(sentence[h]["rows"])) for h in HALVES]
    out.append("| (e) dropped sentence, --fast document | TQA030 on the dropped line | " + " | ".join(cells) + " |")
    cells = [_rate(sum(r["omission"] for r in sentence[h]["rows"]), len(sentence[h]["rows"])) for h in HALVES]
    out.append("| (e) dropped sentence, --fast document | any omission finding on the dropped line | "
               + " | ".join(cells) + " |")
    out.append("")
    out += ["Recall = injected cases flagged / injected cases (flagged: (a), (b) by TQA050, (c) by TQA051 on "
            "the modified pair; (d) a rule reports more findings on the modified pair than on the unmodified "
            "one; (e) a finding names a source segment of the dropped line). Issue 12 asks for ≥ 0.8 "
            "(polarity, direction) and ≥ 0.6 (dropped clauses).", ""]

    out += ["## Added false alarms (`select=[\"meaning\"]`, unmodified pairs)", "",
            "| half | pairs | rule | findings | per 100 pairs |", "|---|---:|---|---:|---:|"]
    for half in HALVES:
        pairs = alarms[half]["pairs"]
        counts = Counter(rule for _, _, rule in alarms[half]["findings"])
        for rule in MEANING:
            out.append(f"| {half} | {pairs} | {rule} | {counts[rule]} | {100 * counts[rule] / pairs:.2f} |")
        out.append(f"| {half} | {pairs} | all | {sum(counts.values())} | "
                   f"{100 * sum(counts.values()) / pairs:.2f} |")
        out.append(f"| {half} | {pairs} | all, at major | {len(alarms[half]['major'])} | "
                   f"{100 * len(alarms[half]['major']) / pairs:.2f} |")
    out += ["", "Every finding (set:line, rule), unlabelled — a finding here is a false alarm only if the "
            "translation is right, which the ledger (`eval_precision.py`) decides:", ""]
    for half in HALVES:
        items = ", ".join(f"{name}:{line} {rule}" for name, line, rule in alarms[half]["findings"]) or "none"
        out.append(f"- {half}: {items}")
    out.append("")

    for cls, label in names.items():
        out += [f"## {label}", ""]
        out += ["| half | eligible pairs | injected | " + "/".join(TARGET[cls]) + " | TQA050 or TQA051 |",
                "|---|---:|---:|---:|---:|"]
        for half in HALVES:
            rows = injected[cls][half]["rows"]
            out.append(f"| {half} | {injected[cls][half]['eligible']} | {len(rows)} | "
                       f"{_rate(sum(r['hit'] for r in rows), len(rows))} | "
                       f"{_rate(sum(r['either'] for r in rows), len(rows))} |")
        out += ["", "By kind of injection:", ""] + _breakdown(injected[cls], "kind") + [""]
        extras = {"un-negate": [("korean negation", "the Korean has a negation word (own check of (b))"),
                                ("negation left in the English", "another negation is left in the English")],
                  "direction": [("opposite pole in Korean", "the Korean holds a cue of the opposite pole too")]}
        for key, text in extras.get(cls, []):
            out += [f"By whether {text}:", ""] + _breakdown(injected[cls], key) + [""]
        for half in HALVES:
            missed = [f"{r['set']}:{r['line']}" for r in injected[cls][half]["rows"] if not r["hit"]]
            if half == "tuning":
                out.append(f"Missed on the tuning half ({len(missed)}): " + (", ".join(missed) or "none"))
        out.append("")

    out += ["## (d) dropped clause", "",
            "| half | eligible pairs | injected | flagged (any new finding) |", "|---|---:|---:|---:|"]
    for half in HALVES:
        rows = clause[half]["rows"]
        out.append(f"| {half} | {clause[half]['eligible']} | {len(rows)} | "
                   f"{_rate(sum(r['hit'] for r in rows), len(rows))} |")
    out += ["", "By kind:", ""] + _breakdown(clause, "kind") + [""]
    out += ["By whether the dropped words hold a digit:", ""] + _breakdown(clause, "figure") + [""]
    out += ["Rules with a new finding on the modified pair (injections; one injection may count for several "
            "rules):", "", "| rule | tuning | checking |", "|---|---:|---:|"]
    rules = sorted({rule for half in HALVES for row in clause[half]["rows"] for rule in row["new"]})
    for rule in rules:
        out.append(f"| {rule} | " + " | ".join(str(sum(rule in r["new"] for r in clause[h]["rows"]))
                                                for h in HALVES) + " |")
    out.append("")

    out += ["## (e) dropped sentence, `--fast` document mode", "",
            "| half | windows | injected | TQA030 on dropped line | any omission finding on it | any finding on it "
            "| TQA030 anywhere | unmodified windows with an omission finding |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for half in HALVES:
        rows = sentence[half]["rows"]
        n = len(rows)
        base = sum(bool(r["base omission"]) for r in rows)
        out.append(f"| {half} | {sentence[half]['eligible']} | {n} | {_rate(sum(r['tqa030'] for r in rows), n)} | "
                   f"{_rate(sum(r['omission'] for r in rows), n)} | {_rate(sum(r['any'] for r in rows), n)} | "
                   f"{_rate(sum(r['tqa030 anywhere'] for r in rows), n)} | {_rate(base, n)} |")
    out += ["", "Rules naming the dropped line (windows):", "", "| rule | tuning | checking |", "|---|---:|---:|"]
    rules = sorted({rule for half in HALVES for row in sentence[half]["rows"] for rule in row["rules"]})
    for rule in rules:
        out.append(f"| {rule} | " + " | ".join(str(sum(bool(r["rules"][rule]) for r in sentence[h]["rows"]))
                                                for h in HALVES) + " |")
    out.append("")
    return "\n".join(out)


def report_default(alarms, injected, args, elapsed) -> str:
    """The default-mode report: false alarms and (a)-(c), any severity and at major."""
    names = {"un-negate": "(a) un-negate", "negate": "(b) negate", "direction": "(c) direction swap"}
    out = ["# Critical meaning errors in the default mode (issue 12)", "",
           f"`benchmarks/eval_critical.py --default` (seed {args.seed}, at most {args.sample} injections per class "
           f"and half, {elapsed:.0f} s): as `critical.md`, but every check runs in the default mode (embeddings, "
           "word alignment for TQA050's word-by-word confirmation). Dropped clauses and sentences are measured "
           "in `critical.md` only.", "",
           "| class | tuning | checking | tuning, at major | checking, at major |", "|---|---:|---:|---:|---:|"]
    for cls, label in names.items():
        cells = [_rate(sum(r["hit"] for r in injected[cls][h]["rows"]), len(injected[cls][h]["rows"])) for h in HALVES]
        cells += [_rate(sum(r["major"] for r in injected[cls][h]["rows"]), len(injected[cls][h]["rows"]))
                  for h in HALVES]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out += ["", "| half | pairs | meaning findings | per 100 | at major | per 100 |", "|---|---:|---:|---:|---:|---:|"]
    for half in HALVES:
        pairs, found, major = alarms[half]["pairs"], len(alarms[half]["findings"]), len(alarms[half]["major"])
        out.append(f"| {half} | {pairs} | {found} | {100 * found / pairs:.2f} | {major} | {100 * major / pairs:.2f} |")
    out += ["", "Findings (set:line, rule): " + "; ".join(
        f"{half}: " + (", ".join(f"{n}:{l} {r}" for n, l, r in alarms[half]["findings"]) or "none") for half in HALVES)]
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--sample", type=int, default=200, help="injections per class and half (at most)")
    parser.add_argument("--show", type=int, default=0, help="print N injected examples per class (terminal only)")
    parser.add_argument("--output", default=None)
    parser.add_argument("--default", action="store_true",
                        help="the default mode (models loaded) for the false alarms and (a)-(c) only; "
                             "writes results/critical_default.md")
    args = parser.parse_args(argv)
    global FAST
    FAST = not args.default
    args.output = args.output or str(RESULTS_DEFAULT if args.default else RESULTS)
    if not clean_sets_present():
        print(f"shared data not found at {DATA}; skipping the critical-error evaluation")
        return 0
    began = time.time()
    data: dict = {}
    for name in CLEAN:
        korean, english = load(name)
        data[name] = (korean, english, split(name))
        data[name + ":ids"] = document_ids(name)
    alarms = false_alarms(data)
    flagged = {(name, line) for half in HALVES for name, line, _ in alarms[half]["findings"]}
    injected = inject_polarity_direction(data, flagged, args.sample, args.seed, args.show)
    if args.default:
        text = report_default(alarms, injected, args, time.time() - began)
        write_keeping_notes(Path(args.output), text)
        print(f"wrote {args.output}")
        return 0
    clause = inject_dropped_clause(data, args.sample, args.seed, args.show)
    sentence = inject_dropped_sentence(data, args.sample, args.seed, args.show)
    text = report(data, alarms, injected, clause, sentence, args, time.time() - began)
    output = Path(args.output)
    write_keeping_notes(output, text)  # the session notes of critical.md are kept
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
