"""Projects from a table of projects: a header such as '序号 项目名称 总投资（亿元） 进展情况', then one
row per project. Each row names a project; its stage is the first stage word of its progress cell
(在建, 2022年开工, 主体完工, 前期工作…), written as the cell writes it.

- ``projects.table_progress``: one project per row of such a table whose column reports progress so
  far (进展情况): a result of the review year wherever the table stands.
- ``projects.table``: the same with a column of plans (年度建设计划): year and kind from the part.
"""
from __future__ import annotations

import functools
import re as regex
from typing import Sequence

from .layout import Layout
from .project_lexicon import Cfg, Hit, _alt, stage_of
from .project_names import clean_item
from .tables import Table

_NAME_HEADER = regex.compile(r"\s*(?:项目名称|工程名称|项\s*目|名\s*称)\s*")
_PROGRESS_HEADER = regex.compile(r"进展|进度|状态|阶段|建设情况")
_PLANNED_HEADER = regex.compile(r"计划|目标|安排|年度")


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
        # a column of progress so far (进展情况) reports results wherever the table stands
        rule = "projects.table" if _PLANNED_HEADER.search(heads[progress]) else "projects.table_progress"
        for row in table.rows:
            if progress >= len(row):
                continue
            cell = row[progress]
            word = _stage_words(cfg).search(cell.text)
            stage = _stage(word.group(), cfg, layout, cell.start) if word else None
            if stage is None:
                continue
            s, e, name, _ = clean_item(row[0].text, cfg)
            if len(name) < 2:
                continue
            start = row[0].start + s
            hits.append((start, start + len(name), None, stage, word.group(), rule))
    return hits
