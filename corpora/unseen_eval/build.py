"""Build clean.tsv and errors.tsv from the plain-text batch files in src_batches/.

clean batches (clean_*.txt): a line '#doc ID DOMAIN' starts a document; every other
non-empty line is 'KOREAN || ENGLISH'.
error batches (errors_*.txt): each non-empty line is
'CLASS || KO || EN_WRONG || EN_RIGHT || NOTE'.
"""
import csv, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def clean_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src_batches', 'clean_*.txt'))):
        doc = dom = None
        line_no = 0
        for raw in open(path, encoding='utf-8'):
            raw = raw.rstrip('\n')
            if not raw.strip():
                continue
            if raw.startswith('#doc '):
                _, doc, dom = raw.split()
                line_no = 0
                continue
            parts = raw.split(' || ')
            if len(parts) != 2 or doc is None:
                sys.exit(f'bad line in {path}: {raw!r}')
            line_no += 1
            rows.append([doc, str(line_no), dom, parts[0].strip(), parts[1].strip()])
    return rows


def error_rows():
    rows = []
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, 'src_batches', 'errors_*.txt'))):
        for raw in open(path, encoding='utf-8'):
            raw = raw.rstrip('\n')
            if not raw.strip() or raw.startswith('#'):
                continue
            parts = [p.strip() for p in raw.split(' || ')]
            if len(parts) != 5:
                sys.exit(f'bad line in {path}: {raw!r}')
            n += 1
            rows.append([f'e{n:03d}'] + parts)
    return rows


def write(name, header, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            for field in r:
                assert '\t' not in field and '\n' not in field and field, (name, r)
            f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    c = clean_rows()
    write('clean.tsv', ['doc', 'line', 'domain', 'ko', 'en'], c)
    e = error_rows()
    write('errors.tsv', ['id', 'class', 'ko', 'en_wrong', 'en_right', 'note'], e)
    from collections import Counter
    docs = {}
    for r in c:
        docs.setdefault(r[0], r[2])
    print('clean pairs', len(c), 'docs', len(docs), dict(Counter(docs.values())))
    print('lines per domain', dict(Counter(r[2] for r in c)))
    print('errors', len(e), dict(Counter(r[1] for r in e)))
