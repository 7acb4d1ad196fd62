"""Speed of `extract` on the reference report, as ratios to jieba on the same machine.

    .venv/bin/python bench/bench_extract.py [REPORT] [--runs N]

Prints figures; asserts nothing (speed belongs here, not in the tests).
- warm: median time of extract(text) in one process / median time of jieba.lcut(text)
  (goal <= 0.2)
- cold: wall time of a fresh `extract REPORT` process / a fresh process that only imports
  jieba and initialises its dictionary (goal <= 0.5)
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "corpus" / "000_8d14213320e955ad.txt"


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
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

    exe = Path(sys.executable).parent / "extract"
    cold_runs = max(5, args.runs // 3)
    t_cold = process_time([str(exe), args.report], cold_runs)
    t_jieba_cold = process_time([sys.executable, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize()"], cold_runs)
    print(f"cold extract      {t_cold * 1000:8.1f} ms")
    print(f"cold jieba init   {t_jieba_cold * 1000:8.1f} ms")
    print(f"cold ratio        {t_cold / t_jieba_cold:8.3f}   (goal <= 0.5)")


if __name__ == "__main__":
    main()
