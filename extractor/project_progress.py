"""``projects.progress_item``: a bulletin's paragraph on one project's progress, titled by it
('X项目：总投资36亿元，年度计划投资8亿元。累计完成投资7.62亿元，占年度计划的95.3%。…'). The title is the
project; it is under way unless the paragraph opens with its start (5月开工建设) or its completion
(已于8月竣工). What the paragraph says it builds (一期2条生产线, 主体工程) is part of it: no other rule
reads the line. Patterns: [progress_item] in patterns/projects.toml.

``projects.tagged_item``: a numbered line of a key-project list with its stage in brackets after the
project ('4．X工程（续建）：总投资21.4亿元，…').

``projects.listed_item``: a numbered line of a project list, the project first, then its figures,
then its stage ('1.X项目，总投资45亿元，年内开工建设；', '1．X项目：总投资9.8亿元，…，2024年续建。').

``projects.bracketed_item``: a numbered line of a project list with the project's figures in brackets after it, at
the stage they say or the list's intro says ('6.X高速公路（全长38.6公里；总投资96.8亿元）' under '…安排实施…项目186个').

``projects.dashed_item``: a dashed line of a project list, the project first, then its figures and the
first clause that says its stage ('——X产业园二期，总投资36亿元，年内开工建设；', '——Y工程，加快建设，年内完成…').
"""
from __future__ import annotations

import functools
import re

from .layout import Layout
from .lexicon import load
from .project_lexicon import Cfg, Hit, stage_of
from .project_names import ASIDE_MASK, clean_item, is_facility, name_core, valid


@functools.cache
def _patterns() -> tuple[re.Pattern, ...]:
    p = load("projects")["progress_item"]
    return (re.compile(p["line"]), re.compile(p["figures"]), re.compile(p["start"]), re.compile(p["complete"]),
            re.compile(p["lead"]), re.compile(p["progress"]))


def progress_item(text: str, line: str, ls: int, category: str | None, cfg: Cfg, out: list[Hit]) -> bool:
    """Whether the line is a project's progress paragraph; its project goes to `out`."""
    line_re, figures_re, start_re, complete_re, lead_re, progress_re = _patterns()
    m = line_re.match(line) or lead_re.match(line)
    if m is None:
        return False
    title, rest = m.group("title"), m.group("rest").lstrip()
    spent = figures_re.search(rest) or (progress_re.search(rest) if m.re is lead_re else None)
    opening = start_re.match(rest) or complete_re.match(rest)
    if spent is None and opening is None:
        return False
    if not (title.endswith(("项目", "工程")) or is_facility(title, cfg)):
        return False
    s, e, name, _ = clean_item(title, cfg)
    if not valid(name, name_core(name), cfg, True) or cfg.section_sector.match(_OUTLINE.sub("", title)):
        return False        # (（1）交通项目：加快推进A…: a sector's line, its projects named after the colon)
    if opening is not None:
        verb = opening.group("verb")
        stage = "start" if start_re.match(rest) else "complete"
    else:
        verb, stage = spent.group(spent.lastgroup or 0), "ongoing"
    start = ls + m.start("title") + s
    out.append((start, start + len(name), category, stage, verb, "projects.progress_item"))
    return True


_OUTLINE = re.compile(r"^\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}\s*[.．、])\s*")
# N.X项目（建设内容；总投资85亿元；年度计划投资…）: a line of a list, its figures in brackets after the project
_BRACKETED_ITEM = re.compile(r"^[ \t\u3000]*\d{1,2}\s*[.．、]\s*(?P<title>[^（(，,：:；;。\s]{4,40}?(?:[（(][一二三四五六七八九十\d]期[）)])?)"
                             r"[（(](?P<rest>[^\n]*?投资[^\n]*)$")
_COUNT_FIRST = re.compile(r"\s*\d+\s*个")
# a numbered line under a status line naming its project first (1. X一级公路。总投资18.6亿元，…)
_RUN_ITEM = re.compile(r"[ \t\u3000]*\d{1,2}\s*[.．、]\s*(?P<title>[^，,。；;：:\n]{4,40}?)[。，,：:]")
_DASHED = re.compile(r"^[ \t\u3000]*——\s*(?P<title>[^，,：:；;。]{4,40}?)[，,：:](?P<rest>[^；;。]*)[；;。]?\s*$")
_LISTED = re.compile(r"^[ \t\u3000]*\d{1,2}\s*[.．、]\s*(?P<title>[^，,：:；;。]{4,40}?)[，,：:](?P<rest>[^；;。]*)[；;。]?\s*$")
_VERB_LEAD = 4      # words before the stage verb of the line's last clause ('开展前期工作', '年内开工建设' read whole)
# ... or when it is planned ('2024年续建', '计划上半年开工建设', '计划3月开工建设')
_WHEN = re.compile(r"(?:计划|力争|确保|预计)?\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:上半年|下半年|年内|年底前|年底|\d{1,2}\s*月(?:底|份)?)?\s*")


# a numbered line of a key-project list, its stage in brackets after the name (4．X工程（续建）：总投资…)
_TAGGED = re.compile(r"^[ \t\u3000]*\d{1,3}\s*[.．、﹒]\s*(?P<title>[^，,：:；;。（(\n]{4,40}?)[（(](?P<tag>[^（）()\n]{1,6})[）)]\s*[：:，,]")


def tagged_item(line: str, ls: int, category: str | None, cfg: Cfg, out: list[Hit]) -> bool:
    """Whether the line is a numbered project with its stage in brackets; its project goes to `out`."""
    m = _TAGGED.match(line)
    if m is None or m.group("tag") not in cfg.cell_stage:
        return False
    title = m.group("title")
    s, e, name, _ = clean_item(title, cfg)
    if not valid(name, name_core(name), cfg, True):
        return False
    start = ls + m.start("title") + s
    out.append((start, start + len(name), category, cfg.cell_stage[m.group("tag")], m.group("tag"), "projects.tagged_item"))
    return True


def listed_item(text: str, line: str, ls: int, category: str | None, cfg: Cfg, layout: Layout,
                out: list[Hit]) -> bool:
    """Whether the line is a numbered item of a project list ending with its stage; its project goes to `out`."""
    m = _LISTED.match(line)
    if m is None:
        return False
    last = re.split(r"[，,]", m.group("rest"))[-1].strip()
    verb = cfg.post_end.search(last)
    if verb is None or verb.start() > _VERB_LEAD and not _WHEN.fullmatch(last, 0, verb.start()):
        return False
    project = _project_title(m.group("title"), cfg)
    stage = stage_of(verb.group("verb"), cfg.post, layout, ls)
    if stage is None or project is None:
        return False
    start = ls + m.start("title") + project[0]
    out.append((start, start + len(project[1]), category, stage, verb.group("verb"), "projects.listed_item"))
    return True


def _project_title(title: str, cfg: Cfg) -> tuple[int, str] | None:
    """(offset, name) of an item's title that names a project (ending 项目/工程, or a facility), or None."""
    if not (title.endswith(("项目", "工程")) or is_facility(title, cfg)):
        return None
    s, _, name, _ = clean_item(title, cfg)
    return (s, name) if valid(name, name_core(name), cfg, True) else None


def _first_stage(clauses: list[str], cfg: Cfg, layout: Layout, ls: int) -> tuple[str, str] | None:
    """(stage, verb) of the first clause that ends on a stage verb (after at most a few words or a when)."""
    for clause in map(str.strip, clauses):
        verb = cfg.post_end.search(clause)
        if verb is None or verb.start() > _VERB_LEAD and not _WHEN.fullmatch(clause, 0, verb.start()):
            continue
        stage = stage_of(verb.group("verb"), cfg.post, layout, ls)
        if stage:
            return stage, verb.group("verb")
    return None


def dashed_item(line: str, ls: int, category: str | None, cfg: Cfg, layout: Layout, out: list[Hit]) -> bool:
    """Whether the line is a dashed item of a project list; its project, at the stage its first clause
    saying one gives, goes to `out`."""
    m = _DASHED.match(line)
    if m is None:
        return False
    project = _project_title(m.group("title"), cfg)
    said = _first_stage(re.split(r"[，,]", m.group("rest")), cfg, layout, ls) if project else None
    if said is None:
        return False
    start = ls + m.start("title") + project[0]
    out.append((start, start + len(project[1]), category, said[0], said[1], "projects.dashed_item"))
    return True


def bracketed_item(line: str, ls: int, category: str | None, intro: tuple[str, str] | None, cfg: Cfg,
                   layout: Layout, out: list[Hit]) -> bool:
    """Whether the line is a numbered project with its figures in brackets; its project, at the stage a clause
    of the brackets says or else the stage of the list's intro (`intro`: stage, verb), goes to `out`."""
    m = _BRACKETED_ITEM.match(line)
    if m is None:
        return False
    if cfg.section_sector.match(m.group("title")) or _COUNT_FIRST.match(m.group("rest")):
        return False    # (5．城市基础设施和生态环保项目（41个，总投资…）: a sector counting its projects)
    project = _project_title(m.group("title"), cfg)
    if project is None:
        return False
    # (its separators masked as an aside's)
    said = _first_stage(re.split(f"[，,；;）){ASIDE_MASK}]", m.group("rest")), cfg, layout, ls) or intro
    if said is None:
        return False
    start = ls + m.start("title") + project[0]
    out.append((start, start + len(project[1]), category, said[0], said[1], "projects.bracketed_item"))
    return True


def run_item(line: str, ls: int, category: str | None, status: str, cfg: Cfg, out: list[Hit]) -> None:
    """A numbered line under a status line (（1）续建项目 / 1. X一级公路。总投资…) naming its project first: that
    project, of the run's status, goes to `out`."""
    m = _RUN_ITEM.match(line)
    project = _project_title(m.group("title"), cfg) if m else None
    if project:
        start = ls + m.start("title") + project[0]
        out.append((start, start + len(project[1]), category, cfg.cell_stage[status], status, "projects.status_run"))
