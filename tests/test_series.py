"""Target-vs-actual pairing: the pure function on hand-made rows, then end to end over two reports."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import typer
from typer.testing import CliRunner

from extractor import batch, cli_batch
from extractor.pipeline import extract_file
from extractor.series import COLUMNS, pair_series

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "corpus" / "000_8d14213320e955ad.txt"

PLAN_DOC = {"document_id": 1, "source": "plan.txt", "region": "某区", "doc_type": "plan_report",
            "review_year": 2022, "plan_year": 2023}
REVIEW_DOC = {"document_id": 2, "source": "review.txt", "region": "某区", "doc_type": "plan_report",
              "review_year": 2023, "plan_year": 2024}


def ind(doc: dict, canonical: str, year: int, kind: str, value: float, measure: str = "growth",
        unit: str = "%", headline: bool = False, span_start: int = 0, **extra) -> dict:
    return {**doc, "canonical": canonical, "year": year, "kind": kind, "measure": measure, "value": value,
            "unit": unit, "headline": headline, "span_start": span_start, "value_max": None,
            "qualifier": None, "estimated": False, "text": f"{value}{unit}", **extra}


def test_pairs_the_plan_target_with_the_next_reports_actual():
    rows = [
        ind(PLAN_DOC, "地区生产总值", 2022, "actual", 2.7, headline=True),     # actual of the earlier year
        ind(PLAN_DOC, "地区生产总值", 2023, "target", 7, headline=True, span_start=100),
        ind(REVIEW_DOC, "地区生产总值", 2023, "actual", 6.1, headline=True, span_start=50),
        ind(REVIEW_DOC, "地区生产总值", 2024, "target", 6, headline=True, span_start=900),
    ]
    out = {(r.canonical, r.year): r for r in pair_series(rows)}
    pair = out[("地区生产总值", 2023)]
    assert (pair.target, pair.actual, pair.gap) == (7, 6.1, -0.9)
    assert pair.target_source == "plan.txt" and pair.actual_source == "review.txt"
    assert pair.measure == "growth" and pair.paired
    assert out[("地区生产总值", 2022)].target is None and out[("地区生产总值", 2022)].actual == 2.7
    assert out[("地区生产总值", 2024)].actual is None
    assert [r.year for r in pair_series(rows, paired_only=True)] == [2023]


def test_only_the_plan_year_of_a_plan_and_the_review_year_of_a_review_count():
    rows = [
        ind(PLAN_DOC, "城镇化率", 2025, "target", 70, measure="level"),        # a 到2025年 goal
        ind(REVIEW_DOC, "城镇化率", 2025, "actual", 69, measure="level"),
        ind(REVIEW_DOC, "城镇化率", 2023, "target", 68, measure="level"),      # not the review doc's plan year
    ]
    assert pair_series(rows) == []


def test_headline_first_then_first_by_span():
    rows = [
        ind(PLAN_DOC, "全社会固定资产投资", 2023, "target", 12, span_start=10),
        ind(PLAN_DOC, "全社会固定资产投资", 2023, "target", 11, headline=True, span_start=500),
        ind(PLAN_DOC, "全社会固定资产投资", 2023, "target", 10, headline=True, span_start=800),
        ind(REVIEW_DOC, "全社会固定资产投资", 2023, "actual", 3.0, span_start=700),
        ind(REVIEW_DOC, "全社会固定资产投资", 2023, "actual", 3.2, span_start=300),
    ]
    (row,) = pair_series(rows)
    assert (row.target, row.actual, row.gap) == (11, 3.2, -7.8)


def test_measures_stay_apart_and_units_must_agree():
    rows = [
        ind(PLAN_DOC, "地区生产总值", 2023, "target", 7),
        ind(PLAN_DOC, "地区生产总值", 2023, "target", 500, measure="level", unit="亿元"),
        ind(REVIEW_DOC, "地区生产总值", 2023, "actual", 6.1),
        ind(REVIEW_DOC, "地区生产总值", 2023, "actual", 5.2, measure="level", unit="万亿元"),
    ]
    out = {r.measure: r for r in pair_series(rows)}
    assert out["growth"].gap == -0.9
    assert out["level"].target == 500 and out["level"].actual == 5.2 and out["level"].gap is None


def test_regions_filters_and_rows_without_keys():
    other = {**REVIEW_DOC, "document_id": 3, "region": "另一县", "source": "other.txt"}
    rows = [
        ind(PLAN_DOC, "地区生产总值", 2023, "target", 7),
        ind(other, "地区生产总值", 2023, "actual", 4.0),                      # another region: no pair
        ind({**PLAN_DOC, "region": None}, "地区生产总值", 2023, "target", 8),
        ind(PLAN_DOC, None, 2023, "target", 9),
        ind(PLAN_DOC, "社会消费品零售总额", 2023, "target", 8),
    ]
    regions = {(r.region, r.canonical) for r in pair_series(rows)}
    assert regions == {("某区", "地区生产总值"), ("另一县", "地区生产总值"), ("某区", "社会消费品零售总额")}
    assert all(r.region == "另一县" for r in pair_series(rows, region=" 另一县 "))
    assert {r.canonical for r in pair_series(rows, indicator="社会消费品零售总额")} == {"社会消费品零售总额"}
    assert not any(r.paired for r in pair_series(rows))


def test_a_target_range_is_compared_at_its_low_end():
    rows = [ind(PLAN_DOC, "地区生产总值", 2023, "target", 6, value_max=6.5),
            ind(REVIEW_DOC, "地区生产总值", 2023, "actual", 6.3)]
    rows[0]["value_max"] = 6.5
    (row,) = pair_series(rows)
    assert row.target_max == 6.5 and row.gap == 0.3


# ------------------------------------------------------------------ end to end over two reports

def review_report(region: str) -> str:
    """A short 2023 review of the reference's region (the name is read from the reference, not written here)."""
    return (f"关于{region}2023年国民经济和社会发展计划执行情况及2024年计划草案的报告\n\n"
            "一、2023年国民经济和社会发展计划执行情况\n"
            "2023年，全区经济运行稳中向好。地区生产总值增长6.1%，规模以上工业增加值增长8.2%，"
            "社会消费品零售总额增长7.5%。\n"
            "二、2024年国民经济和社会发展计划\n"
            "地区生产总值增长6%左右。\n")


def test_series_end_to_end_pairs_the_reference_plan_with_a_next_year_review(tmp_path):
    reference = extract_file(REFERENCE)
    region = reference.report.region
    assert region and reference.report.plan_year == 2023
    target = min((i for i in reference.indicators if i.canonical == "地区生产总值" and i.kind == "target"
                  and i.year == 2023 and i.measure == "growth"),
                 key=lambda i: (not i.headline, i.span[0]))
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(REFERENCE, src / "reference.txt")
    (src / "review2023.txt").write_text(review_report(region), encoding="utf-8")
    db = tmp_path / "r.db"
    summary = batch.run_batch([src], tmp_path / "out", db=db, workers=1)
    assert summary.ok == 2

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """test app"""

    cli_batch.register(app)
    runner = CliRunner()
    result = runner.invoke(app, ["series", "--db", str(db), "--region", region, "--indicator", "地区生产总值",
                                 "--csv", str(tmp_path / "series.csv")])
    assert result.exit_code == 0, result.output
    assert "地区生产总值" in result.output
    raw = (tmp_path / "series.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == COLUMNS
    pair = next(r for r in rows if r["year"] == "2023" and r["measure"] == "growth")
    assert float(pair["target"]) == target.value
    assert float(pair["actual"]) == 6.1
    assert abs(float(pair["gap"]) - (6.1 - target.value)) < 1e-9
    assert pair["target_source"].endswith("reference.txt") and pair["actual_source"].endswith("review2023.txt")
    assert all(r["region"] == region and r["canonical"] == "地区生产总值" for r in rows)
