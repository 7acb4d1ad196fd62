"""CLI commands for batches: `extract batch`, `extract export`, `extract series`.

`register(app)` adds them to the main Typer app (extractor/cli.py).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from . import batch as batch_mod
from . import series as series_mod
from . import store


def _fail(message: str) -> None:
    """Bad usage: one line on stderr, exit status 2, no traceback."""
    typer.echo(f"extract: {message}", err=True)
    raise typer.Exit(2)


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("–  docs/s" if speed is None else f"{speed:,.1f} docs/s", style="progress.data.speed")


class RichProgress:
    """Progress bar on stderr: done/total, ok/failed/skipped, rate and ETA."""

    def __init__(self, console: Console, enabled: bool = True):
        self.console = console
        self.enabled = enabled
        self.progress: Progress | None = None
        self.task = None

    def _desc(self, s: batch_mod.Summary | None) -> str:
        if s is None:
            return "extracting"
        return f"ok {s.ok} · failed {s.failed} · skipped {s.skipped + s.duplicates}"

    def start(self, total: int) -> None:
        if not self.enabled:
            return
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 _RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 console=self.console, transient=False)
        self.progress.start()
        self.task = self.progress.add_task(self._desc(None), total=total)

    def advance(self, n: int, summary: batch_mod.Summary) -> None:
        if self.progress is not None:
            self.progress.update(self.task, advance=n, description=self._desc(summary))

    def skip(self, n: int, summary: batch_mod.Summary) -> None:
        # skipped documents leave the total, so that rate and ETA count real work only
        if self.progress is not None:
            total = self.progress.tasks[0].total or 0
            self.progress.update(self.task, total=max(0, total - n), description=self._desc(summary))

    def stop(self, summary: batch_mod.Summary) -> None:
        if self.progress is not None:
            self.progress.update(self.task, description=self._desc(summary))
            self.progress.stop()


def summary_table(s: batch_mod.Summary) -> Table:
    table = Table(title="batch summary" + (" (interrupted: rerun to resume)" if s.interrupted else ""),
                  show_header=True, header_style="bold")
    table.add_column("", style="bold")
    table.add_column("count", justify="right")
    table.add_row("documents found", str(s.total))
    table.add_row("ok", str(s.ok))
    table.add_row("failed", str(s.failed))
    table.add_row("skipped, already done", str(s.skipped))
    if s.duplicates:
        table.add_row("skipped, same content as another input", str(s.duplicates))
    if s.ignored:
        table.add_row("ignored, not text files", str(s.ignored))
    for kind in batch_mod.RECORD_TYPES:
        table.add_row(kind.replace("_", " "), str(s.records.get(kind, 0)))
    table.add_row("workers", str(s.workers))
    table.add_row("elapsed", f"{s.elapsed:.2f} s")
    table.add_row("documents per second", f"{s.docs_per_second:.1f}")
    return table


def batch(
    paths: List[str] = typer.Argument(..., help="Files, folders (recursive; hidden entries skipped), globs, "
                                                "or .zip/.tar/.tar.gz/.tgz archives (read in memory)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for one JSON per document and documents.jsonl."),
    db: Optional[Path] = typer.Option(None, "--db", help="SQLite database to fill (created if missing)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1,
                                          help="Worker processes (default: all cores; 1 runs in-process)."),
    chunk: Optional[int] = typer.Option(None, "--chunk", min=1, help="Documents per task sent to a worker."),
    timeout: float = typer.Option(batch_mod.DEFAULT_TIMEOUT, "--timeout",
                                  help="Seconds allowed per document before it is recorded as failed."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Retry documents that failed in an earlier run."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract every document of files, folders, globs and archives into --out (and --db).

    Every document gets an outcome line in OUT/documents.jsonl (ok, or error with the reason);
    a rerun skips documents already done (same content). Exit status 0 when the batch ran,
    even with failed documents; 2 on bad usage."""
    err = Console(stderr=True)
    _terminate_as_interrupt()
    try:
        summary = batch_mod.run_batch(paths, out, db=db, workers=workers, chunk_size=chunk, timeout=timeout,
                                      retry_failed=retry_failed, progress=RichProgress(err, enabled=not quiet),
                                      warn=lambda m: err.print(Text(f"warning: {m}", style="yellow")))
    except batch_mod.UsageError as exc:
        _fail(str(exc))
        return
    Console().print(summary_table(summary))
    for source, error in summary.errors[:20]:
        err.print(Text(f"failed: {error}", style="red"))
    if summary.failed > 20:
        err.print(f"… and {summary.failed - 20} more failures: see {out / batch_mod.MANIFEST}")
    if summary.interrupted:
        raise typer.Exit(130)


def _terminate_as_interrupt() -> None:
    """SIGTERM stops the batch like Ctrl-C: results so far are kept and a rerun resumes."""
    import signal
    import threading

    def handler(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)


def _open_db(db: Path) -> sqlite3.Connection:
    if not db.is_file():
        _fail(f"no such database: {db}")
    try:
        conn = store.connect(db)
        conn.execute("SELECT 1 FROM documents LIMIT 1")
        return conn
    except sqlite3.Error as exc:
        _fail(f"cannot read database {db}: {exc}")
        raise


def export(
    db: Path = typer.Option(..., "--db", help="SQLite database written by `extract batch --db`."),
    csv_dir: Path = typer.Option(..., "--csv", help="Folder for documents.csv, indicators.csv, projects.csv, "
                                                    "livelihood_items.csv."),
) -> None:
    """Write each table as CSV, UTF-8 with BOM so that Excel opens Chinese correctly.

    One file per table (documents, indicators, projects, livelihood_items) in the --csv folder.
    The byte-order mark makes Excel read the files as UTF-8; other tools ignore it."""
    conn = _open_db(db)
    try:
        try:
            csv_dir.mkdir(parents=True, exist_ok=True)
            counts = store.export_csv(conn, csv_dir)
        except OSError as exc:
            _fail(f"cannot write to --csv {csv_dir}: {exc.strerror or exc}")
    finally:
        conn.close()
    for table, n in counts.items():
        typer.echo(f"{csv_dir / (table + '.csv')}: {n} rows")


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def series(
    db: Path = typer.Option(..., "--db", help="SQLite database written by `extract batch --db`."),
    region: Optional[str] = typer.Option(None, "--region", help="Only this region (as the reports write it)."),
    indicator: Optional[str] = typer.Option(None, "--indicator", help="Only this canonical indicator name."),
    csv_file: Optional[Path] = typer.Option(None, "--csv", help="Also write the panel to this CSV file "
                                                               "(UTF-8 with BOM, for Excel)."),
    paired_only: bool = typer.Option(False, "--paired-only", help="Only rows with both a target and an actual."),
) -> None:
    """Targets next to actuals per region, indicator and year, with the gap.

    The target is the one a year's plan report set for that year (plan_year = year); the actual is
    the one the next year's report gave for it (review_year = year); gap = actual − target when
    unit and measure agree. Headline records are preferred, then the first by position."""
    conn = _open_db(db)
    try:
        rows = series_mod.pair_series(store.indicator_rows(conn), region=region, indicator=indicator,
                                      paired_only=paired_only)
    finally:
        conn.close()
    table = Table(title=f"target vs actual ({len(rows)} rows; gap = actual − target)")
    for col in ("region", "indicator", "measure", "year", "target", "actual", "gap"):
        table.add_column(col, justify="right" if col in ("year", "target", "actual", "gap") else "left",
                         no_wrap=col in ("region", "indicator"))
    for r in rows:
        target = ""
        if r.target is not None:
            target = _fmt(r.target) + (f"–{_fmt(r.target_max)}" if r.target_max is not None else "") \
                + (r.target_unit or "")
        actual = "" if r.actual is None else _fmt(r.actual) + (r.actual_unit or "") + \
            (" (est.)" if r.actual_estimated else "")
        table.add_row(r.region, r.canonical, r.measure, str(r.year), target, actual, _fmt(r.gap))
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 160))    # piped: do not cut names
    console.print(table)
    if csv_file is not None:
        try:
            store.write_csv(csv_file, series_mod.COLUMNS,
                            ([getattr(r, c) for c in series_mod.COLUMNS] for r in rows))
        except OSError as exc:
            _fail(f"cannot write --csv {csv_file}: {exc.strerror or exc}")
        typer.echo(f"{csv_file}: {len(rows)} rows")


def register(app: typer.Typer) -> None:
    """Add `batch`, `export` and `series` to the main `extract` app."""
    app.command("batch")(batch)
    app.command("export")(export)
    app.command("series")(series)
