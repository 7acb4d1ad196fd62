"""Headline indicators (guideline: the plan's main indicator system): the 主要预期目标-style lists
under their heading, bullet lists of targets, and the opening run of sentences stating the review
year's main results. Table rows are headline in indicator_tables."""
from __future__ import annotations

from dataclasses import dataclass

from .indicator_rules import words
from .pattern_cache import compiled
from .sections import first_line
from .segment import LIST_MARKER, PART_OF_YEAR

_OPENING_JUNK = " \t\u3000“\"（("
_BULLET = compiled(r"^\s*[●•·▪◆■]")
# a list under the heading stays armed line by line: ——经济增长：…, 1.地区生产总值…, （二）…, 二是…
_DASH_ITEM = compiled(r"\s*(?:——|－－|--)(?!\s*(?:19|20)\d{2}\s*年\s*\d)")
_TARGET_LINE_CHARS = 80
_BARE_INTRO_CHARS = 7      # 具体如下：, 分别是： say nothing of what they introduce     # a numbered target line is short; numbered review paragraphs are not
_COUNTED_CUE = compiled(r"[\d一二三四五六七八九十]+\s*[项个]\s*$")
_NUMBERED_LINE = compiled(r"\s*" + LIST_MARKER)
# 地区生产总值……………1268亿元 (its leaders blanked in the view): a name, a run of blanks, its figures
_LEADER_LINE = compiled(r"\s*\p{Han}[^，,。；;：:\n]{1,24}?[ \t\u3000]{3,}\S")
_LABEL_LINE = compiled(r"\s*[^，,。；;：:\n]{2,20}[：:]\s*\S")      # 地区生产总值：2438.6亿元，增长5.9%。
# 一季度，全市地区生产总值同比下降9.6%；上半年…: in a report on a whole year, its course, not its results
_PART_YEAR = compiled(PART_OF_YEAR + r"(?:[、和及]" + PART_OF_YEAR + r")*[，,]")     # (一季度、上半年、前三季度，…分别增长)
# …地区生产总值从一季度下降6.8%逐季回升: every value of a quarter's, none of the year's results
_PART_YEAR_BEFORE = compiled(PART_OF_YEAR + r"[^，,。；;]{0,14}$")
_PART_YEAR_REACH = 24
_OWN_LEAD = 8       # how far before a value its own words go (上半年下降1.9%)
# a heading over the reasons for the targets, not the targets (（二）对主要指标的说明)
_EXPLAINS = compiled(r"说明|解释|考虑|依据")
_TARGET_SENTENCE_CHARS = 40
_REASONS_NEXT = compiled(r"\s*(?:主要考虑|考虑|主要依据|依据)(?:是)?[：:]")
_GOAL_AFTER = compiled(r"\s*(?:左右|以上|以内)?的(?:预期|增长)?目标")
_NEWS_LEAD_CHARS = 12     # (会议通报，1—11月，全区…: a news page's results so far, not the year's)
# 未完成的3项指标是：…／完成或超额完成的12项指标是：…: paragraphs of the list, grouped by outcome
_FIELD_REACH = 12
_COUNTED_LIST = compiled(r"\s*[^，,。；;\n]{0,12}?[\d一二三四五六七八九十两]+项(?:主要)?(?:指标|目标)(?:是|为|有|如下)?[：:]")


_BREAKDOWN = compiled(r"\s*(?:从|分)(?:三次产业|产业|行业|门类|领域|区域|地区|经济类型|所有制)(?:来)?看[，,]")
_SPAN_OF_YEARS = compiled(r"由|从|以来|期间|时期|[两三四五十]年")
_YEARS_AVERAGE = compiled(r"年均(?!浓度|值)")     # (PM2.5年均浓度: a year's average, a level)
_AVERAGE_SINCE = compiled(r"(?:以来|期间|时期)年均")     # (…增长5.6%，“十四五”以来年均增长6.1%: an aside)


def _opens_with_average(view: str, s, sent_records) -> bool:
    """A sentence with 年均 summing up several years (五年来…由…增加到…，年均增长7.2%), not one giving the
    year's own results first (预计…完成868.5亿元，增长5.6%，“十四五”以来年均增长6.1%)."""
    if not _YEARS_AVERAGE.search(view, s.start, s.end):
        return False
    first = sent_records[0]["span"][0] if sent_records else s.end
    head = view[s.start:first]
    return _YEARS_AVERAGE.search(head) is not None or _SPAN_OF_YEARS.search(head) is not None \
        or not _AVERAGE_SINCE.search(view, first, s.end) \
        or any(r["year"] != sent_records[0]["year"] for r in sent_records)


def _of_a_quarter(view: str, start: int, end: int) -> bool:
    """A value whose own words name part of the year (上半年下降1.9%), not one set against it (比一季度提高)."""
    m = _PART_YEAR_BEFORE.search(view, start, end)
    return m is not None and view[m.start() - 1:m.start()] not in ("比", "较")


def _all_of_part_year(view: str, s, sent_records) -> bool:
    return bool(sent_records) and all(
        _PART_YEAR_BEFORE.search(view, max(s.start, r["span"][0] - _PART_YEAR_REACH), r["span"][0]) for r in sent_records)


def _last_break(line: str, end: int) -> int:
    return max(line.rfind("，", 0, end), line.rfind("。", 0, end))


def _ends_item(view: str, para, in_list: bool) -> bool:
    """A list written one item a line: 规模以上工业增加值增长8%；… (the last one closing with 。)."""
    line = view[para.start:para.end].rstrip()
    if not line or "：" in line or ":" in line:
        return False    # (上述目标的安排，主要考虑：…: what follows the list explains it)
    return line[-1] in ("；;" + ("。." if in_list else ""))


@dataclass
class HeadlineState:
    """What the walk over a report's paragraphs knows about its headline indicators so far."""
    opening_done: bool = False          # the opening results sentence (or run) has been read
    active_para: int | None = None      # the paragraph whose sentences continue a headline run
    armed: bool = False                 # a heading (主要预期目标) makes the next values the list
    targets_listed: bool = False        # the year's targets were given in a table before the text's lists
    reasons_para: int | None = None     # a paragraph a target opens, its reasons after it (…增长7%。主要考虑：…)
    in_list: bool = False               # the armed list's items have started
    para_values: bool = False           # the current paragraph has values (so it is no heading)


def arm_headline(view: str, previous_start: int | None, state: HeadlineState, layout) -> None:
    """Called when a paragraph starts: a heading such as 二、2023年主要预期目标 just before arms
    the next paragraph with values as the headline list; any other heading disarms it. In the
    review part, once the opening results are read, a heading 主要指标完成情况 opens details only."""
    if previous_start is not None and not state.para_values:
        line_end = view.find("\n", previous_start)
        line = view[previous_start:line_end if line_end != -1 else None]
        heading = line.strip()
        if state.armed and (_NUMBERED_LINE.match(line) or _DASH_ITEM.match(line)):
            heading = ""    # 7．居民人均可支配收入增长与经济增长同步；: an item of the list without a figure
        if heading.endswith(("：", ":")):
            cut = _last_break(heading, len(heading))
            if len(heading) - cut <= _BARE_INTRO_CHARS:
                cut = _last_break(heading, cut)    # …提出了2026年主要预期目标，具体如下：
            heading = heading[cut + 1:]     # …确定的主要指标完成情况如下： introduces the list
        if heading and len(heading) <= 40:
            heading_at = previous_start + len(line) - len(line.lstrip())
            page_title = layout.part_at(heading_at) == "unknown" and heading == first_line(view).strip()
            state.armed = words()["headline_cues_re"].search(heading) is not None and not page_title and not (
                state.opening_done and layout.part_at(heading_at) == "review") \
                and not (state.targets_listed and _EXPLAINS.search(heading))
            # (…全年主要指标预计稳中有升: a page's title; （二）对主要指标的说明 after the targets' table: reasons)
            state.in_list = False
    state.para_values = False



def mark_headline(view, para, s, sent_records, state: HeadlineState, layout) -> None:
    """Headline: the 主要预期目标-style lists, bullet lists of targets, and the opening run of
    sentences with values that states the review year's main results (once per report)."""
    w = words()
    sentence_text = view[s.start:s.end]
    news = layout.part_at(s.start) == "unknown"
    if news and layout.period_release:
        return      # a release of part-year figures has no indicator system of its own
    if layout.in_years_ahead(s.start):
        return      # 三、今后五年的奋斗目标: the goals of five years, not the year's system
    if news and view.find("。", 0, para.end) == -1 and "。" in view:
        return      # a news page's headline (above the first sentence) restates figures (a page of cards has none)
    if _BREAKDOWN.match(sentence_text):
        return      # 从三次产业看，第一产业增加值…: a breakdown of the results, no part of the system (every labeller)
    if state.active_para is not None and state.active_para != para.start:
        state.active_para = None                 # a run never crosses a paragraph
    cue_m = w["headline_cues_re"].search(sentence_text)
    if cue_m and _COUNTED_CUE.search(sentence_text, 0, cue_m.start()):
        cue_m = None        # 确定的12项主要指标，10项完成: a count of the indicators, no list
    if cue_m and w["field_goals_re"].search(sentence_text, max(0, cue_m.start() - _FIELD_REACH), cue_m.start()):
        cue_m = None        # …全省生态环境保护的主要目标是：…: one field's goals, not the year's system
    # a cue after the values (…增长9.2%，主要指标增速逐季回落) introduces nothing
    cue = cue_m is not None and (not sent_records or s.start + cue_m.start() < sent_records[0]["span"][0])
    if state.reasons_para == para.start:
        return      # the reasons after a target opening its paragraph restate it or give other figures
    if state.armed and sent_records:
        # a dashed list (——经济增长：…；——民生改善：…) under the heading stays armed line by line;
        # a paragraph after its items (上述目标的安排，主要考虑：…) is no part of it
        short = para.end - para.start <= _TARGET_LINE_CHARS
        # (a target opening its paragraph of reasons: 规模以上工业增加值增长7%。主要考虑：…)
        # (…or a numbered item's target with more of its paragraph after it: 一是地区生产总值增长10.5%左右。全省…，
        # 我州…，有条件实现这一目标。按此测算，…将达到1095亿元左右。)
        opens_reasons = s.start == para.start and s.end - s.start <= _TARGET_SENTENCE_CHARS \
            and (_REASONS_NEXT.match(view, s.end) is not None
                 or _NUMBERED_LINE.match(view, para.start) is not None and view[s.end:para.end].strip() != "") \
            and all(r["kind"] == "target" for r in sent_records)
        # (a longer numbered paragraph is an item when all it states are targets: 二是结构持续优化。A…，B…)
        targets = para.end - para.start <= 3 * _TARGET_LINE_CHARS and all(r["kind"] == "target" for r in sent_records)
        item = _DASH_ITEM.match(view, para.start) is not None or _COUNTED_LIST.match(view, para.start) is not None or (
            (short or targets) and _NUMBERED_LINE.match(view, para.start) is not None) or (
            short and (_LABEL_LINE.match(view, para.start) or _LEADER_LINE.match(view, para.start)) is not None) or (
            short and _ends_item(view, para, state.in_list)) or opens_reasons
        if state.in_list and not item and state.active_para != para.start:
            state.armed = state.in_list = False
            return
        state.armed = state.in_list = item
        if opens_reasons:
            state.reasons_para = para.start
        cue = True
    if state.active_para == para.start:
        if not sent_records:
            state.active_para = None             # a sentence without values ends the run
            return
        if not news and _all_of_part_year(view, s, sent_records):
            return      # …。全县经济从一季度下降6.8%、上半年增长0.9%到前三季度增长2.7%: the year's course
    elif cue and not news and not sent_records and layout.part_at(s.start) == "review" \
            and view[para.start:s.start].lstrip(_OPENING_JUNK).startswith(w["several_years_openers_tuple"]):
        return      # 过去五年，…完成了…确定的主要目标任务。五年来，…: a summary of several years, not the year's results
    elif cue:
        # the cue may stand in a sentence of its own; in a news item a sentence holding the cue and
        # its values is the whole list (…主要预期目标为：…。2023年，该市地区生产总值达到…: no more)
        state.active_para = None if news and sent_records else para.start
        # 主要目标任务较好完成。…: the review's results run; in a news item only values can open it
        if not news and layout.part_at(s.start) != "plan" or news and sent_records \
                and not any(r["kind"] == "target" for r in sent_records):
            state.opening_done = True
        if not sent_records:
            return
    elif _BULLET.match(sentence_text) and sent_records and all(r["kind"] == "target" for r in sent_records):
        pass        # ● 地区生产总值增长6%左右: a bullet list of targets (a bullet of results is no list of the system)
    elif not state.opening_done and layout.part_at(s.start) != "plan" \
            and not sentence_text.lstrip(_OPENING_JUNK).startswith(w["several_years_openers_tuple"]) \
            and not (layout.review_year and layout.plan_year and layout.review_year != layout.plan_year
                     and _PART_YEAR.match(sentence_text.lstrip(_OPENING_JUNK))) \
            and not (news and _PART_YEAR.search(sentence_text.lstrip(_OPENING_JUNK), 0, _NEWS_LEAD_CHARS)) \
            and not _opens_with_average(view, s, sent_records) \
            and not _all_of_part_year(view, s, sent_records):
        # (a summary of several years, or of part of the year, is not the year's results)
        canon = {r["canonical"] for r in sent_records if r["canonical"]}
        if "地区生产总值" not in canon and len(canon) < 3 \
                and not (len(canon) == 2 and len({r["name"] for r in sent_records}) >= 4):
            return      # (a town's opening: 财政收入…，农民收入…，到位资金…，固定资产投资…: four measures, two in the lexicon)
        targets_only = news and all(r["kind"] == "target" for r in sent_records)
        if targets_only and len(canon) < 3:
            return      # a news item's restated target (“6%左右的增长目标…”) is neither results nor a list
        state.active_para = None if news else para.start     # a news item restates one sentence
        state.opening_done = not targets_only     # (a news item's targets list leaves its results to come)
    else:
        return
    # the year of the system: the part's, or in a news item the year the sentence's values speak of
    year = sent_records[0]["year"] if news and sent_records else layout.context_at(s.start).year
    if news and year and layout.now_year and year > layout.now_year + 1:
        return      # 到2030年，…: a five-year plan's goals, not the year's system
    in_plan = layout.part_at(s.start) == "plan"
    # (…增长6%左右的预期目标，综合考虑了…: the reasons for a target, which restate it)
    reasons = "考虑" in sentence_text
    for r in sent_records:
        # a five-year goal in the list (到2025年…), an average over years (年均增长6.1%), or in the
        # plan part a forecast (预计全年…) is not part of the year's indicator system
        if (r["year"] == year or not year) and "年均" not in view[max(0, r["span"][0] - 4):r["span"][0]] \
                and not (in_plan and r["estimated"]) and not (reasons and _GOAL_AFTER.match(view, r["span"][1])) \
                and r["rule"] != "ind.arranged" \
                and not _of_a_quarter(view, max(s.start, r["span"][0] - _OWN_LEAD), r["span"][0]):
            # (…7386.2亿元，一季度下降8.7%、上半年下降1.9%、全年增长3.8%: the quarters' values are the course)
            r["headline"] = True
