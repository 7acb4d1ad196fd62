"""Text cut into lines and pages (a PDF converted line by line): read its paragraphs as paragraphs.

PDF text often comes cut into lines of one width, with page numbers (— 3 —, 第3页) and the running
title between them, even in the middle of a sentence.
The rules read a line break as the end of a paragraph, so a cut inside a name or a number
(社\\n会消费品零售总额, 257.\\n3亿元) would lose the record or its name. `unwrap` joins the cut lines
into a reading text and keeps, for each of its characters, the offset it has in the original,
so every span found in the reading text maps back to the original text.

A text counts as hard-wrapped when most of its long lines have one width (in characters, or in
display width where ASCII counts half); a line of that width is then cut, unless the next line
is blank, indented, or starts a heading after a finished sentence. Table rows (cells split by
tabs, |, ideographic spaces or runs of spaces) are never cut lines. In any text, a page number line is dropped with the running
title next to it (a short line that repeats, or names the 报告) and the blank lines around; a
sentence that a page break cut continues on the next page; and in a text of no fixed width a line
of clauses that stops on a word, a value or a quote mark (OCR: 全社会固定资\n产投资; a copy broken at
its clauses) goes on in the next line, as does one whose next line opens with 左右/以上 or ∶43.8.
A PDF's stray space inside a word of a prose line (分别增 长8.9%) is read past the same way.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Callable

from .segment import FIGURE_FIRST

_MIN_LONG = 16            # lines shorter than this are headings, table cells, bylines: never a measure
_MIN_CUT_LINES = 6        # so few lines of one width are chance
_CUT_SHARE = 0.5          # share of the long lines that must have the width
_MAX_WIDTH = 120          # web copies hold a paragraph per line: far longer, and of every length
_BLANKS = " \t\u3000\u00a0"
_SENTENCE_END = "。！？!?；;：:"
_PAGE_LINE = re.compile(    # — 3 —, - 3 -, 第3页, 第 3 页 共 12 页
    r"\s*(?:[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)\s*")
# the end of a title, a delivery line or a congress paper's number (…的报告, ——2024年1月9日在…会议上,
# …第四次会议文件（6）): never a cut line
_HEADER_END = re.compile(r"(?:会议上|报告|（草案）|（摘要）|\(草案\)|\(摘要\)|会议文件(?:[（(]\d{1,3}[)）]|之[一二三四五六七八九十]{1,3})?)[)）]?$")
_MAX_PAGE_LINE = 24
_TABLE_CAPTION = re.compile(r"\s*(?:附)?表\s*\d{1,2}(?:[\s\u3000：:　]|$)")
_NEAR_WIDTH = 0.8         # in a text cut at one width, a line this share of it that stops on a word was cut too
_MIN_BROKEN = 32          # a line this long that stops on a word in a text of no fixed width was broken
_MIN_SHORT_BROKEN = 12    # shorter, down to this, when the next line goes on as a sentence (not a table's next cell)
_MIN_COMMA_BROKEN = 8     # a line ending on a comma this long was broken (shorter: a table cell, a label)
_CLAUSE_PUNCT = re.compile(r"[，,。；;！？!?：:]")
_CLAUSE_OPENERS = "，,、"
_INNER_PUNCT = re.compile(r"[，,；;。]")      # a line holding one is prose (not a cell, a label, a page's title)
_QUALIFIER_NEXT = re.compile(r"(?:左右|以上|以下|以内|上下)(?:[，,；;。、）)]|$)")
_RATIO_NEXT = re.compile(r"[∶:：]\d")
_LABELLED = re.compile(r"[:：]|\s{2}")     # 发布日期：…, 来源：…, cells apart by spaces
_LABEL_START = re.compile(r"[^\s，,。；;：:]{1,8}[：:](?!\d)")
_MIN_RUNNING_TITLE = 5
_MAX_RUNNING_TITLE = 40
_BARE_FIGURE = re.compile(r"[-+]?[\d.．,，]+(?:\s*[-—–~至]\s*[\d.．]+)?")
# a table row of cells split by single spaces, two of them figures (一般公共预算收入增长 % 5 1.2 6 预期性)
_SPACED_ROW = re.compile(r"[^\s，。；,;、：:]+(?: [^\s，。；,;、：:]+){3,}")
_FIGURE_CELLS = re.compile(r"(?:^| )[-+]?\d[\d.]*\S{0,4}(?= |$)")


# a table row of three cells or more split by ideographic spaces or runs of spaces (1　城区学校扩容提质工程　183　建成…,
# 地区生产总值增长      %      8.5      7.8)
_ARROW_LEAD = 8     # (加快建设 ▶ A、B: a card's line pointing at its list)
# a 数说 card's line: its figure, a wide gap, its label (172.4亿元　社会消费品零售总额)
_FIGURE_CARD_LINE = re.compile(FIGURE_FIRST + r"[^\s\d]")
_GAPPED_ROW = re.compile(r"\S(?:\u3000+| {2,})\S.*?\S(?:\u3000+| {2,})\S")


def _is_spaced_row(line: str) -> bool:
    return _SPACED_ROW.fullmatch(line) is not None and len(_FIGURE_CELLS.findall(line)) >= 2


_HEADING_START = re.compile(r"[①-⑳]|[一二三四五六七八九十]+[、,，](?!\s*[一二三四五六七八九十])|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+(?!产业|季度|批|届|次)")
# (第三产业增加值…, 第一季度…: no ordinal heading)


def _display_width(line: str) -> float:
    return len(line) - len(line.encode("ascii", "ignore")) / 2


@dataclass(frozen=True)
class Unwrapped:
    text: str
    origin: list[int]       # origin[i]: the offset in the original text of text[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def _cut_width(lines: list[str]) -> tuple[Callable[[str], float], float, float] | None:
    """(measure, width, tolerance) of the lines cut at a fixed width, or None if the text is not so cut."""
    for measure, tolerance in ((len, 1), (_display_width, 1.5)):
        widths = [measure(line.rstrip()) for line in lines
                  if len(line) >= _MIN_LONG and "\t" not in line and "|" not in line]
        long = [w for w in widths if w >= _MIN_LONG]
        if len(long) < _MIN_CUT_LINES:
            return None
        width = statistics.median_high(long)
        if width > _MAX_WIDTH:
            continue
        cut = sum(1 for w in long if abs(w - width) <= tolerance)
        if cut >= _MIN_CUT_LINES and cut >= _CUT_SHARE * len(long):
            return measure, width, tolerance
    return None


def unwrap(text: str) -> Unwrapped | None:
    """The reading text of a text cut into lines or pages, or None when it is neither."""
    if "\n" not in text:
        return None
    lines = text.split("\n")
    chrome = _page_chrome(lines)
    kept = [line for k, line in enumerate(lines) if k not in chrome]
    found = _cut_width(kept) if len(kept) >= _MIN_CUT_LINES else None
    inner = [_inner_spaces(line) for line in lines]     # (offsets of stray spaces, by line)
    if found is None and not chrome and not any(_broken(a, b) for a, b in zip(lines, lines[1:])) and not any(inner):
        return None
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    pieces: list[tuple[int, int]] = []     # (start, end) of original text kept, in order
    i = 0
    while i < len(lines):
        if i in chrome:
            i += 1
            continue
        line, body = lines[i], lines[i].rstrip()
        nxt = i + 1
        while nxt in chrome:
            nxt += 1
        if nxt < len(lines) and _joins(body, lines[nxt], found, page_break=nxt > i + 1):
            end = starts[i] + len(body)
        else:
            end = min(starts[i] + len(line) + 1, len(text))
        pieces += _around_spaces(starts[i], end, inner[i])
        i = nxt
    origin: list[int] = []
    for s, e in pieces:
        origin.extend(range(s, e))
    reading = "".join(text[s:e] for s, e in pieces)
    return None if reading == text else Unwrapped(reading, origin)


# a PDF's stray space inside a word of a prose line (分别增 长8.9%, 社会消费品零 售总额): no
# cells split by single spaces (指标名称 单位 2022年计划) hold a comma (，、) or a full stop, and a space
# after a value and its unit sets a figure card's caption apart (4个 甲枢纽、乙快速路…)
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![\d.%％][\u4e00-\u9fff])(?<![\d.%％][\u4e00-\u9fff]{2})"
                          r" (?=[\u4e00-\u9fff])")
_PROSE_MARK = re.compile(r"[，。；、]")


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")     # (a byline: （记者 某某）)


def _inner_spaces(line: str) -> list[int]:
    if " " not in line or not _PROSE_MARK.search(line):
        return []
    inside = [m.span() for m in _BRACKETED.finditer(line)] if "(" in line or "（" in line else []
    return [m.start() for m in _INNER_SPACE.finditer(line) if not any(a < m.start() < b for a, b in inside)]


def _around_spaces(start: int, end: int, spaces: list[int]) -> list[tuple[int, int]]:
    """The line's piece text[start:end] cut around its stray spaces (offsets in the line)."""
    pieces, at = [], start
    for k in spaces:
        pieces.append((at, start + k))
        at = start + k + 1
    pieces.append((at, end))
    return [(a, b) for a, b in pieces if b > a]


def _joins(line: str, next_line: str, cut, page_break: bool) -> bool:
    """Whether the break after `line` is inside a paragraph: the line was cut at the text's width,
    or a page ended in the middle of a sentence."""
    if "\t" in line or "|" in line or _HEADER_END.search(line) or not _continues(line, next_line) \
            or _TABLE_CAPTION.match(line) or _is_spaced_row(line.strip()) or _GAPPED_ROW.search(line) \
            or _FIGURE_CARD_LINE.match(line) or _FIGURE_CARD_LINE.match(next_line) \
            or "▶" in next_line[:_ARROW_LEAD] or "►" in next_line[:_ARROW_LEAD]:
        return False        # (表1　…主要指标完成情况: a table's caption, over its header's first cell; 172.4亿元　社会…: a card)
    if page_break and line and not line.endswith(tuple(_SENTENCE_END)) and not _HEADING_START.match(next_line) \
            and (len(line.strip()) >= _MIN_LONG or line.endswith(("，", ",", "、", "；", ";"))):
        # (not before a heading or a numbered item: （1）交通项目 / — 6 — / 1．X项目：…; nor after a
        # table's cell: 续建 / — 8 — / 序号)
        return True
    if cut is None:
        return _broken(line, next_line)
    measure, width, tolerance = cut
    if measure(line) >= width - tolerance:
        return True
    # a line a little short of the width that stops on a word inside a sentence (a PDF's digits are
    # narrower than the half-width they are counted as: …增长 8.7%；固定资\n产投资)
    return (measure(line) >= _NEAR_WIDTH * width and line[-1:].isalnum() and _CLAUSE_PUNCT.search(line) is not None
            and not (_HEADING_START.match(line.lstrip()) and "。" not in line)     # (（五）X。改造校舍\n1.2万平方米: a paragraph)
            and not _BARE_FIGURE.fullmatch(next_line.strip()))


def _broken(line: str, next_line: str) -> bool:
    """A break inside a sentence of a text not cut at one width (OCR, a copy broken at its clauses:
    全社会固定资\n产投资): a line of clauses, no heading, that stops on a word or a number, and a next
    line that goes on without an indent."""
    if "\t" in line or "|" in line or _HEADING_START.match(line.lstrip()) or _HEADING_START.match(next_line):
        return False
    if _LABEL_START.match(next_line) and (line.endswith(("；", ";")) or _LABEL_START.match(line.lstrip())):
        return False    # lines labelled alike (交通：…；/水利：…；, 续建：…/预备：…) are lines of a list
    if line.lstrip().startswith("——") and line.endswith(("；", ";")):
        return False    # a dashed item of a list (——X产业园，总投资36亿元，年内开工建设；)
    if line[-1:].isalnum() or line.endswith(("%", "％")):
        if _QUALIFIER_NEXT.match(next_line) or line[-1:].isdigit() and _RATIO_NEXT.match(next_line):
            return True     # 外贸进出口总额增长5%\n左右；, 三次产业结构调整为0.3\n∶43.8∶55.9
    if next_line[:1] in _CLAUSE_OPENERS and line and not line.endswith(tuple(_SENTENCE_END)):
        return True     # …居民消费价格涨幅 3% 左右\n，粮食产量…: a line opening on a comma goes on the sentence
    if not next_line[:1].isalnum() or _BARE_FIGURE.fullmatch(next_line.strip()):   # (a table's next cell: 38.50)
        return False
    # (a line stopping on a comma never ends a paragraph: 全年实现地区生产总值1286.4亿元，\n同比增长3.6%; nor does
    # a lead of its own: 交通方面，\n加快建设…)
    if (len(line) >= _MIN_COMMA_BROKEN or _LEAD_LINE.fullmatch(line.strip())) and line.endswith(("，", "、", "；", "“")):
        return True
    on_word = line[-1:].isalnum() or line.endswith(("%", "％", "”", "」"))
    if not on_word or not _INNER_PUNCT.search(line):
        return False
    return len(line) >= _MIN_BROKEN or len(line) >= _MIN_SHORT_BROKEN and _goes_on(next_line)


def _goes_on(next_line: str) -> bool:
    """A line that reads as the rest of a sentence: clauses, or a run of words (not a table's cell,
    a unit, a date line)."""
    return _INNER_PUNCT.search(next_line) is not None or (
        len(next_line) >= _MIN_SHORT_BROKEN and not _LABELLED.search(next_line))


def _page_chrome(lines: list[str]) -> set[int]:
    """Lines of page furniture: page numbers, the running title next to them, blank lines around."""
    chrome = {k for k, line in enumerate(lines) if len(line) <= _MAX_PAGE_LINE and _PAGE_LINE.fullmatch(line)}
    if not chrome:
        return chrome
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    beside: dict[str, int] = {}     # how often a line stands next to a page number
    for k in chrome:
        for step in (-1, 1):
            j = _past_blanks(lines, k + step, step, set())
            if 0 <= j < len(lines):
                beside[lines[j].strip()] = beside.get(lines[j].strip(), 0) + 1
    for k in sorted(chrome):
        for step in (-1, 1):
            j = _past_blanks(lines, k + step, step, chrome)
            body = lines[j].strip() if 0 <= j < len(lines) else ""
            # (a short line met elsewhere too, such as a table's 续建 cell, is no running title unless it
            # stands by the page numbers again; a figure, a table's cell, never is)
            repeats = counts.get(body, 0) > 1 and (len(body) >= _MIN_RUNNING_TITLE or beside.get(body, 0) > 1)
            if (body and len(body) <= _MAX_RUNNING_TITLE and not _CLAUSE_PUNCT.search(body)
                    and not _HEADING_START.match(body) and not _BARE_FIGURE.fullmatch(body)
                    and (repeats or "报告" in body or "文件" in body)):
                chrome.add(j)       # the running title
                _past_blanks(lines, j + step, step, chrome)
    return chrome


def _past_blanks(lines: list[str], j: int, step: int, chrome: set[int]) -> int:
    """The first line from j on (going by step) that is not blank; the blank ones join chrome."""
    while 0 <= j < len(lines) and not lines[j].strip():
        chrome.add(j)
        j += step
    return j


_UNIT_AFTER_NUMBER = frozenset("年月日万亿元个家%％")
_LEAD_LINE = re.compile(r"[\u4e00-\u9fff]{2,10}方面，")


def _continues(line: str, next_line: str) -> bool:
    if next_line[:1] == " " and next_line[1:2].isdigit() and line and not line.endswith(tuple(_SENTENCE_END)):
        return True         # …改造农村户厕\n 4600 户: a stray space before a number, no indent
    if next_line[:1] == " " and next_line[1:2] in _UNIT_AFTER_NUMBER and line[-1:].isdigit():
        return True         # …提高到2010\n 年的72.8亿元: a stray space before the word a number goes on in
    if not next_line.strip() or next_line[0] in _BLANKS:
        return False        # a blank line or an indent starts a paragraph
    return not (line.endswith(tuple(_SENTENCE_END)) and _HEADING_START.match(next_line))
