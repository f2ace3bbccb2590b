#!/usr/bin/env python3
"""Build errors.tsv from src_txt/errors_*.txt (format: 'class || ko || en_wrong || en_right || note')."""
import glob, os
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for fn in sorted(glob.glob(os.path.join(here, 'src_txt', 'errors_*.txt'))):
    for raw in open(fn, encoding='utf-8'):
        s = raw.strip()
        if not s:
            continue
        parts = [x.strip() for x in s.split('||')]
        assert len(parts) == 5 and all(parts) and '\t' not in s, s
        assert parts[2] != parts[3], s
        rows.append(parts)
with open(os.path.join(here, 'errors.tsv'), 'w', encoding='utf-8') as f:
    f.write('id\tclass\tko\ten_wrong\ten_right\tnote\n')
    for i, r in enumerate(rows, 1):
        f.write('\t'.join(['e%03d' % i] + r) + '\n')
print(len(rows), 'rows')
