"""Indicators: every quantified measure of a report, actual or target.

Two sources feed the same records: flattened targets-vs-actuals tables (tables.py) and
narrative sentences. Each record names the rule that made it (`rule`):

- ind.table            a cell of a targets-vs-actuals table
- ind.clause           name + verb + value inside one clause
- ind.carry            a value whose clause has no name of its own: the sentence's last subject
- ind.distribution     A、B分别增长x、y (or 城乡… expanded to 城镇… and 农村…)
- ind.topic            a value after a linking word (涉及11788户): named by the sentence topic
- ind.goal             a rate written as a growth target (6%左右的增长目标): the economy's growth
- ind.item             a value under a label (1.地区生产总值：目标增长8%，完成8.3%; 地区生产总值：增长7.5%左右；)
- ind.lead             a figure leading its line that its sentence then states (数说: 5.6%——…增长5.6%)
- ind.reference        a value named only by what it is set against (略低于2015年9.1%的实际增速): the
                       measure just named

This module walks paragraphs, sentences and clauses and keeps the state that runs across them
(subjects, 分别 lists, 预计 scope); a value's name comes from indicator_names, its year and kind
from indicator_context, and indicator_filters drops numbers that measure nothing. Passes over the
records once they are made: indicator_pages (pages of figures and cards) and indicator_binding
(notes that name binding targets).
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from pydantic import TypeAdapter

from . import names, quantities, ratios
from .headline import HeadlineState, arm_headline, mark_headline
from .indicator_context import (DONE_SHARES, LAST_YEAR_OPENING, THIS_YEAR_OPENING, SentenceCues, later_year, opening_year,
                                past_period_end, plan_goal_year, sentence_cues, year_and_kind)
from .indicator_filters import is_no_measure
from .indicator_names import is_dependent, local_name, measure_of, peer_gap_name, topic
from .indicator_rules import BINDING_STARS, FALL_VERBS, WITHOUT_STARS, is_amount, measure, unit_as_written, words
from .indicator_binding import bind_named
from .normalise import with_ideographic_spaces
from .indicator_pages import figure_cards, headline_sections, label_figures, lead_figures, line_cards, name_cards
from .indicator_tables import mark_noted_estimates, name_group_counts, name_prose_figures, prose_cells, table_records
from .layout import Layout
from .models import Indicator
from .pattern_cache import compiled
from .sections import opens_mid_paragraph, opens_with_target_item, plans_intro_year, reports_done, states_plans
from .segment import HEADING_MARKS, LIST_MARKER, Piece, clauses, paragraphs, sentences
from .tables import Table, find_tables

_INDICATORS = TypeAdapter(list[Indicator])
_re = functools.cache(compiled)  # patterns compiled once, on first use

# a rate that a growth target is written as (6%左右的增长目标, 全国6%—6.5%的预期目标): the economy's
_GROWTH_GOAL = compiled(r"\s*(?:左右|以上|以内)?的?(?:经济)?(?:年度)?(?:增长|预期|调控|计划)?(?:预期)?目标")
_BASIS = compiled(rf"\s*(?:[一二三四五六七八九十]+是)?(?:{names.DEDUCTION}后?)?(?:按)?(?:两年平均|三年平均|同口径|可比口径)")
_GOAL_SUBJECT = compiled(r"(.+?)(?:增速|增幅|增长)?(?:低于|高于|快于|慢于|超过|略低于|略高于)")
_GROWTH_GOAL_NAME = "地区生产总值"
# 6.5%左右的增速，…; 6%左右的增长可带动城镇新增就业45万人: the economy's rate (the words after it name no measure)
_ECONOMY_PACE = compiled(r"\s*(?:左右|以上)?的(?:经济)?(?:增速|增长速度|经济增长|增长(?!率))")
_PACE_WORDS = ("增速", "增长", "经济增长")
# a target's reasons ending on how it was set: 按7%左右安排, 按增长5%安排较为稳妥, 按提高1.2个百分点安排
_ARRANGED_BEFORE = compiled(r"按(?P<verb>增长|提高|降低|下降|上涨|减少)?$")
_ARRANGED_AFTER = compiled(r"\s*(?:左右|以上|以内|以下)?安排")
_SPAN_TOTAL = "五年累计完成"
_NO_SUBJECT = frozenset(("实际", "实际完成", "预计", "预计完成"))
_COUNTED_AFTER = compiled(r"(?:新增|新建|提供|带动|吸纳)\p{Han}{1,3}")
_RECOVERED = compiled(r"恢复[到至](?:(?:19|20)\d{2}\s*年|上年|去年)(?:同期)?(?:水平)?")
_BELOW = compiled(r"(?:低于|慢于|少于|落后于)[^，,。；;]{0,12}$")
_NUMBER_TAIL = compiled(r"\d.*$")
_CAPTION = compiled(r"^\s*(?:图|表)\s*\d")
_DISTRIBUTE = compiled(
    r"(?:分别|依次)(?:比上年|同比|较上年|比年初|较年初|比(?:19|20)\d{2}\s*年(?:同期)?)?"
    r"(?:(\S{0,4}?)(?:每人每[年月天日]|每[年月人户])?"
    r"|恢复(?:到|至)\s*(?P<base>(?:19|20)\d{2}\s*年|上年|去年)(?:同期)?(?:水平)?的?"      # 分别恢复到2019年的
    r"|占(?P<whole>\p{Han}{2,14}?)的?"                                              # 分别占地区生产总值的
    r"|(?P<versus>(?:高于|低于|快于|慢于)\p{Han}{1,6}(?:、\p{Han}{1,6})*)"      # 分别高于全国、全省
    r"|(?P<from>由|从)\s*(?:(?P<start>(?:19|20)\d{2})\s*年(?:末|底)?的?)?)$")         # 分别由2017年的a、b增加到c、d
_ITEM_LABEL = compiled(r"\s*(?:" + LIST_MARKER + r"|——|－－|--)\s*([^，,。；;：:]{2,24})[：:]\s*$")
# a label with no list mark, right after ；or ：, whose values follow (目标为：地区生产总值：增长7.5%左右；…)
_BARE_LABEL = compiled(r"\s*([^，,。；;：:（）()]{2,20}(?:[（(][^（）()]{1,12}[）)][^，,。；;：:（）()]{0,8})?)[：:]\s*$")
_LABEL_VALUES = compiled(r"\s*(?:增长|下降|降低|提高|减少|增加|上涨|上升|回落|控制在|达到|保持在|不低于|不超过|不高于|力争|约|(?:完成|实现)(?=\s*[\d.]+\s*(?:万亿|亿|万)?(?:元|美元))|\d)")
_ITEM_VALUE_WORDS = compiled(r"\s*(?:年初|年度|全年)?(?:预期)?(?:目标|计划|预期)")   # what follows such a label
_LIST_ITEM = compiled(r"\s*" + LIST_MARKER)
# a target restated in brackets after a result: 规上工业增加值（年度目标8%）, 失业率2.35%（控制在3%以内）,
# 低于年度目标（8%）
_RESTATED_TARGET = compiled(r"(?:[（(](?:年度|年初|全年|计划|预期)*目标(?:为|是)?(?:增长|下降)?"
                                 r"|[（(](?:控制在|不超过|不高于)|(?:年度|年初|全年|预期)目标[（(])\s*$")
_GOAL_NAME = compiled(r"(?:低于|高于|超过|超出|完成|达到|未完成|未达到)?(?:年度|年初|全年)?(?:预期|计划)?目标")
_GOAL_WORDS = compiled(r"(?:年度|年初|全年)(?:预期|计划)?目标")    # (地区生产总值年度目标: the context and the goal)
_GOAL_AFTER = compiled(r"\s*(?:左右|以上|以内)?的(?:年度|全年|年初)?(?:预期|计划|控制)?目标")
_WRITTEN_YEAR = compiled(r"(?:19|20)\d{2}\s*年")
# a result set against the year's plan (低于年初6%左右的预期目标): that plan is the result's year's
_EARLIER_PLAN = compiled(r"年初|低于|高于|超过|未达|完成")
_LEADING_YEAR = compiled(r"^\s*(?:(?:19|20)\d{2}\s*年\s*[，,]?)?")
# a five-year plan's goal named beside a result (…的规划目标, 规划目标18万人, 规划2025年目标值3850亿元)
_PLAN_GOAL_REACH = 12
_FIVE_YEAR_GOAL_AFTER = compiled(r"\s*(?:左右|以上|以内)?的(?:预期|规划)?(?:目标|目标值)")
_FIVE_YEAR_GOAL_BEFORE = compiled(r"规划(?:(?:19|20)\d{2}\s*年)?(?:确定的)?(?:目标|目标值)\s*$")
_STOCK_WORDS = compiled(r"总量|总数|累计|总计|共有|总规模")
_NEW_PREFIX = compiled(r"^(?:新增|新认定|新引进|新培育|新登记|新建)")
_SHARE_WORD = compiled(r"占比|比重")


@dataclass
class _SentenceState:
    subject: str | None = None          # last named subject, completes names like 合同金额
    last: str | None = None             # last record's name, carried to clauses without a name
    distribution: list[str] = field(default_factory=list)
    distribution_years: list[int] = field(default_factory=list)   # 2021年、2022年…分别增长: a year per value
    recent: list[str] = field(default_factory=list)      # names of the sentence's values so far
    topic: str | None = None            # the first clause without values: what the sentence is about
    named: str | None = None            # the last clause without values: it may name a measure (X突破千亿元)
    inherited: str | None = None        # the subject of the paragraph's previous sentence
    estimated_until: int = -1            # offset up to which 预计 covers values
    estimated_canonical: str | None = None
    item: str | None = None             # the label of a numbered item (1.地区生产总值：目标…，完成…)
    item_binding: bool = False          # the label carries * (约束性)
    value_end: int = -1                 # where the sentence's last value ended
    before_clause: str = ""             # the clauses without values since then (a list of names across clauses)
    marked_estimate: tuple[str, int] | None = None     # the name a （预计） mark was on, and where it stops
    planned_until: int = -1              # offset up to which a sentence opening with 计划 states targets
    title: str | None = None            # the title of the paragraph's numbered item (（一）学位扩容工程。)
    last_measure: tuple[str, str] | None = None       # the unit and measure of the last value
    counted_projects: str | None = None  # the last value counted projects (工业项目16个): their money follows
    part_without_values: bool = False   # no value yet since the last ；: a topic named now is the part's own
    zone: str | None = None             # a zone or facility the sentence's first values were named after


def _reference_to(name: str, rule: str, lead: str, unit: str, above_scale: bool):
    """A value named only by what it is set against (略低于2015年9.1%的实际增速): the match of
    reference_lead on its own words, else None."""
    if unit == "个百分点" or rule not in ("ind.clause", "ind.carry"):
        return None
    own = name if rule == "ind.clause" else names.trim(lead)
    found = words()["reference_lead_re"].match(own) or (_TIMES_OF.match(own) if unit.endswith("倍") else None)
    return found if found and not names.canonical(own, above_scale) else None


def _anaphora(reference) -> bool:
    """The reference opens with 这一目标/该目标: the paragraph's measure, even after a sentence between."""
    return bool(reference.groupdict().get("anaphora"))


_REFERENCE_YEAR = compiled(r"((?:19|20)\d{2})\s*年")
# …投资1618亿元，是上一个五年的3.4倍: so many times another's, of the measure just named
_TIMES_OF = compiled(r"是(?=\S)")


def reference_year_and_kind(view: str, lead_start: int, q, year: int, kind: str) -> tuple[int, str]:
    """与2015年实际新增就业3180人, 略低于2015年9.1%的实际增速: the year written, a result when 实际;
    比去年实际增速11.3%低: the year before the target's."""
    lead = view[lead_start:q.start]
    actual = "实际" in lead or "实际" in view[q.end:q.end + 6]
    written = _REFERENCE_YEAR.search(lead)
    if written:
        return int(written.group(1)), "actual" if actual else kind
    if actual and kind == "target" and ("去年" in lead or "上年" in lead):
        return year - 1, "actual"
    return year, kind


def find_indicators(text: str, view: str, layout: Layout, tables: list[Table] | None = None,
                    region: str | None = None) -> list[Indicator]:
    tables = find_tables(view) if tables is None else tables
    above_scale = "规上" in view or "规模以上" in view
    found = _merge(quantities.find_quantities(view), ratios.find_ratios(view))
    records: list[dict] = []
    for table in tables:
        records += table_records(text, view, table, layout, above_scale)
    narrative = found
    for table in tables:
        # (a prose cell's figures, and a group line's count of its rows, are read as sentences)
        prose = prose_cells(table) + [(g.start, g.end) for g in table.groups]
        narrative = [q for q in narrative if not table.start <= q.start < table.end
                     or any(a <= q.start < b for a, b in prose)]
    notes = words()["notes_heading_re"].search(view) if "注" in view or "解释" in view else None
    if notes:
        narrative = [q for q in narrative if q.start < notes.start()]   # 附注：统计范围…2000万元及以上: definitions
    listed = any(r["headline"] and r["kind"] == "target" for r in records)     # (a table of the year's targets)
    records += _narrative_records(text, view, narrative, layout, above_scale, listed)
    for table in tables:
        name_prose_figures(table, records)
        name_group_counts(table, records)
        mark_noted_estimates(view, table, records)
    if "——" in view or "】" in view:
        lead_figures(view, records)
    if "\n\n" in view and records:
        records.sort(key=lambda r: r["span"][0])
        label_figures(view, records)
        figure_cards(view, records, above_scale)
        name_cards(view, records, above_scale)
        if layout.part_at(0) == "unknown":
            line_cards(with_ideographic_spaces(view, text), records, above_scale)     # (its gap: an ideographic space)
        if layout.part_at(0) == "unknown" and not layout.period_release and (
                any(m in view for m in _SECTION_MARKS) or _PART_MARK.search(view)):
            headline_sections(view, records, layout)
    if "约束性" in view:
        bind_named(view, records, above_scale)
    if region:
        _without_own_region(records, region, above_scale)
    return _INDICATORS.validate_python(records)   # the rules build plain dicts: one validation for all


def _merge(found: list, unitless: list) -> list:
    """Quantities and unitless measures in text order; a unitless one inside a quantity is dropped."""
    if not unitless:
        return found
    taken = [(q.start, q.end) for q in found]
    extra = [u for u in unitless if not any(s < u.end and u.start < e for s, e in taken)]
    return sorted(found + extra, key=lambda q: q.start)


def _without_own_region(records: list[dict], region: str, above_scale: bool) -> None:
    """X全年接待游客 in X市's report: the report's own place, written bare, is no part of the name."""
    stems = {region, region[:-1]} if len(region) > 2 else {region}
    for r in records:
        if r["canonical"] is None and r["name"].startswith(tuple(stems)):
            stem = max((s for s in stems if r["name"].startswith(s)), key=len)
            canon = names.canonical(r["name"][len(stem):], above_scale)
            if canon:
                r["name"], r["canonical"] = names.clean_name(r["name"][len(stem):]), canon


# --- narrative ----------------------------------------------------------------------------


def _narrative_records(text, view, found, layout: Layout, above_scale: bool, targets_listed: bool = False) -> list[dict]:
    # a line break inside a value (316 亿\n元, from PDF text) breaks neither paragraph nor sentence
    inside = {q.start + i + 1 for q in found if "\n" in q.text for i, ch in enumerate(q.text) if ch == "\n"}
    starts = [q.start for q in found]
    records: list[dict] = []
    # (an excerpt opening mid-paragraph has lost its opening results sentence: none of its later ones is it)
    excerpt = opens_mid_paragraph(view)
    # (an excerpt opening inside the plan's targets list, ——科技创新：…, is inside the headline list)
    headline_state = HeadlineState(opening_done=excerpt, armed=excerpt and layout.part_at(0) == "plan"
                                   and opens_with_target_item(view), targets_listed=targets_listed)
    para_state = _ParagraphState()
    section_year = None     # in a news item, the year a marked heading (【回望2020】) gives its section
    list_plan = None        # the year a plans sentence ending on ： gave the numbered items after it
    for para in _join_across(paragraphs(view), inside):
        arm_headline(view, para_state.start, headline_state, layout)
        # a year opening a sentence holds for the rest of its paragraph; in a text with no parts
        # (a news item) until another year opens a sentence
        news = layout.part_at(para.start) == "unknown"
        # (a year that 去年 gave stays in its paragraph: 去年…。今年的目标… may follow)
        carried = para_state.year if news and not para_state.last_year else None
        para_state = _ParagraphState(para.start, None, carried or (section_year if news else None),
                                     distribution=para_state.distribution)     # (a line opening with 分别 continues)
        if list_plan and _LIST_ITEM.match(view, para.start):
            para_state.year, para_state.planned = list_plan, True
        else:
            # 2023年，区人民政府将…办好十件民生实事：/ 1.…: the items below are that year's plans
            ctx = layout.context_at(para.start)
            list_plan = plans_intro_year(view, para.start, para.end, ctx.year) if ctx.part != "plan" else None
        first, last = bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)
        if first == last or _CAPTION.match(view, para.start):
            if news and THIS_YEAR_OPENING.match(view, para.start, min(para.end, para.start + 24)):
                para_state.year = layout.now_year      # 今年全市…的主要预期目标是：(the values follow)
            para_state.year = opening_year(view, para.start, para.end) or para_state.year
            mark = view[para.start:para.end].lstrip()[:1]
            if news and mark and mark in _SECTION_MARKS and para.end - para.start < 40:
                section_year = opening_year(view, para.start, para.end)
            continue   # no values: only its words as a heading (above) and its year matter
        qi = first
        for s in _join_across(sentences(view, para.start, para.end), inside):
            if THIS_YEAR_OPENING.match(view, s.start, min(s.end, s.start + 24)):
                # 今年…: the year the text was written in (past the paragraph only when it opens it)
                para_state.year, para_state.last_year = layout.now_year, s.start > para.start
            elif view.startswith(_NEXT_STEP, s.start) and layout.part_at(s.start) == "review" and layout.plan_year:
                para_state.year = layout.plan_year      # 下一步，将…力争…: the plans of the year the report plans
            # (“十二五”时期，…由2010年的…增加到2015年的… in a 2016 report: the period's last year, a result)
            opening = opening_year(view, s.start, s.end) or past_period_end(view, s, layout.context_at(s.start).year)
            if opening:
                # (on a news page, an earlier year opening a sentence inside a paragraph holds in it only:
                # …提交大会审议。2015年，全市十件民生实事全部完成。 / 十二件民生实事具体为：…)
                para_state.year = opening
                para_state.last_year = news and s.start > para.start and bool(layout.now_year) and opening < layout.now_year
            # 过去一年，…/去年全市…: the paragraph reviews last year (a sentence naming 去年 reads it itself)
            reviews_last_year = not opening and LAST_YEAR_OPENING.match(view, s.start, min(s.end, s.start + 24))
            if reviews_last_year and reviews_last_year.group().rstrip("，, ").endswith(_YEAR_PAST):
                # 一年来，…: the year the paragraph named (2018年是…。一年来，…), else the one just past: the
                # year before a news page's (on a page of the year's last months, its own: the page's year)
                reviews_last_year = None
                if not para_state.year and layout.part_at(s.start) == "unknown" and layout.now_year \
                        and not layout.now_is_late:
                    para_state.year = layout.now_year - 1
            if reviews_last_year and "去年" not in view[s.start:reviews_last_year.end()]:
                para_state.year, para_state.last_year = _last_year(layout, s.start), True
            qs = []
            while qi < last and found[qi].start < s.end:
                qs.append(found[qi])
                qi += 1
            sent_records = _sentence_records(text, view, s, qs, layout, above_scale, para_state)
            if opening and not news and layout.context_at(s.start).year:
                # (2017年底…为10.37%，预计2018年底下降到5.62%。…: the later year holds for the sentences after)
                para_state.year = later_year(view, s.start, s.end, opening, layout.context_at(s.start).year) or para_state.year
            if para_state.year and not news and _THIS_YEAR_PART.search(view, s.start, s.end):
                para_state.year = None      # …预计增长9.3%；今年X将陆续投产。按9.5%安排，…: back to the part's year
            if reviews_last_year:
                para_state.year, para_state.last_year = _last_year(layout, s.start), True
            mark_headline(view, para, s, sent_records, headline_state, layout)
            headline_state.para_values = headline_state.para_values or bool(sent_records)
            records += sent_records
    return records


_YEAR_PAST = "一年来"
_NEXT_STEP = ("下一步", "下阶段")


def _last_year(layout: Layout, pos: int) -> int | None:
    """The year 去年 means at `pos`: the review year in the review part, the year before the
    plan year or the page's year elsewhere."""
    ctx = layout.context_at(pos)
    if ctx.part == "review":
        return ctx.year
    now = layout.now_year if ctx.part == "unknown" and layout.now_year else ctx.year
    return now - 1 if now else None


@dataclass
class _ParagraphState:
    start: int | None = None
    subject: str | None = None      # the last subject named in the paragraph
    year: int | None = None         # the year the last sentence opening with one gave
    last_year: bool = False         # that year holds in this paragraph only (回顾去年，…; …。今年以来，…)
    title: str | None = None        # the title of its numbered item: 完成进度85% is the item's
    distribution: list[str] = field(default_factory=list)     # the subjects of the last 分别 list
    planned: bool = False           # an item of a list a plans sentence introduced (2023年，…将…办好十件民生实事：)


def _join_across(pieces: list[Piece], no_break: set[int]) -> list[Piece]:
    joined: list[Piece] = []
    for piece in pieces:
        if joined and joined[-1].end in no_break:
            joined[-1] = Piece(joined[-1].start, piece.end)
        else:
            joined.append(piece)
    return joined


def _sentence_records(text, view, s: Piece, qs, layout: Layout, above_scale, para_state: _ParagraphState) -> list[dict]:
    if not qs:
        item = _NAMED_ITEM.match(view, s.start, s.end)
        if item and names.clean_name(item.group(1)):
            para_state.subject = names.clean_name(item.group(1))   # 1.X输变电工程。年度计划投资1.5亿元…: its subject
            para_state.title = para_state.subject
        return []
    w = words()
    state = _SentenceState(inherited=para_state.subject, title=para_state.title)
    if para_state.distribution and view[s.start:s.end].lstrip().startswith(("分别", "依次")):
        state.distribution = para_state.distribution     # …27340元\n分别增长4.9%、7.2%: the same subjects again
    cues = sentence_cues(view, s, para_state.year, para_state.start or 0)
    opening = _LEADING_YEAR.sub("", view[s.start:s.end], count=1)
    if opening.startswith(w["estimate_cues_tuple"]):
        state.estimated_until = s.end
    if (states_plans(opening) or para_state.planned) and layout.part_at(s.start) != "plan":
        state.planned_until = s.end     # （一）学位扩容工程。计划新建…9所、幼儿园6所，新增学位1.08万个。: the plan, in a report on it
    records: list[dict] = []
    qi = 0
    pieces = clauses(view, s.start, s.end)
    for ci, clause in enumerate(pieces):
        if clause.start > s.start and view[clause.start - 1] in "；;":
            state.item = None
            state.part_without_values = True
            if _LIST_ITEM.match(view, clause.start):
                # a new numbered item (…；二是实施老旧小区改造，惠及居民28万户): its own subject
                state.subject = state.last = state.topic = None
        first = qi
        while qi < len(qs) and qs[qi].start < clause.end:
            qi += 1
        if first == qi:
            ctext = view[clause.start:clause.end]
            label = _ITEM_LABEL.match(ctext)
            if label:
                # ——节能减排*：…: a * on an item's label makes its values binding
                state.item_binding = any(mark in label.group(1) for mark in BINDING_STARS)
            opens = clause.start == s.start or view[clause.start - 1] in "；;：:"
            if not label and opens and ci + 1 < len(pieces) and _LABEL_VALUES.match(view, pieces[ci + 1].start):
                label = _BARE_LABEL.match(ctext)
                if label and clause.start == s.start and not _names_a_measure(label.group(1), above_scale):
                    label = None    # (a sentence opening 今年： or 其中： names no measure)
                if label and names.clean_name(label.group(1)):
                    # …主要预期目标为：地区生产总值：增长7.5%左右；…: each label names the values after it
                    state.item = names.clean_name(label.group(1))
                    state.last = state.subject = None
                    continue
            if label and ci + 1 < len(pieces) and (_ITEM_VALUE_WORDS.match(view, pieces[ci + 1].start)
                                                   or _LABEL_VALUES.match(view, pieces[ci + 1].start)):
                # 1.地区生产总值：目标增长8%，完成8.3%; ——地区生产总值：增长8%左右；: the item's values are the label's
                state.item = names.clean_name(label.group(1).translate(WITHOUT_STARS)) or None
                continue
            _note_estimate(ctext, clause, s, state, view)
            if not ctext.rstrip().endswith(("：", ":")):
                part_topic = topic(ctext) if state.part_without_values else None
                if part_topic:
                    # …压缩至5个工作日以内；农村土地承包经营权确权登记颁证工作基本完成，颁证率达到96.5%:
                    # a new part's topic, not the last part's subject, completes its bare names
                    state.topic, state.subject, state.part_without_values = part_topic, None, False
                state.topic = state.topic or topic(ctext) or None
                state.named = ctext     # read only when a later value has no name at all
                zone = _ZONE_WORK.search(ctext) if "区" in ctext or "园" in ctext else None
                if zone:
                    state.zone = zone.group(1)      # 推进X经济开发区扩容提升，新增规划面积8平方公里: the zone's
            elif label and _THING_LABEL.search(label.group(1)):
                # 1. X高速公路（甲市、乙市）：全长126.4公里，…总投资186.5亿元: the thing the item's figures measure
                state.subject = names.clean_name(_BRACKETED.sub("", label.group(1))) or state.subject
            elif not label and clause.start == s.start and ci + 1 < len(pieces) \
                    and _PROJECT_FIGURES.search(view, pieces[ci + 1].start, s.end):
                bare = _BARE_LABEL.match(ctext)
                if bare and bare.group(1).endswith(_PROJECT_ENDS):
                    # X项目：总投资36亿元，…累计完成投资7.62亿元: a bulletin's paragraph on one project
                    state.subject = names.clean_name(bare.group(1)) or state.subject
            continue
        records += _clause_records(text, view, s, clause, qs[first:qi], state, layout, above_scale, cues)
        state.part_without_values = False
    if state.subject:
        para_state.subject = state.subject
    para_state.distribution = state.distribution or para_state.distribution
    return records


def _names_a_measure(label: str, above_scale: bool) -> bool:
    name = names.clean_name(label)
    return bool(name) and (names.canonical(name, above_scale) is not None or names.has_measure_word(name))


def _note_estimate(ctext: str, clause: Piece, s: Piece, state: _SentenceState, view: str) -> None:
    stripped = ctext.lstrip()
    if stripped.startswith("预计"):
        end = view.find("；", clause.start, s.end)
        end2 = view.find(";", clause.start, s.end)
        ends = [e for e in (end, end2) if e != -1]
        state.estimated_until = max(state.estimated_until, min(ends) if ends else s.end)
        state.estimated_canonical = None


_SHARE_OF_PLAN = compiled(r"((?:完成|占|为|达到)\p{Han}{0,8}?(?:年度|全年)?(?:任务|目标|计划))的?\s*$")
_DIGIT = compiled(r"\d")
_SIBLING_ENDS = "类"     # 通讯器材类增长24.5%，汽车类增长1.4%: categories side by side, not one inside the other
_PLANNED = compiled(r"(?:年度|全年)?计划(?=\p{Han}{2})")
_PLANNED_AMOUNTS = ("投资", "总投资", "完成投资")     # (计划投资652亿元 names the amount itself)
_ACTUAL_AGAIN = compiled(r"\s*[，,]?\s*实际(?:完成|发放|建成|建设|开工|改造|新增|实施|培训|达到|为|投入)?了?\s*$")
_RECOVERED_TO = compiled(r"([^，,；;。]{2,20}?)恢复(?:到|至)\s*((?:19|20)\d{2}\s*年|上年|去年)(?:同期)?(?:水平)?的\s*$")
_THREE_SECTORS = ("三次产业", "一二三产业", "一、二、三产业")
_NAMED_ITEM = compiled(r"\s*" + LIST_MARKER + r"\s*([^，,；;：:。！？\d]{2,30}?)[。.]?\s*$")
_BRACKETED = compiled(r"[（(][^（）()]*[）)]")
# an item label naming a built thing (…公路, …项目, …工程): its figures measure it
# (a 项目/工程 label only with its place in brackets: 健康保障工程：… is a programme of 民生实事)
_THING_LABEL = compiled(r"(?:(?:公路|铁路|线|站|港|码头|机场|桥|隧道|电站|水库|基地|园|中心|医院|学校|场馆|枢纽|院区|校区|棚户区改造|城市更新|综合治理|扩建|迁建)(?:[（(][^（）()]*[）)])?"
                             r"|(?:项目|工程)[（(][^（）()]*[市县区州旗镇][^（）()]*[）)])\s*$")
_PROJECT_FIGURES = compiled(r"总投资|完成(?:年度)?投资|年度计划投资|计划投资|全长|总长|建筑面积|占地面积|装机容量")
_PROJECT_ENDS = ("项目", "工程")
_PROJECT_MONEY = frozenset(("签约金额", "总投资", "投资", "计划投资", "年度计划投资", "完成投资", "协议投资额", "合同金额"))
_PROGRESS_NAMES = frozenset(("进度", "完成进度", "总体进度", "整体进度", "工程进度", "形象进度"))
_PLAN_WORD = compiled(r"(?:年度|全年)?(?:计划|目标)")
_RATE_ENDINGS = ("率", "比例", "比重", "强度")
_STOCK_NAMES = frozenset(("总数", "总量", "累计", "总计"))
_BARE_PROJECTS = frozenset(("项目", "安排项目", "实施项目", "共安排项目", "安排重点项目", "实施重点项目"))
_COUNT_CUTS = frozenset(("精简", "取消", "削减", "压减", "减少"))


def _clause_records(text, view, s, clause, cq, state, layout, above_scale, cues: SentenceCues):
    w = words()
    ctext = view[clause.start:clause.end]
    records = []
    _note_estimate(ctext, clause, s, state, view)
    mid_estimate = "预计" in ctext and not ctext.lstrip().startswith("预计")
    first = cq[0]
    head = view[clause.start:first.start]
    dm = _DISTRIBUTE.search(head.rstrip())
    distributed: list[str] = []
    verbs_from = dm.start() if dm else 0
    repeated = dm is None and _repeats_distribution(view, head, cq, state)
    implied = [] if dm or repeated else _implied_distribution(view, head, cq)
    if not dm:
        state.distribution_years = []
    if dm:
        state.before_clause = view[max(s.start, state.value_end):clause.start].rstrip("，, ") if state.value_end < clause.start else ""
        distributed = _distribution(dm, head, cq, state)
        if dm.group("from") and distributed and len(cq) == 2 * len(distributed):
            # 分别由2017年的29120元、12680元增加到39860元、19240元: the starts, then the ends
            state.distribution_years = [int(dm.group("start"))] * len(distributed) if dm.group("start") else []
            distributed = distributed * 2
        state.distribution = distributed
    elif repeated:
        distributed = state.distribution    # 分别达到80715元和48327元，增长4.9%和6.7%: the same subjects again
    elif implied:
        distributed = state.distribution = implied   # 城镇和农村居民人均可支配收入达到35620元、20385元
    listed = dm is not None or repeated or bool(implied)
    trailing_qualifier = cq[-1].qualifier if listed and len(cq) > 1 else None
    decreasing = listed and w["verbs_decrease_re"].search(head, verbs_from) is not None
    prev_end = clause.start
    prev_how = None
    verbs = names.verb_run(head)     # 新建、改扩建四所幼儿园和两所中学: the verbs of every thing counted
    rerun, rerun_head = 0, head     # a second 分别 in the clause: the value it starts from, its verbs
    for i, q in enumerate(cq):
        limit = cq[i + 1].start if i + 1 < len(cq) else clause.end
        plan_goal = None
        if is_no_measure(view, q, s, clause.start, cues):
            continue  # a skipped number stays part of the next value's name (10亿元以上项目20个)
        how_empty = False
        if listed and i >= len(distributed) and distributed and "分别" in view[prev_end:q.start]:
            rerun, rerun_head = i, view[prev_end:q.start]   # …分别为52,360元、28,940元（分别增长4.5%、6.9%）
        if listed and 0 <= i - rerun < len(distributed):
            name, rule = distributed[i - rerun], "ind.distribution"
            verb_text = rerun_head
        elif state.item:
            # ——就业：年初预期城镇新增就业30万人以上，实际新增31.2万人: a measure the item's clause
            # names itself wins over the item's label, and carries to its later values
            own, _ = local_name(view, q, prev_end, limit, prev_how, verbs)
            if own and (names.canonical(own, above_scale) or not is_dependent(own, None)):
                name, rule = own, "ind.clause"
            else:
                name, rule = state.last or state.item, "ind.item"
            verb_text = view[max(clause.start, prev_end):q.start]
        else:
            name, how = local_name(view, q, prev_end, limit, prev_how, verbs)
            prev_how = how
            plan_goal = plan_goal_year(view, max(clause.start, prev_end), q.start)
            if plan_goal:
                name = ""       # the plan's goal for the measure just named
            rule = "ind.clause"
            verb_text = view[max(clause.start, prev_end):q.start]
            if listed and i > 0 and verb_text.strip() in _LIST_JOINS:
                verb_text = head        # 分别增长4.9%、7.2% (no subjects named): each value is a growth
            context = names.entity(state.subject) if state.subject else (state.topic or (
                names.entity(state.inherited) if state.inherited else None))
            if context and _PLAN_WORD.fullmatch(context):
                context = None      # 年度计划投资1.5亿元，完成投资0.42亿元: a plan is no thing to complete a name
            how_empty = not name
            if not name:
                name, rule = state.last or "", "ind.carry"
                if not name and (state.recent or state.inherited) and _BASIS.match(view, clause.start, q.start):
                    # …；二是按两年平均计算增长5.9%左右: the same measure on another basis (the paragraph's, after
                    # a sentence between: …达到85.6亿元。受…影响，…，剔除政策性减收因素后同口径增长8%左右)
                    name = state.recent[-1] if state.recent else state.inherited
                if not name and not state.recent and not state.named and state.inherited and i == 0 \
                        and _VERB_ONLY.fullmatch(view, clause.start, q.start) and names.canonical(state.inherited, above_scale):
                    name = state.inherited      # ——规上工业增加值增长12%。2014年预计增长11.2%: the paragraph's measure
                named = measure_of(topic(state.named)) if not name and state.named else ""
                if named and names.canonical(named, above_scale):
                    name, rule = named, "ind.topic"   # X地区生产总值突破千亿元，达到1036.8亿元
                elif named and not name and _STRIVE_VERB.fullmatch(view, clause.start, q.start):
                    name, rule = named, "ind.topic"   # 积极争取地方政府专项债券额度，力争达到900亿元: what is striven for
                if _STOCK_WORDS.search(view, prev_end, q.start):   # 新增X230家，总量达1273家: the stock of X
                    name = _NEW_PREFIX.sub("", name)
                share = _SHARE_WORD.search(view, prev_end, q.start)
                if share and name and not name.endswith(share.group()):
                    name += share.group()     # 税收收入24.6亿元，占比78.8%: the share, not the amount
            elif how == "before" and (state.last or state.topic) and name.startswith(w["linking_words_tuple"]):
                # 改造老旧小区86个、惠及居民3.2万户: what the last value counted reaches them
                subject = names.entity(_NUMBER_TAIL.sub("", state.last)) if state.last else state.topic
                name, rule = subject + name, "ind.topic"
            elif how == "before" and context and names.for_group(name, context):
                name, rule = names.for_group(name, context), "ind.carry"   # 其中城镇居民78620元: their income
            elif how == "before" and context and is_dependent(name, names.canonical(name, above_scale),
                                                               inherited=not (state.subject or state.topic)) \
                    and context not in name and not (name[-1] in _SIBLING_ENDS and context.endswith(name[-1])):
                local = names.trim(view[prev_end:q.start]) or name
                subject = state.subject
                if name.endswith(w["entity_endings_tuple"]):
                    state.subject = name        # 其中续建项目79个: a new thing, completed by context
                part = local if len(local) <= len(name) + 4 else name
                # 规模以上工业增加值增长8.3%，其中制造业增长11.6%: the part's measure is the whole's (制造业…增加值)
                measure_word = subject[len(context):] if subject and subject.startswith(context) \
                    and not names.has_measure_word(part) and not part.endswith(w["entity_endings_tuple"]) else ""
                name, rule = names.joined(context, part) + measure_word, "ind.carry"
            else:
                if how == "before" and not context and name in w["dependent_names"]:
                    name = names.trim(view[prev_end:q.start]) or name     # 完成投资0.42亿元 (no subject to complete it)
                if name in _BARE_PROJECTS and state.title and state.title.endswith("项目") and q.unit == "个":
                    name, rule = state.title, "ind.carry"     # （一）工业项目。安排项目28个: the titled sector's projects
                state.subject = name
        reference = _reference_to(name, rule, view[max(clause.start, prev_end):q.start], q.unit, above_scale)
        if reference and (state.last or _anaphora(reference) and state.inherited):
            # …，略低于2015年9.1%的实际增速: the measure just named; 是上一个五年的3.4倍: that measure so many times
            # another's (the comparison stays in the name)
            subject = state.last or state.inherited
            name = subject + reference.string[reference.start():] if q.unit.endswith("倍") else subject
            rule = "ind.reference"
        if state.title and name in _PROGRESS_NAMES:
            name, rule = state.title + name, "ind.carry"     # （一）学位扩容工程。…完成进度85%: the item's progress
        # (计划新建…3.2万平方米，…完成率108.1%: how much of the plan was done is a result)
        planned = _PLANNED.match(name) if "计划" in name and not name.endswith(DONE_SHARES) else None
        if planned and name[planned.end():] not in _PLANNED_AMOUNTS:
            name = name[planned.end():]     # 计划新建就业服务站60个: the thing planned, a target
        lead = view[max(clause.start, prev_end):q.start]     # the words of this value (cheap gates below)
        actual_again = state.last and "实际" in lead and _ACTUAL_AGAIN.match(view, max(clause.start, prev_end), q.start)
        if actual_again:
            name, rule = state.last, "ind.carry"    # …60个，实际建成64个: the same thing, done
        recovered = _RECOVERED_TO.search(view, max(clause.start, prev_end), q.start) if "恢复" in lead else None
        if recovered and rule == "ind.clause" and names.clean_name(recovered.group(1)):
            # 接待游客恢复到2019年的95%以上: a share of that year's level
            name = names.clean_name(recovered.group(1)) + "恢复到" + recovered.group(2).replace(" ", "") + "的比例"
        if name.startswith(("恢复到", "恢复至")) and state.last and _RECOVERED.fullmatch(name):
            name = state.last + name + "的比例"     # 接待游客865万人次，恢复到上年的78.5%
        growth_goal = q.unit == "%" and "目标" in view[q.end:q.end + 10] and _GROWTH_GOAL.match(view, q.end) is not None \
            and names.canonical(name, above_scale) in (None, _GROWTH_GOAL_NAME)   # (not 居民消费价格涨幅3%左右的预期目标)
        if growth_goal:
            # 社会消费品零售总额增长4.8%，低于7%左右的预期目标: the target of the measure just named;
            # with none named (“6%左右的增长目标…”) the economy's growth target
            subject = state.last if state.last and names.canonical(state.last, above_scale) else None
            if names.canonical(name, above_scale):
                subject = name      # 全年地区生产总值增长6%左右的预期目标有望完成: the measure it names
            before = _GOAL_SUBJECT.match(name)     # 社会消费品零售总额增速低于年初6%左右的预期目标
            if not subject and before and names.canonical(before.group(1), above_scale):
                subject = before.group(1)
            if not subject and rule == "ind.clause" and name and not before and "目标" not in name:
                subject = name      # 农牧民人均纯收入增长百分之十三以上的目标: a measure outside the lexicon
            name, rule = subject or _GROWTH_GOAL_NAME, "ind.goal"
        elif (not name or name.startswith(_PACE_WORDS)) and q.unit == "%" and _ECONOMY_PACE.match(view, q.end):
            name, rule = _GROWTH_GOAL_NAME, "ind.pace"     # 一是6.5%左右的增速，与…相衔接: the economy's rate
        arranged = _ARRANGED_BEFORE.search(view, max(clause.start, q.start - 6), q.start) \
            if (state.last or state.inherited) and "安排" in view[q.end:q.end + 6] and _ARRANGED_AFTER.match(view, q.end) else None
        if arranged:
            # 2019年…预计增长3.6%；…，按3%安排留有余地: the target set for the measure just named (its reasons)
            name, rule = state.last or state.inherited, "ind.arranged"
        near = view[max(clause.start, q.start - 16):q.start]
        restated = ("目标" in near or "控制在" in near) \
            and _RESTATED_TARGET.search(view, max(clause.start, q.start - 14), q.start) is not None
        if restated and state.last and (_GOAL_NAME.fullmatch(name) or _GOAL_WORDS.search(name)):
            name = state.last       # 增长6.8%，低于年度目标（8%）: the target of the measure just named
        plan_share = _SHARE_OF_PLAN.search(view, max(clause.start, prev_end, q.start - 16), q.start) \
            if q.unit == "%" and rule != "ind.distribution" and ("任务" in near or "目标" in near or "计划" in near) else None
        if plan_share and state.last and not name.startswith(state.last) and not w["plan_share_re"].search(state.last):
            name = state.last + plan_share.group(1) + "的比例"    # 粮食总产量12.3万吨，完成州下达任务的102.5%
        if name in _PROJECT_MONEY and state.counted_projects and lead.strip() == "、" + name:
            name = state.counted_projects + name     # 工业项目16个、签约金额142.3亿元: the money of those projects
        zone = _ZONE_SUBJECT.match(name) if rule == "ind.clause" else None
        if zone:
            state.zone = zone.group(1)      # 汾岭经济开发区完成基础设施投资8.6亿元，…: the zone the sentence is about
        elif state.zone and rule == "ind.clause" and name and not names.canonical(name, above_scale) \
                and len(name) <= _ZONE_MEASURE_CHARS and not _ZONE_WORD.search(name):
            name = state.zone + name        # …，新入驻企业18家: the zone's
        if name.endswith("占") and q.unit == "%" and state.last and rule == "ind.clause":
            name += state.last + "比重"     # 一般公共预算支出268.4亿元，…其中民生支出占77.6%: its share of that total
        if not w["plan_share_re"].search(name) and not (plan_share and name.endswith("的比例")):
            state.last = name     # 完成年度目标的98.6%，比上年增长3.8%: the growth is the subject's
        state.counted_projects = name if q.unit == "个" and name.endswith("项目") else None
        canon = names.canonical(name, above_scale)
        state.recent.append(name)
        how_measured = measure(q, verb_text, view[clause.start:q.start], name, in_table=rule == "ind.item" or restated,
                               carried=rule == "ind.carry" and how_empty)
        if rule == "ind.carry" and state.last_measure and state.last_measure[0] == q.unit \
                and (verb_text.strip(" ，,、") in _STRETCH_WORDS or _ADJUSTED.fullmatch(verb_text)):
            # 增长6%左右，力争6.5%: the same measure, a higher aim; 由7%左右调整为4%左右: the same, adjusted
            how_measured = state.last_measure[1]
        if rule == "ind.pace":
            how_measured = "growth"
        if rule == "ind.arranged":
            verb = arranged.group("verb")
            how_measured = "change" if q.unit == "个百分点" else (
                "growth" if verb or not (state.last_measure and state.last_measure[0] == q.unit) else state.last_measure[1])
        if rule == "ind.reference" and q.unit == "%" and (state.last_measure and state.last_measure[1] == "growth" or is_amount(name)):
            how_measured = "growth"     # 略低于2015年9.1%的实际增速: the rate of the measure named before
        after_growth = state.last_measure is not None and state.last_measure[1] == "growth"
        state.last_measure = (q.unit, how_measured)
        if how_measured == "growth" and rule == "ind.carry" and name.startswith(_SPAN_TOTAL):
            name = name[len(_SPAN_TOTAL):]      # 五年累计完成投资7.62万亿元，年均增长18.3%: the yearly rate
            canon = names.canonical(name, above_scale)
        value = -q.value if decreasing and q.value > 0 and how_measured != "level" else q.value   # (分别下降至…: levels)
        if value < 0 and how_measured == "level" and q.unit not in ("%", "个百分点") and q.verb in _COUNT_CUTS:
            value = -value      # 行政审批事项精简74项: so many items cut, a count
        # a cut written before what is cut (压减一般性支出12%): a fall of that thing
        cut = w["object_first_cut_re"].fullmatch(name) if how_measured == "level" and q.unit == "%" else None
        if cut:
            name, canon, how_measured, value = cut.group(1), names.canonical(cut.group(1), above_scale), "growth", -abs(value)
        if how_measured == "change" and value > 0 and "于" in view[max(clause.start, prev_end):q.start] \
                and _BELOW.search(view, max(clause.start, prev_end), q.start):
            value = -value      # 研发经费投入强度低于全省平均水平0.3个百分点: a gap below
        if how_measured == "change" and rule != "ind.distribution":
            # (the gap keeps the subject's canonical: 增速高于全省 is the subject's growth set against the province's)
            name = peer_gap_name(name, view[max(clause.start, prev_end):q.start], after_growth) or name
        if how_measured == "growth" and value > 0 and "降幅" in verb_text:
            value = -value      # 降幅收窄到3%以内: the rate is a fall
        qualifier = q.qualifier or (trailing_qualifier if listed else None)
        year, kind = year_and_kind(view, s, clause, q, name, layout, cues)
        if plan_goal:
            year, kind = plan_goal, "target"
        if rule == "ind.arranged":
            year, kind = layout.plan_year or year, "target"
            if arranged.group("verb") in FALL_VERBS and value > 0:
                value = -value      # 按降低3%安排
        if rule == "ind.reference" and not q.unit.endswith("倍"):
            # (是2008年的2.1倍: the year written is the base of the ratio, not the value's)
            year, kind = reference_year_and_kind(view, max(clause.start, prev_end), q, year, kind)
        if rule == "ind.distribution" and 0 <= i - rerun < len(state.distribution_years):
            year = state.distribution_years[i - rerun]
            if kind == "target" and layout.plan_year and year < layout.plan_year:
                kind = "actual"     # 2016年、2017年、2018年全市经济分别增长7.1%、6.8%和6.4% (in the plan part)
        goal = growth_goal or _GOAL_AFTER.match(view, q.end) is not None
        if growth_goal and not name.endswith(_RATE_ENDINGS):
            how_measured = "growth"     # (失业率…控制在4.5%以内的年度计划目标之内: a rate's goal is a level)
        if planned and not reports_done(lead) or q.start < state.planned_until and not reports_done(view[s.start:q.start]):
            kind = "target"     # (计划竣工项目68个，已竣工24个: the second is done)
        if actual_again:
            kind = "actual"
        if goal or restated:
            kind = "target"     # 城镇新增就业6万人的年度目标已提前完成: the value is the goal (or restates it)
        if kind == "target" and layout.now_year and year < layout.now_year and layout.part_at(q.start) == "unknown" \
                and not (layout.default_kind == "actual" and layout.default_year and layout.default_year < layout.now_year) \
                and not _WRITTEN_YEAR.search(view, s.start, q.start) \
                and not _EARLIER_PLAN.search(view, clause.start, q.start):
            year = layout.now_year      # a news item's target with no year of its own: the year it was written in
        if state.item and "目标" in view[clause.start:q.start]:
            kind = "target"     # 1.地区生产总值：目标增长8%，完成8.3%
        if "规划" in view[max(clause.start, q.start - _PLAN_GOAL_REACH):q.end + _PLAN_GOAL_REACH] and (
                _FIVE_YEAR_GOAL_AFTER.match(view, q.end) or _FIVE_YEAR_GOAL_BEFORE.search(
                    view, max(clause.start, q.start - _PLAN_GOAL_REACH), q.start)) and year:
            # 低于年均增长9%的规划目标, 完成规划目标18万人的58.9%: the five-year plan's goal, of its last year
            year, kind = (year - 1) // 5 * 5 + 5, "target"
        if mid_estimate and "预计" in view[clause.start:q.start]:
            state.estimated_until = max(state.estimated_until, _semicolon_end(view, q.start, s.end))
            state.estimated_canonical = canon or name
        elif state.estimated_canonical and canon and canon != state.estimated_canonical and rule not in ("ind.carry", "ind.distribution"):
            state.estimated_until = -1
            state.estimated_canonical = None
        estimated = q.start < state.estimated_until and not goal and rule != "ind.arranged"
        if estimated and kind == "target":
            kind = "actual"     # 预计全年增长5.8%左右 in the plan part: a forecast is no plan (guideline: 预计 is actual)
        records.append(dict(
            name=name or "未命名指标", canonical=canon, year=year, kind=kind, measure=how_measured, value=value,
            value_max=q.value_max, unit=unit_as_written(q.unit, text, view, q.start, q.end), qualifier=qualifier, estimated=estimated,
            binding=(mark := w["binding_mark_re"].match(view, q.end)) is not None
            or state.item_binding,
            headline=False,
            span=(q.start, q.end), text=text[q.start:q.end], rule=rule))
        if w["estimate_mark_re"].match(view, q.end):
            records[-1]["estimated"] = True
            # 1186.5亿元（预计数），增长13.6%: the mark covers the same measure's next values up to ；
            state.marked_estimate = (name, _semicolon_end(view, q.end, s.end))
        elif state.marked_estimate and rule == "ind.carry" and name == state.marked_estimate[0] \
                and q.start < state.marked_estimate[1]:
            records[-1]["estimated"] = True
        if mark and "约束" in mark.group():
            for r in records:
                r["binding"] = True     # A不低于85%、B32微克/立方米以内（约束性指标）: the mark binds its clause
        prev_end = q.end
        state.value_end = q.end
    if not records and not ctext.rstrip().endswith(("：", ":")):
        # 十件民生实事全部完成，完成投资12.6亿元: a clause whose only number is none (a count in a
        # title) names what the sentence is about, as a clause without values does
        state.topic = state.topic or topic(ctext) or None
        state.named = ctext
    if listed and records and records[-1]["binding"]:
        for r in records:
            r["binding"] = True     # 分别下降1.6%、1.5%和2.2%*: the mark binds the list
    for r, after in zip(records, records[1:]):
        if r["rule"] == "ind.carry" and r["span"][1] == after["span"][0] and after["rule"] == "ind.clause" \
                and r["unit"].endswith("户") and after["unit"].endswith("人"):
            r["name"], r["canonical"] = after["name"], after["canonical"]    # 实现1862户5430人脱贫: one thing, two counts
    return records


def _distribution(dm, head: str, cq, state: _SentenceState) -> list[str]:
    """The name of each value of a 分别 list, from the subjects before 分别 and the words after it."""
    subject_phrase = head[: dm.start()]
    if not subject_phrase.strip(" ，,") and state.before_clause and not _DIGIT.search(state.before_clause):
        # 甲、乙、丙三大产业集群产值，分别达到…: the subjects in the clause before
        subject_phrase = _LAST_CLAUSE.search(state.before_clause).group()
    subject = names.clean_name(subject_phrase)
    if subject in _NO_SUBJECT:
        subject = subject_phrase = ""      # 实际分别增长7.7%和9.4%: the subjects named before
    distributed = names.split_list(subject_phrase) if subject and subject not in _STOCK_NAMES else []
    if subject.startswith("占") and len(state.distribution) == len(cq):
        # A、B增加值分别增长9.4%、12.7%，占规上工业的比重分别为33.2%、17.8%: each one's share
        distributed = [d + subject for d in state.distribution]
    elif subject.startswith("占") and len(named := list(dict.fromkeys(state.recent))) >= len(cq):
        # A增加值增长11.8%，B增加值增长8.6%，占规上工业比重分别达到24.3%和31.5%: each one named before
        distributed = [d + subject for d in named[-len(cq):]]
    if len(distributed) > len(cq) and "、" in subject_phrase:
        # 金融业、信息传输软件和信息技术服务业增加值分别增长…: a 和 inside one of the names
        by_comma = names.split_list(subject_phrase, "、")
        distributed = by_comma if len(by_comma) == len(cq) else distributed
    periods = names.periods_of(subject_phrase)
    years = names.years_of(subject_phrase)
    state.distribution_years = years[0] if years else []
    if years:
        # 2021年、2022年全市地区生产总值分别增长8.1%和4.3%: one measure over several years
        distributed = [years[1] or state.last or state.inherited or ""] * len(years[0])
    elif periods:
        # 一季度、上半年、前三季度和全年地区生产总值分别增长…: one measure over several periods
        distributed = [periods[1] or state.last or state.inherited or ""] * periods[0]
    if len(distributed) == 1:
        distributed = names.expand_urban_rural(distributed[0]) or distributed
    if len(distributed) == 1 and len(cq) == 3 and distributed[0].startswith(_THREE_SECTORS):
        # 三次产业增加值分别完成268亿元、412亿元和606亿元: the first, second and third sector's
        rest = distributed[0][len(next(p for p in _THREE_SECTORS if distributed[0].startswith(p))):]
        distributed = [sector + rest for sector in ("第一产业", "第二产业", "第三产业")]
    if 0 < len(distributed) < len(cq) and state.before_clause and not _DIGIT.search(state.before_clause):
        # 信息传输、软件和信息技术服务业，租赁和商务服务业，科学研究和技术服务业营业收入分别增长…: names with 、
        # and 和 of their own, listed across clauses
        across = names.split_list(state.before_clause + "，" + subject_phrase, "，|,")
        distributed = across if len(across) == len(cq) else distributed
        if len(distributed) < len(cq) and names.has_measure_word(subject) and names.entity(subject) == subject:
            # 做强茶叶、中药材、特色果蔬等优势产业，种植面积分别达到…: the things listed before, each one's measure
            listed = names.split_list(_ETC_TAIL.sub("", _LAST_CLAUSE.search(state.before_clause).group()), "、|和|及")
            distributed = [x + subject for x in listed] if len(listed) == len(cq) else distributed
    if not distributed:
        # 增速分别高于全国5.2个和2个百分点: the subjects just named, each once
        distributed = state.distribution or list(dict.fromkeys(state.recent))[-len(cq):]
        if subject in _STOCK_NAMES:     # 新增A 5家、B 32家，总数分别达到19家、126家: the stocks of A and B
            distributed = [_NEW_PREFIX.sub("", n) + subject for n in distributed]
    elif all(names.is_place(p) for p in distributed) and dm.group(1) and names.has_measure_word(dm.group(1)):
        # 甲区、乙区分别完成投资9.36亿元、8.12亿元: the measure named after 分别, of each place
        distributed = [p + dm.group(1).strip() for p in distributed]
    elif state.last and all(names.is_place(p) for p in distributed):
        # 甲区、乙区分别增长6.5%、7.2%: the places' values of the measure just named
        distributed = [p + names.without_place(state.last) for p in distributed]
    elif state.last and all(names.for_group(p, state.last) for p in distributed):
        # 居民人均消费支出11260元，…，其中城镇、农村居民分别增长7.4%和11.8%: each group's own measure
        distributed = [names.for_group(p, state.last) for p in distributed]
    if dm.group("base"):
        # 接待游客、旅游综合收入分别恢复到2019年的82.4%和78.6%: shares of that year's level
        distributed = [n + "恢复到" + dm.group("base").replace(" ", "") + "的比例" for n in distributed]
    elif dm.group("whole"):
        # 第一、二、三产业增加值…，分别占地区生产总值的6.8%、42.5%、50.7%: their shares of the whole
        distributed = [n + "占" + dm.group("whole") + "比重" for n in distributed]
    elif dm.group("versus") and state.last and not subject:
        # 规模以上工业增加值增长8.2%，分别高于全国、全省2.4个、1.5个百分点: the subject's gaps
        distributed = [state.last] * len(cq)
    elif dm.group(1) and not subject and _COUNTED_AFTER.fullmatch(dm.group(1)):
        # 新建幼儿园16所、中小学12所，分别新增学位4800个、9600个: what each of them adds
        distributed = [names.without_verbs(n) + dm.group(1) for n in distributed]
    return distributed


_LIST_JOINS = frozenset("、和与及")
_STRETCH_WORDS = frozenset(("力争", "争取", "努力", "确保", "力争达到", "争取达到"))
_ADJUSTED = compiled(r"\s*(?:左右|以上|以内|以下)?\s*[，,]?\s*(?:调整|下调|上调|调增|调减)(?:为|到|至)\s*")
_PART_MARK = compiled(r"(?i)\bpart[ \t]*\d")     # (a card page's PART 1 / PART 2 over its sections)
_SECTION_MARKS = HEADING_MARKS + "【"
# a clause of a year and a verb only, naming nothing (2014年预计增长11.2%)
_VERB_ONLY = compiled(r"\s*(?:(?:19|20)\d{2}\s*年[，,]?)?(?:全年)?(?:预计|力争|实际|同比)?(?:增长|下降|达到|完成|实现)(?:了)?\s*")
# a zone, park or facility a value's name opens with (X经济开发区完成基础设施投资, X机场旅客吞吐量)
_ZONES = r"经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|产业集聚区|集聚区|产业园区|工业园区|产业园"
_ZONE_SUBJECT = compiled(rf"^(\p{{Han}}{{2,12}}?(?:{_ZONES}|新区|机场|口岸|港区))(?=\p{{Han}}{{2}})")
# a clause without values working on a zone (推进X经济开发区扩容提升): the zone the next short measures are of
_ZONE_WORK = compiled(rf"^\s*(?:推进|加快|推动|支持)(\p{{Han}}{{2,12}}?(?:{_ZONES}))(?:扩容提升|扩区|提档升级|建设|发展)[，,；;]?\s*$")
_ZONE_MEASURE_CHARS = 8     # a short measure after a zone's figure (新入驻企业, 旅客吞吐量) is the zone's
_ZONE_WORD = compiled(r"开发区|园区|产业园|集聚区|新区|机场|口岸|港|县|市|区|镇|乡|村")
_STRIVE_VERB = compiled(r"\s*(?:力争|争取|确保|预计)?(?:达到|突破|超过|增加到|提高到)\s*")
_THIS_YEAR_PART = compiled(r"[；;]\s*今年")
_ETC_TAIL = compiled(r"等\p{Han}{0,8}$")
_LAST_CLAUSE = compiled(r"[^，,；;：:]*$")


def _shares(view: str, cq) -> bool:
    return all(view[a.end:b.start].strip() in (":", "：", "∶") for a, b in zip(cq, cq[1:]))


def _implied_distribution(view: str, head: str, cq) -> list[str]:
    """A list of subjects with as many listed values, without 分别 (城镇和农村常住居民人均可支配收入
    达到35620元、20385元): each value goes to its subject."""
    if len(cq) == 3 and _shares(view, cq):
        return ratios.structure_parts(head)     # 三次产业结构调整为8.6:46.6:44.8
    if len(cq) == 6 and _shares(view, cq[:3]) and _shares(view, cq[3:]):
        return ratios.structure_parts(head) * 2     # 由11.2:40.5:48.3调整为9.6:39.8:50.6
    if len(cq) < 2 or not all(view[a.end:b.start].strip() in _LIST_JOINS for a, b in zip(cq, cq[1:])):
        return []
    subject = names.clean_name(head)
    if not subject:
        return []
    parts = names.split_list(subject)
    if len(parts) == 1:
        parts = names.expand_urban_rural(parts[0]) or parts
    return parts if len(parts) == len(cq) else []


def _repeats_distribution(view: str, head: str, cq, state: _SentenceState) -> bool:
    """A nameless list of as many values as the last 分别 list had subjects (增长4.9%和6.7%)."""
    if len(cq) < 2 or len(cq) != len(state.distribution) or names.clean_name(head):
        return False
    return all(view[a.end:b.start].strip() in _LIST_JOINS for a, b in zip(cq, cq[1:]))


def _semicolon_end(view: str, start: int, limit: int) -> int:
    ends = [e for e in (view.find("；", start, limit), view.find(";", start, limit)) if e != -1]
    return min(ends) if ends else limit
