"""HTML report: one self-contained page (inline CSS and a few lines of inline JS, no
external assets) for an editor. Per document: a summary, skipped checks, the names
table when present, then every aligned pair with source and target side by side, issue
spans highlighted by severity, and the pair's issues (rule, message, suggestion) below.

Every piece of text from the documents is escaped; nothing from the input is ever
written into the page unescaped.
"""
from __future__ import annotations

from html import escape

from .. import __version__
from ..document import SEVERITIES, SEVERITY_RANK, Document, Issue, Segment
from .common import issues_by_link, place, segment_by_id

STYLE = """
:root { --critical:#7f1d1d; --major:#dc2626; --minor:#d97706; --info:#2563eb; }
body { font: 14px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1f2937; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; } h3 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #e5e7eb; padding: .3rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f4f6; }
td.num { width: 3rem; color: #6b7280; white-space: nowrap; }
td.score { width: 4rem; color: #6b7280; }
td.src, td.tgt { width: 45%; }
tr.link.clean td { color: #4b5563; }
tr.issues td { background: #fafafa; border-top: none; }
mark { padding: 0 1px; border-radius: 2px; }
mark.critical { background: #fecaca; outline: 2px solid var(--critical); }
mark.major { background: #fecaca; }
mark.minor { background: #fde68a; }
mark.info { background: #dbeafe; }
.badge { display: inline-block; min-width: 4.2rem; padding: 0 .35rem; border-radius: 3px;
         color: #fff; font-size: 12px; text-align: center; }
.badge.critical { background: var(--critical); } .badge.major { background: var(--major); }
.badge.minor { background: var(--minor); } .badge.info { background: var(--info); }
ul.issue-list { margin: 0; padding-left: 1rem; list-style: none; }
ul.issue-list li { margin: .15rem 0; }
code { font-size: 12px; background: #f3f4f6; padding: 0 .2rem; }
.suggestion { color: #047857; }
.unaligned { color: #9ca3af; font-style: italic; }
.summary span { margin-right: 1rem; }
body.only-issues tr.link.clean { display: none; }
"""

SCRIPT = """
document.getElementById('only-issues').addEventListener('change', function (e) {
  document.body.classList.toggle('only-issues', e.target.checked);
});
"""


def _highest(issues: list[Issue]) -> str:
    return max((issue.severity for issue in issues), key=lambda s: SEVERITY_RANK.get(s, 0))


def highlight(segment: Segment, marks: list[tuple[int, int, Issue]]) -> str:
    """The segment text, escaped, with each marked stretch wrapped in ``<mark>``.
    Overlapping spans are cut at every boundary; a piece takes the highest severity of
    the issues covering it and lists their rules in its title."""
    text = segment.text
    cuts = sorted({0, len(text)} | {max(0, min(b, len(text))) for s, e, _ in marks for b in (s, e)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [issue for s, e, issue in marks if s <= start and end <= e and s < e]
        chunk = escape(text[start:end])
        if covering:
            severity = _highest(covering)
            title = "; ".join(f"{i.rule} {i.severity}: {i.message}" for i in covering)
            pieces.append(f'<mark class="{severity}" title="{escape(title)}">{chunk}</mark>')
        else:
            pieces.append(chunk)
    return "".join(pieces)


def _side_html(document: Document, ids: tuple[int, ...], issues: list[Issue], side: str) -> str:
    segments = document.source_segments if side == "source" else document.target_segments
    if not ids:
        return '<span class="unaligned">(nothing aligned)</span>'
    parts = []
    for segment_id in ids:
        segment = segment_by_id(segments, segment_id)
        if segment is None:
            continue
        marks = []
        for issue in issues:
            where = place(document, issue, side)
            span = issue.source_span if side == "source" else issue.target_span
            if where and span is not None and where.segment.id == segment_id and where.end > where.start:
                marks.append((where.start, where.end, issue))
        parts.append(highlight(segment, marks))
    return " ".join(parts)


def _issue_item(issue: Issue) -> str:
    parts = [f'<span class="badge {escape(issue.severity)}">{escape(issue.severity)}</span>',
             f"<code>{escape(issue.rule)}</code>", f"[{escape(issue.check)}]", escape(issue.message)]
    if issue.suggestion:
        parts.append(f'<span class="suggestion">→ {escape(issue.suggestion)}</span>')
    if issue.confidence is not None:
        parts.append(f'<small>(confidence {issue.confidence:.2f})</small>')
    return "<li>" + " ".join(parts) + "</li>"


def _summary(document: Document) -> str:
    summary = document.summary()
    by_severity = " ".join(
        f'<span><span class="badge {s}">{s}</span> {summary["by_severity"].get(s, 0)}</span>'
        for s in SEVERITIES)
    by_check = ", ".join(f"{escape(check)} {count}" for check, count in sorted(summary["by_check"].items()))
    return (f'<p class="summary"><strong>{summary["issues"]} issue(s)</strong> in '
            f'{len(document.links)} aligned pair(s). {by_severity}</p>'
            + (f"<p>By check: {by_check}</p>" if by_check else ""))


def _plain(value) -> str:
    """A table value as readable text: lists joined, a ``{"text", "count", …}`` record
    (e.g. one rendering of a name) as ``text ×count (other: values)``."""
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(item) for item in value) if any(isinstance(i, dict) for i in value) \
            else ", ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        head = str(value.get("text", ""))
        if "count" in value:
            head += f" ×{value['count']}"
        rest = ", ".join(f"{key.replace('_', ' ')} {_plain(item)}" for key, item in value.items()
                         if key not in ("text", "count"))
        return f"{head} ({rest})" if head and rest else head or rest
    return "" if value is None else str(value)


def _cell(value) -> str:
    return escape(_plain(value))


def table_html(rows: list[dict]) -> str:
    """A table of dict rows; columns are the union of their keys in first-seen order."""
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    head = "".join(f"<th>{escape(str(column))}</th>" for column in columns)
    body = "".join("<tr>" + "".join(f"<td>{_cell(row.get(column))}</td>" for column in columns) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pairs_table(document: Document) -> str:
    grouped, loose = issues_by_link(document)
    rows = []
    for index, link in enumerate(document.links):
        issues = grouped.get(index, [])
        score = "" if link.score is None else f"{link.score:.2f}"
        label = f"{index + 1}"
        rows.append(
            f'<tr class="link {"flagged" if issues else "clean"}" id="pair-{index + 1}">'
            f'<td class="num">{label}</td>'
            f'<td class="src" lang="ko">{_side_html(document, link.source, issues, "source")}</td>'
            f'<td class="tgt" lang="en">{_side_html(document, link.target, issues, "target")}</td>'
            f'<td class="score">{score}</td></tr>')
        if issues:
            items = "".join(_issue_item(issue) for issue in issues)
            rows.append(f'<tr class="issues link flagged"><td></td><td colspan="3">'
                        f'<ul class="issue-list">{items}</ul></td></tr>')
    html = ('<table class="pairs"><thead><tr><th>#</th><th>Source</th><th>Target</th>'
            '<th>Score</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
    if loose:
        html += ("<h3>Document-level issues</h3><ul class=\"issue-list\">"
                 + "".join(_issue_item(issue) for issue in loose) + "</ul>")
    return html


def _document_html(number: int, document: Document) -> str:
    source = escape(document.source_path or "(source)")
    target = escape(document.target_path or "(target)")
    parts = [f'<section class="document" id="document-{number}">',
             f"<h2>{source} → {target}</h2>", _summary(document)]
    if document.skipped:
        items = "".join(f"<li><code>{escape(code)}</code>: {escape(reason)}</li>"
                        for code, reason in sorted(document.skipped.items()))
        parts.append(f"<h3>Skipped checks</h3><ul>{items}</ul>")
    for name, rows in document.tables.items():
        if rows:
            parts.append(f"<h3>{escape(name.capitalize())} table</h3>{table_html(rows)}")
    parts.append(_pairs_table(document))
    parts.append("</section>")
    return "\n".join(parts)


def render(documents: list[Document], **_options) -> str:
    total = sum(len(document.issues) for document in documents)
    body = "\n".join(_document_html(number, document) for number, document in enumerate(documents, 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tqa {escape(__version__)}">
<title>tqa report: {total} issue(s)</title>
<style>{STYLE}</style>
</head>
<body>
<h1>tqa translation QA report</h1>
<p>{len(documents)} document(s), {total} issue(s).
<label><input type="checkbox" id="only-issues"> show only pairs with issues</label></p>
{body}
<script>{SCRIPT}</script>
</body>
</html>
"""
