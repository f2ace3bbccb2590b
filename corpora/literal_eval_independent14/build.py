#!/usr/bin/env python3
"""Set 14 (helper lit14, 2026-12-07/08). Assemble the hand-written entries (entries_*.py) into pairs.tsv.

Adapted from set 6's build.py (same columns, categories, forms, registers and labels).
Each entries file calls four helpers:
  I(korean, literal_en, good_en, category, form, register, note)   idiom group: literal + good
  N(korean, image_en, plain_en, category, form, register, note)    same-image group: two good rows
  M(korean, english, form, register, words)                         near miss: the words of an idiom used
                                                                     literally; one good row, category other
  P(korean, english, form, register, domain)                        plain-use control: plain sentence, no idiom;
                                                                     one good row, category other
Idiom notes start with "everyday;" or "less common;" then the domain, then the expression and its meaning.
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
    assert note.startswith(("everyday; ", "less common; ")), note
    GROUPS.append(("idiom", [(ko, lit, "literal", cat, form, reg, note),
                             (ko, good, "good", cat, form, reg, note)]))


def N(ko, img, plain, cat, form, reg, note):
    _chk(cat, form, reg)
    note = "image idiomatic in English; " + note
    GROUPS.append(("same-image", [(ko, img, "good", cat, form, reg, note),
                                  (ko, plain, "good", cat, form, reg, note)]))


def M(ko, en, form, reg, words):
    _chk("other", form, reg)
    GROUPS.append(("near-miss", [(ko, en, "good", "other", form, reg,
                                  "near miss: literal use of an idiom's words (%s)" % words)]))


def P(ko, en, form, reg, domain):
    _chk("other", form, reg)
    GROUPS.append(("control", [(ko, en, "good", "other", form, reg,
                                "control: plain sentence, no idiom (%s)" % domain)]))


def main():
    env = {"I": I, "N": N, "M": M, "P": P}
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
        for r in rows:
            n += 1
            cells = ["IR14-%04d" % n, "IG14-%03d" % gi] + list(r)
            for c in cells:
                assert c and c == c.strip(), repr(c)
                assert "\t" not in c and "\n" not in c and "\r" not in c, repr(c)
            out.append("\t".join(cells))
            rg = ranges.setdefault(kind, [])
            if rg and rg[-1][1][0] == gi - 1 or rg and rg[-1][1][0] == gi:
                rg[-1][1] = (gi, n)
            else:
                rg.append([(gi, n), (gi, n)])
    with open(os.path.join(HERE, "pairs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    # statistics
    kinds = collections.Counter(k for k, _ in GROUPS)
    rows = [r for _, rs in GROUPS for r in rs]
    print("groups", len(GROUPS), dict(kinds), "rows", len(rows))
    for kind, rg in ranges.items():
        print("range", kind, ", ".join("IG14-%03d..IG14-%03d (IR14-%04d..IR14-%04d)" % (a[0], b[0], a[1], b[1]) for a, b in rg))
    for idx, name in ((2, "label"), (3, "category"), (4, "form"), (5, "register")):
        print(name, collections.Counter(r[idx] for r in rows).most_common())
    dw = sum(1 for r in rows if r[5] in ("dialogue", "web"))
    print("dialogue+web share %.1f%%" % (100.0 * dw / len(rows)))
    print("non-base rows", sum(1 for r in rows if r[4] != "base"))
    idi = [rs[0] for k, rs in GROUPS if k == "idiom"]
    print("idiom groups by frequency", collections.Counter(r[6].split(";")[0] for r in idi).most_common())
    print("idiom groups by domain", collections.Counter(r[6].split(";")[1].strip() for r in idi).most_common())
    print("literal rows by register", collections.Counter(r[5] for r in rows if r[2] == "literal").most_common())


if __name__ == "__main__":
    main()
