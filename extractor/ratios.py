"""Measures written without a unit (ratios, coefficients, indexes, death rates) or in tenths (八成).

A number with no unit is only a measure where the word right before it says what it measures
(城乡居民收入比缩小至1.69, 亿元GDP生产安全事故死亡率0.021; 2.05:1 keeps :1 as its unit) or where it changes such a measure
(…1.67，比上年缩小0.03), or as the three shares of 三次产业结构调整为8.6:46.6:44.8. They come out as
quantities with the unit "" (nothing is written), merged with the quantities that have units.
The word lists are `[ratios]` of patterns/indicators.toml.
"""
from __future__ import annotations

import functools

import regex

from .indicator_rules import alternation
from .lexicon import load
from .pattern_cache import compiled
from .quantities import Quantity, parse_number

_NUMBER = r"\d+(?:\.\d+)?"
_QUALIFIER = {"以内": "at_most", "以下": "at_most", "左右": "about", "以上": "at_least"}
_AFTER = r"(以内|以下|左右|以上)?"    # a qualifier after the number, outside the span
# a share in tenths (约占全县的八成, 超过九成以上): a digit right after a word that leads a share
_TENTHS = compiled(r"(?<=[占的近超约逾达为过到在足])([一二两三四五六七八九1-9])成(?:(以上|左右|多)|(?=[，,。；;、）)\s]|$))")
_TENTHS_LEAD = compiled(r"(大约|约|近|超过|超|逾|不足)[^，,。；;]{0,10}$")    # 约占全县的八成, 超过九成, 不足一成
_LEAD_QUALIFIER = {"大约": "about", "约": "about", "近": "about", "超过": "at_least", "超": "at_least", "逾": "at_least",
                   "不足": "at_most"}
_END = r"(?=\s*(?:[，,。；;、）)]|和|同比|比上年|较上年|$))"    # nothing that could be a unit follows
_TRIPLE = rf"({_NUMBER})\s*[:：∶]\s*({_NUMBER})\s*[:：∶]\s*({_NUMBER})"
_YEAR_OF = r"(?:(?:(?:19|20)\d{2}\s*年|上年|去年)(?:末|底)?的)?"     # 由2020年的2.09缩小到2022年的2.02


@functools.cache
def _rules() -> dict:
    r = load("indicators")["ratios"]
    fall_or_rise = alternation(r["falls"] + r["rises"])
    return {
        "gate": tuple(w[-1] for w in r["name_endings"] + r["structure_names"]),
        "named": compiled(f"(?:{alternation(r['name_endings'])})(?:由\\s*{_YEAR_OF}\\s*({_NUMBER}))?"
                               f"(?:{alternation(r['linking_verbs'])})?\\s*{_YEAR_OF}\\s*({_NUMBER})(\\s*[:：]\\s*1)?{_AFTER}{_END}"),
        "change": compiled(f"\\s*[，,]?\\s*(?:{alternation(r['change_bases'])})"
                                f"({fall_or_rise})\\s*({_NUMBER}){_END}"),
        "falls": frozenset(r["falls"]),
        # (由11.2:40.5:48.3调整为9.6:39.8:50.6: the start and the end, six shares)
        "structure": compiled(f"(?:{alternation(r['structure_names'])})"
                                   f"(?:{alternation(r['linking_verbs'])})?\\s*"
                                   f"(?:由\\s*{_YEAR_OF}\\s*{_TRIPLE}\\s*(?:调整|优化|变化|转变)?(?:为|到|至)\\s*)?"
                                   f"{_YEAR_OF}\\s*{_TRIPLE}{_END}"),
        "structure_names": compiled(alternation(r["structure_names"])),
        "structure_parts": list(r["structure_parts"]),
    }


def find_ratios(view: str) -> list[Quantity]:
    """Measures of `view` without a unit or in tenths, left to right."""
    rules = _rules()
    found: list[Quantity] = []
    if any(last in view for last in set(rules["gate"])):
        for m in rules["named"].finditer(view):
            if m.group(1):      # 由2.09缩小到2.02: the level it started from
                found.append(_quantity(view, m.start(1), m.end(1), m.group(1), None))
            found.append(_quantity(view, m.start(2), m.end(3) if m.group(3) else m.end(2), m.group(2), None,
                                   unit=regex.sub(r"\s", "", m.group(3) or ""), qualifier=_QUALIFIER.get(m.group(4))))
            change = rules["change"].match(view, m.end())
            if change:
                verb = change.group(1)
                found.append(_quantity(view, change.start(2), change.end(2), change.group(2), verb,
                                       negative=verb in rules["falls"]))
        for m in rules["structure"].finditer(view):
            found += [_quantity(view, m.start(i), m.end(i), m.group(i), None) for i in range(1, 7) if m.group(i)]
    if "成" in view:
        for m in _TENTHS.finditer(view):
            digit = m.group(1)
            lead = _TENTHS_LEAD.search(view, max(0, m.start() - 12), m.start())
            qualifier = _QUALIFIER.get(m.group(2)) or (_LEAD_QUALIFIER[lead.group(1)] if lead else None)
            found.append(_quantity(view, m.start(1), m.end(1) + 1, str(parse_number(digit)), None,
                                   unit="成", qualifier=qualifier))
    return sorted(found, key=lambda q: q.start)


def structure_parts(head: str) -> list[str]:
    """The names of the shares a:b:c when `head` (the clause before them) names 三次产业结构."""
    rules = _rules()
    return rules["structure_parts"] if rules["structure_names"].search(head) else []


def _quantity(view: str, start: int, end: int, number: str, verb: str | None, negative: bool = False,
              unit: str = "", qualifier: str | None = None) -> Quantity:
    value = float(number) if "." in number else int(number)
    return Quantity(start=start, end=end, text=view[start:end], value=-value if negative else value, value_max=None,
                    unit=unit, qualifier=qualifier, verb=verb, chinese=False)
