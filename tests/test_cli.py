"""The command line as a user meets it: output, errors, exit codes, atomic -o, schema."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "000_8d14213320e955ad.txt"
EXTRACT = [sys.executable, "-c", "from extractor.cli import main; main()"]


def run(*args, cwd=ROOT):
    return subprocess.run([*EXTRACT, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_extract_prints_contract_json_with_checkable_spans():
    result = run(REFERENCE)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    text = REFERENCE.read_text(encoding="utf-8")
    assert doc["schema_version"] == "1"
    assert doc["document"]["chars"] == len(text)
    assert doc["report"]["plan_year"] == 2023
    for field in ("indicators", "projects", "livelihood_items"):
        assert doc[field], field
        for record in doc[field]:
            start, end = record["span"]
            assert text[start:end] == record["text"]


def test_same_input_gives_byte_identical_output():
    assert run(REFERENCE).stdout == run(REFERENCE).stdout


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "sub" / "out.json"
    result = run(REFERENCE, "-o", out)
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["report"]["review_year"] == 2022
    assert [p.name for p in out.parent.iterdir()] == ["out.json"]  # no temporary left behind


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary"),
    (bytes([0x81, 0xFF]) * 50, "not decodable"),
])
def test_bad_input_gets_one_line_exit_2_and_no_output(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out.json"
    result = run(bad, "-o", out)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert str(bad) in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("debug", [False, True])
def test_a_defect_of_the_extractor_is_one_line_naming_the_file(tmp_path, debug):
    broken = "import extractor.pipeline as p; p.run = lambda *a, **k: 1 / 0; from extractor.cli import main; main()"
    out = tmp_path / "out.json"
    env = {**os.environ, "EXTRACT_DEBUG": "1"} if debug else {k: v for k, v in os.environ.items() if k != "EXTRACT_DEBUG"}
    result = subprocess.run([sys.executable, "-c", broken, str(REFERENCE), "-o", str(out)],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode != 0 and not out.exists()
    if debug:
        assert "ZeroDivisionError" in result.stderr and "Traceback" in result.stderr     # where it broke
    else:
        assert result.returncode == 2 and result.stderr.strip().count("\n") == 0
        assert str(REFERENCE) in result.stderr and "ZeroDivisionError" in result.stderr
        assert "Traceback" not in result.stderr


def test_missing_file_is_named(tmp_path):
    result = run(tmp_path / "nope.txt")
    assert result.returncode == 2 and "nope.txt" in result.stderr and "no such file" in result.stderr


def test_schema_describes_the_document():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert {"indicators", "projects", "livelihood_items", "report"} <= set(schema["properties"])
    assert "Indicator" in schema["$defs"]


def test_evaluate_prints_tables_and_writes_json(tmp_path):
    figures = tmp_path / "figures.json"
    result = run("evaluate", "--doc", "gov-001", "--json", figures)
    assert result.returncode == 0, result.stderr
    assert "str F1" in result.stdout and "indicators" in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data  # the same figures as JSON
