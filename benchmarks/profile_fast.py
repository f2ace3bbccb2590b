"""Where a ``tqa check --parallel --fast`` run spends its CPU: per analyser, per rule and
for the report (process CPU time, no profiler), and optionally the top of a cProfile
listing (CPU-time clock). The input is the pairs of ``benchmarks/run.py`` (the shared
sets cycled to ``--pairs``).

    PYTHONPATH=src python benchmarks/profile_fast.py [--pairs 10000] [--select number,date]
    PYTHONPATH=src python benchmarks/profile_fast.py --pairs 3000 --cprofile 25
    OMP_NUM_THREADS=1 PYTHONPATH=src python benchmarks/profile_fast.py --default --pairs 1000

``--default`` profiles the default mode instead (embeddings on); its table adds the e5
engine's own stages (the model load, the sentence-vector passes, the token-state passes of
word alignment) and how many texts each pass took. ``OMP_NUM_THREADS=1`` measures one core,
as a ``-j 2`` worker runs (torch's threads are capped there).

Run it with each tree on ``PYTHONPATH`` one after the other and compare: the machine is
shared, so read the shares and the ratios between two trees, not the seconds. The
profiler slows Python code several times (the Korean analyser's C++ far less): its
listing says what is hot, the stage table how much it weighs.
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import dataclasses
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import cycled_pairs, load_sets, write_parallel  # noqa: E402


def _instrument(times: collections.Counter) -> None:
    """Time every analyser step, every rule and the report rendering (process CPU)."""
    import tqa.analyse.registry as registry
    import tqa.checks.runner as runner
    import tqa.cli as cli

    planned = registry._run_planned

    def timed_planned(document, steps, computed, failed, context):
        for step in steps:
            started = time.process_time()
            planned(document, [step], computed, failed, context)
            times["analyser " + step.provides] += time.process_time() - started
            computed = set(document.analyses.computed())

    registry._run_planned = timed_planned
    prepare = getattr(registry, "prepare_korean", None)
    if prepare is not None:  # trees that batch the Korean before each reader: charged to "korean"
        def timed_prepare(document, step):
            started = time.process_time()
            try:
                return prepare(document, step)
            finally:
                spent = time.process_time() - started
                times["analyser korean"] += spent
                times["analyser " + step.provides] -= spent

        registry.prepare_korean = timed_prepare
    every_rule = runner.all_rules

    def timed_rules():
        wrapped = []
        for rule in every_rule():
            def function(*args, _function=rule.function, _code=rule.code):
                started = time.process_time()
                found = list(_function(*args))
                times["rule " + _code] += time.process_time() - started
                return found
            wrapped.append(dataclasses.replace(rule, function=function))
        return wrapped

    runner.all_rules = timed_rules
    if hasattr(runner, "rules_for"):  # trees that load only the selected rules' modules
        every_selected = runner.rules_for

        def timed_selected(select):
            nonlocal every_rule
            every_rule = lambda: every_selected(select)  # noqa: E731
            return timed_rules()

        runner.rules_for = timed_selected
    render = cli.render_report

    def timed_render(*args, **options):
        started = time.process_time()
        text = render(*args, **options)
        times["report (JSON)"] += time.process_time() - started
        return text

    cli.render_report = timed_render


def _instrument_engine(times: collections.Counter, counts: collections.Counter) -> None:
    """Time the e5 engine (default mode): its load, its sentence-vector and token-state passes."""
    from tqa.neural import e5_torch

    def timed(name, function):
        def wrapper(self, texts, *args, **options):
            started = time.process_time()
            result = function(self, texts, *args, **options)
            times[name] += time.process_time() - started
            counts[name] += len(texts)
            return result
        return wrapper

    load = e5_torch.TorchE5.__init__

    def timed_load(self, *args, **options):
        started = time.process_time()
        load(self, *args, **options)
        times["e5 load (torch import excluded when already imported)"] += time.process_time() - started

    e5_torch.TorchE5.__init__ = timed_load
    e5_torch.TorchE5.embed = timed("e5 sentence vectors (12 layers)", e5_torch.TorchE5.embed)
    e5_torch.TorchE5.token_states = timed("e5 token states (word alignment)", e5_torch.TorchE5.token_states)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--select", default=None)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N",
                        help="print the N functions with the most own time under cProfile instead")
    parser.add_argument("--top", type=int, default=25, help="stages listed (default 25)")
    parser.add_argument("--default", action="store_true", help="the default mode (embeddings) instead of --fast")
    args = parser.parse_args(argv)
    sets = load_sets()
    if not sets:
        print("no shared data found: nothing to measure", file=sys.stderr)
        return 1
    import tqa
    import tqa.cli as cli

    try:  # what the tqa command does first (trees from before it had this: nothing)
        from tqa.runtime import tune_collector
    except ImportError:
        pass
    else:
        tune_collector()

    with tempfile.TemporaryDirectory() as folder:
        ko, en = write_parallel(cycled_pairs(sets, args.pairs), Path(folder), "cycled")
        command = ["check", str(ko), str(en), "--parallel", *([] if args.default else ["--fast"]), "--format", "json",
                   "-o", str(Path(folder) / "report.json"), "--fail-on", "never"]
        if args.select:
            command += ["--select", args.select]
        times: collections.Counter = collections.Counter()
        counts: collections.Counter = collections.Counter()
        profiler = cProfile.Profile(time.process_time) if args.cprofile else None
        if profiler is None:
            _instrument(times)
            if args.default:
                _instrument_engine(times, counts)
        else:
            profiler.enable()
        started = time.process_time()
        cli.main(command)
        total = time.process_time() - started
        if profiler is not None:
            profiler.disable()
    print(f"tree: {Path(tqa.__file__).parent.parent}; {args.pairs:,} pairs; "
          f"{'default mode' if args.default else '--fast'}{' --select ' + args.select if args.select else ''}; "
          f"CPU s after imports: {total:.2f}")
    if profiler is not None:
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(args.cprofile)
        print(stream.getvalue().replace(str(Path(tqa.__file__).parent.parent) + "/", ""))
        return 0
    print("\n| stage | CPU s | share |\n|---|---|---|")
    for name, seconds in times.most_common(args.top):
        texts = f" ({counts[name]:,} texts)" if counts[name] else ""
        print(f"| {name}{texts} | {seconds:.2f} | {seconds / total:.0%} |")
    engine = sum(v for k, v in times.items() if k.startswith("e5 ") and "load" not in k)
    analysers = sum(v for k, v in times.items() if k.startswith("analyser"))
    rules = sum(v for k, v in times.items() if k.startswith("rule"))
    rest = total - analysers - rules - times["report (JSON)"] - sum(v for k, v in times.items() if k.startswith("e5 "))
    print(f"| all analysers | {analysers:.2f} | {analysers / total:.0%} |")
    print(f"| all rules | {rules:.2f} | {rules / total:.0%} |")
    if args.default:
        print(f"| all e5 passes | {engine:.2f} | {engine / total:.0%} |")
    print(f"| the rest (reading, rule keys, swap warning, writing) | {rest:.2f} | {rest / total:.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
