"""Tables flattened into text: one cell per line, tab-indented, rows separated by blank lines.

The reader turns such a block into a `Table` of `Cell`s with offsets; it knows nothing about
indicators, so docx or HTML tables can be turned into the same `Table` later and fed to the
same indicator rules (indicators.table_records).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_HEADER_LABELS = regex.compile(r"^(?:指\s*标|项\s*目|指标名称|主要指标|内\s*容|类\s*别)$")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    header: list[Cell]
    rows: list[list[Cell]]


def _cell_lines(text: str):
    """(line_start, stripped_text, is_cell) for every line; a cell line starts with a tab."""
    offset = 0
    for line in text.split("\n"):
        body = line.strip()
        lead = len(line) - len(line.lstrip())
        yield offset + lead, body, line.startswith("\t") and bool(body)
        offset += len(line) + 1


def find_tables(text: str) -> list[Table]:
    lines = list(_cell_lines(text))
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, body, is_cell = lines[i]
        if not (is_cell and _HEADER_LABELS.match(body)):
            i += 1
            continue
        header = []
        j = i
        while j < len(lines) and lines[j][2]:
            header.append(Cell(lines[j][1], lines[j][0]))
            j += 1
        width = len(header)
        rows: list[list[Cell]] = []
        pending: list[Cell] = []
        while j < len(lines):
            s, b, cell = lines[j]
            if cell:
                pending.append(Cell(b, s))
                if len(pending) == width:
                    rows.append(pending)
                    pending = []
            elif b:  # a non-cell line with text ends the table
                break
            j += 1
        if width >= 2 and rows:
            last = rows[-1][-1]
            tables.append(Table(start=header[0].start, end=last.end, header=header, rows=rows))
        i = j
    return tables
