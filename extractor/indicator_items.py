"""A 民生实事 item's completion rate (四、城镇老旧小区改造。计划改造20个小区，实际改造23个，完成率115%): named
after the item, as a report on the list's progress means it, not after the last thing counted.

Runs once the indicators and the livelihood items are found (pipeline)."""
from __future__ import annotations

import bisect

from .models import Indicator, LivelihoodItem

_RATE = "完成率"


def name_item_rates(view: str, indicators: list[Indicator], items: list[LivelihoodItem]) -> None:
    if not items:
        return
    # (a 【教育惠民】 title names a field of the list, not the thing whose plan a rate measures)
    titled = sorted((i for i in items if i.rule != "livelihood.bracket_title"), key=lambda i: i.span[0])
    starts = [i.span[0] for i in titled]
    for r in indicators:
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
