"""Batch runs over mixed inputs: outcomes, database, resume, archive safety, usage errors, export."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from extractor import batch, cli_batch, inputs
from extractor.models import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REFERENCE = CORPUS / "000_8d14213320e955ad.txt"


def make_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """test app"""

    cli_batch.register(app)
    return app


def invoke(*args: str):
    return CliRunner().invoke(make_app(), [str(a) for a in args])


@pytest.fixture
def mixed(tmp_path: Path) -> tuple[Path, Path]:
    """A folder with good, GBK, empty and archived reports, plus a binary file outside it."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(REFERENCE, src / "reference.txt")
    shutil.copy(CORPUS / "plan-001.txt", src / "sub" / "plan.txt")
    (src / "gbk.txt").write_bytes((CORPUS / "plan-014.txt").read_text(encoding="utf-8").encode("gbk"))
    (src / "empty.txt").write_bytes(b"")
    (src / ".hidden.txt").write_text("not a document", encoding="utf-8")
    (src / "notes.bin").write_bytes(b"\x00\x01" * 10)          # not text-like: passed over in a folder
    with zipfile.ZipFile(src / "reports.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(CORPUS / "gov-001.txt", "2023/gov.txt")
        zf.write(CORPUS / "mid-002.txt", "2023/mid.txt")
        zf.writestr("../evil.txt", "地区生产总值增长5%")
    binary = tmp_path / "scan.bin"                              # named explicitly: always taken
    binary.write_bytes(bytes(range(256)) * 40)
    return src, binary


EXPECTED = {
    "reference.txt": "ok", "sub/plan.txt": "ok", "gbk.txt": "ok", "empty.txt": "error",
    "reports.zip!2023/gov.txt": "ok", "reports.zip!2023/mid.txt": "ok", "reports.zip!../evil.txt": "error",
    "scan.bin": "error",
}


def manifest(out: Path) -> list[dict]:
    lines = []
    for raw in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            lines.append(json.loads(raw))
        except ValueError:
            pass                                   # a line cut by an interruption
    return lines


def by_suffix(lines: list[dict]) -> dict[str, dict]:
    found = {}
    for line in lines:
        key = next(k for k in EXPECTED if line["source"].replace(os.sep, "/").endswith(k))
        assert key not in found, f"two outcomes for {key}"
        found[key] = line
    return found


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "indicators", "projects", "livelihood_items")}


def test_mixed_batch_gives_one_outcome_per_document(mixed, tmp_path):
    src, binary = mixed
    out, db = tmp_path / "out", tmp_path / "reports.db"
    result = invoke("batch", src, binary, "--out", out, "--db", db, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.output

    lines = by_suffix(manifest(out))
    assert {k: v["status"] for k, v in lines.items()} == EXPECTED
    for key, line in lines.items():
        if line["status"] == "error":
            assert key.split("!")[-1] in line["error"]             # names the file
        else:
            assert line["error"] is None and (out / line["output"]).is_file()
    assert "empty" in lines["empty.txt"]["error"]
    assert "binary" in lines["scan.bin"]["error"]
    assert "escapes" in lines["reports.zip!../evil.txt"]["error"]

    # each output is the contract JSON, readable back, with counts matching the manifest
    for key, line in lines.items():
        if line["status"] != "ok":
            continue
        text = (out / line["output"]).read_text(encoding="utf-8")
        doc = Document.model_validate_json(text)
        assert doc.document.sha256 == line["sha256"]
        assert line["counts"] == {t: len(getattr(doc, t)) for t in batch.RECORD_TYPES}
        assert "\\u" not in text                                    # ensure_ascii=False
    gbk = json.loads((out / lines["gbk.txt"]["output"]).read_text(encoding="utf-8"))
    assert gbk["document"]["encoding"] in ("gb18030", "gbk")
    assert gbk["indicators"], "the GBK report decodes to the same text and yields records"

    reference = json.loads((out / lines["reference.txt"]["output"]).read_text(encoding="utf-8"))
    assert reference["report"]["plan_year"] == 2023 and reference["report"]["review_year"] == 2022
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    # the database has every document and every record
    counts = table_counts(db)
    assert counts["documents"] == len(EXPECTED)
    for table in batch.RECORD_TYPES:
        assert counts[table] == sum(line["counts"].get(table, 0) for line in lines.values()
                                    if line["status"] == "ok")
    assert counts["indicators"] > 0 and counts["projects"] > 0 and counts["livelihood_items"] > 0
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        assert rows == {"ok": 5, "error": 3}
        meta = conn.execute("SELECT review_year, plan_year, region, title FROM documents WHERE sha256 = ?",
                            (lines["reference.txt"]["sha256"],)).fetchone()
        assert meta[:2] == (2022, 2023) and meta[2] == reference["report"]["region"]
        span = conn.execute("SELECT span_start, span_end, text FROM indicators LIMIT 1").fetchone()
        assert span[1] > span[0] and span[2]

    # summary table
    assert "batch summary" in result.output and "documents per second" in result.output


def test_rerun_skips_what_is_done_and_resumes_an_interrupted_batch(mixed, tmp_path):
    src, binary = mixed
    out, db = tmp_path / "out", tmp_path / "reports.db"
    first = batch.run_batch([src, binary], out, db=db, workers=1)
    assert (first.ok, first.failed, first.skipped) == (5, 3, 0)
    before = table_counts(db)

    again = batch.run_batch([src, binary], out, db=db, workers=1)
    assert (again.ok, again.failed, again.skipped) == (0, 0, 8)
    assert len(manifest(out)) == 8 and table_counts(db) == before

    # interruption: the last two outcomes never reached the manifest, the last line is cut
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (out / "documents.jsonl").write_text("".join(lines[:-2]) + lines[-2][:15], encoding="utf-8")
    resumed = batch.run_batch([src, binary], out, db=db, workers=1)
    assert resumed.skipped == 6 and resumed.ok + resumed.failed == 2
    assert table_counts(db) == before                       # replaced, not duplicated
    assert len(by_suffix([json.loads(x) for x in lines[:-2]] + manifest(out)[-2:])) == 8

    # a deleted output is redone
    ok_line = next(x for x in manifest(out) if x["status"] == "ok")
    (out / ok_line["output"]).unlink()
    redo = batch.run_batch([src, binary], out, db=db, workers=1)
    assert (redo.ok, redo.skipped) == (1, 7) and (out / ok_line["output"]).is_file()

    # failures are retried on request only
    retry = batch.run_batch([src, binary], out, db=db, workers=1, retry_failed=True)
    assert (retry.failed, retry.skipped) == (3, 5)
    assert table_counts(db)["documents"] == 8


def test_two_workers_give_the_same_outcomes(mixed, tmp_path):
    src, binary = mixed
    one = batch.run_batch([src, binary], tmp_path / "one", workers=1)
    two = batch.run_batch([src, binary], tmp_path / "two", db=tmp_path / "two.db", workers=2, chunk_size=2)
    assert (two.ok, two.failed, two.workers) == (one.ok, one.failed, 2)
    strip = lambda lines: sorted((x["sha256"] or x["source"], x["status"], x["output"]) for x in lines)
    assert strip(manifest(tmp_path / "one")) == strip(manifest(tmp_path / "two"))
    assert table_counts(tmp_path / "two.db")["documents"] == 8


def test_a_crashing_document_does_not_stop_the_batch(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("gov-001", "mid-002", "plan-001", "plan-004"):
        shutil.copy(CORPUS / f"{name}.txt", src / f"{name}.txt")
    (src / "crash.txt").write_text("CRASH 地区生产总值增长5%", encoding="utf-8")
    real = batch.process_one

    def crashing(source, data, sha, name):
        if data.startswith(b"CRASH"):
            os._exit(3)                                       # the worker process dies
        return real(source, data, sha, name)

    monkeypatch.setattr(batch, "process_one", crashing)      # forked workers inherit the patch
    summary = batch.run_batch([src], tmp_path / "out", workers=2, chunk_size=2)
    lines = manifest(tmp_path / "out")
    assert len(lines) == 5 and summary.ok == 4 and summary.failed == 1
    crashed = next(x for x in lines if x["status"] == "error")
    assert crashed["source"].endswith("crash.txt") and "died" in crashed["error"]


def test_a_slow_document_times_out(tmp_path, monkeypatch):
    import time

    import extractor.pipeline as pipeline
    real = pipeline.extract_bytes

    def slow(data, source=None):
        if data.startswith(b"SLOW"):
            time.sleep(5)
        return real(data, source)

    monkeypatch.setattr(pipeline, "extract_bytes", slow)
    (tmp_path / "slow.txt").write_text("SLOW 地区生产总值增长5%", encoding="utf-8")
    shutil.copy(CORPUS / "gov-001.txt", tmp_path / "gov.txt")
    summary = batch.run_batch([tmp_path / "slow.txt", tmp_path / "gov.txt"], tmp_path / "out",
                              workers=1, timeout=0.5)
    assert (summary.ok, summary.failed) == (1, 1)
    assert "longer than" in summary.errors[0][1]


def test_duplicates_and_globs(tmp_path):
    shutil.copy(CORPUS / "gov-001.txt", tmp_path / "a.txt")
    shutil.copy(CORPUS / "gov-001.txt", tmp_path / "b.txt")
    shutil.copy(CORPUS / "mid-002.txt", tmp_path / "c.md")
    summary = batch.run_batch([str(tmp_path / "*.txt"), str(tmp_path / "*.md")], tmp_path / "out", workers=1)
    assert (summary.total, summary.ok, summary.duplicates) == (3, 2, 1)
    dup = [x for x in manifest(tmp_path / "out") if x["status"] == "duplicate"]
    assert len(dup) == 1 and dup[0]["duplicate_of"].endswith("a.txt")


def test_archive_members_are_read_in_memory_and_unsafe_ones_refused(tmp_path):
    report = (CORPUS / "gov-001.txt").read_bytes()
    zpath = tmp_path / "mixed.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok/report.txt", report)
        zf.writestr("/etc/abs.txt", report)
        zf.writestr("bomb.txt", b"0" * (2 * 1024 * 1024))           # ratio far above 100
        zf.writestr("__MACOSX/._report.txt", b"\x00")
        zf.writestr("image.png", b"\x89PNG")
    tpath = tmp_path / "mixed.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        for name, data in (("a/report.txt", report), ("../up.txt", report)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("a/link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)

    found = inputs.discover([str(zpath), str(tpath)])
    assert found.ignored == 1                                         # image.png
    docs = {doc.source.split("!")[1]: doc for _ref, doc in inputs.read_documents(found.refs)}
    assert set(docs) == {"ok/report.txt", "/etc/abs.txt", "bomb.txt", "a/report.txt", "../up.txt", "a/link.txt"}
    assert docs["ok/report.txt"].data == report and docs["a/report.txt"].data == report
    assert "absolute" in docs["/etc/abs.txt"].error
    assert "compression ratio" in docs["bomb.txt"].error
    assert "escapes" in docs["../up.txt"].error
    assert "link" in docs["a/link.txt"].error
    assert not (tmp_path / "etc").exists() and not (tmp_path.parent / "up.txt").exists()

    out = tmp_path / "out"
    report_sha = hashlib.sha256(report).hexdigest()
    summary = batch.run_batch([zpath, tpath], out, workers=1)
    assert (summary.ok, summary.failed, summary.duplicates) == (1, 4, 1)
    assert [p.name for p in out.iterdir() if p.suffix == ".json"] == [f"report-{report_sha[:8]}.json"]


def test_member_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_MEMBER_BYTES", 1000)
    zpath = tmp_path / "big.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("big.txt", (CORPUS / "plan-001.txt").read_bytes())
    (ref,) = inputs.discover([str(zpath)]).refs
    assert "exceeds" in ref.error


def test_bad_usage_exits_2_with_one_line(tmp_path):
    result = invoke("batch", tmp_path / "nothing-here", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "no inputs found" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1

    shutil.copy(CORPUS / "gov-001.txt", tmp_path / "a.txt")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = invoke("batch", tmp_path / "a.txt", "--out", tmp_path / "file" / "out")
    assert result.exit_code == 2 and "cannot write" in result.output
    assert len(result.output.strip().splitlines()) == 1

    result = invoke("export", "--db", tmp_path / "missing.db", "--csv", tmp_path / "csv")
    assert result.exit_code == 2 and "no such database" in result.output


def test_export_writes_every_table_as_csv_with_bom(mixed, tmp_path):
    src, binary = mixed
    db = tmp_path / "r.db"
    assert invoke("batch", src, binary, "--out", tmp_path / "out", "--db", db, "-j", "1", "-q").exit_code == 0
    result = invoke("export", "--db", db, "--csv", tmp_path / "csv")
    assert result.exit_code == 0, result.output
    counts = table_counts(db)
    for table, n in counts.items():
        raw = (tmp_path / "csv" / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert len(rows) == n + 1
    header = next(csv.reader(io.StringIO((tmp_path / "csv" / "indicators.csv").read_text(encoding="utf-8-sig"))))
    assert {"document_id", "canonical", "span_start", "span_end", "text", "rule"} <= set(header)
    assert "UTF-8" in invoke("export", "--help").output


def test_output_names_are_safe_and_unique():
    sha = "ab" * 32
    assert batch.output_name("dir/报告 2023.txt", sha) == "报告_2023-abababab.json"
    assert batch.output_name("a.zip!../../x/../etc.txt", sha) == "etc-abababab.json"
    assert batch.output_name("...", sha) == "doc-abababab.json"
    assert "/" not in batch.output_name("a.zip!x/y:z?.txt", sha)
