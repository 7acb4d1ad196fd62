"""A project's figures written after the project is named (X项目现场机器轰鸣。项目总投资42亿元，今年已完成
投资9.8亿元): the indicator's name is the project's, as a project table's prose cells are (indicator_tables).
So are the figures of a line a project titles (1. X高速公路（甲市、乙市）：全长126.4公里，…总投资186.5亿元):
the project and the words of each figure's own clause.

Runs once both record types are found: the projects rules know where a project is named, the
indicator rules only that a measure (总投资, 全长, 年产值) has no subject of its own."""
from __future__ import annotations

import bisect
import functools

from . import names
from .indicator_rules import alternation, words
from .models import Indicator, Project
from .pattern_cache import compiled

_SENTENCE_ENDS = "。！？"
_DIGIT = compiled(r"\d")
_BRACKETS = compiled(r"[（）()]")
_MAX_SENTENCES_BACK = 1      # the project's sentence, or the one after it
# a figure of the project spoken of (该项目总投资…, 该枢纽日均旅客集散量…)
_THIS_PROJECT = compiled(r"该(?:项目|工程|枢纽|园区|基地|大桥|桥梁|隧道|公路|高速|铁路|医院|学校|电站|水库|场馆|中心)")


def _unbracketed(name: str) -> str:
    return _BRACKETS.sub("", name)


@functools.cache
def _rules():
    w = words()
    return (compiled(f"^(?:{alternation(w['project_figure_openers'])})*"),
            compiled(f"^(?:{alternation(w['project_figure_heads'])})"),
            compiled(f"(?:{alternation(w['project_figure_heads'])})$"))


def name_project_figures(view: str, indicators: list[Indicator], projects: list[Project]) -> None:
    if not projects:
        return
    _name_titled_lines(view, indicators, projects)
    openers, heads, head_at_end = _rules()
    named = sorted(projects, key=lambda p: p.span[1])
    ends = [p.span[1] for p in named]
    for r in indicators:
        if r.canonical or r.rule == "ind.table":
            continue
        this = _THIS_PROJECT.match(r.name)
        if this:
            # 该项目总用地面积约21.6公顷 / 该枢纽…: the project named last before it
            at = bisect.bisect_right(ends, r.span[0]) - 1
            if at >= 0 and r.name[this.end():]:
                r.name = named[at].name + r.name[this.end():]
            continue
        measure = openers.sub("", r.name, count=1)
        carried = None if heads.match(measure) or r.rule != "ind.carry" else head_at_end.search(measure)
        if not heads.match(measure) and not carried:
            continue
        at = bisect.bisect_right(ends, r.span[0]) - 1
        if at < 0:
            continue
        project = named[at]
        between = view[project.span[1]:r.span[0]]
        if "\n" in between or sum(between.count(c) for c in _SENTENCE_ENDS) > _MAX_SENTENCES_BACK:
            continue
        if carried:
            # 共建产业协作园区4个，X城际铁路加快建设，全年完成投资38.6亿元: the project named since the
            # subject the clause rules carried, in the same sentence with no figure between
            if any(c in between for c in _SENTENCE_ENDS) or _DIGIT.search(between) or _unbracketed(r.name).startswith(_unbracketed(project.name)):
                continue
            measure = carried.group()
        r.name = project.name + measure


# a line a project titles: a list mark, the project, where it stands, then its colon
_TITLE_LEAD = compiled(r"[ \t\u3000]*(?:\d{1,3}\s*[.．、﹒]|[（(]\d{1,3}[)）]|[①-⑳]|——)?[ \t\u3000]*")
# (or where it stands, then a comma: 1. X高速铁路Y段（甲市、乙市），正线长度约212公里，估算总投资420亿元)
# (or its marker, then a comma: 1.X村茶叶加工厂房项目，投入资金128万元，建设内容：…)
_TITLE_TAIL = compiled(r"(?P<marker>项目|工程)?\s*(?:[（(][^（）()\n]{1,30}[）)]\s*[：:，,]|[：:])|(?:项目|工程)\s*[，,]")
_CLAUSE_START = compiled(r"[，,；;：:、。]")


def _name_titled_lines(view: str, indicators: list[Indicator], projects: list[Project]) -> None:
    """Each figure of a line a project titles is the project's, named by its own clause's words."""
    for p in projects:
        line_start = view.rfind("\n", 0, p.span[0]) + 1
        if _TITLE_LEAD.fullmatch(view, line_start, p.span[0]) is None:
            continue
        tail = _TITLE_TAIL.match(view, p.span[1])
        if tail is None:
            continue
        written = view[p.span[0]:p.span[1]]
        subject = written + (tail.group("marker") or "")     # (the project as written: X（二期）项目总投资)
        line_end = view.find("\n", tail.end())
        line_end = len(view) if line_end == -1 else line_end
        prev_end = tail.end()
        for r in sorted((r for r in indicators if tail.end() <= r.span[0] < line_end), key=lambda r: r.span[0]):
            lead = view[prev_end:r.span[0]]
            cut = max((m.end() for m in _CLAUSE_START.finditer(lead)), default=0)
            own = names.clean_name(lead[cut:])
            prev_end = r.span[1]
            if r.canonical is None and own and not r.name.startswith(written):
                r.name = subject + own      # (a name the clause rules gave after the project stays)


# what a plant or a line is built to hold or make (a length or a count inside a name may be the record:
# 完成县城区12.6公里雨污分流管网改造)
_CAPACITY_UNITS = frozenset(("吨", "万吨", "千瓦", "万千瓦", "兆瓦", "MW", "GW", "千伏", "kV", "立方米", "万立方米", "万锭",
                             "标箱", "万标箱"))


def without_figures_in_names(indicators: list[Indicator], projects: list[Project]) -> list[Indicator]:
    """A capacity inside a project's name (X钢150万吨精品钢技改, Y 100MW 农业光伏电站) names the project and
    measures nothing of the report's: no indicator."""
    if not projects:
        return indicators
    spans = sorted(p.span for p in projects)
    starts = [s for s, _ in spans]
    kept = []
    for r in indicators:
        at = bisect.bisect_right(starts, r.span[0]) - 1
        if at >= 0 and spans[at][0] < r.span[0] and r.span[1] < spans[at][1] and r.unit in _CAPACITY_UNITS:
            continue
        kept.append(r)
    return kept
