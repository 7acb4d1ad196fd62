"""Word lists of the indicator rules (patterns/indicators.toml), compiled once, and the rule
that tells a level from a growth rate or a change, shared by narrative and table records."""
from __future__ import annotations

import functools

import regex

from .lexicon import load
from .pattern_cache import compiled

# verbs of a fall: a value after them (按降低3%安排) or a label ending on them (…能耗降低*) is negative
FALL_VERBS = ("降低", "下降", "减少")

_re = functools.cache(compiled)


# the marks a row's or an item's label carries when its indicator is binding (地区生产总值能耗降低▲, 森林覆盖率*)
BINDING_STARS = "*＊★▲"
WITHOUT_STARS = str.maketrans("", "", BINDING_STARS)

def alternation(words: list[str]) -> str:
    return "|".join(regex.escape(x) for x in sorted(words, key=len, reverse=True))


@functools.cache
def words() -> dict:
    data = load("indicators")
    w = {**data["words"], **{f"verbs_{k}": v for k, v in data["verbs"].items()},
         "amount_words": data["amount_words"], "rate_words": data["rate_words"]}
    # word lists compiled once into alternations: "…$" finds a word ending a phrase
    w["growth_tail"] = compiled(f"(?:{alternation(w['verbs_growth'])})$")
    w["not_after"] = compiled(alternation(w["not_measure_after"]))
    # word lists a phrase may start or end with, as tuples for str.startswith / str.endswith
    for key in ("estimate_cues", "several_years_openers", "verbs_growth", "verbs_change", "linking_words", "entity_endings",
                "object_not_openers"):
        w[key + "_tuple"] = tuple(w[key])
    w["topic_leading_verbs_longest_first"] = sorted(w["topic_leading_verbs"], key=len, reverse=True)
    w["gap_regex_re"] = compiled(w["gap_regex"])
    w["reference_lead_re"] = compiled(w["reference_lead"])
    w["threshold_units_tuple"] = tuple(w["threshold_units"])
    w["object_stop_re"] = compiled(alternation(w["object_stop_verbs"]))
    w["estimate_mark_re"] = compiled(alternation(w["estimate_marks"]))
    # (on the value's line: a ★ opening the next line is that line's bullet)
    w["binding_mark_re"] = compiled(f"[ \\t\u3000]*(?:左右|以上|以内|以下|上下)?[ \\t\u3000]*(?:{alternation(w['binding_marks'])})")
    for key in ("target_cues", "target_name_cues", "verbs_comparison", "verbs_decrease", "gap_cues", "headline_cues"):
        w[key + "_re"] = compiled(alternation(w[key]))
    # 预期 in a name (人均预期寿命) is no cue
    for key in ("target_clause_cues", "news_target_cues"):
        # (nor 超预期, 好于预期: a result set against what was expected)
        w[key + "_re"] = compiled(f"(?<!超|于)(?:{alternation(w[key])})(?!{alternation(w['target_cue_not_before'])})")
    # nor, in a news item, an earlier plan a result is compared with (低于年初6%左右的预期目标, 未达预期)
    w["news_target_cues_re"] = compiled(f"(?<!的|未达|不及){w['news_target_cues_re'].pattern}")
    w["notes_heading_re"] = compiled(f"\\n[ \\t\u3000]*(?:{alternation(w['notes_headings'])})[ \\t\u3000]*[：:]?[ \\t\u3000]*\\n")
    w["object_first_cut_re"] = compiled(f"(?:{alternation(w['verbs_object_first_cuts'])})(\\p{{Han}}{{2,12}})")
    # a cue followed by 的 names an earlier plan (会议确定的主要目标任务全面完成), not a target
    w["target_cues_re"] = compiled(f"(?:{alternation(w['target_cues'])})(?!的|{alternation(w['target_cue_not_before'])})")
    # the share of a plan done (完成年度计划的112.6%) is a result, whatever its name says
    w["field_goals_re"] = compiled(f"(?:{alternation(w['field_goals'])})\\p{{Han}}{{0,4}}的$")
    w["plan_share_re"] = compiled(f"(?:{alternation(w['target_name_cues'] + ['目标', '任务'])})的?$")
    # a programme named …计划 (营养改善计划惠及学生) is no target: the cue must end the name or start it
    w["target_name_cues_re"] = compiled(f"^(?:{alternation(w['target_name_cues'])})|"
                                             f"(?:{alternation(w['target_name_cues'])})(?:投资|完成|新增|开工|建设)?$")
    return w


def unit_as_written(unit: str, text: str, view: str, start: int, end: int) -> str:
    """The unit with the widths the text has (％, not the view's %), read off text[start:end],
    the stretch the unit was read from (guideline: unit exactly as written)."""
    if text[start:end] == view[start:end]:
        return unit
    written = {v: t for v, t in zip(view[start:end], text[start:end]) if v != t}
    return "".join(written.get(c, c) for c in unit)


def is_amount(name: str) -> bool:
    """GDP, investment, sales, revenue, income, trade: a bare % of these is a growth rate."""
    w = words()
    return any(a in name for a in w["amount_words"]) and not any(r in name for r in w["rate_words"])


_QUALIFIER_TAIL = compiled(r"(?:不低于|不少于|不超过|不高于|不到|大约|约|近|接近|将近|超过|超|逾)\s*$")


def measure(q, before: str, clause_before: str, name: str, in_table: bool = False, carried: bool = False) -> str:
    """'level', 'growth' or 'change' for quantity `q`, from the words right before it (`before`),
    its clause so far, its name, and whether it sits in a table or carries a named subject."""
    w = words()
    if q.unit == "个百分点":
        return "change"
    tail = _QUALIFIER_TAIL.sub("", before.rstrip())   # 增长不低于10%, 增长约15%: the verb is before them
    if tail.endswith(("增长由", "增速由", "增幅由")):
        tail = tail[:-1]      # 地区生产总值增长由7%左右调整为3%左右: a growth, its start
    if q.unit == "倍" and tail.endswith(("增长", "增加", "提高")):
        return "growth"   # 增长1.4倍, 增长约1.3倍
    if q.unit in ("%", "‰"):
        # a rate of growth is one however its figure is introduced (涨幅控制在3%左右, 增速分别达到7.2%和6.8%)
        if _re(r"(?:增速|增幅|涨幅|降幅)(?:分别|依次|均|都)?\p{Han}{0,3}$").search(tail[-9:]) \
                or _re(r"(?:增速|增幅|涨幅|降幅)").search(name[-4:]) \
                or _re(r"(?:增长|增速)(?:预期)?目标(?:由|从|为|是|定为|设定为|确定为|定在|设定在|确定在)?$").search(tail[-9:]) \
                or ("由" in clause_before or "从" in clause_before) and _re(r"(?:增速|增幅|涨幅|降幅)(?:由|从)").search(clause_before):
            # (增速由一季度的-12.4%回升至前三季度的4.8%: both ends are rates of growth)
            return "growth"
    if tail.endswith(("到", "至", "达", "为", "在")):
        return "level"
    if q.unit in ("%", "‰"):
        if tail.endswith(w["verbs_growth_tuple"]):
            return "growth"
        if (q.unit == "%" and _re(r"增长率").search(name[-4:])) or _re(r"增速|增幅|涨幅|降幅").search(tail[-6:]):
            return "growth"
        if in_table and is_amount(name):
            return "growth"
        return "level"
    if q.unit == "倍" and _re(r"是(?:(?:19|20)\d{2}\s*年|上年|去年|\p{Han}{0,6}?平均水平)(?:末|底)?的$").search(tail[-14:]):
        return "change"   # 经营主体总量是2017年的1.8倍: a multiple of a base, as the audit labellers read it
    if _re(r"(?:高于|低于|多于|少于|超过)\p{Han}{0,8}?(?:平均水平|平均|水平)$").search(tail[-14:]):
        return "change"   # 亩均增加值168万元，高于全市平均12万元: a gap to an average
    if tail.endswith(("净增", "净减", "新增")) and w["verbs_comparison_re"].search(clause_before):
        return "change"   # 达到48户，比上年净增9户: a net change on a base (净增76家 alone stays a level)
    if ("多" in tail or "少" in tail) and _re(r"(?:比|较)(?:上年|去年)(?:同期)?(?:多|少)\p{Han}{0,4}$").search(tail[-12:]):
        return "change"   # 开行524列，比上年多开行171列: more or fewer than last year
    if tail.endswith(("净增", "净减")) and carried:
        return "change"   # 国家高新技术企业达到6980家，净增1420家: the net change of the stock just given
    if tail.endswith(w["verbs_change_tuple"]) and (carried or w["verbs_comparison_re"].search(clause_before)):
        return "change"   # 较上年增加7天; 28.9万吨，减少0.3万吨 (the subject's level, then its change)
    if q.value < 0 and tail.endswith(w["verbs_change_tuple"]):
        return "change"   # 农村贫困人口减少1.2万人: a fall in a stock, not a negative level
    if tail.endswith(("提高", "上调")) or q.unit == "元" and tail.endswith("增加"):
        return "change"   # 基础养老金月最低标准提高20元, 人均月增加139元: a rise in a standard
    return "level"
