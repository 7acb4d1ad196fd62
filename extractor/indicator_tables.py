"""Indicator records from a targets-vs-actuals table (tables.Table): every cell of a target
or actual column is a headline record of the row's indicator; the difference column is not."""
from __future__ import annotations

import dataclasses
import functools
from typing import NamedTuple

from . import names, quantities
from .indicator_rules import BINDING_STARS, WITHOUT_STARS, measure, unit_as_written, words
from .layout import Layout
from .pattern_cache import compiled
from .tables import Table

_re = functools.cache(compiled)


class _Column(NamedTuple):
    kind: str | None       # 'target' | 'actual' | None (a column that is no record: label, unit, ±)
    year: int | None
    growth: bool           # 比上年增长 / 增速: every cell is a growth rate
    estimated: bool        # 2024年预计完成: every cell is an estimate
    unit: str | None = None   # 比上年增长（%）: the column's own unit, before the row's
    noted: bool = False       # 备注: only figures written with their unit are records
    measure_word: str = ""    # 总投资（亿元）, 完成进度（%）: the measure the row's name lacks
    last_year: bool = False   # 上年预计 / 上年完成: the year before the table's
    prose_actual: bool = False    # a status column: its prose cells' figures are results


_DIFFERENCE = _re(r"±|差|比较|增减|对比|与(?:年度|年初)?(?:计划|目标|预期)比")
_NOTES = _re(r"备\s*注|情况说明|说\s*明")


_PERIOD_HEADER = _re(r"\s*(?:\d{1,2}\s*[—\-－~至]\s*\d{1,2}\s*月份?|前三季度|上半年|[一二三四]季度|1\s*[—\-－~至]\s*\d{1,2}\s*月累计)\s*")
_PROJECT_LABEL = _re(r"\s*(?:项目名称|工程名称)\s*")
_YEAR_INVESTMENT = _re(r"\s*(?:(?:19|20)\d{2}\s*)?年度投资\s*(?:[（(][^（）()]{1,6}[）)])?\s*")
_PLAN_SHARE_HEADER = _re(r"完成(?:年度)?(?:计划|目标)\s*(?:[%％]|[（(]\s*[%％]\s*[）)])\s*$|^\s*(?:为|占)(?:年度)?(?:计划|目标)的?\s*[%％]\s*$")
_BARE_YEAR = _re(r"\s*(?:19|20)\d{2}\s*年(?:末|底|度)?\s*")


def _column_role(header: str, previous: _Column | None, has_difference: bool,
                 latest_actual: int | None = None) -> _Column:
    """What a column holds, from its header: 2022年目标, 2022年完成, 2024年预计完成, 比上年增长（%）.
    完成情况 with no year is a status column, unless the table has a difference column of its own."""
    year = _re(r"((?:19|20)\d{2})").search(header)
    y = int(year.group(1)) if year else None
    estimated = "预计" in header
    if _DIFFERENCE.search(header) or (y is None and header.strip().endswith("完成情况") and not has_difference):
        # a difference or status column (a status column's sentences, 已完成。改造老旧小区16个, are results)
        return _Column(None, y, False, estimated, prose_actual=not _DIFFERENCE.search(header))
    if _PROSE_HEADER.search(header):
        return _Column(None, y, False, estimated)     # 建设内容及规模: prose, read as such (prose_cells)
    if _NOTES.search(header):
        return _Column("actual", y, False, estimated, noted=True)     # 备注: 总量182.4亿元, 同口径增长10.2%
    if _PLAN_SHARE_HEADER.search(header):
        # 完成计划% (how much of the year's plan was done): a result, in %, of the year of the column before it
        return _Column("actual", y or (previous.year if previous else None), False, estimated, "%",
                       measure_word="完成计划比例")
    if _re(r"目标|计划|预期|预算").search(header):
        # 2024年计划投资(亿元): bare amounts in the header's unit; 预算数: the budget, the year's plan
        own_unit = _UNIT_IN_LABEL.search(header)
        return _Column("target", y, False, estimated, own_unit.group(1).strip() if own_unit else None)
    if _re(r"完成|实际|实绩|执行|预计").search(header):
        own_unit = _UNIT_IN_LABEL.search(header)     # 完成进度（%）: a share of the year's goal, in its own unit
        progress = _re(r"进度|完成率|完成比例").search(header) is not None
        return _Column("actual", y, False, estimated, own_unit.group(1).strip() if own_unit else None,
                       measure_word="完成进度" if progress else "", last_year=y is None and "上年" in header)
    if _YEAR_INVESTMENT.fullmatch(header):
        own_unit = _UNIT_IN_LABEL.search(header)     # 年度投资（万元）: a project's money for the year planned
        return _Column("target", y, False, estimated, own_unit.group(1).strip() if own_unit else None)
    if _PERIOD_HEADER.fullmatch(header):
        return _Column("actual", y, False, estimated)     # 1—9月, 前三季度: the results so far
    if _re(r"增长|增速|增幅").search(header):
        # the growth of the column beside it: an actual's (2024年完成 | 比上年增长（%）) or a
        # target's (2025年目标 | 年均增长（%）)
        base = previous if previous is not None and previous.kind is not None else None
        own_unit = _UNIT_IN_LABEL.search(header)
        unit = own_unit.group(1).strip() if own_unit else ("%" if header.strip().endswith(("%", "％")) else None)
        return _Column(base.kind if base else "actual", y or (base.year if base else None), True,
                       estimated or bool(base and base.estimated), unit)     # (增长% written without brackets)
    if _re(r"^\s*总投资").search(header):
        # a table of projects: each row's total investment, in the unit the header gives
        own_unit = _UNIT_IN_LABEL.search(header)
        return _Column("actual", y or latest_actual, False, estimated, own_unit.group(1).strip() if own_unit else None,
                       measure_word="总投资")
    if y is not None and latest_actual is not None and _BARE_YEAR.fullmatch(header):
        # 2020年 | 2022年 | 2025年目标 (a five-year plan's progress): a year's own column holds its
        # values, results up to the year last reviewed
        return _Column("actual" if y <= latest_actual else "target", y, False, estimated)
    if _re(r"总量|绝对值|数值|规模").search(header):
        # 总量（亿元）: the level of the year, in the unit the header gives when the row gives none
        own_unit = _UNIT_IN_LABEL.search(header)
        return _Column("actual", y, False, estimated, own_unit.group(1).strip() if own_unit else None)
    return _Column(None, y, False, estimated)


def _column_roles(header, latest_actual: int | None = None) -> list[_Column]:
    has_difference = any(_DIFFERENCE.search(cell.text) for cell in header)
    roles: list[_Column] = []
    for cell in header:
        roles.append(_column_role(cell.text, roles[-1] if roles else None, has_difference, latest_actual))
    planned = next((r for r in roles if r.kind == "target" and r.year), None)
    if planned:
        # a list of planned projects (总投资 | 2024年计划投资): each one's total is part of that year's plan
        roles = [r._replace(kind="target", year=planned.year) if r.measure_word == "总投资" else r
                 for r in roles]
    return roles


_PROSE_HEADER = _re(r"内容|规模|情况说明|简介")


def prose_cells(table) -> list[tuple[int, int]]:
    """The spans of a table's prose cells (建设内容及规模): their figures are read as sentences."""
    return [(start, end) for start, end, _ in _prose_cells_of_rows(table)]


def _prose_cells_of_rows(table) -> list[tuple[int, int, str]]:
    heads = [c.text for c in table.header]
    prose = {i for i, h in enumerate(heads) if _PROSE_HEADER.search(h) and i > 0}
    return [(row[i].start, row[i].end, row[0].text) for row in table.rows for i in prose if i < len(row)]


def name_prose_figures(table, records: list[dict]) -> None:
    """In a table of projects, a figure of a row's prose cell (建设内容: 全长 128 公里) is the project's:
    its name opens with the project's (楮川至荇洲高速公路全长)."""
    if not _PROJECT_LABEL.fullmatch(table.header[0].text):
        return
    for start, end, project in _prose_cells_of_rows(table):
        project = project.replace(" ", "").strip()
        for r in records:
            if not (start <= r["span"][0] < end and project):
                continue
            if "\t" in r["name"]:
                r["name"] = r["name"].rsplit("\t", 1)[-1]      # (a tab row read as one clause: the cell's own words)
            if not r["name"].startswith(project) and not r["canonical"]:
                r["name"] = project + r["name"]     # (a lexicon measure, 城镇新增就业3200人, keeps its name)


_LEGEND_MARKS = _re(r"[△▲★☆※#]+")
_BARE_PROJECT_CHARS = 4     # (a row of 重点项目 alone stays as written)
_LIST_TITLE_REACH = 800     # (the page's title, a few paragraphs above the table)
_YEARS_LIST = _re(r"(?:19|20)\d{2}\s*年[^\n。；;]{0,16}?项目(?:名单|清单|计划|安排)")
_GROUP_MARK = _re(r"^\s*(?:(?P<top>[一二三四五六七八九十]{1,3}[、.．])|[（(][一二三四五六七八九十]{1,3}[)）])\s*")
_GROUP_COUNT = _re(r"\s*[（(][^（）()]*[）)]\s*$")


def name_group_counts(table, records: list[dict]) -> None:
    """The count a group line gives its rows is named by the group: 一、续建项目（236个） → 续建项目, and a
    group under it, （一）交通（52个）, → 续建交通项目 (the projects of that status and sector)."""
    status = ""
    for group in table.groups:
        mark = _GROUP_MARK.match(group.text)
        if mark is None:
            continue
        body = _GROUP_COUNT.sub("", group.text[mark.end():]).removesuffix("项目").removesuffix("工程")
        if mark.group("top"):
            status = body
        name = body + "项目" if mark.group("top") or not status else status + body + "项目"
        for r in records:
            if group.start <= r["span"][0] < group.end:
                r["name"], r["canonical"] = name, None


_YEAR = _re(r"((?:19|20)\d{2})\s*年")
_ESTIMATE_NOTE = _re(r"注\s*[：:][^。\n]{0,10}?([^。\n：:]{2,60}?)(?:[一二两三四五六七八九十\d]+项|等)?(?:指标)?((?:19|20)\d{2})\s*年"
                     r"(?:完成数|完成值|实际数|数据)?为预计数")
_NOTE_REACH = 200
_ALL_ESTIMATED = _re(r"注\s*[：:][^。\n]{0,60}?((?:19|20)\d{2})\s*年(?:完成数|完成值|实际数|数据)?均为预计")


def mark_noted_estimates(view: str, table, records: list[dict]) -> None:
    """注：进出口总额、实际利用外资两项2012年完成数为预计数 below a table: those rows' results of that
    year are estimates."""
    every = _ALL_ESTIMATED.search(view, table.end, table.end + _NOTE_REACH)
    if every:
        # 注：…2.2023年完成数均为预计数: the whole column of that year's results
        for r in records:
            if table.start <= r["span"][0] < table.end and r["kind"] == "actual" and r["year"] == int(every.group(1)):
                r["estimated"] = True
        return
    note = _ESTIMATE_NOTE.search(view, table.end, table.end + _NOTE_REACH)
    if note is None:
        return
    named = [n for n in _re(r"[、和及与]").split(note.group(1)) if n]
    year = int(note.group(2))
    for r in records:
        if table.start <= r["span"][0] < table.end and r["kind"] == "actual" and r["year"] == year \
                and any(r["name"].startswith(n) or n.startswith(r["name"]) for n in named):
            r["estimated"] = True


def _caption(view: str, table: Table) -> str:
    above = view[max(0, table.start - 80):table.start].rstrip().rsplit("\n", 2)
    return next((line for line in reversed(above) if line.strip()), "")


_TITLE_LINE = _re(r"(?:表|清单|名单)\s*$")
_TITLE_LEAD = _re(r"^.*?(?:19|20)\d{2}\s*年度?")
_TITLE_TAIL = _re(r"(?:投资)?(?:计划|安排|建设)?(?:汇总|一览)?(?:表|清单|名单)\s*$")
_BUDGET_TITLE = _re(r"预算(?:收支|收入|支出)?(?:安排|执行|草案|表)")     # 表4 2024年X县一般公共预算收支安排
_TITLE_CHARS = 50
_TOTAL_LABEL = _re(r"^\s*(?:合计|总计)\s*$")


def _caption_subject(view: str, table: Table) -> str:
    """What a table's title lists (X县2021年县级重点项目投资计划表 → 县级重点项目): its totals row
    (合计) sums them."""
    above = view[max(0, table.start - 120):table.start].rstrip().split("\n")[-3:]
    title = next((line.strip() for line in reversed(above) if _TITLE_LINE.search(line)), "")
    return _TITLE_TAIL.sub("", _TITLE_LEAD.sub("", title))


def _table_year(view: str, table: Table, layout: Layout) -> int | None:
    """The year of the columns that name none: the one year of the caption above the table
    (表1 X县2016年主要经济指标完成情况), else the year of the part the table stands in."""
    years = set(_YEAR.findall(_caption(view, table)))
    return int(years.pop()) if len(years) == 1 else layout.context_at(table.start).year


_PART_OF_YEAR = _re(r"\d{1,2}\s*[—\-－~至]\s*\d{1,2}\s*月|前三季度|上半年|[一二三四]季度")
_CAPTION_UNIT = _re(r"(?m)单\s*位\s*[：:]\s*(亿元|万元|元|万美元|亿美元)\s*[）)]?\s*$")     # (…安排（单位：万元）)
_CAPTION_UNIT_REACH = 120
# a note under the table giving it (注：总投资和年度计划单位均为亿元。)
_NOTE_UNIT = _re(r"(?m)^\s*(?:注|备注)\s*[：:][^\n]{0,30}?单\s*位(?:均|都)?(?:为|是)\s*(亿元|万元|元|万美元|亿美元)")
_ATTRIBUTE = _re(r"\s*(?:约束性|预期性)(?:指标)?\s*")
_PHASE = _re(r"\s*[首一二三四五六七八九十]{1,2}期(?:工程)?\s*")
_UNIT_IN_LABEL = _re(r"\s*[（(]\s*([^（）()]{1,8})\s*[）)]\s*$")
_BARE_NUMBER = _re(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*[-—～~至]\s*\d+(?:\.\d+)?)?")   # (2,468.3)
_SPLIT_NUMBER = _re(r"\s*\d{1,3}(?: \d{1,3})+(?:\.\d+)?\s*")   # a cell a PDF space split (1 8.2)


def _cell_quantities(cell_text: str, unit: str | None) -> list:
    """Quantities of a cell; a bare number takes the row's unit (unit column or 名称（%）),
    and its span stays on the number as written."""
    if unit and _SPLIT_NUMBER.fullmatch(cell_text):
        joined = _cell_quantities(cell_text.replace(" ", ""), unit)
        number = cell_text.strip()
        start = cell_text.index(number)
        return [dataclasses.replace(q, start=start, end=start + len(number), text=number) for q in joined]
    found = quantities.find_quantities(cell_text)
    if found or not unit:
        return found
    number = _BARE_NUMBER.search(cell_text)
    if not number:
        return []
    with_unit = cell_text[: number.end()] + unit + cell_text[number.end():]
    for q in quantities.find_quantities(with_unit):
        if q.start == number.start():
            return [dataclasses.replace(q, end=number.end(), text=cell_text[number.start():number.end()])]
    return []


_CELL_CLAUSE = _re(r"[，,；;。、]")
_FIRST_FIGURE = _re(r"\d")


def _own_words(lead: str) -> str:
    """The name the last clause of `lead` gives the figure after it (…，惠及居民 → 惠及居民)."""
    cut = max((m.end() for m in _CELL_CLAUSE.finditer(lead)), default=0)
    return names.clean_name(lead[cut:])


def _is_sentence_cell(cell_text: str) -> bool:
    """A cell that names what its figure counts (新增公共停车泊位2000个), not a bare value or a growth (增长5%)."""
    figure = _FIRST_FIGURE.search(cell_text)
    return figure is not None and len(_own_words(cell_text[:figure.start()])) >= 2


def _sentence_cell_records(text: str, cell, row_name: str, kind: str, year: int, above_scale: bool) -> list[dict]:
    """The figures of a cell written as sentences, each named by the words before it in its clause."""
    records = []
    prev = 0
    for q in quantities.find_quantities(cell.text):
        name = _own_words(cell.text[prev:q.start]) or row_name
        start, end = cell.start + q.start, cell.start + q.end
        value = -q.value if q.verb in words()["verbs_decrease"] and q.value > 0 else q.value
        records.append(dict(
            name=name, canonical=names.canonical(name, above_scale), year=year, kind=kind,
            measure=measure(q, cell.text[prev:q.start], "", name), value=value, value_max=q.value_max,
            unit=q.unit, qualifier=q.qualifier, estimated=False, binding=False, headline=False,
            span=(start, end), text=text[start:end], rule="ind.table"))
        prev = q.end
    return records


_BARE_GROWTH_ROW = compiled(r"\s*(?:其中[：:]?)?(?:增速|增幅|增长|比上年增长|同比增长)\s*")


def table_records(text: str, view: str, table: Table, layout: Layout, above_scale: bool) -> list[dict]:
    """The table's records, as the fields of models.Indicator (validated with the report's others)."""
    roles = _column_roles(table.header, layout.review_year)
    if layout.part_at(table.start) == "unknown" and layout.default_kind == "target":
        # a notice issuing the year's list of projects (下达2020年重点项目名单): each total is part of the plan
        roles = [r._replace(kind="target") if r.measure_word == "总投资" else r for r in roles]
    elif layout.part_at(table.start) == "plan" and any(r.kind == "target" for r in roles):
        # a plan's table of its projects (总投资 | 年度计划): each total is part of the plan, of its year
        roles = [r._replace(kind="target", year=None) if r.measure_word == "总投资" else r for r in roles]
    if _PROJECT_LABEL.fullmatch(table.header[0].text) and _YEARS_LIST.search(view, max(0, table.start - _LIST_TITLE_REACH),
                                                                              table.start):
        # a list of the year's projects (X市2020年市级重大项目名单, the table's caption or the page's title): each
        # total is part of that year's plan
        roles = [r._replace(kind="target") if r.measure_word == "总投资" else r for r in roles]
    table_year = _table_year(view, table, layout)
    unit_column = next((i for i, c in enumerate(table.header) if _re(r"^\s*单\s*位\s*$").match(c.text)), None)
    caption_unit = _CAPTION_UNIT.search(view, max(0, table.start - _CAPTION_UNIT_REACH), table.start)
    caption_unit = caption_unit.group(1) if caption_unit else None     # 单位：亿元 above the header
    if caption_unit is None:
        note = _NOTE_UNIT.match(view, table.end + 1)
        caption_unit = note.group(1) if note else None
    records = []
    projects = _PROJECT_LABEL.fullmatch(table.header[0].text) is not None   # (no part of the indicator system)
    caption = _caption(view, table)
    all_binding = "约束性" in caption     # 表1 2022年约束性指标执行情况: every row is binding
    # on a news page, a table of part of a year's figures (2024年1—9月主要经济指标) is no indicator system
    system = not projects and not (layout.part_at(table.start) == "unknown"
                                   and (layout.period_release or _PART_OF_YEAR.search(caption))) \
        and not (_BUDGET_TITLE.search(caption) and len(caption) <= _TITLE_CHARS)   # (a budget's table)
    # a list of tasks whose cells are sentences (改造老旧小区16个，惠及居民3800户): no indicator system
    sentences = not projects and any(_is_sentence_cell(c.text) for row in table.rows
                                     for c, column in zip(row[1:], roles[1:]) if not column.noted)
    system = system and not sentences
    previous_name = None
    for row in [*table.rows, *table.sums]:
        label = row[0]
        name = _re(r"^\s*(?:\d+\s*[﹒.．、]|其中\s*[：:]?)\s*").sub("", label.text)     # (1.…, 其中：第一产业增加值)
        group = _GROUP_MARK.match(name) if projects else None
        if group:
            name = _GROUP_COUNT.sub("", name[group.end():])    # 一、产业项目（4个）: 产业项目
        binding = all_binding or any(mark in name for mark in BINDING_STARS) \
            or any("约束" in c.text for c in row[1:])   # 属性 or 备注 column
        name = name.translate(WITHOUT_STARS).strip()
        if projects and not group and not _TOTAL_LABEL.match(name):
            # X项目△ (△: a mark a note under the list explains): the project as its name in the list
            name = _LEGEND_MARKS.sub("", name)
            name = name[:-2] if name.endswith("项目") and len(name) > _BARE_PROJECT_CHARS else name
        if projects and _TOTAL_LABEL.match(name):
            name = _caption_subject(view, table) or name     # 合计 | 638500: the total of what the title lists
        unit = row[unit_column].text.strip() if unit_column is not None else None
        in_label = _UNIT_IN_LABEL.search(name)
        if in_label and _PHASE.fullmatch(in_label.group(1)):
            in_label = None     # 某学校（二期）: a project's phase, no unit
        if in_label and _ATTRIBUTE.fullmatch(in_label.group(1)):
            # 人口自然增长率（约束性）: the row's kind of indicator, no unit
            binding = binding or "约束" in in_label.group(1)
            name, in_label = name[: in_label.start()], None
        label_unit = in_label.group(1).strip() if in_label else None
        if in_label:
            unit = unit or label_unit
            name = name[: in_label.start()]
        label_verb = words()["growth_tail"].search(name)      # 地区生产总值增长 / 能耗降低
        label_verb = label_verb.group() if label_verb and label_verb.start() > 1 else ""
        name = name[: len(name) - len(label_verb)] if label_verb else name
        if _BARE_GROWTH_ROW.fullmatch(name) and previous_name:
            name, label_verb = previous_name, "增长"     # 地区生产总值 | 亿元 | 56.2 / 　增速 | % | 7.5: the row above's growth
        previous_name = name
        canon = names.canonical(name, above_scale)
        for cell, column, head in zip(row[1:], roles[1:], table.header[1:]):
            kind, year = column.kind, column.year
            if sentences and not column.noted and _is_sentence_cell(cell.text) and (kind is not None or column.prose_actual):
                # 改造老旧小区16个，惠及居民3800户 (a 年度目标 or 完成情况 cell of a list of tasks): each figure is
                # named by its own words, of the column's kind; such a list is no indicator system
                records += _sentence_cell_records(text, cell, name, kind or "actual",
                                                  year or table_year or 0, above_scale)
                continue
            if kind is None:
                continue
            # a growth column's own unit (比上年增长（%）) wins; a level's unit is the row's own first
            cell_unit = (column.unit or unit) if column.growth else (label_unit or column.unit or unit or caption_unit)
            found = quantities.find_quantities(cell.text) if column.noted else _cell_quantities(cell.text, cell_unit)
            for q in found:
                start, end = cell.start + q.start, cell.start + q.end
                before = label_verb + cell.text[:q.start]
                kind_of_change = measure(q, before, "", name, in_table=True)
                if column.growth and kind_of_change == "level":
                    kind_of_change = "growth"
                elif column.measure_word in ("完成进度", "完成计划比例"):
                    kind_of_change = "level"     # a share of the year's goal, whatever the row measures
                value = q.value
                if any(d in before for d in words()["verbs_decrease"]) and value > 0:
                    value = -value
                records.append(dict(
                    name=name + (column.measure_word or (_UNIT_IN_LABEL.sub("", head.text) if projects else "")),
                    canonical=None if column.measure_word or projects else canon,
                    year=year or (table_year - 1 if column.last_year and table_year else table_year) or 0,
                    kind=kind, measure=kind_of_change, value=value, value_max=q.value_max,
                    unit=unit_as_written(q.unit, text, view, row[0].start, row[-1].end),   # from the row's cells
                    qualifier=q.qualifier, estimated="预计" in cell.text or column.estimated, binding=binding,
                    headline=system,
                    span=(start, end), text=text[start:end], rule="ind.table"))
    return records
