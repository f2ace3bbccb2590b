"""Decisions that stick: finding fingerprints, baselines and suppressions.

A **fingerprint** names a finding so that it is recognised in the next run of a changed
document: the rule, the texts of its spans and of the sentences they stand in (whitespace
and case folded), and, when one sentence holds the same finding several times, which of
them it is. It does not depend on line numbers or segment ids, so edits elsewhere in the
document keep it; editing the sentence itself makes a new finding.

A **baseline** file (``--baseline FILE``; ``--update-baseline`` writes it; the HTML report
exports one from an editor's decisions) lists fingerprints with a decision — ``accepted``
(a real but tolerated finding), ``false-alarm`` or ``fix-later``. Findings in it stay in
the report, marked with their decision, and do not count toward ``--fail-on``; a new
finding does. Format::

    {"tqa-baseline": 1, "findings": [{"fingerprint": "…", "rule": "TQA101",
      "status": "accepted", "message": "…"}]}

**Suppressions** mark findings ``suppressed``: a note or comment ``tqa: ignore TQA301`` (or
``tqa: ignore`` for every rule) on a unit of a bilingual file, and ``[per-file-ignores]``
in the config (``"news/*.xlf" = ["TQA301"]``, globs matched against the input paths).
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from pathlib import Path

from .document import Document, Issue
from .io import InputError

FORMAT = 1
STATUSES = ("accepted", "false-alarm", "fix-later")
_IGNORE = re.compile(r"\btqa:\s*ignore\b([^\n]*)", re.I)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def fingerprint_document(document: Document, seen: dict[str, int] | None = None) -> None:
    """Give every issue of the document its fingerprint (``issue.fingerprint``). ``seen``:
    how often each key came before (an input checked in sections, :mod:`tqa.stream`, counts
    over all of them); updated."""
    seen = {} if seen is None else seen
    for issue in document.issues:
        parts = [issue.rule,
                 _fold(issue.source_span.text) if issue.source_span else "",
                 _fold(issue.target_span.text) if issue.target_span else "",
                 " ".join(_fold(document.source_segments[i].text) for i in issue.source_segments),
                 " ".join(_fold(document.target_segments[i].text) for i in issue.target_segments)]
        if not issue.source_span and not issue.target_span:
            parts.append(_fold(issue.message))  # document-level findings: what they say
        key = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        issue.fingerprint = key if occurrence == 0 else f"{key}-{occurrence}"


def read_baseline(path: str) -> dict[str, str]:
    """Fingerprint → decision from a baseline file; an InputError for a file that is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "baseline file not found (create it with --update-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"not a tqa baseline file: {error}") from None
    except RecursionError:  # json recurses once per level of nested arrays or objects
        raise InputError(path, "not a tqa baseline file: arrays or objects nested too deep") from None
    if not isinstance(data, dict) or data.get("tqa-baseline") != FORMAT or not isinstance(data.get("findings"), list):
        raise InputError(path, f"not a tqa baseline file (expected {{\"tqa-baseline\": {FORMAT}, \"findings\": [...]}})")
    decisions = {}
    for number, entry in enumerate(data["findings"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise InputError(path, f"finding {number} has no fingerprint")
        status = entry.get("status", "accepted")
        if status not in STATUSES:
            raise InputError(path, f"finding {number}: status must be one of {', '.join(STATUSES)}, not {status!r}")
        decisions[entry["fingerprint"]] = status
    return decisions


def apply_baseline(documents: list[Document], decisions: dict[str, str]) -> None:
    for document in documents:
        for issue in document.issues:
            if issue.baseline is None and issue.fingerprint in decisions:
                issue.baseline = decisions[issue.fingerprint]


def baseline_text(documents: list[Document], previous: dict[str, str] | None = None) -> str:
    """A baseline holding every current finding (suppressed ones aside), keeping earlier decisions."""
    previous = previous or {}
    findings = []
    for document in documents:
        for issue in document.issues:
            if issue.baseline == "suppressed" or not issue.fingerprint:
                continue
            findings.append({"fingerprint": issue.fingerprint, "rule": issue.rule,
                             "status": previous.get(issue.fingerprint, "accepted"),
                             "path": document.target_path or document.source_path, "message": issue.message})
    return json.dumps({"tqa-baseline": FORMAT, "findings": findings}, ensure_ascii=False, indent=1) + "\n"


def _codes(text: str) -> set[str] | None:
    """Rule codes after ``tqa: ignore`` (None = every rule)."""
    codes = {code.upper() for code in re.findall(r"TQA\d{3}", text, re.I)}
    return codes or None


def apply_suppressions(document: Document, per_file: dict[str, list[str]] | None = None) -> None:
    """Mark findings suppressed by inline notes (bilingual units) or by per-file ignores."""
    paths = [p for p in (document.source_path, document.target_path) if p]
    file_codes: set[str] = set()
    for pattern, codes in (per_file or {}).items():
        if any(fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(Path(path).name, pattern) for path in paths):
            file_codes.update(code.upper() for code in codes)
    for issue in document.issues:
        if issue.baseline is not None:
            continue
        if any(issue.rule.startswith(code) for code in file_codes):
            issue.baseline = "suppressed"
            continue
        for segment_id in issue.source_segments[:1] or issue.target_segments[:1]:
            segments = document.source_segments if issue.source_segments else document.target_segments
            note = str(segments[segment_id].meta.get("note") or "")
            match = _IGNORE.search(note)
            if match:
                codes = _codes(match.group(1))
                if codes is None or issue.rule in codes:
                    issue.baseline = "suppressed"


def counts_toward_failure(issue: Issue) -> bool:
    return issue.baseline is None
