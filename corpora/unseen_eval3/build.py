import glob, csv, sys
rows=[]
for f in sorted(glob.glob('src_txt/clean_*.txt')):
    doc=dom=None; n=0
    for ln in open(f,encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        if ln.startswith('## '):
            _,doc,dom=ln.split(' ',2); n=0; continue
        ko,en=[x.strip() for x in ln.split('|||')]
        n+=1; rows.append((doc,str(n),dom,ko,en))
with open('clean.tsv','w',encoding='utf-8') as o:
    o.write('doc\tline\tdomain\tko\ten\n')
    for r in rows: o.write('\t'.join(r)+'\n')
erows=[]
for f in sorted(glob.glob('src_txt/errors_*.txt')):
    cls=None; n=0
    for ln in open(f,encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        if ln.startswith('## '):
            cls=ln[3:].strip(); n=0; continue
        p=[x.strip() for x in ln.split('|||')]
        assert len(p)==4, ln
        n+=1; erows.append((f'{cls}_{n:02d}',cls)+tuple(p))
with open('errors.tsv','w',encoding='utf-8') as o:
    o.write('id\tclass\tko\ten_wrong\ten_right\tnote\n')
    for r in erows: o.write('\t'.join(r)+'\n')
# check
from collections import Counter
for fn,nc in (('clean.tsv',5),('errors.tsv',6)):
    L=open(fn,encoding='utf-8').read().split('\n')
    assert L[-1]==''
    for i,l in enumerate(L[:-1]):
        f=l.split('\t'); assert len(f)==nc,(fn,i,l); assert all(x.strip() for x in f),(fn,i,l)
print(len(rows),'clean;', Counter(r[2] for r in rows)); print(Counter(r[0] for r in rows))
print(len(erows),'errors;',Counter(r[1] for r in erows))
for r in erows:
    if r[3]==r[4]: print('SAME',r[0])
