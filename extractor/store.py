"""SQLite store of a batch's outcomes and records (stdlib sqlite3), and CSV export.

Tables: `documents` (one row per input document, ok or error, with the report
metadata), `indicators`, `projects`, `livelihood_items` (each row points to its
document by `document_id`; spans are `span_start`/`span_end`; fields beyond the
contract that a record carries go to `extra` as JSON).
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from .atomic import atomic_open

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error TEXT,
    output TEXT,
    chars INTEGER,
    format TEXT,
    encoding TEXT,
    title TEXT,
    doc_type TEXT,
    region TEXT,
    parent_region TEXT,
    review_year INTEGER,
    plan_year INTEGER,
    date TEXT,
    issuer TEXT,
    meeting TEXT,
    warnings INTEGER,
    processed_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_region ON documents(region, plan_year, review_year);

CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT, canonical TEXT, year INTEGER, kind TEXT, measure TEXT,
    value REAL, value_max REAL, unit TEXT, qualifier TEXT,
    estimated INTEGER, binding INTEGER, headline INTEGER,
    span_start INTEGER, span_end INTEGER, text TEXT, rule TEXT,
    section TEXT, region TEXT, basis TEXT, extra TEXT
);
CREATE INDEX IF NOT EXISTS indicators_doc ON indicators(document_id);
CREATE INDEX IF NOT EXISTS indicators_canonical ON indicators(canonical, year, kind);

CREATE TABLE IF NOT EXISTS projects (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT, category TEXT, stage TEXT, stage_text TEXT, year INTEGER, kind TEXT,
    span_start INTEGER, span_end INTEGER, text TEXT, rule TEXT, extra TEXT
);
CREATE INDEX IF NOT EXISTS projects_doc ON projects(document_id);

CREATE TABLE IF NOT EXISTS livelihood_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "index" INTEGER, title TEXT, year INTEGER, kind TEXT,
    span_start INTEGER, span_end INTEGER, text TEXT, rule TEXT, extra TEXT
);
CREATE INDEX IF NOT EXISTS livelihood_doc ON livelihood_items(document_id);
"""

TABLES = ("documents", "indicators", "projects", "livelihood_items")

META_FIELDS = ("title", "doc_type", "region", "parent_region", "review_year", "plan_year",
               "date", "issuer", "meeting")
INDICATOR_FIELDS = ("name", "canonical", "year", "kind", "measure", "value", "value_max", "unit",
                    "qualifier", "estimated", "binding", "headline")
INDICATOR_EXTRAS = ("section", "region", "basis")
PROJECT_FIELDS = ("name", "category", "stage", "stage_text", "year", "kind")
LIVELIHOOD_FIELDS = ("index", "title", "year", "kind")
_COMMON = ("span", "text", "rule")


def connect(path: str | os.PathLike) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.executescript(SCHEMA)
    return conn


# ---------------------------------------------------------------- rows from a document

def _b(v: Any) -> Any:
    return int(v) if isinstance(v, bool) else v


def _record_row(rec: dict, fields: tuple[str, ...], extras: tuple[str, ...] = ()) -> tuple:
    span = rec.get("span") or (None, None)
    known = set(fields) | set(extras) | set(_COMMON)
    rest = {k: v for k, v in rec.items() if k not in known}
    return (
        *(_b(rec.get(f)) for f in fields),
        span[0], span[1], rec.get("text"), rec.get("rule"),
        *(rec.get(f) if not isinstance(rec.get(f), (dict, list)) else json.dumps(rec.get(f), ensure_ascii=False)
          for f in extras),
        json.dumps(rest, ensure_ascii=False) if rest else None,
    )


def document_rows(doc: dict) -> dict:
    """Compact rows for one extracted document (the contract JSON as a dict)."""
    info = doc.get("document") or {}
    report = doc.get("report") or {}
    return {
        "meta": (info.get("chars"), info.get("format"), info.get("encoding"),
                 *(report.get(f) for f in META_FIELDS), len(doc.get("warnings") or [])),
        "indicators": [_record_row(r, INDICATOR_FIELDS, INDICATOR_EXTRAS) for r in doc.get("indicators") or []],
        "projects": [_record_row(r, PROJECT_FIELDS) for r in doc.get("projects") or []],
        "livelihood_items": [_record_row(r, LIVELIHOOD_FIELDS) for r in doc.get("livelihood_items") or []],
    }


# ---------------------------------------------------------------- writing

def _cols(fields: Iterable[str]) -> str:
    return ", ".join(f'"{f}"' for f in fields)


_INSERT = {
    "indicators": 'INSERT INTO indicators (document_id, {}, span_start, span_end, text, rule, {}, extra) '
                  'VALUES ({})'.format(_cols(INDICATOR_FIELDS), _cols(INDICATOR_EXTRAS),
                                       ", ".join("?" * (1 + len(INDICATOR_FIELDS) + 4 + len(INDICATOR_EXTRAS) + 1))),
    "projects": 'INSERT INTO projects (document_id, {}, span_start, span_end, text, rule, extra) '
                'VALUES ({})'.format(_cols(PROJECT_FIELDS), ", ".join("?" * (1 + len(PROJECT_FIELDS) + 5))),
    "livelihood_items": 'INSERT INTO livelihood_items (document_id, {}, span_start, span_end, text, rule, extra) '
                        'VALUES ({})'.format(_cols(LIVELIHOOD_FIELDS),
                                             ", ".join("?" * (1 + len(LIVELIHOOD_FIELDS) + 5))),
}
_DOC_COLS = ("chars", "format", "encoding", *META_FIELDS, "warnings")


def record_ok(conn: sqlite3.Connection, source: str, sha256: str, output: str | None, rows: dict) -> int:
    """Insert (or replace) an ok document with its records; returns its id. Caller commits."""
    _forget(conn, source, sha256)
    cur = conn.execute(
        f"INSERT INTO documents (source, sha256, status, error, output, {_cols(_DOC_COLS)}) "
        f"VALUES (?, ?, 'ok', NULL, ?, {', '.join('?' * len(_DOC_COLS))})",
        (source, sha256, output, *rows["meta"]),
    )
    doc_id = cur.lastrowid
    for table in ("indicators", "projects", "livelihood_items"):
        if rows[table]:
            conn.executemany(_INSERT[table], [(doc_id, *r) for r in rows[table]])
    return doc_id


def record_error(conn: sqlite3.Connection, source: str, sha256: str | None, error: str) -> int:
    _forget(conn, source, sha256)
    cur = conn.execute("INSERT INTO documents (source, sha256, status, error) VALUES (?, ?, 'error', ?)",
                       (source, sha256, error))
    return cur.lastrowid


def _forget(conn: sqlite3.Connection, source: str, sha256: str | None) -> None:
    """Drop an earlier outcome of the same content, and earlier failures of the same source."""
    if sha256:
        conn.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))
    conn.execute("DELETE FROM documents WHERE source = ? AND status = 'error'", (source,))


def done_hashes(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT sha256 FROM documents WHERE status = 'ok' AND sha256 IS NOT NULL")}


# ---------------------------------------------------------------- export

def export_csv(conn: sqlite3.Connection, out_dir: str | os.PathLike) -> dict[str, int]:
    """Write each table to `<table>.csv` in out_dir, UTF-8 with a BOM (Excel reads it as UTF-8)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in TABLES:
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        header = [d[0] for d in cur.description]
        counts[table] = write_csv(out / f"{table}.csv", header, cur)
    return counts


def write_csv(path: str | os.PathLike, header: list[str], rows: Iterable[Iterable[Any]]) -> int:
    """Atomically write a CSV file, UTF-8 with BOM; returns the number of data rows."""
    n = 0
    with atomic_open(path, encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    return n


# ---------------------------------------------------------------- reading for series

def indicator_rows(conn: sqlite3.Connection) -> list[dict]:
    """Indicators joined with their document's metadata, as plain dicts for series.pair_series."""
    conn.row_factory = sqlite3.Row
    try:
        cur = conn.execute(
            """SELECT i.document_id, d.source, d.region, d.parent_region, d.doc_type, d.review_year, d.plan_year,
                      i.name, i.canonical, i.year, i.kind, i.measure, i.value, i.value_max, i.unit, i.qualifier,
                      i.estimated, i.headline, i.span_start, i.text
               FROM indicators i JOIN documents d ON d.id = i.document_id
               WHERE d.status = 'ok' AND i.canonical IS NOT NULL
               ORDER BY i.document_id, i.span_start""")
        return [dict(r) for r in cur]
    finally:
        conn.row_factory = None
