"""The context of a narrative value: the year it refers to and whether it is planned, from the
part of the report and the sentence's own words (到2025年, 去年, 预计, 力争, 由2015年的…), and which rare
cue words a sentence holds at all, so that per-value searches for them run only where they can hit."""
from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from .indicator_rules import words
from .pattern_cache import compiled
from .sections import reports_done
from .segment import HEADING_MARKS, LIST_MARKER, PART_OF_YEAR, Piece

# (past a figure leading the line, as a 数说 page writes: 3156.8亿元——2023年，…; past who answers: 严立新：2025年，…;
# past a bracketed heading: 【一般公共预算收入：增长5%】2018年全省…)
_OPENING_YEAR = (r"\s*(?:【?\d(?!\d{3}\s*年)[^，,。；;\n【】]{0,16}?(?:】|——|[ \t\u3000]+)|【[^【】\n]{1,24}】)?(?:\p{Han}{1,4}[：:]\s*)?(?:(?:\p{Han}{1,10}[，,]\s*){1,2}|\p{Han}{1,14}?(?:表示|介绍|指出|强调|认为|告诉记者|坦言|透露|说)[，,：:]\s*)?" + LIST_MARKER + r"?\s*【?(?:(?:到|至|截至|截止|回顾)\s*)?"
                 r"((?:19|20)\d{2})\s*年(?:末|底|度)?(?![—\-~至到、和])")
_YEAR_AT_START = compiled("^" + _OPENING_YEAR)
# a marked heading of a page of figures that ends with a year: ■数说2024, 【回顾2023】, 【回望2020:先降后升】
_MARKED_YEAR_HEADING = compiled(r"\s*[" + HEADING_MARKS + r"【]\s*\p{Han}{0,8}((?:19|20)\d{2})(?:年[ \t\u3000]*\p{Han}{0,10})?(?:\s*[:：][^】\n]{1,20})?\s*】?\s*")
_PART_YEAR = compiled("[；;：]" + _OPENING_YEAR)
THIS_YEAR_OPENING = compiled(r"\s*[“\"‘]?(?:\p{Han}{1,8}[，,：:]\s*){0,2}(?:今年|新的一年)")
LAST_YEAR_OPENING = compiled(r"\s*[“\"‘]?(?:\p{Han}{2,12}[，,]\s*)?(?:回顾|过去的?)?(?:去年|上年|过去一年|(?:刚刚)?过去的一年|一年来)(?:[，,]|(?=我们|我省|我市|我区|我县|全省|全市|全区|全县|\p{Han}{1,5}[省市县区州旗](?![场级委])"
                              r"|(?!同期|同比|以来)\p{Han}{1,4}的))")     # (去年确定的十件民生实事已全部完成)
_LAST_YEAR = compiled(r"(?<![比较于同与和])去年(?!同期|同比|底|末)")
# a clause opening with 今年 inside a report's sentence (…下降12.3%；今年继续压减一般性支出5%): the plan year
_THIS_YEAR_CLAUSE = compiled(r"[，,；;]\s*今年(?!以来|前|上半年|[一二三四]季度|\d|年初|年内以来)")
# 研发经费投入强度2022年为2.31%: the year of the level, written between its name and its verb
# a start value right after 由/从, or a share of a start structure (由11.2:40.5:48.3调整为…)
_FROM_SHARES = compiled(r"(?:由|从)\s*(?:每人每月|每人每年|每户每月|每月|每年|人均)?((?:\d+(?:\.\d+)?\s*[:：∶]\s*){1,2})?$")
# (…年均增长13.1%，2010年突破300亿元，2012年跨上400亿元台阶: each milestone of its year)
_YEAR_BEFORE_VERB = compiled(r"(?<=[\p{Han}，,])((?:19|20)\d{2})\s*年(?:末|底)?(?:为|达到|达|是|突破|跨上|跃上|迈上|超过)\s*$")
_SHARES_BEFORE = r"(?:\d+(?:\.\d+)?\s*[:：∶]\s*){0,2}"       # 由2020年的8.1:42.6:49.3: every share is of that year
_YEAR_OF_VALUE = compiled(r"(?:由|从)\s*((?:19|20)\d{2}\s*年|上年|去年)(?:底|末)?的\s*" + _SHARES_BEFORE + "$")
# 由2020年的2.09缩小到2022年的2.02: the end's own year (only after a start with its year: 恢复到2019年的82.4% is a share)
_YEAR_OF_END = compiled(r"(?:到|至|为)\s*((?:19|20)\d{2})\s*年(?:底|末)?的\s*" + _SHARES_BEFORE + "$")
_PERIOD_SO_FAR = compiled(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份|底|末)?(?![底末]?\d)|[一二三四]季度|前三季度|上半年"
                            r"|\d{1,2}\s*月\s*\d{1,2}\s*日\s*[至到—-]")
def later_year(view: str, start: int, end: int, after: int, upto: int) -> int | None:
    """The last year written between start and end, when it is later than `after` and not later than
    `upto` (and not one a value is set against: 比2017年)."""
    if "年" not in view[start:end]:
        return None
    m = _LATER_YEAR.search(view, start, end)
    year = int(m.group(1)) if m else 0
    return year if after < year <= upto and view[m.start() - 1:m.start()] not in _NOT_OWN_YEAR else None


_LATER_YEAR = compiled(r"(?r)((?:19|20)\d{2})\s*年(?:底|末)?(?![\d—\-~至到、和以])")
_NOT_OWN_YEAR = ("比", "较", "由", "从", "于", "与")
# a paragraph (an interview's answer) opening on what will be done: 答：下半年是…关键期。我们将…
_WE_WILL = compiled(r"\s*(?:答[：:])?[^\n]{0,40}?(?:我们将|我们要|下一步[，,]|下半年[，,]?(?:我们)?将)")
_YEAR_PART_SO_FAR = compiled(r"\s*(?:19|20)\d{2}\s*年\s*" + PART_OF_YEAR)
_SO_FAR_OPENING = compiled(r"[^。\n]{0,30}?(?:今年)?" + PART_OF_YEAR + r"[，,]?(?:全市|全区|全县|全省)?(?:经济|地区生产总值|实现|完成)")
# how much of a plan was done (计划新建…，完成率108.1%) is a result, whatever its name holds
DONE_SHARES = ("完成率", "完成比例", "完成进度")
# a sentence opening with a five-year period (“十四五”期间，全市城镇新增就业累计35万人): its last year,
# when that is later than the part's year
_PERIOD_OPENING = compiled(r"\s*[“\"]?(十[一二三四五]五)[”\"]?(?:期间|时期)[，,]")
_NOW_AGAIN = compiled(r"[，,；;](?:全年|今年|当年|去年)")
# 到2025年…, or the end of a five-year plan (“十四五”末, 到“十四五”期末)
_YEAR_TARGET = compiled(r"(?:到|至)\s*((?:19|20)\d{2})\s*年|[“\"]?(十[一二三四五]五)[”\"]?(?:期)?末"
                          r"|((?:19|20)\d{2})\s*年[^，,。；;：:]{0,24}?目标(?:是|为)?[：:]")    # 提出的2024年…主要预期目标是：


class SentenceCues(NamedTuple):
    """Which rare words a sentence contains at all: each gates per-value searches for them."""
    quoted: bool          # quotation marks: a value may stand inside a quoted name
    gap: bool             # 目标/计划: a value may be a gap to a target (超目标2个百分点)
    indicator_counts: bool   # 指标: counts in 项 are of the plan's indicators
    target: bool          # 力争/确保…: values after them are targets
    target_clause: bool   # 预期目标/计划完成…: values in their clause are targets
    year_target: Optional[tuple[int, int, bool]]   # (end, year, named before a colon) of the first 到2025年 / 2024年…目标：
    year: Optional[int]   # the year the sentence opens with (2022年，…)
    last_year: Optional[int]   # where 去年 (not 比去年) stands: values after it are last year's results
    part_years: dict[int, int]   # ；/： → the year the part after it opens with (；二是2018年…)
    this_year: Optional[int]   # where a clause opening with 今年 starts (the plan year's, in a report)
    para_start: int       # where the sentence's paragraph starts (a several-year span is read from it)


def sentence_cues(view: str, s: Piece, carried_year: int | None = None, para_start: int = 0) -> SentenceCues:
    w = words()
    text = view[s.start:s.end]
    ym = _YEAR_TARGET.search(view, s.start, s.end)
    opening = _YEAR_AT_START.match(text)
    return SentenceCues(
        quoted="“" in text or "\"" in text,
        gap="目标" in text or "计划" in text or "进度" in text or "需" in text,
        indicator_counts="指标" in text,
        target=w["target_cues_re"].search(text) is not None,
        target_clause=w["target_clause_cues_re"].search(text) is not None,
        year_target=(ym.end(), int(ym.group(1) or ym.group(3)) if ym.group(1) or ym.group(3)
                     else _PLAN_PERIODS[ym.group(2)] + 5, ym.group(3) is not None) if ym else _period_opening(view, s),
        year=int(opening.group(1)) if opening else carried_year,
        last_year=last_year.start() if (last_year := _LAST_YEAR.search(view, s.start, s.end)) else None,
        part_years={m.start(): int(m.group(1)) for m in _PART_YEAR.finditer(view, s.start, s.end)},
        this_year=this_year.start() if "今年" in text and (this_year := _THIS_YEAR_CLAUSE.search(view, s.start, s.end)) else None,
        para_start=para_start,
    )


def _period_opening(view: str, s: Piece) -> tuple[int, int, bool] | None:
    m = _PERIOD_OPENING.match(view, s.start, s.end) if "五" in view[s.start:s.start + 8] else None
    return (m.end(), _PLAN_PERIODS[m.group(1)] + 5, False) if m else None


def past_period_end(view: str, s: Piece, year: int | None) -> int | None:
    """The last year of the five-year period a sentence opens with (“十二五”时期，…), when it ended
    before `year` (the part's): the period's results are dated by it, as a sentence opening 2015年，… is."""
    period = _period_opening(view, s)
    return period[1] if period and year and period[1] < year else None


def opening_year(view: str, start: int, end: int) -> int | None:
    head = view[start:min(end, start + 24)]
    if "19" not in head and "20" not in head:
        return None         # most sentences: no year near their start, no regex run
    m = _YEAR_AT_START.match(head) or _MARKED_YEAR_HEADING.fullmatch(view, start, end)
    return int(m.group(1)) if m else None


def year_and_kind(view, s, clause, q, name, layout, cues: SentenceCues):
    """Year and kind from the part of the report, then from the sentence's own words."""
    w = words()
    ctx = layout.context_at(q.start)
    year = ctx.year or 0
    kind = ctx.kind
    period_end = period_goal_year(view, s.start, q.start, year) if "五" in view[s.start:q.start] else None
    if period_end:
        return period_end, "target"
    if cues.year_target and cues.year_target[0] <= q.start and (cues.year_target[1] > year or cues.year_target[2]) \
            and not _NOW_AGAIN.search(view, cues.year_target[0], q.start):
        return cues.year_target[1], "target"     # 到2025年…, until 全年/今年 speaks of the year again
    if cues.last_year is not None and (cues.year or ctx.year) and ctx.part != "review" \
            and cues.last_year < q.start and "今年" not in view[cues.last_year:q.start]:
        # 去年全市地区生产总值…: last year's results; in a news item the year before the text's own
        now = (layout.now_year or ctx.year) if ctx.part == "unknown" and ctx.year else (cues.year or ctx.year)
        return now - 1, "actual"
    if cues.this_year is not None and cues.this_year < q.start and ctx.part != "unknown" and layout.plan_year \
            and layout.review_year and layout.plan_year == layout.review_year + 1 \
            and not reports_done(view[cues.this_year:q.start]):
        return layout.plan_year, "target"     # a report's 今年 is the year it plans
    own = _YEAR_OF_VALUE.search(view, max(s.start, q.start - 22), q.start) \
        or _YEAR_BEFORE_VERB.search(view, max(s.start, q.start - 9), q.start)
    if not own and "的" in view[max(s.start, q.start - 22):q.start]:
        own = _YEAR_OF_END.search(view, max(s.start, q.start - 22), q.start)
        own = own if own and _YEAR_OF_VALUE.search(view, clause.start, own.start()) is None \
            and regex.search(r"(?:由|从)\s*(?:19|20)\d{2}\s*年", view[clause.start:own.start()]) else None
    if own:
        # 由2020年的2.1%提高到… / 由上年的5.39%下降到…: an earlier year's level
        own_year = year - 1 if own.group(1) in ("上年", "去年") else int(own.group(1)[:4])
        if own_year < year:
            return own_year, "actual"
    subject_year = _SUBJECT_YEAR.match(view, clause.start, q.start) if "年" in view[clause.start:q.start] else None
    if subject_year and not cues.year_target and int(subject_year.group(1)) < year:
        return int(subject_year.group(1)), "actual"     # 作为主城核心区，东澜区2021年实现地区生产总值682.4亿元
    since = view.find("以来", s.start, q.start) if kind == "target" else -1
    if since != -1 and not w["target_cues_re"].search(view, since, q.start):
        # “十四五”以来…年均增长5.9% in the plan part or a news item: results so far, not a target
        return (year if view.startswith("今年", since - 2) else year - 1), "actual"
    if cues.year and cues.year < year:
        # 2017年底…贫困发生率为10.37%，预计2018年底下降到5.62%，全年减少…: a later year written since holds
        later = later_year(view, s.start, q.start, cues.year, year)
        cues = cues._replace(year=later) if later else cues
    if cues.year and (abs(cues.year - year) <= 1 or not ctx.year):
        if cues.year < year or ctx.part == "unknown" and layout.now_year and cues.year < layout.now_year:
            kind = "actual"     # 2018年，全市经济增长8.7% in the 2019 plan part, or on a 2019 page: a result
        elif cues.year > year and ctx.part == "review" and not _YEAR_PART_SO_FAR.match(view, s.start, s.end):
            # 2024年，全县一般公共预算收入安排8.98亿元 in the 2023 review part: a plan (but 2023年上半年，… in
            # a mid-term review of 2022 is a result so far)
            kind = "target"
        year = cues.year
    if cues.part_years:
        # the year the last part before the value opened with, its later ；-parts included
        # (…新台阶：2020年全市地区生产总值达到3612.8亿元；一般公共预算收入突破300亿元；…)
        part_year = next((y for at, y in sorted(cues.part_years.items(), reverse=True) if at < q.start), None)
        if part_year and part_year < year:
            return part_year, "actual"     # …；二是2018年我省经济增长8.7%: a result
    shares_from = _FROM_SHARES.search(view, max(0, q.start - 16), q.start) if view[q.start - 1:q.start] in "由从:：∶月年均" else None
    if shares_from and ctx.part != "plan":
        start_year = _span_start_year(view, cues.para_start, q.start, year)
        if start_year:
            return start_year, "actual"     # 过去五年…一般公共预算收入由72.3亿元增加到96.5亿元: the span's first year
        if ctx.part == "review" and (_TO_LEVEL.match(view, q.end) or shares_from.group(1)
                                     or view[q.end:q.end + 1] in (":", "：", "∶")):
            return year - 1, "actual"       # 贫困发生率由2.86%降至0.72%: where the year started from
    if ctx.part == "unknown" and w["news_target_cues_re"].search(view, s.start, q.start):
        # a news item: 将/拟/目标为 before a value announce a plan; in the year's last months, the next year's
        # (县委经济工作会议…会议要求…力争新开工亿元以上项目30个)
        ahead = layout.now_is_late and year == layout.now_year and cues.year is None and not cues.year_target
        return (year + 1 if ahead else year), "target"
    if ctx.part == "unknown" and cues.para_start < s.start and cues.year in (None, year) and not layout.period_release \
            and _WE_WILL.match(view, cues.para_start, s.start) and not reports_done(view[s.start:q.start]) \
            and not _PERIOD_SO_FAR.search(view, s.start, q.start):
        # 答：…我们将抓好…。…年内再发放消费券5000万元: an answer opening on what will be done plans its year
        return year, "target"
    if ctx.part == "unknown" and year == layout.now_year and layout.now_is_early and not layout.period_release:
        kind = "target"     # a page of January to April: this year's figures are plans, bar a month's results
    if ctx.part == "unknown" and kind == "target" and (
            _PERIOD_SO_FAR.search(view, s.start, q.start) or _SO_FAR_OPENING.match(view, cues.para_start, s.start)):
        # 今年1月，全市规模以上工业增加值增长8.9%: results of a month, never a plan; so are the sentences after
        # one opening a paragraph on them (…上半年全市实现地区生产总值…。规模以上工业增加值增长6.2%)
        return year, "actual"
    if ctx.part != "plan":
        if cues.target:
            last_break = max(view.rfind("；", s.start, q.start), view.rfind(";", s.start, q.start))
            since_break = last_break + 1 if last_break != -1 else s.start
            cue = w["target_cues_re"].search(view, since_break, q.start)
            if cue and "预计" not in view[cue.end():q.start] and not reports_done(view[cue.end():q.start]):
                return year, "target"       # (…年初确定下降2.7%，预计下降3.5%: the estimate is a result; 计划竣工68个，已竣工24个)
        clause_cue = w["target_clause_cues_re"].search(view, clause.start, q.start) if cues.target_clause else None
        if clause_cue and not reports_done(view[clause_cue.end():q.start]):
            kind = "target"
        elif w["target_name_cues_re"].search(name) and "占" not in name and not w["plan_share_re"].search(name) \
                and not name.endswith(DONE_SHARES):
            kind = "target"
    return year, kind

# a subject, then the year its values are of, then the measure: 东澜区2021年实现地区生产总值682.4亿元
_SUBJECT_YEAR = compiled(r"\s*(?:[^，,；;。\d比较到至由从与于是的]{0,10}?)((?:19|20)\d{2})\s*年"
                           r"(?![\d—\-~至到、和以的])")
_TO_LEVEL = compiled(r"\s*(?:的)?(?:下降|降低|减少|提高|提升|增加|增长|上升|扩大|缩小|降|升)?(?:到|至)")
_SPAN_LOOKBACK = 3000
# the last several-year opener before a paragraph, whose block it may belong to, unless a heading or
# a paragraph opening with one year (2022年，…) comes between
_SPAN_OPENER = compiled(r"(?r)五年来|过去五年|近五年|五年间|三年来|过去三年|十年来|十一五|十二五|十三五|十四五|十五五")
_SINGLE_YEAR_START = compiled(r"\n\s*(?:(?:19|20)\d{2}\s*年|[一二三四五六七八九十]+、)")
_SPAN_FROM = compiled(r"(?:由|从)\s*((?:19|20)\d{2})\s*年(?:底|末)?的")
_PLAN_PERIODS = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020, "十五五": 2025}
# a five-year plan's own goal quoted beside the year's (与“十四五”规划确定的年均增长6%左右的目标相衔接,
# 超过“十四五”规划确定的850亿元目标): a target of the plan's last year
_PLAN_GOAL = compiled(r"[“\"]?(十[一二三四五]五)[”\"]?(?:时期)?(?:规划纲要|规划|纲要)\p{Han}{0,2}?(?:确定|提出|明确|设定)的"
                           r"(?:年均)?(?:增长|增速)?$")


# “十二五”时期全区经济社会发展的主要目标是：…年均增长12%以上: the goals of a five-year plan, listed
# (not 与“十四五”规划目标相衔接，建议2023年…的主要预期目标为：)
_PERIOD_GOALS = compiled(r"[“\"]?(十[一二三四五]五)[”\"]?(?:时期|期间|规划)[^。；，,\d]{0,30}?(?:主要)?目标(?:是|为)?[：:]")


def period_goal_year(view: str, start: int, end: int, year: int) -> int | None:
    """The last year of the five-year plan whose goals the sentence text[start:end] lists, when later than `year`."""
    m = _PERIOD_GOALS.search(view, start, end) if "目标" in view[start:end] else None
    last = _PLAN_PERIODS[m.group(1)] + 5 if m else None
    return last if last and last > year else None


def plan_goal_year(view: str, start: int, end: int) -> int | None:
    """The last year of the five-year plan whose goal the words right before a value quote, or None
    (…与“十四五”规划确定的年均增长6%左右的目标相衔接; 与“十四五”年均增长6%左右的目标相衔接)."""
    m = _PLAN_GOAL.search(view, start, end) if "的" in view[end - 8:end] else None
    if m is None and "年均" in view[end - 6:end]:
        m = _PERIOD_AVERAGE.search(view, start, end)
        m = m if m and _VALUE_THEN_GOAL.match(view, end) else None
    return _PLAN_PERIODS[m.group(1)] + 5 if m else None


_PERIOD_AVERAGE = compiled(r"[“\"]?(十[一二三四五]五)[”\"]?(?:时期|期间)?年均(?:增长|增速)?$")
_VALUE_THEN_GOAL = compiled(r"[\d.]+\s*[%％]\s*(?:左右|以上|以内)?的(?:预期)?目标")


_YEARS_BACK = {"五年来": 5, "过去五年": 5, "近五年": 5, "五年间": 5, "三年来": 3, "过去三年": 3, "十年来": 10}


def _span_start_year(view: str, para_start: int, pos: int, year: int) -> int | None:
    """The first year of the several-year span a paragraph reviews (由2015年的…, “十三五”, 五年来),
    or None when it reviews no span."""
    text = view[para_start:pos]
    opener = _SPAN_OPENER.search(view, max(0, para_start - _SPAN_LOOKBACK), para_start)
    if opener and not _SINGLE_YEAR_START.search(view, opener.end(), min(pos, para_start + 12)):
        text = view[opener.start():pos]     # 五年来，我们主要做了以下工作：\n——…由1126家增加到1542家
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
