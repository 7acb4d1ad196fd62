"""Speed of `extract` on the reference report, as ratios to jieba on the same machine.

    .venv/bin/python bench/bench_extract.py [REPORT] [--runs N]

Prints figures; asserts nothing (speed belongs here, not in the tests).
- warm: median time of extract(text) in one process / median time of jieba.lcut(text)
  (goal <= 0.2); printed twice: with the per-phrase memo caches (names.clean_name, …) left
  primed by the previous run of the same text, and cleared before each run, as a report the
  process has not seen finds them
- cold: wall time of a fresh `extract REPORT` process / a fresh process that only imports
  jieba and initialises its dictionary (goal <= 0.5), with extractor/'s bytecode brought up to
  date first, as an installed copy has it
- stages: median time of each step of the pipeline on its own, to show where the warm time goes
"""
from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "corpus" / "000_8d14213320e955ad.txt"


def clear_phrase_caches() -> None:
    """Empty the bounded memo caches keyed by phrases; unbounded ones hold compiled patterns."""
    import extractor

    for name, module in list(sys.modules.items()):
        if not name.startswith(extractor.__name__ + "."):
            continue
        for obj in list(vars(module).values()):
            if callable(getattr(obj, "cache_clear", None)) and obj.cache_parameters()["maxsize"] not in (None, 1):
                obj.cache_clear()


def median_time(fn, runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def process_time(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def stage_times(text: str, runs: int) -> list[tuple[str, float]]:
    """Each step of extractor.pipeline.run timed on its own (quantities are part of indicators)."""
    from extractor import indicators, livelihood, projects, quantities, report_meta, sections
    from extractor.normalise import normalise

    view = normalise(text)
    meta = report_meta.read_report_meta(text)
    layout = sections.find_layout(view, meta.review_year, meta.plan_year, meta.doc_type)
    steps = [
        ("normalise", lambda: normalise(text)),
        ("report meta", lambda: report_meta.read_report_meta(text)),
        ("layout", lambda: sections.find_layout(view, meta.review_year, meta.plan_year, meta.doc_type)),
        ("indicators", lambda: indicators.find_indicators(text, view, layout)),
        ("  quantities", lambda: quantities.find_quantities(view)),
        ("projects", lambda: projects.find_projects(text, layout)),
        ("livelihood", lambda: livelihood.find_livelihood_items(text, layout)),
    ]
    return [(name, median_time(fn, runs)) for name, fn in steps]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    import jieba

    from extractor import extract

    text = Path(args.report).read_text(encoding="utf-8")
    jieba.initialize()
    jieba.lcut(text)
    extract(text)  # warm both
    t_extract = median_time(lambda: extract(text), args.runs)
    t_jieba = median_time(lambda: jieba.lcut(text), args.runs)
    print(f"text: {len(text)} chars, {args.runs} runs, median")
    print(f"warm extract      {t_extract * 1000:8.2f} ms")
    print(f"warm jieba.lcut   {t_jieba * 1000:8.2f} ms")
    print(f"warm ratio        {t_extract / t_jieba:8.3f}   (goal <= 0.2)")
    t_unseen = median_time(lambda: extract(text), args.runs, before=clear_phrase_caches)
    print(f"warm extract, phrase caches cleared {t_unseen * 1000:8.2f} ms   ratio {t_unseen / t_jieba:6.3f}")
    for stage, seconds in stage_times(text, args.runs):
        print(f"  {stage:<16}{seconds * 1000:8.2f} ms")

    exe = Path(sys.executable).parent / "extract"
    # an installed copy runs from bytecode; in a checkout edited since its last run (or where
    # PYTHONDONTWRITEBYTECODE is set) every fresh process would compile the changed modules anew
    compileall.compile_dir(str(ROOT / "extractor"), quiet=1)
    cold_runs = max(5, args.runs // 3)
    t_cold = process_time([str(exe), args.report], cold_runs)
    t_jieba_cold = process_time([sys.executable, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize()"], cold_runs)
    print(f"cold extract      {t_cold * 1000:8.1f} ms")
    print(f"cold jieba init   {t_jieba_cold * 1000:8.1f} ms")
    print(f"cold ratio        {t_cold / t_jieba_cold:8.3f}   (goal <= 0.5)")


if __name__ == "__main__":
    main()
