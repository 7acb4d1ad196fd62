"""`extract` on every golden document, scored by the project's evaluator against floors kept
in tests/thresholds.toml (the reference report on its own, and the other documents together)."""
import json
import tomllib
from pathlib import Path

import pytest

from extractor import evaluate, extract_file

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "000_8d14213320e955ad"
FLOORS = tomllib.loads((ROOT / "tests" / "thresholds.toml").read_text(encoding="utf-8"))
TYPES = ("indicators", "projects", "livelihood_items")
REPORT_FIELDS = ("title", "doc_type", "region", "parent_region", "review_year", "plan_year", "date",
                 "issuer", "meeting")


@pytest.fixture(scope="module")
def scores():
    """{"reference": score of the reference report, "others": score of every other golden document}."""
    groups = {"reference": [], "others": []}
    for gold_path in sorted((ROOT / "golden").glob("*.json")):
        predicted = extract_file(ROOT / "corpus" / f"{gold_path.stem}.txt").model_dump(mode="json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        groups["reference" if gold_path.stem == REFERENCE else "others"].append((gold_path.stem, predicted, gold))
    return {scope: evaluate.score_set(items) for scope, items in groups.items()}


@pytest.mark.parametrize("scope", ["reference", "others"])
@pytest.mark.parametrize("record_type", TYPES)
@pytest.mark.parametrize("measure", ["strict", "detection"])
def test_record_scores_stay_above_floors(scores, scope, record_type, measure):
    floor = FLOORS[scope][f"{record_type}_{measure}_f1"]
    got = getattr(scores[scope].types[record_type], measure).f1
    assert got >= floor, f"{scope}: {record_type} {measure} F1 {got:.3f} < {floor}"


@pytest.mark.parametrize("scope", ["reference", "others"])
@pytest.mark.parametrize("field", REPORT_FIELDS)
def test_metadata_stays_above_floor(scores, scope, field):
    accuracy = scores[scope].metadata_accuracy[field]
    assert accuracy is None or accuracy >= FLOORS[scope]["metadata_accuracy"], f"{scope} {field}: {accuracy}"


def test_reference_headline_indicators():
    """The main indicator system (table rows, opening results, 主要预期目标) scored on its own."""
    gold = json.loads((ROOT / "golden" / f"{REFERENCE}.json").read_text(encoding="utf-8"))
    predicted = extract_file(ROOT / "corpus" / f"{REFERENCE}.txt").model_dump(mode="json")

    def headline_only(doc):
        return {**doc, "indicators": [r for r in doc["indicators"] if r["headline"]], "projects": [],
                "livelihood_items": []}

    score = evaluate.score_document(headline_only(predicted), headline_only(gold), REFERENCE)
    assert score.types["indicators"].strict.f1 >= FLOORS["reference"]["headline_strict_f1"]
