"""Terminal report (rich): issues grouped by aligned pair, offending spans highlighted,
a names table when the names check ran, and a one-line summary. Colour only when asked
(the CLI asks when stdout is a terminal)."""
from __future__ import annotations

import io
import shutil

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..document import SEVERITIES, Document, Issue, Segment
from .common import issues_by_link

SEVERITY_STYLE = {"critical": "bold white on red", "major": "bold red", "minor": "yellow", "info": "cyan"}
SPAN_STYLE = {"critical": "reverse red", "major": "reverse red", "minor": "reverse yellow", "info": "underline cyan"}


def _highlighted(segments: list[Segment], issues: list[Issue], side: str) -> Text:
    text = Text()
    for number, segment in enumerate(segments):
        if number:
            text.append(" ")
        piece = Text(segment.text)
        for issue in issues:
            span = issue.source_span if side == "source" else issue.target_span
            ids = issue.source_segments if side == "source" else issue.target_segments
            if span is not None and ids and ids[0] == segment.id and span.end > span.start:
                piece.stylize(SPAN_STYLE[issue.severity], span.start, span.end)
        text.append_text(piece)
    return text


def _issue_line(issue: Issue) -> Text:
    line = Text("  ")
    line.append(f"{issue.severity:<8}", style=SEVERITY_STYLE[issue.severity])
    line.append(f" {issue.rule} ", style="bold")
    line.append(f"[{issue.check}] ", style="dim")
    line.append(issue.message)
    if issue.suggestion:
        line.append("  → ", style="dim")
        line.append(issue.suggestion, style="green")
    return line


def _group(document: Document) -> list[tuple[tuple[int, ...], tuple[int, ...], list[Issue]]]:
    """Issues attached to the link that holds their first segment, links in document order."""
    grouped, loose = issues_by_link(document)
    groups = [(document.links[i].source, document.links[i].target, grouped[i]) for i in sorted(grouped)]
    if loose:
        groups.append(((), (), loose))
    return groups


def _names_table(rows: list[dict]) -> Table:
    table = Table(title="Names and terms", show_lines=False, header_style="bold")
    table.add_column("Korean")
    table.add_column("kind", style="dim")
    table.add_column("renderings (count: target segments)")
    for row in rows:
        renderings = "; ".join(
            f"{r.get('text')} ({r.get('count', 0)}: {', '.join(str(s) for s in r.get('target_segments', []))})"
            for r in row.get("renderings", []))
        table.add_row(str(row.get("source", "")), str(row.get("kind", "")), renderings or "—")
    return table


def summary_line(documents: list[Document]) -> str:
    counts = {severity: 0 for severity in SEVERITIES}
    pairs = 0
    for document in documents:
        pairs += len(document.links)
        for issue in document.issues:
            counts[issue.severity] += 1
    total = sum(counts.values())
    parts = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s])
    noun = "issue" if total == 1 else "issues"
    return f"{total} {noun}" + (f" ({parts})" if parts else "") + f" in {pairs} aligned pairs"


def render(documents: list[Document], color: bool = False, width: int | None = None, **_options) -> str:
    buffer = io.StringIO()
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns if color else 100
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, soft_wrap=False)
    for document in documents:
        console.print(Text(f"{document.source_path} ↔ {document.target_path}", style="bold underline"))
        for source_ids, target_ids, issues in _group(document):
            source_segments = [document.source_segments[i] for i in source_ids]
            target_segments = [document.target_segments[i] for i in target_ids]
            where = f"ko {','.join(map(str, source_ids)) or '—'} ↔ en {','.join(map(str, target_ids)) or '—'}"
            console.print(Text(f"\n{where}", style="bold blue"))
            if source_segments:
                console.print(Text("  ko: ", style="dim") + _highlighted(source_segments, issues, "source"))
            if target_segments:
                console.print(Text("  en: ", style="dim") + _highlighted(target_segments, issues, "target"))
            for issue in issues:
                console.print(_issue_line(issue))
        if document.tables.get("names"):
            console.print()
            console.print(_names_table(document.tables["names"]))
        for code, reason in sorted(document.skipped.items()):
            console.print(Text(f"skipped {code}: {reason}", style="dim"))
        console.print()
    console.print(Text(summary_line(documents), style="bold"))
    return buffer.getvalue()
