"""The name of a narrative value from the words of its clause: the phrase before it, the thing
counted after it (建设15处村级健身点), the topic of a clause without values, and whether a name is too
bare to stand alone (投资, 占比) and takes a subject."""
from __future__ import annotations

from . import names
from .indicator_rules import words
from .pattern_cache import compiled

_OBJECT_JOIN = compiled(r"[、和及与][一二两三四五六七八九十百千万\d]")
_ORDINAL_PAIR = compiled(r"[一二三四五六七八九十][、和][一二三四五六七八九十]\p{Han}")
_AGE_THRESHOLD = compiled(r"\d+\s*周?岁(?:以上|以下)?的?")
# a comparison with another place or average names no measure of its own: it ends the phrase
# before the value and is dropped from the name (经济增速高于全国平均水平2.1个百分点 → 经济增速)
_COMPARISON = compiled(
    r"(?:增速|增幅|降幅|涨幅)?(?:高于|低于|快于|慢于|超过|超出|领先|比|较)\p{Han}{0,8}?"
    r"(?:全国|全省|全市|全区|全州|平均水平|平均|水平|增速|全部投资|全部|GDP增速|一季度|二季度|三季度|上半年|前三季度|上年|去年"
    r"|(?:\d{1,2}\s*[—\-－~至]\s*)?\d{1,2}\s*月份?"       # (增速比1—9月加快0.3个百分点)
    r"|[“\"]?十[一二三四五]五[”\"]?(?:时期|期间))"           # (比“十二五”时期增加512亿元)
    r"(?:水平)?(?:高|低|快|慢|多|少|收窄|扩大|加快|放缓|回落|回升|回|提高|下降)?$")


# a gap to another place or group (增速高于全省平均0.6个百分点, 增速高于城镇2.7个百分点): what the value measures
_PEER_GAP = compiled(r"((?:增速|增幅|涨幅)?)(?:均)?((?:高于|低于|快于|慢于|领先)(?:全国|全省|全市|全区|全州|全县|全盟|全旗|全自治区"
                     r"|城镇|农村|城镇居民|农村居民)(?:平均水平|平均|水平)?)[，,\s]*$")
_GROWTH_WORDS = ("增速", "增幅", "涨幅", "降幅")


def peer_gap_name(name: str, lead: str, after_growth: bool) -> str | None:
    """The name of a gap to another place or group: the subject, its growth when the gap is between
    growth rates, and the comparison as written (地区生产总值 + 增长3.2%，高于全省0.4个百分点 →
    地区生产总值增速高于全省). None when the value is no such gap."""
    if "于" not in lead and "领先" not in lead:
        return None
    gap = _PEER_GAP.search(lead)
    if not gap or not name or gap.group(2) in name:
        return None
    rate = gap.group(1) or ("增速" if after_growth else "")
    return name + ("" if name.endswith(_GROWTH_WORDS) else rate) + gap.group(2)


def _may_compare(phrase: str) -> bool:
    """A cheap gate before _COMPARISON: one of its first words' characters (高于 低于 快于 慢于 超过 超出 领先 比 较)."""
    return "比" in phrase or "较" in phrase or "超" in phrase or "领先" in phrase or "于" in phrase and (
        "高于" in phrase or "低于" in phrase or "快于" in phrase or "慢于" in phrase)


_BARE_MAGNITUDES = frozenset(("万", "亿", "万亿"))
_DIGIT = compiled(r"\d")
_LIST_TAIL = compiled(r"(?:等|和|及|与|、)$")
_NUMBERISH = compiled(r"[\d.%\s]*")
_BRACKET_REACH = 60
_SIZE = compiled(r"(?:对应|相应)(?:的)?\p{Han}{0,4}?(?:规模|总量)")    # 增长12%，对应投资规模约1329亿元: the same measure
_NOT_NAMES = {"同口径", "同比", "按不变价计算", "按可比价计算", "其中", "规模", "总量", "总数", "比重", "占比", "增速", "同期",
              "两年平均", "三年平均"}


_AFTER_NAME = compiled(r"(?>(?:以上|以下|以内|左右)?)的?(?![（(])([\p{Han}A-Za-z0-9０-９“”\"‘’《》·（）()]{1,16})")


def _object_after(view: str, q, limit: int) -> str:
    """The thing counted when it follows the number (建设15处村级健身点 → 村级健身点)."""
    m = _AFTER_NAME.match(view, q.end, limit)
    if m and m.group(1)[:1].isdigit():
        age = _AGE_THRESHOLD.match(view, m.start(1), limit)     # 为1.2万名65岁以上老年人…
        m = _AFTER_NAME.match(view, age.end(), limit) if age else m
    if not m:
        return ""
    phrase = m.group(1)
    if len(phrase) == 1 and _ORDINAL_PAIR.match(view, m.start(1)):
        rest = _AFTER_NAME.match(view, m.start(1) + 2, limit)      # 为13000名三、四级持证残疾人…: one kind
        phrase = view[m.start(1):m.start(1) + 2] + rest.group(1) if rest else phrase
    if phrase.startswith(words()["object_not_openers_tuple"]):
        return ""       # 所需资金18.6亿元已全部纳入预算: a predicate, not the thing counted
    digit = _DIGIT.search(phrase)
    if digit:
        phrase = phrase[: digit.start()]
    stop = words()["object_stop_re"].search(phrase, 2)
    if stop:
        phrase = phrase[: stop.start()]
    join = _OBJECT_JOIN.search(phrase, 3 if _ORDINAL_PAIR.match(phrase) else 1)
    if join:
        phrase = phrase[: join.start()]       # 四所幼儿园和两所中学: the next thing counted starts
    phrase = phrase.rstrip("、和及与")
    return names.clean_name(phrase)


_CLOSING = compiled(r"[）)]")
_VALUE_NOTE = compiled(r"^[（(][^（）()]{1,12}[）)][、，,；;\s]*")
# what follows a value that is the goal it belongs to, not a thing counted (增长6%以上的目标)
_GOAL_AFTER = compiled(r"(?:年度|预期|调控|增长|计划|发展|主要)*(?:目标|任务)")


def local_name(view: str, q, prev_end: int, limit: int, prev_how: str | None, verbs: str = "") -> tuple[str, str]:
    """(name, how) for one value from the words around it in its clause; `verbs` (新建、改扩建) opened
    the clause and belongs to the name of what is counted after a number."""
    before = view[prev_end:q.start]
    close = before.find("）")
    if close != -1 and "（" not in before[:close]:
        # 规模以上工业企业（年主营业务收入2000万元及以上，以下简称“规上企业”）达到1082家: the clause
        # starts inside a bracket; the name is what stands before the bracket, and after it
        opened = view.rfind("（", max(0, prev_end - _BRACKET_REACH), prev_end)
        if opened != -1:
            head_start = max(view.rfind(c, 0, opened) for c in "，,；;。\n") + 1
            before = view[head_start:opened] + before[close + 1:]
    if verbs and verbs in before:
        before = before[before.index(verbs) + len(verbs):]
    phrase = before.lstrip("，,；;、 ").rstrip()
    if phrase[:1] in "（(" and not _CLOSING.search(phrase):
        phrase = phrase[1:]     # 3.86万人（完成年度目标的128.7%）: an aside on the value just given
    phrase = _VALUE_NOTE.sub("", phrase)    # 开工28万套（约束性）、基本建成18万套: the last value's note
    if _may_compare(phrase) and _COMPARISON.search(phrase):
        phrase = _COMPARISON.sub("", phrase)     # 地区生产总值降幅比一季度收窄: the comparison goes
    prefix = names.clean_name(phrase)
    in_list = prev_how == "after" or _LIST_TAIL.search(before.rstrip()) or "、" in before
    # a bare magnitude (346.9万农村贫困人口) leaves the counted thing after the number
    short = len(prefix) <= words()["dependent_name_chars"] or q.unit in _BARE_MAGNITUDES
    obj = _object_after(view, q, limit) if in_list or short else ""
    if obj and _GOAL_AFTER.fullmatch(obj) and (names.canonical(prefix, True) or names.has_measure_word(prefix)):
        obj = ""    # 地区生产总值增长6%左右、固定资产投资增长6%以上的目标: each value names its own measure
    if obj and in_list:
        # A、B等6所学校建成投用 / 3项国家级体育赛事、2项市级赛事: the count is of what follows
        return verbs + obj, "after"
    if obj and short:
        # 建设15处村级健身点, 巩固提升2.8万人饮水安全: the verb before the number stays whole
        return (verbs or names.trim(before.lstrip("，,；;、 ")) or prefix) + obj, "after"
    if _may_compare(prefix) and _COMPARISON.search(prefix):
        prefix = names.clean_name(_COMPARISON.sub("", prefix))
    if " " in prefix and names.canonical(prefix, True) is None and names.canonical(prefix.split()[-1], True):
        prefix = prefix.split()[-1]     # a headline's phrases (…批准计划调整方案 地区生产总值增速目标由7%…): the last names it
    if prefix in _NOT_NAMES or _NUMBERISH.fullmatch(prefix) or prefix.startswith(("对应", "相应")) and _SIZE.fullmatch(prefix):
        return "", "none"
    return verbs + prefix, "before"


def topic(clause_text: str) -> str:
    """What a clause without values is about: the words after 等, or the clause without its verb."""
    phrase = clause_text.rsplit("等", 1)[-1] if "等" in clause_text else clause_text
    phrase = names.clean_name(phrase)
    for verb in words()["topic_leading_verbs_longest_first"]:
        if phrase.startswith(verb) and len(phrase) > len(verb) + 1:
            phrase = phrase[len(verb):]
    return phrase if 2 <= len(phrase) <= 24 else ""

_TOPIC_VERB = compiled(r"突破|达到|超过|迈上|跨上|站上|首次|实现")


def measure_of(topic: str) -> str:
    """The measure a topic clause names before its verb (甲区地区生产总值突破千亿元 → 甲区地区生产总值)."""
    verb = _TOPIC_VERB.search(topic, 2)
    return topic[: verb.start()] if verb else topic


def is_dependent(name: str, canon: str | None, inherited: bool = False) -> bool:
    """Whether a name needs a subject (投资, 占比, a short name); one from an earlier sentence
    (`inherited`) completes only a measure word, not a short name of a thing (养殖户)."""
    w = words()
    if canon:
        return False
    if name in w["dependent_names"] or name.startswith("占"):
        return True
    if len(names.entity(name)) >= 2 and names.entity(name) != name:
        return False        # 茶叶产量: a thing and its measure name their own subject
    return not inherited and len(name) <= w["dependent_name_chars"]
