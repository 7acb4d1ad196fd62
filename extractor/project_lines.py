"""How the driver walks a report's lines: where a pattern next matches (`Leftmost`), how far a
clause may run onto a hard-wrapped neighbour line (`wrap_bounds`), and the parts of a line under
a sector heading (`category_parts`) or between sentence ends (`sentences`).
"""
from __future__ import annotations

from typing import Optional

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .project_lexicon import Cfg

_SENT_SEP = regex.compile(r"[。！!？?\n]")
# A hard-wrapped line (PDF text): long enough not to be a heading, unterminated, and followed by
# a line that does not open a new item.
_WRAP_MIN = 20
_LINE_END = "，,；;。：:！!？?"
_ITEM_START = regex.compile(
    r"\s*(?:[（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十]+、|[0-9０-９]+\s*[．.、﹒]|专栏"
    r"|[◆●■▲◇○□•·▍▌★☆]|—{2}|\S{2,6}[ \t]*\u3000)")     # (◆ 加快建设…: a bullet opens a line of its own; so does a
    # card's stage pointing at its list, 加快建设 ▶ A、B, its arrow read as an ideographic space)


class Leftmost:
    """Leftmost matches of one pattern in one text for a reader moving forward through it: a
    search serves every later question up to where its match starts."""

    __slots__ = ("_search", "_text", "_searched_from", "_match", "_start")

    def __init__(self, pattern: regex.Pattern, text: str) -> None:
        self._search = pattern.search
        self._text = text
        self._searched_from = len(text) + 1     # nothing searched yet

    def at_or_after(self, pos: int) -> Optional[regex.Match]:
        if pos < self._searched_from or self._start < pos:
            m = self._match = self._search(self._text, pos)
            self._start = len(self._text) if m is None else m.start()
            self._searched_from = pos
        return self._match

    def starts_within(self, s: int, e: int) -> bool:
        if s < self._searched_from or self._start < s:
            self.at_or_after(s)
        return self._start < e


def _wrapped(text: str, ls: int, le: int) -> bool:
    """Whether the line text[ls:le] is hard-wrapped into the next one."""
    line = text[ls:le].rstrip()
    if len(line.lstrip()) < _WRAP_MIN or line[-1] in _LINE_END or le >= len(text):
        return False
    ne = text.find("\n", le + 1)
    nxt = text[le + 1:ne if ne >= 0 else len(text)]
    return bool(nxt.strip()) and not _ITEM_START.match(nxt)


def wrap_bounds(text: str, ls: int, le: int) -> tuple[Optional[int], Optional[int]]:
    """Where a clause of the line text[ls:le] may reach on the previous and the next line."""
    back = on = None
    if ls >= 2:
        ps = text.rfind("\n", 0, ls - 1) + 1
        if _wrapped(text, ps, ls - 1):
            back = ps
    if _wrapped(text, ls, le):
        ne = text.find("\n", le + 1)
        on = ne if ne >= 0 else len(text)
    return back, on


_LEAD_ENDS = ("方面，", "方面,", "领域，", "领域,")
_HEADING_MARKS = ("：", ":", "方面", "领域", "项目中", "项目。", "其中，", "其中,")     # (cheap gate: no heading without one)


def category_parts(text: str, line: str, ls: int, le: int, cfg: Cfg, whole_line: bool = False,
                   heading: Optional[str] = None) -> list[tuple[int, int, Optional[str]]]:
    """The line text[ls:le] cut at its sector headings ('交通：…；水利项目：…'): (start, end, category).
    A heading's sector holds to the end of its sentence, or to the next heading on a `whole_line`;
    the sector `heading` of a numbered line ('1．交通：…') holds from the line start to the next one."""
    if not any(mark in line for mark in _HEADING_MARKS):
        return [(ls, le, heading)]
    parts: list[tuple[int, int, Optional[str]]] = []
    pos, category = ls, heading
    whole_line = whole_line or heading is not None
    for h in cfg.inline_heading.finditer(text, ls, le):
        parts += _under_category(text, pos, h.start(), category, whole_line)
        pos, category = h.end(), h.group("cat")
        if h.group().endswith(_LEAD_ENDS) and not text[ls:h.start()].strip():
            whole_line = True   # 产业项目方面，…。A建成投产…: a paragraph led by its sector is the sector's
        if h.group().endswith(("。", "．")):
            whole_line = True   # …。一是交通项目。开工A；…。二是工业项目。…: a titled part holds to the next title
    parts += _under_category(text, pos, le, category, whole_line)
    return parts


def _under_category(text: str, s: int, e: int, category: Optional[str],
                    whole_line: bool = False) -> list[tuple[int, int, Optional[str]]]:
    """text[s:e] under `category`, which holds up to the end of its sentence (of text[s:e] if `whole_line`)."""
    m = _SENT_SEP.search(text, s, e) if category and not whole_line else None
    if m is None:
        return [(s, e, category)]
    return [(s, m.end(), category), (m.end(), e, None)]


def sentences(text: str, s: int, e: int):
    """text[s:e] cut after each sentence end: (start, end)."""
    pos = s
    for m in _SENT_SEP.finditer(text, s, e):
        yield pos, m.end()
        pos = m.end()
    if pos < e:
        yield pos, e
