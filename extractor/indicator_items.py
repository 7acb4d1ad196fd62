"""A 民生实事 item's completion rate (四、城镇老旧小区改造。计划改造20个小区，实际改造23个，完成率115%): named
after the item, as a report on the list's progress means it, not after the last thing counted, as is
an item's money with no subject of its own (1.教育惠民工程：…，投资5600万元); and the list's own money (2023年县级民生实事项目共10项，计划总投资3.26亿元): named after the list.

Runs once the indicators and the livelihood items are found (pipeline)."""
from __future__ import annotations

import bisect

from .models import Indicator, LivelihoodItem
from .pattern_cache import compiled

_RATE = "完成率"


def name_item_rates(view: str, indicators: list[Indicator], items: list[LivelihoodItem]) -> None:
    _name_list_money(view, indicators)
    if not items:
        return
    # (a 【教育惠民】 title names a field of the list, not the thing whose plan a rate measures)
    titled = sorted((i for i in items if i.rule != "livelihood.bracket_title"), key=lambda i: i.span[0])
    starts = [i.span[0] for i in titled]
    for r in indicators:
        if not r.canonical:
            _name_item_money(view, r, titled, starts)
        _date_by_item(view, r, titled, starts)
        if not r.name.endswith(_RATE) or r.canonical:
            continue
        at = bisect.bisect_right(starts, r.span[0]) - 1
        if at < 0:
            continue
        item = titled[at]
        # (within the item's own paragraph, the only rate it gives: 【健康服务】…完成率107.2%；…完成率100% are
        # the rates of the things it counts)
        line_end = view.find("\n", item.span[1])
        line_end = len(view) if line_end == -1 else line_end
        if r.span[0] >= line_end or view.count(_RATE, item.span[1], line_end) != 1:
            continue
        r.name = item.title.replace("\n", "") + _RATE


def _name_item_money(view: str, r: Indicator, titled: list[LivelihoodItem], starts: list[int]) -> None:
    """1.教育惠民工程:建成城东小学,改扩建农村幼儿园6所,投资5600万元: money with no subject of its own on an
    item's line is the item's, not the last thing the line counted."""
    at = bisect.bisect_right(starts, r.span[0]) - 1
    if at < 0:
        return
    item = titled[at]
    breaks = view.count("\n", item.span[1], r.span[0])
    if breaks > 1 or breaks == 1 and not _TITLE_LINE_REST.fullmatch(view, item.span[1], view.find("\n", item.span[1])):
        return      # (on the item's own line, or the line under a title standing alone: 【1】X工程（得票176票）/ …计划投资…)
    start = max(view.rfind(p, item.span[1], r.span[0]) for p in _CLAUSE_MARKS) + 1 or item.span[1]
    lead = view[start:r.span[0]].strip()
    if lead in _BARE_MONEY_LEADS:
        r.name = item.title.replace("\n", "") + lead


def _date_by_item(view: str, r: Indicator, titled: list[LivelihoodItem], starts: list[int]) -> None:
    """A figure on a 民生实事 item's line (（一）背街小巷整治：完成背街小巷整治32条) is of the item's year and
    kind: the list's, not the year a paragraph before it named (据介绍，2015年…已全部完成。/ …依次为：)."""
    at = bisect.bisect_right(starts, r.span[0]) - 1
    if at < 0 or view.find("\n", titled[at].span[0], r.span[0]) != -1 or view.find("。", titled[at].span[1], r.span[0]) != -1:
        return      # (within the item's own sentence: a later sentence of an inline list's paragraph is its own)
    item = titled[at]
    if item.year and r.year != item.year and r.kind != "target" and item.kind == "target":
        r.year, r.kind = item.year, item.kind


_CLAUSE_MARKS = "，,；;：:。\n"
_TITLE_LINE_REST = compiled(r"\s*(?:[（(][^（）()\n]*[）)])?\s*")


# money with no subject of its own, and the list a sentence names before it
_BARE_MONEY = frozenset(("计划总投资", "总投资", "计划投资", "完成投资", "累计完成投资", "年度计划投资", "实际完成投资",
                         "投入资金", "计划投入资金", "安排资金", "计划安排资金"))
_BARE_MONEY_LEADS = _BARE_MONEY | {"投资", "预计投资", "估算投资", "投入", "计划投入"}     # (on an item's line: its money)
_LIST_NAME = compiled(r"(?:(?:[一二三四五六七八九十]|\d{1,2})(?:件|项|大))?(?:重点)?(?:民生实事|为民办实事|惠民实事|民生工程|民心工程|惠民工程)(?:项目)?")
_SENTENCE_START = compiled(r"[。！？\n](?=[^。！？\n]*$)")


def _name_list_money(view: str, indicators: list[Indicator]) -> None:
    """…民生实事项目共10项，计划总投资3.26亿元: the money of the list the sentence named before it."""
    for r in indicators:
        if r.canonical or r.name not in _BARE_MONEY:
            continue
        head = view[max(0, r.span[0] - _LIST_REACH):r.span[0]]
        start = _SENTENCE_START.search(head)
        names = list(_LIST_NAME.finditer(head, start.end() if start else 0))
        if names:
            r.name = names[-1].group() + r.name


_LIST_REACH = 80
