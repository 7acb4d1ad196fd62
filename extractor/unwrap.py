"""Hard-wrapped text (a PDF converted line by line): read its paragraphs as paragraphs.

PDF text often comes cut into lines of one width, with page numbers (— 3 —, 第3页) between them.
The rules read a line break as the end of a paragraph, so a cut inside a name or a number
(社\\n会消费品零售总额, 257.\\n3亿元) would lose the record or its name. `unwrap` joins the cut lines
into a reading text and keeps, for each of its characters, the offset it has in the original,
so every span found in the reading text maps back to the original text.

A text counts as hard-wrapped when most of its long lines have one width (in characters, or in
display width where ASCII counts half); a line of that width is then cut, unless the next line
is blank, indented, or starts a heading after a finished sentence. Table rows (cells split by
tabs or |) are never cut lines.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Callable

_MIN_LONG = 16            # lines shorter than this are headings, table cells, bylines: never a measure
_MIN_CUT_LINES = 6        # so few lines of one width are chance
_CUT_SHARE = 0.5          # share of the long lines that must have the width
_MAX_WIDTH = 120          # web copies hold a paragraph per line: far longer, and of every length
_BLANKS = " \t\u3000\u00a0"
_SENTENCE_END = "。！？!?；;：:"
_PAGE_LINE = re.compile(    # — 3 —, - 3 -, 第3页, 第 3 页 共 12 页
    r"\s*(?:[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)\s*")
_HEADING_START = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+")


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
        widths = [measure(line.rstrip()) for line in lines if "\t" not in line and "|" not in line]
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
    """The reading text of a hard-wrapped text, or None when the text is not hard-wrapped."""
    lines = text.split("\n")
    if len(lines) < _MIN_CUT_LINES:
        return None
    found = _cut_width(lines)
    if found is None:
        return None
    measure, width, tolerance = found
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    pieces: list[tuple[int, int]] = []     # (start, end) of original text kept, in order
    joined = False
    i = 0
    while i < len(lines):
        line = lines[i]
        end = starts[i] + len(line)
        nxt = i + 1
        while nxt < len(lines) and _PAGE_LINE.fullmatch(lines[nxt]):
            nxt += 1            # page numbers inside a paragraph are not text
        cut = (nxt < len(lines) and measure(line.rstrip()) >= width - tolerance and "\t" not in line and "|" not in line
               and _continues(line.rstrip(), lines[nxt]))
        if cut:
            joined = True
            pieces.append((starts[i], starts[i] + len(line.rstrip())))
        else:
            pieces.append((starts[i], min(end + 1, len(text))))
            nxt = i + 1
        i = nxt
    if not joined:
        return None
    origin: list[int] = []
    for s, e in pieces:
        origin.extend(range(s, e))
    return Unwrapped("".join(text[s:e] for s, e in pieces), origin)


def _continues(line: str, next_line: str) -> bool:
    if not next_line.strip() or next_line[0] in _BLANKS:
        return False        # a blank line or an indent starts a paragraph
    return not (line.endswith(tuple(_SENTENCE_END)) and _HEADING_START.match(next_line))
