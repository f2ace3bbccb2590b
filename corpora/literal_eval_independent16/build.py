#!/usr/bin/env python3
"""Set 16 (helper lit16, 2026-12-08). Assemble the hand-written entries (entries_*.py) into pairs.tsv.

Each entries file calls four helpers:
  I(korean, literal_en, good_en, category, form, register, note)   idiom group: one literal + one good row
  S(korean, image_en, plain_en, category, form, register, note)    same-image group: two good rows
                                                                    (note gets "image idiomatic in English; ")
  M(korean, good_en_1, good_en_2, form, register, words)           near miss: idiom's words used literally, two good rows
                                                                    (note "near miss: literal use of an idiom's words (WORDS)")
  C(korean, english, form, register, topic)                        control: plain sentence, one good row
                                                                    (note "control: plain sentence, no idiom (TOPIC)")
Files are read in name order; groups are numbered in that order, so each kind gets one contiguous id range
(entries_1..6 idioms, entries_7 same-image, entries_8 near misses, entries_9 controls).
"""
import collections, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"body-part", "food", "animal", "household", "proverb", "four-char",
        "slang/neologism", "figurative-verb", "emotion", "honorific-formula",
        "set-phrase", "other"}
FORMS = {"base", "past", "passive", "causative", "negated", "nominalised",
         "adnominal", "split", "honorific", "question"}
REGS = {"news", "dialogue", "fiction", "web", "business", "sports", "textbook"}
PREFIX = {"idiom": "idiom: ",
          "same": "image idiomatic in English; ",
          "near": "near miss: literal use of an idiom's words (",
          "control": "control: plain sentence, no idiom ("}
GROUPS = []  # list of (kind, rows); rows = list of (korean, english, label, cat, form, reg, note)


def _chk(cat, form, reg):
    assert cat in CATS, cat
    assert form in FORMS, form
    assert reg in REGS, reg


def I(ko, lit, good, cat, form, reg, note):
    _chk(cat, form, reg)
    note = "idiom: " + note
    GROUPS.append(("idiom", [(ko, lit, "literal", cat, form, reg, note),
                             (ko, good, "good", cat, form, reg, note)]))


def S(ko, img, plain, cat, form, reg, note):
    _chk(cat, form, reg)
    note = "image idiomatic in English; " + note
    GROUPS.append(("same", [(ko, img, "good", cat, form, reg, note),
                            (ko, plain, "good", cat, form, reg, note)]))


def M(ko, en1, en2, form, reg, words):
    _chk("other", form, reg)
    note = "near miss: literal use of an idiom's words (" + words + ")"
    GROUPS.append(("near", [(ko, en1, "good", "other", form, reg, note),
                            (ko, en2, "good", "other", form, reg, note)]))


def C(ko, en, form, reg, topic):
    _chk("other", form, reg)
    note = "control: plain sentence, no idiom (" + topic + ")"
    GROUPS.append(("control", [(ko, en, "good", "other", form, reg, note)]))


def main():
    env = {"I": I, "S": S, "M": M, "C": C}
    for path in sorted(glob.glob(os.path.join(HERE, "entries_*.py"))):
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), env)
    seen = set()
    out = ["\t".join(["id", "group", "korean", "english", "label", "category", "form", "register", "note"])]
    n = 0
    ranges = collections.OrderedDict()
    for gi, (kind, rows) in enumerate(GROUPS, 1):
        ko = rows[0][0]
        assert ko not in seen, "duplicate Korean: " + ko
        seen.add(ko)
        ens = [r[1] for r in rows]
        assert len(set(ens)) == len(ens), "same English twice in one group: " + ko
        assert any("\uac00" <= ch <= "\ud7a3" for ch in ko), "no Hangul in Korean cell: " + ko
        assert rows[0][6].startswith(PREFIX[kind]), rows[0][6]
        for other_kind, p in PREFIX.items():
            if other_kind != kind:
                assert not rows[0][6].startswith(p), rows[0][6]
        lo, hi = ranges.get(kind, (gi, gi))
        assert hi in (gi, gi - 1), "kind %s not contiguous at group %d" % (kind, gi)
        ranges[kind] = (lo, gi)
        for r in rows:
            n += 1
            cells = ["IR16-%04d" % n, "IG16-%03d" % gi] + list(r)
            for c in cells:
                assert c and c.strip() and c == c.strip(), repr(c)
                assert "\t" not in c and "\n" not in c and "\r" not in c, repr(c)
            out.append("\t".join(cells))
    with open(os.path.join(HERE, "pairs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    # statistics
    kinds = collections.Counter(k for k, _ in GROUPS)
    rows = [r for _, rs in GROUPS for r in rs]
    print("groups", len(GROUPS), dict(kinds), "rows", len(rows))
    for kind, (lo, hi) in ranges.items():
        print("range %-8s IG16-%03d .. IG16-%03d (%d groups)" % (kind, lo, hi, hi - lo + 1))
    for idx, name in ((2, "label"), (3, "category"), (4, "form"), (5, "register")):
        print(name, collections.Counter(r[idx] for r in rows).most_common())
    lit = [r for r in rows if r[2] == "literal"]
    print("literal rows by register", collections.Counter(r[5] for r in lit).most_common())
    print("non-base rows", sum(1 for r in rows if r[4] != "base"))


if __name__ == "__main__":
    main()
