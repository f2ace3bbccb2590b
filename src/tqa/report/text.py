"""Terminal report (rich): issues grouped by aligned pair, offending spans highlighted,
a names table when the names check ran, and a one-line summary.

Each group is headed by its pair number (as in the HTML report) and the lines of the
files it comes from. In colour (the CLI asks when stdout is a terminal) spans are
highlighted and long lines wrap; without colour (piped, in a file, ``--color never``)
lines never wrap, so that one issue stays one line for grep, and a caret line under
each text marks the flagged spans. Control characters in the documents are shown as
U+FFFD, never sent to the terminal.
"""
from __future__ import annotations

import io
import re
import shutil

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..document import SEVERITIES, Document, Issue, Segment
from .common import is_bilingual, issues_by_link, pair_label, printable_documents, visible, writable

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PREFIX = "  ko: "

SEVERITY_STYLE = {"critical": "bold white on red", "major": "bold red", "minor": "yellow", "info": "cyan"}
SPAN_STYLE = {"critical": "reverse red", "major": "reverse red", "minor": "reverse yellow", "info": "underline cyan"}


def printable(text: str) -> str:
    """Same length as ``text`` (span offsets stay valid), safe and one line on a terminal."""
    return _CONTROL.sub("\ufffd", text.replace("\t", " ").replace("\n", "\u21b5").replace("\r", " "))


def _spans(segments: list[Segment], issues: list[Issue], side: str) -> list[tuple[int, int, str]]:
    """(start, end, severity) of each issue span, as offsets in the segments joined by a space."""
    spans, offset = [], 0
    for segment in segments:
        for issue in issues:
            span = issue.source_span if side == "source" else issue.target_span
            ids = issue.source_segments if side == "source" else issue.target_segments
            if span is not None and ids and ids[0] == segment.id:
                start = max(0, min(span.start, len(segment.text)))
                end = max(start, min(span.end, len(segment.text)))
                spans.append((offset + start, offset + end, issue.severity))
        offset += len(segment.text) + 1
    return spans


def _highlighted(segments: list[Segment], issues: list[Issue], side: str) -> Text:
    text = Text(printable(" ".join(segment.text for segment in segments)))
    for start, end, severity in _spans(segments, issues, side):
        if end > start:
            text.stylize(SPAN_STYLE.get(severity, "underline"), start, end)
    return text


def caret_line(segments: list[Segment], issues: list[Issue], side: str) -> str:
    """``^^^`` under each flagged span of the joined text (terminal cells, so Hangul counts
    two); an empty span (an insertion point) gets one caret. '' when nothing is flagged
    or the only span is the whole text."""
    text = printable(" ".join(segment.text for segment in segments))
    spans = [(start, end, severity) for start, end, severity in _spans(segments, issues, side)
             if (start, end) != (0, len(text))]  # a span over everything marks nothing
    if not spans:
        return ""
    marked = [False] * (len(text) + 1)
    for start, end, _ in spans:
        for position in range(start, max(end, start + 1)):
            marked[position] = True
    cells = [("^" if marked[i] else " ") * max(1, cell_len(char)) for i, char in enumerate(text)]
    cells.append("^" if marked[len(text)] else "")
    return (" " * len(PREFIX) + "".join(cells)).rstrip()


def _issue_line(issue: Issue) -> tuple[Text, Text]:
    """(severity column, the rest) of one issue."""
    head = Text("  ")
    head.append(f"{issue.severity:<8}", style=SEVERITY_STYLE.get(issue.severity, ""))
    head.append(" ")
    line = Text()
    line.append(f"{issue.rule} ", style="bold")
    line.append(f"[{issue.check}] ", style="dim")
    line.append(printable(issue.message))
    if issue.suggestion and not issue.advice:
        line.append("  → ", style="dim")
        line.append(printable(visible(issue.suggestion)), style="green")
    if issue.advice:
        line.append(f"  ({printable(issue.advice)})", style="dim")
    if issue.baseline:
        line.append(f"  [{issue.baseline}]", style="dim")
    return head, line


def _print_hanging(console: Console, head: Text, body: Text, wrap: bool) -> None:
    """``head`` then ``body``; when wrapping, continuation lines are indented under the body."""
    if not wrap:
        console.print(Text.assemble(head, body))
        return
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(head, body)
    console.print(grid)


def _group(document: Document) -> list[tuple[str, tuple[int, ...], tuple[int, ...], list[Issue]]]:
    """(label, source ids, target ids, issues) for each link with issues, in document
    order; issues attached to no link come last, labelled ``document``."""
    grouped, loose = issues_by_link(document)
    groups = [(pair_label(document, i), document.links[i].source, document.links[i].target, grouped[i])
              for i in sorted(grouped)]
    if loose:
        groups.append(("document", (), (), loose))
    return groups


def _pair_numbers(document: Document, target_ids) -> str:
    """Target segment ids as the 1-based pair numbers the report headers use."""
    link_of = {tid: i for i, link in enumerate(document.links) for tid in link.target}
    numbers = []
    for segment_id in target_ids:
        index = link_of.get(segment_id) if isinstance(segment_id, int) else None
        label = str(index + 1) if index is not None else "?"
        if label not in numbers:
            numbers.append(label)
    return ", ".join(numbers)


def _names_table(document: Document, rows: list[dict]) -> Table:
    table = Table(title="Names and terms", show_lines=False, header_style="bold")
    table.add_column("Korean")
    table.add_column("kind", style="dim")
    table.add_column("renderings (×count, in pairs …)")
    for row in rows:
        renderings = "; ".join(
            f"{printable(str(r.get('text')))} (×{r.get('count', 0)}, in "
            f"{_pair_numbers(document, r.get('target_segments', []))})"
            for r in row.get("renderings", []))
        table.add_row(printable(str(row.get("source", ""))), str(row.get("kind", "")), renderings or "—")
    return table


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def summary_line(documents: list[Document]) -> str:
    counts = {severity: 0 for severity in SEVERITIES}
    pairs = 0
    for document in documents:
        pairs += len(document.links)
        for issue in document.issues:
            counts[issue.severity] += 1
    total = sum(counts.values())
    parts = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s])
    return _plural(total, "issue") + (f" ({parts})" if parts else "") + f" in {_plural(pairs, 'aligned pair')}"


def render(documents: list[Document], color: bool = False, width: int | None = None, names_table: bool = False,
           **_options) -> str:
    buffer = io.StringIO()
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns if color else 100
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, soft_wrap=not color)
    for document in printable_documents(documents):
        title = document.source_path if is_bilingual(document) else \
            f"{document.source_path or '(source)'} ↔ {document.target_path or '(target)'}"
        console.print(Text(printable(str(title)), style="bold underline"))
        for label, source_ids, target_ids, issues in _group(document):
            console.print(Text(f"\n{label}", style="bold blue"))
            for tag, side, ids in (("ko", "source", source_ids), ("en", "target", target_ids)):
                segments = [document.source_segments[i] if side == "source" else document.target_segments[i]
                            for i in ids]
                if not segments:
                    continue
                _print_hanging(console, Text(f"  {tag}: ", style="dim"), _highlighted(segments, issues, side),
                               wrap=color)
                carets = "" if color else caret_line(segments, issues, side)
                if carets:
                    console.print(carets)
            for issue in issues:
                _print_hanging(console, *_issue_line(issue), wrap=color)
        if names_table and document.tables.get("names"):
            console.print()
            console.print(_names_table(document, document.tables["names"]), soft_wrap=False)
        for code, reason in sorted(document.skipped.items()):
            console.print(Text(f"skipped {code}: {printable(reason)}", style="dim"))
        for error in document.errors:
            console.print(Text(f"error in rule {printable(error.describe())} (the run is incomplete)", style="bold red"))
        console.print()
    console.print(Text(summary_line(documents), style="bold"))
    signature = next((d.signature["text"] for d in documents if d.signature), None)
    if signature:
        console.print(Text(f"signature: {signature}", style="dim"), soft_wrap=True)
    return writable(buffer.getvalue())
