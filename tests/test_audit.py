"""`extract` on the audit sets (tests/audit/: texts in the style of other regions and years, labelled
by hand under the guideline), scored by the project's evaluator against floors in tests/thresholds.toml.
A regression guard for the rules that were written to carry over to unseen reports."""
import json
import tomllib
from pathlib import Path

import pytest

from extractor import evaluate, extract_file

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests" / "audit"
FLOORS = tomllib.loads((ROOT / "tests" / "thresholds.toml").read_text(encoding="utf-8"))["audit"]
TYPES = ("indicators", "projects", "livelihood_items")


@pytest.fixture(scope="module")
def scores():
    """{set name: score of the set}; record types a set did not label are left out of its score."""
    out = {}
    for name, floors in FLOORS.items():
        items = []
        for gold_path in sorted((AUDIT / name / "golden").glob("*.json")):
            predicted = extract_file(AUDIT / name / f"{gold_path.stem}.txt").model_dump(mode="json")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for record_type in TYPES:
                if f"{record_type}_strict_f1" not in floors:
                    predicted[record_type] = gold[record_type] = []
            items.append((gold_path.stem, predicted, gold))
        out[name] = evaluate.score_set(items)
    return out


@pytest.mark.parametrize("name, record_type", [
    (name, record_type) for name, floors in FLOORS.items() for record_type in TYPES
    if f"{record_type}_strict_f1" in floors])
def test_audit_scores_stay_above_floors(scores, name, record_type):
    floor = FLOORS[name][f"{record_type}_strict_f1"]
    got = scores[name].types[record_type].strict.f1
    assert got >= floor, f"{name}: {record_type} strict F1 {got:.3f} < {floor}"


def test_every_audit_text_has_its_labels():
    for name in FLOORS:
        texts = {p.stem for p in (AUDIT / name).glob("*.txt")}
        labels = {p.stem for p in (AUDIT / name / "golden").glob("*.json")}
        assert texts == labels, name
