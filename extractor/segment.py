"""Paragraphs, sentences and clauses of a text, as offset ranges into it."""
from __future__ import annotations

from dataclasses import dataclass

import functools

import regex

_re = functools.cache(regex.compile)  # patterns compiled once, on first use

SENTENCE_END = "。！？!?\n"
CLAUSE_END = "，,；;：:"


@dataclass(frozen=True)
class Piece:
    start: int
    end: int


def _split(text: str, start: int, end: int, stops: str) -> list[Piece]:
    pieces, begin = [], start
    for i in range(start, end):
        if text[i] in stops:
            if i + 1 > begin:
                pieces.append(Piece(begin, i + 1))
            begin = i + 1
    if end > begin:
        pieces.append(Piece(begin, end))
    return pieces


def paragraphs(text: str) -> list[Piece]:
    return _split(text, 0, len(text), "\n")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    return _split(text, start, len(text) if end is None else end, SENTENCE_END)


def clauses(text: str, start: int, end: int) -> list[Piece]:
    """Clauses split at commas, semicolons and colons; a comma between digits (1,129) is no break."""
    pieces, begin = [], start
    for i in range(start, end):
        ch = text[i]
        if ch in CLAUSE_END:
            if ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and _re(r"\d{3}(?!\d)").match(text[i + 1:i + 5]):
                continue
            if i + 1 > begin:
                pieces.append(Piece(begin, i + 1))
            begin = i + 1
    if end > begin:
        pieces.append(Piece(begin, end))
    return pieces
