"""Indicator names: the phrase before a value, cleaned, and its canonical lexicon entry."""
from __future__ import annotations

import functools

import regex

from .lexicon import load
from .pattern_cache import compiled
from .segment import LIST_MARKER

_re = functools.cache(compiled)  # patterns compiled once, on first use

_JURISDICTION = compiled(r"(?![占全比较在对与和及其我本人])\p{Han}{2,6}?(?<![地园社片景])(?:省|市|县|区|州|旗|盟)(?=\p{Han}{2})")
_BRACKETED = compiled(r"[（(][^（）()]*[）)]")
_THRESHOLD = compiled(r"^\d+(?:\.\d+)?\s*[万亿千百]*元以上")


@functools.cache
def _lexicon() -> tuple[dict[str, str], tuple[str, ...]]:
    data = load("indicators")
    synonyms = {}
    for canonical, names in data["canonical"].items():
        for name in [canonical, *names]:
            synonyms.setdefault(_key(name), canonical)
    return synonyms, tuple(sorted(data["scope_prefixes"], key=len, reverse=True))


def _by_edge(words, edge: int) -> dict[str, tuple[str, ...]]:
    """Words grouped by their first (edge 0) or last (edge -1) character, order kept: the first
    word of a group a name starts (ends) with is the first of the whole list it does."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[edge], []).append(word)
    return {ch: tuple(group) for ch, group in groups.items()}


def _first_prefix(name: str, by_first: dict[str, tuple[str, ...]]) -> str | None:
    for word in by_first.get(name[:1], ()):
        if name.startswith(word):
            return word
    return None


def _first_suffix(name: str, by_last: dict[str, tuple[str, ...]]) -> str | None:
    for word in by_last.get(name[-1:], ()):
        if name.endswith(word):
            return word
    return None


@functools.cache
def _first_chars(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word[0] for word in words)


def _key(name: str) -> str:
    key = _re(r"\s+").sub("", name).replace("（", "(").replace("）", ")").translate(_ocr_table()).upper()
    for pattern, replacement in _rewrites():
        key = pattern.sub(replacement, key)
    return key


@functools.cache
def _ocr_table() -> dict[int, str]:
    return str.maketrans(load("indicators")["ocr_lookalikes"])


@functools.cache
def _rewrites() -> tuple[tuple[regex.Pattern, str], ...]:
    """OCR slips of several characters, then the lexicon's equivalent spellings (lookup_rewrites)."""
    data = load("indicators")
    phrases = [(compiled(regex.escape(slip)), right) for slip, right in data["ocr_phrases"].items()]
    return tuple(phrases + [(compiled(pattern), replacement) for pattern, replacement in data["lookup_rewrites"].items()])


@functools.lru_cache(maxsize=8192)
def canonical(name: str, means_above_scale: bool = False, after_lead: bool = True) -> str | None:
    """The lexicon entry `name` means, or None.

    `after_lead`: also a long synonym at the end of the name after a lead (canonical_leads); off
    where the question is whether the name itself is a lexicon name.

    `means_above_scale`: the report says 规上/规模以上 elsewhere, so a bare 工业增加值 means
    the above-scale figure (guideline: 工业增加值 when the report means 规上).
    """
    synonyms, scopes = _lexicon()
    key = _key(name)
    stripped = _strip_scopes(key, scopes)
    candidates = [key, stripped]
    if "(" in stripped:
        candidates.append(_BRACKETED.sub("", stripped))
    if "元以上" in candidates[-1]:
        candidates.append(_THRESHOLD.sub("", candidates[-1]))
    jurisdiction = _JURISDICTION.match(stripped)
    if jurisdiction:
        candidates.append(stripped[jurisdiction.end():])     # 甲市地区生产总值
    for candidate in candidates:
        found = synonyms.get(candidate)
        if found:
            if found == "工业增加值" and means_above_scale and "全部" not in key:     # (全部工业增加值: all of it)
                return "规模以上工业增加值"
            return found
    for entry, endings, markers in _endings():
        if key.endswith(endings) and any(m in key for m in markers):
            return entry
    return _after_lead(stripped, synonyms) if after_lead else None


def _after_lead(key: str, synonyms: dict[str, str]) -> str | None:
    """旗所在地空气质量优良天数, 前四年地区生产总值: a long synonym at the end after a lead that only
    says where or opens the clause (canonical_leads)."""
    rule = load("indicators")["canonical_leads"]
    for start in range(1, len(key) - rule["min_synonym"] + 1):
        found = synonyms.get(key[start:])
        if found:
            lead = key[:start]
            return found if _re(rule["lead_end"]).search(lead) and not _re(rule["lead_never"]).search(lead) else None
    return None


@functools.cache
def _endings() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((entry, tuple(rule["endings"]), tuple(rule["with"]))
                 for entry, rule in load("indicators").get("canonical_endings", {}).items())


def _strip_scopes(key: str, scopes: tuple[str, ...]) -> str:
    """全市规模以上工业增加值 → 规模以上工业增加值: every scope word in front, never the whole name."""
    changed = key[:1] in _first_chars(scopes)
    while changed:
        changed = False
        for prefix in scopes:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix):]
                changed = True
    return key


@functools.cache
def _fillers() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Words a name never starts with (fillers, then scopes) and never ends with, longest first."""
    words = load("indicators")["words"]
    by_len = lambda xs: sorted(xs, key=len, reverse=True)  # noqa: E731
    scopes = by_len(load("indicators")["scope_prefixes"])
    return _by_edge(by_len(words["name_prefix_filler"]) + scopes, 0), _by_edge(by_len(words["name_suffix_filler"]), -1)


_PDF_SPACE = compiled(r"(?<=\p{Han}) +(?=\d)|(?<=\d) +(?=\p{Han})")
_EDGE_JUNK = " \t\n\u3000，,；;：:、。~-—●•·▪◆■▲△▶►◇□○★☆≤≥<>=【】"
_YEAR_PHRASE = compiled(r"^(?:(?:到|至|截至|截止)?(?:19|20)\d{2}\s*年(?:末|底|度)?|(?:到|至|截至)?\d{1,2}\s*(?:[-—至]\s*\d{1,2}\s*)?月(?:份|底|末|初|中旬|上旬|下旬|\d{1,2}\s*[日号](?:前|止)?)?"
                           r"|(?:到|至|截至)?\d{1,2}\s*日(?:前|止)?(?=\p{Han})|共(?=\p{Han}{2})"
                           r"|(?:到|至)?[“\"]?十[一二三四五]五[”\"]?(?:期)?末|(?:与|同)?[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来)"
                           r"|(?:与|同)?[“\"]?十[一二三四五]五[”\"]?规划(?:纲要)?(?:确定|提出|明确)的)")
_LIST_MARK = compiled(r"^(?:" + LIST_MARKER + r"|[①-⑳])")
_LIST_MARK_FIRST = "一二三四五六七八九十（(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_YEAR_PHRASE_FIRST = "到至截共与同“\"十"      # what _YEAR_PHRASE starts with, besides a digit: a cheap gate
_COMPARE_TAIL = compiled(r"(?:较|比|同比)\s*(?:上年|去年|年初|(?:19|20)\d{2}\s*年)(?:同期)?(?:末|底)?(?:高|低|多|少|增加|减少|提高|下降|增长|缩小|扩大|收窄|净增|新增)?$")
_GAP_SUBJECT_CHARS = 4     # (市增速高于全省平均水平的(5个): a count of places, the gap is what is counted)
_GAP_TAIL = compiled(r"(?<=\p{Han}{2})(?:增速|增幅|增长)?(?:均|分别)?(?:高于|低于|快于|慢于)[^\P{Han}的]{1,12}$")
_RUN_OF_YEARS = compiled(r"(?:已|已经)?连续\s*[\d一二两三四五六七八九十]+\s*年$")   # 粮食总产量连续7年(稳定在)
# the year of a start or end value is not part of the name: 研发经费投入强度由2020年(的2.1%)提高到2024年(的2.9%)
_YEAR_TAIL = compiled(r"(?:由|从|是|(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小)(?:到|至))"
                           r"(?:(?:19|20)\d{2}\s*年|上年|去年)(?:底|末)?的?$"
                           r"|(?<=\p{Han}{2})(?:19|20)\d{2}\s*年(?:底|末)?$"     # 研发经费投入强度2022年(为2.31%)
                           r"|是\p{Han}{0,6}?平均水平的?$")
_TO_TAIL = compiled(r"(?:(?:由|从)\s*\d+(?:\.\d+)?)?(?:拓展|提高|提升|增加|扩大|增长|下降|降低|减少|达|上升|缩小|收窄|恢复|回升|回落|放缓)?(?:至|到)$")
_UNBALANCED = compiled(r"[（(][^（）()]*$|^[^（）()]*[）)]")
_BRACKETS = frozenset("（()）")
# what a basis leaves out (扣除减税降费因素后, 剔除政策性减收因素): also read by indicators._BASIS
DEDUCTION = r"(?:扣除|剔除)\p{Han}{1,10}?因素(?:影响)?"
_BASIS_PHRASE = compiled(rf"^(?:{DEDUCTION}后?)?(?:按)?(?:同口径|可比口径|自然口径|新口径|原口径)(?:计算)?|^{DEDUCTION}后")
_CIRCUMSTANCE = compiled(r"^在[^，,；;。]{2,30}?下(?=\p{Han}{2})")
_NOUN_PAIRS = frozenset(("起降", "升降", "涨跌"))    # 机场起降: a noun whose last character is no verb
_SOURCE = compiled(r"^(?:记者)?(?:从|据|在)\p{Han}{1,16}?(?:获悉|了解到|得知|来看|看)|^据(?:了解|悉|统计|测算|初步核算|介绍|调查)"
                   r"|^(?:回顾|下一步|与(?:去年|上年)相比)")
_SOURCE_FIRST = frozenset("记从据在回下与")
_UNIT_TAIL_LEFT = compiled(r"^[（(][只头匹羽套台辆座]{1,2}[）)][、，,和及]?")
_SAYS = compiled(r"^\p{Han}[\p{Han}、]{0,16}?(?:提出|显示)(?=\p{Han}|\d|$)")
# who speaks, and when or how they mean it, before a lexicon name: 我们的目标是|规上工业增加值,
# 青榆县去年|粮食总产量, 新区预计完成|固定资产投资 (cut only when a lexicon name is left)
_ZONE = compiled(r"园|开发区|保税区|高新区|功能区|示范区|合作区|试验区")
_INTENT_LEAD = compiled(r"^\p{Han}{0,10}?(?:的目标是|目标是|目标为|力争|确保|争取|预计完成|预计|去年|今年|全年|说|表示|介绍|把"
                          r"|(?:19|20)\d{2}年(?:全年)?(?:实现|完成)?)(?=\p{Han}{2}|[A-Z]{2})")
_TARGET_TAIL = compiled(r"(?:年初|年度|全年|预期|计划)?目标$")


@functools.lru_cache(maxsize=8192)
def clean_name(phrase: str) -> str:
    """Strip the words around a name that are not part of it (verbs, fillers, years, punctuation)."""
    prefixes, suffixes = _fillers()
    name = phrase.strip(_EDGE_JUNK)
    if name[:1] in "（(" and _UNIT_TAIL_LEFT.match(name):
        name = _UNIT_TAIL_LEFT.sub("", name, count=1).strip(_EDGE_JUNK)   # 存栏62.1万头（只）、出栏…: the last unit's rest
    if " " in name:
        name = _PDF_SPACE.sub("", name)     # 由 2005 年 (a PDF's spaces around numbers): no part of a name
    if "】" in name and name[name.rindex("】") + 1:].strip(_EDGE_JUNK):
        name = name[name.rindex("】") + 1:].strip(_EDGE_JUNK)     # 【甲市】甲市将…: the heading before it is no part
    if "提出" in name or "显示" in name:
        name = _SAYS.sub("", name)     # 甲区、乙县提出地区生产总值: what is said, not who says it
    if name[:1] in _SOURCE_FIRST:
        name = _SOURCE.sub("", name)     # 记者从市发展改革委获悉, 从项目内容看, 回顾, 下一步: where it is told, not what
    if name.startswith("在") and "下" in name:
        name = _CIRCUMSTANCE.sub("", name)     # 在县委的坚强领导下惠及群众: the circumstance is no part of it
    if "口径" in name or "因素" in name:
        name = _BASIS_PHRASE.sub("", name)     # 扣除减税降费因素同口径/扣除留抵退税因素后(增长): the basis, not the measure
    for _ in range(8):
        before = name
        # each pattern only runs where its first or last word can be (the gates are exact)
        if name[:1] in _LIST_MARK_FIRST:
            name = _LIST_MARK.sub("", name).strip(_EDGE_JUNK)     # 十二是…, （三）…
        if name[:1] in _YEAR_PHRASE_FIRST or name[:1].isdigit():
            name = _YEAR_PHRASE.sub("", name).strip(_EDGE_JUNK)
        if "比" in name or "较" in name:
            name = _COMPARE_TAIL.sub("", name).strip(_EDGE_JUNK)
        gap = _GAP_TAIL.search(name) if "于" in name else None
        if gap and gap.start() >= _GAP_SUBJECT_CHARS:
            name = name[:gap.start()].strip(_EDGE_JUNK)    # 农村居民收入增速高于城镇(1.6个百分点)
        if name.endswith("年") and "连续" in name:
            name = _RUN_OF_YEARS.sub("", name).strip(_EDGE_JUNK)
        if name.endswith(("年", "年的", "底", "末", "水平", "水平的")):
            name = _YEAR_TAIL.sub("", name).strip(_EDGE_JUNK)
        if name.endswith(("至", "到")):
            name = _TO_TAIL.sub("", name).strip(_EDGE_JUNK)
        if not _BRACKETS.isdisjoint(name):
            name = _UNBALANCED.sub("", name).strip(_EDGE_JUNK)
        word = _first_prefix(name, prefixes)
        if word:
            name = name[len(word):].strip(_EDGE_JUNK)
        word = _first_suffix(name, suffixes)
        if word and not (len(word) == 1 and name[-2:] in _NOUN_PAIRS):
            name = name[: -len(word)].strip(_EDGE_JUNK)
        if name == before:
            break
    if "实现" in name:
        name = _re(r"(?<=\p{Han}{2})实现(?=\p{Han}{2})").sub("", name)
    if name.count("“") != name.count("”"):
        name = name.strip("“”")
    if name.endswith("目标"):
        name = _without_target_word(name)
    return _past_intent_lead(name)


def _without_target_word(name: str) -> str:
    """规模以上工业增加值目标(增长7%，预计增长5.5%): the measure a target is set for, not a 目标 of its own."""
    tail = _TARGET_TAIL.search(name)
    rest = name[:tail.start()] if tail else name
    return rest if rest != name and (canonical(rest) or any(map(canonical, expand_urban_rural(rest) or ()))) else name


def _past_intent_lead(name: str) -> str:
    lead = _INTENT_LEAD.match(name) if len(name) > 5 else None
    if lead is None or canonical(name, after_lead=False) or _ZONE.search(lead.group()):
        return name     # (梓岩经济开发区力争实现规上工业产值: a zone's figure, not the jurisdiction's)
    rest = clean_name(name[lead.end():])
    return rest if canonical(rest, after_lead=False) else name


def trim(phrase: str) -> str:
    """A lighter clean for words that complete another name: keeps 完成/累计 (累计完成投资)."""
    phrase = phrase.strip(_EDGE_JUNK)
    if phrase[:1] in "（(" and "）" not in phrase and ")" not in phrase:
        phrase = phrase[1:]     # (an aside opened after the value before: 3.86万人（完成年度目标的128.7%）)
    phrase = _re(r"^(?:以上|以内|以下|左右|余|的|实现|其中)+").sub("", phrase)
    phrase = _re(r"(?:达到|已达|达|为|约|近|超过|超|突破|共|了|稳定在|保持在|控制在|净增|净减|同比增长|同比下降|增长|下降)+$").sub("", phrase)
    phrase = _YEAR_PHRASE.sub("", phrase)
    return phrase.strip(_EDGE_JUNK)


_MEASURE_WORD = compiled(r"(?:实现|完成|累计)?(?:亩均)?(?:总产值|产值|增加值|总投资|完成投资|投资|合同金额|金额|规模|播种面积|种植面积|税收|营业收入|产量|出栏|存栏)$")


@functools.lru_cache(maxsize=4096)
def entity(name: str) -> str:
    """The thing a name measures, without the measure word (规模以上企业产值 → 规模以上企业)."""
    stripped = _MEASURE_WORD.sub("", name)
    return stripped or name


def has_measure_word(name: str) -> bool:
    """产量, 茶叶产值: the name ends with what is measured of a thing."""
    return _MEASURE_WORD.search(name) is not None


def joined(subject: str, name: str) -> str:
    """研发经费投入 + 投入强度 → 研发经费投入强度: a subject completing a name, the words they share once."""
    for k in range(min(len(subject), len(name) - 1), 1, -1):
        if subject.endswith(name[:k]):
            return subject + name[k:]
    if len(name) > 2 and len(subject) > 2 and name[:2] == subject[:2]:
        return subject + name[2:]       # 税收收入 + 税收占比 → 税收收入占比: the name repeats the subject's head
    return subject + name


def expand_urban_rural(name: str) -> list[str] | None:
    """城乡居民人均可支配收入 → [城镇居民人均可支配收入, 农村居民人均可支配收入]."""
    if name.startswith("城乡"):
        rest = name[2:]
        return ["城镇" + rest, "农村" + rest]
    return None


_ORDINAL_HEAD = compiled(r"(第?)([一二三四五六七八九十])")
_ORDINAL_LAST = compiled(r"(第?)([一二三四五六七八九十])(\p{Han}{2,})")


def _share_ordinals(parts: list[str]) -> list[str] | None:
    """第一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值: bare ordinals share
    the last part's tail (and its 第)."""
    if len(parts) < 2:
        return None
    heads = [_ORDINAL_HEAD.fullmatch(p) for p in parts[:-1]]
    last = _ORDINAL_LAST.fullmatch(parts[-1])
    if not last or not all(heads):
        return None
    di = "第" if last.group(1) or any(h.group(1) for h in heads) else ""
    return [di + h.group(2) + last.group(3) for h in heads] + [di + last.group(2) + last.group(3)]


@functools.cache
def _tail_heads() -> tuple[str, ...]:
    return tuple(load("indicators")["words"]["name_tail_heads"])


def _shared_tail(parts: list[str]) -> list[str] | None:
    """电子信息、航空、中医药产业主营业务收入 → 电子信息产业主营业务收入, …: the last part's tail,
    from the first head word (产业, 居民, 排放, 增加值…) that no other part has, completes the
    parts without a lexicon entry of their own."""
    if len(parts) < 2:
        return None
    last = parts[-1]
    starts = [last.find(h, 1) for h in _tail_heads() if h in last[1:] and not any(h in p for p in parts[:-1])]
    starts = [i for i in starts if i > 0]
    if not starts:
        return None
    tail = last[min(starts):]
    return [p if canonical(p) or p.endswith(tail) or p.endswith(_MEASURE_ENDINGS) else p + tail
            for p in parts[:-1]] + [last]


# a part ending so names its own measure (草原综合植被盖度、能源消费总量和主要污染物排放总量)
_MEASURE_ENDINGS = tuple("率度量额值数耗价") + ("收入", "支出", "投资", "面积", "比重")


_BARE_MEASURES = frozenset(("增加值", "产值", "总产值", "营业收入", "利润", "利润总额", "税收", "投资", "产量", "总产量", "播种面积", "种植面积", "出栏", "存栏"))
_PLACE = compiled(r"\p{Han}{1,8}?(?:省|市|县|区|州|旗|盟)")


_COUNTED_PLACE = compiled(r"(\p{Han}{2,4}?)[两二三四五六七八九十]+[省市县区州旗]")


_GROUP_COUNT = compiled(r"(?<=\p{Han})([两二三四五六七八九十])大(?:主导|重点|新兴|支柱|优势|特色|传统|战略性新兴)?(?=\p{Han}{2})")
_COUNTS = {ch: i for i, ch in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _without_group_count(last: str, n: int) -> str:
    """新材料三大主导产业集群产值 (the last of three) → 新材料产业集群产值: the count of the list is no part of its names."""
    m = _GROUP_COUNT.search(last)
    return last[:m.start()] + last[m.end():] if m and _COUNTS[m.group(1)] == n else last


def _counted_places(parts: list[str]) -> list[str] | None:
    """甲、乙、丙三市社会消费品零售总额 → 甲社会消费品零售总额, …: places counted before their measure."""
    if len(parts) < 2 or any(len(p) > 4 for p in parts[:-1]):
        return None
    m = _COUNTED_PLACE.match(parts[-1])
    if not m or m.end() == len(parts[-1]):
        return None
    measure = parts[-1][m.end():]
    return [p + measure for p in parts[:-1]] + [parts[-1]]     # (丙三市… keeps its canonical through 市)


def _places_share_measure(parts: list[str]) -> list[str] | None:
    """甲市、乙市、丙市地区生产总值 → 甲市地区生产总值, …: places share the last one's measure."""
    if len(parts) < 2 or not all(_PLACE.fullmatch(p) for p in parts[:-1]):
        return None
    place = _PLACE.match(parts[-1])
    if place is None or place.end() == len(parts[-1]):
        return None
    measure = parts[-1][place.end():]
    return [p + measure for p in parts[:-1]] + [parts[-1]]


@functools.cache
def _verb_run_pattern() -> regex.Pattern:
    verbs = "|".join(map(regex.escape, load("indicators")["words"]["joined_verbs"]))
    return compiled(rf"\s*(?:将|计划|全年|今年)?\s*((?:{verbs})(?:、(?:{verbs}))+)")


def verb_run(phrase: str) -> str:
    """The verbs joined by 、 that open `phrase` (新建、改扩建中小学 → 新建、改扩建), or ''."""
    if "、" not in phrase:
        return ""
    m = _verb_run_pattern().match(phrase)
    return m.group(1) if m else ""


def is_place(name: str) -> bool:
    return _PLACE.fullmatch(name) is not None


def without_place(name: str) -> str:
    """丙市地区生产总值 → 地区生产总值."""
    place = _PLACE.match(name)
    return name[place.end():] if place and place.end() < len(name) else name


_GROUPS = ("城镇常住居民", "农村常住居民", "城镇居民", "农村居民", "城市居民", "农村牧区居民")


def for_group(name: str, context: str) -> str | None:
    """其中城镇居民78620元 after 全体居民人均可支配收入: the group's own per-capita measure."""
    if name in _GROUPS and "人均" in context and "居民" in context:
        return name + context[context.index("人均"):]
    return None


def _paired_heads(parts: list[str]) -> list[str] | None:
    """金融机构本外币存、贷款余额 → 金融机构本外币存款余额, 金融机构本外币贷款余额: two characters a
    report pairs (存贷, 进出…) share what stands before the first and after the second."""
    if len(parts) != 2 or len(parts[1]) < 2:
        return None
    first, second = parts
    if first[-1] + second[0] not in load("indicators")["words"]["paired_heads"]:
        return None
    head, tail = first[:-1], second[1:]
    return [head + first[-1] + tail, head + second]


def _sibling_heads(parts: list[str]) -> list[str] | None:
    """金融机构本外币存款余额、贷款余额 → …存款余额, 金融机构本外币贷款余额: a later part that is only
    another measure of the thing the first part names takes that thing."""
    heads = load("indicators")["words"]["sibling_heads"]
    if len(parts) < 2 or not any(p in heads for p in parts[1:]):
        return None
    first = next((h for h in sorted(heads, key=len, reverse=True) if parts[0].endswith(h) and len(parts[0]) > len(h)), None)
    if not first:
        return None
    thing = parts[0][: -len(first)]
    return [parts[0]] + [thing + p if p in heads else p for p in parts[1:]]


_PERIOD = compiled(r"(?:[一二三四]季度|上半年|下半年|前三季度|全年|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月)")


def periods_of(phrase: str) -> tuple[int, str] | None:
    """一季度、上半年、前三季度和全年地区生产总值 → (4, '地区生产总值'): a list of periods of one measure
    (the measure '' when none is written: 分季度看，一季度、上半年分别增长…)."""
    phrase = _re(r"^\s*(?:其中|分季度看|分月看)[，,：:]?").sub("", phrase)
    parts = [p.strip(" ，,") for p in _re(r"、|和|及").split(phrase)]
    if len(parts) < 2:
        return None
    if all(_PERIOD.fullmatch(p) for p in parts[1:]):
        # 全省生产总值一季度、上半年、前三季度分别增长…: the measure before the first period
        first = _re(r"(.+?)(" + _PERIOD.pattern + r")$").match(parts[0])
        if first:
            return len(parts), clean_name(first.group(1))
    if not all(_PERIOD.fullmatch(p) for p in parts[:-1]):
        return None
    last = _PERIOD.match(parts[-1])
    if not last:
        return None
    return len(parts), clean_name(parts[-1][last.end():])


_YEAR_LIST = compiled(r"^\s*((?:(?:19|20)\d{2}\s*年\s*[、和及至—-]\s*)+(?:19|20)\d{2}\s*年)(?:全年)?(.*)$")
_YEAR_LIST_AFTER = compiled(r"^(\p{Han}[^，,。；;]*?)((?:(?:19|20)\d{2}\s*年\s*[、和及]\s*)+(?:19|20)\d{2}\s*年)(?:全年)?\s*$")


def years_of(phrase: str) -> tuple[list[int], str] | None:
    """2021年、2022年全市地区生产总值 (or 规上工业增加值2023年、2024年) → ([2021, 2022], '全市地区生产总值'):
    one measure over several years."""
    listed = _YEAR_LIST.match(phrase)
    if listed:
        return [int(y) for y in regex.findall(r"\d{4}", listed.group(1))], clean_name(listed.group(2))
    listed = _YEAR_LIST_AFTER.match(phrase)
    if listed and clean_name(listed.group(1)):
        return [int(y) for y in regex.findall(r"\d{4}", listed.group(2))], clean_name(listed.group(1))
    return None


def without_verbs(name: str) -> str:
    """新建、改扩建幼儿园 → 幼儿园: the thing without the run of verbs done to it."""
    verbs = verb_run(name)
    return name[name.index(verbs) + len(verbs):] if verbs else name


def split_list(phrase: str, joins: str = r"、|和|及|以及|与") -> list[str]:
    """A list of names joined by 、 和 及 与 (固定资产投资、社会消费品零售总额和进出口总值); a run of
    verbs in front belongs to each (新建、改扩建中小学和幼儿园 → 新建、改扩建中小学, 新建、改扩建幼儿园)."""
    verbs = verb_run(phrase)
    if verbs:
        rest = phrase[phrase.index(verbs) + len(verbs):]
        return [verbs + part for part in split_list(rest, joins)]
    parts = [p for p in (clean_name(p) for p in _re(joins).split(phrase)) if p]
    if len(parts) > 1 and "大" in parts[-1]:
        parts[-1] = _without_group_count(parts[-1], len(parts))
    paired = _paired_heads(parts)
    if paired:
        return paired
    ordinals = _share_ordinals(parts)
    if ordinals:
        return ordinals
    siblings = _sibling_heads(parts)
    if siblings:
        return siblings
    if len(parts) > 1 and any(p in _BARE_MEASURES for p in parts[1:]):
        # 规模以上工业总产值和增加值: a bare measure word is of the first part's subject
        subject = entity(parts[0])
        parts = [parts[0]] + [subject + p if p in _BARE_MEASURES and subject != parts[0] else p for p in parts[1:]]
    shared = _counted_places(parts) or _places_share_measure(parts) or _shared_tail(parts)
    if shared:
        return shared
    # 一、二、三产业增加值 / 城镇和农村居民人均可支配收入: short heads share the last part's tail;
    # heads of several lengths (茶叶、中药材、特色果蔬种植面积) share its measure word only
    if len(parts) > 1:
        last = parts[-1]
        tail = last[len(entity(last)):] if len({len(p) for p in parts[:-1]}) > 1 else ""
        if tail:
            return [p if has_measure_word(p) else p + tail for p in parts[:-1]] + [last]
        for i, part in enumerate(parts[:-1]):
            if len(part) <= 2 and len(last) > len(part) + 1:
                parts[i] = part + last[len(part):]
    return parts
