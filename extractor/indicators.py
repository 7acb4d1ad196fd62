"""Indicators: every quantified measure of a report, actual or target.

Two sources feed the same records: flattened targets-vs-actuals tables (tables.py) and
narrative sentences. Each record names the rule that made it (`rule`):

- ind.table            a cell of a targets-vs-actuals table
- ind.clause           name + verb + value inside one clause
- ind.carry            a value whose clause has no name of its own: the sentence's last subject
- ind.distribution     A、B分别增长x、y (or 城乡… expanded to 城镇… and 农村…)
- ind.topic            a value after a linking word (涉及11788户): named by the sentence topic
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import regex
from pydantic import TypeAdapter

from . import names, quantities, ratios
from .layout import Layout
from .indicator_rules import measure, unit_as_written, words
from .headline import arm_headline, mark_headline
from .indicator_tables import table_records
from .models import Indicator

_INDICATORS = TypeAdapter(list[Indicator])
from .segment import LIST_MARKER, Piece, clauses, paragraphs, sentences
from .tables import Table, find_tables

_re = functools.cache(regex.compile)  # patterns compiled once, on first use


_OPENING_YEAR = (r"\s*(?:\p{Han}{1,6}[，,]\s*|\p{Han}{1,14}?(?:表示|介绍|指出|强调|认为)[，,：:]\s*)?" + LIST_MARKER + r"?\s*(?:(?:到|至|截至|截止|回顾)\s*)?"
                 r"((?:19|20)\d{2})\s*年(?:末|底|度)?(?![—\-~至到])")
_YEAR_AT_START = regex.compile("^" + _OPENING_YEAR)
_PART_YEAR = regex.compile("[；;：]" + _OPENING_YEAR)
_THIS_YEAR_OPENING = regex.compile(r"\s*(?:\p{Han}{1,8}[，,]\s*)?今年")
_LAST_YEAR = regex.compile(r"(?<![比较于同与和])去年(?!同期|同比|底|末)")
_YEAR_OF_VALUE = regex.compile(r"(?:由|从)\s*((?:19|20)\d{2}\s*年|上年|去年)(?:底|末)?的\s*$")
_PERIOD_SO_FAR = regex.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份|底|末)?(?![底末]?\d)|[一二三四]季度|前三季度")
_YEAR_TARGET = regex.compile(r"(?:到|至)\s*((?:19|20)\d{2})\s*年")
_CAPTION = regex.compile(r"^\s*(?:图|表)\s*\d")
_DISTRIBUTE = regex.compile(r"(?:分别|依次)(?:比上年|同比|较上年)?(\S{0,4}?)$")
_THRESHOLD_AFTER = regex.compile(r"(?:以上|以下)[\p{Han}A-Za-z]")
_THRESHOLD_JOIN = regex.compile(r"(?:以上|以下)(?:和|或)")
_CAPACITY_BEFORE = regex.compile(r"(?:年产|年处理|日处理|日产|装机|届)\s*$")
_CAPACITY_LAST = frozenset("产理机届")    # last characters of _CAPACITY_BEFORE: a cheap gate
_HAN = regex.compile(r"\p{Han}")
_OBJECT_JOIN = regex.compile(r"[、和及与][一二两三四五六七八九十百千万\d]")
_AGE_THRESHOLD = regex.compile(r"\d+\s*周?岁(?:以上|以下)?的?")
_CAPACITY_UNITS = ("千瓦", "兆瓦", "吉瓦", "千伏", "kW", "MW", "GW", "kV")
_NAMED_WORKS = regex.compile(r"[\p{Han}A-Za-z]{1,12}?(?:项目|电站|电厂|基地|工程|风电场|光伏场)")
_QUALIFIER_AFTER = regex.compile(r"^(?:以上|以下|以内|左右)")
_ORDINAL_BEFORE = regex.compile(r"第\s*$")
# a comparison with another place or average names no measure of its own: it ends the phrase
# before the value and is dropped from the name (经济增速高于全国平均水平2.1个百分点 → 经济增速)
_COMPARISON = regex.compile(
    r"(?:增速|增幅|降幅|涨幅)?(?:高于|低于|快于|慢于|超过|超出|领先|比|较)\p{Han}{0,8}?"
    r"(?:全国|全省|全市|全区|全州|平均水平|平均|水平|增速|全部投资|全部|GDP增速|一季度|二季度|三季度|上半年|前三季度|上年|去年)"
    r"(?:水平)?(?:高|低|快|慢|多|少|收窄|扩大|加快|放缓|回落|回升|回|提高|下降)?$")
def _may_compare(phrase: str) -> bool:
    """A cheap gate before _COMPARISON: one of its first words' characters (高于 低于 快于 慢于 超过 超出 领先 比 较)."""
    return "于" in phrase or "比" in phrase or "较" in phrase or "超" in phrase or "领先" in phrase
_DURATION_UNITS = frozenset(("天", "个月", "年", "小时", "分钟", "个工作日", "工作日", "周"))
_BARE_MAGNITUDES = frozenset(("万", "亿", "万亿"))
_ITEM_LABEL = regex.compile(r"\s*" + LIST_MARKER + r"\s*([^，,。；;：:]{2,24})[：:]\s*$")
_ITEM_VALUE_WORDS = regex.compile(r"\s*(?:年度|全年)?(?:目标|计划|预期)")   # what follows such a label
_LIST_ITEM = regex.compile(r"\s*" + LIST_MARKER)
_LEADING_YEAR = regex.compile(r"^\s*(?:(?:19|20)\d{2}\s*年\s*[，,]?)?")
_DIGIT = regex.compile(r"\d")
_STOCK_WORDS = regex.compile(r"总量|总数|累计|总计|共有|总规模")
_NEW_PREFIX = regex.compile(r"^(?:新增|新认定|新引进|新培育|新登记|新建)")
_LIST_TAIL = regex.compile(r"(?:等|和|及|与|、)$")
_NUMBERISH = regex.compile(r"[\d.%\s]*")
_SHARE_WORD = regex.compile(r"占比|比重")
_NOT_NAMES = {"同口径", "同比", "按不变价计算", "按可比价计算", "其中", "规模", "总量", "总数", "比重", "占比", "增速", "同期",
              "两年平均", "三年平均"}


@dataclass
class _SentenceState:
    subject: str | None = None          # last named subject, completes names like 合同金额
    last: str | None = None             # last record's name, carried to clauses without a name
    distribution: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)      # names of the sentence's values so far
    topic: str | None = None            # the first clause without values: what the sentence is about
    named: str | None = None            # the last clause without values: it may name a measure (X突破千亿元)
    inherited: str | None = None        # the subject of the paragraph's previous sentence
    estimated_until: int = -1            # offset up to which 预计 covers values
    estimated_canonical: str | None = None
    item: str | None = None             # the label of a numbered item (1.地区生产总值：目标…，完成…)
    item_binding: bool = False          # the label carries * (约束性)


class _SentenceCues(NamedTuple):
    """Which rare words a sentence contains at all: each gates per-value searches for them."""
    quoted: bool          # quotation marks: a value may stand inside a quoted name
    gap: bool             # 目标/计划: a value may be a gap to a target (超目标2个百分点)
    indicator_counts: bool   # 指标: counts in 项 are of the plan's indicators
    target: bool          # 力争/确保…: values after them are targets
    target_clause: bool   # 预期目标/计划完成…: values in their clause are targets
    year_target: Optional[tuple[int, int]]   # (end, year) of the first 到2025年
    year: Optional[int]   # the year the sentence opens with (2022年，…)
    last_year: Optional[int]   # where 去年 (not 比去年) stands: values after it are last year's results
    part_years: dict[int, int]   # ；/： → the year the part after it opens with (；二是2018年…)
    para_start: int       # where the sentence's paragraph starts (a several-year span is read from it)


def _sentence_cues(view: str, s: Piece, carried_year: int | None = None, para_start: int = 0) -> _SentenceCues:
    w = words()
    text = view[s.start:s.end]
    ym = _YEAR_TARGET.search(view, s.start, s.end)
    opening_year = _YEAR_AT_START.match(text)
    return _SentenceCues(
        quoted="“" in text or "\"" in text,
        gap="目标" in text or "计划" in text,
        indicator_counts="指标" in text,
        target=w["target_cues_re"].search(text) is not None,
        target_clause=w["target_clause_cues_re"].search(text) is not None,
        year_target=(ym.end(), int(ym.group(1))) if ym else None,
        year=int(opening_year.group(1)) if opening_year else carried_year,
        last_year=last_year.start() if (last_year := _LAST_YEAR.search(view, s.start, s.end)) else None,
        part_years={m.start(): int(m.group(1)) for m in _PART_YEAR.finditer(view, s.start, s.end)},
        para_start=para_start,
    )


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
        narrative = [q for q in narrative if not table.start <= q.start < table.end]
    records += _narrative_records(text, view, narrative, layout, above_scale)
    if "约束性" in view:
        _bind_named(view, records, above_scale)
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


# …，为约束性指标 / 其中A、B为约束性指标 / …，均完成省下达的约束性目标
def _without_own_region(records: list[dict], region: str, above_scale: bool) -> None:
    """江油全年接待游客 in 江油市's report: the report's own place, written bare, is no part of the name."""
    stems = {region, region[:-1]} if len(region) > 2 else {region}
    for r in records:
        if r["canonical"] is None and r["name"].startswith(tuple(stems)):
            stem = max((s for s in stems if r["name"].startswith(s)), key=len)
            canon = names.canonical(r["name"][len(stem):], above_scale)
            if canon:
                r["name"], r["canonical"] = names.clean_name(r["name"][len(stem):]), canon


_BINDING_NOTE = regex.compile(r"([^。；;！？\n]{0,40}?)(?:均|都)?(?:为|完成[^。；;！？，,\n]{0,8}?)约束性(?:指标|目标|任务)")
_NOTE_LEAD = regex.compile(r"^.*?(?:其中|以上|上述)[，,：:]?|^.*[，,]")


def _bind_named(view: str, records: list[dict], above_scale: bool) -> None:
    """A note after the values (…分别下降3.8%、4%，为约束性指标 / 其中，单位地区生产总值能耗、PM2.5平均浓度
    为约束性指标) makes binding the values it names, or, naming none, those of its part of the
    sentence (since the last ；) before it."""
    for note in _BINDING_NOTE.finditer(view):
        named = _NOTE_LEAD.sub("", note.group(1)).strip()
        mark = note.end(1)
        if not named:
            part_start = max(view.rfind(c, 0, mark) for c in "。\n；;") + 1
            for r in records:
                if part_start <= r["span"][0] < mark:
                    r["binding"] = True
            continue
        wanted = {names.canonical(n, above_scale) or n for n in names.split_list(named)}
        paragraph_start = view.rfind("\n", 0, mark) + 1
        for r in records:
            if paragraph_start <= r["span"][0] < mark and (r["canonical"] or r["name"]) in wanted:
                r["binding"] = True


# --- narrative ----------------------------------------------------------------------------

_QUOTE_CLOSE = regex.compile(r"[^“”\"，,。；;！？!?]{0,12}[”\"]")


def _inside_quotes(view: str, start: int, pos: int) -> bool:
    """A value inside a short quoted name (“1+3+1”产业集群); a quoted speech (“6%左右的增长目标，…”) is text."""
    segment = view[start:pos]
    opened = segment.count("“") > segment.count("”") or segment.count("\"") % 2 == 1
    return opened and _QUOTE_CLOSE.match(view, pos) is not None


def _skip(view: str, q, sentence: Piece, clause_start: int, cues: "_SentenceCues") -> bool:
    w = words()
    after = view[q.end:q.end + 8]
    if w["not_after"].match(after):
        return True
    before = view[q.start - 1] if q.start else "\n"
    if (after[:1] in ("*", "＊") and after[1:2].isdigit()) or (after[:1] and after[:1] in "×xX") or before in "*×":
        return True         # 365天*24小时: a product, not a measure (a * alone marks a binding target)
    if before in "-/" and q.start >= 2 and view[q.start - 2].isdigit():  # 2017-08-01
        return True
    if cues.indicator_counts and q.unit == "项":
        return True         # 25项主要指标，20项达到序时进度: counts of the plan's own indicators
    if cues.gap and (w["gap_regex_re"].search(view, max(clause_start, q.start - 16), q.start)
                     or w["gap_cues_re"].search(view, max(clause_start, q.start - 12), q.start)):
        return True
    if q.unit.endswith(w["threshold_units_tuple"]) and _THRESHOLD_AFTER.match(after) \
            and not _THRESHOLD_JOIN.match(after):
        return True
    if q.chinese and (q.value == 1 and q.unit in ("批", "些", "系列", "轮") or q.value < 10 and q.unit in ("次", "份")):
        return True
    if (before in _CAPACITY_LAST or before == " ") and _CAPACITY_BEFORE.search(view, max(0, q.start - 5), q.start) \
            and _HAN.match(_QUALIFIER_AFTER.sub("", after.lstrip(), count=1)):
        return True
    if q.unit.endswith("/年") and _HAN.match(after):
        return True         # a capacity inside a name (20万吨/年磷酸铁项目)
    if q.unit.endswith(_CAPACITY_UNITS) and _NAMED_WORKS.match(view, q.end, q.end + 16):
        return True         # 祁丰100万千瓦光伏治沙项目: the capacity names the project
    if q.verb in ("超", "超过") and q.unit.endswith(w["threshold_units_tuple"]) \
            and (after.startswith(w["entity_endings_tuple"]) or after.startswith("的")):
        return True         # 产值超10亿元企业达到21家, 收入超80万元的村: a threshold naming what is counted
    if cues.quoted and _inside_quotes(view, sentence.start, q.start):
        return True
    if "第" in view[max(0, q.start - 2):q.start] and _ORDINAL_BEFORE.search(view, max(0, q.start - 2), q.start):
        return True
    if before == "前" and q.unit in ("名", "位"):
        return True         # 进入前50名: a rank
    if q.unit in _DURATION_UNITS and (after[:1] == "内" or view[max(0, q.start - 3):q.start].rstrip().endswith("连续")):
        return True         # 承诺在3个月内全部办结, 连续3个月正增长: a duration in a description
    return False


def _narrative_records(text, view, found, layout: Layout, above_scale: bool) -> list[dict]:
    # a line break inside a value (316 亿\n元, from PDF text) breaks neither paragraph nor sentence
    inside = {q.start + i + 1 for q in found if "\n" in q.text for i, ch in enumerate(q.text) if ch == "\n"}
    starts = [q.start for q in found]
    records: list[dict] = []
    headline_state = {"opening_done": False, "active_para": None}
    para_state = _ParagraphState()
    for para in _join_across(paragraphs(view), inside):
        arm_headline(view, para_state.start, headline_state, layout)
        # a year opening a sentence holds for the rest of its paragraph; in a text with no parts
        # (a news item) until another year opens a sentence
        news = layout.part_at(para.start) == "unknown"
        para_state = _ParagraphState(para.start, None, para_state.year if news else None)
        first, last = bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)
        if first == last or _CAPTION.match(view, para.start):
            para_state.year = _opening_year(view, para.start, para.end) or para_state.year
            continue   # no values: only its words as a heading (above) and its year matter
        qi = first
        for s in _join_across(sentences(view, para.start, para.end), inside):
            if _THIS_YEAR_OPENING.match(view, s.start, min(s.end, s.start + 14)):
                para_state.year = layout.now_year      # 今年…: the year the text was written in
            para_state.year = _opening_year(view, s.start, s.end) or para_state.year
            qs = []
            while qi < last and found[qi].start < s.end:
                qs.append(found[qi])
                qi += 1
            sent_records = _sentence_records(text, view, s, qs, layout, above_scale, para_state)
            mark_headline(view, para, s, sent_records, headline_state, layout)
            headline_state["para_values"] = headline_state.get("para_values", False) or bool(sent_records)
            records += sent_records
    return records


@dataclass
class _ParagraphState:
    start: int | None = None
    subject: str | None = None      # the last subject named in the paragraph
    year: int | None = None         # the year the last sentence opening with one gave


def _opening_year(view: str, start: int, end: int) -> int | None:
    head = view[start:min(end, start + 24)]
    if "19" not in head and "20" not in head:
        return None         # most sentences: no year near their start, no regex run
    m = _YEAR_AT_START.match(head)
    return int(m.group(1)) if m else None


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
        return []
    w = words()
    state = _SentenceState(inherited=para_state.subject)
    cues = _sentence_cues(view, s, para_state.year, para_state.start or 0)
    if _LEADING_YEAR.sub("", view[s.start:s.end], count=1).startswith(w["estimate_cues_tuple"]):
        state.estimated_until = s.end
    records: list[dict] = []
    qi = 0
    pieces = clauses(view, s.start, s.end)
    for ci, clause in enumerate(pieces):
        if clause.start > s.start and view[clause.start - 1] in "；;":
            state.item = None
            if _LIST_ITEM.match(view, clause.start):
                # a new numbered item (…；二是实施老旧小区改造，惠及居民28万户): its own subject
                state.subject = state.last = state.topic = None
        first = qi
        while qi < len(qs) and qs[qi].start < clause.end:
            qi += 1
        if first == qi:
            ctext = view[clause.start:clause.end]
            label = _ITEM_LABEL.match(ctext)
            if label and ci + 1 < len(pieces) and _ITEM_VALUE_WORDS.match(view, pieces[ci + 1].start):
                # 1.地区生产总值：目标增长8%，完成8.3%: the item's values are the label's
                state.item = names.clean_name(label.group(1).replace("*", "").replace("＊", "")) or None
                state.item_binding = "*" in label.group(1) or "＊" in label.group(1)
                continue
            _note_estimate(ctext, clause, s, state, view)
            if not ctext.rstrip().endswith(("：", ":")):
                state.topic = state.topic or _topic(ctext) or None
                state.named = ctext     # read only when a later value has no name at all
            continue
        records += _clause_records(text, view, s, clause, qs[first:qi], state, layout, above_scale, cues)
    if state.subject:
        para_state.subject = state.subject
    return records


def _note_estimate(ctext: str, clause: Piece, s: Piece, state: _SentenceState, view: str) -> None:
    stripped = ctext.lstrip()
    if stripped.startswith("预计"):
        end = view.find("；", clause.start, s.end)
        end2 = view.find(";", clause.start, s.end)
        ends = [e for e in (end, end2) if e != -1]
        state.estimated_until = max(state.estimated_until, min(ends) if ends else s.end)
        state.estimated_canonical = None


_AFTER_NAME = regex.compile(r"(?>(?:以上|以下|以内|左右)?)的?(?![（(])([\p{Han}A-Za-z0-9“”\"‘’《》·（）()]{1,16})")


def _object_after(view: str, q, limit: int) -> str:
    """The thing counted when it follows the number (建设15处村级健身点 → 村级健身点)."""
    m = _AFTER_NAME.match(view, q.end, limit)
    if m and m.group(1)[:1].isdigit():
        age = _AGE_THRESHOLD.match(view, m.start(1), limit)     # 为1.2万名65岁以上老年人…
        m = _AFTER_NAME.match(view, age.end(), limit) if age else m
    if not m:
        return ""
    phrase = m.group(1)
    if phrase.startswith(words()["object_not_openers_tuple"]):
        return ""       # 所需资金18.6亿元已全部纳入预算: a predicate, not the thing counted
    digit = _DIGIT.search(phrase)
    if digit:
        phrase = phrase[: digit.start()]
    stop = words()["object_stop_re"].search(phrase, 2)
    if stop:
        phrase = phrase[: stop.start()]
    join = _OBJECT_JOIN.search(phrase, 1)
    if join:
        phrase = phrase[: join.start()]       # 四所幼儿园和两所中学: the next thing counted starts
    phrase = phrase.rstrip("、和及与")
    return names.clean_name(phrase)


def _local_name(view: str, q, prev_end: int, limit: int, prev_how: str | None, verbs: str = "") -> tuple[str, str]:
    """(name, how) for one value from the words around it in its clause; `verbs` (新建、改扩建) opened
    the clause and belongs to the name of what is counted after a number."""
    before = view[prev_end:q.start]
    if verbs and verbs in before:
        before = before[before.index(verbs) + len(verbs):]
    phrase = before.lstrip("，,；;、 ").rstrip()
    if _may_compare(phrase) and _COMPARISON.search(phrase):
        phrase = _COMPARISON.sub("", phrase)     # 地区生产总值降幅比一季度收窄: the comparison goes
    prefix = names.clean_name(phrase)
    in_list = prev_how == "after" or _LIST_TAIL.search(before.rstrip()) or "、" in before
    # a bare magnitude (346.9万农村贫困人口) leaves the counted thing after the number
    short = len(prefix) <= words()["dependent_name_chars"] or q.unit in _BARE_MAGNITUDES
    obj = _object_after(view, q, limit) if in_list or short else ""
    if obj and in_list:
        # A、B等6所学校建成投用 / 3项国家级体育赛事、2项市级赛事: the count is of what follows
        return verbs + obj, "after"
    if obj and short:
        return (verbs or prefix) + obj, "after"             # 建设15处村级健身点
    if _may_compare(prefix) and _COMPARISON.search(prefix):
        prefix = names.clean_name(_COMPARISON.sub("", prefix))
    if prefix in _NOT_NAMES or _NUMBERISH.fullmatch(prefix):
        return "", "none"
    return verbs + prefix, "before"


def _topic(clause_text: str) -> str:
    """What a clause without values is about: the words after 等, or the clause without its verb."""
    phrase = clause_text.rsplit("等", 1)[-1] if "等" in clause_text else clause_text
    phrase = names.clean_name(phrase)
    for verb in words()["topic_leading_verbs_longest_first"]:
        if phrase.startswith(verb) and len(phrase) > len(verb) + 1:
            phrase = phrase[len(verb):]
    return phrase if 2 <= len(phrase) <= 24 else ""


_TOPIC_VERB = regex.compile(r"突破|达到|超过|迈上|跨上|站上|首次|实现")
_STOCK_NAMES = frozenset(("总数", "总量", "累计", "总计"))


def _measure_of(topic: str) -> str:
    """The measure a topic clause names before its verb (海湾区地区生产总值突破千亿元 → 海湾区地区生产总值)."""
    verb = _TOPIC_VERB.search(topic, 2)
    return topic[: verb.start()] if verb else topic


def _is_dependent(name: str, canon: str | None, inherited: bool = False) -> bool:
    """Whether a name needs a subject (投资, 占比, a short name); one from an earlier sentence
    (`inherited`) completes only a measure word, not a short name of a thing (养殖户)."""
    w = words()
    if canon:
        return False
    if name in w["dependent_names"] or name.startswith("占"):
        return True
    return not inherited and len(name) <= w["dependent_name_chars"]


def _clause_records(text, view, s, clause, cq, state, layout, above_scale, cues: _SentenceCues):
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
    if dm:
        subject_phrase = head[: dm.start()]
        subject = names.clean_name(subject_phrase)
        distributed = names.split_list(subject_phrase) if subject and subject not in _STOCK_NAMES else []
        if len(distributed) == 1:
            distributed = names.expand_urban_rural(distributed[0]) or distributed
        if not distributed:
            # 增速分别高于全国5.2个和2个百分点: the subjects just named, each once
            distributed = state.distribution or list(dict.fromkeys(state.recent))[-len(cq):]
            if subject in _STOCK_NAMES:     # 新增A 5家、B 32家，总数分别达到19家、126家: the stocks of A and B
                distributed = [_NEW_PREFIX.sub("", n) + subject for n in distributed]
        elif state.last and all(names.is_place(p) for p in distributed):
            # 港城区、滨海新区分别增长6.5%、7.2%: the places' values of the measure just named
            distributed = [p + names.without_place(state.last) for p in distributed]
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
        if _skip(view, q, s, clause.start, cues):
            continue  # a skipped number stays part of the next value's name (10亿元以上项目20个)
        how_empty = False
        if listed and i >= len(distributed) and distributed and "分别" in view[prev_end:q.start]:
            rerun, rerun_head = i, view[prev_end:q.start]   # …分别为52,360元、28,940元（分别增长4.5%、6.9%）
        if listed and 0 <= i - rerun < len(distributed):
            name, rule = distributed[i - rerun], "ind.distribution"
            verb_text = rerun_head
        elif state.item:
            name, rule = state.item, "ind.item"
            verb_text = view[max(clause.start, prev_end):q.start]
        else:
            name, how = _local_name(view, q, prev_end, limit, prev_how, verbs)
            prev_how = how
            rule = "ind.clause"
            verb_text = view[max(clause.start, prev_end):q.start]
            context = names.entity(state.subject) if state.subject else (state.topic or (
                names.entity(state.inherited) if state.inherited else None))
            how_empty = not name
            if not name:
                name, rule = state.last or "", "ind.carry"
                named = _measure_of(_topic(state.named)) if not name and state.named else ""
                if named and names.canonical(named, above_scale):
                    name, rule = named, "ind.topic"   # X地区生产总值突破千亿元，达到1036.8亿元
                if _STOCK_WORDS.search(view, prev_end, q.start):   # 新增X230家，总量达1273家: the stock of X
                    name = _NEW_PREFIX.sub("", name)
                share = _SHARE_WORD.search(view, prev_end, q.start)
                if share and name and not name.endswith(share.group()):
                    name += share.group()     # 税收收入24.6亿元，占比78.8%: the share, not the amount
            elif how == "before" and state.topic and name.startswith(w["linking_words_tuple"]):
                name, rule = state.topic + name, "ind.topic"
            elif how == "before" and context and names.for_group(name, context):
                name, rule = names.for_group(name, context), "ind.carry"   # 其中城镇居民78620元: their income
            elif how == "before" and context and _is_dependent(name, names.canonical(name, above_scale),
                                                               inherited=not (state.subject or state.topic)) \
                    and context not in name:
                local = names.trim(view[prev_end:q.start]) or name
                if name.endswith(w["entity_endings_tuple"]):
                    state.subject = name        # 其中续建项目79个: a new thing, completed by context
                name, rule = context + (local if len(local) <= len(name) + 4 else name), "ind.carry"
            else:
                state.subject = name
        if not w["plan_share_re"].search(name):
            state.last = name     # 完成年度目标的98.6%，比上年增长3.8%: the growth is the subject's
        canon = names.canonical(name, above_scale)
        state.recent.append(name)
        how_measured = measure(q, verb_text, view[clause.start:q.start], name, in_table=rule == "ind.item",
                               carried=rule == "ind.carry" and how_empty)
        value = -q.value if decreasing and q.value > 0 else q.value
        if how_measured == "growth" and value > 0 and "降幅" in verb_text:
            value = -value      # 降幅收窄到3%以内: the rate is a fall
        qualifier = q.qualifier or (trailing_qualifier if listed else None)
        year, kind = _year_and_kind(view, s, clause, q, name, layout, cues)
        if rule == "ind.item" and "目标" in view[clause.start:q.start]:
            kind = "target"     # 1.地区生产总值：目标增长8%，完成8.3%
        if mid_estimate and "预计" in view[clause.start:q.start]:
            state.estimated_until = max(state.estimated_until, _semicolon_end(view, q.start, s.end))
            state.estimated_canonical = canon or name
        elif state.estimated_canonical and canon and canon != state.estimated_canonical and rule not in ("ind.carry", "ind.distribution"):
            state.estimated_until = -1
            state.estimated_canonical = None
        records.append(dict(
            name=name or "未命名指标", canonical=canon, year=year, kind=kind, measure=how_measured, value=value,
            value_max=q.value_max, unit=unit_as_written(q.unit, text, view, q.start, q.end), qualifier=qualifier, estimated=q.start < state.estimated_until,
            binding=(mark := w["binding_mark_re"].match(view, q.end)) is not None
            or (rule == "ind.item" and state.item_binding),
            headline=False,
            span=(q.start, q.end), text=text[q.start:q.end], rule=rule))
        if w["estimate_mark_re"].match(view, q.end):
            records[-1]["estimated"] = True
        if mark and "约束" in mark.group():
            for r in records:
                r["binding"] = True     # A不低于85%、B32微克/立方米以内（约束性指标）: the mark binds its clause
        prev_end = q.end
    if listed and records and records[-1]["binding"]:
        for r in records:
            r["binding"] = True     # 分别下降1.6%、1.5%和2.2%*: the mark binds the list
    return records


_LIST_JOINS = frozenset("、和与及")


def _implied_distribution(view: str, head: str, cq) -> list[str]:
    """A list of subjects with as many listed values, without 分别 (城镇和农村常住居民人均可支配收入
    达到35620元、20385元): each value goes to its subject."""
    if len(cq) == 3 and all(view[a.end:b.start].strip() in (":", "：", "∶") for a, b in zip(cq, cq[1:])):
        return ratios.structure_parts(head)     # 三次产业结构调整为8.6:46.6:44.8
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


def _year_and_kind(view, s, clause, q, name, layout, cues: _SentenceCues):
    """Year and kind from the part of the report, then from the sentence's own words."""
    w = words()
    ctx = layout.context_at(q.start)
    year = ctx.year or 0
    kind = ctx.kind
    if cues.year_target and cues.year_target[0] <= q.start and cues.year_target[1] > year:
        return cues.year_target[1], "target"
    if cues.last_year is not None and (cues.year or ctx.year) and ctx.part != "review" \
            and cues.last_year < q.start and "今年" not in view[cues.last_year:q.start]:
        # 去年全市地区生产总值…: last year's results; in a news item the year before the text's own
        now = (layout.now_year or ctx.year) if ctx.part == "unknown" and ctx.year else (cues.year or ctx.year)
        return now - 1, "actual"
    since = view.find("以来", s.start, q.start) if kind == "target" else -1
    if since != -1 and not w["target_cues_re"].search(view, since, q.start):
        # “十四五”以来…年均增长5.9% in the plan part or a news item: results so far, not a target
        return (year if view.startswith("今年", since - 2) else year - 1), "actual"
    if cues.year and (abs(cues.year - year) <= 1 or not ctx.year):
        if cues.year < year:
            kind = "actual"     # 2018年，全市经济增长8.7% in the 2019 plan part: a result
        year = cues.year
    if cues.part_years:
        part_start = max(view.rfind("；", s.start, q.start), view.rfind(";", s.start, q.start),
                         view.rfind("：", s.start, q.start))
        part_year = cues.part_years.get(part_start)
        if part_year and part_year < year:
            return part_year, "actual"     # …；二是2018年我省经济增长8.7%: a result
    if view[q.start - 1:q.start] in ("由", "从") and ctx.part != "plan":
        start_year = _span_start_year(view, cues.para_start, q.start, year)
        if start_year:
            return start_year, "actual"     # 过去五年…一般公共预算收入由72.3亿元增加到96.5亿元: the span's first year
    own = _YEAR_OF_VALUE.search(view, max(s.start, q.start - 9), q.start)
    if own:
        # 由2020年的2.1%提高到… / 由上年的5.39%下降到…: an earlier year's level
        own_year = year - 1 if own.group(1) in ("上年", "去年") else int(own.group(1)[:4])
        if own_year < year:
            return own_year, "actual"
    if ctx.part == "unknown" and w["news_target_cues_re"].search(view, s.start, q.start):
        return year, "target"     # a news item: 将/拟/目标为 before a value announce a plan
    if ctx.part == "unknown" and kind == "target" and _PERIOD_SO_FAR.search(view, s.start, q.start):
        return year, "actual"     # 今年1月，全市规模以上工业增加值增长8.9%: results of a month, never a plan
    if ctx.part != "plan":
        if cues.target:
            last_break = max(view.rfind("；", s.start, q.start), view.rfind(";", s.start, q.start))
            since_break = last_break + 1 if last_break != -1 else s.start
            if w["target_cues_re"].search(view, since_break, q.start):
                return year, "target"
        if cues.target_clause and w["target_clause_cues_re"].search(view, clause.start, q.start):
            kind = "target"
        elif w["target_name_cues_re"].search(name) and "占" not in name and not w["plan_share_re"].search(name):
            kind = "target"
    return year, kind


_SPAN_FROM = regex.compile(r"(?:由|从)\s*((?:19|20)\d{2})\s*年(?:底|末)?的")
_PLAN_PERIODS = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020}
_YEARS_BACK = {"五年来": 5, "过去五年": 5, "近五年": 5, "五年间": 5, "三年来": 3, "过去三年": 3, "十年来": 10}


def _span_start_year(view: str, para_start: int, pos: int, year: int) -> int | None:
    """The first year of the several-year span a paragraph reviews (由2015年的…, “十三五”, 五年来),
    or None when it reviews no span."""
    text = view[para_start:pos]
    written = _SPAN_FROM.search(text)
    if written:
        return int(written.group(1))
    for period, start in _PLAN_PERIODS.items():
        if period in text and start + 5 == year:
            return start        # a review of the whole period (“十三五”时期… in the 2020 review)
    for words_back, back in _YEARS_BACK.items():
        if words_back in text and year:
            return year - back
    return None


def _semicolon_end(view: str, start: int, limit: int) -> int:
    ends = [e for e in (view.find("；", start, limit), view.find(";", start, limit)) if e != -1]
    return min(ends) if ends else limit
