"""Batch throughput: 1 worker vs all cores over an archive of >= 1,000 documents built from the corpus.

    .venv/bin/python bench/bench_batch.py [--docs 1000] [--format tar.gz|zip] [--db]

Prints documents per second for each run, the scaling ratio, and peak memory (this process
and its children, from resource.getrusage). Asserts nothing.
"""
from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import batch  # noqa: E402


def build_archive(folder: Path, n_docs: int, fmt: str) -> Path:
    """n_docs documents cycling through the corpus; a varied last line makes every hash differ."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    path = folder / f"reports.{fmt}"
    members = ((f"reports/{i:05d}.txt", (texts[i % len(texts)] + f"\n（第{i}份）\n").encode("utf-8"))
               for i in range(n_docs))
    if fmt == "zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
    else:
        with tarfile.open(path, "w:gz") as tf:
            for name, data in members:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    return path


def peak_mb() -> tuple[float, float]:
    # ru_maxrss is in KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run(archive: Path, folder: Path, workers: int, use_db: bool, label: str, round_: int = 0) -> float:
    out = folder / f"out-{workers}-{round_}"
    db = folder / f"out-{workers}-{round_}.db" if use_db else None
    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    c0, t0 = cpu(), time.perf_counter()
    summary = batch.run_batch([archive], out, db=db, workers=workers)
    wall, used = time.perf_counter() - t0, cpu() - c0
    rate = summary.processed / wall
    # CPU per document (parent + workers) does not depend on a noisy host: equal figures mean
    # the parallel run adds no overhead and any scaling shortfall is the machine's
    print(f"{label:>10}: docs={summary.processed} ok={summary.ok} failed={summary.failed} "
          f"records={dict(summary.records)} wall={wall:.2f}s cpu={used:.2f}s "
          f"({1000 * used / max(summary.processed, 1):.2f} ms/doc) -> {rate:.1f} docs/s")
    return rate


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def calibrate(workers: int, seconds: float = 4.0) -> float:
    """Scaling of a pure-CPU loop on this machine: the ceiling any batch can reach here."""
    from concurrent.futures import ProcessPoolExecutor

    n, t0 = 200_000, time.perf_counter()
    _spin(n)
    per_call = time.perf_counter() - t0
    calls = max(workers * 4, int(seconds / max(per_call, 1e-6)))
    t0 = time.perf_counter()
    for _ in range(calls):
        _spin(n)
    one = time.perf_counter() - t0
    with ProcessPoolExecutor(workers) as ex:
        list(ex.map(_spin, [n] * workers))        # start the workers
        t0 = time.perf_counter()
        list(ex.map(_spin, [n] * calls, chunksize=max(1, calls // (workers * 8))))
        many = time.perf_counter() - t0
    return one / many


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--format", choices=("tar.gz", "zip"), default="tar.gz")
    ap.add_argument("--db", action="store_true", help="also fill a SQLite database")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers of the parallel run")
    ap.add_argument("--repeat", type=int, default=1, help="interleaved rounds; the best rate of each counts")
    ap.add_argument("--no-calibrate", action="store_true", help="skip the pure-CPU scaling reference")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        archive = build_archive(folder, args.docs, args.format)
        print(f"archive: {archive.name}, {args.docs} documents, {archive.stat().st_size / 1e6:.1f} MB, "
              f"built in {time.perf_counter() - t0:.1f}s; cores={os.cpu_count()}")
        ones, manys, ceilings = [], [], []
        for r in range(args.repeat):         # interleaved rounds: a noisy host hits both alike
            ones.append(run(archive, folder, 1, args.db, "1 worker", r))
            manys.append(run(archive, folder, args.workers, args.db, f"{args.workers} workers", r))
            if not args.no_calibrate:
                ceilings.append(calibrate(args.workers))
        one, many = max(ones), max(manys)
        print(f"best of {args.repeat}: 1 worker {one:.1f} docs/s, {args.workers} workers {many:.1f} docs/s")
        print(f"scaling: {many / one:.2f}x with {args.workers} workers (goal >= 1.8 on 2 cores); "
              f"per round: {', '.join(f'{m / o:.2f}' for o, m in zip(ones, manys))}")
        if ceilings:
            print(f"machine ceiling: a pure-CPU loop scales {max(ceilings):.2f}x with {args.workers} processes "
                  f"here (per round: {', '.join(f'{c:.2f}' for c in ceilings)})")
        own, children = peak_mb()
        print(f"peak memory (max RSS): this process {own:.0f} MB, largest child {children:.0f} MB")


if __name__ == "__main__":
    main()
