"""Command-line interface: argument parsing and wiring only.

Exit codes: 0 clean, 1 issues at or above ``--fail-on``, 2 could not complete (a usage,
input or output error, or an internal error: one line on stderr, never a traceback unless
``TQA_DEBUG=1``).
"""
from __future__ import annotations

import argparse
import errno
import difflib
import io
import json
import logging
import os
import re
import signal
import sys
import tempfile
from pathlib import Path

from . import __version__
from .document import SEVERITY_RANK
from .io import InputError
from .report import FORMATS, render_report

#: report format → (module, function) rendering ``list[Document]`` to a string
REPORT_FORMATS = FORMATS
FAIL_ON = ("critical", "major", "minor", "never")


EXAMPLES = """examples:
  tqa check article.ko.txt article.en.txt             issues on the terminal
  tqa check job.xlf --format html -o review.html      a side-by-side page for the editor
  tqa check a.ko.txt a.en.txt --parallel --format sarif -o tqa.sarif
                                                      for CI; line i translates line i
  tqa check a.ko.txt a.en.txt --select number,date --fail-on minor
                                                      only two families; fail on minor too
  tqa rules                                           every rule code for --select/--ignore
"""


class EpilogAsWritten(argparse.HelpFormatter):
    """Wraps the description as usual but keeps the examples' lines as written."""

    def _fill_text(self, text, width, indent):
        if text.startswith("examples:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


class UsageError(Exception):
    """Wrong command-line usage; printed on one line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line instead of usage + message, with a "did you mean"
        hint = ""
        unknown = re.search(r"unrecognized arguments: (\S+)", message)
        if unknown and unknown.group(1).startswith("-"):
            options = [o for action in self._all_actions() for o in action.option_strings]
            close = difflib.get_close_matches(unknown.group(1).split("=")[0], options, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else ""
        raise UsageError(f"{message}{hint} (see '{self.prog} --help')")

    def _all_actions(self):
        actions = list(self._actions)
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    actions.extend(sub._actions)
        return actions


def _parser() -> Parser:
    parser = Parser(prog="tqa", description="Quality assurance for Korean→English translation.",
                    epilog=EXAMPLES, formatter_class=EpilogAsWritten)
    parser.add_argument("--version", action="version", version=f"tqa {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    check = commands.add_parser("check", help="check a translation", description=(
        "Check an English translation of a Korean source. Exit 0 when clean, 1 when an issue "
        "reaches --fail-on, 2 when the check could not complete (usage, input or internal error)."),
        epilog=EXAMPLES,
        formatter_class=EpilogAsWritten)
    check.add_argument("source", nargs="?", help="Korean source document, one bilingual file "
                                      "(.xlf .xliff .tmx .po .tsv .csv .jsonl), or a folder: every "
                                      "x.ko.EXT with its x.en.EXT, and every bilingual file, one combined report")
    check.add_argument("target", nargs="?", help="English target document")
    check.add_argument("--segmented", action="store_true", help="each input line is one segment")
    check.add_argument("--parallel", action="store_true",
                       help="line i of SOURCE translates line i of TARGET (implies --segmented)")
    check.add_argument("--format", action="append", metavar="FORMAT[:FILE]",
                       help=f"report format: {', '.join(sorted(REPORT_FORMATS))} (default: text, or format in "
                            "the config); FORMAT:FILE writes that format to FILE (repeatable: one run, several reports)")
    check.add_argument("-o", "--output", action="append",
                       help="write the report to this file (default: stdout); repeatable, the format then "
                            "taken from each file's extension (.sarif .json .jsonl .html .xml=junit .csv .xlf .txt)")
    check.add_argument("--baseline", metavar="FILE",
                       help="findings listed in this baseline (or an editor's decisions file) do not count "
                            "toward --fail-on; they are shown with their decision")
    check.add_argument("--update-baseline", action="store_true",
                       help="write every current finding to the --baseline file (keeping earlier decisions)")
    check.add_argument("--names-table", action="store_true",
                       help="show the names/terms table in the text report (always in HTML and JSON)")
    check.add_argument("--words", action="store_true",
                       help="align the words of each pair for the HTML report: hovering a word highlights "
                            "its counterparts (needs torch and the multilingual-e5 model)")
    check.add_argument("--manifest", metavar="CSV",
                       help="check the document pairs listed in this CSV (columns source,target; target empty "
                            "for a bilingual file), paths relative to it")
    check.add_argument("--changed-since", metavar="REF",
                       help="with a folder or manifest: only the pairs with a file changed since this git revision")
    check.add_argument("--fail-on", choices=FAIL_ON,
                       help="lowest severity that makes the exit code 1 (default: major, or fail-on in the config)")
    check.add_argument("--select", action="append", metavar="RULES",
                       help="only these rule codes, code prefixes or families (comma-separated, repeatable)")
    check.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules or families")
    check.add_argument("--fast", action="store_true", help="no neural models: rules and lexicons only")
    check.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                       help="worker processes (default: 1, or every core for inputs over 4 MB); "
                            "the report is the same as with -j 1")
    check.add_argument("--section", type=_section, metavar="PAIRS",
                       help="an input of more pairs (a TSV/JSONL file, --parallel text) is read as a stream and "
                            "checked in sections of this many pairs, in flat memory; cross-pair checks (names, "
                            "terms) compare pairs within a section (default: 20000; 0: read it whole)")
    check.add_argument("--dask", metavar="SCHEDULER", help="run on a Dask cluster (tcp://host:8786; "
                       "needs pip install 'tqa[dask]'); the report is the same as on one machine")
    check.add_argument("--glossary", action="append", default=[], metavar="FILE", help="CSV/TSV/TBX termbase (repeatable)")
    check.add_argument("--config", metavar="FILE", help="settings file (default: ./tqa.toml, then [tool.tqa] in ./pyproject.toml)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in the text report")

    align = commands.add_parser("align", help="align a source and a target document", description=(
        "Align the sentences of a Korean source with those of its English translation and print "
        "the links (n:m, including sentences left unmatched). Exit 0, or 2 on a usage or input error."))
    align.add_argument("source", help="Korean source document (plain text)")
    align.add_argument("target", help="English target document (plain text)")
    align.add_argument("--segmented", action="store_true", help="each input line is one segment")
    align.add_argument("--fast", action="store_true", help="no embeddings: length and anchors only")
    align.add_argument("--format", choices=("tsv", "json", "tmx"), default=None,
                       help="tsv: source ids, target ids, score, texts (default); json: schema-1 "
                            "document without issues; tmx: one translation unit per link")
    align.add_argument("--words", action="store_true",
                       help="also align the words of each link (JSON: word pairs with character offsets "
                            "and scores; needs torch and the multilingual-e5 model)")
    align.add_argument("-o", "--output", help="write to this file (default: stdout)")

    rules = commands.add_parser("rules", help="list every rule, or explain one: tqa rules TQA101", description=(
        "List every rule tqa can run: its code (for --select/--ignore and [severity] in the "
        "config), check family, default severity and what it catches. Given codes, print each "
        "rule's page: what it finds, why it matters, an example, a near miss, known false alarms."))
    rules.add_argument("codes", nargs="*", metavar="CODE", help="rule codes to explain (e.g. TQA101)")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                       help="text table (default), JSON, or the README's markdown table")

    score = commands.add_parser("score", help="BLEU / chrF / TER of a translation against a reference (sacrebleu)",
                                description=(
        "Score a translation against a reference translation with sacrebleu: corpus BLEU, chrF "
        "and TER, with the reproducibility signature. Both files hold one segment per line, "
        "line i of one matching line i of the other."))
    score.add_argument("hypothesis", help="translation, one segment per line")
    score.add_argument("--ref", required=True, metavar="REFERENCE", help="reference translation, one segment per line")
    score.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or JSON")
    score.add_argument("--segments", action="store_true", help="also score each segment")

    models = commands.add_parser("models", help="show the models tqa can use; 'prepare' caches them", description=(
        "Show the neural models tqa can use (without --fast) and whether each is ready. "
        "'prepare' converts and caches them once, so that checks start quickly."))
    models.add_argument("action", nargs="?", choices=("list", "prepare"), default="list",
                        help="list (default): show status; prepare: cache the models, then show status")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more), got {value!r}")
    return jobs


def _section(value: str) -> int:
    try:
        pairs = int(value)
    except ValueError:
        pairs = -1
    if pairs < 0:
        raise argparse.ArgumentTypeError(f"expected a number of pairs (0 or more), got {value!r}")
    return pairs


def _split_list(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    items = [item.strip() for value in values for item in value.split(",") if item.strip()]
    return items or None


def emit(text: str, utf8: bool = False) -> None:
    """Print to stdout without ever failing on its encoding: a file format (JSON, XML,
    CSV, HTML) goes out as the UTF-8 it declares; text for a person goes out in the
    terminal's encoding, characters it cannot show replaced by ``?``."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (``>&-``)
        raise OutputError(os.strerror(errno.EBADF) + " (standard output is closed)")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a StringIO stand-in
        stream.write(text)
        stream.flush()
        return
    encoding = "utf-8" if utf8 else (stream.encoding or "utf-8")
    data = text.encode(encoding, errors="backslashreplace" if utf8 else "replace")
    try:
        stream.flush()
        buffer.write(data)
        buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


def _same_file(output: str, path: str) -> bool:
    """True when writing ``output`` would write ``path``: the same real path (symlinks and
    ``..`` resolved), or the same file under another name (a hard link)."""
    try:
        if os.path.realpath(output) == os.path.realpath(path):
            return True
        return os.path.exists(output) and os.path.exists(path) and os.path.samefile(output, path)
    except (OSError, ValueError):
        return False


def refuse_protected_output(output: str | None, protected: list[tuple[str, str | None]]) -> None:
    """An InputError when ``output`` names one of the files the command reads: ``protected``
    holds (role, path) pairs such as ("input", "a.ko.txt"), ("glossary", "terms.tbx"),
    ("config", "tqa.toml"). Checked before any work is done, and again before writing."""
    if output is None or output == "-":
        return
    for role, path in protected:
        if path and path != "-" and _same_file(output, str(path)):
            raise InputError(output, f"is the {role} file {path}; refusing to overwrite it with the report")


def _write_output(text: str, output: str | None, inputs: list[str], utf8: bool = True,
                  protected: list[tuple[str, str | None]] | None = None) -> None:
    """Write the report to ``output`` (stdout when None or ``-``).

    A regular file is replaced atomically (never half-written, with the permissions a new
    file gets, or those of the file it replaces); a symlink is followed; a device or pipe
    such as ``/dev/stdout`` is written in place. Never writes over a file the command reads
    (``inputs``, and the glossary, config and baseline files in ``protected``).
    """
    if output is None or output == "-":
        emit(text, utf8=utf8)
        return
    refuse_protected_output(output, [("input", path) for path in inputs] + list(protected or ()))
    target, folder = report_target(output)
    if folder is None:  # /dev/stdout, a named pipe …
        try:
            with open(target, "w", encoding="utf-8", errors="backslashreplace", newline="") as stream:
                stream.write(text)
        except OSError as error:
            raise InputError(output, f"cannot write the report: {error.strerror or error}") from None
        return
    try:
        _replace_atomically(target, folder, text)
    except OSError as error:
        raise InputError(output, f"cannot write the report: {error.strerror or error}") from None


def report_target(output: str) -> tuple[Path, Path | None]:
    """Where a report to ``output`` goes: (the file it replaces, with a symlink followed, and
    the folder its temporary file goes to), or (the path, None) for a device or pipe such as
    ``/dev/stdout``, written in place. An :class:`InputError` for a folder or a missing folder."""
    target = Path(output)
    if target.is_dir():
        raise InputError(output, "is a directory")
    if target.exists() and not target.resolve().is_file():
        return target, None
    target = target.resolve() if target.is_symlink() else target
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(output, f"folder {folder} does not exist")
    return target, folder


def temporary_beside(target: Path, folder: Path):
    """(an open text stream, its path): a temporary file in ``folder`` named after ``target``,
    to be renamed over it once complete."""
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    return os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline=""), temporary


def _replace_atomically(target: Path, folder: Path, text: str) -> None:
    """Write to a temporary file beside ``target`` and rename it over ``target``."""
    handle, temporary = temporary_beside(target, folder)
    try:
        with handle as stream:
            stream.write(text)
        os.chmod(temporary, report_file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def report_file_mode(target: Path) -> int:
    """The mode of the file being replaced, else what ``open()`` would give a new file
    (0o666 less the umask): a report is for sharing, not private like a temp file."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _unknown_rule_keys(keys: list[str]) -> list[str]:
    """The keys (codes, code prefixes, families) that match no rule."""
    from .checks.codes import modules_for

    left = [key for key in keys if modules_for([key]) is None]  # the table answers without imports
    if not left:
        return []
    from .checks.registry import all_rules
    from .checks.runner import rule_matches

    known = all_rules()
    return [key for key in left if not any(rule_matches(rule, key) for rule in known)]


def _validate_rule_keys(args, config: dict, config_path: Path | None) -> None:
    """A typo in --select/--ignore (or in the config) must not silently check nothing."""
    for option, values in (("--select", _split_list(args.select)), ("--ignore", _split_list(args.ignore))):
        unknown = _unknown_rule_keys(values or [])
        if unknown:
            raise UsageError(f"{option}: no rule or family matches {unknown[0]!r} (see 'tqa rules')")
    for key in ("select", "ignore"):
        unknown = _unknown_rule_keys(config.get(key) or [])
        if unknown:
            raise InputError(config_path, f"'{key}': no rule or family matches {unknown[0]!r} (see 'tqa rules')")
    if not config.get("severity"):
        return
    from .checks.registry import all_rules

    codes = {rule.code for rule in all_rules()}
    unknown = [code for code in config.get("severity", {}) if code not in codes]
    if unknown:
        raise InputError(config_path, f"[severity]: {unknown[0]!r} is not a rule code (see 'tqa rules')")


def _refuse_bilingual_pair(source: str, target: str | None, command: str) -> None:
    """A bilingual file next to a second file would be read as plain text (its XML or
    columns checked as sentences): say how to give it instead."""
    from .io import is_bilingual

    if target is None:
        return
    for path in (source, target):
        if is_bilingual(path):
            how = (f"give it alone: tqa check {path}" if command == "check"
                   else "tqa align takes two plain-text documents")
            raise UsageError(f"{path} is a bilingual file (source and translation in one); {how}")


def _command_check(args) -> int:
    from .baseline import apply_baseline, baseline_text, read_baseline
    from .config import find_config, load_config
    from .pipeline import Options, build_document, check_document

    if args.source is None and not args.manifest:
        raise UsageError("give SOURCE [TARGET], a folder, or --manifest CSV")
    if args.manifest and args.source is not None:
        raise UsageError("--manifest lists the documents: give no SOURCE with it")
    if args.target is None and (args.parallel or args.segmented) and not args.manifest \
            and not _is_dir(args.source):
        raise UsageError("--parallel/--segmented need SOURCE and TARGET documents")
    if args.update_baseline and not args.baseline:
        raise UsageError("--update-baseline needs --baseline FILE (where to write it)")
    inputs = _input_pairs(args)
    for source, target in inputs:
        _refuse_bilingual_pair(source, target, "check")
    config_path = Path(args.config) if args.config else find_config()
    config = load_config(config_path) if config_path else {}
    _validate_rule_keys(args, config, config_path)
    protected = _protected_files(args, config, config_path, inputs)
    outputs = _outputs(args, config)
    for output, _ in outputs:
        refuse_protected_output(output, protected)
    word_aligner = _check_word_aligner(args, outputs, config)
    decisions = read_baseline(args.baseline) if args.baseline and not (
        args.update_baseline and not Path(args.baseline).exists()) else {}
    options = Options(
        segmented=args.segmented or args.parallel,
        parallel=args.parallel,
        fast=args.fast or bool(config.get("fast", False)),
        select=_split_list(args.select) or config.get("select"),
        ignore=_split_list(args.ignore) or config.get("ignore"),
        glossaries=list(config.get("glossary", [])) + list(args.glossary),
        severities=dict(config.get("severity", {})),
        per_file_ignores=dict(config.get("per-file-ignores", {})),
    )
    documents = []
    if args.dask and args.jobs:
        raise UsageError("--dask and -j: give one (the cluster decides how many workers run)")
    from .parallel import default_jobs

    jobs = args.jobs or default_jobs(inputs)
    fail_on = args.fail_on or config.get("fail-on") or "major"
    if len(inputs) == 1 and not args.dask:
        from . import stream

        section = stream.SECTION if args.section is None else args.section
        plan = stream.plan(*inputs[0], options, section)
        if plan is not None:
            return _check_in_sections(plan, args, options, jobs, outputs, protected, decisions, fail_on,
                                      word_aligner)
    with _progress(len(inputs)) as advance:
        if args.dask:
            from .distributed import check_inputs_on_dask

            documents = check_inputs_on_dask(args.dask, inputs, options, advance)
        elif jobs > 1:
            from .parallel import check_inputs

            documents = check_inputs(inputs, options, jobs, advance)
        else:
            for source, target in inputs:
                document = build_document(source, target, options)
                check_document(document, options)
                documents.append(document)
                advance(source)
    apply_baseline(documents, decisions)

    failing = fail_on != "never" and any(
        SEVERITY_RANK[issue.severity] >= SEVERITY_RANK[fail_on] and issue.baseline is None
        for document in documents for issue in document.issues)
    # a rule that raised leaves the run incomplete: the report (with its "errors") is
    # written, but the exit code is 2, never the 0 of a clean check
    verdict = 2 if any(document.errors for document in documents) else 1 if failing else 0
    return _write_reports(args, documents, outputs, protected, decisions, fail_on, verdict, word_aligner)


def _write_reports(args, documents, outputs, protected, decisions, fail_on: str, verdict: int,
                   word_aligner=None) -> int:
    from .baseline import baseline_text

    try:
        for output, report_format in outputs:
            color = args.color == "always" or (args.color == "auto" and output is None and _is_terminal(sys.stdout))
            text = render_report(report_format, documents, color=color, fail_on=fail_on,
                                 names_table=args.names_table, word_aligner=word_aligner)
            _write_output(text, output, [], utf8=report_format != "text", protected=protected)
            if output not in (None, "-") and _is_terminal(sys.stderr):
                _tell_where_the_report_went(documents, output, report_format)
        if args.update_baseline:
            _write_output(baseline_text(documents, decisions), args.baseline, [],
                          protected=[p for p in protected if p[0] != "baseline"])
    except BrokenPipeError:  # `tqa check … | head`: the reader left, the verdict stands
        _silence_stdout()
        return verdict
    return verdict


def _check_word_aligner(args, outputs, config: dict):
    """``tqa check --words``: the word aligner the HTML report uses, loaded before the run
    (a missing torch or model is a one-line error, not a lost run); None without --words."""
    if not args.words:
        return None
    if args.fast or config.get("fast"):
        raise UsageError("--words needs the multilingual-e5 model; drop --fast")
    if not any(report_format == "html" for _, report_format in outputs):
        raise UsageError("--words shows word alignment in the HTML report: add --format html or -o FILE.html")
    from .align.words import WordAligner, WordAlignmentUnavailable

    aligner = WordAligner()
    try:
        aligner.engine  # noqa: B018
    except WordAlignmentUnavailable as error:
        raise UsageError(str(error)) from None
    return aligner


def _check_in_sections(plan, args, options, jobs: int, outputs, protected, decisions, fail_on: str,
                       word_aligner=None) -> int:
    """One big input read as a stream and checked section by section (:mod:`tqa.stream`):
    JSONL reports written as the findings come, the other reports from the sections joined."""
    from . import stream

    name = plan.source if plan.target is None else f"{plan.source} and {plan.target}"
    sys.stderr.write(f"tqa: {name}: {plan.pairs:,} pairs, checked as a stream in {plan.sections:,} sections of "
                     f"{plan.section:,}: names and terms are compared within a section (--section 0 reads the "
                     "input whole)\n")

    def counts_toward(issue) -> bool:
        return fail_on != "never" and SEVERITY_RANK[issue.severity] >= SEVERITY_RANK[fail_on] \
            and issue.baseline is None

    streamed_outputs = [(output, report_format) for output, report_format in outputs
                        if report_format in stream.STREAMED_FORMATS]
    rest = [entry for entry in outputs if entry not in streamed_outputs]
    reports: list = []
    try:
        for output, _ in streamed_outputs:
            reports.append(stream.StreamedReport(output, protected))
        with _progress(1) as advance:
            if jobs > 1:
                from .parallel import Pool

                with Pool(options, jobs) as pool:
                    outcome = stream.run(plan, options, reports, bool(rest) or args.update_baseline, decisions,
                                         counts_toward, pool, advance)
            else:
                outcome = stream.run(plan, options, reports, bool(rest) or args.update_baseline, decisions,
                                     counts_toward, None, advance)
        for report in reports:
            report.commit()
    except BrokenPipeError:
        for report in reports:
            report.abandon()
        _silence_stdout()
        return 2
    except BaseException:
        for report in reports:
            report.abandon()
        raise
    verdict = 2 if outcome.errors else 1 if outcome.failing else 0
    if rest or args.update_baseline:
        return _write_reports(args, outcome.documents, rest, protected, decisions, fail_on, verdict, word_aligner)
    return verdict


def _outputs(args, config: dict) -> list[tuple[str | None, str]]:
    """(file or None for stdout, format) for every report this run writes."""
    formats = list(args.format or [])
    outputs = list(args.output or [])
    written: list[tuple[str | None, str]] = []
    plain = []
    for value in formats:
        name, _, path = value.partition(":")
        if name not in REPORT_FORMATS:
            close = difflib.get_close_matches(name, list(REPORT_FORMATS), n=1)
            raise UsageError(f"--format: unknown format {name!r}" + (f"; did you mean {close[0]}?" if close else
                             f" (one of {', '.join(sorted(REPORT_FORMATS))})"))
        if path:
            written.append((path, name))
        else:
            plain.append(name)
    if len(plain) > 1:
        raise UsageError("--format given twice without a file: write FORMAT:FILE for each extra report")
    default = plain[0] if plain else config.get("format") or "text"
    if len(outputs) == 1 and not written:
        return [(outputs[0], default if (plain or config.get("format") or outputs[0] == "-")
                 else _format_of(outputs[0], default))]
    for output in outputs:
        written.append((output, _format_of(output, default) if len(outputs) > 1 else default))
    if not written or plain and not outputs:
        written.insert(0, (None, default))
    return written


def _format_of(path: str, default: str) -> str:
    from .report import EXTENSIONS

    return EXTENSIONS.get(Path(path).suffix.lower(), default)


def _is_dir(path: str) -> bool:
    """A folder; False for a name the system refuses (too long, a NUL), which reading then reports."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def _input_pairs(args) -> list[tuple[str, str | None]]:
    """(source, target or None) for every document of the run: the two arguments, or the
    pairs found in a folder or listed in a manifest, restricted to --changed-since."""
    from .io import is_bilingual
    from .io.errors import InputError as _InputError

    if args.manifest:
        pairs = _manifest_pairs(args.manifest)
    elif _is_dir(args.source):
        if args.target is not None:
            raise UsageError("a folder is checked on its own: tqa check FOLDER")
        pairs = _folder_pairs(Path(args.source), is_bilingual)
        if not pairs:
            raise _InputError(args.source, "no document pairs found (x.ko.EXT with x.en.EXT, or bilingual files)")
    else:
        return [(args.source, args.target)]
    if args.changed_since:
        changed = _changed_files(args.changed_since)
        pairs = [pair for pair in pairs if any(p and Path(p).resolve() in changed for p in pair)]
    return pairs


def _folder_pairs(folder: Path, is_bilingual) -> list[tuple[str, str | None]]:
    pairs: list[tuple[str, str | None]] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        parts = path.name.split(".")
        if "ko" in parts[1:-1] or (len(parts) >= 3 and parts[-2] == "ko"):
            index = len(parts) - 1 - parts[::-1].index("ko")
            english = path.with_name(".".join(parts[:index] + ["en"] + parts[index + 1:]))
            if english.is_file():
                pairs.append((str(path), str(english)))
        elif "en" not in parts[1:] and is_bilingual(str(path)):
            pairs.append((str(path), None))
    return pairs


def _manifest_pairs(manifest: str) -> list[tuple[str, str | None]]:
    import csv

    from .io.errors import InputError as _InputError

    base = Path(manifest).parent
    try:
        with open(manifest, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise _InputError(manifest, f"cannot read the manifest: {error}") from None
    if not rows or "source" not in rows[0]:
        raise _InputError(manifest, "a manifest is a CSV with the columns source,target")
    pairs = []
    for number, row in enumerate(rows, 2):
        source = (row.get("source") or "").strip()
        target = (row.get("target") or "").strip()
        if "\x00" in source + target:  # no file name holds one (open() would raise ValueError)
            raise _InputError(manifest, f"row {number}: a path holds a NUL character")
        if source:
            pairs.append((str(base / source), str(base / target) if target else None))
    return pairs


def _changed_files(revision: str) -> set[Path]:
    import subprocess

    try:
        result = subprocess.run(["git", "diff", "--name-only", revision, "--"], capture_output=True, text=True,
                                timeout=60)
        root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UsageError(f"--changed-since: cannot run git: {error}") from None
    if result.returncode != 0 or root.returncode != 0:
        raise UsageError(f"--changed-since: git: {(result.stderr or root.stderr).strip().splitlines()[0]}")
    top = Path(root.stdout.strip())
    return {(top / line).resolve() for line in result.stdout.splitlines() if line.strip()}


class _progress:
    """A progress bar on stderr (rich) while several documents are checked at a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 1 and _is_terminal(sys.stderr):
            from rich.console import Console
            from rich.progress import Progress

            # on stderr: stdout may carry the report
            self.bar = Progress(transient=True, console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task("checking", total=self.total)

        def advance(name: str) -> None:
            if self.bar is not None:
                self.bar.update(self.task, advance=1, description=Path(name).name[:40])
        return advance

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False


def _protected_files(args, config: dict, config_path: Path | None,
                     inputs: list[tuple[str, str | None]] = ()) -> list[tuple[str, str | None]]:
    """Every file ``tqa check`` reads, by role: none of them may receive the report."""
    files: list[tuple[str, str | None]] = [("input", args.source), ("input", args.target)]
    files += [("input", path) for pair in inputs for path in pair]
    if getattr(args, "manifest", None):
        files.append(("manifest", args.manifest))
    files += [("glossary", path) for path in list(config.get("glossary", [])) + list(args.glossary)]
    if config_path is not None:
        files.append(("config", str(config_path)))
    baseline = getattr(args, "baseline", None)  # a findings baseline, where the command takes one
    if baseline:
        files.append(("baseline", baseline))
    return files


def _tell_where_the_report_went(documents, output: str, report_format: str) -> None:
    """With -o at a terminal, one line on stderr so that the run does not look silent."""
    from .report.text import summary_line

    sys.stderr.write(f"tqa: {summary_line(documents)}; {report_format} report written to {output}\n")


def _command_align(args) -> int:
    from .pipeline import Options, build_document
    from .report.alignment import render_alignment

    _refuse_bilingual_pair(args.source, args.target, "align")
    refuse_protected_output(args.output, [("input", args.source), ("input", args.target)])
    if args.words:
        return _align_words(args)
    options = Options(segmented=args.segmented, fast=args.fast)
    document = build_document(args.source, args.target, options)
    _write_output(render_alignment(document, args.format or "tsv"), args.output, [args.source, args.target])
    return 0


def _align_words(args) -> int:
    """``tqa align --words``: the sentence links, each with its word links, as JSON."""
    from .align.words import WordAligner, WordAlignmentUnavailable, render_word_alignment
    from .pipeline import Options, build_document

    if args.format not in (None, "json"):
        raise UsageError(f"--words writes JSON; drop --format {args.format}")
    if args.fast:
        raise UsageError("--words needs the multilingual-e5 model; drop --fast")
    aligner = WordAligner()
    try:
        aligner.engine  # noqa: B018  (load now: a missing torch or model is a one-line error)
    except WordAlignmentUnavailable as error:
        raise UsageError(str(error)) from None
    document = build_document(args.source, args.target, Options(segmented=args.segmented))
    _write_output(render_word_alignment(document, aligner), args.output, [args.source, args.target])
    return 0


def _command_rules(args) -> int:
    from .checks.registry import all_rules

    rules = all_rules()
    if args.codes:
        by_code = {rule.code: rule for rule in rules}
        wanted = [code.upper() for code in args.codes]
        for code in wanted:
            if code not in by_code:
                close = difflib.get_close_matches(code, list(by_code), n=1)
                hint = f"; did you mean {close[0]}?" if close else " (see 'tqa rules')"
                raise UsageError(f"no rule {code}{hint}")
        rules = [by_code[code] for code in wanted]
    if args.format == "json":
        payload = [{"code": r.code, "check": r.check, "severity": r.severity, "doc": r.doc,
                    "scope": r.scope, "neural": r.neural, "mqm": r.mqm, "its": r.its,
                    "requires": list(r.requires), **({"page": r.long_doc} if args.codes else {})} for r in rules]
        emit(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", utf8=True)
        return 0
    if args.format == "markdown":
        from .checks.registry import markdown_table

        emit(markdown_table(rules), utf8=True)
        return 0
    if args.codes:
        emit("\n".join(rule.long_doc.rstrip() + "\n" for rule in rules), utf8=True)
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold")
    for column in ("code", "check", "severity", "doc"):
        table.add_column(column)
    for rule in rules:
        doc = rule.doc + ("  (neural; off with --fast)" if rule.neural else "") \
            + (f"  (opt-in: --select {rule.code})" if rule.opt_in else "")
        table.add_row(rule.code, rule.check, rule.severity, doc)
    console = Console(file=io.StringIO(), width=max(100, Console().width), highlight=False,
                      force_terminal=_is_terminal(sys.stdout))
    console.print(table)
    emit(console.file.getvalue())
    return 0


def _command_score(args) -> int:
    from .scoring import score_files

    result = score_files(args.hypothesis, args.ref, per_segment=args.segments)
    if args.format == "json":
        emit(json.dumps(result, ensure_ascii=False, indent=2) + "\n", utf8=True)
    else:
        emit(score_text(result))
    return 0


def score_text(result: dict) -> str:
    """``tqa score`` for a person: corpus scores, every metric's sacrebleu signature (the
    figures mean little without them), then per segment by 1-based line number."""
    corpus, signature = result["corpus"], result["signature"]
    lines = [f"BLEU {corpus['bleu']:.2f}  chrF {corpus['chrf']:.2f}  TER {corpus['ter']:.2f}"
             f"  ({result['segments']} segments)"]
    lines += [f"  {name:<4} {signature[key]}" for key, name in (("bleu", "BLEU"), ("chrf", "chrF"), ("ter", "TER"))]
    for row in result.get("per_segment", []):
        lines.append(f"line {row['id'] + 1}\tBLEU {row['bleu']:.2f}\tchrF {row['chrf']:.2f}\tTER {row['ter']:.2f}")
    return "\n".join(lines) + "\n"


def _command_models(args) -> int:
    from .neural import embeddings, lm

    if args.action == "prepare":
        lm.prepare_models()
    emit(models_text(embeddings.model_status() + lm.model_status()))
    return 0


def models_text(rows: list[dict]) -> str:
    """One block per model: ``name: status``, then its other facts indented."""
    blocks = []
    for row in rows:
        facts = {key: value for key, value in row.items() if key not in ("name", "status")}
        lines = [f"{row.get('name', '?')}: {row.get('status', '')}"]
        lines += [f"  {key.replace('_', ' ')}: {'—' if value is None else value}" for key, value in facts.items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n" if blocks else "no models known\n"


#: commands that may embed sentences: a bad TQA_E5_PRECISION stops them before any work
EMBEDDING_COMMANDS = ("check", "align")


def _check_precision_setting() -> None:
    """A bad ``TQA_E5_PRECISION`` is a usage error (one line, exit 2), found before any
    input is read rather than when the model loads in the middle of a run or a worker."""
    from .neural.e5_torch import PrecisionError, precision_setting

    try:
        precision_setting()
    except PrecisionError as error:
        raise UsageError(str(error)) from None


COMMANDS = {"check": _command_check, "align": _command_align, "rules": _command_rules,
            "score": _command_score, "models": _command_models}


class Terminated(BaseException):
    """SIGTERM, raised where the process is so that cleanup (a report's temporary file)
    runs as it does for Ctrl-C."""


class OutputError(Exception):
    """The report could not be written to stdout (a full disk, a closed stream)."""


class _WarningLines(logging.Handler):
    """Input warnings (:func:`tqa.io.errors.warn`) as ``tqa: warning: …`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        _write_error(f"tqa: warning: {record.getMessage()}\n")


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code: 0 clean, 1 issues found, 2 could not complete
    (usage, input or output error, or an internal error: one line, the traceback only
    with ``TQA_DEBUG=1``), 130 on Ctrl-C, 143 on SIGTERM."""
    from .io.errors import INPUT_LOG

    handler = _WarningLines()
    INPUT_LOG.addHandler(handler)
    propagate, INPUT_LOG.propagate = INPUT_LOG.propagate, False
    previous_sigterm = _catch_sigterm()
    try:
        return _main(argv)
    finally:
        INPUT_LOG.removeHandler(handler)
        INPUT_LOG.propagate = propagate
        _restore_sigterm(previous_sigterm)


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help(sys.stderr)
            return 2
        if args.command in EMBEDDING_COMMANDS and not getattr(args, "fast", False):
            _check_precision_setting()
        return COMMANDS[args.command](args)
    except (UsageError, InputError) as error:
        _write_error(f"tqa: error: {error}\n")
        return 2
    except KeyboardInterrupt:
        _write_error("tqa: interrupted\n")
        return 130
    except Terminated:
        _write_error("tqa: terminated\n")
        return 143
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OutputError as error:  # the report could not be written (a full disk, a closed stdout …)
        _write_error(f"tqa: error: cannot write output: {error}\n")
        return 2
    except Exception as error:  # a bug: one line and exit 2 (not 1, which means "issues found")
        if os.environ.get("TQA_DEBUG", "") not in ("", "0"):
            import traceback

            traceback.print_exc(file=sys.stderr if sys.stderr is not None else None)
        detail = " ".join(str(error).split())
        detail = detail.encode("utf-8", "backslashreplace").decode("utf-8")[:300]
        _write_error(f"tqa: internal error: {type(error).__name__}"
                     f"{': ' + detail if detail else ''} (TQA_DEBUG=1 shows the traceback)\n")
        return 2


def _catch_sigterm():
    """SIGTERM raises :class:`Terminated` (so ``finally`` blocks run); returns the handler
    it replaces, or None where signals cannot be set (not the main thread, no SIGTERM)."""
    if not hasattr(signal, "SIGTERM"):
        return None

    def terminated(signum, frame):
        raise Terminated()

    try:
        return signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread
        return None


def _restore_sigterm(previous) -> None:
    if previous is not None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except ValueError:
            pass


def _is_terminal(stream) -> bool:
    """True for a terminal; False for a file, a pipe or a stream the process was started
    without (``>&-`` leaves ``sys.stdout`` as None)."""
    return stream is not None and stream.isatty()


def _write_error(message: str) -> None:
    if sys.stderr is not None:
        try:
            sys.stderr.write(message)
            sys.stderr.flush()
        except OSError:
            pass


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that the flush at exit does not
    print 'Exception ignored … BrokenPipeError' (the recipe in Python's signal docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def pre_commit(argv: list[str] | None = None) -> int:
    """``tqa-pre-commit [tqa check options] [--pairs] FILE…``: pre-commit passes the changed
    files. Bilingual files are checked one by one; with ``--pairs`` each changed x.ko.EXT or
    x.en.EXT is checked with its counterpart (once per pair). Exit code: the worst run's."""
    argv = list(sys.argv[1:] if argv is None else argv)
    pairs_mode = "--pairs" in argv
    argv = [a for a in argv if a != "--pairs"]
    files = [a for a in argv if not a.startswith("-") and Path(a).is_file()]
    options = [a for a in argv if a not in files]
    runs: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    for path in files:
        if not pairs_mode:
            runs.append([path])
            continue
        parts = Path(path).name.split(".")
        if len(parts) < 3 or parts[-2] not in ("ko", "en"):
            continue
        other = dict(ko="en", en="ko")[parts[-2]]
        counterpart = Path(path).with_name(".".join(parts[:-2] + [other, parts[-1]]))
        pair = (path, str(counterpart)) if parts[-2] == "ko" else (str(counterpart), path)
        if counterpart.is_file() and pair not in seen:
            seen.add(pair)
            runs.append(list(pair))
    worst = 0
    for files_of_run in runs:
        worst = max(worst, main(["check", *files_of_run, *options]))
    return worst


def pre_commit_entry_point() -> None:
    sys.exit(pre_commit())


def entry_point() -> None:
    from .runtime import tune_collector

    tune_collector()
    code = main()
    if "torch" in sys.modules:
        _exit_without_teardown(code)
    sys.exit(code)


def _exit_without_teardown(code: int) -> None:
    """End the process without the interpreter's teardown of torch (about 1 s of a 15 s
    alignment, measured on a 200-sentence pair): everything the command writes is
    already closed (reports are written to a temporary file and renamed); the standard
    streams are flushed and the exit handlers (e.g. the analysis store) run first."""
    import atexit

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach it
            pass
    atexit._run_exitfuncs()
    os._exit(code)
