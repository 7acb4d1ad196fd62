"""Paragraphs, sentences and clauses of a text, as offset ranges into it."""
from __future__ import annotations

import functools
import re  # stdlib re: these patterns need nothing more, and it is faster
from typing import NamedTuple

SENTENCE_END = "。！？!?\n"
# the number of an item in a list: 二是, （三）, (3), 3. 3、 3﹒ 3） (not the 3. of 3.5)
LIST_MARKER = r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、﹒](?!\d)|\d{1,2}[)）](?!\d))"
CLAUSE_END = "，,；;：:\t"    # (a tab parts the cells of a table row)
# part of a year, its results so far (一季度, 上半年, 前三季度, 1—9月)
PART_OF_YEAR = r"(?:第?[一二三四]季度|上半年|前三季度|1\s*[-—至]\s*\d{1,2}\s*月)"
# marks that open a heading line on a page of figures or cards (■ 主要经济指标, ▍2024年成绩单, ▶ 2025年目标这样定; also 【…】)
HEADING_MARKS = "■●▲◆▍▌▶►"
# a 数说 card's line opening on its figure, then a wide gap before its label (172.4亿元　社会消费品零售总额)
FIGURE_FIRST = r"[ \t\u3000]*(?:约|近|超|逾)?[-+－]?\d[^\s，,。；;]{0,10}(?:\u3000+|[ \t]{2,}|\t)"


class Piece(NamedTuple):
    start: int
    end: int


@functools.cache
def _piece_pattern(stops: str):
    cls = re.escape(stops)
    return re.compile(f"[^{cls}]*[{cls}]|[^{cls}]+$")


def _split(text: str, start: int, end: int, stops: str) -> list[Piece]:
    """Pieces ending with (and including) one of `stops`; the last may end without one."""
    return [_piece(Piece, m.span()) for m in _piece_pattern(stops).finditer(text, start, end)]


_piece = tuple.__new__   # Piece from a (start, end) pair without the keyword-argument constructor


def paragraphs(text: str) -> list[Piece]:
    return _split(text, 0, len(text), "\n")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    return _split(text, start, len(text) if end is None else end, SENTENCE_END)


# no break: a comma between digits (1,129), a colon between numbers (8.6:46.6:44.8, 2.05:1)
_INSIDE_NUMBERS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))|(?<=\d)\s*[:：]\s*(?=\d)")


def clauses(text: str, start: int, end: int) -> list[Piece]:
    """Clauses split at commas, semicolons and colons, but not inside numbers."""
    pieces = _split(text, start, end, CLAUSE_END)
    merged: list[Piece] = []
    if len(pieces) < 2 or not ("," in text[start:end] or ":" in text[start:end] or "：" in text[start:end]):
        return pieces
    for piece in pieces:
        if merged and text[merged[-1].end - 1] in ",:：" and _INSIDE_NUMBERS.match(text, merged[-1].end - 1):
            merged[-1] = Piece(merged[-1].start, piece.end)
        else:
            merged.append(piece)
    return merged
