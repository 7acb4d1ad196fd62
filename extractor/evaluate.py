"""Score extractor output against golden files (shared/spec/GUIDELINE.md, schema version 1).

Both sides are plain dicts in the contract shape (golden JSON, or
``extract_file(p).model_dump(mode="json")``).

Matching
--------
* **indicators** are matched by the start offset of their span (``span[0]``), one to one.
  If several records share a start, those with the same end are paired first, then the
  rest in list order; the leftovers are missed / spurious.
* **projects** and **livelihood_items** are matched one to one by span overlap: all
  overlapping (gold, pred) pairs are taken greedily, largest overlap first (ties: the pair
  whose boundaries differ least, then list order). Overlap is ``min(end) - max(start) > 0``.

Scores (per record type)
------------------------
* ``detection``: a match is a true positive.
* ``strict``: a match whose key fields are all right is a true positive
  (``KEY_FIELDS``). Precision = tp / n_pred, recall = tp / n_gold over the same counts.
* ``fields``: per-field accuracy over matched records, for every field in ``FIELDS``.
  ``value_max`` is compared (and counted) only when either side has it non-null.

Field comparison
----------------
* ``name`` (indicators): where the golden has a ``canonical`` the predicted ``canonical``
  must equal it; otherwise the bigram rule. ``name`` (projects) and ``title``
  (livelihood items) use the bigram rule. Bigram rule: whitespace removed, at least half of
  the golden name's distinct character bigrams occur among the predicted name's bigrams;
  a name of fewer than two characters must be equal.
* numbers: ``abs(a - b) <= 1e-6`` (a bool never equals a number); ``None`` equals only
  ``None``; other values by ``==``. A field missing from a record takes the contract
  default (``False`` for estimated/binding/headline, else ``None``).
* report metadata (``REPORT_FIELDS``): values compared as strings with all whitespace
  removed (so ``2022`` equals ``"2022"``), ``None`` equals only ``None``. A golden whose
  ``report`` has only ``doc_type`` (a doc_type ``other`` text) is scored only on doc_type.

Edge cases (documented contract of the numbers)
-----------------------------------------------
* precision = tp / n_pred; with n_pred == 0 it is 1.0 when n_gold == 0 (nothing to find,
  nothing found) and 0.0 otherwise.
* recall = tp / n_gold; with n_gold == 0 it is 1.0 when n_pred == 0 and 0.0 otherwise.
* F1 = 2PR / (P + R), 0.0 when P + R == 0. So an empty prediction of an empty golden scores
  1.0 everywhere, and any spurious record in a document without golden records gives 0.0.
* accuracy (fields, metadata) = correct / total, ``None`` when nothing was compared
  (total == 0), e.g. ``title`` of a doc_type ``other`` golden.
* Set scores are micro-averaged: counts are summed over documents, then the ratios taken.

Errors
------
``ErrorItem.kind`` is ``missed`` (golden record without a match), ``spurious`` (predicted
record without a match), ``wrong_field`` (a matched record's field differs; ``key`` tells
whether the field counts for strict) or ``wrong_report`` (a report metadata field differs).
"""
from __future__ import annotations

import json
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

RECORD_TYPES: tuple[str, ...] = ("indicators", "projects", "livelihood_items")

FIELDS: dict[str, tuple[str, ...]] = {
    "indicators": (
        "name", "canonical", "year", "kind", "measure", "value", "value_max", "unit",
        "qualifier", "estimated", "binding", "headline",
    ),
    "projects": ("name", "category", "stage", "stage_text", "year", "kind"),
    "livelihood_items": ("index", "title", "year", "kind"),
}

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "indicators": (
        "name", "year", "kind", "measure", "value", "value_max", "unit", "qualifier",
        "estimated", "binding", "headline",
    ),
    "projects": ("name", "stage", "year", "kind", "category"),
    "livelihood_items": ("index", "title", "year", "kind"),
}

REPORT_FIELDS: tuple[str, ...] = (
    "title", "doc_type", "region", "parent_region", "review_year", "plan_year", "date",
    "issuer", "meeting",
)

NUMBER_TOLERANCE = 1e-6

_DEFAULTS: dict[str, Any] = {"estimated": False, "binding": False, "headline": False}
_WS = re.compile(r"\s+")


# --------------------------------------------------------------------------- figures


@dataclass
class PRF:
    """Counts of one precision/recall/F1 figure; ratios follow the module's edge-case rules."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        if self.n_pred == 0:
            return 1.0 if self.n_gold == 0 else 0.0
        return self.tp / self.n_pred

    @property
    def recall(self) -> float:
        if self.n_gold == 0:
            return 1.0 if self.n_pred == 0 else 0.0
        return self.tp / self.n_gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def to_json(self) -> dict:
        return {"tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class FieldAccuracy:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> Optional[float]:
        return None if self.total == 0 else self.correct / self.total

    def add(self, other: "FieldAccuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    def to_json(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class ErrorItem:
    document: str
    record_type: str  # indicators | projects | livelihood_items | report
    kind: str  # missed | spurious | wrong_field | wrong_report
    span: Optional[tuple[int, int]] = None  # golden span (pred span for spurious)
    text: Optional[str] = None
    field: Optional[str] = None
    gold: Any = None
    pred: Any = None
    key: bool = False  # the field counts for the strict score
    pred_span: Optional[tuple[int, int]] = None  # for wrong_field: the matched prediction

    def to_json(self) -> dict:
        d = {"document": self.document, "record_type": self.record_type, "kind": self.kind,
             "span": list(self.span) if self.span is not None else None, "text": self.text}
        if self.kind in ("wrong_field", "wrong_report"):
            d.update(field=self.field, gold=self.gold, pred=self.pred, key=self.key)
        if self.pred_span is not None:
            d["pred_span"] = list(self.pred_span)
        return d


@dataclass
class TypeScore:
    detection: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    fields: dict[str, FieldAccuracy] = field(default_factory=dict)

    @property
    def n_gold(self) -> int:
        return self.detection.n_gold

    @property
    def n_pred(self) -> int:
        return self.detection.n_pred

    @property
    def field_accuracy(self) -> dict[str, Optional[float]]:
        return {k: v.accuracy for k, v in self.fields.items()}

    def add(self, other: "TypeScore") -> None:
        self.detection.add(other.detection)
        self.strict.add(other.strict)
        for k, v in other.fields.items():
            self.fields.setdefault(k, FieldAccuracy()).add(v)

    def to_json(self) -> dict:
        return {"detection": self.detection.to_json(), "strict": self.strict.to_json(),
                "fields": {k: v.to_json() for k, v in self.fields.items()}}


def _empty_types() -> dict[str, TypeScore]:
    return {t: TypeScore(fields={f: FieldAccuracy() for f in FIELDS[t]}) for t in RECORD_TYPES}


def _empty_metadata() -> dict[str, FieldAccuracy]:
    return {f: FieldAccuracy() for f in REPORT_FIELDS}


@dataclass
class DocumentScore:
    name: str = ""
    types: dict[str, TypeScore] = field(default_factory=_empty_types)
    metadata: dict[str, FieldAccuracy] = field(default_factory=_empty_metadata)
    errors: list[ErrorItem] = field(default_factory=list)
    failure: Optional[str] = None  # extraction raised; the document was scored as empty

    @property
    def metadata_accuracy(self) -> dict[str, Optional[float]]:
        return {k: v.accuracy for k, v in self.metadata.items()}

    def to_json(self, with_errors: bool = True) -> dict:
        d = {"name": self.name,
             "types": {t: s.to_json() for t, s in self.types.items()},
             "metadata": {k: v.to_json() for k, v in self.metadata.items()},
             "failure": self.failure}
        if with_errors:
            d["errors"] = [e.to_json() for e in self.errors]
        return d


@dataclass
class SetScore:
    documents: dict[str, DocumentScore] = field(default_factory=dict)
    types: dict[str, TypeScore] = field(default_factory=_empty_types)
    metadata: dict[str, FieldAccuracy] = field(default_factory=_empty_metadata)

    @property
    def metadata_accuracy(self) -> dict[str, Optional[float]]:
        return {k: v.accuracy for k, v in self.metadata.items()}

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for d in self.documents.values() for e in d.errors]

    def add(self, doc: DocumentScore) -> None:
        name = doc.name
        if name in self.documents:
            i = 2
            while f"{name}#{i}" in self.documents:
                i += 1
            name = f"{name}#{i}"
        self.documents[name] = doc
        for t, s in doc.types.items():
            self.types.setdefault(t, TypeScore()).add(s)
        for k, v in doc.metadata.items():
            self.metadata.setdefault(k, FieldAccuracy()).add(v)


# --------------------------------------------------------------------------- comparison


def _nows(s: Any) -> str:
    return _WS.sub("", str(s))


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def name_matches(gold: Optional[str], pred: Optional[str]) -> bool:
    """The guideline's name rule: at least half of the golden name's (distinct) character
    bigrams occur in the predicted name, whitespace ignored; names shorter than two
    characters must be equal."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _nows(gold), _nows(pred)
    if g == p:
        return True
    gb = _bigrams(g)
    if not gb:
        return False
    shared = len(gb & _bigrams(p))
    return 2 * shared >= len(gb)


def values_equal(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if isinstance(gold, bool) or isinstance(pred, bool):
        return isinstance(gold, bool) and isinstance(pred, bool) and gold == pred
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return abs(float(gold) - float(pred)) <= NUMBER_TOLERANCE
    return gold == pred


def _get(rec: dict, f: str) -> Any:
    v = rec.get(f, _DEFAULTS.get(f))
    return _DEFAULTS.get(f) if v is None and f in _DEFAULTS else v


def _field_ok(rtype: str, f: str, gold: dict, pred: dict) -> bool:
    if rtype == "indicators" and f == "name":
        gc = _get(gold, "canonical")
        if gc is not None:
            return _get(pred, "canonical") == gc
        return name_matches(_get(gold, "name"), _get(pred, "name"))
    if (rtype == "projects" and f == "name") or (rtype == "livelihood_items" and f == "title"):
        return name_matches(_get(gold, f), _get(pred, f))
    return values_equal(_get(gold, f), _get(pred, f))


def _span(rec: dict) -> Optional[tuple[int, int]]:
    s = rec.get("span")
    if s is None or len(s) != 2:
        return None
    return int(s[0]), int(s[1])


# --------------------------------------------------------------------------- matching


def match_by_start(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of records with the same span start."""
    by_start: dict[int, list[int]] = {}
    for j, p in enumerate(pred):
        sp = _span(p)
        if sp is not None:
            by_start.setdefault(sp[0], []).append(j)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    pending: list[int] = []
    for i, g in enumerate(gold):  # first pass: same start and same end
        sp = _span(g)
        cands = by_start.get(sp[0], []) if sp else []
        j = next((j for j in cands if j not in used and _span(pred[j]) == sp), None)
        if j is None:
            pending.append(i)
        else:
            used.add(j)
            pairs.append((i, j))
    for i in pending:  # second pass: same start
        sp = _span(gold[i])
        cands = by_start.get(sp[0], []) if sp else []
        j = next((j for j in cands if j not in used), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def match_by_overlap(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs by span overlap, greedy, largest overlap first."""
    cands = []
    for i, g in enumerate(gold):
        gs = _span(g)
        if gs is None:
            continue
        for j, p in enumerate(pred):
            ps = _span(p)
            if ps is None:
                continue
            ov = min(gs[1], ps[1]) - max(gs[0], ps[0])
            if ov > 0:
                diff = abs(gs[0] - ps[0]) + abs(gs[1] - ps[1])
                cands.append((-ov, diff, i, j))
    cands.sort()
    gu: set[int] = set()
    pu: set[int] = set()
    pairs = []
    for _, _, i, j in cands:
        if i in gu or j in pu:
            continue
        gu.add(i)
        pu.add(j)
        pairs.append((i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


def _score_type(rtype: str, gold: list[dict], pred: list[dict], doc: str,
                errors: list[ErrorItem]) -> TypeScore:
    matcher = match_by_start if rtype == "indicators" else match_by_overlap
    pairs = matcher(gold, pred)
    ts = TypeScore(fields={f: FieldAccuracy() for f in FIELDS[rtype]})
    strict_tp = 0
    keys = KEY_FIELDS[rtype]
    for i, j in pairs:
        g, p = gold[i], pred[j]
        all_ok = True
        for f in FIELDS[rtype]:
            if f == "value_max" and _get(g, f) is None and _get(p, f) is None:
                continue
            ok = _field_ok(rtype, f, g, p)
            fa = ts.fields[f]
            fa.total += 1
            fa.correct += ok
            if not ok:
                if f in keys:
                    all_ok = False
                gv, pv = _get(g, f), _get(p, f)
                if rtype == "indicators" and f == "name" and _get(g, "canonical") is not None:
                    # the canonical decided: show it, or the error reads gold=X pred=X
                    gv = f"{gv} [canonical: {_get(g, 'canonical')}]"
                    pv = f"{pv} [canonical: {_get(p, 'canonical')}]"
                errors.append(ErrorItem(doc, rtype, "wrong_field", _span(g), g.get("text"),
                                        f, gv, pv, f in keys, _span(p)))
        strict_tp += all_ok
    gm = {i for i, _ in pairs}
    pm = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in gm:
            errors.append(ErrorItem(doc, rtype, "missed", _span(g), g.get("text")))
    for j, p in enumerate(pred):
        if j not in pm:
            errors.append(ErrorItem(doc, rtype, "spurious", _span(p), p.get("text")))
    ts.detection = PRF(len(pairs), len(pred), len(gold))
    ts.strict = PRF(strict_tp, len(pred), len(gold))
    return ts


def report_fields_scored(gold_report: dict) -> tuple[str, ...]:
    """The report fields a golden report is scored on: of an `other` text only doc_type (the guideline
    scores no other field there, even where a golden file writes them out as null)."""
    if set(gold_report) <= {"doc_type"} or gold_report.get("doc_type") == "other":
        return ("doc_type",)
    return REPORT_FIELDS


def _meta_equal(gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return _nows(gold) == _nows(pred)


def _err_sort_key(e: ErrorItem):
    order = {"report": 0, "indicators": 1, "projects": 2, "livelihood_items": 3}
    return (order.get(e.record_type, 9), e.span[0] if e.span else -1, e.kind)  # stable: field order


def score_document(pred: dict, gold: dict, name: str = "") -> DocumentScore:
    """Score one predicted document against its golden document."""
    pred = pred or {}
    ds = DocumentScore(name=name)
    errors: list[ErrorItem] = []
    grep = gold.get("report") or {}
    prep = pred.get("report") or {}
    for f in report_fields_scored(grep):
        g, p = grep.get(f), prep.get(f)
        ok = _meta_equal(g, p)
        fa = ds.metadata[f]
        fa.total += 1
        fa.correct += ok
        if not ok:
            errors.append(ErrorItem(name, "report", "wrong_report", field=f, gold=g, pred=p,
                                    key=True))
    for t in RECORD_TYPES:
        ds.types[t] = _score_type(t, list(gold.get(t) or []), list(pred.get(t) or []),
                                  name, errors)
    errors.sort(key=_err_sort_key)
    ds.errors = errors
    return ds


def score_set(items: Iterable[tuple[str, dict, dict]]) -> SetScore:
    """Score (name, pred, gold) triples; set figures are micro-averaged over documents."""
    ss = SetScore()
    for name, pred, gold in items:
        ss.add(score_document(pred, gold, name))
    return ss


# --------------------------------------------------------------------------- output


def to_json(score: SetScore) -> dict:
    """All figures and the full error list as JSON-able data."""
    return {
        "types": {t: s.to_json() for t, s in score.types.items()},
        "metadata": {k: v.to_json() for k, v in score.metadata.items()},
        "documents": {n: d.to_json(with_errors=False) for n, d in score.documents.items()},
        "errors": [e.to_json() for e in score.errors],
    }


_TYPE_LABEL = {"indicators": "indicators", "projects": "projects",
               "livelihood_items": "livelihood"}


def _pct(x: Optional[float]) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def _short(v: Any, n: int = 40) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
    return s if len(s) <= n else s[: n - 1] + "…"


def render(score: SetScore, console: "Console", max_errors: int = 60,
           per_document: bool = True) -> None:
    """Print the scores as rich tables, then the error list (at most max_errors lines)."""
    from rich.table import Table
    from rich.markup import escape

    t = Table(title="Records (micro-averaged, %)")
    for c in ("type", "gold", "pred", "matched", "det P", "det R", "det F1",
              "strict", "str P", "str R", "str F1"):
        t.add_column(c, justify="left" if c == "type" else "right")
    for rt, s in score.types.items():
        d, st = s.detection, s.strict
        t.add_row(_TYPE_LABEL.get(rt, rt), str(d.n_gold), str(d.n_pred), str(d.tp),
                  _pct(d.precision), _pct(d.recall), _pct(d.f1), str(st.tp),
                  _pct(st.precision), _pct(st.recall), _pct(st.f1))
    console.print(t)

    ft = Table(title="Field accuracy on matched records (%)")
    ft.add_column("type")
    ft.add_column("field")
    ft.add_column("correct", justify="right")
    ft.add_column("total", justify="right")
    ft.add_column("acc", justify="right")
    for rt, s in score.types.items():
        for f, fa in s.fields.items():
            mark = "" if f in KEY_FIELDS.get(rt, ()) else " (not in strict)"
            ft.add_row(_TYPE_LABEL.get(rt, rt), f + mark, str(fa.correct), str(fa.total),
                       _pct(fa.accuracy))
    console.print(ft)

    mt = Table(title="Report metadata accuracy (%)")
    mt.add_column("field")
    mt.add_column("correct", justify="right")
    mt.add_column("total", justify="right")
    mt.add_column("acc", justify="right")
    for f, fa in score.metadata.items():
        mt.add_row(f, str(fa.correct), str(fa.total), _pct(fa.accuracy))
    console.print(mt)

    if per_document and score.documents:
        dt = Table(title="Per document: strict F1 (%) and metadata correct/scored")
        dt.add_column("document")
        for rt in RECORD_TYPES:
            dt.add_column(_TYPE_LABEL[rt], justify="right")
        dt.add_column("report", justify="right")
        dt.add_column("errors", justify="right")
        for n, d in score.documents.items():
            cells = []
            for rt in RECORD_TYPES:
                s = d.types[rt]
                cells.append(f"{_pct(s.strict.f1)} ({s.strict.tp}/{s.n_gold}g/{s.n_pred}p)")
            mc = sum(v.correct for v in d.metadata.values())
            mtot = sum(v.total for v in d.metadata.values())
            label = escape(n) + (" [red](extraction failed)[/red]" if d.failure else "")
            dt.add_row(label, *cells, f"{mc}/{mtot}", str(len(d.errors)))
        console.print(dt)
        for n, d in score.documents.items():
            if d.failure:
                console.print(f"[red]{escape(n)}: extraction failed:[/red] {escape(d.failure)}")

    errs = score.errors
    console.print(f"[bold]Errors[/bold]: {len(errs)}")
    for e in errs[:max_errors]:
        where = f"{e.span[0]}-{e.span[1]}" if e.span else "-"
        txt = _short(e.text or "", 30)
        if e.kind in ("wrong_field", "wrong_report"):
            tag = "" if e.key else " (not in strict)"
            msg = (f"{e.kind:12} {e.record_type}.{e.field}{tag}: gold={_short(e.gold)} "
                   f"pred={_short(e.pred)}")
        else:
            msg = f"{e.kind:12} {e.record_type}"
        console.print(escape(f"{e.document} [{where}] {txt!r} {msg}"), highlight=False)
    if len(errs) > max_errors:
        console.print(f"… {len(errs) - max_errors} more errors not shown "
                      f"(raise max_errors or use the JSON output)")


# --------------------------------------------------------------------------- directories


def _default_extract(path: Path) -> dict:
    from extractor import extract_file  # lazy: the extraction API lives elsewhere

    return extract_file(path)


def evaluate_dirs(corpus_dir: Path, golden_dir: Path,
                  extract_file: Callable[[Path], Any] | None = None,
                  only: list[str] | None = None, raise_errors: bool = False) -> SetScore:
    """Extract and score every golden/<stem>.json that has a corpus/<stem>.txt.

    ``extract_file`` returns a contract dict (a pydantic model is dumped with
    ``model_dump(mode="json")``). ``only`` restricts to these stems (a file name or path
    is reduced to its stem); an unknown stem raises ValueError. An exception while
    extracting one document is re-raised when ``raise_errors``; otherwise the document is
    scored against an empty prediction and the exception kept in ``DocumentScore.failure``.
    """
    corpus_dir, golden_dir = Path(corpus_dir), Path(golden_dir)
    fn = extract_file or _default_extract
    pairs = []
    for gpath in sorted(golden_dir.glob("*.json")):
        tpath = corpus_dir / f"{gpath.stem}.txt"
        if tpath.exists():
            pairs.append((gpath.stem, gpath, tpath))
    if only is not None:
        wanted = {Path(x).stem for x in only}
        known = {s for s, _, _ in pairs}
        unknown = wanted - known
        if unknown:
            raise ValueError(f"no golden file with a corpus text for: {sorted(unknown)}")
        pairs = [p for p in pairs if p[0] in wanted]
    ss = SetScore()
    for stem, gpath, tpath in pairs:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        failure = None
        try:
            pred = fn(tpath)
            if hasattr(pred, "model_dump"):
                pred = pred.model_dump(mode="json")
        except Exception as exc:  # noqa: BLE001 - reported per document
            if raise_errors:
                raise
            tb = traceback.extract_tb(exc.__traceback__)
            where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
            failure = f"{type(exc).__name__}: {exc}{where}"
            pred = {}
        ds = score_document(pred, gold, stem)
        ds.failure = failure
        ss.add(ds)
    return ss
