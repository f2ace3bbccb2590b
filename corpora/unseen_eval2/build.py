#!/usr/bin/env python3
"""Build clean.tsv from the staging files in src_txt/ (format: '# vNN domain' headers, then 'ko || en' lines)."""
import glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for fn in sorted(glob.glob(os.path.join(here, 'src_txt', 'clean_*.txt'))):
    doc = dom = None; n = 0
    for raw in open(fn, encoding='utf-8'):
        s = raw.rstrip('\n')
        if not s.strip():
            continue
        if s.startswith('# '):
            doc, dom = s[2:].split()[:2]; n = 0; continue
        ko, en = [x.strip() for x in s.split('||')]
        assert ko and en and '\t' not in ko + en, s
        n += 1
        rows.append((doc, str(n), dom, ko, en))
with open(os.path.join(here, 'clean.tsv'), 'w', encoding='utf-8') as f:
    f.write('doc\tline\tdomain\tko\ten\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
