"""One finding per line, for editors and CI logs.

* ``concise``: ``path:line:col: CODE [severity] message`` (ruff's concise form), which
  editors' quickfix lists (vim, Emacs compilation mode, VS Code problem matchers) read.
* ``github``: GitHub Actions workflow commands (``::error file=…,line=…,col=…,title=…::…``)
  that annotate the pull request's changed lines; critical and major findings are errors,
  minor warnings, info notices. Values are escaped as the workflow-command syntax needs.
"""
from __future__ import annotations

from ..document import Document
from .common import issue_location

_GITHUB_LEVEL = {"critical": "error", "major": "error", "minor": "warning", "info": "notice"}


def _message(issue) -> str:
    text = issue.message
    if issue.suggestion:
        text += f" (suggestion: {issue.suggestion})"
    if issue.baseline:
        text += f" [{issue.baseline}]"
    return " ".join(text.split())


def render_concise(documents: list[Document], **_options) -> str:
    lines = []
    for document in documents:
        for issue in document.issues:
            path, line, column = issue_location(document, issue)
            lines.append(f"{path}:{line}:{column}: {issue.rule} [{issue.severity}] {_message(issue)}")
        for error in document.errors:
            lines.append(f"{document.target_path or document.source_path or '-'}:1:1: {error.rule} [error] "
                         f"rule failed: {' '.join(error.message.split())}")
    return "\n".join(lines) + ("\n" if lines else "")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(documents: list[Document], **_options) -> str:
    lines = []
    for document in documents:
        for issue in document.issues:
            if issue.baseline:
                continue  # decided already: no annotation on the pull request
            path, line, column = issue_location(document, issue)
            title = f"{issue.rule} {issue.check}"
            lines.append(f"::{_GITHUB_LEVEL.get(issue.severity, 'warning')} file={_escape_property(path)},"
                         f"line={line},col={column},title={_escape_property(title)}::{_escape_data(_message(issue))}")
        for error in document.errors:
            lines.append(f"::error title={_escape_property(error.rule + ' failed')}::{_escape_data(error.describe())}")
    return "\n".join(lines) + ("\n" if lines else "")
