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


def run(archive: Path, folder: Path, workers: int, use_db: bool, label: str) -> float:
    out = folder / f"out-{label}"
    db = folder / f"{label}.db" if use_db else None
    t0 = time.perf_counter()
    summary = batch.run_batch([archive], out, db=db, workers=workers)
    wall = time.perf_counter() - t0
    rate = summary.processed / wall
    print(f"{label:>10}: workers={workers} docs={summary.processed} ok={summary.ok} failed={summary.failed} "
          f"records={dict(summary.records)} wall={wall:.2f}s -> {rate:.1f} docs/s")
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
    ap.add_argument("--no-calibrate", action="store_true", help="skip the pure-CPU scaling reference")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        archive = build_archive(folder, args.docs, args.format)
        print(f"archive: {archive.name}, {args.docs} documents, {archive.stat().st_size / 1e6:.1f} MB, "
              f"built in {time.perf_counter() - t0:.1f}s; cores={os.cpu_count()}")
        one = run(archive, folder, 1, args.db, "1 worker")
        many = run(archive, folder, args.workers, args.db, f"{args.workers} workers")
        own, children = peak_mb()
        print(f"scaling: {many / one:.2f}x with {args.workers} workers (goal >= 1.8 on 2 cores)")
        if not args.no_calibrate:
            print(f"machine ceiling: a pure-CPU loop scales {calibrate(args.workers):.2f}x with "
                  f"{args.workers} processes here")
        print(f"peak memory (max RSS): this process {own:.0f} MB, largest child {children:.0f} MB")


if __name__ == "__main__":
    main()
