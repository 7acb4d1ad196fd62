"""Where a report reviews the past year and where it plans the next one.

`Layout.context_at(offset)` tells any record extractor which year an offset belongs to and
whether values there are actuals (review part) or targets (plan part). The parts are found
from headings and cue phrases listed in patterns/sections.toml.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Optional

Part = Literal["review", "plan", "unknown"]


class Context(NamedTuple):
    part: Part
    year: Optional[int]
    kind: Literal["actual", "target"]


@dataclass(frozen=True)
class Layout:
    review_year: Optional[int] = None
    plan_year: Optional[int] = None
    # sorted (start_offset, part) boundaries; a part runs until the next boundary
    boundaries: list[tuple[int, Part]] = field(default_factory=list)
    # a plan part of other years than the plan year (三、今后五年的奋斗目标: its last year), by its start
    part_years: dict[int, int] = field(default_factory=dict)
    # the year the text speaks of where its parts do not say, and (outside both parts:
    # news items, lists) whether it plans
    default_year: Optional[int] = None
    default_kind: Literal["actual", "target"] = "actual"
    # the year a news item was written (its page date): 今年 and 去年 in it count from this year
    now_year: Optional[int] = None
    now_is_early: bool = False      # written in the year's first months, when its results are not out
    now_is_late: bool = False       # written in the year's last months, when the plans it speaks of are next year's
    period_release: bool = False    # figures of part of a year (2024年1—6月全市主要经济指标): no headline system
    # every value's context is asked for, so each part's context is built once
    _starts: list[int] = field(init=False, repr=False, compare=False)
    _contexts: list[Context] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [start for start, _ in self.boundaries]
        contexts = [self._context_of(part, self.part_years.get(start)) for start, part in self.boundaries]
        if not starts or starts[0] > 0:
            starts.insert(0, -1)
            contexts.insert(0, self._context_of("unknown"))
        object.__setattr__(self, "_starts", starts)
        object.__setattr__(self, "_contexts", contexts)

    def _context_of(self, part: Part, year: Optional[int] = None) -> Context:
        if part == "plan":
            return Context(part, year or self.plan_year or self.default_year, "target")
        if part == "review":
            return Context(part, self.review_year or self.default_year, "actual")
        return Context(part, self.default_year or self.review_year or self.plan_year, self.default_kind)

    def part_at(self, offset: int) -> Part:
        return self.context_at(offset).part

    def in_years_ahead(self, offset: int) -> bool:
        """Whether `offset` is in a plan part of other years than the plan year (今后五年的奋斗目标)."""
        return bool(self.part_years) and self._starts[bisect.bisect_right(self._starts, offset) - 1] in self.part_years

    def context_at(self, offset: int) -> Context:
        return self._contexts[bisect.bisect_right(self._starts, offset) - 1]
