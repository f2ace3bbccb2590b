"""Run the robustness fuzz properties of tests/test_fuzz_robust.py with many examples.

    python benchmarks/fuzz_readers.py      # 10,000 examples per reader property, 2,000 per CLI one
    python benchmarks/fuzz_readers.py --examples 200 --reader-examples 1000 --only cli

Each property is run with ``TQA_FUZZ_EXAMPLES`` examples (hypothesis, no example
database); a property that fails is reported with its shrunk failing input and the run
goes on with the next. Writes benchmarks/results/fuzz.md: examples run per property, how
the CLI runs ended (exit 0/1/2), failures, time. Needs no shared data.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000,
                        help="examples per CLI property (default 2000; each runs tqa check)")
    parser.add_argument("--reader-examples", type=int, default=10000,
                        help="examples per library reader property (default 10000)")
    parser.add_argument("--only", default="", help="run only the properties whose name contains this")
    parser.add_argument("--output", default=str(HERE / "results" / "fuzz.md"))
    args = parser.parse_args()

    os.environ["TQA_FUZZ_EXAMPLES"] = str(args.examples)
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]
    import logging

    from hypothesis import settings

    import test_fuzz_robust as suite

    logging.getLogger("tqa.input").addHandler(logging.NullHandler())  # reader warnings are expected
    logging.getLogger("tqa.input").propagate = False

    properties = [(name, getattr(suite, name)) for name in dir(suite)  # the hypothesis properties
                  if name.startswith("test_") and args.only in name
                  and hasattr(getattr(suite, name), "_hypothesis_internal_use_settings")]
    properties.sort(key=lambda item: item[1].__code__.co_firstlineno if hasattr(item[1], "__code__") else 0)
    rows, failures = [], []
    started = time.time()
    for name, test in properties:
        before = sum(suite.COUNTS.values())
        begin = time.time()
        status = "ok"
        wanted = args.reader_examples if ("reader" in name or "loader" in name) else args.examples
        # the property's own settings, with more examples (hypothesis reads this attribute when it runs)
        test._hypothesis_internal_use_settings = settings(test._hypothesis_internal_use_settings,
                                                          max_examples=wanted)
        try:
            test()
        except Exception as error:  # a failing property: record it, go on
            status = "FAILED"
            failures.append((name, "".join(traceback.format_exception_only(type(error), error)).strip()[:3000]))
        ran = sum(suite.COUNTS.values()) - before
        rows.append((name, ran, status, time.time() - begin))
        print(f"{name}: {ran} examples, {status}, {time.time() - begin:.0f} s", flush=True)

    lines = ["# Fuzzing the readers and the CLI (issue 16)", "",
             f"`python benchmarks/fuzz_readers.py --examples {args.examples} "
             f"--reader-examples {args.reader_examples}`"
             + (f" `--only {args.only}`" if args.only else "")
             + f" on {platform.python_version()}, {time.strftime('%Y-%m-%d')}; {time.time() - started:.0f} s in all.",
             "", "Properties and strategies: `tests/test_fuzz_robust.py`, `tests/fuzz_inputs.py` (the test suite runs "
             "the same properties with 40 examples each). An example counts once per run of the property body "
             "(hypothesis may stop a property early when its input space is exhausted).", "",
             "| property | examples | result | time (s) |", "|---|---:|---|---:|"]
    lines += [f"| `{name}` | {ran:,} | {status} | {seconds:.0f} |" for name, ran, status, seconds in rows]
    lines += ["", f"Total: {sum(r[1] for r in rows):,} examples, {len(failures)} failing properties.", "",
              "## How the CLI runs ended", "", "| runs | exit | count |", "|---|---|---:|"]
    for key, count in sorted(suite.OUTCOMES.items()):
        kind, _, code = key.partition(": ")
        lines.append(f"| {kind} | {code} | {count:,} |")
    if failures:
        lines += ["", "## Failures", ""]
        for name, text in failures:
            lines += [f"### `{name}`", "", "```", text, "```", ""]
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written {args.output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
