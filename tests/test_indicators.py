"""Indicator rules as a table of real-report sentences (Duckling style: the examples are the tests).

Every case is a small document whose structure fixes year and kind (a review part gives actuals of
2022, a plan part targets of 2023) and the complete list of indicator records expected inside the
case's sentence, written from shared/spec/GUIDELINE.md (not from what the extractor prints):

* a record is located by its span text (searched left to right in the sentence);
* the records inside the sentence must be exactly the expected ones (a number that is not an
  indicator, such as a year, a rank or a list number, must give no record);
* fields compared: text, year, kind, measure, value, value_max, unit, qualifier, estimated, binding,
  canonical; headline only where the case says so; ``name`` only when there is no canonical,
  by the scorer's rule (at least half of the expected name's character bigrams in the produced name).

Cases where the extractor still disagrees with the guideline are ``xfail(strict=True)``: they turn
into failures once the rule is fixed, so the mark must then be removed.

At the end, hypothesis properties over the whole pipeline: on random concatenations of corpus
sentences every record's text is the document text at its span, and spans never overlap.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple, Optional

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------------
# document wrappers: structure gives year and kind

TITLE = "关于某区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n\n"
REVIEW_HEAD = "一、2022年国民经济和社会发展计划执行情况\n"
REVIEW_LINE = "全年经济运行总体平稳，各项事业取得新进展。\n"   # no number: gives no record
PLAN_TARGETS_HEAD = "\n二、2023年的主要预期目标\n"
PLAN_WORK_HEAD = "\n三、2023年国民经济和社会发展的重点工作\n"
TABLE_CAPTION = "表1  2022年国民经济和社会发展主要计划目标完成情况\n\n"
TABLE_HEADER = "\t指      标\n\t2022年目标\n\t2022年完成\n\t与目标±\n\n"
TABLE_NOTE = "\n\n注：加*为约束性目标，其他为预期性目标。\n"

REVIEW, PLAN, TARGETS, TABLE = "review", "plan", "targets", "table"
DEFAULTS = {REVIEW: (2022, "actual"), PLAN: (2023, "target"), TARGETS: (2023, "target"),
            TABLE: (2022, None)}


def review_doc(sentence: str) -> str:
    """The sentence in the review part: actuals of 2022."""
    return TITLE + REVIEW_HEAD + REVIEW_LINE + sentence + "\n"


def plan_doc(sentence: str) -> str:
    """The sentence in the plan part (重点工作): targets of 2023, after a review part."""
    return TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_WORK_HEAD + sentence + "\n"


def targets_doc(sentence: str) -> str:
    """The sentence right under 主要预期目标: targets of 2023 (the headline list)."""
    return TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD + sentence + "\n"


def table_doc(rows: str) -> str:
    """Rows of a flattened targets-vs-actuals table (one tab-indented cell a line) in the review part."""
    return TITLE + REVIEW_HEAD + REVIEW_LINE + "\n" + TABLE_CAPTION + TABLE_HEADER + rows + TABLE_NOTE


WRAP = {REVIEW: review_doc, PLAN: plan_doc, TARGETS: targets_doc, TABLE: table_doc}


# --------------------------------------------------------------------------------------------------
# expected records

class R(NamedTuple):
    """One expected indicator record. ``year``/``kind`` default to the wrapper's part;
    ``headline`` is compared only when given."""
    text: str
    name: str
    canonical: Optional[str]
    measure: str
    value: float
    unit: str
    qualifier: Optional[str] = None
    value_max: Optional[float] = None
    estimated: bool = False
    year: Optional[int] = None
    kind: Optional[str] = None
    binding: bool = False
    headline: Optional[bool] = None


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def name_ok(expected: str, got: str) -> bool:
    """The scorer's name rule: at least half of the expected name's distinct bigrams occur in got."""
    e, g = re.sub(r"\s+", "", expected), re.sub(r"\s+", "", got or "")
    if e == g:
        return True
    eb = _bigrams(e)
    return bool(eb) and 2 * len(eb & _bigrams(g)) >= len(eb)


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6


def check(part: str, sentence: str, expected: list[R]) -> None:
    text = WRAP[part](sentence)
    doc = extract(text)
    start = text.rindex(sentence)          # the case's sentence is the last thing written
    end = start + len(sentence)
    inside = {tuple(i.span): i for i in doc.indicators if start <= i.span[0] and i.span[1] <= end}
    year0, kind0 = DEFAULTS[part]

    problems: list[str] = []
    wanted: dict[tuple[int, int], R] = {}
    cursor = 0
    for exp in expected:
        pos = sentence.find(exp.text, cursor)
        assert pos >= 0, f"bad case: {exp.text!r} not in sentence after {cursor}"
        cursor = pos + len(exp.text)
        wanted[(start + pos, start + cursor)] = exp

    for span, exp in wanted.items():
        got = inside.get(span)
        if got is None:
            near = [(i.text, i.span) for i in inside.values() if i.span[0] < span[1] and span[0] < i.span[1]]
            problems.append(f"{exp.text!r}: no record (overlapping: {near})")
            continue
        want = {
            "text": exp.text, "year": exp.year or year0, "kind": exp.kind or kind0,
            "measure": exp.measure, "value": exp.value, "value_max": exp.value_max, "unit": exp.unit,
            "qualifier": exp.qualifier, "estimated": exp.estimated, "binding": exp.binding,
            "canonical": exp.canonical,
        }
        if exp.headline is not None:
            want["headline"] = exp.headline
        for field, w in want.items():
            g = getattr(got, field)
            same = _num_eq(w, g) if field in ("value", "value_max") else w == g
            if not same:
                problems.append(f"{exp.text!r}.{field}: expected {w!r}, got {g!r}")
        if exp.canonical is None and not name_ok(exp.name, got.name):
            problems.append(f"{exp.text!r}.name: expected ~{exp.name!r}, got {got.name!r}")
    for span, got in inside.items():
        if span not in wanted:
            problems.append(f"{got.text!r}: unexpected record ({got.name}, {got.measure}, {got.value})")
    assert not problems, "\n".join(problems)


def xfail(part, sentence, expected, reason, id=None):
    return pytest.param(part, sentence, expected, id=id,
                        marks=pytest.mark.xfail(reason=reason, strict=True))


# --------------------------------------------------------------------------------------------------
# the table

GDP, IND, FAI, RETAIL = "地区生产总值", "规模以上工业增加值", "全社会固定资产投资", "社会消费品零售总额"
REV, EXP, TRADE = "一般公共预算收入", "一般公共预算支出", "进出口总额"
URB_INC, RUR_INC, INC = "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "居民人均可支配收入"
URB, UNEMP, REG_UNEMP, JOBS, CPI = "城镇化率", "城镇调查失业率", "城镇登记失业率", "城镇新增就业", "居民消费价格"
GRAIN, ENERGY, RD, AIR, PM = "粮食总产量", "单位地区生产总值能耗", "研发经费投入强度", "空气质量优良天数", "PM2.5平均浓度"
TOUR_INC, TOURISTS, FDI, FIRMS, SIGNED = "旅游总收入", "接待游客", "实际利用外资", "新增市场主体", "招商引资签约金额"
PRIM, SEC, TER, GIP = "第一产业增加值", "第二产业增加值", "第三产业增加值", "规模以上工业总产值"

CASES = [
    # the firms counted before complete the names of their revenue and profit
    (REVIEW, "规模以上工业企业达到1.38万家,实现主营业务收入3.12万亿元,增长7.6%;实现利润总额1860亿元,下降3.2%。",
     [R("1.38万家", "规模以上工业企业", "规模以上工业企业", "level", 1.38, "万家"),
      R("3.12万亿元", "规模以上工业企业主营业务收入", None, "level", 3.12, "万亿元"),
      R("7.6%", "规模以上工业企业主营业务收入", None, "growth", 7.6, "%"),
      R("1860亿元", "规模以上工业企业利润总额", None, "level", 1860, "亿元"),
      R("3.2%", "规模以上工业企业利润总额", None, "growth", -3.2, "%")]),
    # a clause opening on an earlier year inside the plan part is that year's result
    (PLAN, "全省经济增长7%左右，2022年我省增长8.6%，可为完成全年目标打下基础。",
     [R("7%", "经济", GDP, "growth", 7, "%", "about", kind="target"),
      R("8.6%", "经济", GDP, "growth", 8.6, "%", year=2022, kind="actual")]),
    # a numbered box item naming a works (its kind of build, not a facility word) names its figures too
    (PLAN, "11．甲片区棚户区改造：涉及居民3800户，总投资32亿元，年度计划投资3亿元，开展前期工作。",
     [R("3800户", "甲片区棚户区改造涉及居民", None, "level", 3800, "户", kind="target"),
      R("32亿元", "甲片区棚户区改造总投资", None, "level", 32, "亿元", kind="target"),
      R("3亿元", "甲片区棚户区改造年度计划投资", None, "level", 3, "亿元", kind="target")]),
    # next steps inside the review part are the plan year's; the OCR slip 秏 is read as 耗 in lookups
    (REVIEW, "单位地区生产总值能秏下降3.9%。\n下一步，将持续培植财源税源，力争全年税收收入占比稳定在70%以上。",
     [R("3.9%", "单位地区生产总值能秏", "单位地区生产总值能耗", "growth", -3.9, "%"),
      R("70%", "全年税收收入占比", None, "level", 70, "%", "at_least", year=2023, kind="target")]),
    # a threshold after 过 names what is counted (产值过10亿元企业)
    (PLAN, "力争产值过10亿元企业达到3户。", [R("3户", "产值过10亿元企业", None, "level", 3, "户", kind="target")]),
    # a paragraph titled by a sector's projects: its bare count of projects is the sector's
    (PLAN, "（一）工业项目。安排项目28个，总投资68.4亿元，年度计划投资24.6亿元。",
     [R("28个", "工业项目", None, "level", 28, "个", kind="target"),
      R("68.4亿元", "工业项目总投资", None, "level", 68.4, "亿元", kind="target"),
      R("24.6亿元", "工业项目年度计划投资", None, "level", 24.6, "亿元", kind="target")]),
    # a numbered line of a list of projects: the project before its colon completes its figures' names
    (PLAN, "1. 青峰至白石高速公路（青峰市、白石市）：全长126.4公里，总投资186.5亿元。",
     [R("126.4公里", "青峰至白石高速公路全长", None, "level", 126.4, "公里"),
      R("186.5亿元", "青峰至白石高速公路总投资", None, "level", 186.5, "亿元")]),
    # a share named again by the subject's head word (税收占比 after 税收收入) is that subject's share
    (REVIEW, "税收收入86亿元，税收占比71.4%。",
     [R("86亿元", "税收收入", "税收收入", "level", 86, "亿元"), R("71.4%", "税收收入占比", None, "level", 71.4, "%")]),
    # a numbered item naming a project, then its figures: the project completes their names; a plan amount
    # is no thing to complete the next name with
    (REVIEW, "1.青峰输变电工程。年度计划投资1.5亿元，完成投资0.42亿元。",
     [R("1.5亿元", "青峰输变电工程年度计划投资", None, "level", 1.5, "亿元", kind="target"),
      R("0.42亿元", "青峰输变电工程完成投资", None, "level", 0.42, "亿元")]),
    # places' growth rates after 增速分别达到; a capacity inside a project's name is no record
    (REVIEW, "新增光伏装机100万千瓦。青峰县、白石县地区生产总值增速分别达到7.2%和6.8%。青峰100万千瓦光伏基地一期建成投产。",
     [R("100万千瓦", "新增光伏装机", None, "level", 100, "万千瓦"),
      R("7.2%", "青峰县地区生产总值", GDP, "growth", 7.2, "%"), R("6.8%", "白石县地区生产总值", GDP, "growth", 6.8, "%")]),
    # 三次产业 over three values: the first, second and third sector; a restated target in ASCII brackets;
    # digits split by a PDF copy right after a word
    (REVIEW, "三次产业增加值分别完成268亿元、412亿元和606亿元，分别增长3.6%、6.1%和5.4%。"
             "规模以上工业增加值增长6.3%(年度目标8%)。烤烟收购1 2.6万担。",
     [R("268亿元", PRIM, PRIM, "level", 268, "亿元"), R("412亿元", SEC, SEC, "level", 412, "亿元"),
      R("606亿元", TER, TER, "level", 606, "亿元"), R("3.6%", PRIM, PRIM, "growth", 3.6, "%"),
      R("6.1%", SEC, SEC, "growth", 6.1, "%"), R("5.4%", TER, TER, "growth", 5.4, "%"),
      R("6.3%", IND, IND, "growth", 6.3, "%"), R("8%", IND, IND, "growth", 8, "%", kind="target"),
      R("1 2.6万担", "烤烟收购", None, "level", 12.6, "万担")]),
    # places with the measure after 分别; counts of the 民生实事 list itself are no measures
    (REVIEW, "甲区、乙区分别完成投资9.36亿元、8.12亿元。确定了10件市政府民生实事、37项具体任务。2023年民生实事项目共12件。",
     [R("9.36亿元", "甲区完成投资", None, "level", 9.36, "亿元"), R("8.12亿元", "乙区完成投资", None, "level", 8.12, "亿元")]),
    # planned and done (计划新建…60个，实际建成64个): the plan a target, the result an actual of the same thing;
    # a rate restated as 控制在…以内的年度目标之内 is that rate's target
    (REVIEW, "计划发放创业担保贷款5亿元，实际发放6.13亿元。计划新建就业服务站60个，实际建成64个。"
             "城镇登记失业率为3.12%，控制在3.5%以内的年度目标之内。",
     [R("5亿元", "发放创业担保贷款", None, "level", 5, "亿元", kind="target"),
      R("6.13亿元", "发放创业担保贷款", None, "level", 6.13, "亿元"),
      R("60个", "新建就业服务站", None, "level", 60, "个", kind="target"), R("64个", "新建就业服务站", None, "level", 64, "个"),
      R("3.12%", REG_UNEMP, REG_UNEMP, "level", 3.12, "%"),
      R("3.5%", REG_UNEMP, REG_UNEMP, "level", 3.5, "%", "at_most", kind="target")]),
    # categories side by side are not one inside the other; a sector's part takes the whole's measure word;
    # a 分别 list whose names hold 、 and 和 of their own is written across clauses
    (REVIEW, "限额以上单位家用电器类商品零售额增长18.6%，通讯器材类增长24.5%，汽车类增长1.4%。"
             "全区规模以上工业增加值增长8.3%，其中制造业增长11.6%。"
             "其中，信息传输、软件和信息技术服务业，租赁和商务服务业，科学研究和技术服务业营业收入分别增长16.5%、11.2%和8.4%。",
     [R("18.6%", "限额以上单位家用电器类商品零售额", None, "growth", 18.6, "%"), R("24.5%", "通讯器材类", None, "growth", 24.5, "%"),
      R("1.4%", "汽车类", None, "growth", 1.4, "%"), R("8.3%", IND, IND, "growth", 8.3, "%"),
      R("11.6%", "制造业增加值", None, "growth", 11.6, "%"),
      R("16.5%", "信息传输、软件和信息技术服务业营业收入", None, "growth", 16.5, "%"),
      R("11.2%", "租赁和商务服务业营业收入", None, "growth", 11.2, "%"),
      R("8.4%", "科学研究和技术服务业营业收入", None, "growth", 8.4, "%")]),
    # a share of a plan or a quota (完成州下达任务的102.5%, 为年度计划的84.6%) is the measure's share; the growth after
    # it is the measure's own
    (REVIEW, "粮食总产量达到12.3万吨，完成州下达任务的102.5%。固定资产投资完成412.5亿元，为年度计划的84.6%，同比下降8.6%。",
     [R("12.3万吨", GRAIN, GRAIN, "level", 12.3, "万吨"), R("102.5%", "粮食总产量完成州下达任务的比例", None, "level", 102.5, "%"),
      R("412.5亿元", "固定资产投资", FAI, "level", 412.5, "亿元"), R("84.6%", "固定资产投资为年度计划的比例", None, "level", 84.6, "%"),
      R("8.6%", "固定资产投资", FAI, "growth", -8.6, "%")]),
    # 对应…规模 restates the measure just named; a threshold written 及以上 inside a definition is no record,
    # and the clause after it, still inside the bracket, names what stands before the bracket
    (PLAN, "全社会固定资产投资增长12%，对应投资规模约1329亿元。",
     [R("12%", FAI, FAI, "growth", 12, "%"), R("1329亿元", FAI, FAI, "level", 1329, "亿元", "about")]),
    (REVIEW, "规模以上工业企业（年主营业务收入2000万元及以上，以下简称“规上企业”）达到1082家。",
     [R("1082家", "规模以上工业企业", "规模以上工业企业", "level", 1082, "家")]),
    # two subjects from a dated start to an end (分别由…的a、b增加到c、d); a household and a person count of
    # one thing; 各月 is no part of a name; a 约束性指标 label before a name binds its clause
    (REVIEW, "城乡居民人均可支配收入分别由2017年的29120元、12680元增加到39860元、19240元。全年实现1862户5430人脱贫。"
             "四季度各月社会消费品零售总额增长5%—6%。约束性指标单位地区生产总值能耗下降3.2%，PM2.5平均浓度29微克/立方米。",
     [R("29120元", URB_INC, URB_INC, "level", 29120, "元", year=2017), R("12680元", RUR_INC, RUR_INC, "level", 12680, "元", year=2017),
      R("39860元", URB_INC, URB_INC, "level", 39860, "元"), R("19240元", RUR_INC, RUR_INC, "level", 19240, "元"),
      R("1862户", "脱贫户", None, "level", 1862, "户"), R("5430人", "脱贫", None, "level", 5430, "人"),
      R("5%—6%", RETAIL, RETAIL, "growth", 5, "%", value_max=6),
      R("3.2%", ENERGY, ENERGY, "growth", -3.2, "%", binding=True), R("29微克/立方米", PM, PM, "level", 29, "微克/立方米")]),
    # a target list written label：value；… (no list marks): each label names its values
    (TARGETS, "主要预期目标为：地区生产总值：增长7.5%左右；规上工业增加值：增长7%；城镇登记失业率：3%以内；"
              "单位地区生产总值能耗：下降3.5%（约束性）；PM2.5平均浓度：31微克/立方米以内（约束性）。",
     [R("7.5%", GDP, GDP, "growth", 7.5, "%", "about"), R("7%", "规上工业增加值", IND, "growth", 7, "%"),
      R("3%", REG_UNEMP, REG_UNEMP, "level", 3, "%", "at_most"),
      R("3.5%", ENERGY, ENERGY, "growth", -3.5, "%", binding=True),
      R("31微克/立方米", PM, PM, "level", 31, "微克/立方米", "at_most", binding=True)]),
    # a target restated in brackets after a result is that measure's target; the gap to it is no record
    (REVIEW, "规上工业增加值增长6.8%，低于年度目标（8%）1.2个百分点；城镇登记失业率2.35%（控制在3%以内）。",
     [R("6.8%", "规上工业增加值", IND, "growth", 6.8, "%"), R("8%", "规上工业增加值", IND, "growth", 8, "%", kind="target"),
      R("2.35%", REG_UNEMP, REG_UNEMP, "level", 2.35, "%"),
      R("3%", REG_UNEMP, REG_UNEMP, "level", 3, "%", "at_most", kind="target")]),
    # an aside in brackets on the value before; （预计数） covers the same measure's growth after it, not
    # the next measure; 精简 is a cut
    (REVIEW, "城镇新增就业3.86万人（完成年度目标的128.7%）。固定资产投资1186.5亿元（预计数），增长13.6%，"
             "其中工业投资318.6亿元。行政审批事项精简33%。",
     [R("3.86万人", JOBS, JOBS, "level", 3.86, "万人"), R("128.7%", "城镇新增就业完成年度目标的比例", None, "level", 128.7, "%"),
      R("1186.5亿元", "固定资产投资", FAI, "level", 1186.5, "亿元", estimated=True),
      R("13.6%", "固定资产投资", FAI, "growth", 13.6, "%", estimated=True),
      R("318.6亿元", "工业投资", None, "level", 318.6, "亿元"), R("33%", "行政审批事项", None, "growth", -33, "%")]),
    # a list of years before one measure: a year per value
    (REVIEW, "2021年、2022年全区地区生产总值分别增长8.1%和4.3%，两年平均增长6.2%。",
     [R("8.1%", GDP, GDP, "growth", 8.1, "%", year=2021), R("4.3%", GDP, GDP, "growth", 4.3, "%"),
      R("6.2%", GDP, GDP, "growth", 6.2, "%")]),
    # a unitless ratio from a start year's level to another; 之比 ends a ratio's name
    (REVIEW, "城乡居民收入比由2020年的2.09缩小到2.02，农产品加工业产值与农业总产值之比达到2.6。",
     [R("2.09", "城乡居民收入比", None, "level", 2.09, "", year=2020), R("2.02", "城乡居民收入比", None, "level", 2.02, ""),
      R("2.6", "农产品加工业产值与农业总产值之比", None, "level", 2.6, "")]),
    (REVIEW, "三次产业结构由2020年的8.1:42.6:49.3调整为7.6:43.2:49.2。",
     [R("8.1", "第一产业比重", None, "level", 8.1, "", year=2020), R("42.6", "第二产业比重", None, "level", 42.6, "", year=2020),
      R("49.3", "第三产业比重", None, "level", 49.3, "", year=2020), R("7.6", "第一产业比重", None, "level", 7.6, ""),
      R("43.2", "第二产业比重", None, "level", 43.2, ""), R("49.2", "第三产业比重", None, "level", 49.2, "")]),
    # 连续两年 is no part of a name; a carried subject and the name it completes share a word once;
    # a clause opening with an earlier year gives that year's level
    (REVIEW, "粮食总产量连续两年稳定在188万吨以上。全社会研发经费投入增长14.6%，投入强度达到2.15%。"
             "全区油料产量增长2%，2021年达到3.5万吨。",
     [R("188万吨", GRAIN, GRAIN, "level", 188, "万吨", "at_least"),
      R("14.6%", "全社会研发经费投入", None, "growth", 14.6, "%"), R("2.15%", RD, RD, "level", 2.15, "%"),
      R("2%", "油料产量", None, "growth", 2, "%"), R("3.5万吨", "油料产量", None, "level", 3.5, "万吨", year=2021)]),
    # later measures of the thing the first list item names take that thing; a 和 inside an industry's name
    (REVIEW, "金融机构本外币存款余额、贷款余额分别达到6980亿元和5920亿元。安全生产事故起数、死亡人数分别下降12.6%和9.8%。"
             "其中金融业、信息传输软件和信息技术服务业增加值分别增长6.8%、18.6%。",
     [R("6980亿元", "金融机构本外币存款余额", "金融机构存款余额", "level", 6980, "亿元"),
      R("5920亿元", "金融机构本外币贷款余额", "金融机构贷款余额", "level", 5920, "亿元"),
      R("12.6%", "安全生产事故起数", None, "growth", -12.6, "%"), R("9.8%", "安全生产事故死亡人数", None, "growth", -9.8, "%"),
      R("6.8%", "金融业增加值", None, "growth", 6.8, "%"),
      R("18.6%", "信息传输软件和信息技术服务业增加值", None, "growth", 18.6, "%")]),
    # ---- level and growth in one clause, carried subject ----------------------------------------
    (REVIEW, "全旗地区生产总值完成78亿元，同比增长7%。",
     [R("78亿元", GDP, GDP, "level", 78, "亿元"), R("7%", GDP, GDP, "growth", 7, "%")]),
    (REVIEW, "第一产业增加值完成35亿元，同比增长4.5%；第二产业增加值完成14.5亿元，同比增长25%；"
             "第三产业增加值完成28.5亿元，同比增长3.6%。",
     [R("35亿元", PRIM, PRIM, "level", 35, "亿元"), R("4.5%", PRIM, PRIM, "growth", 4.5, "%"),
      R("14.5亿元", SEC, SEC, "level", 14.5, "亿元"), R("25%", SEC, SEC, "growth", 25, "%"),
      R("28.5亿元", TER, TER, "level", 28.5, "亿元"), R("3.6%", TER, TER, "growth", 3.6, "%")]),
    (REVIEW, "社会消费品零售总额完成10.15亿元，同比增长2%。",
     [R("10.15亿元", RETAIL, RETAIL, "level", 10.15, "亿元"), R("2%", RETAIL, RETAIL, "growth", 2, "%")]),
    (REVIEW, "大力发展食品、服饰、陶瓷等重点产业，实现规上工业总产值1129亿元，增长7.4%。",
     [R("1129亿元", "规上工业总产值", GIP, "level", 1129, "亿元"),
      R("7.4%", "规上工业总产值", GIP, "growth", 7.4, "%")]),
    (REVIEW, "工业贷款余额30.5亿元，增长14.3%，工业投资增长5.7%。",
     [R("30.5亿元", "工业贷款余额", None, "level", 30.5, "亿元"),
      R("14.3%", "工业贷款余额", None, "growth", 14.3, "%"),
      R("5.7%", "工业投资", None, "growth", 5.7, "%")]),
    (REVIEW, "生猪存栏44万头，增长2.3%；生猪出栏65万头，增长2.0%。",
     [R("44万头", "生猪存栏", None, "level", 44, "万头"), R("2.3%", "生猪存栏", None, "growth", 2.3, "%"),
      R("65万头", "生猪出栏", None, "level", 65, "万头"), R("2.0%", "生猪出栏", None, "growth", 2.0, "%")]),
    (REVIEW, "旅游业保持增长，全年接待游客1300万人次、旅游总收入65亿元，增长17.3%。",
     [R("1300万人次", "接待游客", TOURISTS, "level", 1300, "万人次"),
      R("65亿元", TOUR_INC, TOUR_INC, "level", 65, "亿元"),
      R("17.3%", TOUR_INC, TOUR_INC, "growth", 17.3, "%")]),
    (REVIEW, "完成进出口额21.5亿元，增长60%。",
     [R("21.5亿元", "进出口额", TRADE, "level", 21.5, "亿元"), R("60%", "进出口额", TRADE, "growth", 60, "%")]),
    (REVIEW, "粮食作物播种面积67.7万亩，增长1.8%。",
     [R("67.7万亩", "粮食作物播种面积", None, "level", 67.7, "万亩"),
      R("1.8%", "粮食作物播种面积", None, "growth", 1.8, "%")]),
    (REVIEW, "地区生产总值7222.5亿元，增长3.7%；固定资产投资（不含农户）下降7.8%。",
     [R("7222.5亿元", GDP, GDP, "level", 7222.5, "亿元"), R("3.7%", GDP, GDP, "growth", 3.7, "%"),
      R("7.8%", "固定资产投资", FAI, "growth", -7.8, "%")]),
    (REVIEW, "全区27家规模以上企业实现产值49.45亿元，同比增长3%，实现增加值8.10亿元，同比增长15.4%。",
     [R("27家", "规模以上企业", None, "level", 27, "家"),
      R("49.45亿元", "规模以上企业产值", GIP, "level", 49.45, "亿元"),
      R("3%", "规模以上企业产值", GIP, "growth", 3, "%"),
      R("8.10亿元", "规模以上企业增加值", IND, "level", 8.10, "亿元"),
      R("15.4%", "规模以上企业增加值", IND, "growth", 15.4, "%")]),
    (REVIEW, "全年实现服务业增加值35.47亿元，同比增长11.8%，占GDP比重57.7%。",
     [R("35.47亿元", "服务业增加值", TER, "level", 35.47, "亿元"),
      R("11.8%", "服务业增加值", TER, "growth", 11.8, "%"),
      R("57.7%", "服务业增加值占GDP比重", None, "level", 57.7, "%")]),
    (REVIEW, "一般公共预算支出完成45.6亿元，下降3.1%。",
     [R("45.6亿元", EXP, EXP, "level", 45.6, "亿元"), R("3.1%", EXP, EXP, "growth", -3.1, "%")]),
    # ---- growth before level --------------------------------------------------------------------
    (REVIEW, "社会消费品零售总额增长12.6%达92.9亿元。",
     [R("12.6%", RETAIL, RETAIL, "growth", 12.6, "%"), R("92.9亿元", RETAIL, RETAIL, "level", 92.9, "亿元")]),
    (REVIEW, "一般公共预算收入同比增长8.2%，达到26.3亿元。",
     [R("8.2%", REV, REV, "growth", 8.2, "%"), R("26.3亿元", REV, REV, "level", 26.3, "亿元")]),
    # ---- headline opening sentence, decreases, 分别 ---------------------------------------------
    (REVIEW, "地区生产总值同比增长2.7%，工业增加值增长2.8%，全社会固定资产投资预计增长3.2%，社会消费品零售总额增长0.7%，"
             "一般公共预算收入下降15.9%，城乡居民人均可支配收入分别增长3.6%和5.1%。",
     [R("2.7%", GDP, GDP, "growth", 2.7, "%"), R("2.8%", "工业增加值", "工业增加值", "growth", 2.8, "%"),
      R("3.2%", FAI, FAI, "growth", 3.2, "%", estimated=True),
      R("0.7%", RETAIL, RETAIL, "growth", 0.7, "%"), R("15.9%", REV, REV, "growth", -15.9, "%"),
      R("3.6%", "城镇居民人均可支配收入", URB_INC, "growth", 3.6, "%"),
      R("5.1%", "农村居民人均可支配收入", RUR_INC, "growth", 5.1, "%")]),
    (REVIEW, "城乡居民人均可支配收入分别增长3.6%和5.1%。",
     [R("3.6%", "城镇居民人均可支配收入", URB_INC, "growth", 3.6, "%"),
      R("5.1%", "农村居民人均可支配收入", RUR_INC, "growth", 5.1, "%")]),
    (REVIEW, "城乡居民人均可支配收入分别为52523元、19507元，分别增长9.4%、10.1%。",
     [R("52523元", "城镇居民人均可支配收入", URB_INC, "level", 52523, "元"),
      R("19507元", "农村居民人均可支配收入", RUR_INC, "level", 19507, "元"),
      R("9.4%", "城镇居民人均可支配收入", URB_INC, "growth", 9.4, "%"),
      R("10.1%", "农村居民人均可支配收入", RUR_INC, "growth", 10.1, "%")]),
    (REVIEW, "城镇常住居民人均可支配收入达到34674元，农村常住居民人均可支配收入18365元，分别同比增长9.3%、10.5%。",
     [R("34674元", URB_INC, URB_INC, "level", 34674, "元"), R("18365元", RUR_INC, RUR_INC, "level", 18365, "元"),
      R("9.3%", URB_INC, URB_INC, "growth", 9.3, "%"), R("10.5%", RUR_INC, RUR_INC, "growth", 10.5, "%")]),
    (REVIEW, "固定资产投资、社会消费品零售总额、进出口总值分别增长6.1%、18.5%和22.8%。",
     [R("6.1%", "固定资产投资", FAI, "growth", 6.1, "%"), R("18.5%", RETAIL, RETAIL, "growth", 18.5, "%"),
      R("22.8%", "进出口总值", TRADE, "growth", 22.8, "%")]),
    (REVIEW, "一、二、三产业增加值依次增长4.5%、25%、3.6%。",
     [R("4.5%", PRIM, PRIM, "growth", 4.5, "%"), R("25%", SEC, SEC, "growth", 25, "%"),
      R("3.6%", TER, TER, "growth", 3.6, "%")]),
    (REVIEW, "城乡居民人均可支配收入分别达到41230元和21560元。",
     [R("41230元", "城镇居民人均可支配收入", URB_INC, "level", 41230, "元"),
      R("21560元", "农村居民人均可支配收入", RUR_INC, "level", 21560, "元")]),
    (TARGETS, "2023年主要预期目标为：地区生产总值增长6%，城乡居民人均可支配收入分别增长7%、8%左右。",
     [R("6%", GDP, GDP, "growth", 6, "%", headline=True),
      R("7%", "城镇居民人均可支配收入", URB_INC, "growth", 7, "%", "about", headline=True),
      R("8%", "农村居民人均可支配收入", RUR_INC, "growth", 8, "%", "about", headline=True)]),
    # 其中城镇、农村居民分别…: each group's own per-capita measure, the one just named
    (REVIEW, "全州居民人均消费支出11260元，增长9.6%，其中城镇、农村居民分别增长7.4%和11.8%。",
     [R("11260元", "居民人均消费支出", None, "level", 11260, "元"), R("9.6%", "居民人均消费支出", None, "growth", 9.6, "%"),
      R("7.4%", "城镇居民人均消费支出", "城镇居民人均消费支出", "growth", 7.4, "%"),
      R("11.8%", "农村居民人均消费支出", "农村居民人均消费支出", "growth", 11.8, "%")]),
    (TARGETS, "城乡居民人均可支配收入分别增长6.5%和8.5%以上。",
     [R("6.5%", "城镇居民人均可支配收入", URB_INC, "growth", 6.5, "%", "at_least"),
      R("8.5%", "农村居民人均可支配收入", RUR_INC, "growth", 8.5, "%", "at_least")]),
    # ---- changes -----------------------------------------------------------------------------------
    (REVIEW, "空气质量优良天数298天，较2021年增加7天。",
     [R("298天", AIR, AIR, "level", 298, "天"), R("7天", AIR, AIR, "change", 7, "天")]),
    (REVIEW, "引进战略性新兴产业69家，战新产业招商比重51.7%，比2021年高3.4个百分点。",
     [R("69家", "引进战略性新兴产业企业", None, "level", 69, "家"),
      R("51.7%", "战新产业招商比重", None, "level", 51.7, "%"),
      R("3.4个百分点", "战新产业招商比重", None, "change", 3.4, "个百分点")]),
    (REVIEW, "常住人口城镇化率达到65.2%，比上年提高1.8个百分点。",
     [R("65.2%", "常住人口城镇化率", URB, "level", 65.2, "%"),
      R("1.8个百分点", "常住人口城镇化率", URB, "change", 1.8, "个百分点")]),
    (REVIEW, "城镇调查失业率5.1%，比上年低0.4个百分点。",
     [R("5.1%", UNEMP, UNEMP, "level", 5.1, "%"), R("0.4个百分点", UNEMP, UNEMP, "change", -0.4, "个百分点")]),
    (REVIEW, "PM2.5累计平均浓度31微克/立方米，下降11.5%。",
     [R("31微克/立方米", "PM2.5累计平均浓度", PM, "level", 31, "微克/立方米"),
      R("11.5%", "PM2.5累计平均浓度", PM, "growth", -11.5, "%")]),
    (REVIEW, "居民消费价格总水平上涨0.9%。",
     [R("0.9%", "居民消费价格总水平", CPI, "growth", 0.9, "%")]),
    (REVIEW, "粮食总产量28.9万吨，减少0.3万吨。",
     [R("28.9万吨", GRAIN, GRAIN, "level", 28.9, "万吨"), R("0.3万吨", GRAIN, GRAIN, "change", -0.3, "万吨")]),
    # ---- several bases ----------------------------------------------------------------------------
    (REVIEW, "社会消费品零售总额同比增长12.5%，比2019年同期增长8.1%，两年平均增长4%。",
     [R("12.5%", RETAIL, RETAIL, "growth", 12.5, "%"), R("8.1%", RETAIL, RETAIL, "growth", 8.1, "%"),
      R("4%", RETAIL, RETAIL, "growth", 4, "%")]),
    # ---- qualifiers ----------------------------------------------------------------------------------
    (REVIEW, "开展生态环境跨省市联合巡查3次，办理跨界污染治理公益诉讼案件10余件。",
     [R("3次", "生态环境跨省市联合巡查", None, "level", 3, "次"),
      R("10余件", "跨界污染治理公益诉讼案件", None, "level", 10, "件", "at_least")]),
    (REVIEW, "国家高新区规划面积拓展至50平方公里，完成平场3000余亩及配套设施建设。",
     [R("50平方公里", "国家高新区规划面积", None, "level", 50, "平方公里"),
      R("3000余亩", "平场", None, "level", 3000, "亩", "at_least")]),
    (REVIEW, "公共文化场馆接待10.5万余人次，开展区级体育活动160余次。",
     [R("10.5万余人次", "公共文化场馆接待", None, "level", 10.5, "万人次", "at_least"),
      R("160余次", "区级体育活动", None, "level", 160, "次", "at_least")]),
    (REVIEW, "改造黄金大道等13条道路、节点绿化景观约9万平方米，城市园林绿化补缺提质7万平方米。",
     [R("13条", "绿化景观改造道路", None, "level", 13, "条"),
      R("9万平方米", "道路、节点绿化景观改造", None, "level", 9, "万平方米", "about"),
      R("7万平方米", "城市园林绿化补缺提质", None, "level", 7, "万平方米")]),
    (REVIEW, "创建评选美丽庭院2000个以上。",
     [R("2000个", "美丽庭院", None, "level", 2000, "个", "at_least")]),
    (REVIEW, "高锰酸钾出口量保持全球第一，服装出口增长30%，新增光伏出口超3.5亿元。",
     [R("30%", "服装出口", None, "growth", 30, "%"),
      R("3.5亿元", "新增光伏出口", None, "level", 3.5, "亿元", "at_least")]),
    (REVIEW, "全年带动农村劳动力转移就业近5万人。",
     [R("5万人", "农村劳动力转移就业", None, "level", 5, "万人", "about")]),
    (REVIEW, "城镇新增就业1.2万多人，城镇登记失业率3.2%。",
     [R("1.2万多人", JOBS, JOBS, "level", 1.2, "万人", "at_least"),
      R("3.2%", REG_UNEMP, REG_UNEMP, "level", 3.2, "%")]),
    (REVIEW, "城镇调查失业率控制在5.5%以内。",
     [R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most")]),
    (REVIEW, "城镇登记失业率≤4%；人口自然增长率控制在6‰以内。",
     [R("4%", REG_UNEMP, REG_UNEMP, "level", 4, "%", "at_most"),
      R("6‰", "人口自然增长率", None, "level", 6, "‰", "at_most")]),
    (REVIEW, "两大工业园区实现工业产值11.2亿元，利税约8500万元。",
     [R("11.2亿元", "两大工业园区工业产值", None, "level", 11.2, "亿元"),
      R("8500万元", "两大工业园区利税", None, "level", 8500, "万元", "about")]),
    (REVIEW, "累计引进项目突破100个，到位资金超过50亿元。",
     [R("100个", "引进项目", None, "level", 100, "个", "at_least"),
      R("50亿元", "到位资金", None, "level", 50, "亿元", "at_least")]),
    (REVIEW, "完成宫颈癌筛查10000人、乳腺癌筛查6000人以上。",
     [R("10000人", "宫颈癌筛查", None, "level", 10000, "人"),
      R("6000人", "乳腺癌筛查", None, "level", 6000, "人", "at_least")]),
    (REVIEW, "提供心理咨询服务500小时以上。",
     [R("500小时", "心理咨询服务", None, "level", 500, "小时", "at_least")]),
    # ---- 预计 scope, 初步核算 -------------------------------------------------------------------------
    (REVIEW, "预计全年地区生产总值增长4%左右，一般公共预算收入增长13.5%，城乡居民人均可支配收入分别增长5.8%、6.8%。",
     [R("4%", GDP, GDP, "growth", 4, "%", "about", estimated=True),
      R("13.5%", REV, REV, "growth", 13.5, "%", estimated=True),
      R("5.8%", "城镇居民人均可支配收入", URB_INC, "growth", 5.8, "%", estimated=True),
      R("6.8%", "农村居民人均可支配收入", RUR_INC, "growth", 6.8, "%", estimated=True)]),
    (REVIEW, "预计常住人口城镇化率达44%，提高1.1个百分点。",
     [R("44%", "常住人口城镇化率", URB, "level", 44, "%", estimated=True),
      R("1.1个百分点", "常住人口城镇化率", URB, "change", 1.1, "个百分点", estimated=True)]),
    (REVIEW, "全社会固定资产投资预计增长3.2%，社会消费品零售总额增长0.7%。",
     [R("3.2%", FAI, FAI, "growth", 3.2, "%", estimated=True),
      R("0.7%", RETAIL, RETAIL, "growth", 0.7, "%")]),
    (REVIEW, "万元生产总值能耗预计下降3.5%；居民消费价格总水平上涨0.9%。",
     [R("3.5%", "万元生产总值能耗", ENERGY, "growth", -3.5, "%", estimated=True),
      R("0.9%", "居民消费价格总水平", CPI, "growth", 0.9, "%")]),
    (REVIEW, "节能降耗持续推进，预计单位地区生产总值综合能耗同比下降1.5%。",
     [R("1.5%", "单位地区生产总值综合能耗", ENERGY, "growth", -1.5, "%", estimated=True)]),
    (REVIEW, "经初步核算，全年地区生产总值7222.5亿元，增长3.7%。",
     [R("7222.5亿元", GDP, GDP, "level", 7222.5, "亿元"), R("3.7%", GDP, GDP, "growth", 3.7, "%")]),
    # ---- targets mentioned in the review part ----------------------------------------------------------
    (REVIEW, "地区生产总值增长2.7%，低于年初确定的7.5%左右的预期目标。",
     [R("2.7%", GDP, GDP, "growth", 2.7, "%"),
      R("7.5%", GDP, GDP, "growth", 7.5, "%", "about", kind="target")]),
    # ---- plan part: targets ------------------------------------------------------------------------------
    (TARGETS, "2023年主要预期目标为：地区生产总值增长7%，规上工业增加值增长9%，全社会固定资产投资增长11%，"
              "社会消费品零售总额增长7%，一般公共预算收入增长21.5%，进出口总额增长5%，城镇常住居民人均可支配收入增长6.5%，"
              "农村常住居民人均可支配收入增长8.5%，城镇化率提高1.6个百分点，粮食总产量29万吨左右，单位地区生产总值能耗下降达到市级要求。",
     [R("7%", GDP, GDP, "growth", 7, "%", headline=True), R("9%", "规上工业增加值", IND, "growth", 9, "%", headline=True),
      R("11%", FAI, FAI, "growth", 11, "%", headline=True), R("7%", RETAIL, RETAIL, "growth", 7, "%", headline=True),
      R("21.5%", REV, REV, "growth", 21.5, "%", headline=True), R("5%", TRADE, TRADE, "growth", 5, "%", headline=True),
      R("6.5%", URB_INC, URB_INC, "growth", 6.5, "%", headline=True),
      R("8.5%", RUR_INC, RUR_INC, "growth", 8.5, "%", headline=True),
      R("1.6个百分点", URB, URB, "change", 1.6, "个百分点", headline=True),
      R("29万吨", GRAIN, GRAIN, "level", 29, "万吨", "about", headline=True)]),
    (TARGETS, "地区生产总值增长6%-6.5%，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。",
     [R("6%-6.5%", GDP, GDP, "growth", 6, "%", value_max=6.5),
      R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most"),
      R("3%", "居民消费价格涨幅", CPI, "growth", 3, "%", "about")]),
    (TARGETS, "地区生产总值增长7.5%-8%，城镇新增就业1.2万人以上。",
     [R("7.5%-8%", GDP, GDP, "growth", 7.5, "%", value_max=8),
      R("1.2万人", JOBS, JOBS, "level", 1.2, "万人", "at_least")]),
    (TARGETS, "全社会固定资产投资增长6—7%，城镇登记失业率4%以下，居民消费价格涨幅不超过3%。",
     [R("6—7%", FAI, FAI, "growth", 6, "%", value_max=7),
      R("4%", REG_UNEMP, REG_UNEMP, "level", 4, "%", "at_most"),
      R("3%", "居民消费价格涨幅", CPI, "growth", 3, "%", "at_most")]),
    (TARGETS, "粮食播种面积稳定在67万亩，粮食产量不低于29万吨，空气质量优良天数比例达到85%。",
     [R("67万亩", "粮食播种面积", None, "level", 67, "万亩"),
      R("29万吨", "粮食产量", GRAIN, "level", 29, "万吨", "at_least"),
      R("85%", "空气质量优良天数比例", None, "level", 85, "%")]),
    (PLAN, "全年实施区级重点项目170个以上，年度计划投资240亿元以上。",
     [R("170个", "区级重点项目", None, "level", 170, "个", "at_least"),
      R("240亿元", "区级重点项目年度计划投资", None, "level", 240, "亿元", "at_least")]),
    (PLAN, "力争全年接待游客1500万人次，旅游综合收入突破75亿元。",
     [R("1500万人次", "接待游客", TOURISTS, "level", 1500, "万人次"),
      R("75亿元", "旅游综合收入", TOUR_INC, "level", 75, "亿元", "at_least")]),
    (PLAN, "引进外资企业2家以上，实际利用外资（FDI）达3000万美元。",
     [R("2家", "引进外资企业", None, "level", 2, "家", "at_least"),
      R("3000万美元", FDI, FDI, "level", 3000, "万美元")]),
    (PLAN, "全年进出口总额力争增长5%。", [R("5%", TRADE, TRADE, "growth", 5, "%")]),
    (PLAN, "新增规上工业企业20家以上、专精特新企业10家以上、创新型中小企业350家。",
     [R("20家", "新增规上工业企业", None, "level", 20, "家", "at_least"),
      R("10家", "新增专精特新企业", None, "level", 10, "家", "at_least"),
      R("350家", "新增创新型中小企业", None, "level", 350, "家")]),
    (PLAN, "全年工业总产值突破1300亿元，规上工业增加值增长9%，工业投资增长12%以上。",
     [R("1300亿元", "工业总产值", GIP, "level", 1300, "亿元", "at_least"),
      R("9%", "规上工业增加值", IND, "growth", 9, "%"),
      R("12%", "工业投资", None, "growth", 12, "%", "at_least")]),
    (PLAN, "全社会研发经费投入占地区生产总值的比重达2.3%以上。",
     [R("2.3%", "研发经费投入占地区生产总值的比重", RD, "level", 2.3, "%", "at_least")]),
    (PLAN, "确保城镇调查失业率控制在5.5%以内。",
     [R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most")]),
    (PLAN, "新增国家级专精特新“小巨人”企业3—5家。",
     [R("3—5家", "国家级专精特新“小巨人”企业", None, "level", 3, "家", value_max=5)]),
    (PLAN, "完成征地报件1500亩、平场2000亩，新建道路5公里。",
     [R("1500亩", "征地报件", None, "level", 1500, "亩"), R("2000亩", "平场", None, "level", 2000, "亩"),
      R("5公里", "新建道路", None, "level", 5, "公里")]),
    (PLAN, "新发放知识价值信用贷款1.5亿元。",
     [R("1.5亿元", "知识价值信用贷款", None, "level", 1.5, "亿元")]),
    (PLAN, "到2025年，常住人口城镇化率达到70%。",
     [R("70%", "常住人口城镇化率", URB, "level", 70, "%", year=2025)]),
    (PLAN, "到2025年，全区地区生产总值突破1000亿元。",
     [R("1000亿元", GDP, GDP, "level", 1000, "亿元", "at_least", year=2025)]),
    (PLAN, "力争到2025年新增市场主体1万户。",
     [R("1万户", FIRMS, FIRMS, "level", 1, "万户", year=2025)]),
    # ---- punctuation, digits and PDF spaces ----------------------------------------------------------
    (REVIEW, "全年实现地区生产总值61.48亿元,同比增长8.6%;一般公共预算收入实现5.42亿元,同比增长11.1%.",
     [R("61.48亿元", GDP, GDP, "level", 61.48, "亿元"), R("8.6%", GDP, GDP, "growth", 8.6, "%"),
      R("5.42亿元", REV, REV, "level", 5.42, "亿元"), R("11.1%", REV, REV, "growth", 11.1, "%")]),
    (PLAN, "引进外资企业2家以上,实际利用外资(FDI)达3000万美元。",
     [R("2家", "引进外资企业", None, "level", 2, "家", "at_least"),
      R("3000万美元", FDI, FDI, "level", 3000, "万美元")]),
    (REVIEW, "全年实施重点建设项目１６８个，完成投资１９４．２亿元。",
     [R("１６８个", "重点建设项目", None, "level", 168, "个"),
      R("１９４．２亿元", "重点建设项目完成投资", None, "level", 194.2, "亿元")]),
    (REVIEW, "地区生产总值增长７．５％。",
     [R("７．５％", GDP, GDP, "growth", 7.5, "％")]),  # the unit exactly as written
    (REVIEW, "一般公共财政预算收入完成 3.3亿元，同比增长6%。",
     [R("3.3亿元", "一般公共财政预算收入", REV, "level", 3.3, "亿元"),
      R("6%", "一般公共财政预算收入", REV, "growth", 6, "%")]),
    (REVIEW, "全年完成固定资产投资316 亿\n元，同比增长5.2%。",
     [R("316 亿\n元", "固定资产投资", FAI, "level", 316, "亿元"), R("5.2%", "固定资产投资", FAI, "growth", 5.2, "%")]),
    (REVIEW, "全旗 2022 年地区生产总值完成 78 亿元。",
     [R("78 亿元", GDP, GDP, "level", 78, "亿元")]),
    # ---- Chinese numerals, special units ---------------------------------------------------------------
    (REVIEW, "荣昌血橙实现全市单品首次自主出口至新加坡等东南亚四个国家。",
     [R("四个", "荣昌血橙出口东南亚国家", None, "level", 4, "个")]),
    (REVIEW, "争取上级补助资金三千万元。",
     [R("三千万元", "上级补助资金", None, "level", 3000, "万元")]),
    (REVIEW, "全区亿元GDP生产安全事故死亡率为万分之14.37。",
     [R("万分之14.37", "亿元GDP生产安全事故死亡率", None, "level", 14.37, "万分之")]),
    # ---- counts of listed things, progress, shares of plan --------------------------------------------
    (REVIEW, "5个市级川渝合作重大项目完成年度投资13.6亿元，投资完成率107.5%。",
     [R("5个", "市级川渝合作重大项目", None, "level", 5, "个"),
      R("13.6亿元", "市级川渝合作重大项目年度投资", None, "level", 13.6, "亿元"),
      R("107.5%", "市级川渝合作重大项目投资完成率", None, "level", 107.5, "%")]),
    (REVIEW, "双昌产业大道广顺至安富段完成路基工程80%。",
     [R("80%", "双昌产业大道广顺至安富段路基工程", None, "level", 80, "%")]),
    (REVIEW, "区妇幼保健院综合楼、黄金坡新区初高中等6所学校建成投用。",
     [R("6所", "建成投用学校", None, "level", 6, "所")]),
    (REVIEW, "2022年，实施区级重大建设项目168个，开工144个，开工率85.7%；完成投资194.2亿元、占年度计划的86.2%。",
     [R("168个", "区级重大建设项目", None, "level", 168, "个"),
      R("144个", "区级重大建设项目开工", None, "level", 144, "个"),
      R("85.7%", "区级重大建设项目开工率", None, "level", 85.7, "%"),
      R("194.2亿元", "区级重大建设项目完成投资", None, "level", 194.2, "亿元"),
      R("86.2%", "完成投资占年度计划", None, "level", 86.2, "%")]),
    (REVIEW, "“三变”改革试点村达48个。",
     [R("48个", "“三变”改革试点村", None, "level", 48, "个")]),
    (REVIEW, "“1+3+1”主导产业集群规模达到920亿元，工业集中度达到81%。",
     [R("920亿元", "“1+3+1”主导产业集群规模", None, "level", 920, "亿元"),
      R("81%", "工业集中度", None, "level", 81, "%")]),
    (REVIEW, "全年新开工10亿元以上项目20个。",
     [R("20个", "新开工10亿元以上项目", None, "level", 20, "个")]),
    (REVIEW, "新增市场主体8928户，全区累计退、减、缓税费7.1亿元。",
     [R("8928户", FIRMS, FIRMS, "level", 8928, "户"), R("7.1亿元", "退、减、缓税费", None, "level", 7.1, "亿元")]),
    (REVIEW, "城镇新增就业1.31万人，发放创业担保贷款6500万元。",
     [R("1.31万人", JOBS, JOBS, "level", 1.31, "万人"), R("6500万元", "创业担保贷款", None, "level", 6500, "万元")]),
    # ---- more phrasings across provinces, cities, counties ---------------------------------------------
    (TARGETS, "城乡居民人均可支配收入分别增长7%、8%左右。",
     [R("7%", "城镇居民人均可支配收入", URB_INC, "growth", 7, "%", "about", headline=True),
      R("8%", "农村居民人均可支配收入", RUR_INC, "growth", 8, "%", "about", headline=True)]),
    (TARGETS, "GDP增长6%左右，粮食产量稳定在25亿斤以上。",
     [R("6%", "GDP", GDP, "growth", 6, "%", "about"),
      R("25亿斤", "粮食产量", GRAIN, "level", 25, "亿斤", "at_least")]),
    (TARGETS, "一般公共预算收入增长5%～6%，新增城镇就业4100人。",
     [R("5%～6%", REV, REV, "growth", 5, "%", value_max=6),
      R("4100人", "新增城镇就业", JOBS, "level", 4100, "人")]),
    (PLAN, "新建5G基站300-500个，粮食产量约29万吨。",
     [R("300-500个", "新建5G基站", None, "level", 300, "个", value_max=500),
      R("29万吨", "粮食产量", GRAIN, "level", 29, "万吨", "about")]),
    (PLAN, "到2025年，地区生产总值突破1.2万亿元。",
     [R("1.2万亿元", GDP, GDP, "level", 1.2, "万亿元", "at_least", year=2025)]),
    (REVIEW, "预计全年地区生产总值增长5.5%；一般公共预算收入增长8%。",
     [R("5.5%", GDP, GDP, "growth", 5.5, "%", estimated=True),
      R("8%", REV, REV, "growth", 8, "%", estimated=True)]),
    (REVIEW, "社会消费品零售总额增长3%；预计全社会固定资产投资增长6%，工业投资增长8%。",
     [R("3%", RETAIL, RETAIL, "growth", 3, "%"),
      R("6%", FAI, FAI, "growth", 6, "%", estimated=True),
      R("8%", "工业投资", None, "growth", 8, "%", estimated=True)]),
    (REVIEW, "常住人口城镇化率达到66%（预计）。",
     [R("66%", "常住人口城镇化率", URB, "level", 66, "%", estimated=True)]),
    (REVIEW, "城镇登记失业率3.3%，比上年降低0.2个百分点。",
     [R("3.3%", REG_UNEMP, REG_UNEMP, "level", 3.3, "%"),
      R("0.2个百分点", REG_UNEMP, REG_UNEMP, "change", -0.2, "个百分点")]),
    (REVIEW, "规模以上工业增加值比上年增长8.5%。",
     [R("8.5%", IND, IND, "growth", 8.5, "%")]),
    (REVIEW, "全年新签约项目145个，合同金额681.1亿元，其中工业项目84个，合同金额395.4亿元。",
     [R("145个", "新签约项目", None, "level", 145, "个"),
      R("681.1亿元", "新签约项目合同金额", SIGNED, "level", 681.1, "亿元"),
      R("84个", "新签约工业项目", None, "level", 84, "个"),
      R("395.4亿元", "新签约工业项目合同金额", None, "level", 395.4, "亿元")]),
    (REVIEW, "兑现研发投入等补助资金2800万元，全区研发投入占地区生产总值的比重达2.0%。",
     [R("2800万元", "研发投入等补助资金", None, "level", 2800, "万元"),
      R("2.0%", "研发投入占地区生产总值的比重", RD, "level", 2.0, "%")]),
    (REVIEW, "新登记市场主体1.2万户，增长15%。",
     [R("1.2万户", "新登记市场主体", FIRMS, "level", 1.2, "万户"),
      R("15%", "新登记市场主体", FIRMS, "growth", 15, "%")]),
    (REVIEW, "4﹒黄金坡城市休闲公园（一期）：目前已签订施工合同，已办理施工许可证并进场施工，完成清表和土石方施工80%，"
             "预计2023年底完工。",
     [R("80%", "黄金坡城市休闲公园（一期）清表和土石方施工", None, "level", 80, "%")]),
    # ---- gaps to target, ranks: not records --------------------------------------------------------------
    (REVIEW, "社会消费品零售总额3386.4亿元，增长10.3%，超计划目标0.3个百分点。",
     [R("3386.4亿元", RETAIL, RETAIL, "level", 3386.4, "亿元"), R("10.3%", RETAIL, RETAIL, "growth", 10.3, "%")]),
    (REVIEW, "一般公共预算收入689.1亿元，增长5.9%，高于预期目标2.3个百分点。",
     [R("689.1亿元", REV, REV, "level", 689.1, "亿元"), R("5.9%", REV, REV, "growth", 5.9, "%")]),
    (REVIEW, "全年实现地区生产总值61.48亿元，同比增长8.6%，增速排名居全市第二。",
     [R("61.48亿元", GDP, GDP, "level", 61.48, "亿元"), R("8.6%", GDP, GDP, "growth", 8.6, "%")]),
    (REVIEW, "地区生产总值增速居全省第18名。", []),
    # ---- no number of the economy: no record -----------------------------------------------------------
    (REVIEW, "2022年，全区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。", []),
    (REVIEW, "2015年是“十二五”的收官之年，也是科学谋划“十三五”发展蓝图的规划之年。", []),
    (REVIEW, "编制完成《国家（荣昌）畜牧科技城总体规划（2021—2035年）》。", []),
    (REVIEW, "国企改革三年行动圆满收官，完善监管制度体系建设。", []),
    (REVIEW, "对照区十八届人大一次会议批准的2022年计划草案明确的12项指标，7项未完成。", []),
    (REVIEW, "发放消费券带动消费超亿元，形成千亿级消费品工业集群。", []),
    (REVIEW, "构建“1+5+3”政策体系，开通“123456”服务热线。", []),
    (REVIEW, "数字化城市管理平台提供365天*24小时不间断服务。", []),
    (REVIEW, "2021年我省继续扎实办好“十件民生实事”。", []),
    (REVIEW, "一是实体经济仍面临较大困难。二是消费恢复仍不稳固。", []),
    (PLAN, "荣昌区环线高速公路、G348安富至四川界、S303改线等项目提早开工建设。", []),
    (PLAN, "做好“六稳”工作、落实“六保”任务，力争经济总量实现翻一番。", []),
    (REVIEW, "图1  2020—2022年荣昌区地区生产总值及增速", []),
    (REVIEW, "——2023年1月31日在重庆市荣昌区第十八届人民代表大会第四次会议上", []),
    # ---- cases met while testing reports of other regions --------------------------------------------
    # a comparison with a wider average is a change record of the subject (the guideline lists no
    # such exclusion; only gaps to a target and the table's difference column are excluded), named with
    # the comparison as labellers write it (…增速高于全省平均水平), the subject's canonical kept
    (REVIEW, "全年完成地区生产总值（GDP）326.5亿元，按可比价格计算，同比增长5.8%，高于全省平均水平0.6个百分点。",
     [R("326.5亿元", GDP, GDP, "level", 326.5, "亿元"), R("5.8%", GDP, GDP, "growth", 5.8, "%"),
      R("0.6个百分点", GDP, GDP, "change", 0.6, "个百分点")]),
    (REVIEW, "全年地区生产总值完成2410.8亿元，增长3.2%，高于全省0.4个百分点；研发经费投入强度低于全省平均水平0.3个百分点。",
     [R("2410.8亿元", GDP, GDP, "level", 2410.8, "亿元"), R("3.2%", GDP, GDP, "growth", 3.2, "%"),
      R("0.4个百分点", "地区生产总值增速高于全省", GDP, "change", 0.4, "个百分点"),
      R("0.3个百分点", "研发经费投入强度低于全省平均水平", RD, "change", -0.3, "个百分点")]),
    (REVIEW, "接待国内外游客1860万人次，实现旅游综合收入185亿元，分别增长21%和24%。",
     [R("1860万人次", "接待国内外游客", "接待游客", "level", 1860, "万人次"),
      R("185亿元", "旅游综合收入", "旅游总收入", "level", 185, "亿元"),
      R("21%", "接待国内外游客", "接待游客", "growth", 21, "%"),
      R("24%", "旅游综合收入", "旅游总收入", "growth", 24, "%")]),
    # the shares of 三次产业结构 measure the economy (guideline: every number that does); no unit is written
    (REVIEW, "三次产业结构调整为13.9:36.8:49.3。",
     [R("13.9", "第一产业比重", None, "level", 13.9, ""), R("36.8", "第二产业比重", None, "level", 36.8, ""),
      R("49.3", "第三产业比重", None, "level", 49.3, "")]),
    (REVIEW, "第一、二、三产业增加值分别增长4.3%、1.2%和3.6%，三次产业结构调整为22.6∶31.5∶45.9；",
     [R("4.3%", "第一产业增加值", "第一产业增加值", "growth", 4.3, "%"),
      R("1.2%", "第二产业增加值", "第二产业增加值", "growth", 1.2, "%"),
      R("3.6%", "第三产业增加值", "第三产业增加值", "growth", 3.6, "%"),
      R("22.6", "第一产业比重", None, "level", 22.6, ""), R("31.5", "第二产业比重", None, "level", 31.5, ""),
      R("45.9", "第三产业比重", None, "level", 45.9, "")]),
    # older and other names of lexicon indicators (2009-2016 reports, development zones)
    (REVIEW, "地方财政一般预算收入52.36亿元，增长28.7%；居民消费价格总水平涨幅3.2%。",
     [R("52.36亿元", "地方财政一般预算收入", REV, "level", 52.36, "亿元"),
      R("28.7%", "地方财政一般预算收入", REV, "growth", 28.7, "%"),
      R("3.2%", "居民消费价格总水平涨幅", CPI, "growth", 3.2, "%")]),
    (REVIEW, "全年签约项目67个，协议引资总额528.6亿元；省辖市PM2.5平均浓度下降8.6%。",
     [R("67个", "签约项目", None, "level", 67, "个"),
      R("528.6亿元", "协议引资总额", "招商引资签约金额", "level", 528.6, "亿元"),
      R("8.6%", "省辖市PM2.5平均浓度", "PM2.5平均浓度", "growth", -8.6, "%")]),
    # binding: a note 均完成…下达的约束性目标 binds its part of the sentence; a * after a qualifier; a
    # bracketed mark binds the values of its clause (labelled so in two audit sets)
    (REVIEW, "单位地区生产总值能耗下降3.1%,化学需氧量、氨氮排放量分别下降2.1%和2.4%,均完成盟下达的约束性目标。",
     [R("3.1%", "单位地区生产总值能耗", "单位地区生产总值能耗", "growth", -3.1, "%", binding=True),
      R("2.1%", "化学需氧量排放量", None, "growth", -2.1, "%", binding=True),
      R("2.4%", "氨氮排放量", None, "growth", -2.4, "%", binding=True)]),
    (TARGETS, "——粮食总产量稳定在20亿斤以上*；\n——空气质量优良天数比率不低于85%、PM2.5平均浓度控制在32微克/立方米以内（约束性指标）。",
     [R("20亿斤", "粮食总产量", "粮食总产量", "level", 20, "亿斤", "at_least", binding=True),
      R("85%", "空气质量优良天数比率", None, "level", 85, "%", "at_least", binding=True),
      R("32微克/立方米", "PM2.5平均浓度", "PM2.5平均浓度", "level", 32, "微克/立方米", "at_most", binding=True)]),
    # a capacity before a qualifier is a measure; inside a name it is not
    (PLAN, "新增新能源装机100万千瓦以上，建成装机20万千瓦光伏项目。",
     [R("100万千瓦", "新增新能源装机", None, "level", 100, "万千瓦", "at_least")]),
    # an ASCII full stop between Chinese characters ends a sentence (OCR): the name starts after it
    (REVIEW, "经济保持了平稳较快发展的良好态势.全县完成地区生产总值58.6 亿元,增长12.8%。",
     [R("58.6 亿元", GDP, GDP, "level", 58.6, "亿元"), R("12.8%", GDP, GDP, "growth", 12.8, "%")]),
    # a net rise on a base is a change of the stock (净增 alone stays a level)
    (REVIEW, "规模以上工业企业达到48户，比上年净增9户；粮食总产量11.2万担。",
     [R("48户", "规模以上工业企业", "规模以上工业企业", "level", 48, "户"),
      R("9户", "规模以上工业企业", "规模以上工业企业", "change", 9, "户"),
      R("11.2万担", "粮食总产量", "粮食总产量", "level", 11.2, "万担")]),
    # PDF spaces: a capacity inside a project name, a * after a spaced qualifier
    (PLAN, "金禾年产 5 万吨生物基材料项目开工，森林覆盖率稳定在95 % 以上*。",
     [R("95 %", "森林覆盖率", "森林覆盖率", "level", 95, "%", "at_least", binding=True)]),
    # the counted thing after an age threshold
    (REVIEW, "为1.2万名65岁以上老年人免费健康体检。", [R("1.2万名", "老年人免费健康体检", None, "level", 1.2, "万名")]),
    # a count of the plan's indicators (12项主要指标) introduces no headline list
    (REVIEW, "地区生产总值增长5.8%，一般公共预算收入增长3.6%，社会消费品零售总额增长5.3%。\n"
             "对照确定的12项主要指标，10项完成，主要原因是房地产开发投资下降12.6%。",
     [R("5.8%", GDP, GDP, "growth", 5.8, "%", headline=True), R("3.6%", REV, REV, "growth", 3.6, "%", headline=True),
      R("5.3%", RETAIL, RETAIL, "growth", 5.3, "%", headline=True),
      R("12.6%", "房地产开发投资", None, "growth", -12.6, "%", headline=False)]),
    # places listed before one measure share it; 均提出 says who, not what
    (TARGETS, "枣阳市、老河口市地区生产总值预期分别增长8.5%和8%左右，南漳县、谷城县均提出增长9%以上。",
     [R("8.5%", "枣阳市地区生产总值", GDP, "growth", 8.5, "%", "about"),
      R("8%", "老河口市地区生产总值", GDP, "growth", 8, "%", "about"),
      R("9%", "老河口市地区生产总值", GDP, "growth", 9, "%", "at_least")]),
    # signed investment named by its ending (…签约金额/签约资金/合同金额 with 签约/引进/招商)
    (REVIEW, "新引进项目签约金额126亿元，引进重大项目签约资金58亿元。",
     [R("126亿元", "新引进项目签约金额", "招商引资签约金额", "level", 126, "亿元"),
      R("58亿元", "引进重大项目签约资金", "招商引资签约金额", "level", 58, "亿元")]),
    # verbs joined by 、 (新建、改扩建) belong to the name of every thing counted after them
    (REVIEW, "新建、改扩建中小学和幼儿园分别为3所、5所，新建、改扩建四所幼儿园和两所中学。",
     [R("3所", "新建、改扩建中小学", None, "level", 3, "所"), R("5所", "新建、改扩建幼儿园", None, "level", 5, "所"),
      R("四所", "新建、改扩建幼儿园", None, "level", 4, "所"), R("两所", "新建、改扩建中学", None, "level", 2, "所")]),
    (REVIEW, "新建、改扩建中小学15所、幼儿园20所。",
     [R("15所", "新建、改扩建中小学", None, "level", 15, "所"), R("20所", "新建、改扩建幼儿园", None, "level", 20, "所")]),
    # a predicate after the number (已全部纳入预算) is no counted thing
    (PLAN, "所需资金约18.6亿元已全部纳入年度预算。", [R("18.6亿元", "所需资金", None, "level", 18.6, "亿元", "about")]),
    # a measure named in a clause without values, then places that share it
    (REVIEW, "从各区看，海湾区地区生产总值突破千亿元，达到1036.8亿元；港城区、东屿区分别增长6.5%和6.3%。",
     [R("1036.8亿元", "海湾区地区生产总值", GDP, "level", 1036.8, "亿元"),
      R("6.5%", "港城区地区生产总值", GDP, "growth", 6.5, "%"), R("6.3%", "东屿区地区生产总值", GDP, "growth", 6.3, "%")]),
    # a group of residents after the residents' per-capita measure: the group's own
    (REVIEW, "全体居民人均可支配收入62450元；其中城镇居民78620元、农村居民39860元。",
     [R("62450元", "全体居民人均可支配收入", INC, "level", 62450, "元"),
      R("78620元", "城镇居民人均可支配收入", URB_INC, "level", 78620, "元"),
      R("39860元", "农村居民人均可支配收入", RUR_INC, "level", 39860, "元")]),
    # 总数分别…: the stocks of the things just counted
    (REVIEW, "新增专精特新“小巨人”企业5家、省级专精特新企业32家，总数分别达到19家、126家。",
     [R("5家", "新增专精特新“小巨人”企业", None, "level", 5, "家"), R("32家", "省级专精特新企业", None, "level", 32, "家"),
      R("19家", "专精特新“小巨人”企业总数", None, "level", 19, "家"), R("126家", "省级专精特新企业总数", None, "level", 126, "家")]),
    # 降幅收窄到3%以内: a fall of at most 3%; 由上年的5.39%: last year's level; 连续3个月: a duration
    (PLAN, "力争社会消费品零售总额降幅收窄到3%以内。", [R("3%", RETAIL, RETAIL, "growth", -3, "%", "at_most")]),
    (REVIEW, "贫困发生率由上年的5.39%下降到1.32%，规模以上工业增加值增长5.6%，连续3个月正增长，接种疫苗58.6万剂次。",
     [R("5.39%", "贫困发生率", None, "level", 5.39, "%", year=2021), R("1.32%", "贫困发生率", None, "level", 1.32, "%"),
      R("5.6%", IND, IND, "growth", 5.6, "%"), R("58.6万剂次", "接种疫苗", None, "level", 58.6, "万剂次")]),
    # 亩均 measures of a named subject; a gap to an average in money is a change
    (REVIEW, "规上工业企业亩均税收32.6万元、亩均增加值186万元，亩均增加值高于全市平均12万元。",
     [R("32.6万元", "规上工业企业亩均税收", None, "level", 32.6, "万元"),
      R("186万元", "规上工业企业亩均增加值", None, "level", 186, "万元"),
      R("12万元", "规上工业企业亩均增加值", None, "change", 12, "万元")]),
    # a comparison with an earlier quarter leaves the name
    (REVIEW, "上半年地区生产总值下降3.2%，降幅比一季度收窄8.6个百分点。",
     [R("3.2%", GDP, GDP, "growth", -3.2, "%"), R("8.6个百分点", GDP, GDP, "change", 8.6, "个百分点")]),
    # 分别 with no subject of its own: the subjects just named, each once
    (REVIEW, "全社会固定资产投资增长11.1%，社会消费品零售总额7566.4亿元、增长11%，增速分别高于全国5.2个和2个百分点。",
     [R("11.1%", FAI, FAI, "growth", 11.1, "%"), R("7566.4亿元", RETAIL, RETAIL, "level", 7566.4, "亿元"),
      R("11%", RETAIL, RETAIL, "growth", 11, "%"), R("5.2个", FAI, FAI, "change", 5.2, "个百分点"),
      R("2个百分点", RETAIL, RETAIL, "change", 2, "个百分点")]),
    # paired characters before one tail (存、贷款余额); 比年初 is a comparison, not a subject; 保险 tails
    (REVIEW, "年末金融机构本外币存、贷款余额分别达到862.4亿元和613.7亿元，比年初分别增加96.3亿元和88.2亿元。",
     [R("862.4亿元", "金融机构本外币存款余额", "金融机构存款余额", "level", 862.4, "亿元"),
      R("613.7亿元", "金融机构本外币贷款余额", "金融机构贷款余额", "level", 613.7, "亿元"),
      R("96.3亿元", "金融机构本外币存款余额", "金融机构存款余额", "change", 96.3, "亿元"),
      R("88.2亿元", "金融机构本外币贷款余额", "金融机构贷款余额", "change", 88.2, "亿元")]),
    (REVIEW, "基本养老、失业保险参保人数分别达到52.3万人、31.6万人。",
     [R("52.3万人", "基本养老保险参保人数", None, "level", 52.3, "万人"),
      R("31.6万人", "失业保险参保人数", None, "level", 31.6, "万人")]),
    # a power capacity naming a project is no record; one that is added is
    (PLAN, "开工建设祁丰300万千瓦风光储一体化项目，新增新能源装机200万千瓦以上。",
     [R("200万千瓦", "新增新能源装机", None, "level", 200, "万千瓦", "at_least")]),
    # a second 分别 in a clause: the same subjects again; 增长约1.3倍 is growth; a ‰ rate is a level
    (REVIEW, "城镇、农村常住居民人均可支配收入分别为52,360元、28,940元（分别增长4.5%、6.9%）。",
     [R("52,360元", URB_INC, URB_INC, "level", 52360, "元"), R("28,940元", RUR_INC, RUR_INC, "level", 28940, "元"),
      R("4.5%", URB_INC, URB_INC, "growth", 4.5, "%"), R("6.9%", RUR_INC, RUR_INC, "growth", 6.9, "%")]),
    (REVIEW, "高新技术产品出口增长约1.3倍，人口自然增长率５.８‰。",
     [R("1.3倍", "高新技术产品出口", None, "growth", 1.3, "倍", "about"),
      R("５.８‰", "人口自然增长率", None, "level", 5.8, "‰")]),
    # a share in tenths after a word that leads a share (占…的八成, 超过九成); （只） after 万头 is a note on
    # the unit, as the golden reads 206 万头(只、口), but a qualifier after it still counts
    (REVIEW, "园区规上工业产值约占全县的八成，生猪出栏61.3万头（只），牲畜存栏稳定在310万头（只）左右。",
     [R("八成", "园区规上工业产值约占全县", None, "level", 8, "成", "about"),
      R("61.3万头", "生猪出栏", None, "level", 61.3, "万头"),
      R("310万头", "牲畜存栏", None, "level", 310, "万头", "about")]),
    # the subject of an earlier sentence completes a measure word, not a short name of a thing
    (REVIEW, "全县规上工业企业实现产值186亿元。养殖户1200户。",
     [R("186亿元", "全县规上工业企业实现产值", None, "level", 186, "亿元"),
      R("1200户", "养殖户", None, "level", 1200, "户")]),
    # the start value of a several-year span takes the span's first year
    (REVIEW, "过去五年，全区地区生产总值由2017年的486.3亿元增加到2022年的712.8亿元；一般公共预算收入由38.6亿元增加到56.2亿元。",
     [R("486.3亿元", GDP, GDP, "level", 486.3, "亿元", year=2017), R("712.8亿元", GDP, GDP, "level", 712.8, "亿元"),
      R("38.6亿元", REV, REV, "level", 38.6, "亿元", year=2017), R("56.2亿元", REV, REV, "level", 56.2, "亿元")]),
    (REVIEW, "五年来，全县地区生产总值从318.6亿元增加到535.8亿元。研发经费投入强度由2.1%提高到2.4%。",
     [R("318.6亿元", GDP, GDP, "level", 318.6, "亿元", year=2017), R("535.8亿元", GDP, GDP, "level", 535.8, "亿元"),
      R("2.1%", "研发经费投入强度", "研发经费投入强度", "level", 2.1, "%", year=2017),
      R("2.4%", "研发经费投入强度", "研发经费投入强度", "level", 2.4, "%")]),
    # a bare measure word after a full name is of its subject; a basis phrase leaves the name
    (REVIEW, "规模以上工业总产值和增加值分别增长11.2%和8.7%；区级一般公共预算收入增长3.1%，扣除减税降费因素同口径增长7.4%。",
     [R("11.2%", "规模以上工业总产值", "规模以上工业总产值", "growth", 11.2, "%"),
      R("8.7%", IND, IND, "growth", 8.7, "%"), R("3.1%", "区级一般公共预算收入", REV, "growth", 3.1, "%"),
      R("7.4%", "区级一般公共预算收入", REV, "growth", 7.4, "%")]),
    # a part after ； that names its topic before its values: the bare names are the topic's, not the last part's
    (REVIEW, "商事制度改革持续深化，企业开办时间压缩至5个工作日以内；农村土地承包经营权确权登记颁证工作基本完成，颁证率达到96.5%。",
     [R("5个工作日", "企业开办时间", None, "level", 5, "个工作日", qualifier="at_most"),
      R("96.5%", "农村土地承包经营权确权登记颁证率", None, "level", 96.5, "%")]),
    (REVIEW, "2010年，青峰电厂一期建成投产；2012年，青峰经济开发区晋升为省级经济开发区，入驻企业达到168家。",
     [R("168家", "青峰经济开发区入驻企业", None, "level", 168, "家", year=2012)]),
    # a PDF's spaces around numbers (由 2017 年的) are no part of a name; older names of lexicon measures
    (REVIEW, "五年来，城市化水平由 2017 年的48.5%提高到56.2%，地方财政一般预算支出23.65 亿元，粮食总产13.8 万吨。",
     [R("48.5%", "城市化水平", URB, "level", 48.5, "%", year=2017), R("56.2%", "城市化水平", URB, "level", 56.2, "%"),
      R("23.65 亿元", "地方财政一般预算支出", EXP, "level", 23.65, "亿元"),
      R("13.8 万吨", "粮食总产", GRAIN, "level", 13.8, "万吨")]),
    # a sentence opening on the next year inside the review part plans it; a budget's 安排 is the measure's
    (REVIEW, "2023 年，全县一般公共预算收入安排8.98亿元，增长6.1%。",
     [R("8.98亿元", "一般公共预算收入安排", "一般公共预算收入", "level", 8.98, "亿元", year=2023, kind="target"),
      R("6.1%", "一般公共预算收入安排", "一般公共预算收入", "growth", 6.1, "%", year=2023, kind="target")]),
    # …but the part of the next year so far (a mid-term review) is a result
    (REVIEW, "2023年上半年，全市实现地区生产总值1896亿元，同比增长5.6%。",
     [R("1896亿元", GDP, GDP, "level", 1896, "亿元", year=2023), R("5.6%", GDP, GDP, "growth", 5.6, "%", year=2023)]),
    # each insurance of a 分别 list counts its insured (the last part's 参保人数); a one-year 由每人每月…提高到…
    # starts from the year before
    (REVIEW, "城镇职工基本医疗保险、失业保险、工伤保险参保人数分别达到35.2万人、21.7万人和19.6万人。"
             "城乡居民基础养老金由每人每月85元提高到100元。",
     [R("35.2万人", "城镇职工基本医疗保险参保人数", None, "level", 35.2, "万人"),
      R("21.7万人", "失业保险参保人数", None, "level", 21.7, "万人"),
      R("19.6万人", "工伤保险参保人数", None, "level", 19.6, "万人"),
      R("85元", "城乡居民基础养老金", None, "level", 85, "元", year=2021),
      R("100元", "城乡居民基础养老金", None, "level", 100, "元")]),
    # the year's goal a result is set against, named by the result's measure
    (REVIEW, "城镇登记失业率为2.9%，低于3.5%的年度控制目标。",
     [R("2.9%", "城镇登记失业率", "城镇登记失业率", "level", 2.9, "%"),
      R("3.5%", "城镇登记失业率", "城镇登记失业率", "level", 3.5, "%", kind="target")]),
    (REVIEW, "旅游业总收入1020亿元，增长26.5%。",
     [R("1020亿元", "旅游业总收入", "旅游总收入", "level", 1020, "亿元"),
      R("26.5%", "旅游业总收入", "旅游总收入", "growth", 26.5, "%")]),
    # 与“十四五”时期 is a period, and the plan's goal after the value (…的规划目标相衔接) names nothing counted
    (PLAN, "一是地区生产总值增长7%以上，考虑了上年基数较低等因素，两年平均增长5.3%左右，与“十四五”时期年均增长6%左右的规划目标相衔接。",
     [R("7%", GDP, GDP, "growth", 7, "%", qualifier="at_least"), R("5.3%", GDP, GDP, "growth", 5.3, "%", qualifier="about"),
      R("6%", GDP, GDP, "growth", 6, "%", year=2025, qualifier="about")]),
    # the same amount in another currency (折合…亿美元) is the same measure
    (REVIEW, "外贸进出口总额9216.5亿元、折合1296.3亿美元，增长6.8%。",
     [R("9216.5亿元", "外贸进出口总额", TRADE, "level", 9216.5, "亿元"),
      R("1296.3亿美元", "外贸进出口总额", TRADE, "level", 1296.3, "亿美元"), R("6.8%", "外贸进出口总额", TRADE, "growth", 6.8, "%")]),
    # a project named after the last subject, with no figure between, is what 完成投资 is of
    (REVIEW, "加快建设都市圈，与周边城市共建产业协作园区4个，甲至乙城际铁路加快建设，全年完成投资38.6亿元。",
     [R("4个", "与周边城市共建产业协作园区", None, "level", 4, "个"),
      R("38.6亿元", "甲至乙城际铁路完成投资", None, "level", 38.6, "亿元")]),
    # the years after the measure (规上工业增加值2023年、2024年分别增长…): one measure, a year per value
    (REVIEW, "规上工业增加值2020年、2021年分别增长7.6%和8.9%，规上工业企业达到312家。",
     [R("7.6%", IND, IND, "growth", 7.6, "%", year=2020), R("8.9%", IND, IND, "growth", 8.9, "%", year=2021),
      R("312家", "规上工业企业", "规模以上工业企业", "level", 312, "家")]),
    # 把…定在 sets a growth target; 再 before the verb is no part of the name
    (PLAN, "把经济增长预期目标定在8.5%左右，设区市PM2.5平均浓度再下降5%。",
     [R("8.5%", "经济增长", GDP, "growth", 8.5, "%", qualifier="about"), R("5%", PM, PM, "growth", -5, "%")]),
    # 增速由…的x%回升至…的y%: both ends are rates of growth of the measure
    (REVIEW, "规上工业增加值增速由一季度的-12.4%回升至前三季度的4.8%。",
     [R("-12.4%", IND, IND, "growth", -12.4, "%"), R("4.8%", IND, IND, "growth", 4.8, "%")]),
    # heads of several lengths share the last one's measure word, not its first characters
    (PLAN, "茶叶、中药材、特色果蔬种植面积分别达到68万亩、52万亩和110万亩左右。",
     [R("68万亩", "茶叶种植面积", None, "level", 68, "万亩", qualifier="about"),
      R("52万亩", "中药材种植面积", None, "level", 52, "万亩", qualifier="about"),
      R("110万亩", "特色果蔬种植面积", None, "level", 110, "万亩", qualifier="about")]),
    # the things listed in the clause before (…等优势产业), a bare measure after: each thing's measure
    (PLAN, "做强茶叶、中药材、特色果蔬等优势产业，种植面积分别达到68万亩、52万亩和110万亩左右。",
     [R("68万亩", "茶叶种植面积", None, "level", 68, "万亩", qualifier="about"),
      R("52万亩", "中药材种植面积", None, "level", 52, "万亩", qualifier="about"),
      R("110万亩", "特色果蔬种植面积", None, "level", 110, "万亩", qualifier="about")]),
    # 分别下降至 gives the levels reached, not falls
    (REVIEW, "孕产妇死亡率、婴儿死亡率分别下降至21.3/10万、6.9‰。",
     [R("21.3/10万", "孕产妇死亡率", None, "level", 21.3, "/10万"), R("6.9‰", "婴儿死亡率", None, "level", 6.9, "‰")]),
    # older and OCR'd names of lexicon measures; a boiler size before 及以下 is a threshold, 蒸吨 a unit
    (REVIEW, "规模以上工业企业完成总产值126.4亿元，增加值38.2亿元；社会消费品零售总额増长23.6%；城区空气质量二级以上天数330天；"
             "淘汰10蒸吨及以下燃煤锅炉，改造供热管网1860蒸吨。",
     [R("126.4亿元", "规模以上工业企业完成总产值", GIP, "level", 126.4, "亿元"),
      R("38.2亿元", "规模以上工业企业增加值", IND, "level", 38.2, "亿元"),
      R("23.6%", RETAIL, RETAIL, "growth", 23.6, "%"), R("330天", "城区空气质量二级以上天数", AIR, "level", 330, "天"),
      R("1860蒸吨", "改造供热管网", None, "level", 1860, "蒸吨")]),
    # 净增 right after the stock it changes is a change of that stock; 保持 is no part of a name; 积极争取X，力争达到…
    # is X; years listed before 分别 in the plan part are results
    (PLAN, "国家高新技术企业达到6980家，净增1420家。实际利用外资保持100亿美元规模。积极争取地方政府专项债券额度，力争达到900亿元。"
           "2020年、2021年、2022年全市经济分别增长7.1%、6.8%和6.4%，工业增速由2020年的7.8%放缓至2022年的5.5%。",
     [R("6980家", "国家高新技术企业", None, "level", 6980, "家"), R("1420家", "国家高新技术企业", None, "change", 1420, "家"),
      R("100亿美元", "实际利用外资", FDI, "level", 100, "亿美元"),
      R("900亿元", "积极争取地方政府专项债券额度", None, "level", 900, "亿元"),
      R("7.1%", "经济", GDP, "growth", 7.1, "%", year=2020, kind="actual"),
      R("6.8%", "经济", GDP, "growth", 6.8, "%", year=2021, kind="actual"),
      R("6.4%", "经济", GDP, "growth", 6.4, "%", year=2022, kind="actual"),
      R("7.8%", "工业", None, "growth", 7.8, "%", year=2020, kind="actual"),
      R("5.5%", "工业", None, "growth", 5.5, "%", year=2022, kind="actual")]),
    # 比上年多开行171列: how many more than last year, a change of the measure just named
    (REVIEW, "中欧班列全年开行524列，比上年多开行171列。",
     [R("524列", "中欧班列全年开行", None, "level", 524, "列"), R("171列", "中欧班列全年开行", None, "change", 171, "列")]),
    # a zone or facility the sentence's first value is named after: its later short measures are its own
    (REVIEW, "甲经济开发区完成基础设施投资8.6亿元，新入驻企业18家。乙机场新开通航线3条，旅客吞吐量28.6万人次，增长34.7%。",
     [R("8.6亿元", "甲经济开发区完成基础设施投资", None, "level", 8.6, "亿元"),
      R("18家", "甲经济开发区新入驻企业", None, "level", 18, "家"),
      R("3条", "乙机场新开通航线", None, "level", 3, "条"),
      R("28.6万人次", "乙机场旅客吞吐量", None, "level", 28.6, "万人次"),
      R("34.7%", "乙机场旅客吞吐量", None, "growth", 34.7, "%")]),
    # a bare measure after a subject's first measure is the subject's (粮食播种面积、总产量分别达到…)
    (REVIEW, "粮食播种面积、总产量分别达到56.8万亩、22.3万吨。",
     [R("56.8万亩", "粮食播种面积", None, "level", 56.8, "万亩"), R("22.3万吨", "粮食总产量", GRAIN, "level", 22.3, "万吨")]),
    # counts of a text's own points, measures and parts are no measures
    (REVIEW, "出台促进消费恢复十条措施，严把土地、信贷两个闸门，今年的民生实事项目呈现三个特点，落实三个着力重要要求。", []),
    # a basis phrase on its own (扣除…因素后) names nothing: the growth is the measure just named
    (REVIEW, "一般公共预算收入96.8亿元，扣除留抵退税因素后增长4.5%。",
     [R("96.8亿元", REV, REV, "level", 96.8, "亿元"), R("4.5%", REV, REV, "growth", 4.5, "%")]),
    # 年初预期 is when the target was set, not part of the name; 实际 restates the same measure's result
    (REVIEW, "其中，地区生产总值年初预期增长7%左右，实际增长3.6%；社会消费品零售总额年初预期增长8%，实际下降1.3%。",
     [R("7%", GDP, GDP, "growth", 7, "%", kind="target", qualifier="about"), R("3.6%", GDP, GDP, "growth", 3.6, "%"),
      R("8%", RETAIL, RETAIL, "growth", 8, "%", kind="target"), R("1.3%", RETAIL, RETAIL, "growth", -1.3, "%")]),
    # 到2025年 holds until 全年 speaks of the year again
    (REVIEW, "规划提出到2025年地区生产总值达到620亿元，全年研发经费投入强度达到2.86%。",
     [R("620亿元", GDP, GDP, "level", 620, "亿元", year=2025, kind="target"),
      R("2.86%", "研发经费投入强度", "研发经费投入强度", "level", 2.86, "%")]),
    # places counted before their measure share it; a meeting's length and a page counter are no measures
    (REVIEW, "城镇新增就业5.82万人。\n阅读 1.2万　　赞 386　　在看 97\n", [R("5.82万人", "城镇新增就业", "城镇新增就业", "level", 5.82, "万人")]),
    (REVIEW, "株洲、岳阳、常德三市社会消费品零售总额分别增长5.6%、5.4%、5.2%，会期3天，阅读：2316次。",
     [R("5.6%", "株洲社会消费品零售总额", None, "growth", 5.6, "%"),
      R("5.4%", "岳阳社会消费品零售总额", None, "growth", 5.4, "%"),
      R("5.2%", "常德三市社会消费品零售总额", RETAIL, "growth", 5.2, "%")]),
    # 分别 before a per-person phrase (每人每月) and after 比年初; a threshold in households
    (REVIEW, "城乡低保标准分别提高到每人每月610元和每人每年4320元，完成30户以上村民组通组硬化路260公里。",
     [R("610元", "城镇低保标准", None, "level", 610, "元"), R("4320元", "农村低保标准", None, "level", 4320, "元"),
      R("260公里", "完成30户以上村民组通组硬化路", None, "level", 260, "公里")]),
    # a thing and its measure (茶叶产量) name their own subject: the bare measure after it (产值) is of it
    (REVIEW, "茶园面积稳定在28.5万亩，茶叶产量1.36万吨、产值21.4亿元，分别增长12.1%和14.6%。",
     [R("28.5万亩", "茶园面积", None, "level", 28.5, "万亩"), R("1.36万吨", "茶叶产量", None, "level", 1.36, "万吨"),
      R("21.4亿元", "茶叶产值", None, "level", 21.4, "亿元"), R("12.1%", "茶叶产量", None, "growth", 12.1, "%"),
      R("14.6%", "茶叶产值", None, "growth", 14.6, "%")]),
    # 惠及/涉及 after a count: what the count was of reaches them; 分别恢复到2019年的: shares of that level
    (REVIEW, "民生方面，完成老旧小区改造86个、惠及居民3.2万户。全年接待游客、旅游综合收入分别恢复到2019年的82.4%和78.6%。",
     [R("86个", "老旧小区改造", None, "level", 86, "个"), R("3.2万户", "老旧小区改造惠及居民", None, "level", 3.2, "万户"),
      R("82.4%", "接待游客恢复到2019年的比例", None, "level", 82.4, "%"),
      R("78.6%", "旅游综合收入恢复到2019年的比例", None, "level", 78.6, "%")]),
    # a restated target of another lexicon measure keeps its name; a value that is 'the target' is one
    (REVIEW, "居民消费价格涨幅控制在3%左右的预期目标以内。",
     [R("3%", CPI, CPI, "growth", 3, "%", "about", kind="target")]),
    # a gap below an average is negative; 是2017年的1.8倍 is a change; 压减 falls; 不足 is at most
    (REVIEW, "研发经费投入强度低于全省平均水平0.3个百分点，经营主体总量是2017年的1.8倍，一般性支出压减10%以上，财政自给率不足30%。",
     [R("0.3个百分点", "研发经费投入强度", "研发经费投入强度", "change", -0.3, "个百分点"),
      R("1.8倍", "经营主体总量", None, "change", 1.8, "倍"),
      R("10%", "一般性支出", None, "growth", -10, "%", "at_least"),
      R("30%", "财政自给率", None, "level", 30, "%", "at_most")]),
    # a capacity that names a project (10万头肉牛…项目) and 八项规定 are no measures
    (PLAN, "加快推进10万头肉牛全产业链项目，严格落实中央八项规定精神，抽检食品20万批次。",
     [R("20万批次", "抽检食品", None, "level", 20, "万批次")]),
    # periods listed before one measure (or before none: the paragraph's subject); shares after 分别占;
    # gaps after 分别高于; what each counted thing adds after 分别新增
    (REVIEW, "一季度、上半年、前三季度和全年地区生产总值分别增长5.6%、5.9%、6.1%、6.2%，增速连续四个季度居全省前三。"
             "第一、二产业增加值分别占地区生产总值的6.8%、42.5%。",
     [R("5.6%", GDP, GDP, "growth", 5.6, "%"), R("5.9%", GDP, GDP, "growth", 5.9, "%"),
      R("6.1%", GDP, GDP, "growth", 6.1, "%"), R("6.2%", GDP, GDP, "growth", 6.2, "%"),
      R("6.8%", "第一产业增加值占地区生产总值比重", None, "level", 6.8, "%"),
      R("42.5%", "第二产业增加值占地区生产总值比重", None, "level", 42.5, "%")]),
    (REVIEW, "社会消费品零售总额增长12.8%。分季度看，一季度、上半年分别增长32.6%、23.4%。",
     [R("12.8%", RETAIL, RETAIL, "growth", 12.8, "%"), R("32.6%", RETAIL, RETAIL, "growth", 32.6, "%"),
      R("23.4%", RETAIL, RETAIL, "growth", 23.4, "%")]),
    (REVIEW, "规模以上工业增加值增长8.2%，分别高于全国、全省2.4个、1.5个百分点。新建公办幼儿园16所、中小学12所，分别新增学位4800个、9600个。",
     [R("8.2%", IND, IND, "growth", 8.2, "%"), R("2.4个", IND, IND, "change", 2.4, "个百分点"),
      R("1.5个百分点", IND, IND, "change", 1.5, "个百分点"), R("16所", "新建公办幼儿园", None, "level", 16, "所"),
      R("12所", "中小学", None, "level", 12, "所"), R("4800个", "公办幼儿园新增学位", None, "level", 4800, "个"),
      R("9600个", "中小学新增学位", None, "level", 9600, "个")]),
    # quarters after 其中; a shared 出口额 tail; 是全省平均水平的1.16倍; 分别突破 gives both at least;
    # （以上两项为约束性指标） binds the two values before it; 由2.86%降至0.72% starts from last year
    (REVIEW, "社会消费品零售总额增长6.4%，其中一季度、上半年分别增长5.2%、5.8%；锂电池、光伏产品“新三样”出口额分别增长42.1%、26.3%。"
             "人均地区生产总值是全省平均水平的1.16倍。两大产业营业收入分别突破4500亿元、4200亿元，"
             "单位地区生产总值能耗降低2.8%，单位地区生产总值二氧化碳排放降低3.5%（以上两项为约束性指标）。贫困发生率由2.86%降至0.72%。",
     [R("6.4%", RETAIL, RETAIL, "growth", 6.4, "%"), R("5.2%", RETAIL, RETAIL, "growth", 5.2, "%"),
      R("5.8%", RETAIL, RETAIL, "growth", 5.8, "%"), R("42.1%", "锂电池出口额", None, "growth", 42.1, "%"),
      R("26.3%", "光伏产品“新三样”出口额", None, "growth", 26.3, "%"),
      R("1.16倍", "人均地区生产总值", None, "change", 1.16, "倍"),
      R("4500亿元", "两大产业营业收入", None, "level", 4500, "亿元", "at_least"),
      R("4200亿元", "两大产业营业收入", None, "level", 4200, "亿元", "at_least"),
      R("2.8%", "单位地区生产总值能耗", "单位地区生产总值能耗", "growth", -2.8, "%", binding=True),
      R("3.5%", "单位地区生产总值二氧化碳排放", "单位地区生产总值二氧化碳排放", "growth", -3.5, "%", binding=True),
      R("2.86%", "贫困发生率", None, "level", 2.86, "%", year=2021), R("0.72%", "贫困发生率", None, "level", 0.72, "%")]),
    # 恢复到上年的x% after a named value: its share of last year's; a rule per household is no measure
    (REVIEW, "全区种植食用菌1.6亿棒。全年接待游客865万人次，恢复到上年的78.5%。确保搬迁群众家庭1户1人以上就业，每户至少1人稳定就业。",
     [R("1.6亿棒", "种植食用菌", None, "level", 1.6, "亿棒"), R("865万人次", "接待游客", "接待游客", "level", 865, "万人次"),
      R("78.5%", "接待游客恢复到上年的比例", None, "level", 78.5, "%")]),
    # dashed indicator items: the label names values its clause does not name itself; a measure the
    # clause names wins; 实际分别… keeps the subjects; * on the label binds; 预计 after a target cue is a result
    (REVIEW, "从主要指标看：\n——地区生产总值：年初预期目标为增长6%左右，实际增长6.2%。\n"
             "——居民收入：年初预期城乡居民人均可支配收入分别增长7.5%和8.5%，实际分别增长7.7%和9.4%。\n"
             "——就业：年初预期城镇新增就业30万人以上，实际新增31.2万人。\n"
             "——节能减排*：单位地区生产总值能耗年初确定下降2.7%，预计下降3.5%。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", kind="target"), R("6.2%", GDP, GDP, "growth", 6.2, "%"),
      R("7.5%", URB_INC, URB_INC, "growth", 7.5, "%", kind="target"),
      R("8.5%", RUR_INC, RUR_INC, "growth", 8.5, "%", kind="target"),
      R("7.7%", URB_INC, URB_INC, "growth", 7.7, "%"), R("9.4%", RUR_INC, RUR_INC, "growth", 9.4, "%"),
      R("30万人", JOBS, JOBS, "level", 30, "万人", "at_least", kind="target"),
      R("31.2万人", JOBS, JOBS, "level", 31.2, "万人"),
      R("2.7%", "单位地区生产总值能耗", "单位地区生产总值能耗", "growth", -2.7, "%", binding=True, kind="target"),
      R("3.5%", "单位地区生产总值能耗", "单位地区生产总值能耗", "growth", -3.5, "%", binding=True, estimated=True)]),
    # X目标增长…，预计增长…: 目标 after a measure marks its target, not a measure of its own; the
    # estimate after it is that measure's (with 城乡 pairs split, and 分别 repeated)
    (REVIEW, "对照年初确定的主要指标：规模以上工业增加值目标增长7%，预计增长5.5%；一般公共预算收入目标增长4%，"
             "预计全年完成10.8亿元、增长3.6%；城乡居民人均可支配收入目标分别增长6%和7%，预计分别增长4.6%和6.2%。",
     [R("7%", "规模以上工业增加值", "规模以上工业增加值", "growth", 7, "%", kind="target"),
      R("5.5%", "规模以上工业增加值", "规模以上工业增加值", "growth", 5.5, "%", estimated=True),
      R("4%", "一般公共预算收入", "一般公共预算收入", "growth", 4, "%", kind="target"),
      R("10.8亿元", "一般公共预算收入", "一般公共预算收入", "level", 10.8, "亿元", estimated=True),
      R("3.6%", "一般公共预算收入", "一般公共预算收入", "growth", 3.6, "%", estimated=True),
      R("6%", "城镇居民人均可支配收入", URB_INC, "growth", 6, "%", kind="target"),
      R("7%", "农村居民人均可支配收入", RUR_INC, "growth", 7, "%", kind="target"),
      R("4.6%", "城镇居民人均可支配收入", URB_INC, "growth", 4.6, "%", estimated=True),
      R("6.2%", "农村居民人均可支配收入", RUR_INC, "growth", 6.2, "%", estimated=True)]),
    # a later year written inside a sentence that opened on an earlier one holds from there, and after it
    (REVIEW, "2021年底全区贫困发生率为10.37%，预计2022年底下降到5.62%，全年减少贫困人口2716户。易地扶贫搬迁1108户4870人。",
     [R("10.37%", "贫困发生率", None, "level", 10.37, "%", year=2021),
      R("5.62%", "贫困发生率", None, "level", 5.62, "%", estimated=True),
      R("2716户", "减少贫困人口", None, "level", 2716, "户", estimated=True),
      R("1108户", "易地扶贫搬迁", None, "level", 1108, "户"), R("4870人", "易地扶贫搬迁", None, "level", 4870, "人")]),
    # 占…比重分别 after subjects named in clauses of their own: each one's share, in order
    (REVIEW, "其中，高技术制造业增加值比上年增长11.8%，装备制造业增加值增长8.6%，占规模以上工业比重分别达到24.3%和31.5%。",
     [R("11.8%", "高技术制造业增加值", None, "growth", 11.8, "%"), R("8.6%", "装备制造业增加值", None, "growth", 8.6, "%"),
      R("24.3%", "高技术制造业增加值占规模以上工业比重", None, "level", 24.3, "%"),
      R("31.5%", "装备制造业增加值占规模以上工业比重", None, "level", 31.5, "%")]),
    # a rate named only as the economy's pace, with what it brings after it
    (PLAN, "三是与稳就业的要求相适应。按近年经济增长与就业的关系测算，6%左右的增长可带动更多就业，保持就业形势总体稳定。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", kind="target")]),
    # a restated target after a named measure is that measure's target
    (REVIEW, "社会消费品零售总额增长4.8%，低于7%左右的预期目标；固定资产投资增长2.1%，低于6%的预期目标。",
     [R("4.8%", RETAIL, RETAIL, "growth", 4.8, "%"), R("7%", RETAIL, RETAIL, "growth", 7, "%", "about", kind="target"),
      R("2.1%", FAI, FAI, "growth", 2.1, "%"), R("6%", FAI, FAI, "growth", 6, "%", kind="target")]),
    # 关于X增长…的目标; 与全省5%以上的预期目标; 经济总量迈上…台阶; 按两年平均计算; 保持在七成以上
    (PLAN, "关于地区生产总值增长5.5%—6%的目标，主要考虑：一是与全省5%以上的预期目标相衔接；二是按两年平均计算增长5.9%左右。",
     [R("5.5%—6%", GDP, GDP, "growth", 5.5, "%", value_max=6),
      R("5%", GDP, GDP, "growth", 5, "%", "at_least"), R("5.9%", GDP, GDP, "growth", 5.9, "%", "about")]),
    (REVIEW, "经济总量迈上3.5万亿元台阶，民生支出占一般公共预算支出的比重保持在七成以上。",
     [R("3.5万亿元", "经济总量", GDP, "level", 3.5, "万亿元", "at_least"),
      R("七成", "民生支出占一般公共预算支出的比重", None, "level", 7, "成", "at_least")]),
    # a verb before a number stays whole in the name of what follows it
    (REVIEW, "巩固提升2.8万人饮水安全，建设15处村级健身点。",
     [R("2.8万人", "巩固提升饮水安全人口", None, "level", 2.8, "万人"), R("15处", "建设村级健身点", None, "level", 15, "处")]),
    # measures written without a unit: a ratio, coefficient, index or death rate named right before the number
    (REVIEW, "城乡居民收入比缩小到1.67,比上年缩小0.03。",
     [R("1.67", "城乡居民收入比", None, "level", 1.67, ""), R("0.03", "城乡居民收入比", None, "change", -0.03, "")]),
    (REVIEW, "全市煤炭企业安全生产实现百万吨死亡率0.021，连续三年保持全省最低。",
     [R("0.021", "煤炭企业百万吨死亡率", None, "level", 0.021, "")]),
    (REVIEW, "城乡居民收入比由2.10缩小至2.05:1。", [R("2.10", "城乡居民收入比", None, "level", 2.10, "", year=2021),
                                               R("2.05:1", "城乡居民收入比", None, "level", 2.05, ":1")]),
    (PLAN, "空气质量综合指数控制在3.9以内，恩格尔系数为28.5%。",
     [R("3.9", "空气质量综合指数", None, "level", 3.9, "", "at_most"), R("28.5%", "恩格尔系数", None, "level", 28.5, "%")]),
    (REVIEW, "会议于9:30召开，签约项目比上年多12个。", [R("12个", "签约项目", None, "change", 12, "个")]),
    (TARGETS, "——经济增长：地区生产总值增长6%左右，规模以上工业增加值增长7%以上；\n"
              "——民生改善：城镇新增就业1.5万人以上，城镇调查失业率5.5%以内。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", headline=True),
      R("7%", "规模以上工业增加值", "规模以上工业增加值", "growth", 7, "%", "at_least", headline=True),
      R("1.5万人", JOBS, JOBS, "level", 1.5, "万人", "at_least", headline=True),
      R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most", headline=True)]),
    # ---- cases found by auditing reports in the style of other regions and years -----------------
    # a plan "确定的" earlier is no target cue: the values are the year's results
    (REVIEW, "区十八届人大一次会议确定的主要目标任务全面完成，地区生产总值增长6.2%，一般公共预算收入增长5.1%。",
     [R("6.2%", GDP, GDP, "growth", 6.2, "%"), R("5.1%", REV, REV, "growth", 5.1, "%")]),
    # a share of the year's plan is an actual
    (REVIEW, "全年完成重大项目投资1302亿元，完成年度计划的112.6%。",
     [R("1302亿元", "重大项目投资", None, "level", 1302, "亿元"),
      R("112.6%", "重大项目投资完成年度计划", None, "level", 112.6, "%")]),
    # a headline cue sentence of the review opens the results run; a later sentence is no headline
    (REVIEW, "省十三届人大二次会议确定的主要目标任务较好完成。全省生产总值增长8%。\n"
             "消费市场回暖，社会消费品零售总额增长11.3%，进出口总额增长15.2%，一般公共预算收入增长6.1%。",
     [R("8%", GDP, GDP, "growth", 8, "%", headline=True),
      R("11.3%", RETAIL, RETAIL, "growth", 11.3, "%", headline=False),
      R("15.2%", TRADE, TRADE, "growth", 15.2, "%", headline=False),
      R("6.1%", REV, REV, "growth", 6.1, "%", headline=False)]),
    # a five-year summary is not the year's headline results
    (REVIEW, "五年来，全县地区生产总值年均增长9.6%，一般公共预算收入年均增长8.1%。\n"
             "2022年，全县实现地区生产总值535.8亿元，增长7.8%。",
     [R("9.6%", GDP, GDP, "growth", 9.6, "%", headline=False),
      R("8.1%", REV, REV, "growth", 8.1, "%", headline=False),
      R("535.8亿元", GDP, GDP, "level", 535.8, "亿元", headline=True),
      R("7.8%", GDP, GDP, "growth", 7.8, "%", headline=True)]),
    # CPI is a growth rate however its target is phrased
    (TARGETS, "居民消费价格涨幅控制在3%左右。",
     [R("3%", CPI, CPI, "growth", 3, "%", "about", headline=True)]),
    # 降至: the verb is not part of the name
    (REVIEW, "PM2.5平均浓度降至30微克/立方米，下降15.1%。",
     [R("30微克/立方米", PM, PM, "level", 30, "微克/立方米"), R("15.1%", PM, PM, "growth", -15.1, "%")]),
    # PDF spaces around the values of a 分别 list
    (REVIEW, "城乡居民人均可支配收入分别达到 78520 元和 46312 元，分别增长 5.1% 和 6.8%。",
     [R("78520 元", URB_INC, URB_INC, "level", 78520, "元"), R("46312 元", RUR_INC, RUR_INC, "level", 46312, "元"),
      R("5.1%", URB_INC, URB_INC, "growth", 5.1, "%"), R("6.8%", RUR_INC, RUR_INC, "growth", 6.8, "%")]),
    # a second list of the same subjects, without 分别
    (REVIEW, "城乡居民人均可支配收入分别达到80715元和48327元，增长4.9%和6.7%。",
     [R("80715元", URB_INC, URB_INC, "level", 80715, "元"), R("48327元", RUR_INC, RUR_INC, "level", 48327, "元"),
      R("4.9%", URB_INC, URB_INC, "growth", 4.9, "%"), R("6.7%", RUR_INC, RUR_INC, "growth", 6.7, "%")]),
    # ordinals sharing one head; a measure word shared by the list
    (REVIEW, "第一、二、三产业增加值分别增长4.3%、1.2%和3.6%。",
     [R("4.3%", PRIM, PRIM, "growth", 4.3, "%"), R("1.2%", SEC, SEC, "growth", 1.2, "%"),
      R("3.6%", TER, TER, "growth", 3.6, "%")]),
    (REVIEW, "战略性新兴产业、高新技术产业增加值分别增长10.8%和13.3%。",
     [R("10.8%", "战略性新兴产业增加值", None, "growth", 10.8, "%"),
      R("13.3%", "高新技术产业增加值", None, "growth", 13.3, "%")]),
    # a size inside a name (20万吨级航道, 20万吨/年…项目) is no measure
    (REVIEW, "港区20万吨级航道建设加快推进。", []),
    (REVIEW, "某集团20万吨/年磷酸铁项目建成投产。", []),
    # a five-year goal inside the targets list is a target of its own year, not of the year's system
    (TARGETS, "地区生产总值增长6%左右；到2025年，地区生产总值突破3.5万亿元。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", headline=True),
      R("3.5万亿元", GDP, GDP, "level", 3.5, "万亿元", "at_least", year=2025, headline=False)]),
    # the first value of a list without its unit
    (REVIEW, "城镇化率和常住人口城镇化率比上年分别提高1.1和0.9个百分点。",
     [R("1.1", "城镇化率", URB, "change", 1.1, "个百分点"), R("0.9个百分点", "常住人口城镇化率", URB, "change", 0.9, "个百分点")]),
    (REVIEW, "粮食生产保持稳定，粮食总产量连续7年稳定在430亿斤以上。",
     [R("430亿斤", GRAIN, GRAIN, "level", 430, "亿斤", "at_least")]),
    (REVIEW, "中心城区ＰＭ２．５平均浓度４５微克／立方米，下降１６．７％。",
     [R("４５微克／立方米", PM, PM, "level", 45, "微克／立方米"), R("１６．７％", PM, PM, "growth", -16.7, "％")]),
    # price basis words are not part of a name
    (REVIEW, "预计全年实现地区生产总值148.6亿元，可比价增长5.2%。",
     [R("148.6亿元", GDP, GDP, "level", 148.6, "亿元", estimated=True),
      R("5.2%", GDP, GDP, "growth", 5.2, "%", estimated=True)]),
    # counts of the plan's own indicators are not measures
    (REVIEW, "确定的25项主要指标，20项达到或超过序时进度，3项基本符合预期，2项滞后于序时进度。", []),
    # a year written right before a value is its year
    (REVIEW, "研发经费投入强度由2020年的2.1%提高到2022年的2.9%。",
     [R("2.1%", RD, RD, "level", 2.1, "%", year=2020), R("2.9%", RD, RD, "level", 2.9, "%")]),
    # 增产 is a change verb
    (REVIEW, "粮食总产量达到40.2亿斤，比上年增产1.8亿斤。",
     [R("40.2亿斤", GRAIN, GRAIN, "level", 40.2, "亿斤"), R("1.8亿斤", GRAIN, GRAIN, "change", 1.8, "亿斤")]),
    # a bare 占比 after an amount is the amount's share, not the amount
    (REVIEW, "税收收入24.6亿元，占比78.8%。",
     [R("24.6亿元", "税收收入", "税收收入", "level", 24.6, "亿元"), R("78.8%", "税收收入占比", None, "level", 78.8, "%")]),
    # a threshold followed by 的 belongs to the name of what is counted
    (REVIEW, "经营性收入50万元以上的村达到86个。",
     [R("86个", "经营性收入50万元以上的村", None, "level", 86, "个")]),
    # in the plan part, 去年 and an earlier year give last year's results
    (PLAN, "去年全市经济运行总体平稳，地区生产总值增长4.6%。",
     [R("4.6%", GDP, GDP, "growth", 4.6, "%", year=2022, kind="actual")]),
    (PLAN, "二是2022年全市地区生产总值增长4.6%。",
     [R("4.6%", GDP, GDP, "growth", 4.6, "%", year=2022, kind="actual")]),
    # in the review part 去年 is the review year itself (the report is given the year after)
    (REVIEW, "去年全区地区生产总值增长4.6%，比去年提高1.2个百分点。",
     [R("4.6%", GDP, GDP, "growth", 4.6, "%"), R("1.2个百分点", GDP, GDP, "change", 1.2, "个百分点")]),
    # names sharing one tail; a binding mark after a 分别 list binds every value
    (TARGETS, "化学需氧量、氨氮、二氧化硫排放总量分别下降1.6%、1.5%和2.5%（约束性指标）。",
     [R("1.6%", "化学需氧量排放总量", None, "growth", -1.6, "%", binding=True, headline=True),
      R("1.5%", "氨氮排放总量", None, "growth", -1.5, "%", binding=True, headline=True),
      R("2.5%", "二氧化硫排放总量", None, "growth", -2.5, "%", binding=True, headline=True)]),
    (REVIEW, "电子信息、航空、中医药产业主营业务收入分别达到3200亿元、920亿元和1100亿元。",
     [R("3200亿元", "电子信息产业主营业务收入", None, "level", 3200, "亿元"),
      R("920亿元", "航空产业主营业务收入", None, "level", 920, "亿元"),
      R("1100亿元", "中医药产业主营业务收入", None, "level", 1100, "亿元")]),
    (REVIEW, "规模以上工业增加值增长8.9%，比全国平均水平高2.7个百分点。",
     [R("8.9%", IND, IND, "growth", 8.9, "%"), R("2.7个百分点", IND, IND, "change", 2.7, "个百分点")]),
    (PLAN, "地区生产总值增长8%左右，主要考虑：一是与全国预期目标相衔接；二是2022年全省经济增长8.7%。",
     [R("8%", GDP, GDP, "growth", 8, "%", "about"), R("8.7%", GDP, GDP, "growth", 8.7, "%", year=2022, kind="actual")]),
    # an absolute fall without a comparison base is a change
    (REVIEW, "全年农村贫困人口减少1.2万人。",
     [R("1.2万人", "农村贫困人口", None, "change", -1.2, "万人")]),
    # a bare 万 leaves the counted thing after the number
    (REVIEW, "现行标准下346.9万农村贫困人口全部脱贫。",
     [R("346.9万", "农村贫困人口", None, "level", 346.9, "万")]),
    # a numbered item of a ；-list has its own subject
    (PLAN, "一是实施就业创业扶持工程，新增就业岗位2万个；二是实施老旧小区改造，惠及居民28万户。",
     [R("2万个", "就业岗位", None, "level", 2, "万个"), R("28万户", "老旧小区改造惠及居民", None, "level", 28, "万户")]),
    # a qualifier between the verb and the value; 负增长 is a fall
    (TARGETS, "固定资产投资增长不低于10%，市场采购贸易出口增长约15%。",
     [R("10%", FAI, FAI, "growth", 10, "%", "at_least", headline=True),
      R("15%", "市场采购贸易出口", None, "growth", 15, "%", "about", headline=True)]),
    (REVIEW, "一般公共预算支出完成412.7亿元，同比负增长2.6%。",
     [R("412.7亿元", EXP, EXP, "level", 412.7, "亿元"), R("2.6%", EXP, EXP, "growth", -2.6, "%")]),
    # a rank and a count of areas of work are no measures; 家次 is a unit
    (PLAN, "重点抓好五个方面工作，力争综合排名进入前50名，参展企业320家次。",
     [R("320家次", "参展企业", None, "level", 320, "家次")]),
    # period words (一季度, 上半年, 五年) are not part of a name
    (REVIEW, "一季度地区生产总值增长17.8%，上半年增长11.5%，单位地区生产总值能耗五年累计下降13.5%。",
     [R("17.8%", GDP, GDP, "growth", 17.8, "%"), R("11.5%", GDP, GDP, "growth", 11.5, "%"),
      R("13.5%", ENERGY, ENERGY, "growth", -13.5, "%")]),
    # a comparison with another series or period takes the subject's name
    (REVIEW, "房地产开发投资同比下降11.6%，降幅较一季度收窄4.2个百分点；制造业投资增长8.7%，高于全部投资6.6个百分点。",
     [R("11.6%", "房地产开发投资", None, "growth", -11.6, "%"),
      R("4.2个百分点", "房地产开发投资", None, "change", 4.2, "个百分点"),
      R("8.7%", "制造业投资", None, "growth", 8.7, "%"),
      R("6.6个百分点", "制造业投资", None, "change", 6.6, "个百分点")]),
    # a threshold after 超 naming what is counted; 增长x倍 is growth; 头只 is a unit; a slogan count
    (REVIEW, "产值超10亿元企业达到21家，新能源汽车产量2.3万辆，增长1.4倍，牲畜存栏312.6万头只，全力办好两件大事。",
     [R("21家", "产值超10亿元企业", None, "level", 21, "家"), R("2.3万辆", "新能源汽车产量", None, "level", 2.3, "万辆"),
      R("1.4倍", "新能源汽车产量", None, "growth", 1.4, "倍"), R("312.6万头只", "牲畜存栏", None, "level", 312.6, "万头只")]),
    # a numbered target list, one target a line: numbers are not part of names, the list stays headline
    (TARGETS, "1.地区生产总值增长6%左右；\n2.规模以上工业增加值增长8%；\n3.城镇调查失业率控制在5.5%以内。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", headline=True),
      R("8%", IND, IND, "growth", 8, "%", headline=True),
      R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most", headline=True)]),
    # the subject of a second clause is the thing, not its sown area; 万标准箱 is a unit
    (REVIEW, "全年粮食播种面积52.3万亩，产量18.9万吨；集装箱吞吐量2635万标准箱。",
     [R("52.3万亩", "粮食播种面积", None, "level", 52.3, "万亩"), R("18.9万吨", "粮食产量", GRAIN, "level", 18.9, "万吨"),
      R("2635万标准箱", "集装箱吞吐量", None, "level", 2635, "万标准箱")]),
    # a summary of several years is not the opening headline; the year's first results sentence is
    (REVIEW, "全省地区生产总值年均增长10.9%，一般公共预算收入年均增长8.6%，城镇居民收入年均增长9.2%。\n"
             "2022年，全省地区生产总值增长10.2%，规模以上工业增加值增长9.5%。",
     [R("10.9%", GDP, GDP, "growth", 10.9, "%", headline=False), R("8.6%", REV, REV, "growth", 8.6, "%", headline=False),
      R("9.2%", "城镇居民收入", URB_INC, "growth", 9.2, "%", headline=False),
      R("10.2%", GDP, GDP, "growth", 10.2, "%", headline=True), R("9.5%", IND, IND, "growth", 9.5, "%", headline=True)]),
    # circled list numbers are not part of names; a slogan count is no measure
    (PLAN, "坚守发展和生态两条底线，②新增城镇就业75万人。",
     [R("75万人", JOBS, JOBS, "level", 75, "万人")]),
    # a list of subjects with as many values, without 分别
    (REVIEW, "城镇和农村常住居民人均可支配收入达到35620元、20385元，分别增长8.2%、8.9%。",
     [R("35620元", URB_INC, URB_INC, "level", 35620, "元"), R("20385元", RUR_INC, RUR_INC, "level", 20385, "元"),
      R("8.2%", URB_INC, URB_INC, "growth", 8.2, "%"), R("8.9%", RUR_INC, RUR_INC, "growth", 8.9, "%")]),
    # counts in list titles are no measures; 预期 is not part of a name
    (TARGETS, "33项民生工程全面完成，四件惠民实事全部办结；地区生产总值预期增长7.5%左右。",
     [R("7.5%", GDP, GDP, "growth", 7.5, "%", "about", headline=True)]),
    # numbered indicator items with their target and result; * after the label makes them binding
    (REVIEW, "1.地区生产总值：目标增长8%，完成8.3%；2.单位地区生产总值能耗*：目标下降3%，完成下降3.2%。",
     [R("8%", GDP, GDP, "growth", 8, "%", kind="target"), R("8.3%", GDP, GDP, "growth", 8.3, "%"),
      R("3%", ENERGY, ENERGY, "growth", -3, "%", kind="target", binding=True),
      R("3.2%", ENERGY, ENERGY, "growth", -3.2, "%", binding=True)]),
    # a * right after a value marks it binding; a programme named …计划 is no target
    (TARGETS, "单位地区生产总值能耗下降3.2%*。",
     [R("3.2%", ENERGY, ENERGY, "growth", -3.2, "%", binding=True, headline=True)]),
    (REVIEW, "农村义务教育学生营养改善计划惠及学生43.7万人。",
     [R("43.7万人", "营养改善计划惠及学生", None, "level", 43.7, "万人")]),
    # a rise in a standard is a change; a threshold after 超 followed by 的 names what is counted
    (PLAN, "城乡居民基础养老金月最低标准提高20元，经营性收入超80万元的村占比达到76%。",
     [R("20元", "城乡居民基础养老金月最低标准", None, "change", 20, "元"),
      R("76%", "经营性收入超80万元的村占比", None, "level", 76, "%")]),
    # the share of the year's target does not rename the growth after it; 较一季度回升 compares periods
    (REVIEW, "地区生产总值680.2亿元，完成年度目标的98.6%，比上年增长3.8%，较一季度回升2.1个百分点。",
     [R("680.2亿元", GDP, GDP, "level", 680.2, "亿元"),
      R("98.6%", "地区生产总值完成年度目标", None, "level", 98.6, "%"),
      R("3.8%", GDP, GDP, "growth", 3.8, "%"), R("2.1个百分点", GDP, GDP, "change", 2.1, "个百分点")]),
    # 削减/压缩 are falls
    (TARGETS, "化学需氧量排放量削减2.5%，审批时限压缩40%。",
     [R("2.5%", "化学需氧量排放量", None, "growth", -2.5, "%", headline=True),
      R("40%", "审批时限", None, "growth", -40, "%", headline=True)]),
    # a binding note after the values: naming them, or naming none (the values of its sentence)
    (TARGETS, "单位地区生产总值能耗下降2.5%，PM2.5平均浓度控制在30微克/立方米以内，城镇新增就业1万人。"
              "其中，单位地区生产总值能耗、PM2.5平均浓度为约束性指标。",
     [R("2.5%", ENERGY, ENERGY, "growth", -2.5, "%", binding=True, headline=True),
      R("30微克/立方米", PM, PM, "level", 30, "微克/立方米", "at_most", binding=True, headline=True),
      R("1万人", JOBS, JOBS, "level", 1, "万人", headline=True)]),
    (TARGETS, "单位生产总值能耗、二氧化硫排放量分别下降3.8%、4%，为约束性指标。",
     [R("3.8%", ENERGY, ENERGY, "growth", -3.8, "%", binding=True, headline=True),
      R("4%", "二氧化硫排放量", None, "growth", -4, "%", binding=True, headline=True)]),
    # 预计 after a 分别 subject covers the list's values in the next clause too
    (REVIEW, "城镇、农村居民人均可支配收入预计分别达到38760元、19820元，分别增长4.6%、6.9%。",
     [R("38760元", URB_INC, URB_INC, "level", 38760, "元", estimated=True),
      R("19820元", RUR_INC, RUR_INC, "level", 19820, "元", estimated=True),
      R("4.6%", URB_INC, URB_INC, "growth", 4.6, "%", estimated=True),
      R("6.9%", RUR_INC, RUR_INC, "growth", 6.9, "%", estimated=True)]),
    # a jurisdiction in front of a lexicon name; a duration in a description is no measure
    (REVIEW, "江油市地区生产总值525.6亿元，承诺在3个月内全部办结答复。",
     [R("525.6亿元", GDP, GDP, "level", 525.6, "亿元")]),
    # （约束性指标） after a value makes it binding
    (TARGETS, "单位地区生产总值能耗下降3%（约束性指标）。",
     [R("3%", ENERGY, ENERGY, "growth", -3, "%", binding=True, headline=True)]),
    # an age at a clause's end is a level; an age saying who is meant (65岁以上, 年满18岁) is none
    (REVIEW, "人均预期寿命达到78.6岁，为6.8万名65岁以上老年人提供免费健康体检，"
             "年满18岁的居民参保率达到96%。",
     [R("78.6岁", "人均预期寿命", None, "level", 78.6, "岁"),
      R("6.8万名", "65岁以上老年人免费健康体检", None, "level", 6.8, "万名"),
      R("96%", "年满18岁的居民参保率", None, "level", 96, "%")]),
    (PLAN, "人均预期寿命达到79岁，为0-3岁婴幼儿家庭提供托育服务1200人次。",
     [R("79岁", "人均预期寿命", None, "level", 79, "岁"),
      R("1200人次", "婴幼儿家庭托育服务", None, "level", 1200, "人次")]),
    # the measure before its periods (生产总值一季度、上半年…分别增长)
    (REVIEW, "全省生产总值一季度、上半年、前三季度分别增长7.4%、7.6%和7.8%，呈现逐季回升态势。",
     [R("7.4%", "生产总值", GDP, "growth", 7.4, "%"), R("7.6%", "生产总值", GDP, "growth", 7.6, "%"),
      R("7.8%", "生产总值", GDP, "growth", 7.8, "%")]),
    # 增产/减产 are growth verbs; 城镇/农村居民收入 are the income indicators
    (REVIEW, "粮食总产量达到2870万吨，增产1.2%。城乡居民收入年均分别增长10.1%和12.6%。",
     [R("2870万吨", GRAIN, GRAIN, "level", 2870, "万吨"), R("1.2%", GRAIN, GRAIN, "growth", 1.2, "%"),
      R("10.1%", "城镇居民收入", URB_INC, "growth", 10.1, "%"),
      R("12.6%", "农村居民收入", RUR_INC, "growth", 12.6, "%")]),
    # a cut written before what is cut is a fall of it; an adverb before the verb is no part of a name
    (REVIEW, "严格落实过紧日子要求，压减一般性支出12%，外贸进出口总额86.4亿元，逆势增长3.6%。",
     [R("12%", "一般性支出", None, "growth", -12, "%"), R("86.4亿元", "外贸进出口总额", TRADE, "level", 86.4, "亿元"),
      R("3.6%", "外贸进出口总额", TRADE, "growth", 3.6, "%")]),
    (PLAN, "继续压减一般性支出10%以上，压减粗钢产能260万吨。",
     [R("10%", "一般性支出", None, "growth", -10, "%", "at_least"),
      R("260万吨", "压减粗钢产能", None, "level", 260, "万吨")]),
    # a five-year plan's goal quoted beside the year's is a target of the plan's last year, for the
    # measure just named; a step in a rule of thumb (每提高1个百分点) is no measure
    (TARGETS, "地区生产总值增长7.5%左右，与“十三五”规划纲要提出的年均增长7%以上的目标相衔接。"
              "按照经济增长每提高1个百分点带动城镇新增就业10万人测算，力争地区生产总值突破860亿元，超过“十四五”规划确定的850亿元目标。",
     [R("7.5%", GDP, GDP, "growth", 7.5, "%", "about"),
      R("7%", GDP, GDP, "growth", 7, "%", "at_least", year=2020),
      R("10万人", "经济增长每提高1个百分点带动城镇新增就业", None, "level", 10, "万人"),
      R("860亿元", GDP, GDP, "level", 860, "亿元", "at_least"),
      R("850亿元", GDP, GDP, "level", 850, "亿元", year=2025)]),
    # livestock and flight units; 起降 is a noun (takeoffs and landings), not a fall
    (REVIEW, "粮食单产达到386斤/亩，牲畜出栏18.6万羊单位，机场起降1.8万架次，运动员获得金牌9枚。",
     [R("386斤/亩", "粮食单产", None, "level", 386, "斤/亩"),
      R("18.6万羊单位", "牲畜出栏", None, "level", 18.6, "万羊单位"),
      R("1.8万架次", "机场起降", None, "level", 1.8, "万架次"),
      R("9枚", "运动员获得金牌", None, "level", 9, "枚")]),
    # a forecast in the plan part is an estimated actual, not part of the plan's indicator system
    (TARGETS, "地区生产总值增长6%左右。综合研判，预计全年地区生产总值增长5.8%左右。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", headline=True),
      R("5.8%", GDP, GDP, "growth", 5.8, "%", "about", estimated=True, kind="actual", headline=False)]),
    # gaps to a target or to the schedule are no records; “十四五”末 is the plan's last year
    (REVIEW, "对照全年6%左右的预期目标，上半年增速仍差0.4个百分点。重点项目完成年度计划的52.9%，超序时进度2.9个百分点。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", kind="target"),
      R("52.9%", "重点项目完成年度计划", None, "level", 52.9, "%")]),
    (PLAN, "力争“十四五”末全州清洁能源装机规模达到400万千瓦以上。",
     [R("400万千瓦", "清洁能源装机规模", None, "level", 400, "万千瓦", "at_least", year=2025)]),
    # an ordinal pair (三、四级) opens the name of the thing counted after a number
    (REVIEW, "为约13000名三、四级持证残疾人购买医疗保险。",
     [R("13000名", "三、四级持证残疾人购买医疗保险", None, "level", 13000, "名", "about")]),
    # a comparison with an earlier run of months names no measure: the value is the subject's change;
    # 环比 is a basis, not part of a name; a threshold …万元及以上的 names what is counted
    (REVIEW, "全市规模以上工业增加值增长5.8%，增速比1—9月加快0.3个百分点。居民消费价格环比下降0.3%。"
             "统计范围为年主营业务收入2000万元及以上的工业法人单位。",
     [R("5.8%", IND, IND, "growth", 5.8, "%"), R("0.3个百分点", IND, IND, "change", 0.3, "个百分点"),
      R("0.3%", CPI, CPI, "growth", -0.3, "%")]),
    # 全力争取 holds no 力争; a value that is the year's goal (…的年度目标) is a target, not an estimate
    (REVIEW, "全力争取上级资金支持，争取地方政府专项债券资金12.6亿元。预计全年社会消费品零售总额增长5%左右；"
             "全年地区生产总值增长6%左右的预期目标有望完成，城镇新增就业6万人的年度目标已提前完成。",
     [R("12.6亿元", "地方政府专项债券资金", None, "level", 12.6, "亿元"),
      R("5%", RETAIL, RETAIL, "growth", 5, "%", "about", estimated=True),
      R("6%", GDP, GDP, "growth", 6, "%", "about", kind="target"),
      R("6万人", JOBS, JOBS, "level", 6, "万人", kind="target")]),
    # a gap to a later target and the pace still needed are no records; a year between a name and
    # its verb is the value's year
    (REVIEW, "研发经费投入强度2021年为2.31%，距2025年目标还有0.49个百分点的差距，后三年需年均提高0.16个百分点以上；"
             "单位地区生产总值能耗两年累计下降4.6%，后三年需累计下降9.8%左右。",
     [R("2.31%", RD, RD, "level", 2.31, "%", year=2021),
      R("4.6%", ENERGY, ENERGY, "growth", -4.6, "%")]),
    # a structure from one year to the next: six shares, the first three of the year before; a
    # planned recovery names the measure, not the verb
    (REVIEW, "三次产业结构由11.2:40.5:48.3调整为9.6:39.8:50.6。",
     [R("11.2", "第一产业比重", None, "level", 11.2, "", year=2021), R("40.5", "第二产业比重", None, "level", 40.5, "", year=2021),
      R("48.3", "第三产业比重", None, "level", 48.3, "", year=2021), R("9.6", "第一产业比重", None, "level", 9.6, ""),
      R("39.8", "第二产业比重", None, "level", 39.8, ""), R("50.6", "第三产业比重", None, "level", 50.6, "")]),
    (PLAN, "全年接待游客力争恢复到6.5亿人次。", [R("6.5亿人次", TOURISTS, TOURISTS, "level", 6.5, "亿人次")]),
    # counts of the government's own task list (折子工程) are no measures
    (REVIEW, "271项区政府折子工程、31项民生实事全面完成。", []),
    # tenths with a qualifier before a verb, or under 不足; 比上年新增 is a change; …，分别完成…约束性目标
    # names none: every value of its part is binding; older names of lexicon measures
    (REVIEW, "援建资金的八成以上投向农牧区。地方财政收入仅占地方财政支出的不足一成。全区公路通车里程达到5.84万公里，比上年新增2310公里。",
     [R("八成", "援建资金投向农牧区", None, "level", 8, "成", "at_least"),
      R("一成", "地方财政收入占地方财政支出", None, "level", 1, "成", "at_most"),
      R("5.84万公里", "公路通车里程", None, "level", 5.84, "万公里"),
      R("2310公里", "公路通车里程", None, "change", 2310, "公里")]),
    (REVIEW, "化学需氧量排放量控制在2.86万吨，二氧化硫排放量控制在0.41万吨，分别完成国家下达的约束性目标。"
             "地方财政收入36.8亿元，全社会消费品零售总额185.2亿元。",
     [R("2.86万吨", "化学需氧量排放量", None, "level", 2.86, "万吨", binding=True),
      R("0.41万吨", "二氧化硫排放量", None, "level", 0.41, "万吨", binding=True),
      R("36.8亿元", "地方财政收入", REV, "level", 36.8, "亿元"), R("185.2亿元", "全社会消费品零售总额", RETAIL, "level", 185.2, "亿元")]),
    # a comparison with the last plan's period names no measure; 仅 is no part of a name
    (REVIEW, "五年累计完成固定资产投资1386亿元，比“十二五”时期增加512亿元，研发经费投入强度仅1.3%。",
     [R("1386亿元", "五年累计完成固定资产投资", None, "level", 1386, "亿元"),
      R("512亿元", "五年累计完成固定资产投资", None, "change", 512, "亿元"), R("1.3%", RD, RD, "level", 1.3, "%")]),
    # a rate restated as the year's 调控目标 is that measure's target
    (REVIEW, "居民消费价格上涨1.8%，低于3%左右的年度调控目标。",
     [R("1.8%", CPI, CPI, "growth", 1.8, "%"), R("3%", CPI, CPI, "growth", 3, "%", "about", kind="target")]),
    # a rate named only as a pace (…的增速) is the economy's growth; 査 is an OCR 查
    (PLAN, "这样安排主要基于三方面考虑：一是6.5%左右的增速，体现了稳字当头。城镇调査失业率控制在5.5%左右。",
     [R("6.5%", GDP, GDP, "growth", 6.5, "%", "about", kind="target"),
      R("5.5%", "城镇调査失业率", "城镇调查失业率", "level", 5.5, "%", "about", kind="target")]),
    # a share named by 占 alone is of the total just named
    (REVIEW, "全市一般公共预算支出268.4亿元，增长9.7%，其中民生支出占77.6%。",
     [R("268.4亿元", "一般公共预算支出", "一般公共预算支出", "level", 268.4, "亿元"),
      R("9.7%", "一般公共预算支出", "一般公共预算支出", "growth", 9.7, "%"),
      R("77.6%", "民生支出占一般公共预算支出比重", None, "level", 77.6, "%")]),
    # a note on the value before (（约束性）) is no part of the next one's name
    (PLAN, "全年保障性住房开工28万套（约束性）、基本建成18万套。",
     [R("28万套", "保障性住房开工", None, "level", 28, "万套", binding=True, kind="target"),
      R("18万套", "保障性住房开工基本建成", None, "level", 18, "万套", kind="target")]),
    # targets restated as a list before 的目标: each value names its own measure, not the goal after it
    (REVIEW, "对照年初确定的地区生产总值增长6%左右、固定资产投资增长6%以上的目标，两项指标未能完成。",
     [R("6%", GDP, GDP, "growth", 6, "%", "about", kind="target"),
      R("6%", FAI, FAI, "growth", 6, "%", "at_least", kind="target")]),
    # a five-year total keeps 五年累计 in its name; its yearly rate is the measure's own growth
    (REVIEW, "五年累计完成全社会固定资产投资7.62万亿元，年均增长18.3%。",
     [R("7.62万亿元", "五年累计完成全社会固定资产投资", None, "level", 7.62, "万亿元"),
      R("18.3%", FAI, FAI, "growth", 18.3, "%")]),
]

# the rows of a flattened targets-vs-actuals table (columns: 指标, 2022年目标, 2022年完成, 与目标±)
# a count of things cut is a level of that many, not a negative one
CUT_COUNT_CASES = [
    (REVIEW, "县级行政审批事项精简74项。",
     [R("74项", "县级行政审批事项精简", None, "level", 74, "项", kind="actual")]),
    # a turn in the year's course (由一季度下降12.6%转为全年增长4.5%): the same measure
    (REVIEW, "规模以上工业增加值由一季度下降12.6%转为全年增长4.5%。",
     [R("12.6%", IND, IND, "growth", -12.6, "%", kind="actual"), R("4.5%", IND, IND, "growth", 4.5, "%", kind="actual")]),
]

# a targets list written ——label：values； (the label names the values after its colon)
DASH_LABEL_CASES = [
    (TARGETS, "——地区生产总值：增长8%左右；",
     [R("8%", GDP, GDP, "growth", 8, "%", "about", kind="target", headline=True)]),
    (TARGETS, "——城镇新增就业：2600人；城镇登记失业率：控制在4%以内；",
     [R("2600人", "城镇新增就业", "城镇新增就业", "level", 2600, "人", kind="target", headline=True),
      R("4%", "城镇登记失业率", "城镇登记失业率", "level", 4, "%", "at_most", kind="target", headline=True)]),
]

TABLE_CASES = [
    (TABLE, "\t1﹒地区生产总值\n\t7.5%左右\n\t2.7%\n\t-4.8个百分点\n",
     [R("7.5%", GDP, GDP, "growth", 7.5, "%", "about", kind="target", headline=True),
      R("2.7%", GDP, GDP, "growth", 2.7, "%", kind="actual", headline=True)]),
    (TABLE, "\t3﹒全社会固定资产投资总额\n\t10.0%\n\t3.2%（预计）\n\t-6.8个百分点\n",
     [R("10.0%", FAI, FAI, "growth", 10.0, "%", kind="target", headline=True),
      R("3.2%", FAI, FAI, "growth", 3.2, "%", kind="actual", estimated=True, headline=True)]),
    (TABLE, "\t5﹒一般公共预算收入\n\t3.78%\n\t-15.9%\n\t-19.68个百分点\n",
     [R("3.78%", REV, REV, "growth", 3.78, "%", kind="target", headline=True),
      R("-15.9%", REV, REV, "growth", -15.9, "%", kind="actual", headline=True)]),
    (TABLE, "\t6﹒进出口总额\n\t5%以上\n\t60.0%\n\t+55个百分点\n",
     [R("5%", TRADE, TRADE, "growth", 5, "%", "at_least", kind="target", headline=True),
      R("60.0%", TRADE, TRADE, "growth", 60.0, "%", kind="actual", headline=True)]),
    (TABLE, "\t9﹒城镇化率\n\t提高1.8个百分点\n\t提高1.8个百分点（预计）\n\t完成\n",
     [R("1.8个百分点", URB, URB, "change", 1.8, "个百分点", kind="target", headline=True),
      R("1.8个百分点", URB, URB, "change", 1.8, "个百分点", kind="actual", estimated=True, headline=True)]),
    (TABLE, "\t10﹒城镇调查失业率\n\t5.5%以内\n\t5.5%以内\n\t完成\n",
     [R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most", kind="target", headline=True),
      R("5.5%", UNEMP, UNEMP, "level", 5.5, "%", "at_most", kind="actual", headline=True)]),
    (TABLE, "\t11﹒粮食总产量\n\t29万吨左右\n\t28.9万吨\n\t完成\n",
     [R("29万吨", GRAIN, GRAIN, "level", 29, "万吨", "about", kind="target", headline=True),
      R("28.9万吨", GRAIN, GRAIN, "level", 28.9, "万吨", kind="actual", headline=True)]),
    (TABLE, "\t12﹒单位地区生产总值能耗*\n\t下降3.1%\n\t下降3.1%\n\t完成\n",
     [R("3.1%", ENERGY, ENERGY, "growth", -3.1, "%", kind="target", binding=True, headline=True),
      R("3.1%", ENERGY, ENERGY, "growth", -3.1, "%", kind="actual", binding=True, headline=True)]),
    (TABLE, "\t7﹒城镇常住居民人均可支配收入\n\t7.5%\n\t3.6%\n\t-3.9个百分点\n\n"
            "\t8﹒农村常住居民人均可支配收入\n\t9.5%\n\t5.1%\n\t-4.4个百分点\n",
     [R("7.5%", URB_INC, URB_INC, "growth", 7.5, "%", kind="target", headline=True),
      R("3.6%", URB_INC, URB_INC, "growth", 3.6, "%", kind="actual", headline=True),
      R("9.5%", RUR_INC, RUR_INC, "growth", 9.5, "%", kind="target", headline=True),
      R("5.1%", RUR_INC, RUR_INC, "growth", 5.1, "%", kind="actual", headline=True)]),
]

# Cases where the extractor disagrees with the guideline today: {sentence: reason}. Filled from runs.
KNOWN_FAILURES: dict[str, str] = {
    "改造黄金大道等13条道路、节点绿化景观约9万平方米，城市园林绿化补缺提质7万平方米。":
        "13条: name '道路' shares too few bigrams with the golden name '绿化景观改造道路' (reference report)",
}


def _params(cases):
    out = []
    for i, (part, sentence, expected) in enumerate(cases):
        cid = f"{part}-{i:03d}"
        reason = KNOWN_FAILURES.get(sentence)
        if reason:
            out.append(xfail(part, sentence, expected, reason, id=cid))
        else:
            out.append(pytest.param(part, sentence, expected, id=cid))
    return out


@pytest.mark.parametrize("part,sentence,expected", _params(CASES + TABLE_CASES + DASH_LABEL_CASES + CUT_COUNT_CASES))
def test_indicator_table(part, sentence, expected):
    check(part, sentence, expected)


def test_table_has_enough_cases():
    assert len(CASES) + len(TABLE_CASES) >= 80


# --------------------------------------------------------------------------------------------------
# properties over the whole pipeline

def _corpus_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for piece in re.split(r"(?<=[。；;！？\n])", text):
            if 4 <= len(piece) <= 400:
                out.append(piece)
    return out


SENTENCES = _corpus_sentences()
HEADS = ["", TITLE + REVIEW_HEAD, TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD]

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                             suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(head=st.sampled_from(HEADS),
       parts=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12),
       seps=st.lists(st.sampled_from(["", "\n", "\r\n", " ", "\t"]), min_size=12, max_size=12))
def test_spans_are_the_text_and_never_overlap(head, parts, seps):
    text = head + "".join(p + s for p, s in zip(parts, seps))
    doc = extract(text)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    spans = []
    for ind in doc.indicators:
        s, e = ind.span
        assert 0 <= s < e <= len(normalised)
        assert normalised[s:e] == ind.text, (ind.span, ind.text, normalised[s:e])
        spans.append((s, e))
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"overlapping spans {(s1, e1)} and {(s2, e2)}"


@PROPERTY_SETTINGS
@given(parts=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=10))
def test_records_are_well_formed(parts):
    """Every record a guideline-shaped one: a numeric text, a value_max above value, a year and a
    kind that are possible."""
    text = TITLE + REVIEW_HEAD + "".join(parts)
    doc = extract(text)
    for ind in doc.indicators:
        assert re.search(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]", ind.text), ind
        assert ind.unit and not re.search(r"\s", ind.unit), ind
        if ind.value_max is not None:
            assert ind.value_max > ind.value, ind
        assert 1949 <= ind.year <= 2100, ind


def test_news_item_years_and_plans():
    """A January news item: last year's results under a sentence opening with that year (carried to
    the next paragraph), this year's plans after 将 or 目标为."""
    text = ("某省召开2023年全省商务工作新闻发布会\n发布时间：2023-01-20\n"
            "2022年，全省商务系统稳住了外贸基本盘。全年社会消费品零售总额达到2.06万亿元，增长5.1%。\n"
            "外贸方面，进出口总额5360.6亿元，下降4.6%。\n"
            "发布会介绍，2023年全省商务工作的主要预期目标为：社会消费品零售总额增长5.5%左右。\n"
            "省商务厅将重点抓好消费促进，全年举办促消费活动2500场以上。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"2.06万亿元": (2022, "actual"), "5.1%": (2022, "actual"), "5360.6亿元": (2022, "actual"),
                   "4.6%": (2022, "actual"), "5.5%": (2023, "target"), "2500场": (2023, "target")}


def test_news_item_targets_take_the_year_written_in_unless_set_against_a_result():
    """In a January news item a target with no year of its own is this year's, even while last year's
    run of results goes on; a result set against the year's plan (低于年初…的预期目标) keeps that
    plan in its own year and is no target cue for the values after it; 今年 after two lead-ins opens
    this year; a level 从2020年的… is 2020's even after 以来."""
    text = ("某省审议批准2025年计划草案\n发布时间：2025-01-16\n\n"
            "报告显示，2024年全省地区生产总值达到5.78万亿元，增长5.5%。"
            "社会消费品零售总额增速低于年初6%左右的预期目标，全年汽车类零售额下降3.9%。\n"
            "对外开放方面，报告提出，今年全省外贸进出口力争增长3%左右。\n"
            "负责人表示，“十四五”以来，数字经济规模占地区生产总值的比重从2020年的45%提高到52%。"
            "5.5%左右的增长目标，与“十四五”规划确定的年均增长6%左右的目标相衔接。\n")
    got = [(r.text, r.year, r.kind) for r in extract(text).indicators]
    assert got == [("5.78万亿元", 2024, "actual"), ("5.5%", 2024, "actual"), ("6%", 2024, "target"),
                   ("3.9%", 2024, "actual"), ("3%", 2025, "target"), ("45%", 2020, "actual"),
                   ("52%", 2024, "actual"), ("5.5%", 2025, "target"), ("6%", 2025, "target")]


def test_a_binding_note_after_a_numbered_target_list_names_binding_items_of_the_list():
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD +
            "1.地区生产总值增长6%左右；\n2.粮食总产量稳定在14.5万吨以上；\n"
            "3.森林覆盖率达到38.1%，草原综合植被盖度稳定在83.8%以上；\n4.城镇新增就业5500人以上。\n\n"
            "上述目标中，粮食总产量、森林覆盖率、草原综合植被盖度为约束性指标，其余为预期性指标。\n")
    got = {r.text: r.binding for r in extract(text).indicators}
    assert got == {"6%": False, "14.5万吨": True, "38.1%": True, "83.8%": True, "5500人": False}


def test_a_long_binding_note_with_full_names_joined_by_he():
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD +
            "1.粮食总产量稳定在14.5万吨以上；\n2.森林覆盖率达到38.1%，草原综合植被盖度稳定在83.8%以上；\n"
            "3.单位地区生产总值能耗下降2.5%，能源消费总量控制在100万吨标准煤以内；\n4.城镇新增就业5500人以上。\n\n"
            "上述目标中，粮食总产量、森林覆盖率、草原综合植被盖度、单位地区生产总值能耗、能源消费总量和主要污染物排放总量"
            "为约束性指标，其余为预期性指标。\n")
    got = {r.text: r.binding for r in extract(text).indicators}
    assert got == {"14.5万吨": True, "38.1%": True, "83.8%": True, "2.5%": True, "100万吨标准煤": True, "5500人": False}


def test_notes_closing_a_statistics_release_give_no_records():
    text = ("某市统计局\n2024年1—10月全市经济运行情况\n发布时间：2024-11-18\n\n"
            "1—10月，全市规模以上工业增加值同比增长5.8%。\n\n附注：\n"
            "1．规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n"
            "2．可支配收入包含工资性收入、经营净收入、财产净收入和转移净收入四项。\n")
    assert [r.text for r in extract(text).indicators] == ["5.8%"]


def test_a_five_year_plans_goals_are_targets_of_its_last_year():
    text = ("关于某区2010年国民经济和社会发展计划执行情况与2011年计划草案的报告\n一、2010年计划执行情况\n全年经济平稳。\n"
            "二、2011年主要预期目标\n“十二五”时期全区经济社会发展的主要目标是：生产总值年均增长12%以上。\n"
            "与“十二五”规划纲要相衔接，建议2011年全区经济社会发展的主要预期目标是：生产总值增长12%左右。\n")
    got = [(r.text, r.year, r.kind) for r in extract(text).indicators]
    assert got == [("12%", 2015, "target"), ("12%", 2011, "target")]


def test_a_new_terms_goals_to_the_plans_end_are_of_that_plans_last_year():
    """二、今后五年的奋斗目标 in a 2012 report: 到“十二五”末… runs to 2015, not to the term's fifth year."""
    text = ("政府工作报告\n——2012年1月6日在某区第十五届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "五年来，全区地区生产总值年均增长14.9%。\n二、今后五年的奋斗目标\n"
            "主要目标是：到“十二五”末，全区地区生产总值突破800亿元；五年新增城镇就业7万人以上。\n"
            "三、2012年工作安排\n全区地区生产总值增长12%左右。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["800亿元"] == got["7万人"] == (2015, "target")
    assert got["12%"] == (2012, "target")


def test_figures_leading_the_lines_of_a_shushuo_page_restate_their_sentences_values():
    """数说政府工作报告: each line led by a figure ('3156.8亿元——2023年，…', '【8%】…', '128家 …') that its
    sentence then states; the lead takes the stated value's name, year and kind; a year after the
    lead opens the sentence."""
    text = ("数说政府工作报告|一组数据看某市“成绩单”和“任务书”\n2024-01-23 08:56:12 来源:某市日报\n\n"
            "3156.8亿元——2023年,全市地区生产总值达到3156.8亿元。\n\n"
            "5.6%——去年全市地区生产总值同比增长5.6%。\n\n"
            "今年全市经济社会发展的主要预期目标是:\n\n【8%】固定资产投资增长8%左右。\n\n"
            "128家 2023年新增规上工业企业128家。\n")
    got = [(r.text, r.canonical, r.year, r.kind, r.measure) for r in extract(text).indicators]
    assert got == [("3156.8亿元", GDP, 2023, "actual", "level"), ("3156.8亿元", GDP, 2023, "actual", "level"),
                   ("5.6%", GDP, 2023, "actual", "growth"), ("5.6%", GDP, 2023, "actual", "growth"),
                   ("8%", FAI, 2024, "target", "growth"), ("8%", FAI, 2024, "target", "growth"),
                   ("128家", None, 2023, "actual", "level"), ("128家", None, 2023, "actual", "level")]


def test_a_binding_label_before_the_values_binds_the_rest_of_its_sentence():
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD +
            "地区生产总值增长6.5%左右。约束性指标：PM2.5平均浓度控制在28微克/立方米以内，耕地保有量不低于12.36万亩。"
            "城镇新增就业1万人以上。\n")
    got = {r.text: r.binding for r in extract(text).indicators}
    assert got == {"6.5%": False, "28微克/立方米": True, "12.36万亩": True, "1万人": False}


def test_a_binding_label_saying_the_targets_were_met_binds_the_values_after_its_colon():
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE +
            "节能减排约束性指标全面完成：预计单位地区生产总值能耗下降5.8%，化学需氧量、氨氮排放量分别下降2.6%、3.1%。"
            "淘汰落后炼铁产能120万吨。\n")
    got = {r.text: r.binding for r in extract(text).indicators}
    assert got == {"5.8%": True, "2.6%": True, "3.1%": True, "120万吨": False}


@pytest.mark.parametrize("period,last", [("十一五", 2010), ("十二五", 2015), ("十三五", 2020), ("十四五", 2025),
                                         ("十五五", 2030)])
def test_every_five_year_plan_gives_its_last_year(period, last):
    """Each plan period the rules read (“十X五”时期…主要目标是：, “十X五”末, 与“十X五”规划确定的…) has a last
    year: a 2026 report speaks of the 十五五 (this once crashed the extractor)."""
    text = ("关于某市2005年国民经济和社会发展计划执行情况与2006年计划草案的报告\n一、2005年计划执行情况\n全年经济平稳。\n"
            f"二、2006年主要预期目标\n“{period}”时期全市经济社会发展的主要目标是：生产总值年均增长6%以上。\n"
            f"到“{period}”末，常住人口城镇化率达到70%。与“{period}”规划确定的年均增长5%左右的目标相衔接。\n")
    got = [(r.text, r.year, r.kind) for r in extract(text).indicators]
    assert got == [("6%", last, "target"), ("70%", last, "target"), ("5%", last, "target")]


def test_a_target_list_numbered_with_closing_brackets_is_the_headline_list():
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE +
            "\n二、2023年主要预期目标\n建议2023年全市经济社会发展主要预期目标为：\n1）地区生产总值增长5.5%左右；\n"
            "2）规模以上工业增加值增长5%左右；\n3）居民消费价格涨幅控制在3%左右。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("5.5%", True), ("5%", True), ("3%", True)]


def test_a_headings_report_of_goals_met_opens_no_plan_part():
    text = ("关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n\n"
            "一、“十四五”规划实施和2025年国民经济和社会发展计划执行情况\n\n（一）“十四五”规划主要目标任务圆满完成\n\n"
            "全市地区生产总值达到3286亿元。\n")
    (gdp,) = extract(text).indicators
    assert (gdp.year, gdp.kind) == (2025, "actual")


def test_news_item_last_year_inside_a_year_run():
    """In a news item 去年 in a sentence gives last year's results even while a year opened earlier runs."""
    text = ("某省2025年经济社会发展主要预期目标发布\n发布时间：2025-01-20\n"
            "2025年全省地区生产总值预期增长5.5%左右。\n"
            "出口方面，去年全省出口额达到210亿元，增长11.2%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"5.5%": (2025, "target"), "210亿元": (2024, "actual"), "11.2%": (2024, "actual")}


def test_a_several_year_block_runs_over_its_dashed_paragraphs():
    text = (TITLE + REVIEW_HEAD + "五年来，我们主要做了以下工作：\n\n"
            "——坚持工业强市。规模以上工业企业由1126家增加到1542家。\n"
            "2022年，全市地区生产总值增长3.1%；规模以上工业企业由1480家增加到1542家。\n")
    got = [(r.text, r.year) for r in extract(text).indicators]
    # (in the one-year paragraph the start value is the year before's level)
    assert got == [("1126家", 2017), ("1542家", 2022), ("3.1%", 2022), ("1480家", 2021), ("1542家", 2022)]


def test_the_reports_own_place_is_no_part_of_a_name():
    text = ("江油市2021年政府工作报告\n——2021年2月20日在江油市第十八届人民代表大会第六次会议上\n各位代表：\n"
            "一、2020年工作回顾\n江油全年接待游客1860万人次，增长12%。\n")
    (visitors, growth) = extract(text).indicators
    assert (visitors.name, visitors.canonical) == ("接待游客", "接待游客")
    assert growth.canonical == "接待游客"


def test_news_item_headline_last_year_and_results_so_far():
    """A news item on a city's targets: the page headline restates figures (no headline); the targets
    sentence and the first sentence of last year's results are the headline; 去年 is the year before
    the text's own even after a sentence opened with that year; “十四五”以来 gives results so far; a
    value in a quoted speech is read; who states a figure (X提出) is not part of its name."""
    text = ("某市2025年主要预期目标出炉：GDP增长6%左右\n2025-01-17 08:36　来源：某市日报\n"
            "记者从报告中了解到，2025年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。\n"
            "“6%左右的增长目标，既与规划目标相衔接，也留有余地。”市发展改革委主任表示，这一目标是综合考虑后确定的。\n"
            "报告显示，2024年全市经济运行稳中向好，地区生产总值达到3046.8亿元，增长5.7%。全市城镇新增就业6.8万人。"
            "去年全市接待游客6820万人次。\n"
            "从各县看，东区、高桥县提出地区生产总值增长6.5%左右。\n"
            "据了解，“十四五”以来，全市地区生产总值年均增长5.9%。\n")
    got = {(r.text, r.span[0]): (r.year, r.kind, r.headline) for r in extract(text).indicators}
    by_text = {}
    for (t, start), v in sorted(got.items(), key=lambda kv: kv[0][1]):
        by_text.setdefault(t, []).append(v)
    assert by_text["6%"] == [(2025, "target", False), (2025, "target", True), (2025, "target", False)]
    (quoted,) = [r for r in extract(text).indicators if r.text == "6%" and r.rule == "ind.goal"]
    assert (quoted.canonical, quoted.measure) == ("地区生产总值", "growth")
    assert by_text["8%"] == [(2025, "target", True)]
    assert by_text["3046.8亿元"] == [(2024, "actual", True)] and by_text["5.7%"] == [(2024, "actual", True)]
    assert by_text["6.8万人"] == [(2024, "actual", False)]
    assert by_text["6820万人次"] == [(2024, "actual", False)]
    assert by_text["5.9%"] == [(2024, "actual", False)]
    (county,) = [r for r in extract(text).indicators if r.text == "6.5%"]
    assert county.canonical == "地区生产总值"


def test_indicator_details_after_the_opening_results_are_no_headline():
    """Once the opening sentence gave the year's results, a review heading 主要指标完成情况 opens details;
    an indented plan heading 主要预期目标 still arms the targets list below its intro paragraph."""
    text = (TITLE + REVIEW_HEAD + "主要目标任务较好完成。全年实现地区生产总值680.2亿元，增长3.8%；一般公共预算收入76.5亿元，增长5.2%。\n"
            "（一）主要指标完成情况\n1.地区生产总值。全年实现地区生产总值680.2亿元，完成年度目标的98.6%，比上年增长3.8%。\n"
            "    二、2023年经济社会发展主要预期目标\n    综合考虑各方面因素，建议全区经济社会发展主要预期目标为:\n"
            "    --地区生产总值增长7%左右;\n    --一般公共预算收入增长8%;\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("680.2亿元", True), ("3.8%", True), ("76.5亿元", True), ("5.2%", True),
                   ("680.2亿元", False), ("98.6%", False), ("3.8%", False), ("7%", True), ("8%", True)]


def test_a_sentence_on_the_first_quarter_does_not_open_the_years_results():
    """地区生产总值从一季度下降6.8%逐季回升 tells the year's course; the next sentence opens its results."""
    text = (TITLE + REVIEW_HEAD + "面对疫情冲击，全市上下统筹推进，地区生产总值从一季度下降6.8%逐季回升，全年实现正增长。\n"
            "全年地区生产总值完成2410.8亿元，增长3.2%；规模以上工业增加值增长2.9%；固定资产投资增长4.6%。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("6.8%", False), ("2410.8亿元", True), ("3.2%", True), ("2.9%", True), ("4.6%", True)]
    # each quarter named before its measure (一季度地区生产总值同比下降3.9%，上半年增长0.9%…)
    text = (TITLE + REVIEW_HEAD + "经济运行走出了一条先降后升的曲线：一季度地区生产总值同比下降3.9%，上半年增长0.9%，实现由负转正，"
            "前三季度增长2.5%，逐季回升态势明显。预计全年地区生产总值达到18650亿元，增长3.6%；规模以上工业增加值增长4.1%。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("3.9%", False), ("0.9%", False), ("2.5%", False), ("18650亿元", True), ("3.6%", True), ("4.1%", True)]
    # the year's course in the sentence after the opening results: not part of them
    text = (TITLE + REVIEW_HEAD + "预计全年实现地区生产总值186.4亿元，增长3.6%；规模以上工业增加值增长4.2%；固定资产投资增长5.1%。"
            "全县经济从一季度下降6.8%、上半年增长0.9%到前三季度增长2.7%，逐季回升。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("186.4亿元", True), ("3.6%", True), ("4.2%", True), ("5.1%", True),
                   ("6.8%", False), ("0.9%", False), ("2.7%", False)]


def test_a_news_paragraph_on_last_years_list_is_last_years_to_its_end():
    """记者…获悉,去年确定的十件民生实事已全部完成…。全年新建…: the paragraph reviews last year."""
    text = ("今年我市将办好十件民生实事\n\n2022-01-18 10:23:06   来源: 某某日报\n\n"
            "  报告提出,2022年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n\n"
            "  记者从市发展改革委获悉,去年确定的十件民生实事已全部完成,累计完成投资35.9亿元。"
            "全年新建改扩建中小学、幼儿园19所,新增学位1.1万个。\n\n  今年,全市将新增学位1.3万个。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["7%"] == (2022, "target") and got["1.3万个"] == (2022, "target")
    assert got["35.9亿元"] == got["19所"] == got["1.1万个"] == (2021, "actual")


def test_an_average_since_the_plan_began_beside_the_years_results_leaves_them_the_opening():
    """预计…完成868.5亿元，增长5.6%，“十四五”以来年均增长6.1%；…: the year's results, an aside on the
    average; a later section's figures are no headline."""
    text = (TITLE + REVIEW_HEAD + "预计全区地区生产总值完成868.5亿元，增长5.6%左右，“十四五”以来年均增长6.1%；"
            "规模以上工业增加值增长7.8%；固定资产投资增长5.2%。\n（三）民生福祉持续增进\n城镇新增就业2.86万人。\n")
    got = {r.text: r.headline for r in extract(text).indicators}
    assert got["868.5亿元"] and got["5.6%"] and got["7.8%"] and got["5.2%"]
    assert not got["2.86万人"]


def test_a_year_after_a_bracketed_heading_opens_the_sentence():
    """【社会消费品零售总额：增长9%】2018年全省…: the heading restates this year's target; the year after it
    opens the sentence of last year's results."""
    text = ("今年GDP预期增长6.5%左右\n2019-01-22 07:15　来源：某日报\n\n"
            "　　【社会消费品零售总额：增长9%】2018年全省社会消费品零售总额达到10180亿元，增长9.6%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators if r.span[0] > 40}
    assert got["10180亿元"] == got["9.6%"] == (2018, "actual")


def test_an_earlier_year_opening_a_sentence_inside_a_news_paragraph_holds_in_it_only():
    """…提交大会审议。2015年，全市十件民生实事全部完成… then a paragraph of this year's list: the list's figures
    are of the page's year, planned."""
    text = ("某市2016年十二件民生实事正式发布\n发布时间：2016-02-19 08:40\n\n"
            "　　今年的民生实事项目经市政府常务会议研究后提交大会审议。2015年，全市十件民生实事全部完成，累计完成投资19.2亿元。\n\n"
            "　　十二件民生实事具体为：①新建公办幼儿园15所；②改造城区棚户区5200户。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["19.2亿元"] == (2015, "actual")
    assert got["15所"] == got["5200户"] == (2016, "target")


def test_a_wechat_copy_of_cards_under_a_results_heading():
    """▍2024年成绩单 over cards (地区生产总值2860亿元 / 增长5.8%; 规上工业增加值 / 增长7.1%): last year's results,
    headline, each figure named by its card's first line."""
    text = ("重磅!一图速览2025年某市政府工作报告\n\n2025年01月16日 08:30\n\n▍2024年成绩单\n\n地区生产总值2860亿元\n增长5.8%\n\n"
            "规上工业增加值\n增长7.1%\n\n▍2025年目标\n\n地区生产总值\n增长5.5%左右\n")
    got = [(r.name, r.text, r.year, r.kind, r.headline) for r in extract(text).indicators]
    assert got[:3] == [("地区生产总值", "2860亿元", 2024, "actual", True), ("地区生产总值", "5.8%", 2024, "actual", True),
                       ("规上工业增加值", "7.1%", 2024, "actual", True)]
    assert got[3][:4] == ("地区生产总值", "5.5%", 2025, "target")


def test_a_quote_opening_with_last_year_reviews_it_to_the_paragraphs_end():
    """“去年，…。”市长说，“全市地区生产总值完成1286.4亿元…”: the mayor's words on last year's results."""
    text = ("市十六届人大六次会议开幕　今年GDP增长7.5%左右\n\n2016-02-17 10:26:41　来源：某日报\n\n"
            "　　“去年，全市上下稳增长、调结构，经济运行总体平稳。”市长说，“全市地区生产总值完成1286.4亿元，增长8.1%。”\n\n"
            "　　谈到今年的目标，市长说：“全市地区生产总值增长7.5%左右。”\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators if r.span[0] > 60}
    assert got["1286.4亿元"] == got["8.1%"] == (2015, "actual")
    assert got["7.5%"] == (2016, "target")


def test_a_year_opening_a_part_after_a_colon_holds_for_the_later_parts():
    """回望“十三五”，…新台阶：2020年全市地区生产总值达到3612.8亿元；一般公共预算收入突破300亿元；…: 2020's
    results, a look back over five years (no headline)."""
    text = ("“十四五”蓝图绘就！某市未来五年发展目标定了\n时间：2021-02-05 09:18\n\n"
            "回望“十三五”，某市综合实力跃上新台阶：2020年全市地区生产总值达到3612.8亿元；一般公共预算收入突破300亿元；"
            "常住人口城镇化率达到63.5%。\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["3612.8亿元"] == got["300亿元"] == got["63.5%"] == (2020, "actual", False)


def test_an_excerpt_opening_inside_the_targets_list_is_the_plans_headline_list():
    """——科技创新：…达到1.85%… / ——对外开放：进出口总额增长8%左右 (the list's cue cut off above), then 三、2014年…:
    the plan's targets, headline."""
    text = ("——科技创新：每万人口发明专利拥有量达到3.2件，全社会研发经费投入强度达到1.85%。\n"
            "——对外开放：进出口总额增长8%左右，实际利用外资增长10%。\n"
            "上述目标的确定主要考虑了以下因素。2013年全省生产总值预计增长9.8%。\n"
            "三、2014年经济社会发展的主要任务\n2014年是全面深化改革的第一年。\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["3.2件"] == got["1.85%"] == got["8%"] == got["10%"] == (2014, "target", True)
    assert got["9.8%"][:2] == (2013, "actual")


def test_an_excerpt_opening_inside_a_bulleted_targets_list_is_the_plans_headline_list():
    """●社会消费品零售总额增长10%左右。 / ●…控制在4.5%以内… (the list's cue cut off above), then the reasons with
    last year's results: the bullets are the plan's targets, headline."""
    text = ("●社会消费品零售总额增长10%左右。\n●一般公共预算收入增长7%左右,与经济增长基本同步。\n"
            "●城镇登记失业率控制在4.5%以内,城镇新增就业60万人以上。\n注:带*的为约束性指标。\n"
            "(四)关于生态环境类指标。2017年全省森林覆盖率达到41.1%。2018年是打好污染防治攻坚战的开局之年。\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["10%"] == got["7%"] == got["4.5%"] == got["60万人"] == (2018, "target", True)
    assert got["41.1%"][:2] == (2017, "actual")


def test_a_news_pages_title_arms_no_list_and_its_results_so_far_are_no_headline():
    """某区召开12月份经济运行分析会 全年主要指标预计稳中有升 / 会议通报，1—11月，…: the title's 主要指标 introduces no
    list, and the figures of eleven months are not the year's results."""
    text = ("某区召开12月份经济运行分析会 全年主要指标预计稳中有升\n发布时间：2014-12-19 16:30\n\n"
            "12月18日，区政府召开经济运行分析会，通报1—11月全区经济运行情况。\n\n"
            "会议通报，1—11月，全区规模以上工业增加值完成168.2亿元，同比增长9.3%；全社会固定资产投资完成245.6亿元，增长16.8%；"
            "社会消费品零售总额131.7亿元，增长12.6%。\n")
    assert not any(r.headline for r in extract(text).indicators)


def test_news_item_counts_this_year_and_last_year_from_its_date():
    """A January 2025 page on 2024 results under breadcrumb chrome: the title gives the year spoken of
    (2024); 去年 and 今年 count from the page date (2024, 2025)."""
    text = ("某市新闻网 首页 > 要闻 > 经济\n2024年某市GDP增长6.1%\n2025-01-24 09:12　来源：某市日报\n\n"
            "全市实现地区生产总值3286.4亿元，同比增长6.1%。\n"
            "“去年我们新开工亿元以上产业项目31个。”区发改局负责人介绍。\n"
            "今年，全市地区生产总值预期增长6%左右。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["3286.4亿元"] == (2024, "actual") and got["31个"] == (2024, "actual")
    assert got["6%"] == (2025, "target")


def test_a_news_paragraph_opening_with_last_year_speaks_of_it_to_its_end_and_no_further():
    """A press conference in early 2024: 去年我们… opens a paragraph on 2023 results, whose next sentences
    (with no year of their own) are 2023 results too; the next paragraph is read from the page date again."""
    text = ("某省发展和改革委员会\n当前位置：首页 > 新闻发布\n发布时间：2024-02-02 10:30\n\n"
            "答：谢谢你的提问。去年我们坚持尽力而为，全省城镇新增就业86.4万人。在养老领域，新增养老床位2.1万张。\n\n"
            "今年，全省城镇新增就业目标为80万人以上。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["86.4万人"] == (2023, "actual") and got["2.1万张"] == (2023, "actual")
    assert got["80万人"] == (2024, "target")


def test_a_years_targets_named_mid_sentence_before_their_colon():
    """答：省政府工作报告提出的2024年全省主要预期目标是：… on a page about 2023: targets of 2024."""
    text = ("某省发展和改革委员会\n当前位置：首页 > 新闻发布\n2023年全省经济运行情况新闻发布会\n发布时间：2024-02-02 10:30\n\n"
            "去年，全省地区生产总值增长5.8%。\n\n"
            "答：谢谢。省政府工作报告提出的2024年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业80万人以上。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["5.8%"] == (2023, "actual")
    assert got["5.5%"] == (2024, "target") and got["80万人"] == (2024, "target")


def test_a_january_notice_on_last_years_results_keeps_that_year_for_its_targets_and_results():
    """The issuing body's line comes before the title; the title (关于2024年…完成情况的通报) gives the year,
    and the notice's planned figures are that year's targets, not the page year's."""
    text = ("某市人民政府门户网站\n当前位置：首页 > 政务公开\n发布时间：2025-01-17 10:24\n\n某市人民政府办公室\n"
            "关于2024年市政府十件民生实事完成情况的通报\n\n"
            "全年累计完成投资34.82亿元，为年度计划投资31.5亿元的110.5%。计划新建社区食堂60个，实际建成64个。"
            "今年以来，各区县还同步建设了便民服务设施。\n\n全年新增城市绿地57.3万平方米。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["34.82亿元"] == (2024, "actual") and got["31.5亿元"] == (2024, "target")
    assert got["60个"] == (2024, "target") and got["64个"] == (2024, "actual")
    assert got["57.3万平方米"] == (2024, "actual")     # a 今年 inside the paragraph before holds only there


def test_a_release_of_part_year_figures_with_figure_cards():
    """A statistics bureau's 1—6月 release: a card's figure is named by the line under it (…增速 makes a bare %
    a growth), its description line keeps that name, and such a release has no headline system."""
    text = ("某某市统计局\n当前位置：首页 > 统计数据 > 月度数据\n2024年1—6月全市主要经济指标\n发布时间：2024-07-19 17:30\n\n"
            "【数说上半年】\n\n1086.52 亿元\n全市地区生产总值\n同比增长5.6%，增速比一季度加快0.4个百分点\n\n"
            "7.8%\n规模以上工业增加值增速\n比全省平均水平高1.6个百分点\n\n上半年全市经济运行稳中向好\n\n"
            "上半年，全市实现地区生产总值1086.52亿元，同比增长5.6%；规模以上工业增加值增长7.8%；社会消费品零售总额486.9亿元。\n")
    got = extract(text).indicators
    first = [r for r in got if r.span[0] < text.index("上半年全市经济")]
    assert [(r.text, r.canonical, r.measure) for r in first] == [
        ("1086.52 亿元", "地区生产总值", "level"), ("5.6%", "地区生产总值", "growth"), ("0.4个百分点", "地区生产总值", "change"),
        ("7.8%", "规模以上工业增加值", "growth"), ("1.6个百分点", "规模以上工业增加值", "change")]
    assert all(r.year == 2024 and r.kind == "actual" and not r.headline for r in got)


def test_a_page_of_cards_names_its_figures_and_its_main_indicators_are_headline():
    """一图读懂: a name on its own line above its figures names them (城乡… over 分别 pairs gives the urban and
    the rural one); the cards under ■ 主要经济指标 are headline, those under another heading are not."""
    text = ("某市人民政府门户网站\n当前位置：首页 > 政策解读\n发布时间: 2024-01-16 10:25\n\n一图读懂2024年某市政府工作报告\n\n"
            "【2023年成绩单】\n\n■ 主要经济指标\n地区生产总值\n3286.5亿元\n增长6.2%\n\n"
            "城乡居民人均可支配收入\n分别达到52860元、27340元\n分别增长4.9%、7.2%\n\n■ 产业发展\n\n"
            "技术合同成交额\n86.4亿元\n")
    got = {r.text: r for r in extract(text).indicators}
    assert got["3286.5亿元"].canonical == "地区生产总值" and got["6.2%"].canonical == "地区生产总值"
    assert got["52860元"].canonical == "城镇常住居民人均可支配收入" and got["27340元"].canonical == "农村常住居民人均可支配收入"
    assert got["4.9%"].canonical == "城镇常住居民人均可支配收入" and got["7.2%"].canonical == "农村常住居民人均可支配收入"
    assert all(got[t].headline and got[t].year == 2023 for t in ("3286.5亿元", "6.2%", "52860元", "7.2%"))
    assert got["86.4亿元"].name == "技术合同成交额" and not got["86.4亿元"].headline
    text2 = text + "\n■ 产业发展\n\n● 全年新增规上工业企业162家，规上工业总产值达到6158亿元。\n"
    got2 = {r.text: r for r in extract(text2).indicators}
    assert not got2["162家"].headline and not got2["6158亿元"].headline     # a bullet of results is no list of the system


def test_a_block_of_short_lines_opens_a_card_at_each_name_line():
    """一图读懂 with cards one under another and no blank line between: each name line names the figures
    under it; a name ending 增长 makes a bare % a growth; slashed 城乡 pairs are urban then rural; the
    sections under 01 / 2024年·成绩单 and 02 / 2025年·主要预期目标 are headline."""
    text = ("某市发布\n2025年01月17日 20:30\n\n一图读懂丨2025年某市政府工作报告\n\n01\n2024年·成绩单\n\n地区生产总值\n2863.4亿元\n增长5.6%\n\n"
            "城乡居民人均可支配收入\n51380元 / 26745元\n增长4.6% / 6.3%\n\n"
            "▶一年来\n新增经营主体\n5.2万户\n新增规上工业企业\n156家\n\n"
            "02\n2025年·主要预期目标\n\n规上工业增加值增长\n7%左右\n\n居民消费价格涨幅\n2%左右\n\n"
            "城乡居民收入增长与经济增长同步\n粮食产量稳定在\n180万吨以上\n")
    got = {r.text: r for r in extract(text).indicators}
    assert (got["26745元"].name, got["6.3%"].name) == ("农村居民人均可支配收入", "农村居民人均可支配收入")
    assert (got["51380元"].name, got["4.6%"].name) == ("城镇居民人均可支配收入", "城镇居民人均可支配收入")
    assert got["6.3%"].measure == "growth"
    assert (got["5.2万户"].name, got["156家"].name) == ("新增经营主体", "新增规上工业企业")
    assert (got["7%"].name, got["7%"].measure, got["7%"].kind, got["7%"].year) == ("规上工业增加值", "growth", "target", 2025)
    assert (got["2%"].canonical, got["2%"].measure) == ("居民消费价格", "growth")
    assert got["180万吨"].name == "粮食产量"
    assert all(got[t].headline for t in ("2863.4亿元", "5.6%", "7%", "2%"))
    assert got["2863.4亿元"].year == 2024 and got["2863.4亿元"].kind == "actual"


def test_a_marked_heading_ending_with_a_year_gives_its_section_that_year():
    text = ("某市新闻网\n当前位置：首页 > 两会专题\n发布时间：2025-01-17 07:45\n\n市人大会议开幕 政府工作报告提出今年主要预期目标\n\n"
            "  ■数说2024\n  ——市级重点项目完成投资586亿元；\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["586亿元"] == (2024, "actual")


def test_a_resolution_on_the_plan_reads_last_years_results_and_this_years_targets():
    text = ("某市人大网\n当前位置：首页 > 会议文件\n发布时间：2024-01-19 09:12\n\n"
            "某市第十七届人民代表大会第三次会议关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的决议\n\n"
            "会议认为，2023年，全市地区生产总值增长5.8%。\n\n"
            "会议同意市人民政府提出的2024年全市经济社会发展主要预期目标：地区生产总值增长5.5%左右；城镇新增就业4万人以上。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["5.8%"] == (2023, "actual") and got["5.5%"] == (2024, "target") and got["4万人"] == (2024, "target")


def test_news_item_results_of_a_month_and_a_year_after_a_speaker():
    """In a news item on this year's plans, 今年1月… gives results (a month has no target), and a year
    after who speaks (主任表示，2020年…) opens the sentence."""
    text = ("某市今年主要经济指标预期目标出炉\n2021-02-10\n"
            "从开局情况看，今年1月，全市规模以上工业增加值增长8.9%。\n"
            "市人大常委会主任表示，2020年全市经受住了考验，GDP年均增长5.7%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["8.9%"] == (2021, "actual") and got["5.7%"] == (2020, "actual")


def test_numbered_main_indicators_after_an_intro_line_are_headline():
    text = (TITLE + REVIEW_HEAD + "2022年，区二届人大二次会议确定的主要指标完成情况如下：\n"
            "1.地区生产总值：目标增长6%，完成5.2%；\n2.规模以上工业增加值：目标增长7%，完成8.4%；\n")
    got = [(r.text, r.kind, r.headline) for r in extract(text).indicators]
    assert got == [("6%", "target", True), ("5.2%", "actual", True), ("7%", "target", True), ("8.4%", "actual", True)]


def test_main_indicators_grouped_by_outcome_are_all_headline_and_a_counted_binding_label_binds_the_next_values():
    text = (TITLE + REVIEW_HEAD + "（一）主要指标完成情况\n\n年初确定的15项主要指标中，12项完成或超额完成，3项未完成。\n\n"
            "未完成的3项指标是：地区生产总值增长4.9%，低于年度计划1.6个百分点。\n\n"
            "完成或超额完成的12项指标是：社会消费品零售总额完成512.4亿元，同比增长7.1%；城镇登记失业率3.58%，"
            "控制在4.5%以内的年度计划目标之内。两项约束性指标全面完成，单位地区生产总值能耗下降3.8%；"
            "空气质量优良天数比例达到87.4%。\n")
    got = {r.text: r for r in extract(text).indicators}
    assert all(got[t].headline for t in ("4.9%", "512.4亿元", "7.1%", "3.58%", "3.8%", "87.4%"))
    assert got["4.5%"].kind == "target" and got["4.5%"].measure == "level"     # a rate's goal is a level
    assert got["3.8%"].binding and got["87.4%"].binding and not got["3.58%"].binding


def test_in_a_report_on_a_whole_year_the_quarters_course_is_not_the_opening_results():
    text = (TITLE + REVIEW_HEAD + "一季度，全区地区生产总值同比下降9.6%；上半年下降2.8%；前三季度增长1.2%。\n\n"
            "预计全年地区生产总值786亿元，增长3.6%；规模以上工业增加值增长4.1%；社会消费品零售总额下降2.4%。\n")
    got = {r.text: r.headline for r in extract(text).indicators}
    assert not got["9.6%"] and not got["1.2%"] and got["786亿元"] and got["3.6%"] and got["4.1%"]
    # the quarters listed before one 分别 (一季度、上半年、前三季度，地区生产总值分别增长…): the course too
    text = (TITLE + REVIEW_HEAD + "全区经济运行逐季回升、稳中向好。一季度、上半年、前三季度，地区生产总值分别增长4.1%、5.2%、5.9%。"
            "预计全年地区生产总值完成862.4亿元、增长6.3%，规模以上工业增加值增长7.1%。\n")
    got = {r.text: r.headline for r in extract(text).indicators}
    assert not got["4.1%"] and not got["5.9%"] and got["862.4亿元"] and got["6.3%"] and got["7.1%"]


def test_a_share_of_an_earlier_years_level_and_a_quarter_before_a_name():
    text = review_doc("接待游客恢复到2019年的95%以上。第四季度地区生产总值增长6.1%。全市经济总量将突破850亿元。")
    got = {r.text: r for r in extract(text).indicators}
    assert got["95%"].name == "接待游客恢复到2019年的比例" and got["95%"].qualifier == "at_least"
    assert got["6.1%"].canonical == "地区生产总值" and got["850亿元"].name == "经济总量"


def test_a_towns_opening_results_with_four_measures_two_in_the_lexicon_are_headline():
    text = (TITLE + REVIEW_HEAD + "全年实现财政收入1862万元，同比增长8.4%；农村居民人均可支配收入达到19860元，同比增长7.6%；"
            "招商引资到位资金2.36亿元；完成固定资产投资3.8亿元，同比增长12.5%。\n")
    assert all(r.headline for r in extract(text).indicators)


def test_a_page_of_early_in_the_year_plans_this_year():
    """A March page on a district's 两会: this year's figures are plans, bar a month's results."""
    text = ("某区两会召开\n2024-03-02 来源：某区融媒体中心\n"
            "根据报告，今年某区将开工建设滨江商务区二期。全年新增高新技术企业100家以上，技术合同成交额突破170亿元。\n"
            "今年1月1日至20日，全区汽车以旧换新补贴申请量已突破3.2万份。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["100家"] == (2024, "target") and got["170亿元"] == (2024, "target")
    assert got["3.2万份"] == (2024, "actual")


def test_a_target_list_ends_at_the_paragraph_after_its_items():
    """A numbered item without a figure stays in the list; the explanation after the items is not headline."""
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD + "建议2023年全区经济社会发展主要预期目标为：\n"
            "1．地区生产总值增长6%左右；\n2．居民人均可支配收入增长与经济增长同步；\n3．城镇新增就业2.5万人；\n"
            "上述目标的安排，主要考虑：地区生产总值增长6%左右，与全市目标相衔接。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("6%", True), ("2.5万人", True), ("6%", False)]


def test_a_news_items_targets_list_leaves_the_results_sentence_headline():
    text = ("某市今年GDP预期增长7.5%左右\n2019-01-23 07:50  来源：某市日报\n"
            "根据计划草案，今年我市地区生产总值预期增长7.5%左右，规模以上工业增加值增长8%，固定资产投资增长10%。\n"
            "回顾2018年，计划草案报告显示，全市预计实现地区生产总值5000亿元左右，增长7.5%。\n")
    got = [(r.text, r.year, r.kind, r.headline) for r in extract(text).indicators if r.span[0] > 40]
    assert got == [("7.5%", 2019, "target", True), ("8%", 2019, "target", True), ("10%", 2019, "target", True),
                   ("5000亿元", 2018, "actual", True), ("7.5%", 2018, "actual", True)]


def test_a_news_items_targets_sentence_is_its_whole_list():
    """…主要预期目标为：…。 then what the city will do this year: the list ended with its sentence."""
    text = ("某市今年主要预期目标出炉\n2024-02-06 09:12  来源：某日报\n\n"
            "  某市政府工作报告提出，2024年全市主要预期目标为：地区生产总值增长6%左右，固定资产投资增长8%以上。"
            "今年该市将力争新增规上工业企业150家以上，全年计划新开工亿元以上项目120个。\n")
    got = [(r.text, r.year, r.kind, r.headline) for r in extract(text).indicators if r.span[0] > 40]
    assert got == [("6%", 2024, "target", True), ("8%", 2024, "target", True),
                   ("150家", 2024, "target", False), ("120个", 2024, "target", False)]


def test_a_paragraph_opening_with_last_year_reviews_it():
    text = ("某市今年主要经济指标预期目标出炉\n2017-02-14 07:52  来源：某市日报\n"
            "今年全市地区生产总值预期增长8%左右。\n"
            "回顾去年，该负责人介绍，全市实施亿元以上重点项目612个。全年城镇新增就业6.6万人，城镇登记失业率2.9%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"8%": (2017, "target"), "612个": (2016, "actual"), "6.6万人": (2016, "actual"),
                   "2.9%": (2016, "actual")}


def test_a_two_sessions_round_up_reads_each_heads_words():
    """A news round-up of district heads: a year after 告诉记者 opens the sentence; a quoted 今年 opens a
    paragraph of plans again; 去年 after a leading clause reviews last year; who speaks and how they
    mean it (我们的目标是, 将力争, 去年) is no part of a lexicon name."""
    text = ("某市新闻网 首页 > 两会专题\n发布时间：2025-01-17 07:45\n\n"
            "  甲区区长告诉记者，2024年甲区规上工业总产值达到1036亿元，增长9.8%。\n\n"
            "  “今年，我们的目标是规上工业增加值增长10%。”区长说。\n\n"
            "  受外部需求收缩影响，去年乙县外贸承压。县长坦言，全县进出口总额38.2亿元，下降5.6%。\n\n"
            "  今年乙县将力争农村居民人均可支配收入增长7.5%。丙县去年粮食总产量达到12.8万吨。\n")
    got = {r.text: (r.name, r.canonical, r.year, r.kind) for r in extract(text).indicators}
    assert got["1036亿元"][2:] == (2024, "actual")
    assert got["10%"] == ("规上工业增加值", "规模以上工业增加值", 2025, "target")
    assert got["38.2亿元"][2:] == (2024, "actual") and got["5.6%"][2:] == (2024, "actual")
    assert got["7.5%"] == ("农村居民人均可支配收入", "农村常住居民人均可支配收入", 2025, "target")
    assert got["12.8万吨"][:2] == ("粮食总产量", "粮食总产量")


@pytest.mark.parametrize("phrase, name", [
    ("我们的目标是规上工业增加值", "规上工业增加值"),
    ("新区预计完成固定资产投资", "固定资产投资"),
    ("今年我们力争接待游客", "接待游客"),
    ("某县去年粮食总产量", "粮食总产量"),
    ("某经济开发区力争实现规上工业产值", "某经济开发区力争规上工业产值"),   # a zone's own figure
    ("主任说总投资", "主任说总投资"),      # no lexicon name is left: kept as written
])
def test_who_speaks_before_a_lexicon_name_is_cut(phrase, name):
    from extractor import names
    assert names.clean_name(phrase) == name


def test_a_gap_to_a_higher_bodys_average_target_is_no_record():
    text = ("某市新闻网\n发布时间：2025-01-17\n\n"
            "  今年地区生产总值增长5.5%左右，高于全省平均预期目标0.5个百分点。\n")
    assert [r.text for r in extract(text).indicators] == ["5.5%"]


def test_a_line_opening_with_fenbie_continues_the_last_lists_subjects():
    """A page of cards breaks a 分别 sentence over lines: the second line's values are of the same
    subjects, and each of them is a growth; a name card whose value line opens with 上涨 names it."""
    text = ("2023年全市情况。\n\n城乡居民人均可支配收入分别达到52860元、27340元\n分别增长4.9%、7.2%\n\n"
            "居民消费价格\n上涨0.4%\n")
    got = [(r.text, r.name, r.measure) for r in extract(text).indicators]
    assert got == [("52860元", "城镇居民人均可支配收入", "level"), ("27340元", "农村居民人均可支配收入", "level"),
                   ("4.9%", "城镇居民人均可支配收入", "growth"), ("7.2%", "农村居民人均可支配收入", "growth"),
                   ("0.4%", "居民消费价格", "growth")]


def test_subjects_counted_in_the_clause_before_fenbie():
    """甲、乙、丙三大主导产业集群产值,分别达到…: the subjects stand in the clause before, and their count
    (三大主导) is no part of the last one's name."""
    text = "2023年，全市工业稳步增长。● 新能源电池、高端装备、新材料三大主导产业集群产值,分别达到1260亿元、985亿元和742亿元。\n"
    got = [r.name for r in extract(text).indicators]
    assert got == ["新能源电池产业集群产值", "高端装备产业集群产值", "新材料产业集群产值"]


@pytest.mark.parametrize("phrase, name", [
    ("为什么把GDP增速定在", "GDP"),
    ("地区生产总值有望", "地区生产总值"),
    ("一般公共预算收入同口径", "一般公共预算收入"),
    ("▲ 社会消费品零售总额力争", "社会消费品零售总额"),
    ("在县委的坚强领导和县人大的监督支持下惠及群众", "惠及群众"),
    ("建成后可提供养老床位", "提供养老床位"),
    ("达产后年加工稻谷", "年加工稻谷"),
    ("一期生产线已于", "一期生产线"),
    ("在校学生", "在校学生"),
    # where it is told is no part of it
    ("记者从市发展改革委获悉十件民生实事", "十件民生实事"),
    ("从项目内容看", ""),
    ("回顾2024年", ""),
    ("下一步投资", "投资"),
    ("据初步核算地区生产总值", "地区生产总值"),
    ("据介绍投入资金", "投入资金"),
    ("（只）、出栏", "出栏"),      # the rest of the last value's unit (存栏62.1万头（只）、出栏…)
    ("在市场需求偏弱", "在市场需求偏弱"),
])
def test_words_around_a_name_that_are_no_part_of_it(phrase, name):
    from extractor import names
    assert names.clean_name(phrase) == name


def test_a_marked_heading_with_a_year_dates_its_section_of_a_news_item():
    """【回望2020：先降后升】 in a February 2021 round-up: the paragraphs under it, even after one that
    reads 去年 itself, speak of 2020, up to the next marked heading."""
    text = ("某日报\n发布时间：2021-02-04 07:30\n\n【回望2020：先降后升 由负转正】\n\n"
            "去年全省城镇新增就业52.3万人。\n\n以甲市为例，一季度该市地区生产总值下降11.4%，前三季度增长0.8%。\n\n"
            "【展望2021：稳中求进】\n\n甲市提出地区生产总值增长8%左右。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["52.3万人"] == (2020, "actual") and got["11.4%"] == (2020, "actual") and got["0.8%"] == (2020, "actual")
    assert got["8%"] == (2021, "target")


def test_a_year_end_speech_reviews_this_year_and_plans_the_next():
    """在全市经济工作会议上的讲话 of December: 一、今年…成绩来之不易 reviews the year, 二、…明年… plans the next."""
    text = ("在全市经济工作会议上的讲话\n（2025年12月26日）\n\n市委书记　张某\n\n同志们：\n\n"
            "一、今年全市经济工作成绩来之不易\n\n这一年，我们坚定不移抓项目。全市实施重点项目428个，完成投资1365亿元。\n\n"
            "二、准确把握明年经济工作的目标任务\n\n明年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"428个": (2025, "actual"), "1365亿元": (2025, "actual"), "6%": (2026, "target")}


def test_results_written_label_colon_value_a_line_and_targets_one_a_line_are_headline():
    """全年主要经济指标完成情况如下： then 地区生产总值：2438.6亿元，增长5.9%。 a line: each label names its
    values (居民消费价格：上涨0.4% too) and the run is the opening results; a targets list written one item
    a line ending ；(the last 。) is the headline list, and 力争6.5% after 增长6%左右 is a growth too."""
    text = (TITLE + REVIEW_HEAD + "全年主要经济指标完成情况如下：\n\n地区生产总值：2438.6亿元，增长5.9%。\n"
            "规模以上工业增加值：增长7.6%。\n居民消费价格：上涨0.4%。\n\n（一）工业经济稳步回升。新增规模以上工业企业138家，"
            "传统产业加快转型升级，新兴产业不断发展壮大，现代服务业提质扩容，产业结构持续优化，工业经济运行总体平稳，"
            "企业效益稳步改善，重点产业链加快延链补链强链。\n"
            + PLAN_TARGETS_HEAD + "2024年全市经济社会发展的主要预期目标建议为：\n\n地区生产总值增长6%左右，力争6.5%；\n"
            "规模以上工业增加值增长8%；\n粮食总产量稳定在128万吨以上。\n\n三、2024年重点工作\n")
    got = [(r.text, r.name, r.measure, r.headline) for r in extract(text).indicators]
    assert got == [("2438.6亿元", "地区生产总值", "level", True), ("5.9%", "地区生产总值", "growth", True),
                   ("7.6%", "规模以上工业增加值", "growth", True), ("0.4%", "居民消费价格", "growth", True),
                   ("138家", "新增规模以上工业企业", "level", False),
                   ("6%", "地区生产总值", "growth", True), ("6.5%", "地区生产总值", "growth", True),
                   ("8%", "规模以上工业增加值", "growth", True), ("128万吨", "粮食总产量", "level", True)]


def test_a_news_items_targets_list_introduced_by_juti_ruxia_in_long_numbered_items():
    """…提出了2026年主要预期目标，具体如下： arms the list even though 具体如下 names nothing; its 一是…二是…
    paragraphs, longer than a target line, are items because all they state are targets; the plan's
    goals for 2030 in a later paragraph are not the year's system."""
    text = ("某市发展和改革委员会\n发布时间：2026-01-16 09:40\n\n"
            "    1月14日，市人大会议审查批准了计划草案。计划草案提出了2026年全市经济社会发展主要预期目标，具体如下：\n"
            "    一是经济保持平稳较快增长。地区生产总值增长5.5%左右，规模以上工业增加值增长7%左右，固定资产投资增长6%以上。\n"
            "    二是结构持续优化。服务业增加值占地区生产总值比重提高0.5个百分点以上，数字经济核心产业增加值占比达到9.5%，"
            "研发经费投入强度达到2.1%，高新技术产业增加值占规模以上工业增加值比重达到48%。\n"
            "    计划草案同时对重点指标作出进度安排：到2030年，全市地区生产总值力争突破4800亿元，常住人口城镇化率达到65%左右。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got == [("5.5%", True), ("7%", True), ("6%", True), ("0.5个百分点", True), ("9.5%", True), ("2.1%", True),
                   ("48%", True), ("4800亿元", False), ("65%", False)]


def test_an_interview_answer_opening_with_a_year_after_who_answers():
    """——访某县县长: 严某：2025年，… the year after the answerer's name opens the answer; 回顾“十四五” in the
    next paragraph of the same answer stays in that year."""
    text = ("某日报 > 要闻 > 两会专访\n\n——访某县县长严某\n\n2026-01-22 08:15　来源：某日报\n\n"
            "    记者：请您简要回顾一下去年全县经济社会发展情况。\n\n"
            "    严某：2025年，全县地区生产总值预计达到236.8亿元，增长6.2%；一般公共预算收入13.65亿元，增长4.8%。\n"
            "    回顾“十四五”，全县地区生产总值年均增长6.5%，五年累计实施亿元以上项目218个。\n\n"
            "    记者：今年县政府确定了哪些主要目标？\n\n    严某：今年全县地区生产总值增长6%左右。\n")
    doc = extract(text)
    got = {r.text: (r.year, r.kind) for r in doc.indicators}
    assert got["236.8亿元"] == (2025, "actual") and got["13.65亿元"] == (2025, "actual") and got["218个"] == (2025, "actual")
    assert got["6%"] == (2026, "target")


def test_a_clause_whose_only_number_is_a_count_in_a_title_names_the_sentences_subject():
    """十件民生实事全部完成，完成投资12.6亿元: 十件 is no record, and its clause says what the investment is of
    (not the last sentence's 新增养老床位)."""
    text = "2025年，全区新增养老床位620张。十件民生实事全部完成，完成投资12.6亿元。\n"
    assert [(r.text, r.name) for r in extract(text).indicators] == [("620张", "新增养老床位"), ("12.6亿元", "十件民生实事完成投资")]


def test_a_report_on_a_list_reads_its_plans_and_each_items_progress():
    """A report on the year's 民生实事 in November: a sentence opening with 计划新建… states targets (up to
    实际/已/目前), and 完成进度85% is the progress of the numbered item the paragraph opens with."""
    text = ("关于2024年市级民生实事项目进展情况的报告\n\n发布时间：2024-11-08 16:20\n\n一、各项目进展情况\n\n"
            "（一）学位扩容工程。计划新建、改扩建中小学校9所、幼儿园6所，新增学位1.08万个。目前，12所学校已建成，"
            "新增学位8640个。完成进度85%。\n\n（二）就业帮扶。计划发放创业担保贷款5亿元，实际发放6.13亿元，扶持自主创业4120人。\n")
    got = {r.text: (r.name, r.kind) for r in extract(text).indicators}
    assert got["9所"][1] == got["6所"][1] == got["1.08万个"][1] == "target"
    assert got["8640个"][1] == "actual" and got["85%"] == ("学位扩容工程进度", "actual")
    assert got["5亿元"][1] == "target" and got["6.13亿元"][1] == "actual" and got["4120人"][1] == "actual"


@pytest.mark.parametrize("name, canonical", [
    ("新签约项目合同投资额", "招商引资签约金额"),
    ("新签约项目协议总投资", "招商引资签约金额"),
    ("新登记各类市场主体", "新增市场主体"),
    ("研究与试验发展经费支出占生产总值比重", "研发经费投入强度"),
    ("全部工业增加值", "工业增加值"),     # (all of industry, even where the report speaks of 规上 too)
    ("CPI涨幅", "居民消费价格"),
    ("新设经营主体", "新增市场主体"),
    ("接待国内游客", "接待游客"),
    ("签约总金额", "招商引资签约金额"),
    ("新签约项目金额", "招商引资签约金额"),
    # OCR lookalikes are read as the characters they stand for (the name stays as written)
    ("社会消费品零售总颔", "社会消费品零售总额"),
    ("规模以上工业增加値", "规模以上工业增加值"),
    ("农村居民人均可支配收人", "农村常住居民人均可支配收入"),     # (slips of two or more characters)
    ("社会消费晶零售总额", "社会消费品零售总额"),
    ("固走资产投资", "全社会固定资产投资"),
    # spellings the lookup treats as one
    ("全社会研究与试验发展经费支出占全省生产总值的比重", "研发经费投入强度"),
    ("全社会研发经费支出占GDP比重", "研发经费投入强度"),
    ("R&D经费支出占GDP的比重", "研发经费投入强度"),
    ("单位地区生产总值能耗降低率", "单位地区生产总值能耗"),
    ("万元GDP能耗下降率", "单位地区生产总值能耗"),
    ("农牧民人均可支配收入", "农村常住居民人均可支配收入"),
    ("外贸进出口额", "进出口总额"),
    ("细颗粒物（PM2.5）年平均浓度", "PM2.5平均浓度"),
    # a long synonym after a lead that only says where or opens the clause
    ("旗所在地空气质量优良天数", "空气质量优良天数"),
    ("区域空气质量优良天数", "空气质量优良天数"),
    ("前四年地区生产总值", "地区生产总值"),
    ("所辖县（市）实现地区生产总值", "地区生产总值"),
    ("省会某某市地区生产总值", "地区生产总值"),
    ("甲阳都市圈地区生产总值", "地区生产总值"),
    # … but not after a share, a sum, a pull, nor as part of a narrower measure
    ("占全区进出口总额", None),
    ("五年累计完成固定资产投资", None),
    ("省重大项目可拉动全省固定资产投资", None),
    ("生产性服务业增加值", None),
    ("设施农业总产值", None),
    ("乡村旅游收入", None),
])
def test_more_synonyms_of_lexicon_entries(name, canonical):
    from extractor import names
    assert names.canonical(name) == canonical
    assert names.canonical(name, True) == canonical     # (in a report that speaks of 规上 too)


def test_a_count_of_the_years_list_named_for_the_people_is_no_record():
    text = "2019年，全县城乡居民基本医疗保险参保率稳定在98%以上。年初确定的十件为民办实事全部完成，十件交通民生实事也已完成。\n"
    assert [r.text for r in extract(text).indicators] == ["98%"]


def test_a_subject_then_its_year_then_the_measure():
    """作为主城核心区，甲区2021年实现地区生产总值682.4亿元 in a January 2022 round-up: the year after the
    subject is the value's, and neither subject nor year is part of the name; 是2017年的1.8倍 is no such year."""
    text = ("某日报\n2022年01月24日\n\n各区县2022年发展目标出炉\n\n"
            "　　作为主城核心区，甲区2021年实现地区生产总值682.4亿元。今年，甲区提出地区生产总值增长7%左右。\n")
    got = {r.text: (r.name, r.year, r.kind) for r in extract(text).indicators}
    assert got["682.4亿元"] == ("地区生产总值", 2021, "actual") and got["7%"] == ("地区生产总值", 2022, "target")


def test_an_excerpt_opening_mid_review_has_no_opening_results_sentence():
    """A later part of a report opening mid-paragraph: its first sentence with values is no opening results
    sentence (the report's was above the cut), so nothing of the review is headline."""
    text = ("障水平稳步提高。全年民生支出18.6亿元，占一般公共预算支出的81.2%，城镇新增就业4120人，城镇登记失业率3.6%。\n\n"
            "二、2016年主要预期目标\n\n地区生产总值增长8%左右。\n")
    got = [(r.text, r.headline) for r in extract(text).indicators]
    assert got[:4] == [("18.6亿元", False), ("81.2%", False), ("4120人", False), ("3.6%", False)]


def test_a_year_after_two_lead_clauses_opens_the_sentence():
    """报告显示，据初步核算，2024年全市地区生产总值1862.4亿元 on a January 2025 page: 2024's results."""
    text = ("某新闻网\n\n市政府工作报告提出今年主要预期目标\n\n2025-01-15 07:30　来源：某日报\n\n"
            "　　报告显示，据初步核算，2024年全市地区生产总值1862.4亿元，增长5.6%。今年全市地区生产总值预期增长5.5%左右。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["1862.4亿元"] == (2024, "actual") and got["5.6%"] == (2024, "actual") and got["5.5%"] == (2025, "target")


def test_groups_of_patients_share_the_measure_after_them():
    from extractor import names
    assert names.split_list("高血压、糖尿病患者规范管理率") == ["高血压患者规范管理率", "糖尿病患者规范管理率"]


def test_a_first_quarter_release_in_april_reports_results_without_headline():
    """一季度全省经济实现平稳开局 published in April: a part-year release (no headline system), and its figures
    are the quarter's results even in sentences that do not repeat 一季度."""
    text = ("某省人民政府门户网站\n\n一季度全省经济实现平稳开局 地区生产总值增长5.1%\n\n发布时间：2022-04-22 10:15\n\n"
            "　　一季度全省实现地区生产总值6128.35亿元，同比增长5.1%。分产业看，第一产业增加值512.64亿元，增长6.2%。\n")
    got = [(r.text, r.kind, r.headline) for r in extract(text).indicators if r.span[0] > 60]
    assert got == [("6128.35亿元", "actual", False), ("5.1%", "actual", False), ("512.64亿元", "actual", False),
                   ("6.2%", "actual", False)]


def test_a_quarters_progress_bulletin_in_april_reports_results():
    """…2025年一季度重点项目建设进展情况通报 published in April: a part-year release, so a sentence opening on
    the year reports what was arranged and done so far; the year's planned money stays a target."""
    text = ("某经开区2025年一季度重点项目建设进展情况通报\n发布日期：2025-04-10\n\n一、总体情况\n"
            "2025年，经开区共安排市级以上重点项目58个，年度计划投资146.2亿元。一季度，重点项目累计完成投资38.7亿元。"
            "全区完成项目投资（不含房地产）52.6亿元，同比增长11.8%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"58个": (2025, "actual"), "146.2亿元": (2025, "target"), "38.7亿元": (2025, "actual"),
                   "52.6亿元": (2025, "actual"), "11.8%": (2025, "actual")}


def test_money_listed_right_after_a_count_of_projects_is_theirs():
    """其中工业项目16个、签约金额142.3亿元: the projects counted just before, joined by 、; not across a comma
    (其中50亿元以上项目3个，协议投资额586亿元 is the whole list's)."""
    text = ("2024年，全县招商引资成效明显。此次活动共签约项目24个，其中工业项目16个、签约金额142.3亿元，"
            "现代服务业项目5个、签约金额28.7亿元。新签约亿元以上项目46个，其中50亿元以上项目3个，协议投资额586亿元。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert names["142.3亿元"].endswith("工业项目签约金额") and names["28.7亿元"].endswith("现代服务业项目签约金额")
    assert not names["586亿元"].startswith("50亿元以上")


def test_an_answer_label_then_a_lead_clause_then_the_year():
    """答：报告显示，2019年全省地区生产总值… in a January 2020 interview: 2019's results, clause after clause."""
    text = ("去年成绩单怎么看？今年目标怎么定？\n\n2020-01-15　来源：某日报\n\n"
            "　　记者：政府工作报告对2019年全省经济运行是怎么评价的？\n"
            "　　答：报告显示，2019年全省地区生产总值预计达到2.36万亿元，增长6.8%；规模以上工业增加值增长7.1%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["6.8%"] == (2019, "actual") and got["7.1%"] == (2019, "actual")


def test_a_year_opened_before_the_pages_own_is_a_result_on_a_page_announcing_plans():
    """A January 2023 page headlined with this year's target: 报告显示，2022年，面对多重超预期因素冲击，
    全市地区生产总值达到2286.5亿元 is 2022's result (超预期 is no target cue)."""
    text = ("某新闻网\n\n市政府工作报告回顾2022年、部署2023年工作——\n今年全市地区生产总值预期增长6%左右\n\n"
            "2023-01-12 08:15　来源：某日报\n\n"
            "　　报告显示，2022年，面对多重超预期因素冲击，全市地区生产总值达到2286.5亿元，增长4.3%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["2286.5亿元"] == (2022, "actual") and got["4.3%"] == (2022, "actual")


def test_a_plan_adjusted_from_one_target_to_another_keeps_its_measure_and_name():
    """…增长目标由7%左右调整为4%左右; X由增长5%调整为下降3%: both values are the same measure's targets,
    named without 调整 or 增长目标; the first-half figures before them are results, not plans."""
    text = ("某日报\n市人大常委会批准2020年计划调整方案 地区生产总值增速目标由7%调整为4%\n2020-08-28　来源：某日报\n\n"
            "　　上半年，全市地区生产总值完成1036.8亿元，同比下降1.9%；规模以上工业增加值下降3.4%。\n"
            "　　根据调整方案，地区生产总值增长目标由7%左右调整为4%左右；一般公共预算收入由增长5%调整为下降3%；"
            "城镇新增就业由6.5万人调整为5.8万人。\n")
    got = {(r.text, r.span[0]): (r.canonical, r.measure, r.value, r.kind) for r in extract(text).indicators}
    by_text = {}
    for (t, start), v in sorted(got.items(), key=lambda kv: kv[0][1]):
        by_text.setdefault(t, []).append(v)
    assert by_text["7%"] == [("地区生产总值", "growth", 7, "target")] * 2
    assert by_text["4%"] == [("地区生产总值", "growth", 4, "target")] * 2
    assert by_text["1036.8亿元"] == [("地区生产总值", "level", 1036.8, "actual")]
    assert by_text["3.4%"] == [("规模以上工业增加值", "growth", -3.4, "actual")]
    assert by_text["3%"] == [("一般公共预算收入", "growth", -3, "target")]
    assert by_text["5.8万人"] == [("城镇新增就业", "level", 5.8, "target")]


def test_a_bracketed_heading_before_a_name_and_a_growth_target_set_at_a_value():
    """【甲市】甲市将2019年地区生产总值增长目标定为7.5%: the heading and 增长目标定为 are no part of the name."""
    text = ("某新闻网\n\n各市“任务书”出炉\n\n2019-02-21　来源：某日报\n\n"
            "　　【甲市】甲市将2019年地区生产总值增长目标定为7.5%，全社会固定资产投资增长11%。\n")
    got = {r.text: (r.canonical, r.measure, r.year, r.kind) for r in extract(text).indicators}
    assert got["7.5%"] == ("地区生产总值", "growth", 2019, "target")


def test_a_list_tail_after_a_value_names_nothing_and_a_plans_completion_rate_is_a_result():
    """…单位地区生产总值能耗下降3%等目标保持不变: 等目标 is no thing counted; 【教育惠民】计划新建…，
    完成率108.1%: how much of the plan was done is a result."""
    text = ("某区人民政府关于2013年十件民生实事完成情况的报告\n\n"
            "　　【教育惠民】计划新建、改扩建中小学校舍3.2万平方米，实际完成3.46万平方米，完成率108.1%。\n")
    got = {r.text: (r.name, r.kind) for r in extract(text).indicators}
    assert got["3.2万平方米"][1] == "target" and got["3.46万平方米"][1] == "actual"
    assert got["108.1%"][1] == "actual" and "】" not in got["3.2万平方米"][0]
    text = ("某日报\n\n计划调整方案获批\n\n2020-08-28　来源：某日报\n\n"
            "　　城镇调查失业率控制在5.5%左右、单位地区生产总值能耗下降3%等目标保持不变。\n")
    got = {r.text: r.canonical for r in extract(text).indicators}
    assert got["3%"] == "单位地区生产总值能耗"


def test_a_five_year_period_is_no_name_and_a_sentence_opening_with_the_next_one_targets_its_last_year():
    """2020年全市地区生产总值达到3612.8亿元，“十三五”期间年均增长6.8%: the period is no part of the name;
    “十四五”期间，全市城镇新增就业累计35万人 on a 2021 page: a target of 2025."""
    text = ("某市人民政府网\n\n“十四五”蓝图绘就！某市未来五年发展目标定了\n时间：2021-02-05 09:18\n\n"
            "　　回望“十三五”，某市综合实力跃上新台阶：2020年全市地区生产总值达到3612.8亿元，“十三五”期间年均增长6.8%。\n"
            "　　“十四五”期间，全市城镇新增就业累计35万人，累计完成固定资产投资2万亿元以上。\n")
    got = {r.text: (r.canonical, r.measure, r.year, r.kind) for r in extract(text).indicators}
    assert got["6.8%"] == ("地区生产总值", "growth", 2020, "actual")
    assert got["35万人"][2:] == (2025, "target") and got["2万亿元"][2:] == (2025, "target")


def test_a_projects_figures_after_it_is_named_are_named_after_it():
    """X项目现场机器轰鸣。项目总投资42亿元，今年已完成投资9.8亿元: the project's figures, as the projects
    rule names it; a figure two sentences on, or in the next paragraph, is not."""
    text = ("某市重点项目观摩活动举行\n\n2025-09-18　来源：某日报\n\n"
            "　　在经开区，甲新能源汽车一体化压铸产业园项目现场机器轰鸣。项目总投资42亿元，一期已于6月建成投产，"
            "今年已完成投资9.8亿元。全市重点项目进展顺利。总投资超百亿元的项目达到3个。\n"
            "　　项目总投资合计628.4亿元。\n")
    doc = extract(text)
    project = next(p.name for p in doc.projects if p.text.startswith("甲新能源"))
    names = {r.text: r.name for r in doc.indicators}
    assert names["42亿元"] == project + "总投资" and names["9.8亿元"] == project + "完成投资"
    assert not names["628.4亿元"].startswith(project)


def test_a_star_bulleting_the_next_line_neither_binds_a_value_nor_names_one():
    """★GDP增长6%—6.5% / ★一般公共预算收入增长4%: a round-up's bullets, not binding marks."""
    text = ("某公众号\n\n三县2025年目标一览\n\n2025-02-12\n\n03\n乙县\n\n★GDP增长6%—6.5%\n★一般公共预算收入增长4%\n"
            "★固定资产投资增长6%\n")
    got = {r.text: (r.canonical, r.binding) for r in extract(text).indicators}
    assert got == {"6%—6.5%": ("地区生产总值", False), "4%": ("一般公共预算收入", False),
                   "6%": ("全社会固定资产投资", False)}


@pytest.mark.parametrize("doc", [review_doc, plan_doc])
def test_a_clause_opening_with_this_year_in_a_report_is_the_plan_years_target(doc):
    """…2022年市级“三公”经费支出下降12.3%；今年继续压减一般性支出5%: in a report on 2022 and 2023, 今年
    is 2023, in either part; 今年以来 is not."""
    got = {r.text: (r.year, r.kind) for r in extract(doc(
        "坚持廉洁从政，2022年市级“三公”经费支出下降12.3%；今年继续压减一般性支出5%。")).indicators}
    assert got["5%"] == (2023, "target")
    assert got["12.3%"] == (2022, "actual")


def test_a_comparison_with_an_earlier_year_written_with_pdf_spaces_is_no_name():
    """固定资产投资增长 10.3%，比 2019 年增长 14.6% (a PDF copy): the second value is the same measure's."""
    got = {r.text: r.canonical for r in extract(review_doc("固定资产投资增长 10.3%，比 2019 年增长 14.6%。")).indicators}
    assert got == {"10.3%": "全社会固定资产投资", "14.6%": "全社会固定资产投资"}


def test_a_sentence_opening_with_a_past_five_year_period_dates_its_paragraph_by_the_periods_last_year():
    """In a report on 2016: 回顾本届政府任期，…。“十二五”时期，全市地区生产总值由2010年的768.3亿元增加到2015年的
    1282.6亿元，年均增长10.7%。规模以上工业企业由726家增加到1039家。 (2015's results, not 2016's headline)"""
    title = "2017年沣州市政府工作报告\n\n政府工作报告\n——2017年1月8日在市第五届人民代表大会第一次会议上\n\n一、2016年工作回顾\n"
    text = (title + "　　2016年，全市地区生产总值1286.5亿元，增长8.1%；规模以上工业增加值增长8.6%；固定资产投资增长13.4%。\n"
            "　　回顾本届政府任期，我们圆满完成了主要目标任务。“十二五”时期，全市地区生产总值由2010年的768.3亿元增加到"
            "2015年的1282.6亿元，年均增长10.7%；一般公共预算收入由43.7亿元增加到89.9亿元。规模以上工业企业由726家增加到1039家。\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["1286.5亿元"] == (2016, "actual", True)
    for t in ("10.7%", "89.9亿元", "1039家"):
        assert got[t] == (2015, "actual", False), t


@pytest.mark.parametrize("title,kind", [("关于公布2012年为民办实事项目的公告", "target"),
                                        ("关于公布2012年为民办实事项目完成情况的公告", "actual")])
def test_a_notice_giving_out_the_years_list_plans_it(title, kind):
    """关于公布2012年为民办实事项目的公告: the word that gives the list out comes first; its figures are the year's
    plans (not so a notice on how the list was done)."""
    text = ("某镇人民政府\n" + title + "\n\n某政告〔2012〕3号\n\n各村（居）民委员会：\n\n"
            "　　2012年镇政府为民办实事项目共10项。现将项目公告如下：\n\n"
            "1、建成镇中心小学学生宿舍楼，建筑面积2400平方米\n2、硬化通村通组道路21公里\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["2400平方米"] == (2012, kind) and got["21公里"] == (2012, kind)


def test_a_plan_adjustments_list_is_the_years_headline_list_and_a_binding_one_stays_binding():
    """根据调整方案，地区生产总值增长目标由7.5%左右调整为5%左右；…: the adjusted list (before and after) is the
    year's system again; …能耗下降3.5%等约束性指标不作调整: that value is binding."""
    text = ("某日报\n\n市人大常委会审议批准我市2016年计划调整方案\n\n2016-08-26 07:52:30　来源：某日报\n\n"
            "　　根据调整方案，地区生产总值增长目标由7.5%左右调整为5%左右；固定资产投资由增长12%调整为增长3%。"
            "单位地区生产总值能耗下降3.5%等约束性指标不作调整。\n")
    got = {r.text: (r.headline, r.binding) for r in extract(text).indicators}
    assert got["7.5%"] == got["5%"] == got["12%"] == got["3%"] == (True, False)
    assert got["3.5%"][1] is True


def test_the_figures_of_a_line_a_project_titles_are_the_projects():
    """1. X高速公路（甲市、乙市）：全长126.4公里，配套建设互通立交9处、服务区4对，总投资186.5亿元，2025年计划投资42亿元。:
    each figure is the project's, named by the words of its own clause (not by the clause before it)."""
    text = ("某省发展和改革委员会关于印发2025年省重大项目清单的通知\n发布时间：2025-02-18\n\n一、续建项目\n（一）交通\n"
            "1. 甲至乙高速公路（甲市、乙市）：全长126.4公里，配套建设互通立交9处、服务区4对，总投资186.5亿元，2025年计划投资42亿元。\n"
            "2. 丙至丁铁路（丙市）：新建铁路正线182公里，设车站8座，总投资312.6亿元。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert names["126.4公里"] == "甲至乙高速公路全长"
    assert names["4对"] == "甲至乙高速公路服务区" and names["186.5亿元"] == "甲至乙高速公路总投资"
    assert names["42亿元"].startswith("甲至乙高速公路") and names["42亿元"].endswith("计划投资")
    assert names["8座"] == "丙至丁铁路设车站" and names["312.6亿元"] == "丙至丁铁路总投资"


@pytest.mark.parametrize("sentence, text, expected", [
    # a binding mark in square full-width brackets
    ("13. 细颗粒物（PM2.5）平均浓度下降4%［约束性］，空气质量优良天数比例达到77%以上（约束性）。", "4%", ("binding", True)),
    # a period shortened to a value: 缩短至 is no part of the name
    ("全市商品住宅消化周期缩短至14.2个月。", "14.2个月", ("name", "商品住宅消化周期")),
    # a standard raised by an amount in 元 is a change
    ("连续第12年提高企业退休人员基本养老金，人均月增加139元。", "139元", ("measure", "change")),
])
def test_square_bracket_binding_marks_shortened_periods_and_raised_standards(sentence, text, expected):
    record = next(r for r in extract(plan_doc(sentence)).indicators if r.text == text)
    assert getattr(record, expected[0]) == expected[1]


def test_a_year_after_a_longer_lead_clause_opens_the_sentence():
    """据省统计局初步核算，2023年全省实现地区生产总值32874.6亿元 on a January 2024 page: 2023's results."""
    text = ("某日报数字报\n2024年01月24日 星期三\n\n六市“成绩单”晒出来\n\n"
            "　　据省统计局初步核算，2023年全省实现地区生产总值32874.6亿元，比上年增长4.6%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["32874.6亿元"] == (2023, "actual") and got["4.6%"] == (2023, "actual")


def test_a_listed_items_one_completion_rate_is_named_after_the_item():
    """四、城镇老旧小区改造。计划改造20个小区，实际改造23个，完成率115%。 in a report on the year's 民生实事: the
    item's rate; under a 【…】 field title, or with several rates in a paragraph, the rates stay as named."""
    text = ("某县人民政府办公室关于2021年县政府十件民生实事完成情况的通报\n\n各乡镇人民政府：\n\n"
            "　　2021年，县政府确定的十件民生实事全部完成。具体完成情况如下：\n"
            "　　一、农村公路提档升级。计划完成通组公路硬化85公里，实际完成91.3公里，完成率107.4%。\n"
            "　　二、城镇老旧小区改造。计划改造20个小区，实际改造23个、惠及居民2860户，完成率115%。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert names["107.4%"] == "农村公路提档升级完成率" and names["115%"] == "城镇老旧小区改造完成率"
    text = ("某区人民政府关于2013年十件民生实事完成情况的报告\n\n区人大常委会：\n\n"
            "　　【教育惠民】计划新建、改扩建中小学校舍3.2万平方米，实际完成3.46万平方米，完成率108.1%。\n"
            "　　【健康服务】计划为辖区居民建立电子健康档案18万份，实际建档19.3万份，完成率107.2%。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert not names["108.1%"].startswith("教育惠民") and not names["107.2%"].startswith("健康服务")


def test_a_listed_items_money_with_no_subject_of_its_own_is_the_items():
    """1.教育惠民工程:建成城东小学,改扩建农村幼儿园6所,投资5600万元: the item's money, not the kindergartens';
    money that names its thing (发放创业担保贷款5000万元) keeps its name."""
    text = ("某市政府工作报告\n\n二、2017年工作安排\n"
            "    (七)办好八件民生实事。今年,市政府将集中财力办好八件民生实事,计划总投资2.11亿元:\n"
            "    1.教育惠民工程:建成城东小学,改扩建农村幼儿园6所,投资5600万元。\n"
            "    2.就业创业扶持工程：开展职业技能培训3000人次,发放创业担保贷款5000万元,投资600万元。\n"
            "    3.老旧小区改造：投入资金3.4亿元，改造城镇老旧小区48个。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert names["5600万元"] == "教育惠民工程投资" and names["600万元"] == "就业创业扶持工程投资"
    text2 = ("某县十件民生实事票决结果公布\n\n发布时间：2025-01-10\n\n　　县人大代表票决产生了2025年县十件民生实事项目。"
             "十件项目计划总投资约4.07亿元。现将票决结果公布如下（按得票数排序）：\n\n"
             "【1】县城义务教育学位扩容工程（得票176票）\n建成投用县第四小学，设置36个教学班。计划投资1.28亿元。\n\n"
             "【2】城乡供水一体化提升工程（得票171票）\n新建改造供水管网86公里。计划投资6800万元。\n\n"
             "【3】公共停车设施建设工程（得票165票）\n新增公共停车泊位1200个。计划投资1350万元。\n")
    names2 = {r.text: r.name for r in extract(text2).indicators}
    assert names2["1.28亿元"] == "县城义务教育学位扩容工程计划投资" and names2["6800万元"] == "城乡供水一体化提升工程计划投资"
    assert names["5000万元"] == "发放创业担保贷款"
    assert names["3.4亿元"] == "老旧小区改造投入资金"


def test_a_five_year_plans_goal_beside_a_result_is_a_target_of_its_last_year():
    """A 2023 page on the 十四五 mid-term: 全社会固定资产投资年均增长7.4%，低于年均增长9%的规划目标; 完成规划目标18万人的
    58.9%: 9% and 18万人 are the plan's goals for 2025; the results stay results."""
    text = ("某市“十四五”规划实施中期评估报告出炉\n\n2023-09-12 08:30　来源：某日报\n\n"
            "　　2021—2022年，全社会固定资产投资年均增长7.4%，低于年均增长9%的规划目标。"
            "“十四五”以来至今年6月底，全市累计城镇新增就业10.6万人，完成规划目标18万人的58.9%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["9%"] == (2025, "target") and got["18万人"] == (2025, "target")
    assert got["7.4%"][1] == "actual" and got["58.9%"][1] == "actual"


def test_a_marked_heading_with_a_year_and_a_spaced_phrase_dates_its_section():
    """▌2020年 极不平凡 over a WeChat post's numbered blocks (published January 2021): 2020's results."""
    text = ("栖湖发布\n2021-01-18 07:30\n\n划重点！2021年区政府工作报告，这些要点请收好\n\n"
            "▌2020年 极不平凡\n\n01\n经济发展逆势上扬。全年地区生产总值865.2亿元、增长3.1%。\n\n"
            "▌2021年 这样干\n\n06\n地区生产总值增长7%左右。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["865.2亿元"] == (2020, "actual") and got["3.1%"] == (2020, "actual")
    assert got["7%"] == (2021, "target")


def test_a_page_of_the_years_last_months_plans_the_next_year():
    """A county's 经济工作会议 reported on 29 December 2023: 会议要求，…力争新开工亿元以上项目30个 plans 2024."""
    text = ("某新闻网 | 首页 > 县区频道\n某日报  2023年12月29日  星期五\n\n某县委经济工作会议召开\n\n"
            "　　会议要求，要坚持项目为王，全年计划实施重点项目150个以上、完成年度投资210亿元，力争新开工亿元以上项目30个。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["30个"] == (2024, "target") and got["210亿元"] == (2024, "target")


def test_who_attended_a_meeting_and_the_candidates_counted_are_no_records():
    """大会应到代表196名，实到183名; 从15个候选项目中票决产生: counts of the meeting and of the candidates."""
    text = ("某县2020年十件民生实事项目票决结果\n\n发布时间：2020-01-10 17:42\n\n"
            "　　大会应到代表196名，实到183名，符合法定人数。代表从县人民政府提交的15个候选项目中票决产生十件民生实事，"
            "计划总投资3.2亿元。\n")
    assert [r.text for r in extract(text).indicators] == ["3.2亿元"]


def test_the_year_just_past_reviews_last_year_and_the_new_year_plans_again():
    """报告显示，刚刚过去的一年，…预计全年地区生产总值…增长5.4% on a January 2024 page: 2023's results; in a report,
    过去的一年，…不足。新的一年，我们将…一般性支出压减5%以上: the plan year's target again."""
    text = ("某省人民政府门户网站\n\n政府工作报告明确今年发展主要预期目标\n\n发布时间：2024-01-23 09:12\n\n"
            "　　报告显示，刚刚过去的一年，全省经济运行回升向好，预计全年地区生产总值突破2.86万亿元、增长5.4%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["5.4%"] == (2023, "actual")
    got = {r.text: (r.year, r.kind) for r in extract(plan_doc(
        "过去的一年，政府工作中还存在不少不足。新的一年，我们将坚持过紧日子，一般性支出压减5%以上。")).indicators}
    assert got["5%"] == (2023, "target")


def test_a_growth_adjusted_from_one_rate_to_another_written_growth_first():
    """地区生产总值增长由7%左右调整为3%左右: both are growth targets of the measure."""
    text = ("某日报\n\n市人大常委会批准2020年计划调整方案\n\n2020-08-28　来源：某日报\n\n"
            "　　根据形势变化，调整方案对部分预期性指标作了调整：地区生产总值增长由7%左右调整为3%左右；"
            "规模以上工业增加值增长由7.5%调整为4%。\n")
    got = [(r.text, r.canonical, r.measure, r.kind) for r in extract(text).indicators]
    assert got == [("7%", "地区生产总值", "growth", "target"), ("3%", "地区生产总值", "growth", "target"),
                   ("7.5%", "规模以上工业增加值", "growth", "target"), ("4%", "规模以上工业增加值", "growth", "target")]


def test_a_lists_money_is_named_after_the_list_its_sentence_names():
    """经县十八届人大二次会议票决通过，2023年县级民生实事项目共10项，计划总投资3.26亿元: the list's money."""
    text = ("某县2023年民生实事项目计划表\n\n发布日期：2023-02-10\n\n"
            "经县十八届人大二次会议票决通过，2023年县级民生实事项目共10项，计划总投资3.26亿元，其中县级财政投入2.1亿元。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert names["3.26亿元"] == "民生实事项目计划总投资"


@pytest.mark.parametrize("sentence, text, start", [
    ("7．饮水安全：实施城乡供水一体化工程，新增受益人口3.5万人；", "3.5万人", "城乡供水一体化工程"),
    ("云溪湾污水处理厂二期建成投用，新增日处理能力10万吨。", "10万吨", "云溪湾污水处理厂二期"),
    # (the plan's money for the projects just counted)
    ("全年安排市级重点项目135个，计划完成投资265亿元。", "265亿元", "市级重点项目"),
])
def test_what_a_works_serves_is_named_after_the_works(sentence, text, start):
    name = next(r.name for r in extract(plan_doc(sentence)).indicators if r.text == text)
    assert start in name and name.index(start) <= 2


@pytest.mark.parametrize("sentence, gap, name", [
    ("全年地区生产总值完成2410.8亿元，增长3.2%，高于全省0.4个百分点。", "0.4个百分点", "地区生产总值增速高于全省"),
    ("全年实现地区生产总值1286.4亿元，同比增长3.6%，增速高于全市平均0.8个百分点。", "0.8个百分点", "地区生产总值增速高于全市平均"),
    ("农村常住居民人均可支配收入增速高于城镇1.6个百分点。", "1.6个百分点", "农村常住居民人均可支配收入增速高于城镇"),
    # a rate's level set against the province's: no growth in the name
    ("研发经费投入强度低于全省平均水平0.3个百分点。", "0.3个百分点", "研发经费投入强度低于全省平均水平"),
    # a change on the subject's own past keeps its bare name
    ("城镇化率达到58.2%，比上年提高1.1个百分点。", "1.1个百分点", "城镇化率"),
])
def test_a_gap_to_another_place_or_group_is_named_with_the_comparison(sentence, gap, name):
    (record,) = [r for r in extract(sentence).indicators if r.text == gap]
    assert record.name == name and record.measure == "change"


def test_a_section_of_the_next_five_years_gives_targets_of_its_last_year_and_no_headline():
    text = ("政府工作报告\n——2013年1月9日在青峰市第十五届人民代表大会第一次会议上\n一、2012年工作回顾\n"
            "全年完成地区生产总值268.4亿元，增长12.1%；规模以上工业增加值132.6亿元，增长16.8%；财政总收入28.6亿元，增长18%。\n"
            "二、今后五年的奋斗目标\n主要奋斗目标是：地区生产总值年均增长12%以上。\n"
            "围绕上述目标，我们将着力推进新型城镇化，城市建成区面积达到40平方公里，森林覆盖率达到33%。\n"
            "三、2013年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长11%，城镇化率达到51%。\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["40平方公里"] == (2017, "target", False) and got["33%"] == (2017, "target", False)
    assert got["12%"][:2] == (2017, "target") and not got["12%"][2]
    assert got["11%"] == (2013, "target", True) and got["51%"] == (2013, "target", True)


def test_numbered_items_under_a_review_sentence_stating_a_years_plans_are_its_targets():
    """…。2023年，区人民政府将继续集中财力办好十件民生实事： / 1.…新增学位4500个 / …: each item plans 2023,
    in the review part, up to the first paragraph that is no item."""
    text = review_doc("全年民生支出38.6亿元，城镇新增就业1.26万人。\n"
                      "各位代表！民生无小事。2023年，青峰区人民政府将继续集中财力办好十件民生实事：\n"
                      "1.教育扩容提质工程：新建、改扩建中小学和幼儿园5所，新增学位4500个。\n"
                      "2.养老服务惠民工程：新增养老床位400张。\n"
                      "全年接待游客320万人次。")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["4500个"] == (2023, "target") and got["400张"] == (2023, "target")
    assert got["1.26万人"] == (2022, "actual") and got["320万人次"] == (2022, "actual")


def test_the_reasons_for_targets_given_in_a_table_are_no_headline_and_name_their_item():
    """（二）对主要指标的说明 after the targets' table: its ——lines restate targets (no headline); a clause of
    a year and a verb only (2022年预计增长11.2%) is the line's measure; a ；-part opening with 今年 ends the
    earlier year (按9.5%安排 plans the plan year)."""
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE + "三、2023年计划安排\n（一）主要预期目标\n指标\t单位\t上年预计\t本年目标\t增长%\n"
            "地区生产总值\t亿元\t126.4\t138.4\t9.5\n规模以上工业增加值\t%\t11.2\t12\t—\n（二）对主要指标的说明\n"
            "——地区生产总值增长9.5%。2022年全县地区生产总值预计增长9.3%；今年甲项目将陆续投产。按9.5%安排，留有余地。\n"
            "——规模以上工业增加值增长12%。2022年预计增长11.2%。\n")
    k = text.index("（二）")
    got = [(r.text, r.name, r.year, r.kind, r.headline) for r in extract(text).indicators if r.span[0] > k]
    assert [g[4] for g in got] == [False] * 5
    assert got[2][2:4] == (2023, "target")
    assert got[4][1:4] == ("规模以上工业增加值", 2022, "actual")


def test_a_space_table_with_binding_marks_in_its_labels_and_a_note_on_estimated_results():
    """人口自然增长率(约束性) ‰ …: the mark binds the row and is no unit; 注：A、B两项2022年完成数为预计数
    makes those rows' results estimates."""
    rows = ("指标名称 单位 2022年计划 2022年完成 2023年计划\n进出口总额增长 % 15 9.8 12\n城镇新增就业 万人 5 5.3 5\n"
            "人口自然增长率(约束性) ‰ 6.5以内 5.9 6.5以内\n注:进出口总额、实际利用外资两项2022年完成数为预计数。\n")
    got = {(r.name, r.kind, r.year): r for r in extract(TITLE + REVIEW_HEAD + "表1 主要指标\n" + rows).indicators}
    birth = got[("人口自然增长率", "actual", 2022)]
    assert birth.binding and birth.unit == "‰" and birth.value == 5.9
    assert got[("人口自然增长率", "target", 2023)].qualifier == "at_most"
    assert got[("进出口总额", "actual", 2022)].estimated and not got[("城镇新增就业", "actual", 2022)].estimated


def test_a_capacity_inside_a_projects_name_is_no_indicator_but_a_length_of_works_is():
    text = plan_doc("工业项目：加快推进甲钢150万吨精品钢技改、乙光电LED封装基地二期；完成县城区12.6公里雨污分流管网改造。")
    got = [r.text for r in extract(text).indicators if r.span[0] > text.index("工业项目")]
    assert got == ["12.6公里"]


def test_a_section_of_the_goals_of_the_five_year_plan_the_plan_year_opens_is_of_its_last_year():
    text = ("政府工作报告\n——2011年1月9日在青峰市第十四届人民代表大会第五次会议上\n一、2010年和“十一五”时期工作回顾\n"
            "全年完成地区生产总值4120亿元，增长12.6%；城市居民人均可支配收入26380元，增长11.8%。\n"
            "二、“十二五”时期的奋斗目标\n主要目标是：到2015年，全市地区生产总值达到8500亿元；城镇化率达到72%。"
            "围绕上述目标，培育5个千亿级产业集群。\n三、2011年的主要目标和工作重点\n全市地区生产总值增长10%。\n")
    got = {r.text: (r.year, r.kind, r.canonical) for r in extract(text).indicators}
    assert got["5个"][:2] == (2015, "target") and got["72%"][:2] == (2015, "target")
    assert got["10%"][:2] == (2011, "target") and got["26380元"] == (2010, "actual", URB_INC)


def test_the_reason_for_a_target_restated_after_the_list_is_no_headline():
    text = targets_doc("地区生产总值增长6%左右，一般公共预算收入增长5%。地区生产总值增长6%左右的预期目标，综合考虑了疫情影响逐步消退等因素。")
    got = [(r.text, r.headline) for r in extract(text).indicators if r.span[0] > text.index("地区生产总值增长6%左右，")]
    assert got == [("6%", True), ("5%", True), ("6%", False)]


def test_a_table_written_one_cell_a_line_with_triangles_on_its_binding_rows():
    rows = ("指标\n单位\n2022年目标\n2022年完成\n2023年目标\n地区生产总值增长\n%\n7\n8.3\n6.5\n"
            "单位地区生产总值能耗降低▲\n%\n2.8\n3.4\n3\n")
    got = {(r.kind, r.year): r for r in extract(TITLE + REVIEW_HEAD + "表1 主要指标\n" + rows).indicators
           if r.canonical == ENERGY}
    done = got[("actual", 2022)]
    assert done.binding and done.value == -3.4 and done.name == ENERGY and got[("target", 2023)].binding


def test_targets_each_opening_a_paragraph_of_reasons_are_the_headline_list():
    """预期目标为：/ 地区生产总值增长6.5%左右。主要考虑：… / 规模以上工业增加值增长7%。主要考虑：…: each target
    is headline, none of its reasons."""
    text = targets_doc("地区生产总值增长6.5%左右。主要考虑：上年全市经济两年平均增长6.3%，6.5%左右的目标与规划相衔接。\n"
                       "规模以上工业增加值增长7%。主要考虑：全年计划新增规上工业企业300家以上。\n"
                       "固定资产投资增长6%。主要考虑：年度计划投资1450亿元。")
    k = text.index("地区生产总值增长6.5%")
    got = [(r.text, r.headline) for r in extract(text).indicators if r.span[0] >= k]
    assert got == [("6.5%", True), ("6.3%", False), ("6.5%", False), ("7%", True), ("300家", False),
                   ("6%", True), ("1450亿元", False)]


@pytest.mark.parametrize("sentence, value, expected", [
    # (name, year, kind, measure) of a value named only by what it is set against
    ("上述目标中，地区生产总值增长8.5%左右，略低于2015年9.1%的实际增速，也为调结构留有空间。", "9.1%",
     ("地区生产总值", 2015, "actual", "growth")),
    ("地区生产总值增长8.5%左右，既与“十三五”规划年均增长8.5%左右的目标相衔接。", "8.5%左右的目标", None),
    ("——关于地区生产总值增长10.5%左右。这一目标与市下达我县11%左右的指导性目标基本衔接。", "11%",
     ("地区生产总值", 2023, "target", "growth")),
    ("城镇新增就业3200人，与2015年实际新增就业3180人基本持平。", "3180人", ("城镇新增就业", 2015, "actual", "level")),
    ("生产总值增长9%左右的目标，比去年实际增速11.3%低2.3个百分点。", "11.3%", ("生产总值", 2022, "actual", "growth")),
    # a base year or period a growth is measured from is no reference
    ("全省固定资产投资增长6.8%，比2019年增长11.2%。", "11.2%", ("固定资产投资", 2023, "target", "growth")),
    ("与北京高校院所共建研发平台9个。", "9个", ("与北京高校院所共建研发平台", 2023, "target", "level")),
])
def test_a_value_set_against_another_is_the_measure_just_named(sentence, value, expected):
    doc = plan_doc(sentence)
    start = doc.index(sentence)
    got = {r.text: r for r in extract(doc).indicators if r.span[0] >= start}
    if expected is None:    # (the plan's five-year goal: the measure named, the plan's last year)
        value = value[:value.index("%") + 1]
        r = [r for r in extract(doc).indicators if r.span[0] >= start and r.text == value][-1]
        assert (r.canonical, r.year, r.kind) == ("地区生产总值", 2025, "target")
        return
    r = got[value]
    assert (r.name, r.year, r.kind, r.measure) == expected


def test_an_excerpt_opening_in_five_year_goals_above_the_years_targets():
    """An excerpt opens inside the goals of the coming five years (——…到2030年…), then a paragraph gives
    the plan year's targets mid-sentence (…的原则，2026年计划草案提出…主要预期目标：…): goals of 2030, then
    the year's headline targets."""
    text = ("——经济实力迈上新台阶。地区生产总值年均增长5.5%左右，到2030年经济总量突破6000亿元。\n"
            "——科技创新能力显著增强。全社会研发经费投入强度达到3.2%。\n\n"
            "2026年是“十五五”规划实施的开局之年。综合考虑发展基础和外部环境，按照与规划目标相衔接的原则，"
            "2026年计划草案提出全市经济社会发展主要预期目标：地区生产总值增长5.5%左右；规模以上工业增加值增长7%；"
            "城镇新增就业5.8万人。\n")
    got = {(r.text, r.span[0] < text.index("2026年是")): r for r in extract(text).indicators}
    for value in ("6000亿元", "3.2%"):
        r = got[(value, True)]
        assert (r.year, r.kind, r.headline) == (2030, "target", False)
    for value in ("5.5%", "7%", "5.8万人"):
        r = got[(value, False)]
        assert (r.year, r.kind, r.headline) == (2026, "target", True)


def test_a_summary_pages_marked_sections_give_their_years():
    """A WeChat summary of a work report: ▶ 2024年成绩单 / ▶ 2025年目标这样定 head its sections; the results
    under the first are 2024's, the targets and projects under the second (and its keyword cards) 2025's."""
    text = ("原创 某区发布 2025年01月09日 18:30\n\n划重点！一图速览2025年某区政府工作报告\n\n"
            "1月8日上午，某区第三届人民代表大会第五次会议隆重开幕。\n\n"
            "▶ 2024年成绩单\n◆ 一般公共预算收入61.8亿元，增长4.5%\n◆ 规上工业增加值增长8.2%\n\n"
            "▶ 2025年目标这样定\n◆ 地区生产总值增长6%左右\n◆ 固定资产投资增长7%以上\n\n"
            "关键词④ 项目攻坚\n全年实施区重点项目150个。开工建设甲东站综合交通枢纽，加快建设乙大道快速路二期。\n")
    doc = extract(text)
    got = {r.text: (r.year, r.kind) for r in doc.indicators}
    assert got["61.8亿元"] == got["4.5%"] == got["8.2%"] == (2024, "actual")
    assert got["6%"] == got["7%"] == got["150个"] == (2025, "target")
    assert {(p.name, p.year, p.kind) for p in doc.projects} == {
        ("甲东站综合交通枢纽", 2025, "target"), ("乙大道快速路二期", 2025, "target")}


def test_a_milestone_in_a_several_year_review_is_of_its_own_year():
    """…由2008年的226.5亿元增加到2013年的482.7亿元，…，2010年突破300亿元，2012年跨上400亿元台阶: each milestone
    is a result of the year written before its verb."""
    sentence = ("五年来，全市综合实力显著增强。生产总值由2008年的226.5亿元增加到2013年的482.7亿元，按可比价格计算年均增长13.1%，"
                "2010年突破300亿元，2012年跨上400亿元台阶。")
    doc = review_doc(sentence)
    got = {r.text: (r.year, r.kind) for r in extract(doc).indicators if r.span[0] >= doc.index(sentence)}
    assert got["300亿元"] == (2010, "actual") and got["400亿元"] == (2012, "actual")
    assert got["226.5亿元"] == (2008, "actual")


def test_a_news_paragraph_opening_on_the_half_year_reports_results_to_its_end():
    """答：…上半年全市经济顶住压力。…上半年全市实现地区生产总值…。规模以上工业增加值增长6.2%；…: on a page
    dated in July, the sentences after one opening a paragraph on the half year are its results too."""
    text = ("某市日报数字报　2022年07月26日　第A02版：要闻\n\n稳住经济大盘　奋力追赶进度\n——访市发展和改革委员会主任\n\n"
            "　　问：今年年初确定了哪些主要目标？\n"
            "　　答：年初确定的全市主要预期目标是：地区生产总值增长7%左右，规模以上工业增加值增长8%。\n"
            "　　问：上半年全市经济运行情况如何？\n"
            "　　答：总的看，上半年全市经济顶住压力、稳中有进。据统计部门初步核算，上半年全市实现地区生产总值1237.8亿元，"
            "同比增长4.6%。规模以上工业增加值增长6.2%；固定资产投资增长8.9%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["7%"] == (2022, "target") and got["8%"] == (2022, "target")
    assert got["4.6%"] == got["6.2%"] == got["8.9%"] == (2022, "actual")


@pytest.mark.parametrize("text, value, expected", [
    # a numbered sub-heading run into its paragraph (2.2024年主要目标。…) opens the plan year
    ("（二）工业经济\n1.2023年执行情况。2023年，全州规模以上工业增加值同比增长7.8%；工业投资同比增长14.6%。\n"
     "2.2024年主要目标。规上工业增加值增长8%左右，工业投资增长12%以上。\n3.主要措施。全年实施技术改造项目60个以上。\n",
     "12%", (2024, "target")),
    # a heading of the plan year's arrangements (三、2018年重点项目安排) too
    ("首页 > 政务公开 > 计划规划 > 正文\n发布时间：2018-02-11 09:32\n\n（二）重点项目建设提速增效\n"
     "2017年，全市共安排市级重点项目236个，全年完成投资463.7亿元，同比增长12.4%。\n三、2018年重点项目安排\n"
     "2018年，全市拟安排市级重点项目252个，总投资2680亿元。\n", "252个", (2018, "target")),
])
def test_an_excerpts_plan_year_opens_at_a_numbered_targets_title_or_an_arrangements_heading(text, value, expected):
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got[value] == expected


def test_a_basis_after_a_sentence_between_is_the_paragraphs_measure():
    """五是一般公共预算收入增长6.6%，达到85.6亿元。受…影响，收入增幅有所放缓，剔除政策性减收因素后同口径增长8%左右:
    the same measure on another basis, though a sentence stands between."""
    s = ("五是一般公共预算收入增长6.6%，达到85.6亿元。受全面推开营改增后续减收影响，收入增幅有所放缓，"
         "剔除政策性减收因素后同口径增长8%左右。")
    doc = plan_doc(s)
    got = {r.text: r.canonical for r in extract(doc).indicators if r.span[0] >= doc.index(s)}
    assert got["8%"] == "一般公共预算收入"


def test_so_many_times_anothers_is_the_measure_just_named_with_the_comparison():
    """…投资186亿元，是“十五”时期的2.3倍: the measure just named so many times another's; the comparison stays
    in the name, and the year written is the ratio's base, not the value's."""
    s = "五年累计完成全社会固定资产投资186亿元，是“十五”时期的2.3倍。人均生产总值达到1.76万元，是2008年的2.1倍。"
    doc = review_doc(s)
    got = {r.text: (r.name, r.year) for r in extract(doc).indicators if r.span[0] >= doc.index(s)}
    assert got["2.3倍"] == ("五年累计完成全社会固定资产投资是“十五”时期", 2022)
    assert got["2.1倍"] == ("人均生产总值是2008年的", 2022)


def test_a_numbered_items_target_is_the_headline_and_the_rest_of_its_paragraph_its_reasons():
    """一是地区生产总值增长10.5%左右。全省…预期增长10%左右，…。按此测算，…将达到1095亿元左右。: the item's target
    is the list's; what its paragraph then says explains it."""
    text = (TITLE + REVIEW_HEAD + REVIEW_LINE + PLAN_TARGETS_HEAD +
            "建议2023年全州经济社会发展的主要预期目标安排如下：\n"
            "　　一是地区生产总值增长10.5%左右。全省预期增长10%左右，我州需保持高于全省的增速。按此测算，全州地区生产总值将达到1095亿元左右。\n"
            "　　二是社会消费品零售总额增长11%。\n")
    got = {r.text: r.headline for r in extract(text).indicators}
    assert got["10.5%"] and got["11%"]
    assert not got["10%"] and not got["1095亿元"]


def test_the_targets_set_at_the_start_of_the_year_restated_in_the_review():
    """对照年初确定的地区生产总值增长6%左右、固定资产投资增长6%左右等目标: the review year's targets, named after
    their measures (对照, 年初确定的 are no part of a name)."""
    s = "对照年初确定的地区生产总值增长6%左右、固定资产投资增长6%左右等目标，主要指标总体完成。"
    doc = review_doc(s)
    got = [(r.name, r.kind, r.year) for r in extract(doc).indicators if r.span[0] >= doc.index(s)]
    assert got == [("地区生产总值", "target", 2022), ("固定资产投资", "target", 2022)]


def test_a_clause_working_on_a_zone_gives_it_the_short_measures_after_it():
    """推进X经济开发区扩容提升，新增规划面积8平方公里: the zone's new planned area."""
    s = "培育年销售收入超10亿元企业15家。推进甲经济开发区扩容提升，新增规划面积8平方公里。"
    doc = plan_doc(s)
    got = {r.text: r.name for r in extract(doc).indicators if r.span[0] >= doc.index(s)}
    assert got["8平方公里"] == "甲经济开发区新增规划面积" and got["15家"] == "培育年销售收入超10亿元企业"


def test_a_breakdown_of_the_results_is_no_part_of_the_headline_system():
    """…全县生产总值24.36亿元，增长12.8%。从三次产业看，第一产业增加值8.12亿元，增长6.1%: every labeller leaves the
    breakdown out of the opening results."""
    text = (TITLE + REVIEW_HEAD + "预计全县生产总值完成24.36亿元，增长12.8%；财政总收入1.86亿元，增长23.4%。"
            "从三次产业看，第一产业增加值8.12亿元，增长6.1%；第二产业增加值7.85亿元，增长19.6%。\n")
    got = {r.text: r.headline for r in extract(text).indicators}
    assert got["24.36亿元"] and got["12.8%"] and got["1.86亿元"]
    assert not got["8.12亿元"] and not got["6.1%"] and not got["7.85亿元"]


def test_a_five_year_plans_own_goal_is_named_after_its_measure():
    """与“十四五”规划确定的生产总值年均增长6%左右的目标相衔接: the words naming the plan are no part of the name."""
    from extractor import names
    assert names.clean_name("与“十四五”规划确定的生产总值") == "生产总值"
    assert names.clean_name("“十三五”规划纲要提出的城镇化率") == "城镇化率"


def test_a_second_distribution_of_shares_is_of_the_subjects_just_distributed():
    """A、B增加值分别增长9.4%、12.7%，占规上工业的比重分别为33.2%、17.8%，同比分别提高1.6和1.1个百分点: each one's
    share, then the change of each share."""
    s = "其中装备制造业、高技术制造业增加值分别增长9.4%、12.7%，占规上工业的比重分别为33.2%、17.8%，同比分别提高1.6和1.1个百分点。"
    doc = review_doc(s)
    got = {r.text: r.name for r in extract(doc).indicators if r.span[0] >= doc.index(s)}
    assert got["33.2%"] == "装备制造业增加值占规上工业的比重" and got["17.8%"] == "高技术制造业增加值占规上工业的比重"
    assert got["1.1个百分点"] == "高技术制造业增加值占规上工业的比重"


def test_the_quarters_values_inside_the_results_sentence_are_its_course():
    """全年地区生产总值7386.2亿元，一季度下降8.7%、上半年下降1.9%、前三季度增长1.6%、全年增长3.8%: the year's figures
    are its results; the quarters' values are not (one set against a quarter, 比一季度提高, still is)."""
    text = (TITLE + REVIEW_HEAD + "初步核算，全年地区生产总值7386.2亿元，一季度下降8.7%、上半年下降1.9%、前三季度增长1.6%、"
            "全年增长3.8%；规模以上工业增加值增长4.5%，增速比一季度提高2.1个百分点。\n")
    got = {r.text: r.headline for r in extract(text).indicators}
    assert got["7386.2亿元"] and got["3.8%"] and got["4.5%"] and got["2.1个百分点"]
    assert not got["8.7%"] and not got["1.9%"] and not got["1.6%"]


def test_a_five_year_average_goal_without_the_word_plan_is_a_target_of_its_last_year():
    """把地区生产总值增长目标定在7%以上，…也与“十四五”年均增长6%左右的目标相衔接: the 十四五's goal, of 2025."""
    s = "把地区生产总值增长目标定在7%以上，既考虑了低基数带来的恢复性因素，也与“十四五”年均增长6%左右的目标相衔接。"
    doc = plan_doc(s)
    got = {r.text: (r.year, r.kind) for r in extract(doc).indicators if r.span[0] >= doc.index(s)}
    assert got["6%"] == (2025, "target") and got["7%"] == (2023, "target")


@pytest.mark.parametrize("sentence, gaps", [
    ("地区生产总值增长7.1%，比年初确定的7.5%的预期目标低0.4个百分点。", ["0.4个百分点"]),
    ("规模以上工业增加值增长7.8%，高于\n年度目标 0.8 个百分点。", ["0.8 个百分点"]),
    ("地区生产总值和规模以上工业增加值增速分别低于年初预期目标1.3个和1.8个百分点。", ["1.3", "1.8个百分点"]),
    ("PM2.5平均浓度降至31微克/立方米，优于省定目标4微克/立方米。", ["4微克/立方米"]),
])
def test_a_gap_to_a_target_is_no_record(sentence, gaps):
    """The guideline: a gap to a target is no record, written with the target's own figure, a break, spaces, or
    as the second of a list of gaps."""
    doc = review_doc(sentence)
    got = [r.text for r in extract(doc).indicators if r.span[0] >= doc.index(sentence)]
    assert not any(g in t or t in g for g in gaps for t in got if t.strip()), got


def test_cards_with_two_figures_a_caption_with_a_clause_and_a_price_rise():
    """48916元、25307元 / 城镇、农村居民人均可支配收入 / 分别增长4.5%、6.6%: each figure its part of the caption, in
    turn; 312天 / 空气质量优良天数，创…最好水平: the caption up to its comma; 2%左右 / 居民消费价格涨幅: a growth."""
    text = ("数说政府工作报告丨某市2025\n原创 某市发布 2025年01月21日 07:58\n\n▌2024年 主要指标\n\n"
            "48916元、25307元\n城镇、农村居民人均可支配收入\n分别增长4.5%、6.6%\n\n"
            "312天\n空气质量优良天数，创有监测记录以来最好水平\n\n▌2025年 主要预期目标\n\n2%左右\n居民消费价格涨幅\n")
    got = [(r.text, r.name, r.measure, r.year) for r in extract(text).indicators]
    assert got == [("48916元", "城镇居民人均可支配收入", "level", 2024), ("25307元", "农村居民人均可支配收入", "level", 2024),
                   ("4.5%", "城镇居民人均可支配收入", "growth", 2024), ("6.6%", "农村居民人均可支配收入", "growth", 2024),
                   ("312天", "空气质量优良天数", "level", 2024), ("2%", "居民消费价格", "growth", 2025)]


@pytest.mark.parametrize("date, paragraph, year", [
    # a January page: the year just past
    ("2024-01-17", "　　一年来，全市新增经营主体3.86万户，城镇新增就业5.12万人。\n", 2023),
    # a December page: its own year, now ending
    ("2023-12-29", "　　一年来，全市新增经营主体3.86万户，城镇新增就业5.12万人。\n", 2023),
    # the year the paragraph named holds, and goes on to the next paragraph
    ("2019-02-15", "　　2018年是极不平凡的一年。一年来，全市新增经营主体3.86万户。\n　　全年城镇新增就业5.12万人。\n", 2018),
])
def test_a_news_paragraph_opening_on_yinianlai_reviews_the_year_just_past(date, paragraph, year):
    text = f"某市经济运行稳中向好\n\n发布时间：{date} 08:42\n\n{paragraph}"
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"3.86万户": (year, "actual"), "5.12万人": (year, "actual")}


def test_label_lines_whose_values_open_with_wancheng():
    """全年主要指标完成情况如下： / 地区生产总值：完成1186.4亿元，增长3.1%； / 固定资产投资：增长6.8%；: each
    line's values are its label's (完成 before an amount opens them, as 增长 does)."""
    text = (TITLE + REVIEW_HEAD + "全年主要指标完成情况如下：\n地区生产总值：完成1186.4亿元，增长3.1%，两年平均增长5.6%；\n"
            "固定资产投资：增长6.8%；\n社会消费品零售总额：完成452.7亿元，下降1.2%；\n")
    got = [(r.text, r.name) for r in extract(text).indicators]
    assert got == [("1186.4亿元", "地区生产总值"), ("3.1%", "地区生产总值"), ("5.6%", "地区生产总值"),
                   ("6.8%", "固定资产投资"), ("452.7亿元", "社会消费品零售总额"), ("1.2%", "社会消费品零售总额")]


def test_gaps_to_a_list_of_targets_written_with_their_figures_are_no_records():
    """…3项指标未达到预期目标，比年初确定的增长10%、10%和8%分别低6.4个、1.1个和3.8个百分点: the targets are
    records, the gaps are not (个 short for 个百分点)."""
    text = (TITLE + REVIEW_HEAD + "全社会固定资产投资、社会消费品零售总额、外贸进出口总额3项指标未达到预期目标，"
            "比年初确定的增长10%、10%和8%分别低6.4个、1.1个和3.8个百分点。\n")
    got = [(r.text, r.kind) for r in extract(text).indicators]
    assert got == [("10%", "target"), ("10%", "target"), ("8%", "target")]


def test_a_later_section_under_a_headline_naming_the_report_is_an_excerpt_of_it():
    """网站首页 > … / 全省2015年计划执行情况：开放型经济稳中提质 / 发布时间：2016-02-03 / （五）开放型经济逆势增长。: a
    later section of the 2015 plan report, its figures 2015's results."""
    text = ("网站首页 > 信息公开 > 规划计划 > 年度计划\n全省2015年计划执行情况：开放型经济稳中提质\n"
            "发布时间：2016-02-03 09:15　来源：省发展和改革委员会\n\n（五）开放型经济逆势增长。\n"
            "全省外贸进出口总额312.6亿美元，增长4.1%。\n")
    doc = extract(text)
    assert (doc.report.doc_type, doc.report.review_year, doc.report.plan_year) == ("plan_report", 2015, 2016)
    assert {(r.text, r.year, r.kind) for r in doc.indicators} == {("312.6亿美元", 2015, "actual"), ("4.1%", 2015, "actual")}


def test_an_excerpt_opening_on_a_later_numbered_target_line():
    """5.一般公共预算收入增长6%。 / 6.城镇新增就业4.2万人以上… (the list's head cut off above), then its reasons under
    （三）确定2021年计划目标的主要考虑: the numbered lines are the plan year's targets, headline."""
    text = ("5.一般公共预算收入增长6%。\n6.城镇新增就业4.2万人以上，城镇调查失业率控制在5.5%以内。\n"
            "7.单位地区生产总值能耗下降3%（约束性）。\n（三）确定2021年计划目标的主要考虑\n"
            "——地区生产总值增长8%左右。2020年，面对新冠肺炎疫情的严重冲击，全市经济运行持续恢复向好，"
            "预计全年地区生产总值增长2.9%。\n四、2021年经济社会发展的主要任务\n（一）坚定不移扩大有效需求\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["6%"] == got["4.2万人"] == got["5.5%"] == got["3%"] == (2021, "target", True)
    assert got["2.9%"][:2] == (2020, "actual")


def test_an_excerpt_of_bullets_aiming_at_this_year_reads_as_the_plan():
    """●…。在2020年实现城镇新增就业3126人的基础上，力争今年…: an excerpt of the plan part, though its verbs
    (完成, 建成, 达到) outnumber its words of work ahead."""
    text = ("●千方百计稳定和扩大就业。落实就业优先政策，在2020年实现城镇新增就业3126人的基础上，力争今年城镇新增就业3000人以上，"
            "城镇登记失业率控制在4.5%以内。开展职业技能培训6000人次，转移就业总量稳定在6.8万人以上。\n"
            "●推动教育优质均衡发展。新建、改扩建公办幼儿园4所，新增学位1080个，学前三年毛入园率达到92%以上；"
            "完成6所农村寄宿制学校改造，九年义务教育巩固率稳定在96%以上。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["3126人"] == (2020, "actual")
    assert got["3000人"] == got["1080个"] == got["92%"] == (2021, "target")


def test_a_years_average_concentration_in_the_opening_results_is_no_average_over_years():
    """…PM2.5年均浓度降至37微克/立方米 (a level of the year) leaves the sentence the year's opening results."""
    text = (TITLE + REVIEW_HEAD + "2022年是极不平凡的一年。预计全年实现地区生产总值468.5亿元，增长1.6%；"
            "万元地区生产总值能耗下降4.6%，PM2.5年均浓度降至37微克/立方米。\n")
    assert all(r.headline for r in extract(text).indicators)


def test_a_key_number_on_its_label_line_takes_the_value_its_paragraph_states():
    """关键数字2：6% / 今年全市地区生产总值预期增长6%左右: the card's figure is that target (its own qualifier none)."""
    text = ("9个关键数字，读懂某市2024年政府工作报告\n\n2024-01-23 09:15:06　来源：某日报\n\n"
            "关键数字2：6%\n　　今年全市地区生产总值预期增长6%左右。报告说，这一目标与省定目标相衔接。\n\n"
            "关键数字3：680个\n　　今年安排市级重点项目680个，总投资5860亿元。\n")
    got = {(r.text, r.span[0]): r for r in extract(text).indicators}
    card, stated = sorted((r for (t, _), r in got.items() if t == "6%"), key=lambda r: r.span[0])
    assert (card.name, card.year, card.kind, card.measure, card.qualifier) == ("地区生产总值", 2024, "target", "growth", None)
    assert stated.qualifier == "about"
    card680 = min((r for (t, _), r in got.items() if t == "680个"), key=lambda r: r.span[0])
    assert card680.name == "安排市级重点项目"


def test_an_excerpt_opening_at_a_numbered_section_of_results_is_the_review():
    """6.科技创新…加快发展。全区…达到2.46%,比上年提高…: a section's title, then its results (not a targets item)."""
    text = ("6.科技创新和教育事业加快发展。全区全社会研发经费投入占地区生产总值的比重达到2.46%,比上年提高0.18个百分点;"
            "新认定高新技术企业37家,总数达到156家。新增省级以上企业技术中心12个。\n"
            "7.社会保障水平稳步提高。城镇新增就业1.2万人。\n")
    assert {r.kind for r in extract(text).indicators} == {"actual"}


def test_an_excerpt_saying_what_the_year_will_go_on_doing_reads_as_the_plan():
    text = ("某市人民政府门户网站\n当前位置：首页 > 政务公开 > 规划计划 > 政府工作报告\n"
            "发布时间：2016-02-03 10:26　　来源：市政府办公室\n【字体：大 中 小】　【打印本页】\n\n"
            "　　推进海绵城市建设，新增城市绿地12万平方米，城市生活污水集中处理率提高到92%。\n"
            "　　（三）用心用情保障和改善民生。坚持把新增财力的70%以上用于民生，2016年继续集中办好十件民生实事：\n"
            "　　1.新建改扩建公办幼儿园6所，新增学位1800个；\n　　2.改造老旧小区20个，惠及居民3600户；\n"
            "　　3.新建城市社区养老服务中心8个，为1.2万名65岁以上老年人免费体检；\n"
            "　　4.新改建农村公路120公里，实施危桥改造15座；\n　　5.新增城市公共停车位2000个；\n"
            "　　6.新建城乡公交候车亭150个，更新新能源公交车60辆；\n　　7.为2000户困难家庭实施适老化改造；\n"
            "　　8.新建改造农贸市场6个，设立食品快检室12个；\n　　9.完成城区3条背街小巷改造；\n"
            "　　10.开展职业技能培训1.5万人次，新增城镇就业8000人。\n"
            "　　（四）加快建设美丽家园。完成植树造林1.2万亩，新建城市公园3个、口袋公园12个，城区空气质量优良天数比例达到85%以上。\n"
            "　　（五）持续深化改革开放。新增市场主体5000户以上，实际利用外资1.5亿美元，进出口总额增长8%。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["12万平方米"] == got["1800个"] == (2016, "target")


@pytest.mark.parametrize("field, headline", [("生态环境保护的", False), ("农业农村工作的", False), ("经济社会发展的", True), ("", True)])
def test_one_fields_goals_are_no_part_of_the_years_indicator_system(field, headline):
    text = ("（三）坚持生态优先、绿色低碳发展，持续改善生态环境质量\n"
            f"2023年计划安排全省{field}主要目标是：地区生产总值增长6%左右，森林覆盖率达到43.6%。\n")
    records = extract(text).indicators
    assert [r.text for r in records] == ["6%", "43.6%"]
    assert [r.headline for r in records] == [headline, headline]
    assert {(r.year, r.kind) for r in records} == {(2023, "target")}


def test_an_interview_answer_opening_on_what_will_be_done_plans_its_year():
    """A July interview: the answer on the first half reports results; the answer opening 我们将… plans the
    year, its later sentences too, bar what a part of the year already did."""
    text = ("稳住经济大盘　奋力追赶进度\n——访市发展和改革委员会主任\n发布时间：2022-07-26\n\n"
            "　　问：上半年全市经济运行情况如何？\n"
            "　　答：2022年上半年，全市实现地区生产总值1237.8亿元，同比增长4.6%。\n"
            "　　问：下半年如何确保完成全年目标任务？\n"
            "　　答：下半年是冲刺全年目标的关键期。我们将抓好稳经济一揽子政策措施落地见效。"
            "消费方面，年内再发放消费券5000万元，带动消费10亿元以上。上半年已发放消费券3000万元。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got == {"1237.8亿元": (2022, "actual"), "4.6%": (2022, "actual"), "5000万元": (2022, "target"),
                   "10亿元": (2022, "target"), "3000万元": (2022, "actual")}


CARD_PAGE = ("某区发布\n原创 某区发布 2024-01-12 21:06\n\n一图读懂 | 2024年某区政府工作报告\n\n"
             "PART 1\n2023年 · 交出这份答卷\n\n823.6亿元\n地区生产总值\n\n312.7\n亿元\n社会消费品零售总额\n\n"
             "-3.2%\n外贸进出口总额增速\n\n54.83 亿元\n一般公共预算收入（预计）\n\n"
             "PART 2\n这一年 · 亮点纷呈\n\n46家\n新增国家高新技术企业\n\n"
             "PART 3\n2024年 · 主要预期目标\n\n6%左右\n地区生产总值增长\n\n"
             "PART 4\n2024年 · 项目建设\n\n年内开工\n甲江东站综合交通枢纽\n乙智造产业园二期\n\n年内建成\n区中医院迁建工程\n")


def test_a_card_page_without_sentences_reads_its_cards_and_its_parts_headline_sections():
    """PART N over a section's heading marks it; the results' and the targets' sections are the system
    (答卷 as 成绩单); a card's figure may carry a sign, its unit on a line of its own, （预计） in its label."""
    got = {r.text: (r.name, r.year, r.kind, r.measure, r.value, r.estimated, r.headline) for r in extract(CARD_PAGE).indicators}
    assert got == {
        "823.6亿元": ("地区生产总值", 2023, "actual", "level", 823.6, False, True),
        "312.7\n亿元": ("社会消费品零售总额", 2023, "actual", "level", 312.7, False, True),
        "-3.2%": ("外贸进出口总额", 2023, "actual", "growth", -3.2, False, True),
        "54.83 亿元": ("一般公共预算收入", 2023, "actual", "level", 54.83, True, True),
        "46家": ("新增国家高新技术企业", 2023, "actual", "level", 46, False, False),
        "6%": ("地区生产总值", 2024, "target", "growth", 6, False, True)}



@pytest.mark.parametrize("reasons, text, name, measure, value", [
    ("2019年一般公共预算收入预计增长3.6%；考虑到收入增长基础不够稳固，按3%安排留有余地。", "3%", "一般公共预算收入", "growth", 3),
    ("2019年进出口总额增长8.9%，按增长5%安排较为稳妥。", "5%", "进出口总额", "growth", 5),
    ("2019年预计下降3.2%，按降低3%安排。", "3%", "单位地区生产总值能耗", "growth", -3),
    ("近三年常住人口城镇化率年均提高1.2个百分点左右，按提高1.2个百分点安排。", "1.2个百分点", "常住人口城镇化率", "change", 1.2),
])
def test_how_a_target_was_set_in_its_reasons_is_that_measures_target(reasons, text, name, measure, value):
    """按3%安排 after the reasons for a target: the target of the measure just named, of the plan year,
    no estimate and no part of the headline list (the list states it already)."""
    targets = {"一般公共预算收入": "3．一般公共预算收入增长3%。", "进出口总额": "4．进出口总额增长5%。",
               "单位地区生产总值能耗": "8．单位地区生产总值能耗下降3%。", "常住人口城镇化率": "7．常住人口城镇化率提高1.2个百分点。"}
    title = "关于某省2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n\n"
    text_ = title + "二、2020年主要预期目标\n" + targets[name] + "主要考虑：" + reasons + "\n"
    record = [r for r in extract(text_).indicators if r.text == text][-1]
    assert record.span[0] > text_.index("主要考虑")
    assert (record.name, record.year, record.kind, record.measure, record.value, record.estimated, record.headline) == (
        name, 2020, "target", measure, value, False, False)


def test_a_table_row_labelled_only_growth_is_the_growth_of_the_row_above():
    """地区生产总值 | 亿元 | 56.2 | 54.9 | 58.7 / 　增速 | % | 7.5 | 6.3 | 6.5左右: the GDP's growth, each column's year and kind."""
    text = ("关于某县2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n\n表1  主要经济指标\n"
            "指标\n单位\n2018年计划\n2018年预计完成\n2019年预期目标\n"
            "地区生产总值\n亿元\n56.2\n54.9\n58.7\n　增速\n%\n7.5\n6.3\n6.5左右\n"
            "规模以上工业增加值增速\n%\n8\n4.6\n6\n\n一、2018年计划执行情况\n全年经济运行总体平稳。\n")
    got = [(r.text, r.name, r.measure, r.year, r.kind) for r in extract(text).indicators]
    assert got[:6] == [("56.2", GDP, "level", 2018, "target"), ("54.9", GDP, "level", 2018, "actual"),
                       ("58.7", GDP, "level", 2019, "target"), ("7.5", GDP, "growth", 2018, "target"),
                       ("6.3", GDP, "growth", 2018, "actual"), ("6.5", GDP, "growth", 2019, "target")]



def test_a_shushuo_pages_figure_first_lines_take_the_label_after_the_gap():
    """约412亿元　全年地区生产总值（预计） / 6.1%　规上工业增加值增长 / 138.6亿元　完成固定资产投资，同比增长7.3%:
    each line its own card (never joined to the next), named by its label, a growth where the label ends 增长."""
    text = ("数说2022丨某区这一年\n发布时间：2023-01-05\n\n2022年，某区经济社会发展保持良好态势。\n\n▌经济运行\n"
            "约412亿元\u3000全年地区生产总值（预计）\n6.1%\u3000规上工业增加值增长\n"
            "138.6亿元\u3000完成固定资产投资，同比增长7.3%\n172.4亿元\u3000社会消费品零售总额\n")
    got = {r.text: (r.name, r.canonical, r.measure, r.estimated) for r in extract(text).indicators}
    assert got == {"412亿元": ("地区生产总值", "地区生产总值", "level", True),
                   "6.1%": ("规上工业增加值", "规模以上工业增加值", "growth", False),
                   "138.6亿元": ("固定资产投资", "全社会固定资产投资", "level", False),
                   "7.3%": ("固定资产投资", "全社会固定资产投资", "growth", False),
                   "172.4亿元": ("社会消费品零售总额", "社会消费品零售总额", "level", False)}



def test_a_binding_title_sentence_binds_the_values_of_the_sentence_after_it():
    """节能减排约束性指标全面完成。初步测算，A下降5.3%，…；B、C分别下降3.2%、2.9%。: those values are binding."""
    text = (TITLE + REVIEW_HEAD + "节能减排约束性指标全面完成。初步测算，全区单位GDP能耗下降5.3%；化学需氧量、氨氮排放总量分别下降3.2%、2.9%。"
            "全年新增造林面积3.2万亩。\n")
    got = {r.text: r.binding for r in extract(text).indicators}
    assert got == {"5.3%": True, "3.2%": True, "2.9%": True, "3.2万亩": False}



def test_a_plan_reports_card_page_dates_its_sections_and_reads_pairs_and_falls():
    """▍2024年 主要指标完成情况 over a 2025 page: results of 2024; 52860元 | 27430元 / 城镇、农村…: one each;
    2.6% / 单位地区生产总值能耗降低*: a binding fall."""
    text = ("一图读懂 | 某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n发布时间：2025-01-16\n\n"
            "▍2024年 主要指标完成情况\n\n5.4%\n地区生产总值增速\n\n52860元 | 27430元\n城镇、农村居民人均可支配收入\n\n"
            "▍2025年 主要预期目标\n\n5.5%左右\n地区生产总值增长\n\n2.6%\n单位地区生产总值能耗降低*\n\n注：带*的为约束性指标\n")
    got = {r.text: (r.name, r.year, r.kind, r.measure, r.value, r.binding) for r in extract(text).indicators}
    assert got == {"5.4%": (GDP, 2024, "actual", "growth", 5.4, False),
                   "52860元": ("城镇居民人均可支配收入", 2024, "actual", "level", 52860, False),
                   "27430元": ("农村居民人均可支配收入", 2024, "actual", "level", 27430, False),
                   "5.5%": (GDP, 2025, "target", "growth", 5.5, False),
                   "2.6%": ("单位地区生产总值能耗", 2025, "target", "growth", -2.6, True)}
