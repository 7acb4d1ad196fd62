"""Target-vs-actual panel: the target one year's plan set, next to the actual the next report gave.

For a region, a canonical indicator, a measure and a year Y:
- the target is an indicator with kind=target and year Y from a document whose plan_year is Y;
- the actual is an indicator with kind=actual and year Y from a document whose review_year is Y;
- the gap is actual - target (against the low end of a target range), only when both exist and
  carry the same unit (the measure is part of the key, so it is always the same).
When several candidates exist, the headline one wins, then a plan report over other kinds of
document, then the earliest document, then the first by span.

`pair_series` is a pure function over plain dicts (see `store.indicator_rows` for their keys).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Iterable, Mapping, Optional

from .normalise import normalise


@dataclass(frozen=True)
class SeriesRow:
    region: str
    canonical: str
    measure: str
    year: int
    target: Optional[float] = None
    target_max: Optional[float] = None
    target_unit: Optional[str] = None
    target_qualifier: Optional[str] = None
    target_text: Optional[str] = None
    target_source: Optional[str] = None
    target_document_id: Optional[int] = None
    actual: Optional[float] = None
    actual_unit: Optional[str] = None
    actual_qualifier: Optional[str] = None
    actual_estimated: Optional[bool] = None
    actual_text: Optional[str] = None
    actual_source: Optional[str] = None
    actual_document_id: Optional[int] = None
    gap: Optional[float] = None

    @property
    def paired(self) -> bool:
        return self.target is not None and self.actual is not None


COLUMNS = [f.name for f in fields(SeriesRow)]


def _norm(s: object) -> str:
    """A unit for comparison: without spaces, and width folded (％ and % are the same unit)."""
    return normalise("".join(str(s).split())) if s is not None else ""


def _rank(row: Mapping) -> tuple:
    return (
        not bool(row.get("headline")),
        row.get("doc_type") != "plan_report",
        row.get("document_id") if row.get("document_id") is not None else 0,
        row.get("span_start") if row.get("span_start") is not None else 0,
    )


def _best(rows: list[Mapping]) -> Mapping:
    return min(rows, key=_rank)


def pair_series(rows: Iterable[Mapping], region: str | None = None, indicator: str | None = None,
                paired_only: bool = False) -> list[SeriesRow]:
    """Line up targets and actuals.

    Each input row is an indicator with its document's metadata: keys `document_id`, `source`,
    `region`, `doc_type`, `review_year`, `plan_year`, `canonical`, `year`, `kind`, `measure`,
    `value`, `value_max`, `unit`, `qualifier`, `estimated`, `headline`, `span_start`, `text`.
    Rows without a region or canonical name are ignored. `region` and `indicator` filter by
    region and canonical name (whitespace-insensitive)."""
    want_region = _norm(region) if region else None
    want_ind = _norm(indicator) if indicator else None
    targets: dict[tuple, list[Mapping]] = {}
    actuals: dict[tuple, list[Mapping]] = {}
    for row in rows:
        reg, can, year = _norm(row.get("region")), _norm(row.get("canonical")), row.get("year")
        if not reg or not can or year is None or not row.get("measure"):
            continue
        if want_region and reg != want_region:
            continue
        if want_ind and can != want_ind:
            continue
        key = (reg, can, row["measure"], int(year))
        if row.get("kind") == "target" and row.get("plan_year") == year:
            targets.setdefault(key, []).append(row)
        elif row.get("kind") == "actual" and row.get("review_year") == year:
            actuals.setdefault(key, []).append(row)

    out: list[SeriesRow] = []
    for key in sorted(set(targets) | set(actuals)):
        t = _best(targets[key]) if key in targets else None
        a = _best(actuals[key]) if key in actuals else None
        if paired_only and (t is None or a is None):
            continue
        gap = None
        if t is not None and a is not None and t.get("value") is not None and a.get("value") is not None \
                and _norm(t.get("unit")) == _norm(a.get("unit")):
            gap = round(float(a["value"]) - float(t["value"]), 6)
        out.append(SeriesRow(
            region=key[0], canonical=key[1], measure=key[2], year=key[3],
            target=t.get("value") if t else None,
            target_max=t.get("value_max") if t else None,
            target_unit=t.get("unit") if t else None,
            target_qualifier=t.get("qualifier") if t else None,
            target_text=t.get("text") if t else None,
            target_source=t.get("source") if t else None,
            target_document_id=t.get("document_id") if t else None,
            actual=a.get("value") if a else None,
            actual_unit=a.get("unit") if a else None,
            actual_qualifier=a.get("qualifier") if a else None,
            actual_estimated=bool(a.get("estimated")) if a else None,
            actual_text=a.get("text") if a else None,
            actual_source=a.get("source") if a else None,
            actual_document_id=a.get("document_id") if a else None,
            gap=gap,
        ))
    return out


def as_dicts(rows: Iterable[SeriesRow]) -> list[dict]:
    return [asdict(r) for r in rows]
