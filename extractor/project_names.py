"""Whether a string names a project, and the name in it.

A name counts when it is `valid` (no count, batch, quantity, sector or programme) and, in most
lists, when it is a facility (`is_facility`: it ends with a facility word, or names works on a
facility or place). `name_core` is the name as the suffix tests see it; `clean_item` cuts one
、-item of a list down to its name.
"""
from __future__ import annotations

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .project_lexicon import Cfg

BLANKS = " \t\u3000\u00a0"
_CLOSE_BRACKET = regex.compile(r"(?:[（(][^（()）]{0,20}[）)])+$")
_QUOTES = "“”\"'‘’《》「」"
_QUOTES_AND_SPACE = _QUOTES + " "
_CLOSERS = ("）", ")")
# (场/次: performances and showings, '送戏下乡220场', '培训1200人次')
_UNITS = "个|所|条|座|家|处|项|户|栋|套|辆|万|亿|千|百|公里|米|平方米|亩|吨|人|元|%|％|千米|张|台|口|场|次"
_APPROX = "以上|以内|左右"
_QUANTITY_END = regex.compile(
    rf"\d(?<![A-Za-z]\d)[\d.]*\s*(?:[多余])?\s*(?:{_UNITS})*\s*(?:{_APPROX})?$"
)
# what a _QUANTITY_END match can end with besides a digit or a space
_QUANTITY_LAST = frozenset(".多余" + "".join(w[-1] for w in f"{_UNITS}|{_APPROX}".split("|")))
_ITEM_MARKER = regex.compile(r"(?:等[^、]{0,10}?)?(?:建设)?项目$|等$")
_ITEM_MARKER_ENDS = ("项目", "等")   # what _ITEM_MARKER can end with: a cheap gate before the scan
_GENERIC_ENDS = ("工程", "建设")
_TRIMMED_ENDS = _ITEM_MARKER_ENDS + _GENERIC_ENDS
_SPACE = regex.compile(r"\s+")
_MARKUP = regex.compile(r"[{}\[\]<>=\"'|\\]")   # no name holds these

# A separator inside a short bracket ('X学校（九年一贯制，规划学位3240个）、Y医院', 'Z中心（T1、T2塔楼）顺利
# 封顶') separates nothing: the rules read a copy of the text where it is one of these characters
# instead (one for a clause's separators, one for a list's).
ASIDE_MASK, LIST_MASK = "\u2025", "\u2027"
_BRACKETED_SEP = regex.compile(r"[（(][^（()）\n]{0,40}?[，,、；;：:][^（()）\n]{0,40}?[）)]")
_NUMBERED_PARTS = regex.compile(r"(?<=\d号)、(?=\d{1,2}号(?!线))")
_SEP_TO_MASK = str.maketrans({**{c: ASIDE_MASK for c in "，,；;：:"}, "、": LIST_MASK})
# A bracket after a name that says something about it (a clause, or an amount: '（新建5万吨级泊位2个）') is an
# aside, not part of the name; a bracket of parts ('（T1、T2塔楼）'), a phase or a section stays.
_ASIDE = regex.compile(r"[（(](?:[^（()）]*[" + ASIDE_MASK + r"，,；;]|[^（()）]*?\d\s*(?:[万亿千百]|个|所|座|套|张|吨|米|公里|亩|户|人|元|%|％))[^（()）]*[）)]$")


def mask_bracketed_separators(text: str) -> str:
    """`text` with the separators inside short brackets masked (same length, so spans hold), and the 、
    between numbered parts of one build (X港区4号、5号集装箱泊位; not 1号线、2号线, two lines)."""
    if "号、" in text:
        text = _NUMBERED_PARTS.sub(LIST_MASK, text)
    if "（" not in text and "(" not in text:
        return text
    return _BRACKETED_SEP.sub(lambda m: m.group(0).translate(_SEP_TO_MASK), text)


def name_core(name: str) -> str:
    """The name without trailing phase brackets and quotes, for suffix checks."""
    core = name.strip(_QUOTES_AND_SPACE)
    if "\n" in core:     # a hard-wrapped name
        core = _SPACE.sub("", core)
    while core.endswith(_CLOSERS):
        stripped = _CLOSE_BRACKET.sub("", core).rstrip(_QUOTES_AND_SPACE)
        if stripped == core:
            break
        core = stripped
    return core


def is_facility(name: str, cfg: Cfg) -> bool:
    core = name_core(name)
    return is_facility_core(core, cfg) or phased(name, core)


def phased(name: str, core: str) -> bool:
    """A bracketed phase names a build by stages ('X储能电池（一期）'), whatever its last word."""
    return core != name and len(core) >= 4 and _PHASE_BRACKET.search(name) is not None


def is_facility_core(core: str, cfg: Cfg) -> bool:
    return _has_facility_suffix(core, cfg) or _is_works_on_facility(core, cfg) or _is_production_line(core, cfg) \
        or core.endswith("线") and _NUMBERED_LINE.search(core) is not None


# a numbered transit line ('X城市轨道交通T1线', 'X有轨电车2线'; '号线' is a suffix of its own)
_NUMBERED_LINE = regex.compile(r"(?:轨道交通|地铁|轻轨|有轨电车|城际|快线|BRT)\s*[A-Za-z]?\d{1,2}\s*线$")


def _is_production_line(core: str, cfg: Cfg) -> bool:
    """'X硅业年产2万吨工业硅': a maker, a yearly or daily capacity and the product."""
    return ("年" in core or "日" in core) and cfg.capacity.match(core) is not None


def _has_facility_suffix(core: str, cfg: Cfg) -> bool:
    if not core.endswith(cfg.suffixes.get(core[-1:], ())):
        return False
    if not core.endswith(cfg.non_suffixes.get(core[-1:], ())):
        return True
    pos = cfg.suffix_re.search(core, max(0, len(core) - cfg.suffix_width))
    neg = cfg.non_suffix_re.search(core, max(0, len(core) - cfg.non_suffix_width))
    # a longer positive suffix still wins (农贸市场 over 市场)
    return pos.start() < neg.start()


def _is_works_on_facility(core: str, cfg: Cfg) -> bool:
    """'X国道Y段改建', 'X河综合治理': works on a named facility or place (not '老旧小区改造')."""
    for ending in cfg.works_endings.get(core[-1:], ()):
        if core.endswith(ending):
            rest = core[:-len(ending)]
            # three characters at least: a bare '河湖综合治理' names no place; a bare kind of
            # facility ('农贸市场改造') names none either
            if len(rest) >= 3 and rest not in cfg.suffix_words and (
                    rest.endswith(cfg.place_endings) or is_facility_core(rest, cfg) or _place_utility(rest, cfg)):
                return True
    return False


def _place_utility(rest: str, cfg: Cfg) -> bool:
    """'X片区供水', 'Y河下游段防洪' (before 提升工程): a utility of a named place or of a section of a river or road."""
    for u in cfg.place_utilities:
        if rest.endswith(u):
            place = rest[:-len(u)]
            return len(place) >= 3 and place.endswith(cfg.utility_places)
    return False


def ends_with_quantity(s: str) -> bool:
    """Whether `s` ends with a quantity ('游园8个'). The search is slow where digits are not
    at the end (the engine backtracks from each one), so the last character is checked first."""
    last = s[-1:]
    return ((last in _QUANTITY_LAST or last.isdecimal() or last.isspace())
            and _QUANTITY_END.search(s) is not None)


def valid(name: str, core: str, cfg: Cfg, marked: bool = False) -> bool:
    """Whether `name` (whose name_core is `core`) can name a project at all; `marked`: the item or
    its list carries a project marker of its own (then 'X炼化一体化' names a build)."""
    if len(name) < 2:
        return False
    if cfg.count_lead.match(name) or "的" in name or "一批" in name and "等一批" not in name:
        return False      # (随着一批重点项目相继投产, 储备一批“十五五”重大项目: a batch, no name)
    if name.startswith(cfg.non_name_leads) and not (core[:-2] if core.endswith("工程") else core).endswith(cfg.built_integrations):
        return False      # (城乡供水一体化工程 is a build, whatever its lead)
    if cfg.campaign.search(name):
        return False      # a campaign on a facility ('县医院创建三级医院'), not its build
    if "工程" in name and _QUOTED_WORKS.search(name):
        return False      # a programme named in quotes (招商引资“一号工程”, “雪亮工程”二期), not a build
    if ends_with_quantity(name):
        return False
    if core in cfg.generic or name in cfg.generic or core in cfg.suffix_words:
        return False      # a kind of thing ('工程', '公路'), not a name
    if core.startswith(cfg.kind_qualifiers) and _qualified_kind(core, cfg):
        return False      # a programme ('智慧园区', '数字校园')
    if core.endswith("工程") and cfg.slogan.fullmatch(core):
        return False      # a slogan ('千万工程')
    # a programme: '…一体化工程', '…振兴工程'
    stem = core[:-2] if core.endswith("工程") else core
    if not stem.endswith(cfg.abstract.get(stem[-1:], ())):
        return True
    return (marked and stem.endswith(cfg.marked_builds)) or stem.endswith(cfg.built_integrations)


def _qualified_kind(core: str, cfg: Cfg) -> bool:
    """'智慧园区', '绿色工厂': a quality and a bare kind of place, nothing else."""
    return any(core.startswith(q) and core[len(q):] in cfg.qualified_kinds for q in cfg.kind_qualifiers)


def valid_facility(name: str, cfg: Cfg) -> bool:
    core = name_core(name)
    return valid(name, core, cfg) and (is_facility_core(core, cfg) or phased(name, core))


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    if s < e and text[s] not in BLANKS and text[e - 1] not in BLANKS:
        return s, e
    while s < e and text[s] in BLANKS:
        s += 1
    while e > s and text[e - 1] in BLANKS:
        e -= 1
    return s, e


_PHASE_BRACKET = regex.compile(r"[（(][首一二三四五六七八九十]{1,2}期(?:工程)?[）)]$")
# the phase or a numbered unit of what stands before (X项目一期, X项目3号机组)
_PHASE_ONLY = regex.compile(r"[（(]?[首一二三四五六七八九十]{1,2}期(?:工程)?[）)]?|\d{1,2}\s*号\s*机组")


_MONEY_LEAD = regex.compile(r"(?:计划)?总?投资(?:约|超|近)?\s*[\d.]+\s*[万亿]?元的")


def clean_item(item: str, cfg: Cfg) -> tuple[int, int, str, bool]:
    """Trim blanks and markers from one 、-item: (start, end, name, had_project_marker), where
    name is item[start:end]."""
    if (item and item[0] not in BLANKS and item[-1] not in BLANKS and "项目" not in item
            and not item.endswith(_TRIMMED_ENDS) and not item.endswith(_CLOSERS) and "投资" not in item[:4]
            and "等" not in item):
        return 0, len(item), item, False      # nothing to trim
    name = item.lstrip(BLANKS)
    s = len(item) - len(name)
    name = name.rstrip(BLANKS)
    money = _MONEY_LEAD.match(name)
    if money and money.end() < len(name):
        s += money.end()        # '总投资28亿元的X年产5万吨锂电池隔膜项目': what it costs is no part of its name
        name = name[money.end():]
    if name.endswith(_CLOSERS):
        aside = _ASIDE.search(name)
        if aside and aside.start() >= 2:
            name = name[:aside.start()].rstrip(BLANKS)
    marked = False
    batch = _BATCH_TAIL.search(name) if "等" in name else None
    if batch and batch.start() >= 2:
        name, marked = name[:batch.start()], True     # (A、B等一批打基础、利长远的重大项目: the batch's words cut)
    if name.endswith(_ITEM_MARKER_ENDS):
        m = _ITEM_MARKER.search(name)
        if m and m.start() > 0:
            marked = m.group(0) != "等"
            name = name[:m.start()]
    # '安置房项目X家园': a kind label before the name
    k = name.find("项目")
    if 0 < k <= 8 and k + 2 < len(name) and name[k + 2] not in "”\"" and is_facility(name[k + 2:], cfg) \
            and not _PHASE_ONLY.fullmatch(name, k + 2):     # ('X项目一期': the phase of X; 'X项目3号机组')
        s += k + 2
        name = name[k + 2:]
    # '…中心（二期）工程', '…示范区建设': a facility plus a generic word. A 工程 right after a
    # facility is part of the name ('X水利枢纽工程', 'X电厂一期工程'); after a bracketed phase it is not.
    if name.endswith(_GENERIC_ENDS):
        for generic in _GENERIC_ENDS:
            if name.endswith(generic):
                rest = name[:-len(generic)]
                if generic == "工程" and not rest.endswith(_CLOSERS):
                    continue
                # (works keep their 工程: 'X机场扩建工程')
                if _has_facility_suffix(name_core(rest), cfg) or (generic == "建设" and name_core(rest).endswith("区")):
                    name = rest
                    break
    return s, s + len(name), name, marked


_QUOTED_WORKS = regex.compile(r"[“\"][^”\"]*工程[”\"]")
_BATCH_TAIL = regex.compile(r"等(?:一批|一大批|一系列|多个|若干)")


def looks_like_name(name: str, core: str, cfg: Cfg) -> bool:
    """Whether an item that ends with no facility word can still name a build ('X动力电池' after
    开工建设): a valid name of a few characters, with no verb in it and no ending of works, of a
    programme or of something that only looks like a facility."""
    if not (cfg.name_min <= len(core) <= cfg.name_max) or not valid(name, core, cfg):
        return False
    if cfg.verb_clause.search(core) or cfg.location_marker.search(core) or _MARKUP.search(core):
        return False
    return not (core.endswith(cfg.non_suffixes.get(core[-1:], ()))
                or core.endswith(cfg.works_endings.get(core[-1:], ())))


def is_programme_title(title: str, cfg: Cfg) -> bool:
    """'2．健康城市工程：建成…': a 工程 heading names a programme unless it names what is built."""
    core = name_core(title)
    return core.endswith("工程") and not is_facility_core(core[:-2], cfg)


def box_category(raw: str, cfg: Cfg) -> str:
    """The category a box line's sub-heading gives ('1．工业重大投资项目：' -> '工业', '1.产业项目(32个)：' ->
    '产业'; '5．城市开发项目：' stays whole, as the reference report labels it)."""
    cat = _COUNT_TAIL.sub("", _SPACE.sub("", raw)) or _SPACE.sub("", raw)
    stripped = cfg.category_strip.sub("", cat)
    if stripped == cat and cat.endswith("项目") and len(cat) > 3 and cat[:-2] not in cfg.category_keeps_project:
        stripped = cat[:-2]
    return stripped or cat


_COUNT_TAIL = regex.compile(r"[（(]\s*\d+\s*个[^（()）]*[）)]$")
