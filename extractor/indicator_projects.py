"""A project's figures written after the project is named (X项目现场机器轰鸣。项目总投资42亿元，今年已完成
投资9.8亿元): the indicator's name is the project's, as a project table's prose cells are (indicator_tables).

Runs once both record types are found: the projects rules know where a project is named, the
indicator rules only that a measure (总投资, 全长, 年产值) has no subject of its own."""
from __future__ import annotations

import bisect
import functools

from .indicator_rules import alternation, words
from .models import Indicator, Project
from .pattern_cache import compiled

_SENTENCE_ENDS = "。！？"
_MAX_SENTENCES_BACK = 1      # the project's sentence, or the one after it


@functools.cache
def _rules():
    w = words()
    return (compiled(f"^(?:{alternation(w['project_figure_openers'])})*"),
            compiled(f"^(?:{alternation(w['project_figure_heads'])})"))


def name_project_figures(view: str, indicators: list[Indicator], projects: list[Project]) -> None:
    if not projects:
        return
    openers, heads = _rules()
    named = sorted(projects, key=lambda p: p.span[1])
    ends = [p.span[1] for p in named]
    for r in indicators:
        if r.canonical or r.rule == "ind.table":
            continue
        measure = openers.sub("", r.name, count=1)
        if not heads.match(measure):
            continue
        at = bisect.bisect_right(ends, r.span[0]) - 1
        if at < 0:
            continue
        project = named[at]
        between = view[project.span[1]:r.span[0]]
        if "\n" in between or sum(between.count(c) for c in _SENTENCE_ENDS) > _MAX_SENTENCES_BACK:
            continue
        r.name = project.name + measure
