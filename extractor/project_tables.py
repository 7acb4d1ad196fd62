"""Projects from a table of projects: a header such as '序号 项目名称 总投资（亿元） 进展情况', then one
row per project. Each row names a project; its stage is the first stage word of its progress cell
(在建, 2022年开工, 主体完工, 前期工作…), written as the cell writes it.

- ``projects.table_progress``: one project per row of such a table whose column reports progress so
  far (进展情况): a result of the review year wherever the table stands.
- ``projects.table``: the same with a column of plans (年度建设计划): year and kind from the part.
- ``projects.status_group``: a list of projects grouped under status headings (一、续建项目 /
  （一）交通 / 1. X（甲市、乙市）：…总投资…): each numbered line's title is a project of the group's
  status and sector, of the year the list's title names.
"""
from __future__ import annotations

import functools
import re as regex
from typing import Sequence

from .layout import Layout
from .project_lexicon import Cfg, Hit, _alt, stage_of
from .project_names import BLANKS, box_category, clean_item, name_core, valid
from .tables import Table

_NAME_HEADER = regex.compile(r"\s*(?:项目名称|工程名称|项\s*目|名\s*称)\s*")
_PROGRESS_HEADER = regex.compile(r"进展|进度|状态|阶段|建设情况|建设性质")
_PLANNED_HEADER = regex.compile(r"计划|目标|安排|年度")
_PLAN_CAPTION = regex.compile(r"计划表|计划安排|年度计划")
_OUTLINE = regex.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*")
_SHARE_DONE = regex.compile(r"\s*(?:了)?\s*\d+(?:\.\d+)?\s*[%％]")


@functools.cache
def _stage_words(cfg: Cfg) -> regex.Pattern:
    """Every stage verb and status word, longest first at each position."""
    return regex.compile(_alt(list(cfg.pre) + list(cfg.post) + list(cfg.bd_stage)))


def _stage(word: str, cfg: Cfg, layout: Layout, pos: int) -> str | None:
    return stage_of(word, cfg.post, layout, pos) or stage_of(word, cfg.pre, layout, pos) or cfg.bd_stage.get(word)


def table_projects(text: str, tables: Sequence[Table], cfg: Cfg, layout: Layout) -> list[Hit]:
    hits: list[Hit] = []
    for table in tables:
        heads = [cell.text for cell in table.header]
        if not heads or not _NAME_HEADER.fullmatch(heads[0]):
            continue
        progress = next((i for i, h in enumerate(heads) if _PROGRESS_HEADER.search(h)), None)
        if progress is None:
            continue
        # a column of progress so far (进展情况) reports results wherever the table stands; a column of
        # plans, a 建设性质 (新建, 续建) or a 建设阶段 column in a table its caption calls a plan
        # (…重点建设项目计划表), plans
        caption = text[text.rfind("\n", 0, text.rfind("\n", 0, table.start)) + 1:table.start]
        planned = _PLANNED_HEADER.search(heads[progress]) or _PLAN_CAPTION.search(caption) or "性质" in heads[progress]
        rule = "projects.table" if planned else "projects.table_progress"
        for row in table.rows:
            if progress >= len(row):
                continue
            cell = row[progress]
            word = _stage_words(cfg).search(cell.text)
            stage = _stage(word.group(), cfg, layout, cell.start) if word else None
            if word and "性质" in heads[progress]:
                stage = cfg.bd_stage.get(word.group(), stage)    # 建设性质 新建: a status (start), not a deed
            if stage == "complete" and _SHARE_DONE.match(cell.text, word.end()):
                stage = "ongoing"       # 路基工程完成95%: a share of the works done, the project under way
            if stage is None:
                continue
            s, e, name, _ = clean_item(row[0].text, cfg)
            if len(name) < 2:
                continue
            start = row[0].start + s
            hits.append((start, start + len(name), _row_category(table, start, cfg), stage, word.group(), rule))
    return hits


def _row_category(table: Table, start: int, cfg: Cfg) -> str | None:
    """The sector of the group line over a row (一、产业发展), if any; a status group gives none."""
    group = next((g for g in reversed(table.groups) if g.start < start), None)
    if group is None:
        return None
    body = _OUTLINE.sub("", group.text)
    return None if cfg.cell_status.match(body) else _group_category(body, cfg)


def cell_table_projects(text: str, cfg: Cfg) -> tuple[list[Hit], list[tuple[int, int]]]:
    """``projects.cell_table``: the rows of tables of projects written one cell a line (see
    [cell_table] in patterns/projects.toml), and the spans (start, end) of those tables."""
    hits: list[Hit] = []
    blocks: list[tuple[int, int]] = []
    if "名称" not in text:
        return hits, blocks
    pos = 0
    while True:
        m = cfg.cell_name_header.search(text, pos)
        if m is None:
            break
        end = _cell_table(text, m.end(), cfg, hits)
        if end is not None:
            blocks.append((m.start(), end))
        pos = max(m.end(), end or 0)
    return hits, blocks


def _cell_table(text: str, pos: int, cfg: Cfg, out: list[Hit]) -> int | None:
    """Read the table whose name header cell ends at `pos`; its end, or None where no row follows
    the header."""
    stage = status = category = None
    header_cells = 0
    in_header = True
    expect = 1
    name_next = False
    blank = False
    end = None
    found = 0
    for ls, le in _lines_from(text, pos):
        line = text[ls:le]
        if not line.strip():
            blank = True
            continue
        top = cfg.cell_top.match(line)
        sub = None if top else cfg.cell_sub.match(line)
        serial = None if top or sub else cfg.cell_serial.match(line)
        if in_header:
            # the header: a few short cells, up to the first heading or serial line
            if not (top or sub or serial):
                header_cells += 1
                if header_cells > cfg.cell_header_cells or len(line.strip()) > cfg.cell_header_chars:
                    return None
                continue
            in_header = False
        elif cfg.cell_end.match(line) or (blank and not (top or sub or serial)):
            break
        blank = False
        end = le
        if name_next:
            name_next = False
            cell = line.rstrip(BLANKS)
            # the cell names the project: only its closing 项目 goes ('X农田建设项目' is 'X农田建设')
            s, e, name, _ = clean_item(cell[:-2] if cell.endswith("项目") else cell, cfg)
            if stage and valid(name, name_core(name), cfg, True):
                out.append((ls + s, ls + e, category, stage, status, "projects.cell_table"))
                found += 1
            continue
        if top or sub:
            body = (top or sub).group("body")
            if top:
                stage = status = category = None
            st = cfg.cell_status.match(body)
            if st:
                status = st.group("status")
                stage = cfg.cell_stage[status]
                continue
            category = _group_category(body, cfg)
            continue
        if serial and int(serial.group("n")) == expect:
            expect += 1
            name_next = True
    return end if found else None


def _lines_from(text: str, pos: int):
    """(start, end) of each line after the one ending at `pos`."""
    ls = pos + 1
    n = len(text)
    while ls <= n:
        le = text.find("\n", ls)
        if le < 0:
            le = n
        yield ls, le
        ls = le + 1


# a list titled by the status of all its projects (2025年省重大前期项目清单)
_STATUS_TITLE = regex.compile(r"(?P<status>前期|预备|储备|续建|新开工)(?:重点|重大)?(?:建设)?项目(?:清单|名单|计划)")
_TITLE_REACH = 600
# ...or a sentence saying what all its projects are (以上项目均为2020年新建项目)
_STATUS_NOTE = regex.compile(r"项目均为(?:(?:19|20)\d{2}\s*年度?)?(?P<status>前期|预备|储备|续建|新开工|新建|竣工)(?:重点|重大)?(?:建设)?项目")
_NOTE_REACH = 1500
_GROUP_NOTE = regex.compile(r"[（(][^（）()]*\d+个项目[^（）()]*[）)]\s*$")
_PLACE_ENDS = ("镇", "乡", "村", "街道", "县", "区", "市")
_PIPE_LEAD = regex.compile(r"^[ \t]*[|｜][ \t]*(?=\S)")
_PIPE_GROUP = regex.compile(r"^([一二三四五六七八九十]{1,3})[ \t]*[|｜][ \t]*([^|｜\s]+)[ \t]*[|｜]")
# a numbered line titled by its project, its details after a comma ('1.X村茶叶加工厂房项目，投入资金128万元，…')
_COMMA_ITEM = regex.compile(r"^\s*[0-9０-９]{1,3}\s*[．.﹒、]\s*(?P<title>[^：:，,。；;\s]{2,30}?(?:项目|工程))\s*[，,]")
# a numbered line titled by a project and where it stands, its description after a comma
# ('1. X高速铁路Y段（甲市、乙市），正线长度约212公里，估算总投资420亿元')
_PLACED_ITEM = regex.compile(r"^\s*[0-9０-９]{1,3}\s*[．.﹒、]\s*(?P<title>[^：:，,。；;\s]{2,40}?[（(][^（()）]{1,30}?[市县区州旗盟镇乡][）)])\s*[，,]")
_LIST_TITLE_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年[^\n。；]{0,24}?项目(?:清单|计划|名单|表|安排)")
_TITLE_LOOKBACK = 3000
# where the project stands, after its title: 'X高速公路（甲市、乙市）'
_PLACES = regex.compile(r"\s*[（(][^（()）]{1,40}?[市县区州旗盟镇乡][）)]$")
_BARE_ITEM = regex.compile(r"^\s*[0-9０-９]{1,3}\s*[．.﹒、]\s*(?P<title>[^：:，,。；;\s]{2,30})\s*$")
# a row of a table of projects under the same headings: '1	X高速公路	全长128.6公里	186.4	42.0' (cells
# split by tabs, bars or one ideographic space, which the projects rules read as a space)
_TABLE_ROW = regex.compile(r"^[ \t]*[0-9]{1,3}[ \t|｜]+(?P<title>[^\t|｜ ]{2,40}?)(?:[ \t|｜]|$)")


_SECTOR_WORDS = regex.compile(r"[\u4e00-\u9fff]{2,8}")
_COUNT = regex.compile(r"[（(][0-9]+个[）)]$")


def _group_category(body: str, cfg: Cfg) -> str | None:
    """The category a group line under a status gives: a known sector ('工业项目' -> '工业'), or a short
    heading of words as written ('（二）产业发展')."""
    sec = cfg.cell_sector.match(body)
    if sec:
        return box_category(sec.group("cat"), cfg)
    body = _COUNT.sub("", body)     # （四）产业发展（98个）
    return box_category(body, cfg) if _SECTOR_WORDS.fullmatch(body) else None


def status_group_projects(text: str, cfg: Cfg) -> tuple[list[Hit], set[int]]:
    """``projects.status_group`` hits, and the starts of the lines they were read from (no other
    rule reads those lines: what an item's description builds is part of the listed project)."""
    hits: list[Hit] = []
    lines: set[int] = set()
    if "项目" not in text:
        return hits, lines
    stage = status = category = None
    when = None
    # a list titled by its status (…关于印发2025年省重大前期项目清单的通知): its sector groups keep that status
    titled = _STATUS_TITLE.search(text, 0, _TITLE_REACH) or _STATUS_NOTE.search(text, 0, _NOTE_REACH)
    listed = (titled.group("status"), cfg.cell_stage[titled.group("status")]) if titled else None
    # ...or a note saying its marked names have one status and the others another (标“△”的为新开工项目，其余为续建项目)
    legend = cfg.cell_legend.search(text) if not listed else None
    if legend:
        listed = (legend.group("rest"), cfg.cell_stage[legend.group("rest")])
        marked = (legend.group("status"), cfg.cell_stage[legend.group("status")])
    for ls, le in _lines_from(text, -1):
        line, at = text[ls:le], ls      # (at: where `line` starts in the text)
        pipe = _PIPE_LEAD.match(line)
        if pipe:
            # | 一 | 续建项目（6个） | | 565.02 | / | 1 | X高速公路 | …: a pipe table's group rows and rows
            at, line = ls + pipe.end(), line[pipe.end():]
            group = _PIPE_GROUP.match(line)
            line = f"{group.group(1)}、{group.group(2)}" if group else line
        if listed and _GROUP_NOTE.search(line):
            line = line[:_GROUP_NOTE.search(line).start()]     # 一、青石镇（4个项目，投入资金379.5万元）: the group's note
        top = cfg.cell_top.match(line) if len(line) < 40 else None
        sub = None if top or len(line) >= 40 else cfg.cell_sub.match(line)
        if top or sub:
            body = (top or sub).group("body")
            st = cfg.cell_status.match(body)
            if st:
                status, stage = st.group("status"), cfg.cell_stage[st.group("status")]
                category = None
                if top:
                    years = list(_LIST_TITLE_YEAR.finditer(text, max(0, ls - _TITLE_LOOKBACK), ls))
                    when = years[-1].group(1) + "年" if years else None
            elif top and listed and _group_category(body, cfg):
                (status, stage), category = listed, _group_category(body, cfg)     # 一、交通（38个）
                if body.endswith(_PLACE_ENDS):
                    category = None     # 一、青石镇（4个项目，…）: a place's projects, no sector
                years = list(_LIST_TITLE_YEAR.finditer(text, max(0, ls - _TITLE_LOOKBACK), ls))
                when = years[-1].group(1) + "年" if years else None
            elif top:
                stage = status = category = None      # another section: the groups end
            elif stage:
                category = _group_category(body, cfg)
            continue
        if stage is None:
            continue
        item = cfg.titled.match(line) or _BARE_ITEM.match(line) or _TABLE_ROW.match(line) or _PLACED_ITEM.match(line) \
            or _COMMA_ITEM.match(line)
        if item is None:
            continue
        title = line[item.start("title"):item.end("title")]
        row_status, row_stage = status, stage
        if legend and legend.group("mark") in title:
            title = title[:title.index(legend.group("mark"))]
            row_status, row_stage = marked
        places = _PLACES.search(title)
        s, e, name, _ = clean_item(title[:places.start()] if places else title, cfg)
        if valid(name, name_core(name), cfg, True):
            start = at + item.start("title") + s
            hits.append((start, start + len(name), category, row_stage, row_status, "projects.status_group", when))
            lines.add(ls)
    return hits, lines
