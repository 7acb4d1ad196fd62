"""Typed records of the output contract (shared/spec/GUIDELINE.md, schema version 1).

Golden files and `extract` output share this shape. Fields beyond the contract
(`rule`, `section`, `value_max`, `region`, `basis`) are optional extras.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Kind = Literal["actual", "target"]
Measure = Literal["level", "growth", "change"]
Qualifier = Literal["about", "at_least", "at_most"]
Stage = Literal["planning", "start", "ongoing", "complete"]
DocType = Literal["plan_report", "government_work_report", "other"]
Span = tuple[int, int]


class Record(BaseModel):
    """Every record quotes its text: text == document_text[span[0]:span[1]].

    Subclasses list `span`, `text` and `rule` last so the JSON reads in the guideline's order."""
    model_config = ConfigDict(extra="allow")


class DocumentInfo(BaseModel):
    source: Optional[str] = None
    sha256: str
    chars: int
    format: str = "txt"
    encoding: str = "utf-8"


class ReportMeta(BaseModel):
    title: Optional[str] = None
    doc_type: DocType = "other"
    region: Optional[str] = None
    parent_region: Optional[str] = None
    review_year: Optional[int] = None
    plan_year: Optional[int] = None
    date: Optional[str] = Field(default=None, description="ISO YYYY-MM-DD")
    issuer: Optional[str] = None
    meeting: Optional[str] = None


class Indicator(Record):
    name: str
    canonical: Optional[str] = None
    year: int
    kind: Kind
    measure: Measure
    value: int | float
    value_max: Optional[int | float] = None
    unit: str
    qualifier: Optional[Qualifier] = None
    estimated: bool = False
    binding: bool = False
    headline: bool = False
    span: Span
    text: str
    rule: Optional[str] = Field(default=None, description="id of the rule that produced the record")


class Project(Record):
    name: str
    category: Optional[str] = None
    stage: Stage
    stage_text: str
    year: Optional[int] = None
    kind: Kind
    span: Span
    text: str
    rule: Optional[str] = Field(default=None, description="id of the rule that produced the record")


class LivelihoodItem(Record):
    index: int
    title: str
    year: Optional[int] = None
    kind: Kind
    span: Span
    text: str
    rule: Optional[str] = Field(default=None, description="id of the rule that produced the record")


class Document(BaseModel):
    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    report: ReportMeta
    indicators: list[Indicator] = []
    projects: list[Project] = []
    livelihood_items: list[LivelihoodItem] = []
    warnings: list[str] = []
