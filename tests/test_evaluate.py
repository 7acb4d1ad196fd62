"""Behaviour of extractor/evaluate.py: matching, P/R/F1, field and metadata accuracy, errors."""
from __future__ import annotations

import copy
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest
from rich.console import Console

try:
    from extractor import evaluate as ev
except ImportError:  # pragma: no cover - the package __init__ is edited concurrently
    _spec = importlib.util.spec_from_file_location(
        "extractor_evaluate_standalone", Path(__file__).parents[1] / "extractor" / "evaluate.py")
    ev = importlib.util.module_from_spec(_spec)
    sys.modules[_spec.name] = ev
    _spec.loader.exec_module(ev)

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "golden").glob("*.json"))


def load(name: str) -> dict:
    return json.loads((ROOT / "golden" / f"{name}.json").read_text(encoding="utf-8"))


def only_errors(ds, kind=None):
    return [e for e in ds.errors if kind is None or e.kind == kind]


def ind(start, end=None, **kw):
    rec = {"name": "地区生产总值", "canonical": "地区生产总值", "year": 2022, "kind": "actual",
           "measure": "growth", "value": 2.7, "unit": "%", "qualifier": None,
           "estimated": False, "binding": False, "headline": False,
           "span": [start, end if end is not None else start + 4], "text": "2.7%"}
    rec.update(kw)
    return rec


def proj(start, end, name="荣昌区环线高速公路", **kw):
    rec = {"name": name, "category": "交通", "stage": "start", "stage_text": "开工",
           "year": 2023, "kind": "target", "span": [start, end], "text": name}
    rec.update(kw)
    return rec


def doc(indicators=(), projects=(), livelihood=(), report=None):
    return {"schema_version": "1", "document": {"sha256": "x", "chars": 0},
            "report": report if report is not None else {"doc_type": "other"},
            "indicators": list(indicators), "projects": list(projects),
            "livelihood_items": list(livelihood), "warnings": []}


# --------------------------------------------------------------------------- perfect


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_against_itself_is_perfect(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    ds = ev.score_document(copy.deepcopy(gold), gold, path.stem)
    assert ds.errors == []
    for rtype, ts in ds.types.items():
        assert ts.detection.f1 == 1.0 and ts.strict.f1 == 1.0, rtype
        assert ts.detection.tp == ts.n_gold == len(gold[rtype])
        for f, acc in ts.field_accuracy.items():
            assert acc in (1.0, None), (rtype, f)
    for f, acc in ds.metadata_accuracy.items():
        assert acc in (1.0, None), f
    assert ds.metadata_accuracy["doc_type"] == 1.0


def test_golden_set_against_itself_is_perfect():
    items = [(p.stem, json.loads(p.read_text("utf-8")), json.loads(p.read_text("utf-8")))
             for p in GOLDEN]
    ss = ev.score_set(items)
    assert set(ss.documents) == {p.stem for p in GOLDEN}
    for rtype, ts in ss.types.items():
        assert ts.strict.f1 == 1.0 and ts.detection.f1 == 1.0
        assert ts.n_gold == sum(len(g[rtype]) for _, _, g in items)
    assert all(v == 1.0 for v in ss.metadata_accuracy.values())
    assert ss.documents["gov-001"].types["indicators"].strict.f1 == 1.0
    assert ss.errors == []


# --------------------------------------------------------------------------- one changed field

CHANGES = [
    # (golden file, record type, field, new value, key field?)
    ("gov-001", "indicators", "value", 999.5, True),
    ("gov-001", "indicators", "unit", "亿元", True),
    ("gov-001", "indicators", "year", 1999, True),
    ("gov-001", "indicators", "estimated", False, True),
    ("gov-001", "indicators", "qualifier", None, True),
    ("gov-001", "indicators", "value_max", 99, True),
    ("gov-001", "projects", "stage", "planning", True),
    ("gov-001", "projects", "category", "不存在的类别", True),
    ("gov-001", "projects", "name", "完全不同", True),
    ("mid-016", "livelihood_items", "index", 42, True),
    ("mid-016", "livelihood_items", "kind", "actual", True),
    ("gov-001", "projects", "stage_text", "别的动词", False),
]


@pytest.mark.parametrize("name,rtype,fname,new,key", CHANGES)
def test_one_changed_field_gives_one_error(name, rtype, fname, new, key):
    gold = load(name)
    pred = copy.deepcopy(gold)
    rec = pred[rtype][0]
    assert rec.get(fname) != new
    rec[fname] = new
    ds = ev.score_document(pred, gold, name)
    errs = ds.errors
    assert len(errs) == 1
    e = errs[0]
    assert (e.kind, e.record_type, e.field, e.pred, e.key) == ("wrong_field", rtype, fname, new, key)
    assert e.gold == gold[rtype][0].get(fname)
    assert tuple(e.span) == tuple(gold[rtype][0]["span"]) and e.document == name
    ts = ds.types[rtype]
    assert ts.detection.f1 == 1.0
    n = len(gold[rtype])
    if key:
        assert ts.strict.f1 < 1.0 and ts.strict.tp == n - 1
    else:
        assert ts.strict.f1 == 1.0
    assert ts.fields[fname].correct == ts.fields[fname].total - 1


# --------------------------------------------------------------------------- missed / spurious


def test_missing_and_spurious_records_are_counted():
    gold = load("gov-001")
    pred = copy.deepcopy(gold)
    removed = pred["indicators"].pop(3)
    pred["indicators"].append(ind(100000, text="9.9%"))
    pred["projects"].append(proj(200000, 200005, text="多余项目"))
    ds = ev.score_document(pred, gold, "gov-001")
    n = len(gold["indicators"])
    ti = ds.types["indicators"]
    assert (ti.detection.tp, ti.n_pred, ti.n_gold) == (n - 1, n, n)
    assert ti.detection.precision == pytest.approx((n - 1) / n)
    assert ti.detection.recall == pytest.approx((n - 1) / n)
    tp = ds.types["projects"]
    assert tp.detection.recall == 1.0
    assert tp.detection.precision == pytest.approx(len(gold["projects"]) / (len(gold["projects"]) + 1))
    missed = only_errors(ds, "missed")
    spurious = only_errors(ds, "spurious")
    assert [(e.record_type, tuple(e.span), e.text) for e in missed] == [
        ("indicators", tuple(removed["span"]), removed["text"])]
    assert sorted((e.record_type, tuple(e.span)) for e in spurious) == [
        ("indicators", (100000, 100004)), ("projects", (200000, 200005))]
    assert len(ds.errors) == 3


def test_indicators_match_by_start_offset_only():
    gold = doc([ind(10, 14), ind(20, 24)])
    pred = doc([ind(10, 16), ind(21, 24)])  # same start, other end / other start
    ds = ev.score_document(pred, gold)
    ti = ds.types["indicators"]
    assert ti.detection.tp == 1
    assert {e.kind for e in ds.errors} == {"missed", "spurious"}


def test_duplicate_starts_pair_one_to_one_same_end_first():
    gold = doc([ind(10, 14, value=1)])
    pred = doc([ind(10, 12, value=2), ind(10, 14, value=1)])
    ds = ev.score_document(pred, gold)
    ti = ds.types["indicators"]
    assert (ti.detection.tp, ti.strict.tp, ti.n_pred) == (1, 1, 2)
    assert [(e.kind, tuple(e.span)) for e in ds.errors] == [("spurious", (10, 12))]


@pytest.mark.parametrize("tp,n_pred,n_gold,p,r,f1", [
    (0, 0, 0, 1.0, 1.0, 1.0),   # nothing to find, nothing found
    (0, 0, 3, 0.0, 0.0, 0.0),   # found nothing of something
    (0, 2, 0, 0.0, 0.0, 0.0),   # found something in nothing
    (1, 2, 4, 0.5, 0.25, 1 / 3),
    (3, 3, 3, 1.0, 1.0, 1.0),
])
def test_prf_edge_cases(tp, n_pred, n_gold, p, r, f1):
    s = ev.PRF(tp, n_pred, n_gold)
    assert (s.precision, s.recall) == (pytest.approx(p), pytest.approx(r))
    assert s.f1 == pytest.approx(f1)


def test_empty_documents_score_one_and_accuracy_none():
    ds = ev.score_document(doc(), doc())
    assert all(t.strict.f1 == 1.0 and t.detection.f1 == 1.0 for t in ds.types.values())
    assert ds.types["indicators"].field_accuracy["value"] is None
    assert ds.errors == []


# --------------------------------------------------------------------------- name rule

NAME_CASES = [
    # (golden name, predicted name, match?)
    ("地区生产总值", "地区生产总值", True),
    ("地区生产总值", "地区 生产\n总值", True),          # whitespace-insensitive
    ("地区 生产总值", "地区生产总值", True),
    ("土地流转率", "流转率", True),                      # 2 of 4 bigrams: exactly half
    ("城镇新增就业", "新增就业", True),                  # 3 of 5
    ("城镇新增就业", "增就业", False),                   # 2 of 5
    ("粮食总产量", "粮食", False),                       # 1 of 4
    ("高速公路", "铁路", False),
    ("流转率", "土地流转率", True),                      # all golden bigrams present
    ("“四好”农村公路修建", "四好农村公路修建", True),
    ("水", "水", True),                                  # 1-char names must be equal
    ("水", "水库", False),
    ("水库", "水", False),
    ("", "", True),
    ("公路", "", False),
]


@pytest.mark.parametrize("gold,pred,ok", NAME_CASES)
def test_bigram_name_rule(gold, pred, ok):
    assert ev.name_matches(gold, pred) is ok


@pytest.mark.parametrize("gold_kw,pred_kw,ok", [
    # golden has a canonical: the canonical decides, whatever the surface name
    ({"name": "生产总值", "canonical": "地区生产总值"}, {"name": "GDP", "canonical": "地区生产总值"}, True),
    ({"name": "地区生产总值", "canonical": "地区生产总值"}, {"name": "地区生产总值", "canonical": None}, False),
    # golden without canonical: bigram rule on the name
    ({"name": "土地流转率", "canonical": None}, {"name": "流转率", "canonical": None}, True),
    ({"name": "土地流转率", "canonical": None}, {"name": "土地面积", "canonical": None}, False),
    ({"name": "土地流转率", "canonical": None}, {"name": "流转率", "canonical": "城镇化率"}, True),
])
def test_indicator_name_uses_canonical_where_golden_has_one(gold_kw, pred_kw, ok):
    ds = ev.score_document(doc([ind(0, **pred_kw)]), doc([ind(0, **gold_kw)]))
    ti = ds.types["indicators"]
    assert ti.detection.tp == 1
    assert ti.fields["name"].correct == int(ok)
    assert ti.strict.tp == int(ok)


def test_name_error_shows_canonical_when_it_decided():
    gold = doc([ind(0, name="生产总值", canonical="地区生产总值")])
    pred = doc([ind(0, name="生产总值", canonical=None)])
    errs = ev.score_document(pred, gold).errors
    assert [(e.field, e.gold, e.pred, e.key) for e in errs] == [
        ("name", "生产总值 [canonical: 地区生产总值]", "生产总值 [canonical: None]", True),
        ("canonical", "地区生产总值", None, False)]


def test_project_and_livelihood_names_use_bigram_rule():
    gold = doc(projects=[proj(0, 9, name="荣昌区环线高速公路")],
               livelihood=[{"index": 1, "title": "“四好”农村公路修建", "year": 2022,
                            "kind": "actual", "span": [50, 60], "text": "x"}])
    pred = doc(projects=[proj(0, 9, name="荣昌区 环线高速")],
               livelihood=[{"index": 1, "title": "“四好”农村公路", "year": 2022,
                            "kind": "actual", "span": [50, 60], "text": "x"}])
    ds = ev.score_document(pred, gold)
    assert ds.types["projects"].strict.f1 == 1.0
    assert ds.types["livelihood_items"].strict.f1 == 1.0
    # punctuation is not ignored: without the quotes only 4 of 9 golden bigrams remain
    pred["livelihood_items"][0]["title"] = "四好农村公路"
    assert ev.score_document(pred, gold).types["livelihood_items"].strict.f1 == 0.0


# --------------------------------------------------------------------------- value comparison


@pytest.mark.parametrize("fname,gold,pred,ok", [
    ("value", 2.7, 2.7 + 1e-9, True),
    ("value", 2.7, 2.7 + 1e-4, False),
    ("value", 3, 3.0, True),
    ("value", -15.9, 15.9, False),
    ("estimated", True, 1, False),      # a bool never equals a number
    ("year", 2022, 2022, True),
])
def test_value_comparison(fname, gold, pred, ok):
    ds = ev.score_document(doc([ind(0, **{fname: pred})]), doc([ind(0, **{fname: gold})]))
    assert ds.types["indicators"].fields[fname].correct == int(ok)


def test_value_max_only_compared_when_either_side_has_it():
    both_null = ev.score_document(doc([ind(0)]), doc([ind(0, value_max=None)]))
    assert both_null.types["indicators"].fields["value_max"].total == 0
    assert both_null.types["indicators"].strict.f1 == 1.0
    gold_only = ev.score_document(doc([ind(0)]), doc([ind(0, value_max=6.5)]))
    assert gold_only.types["indicators"].fields["value_max"].total == 1
    assert gold_only.types["indicators"].strict.f1 == 0.0


def test_missing_pred_fields_take_contract_defaults():
    pred = ind(0)
    for f in ("estimated", "binding", "headline", "qualifier"):
        del pred[f]
    ds = ev.score_document(doc([pred]), doc([ind(0)]))
    assert ds.errors == []


# --------------------------------------------------------------------------- project overlap


@pytest.mark.parametrize("gold_spans,pred_spans,expected", [
    ([(10, 20)], [(12, 22)], [(0, 0)]),                     # partial overlap matches
    ([(10, 20)], [(20, 30)], []),                           # touching half-open spans do not
    ([(10, 20), (30, 40)], [(15, 40), (18, 25)], [(0, 1), (1, 0)]),  # largest overlap first
    ([(10, 20)], [(10, 20), (11, 19)], [(0, 0)]),           # one-to-one: the exact one wins
    ([(10, 20), (12, 18)], [(10, 20)], [(0, 0)]),
    ([(0, 5), (5, 10)], [(0, 10)], [(0, 0)]),               # equal overlap: list order
])
def test_overlap_matching(gold_spans, pred_spans, expected):
    gold = [proj(s, e) for s, e in gold_spans]
    pred = [proj(s, e) for s, e in pred_spans]
    assert ev.match_by_overlap(gold, pred) == expected
    ds = ev.score_document(doc(projects=pred), doc(projects=gold))
    tp = ds.types["projects"]
    assert tp.detection.tp == len(expected)
    assert len(only_errors(ds, "missed")) == len(gold) - len(expected)
    assert len(only_errors(ds, "spurious")) == len(pred) - len(expected)


def test_overlap_matching_on_real_projects_with_shifted_spans():
    gold = load("000_8d14213320e955ad")
    pred = copy.deepcopy(gold)
    for p in pred["projects"]:  # trim one character at the end: still overlaps
        p["span"] = [p["span"][0], p["span"][1] - 1]
    ds = ev.score_document(pred, gold)
    assert ds.types["projects"].detection.f1 == 1.0
    assert ds.types["projects"].strict.f1 == 1.0


# --------------------------------------------------------------------------- metadata

FULL_REPORT = load("000_8d14213320e955ad")["report"]


@pytest.mark.parametrize("fname,pred_value,ok", [
    ("title", "关于荣昌区2022年国民经济和社会发展计划执行情况\n及2023年计划草案的报告", True),
    ("title", " 关于荣昌区2022年国民经济和社会发展计划执行情况及 2023 年计划草案的报告\u3000", True),
    ("title", "关于荣昌区2022年国民经济和社会发展计划执行情况", False),
    ("title", None, False),
    ("issuer", "重庆市荣昌区 发展和改革委员会", True),
    ("meeting", "重庆市荣昌区第十八届人民代表大会\r\n第四次会议", True),
    ("review_year", "2022", True),
    ("review_year", 2021, False),
    ("date", "2023-01-30", False),
    ("doc_type", "government_work_report", False),
])
def test_metadata_whitespace_insensitive(fname, pred_value, ok):
    gold = doc(report=dict(FULL_REPORT))
    pred = doc(report={**FULL_REPORT, fname: pred_value})
    ds = ev.score_document(pred, gold, "d")
    assert ds.metadata[fname].correct == int(ok) and ds.metadata[fname].total == 1
    others = [f for f in ev.REPORT_FIELDS if f != fname]
    assert all(ds.metadata_accuracy[f] == 1.0 for f in others)
    errs = only_errors(ds, "wrong_report")
    assert [(e.field, e.pred) for e in errs] == ([] if ok else [(fname, pred_value)])


def test_metadata_null_golden_needs_null_prediction():
    gold = doc(report={**FULL_REPORT, "date": None})
    assert ev.score_document(doc(report={**FULL_REPORT, "date": None}), gold).metadata_accuracy["date"] == 1.0
    assert ev.score_document(doc(report=FULL_REPORT), gold).metadata_accuracy["date"] == 0.0


def test_other_golden_written_out_with_nulls_scores_only_doc_type():
    """A golden `other` report that writes every field out as null (as the contract's validator asks of an
    output) is scored on doc_type only, as the guideline says."""
    gold = doc(report={**{f: None for f in ev.REPORT_FIELDS}, "doc_type": "other", "region": "某县"})
    pred = doc(report={**FULL_REPORT, "doc_type": "other"})
    ds = ev.score_document(pred, gold, "d")
    assert ds.metadata["doc_type"].total == 1 and ds.metadata_accuracy["doc_type"] == 1.0
    assert all(ds.metadata[f].total == 0 for f in ev.REPORT_FIELDS if f != "doc_type")


@pytest.mark.parametrize("pred_doc_type,ok", [("other", True), ("plan_report", False)])
def test_other_golden_scores_only_doc_type(pred_doc_type, ok):
    gold = load("mid-017")
    assert gold["report"] == {"doc_type": "other"}
    pred = copy.deepcopy(gold)
    pred["report"] = {**FULL_REPORT, "doc_type": pred_doc_type}  # everything else "wrong"
    ds = ev.score_document(pred, gold, "mid-017")
    assert ds.metadata["doc_type"].total == 1
    assert ds.metadata_accuracy["doc_type"] == (1.0 if ok else 0.0)
    for f in ev.REPORT_FIELDS:
        if f != "doc_type":
            assert ds.metadata[f].total == 0 and ds.metadata_accuracy[f] is None
    assert [e.field for e in only_errors(ds, "wrong_report")] == ([] if ok else ["doc_type"])


def test_set_metadata_is_micro_averaged():
    full = doc(report=dict(FULL_REPORT))
    other = doc(report={"doc_type": "other"})
    wrong = doc(report={**FULL_REPORT, "title": "别的标题"})
    ss = ev.score_set([("a", full, full), ("b", wrong, full), ("c", wrong, other)])
    assert ss.metadata["title"].total == 2 and ss.metadata_accuracy["title"] == 0.5
    assert ss.metadata["doc_type"].total == 3 and ss.metadata["doc_type"].correct == 2


# --------------------------------------------------------------------------- set, output


def _damaged_set():
    items = []
    for name in ("gov-001", "mid-016", "plan-004"):
        gold = load(name)
        pred = copy.deepcopy(gold)
        if pred["indicators"]:
            pred["indicators"][0]["value"] = -1
            pred["indicators"].pop()
        items.append((name, pred, gold))
    return items


def test_set_scores_are_micro_averaged():
    items = _damaged_set()
    ss = ev.score_set(items)
    ti = ss.types["indicators"]
    n_gold = sum(len(g["indicators"]) for _, _, g in items)
    assert ti.n_gold == n_gold and ti.n_pred == n_gold - 3
    assert ti.detection.tp == n_gold - 3 and ti.strict.tp == n_gold - 6
    assert ss.documents["gov-001"].types["indicators"].strict.f1 < 1.0
    assert len(ss.errors) == sum(len(d.errors) for d in ss.documents.values()) == 6


def test_to_json_round_trips():
    ss = ev.score_set(_damaged_set())
    data = ev.to_json(ss)
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert data["types"]["indicators"]["strict"]["f1"] == ss.types["indicators"].strict.f1
    assert data["metadata"]["title"]["accuracy"] == 1.0
    assert len(data["errors"]) == len(ss.errors) == 6
    assert {e["kind"] for e in data["errors"]} == {"missed", "wrong_field"}
    wf = next(e for e in data["errors"] if e["kind"] == "wrong_field")
    assert wf["field"] == "value" and wf["pred"] == -1 and isinstance(wf["span"], list)
    assert set(data["documents"]) == {"gov-001", "mid-016", "plan-004"}


def _render(ss, **kw) -> str:
    buf = io.StringIO()
    ev.render(ss, Console(file=buf, width=200, color_system=None), **kw)
    return buf.getvalue()


def test_render_prints_tables_and_truncates_errors():
    ss = ev.score_set(_damaged_set())
    out = _render(ss, max_errors=2)
    for needle in ("indicators", "projects", "livelihood", "title", "gov-001", "Errors: 6",
                   "4 more errors"):
        assert needle in out, needle
    full = _render(ss, max_errors=100, per_document=False)
    assert "more errors" not in full and "Per document" not in full


def test_evaluate_dirs_with_custom_extractor(tmp_path):
    corpus, golden = tmp_path / "corpus", tmp_path / "golden"
    corpus.mkdir()
    golden.mkdir()
    for name in ("gov-001", "mid-017", "plan-004"):
        (golden / f"{name}.json").write_text((ROOT / "golden" / f"{name}.json").read_text("utf-8"), "utf-8")
        if name != "plan-004":  # no corpus text: skipped
            (corpus / f"{name}.txt").write_text("text", "utf-8")
    seen = []

    def fake_extract(path: Path) -> dict:
        seen.append(path.name)
        if path.stem == "mid-017":
            raise RuntimeError("boom")
        return load(path.stem)

    ss = ev.evaluate_dirs(corpus, golden, extract_file=fake_extract)
    assert sorted(seen) == ["gov-001.txt", "mid-017.txt"]
    assert set(ss.documents) == {"gov-001", "mid-017"}
    assert ss.documents["gov-001"].types["indicators"].strict.f1 == 1.0
    assert "RuntimeError: boom" in ss.documents["mid-017"].failure
    assert ss.documents["mid-017"].types["indicators"].detection.recall == 0.0
    assert "extraction failed" in _render(ss)

    ss = ev.evaluate_dirs(corpus, golden, extract_file=fake_extract, only=["gov-001.json"])
    assert set(ss.documents) == {"gov-001"}
    with pytest.raises(ValueError):
        ev.evaluate_dirs(corpus, golden, extract_file=fake_extract, only=["nope"])
    with pytest.raises(RuntimeError):
        ev.evaluate_dirs(corpus, golden, extract_file=fake_extract, raise_errors=True)


def test_evaluate_dirs_accepts_pydantic_like_results(tmp_path):
    corpus, golden = tmp_path / "corpus", tmp_path / "golden"
    corpus.mkdir()
    golden.mkdir()
    (golden / "gov-012.json").write_text((ROOT / "golden" / "gov-012.json").read_text("utf-8"), "utf-8")
    (corpus / "gov-012.txt").write_text("text", "utf-8")

    class Model:
        def model_dump(self, mode="python"):
            assert mode == "json"
            return load("gov-012")

    ss = ev.evaluate_dirs(corpus, golden, extract_file=lambda p: Model())
    assert ss.types["indicators"].strict.f1 == 1.0
