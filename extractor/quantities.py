"""Quantities (number + unit) in report text, with offsets.

Public API:

* ``Quantity`` – one number (or range) with its unit, span, qualifier and verb.
* ``parse_number(s)`` – Arabic (half/full width, thousands separators) or Chinese
  numerals to ``int``/``float``; ``None`` when ``s`` is not a number.
* ``find_quantities(text)`` – every number+unit in ``text``, left to right,
  non-overlapping.

Conventions (see shared/spec/GUIDELINE.md, indicators):

* The span covers the number and its unit only. A written sign (``-15.9%``), the
  prefixes 百分之/千分之/万分之, 余/多 between number and unit, and whitespace
  between number and unit are inside; verbs and qualifier words are outside.
* Magnitudes stay in the unit: ``1.2万人`` -> 1.2 万人, ``三千万元`` -> 3000 万元.
* ``value`` is negative for a written minus, or when a decrease verb
  (下降, 减少, 降低, 下滑, 回落, 缩减, 下跌, 缩小, 降, 减, 低) stands right before the
  number (了/约/近... may stand in between). A decrease verb followed by a result
  particle (下降到 / 降至 / 减少为) gives the resulting level, which stays positive;
  ``verb`` is then reported with the particle ('下降到') so callers can tell.
* A value of a 、/和/与/及 list without its own verb inherits the verb (and the
  decrease sign) of the previous value when the units match
  (分别下降3.1%、2.5% -> -3.1, -2.5).
* ``value`` is an ``int`` when written without a decimal point, else a ``float``.
* Ranges (3—5家, 7.5%-8%, 三至五所, 百分之五至百分之十) are one Quantity with
  ``value <= value_max``; a decreasing range is negated and reordered
  (下降2-3个百分点 -> -3, -2). A "range" whose ends are out of order or in
  different units is read as separate quantities.
* Qualifiers: about (左右/上下 after; 约/近/大约/接近/将近 before), at_least (以上 after;
  超/超过/突破/不低于/不少于/逾 before; 余/多 inside; ≥), at_most (以内/以下 after;
  不超过/不高于/不到 before; ≤). A qualifier after the unit wins.
* Chinese numerals count only before a unit of the lexicon (not before those in
  ``not_after_chinese``); a lone 一 (一批, 一件事), a numeral right after an opening
  quote (“六项专项治理”) and 届…次 meeting numbers are skipped.
* Not quantities: numbers glued to Latin letters (G348, PM2.5, 5G), after 第,
  with a leading zero (08-01), or followed by no unit (years, dates, list numbers).

Units come from patterns/units.toml; the patterns are compiled on first use, and kept
between runs by pattern_cache.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import re

import regex

from .lexicon import PATTERNS_DIR, load
from .pattern_cache import compile_cached, compiled

__all__ = ["Quantity", "parse_number", "find_quantities", "PATTERNS_DIR"]


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: int | float
    value_max: int | float | None
    unit: str
    qualifier: str | None
    verb: str | None
    chinese: bool


# --------------------------------------------------------------------------
# numbers

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
_ARABIC_FULL = compiled(
    r"[-+−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
)

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}


def _cn_int(s: str) -> Optional[int]:
    """Chinese integer numeral to int; None if malformed (十四五, 百)."""
    if not s:
        return None
    if all(c in _CN_DIGITS for c in s):
        if len(s) == 1:
            return _CN_DIGITS[s]
        # digit by digit (二〇二二); only with a zero in it, else 一二 / 三五 are idioms
        if "〇" in s or "零" in s:
            return int("".join(str(_CN_DIGITS[c]) for c in s))
        return None
    total = 0          # finished 亿 groups
    section = 0        # finished 万 group below the current 亿
    small = 0          # below the current 万
    digit: Optional[int] = None
    last_small = 10_000  # last small unit used in `small` (must decrease)
    last_big = 10 ** 12
    prev_kind = ""     # "digit" | "zero" | "small" | "big"
    prev_unit = 1
    for c in s:
        if c in ("零", "〇"):
            if digit is not None:
                return None
            prev_kind = "zero"
            continue
        if c in _CN_DIGITS:
            if digit is not None:
                return None
            digit = _CN_DIGITS[c]
            prev_kind = "digit"
            continue
        if c in _CN_SMALL:
            u = _CN_SMALL[c]
            if digit is None:
                if c == "十" and small == 0 and prev_kind in ("", "big", "zero"):
                    digit = 1
                else:
                    return None
            if u >= last_small:
                return None
            small += digit * u
            digit = None
            last_small = u
            prev_kind, prev_unit = "small", u
            continue
        if c in _CN_BIG:
            u = _CN_BIG[c]
            if digit is not None:
                small += digit
                digit = None
            if u >= last_big:
                return None
            if u == 10_000:
                if small == 0:
                    return None
                section += small * 10_000
            else:
                if small + section == 0:
                    return None
                total += (section + small) * 100_000_000
                section = 0
            small = 0
            last_small = 10_000
            last_big = u
            prev_kind, prev_unit = "big", u
            continue
        return None
    if digit is not None:
        # 三万五 = 35000, 两千三 = 2300, 一百二 = 120 (colloquial, no 零 before)
        if prev_unit >= 100 and _last_was_unit(s):
            small += digit * (prev_unit // 10)
        else:
            small += digit
    return total + section + small


def _last_was_unit(s: str) -> bool:
    return len(s) >= 2 and (s[-2] in _CN_SMALL or s[-2] in _CN_BIG)


def _cn_number(s: str) -> Optional[int | float]:
    if "点" in s:
        ip, _, fp = s.partition("点")
        if not fp or any(c not in _CN_DIGITS for c in fp):
            return None
        iv = _cn_int(ip) if ip not in ("零", "〇") else 0
        if iv is None:
            return None
        return float(f"{iv}.{''.join(str(_CN_DIGITS[c]) for c in fp)}")
    return _cn_int(s)


def _arabic(s: str) -> Optional[int | float]:
    t = s.translate(_FULLWIDTH).replace("，", ",")
    if not _ARABIC_FULL.fullmatch(t):
        return None
    t = t.replace(",", "").replace("−", "-")
    if "." in t:
        return float(t)
    return int(t)


def parse_number(s: str) -> int | float | None:
    """Parse one number written in Arabic or Chinese numerals.

    '1129' -> 1129, '1,129' -> 1129, '１２.５' -> 12.5, '-15.9' -> -15.9,
    '十八' -> 18, '两千三百' -> 2300, '九十七点六' -> 97.6, '零点五' -> 0.5,
    '三千万' -> 30000000 (the whole numeral; find_quantities keeps a trailing
    万/亿 in the unit instead). Surrounding whitespace is ignored. Anything
    else ('', '3万', '十四五', 'G348') -> None.
    """
    if not isinstance(s, str):
        return None
    s = s.strip()
    if not s:
        return None
    v = _arabic(s)
    if v is not None:
        return v
    neg = False
    if s[0] in "-－−":
        neg, s = True, s[1:]
    elif s[0] in "+＋":
        s = s[1:]
    v = _cn_number(s)
    if v is None:
        return None
    return -v if neg else v


# --------------------------------------------------------------------------
# lexicon and pattern

_WS = r"[ \t\u3000\xa0]*(?:\n[ \t\u3000\xa0]*)?"
_DIG = "0-9０-９"
_ARABIC = rf"(?:[{_DIG}]{{1,3}}(?:[,，][{_DIG}]{{3}}(?![{_DIG}]))+|[{_DIG}]+)(?:[.．][{_DIG}]+)?"
# a PDF space after the decimal point (增长12. 5%), only after a word: at a line start "2. 3家" is a list item
_SPACED_DECIMAL = rf"(?<=[\u4e00-\u9fff])[{_DIG}]+[.．][ \t][{_DIG}]+"
# a PDF copy that splits a number's digits (总值 8 6.4亿元, 增长 1 6.8%): one or two digits, a space, the rest,
# after a word or the 、 of a list of values (and a space or a line break)
_SPACED_INT = rf"(?<=[\u4e00-\u9fff、][ \t]?\n?)[{_DIG}]{{1,2}}[ \t][{_DIG}]+(?:[.．][{_DIG}]+)?"
_CN_D = "一二三四五六七八九"
_CN_ALL = "零〇一二三四五六七八九十两百千万亿"
# starts with a digit or 十 (or 零 before 点); never ends with 万/亿 (they go to the unit)
_CHINESE = (
    rf"(?:[{_CN_D}十两](?:[{_CN_ALL}]*[零〇{_CN_D}十两百千])?(?:点[零〇{_CN_D}]+)?"
    rf"|[零〇]点[零〇{_CN_D}]+)"
)
_CONN_C = r"[—\-－～~〜至到]"

_DECREASE = {"下降", "减少", "降低", "下滑", "回落", "缩减", "下跌", "缩小", "降", "减", "低", "减低", "下调", "减产", "负增长", "削减", "压缩", "压减", "精简", "缩短"}
_NOUN_COMPOUNDS = frozenset(("起降", "升降", "增减", "涨跌"))
_VERBS = [
    "增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "增", "涨", "高",
    "下降", "减少", "降低", "下滑", "回落", "缩减", "收窄", "下跌", "缩小", "降", "减", "低",
    "减低", "下调", "上调", "增产", "减产", "负增长", "削减", "压缩", "精简", "缩短",
    "达到", "达", "完成", "实现", "为", "是", "突破", "超过", "超出", "超", "逾",
    "新增", "累计", "占", "占比", "保持", "稳定在", "控制在", "高于", "低于",
    "共", "总计", "合计", "共计", "共有", "有", "到", "至",
]
_AT_LEAST_VERBS = {"突破", "超过", "超", "逾", "超出"}
_WORDS_ENDING_YUE = frozenset("签节合契履制预公条")     # (签约, 节约, 合约, 预约…: 约 ends the word)
_QUAL_BEFORE = {
    "大约": "about", "约": "about", "近": "about", "接近": "about", "将近": "about", "约为": "about",
    "超过": "at_least", "超": "at_least", "突破": "at_least", "不低于": "at_least",
    "不少于": "at_least", "至少": "at_least", "逾": "at_least", "迈上": "at_least", "跨上": "at_least", "站上": "at_least",
    "不超过": "at_most", "不高于": "at_most", "不到": "at_most", "不足": "at_most",
}
_QUAL_AFTER = {
    "左右": "about", "上下": "about",
    "以上": "at_least", "及以上": "at_least", "之上": "at_least",
    "以内": "at_most", "之内": "at_most", "以下": "at_most", "及以下": "at_most",
}
_SYMBOLS = {"≤": "at_most", "≦": "at_most", "<": "at_most", "＜": "at_most",
            "≥": "at_least", "≧": "at_least", ">": "at_least", "＞": "at_least"}


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_BARE_FOLLOW = r"(?![A-Za-z0-9０-９.．%％‰万亿千百])"   # a bare 万/亿 before a word, not a number or unit sign (346.9万农村人口)


def _unit_trie(units, mags=(), bare=()) -> str:
    """One trie-shaped alternation for a set of unit strings.

    Longest match first; whitespace and 余/多 may follow a complete magnitude
    (316 亿\n元, 10.5万余人次) but nothing else breaks a unit (that would cost
    too much speed); a bare magnitude (6 万) only
    counts before punctuation, whitespace or the end; a unit ending in a Latin
    letter may not be followed by another one (kW, not kWx). One branch per
    character keeps the pattern fast.
    """
    trie: dict = {}
    for w in set(units):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = "end"
    for w in set(bare):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node.setdefault("", "bare")
    mags = set(mags)

    def emit(node: dict, prefix: str) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            child = node[ch]
            word = prefix + ch
            sub = emit(child, word) if any(k for k in child) else ""
            guard = "(?![A-Za-z])" if ch.isascii() and ch.isalpha() else ""
            if sub:
                end = child.get("")
                if word in mags:
                    inner = f"(?:{_WS}(?:[余多]{_WS})?(?:{sub}))"
                elif len(sub) == 1 or (end != "end" and _one_key(child)):
                    # 次? and 平方米 rather than (?:次)? and 平(?:方(?:米)): the same
                    # program, and the pattern compiles faster for being shorter
                    inner = sub
                else:
                    inner = f"(?:{sub})"
                if end == "end":
                    tail = inner + "?" + guard
                elif end == "bare":
                    tail = f"(?:{inner}|{_BARE_FOLLOW})"
                else:
                    tail = inner
            else:
                tail = _BARE_FOLLOW if child.get("") == "bare" else guard
            branches.append(regex.escape(ch) + tail)
        return "|".join(branches)

    return emit(trie, "")


def _one_key(node: dict) -> bool:
    return sum(1 for k in node if k) == 1


def _lexicon() -> dict:
    return load("units")


def _unit_pattern(counted, lex) -> str:
    mags = lex["magnitudes"]
    units = set(lex["standalone"]) | set(counted)
    units |= {m + u for m in mags for u in counted}
    return rf"(?:[余多]{_WS})?(?:{_unit_trie(units, mags, lex['bare_magnitudes'])})"


def _pattern_sources(lex: dict) -> dict[str, tuple[str, int]]:
    """The patterns of find_quantities, with their flags, by name."""
    counted = list(lex["counted"])
    unit_a = _unit_pattern(counted, lex)
    not_cn = set(lex.get("not_after_chinese", []))
    unit_c = _unit_pattern([u for u in counted if u not in not_cn], lex)
    prefixes = _alt(lex["prefixes"].keys())
    return {
        # Three patterns, one per way of writing a number, each run over the text
        # on its own: a single alternation of them is about twice as slow.
        # Arabic number + unit
        "arabic": (rf"(?<![{_DIG}A-Za-z.．第])(?P<n1>(?>{_SPACED_DECIMAL}|{_SPACED_INT}|{_ARABIC}))(?P<u1>{_WS}(?:{unit_a}))", 0),
        # Chinese: c1 [conn c2] unit
        "chinese": (
            rf"(?<![{_CN_ALL}第几数每])(?P<c1>{_CHINESE})"
            rf"(?:(?P<cconn>{_CONN_C})(?P<c2>{_CHINESE}))?"
            rf"(?P<uc>{_WS}(?:{unit_c}))(?![一二两三性化式])", 0),
        # 百分之九十七点六, 万分之14.37, 百分之五至百分之十
        "prefix": (
            rf"(?P<pfx>{prefixes}){_WS}(?P<p1>{_ARABIC}|{_CHINESE}|百(?![分万亿千点]))"
            rf"(?:(?P<pconn>{_CONN_C})(?:{prefixes})?(?P<p2>{_ARABIC}|{_CHINESE}))?", 0),
        # the low end of an Arabic range whose unit is written once (3—5家),
        # read right to left from the high end
        "low": (rf"(?<![{_DIG}A-Za-z.．第])(?P<lo>{_ARABIC})[—\-－～~〜至]", regex.REVERSE),
        # read right to left from the number: [verb [到/至/为]] [了] [qualifier] [≤]
        "before": (
            rf"(?:(?P<verb>{_alt(_VERBS)})(?P<res>到|至|为)?)?(?P<le>了)?"
            rf"(?P<qb>{_alt(_QUAL_BEFORE)})?(?P<sym>[{''.join(_SYMBOLS)}])?[ \t\u3000]*", regex.REVERSE),
        # (past a bracketed note on the unit: 310万头（只）左右)
        "after": (rf"(?:[（(][\u4e00-\u9fff、]{{1,4}}[）)])?[ \t\u3000]*(?P<qa>{_alt(_QUAL_AFTER)})", 0),
        "meeting": (r"[ \t]*(?:会议|全会|党代会|代表大会|常委会|集体学习|产业)", 0),
    }


class _Compiled:
    """Everything find_quantities needs, built once from patterns/units.toml.

    The main pattern has three branches: 百分之/千分之/万分之 + number; an
    Arabic number + unit; a Chinese number (or range) + unit. A written sign and
    an Arabic range (3—5家, 7.5%-8%) are recognised in Python from the characters
    before a match: cheaper than making the pattern try them at every position.
    """

    def __init__(self) -> None:
        lex = _lexicon()
        patterns = compile_cached("quantities", _pattern_sources(lex))
        self.arabic = patterns["arabic"]
        self.chinese = patterns["chinese"]
        self.prefix = patterns["prefix"]
        self.low = patterns["low"]
        self.before = patterns["before"]
        self.after = patterns["after"]
        self.meeting = patterns["meeting"]
        self.prefixes = dict(lex["prefixes"])
        self.describing = frozenset(lex.get("describing", ()))
        # cheap pre-checks before running `before` / `after`
        self.before_last = frozenset(
            [w[-1] for w in _VERBS] + [w[-1] for w in _QUAL_BEFORE] + list(_SYMBOLS) + list("到至为了 \t\u3000")
        )
        self.after_first = frozenset([w[0] for w in _QUAL_AFTER] + list(" \t\u3000（("))


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    return _Compiled()


# --------------------------------------------------------------------------
# finding


def _unit_of(raw: str) -> tuple[str, bool]:
    """Unit as written without whitespace and 余/多; second item: 余/多 seen."""
    u = "".join(raw.split())
    if "余" in u or "多" in u:
        return u.replace("余", "").replace("多", ""), True
    return u, False


def _num(s: str) -> int | float:
    """Value of an Arabic number already validated by the main pattern."""
    if not s.isascii():
        s = s.translate(_FULLWIDTH)
    if "," in s or "，" in s:
        s = s.replace(",", "").replace("，", "")
    if " " in s or "\t" in s:
        s = s.replace(" ", "").replace("\t", "")
    return float(s) if "." in s else int(s)


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_SIGNS = frozenset("-－−+＋")
_MINUS = frozenset("-－−")
_RANGE_CONN = frozenset("—-－～~〜至")
_NO_SIGN_AFTER = frozenset("0123456789０１２３４５６７８９.．%％‰)）") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
_LIST_SEPS = frozenset("、和与及")


def find_quantities(text: str) -> list[Quantity]:
    """Every number+unit in ``text``, left to right, non-overlapping."""
    c = _compiled()
    out: list[Quantity] = []
    raw: list[tuple] = []  # per emitted quantity: (unsigned value, approx, sign)
    hits = [(m.start(), 0, m) for m in c.arabic.finditer(text)]
    # prefixed numbers first: at one start the sort keeps them before a Chinese number (十万分之十, not 十万)
    more = [(m.start(), 2, m) for m in c.prefix.finditer(text)] if "分之" in text else []
    more += [(m.start(), 1, m) for m in c.chinese.finditer(text)]
    if more:
        hits += more
        hits.sort(key=_first)
    last_end = -1
    for start, kind, m in hits:
        if start < last_end:
            continue  # inside an earlier match (百分之五十 vs 五十...)
        n = len(out)
        if kind == 0:
            n1, u1 = m.groups()
            _arabic_match(text, m, c, out, raw, n1, u1)
        elif kind == 1:
            _chinese_match(text, m, c, out, raw, m.group("c1"), m.group("c2"), m.group("uc"))
        else:
            _prefix_match(text, m, c, out, raw, m.group("pfx"), m.group("p1"), m.group("p2"))
        if len(out) > n:
            last_end = out[-1].end
            if len(out) > 1 and out[-1].unit.endswith("百分点") and out[-2].unit == "个":
                _share_points(text, out)
    return out


def _share_points(text: str, out: list[Quantity]) -> None:
    """高于全国5.2个和2个百分点, 分别低6.4个、1.1个和3.8个百分点: the 个 of the values before is short
    for 个百分点."""
    k = len(out) - 2
    while k >= 0 and out[k].unit == "个" and text[out[k].end:out[k + 1].start].strip(" \t") in _LIST_SEPS:
        out[k] = replace(out[k], unit=out[-1].unit)
        k -= 1


def _first(hit):
    return hit[0]


_UNIT_ENDS = compiled(r"[，,。；;、：:）)\s]|以上|以内|以下|左右|$")
_MAGNITUDES = frozenset(("万", "亿", "千", "百", "万亿", "千万", "百万"))


def _arabic_match(text, m, c, out, raw, n1, u1) -> None:
    start, end = m.span()
    if n1[0] in "0０" and len(n1) > 1 and n1[1] in _DIGIT_CHARS:
        return  # 08-01: a date or a code, not a measure
    unit, approx = _unit_of(u1)
    if len(unit) == 1 and "\n" in u1 and not unit.isascii() and not _UNIT_ENDS.match(text, end):
        return  # a number ending a line and a word starting the next (…5\n人工智能), not 12\n 个。
    v = _num(n1)
    sign = None
    ch = text[start - 1] if start else ""
    if ch in _RANGE_CONN:
        # 7.5%-8%: the low end is the previous quantity, written with the same unit
        if out:
            prev = out[-1]
            pv, papprox, psign = raw[-1]
            about = text[prev.end:start - 1] == "左右"     # 6.5%左右至7%: one range, about
            # (280万—300万亩: the low end written with the magnitude alone)
            same_unit = prev.unit == unit or prev.unit in _MAGNITUDES and unit.startswith(prev.unit)
            if ((prev.end == start - 1 or about) and same_unit and prev.value_max is None
                    and not prev.chinese and pv <= v):
                out.pop()
                raw.pop()
                _add(text, c, out, raw, prev.start, end, pv, v, unit, approx or papprox, psign, False)
                if about:
                    out[-1] = replace(out[-1], qualifier="about")
                return
        # 3—5家: the low end is a bare number
        lm = c.low.match(text, max(0, start - 24), start)
        if lm is not None and (not out or out[-1].end <= lm.start()):
            lo = _num(lm.group("lo"))
            if lo <= v:
                _add(text, c, out, raw, lm.start(), end, lo, v, unit, approx, None, False)
                return
    if ch in _SIGNS and (start < 2 or text[start - 2] not in _NO_SIGN_AFTER):
        sign = ch
        start -= 1
    elif ch in _LIST_SEPS or ch in " \t":
        _listed_bare_numbers(text, c, out, raw, start, unit)
    _add(text, c, out, raw, start, end, v, None, unit, approx, sign, False)


# a bare number listed right before a quantity: 3.1 in 分别提高3.1和2.7个百分点
_BARE_LISTED = re.compile(r"(?<![0-9０-９.．,，A-Za-z第])([0-9０-９]+(?:[.．][0-9０-９]+)?)[ \t]*[、和与及][ \t]*\Z")


def _listed_bare_numbers(text, c, out, raw, start, unit) -> None:
    """Numbers without a unit listed before a quantity share its unit; each span is the number
    alone. They are added first, so the quantity inherits their verb (分别下降1.2和0.5个百分点)."""
    found = []
    pos = start
    floor = out[-1].end if out else 0
    while True:
        m = _BARE_LISTED.search(text, max(floor, pos - 24), pos)
        if m is None:
            break
        found.append(m.span(1))
        pos = m.start(1)
    for s, e in reversed(found):
        _add(text, c, out, raw, s, e, _num(text[s:e]), None, unit, False, None, False)


def _chinese_match(text, m, c, out, raw, c1, c2, uc) -> None:
    start, end = m.span()
    # A lone 一 (一批, 一件事, 一次性) is an article far more often than a count;
    # a numeral right after an opening quote starts a slogan (“六项专项治理”).
    if text[start - 1:start] in _OPEN_QUOTES:
        return
    unit, approx = _unit_of(uc)
    if c1 == "一" and c2 is None and unit[0] not in "万亿千":
        return
    v1 = _cn_number(c1)
    if v1 is None:
        return
    # 十八届人大四次会议, 十五届五次全会, 三次产业: not measures
    if unit == "次" and (c.meeting.match(text, end) or "届" in text[max(0, start - 4):start]):
        return
    v2 = None
    if c2 is not None:
        v2 = _cn_number(c2)
        if v2 is None or v2 < v1:
            return
    _add(text, c, out, raw, start, end, v1, v2, unit, approx, None, True)


_OPEN_QUOTES = frozenset("“\"「『‘《")


def _prefix_match(text, m, c, out, raw, pfx, p1, p2) -> None:
    arabic = p1[0] in _DIGIT_CHARS
    v1 = _num(p1) if arabic else (100 if p1 == "百" else _cn_number(p1))     # (百分之百: all of it)
    if v1 is None:
        return
    end = m.end()
    v2 = None
    if p2 is not None:
        v2 = _num(p2) if p2[0] in _DIGIT_CHARS else _cn_number(p2)
        if v2 is None or v2 < v1:
            v2, end = None, m.start("pconn")
    _add(text, c, out, raw, m.start(), end, v1, v2, c.prefixes[pfx], False, None, not arabic)


_DESCRIBED = re.compile(r"(?:及?以[上下])?的?[\u4e00-\u9fff]")


def _describes(text: str, start: int, end: int) -> bool:
    """65岁以上老年人, 年满18岁: an age that says who is meant, not a measure."""
    return _DESCRIBED.match(text, end) is not None or text[max(0, start - 1):start] == "满"


def _add(text, c, out, raw, start, end, value, value_max, unit, approx, sign, chinese) -> None:
    if unit in c.describing and _describes(text, start, end):
        return
    raw.append((value, approx, sign))
    # qualifier after the unit
    qual = None
    if text[end:end + 1] in c.after_first:
        am = c.after.match(text, end)
        if am is not None:
            qual = _QUAL_AFTER[am.group("qa")]
    # verb / qualifier before the number (the sign, if any, is inside the span)
    verb = res = qb = sym = None
    bm = c.before.match(text, max(0, start - 10), start) if text[start - 1:start] in c.before_last else None
    if bm is not None and bm.start() < start:
        verb, res, qb, sym = bm.group("verb", "res", "qb", "sym")
        if verb is not None and len(verb) == 1 and text[bm.start("verb") - 1:bm.start("verb") + 1] in _NOUN_COMPOUNDS:
            verb = None         # 起降1.8万架次: a noun, not a fall
        if verb is None and qb in _AT_LEAST_VERBS:
            verb = qb
    if qb == "约" and text[bm.start("qb") - 1:bm.start("qb")] in _WORDS_ENDING_YUE:
        qb = None       # 签约3126户, 节约1.2万吨: the end of a word, no "about"
    if qual is None:
        if qb is not None:
            qual = _QUAL_BEFORE[qb]
        elif approx:
            qual = "at_least"
        elif sym is not None:
            qual = _SYMBOLS[sym]
        elif verb in _AT_LEAST_VERBS and res is None:
            qual = "at_least"
    negative = False
    if sign is not None:
        negative = sign in _MINUS
    elif verb is None:
        if out:
            # a 、/和 list: inherit the verb (and a decrease) of the previous value
            prev = out[-1]
            gap = text[prev.end:start]
            pam = c.after.match(gap)
            if pam is not None:
                gap = gap[pam.end():]
            gap = gap.strip(" \t\u3000")
            if gap in _LIST_SEPS and prev.unit == unit and prev.verb:
                verb = prev.verb
                negative = verb in _DECREASE
                if qual is None and verb in _AT_LEAST_VERBS:
                    qual = "at_least"       # 分别突破4500亿元、4200亿元
    elif verb in _DECREASE and res is None:
        negative = True
    if res is not None and verb is not None:
        verb = verb + res
    if negative:
        value = -value
        if value_max is not None:
            value, value_max = -value_max, value
    # the frozen dataclass __init__ costs a third of the time spent per quantity
    q = _new(Quantity)
    d = q.__dict__
    d["start"] = start
    d["end"] = end
    d["text"] = text[start:end]
    d["value"] = value
    d["value_max"] = value_max
    d["unit"] = unit
    d["qualifier"] = qual
    d["verb"] = verb
    d["chinese"] = chinese
    out.append(q)


_new = object.__new__
