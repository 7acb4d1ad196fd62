"""`extract` on every golden document, scored by the project's evaluator against floors kept
in tests/thresholds.toml."""
import tomllib
from pathlib import Path

import pytest

from extractor import evaluate

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "000_8d14213320e955ad"
FLOORS = tomllib.loads((ROOT / "tests" / "thresholds.toml").read_text(encoding="utf-8"))
TYPES = ("indicators", "projects", "livelihood_items")


@pytest.fixture(scope="module")
def score():
    return evaluate.evaluate_dirs(ROOT / "corpus", ROOT / "golden", raise_errors=True)


@pytest.mark.parametrize("record_type", TYPES)
@pytest.mark.parametrize("measure", ["strict", "detection"])
def test_reference_report_floors(score, record_type, measure):
    floor = FLOORS["reference"].get(f"{record_type}_{measure}_f1")
    if floor is None:
        pytest.skip("no floor set")
    doc = score.documents[REFERENCE]
    got = getattr(doc.types[record_type], measure).f1
    assert got >= floor, f"{record_type} {measure} F1 {got:.3f} < {floor}"


def test_reference_metadata_all_right(score):
    doc = score.documents[REFERENCE]
    wrong = [e for e in doc.errors if e.kind == "wrong_report"]
    assert not wrong, wrong


@pytest.fixture(scope="module")
def others():
    items = []
    for gold_path in sorted((ROOT / "golden").glob("*.json")):
        if gold_path.stem == REFERENCE:
            continue
        import json

        from extractor import extract_file
        pred = extract_file(ROOT / "corpus" / f"{gold_path.stem}.txt").model_dump(mode="json")
        items.append((gold_path.stem, pred, json.loads(gold_path.read_text(encoding="utf-8"))))
    return evaluate.score_set(items)


@pytest.mark.parametrize("record_type", TYPES)
@pytest.mark.parametrize("measure", ["strict", "detection"])
def test_other_documents_floors(others, record_type, measure):
    floor = FLOORS["others"].get(f"{record_type}_{measure}_f1")
    if floor is None:
        pytest.skip("no floor set")
    got = getattr(others.types[record_type], measure).f1
    assert got >= floor, f"{record_type} {measure} F1 {got:.3f} < {floor}"


@pytest.mark.parametrize("field", ["title", "doc_type", "region", "parent_region", "review_year",
                                   "plan_year", "date", "issuer", "meeting"])
def test_other_documents_metadata(others, field):
    accuracy = others.metadata_accuracy[field]
    assert accuracy is None or accuracy >= FLOORS["others"]["metadata_accuracy"], f"{field}: {accuracy}"
