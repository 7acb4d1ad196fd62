"""Report header metadata (title, doc_type, region, years, date, issuer, meeting).

Preliminary version: years only; see patterns/report.toml for lexicons.
"""
from __future__ import annotations

import regex

from extractor.models import ReportMeta

_Y = r"((?:19|20)\d{2})\s*年"


def read_report_meta(text: str) -> ReportMeta:
    head = text[:6000]
    flat = head.replace("\n", "")
    review = plan = None
    m = regex.search(_Y + r"[^。]{0,40}?执行情况[^。]{0,40}?" + _Y, flat)
    if m:
        review, plan = int(m.group(1)), int(m.group(2))
    else:
        m1 = regex.search(_Y + r"\s*(?:工作回顾|工作情况)", head)
        m2 = regex.search(_Y + r"\s*(?:工作安排|主要预期目标|计划)", head)
        if m1:
            review = int(m1.group(1))
        if m2:
            plan = int(m2.group(1))
        if review is None and plan is None:
            ys = [int(y) for y in regex.findall(_Y + r"(?!\d{1,2}月)", head)]
            if ys:
                review = ys[0]
    if review and not plan:
        plan = review + 1
    if plan and not review:
        review = plan - 1
    return ReportMeta(review_year=review, plan_year=plan)
