"""Numbers in narrative text that are no measure: products (365天*24小时), dates, counts of the
plan's own indicators, gaps to a target, thresholds naming what is counted (超10亿元企业), capacities
inside names, quoted names, ordinals, ranks and durations in descriptions."""
from __future__ import annotations

from .indicator_context import SentenceCues
from .indicator_rules import words
from .pattern_cache import compiled
from .segment import Piece

_CAPACITY_UNITS = ("千瓦", "兆瓦", "吉瓦", "千伏", "吨级")
_FACILITY_AFTER = compiled(r"(?:光伏|风电|风光|水电|火电|电站|基地|机组|项目|码头|泊位|生产线|输变电|变电站|储能)")
_HAN_CHAR = compiled(r"\p{Han}")
_LIST_UNITS = frozenset(("件", "项", "个"))
_LIST_NAMED_AFTER = compiled(r"\p{Han}{1,4}?(?:民生实事|为民办实事|实事|民生工程|民心工程)")
_LIST_COUNT_BEFORE = compiled(r"(?:民生实事|实事|民生工程|民心工程)(?:项目)?(?:共|共计|总计|合计)\s*$")
_THRESHOLD_AFTER = compiled(r"及(?:以上|以下)|(?:以上|以下)的?[\p{Han}A-Za-z]")    # (年主营业务收入2000万元及以上，…): a threshold
_THRESHOLD_JOIN = compiled(r"(?:以上|以下)(?:和|或)")
_CAPACITY_BEFORE = compiled(r"(?:年产|年处理|日处理|日产|装机|届)\s*$")
_CAPACITY_LAST = frozenset("产理机届")    # last characters of _CAPACITY_BEFORE: a cheap gate
_HAN = compiled(r"\p{Han}")
_CAPACITY_UNITS = ("千瓦", "兆瓦", "吉瓦", "千伏", "kW", "MW", "GW", "kV", "万头", "万吨")
_NAMED_WORKS = compiled(r"[\p{Han}A-Za-z]{1,12}?(?:项目|电站|电厂|基地|工程|风电场|光伏场)(?![\d一二三四五六七八九十])")
_QUALIFIER_AFTER = compiled(r"^(?:以上|以下|以内|左右)")
_ORDINAL_BEFORE = compiled(r"第\s*$")
_DESCRIBED_DURATION = compiled(r"(?:连续|会期|为期|历时)\s*$")
_PER_HOUSEHOLD = compiled(r"(?:每户|每人|户均|家庭)(?:至少|不少于)?\s*$|\d户$")
_PER_STEP = compiled(r"每(?:提高|增长|增加|上升|下降|降低)\s*$")
_PAGE_COUNTER = compiled(r"(?:阅读|浏览|点击|访问)(?:次数|量|数)?\s*[:：]?\s*$")
_COUNTER_UNITS = frozenset(("次", "万", "万次"))
_FIGURES_GAP = compiled(r"(?:比|较)[^，,。；;]{0,12}?\d[\d.]*\s*[%％][^，,。；;]{0,24}?分别(?:高|低|多|少|快|慢)(?:出|了)?"
                        r"(?:\s*[\d.]+\s*(?:个百分点|个)?\s*[和、])*\s*$")
_ATTENDANCE = compiled(r"(?:应到|实到|应出席|实际出席|出席会议的?)(?:会)?(?:代表|委员|人员)?\s*$")
_DURATION_UNITS = frozenset(("天", "个月", "年", "小时", "分钟", "个工作日", "工作日", "周"))
_QUOTE_CLOSE = compiled(r"[^“”\"，,。；;！？!?]{0,12}[”\"]")


def _inside_quotes(view: str, start: int, pos: int) -> bool:
    """A value inside a short quoted name (“1+3+1”产业集群); a quoted speech (“6%左右的增长目标，…”) is text."""
    segment = view[start:pos]
    opened = segment.count("“") > segment.count("”") or segment.count("\"") % 2 == 1
    return opened and _QUOTE_CLOSE.match(view, pos) is not None


def is_no_measure(view: str, q, sentence: Piece, clause_start: int, cues: "SentenceCues") -> bool:
    """Whether quantity `q` of a sentence is a number that measures nothing (see the module docstring)."""
    w = words()
    after = view[q.end:q.end + 8]
    if w["not_after"].match(after):
        return True
    if q.unit.endswith(_CAPACITY_UNITS) and _FACILITY_AFTER.match(after) and _HAN_CHAR.match(view, q.start - 1):
        return True         # 梭罗100万千瓦光伏基地: a capacity inside a project's name
    if q.unit in _LIST_UNITS and _LIST_COUNT_BEFORE.search(view, max(0, q.start - 10), q.start):
        return True         # 2025年民生实事项目共12件: the count of the list itself
    if q.unit in _LIST_UNITS and _LIST_NAMED_AFTER.match(after):
        return True         # 十件交通民生实事: the count in the list's name
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
    if q.unit == "个百分点" and "分别" in view[max(clause_start, q.start - 24):q.start] \
            and _FIGURES_GAP.search(view, max(clause_start, q.start - 60), q.start):
        return True         # 比年初确定的增长10%、10%和8%分别低6.4个、1.1个和3.8个百分点: gaps to the targets
    if q.unit.endswith(w["threshold_units_tuple"]) and _THRESHOLD_AFTER.match(after) \
            and not _THRESHOLD_JOIN.match(after):
        return True
    if q.chinese and (q.value == 1 and q.unit in ("批", "些", "系列", "轮") or q.value < 10 and q.unit in ("次", "份")):
        return True
    if (before in _CAPACITY_LAST or before == " ") and _CAPACITY_BEFORE.search(view, max(0, q.start - 5), q.start) \
            and _HAN.match(_QUALIFIER_AFTER.sub("", after.lstrip(), count=1)):
        return True
    if before in "高长加升降低" and _PER_STEP.search(view, max(0, q.start - 4), q.start):
        return True         # 经济每增长1个百分点带动就业10万人: a step in a rule of thumb
    if q.unit.endswith("/年") and _HAN.match(after):
        return True         # a capacity inside a name (20万吨/年磷酸铁项目)
    if q.unit.endswith(_CAPACITY_UNITS) and _NAMED_WORKS.match(view, q.end, q.end + 16):
        return True         # X100万千瓦光伏治沙项目: the capacity names the project
    if (q.verb in ("超", "超过") or view[q.start - 1:q.start] == "过") and q.unit.endswith(w["threshold_units_tuple"]) \
            and (after.startswith(w["entity_endings_tuple"]) or after.startswith("的")):
        return True         # 产值超(过)10亿元企业达到21家, 收入超80万元的村: a threshold naming what is counted
    if cues.quoted and _inside_quotes(view, sentence.start, q.start):
        return True
    if "第" in view[max(0, q.start - 2):q.start] and _ORDINAL_BEFORE.search(view, max(0, q.start - 2), q.start):
        return True
    if before == "前" and q.unit in ("名", "位"):
        return True         # 进入前50名: a rank
    if q.unit in _DURATION_UNITS and (after[:1] == "内" or _DESCRIBED_DURATION.search(view, max(0, q.start - 4), q.start)):
        return True         # 承诺在3个月内全部办结, 连续3个月正增长, 会期3天: a duration in a description
    if q.value == 1 and q.unit in ("人", "户") and (_PER_HOUSEHOLD.search(view, max(0, q.start - 5), q.start)
                                                   or view[q.end:q.end + 2] in ("1人", "1户")):
        return True         # 每户至少1人稳定就业, 1户1人以上就业: a rule, not a measure
    if q.unit in _COUNTER_UNITS and _PAGE_COUNTER.search(view, max(0, q.start - 6), q.start):
        return True         # 阅读:2316次, 阅读 1.2万: a page's counter
    if q.unit in ("名", "人") and _ATTENDANCE.search(view, max(0, q.start - 10), q.start):
        return True         # 应到代表196名，实到183名: who attended a meeting
    return False
