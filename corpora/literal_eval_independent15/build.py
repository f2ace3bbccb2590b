#!/usr/bin/env python3
"""Set 15 (helper lit15, 2026-12-07/08). Assemble the hand-written entries (entries_*.py) into pairs.tsv.

Adapted from set 6's build.py. Each entries file calls four helpers:
  I(korean, literal_en, good_en, category, form, register, note)   idiom group: literal + good
  N(korean, image_en, plain_en, category, form, register, note)    same-image group: two good rows
                                                                    (note prefixed "image idiomatic in English; ")
  L(korean, english, form, register, idiom)                         near miss: an idiom's words in their plain
                                                                    sense, one good row (note prefixed
                                                                    "near miss: literal use of an idiom's words (...)")
  C(korean, english, form, register, topic)                         plain-use control: no idiom, one good row
                                                                    (note "control: plain sentence, no idiom (...)")
"""
import collections, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"body-part", "food", "animal", "household", "proverb", "four-char",
        "slang/neologism", "figurative-verb", "emotion", "other"}
FORMS = {"base", "past", "passive", "causative", "negated", "nominalised",
         "adnominal", "split", "honorific", "question"}
REGS = {"news", "dialogue", "textbook", "web"}
GROUPS = []  # list of (kind, rows) where rows = list of (korean, english, label, cat, form, reg, note)


def _chk(cat, form, reg):
    assert cat in CATS, cat
    assert form in FORMS, form
    assert reg in REGS, reg


def I(ko, lit, good, cat, form, reg, note):
    _chk(cat, form, reg)
    GROUPS.append(("idiom", [(ko, lit, "literal", cat, form, reg, note),
                             (ko, good, "good", cat, form, reg, note)]))


def N(ko, img, plain, cat, form, reg, note):
    _chk(cat, form, reg)
    note = "image idiomatic in English; " + note
    GROUPS.append(("same-image", [(ko, img, "good", cat, form, reg, note),
                                  (ko, plain, "good", cat, form, reg, note)]))


def L(ko, en, form, reg, idiom):
    _chk("other", form, reg)
    note = "near miss: literal use of an idiom's words (%s)" % idiom
    GROUPS.append(("near-miss", [(ko, en, "good", "other", form, reg, note)]))


def C(ko, en, form, reg, topic):
    _chk("other", form, reg)
    note = "control: plain sentence, no idiom (%s)" % topic
    GROUPS.append(("control", [(ko, en, "good", "other", form, reg, note)]))


def main():
    env = {"I": I, "N": N, "L": L, "C": C}
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
        first = n + 1
        for r in rows:
            n += 1
            cells = ["IR15-%04d" % n, "IG15-%03d" % gi] + list(r)
            for c in cells:
                assert c and c == c.strip(), repr(c)
                assert "\t" not in c and "\n" not in c and "\r" not in c, repr(c)
            out.append("\t".join(cells))
        ranges.setdefault(kind, []).append((gi, first, n))
    with open(os.path.join(HERE, "pairs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    # statistics
    kinds = collections.Counter(k for k, _ in GROUPS)
    rows = [r for _, rs in GROUPS for r in rs]
    print("groups", len(GROUPS), dict(kinds), "rows", len(rows))
    for kind, rs in ranges.items():
        gs = [g for g, _, _ in rs]
        contiguous = gs == list(range(gs[0], gs[-1] + 1))
        print("%s: groups IG15-%03d..IG15-%03d, rows IR15-%04d..IR15-%04d%s"
              % (kind, gs[0], gs[-1], rs[0][1], rs[-1][2], "" if contiguous else " (NOT contiguous)"))
    for idx, name in ((2, "label"), (3, "category"), (4, "form"), (5, "register")):
        print(name, collections.Counter(r[idx] for r in rows).most_common())
    lit = [r for r in rows if r[2] == "literal"]
    print("literal rows by register", collections.Counter(r[5] for r in lit).most_common())
    dw = sum(1 for r in rows if r[5] in ("dialogue", "web"))
    print("dialogue+web share %.1f%%" % (100.0 * dw / len(rows)))
    print("non-base rows", sum(1 for r in rows if r[4] != "base"))


if __name__ == "__main__":
    main()
