import csv,sys,glob
rows=[]
for f in sorted(glob.glob('src_clean_*.txt')):
    doc=dom=None;n=0
    for l in open(f,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip(): continue
        if l.startswith('## '):
            _,doc,dom=l.split(' ',2);n=0;continue
        ko,en=[x.strip() for x in l.split(' || ')]
        n+=1;rows.append([doc,str(n),dom,ko,en])
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
        er.append(p)
with open('errors.tsv','w',encoding='utf-8') as o:
    o.write('id\tclass\tko\ten_wrong\ten_right\tnote\n')
    cnt={}
    for p in er:
        cnt[p[0]]=cnt.get(p[0],0)+1
        assert p[2]!=p[3]
        o.write('\t'.join(['e%02d'%(len(cnt) and sum(cnt.values()))]+p)+'\n')
print(len(rows),'clean rows;',cnt)
from collections import Counter
print(Counter(r[2] for r in rows))
