"""Build an unseen evaluation set's TSVs from its hand-written sources (sets 4 onwards).

Sources, in the set's folder: ``src_clean_*.txt`` — a ``## DOC DOMAIN`` line starts a document,
then one ``korean || english`` line per pair — and ``src_err_*.txt`` — one
``class || korean || wrong english || right english || note`` line per planted error.
Writes ``clean.tsv`` (doc, line, domain, ko, en) and ``errors.tsv`` (id, class, ko, en_wrong,
en_right, note; ids ``PREFIX01`` …), refusing a tab, an empty field, a wrong English equal to the
right one, or (``lines``) a document of another length. Each set's ``build.py`` calls :func:`build`.
"""
from __future__ import annotations

import glob
import os
from collections import Counter


def _lines(pattern: str):
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.rstrip("\n")
                if line.strip():
                    yield line


def build(folder: str, error_prefix: str, lines: int | None = None) -> None:
    os.chdir(folder)
    rows, document, domain, number = [], None, None, 0
    for line in _lines("src_clean_*.txt"):
        if line.startswith("## "):
            _, document, domain = line.split(" ", 2)
            number = 0
            continue
        parts = [part.strip() for part in line.split(" || ")]
        assert len(parts) == 2, line
        number += 1
        rows.append([document, str(number), domain, *parts])
    for row in rows:
        assert all("\t" not in field and field for field in row), row
    documents = Counter(row[0] for row in rows)
    assert lines is None or all(count == lines for count in documents.values()), documents
    with open("clean.tsv", "w", encoding="utf-8") as out:
        out.write("doc\tline\tdomain\tko\ten\n")
        out.writelines("\t".join(row) + "\n" for row in rows)
    errors = []
    for line in _lines("src_err_*.txt"):
        parts = [part.strip() for part in line.split(" || ")]
        assert len(parts) == 5, line
        assert all("\t" not in field and field for field in parts), parts
        assert parts[2] != parts[3], parts
        errors.append(parts)
    with open("errors.tsv", "w", encoding="utf-8") as out:
        out.write("id\tclass\tko\ten_wrong\ten_right\tnote\n")
        out.writelines("\t".join([f"{error_prefix}{index:02d}", *parts]) + "\n" for index, parts in enumerate(errors, 1))
    print(len(rows), "clean rows;", len(documents), "documents;", len(errors), "errors;",
          dict(Counter(parts[0] for parts in errors)))
