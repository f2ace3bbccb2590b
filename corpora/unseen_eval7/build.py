import glob
from collections import Counter
rows=[]
for f in sorted(glob.glob('src_clean_*.txt')):
    doc=dom=None;n=0
    for l in open(f,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip(): continue
        if l.startswith('## '):
            _,doc,dom=l.split(' ',2);n=0;continue
        p=[x.strip() for x in l.split(' || ')]
        assert len(p)==2,l
        n+=1;rows.append([doc,str(n),dom,p[0],p[1]])
with open('clean.tsv','w',encoding='utf-8') as o:
    o.write('doc\tline\tdomain\tko\ten\n')
    for r in rows:
        assert all('\t' not in x and x for x in r),r
        o.write('\t'.join(r)+'\n')
er=[]
for f in sorted(glob.glob('src_err_*.txt')):
    for l in open(f,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip(): continue
        p=[x.strip() for x in l.split(' || ')]
        assert len(p)==5,l
        assert all('\t' not in x and x for x in p),p
        assert p[2]!=p[3],p
        er.append(p)
with open('errors.tsv','w',encoding='utf-8') as o:
    o.write('id\tclass\tko\ten_wrong\ten_right\tnote\n')
    for i,p in enumerate(er,1):
        o.write('\t'.join(['v7e%02d'%i]+p)+'\n')
print(len(rows),'clean rows;',dict(Counter(p[0] for p in er)))
print(Counter(r[0] for r in rows))
print(Counter(r[2] for r in rows))
