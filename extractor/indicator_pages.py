"""Pages laid out as figures rather than sentences: a 数说 line led by the figure its sentence states, a
card with a figure alone on its line and its name under it (or the name above the figures), and on a page of
cards the sections whose marked heading names the indicator system (■ 主要经济指标). Each pass works on the
records the narrative rules made, renaming or marking them; none makes records of its own."""
from __future__ import annotations

import bisect

import regex

from . import names
from .indicator_rules import FALL_VERBS, WITHOUT_STARS, words
from .layout import Layout
from .pattern_cache import compiled
from .segment import FIGURE_FIRST, HEADING_MARKS


# a line led by figures that its sentence then states (数说: '5.6%——去年全市地区生产总值增长5.6%',
# '【8%】固定资产投资增长8%左右', '1.2万人 城镇新增就业1.2万人')
_LEAD = compiled(r"[ \t\u3000]*【?[^【】\n，,。；;]{1,24}?(?:】|——|[ \t\u3000]+)")
_LEAD_LINE = compiled(r"(?:^|\n)([ \u3000]*(?:【\s*)?\d)")     # lines that open with a figure (not table cells)


# a card whose label line holds its figure, the paragraph under it stating it (关键数字2：6% / 今年全市地区生产总值预期
# 增长6%左右。…)
_LABEL_FIGURE_LINE = compiled(r"(?m)^[ \t\u3000]*[^\n：:，,。；;]{2,12}[：:][ \t\u3000]*\d[^\n，,。；;]{0,12}$")
_RESTATED_FIELDS = ("name", "canonical", "year", "kind", "measure", "value", "headline", "estimated", "binding")


def label_figures(view: str, records: list[dict]) -> None:
    """A figure on a card's label line restates the same figure in the paragraph under it: it takes that
    value's name, year, kind, measure, sign and headline (its own qualifier stays: none is written)."""
    starts = [r["span"][0] for r in records]
    for line in _LABEL_FIGURE_LINE.finditer(view):
        first = bisect.bisect_left(starts, line.start())
        on_line = [r for r in records[first:first + 2] if r["span"][0] < line.end()]
        if len(on_line) != 1:
            continue
        below = view.find("\n", line.end() + 1)
        below = len(view) if below == -1 else below
        stated = [r for r in records[first + 1:] if r["span"][0] < below]
        figure = on_line[0]
        _restate(figure, stated)


def lead_figures(view: str, records: list[dict]) -> None:
    """A figure leading its line restates a value of the line's sentence: it takes that value's
    name, year, kind, measure, sign and headline (its own qualifier stays: none is written)."""
    leads = {m.start(1) for m in _LEAD_LINE.finditer(view)}
    if not leads:
        return
    by_line: dict[int, list[dict]] = {}
    for r in records:
        if r["rule"] == "ind.table":
            continue
        line_start = view.rfind("\n", 0, r["span"][0]) + 1
        if line_start in leads:
            by_line.setdefault(line_start, []).append(r)
    for line_start, line_records in by_line.items():
        lead = _LEAD.match(view, line_start)
        if not lead or len(line_records) < 2:
            continue
        leading = [r for r in line_records if r["span"][1] <= lead.end()]
        stated = [r for r in line_records if r["span"][0] >= lead.end()]
        for r in leading:
            _restate(r, stated)


def _restate(figure: dict, stated: list[dict]) -> None:
    """A figure that restates one of `stated` (same number and unit) takes its fields (not its qualifier)."""
    same = next((t for t in stated if abs(t["value"]) == abs(figure["value"]) and t["unit"] == figure["unit"]), None)
    if same is not None:
        for key in _RESTATED_FIELDS:
            figure[key] = same[key]
        figure["rule"] = "ind.lead"


# a card of a 数说 page: a figure alone on its line, the line after it naming it (1086.52 亿元 / 全市地区生产总值 /
# 同比增长5.6%，…; 312天 / 空气质量优良天数，创…最好水平; 48916元、25307元 (or 52860元 | 27430元) /
# 城镇、农村居民人均可支配收入; 2.6% / 单位地区生产总值能耗降低*: a binding fall);
# the card's lines end at a blank line
# (a sign before it, -3.2%; its unit on a line of its own, 312.7 / 亿元 / 社会消费品零售总额)
_FIGURE = r"[-+－]?\d[\d.]*(?:[ \t]*[^\s\d、]{1,6}|[ \t]*\n[ \t\u3000]*[^\s\d、，,。；;]{1,3}(?=[ \t\u3000]*\n))"
_CARD = compiled(rf"(?m)[ \t\u3000]*{_FIGURE}(?:(?:、|[ \t\u3000]*[|｜/][ \t\u3000]*){_FIGURE})*[ \t\u3000]*\n"
                   r"[ \t\u3000]*([^\d\n，,。；;：:\t]{2,20}?)[ \t\u3000]*(?:[，,][^\n]*)?$")
_BLANK_LINE = compiled(r"\n[ \t\u3000]*\n")
_ESTIMATE_NOTE = compiled(r"[（(]预计(?:数|完成)?[）)]")
_GROWTH_NAME = compiled(r"(?:增速|增长|增幅|涨幅)$")
_FALL_NAME = compiled(f"(?:{'|'.join(FALL_VERBS)})$")


# ...or the name on its own line above the figures (地区生产总值 / 3286.5亿元 / 增长6.2%，…)
_NAME_CARD = compiled(r"[ \t\u3000]*([^\d\n，,。；;：:\t【】■●▲◆（）()]{2,20}?)[ \t\u3000]*\n"
                        r"(?=[ \t\u3000]*(?:\d|增长|下降|上涨|上升|回落|分别|达到|同比|比上年))")
# where a card may start: after a blank line or a marked heading line (matched there only: a scan of
# the whole text from every position costs a millisecond)
_CARD_START = compiled(r"\n[ \t\u3000]*\n|\n[ \t\u3000]*[" + HEADING_MARKS + r"【][^\n]{0,20}\n")


def name_cards(view: str, records: list[dict], above_scale: bool) -> None:
    """Records of a name-first card without a name of their own take the card's name; a 城乡… name over
    分别 or slashed pairs (51380元 / 26745元) gives the urban and the rural one in turn; a % under a name
    ending 增长 or 涨幅 is that measure's growth."""
    for card, inside in _name_cards(view, records):
        label = names.clean_name(_ESTIMATE_NOTE.sub("", card.group(1)))
        if not label:
            continue
        text = view[card.end():inside[-1]["span"][1]]
        pair = names.expand_urban_rural(label) if "分别" in text or _SLASHED.search(text) else None
        own = next((k for k, r in enumerate(inside) if r["rule"] == "ind.clause" and not _nameless(r["name"])),
                   len(inside))
        unnamed = [r for k, r in enumerate(inside) if _nameless(r["name"])
                   or k < own and r["rule"] in ("ind.carry", "ind.distribution")]
        growth = _GROWTH_NAME.search(card.group(1)) is not None
        for k, r in enumerate(unnamed):
            name = pair[k % 2] if pair and len(unnamed) % 2 == 0 else label
            r["name"], r["canonical"] = name, names.canonical(name, above_scale)
            if growth and r["unit"] == "%" and r["measure"] == "level":
                r["measure"] = "growth"     # 地区生产总值增长 / 5.5%左右
            if pair and k % 2 and unnamed[k - 1]["unit"] == r["unit"]:
                r["measure"] = unnamed[k - 1]["measure"]    # 增长4.6% / 6.3%: both growths
    for block_start, block_end in _short_blocks(view):
        # 地区生产总值2860亿元 / 增长5.8%: a card whose first line names its figure names the lines under it
        inside = [r for r in records if block_start <= r["span"][0] < block_end]
        named = next((r for r in inside if r["name"] != "未命名指标"), None)
        for r in inside:
            if named is not None and r["name"] == "未命名指标" and r["span"][0] > named["span"][0]:
                r["name"], r["canonical"] = named["name"], named["canonical"]


# a 数说 line: the figure first, its label after a wide gap on the same line (约412亿元　全年地区生产总值（预计）,
# 6.1%　规上工业增加值增长, 138.6亿元　完成固定资产投资，同比增长7.3%)
_LINE_CARD = compiled(r"(?m)^" + FIGURE_FIRST +
                      r"([^\d\s，,。；;（(][^\d\n，,。；;（(]{1,23}?(?:[（(][^（()）\n]{1,12}[）)])?)[ \t\u3000]*(?:$|[，,][^\n]*$)")


def line_cards(view: str, records: list[dict], above_scale: bool) -> None:
    """The records of a figure-first line take the label after the figure (a growth where it ends 增长/增速,
    an estimate where it says （预计）); a later value of the line with no name of its own takes it too."""
    starts = [r["span"][0] for r in records]
    for card in _LINE_CARD.finditer(view):
        first = bisect.bisect_left(starts, card.start())
        inside = [r for r in records[first:] if r["span"][0] < card.end()]
        if not inside or inside[0]["span"][1] > card.start(1):
            continue    # (the figure is no record)
        name, growth, _, _, estimated = _read_label(card.group(1))
        if not name:
            continue
        for k, r in enumerate(inside):
            if k and not (_nameless(r["name"]) or r["rule"] == "ind.carry"):
                continue
            r["name"], r["canonical"] = name, names.canonical(name, above_scale)
            if not k and r["unit"] == "%" and growth:
                r["measure"] = "growth"         # 6.1%　规上工业增加值增长
            if not k and estimated:
                r["estimated"] = True           # 约412亿元　全年地区生产总值（预计）


_NOTES = compiled(r"[（(][^（()）]{1,12}[）)]")     # （预计）, （1—11月）


def _read_label(label: str) -> tuple[str, bool, bool, bool, bool]:
    """(name, growth, fall, binding, estimated) of a card's label: …增速 a growth, …降低 a fall, * binding,
    （预计） an estimate; the name without them or any other short note in brackets."""
    unstarred = label.translate(WITHOUT_STARS)
    estimated = _ESTIMATE_NOTE.search(unstarred) is not None
    raw = _NOTES.sub("", unstarred).strip()
    growth, fall = _GROWTH_NAME.search(raw) is not None, _FALL_NAME.search(raw) is not None
    name = names.clean_name(_FALL_NAME.sub("", _GROWTH_NAME.sub("", raw)))
    return name or names.clean_name(raw), growth, fall, unstarred != label, estimated
_SLASHED = compiled(r"\d[^\n/]{0,6}[ \t]*/[ \t]*\d")
_NAMELESS = compiled(r"未命名指标|[^\p{Han}A-Za-z]*")


def _nameless(name: str) -> bool:
    return _NAMELESS.fullmatch(name) is not None


_CARD_LINE_CHARS = 24   # a block of lines no longer than this is a page of cards: each name line opens one


def _name_cards(view: str, records: list[dict]):
    """(match, its records) for each name-first card: one opens where a card may start (after a blank
    line or a marked heading) and at every name line of a block of short lines (▶一年来 / 新增经营主体 /
    5.2万户 / 新增规上工业企业 / 156家)."""
    opens = _card_opens(view, _NAME_CARD, _CARD_START)
    for block in _BLOCK.finditer(view):
        lines = block.group().split("\n")
        opening = next((ln.strip() for ln in lines if ln.strip()[:1] not in HEADING_MARKS + "【"), "")
        # (a block opening with a figure names each figure on the line after it: 48916元 / 城镇居民…)
        if len(lines) > 2 and max(map(len, lines)) <= _CARD_LINE_CHARS and not opening[:1].isdigit():
            pos = block.start()
            for line in lines:
                m = _NAME_CARD.match(view, pos)
                if m and m.group(1).strip() == line.strip():
                    opens.setdefault(m.start(), m)
                pos += len(line) + 1
    return _cards(view, records, opens)


_CARD_CHARS = 48        # a card of figures: a few short lines between blank lines


def _short_blocks(view: str):
    """(start, end) of each run of lines between blank lines that is short enough to be a card."""
    for m in _BLOCK.finditer(view):
        if m.end() - m.start() <= _CARD_CHARS and "\n" in m.group().strip():
            yield m.start(), m.end()


_BLOCK = compiled(r"(?<=\n\n|^)[^\n]+(?:\n[^\n]+)*")


def _card_opens(view: str, card: regex.Pattern, starts_at: regex.Pattern) -> dict[int, regex.Match]:
    """The cards `card` matches where `starts_at` says one may start, by their start."""
    return {m.start(): m for at in starts_at.finditer(view, overlapped=True) if (m := card.match(view, at.end()))}


def _cards(view: str, records: list[dict], opens: dict[int, regex.Match]):
    """(match, its records) for each card of `opens`: a card runs to the next blank line or the next card,
    and one that holds no record or a table's cells is none."""
    starts = [r["span"][0] for r in records]
    ordered = sorted(opens)
    for i, at in enumerate(ordered):
        m = opens[at]
        end = view.find("\n\n", m.end())
        end = len(view) if end == -1 else end
        if i + 1 < len(ordered):
            end = min(end, ordered[i + 1])
        first = bisect.bisect_left(starts, m.start())
        inside = [r for r in records[first:] if r["span"][0] < end]
        if inside and not any(r["rule"] == "ind.table" for r in inside):
            yield m, inside


_MARKED_HEADING = compiled(r"(?m)^[ \t\u3000]*(?:[" + HEADING_MARKS + r"]\s*([^\n，,。；;]{2,16})|【([^】\n]{2,16})】"
                           r"|(?:0\d|PART[ \t]*\d{1,2})[ \t\u3000]*\n[ \t\u3000]*([^\n，,。；;\d]{0,4}(?:(?:19|20)\d{2}年)?[^\n，,。；;\d]{2,12}))"
                           r"[ \t\u3000]*$", flags=regex.IGNORECASE)     # (01 / PART 1 over the heading's line)


def headline_sections(view: str, records: list[dict], layout: Layout) -> None:
    """A page of cards (一图读懂): the records under a marked heading that names the indicator system
    (■ 主要经济指标, 【主要预期目标】) are headline, up to the next marked heading."""
    cue = words()["headline_cues_re"]
    headings = list(_MARKED_HEADING.finditer(view))
    for h, nxt in zip(headings, headings[1:] + [None]):
        heading = h.group(1) or h.group(2) or h.group(3)
        if not cue.search(heading) and not any(w in heading for w in words()["card_headline_headings"]):
            continue
        end = nxt.start() if nxt else len(view)
        inside = [r for r in records if h.end() <= r["span"][0] < end and r["rule"] != "ind.table"]
        if inside:
            year = inside[0]["year"]
            for r in inside:
                r["headline"] = r["headline"] or r["year"] == year


def figure_cards(view: str, records: list[dict], above_scale: bool) -> None:
    """Each record of a card takes the card's name; a bare % under a name ending 增速 is that measure's growth."""
    for card, inside in _cards(view, records, _card_opens(view, _CARD, _BLANK_LINE)):
        if inside[0]["span"][1] > card.start(1):
            continue    # (a figure that is no record)
        name, growth, fall, starred, estimated = _read_label(card.group(1))
        figures = sum(r["span"][1] <= card.start(1) for r in inside)
        parts = names.split_list(name) if figures > 1 else []
        parts = parts if len(parts) == figures else [name]      # (one name to each figure of the line, in turn)
        renamed = 0
        for r in inside:
            in_figure_line = r["span"][1] <= card.start(1)
            if in_figure_line or r["rule"] in ("ind.carry", "ind.distribution") or r["name"] == "未命名指标":
                part = parts[renamed % len(parts)]
                renamed += 1
                r["name"], r["canonical"] = part, names.canonical(part, above_scale)
                if in_figure_line and r["unit"] == "%" and growth:
                    r["measure"] = "growth"     # 7.8% / 规模以上工业增加值增速
                if in_figure_line and estimated:
                    r["estimated"] = True       # 54.83亿元 / 一般公共预算收入（预计）
                if in_figure_line and fall and r["unit"] == "%":
                    r["measure"], r["value"] = "growth", -abs(r["value"])
                r["binding"] = r["binding"] or (in_figure_line and starred)
