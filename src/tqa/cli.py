"""Command-line interface: argument parsing and wiring only.

Exit codes: 0 clean, 1 issues at or above ``--fail-on``, 2 usage or input error.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .document import SEVERITY_RANK, SEVERITIES
from .io import InputError

#: report format → (module, function) rendering ``list[Document]`` to a string
REPORT_FORMATS = {
    "text": ("tqa.report.text", "render"),
    "json": ("tqa.report.json_report", "render"),
    "jsonl": ("tqa.report.json_report", "render_jsonl"),
    "html": ("tqa.report.html", "render"),
    "sarif": ("tqa.report.sarif", "render"),
    "junit": ("tqa.report.junit", "render"),
    "xliff": ("tqa.report.xliff_report", "render"),
    "csv": ("tqa.report.csv_report", "render"),
}
FAIL_ON = ("critical", "major", "minor", "never")


class UsageError(Exception):
    """Wrong command-line usage; printed on one line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line instead of usage + message
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> Parser:
    parser = Parser(prog="tqa", description="Quality assurance for Korean→English translation.")
    parser.add_argument("--version", action="version", version=f"tqa {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    check = commands.add_parser("check", help="check a translation", description=(
        "Check an English translation of a Korean source. Exit 0 when clean, 1 when an issue "
        "reaches --fail-on, 2 on a usage or input error."))
    check.add_argument("source", help="Korean source document, or one bilingual file "
                                      "(.xlf .xliff .tmx .po .tsv .csv .jsonl)")
    check.add_argument("target", nargs="?", help="English target document")
    check.add_argument("--segmented", action="store_true", help="each input line is one segment")
    check.add_argument("--parallel", action="store_true",
                       help="line i of SOURCE translates line i of TARGET (implies --segmented)")
    check.add_argument("--format", choices=sorted(REPORT_FORMATS), help="report format (default: text)")
    check.add_argument("-o", "--output", help="write the report to this file (default: stdout)")
    check.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that makes the exit code 1 (default: major)")
    check.add_argument("--select", action="append", metavar="RULES",
                       help="only these rule codes, code prefixes or families (comma-separated, repeatable)")
    check.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules or families")
    check.add_argument("--fast", action="store_true", help="no neural models: rules and lexicons only")
    check.add_argument("--glossary", action="append", default=[], metavar="FILE", help="CSV/TSV/TBX termbase (repeatable)")
    check.add_argument("--config", metavar="FILE", help="settings file (default: ./tqa.toml, then [tool.tqa] in ./pyproject.toml)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in the text report")

    align = commands.add_parser("align", help="align a source and a target document")
    align.add_argument("source")
    align.add_argument("target")
    align.add_argument("--segmented", action="store_true", help="each input line is one segment")
    align.add_argument("--fast", action="store_true", help="no embeddings: length and anchors only")
    align.add_argument("--format", choices=("tsv", "json", "tmx"), default="tsv")
    align.add_argument("-o", "--output", help="write to this file (default: stdout)")

    rules = commands.add_parser("rules", help="list every rule: code, family, severity, doc")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    score = commands.add_parser("score", help="BLEU / chrF / TER of a translation against a reference (sacrebleu)")
    score.add_argument("hypothesis", help="translation, one segment per line")
    score.add_argument("--ref", required=True, help="reference translation, one segment per line")
    score.add_argument("--format", choices=("text", "json"), default="text")
    score.add_argument("--segments", action="store_true", help="also score each segment")

    models = commands.add_parser("models", help="show the models tqa can use; 'prepare' caches them")
    models.add_argument("action", nargs="?", choices=("list", "prepare"), default="list")
    return parser


def _split_list(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    items = [item.strip() for value in values for item in value.split(",") if item.strip()]
    return items or None


def _write_output(text: str, output: str | None, inputs: list[str]) -> None:
    """Write atomically (never a half-written file) and never over an input."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    for path in inputs:
        if path and target.exists() and target.resolve() == Path(path).resolve():
            raise InputError(output, "refusing to overwrite an input file with the report")
    if target.is_dir():
        raise InputError(output, "is a directory")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(output, f"folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _renderer(name: str):
    module_name, function = REPORT_FORMATS[name]
    return getattr(importlib.import_module(module_name), function)


def _command_check(args) -> int:
    from .config import find_config, load_config
    from .pipeline import Options, build_document, check_document

    config_path = Path(args.config) if args.config else find_config()
    config = load_config(config_path) if config_path else {}
    options = Options(
        segmented=args.segmented or args.parallel,
        parallel=args.parallel,
        fast=args.fast or bool(config.get("fast", False)),
        select=_split_list(args.select) or config.get("select"),
        ignore=_split_list(args.ignore) or config.get("ignore"),
        glossaries=list(config.get("glossary", [])) + list(args.glossary),
        severities=dict(config.get("severity", {})),
    )
    if options.select:
        from .checks.registry import all_rules
        from .checks.runner import rule_matches

        known = all_rules()
        for key in options.select + (options.ignore or []):
            if not any(rule_matches(rule, key) for rule in known):
                raise UsageError(f"--select/--ignore: no rule or family matches {key!r} (see 'tqa rules')")
    if args.target is None and (args.parallel or args.segmented):
        raise UsageError("--parallel/--segmented need SOURCE and TARGET documents")
    document = build_document(args.source, args.target, options)
    check_document(document, options)

    report_format = args.format or config.get("format") or "text"
    fail_on = args.fail_on or config.get("fail-on") or "major"
    color = args.color == "always" or (args.color == "auto" and args.output is None and sys.stdout.isatty())
    render = _renderer(report_format)
    text = render([document], color=color, fail_on=fail_on)
    _write_output(text, args.output, [args.source, args.target])
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[issue.severity] >= threshold for issue in document.issues) else 0


def _command_align(args) -> int:
    from .pipeline import Options, build_document
    from .report.alignment import render_alignment

    options = Options(segmented=args.segmented, fast=args.fast)
    document = build_document(args.source, args.target, options)
    _write_output(render_alignment(document, args.format), args.output, [args.source, args.target])
    return 0


def _command_rules(args) -> int:
    from .checks.registry import all_rules

    rules = all_rules()
    if args.format == "json":
        payload = [{"code": r.code, "check": r.check, "severity": r.severity, "doc": r.doc,
                    "scope": r.scope, "neural": r.neural, "mqm": r.mqm, "its": r.its} for r in rules]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold")
    for column in ("code", "check", "severity", "doc"):
        table.add_column(column)
    for rule in rules:
        doc = rule.doc + ("  (neural; off with --fast)" if rule.neural else "")
        table.add_row(rule.code, rule.check, rule.severity, doc)
    Console(width=max(100, Console().width), highlight=False).print(table)
    return 0


def _command_score(args) -> int:
    from .scoring import score_files

    result = score_files(args.hypothesis, args.ref, per_segment=args.segments)
    if args.format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        corpus = result["corpus"]
        sys.stdout.write(f"BLEU {corpus['bleu']:.2f}  chrF {corpus['chrf']:.2f}  TER {corpus['ter']:.2f}"
                         f"  ({result['segments']} segments)\n  {result['signature']['bleu']}\n")
        for row in result.get("per_segment", []):
            sys.stdout.write(f"{row['id']}\tBLEU {row['bleu']:.2f}\tchrF {row['chrf']:.2f}\tTER {row['ter']:.2f}\n")
    return 0


def _command_models(args) -> int:
    from .neural.lm import model_status, prepare_models

    if args.action == "prepare":
        prepare_models()
    for row in model_status():
        sys.stdout.write("  ".join(f"{key}={value}" for key, value in row.items()) + "\n")
    return 0


COMMANDS = {"check": _command_check, "align": _command_align, "rules": _command_rules,
            "score": _command_score, "models": _command_models}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 2
        return COMMANDS[args.command](args)
    except (UsageError, InputError) as error:
        sys.stderr.write(f"tqa: error: {error}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("tqa: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


def entry_point() -> None:
    sys.exit(main())
