#!/usr/bin/env python3
"""Set 12 (helper lit12, 2026-12-07). Assemble the hand-written entries (entries_*.py) into pairs.tsv.

Adapted from set 6's build.py. Each entries file calls four helpers:
  I(korean, literal_en, good_en, category, form, register, domain, note, good2=None)
      idiom group: one `literal` row and one or two `good` rows
  N(korean, image_en, plain_en, category, form, register, domain, note)
      shared-image group: the Korean image is also an English idiom; two `good` rows
      (the image kept, and a plain rendering); note starts "image idiomatic in English;"
  M(korean, english, category, form, register, domain, note)
      near miss: idiom-looking words used literally; one `good` row that renders them
      literally; note starts "near miss, literal use;"
  C(korean, english, form, register)
      plain-use control: no idiom at all; one `good` row, category `other`,
      note "plain use, no idiom"
`domain` is a finer topic tag (see DOMAINS); it is written into the note as "domain=...".
"""
import collections, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"body-part", "food", "animal", "household", "proverb", "four-char",
        "slang/neologism", "figurative-verb", "emotion", "other"}
FORMS = {"base", "past", "passive", "causative", "negated", "nominalised",
         "adnominal", "split", "honorific", "question"}
REGS = {"news", "dialogue", "textbook", "web"}
DOMAINS = {"body", "food", "animal", "household", "clothing", "weather-nature", "colour",
           "number", "proverb", "four-char", "news-bureaucratic", "slang-internet", "konglish",
           "spoken", "sports", "business"}
PREFIX_ID, PREFIX_GROUP = "IR12-", "IG12-"
GROUPS = []  # list of (kind, domain, rows); rows = list of (korean, english, label, cat, form, reg, note)


def _chk(cat, form, reg, dom="spoken"):
    assert cat in CATS, cat
    assert form in FORMS, form
    assert reg in REGS, reg
    assert dom in DOMAINS, dom


def I(ko, lit, good, cat, form, reg, dom, note, good2=None):
    _chk(cat, form, reg, dom)
    note = "domain=%s; %s" % (dom, note)
    rows = [(ko, lit, "literal", cat, form, reg, note), (ko, good, "good", cat, form, reg, note)]
    if good2:
        rows.append((ko, good2, "good", cat, form, reg, note))
    GROUPS.append(("idiom", dom, rows))


def N(ko, img, plain, cat, form, reg, dom, note):
    _chk(cat, form, reg, dom)
    note = "image idiomatic in English; domain=%s; %s" % (dom, note)
    GROUPS.append(("shared-image", dom, [(ko, img, "good", cat, form, reg, note),
                                         (ko, plain, "good", cat, form, reg, note)]))


def M(ko, en, cat, form, reg, dom, note):
    _chk(cat, form, reg, dom)
    note = "near miss, literal use; domain=%s; %s" % (dom, note)
    GROUPS.append(("near-miss", dom, [(ko, en, "good", cat, form, reg, note)]))


def C(ko, en, form, reg):
    _chk("other", form, reg)
    GROUPS.append(("control", "-", [(ko, en, "good", "other", form, reg, "plain use, no idiom")]))


def main():
    env = {"I": I, "N": N, "M": M, "C": C}
    for path in sorted(glob.glob(os.path.join(HERE, "entries_*.py"))):
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), env)
    seen = set()
    out = ["\t".join(["id", "group", "korean", "english", "label", "category", "form", "register", "note"])]
    n = 0
    for gi, (kind, dom, rows) in enumerate(GROUPS, 1):
        ko = rows[0][0]
        assert ko not in seen, "duplicate Korean: " + ko
        seen.add(ko)
        ens = [r[1] for r in rows]
        assert len(set(ens)) == len(ens), "same English twice in one group: " + ko
        assert any("\uac00" <= ch <= "\ud7a3" for ch in ko), "no Hangul in Korean cell: " + ko
        for r in rows:
            n += 1
            cells = ["%s%04d" % (PREFIX_ID, n), "%s%03d" % (PREFIX_GROUP, gi)] + list(r)
            for c in cells:
                assert c and c == c.strip(), repr(c)
                assert "\t" not in c and "\n" not in c and "\r" not in c, repr(c)
            out.append("\t".join(cells))
    with open(os.path.join(HERE, "pairs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    # statistics
    kinds = collections.Counter(k for k, _, _ in GROUPS)
    rows = [r for _, _, rs in GROUPS for r in rs]
    print("groups", len(GROUPS), dict(kinds), "rows", len(rows))
    print("rows by kind", dict(collections.Counter(k for k, _, rs in GROUPS for _ in rs)))
    print("idiom groups with two good rows", sum(1 for k, _, rs in GROUPS if k == "idiom" and len(rs) == 3))
    for idx, name in ((2, "label"), (3, "category"), (4, "form"), (5, "register")):
        print(name, collections.Counter(r[idx] for r in rows).most_common())
    print("domain (groups, excluding controls)",
          collections.Counter(d for k, d, _ in GROUPS if k != "control").most_common())
    print("domain (rows, excluding controls)",
          collections.Counter(d for k, d, rs in GROUPS if k != "control" for _ in rs).most_common())
    print("literal rows by register", collections.Counter(r[5] for r in rows if r[2] == "literal").most_common())
    dw = sum(1 for r in rows if r[5] in ("dialogue", "web"))
    print("dialogue+web share %.1f%%" % (100.0 * dw / len(rows)))
    print("non-base rows", sum(1 for r in rows if r[4] != "base"))


if __name__ == "__main__":
    main()
