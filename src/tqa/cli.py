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
    def error(self, message):  # one line instead of usage + message
        raise UsageError(f"{message} (see '{self.prog} --help')")


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
    check.add_argument("source", help="Korean source document, or one bilingual file "
                                      "(.xlf .xliff .tmx .po .tsv .csv .jsonl)")
    check.add_argument("target", nargs="?", help="English target document")
    check.add_argument("--segmented", action="store_true", help="each input line is one segment")
    check.add_argument("--parallel", action="store_true",
                       help="line i of SOURCE translates line i of TARGET (implies --segmented)")
    check.add_argument("--format", choices=sorted(REPORT_FORMATS),
                       help="report format (default: text, or format in the config)")
    check.add_argument("-o", "--output", help="write the report to this file (default: stdout)")
    check.add_argument("--fail-on", choices=FAIL_ON,
                       help="lowest severity that makes the exit code 1 (default: major, or fail-on in the config)")
    check.add_argument("--select", action="append", metavar="RULES",
                       help="only these rule codes, code prefixes or families (comma-separated, repeatable)")
    check.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules or families")
    check.add_argument("--fast", action="store_true", help="no neural models: rules and lexicons only")
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
    align.add_argument("--format", choices=("tsv", "json", "tmx"), default="tsv",
                       help="tsv: source ids, target ids, score, texts (default); json: schema-1 "
                            "document without issues; tmx: one translation unit per link")
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
    target = Path(output)
    refuse_protected_output(output, [("input", path) for path in inputs] + list(protected or ()))
    if target.is_dir():
        raise InputError(output, "is a directory")
    if target.exists() and not target.resolve().is_file():  # /dev/stdout, a named pipe …
        try:
            with open(target, "w", encoding="utf-8", errors="backslashreplace", newline="") as stream:
                stream.write(text)
        except OSError as error:
            raise InputError(output, f"cannot write the report: {error.strerror or error}") from None
        return
    target = target.resolve() if target.is_symlink() else target
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(output, f"folder {folder} does not exist")
    try:
        _replace_atomically(target, folder, text)
    except OSError as error:
        raise InputError(output, f"cannot write the report: {error.strerror or error}") from None


def _replace_atomically(target: Path, folder: Path, text: str) -> None:
    """Write to a temporary file beside ``target`` and rename it over ``target``."""
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, _file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _file_mode(target: Path) -> int:
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
    from .checks.registry import all_rules
    from .checks.runner import rule_matches

    known = all_rules()
    return [key for key in keys if not any(rule_matches(rule, key) for rule in known)]


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
    from .config import find_config, load_config
    from .pipeline import Options, build_document, check_document

    if args.target is None and (args.parallel or args.segmented):
        raise UsageError("--parallel/--segmented need SOURCE and TARGET documents")
    _refuse_bilingual_pair(args.source, args.target, "check")
    config_path = Path(args.config) if args.config else find_config()
    config = load_config(config_path) if config_path else {}
    _validate_rule_keys(args, config, config_path)
    protected = _protected_files(args, config, config_path)
    refuse_protected_output(args.output, protected)
    options = Options(
        segmented=args.segmented or args.parallel,
        parallel=args.parallel,
        fast=args.fast or bool(config.get("fast", False)),
        select=_split_list(args.select) or config.get("select"),
        ignore=_split_list(args.ignore) or config.get("ignore"),
        glossaries=list(config.get("glossary", [])) + list(args.glossary),
        severities=dict(config.get("severity", {})),
    )
    document = build_document(args.source, args.target, options)
    check_document(document, options)

    report_format = args.format or config.get("format") or "text"
    fail_on = args.fail_on or config.get("fail-on") or "major"
    color = args.color == "always" or (args.color == "auto" and args.output is None and _is_terminal(sys.stdout))
    text = render_report(report_format, [document], color=color, fail_on=fail_on)
    failing = fail_on != "never" and any(
        SEVERITY_RANK[issue.severity] >= SEVERITY_RANK[fail_on] for issue in document.issues)
    # a rule that raised leaves the run incomplete: the report (with its "errors") is
    # written, but the exit code is 2, never the 0 of a clean check
    verdict = 2 if document.errors else 1 if failing else 0
    try:
        _write_output(text, args.output, [], utf8=report_format != "text", protected=protected)
    except BrokenPipeError:  # `tqa check … | head`: the reader left, the verdict stands
        _silence_stdout()
        return verdict
    if args.output not in (None, "-") and _is_terminal(sys.stderr):
        _tell_where_the_report_went([document], args.output, report_format)
    return verdict


def _protected_files(args, config: dict, config_path: Path | None) -> list[tuple[str, str | None]]:
    """Every file ``tqa check`` reads, by role: none of them may receive the report."""
    files: list[tuple[str, str | None]] = [("input", args.source), ("input", args.target)]
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
    options = Options(segmented=args.segmented, fast=args.fast)
    document = build_document(args.source, args.target, options)
    _write_output(render_alignment(document, args.format), args.output, [args.source, args.target])
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
        doc = rule.doc + ("  (neural; off with --fast)" if rule.neural else "")
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


def entry_point() -> None:
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
