"""Run the extractor over many documents: workers, progress, resume, atomic outputs.

Every input document gets an outcome (ok, or error with the file and the reason), written as
one line of `documents.jsonl` in the output folder and, with a database, as a `documents` row.
Output JSON files are written to a temporary file in the same folder and renamed into place.
A rerun skips the documents already done (same content sha256, output still present, and in
the database when one is used); failures are retried only with `retry_failed`.

Workers are processes (ProcessPoolExecutor, forkserver) fed with chunks of (source, bytes):
each worker imports and warms the extractor once, writes its documents' JSON itself and sends
back only small outcome records (and compact database rows when a database is used).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import signal
import sqlite3
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from . import inputs, store
from .atomic import write_atomic

MANIFEST = "documents.jsonl"
RECORD_TYPES = ("indicators", "projects", "livelihood_items")
DEFAULT_TIMEOUT = 300.0
MAX_ERRORS_KEPT = 1000


class UsageError(Exception):
    """Bad usage (no inputs, unwritable output): the CLI prints the message and exits 2."""


@dataclass
class Summary:
    total: int = 0                 # documents found
    ok: int = 0
    failed: int = 0
    skipped: int = 0               # already done in an earlier run
    duplicates: int = 0            # same content as another document of this run
    ignored: int = 0               # non-text files passed over inside folders and archives
    records: Counter = field(default_factory=Counter)
    elapsed: float = 0.0
    workers: int = 1
    interrupted: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.ok + self.failed

    @property
    def docs_per_second(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0


# ---------------------------------------------------------------- names and atomic files

_UNSAFE = re.compile(r"[^\w.\-]+")


def output_name(source: str, sha256: str, n_hex: int = 8) -> str:
    """`<stem>-<sha8>.json` from the last component of the source (file or archive member)."""
    last = re.split(r"[\\/!]", source)[-1]
    stem = last.rsplit(".", 1)[0] if "." in last.lstrip(".") else last
    stem = _UNSAFE.sub("_", stem).strip("._-")[:80] or "doc"
    return f"{stem}-{sha256[:n_hex]}.json"


# ---------------------------------------------------------------- the per-document work (in workers)

_WORKER: dict = {}
_WARM_TEXT = ("关于某区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n"
              "一、2022年国民经济和社会发展计划执行情况\n地区生产总值增长5.0%。\n"
              "二、2023年国民经济和社会发展计划\n地区生产总值增长6%左右。\n").encode("utf-8")


def _init_worker(out_dir: str, want_rows: bool, timeout: float, in_process: bool = False) -> None:
    """Set the worker's job, then warm the extractor once (imports, lexicons, compiled patterns)."""
    if not in_process:
        signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C
    _WORKER.update(out_dir=out_dir, want_rows=want_rows, timeout=timeout)
    if _WORKER.get("warm"):
        return                      # forked from a warm parent
    try:
        from .pipeline import extract_bytes
        extract_bytes(_WARM_TEXT, "warm-up")
    except Exception:   # a broken extractor shows up per document, with its reason
        pass
    _WORKER["warm"] = True


class _Deadline:
    """Raise TimeoutError in the main thread when one document takes too long."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.armed = False

    def _fire(self, signum, frame):
        raise TimeoutError

    def __enter__(self):
        if self.seconds and self.seconds > 0 and threading.current_thread() is threading.main_thread() \
                and hasattr(signal, "setitimer"):
            self.old = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
        return False


def process_one(source: str, data: bytes, sha256: str, out_name: str) -> dict:
    """Extract one document, write its JSON atomically, return its outcome."""
    from .loader import LoadError
    from .pipeline import extract_bytes

    outcome: dict = {"source": source, "sha256": sha256, "status": "error", "error": None,
                     "output": None, "counts": {}}
    timeout = _WORKER.get("timeout", DEFAULT_TIMEOUT)
    try:
        with _Deadline(timeout):
            doc = extract_bytes(data, source)
            payload = doc.model_dump(mode="json")
            text = json.dumps(payload, ensure_ascii=False, indent=2)
    except LoadError as exc:
        outcome["error"] = f"{source}: cannot read as a text report: {exc}"
        return outcome
    except TimeoutError:
        outcome["error"] = f"{source}: extraction took longer than {timeout:g} s"
        return outcome
    except RecursionError:
        outcome["error"] = f"{source}: extraction failed: RecursionError"
        return outcome
    except Exception as exc:   # one bad document never stops the batch
        outcome["error"] = f"{source}: extraction failed: {type(exc).__name__}: {exc}"
        return outcome
    try:
        write_atomic(Path(_WORKER["out_dir"]) / out_name, text + "\n")
    except OSError as exc:
        outcome["error"] = f"{source}: cannot write {out_name}: {exc.strerror or exc}"
        return outcome
    report = payload.get("report") or {}
    outcome.update(status="ok", output=out_name,
                   counts={t: len(payload.get(t) or []) for t in RECORD_TYPES},
                   region=report.get("region"), doc_type=report.get("doc_type"),
                   review_year=report.get("review_year"), plan_year=report.get("plan_year"))
    if _WORKER.get("want_rows"):
        outcome["rows"] = store.document_rows(payload)
    return outcome


def process_chunk(items: list[tuple[str, bytes, str, str]]) -> list[dict]:
    return [process_one(*item) for item in items]


# ---------------------------------------------------------------- manifest

class Manifest:
    """Append-only `documents.jsonl`: one line per outcome; the last line for a key wins."""

    def __init__(self, path: Path):
        self.path = path
        self.ok: dict[str, dict] = {}          # sha256 -> line
        self.failed: dict[str, dict] = {}      # sha256 or "source:<source>" -> line
        if path.exists():
            with open(path, encoding="utf-8", errors="replace") as fh:
                for raw in fh:
                    try:
                        line = json.loads(raw)
                    except ValueError:
                        continue            # a line cut by an interruption
                    if not isinstance(line, dict):
                        continue
                    key = line.get("sha256") or f"source:{line.get('source')}"
                    if line.get("status") == "ok" and line.get("sha256"):
                        self.ok[key] = line
                        self.failed.pop(key, None)
                    elif line.get("status") == "error":
                        self.failed[key] = line
                        self.ok.pop(key, None)
        self.fh = open(path, "a", encoding="utf-8")
        if self.fh.tell() > 0:
            with open(path, "rb") as check:
                check.seek(-1, os.SEEK_END)
                if check.read(1) != b"\n":
                    self.fh.write("\n")

    def append(self, lines: Iterable[dict]) -> None:
        for line in lines:
            self.fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def _manifest_line(outcome: dict) -> dict:
    line = {"source": outcome.get("source"), "sha256": outcome.get("sha256"), "status": outcome.get("status"),
            "error": outcome.get("error"), "output": outcome.get("output"), "counts": outcome.get("counts") or {}}
    for k in ("region", "doc_type", "review_year", "plan_year"):
        if k in outcome:
            line[k] = outcome[k]
    return line


# ---------------------------------------------------------------- the run

def _prepare_out(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".write-test.", dir=out_dir)
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        raise UsageError(f"cannot write to --out {out_dir}: {exc.strerror or exc}") from None


def _make_pool(workers: int, out_dir: str, want_rows: bool, timeout: float) -> ProcessPoolExecutor:
    """Workers forked from this process where possible: they inherit the imported, warmed-up
    extractor and never re-import the main script (spawn would re-run an unguarded script)."""
    import multiprocessing as mp
    import warnings

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)   # fork with threads (3.12+): workers use none
        return ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method),
                                   initializer=_init_worker, initargs=(out_dir, want_rows, timeout))


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


ProgressHook = Callable[[str, int], None]


def run_batch(paths: Iterable[str], out_dir: str | os.PathLike, db: str | os.PathLike | None = None,
              workers: int | None = None, chunk_size: int | None = None, timeout: float = DEFAULT_TIMEOUT,
              retry_failed: bool = False, progress: Optional[object] = None,
              warn: Callable[[str], None] | None = None) -> Summary:
    """Run the batch; `progress` has start(total), advance(n, summary), skip(n, summary), stop(summary)."""
    if warn is None:
        def warn(message: str) -> None:
            import sys
            print(f"warning: {message}", file=sys.stderr)
    t0 = time.perf_counter()
    out = Path(out_dir)
    paths = [str(p) for p in paths]
    found = inputs.discover(paths, exclude=[str(out)])
    if not found.refs:
        what = ", ".join(found.missing or paths) or "(none given)"
        raise UsageError(f"no inputs found: {what}")
    _prepare_out(out)
    conn = None
    if db is not None:
        try:
            conn = store.connect(db)
        except sqlite3.Error as exc:
            raise UsageError(f"cannot open --db {db}: {exc}") from None

    workers = max(1, min(workers or os.cpu_count() or 1, len(found.refs)))
    summary = Summary(total=len(found.refs) + len(found.missing or []), ignored=found.ignored, workers=workers)
    manifest = Manifest(out / MANIFEST)
    db_ok = store.done_hashes(conn) if conn is not None else None
    if conn is not None:
        db_failed = {r[0] or f"source:{r[1]}" for r in
                     conn.execute("SELECT sha256, source FROM documents WHERE status = 'error'")}
    else:
        db_failed = None
    if progress is not None:
        progress.start(summary.total)

    def record(outcomes: list[dict]) -> None:
        lines = []
        for oc in outcomes:
            if oc["status"] == "ok":
                summary.ok += 1
                summary.records.update(oc.get("counts") or {})
                if conn is not None:
                    store.record_ok(conn, oc["source"], oc["sha256"], oc.get("output"), oc["rows"])
            else:
                summary.failed += 1
                if len(summary.errors) < MAX_ERRORS_KEPT:      # all of them are in the manifest
                    summary.errors.append((oc["source"], oc["error"]))
                if conn is not None:
                    store.record_error(conn, oc["source"], oc.get("sha256"), oc["error"])
            lines.append(_manifest_line(oc))
        if conn is not None:
            conn.commit()
        manifest.append(lines)        # after the database: a manifest line means fully done
        if progress is not None:
            progress.advance(len(outcomes), summary)

    def skip() -> None:
        summary.skipped += 1
        if progress is not None:
            progress.skip(1, summary)

    names: dict[str, str] = {}         # output name -> sha256, to keep names unique
    seen: dict[str, str] = {}          # sha256 -> source, within this run

    def todo() -> Iterator[tuple[str, bytes, str, str]]:
        """Documents to extract; refusals and skips are settled here, in order."""
        for missing in found.missing or []:
            key = f"source:{missing}"
            if key in manifest.failed and not retry_failed and (db_failed is None or key in db_failed):
                skip()
            else:
                record([{"source": missing, "sha256": None, "status": "error",
                         "error": f"{missing}: no such file or directory"}])
        for ref, doc in inputs.read_documents(found.refs):
            if doc.data is None:
                key = f"source:{doc.source}"
                if key in manifest.failed and not retry_failed and (db_failed is None or key in db_failed):
                    skip()
                else:
                    record([{"source": doc.source, "sha256": None, "status": "error",
                             "error": f"{doc.source}: {doc.error}"}])
                continue
            sha = hashlib.sha256(doc.data).hexdigest()
            done = manifest.ok.get(sha)
            if done and (out / str(done.get("output"))).is_file() and (db_ok is None or sha in db_ok):
                skip()
                continue
            if sha in manifest.failed and not retry_failed and (db_failed is None or sha in db_failed):
                skip()
                continue
            if sha in seen:
                summary.duplicates += 1
                manifest.append([{"source": doc.source, "sha256": sha, "status": "duplicate",
                                  "duplicate_of": seen[sha]}])
                if progress is not None:
                    progress.skip(1, summary)
                continue
            seen[sha] = doc.source
            name = output_name(doc.source, sha)
            if names.get(name, sha) != sha:
                name = output_name(doc.source, sha, 64)
            names[name] = sha
            yield doc.source, doc.data, sha, name

    want_rows = conn is not None
    if chunk_size is None:
        chunk_size = max(1, min(16, math.ceil(len(found.refs) / (workers * 8))))
    try:
        if workers == 1:
            _init_worker(str(out), want_rows, timeout, in_process=True)
            for chunk in _chunks(todo(), chunk_size):
                record(process_chunk(chunk))
        else:
            _run_pool(todo(), chunk_size, workers, str(out), want_rows, timeout, record, warn)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        manifest.close()
        if conn is not None:
            conn.commit()
            conn.close()
        _WORKER.clear()
        summary.elapsed = time.perf_counter() - t0
        if progress is not None:
            progress.stop(summary)
    return summary


def _ping() -> int:
    return os.getpid()


def _start_pool(workers: int, out_dir: str, want_rows: bool, timeout: float) -> ProcessPoolExecutor | None:
    """A pool whose workers have all started and warmed up, or None when workers cannot start
    (e.g. a script without the `if __name__ == "__main__"` guard)."""
    pool = None
    try:
        _init_worker(out_dir, want_rows, timeout, in_process=True)   # forked workers inherit it warm
        pool = _make_pool(workers, out_dir, want_rows, timeout)
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            pings = [pool.submit(_ping) for _ in range(workers)]
        for fut in pings:
            fut.result(timeout=300)
        return pool
    except Exception:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        return None


def _run_pool(items: Iterator, chunk_size: int, workers: int, out_dir: str, want_rows: bool,
              timeout: float, record: Callable[[list[dict]], None], warn: Callable[[str], None]) -> None:
    """Feed chunks to a process pool with a bounded number in flight; survive worker crashes.

    A chunk whose worker died is retried one document at a time, alone in flight, so that a
    second crash names its document. When workers cannot start at all, the rest runs in-process."""
    max_inflight = workers * 3
    source = _chunks(items, chunk_size)
    pool = _start_pool(workers, out_dir, want_rows, timeout)
    inflight: dict[Future, list] = {}
    retry: list[list] = []

    def in_process() -> None:
        warn("worker processes could not start; continuing in this process")
        _init_worker(out_dir, want_rows, timeout, in_process=True)
        pending = [item for chunk in inflight.values() for item in chunk] + [i for c in retry for i in c]
        inflight.clear()
        retry.clear()
        for chunk in _chunks(iter(pending), chunk_size):
            record(process_chunk(chunk))
        for chunk in source:
            record(process_chunk(chunk))

    if pool is None:
        in_process()
        return
    exhausted = False
    try:
        while True:
            # after a crash, suspects run alone, so that a crash names its document
            broken = False
            while len(inflight) < (1 if retry else max_inflight) and (retry or not exhausted):
                if retry:
                    chunk = retry.pop(0)
                else:
                    chunk = next(source, None)
                    if chunk is None:
                        exhausted = True
                        break
                try:
                    inflight[pool.submit(process_chunk, chunk)] = chunk
                except BrokenProcessPool:
                    # a worker died while more work was being handed out: this chunk never ran
                    retry[:0] = [[item] for item in chunk]
                    broken = True
                    break
            if not inflight and not broken:
                break
            finished, _ = wait(inflight, return_when=FIRST_COMPLETED) if inflight else (set(), set())
            for fut in finished:
                chunk = inflight.pop(fut)
                try:
                    outcomes = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if len(chunk) == 1 and len(finished) == 1 and not inflight:
                        src, _data, sha, _name = chunk[0]
                        record([{"source": src, "sha256": sha, "status": "error",
                                 "error": f"{src}: the worker process died while extracting it"}])
                    else:
                        retry.extend([item] for item in chunk)
                    continue
                record(outcomes)
            if broken:
                for chunk in inflight.values():
                    retry.extend([item] for item in chunk)
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _start_pool(workers, out_dir, want_rows, timeout)
                if pool is None:
                    in_process()
                    return
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
