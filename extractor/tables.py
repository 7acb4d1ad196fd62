"""Tables flattened into text: one cell per line, tab-indented, rows separated by blank lines.

The reader turns such a block into a `Table` of `Cell`s with offsets; it knows nothing about
indicators, so docx or HTML tables can be turned into the same `Table` later and fed to the
same indicator rules (indicators.table_records).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .pattern_cache import compiled
# the label of a table's first column: 指标 / 项目 / 指标名称 …
_LABEL = r"(?:指\s*标|项\s*目|指标名称|主要指标|项目名称|内\s*容|类\s*别)"
_HEADER_LABELS = compiled(rf"^{_LABEL}$")
# a leading column of row numbers (序号  指标名称  …) is read past and left out of the table
_SERIAL = r"(?:序\s*号|编\s*号)"
_SERIAL_LABEL = compiled(rf"^{_SERIAL}$")


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
    groups: tuple[Cell, ...] = ()     # group lines between the rows (一、续建项目（236个） / （一）交通（52个）)
    sums: tuple[list[Cell], ...] = ()   # group lines with their sums (一、产业项目（4个）⇥⇥277000⇥73000), as rows


def _cell_lines(text: str):
    """(line_start, stripped_text, is_cell) for every line; a cell line starts with a tab."""
    offset = 0
    for line in text.split("\n"):
        body = line.strip()
        lead = len(line) - len(line.lstrip())
        yield offset + lead, body, line.startswith("\t") and bool(body)
        offset += len(line) + 1


_CELL_GAP = compiled(r"[ \t\u3000]*[|｜][ \t\u3000]*|\t+|\s{2,}|\u3000+")
_HEADER_LINE = compiled(
    rf"[\s|｜]*(?:{_SERIAL}(?:\t|\s{{2,}}|\u3000|\s*[|｜])[\s|｜]*)?{_LABEL}\s*(?:\t|\s{{2,}}|\u3000|[|｜])")
# a header whose cells one space separates: the label, 单位, then at least two columns
_SPACE_HEADER_LINE = compiled(rf"[ ]*{_LABEL} (?:单位(?: [^ \n]{{2,12}}){{2,}}|(?:数值|总量|绝对值)(?: [^ \n]{{2,12}}){{1,3}})[ ]*$")
# (指标名称 数值 增长%: no 单位 column, the unit in each label's brackets)
_SPACE_GAP = compiled(r"[ \t]+")
_RULE_LINE = compiled(r"[\s|｜:：\-—]*$")   # |---|---| under a header


def _row_cells(text: str, start: int, end: int, gaps: regex.Pattern = _CELL_GAP) -> list[Cell]:
    """Cells of one line whose cells are separated by tabs or runs of spaces."""
    cells, pos = [], start
    for gap in list(gaps.finditer(text, start, end)) + [None]:
        stop = gap.start() if gap else end
        if stop > pos:
            cells.append(Cell(text[pos:stop], pos))
        pos = gap.end() if gap else end
    return cells


def _tab_cells(text: str, start: int, end: int, width: int) -> list[Cell] | None:
    """The cells of a line split by single tabs, empty ones kept (合计⇥⇥551000⇥144500⇥), when it has
    the header's number of them; else None."""
    parts = text[start:end].split("\t")
    if len(parts) == width + 1 and not parts[-1].strip():
        parts = parts[:-1]
    # (⇥合计⇥⇥251.05⇥68.85 under 序号⇥项目名称⇥…: a totals row leaves its serial cell empty)
    if len(parts) != width or not parts[0].strip() and parts[1].strip() not in _TOTAL_LABELS:
        return None
    cells, pos = [], start
    for part in parts:
        cells.append(Cell(part, pos))
        pos += len(part) + 1
    return cells


_UNIT_HEADER = compiled(r"^\s*单\s*位\s*$")
_STARTS_NUMERIC = compiled(r"^\s*(?:[-+]?\d|下降|增长|提高|降低)")


def _lines(text: str, start: int = 0):
    """(start, end) of every line from `start` on, without the newline."""
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        yield start, end
        start = end + 1


# (一、续建项目（236个）: a group line may count its rows)
_NUMERAL_CELL = compiled(r"[一二三四五六七八九十]{1,3}")
_GROUP_ROW = compiled(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[^\d]{1,12}(?:[（(]\d+个[)）])?$")


def _row_tables(text: str) -> list[Table]:
    """Tables with one row per line: '指标  单位  2022年目标  2022年完成' then a line per row,
    cells separated by tabs or runs of spaces; a line with another number of cells ends it."""
    tables = []
    for line_start, line_end in _lines(text):
        gaps = _CELL_GAP
        if not _HEADER_LINE.match(text, line_start, line_end):
            if not _SPACE_HEADER_LINE.match(text, line_start, line_end):
                continue
            gaps = _SPACE_GAP     # 指标名称 单位 2022年计划 2022年完成 2023年目标: one space between cells
        header = _spaced_label(_row_cells(text, line_start, line_end, gaps))
        if len(header) < 3:
            continue
        unit_column = next((i for i, c in enumerate(header) if _UNIT_HEADER.match(c.text)), None)
        category = _CATEGORY_LABEL.match(header[0].text) is not None and _HEADER_LABELS.match(header[1].text) is not None
        rows: list[list[Cell]] = []
        groups: list[Cell] = []
        sums: list[list[Cell]] = []
        for start, end in _lines(text, line_end + 1):
            cells = _row_cells(text, start, end, gaps)
            if len(cells) != len(header) and gaps is _CELL_GAP:
                cells = _tab_cells(text, start, end, len(header)) or cells
                if len(cells) == len(header) and _GROUP_ROW.match(cells[0].text):
                    groups.append(cells[0])
                    sums.append(cells)
                    continue        # 一、产业项目（4个）⇥⇥277000⇥73000: a group's line with its sums, no row
            if not rows and (not cells or _RULE_LINE.match(text, start, end)):
                continue            # blank or |---| lines between header and first row
            if not rows and _split_header(header, cells):
                header = _split_header(header, cells)
                continue            # 2023年 over 计划 | 完成: the second header line splits a year's column
            if len(cells) == 1 and _GROUP_ROW.match(cells[0].text):
                groups.append(cells[0])
                continue            # 一、经济发展 (its other cells empty): a group of rows, no row itself
            if len(cells) >= 2 and _NUMERAL_CELL.fullmatch(cells[0].text) and _GROUP_ROW.match(cells[0].text + "、" + cells[1].text):
                groups.append(cells[1])
                continue            # | 一 | 续建项目（6个） | | 565.02 |: a pipe table's group row
            if category and len(cells) == len(header) - 1:
                cells.insert(0, Cell("", cells[0].start))     # 类别 written on its group's first row only
            elif unit_column and len(cells) == len(header) - 1 and _STARTS_NUMERIC.match(cells[unit_column].text):
                cells.insert(unit_column, Cell("", cells[unit_column].start))   # the unit cell left empty
            cells = _fit_note_column(text, cells, header)
            if len(cells) != len(header):
                break
            rows.append(cells)
        if rows:
            tables.append(_without_serial(Table(start=header[0].start, end=rows[-1][-1].end, header=header, rows=rows,
                                                groups=tuple(g for g in groups if g.start < rows[-1][-1].end),
                                                sums=tuple(r for r in sums if r[0].start < rows[-1][-1].end))))
    return tables


def _spaced_label(header: list[Cell]) -> list[Cell]:
    """'指　　标' spaced out with the gap that separates cells: one label cell, not two."""
    if len(header) > 2 and len(header[0].text) == 1 and len(header[1].text) == 1 \
            and _HEADER_LABELS.match(header[0].text + header[1].text):
        return [Cell(header[0].text + header[1].text, header[0].start)] + header[2:]
    return header


_SUB_HEADER = compiled(r"计划|完成|目标|预计|预计完成|实际|增长|增速|总量")
_YEAR_ONLY = compiled(r"(?:19|20)\d{2}\s*年?(?:度)?")


def _split_header(header: list[Cell], sub: list[Cell]) -> list[Cell] | None:
    """A header whose year column is split by a second line (指标 单位 2023年 与目标比较 / 计划 完成):
    the year's cell becomes one cell per sub-header (2023年计划, 2023年完成)."""
    if not 2 <= len(sub) <= 4 or not all(_SUB_HEADER.fullmatch(c.text) for c in sub):
        return None
    at = next((i for i, c in enumerate(header) if _YEAR_ONLY.fullmatch(c.text)), None)
    if at is None:
        return None
    year = header[at]
    return header[:at] + [Cell(year.text + c.text, year.start) for c in sub] + header[at + 1:]


_NOTE_HEADER = compiled(r"^\s*(?:备\s*注|说\s*明|情况说明)\s*$")


def _fit_note_column(text: str, cells: list[Cell], header: list[Cell]) -> list[Cell]:
    """A last 备注 column may be empty (the row has one cell less) or hold words with spaces (more
    cells): the row is fitted to the header either way."""
    if not _NOTE_HEADER.match(header[-1].text) or len(cells) < 2:
        return cells
    width = len(header)
    if len(cells) == width - 1:
        return cells + [Cell("", cells[-1].end)]
    if len(cells) > width:
        first = cells[width - 1]
        return cells[:width - 1] + [Cell(text[first.start:cells[-1].end], first.start)]
    return cells


_CATEGORY_LABEL = compiled(r"^(?:类\s*别|分\s*类|领\s*域|类\s*型)$")


def _without_serial(table: Table) -> Table:
    """The table without its 序号 column, or its 类别 column before the 指标 column, so that each
    row starts with its label."""
    if not _SERIAL_LABEL.match(table.header[0].text) and not (
            len(table.header) > 1 and _CATEGORY_LABEL.match(table.header[0].text)
            and _HEADER_LABELS.match(table.header[1].text)):
        return table
    return Table(start=table.start, end=table.end, header=table.header[1:], rows=[row[1:] for row in table.rows],
                 groups=table.groups, sums=tuple(row[1:] for row in table.sums))


# the header of a numbered list written one cell a line with no blank lines (a notice's list of projects):
# 序号 / 项目名称 / 建设内容及规模 / 总投资(亿元) / 2024年计划投资(亿元) / 建设起止年限
_SERIAL_HEADER_CELL = compiled(r"^(?:序\s*号|项目名称|工程名称|(?:主要)?建设(?:内容|规模)\S{0,4}|总投资\S{0,8}|"
                                    r"(?:(?:19|20)\d{2}\s*年|年度)?(?:计划|预计|累计)?(?:完成)?投资\S{0,8}|建设(?:起止)?年限|"
                                    r"(?:(?:19|20)\d{2}\s*年)?年度计划\S{0,6}|(?:建设)?(?:阶段|进度|进展情况|状态)|"
                                    r"起止年限|建设性质|责任单位|牵头单位|建设地点|备\s*注)$")
_FIGURE_CELL = compiled(r"[\d\s.,，%％-]+")
_GROUP_LINE = compiled(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[^\d]{1,16}"
                         r"(?:[（(]\s*\d+\s*个\s*[)）])?$")     # (一、续建项目（98个）)


def _serial_cell_tables(text: str) -> list[Table]:
    """序号 then the other headers one a line, then rows one cell a line, each opening with its number in
    sequence; group lines (一、续建项目 / （一）工业项目) between rows are read past."""
    tables: list[Table] = []
    pos = text.find("序号")
    while pos != -1:
        lines = []      # (start, stripped) of the lines from 序号 on
        for start, end in _lines(text, text.rfind("\n", 0, pos) + 1):
            body = text[start:end].strip()
            lines.append((start + len(text[start:end]) - len(text[start:end].lstrip()), body))
            if len(lines) > 4000:
                break
        header = []
        while len(header) < len(lines) and lines[len(header)][1] and _SERIAL_HEADER_CELL.match(lines[len(header)][1]):
            header.append(Cell(lines[len(header)][1], lines[len(header)][0]))
        rows: list[list[Cell]] = []
        totals: list[list[Cell]] = []
        groups: list[Cell] = []
        i = len(header)
        if len(header) >= 4 and header[0].text.replace(" ", "") == "序号":
            while i < len(lines):
                body = lines[i][1]
                if _GROUP_LINE.match(body):
                    groups.append(Cell(body, lines[i][0]))
                    i += 1
                    continue
                if body.replace(" ", "") == "序号" and [b for _, b in lines[i:i + len(header)]] == [c.text for c in header]:
                    i += len(header)        # the header again, over the rows of the next page
                    continue
                if body.replace(" ", "") in _TOTAL_LABELS:
                    total, i = _serial_total(text, lines, i, header, str(len(rows) + 1))
                    if total:
                        totals.append(total)
                    continue
                if body != str(len(rows) + 1) or i + len(header) > len(lines):
                    break
                width = _row_lines(lines, i, len(header), str(len(rows) + 2))
                rows.append(_serial_row(text, lines[i:i + width], len(header)))
                i += width
        if len(rows) >= 2:
            tables.append(_without_serial(Table(start=header[0].start, end=rows[-1][-1].end, header=header,
                                                rows=totals + rows,
                                                groups=tuple(g for g in groups if g.start < rows[-1][-1].end))))
        pos = text.find("序号", lines[i - 1][0] + 1 if i else pos + 2)
    return tables


_TOTAL_LABELS = ("合计", "总计")
_MONEY_HEADER = compiled(r"投资|金额")


def _serial_total(text: str, lines: list[tuple[int, str]], i: int, header: list[Cell],
                  next_number: str) -> tuple[list[Cell] | None, int]:
    """A totals line (合计) and its figures, one a line, before the first row: the figures of the
    money columns only. The row, its cells placed under those columns (None when they do not fit),
    and the index of the line after it."""
    k = i + 1
    while k < len(lines) and lines[k][1] and _FIGURE_CELL.fullmatch(lines[k][1]):
        k += 1
    if lines[k - 1][1] == next_number and k < len(lines) and not _FIGURE_CELL.fullmatch(lines[k][1]):
        k -= 1      # (the first row's number, its name on the next line)
    figures = lines[i + 1:k]
    money = [j for j, cell in enumerate(header) if _MONEY_HEADER.search(cell.text)]
    if not figures or len(figures) != len(money):
        return None, k
    at = lines[i][0] + len(lines[i][1])
    row = [Cell("", at) for _ in header]
    row[1] = Cell(lines[i][1], lines[i][0])
    for j, (start, body) in zip(money, figures):
        row[j] = Cell(body, start)
    return row, k


def _row_lines(lines: list[tuple[int, str]], i: int, width: int, next_number: str) -> int:
    """How many lines the row at i takes: its width, or one more where a cell was wrapped onto a line
    of its own (昭宁东站片区综合交通枢纽配 / 套道路) and the next row's number, a group line or the end
    comes one line later."""
    def row_ends_at(k: int) -> bool:
        return k >= len(lines) or lines[k][1] in ("", "…", "……") or lines[k][1] == next_number \
            or _GROUP_LINE.match(lines[k][1]) is not None or lines[k][1].replace(" ", "") == "序号" \
            or lines[k][1].startswith(("注", "备注"))
    if row_ends_at(i + width) or not row_ends_at(i + width + 1) or _wrapped_at(lines[i:i + width + 1]) is None:
        return width
    return width + 1


def _wrapped_at(row: list[tuple[int, str]]) -> int | None:
    """The cell a wrap cut in two: the first text cell whose next line is text too, cut mid-word."""
    for j in range(1, len(row) - 1):
        a, b = row[j][1], row[j + 1][1]
        if a and b and not _FIGURE_CELL.fullmatch(a) and not _FIGURE_CELL.fullmatch(b) and a[-1] not in "。；;，,":
            return j
    return None


def _serial_row(text: str, row: list[tuple[int, str]], width: int) -> list[Cell]:
    if len(row) == width:
        return [Cell(b, st) for st, b in row]
    j = _wrapped_at(row)
    joined = Cell(text[row[j][0]:row[j + 1][0] + len(row[j + 1][1])], row[j][0])
    return [Cell(b, st) for st, b in row[:j]] + [joined] + [Cell(b, st) for st, b in row[j + 2:]]


def find_tables(text: str) -> list[Table]:
    """Every table: one-cell-per-line blocks (tab-indented, or plain with a blank line after each
    row, or numbered rows with no blank lines) and one-row-per-line blocks."""
    return (_cell_tables(text) + _plain_cell_tables(text) + _plain_run_tables(text) + _row_tables(text)
            + (_serial_cell_tables(text) if "序号" in text else []) + headless_opening_table(text))


_OPENING_LINES = 8          # a text cut inside a table opens with at most this many cells of the row cut
_MIN_HEADLESS_ROWS = 3
_HAN = compiled(r"\p{Han}")
_YEAR_ESTIMATE_NOTE = compiled(r"((?:19|20)\d{2})\s*年(?:数据|数值|指标)?(?:均)?(?:为|系)预计")
_ESTIMATE_NOTE = compiled(r"(?:完成|执行|实际)(?:数|值|情况)?均?(?:为|系)预计")   # (2020年完成数为预计数: the whole column)


def headless_opening_table(text: str) -> list[Table]:
    """A text that opens inside a table written one cell a line, cut above its header (an excerpt:
    …未完成 / 2 / 规模以上工业增加值增速 / % / 7.5 / 4.3 / 未完成 / 3 / …, or …未完成 / 5﹒一般公共预算收入 / 5% /
    5.2% / 完成 / 6﹒…): the rows are found by their numbers in sequence (a cell of its own, or opening the
    label), the columns by what their cells hold (label, unit, two figures, status), under a header
    made for them: 指标 / 单位 / 计划 / 完成 (预计完成 where a note calls the results estimates) / 完成情况."""
    lines = [(start, body) for start, body, _ in _cell_lines(text[:6000]) if body]
    for first in range(min(_OPENING_LINES, len(lines))):
        numbered = _ROW_NUMBER.match(lines[first][1])
        if not numbered:
            continue
        n, own_cell = int(numbered.group(1)), numbered.end() == len(lines[first][1])
        for width in range(3, _MAX_COLUMNS + 1):
            rows = []
            while first + (len(rows) + 1) * width <= len(lines):
                at = first + len(rows) * width
                number = _ROW_NUMBER.match(lines[at][1])
                if not number or number.group(1) != str(n + len(rows)) or (number.end() == len(lines[at][1])) != own_cell:
                    break
                rows.append([Cell(b, st) for st, b in lines[at + own_cell:at + width]])
            if len(rows) >= _MIN_HEADLESS_ROWS:
                header = _headless_header(text, rows)
                return [Table(start=rows[0][0].start, end=rows[-1][-1].end, header=header, rows=rows)] if header else []
        return []
    return []


_ROW_NUMBER = compiled(r"(\d{1,2})(?:$|\s*[﹒.．、]\s*(?=\p{Han}))")
_MAX_FIGURE_CELL = 16
_PROSE_CELL = compiled(r"[，,；;。]|^(?:——|--|－－)")


def _headless_header(text: str, rows: list[list[Cell]]) -> list[Cell] | None:
    """指标 / [单位] / 计划 / 完成 / [完成情况] for rows whose columns hold just that (else None)."""
    columns = list(zip(*rows))
    figures = [k for k, col in enumerate(columns) if k and sum(bool(_DIGIT.search(c.text)) for c in col) * 2 > len(col)]
    if len(figures) != 2 or figures[1] != figures[0] + 1 or not 1 <= figures[0] <= 2 \
            or len(columns) - figures[1] > 2 or not all(_HAN.search(c.text) for c in columns[0]):
        return None
    if any(len(c.text) > _MAX_FIGURE_CELL or _PROSE_CELL.search(c.text) for k in figures for c in columns[k]):
        return None     # (1．X工程 / ——城镇新增就业7260人，完成目标的121%； / ——…: items with prose lines, no table)
    words = columns[1:figures[0]] + columns[figures[1] + 1:]
    if any(_DIGIT.search(c.text) or len(c.text) > 8 for col in words for c in col):
        return None
    at = rows[0][0].start
    done = "预计完成" if _ESTIMATE_NOTE.search(text, rows[-1][-1].end, rows[-1][-1].end + 300) else "完成"
    pair = ["计划", done]
    year_estimated = _YEAR_ESTIMATE_NOTE.search(text, rows[-1][-1].end, rows[-1][-1].end + 300)
    if year_estimated:
        # (注：…2.2008年数据为预计数: that year's estimates beside the next year's targets, as a plan report's table)
        year = int(year_estimated.group(1))
        pair = [f"{year}年预计", f"{year + 1}年目标"]
    names = ["指标"] + ["单位"] * (figures[0] - 1) + pair + ["完成情况"] * (len(columns) - figures[1] - 1)
    return [Cell(h, at) for h in names]


_PLAIN_HEADER = compiled(rf"^ *{_LABEL}[ \t]*$", regex.M)   # not tab-indented: those are _cell_tables
_PLAIN_CELL = compiled(r"[^。；;！？!?，,]{1,30}")
_DIGIT = compiled(r"\d")


def _blocks(text: str) -> list[list[Cell]]:
    """Runs of non-blank lines without indentation, as cells; a blank line ends a run."""
    blocks: list[list[Cell]] = [[]]
    for start, body, is_cell in _cell_lines(text):
        if not body or is_cell:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(Cell(body, start))
    return [b for b in blocks if b]


def _plain_cell_tables(text: str) -> list[Table]:
    """One cell per line without indentation (Word or PDF copies): a header block opening with
    指标 (or 序号 then 指标), then one block per row with as many short lines, each with a number."""
    if "\n\n" not in text or not _PLAIN_HEADER.search(text):
        return []           # no line that is a header label alone: no such table
    blocks = _blocks(text)
    tables: list[Table] = []
    i = 0
    while i < len(blocks):
        header = blocks[i]
        first = [c.text for c in header[:2]]
        opens = _HEADER_LABELS.match(first[0]) or (len(first) > 1 and _SERIAL_LABEL.match(first[0])
                                                   and _HEADER_LABELS.match(first[1]))
        if not opens or len(header) < 3 or not all(_PLAIN_CELL.fullmatch(c.text) for c in header):
            i += 1
            continue
        rows = []
        for row in blocks[i + 1:]:
            if (len(row) != len(header) or not all(_PLAIN_CELL.fullmatch(c.text) for c in row)
                    or not any(_DIGIT.search(c.text) for c in row[1:])):
                break
            rows.append(row)
        if rows:
            tables.append(_without_serial(Table(start=header[0].start, end=rows[-1][-1].end, header=header, rows=rows)))
        i += 1 + len(rows)
    return tables


# what a column header says (2024年目标, 单位, 预计完成, 指标属性, 预算数…): a row label says something else
_COLUMN_HEADER = compiled(r"单\s*位|目标|完成|预计|实际|属性|备\s*注|计划|增长|增速|同比|比上年|(?:19|20)\d{2}\s*年|说明|执行|预期|预算")
_MAX_COLUMNS = 9


def _plain_run_tables(text: str) -> list[Table]:
    """One cell per line without indentation and without blank lines between rows (PDF copies):
    the header is the label line (指标名称) and the column headers after it; its width is the one
    that cuts the following lines into the most rows, each a label then cells with a number."""
    if not _PLAIN_HEADER.search(text):
        return []
    tables: list[Table] = []
    for run in _blocks(text):
        opens = [k for k, c in enumerate(run) if _HEADER_LABELS.match(c.text)]
        for k in opens:
            serial = k > 0 and _SERIAL_LABEL.match(run[k - 1].text) is not None    # 序号 before 指标
            k -= serial
            best: list[list[Cell]] = []
            for width in range(3 + serial, _MAX_COLUMNS + 1):
                header = run[k:k + width]
                if len(header) < width or not all(_COLUMN_HEADER.search(c.text) and len(c.text) <= 16
                                                   for c in header[1 + serial:]):
                    break
                rows = _rows_of_width(run[k + width:], width, serial)
                if len(rows) > len(best):
                    best = [header] + rows
            if best:
                table = Table(start=best[0][0].start, end=best[-1][-1].end, header=best[0], rows=best[1:])
                tables.append(_without_serial(table))
    return tables


def _rows_of_width(cells: list[Cell], width: int, label_at: int) -> list[list[Cell]]:
    """Rows of `width` cells while each is a label then cells with a number; rows of words only
    (能耗降低 / — / 完成市下达任务 …) count when a row with numbers follows them."""
    rows = []
    for i in range(0, len(cells) - width + 1, width):
        row = cells[i:i + width]
        if not _is_row(row, label_at, need_figure=True) and not _figures_follow(cells, i, width, label_at):
            break
        rows.append(row)
    return rows


_WORD_ROWS = 3      # how many rows of words only may stand between rows with numbers


def _figures_follow(cells: list[Cell], i: int, width: int, label_at: int) -> bool:
    """The rows from cell i on are a few rows of words only, then one with numbers."""
    for k in range(_WORD_ROWS):
        row = cells[i + k * width:i + (k + 1) * width]
        if len(row) < width or not _is_row(row, label_at, need_figure=False):
            return False
        if k and _is_row(row, label_at, need_figure=True):
            return True
    return False


def _is_row(row: list[Cell], label_at: int, need_figure: bool) -> bool:
    return all(_PLAIN_CELL.fullmatch(c.text) for c in row) and not _STARTS_NUMERIC.match(row[label_at].text) \
        and (not need_figure or any(_DIGIT.search(c.text) for c in row[label_at + 1:]))


def _cell_tables(text: str) -> list[Table]:
    lines = list(_cell_lines(text))
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, body, is_cell = lines[i]
        serial_first = (is_cell and _SERIAL_LABEL.match(body) and i + 1 < len(lines) and lines[i + 1][2]
                        and _HEADER_LABELS.match(lines[i + 1][1]))
        if not (is_cell and (_HEADER_LABELS.match(body) or serial_first)):
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
            tables.append(_without_serial(Table(start=header[0].start, end=last.end, header=header, rows=rows)))
        i = j
    return tables
