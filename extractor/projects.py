"""Named construction / investment projects (shared/spec/GUIDELINE.md, section `projects`).

A project mention is a name in a list governed by a stage verb. Rules, in order of priority:

- ``projects.box_list``: a numbered line of a 专栏 box of projects ('1．交通：开工A、B等项目；加快建设C
  等项目'): category = the sub-heading, every 、-item is a project (box of 前期 projects: planning,
  where a first clause with no verb lists them: '1．交通：A、B，力争完成工程可行性研究').
- ``projects.breakdown``: a status count broken down by kind ('新开工项目41个，主要包括A、B等19个重大
  基础设施项目，C等13个重大产业园项目'): stage from the status word, category from each kind.
- ``projects.status_list``: a list headed by its status ('续建项目（12个）：A、B、C').
- ``projects.bracketed``: items each followed by their status ('A（新开工）、B（续建）'), in or out of boxes.
- ``projects.titled_item``: a numbered item whose title is a facility ('4﹒X公园（一期）：…进场施工').
- ``projects.progress_item``: a bulletin's paragraph on one project ('X项目：…累计完成投资7.62亿元…').
- ``projects.tagged_item``: a numbered line of a key-project list with its stage in brackets ('4．X（续建）：…').
- ``projects.listed_item``: a numbered line of a project list ending with its stage ('1.X项目，总投资45亿元，年内开工建设；').
- ``projects.bracketed_item``: a numbered project with its figures in brackets ('6.X高速公路（…总投资96.8亿元…）').
- ``projects.dashed_item``: a dashed line of a project list, its stage in the first clause saying one ('——X，总投资36亿元，年内开工建设；').
- ``projects.progress``: progress of one facility ('X产业园建成标准厂房92万平方米'): ongoing.
- ``projects.post_verb``: a list closed by a stage verb ('A、B等项目建成投用', 'X有序推进').
- ``projects.pre_verb``: a list opened by a stage verb ('开工建设X', '推进A、B等项目建设').
- ``projects.table``: a row of a table of projects (项目名称 | 总投资 | 进展情况), staged by its progress
  cell (project_tables.py); it comes first.

Outside boxes a list counts when it carries a project marker (等N个项目, 项目, 等6所学校) or when every
item ends with a facility word (公路, 水库, 园, 中心, 学校…). Items that are quantities (游园8个),
sectors (交通、水利), programmes (…提升工程) or batches (一批…) are never projects. The
vocabulary lives in patterns/projects.toml.

Where each part lives:

- project_lexicon.py: patterns/projects.toml compiled (`Cfg`), the `Hit` a rule records, the
  stage a verb gives.
- project_names.py: whether a string names a project or a facility; cleaning one list item.
- project_lists.py: the names of one 、-list; the status rules (breakdown, status_list, bracketed).
- project_clauses.py: the verb rules (box_list, progress, post_verb, pre_verb, titled_item).
- project_lines.py: walking the lines: next verb, hard wraps, sector headings, sentences.
- here: the walk over the report's lines (boxes, numbered lines, which rules run on which
  line) and the resolution of overlaps into records.
"""
from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import Optional, Sequence

from pydantic import TypeAdapter

from .layout import Layout
from .models import Project
from .project_clauses import clauses, planning_list, titled_item
from .project_intro_lines import (agreed_projects, event_list_projects, event_more_projects, figured_projects,
                                  intro_line_projects, status_count_projects, status_line_projects, verb_of_projects)
from .project_lexicon import Cfg, Hit, config, stage_of
from .project_lines import Leftmost, category_parts, sentences, wrap_bounds
from .project_lists import bracketed, breakdown, status_box_line, status_lists
from .project_names import box_category, mask_bracketed_separators
from .project_progress import bracketed_item, dashed_item, listed_item, progress_item, run_item, tagged_item
from .project_tables import cell_table_projects, status_group_projects, table_projects
from .sections import first_line, planned_item_year, reports_done, states_plans
from .tables import Table
from .normalise import fold_width, mend_ocr_forms, read_full_stops
from .pattern_cache import compiled

_PROJECTS = TypeAdapter(list[Project])


def find_projects(text: str, layout: Layout, tables: Sequence[Table] = ()) -> list[Project]:
    cfg = config()
    original = text
    text = mend_ocr_forms(read_full_stops(fold_width(text)))    # same length: every span holds for the original (开エ建设 read as 开工建设)
    text = mask_bracketed_separators(text)     # (same length too)
    if "▶" in text or "►" in text:
        text = _INLINE_ARROW.sub("\u3000", text)     # 计划开工 ▶ A、B: the arrow points at the list, no part of a name
    if " " in text or "\u3000" in text:
        text = _split_headlines(text, cfg)
    reversed_text = text[::-1]
    # Verb clauses never cross a line end, so one scan of the whole text finds them line by
    # line; another finds the lines where the status rules could yield something.
    verbs = Leftmost(cfg.verb_clause, text)
    statuses = Leftmost(cfg.known_status, text)
    hits: list[Hit] = table_projects(text, tables, cfg, layout)
    cell_hits, cell_blocks = cell_table_projects(text, cfg)
    hits += cell_hits
    group_hits, group_lines = status_group_projects(text, cfg)
    hits += group_hits
    hits += intro_line_projects(text, cfg, layout)
    hits += status_line_projects(text, cfg, layout)
    hits += event_list_projects(text, first_line(original), cfg)
    block = 0      # the next table written one cell a line: its lines are read by no other rule
    in_box = False
    box_planning = False
    box_status = None      # the status a box's title or a heading inside it names ('…计划新开工…项目', '一、续建项目')
    section = None     # the sector of the paragraphs under a heading line ('(一)产业类项目')
    boxed = False      # under a box's title, up to the next outline heading: its bare sector lines head items
    box_sectors: list[tuple[int, str]] = []     # (start, sector) of each bare sector line in a box
    status_runs: list[tuple[int, str]] = []     # (start, status) of a status line over numbered items ('' ends one)
    titled_sector = None     # the sector a titled paragraph names ('（一）产业项目。…'), held over its wrapped lines
    dash_sector = None     # the sector a counted line ending on its colon names over the dashed lines under it
    list_intro = None      # (stage, verb) of the last line naming projects with a verb, over a list under it
    run_items: list[Hit] = []     # numbered lines under a status line, read last
    previous_open = False
    # (a text whose paragraphs open with an indent: a line without one goes on with its paragraph)
    body_lines = [line for line in text.split("\n") if line.strip()]
    indented = sum(line[:1].isspace() for line in body_lines) >= _INDENTED_SHARE * max(len(body_lines), 1)
    le = -1
    for line in text.split("\n"):
        ls = le + 1
        le = ls + len(line)
        # a line going on from one cut mid-sentence (no indent, the line before open): its paragraph's sector holds
        wrapped = bool(line) and not line[:1].isspace() and (previous_open or indented)
        previous_open = bool(line.strip()) and not line.rstrip().endswith(_PARAGRAPH_ENDS)
        if not wrapped:
            titled_sector = None
        title_sector = _title_sector(cfg.sector_title.match(line), cfg)    # '（一）综合交通。X加快建设…'
        titled_sector = title_sector or titled_sector
        if not line or line.isspace() or ls in group_lines:
            continue
        run = _STATUS_RUN_LINE.fullmatch(line) if len(line) < 24 and not in_box else None
        if run and run.group("status") in cfg.cell_stage:
            status_runs.append((ls, run.group("status")))     # 续建项目（8个） / 1.X项目，总投资…
            continue
        if status_runs and status_runs[-1][1] and not line.lstrip()[:1].isdigit():
            status_runs.append((ls, ""))
        elif status_runs and status_runs[-1][1]:
            # (a project with no verb of its own: the run's status stages it; other rules' hits come first)
            run_item(line, ls, section, status_runs[-1][1], cfg, run_items)
        if cell_blocks:
            while block < len(cell_blocks) and cell_blocks[block][1] < ls:
                block += 1
            if block < len(cell_blocks) and cell_blocks[block][0] <= ls:
                continue
        bare_heading = _SECTOR_LABEL_LINE.fullmatch(line) if len(line) < _SECTOR_LABEL_CHARS else None
        if bare_heading and cfg.sector.match(bare_heading.group("cat")):
            section = box_category(bare_heading.group("cat"), cfg)     # 交通基础设施: / (1)X:…: the items' sector
            continue
        sh = cfg.section_heading.match(line) if len(line) < 40 else None
        if sh:
            sec = cfg.section_sector.match(sh.group("body")) or cfg.marked_sector.match(line)
            section = box_category(sec.group("cat"), cfg) if sec else None
            if sec:
                continue
        elif section and _OUTLINE_HEADING.match(line):
            section = None      # （二）推动产业转型升级，…: the sector list above has ended
        if boxed and (sh or _OUTLINE_HEADING.match(line)):
            boxed = False
            box_sectors.append((ls, ""))
        elif boxed and len(line) < 20 and (bare := cfg.section_sector.fullmatch(line.strip()) or cfg.marked_sector.match(line)):
            # 专栏1 2021年市级重大项目 / 基础设施项目 (or 【工业】) / 1．X高速公路：…: a bare sector line heads the box's
            # items (the line still closes the box's own lines, as any line that names no sector's projects does)
            box_sectors.append((ls, box_category(bare.group("cat"), cfg)))
        if in_box and len(line) < 40:
            group = cfg.cell_top.match(line) or cfg.cell_sub.match(line)
            status = cfg.cell_status.match(group.group("body")) if group else None
            if status:
                box_status = status.group("status")     # 专栏3 …重大项目 / 一、续建项目（12个） / 交通：A、B
                continue
        hb = cfg.box_heading.match(line)
        if hb:
            title = hb.group("title")
            in_box = any(w in title for w in cfg.box_title_words)
            if boxed or in_box:
                box_sectors.append((ls, ""))
            boxed = in_box
            box_planning = in_box and any(w in title for w in cfg.box_planning_words)
            named_status = cfg.known_status.search(title) if in_box else None
            box_status = named_status.group() if named_status else None
            continue
        if ("投资" in line or "工" in line or "建成" in line or "项目" in line) and progress_item(text, line, ls, section, cfg, hits):
            continue
        if line[:3].strip()[:1].isdigit() and (tagged_item(line, ls, section, cfg, hits)
                                               or listed_item(text, line, ls, section, cfg, layout, hits)
                                               or bracketed_item(line, ls, section, list_intro, cfg, layout, hits)):
            continue
        if not line[:3].strip()[:1].isdigit() and "项目" in line:
            # (全市共安排实施市级重大项目186个，… / 1.X（…总投资…）: the intro's verb stages the list under it)
            intro = cfg.pre_re.search(line)
            stage = stage_of(intro.group(), cfg.pre, layout, ls + intro.start()) if intro else None
            list_intro = (stage, intro.group()) if stage else list_intro
        if "——" in line[:4] and dashed_item(line, ls, section or dash_sector, cfg, layout, hits):
            continue
        # (产业项目76个，年度计划投资112亿元： / ——X产业园二期，…: the counted sector over the dashed lines)
        dash_sector = title_sector if line.rstrip().endswith(("：", ":")) else dash_sector if "——" in line[:4] else None
        has_verb = verbs.starts_within(ls, le)
        has_status = statuses.starts_within(ls, le)
        if not (has_verb or has_status or in_box):
            continue     # no rule can fire, and there is no box to close
        num = cfg.numbered.match(line)
        if num is None and in_box and box_status and _BARE_NAME_LINE.fullmatch(line):
            # 一、续建项目(84个,…) / (一)产业项目 / X产业园二期: a box's projects named one a line, bare
            status_box_line(text, ls, le, box_status, section, cfg, hits)
            continue
        heading = None    # the sector a numbered line outside a box is headed by ('1．交通：开工X')
        if num:
            cat_raw = num.group("cat")
            is_box = in_box or (
                any(c in cat_raw for c in cfg.known_categories) and "项目" in line[num.end():]
                and len(cat_raw) <= 12
            )
            category = box_category(cat_raw, cfg)
            if not is_box and cfg.sector.fullmatch(category):
                heading = category
            elif not is_box:
                heading = section       # 交通基础设施: / (1)X:全长8.6公里,年内建成通车。: the item under the sector
            if is_box:
                if box_planning and in_box and planning_list(text, ls + num.end(), le, verbs, cfg, category, hits):
                    continue
                if has_status:
                    bracketed(text, ls + num.end(), le, cfg, category, True, hits)
                if has_verb:
                    clauses(text, ls + num.end(), le, verbs, reversed_text, cfg, layout, hits, box=True,
                            category=category, planning=box_planning and in_box)
                continue
        elif heading is None:
            heading = section
            if title_sector:
                heading = title_sector      # the paragraph's sector
            elif titled_sector and wrapped:
                heading = titled_sector     # the titled paragraph's next line, cut by a wrap
        # an unnumbered sector line of a box ('交通：开工A；建成B。推进C前期工作。') keeps the box open,
        # and its sector holds to the line end
        sector = cfg.inline_heading.match(text, ls, le) if in_box and num is None else None
        sector_line = sector is not None
        if not sector_line:
            in_box = False
            box_planning = False
            box_status = None
        elif box_status and not _opens_with_verb(verbs, sector.end(), le):
            # (a verb inside a name stays: '云衡机场三期改扩建工程', '南岭灌区续建配套…')
            status_box_line(text, sector.end(), le, box_status, box_category(sector.group("cat"), cfg), cfg, hits)
            continue
        if has_status and cfg.bracketed.search(text, ls, le):
            for ps, pe, category in category_parts(text, line, ls, le, cfg, whole_line=sector_line, heading=heading):
                bracketed(text, ps, pe, cfg, category, sector_line or category is not None, hits)
        if has_verb:
            titled_item(text, line, ls, le, verbs, cfg, layout, hits, category=heading)
        # both patterns are unanchored, so one that matches in no sentence fails on the whole line
        if has_status and (cfg.bd_status.search(text, ls, le) or cfg.status_heading.search(text, ls, le)):
            for ss, se in sentences(text, ls, le):
                breakdown(text, ss, se, cfg, hits)
                status_lists(text, ss, se, cfg, hits)
        if has_verb:
            back, on = wrap_bounds(text, ls, le)
            for ps, pe, category in category_parts(text, line, ls, le, cfg, whole_line=sector_line, heading=heading):
                clauses(text, ps, pe, verbs, reversed_text, cfg, layout, hits, category=category,
                        wrap_back=back if ps == ls else None, wrap_on=on if pe == le else None)
    # (read last: where another rule read the same words, its reading wins)
    hits += run_items
    hits += event_more_projects(text, first_line(original), cfg) + verb_of_projects(text, cfg, layout) \
        + agreed_projects(text, cfg) + status_count_projects(text, cfg) + figured_projects(text, cfg)
    return _finish(original, text, _with_status_runs(_with_box_sectors(hits, box_sectors), status_runs, cfg), layout)


# a space between two words of a short line without punctuation (a page's headline in two parts)
_HEADLINE_SPACE = compiled(r"(?m)(?<=^[^\n，,。；;：:]{4,40}[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff][^\n，,。；;：:]{3,40}$)")
def _split_headlines(text: str, cfg: Cfg) -> str:
    """X加快建设 Y隧道双幅贯通 (a headline in two parts, the first closed by its stage verb): two clauses
    (same length; a card line, X 建成启用, stays one)."""
    cuts = [m.start() for m in _HEADLINE_SPACE.finditer(text)
            if text.endswith(cfg.post_words.get(text[m.start() - 1], ()), text.rfind("\n", 0, m.start()) + 1, m.start())]
    for k in cuts:
        text = text[:k] + "，" + text[k + 1:]
    return text


# a line naming the status of the numbered projects under it (续建项目（8个）, 新建项目（7个）)
_STATUS_RUN_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])?"
                              r"(?P<status>[\u4e00-\u9fff]{2,4}?)(?:重点|重大)?(?:建设)?项目(?:[（(]\s*\d+\s*个\s*[）)])?[ \t\u3000]*")


def _under_runs(hits: list[Hit], runs: list[tuple[int, str]], mend) -> list[Hit]:
    """Each hit under a run (start, value) with a value, mended by `mend(hit, value)`; '' ends a run."""
    if not runs:
        return hits
    starts = [at for at, _ in runs]
    out = []
    for hit in hits:
        k = bisect.bisect_right(starts, hit[0]) - 1
        value = runs[k][1] if k >= 0 else ""
        out.append(mend(hit, value) if value else hit)
    return out


def _with_status_runs(hits: list[Hit], runs: list[tuple[int, str]], cfg) -> list[Hit]:
    """Hits of the numbered lines under a status line take its stage (续建: ongoing, 新建: start)."""
    return _under_runs(hits, runs, lambda hit, status: hit if hit[5] == "projects.status_group" else (
        *hit[:3], cfg.cell_stage[status], status, "projects.status_run", *hit[6:]))     # (a group's own reading stands)


def _with_box_sectors(hits: list[Hit], box_sectors: list[tuple[int, str]]) -> list[Hit]:
    """Hits without a category under a box's bare sector line take its sector."""
    return _under_runs(hits, box_sectors, lambda hit, sector: (*hit[:2], sector, *hit[3:]) if hit[2] is None else hit)


def _title_sector(titled, cfg: Cfg) -> Optional[str]:
    """The category an outline-numbered paragraph's short title gives ('（一）交通项目。' -> 交通), or a paragraph
    opened by a counted sector ('交通项目68个，…' -> 交通), or None (not a task: 壮大新兴产业, 保障改善民生; a
    sector named as one, （五）城市基础设施项目, may be longer)."""
    cat = (titled.group("cat") or titled.group("counted")) if titled else ""
    bare = cat.removesuffix("项目").removesuffix("工程")
    # (a title counting its projects, 5．城市基础设施和生态环保项目（41个，总投资…）。, may be long too)
    longest = _COUNTED_SECTOR_CHARS if titled and (titled.group("counted") or titled.group("count")) else 8
    if titled and titled.group("counted") and cat.startswith(cfg.programme_leads):
        return None     # (实施城市更新项目30个: a count of what is done, no sector's paragraph)
    if cat.endswith(cfg.sector_title_ends) and (len(bare) <= 4 or bare != cat and len(bare) <= longest
                                                or bare in cfg.known_categories):     # (6．城市基础设施。建成A)
        return cat if bare in cfg.category_keeps_project else bare
    return None


_COUNTED_SECTOR_CHARS = 12     # (社会事业和城市基础设施项目78个，…: a counted sector may be named at length)
_CARRIED_OUT = "实施"
_PHASE = re.compile(r"[一二三四五六七八九十]期")
_OUTLINE_HEADING = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
_PARAGRAPH_ENDS = ("。", "！", "？", "：", ":")
_INDENTED_SHARE = 0.3

# a mention followed by 已/均已 (X、Y已完成可研批复; X已竣工投产): what is already done
_DONE_AFTER = re.compile(r"(?:项目)?(?:[、和及与][^，,。；;]{2,30}?)*(?:均|都)?已(?:经)?")


_SENTENCE_ENDS = "。\n！"


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1


def _part_start(text: str, pos: int) -> int:
    """Where the sentence, or its ；-part, of a mention at `pos` starts."""
    return max(_sentence_start(text, pos), text.rfind("；", 0, pos) + 1, text.rfind(";", 0, pos) + 1)


def _event_held(text: str, pos: int, cfg: Cfg) -> bool:
    """A mention at `pos` in a sentence that holds an event verb (现场签约, 集中开工) and no target word."""
    start = _sentence_start(text, pos)
    ends = [e for e in (text.find(c, pos) for c in _SENTENCE_ENDS) if e != -1]
    end = min(ends) if ends else len(text)
    return cfg.news_events.search(text, start, end) is not None and cfg.news_target.search(text, start, end) is None


def _in_planned_sentence(text: str, pos: int) -> bool:
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    return text.startswith("计划", start) and states_plans(text[start:pos]) and not reports_done(text[start:pos])


def _opens_with_verb(verbs: Leftmost, s: int, e: int) -> bool:
    vm = verbs.at_or_after(s)
    return vm is not None and vm.start() < e and vm.start("verb") - s <= 2


def _finish(text: str, view: str, hits: list[Hit], layout: Layout) -> list[Project]:
    """The hits as records: the first rule wins on overlapping mentions, year and kind come from
    the part of the report each one is in."""
    taken = bytearray(len(text) + 1)
    kept: list[Hit] = []
    cfg = config()
    for hit in hits:
        s, e = hit[0], hit[1]
        if e <= s or taken.find(1, s, e) >= 0:
            continue          # first rule wins on overlapping mentions
        if hit[4] == _CARRIED_OUT and text[s:e].lstrip("“\"").startswith(cfg.carried_out_leads) \
                and not _PHASE.search(text, s, e):
            # 实施城乡供水一体化工程，惠及人口20万人, 实施乡村清洁工程: a programme carried out everywhere, no
            # build (but 实施城市防洪排涝能力提升二期工程 is one phase of a build)
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(hit)
    kept.sort(key=itemgetter(0))
    # the context is the same up to the next boundary: ask the layout once per part
    starts = [b[0] for b in layout.boundaries]
    part_end = -1     # (no part yet)
    records = []
    future = _future_sections(view, layout, cfg) if kept else []
    dated = _dated_sections(view, layout, cfg) if kept and (any(m in view for m in "【▍▌■▶►") or _SECTION_NUMBER_LINE.search(view)) else []
    dated_starts = [d[0] for d in dated]
    for hit in kept:
        s, e, category, stage, stage_text, rule = hit[:6]
        if s >= part_end:
            i = bisect.bisect_right(starts, s)
            part_end = starts[i] if i < len(starts) else len(text) + 1
            ctx = layout.context_at(s)
        year, kind = ctx.year, ctx.kind
        ahead = _ahead(future, s, ctx.part) if future else None
        if ahead:
            year, kind = ahead
        elif rule == "projects.table_progress" and layout.review_year:
            year, kind = layout.review_year, "actual"
        elif ctx.part == "unknown" and dated and dated_starts[0] <= s:
            year, kind = dated[bisect.bisect_right(dated_starts, s) - 1][1:]
        elif ctx.part == "unknown" and layout.now_year and rule == "projects.status_run" and stage != "complete":
            year, kind = layout.now_year, "target"     # a page's list of the year's projects by status: its plan
        elif ctx.part == "unknown" and layout.now_year:
            year, kind = (_news_year(view, s, layout.now_year, kind, cfg)
                          or _early_news_year(view, s, layout, kind, cfg) or (year, kind))
            if kind == "target" and year == layout.now_year and (_DONE_AFTER.match(view, e)
                                                                 or _event_held(view, s, cfg)):
                kind = "actual"     # 其中X、Y已完成可研批复; A、B等项目现场签约: done, whatever the paragraph plans
            elif kind == "actual" and year == layout.now_year and cfg.news_future.search(view, _part_start(view, s), s):
                kind = "target"     # 四季度，县发改局将…，推动X、Y等项目尽快开工: this year's plan
        elif ctx.part in ("review", "plan") and year:
            year = _part_year(view, s, ctx.part, year) or year
            if ctx.part == "plan" and layout.review_year and _opens_with_last_year(view, s):
                year, kind = layout.review_year, "actual"   # （plans）…。去年…，X、Y等项目建成投用，今年…
            later = _paragraph_year(view, s) if ctx.part == "review" else None
            if later and later > year:
                year, kind = later, "target"    # （review）…\n2016年，坚持…。重点实施X、Y等工程: the next year's plans
        if len(hit) > 6 and hit[6]:
            year, kind = _dated(hit[6], ctx.part, layout, cfg) or (year, kind)
        if kind == "actual" and ctx.part != "plan" and _in_planned_sentence(view, s):
            kind = "target"     # （二）…。计划建成市第一人民医院东院区，…: the plan, in a report on how it went
        planned = planned_item_year(view, s, ctx.year) if kind == "actual" and ctx.part == "review" else None
        if planned:
            year, kind = planned, "target"      # 2023年，区人民政府将…办好十件民生实事：/ 1.…开工建设X
        name = text[s:e]
        records.append({
            "name": "".join(name.split()), "category": category, "stage": stage,
            "stage_text": _as_written(stage_text, text, view, s, e), "year": year, "kind": kind,
            "span": (s, e), "text": name, "rule": rule})
    return _PROJECTS.validate_python(records)


_INLINE_ARROW = compiled(r"(?<=\S[ \t\u3000]*)[▶►]")
# a sector's heading alone on its line, closed by a colon (交通基础设施: / 产业发展：), over its numbered items
_SECTOR_LABEL_LINE = compiled(r"[ \t\u3000]*(?P<cat>\p{Han}{2,10})[ \t\u3000]*[：:][ \t\u3000]*")
_SECTOR_LABEL_CHARS = 16
# a line holding one name and nothing else (no outline number, no punctuation)
_BARE_NAME_LINE = compiled(r"[ \t\u3000]*(?![（(][一二三四五六七八九十\d]|[一二三四五六七八九十]{1,3}[、.．])"
                           r"[^\s，,。；;：:、!！?？][^\s，,。；;：:、!！?？]{3,29}[ \t\u3000]*")
# a card page's section number alone on its line, over the section's heading (01 / PART 1)
_SECTION_NUMBER_LINE = compiled(r"(?im)^[ \t\u3000]*(?:0\d|PART[ \t]*\d{1,2})[ \t\u3000]*$")
_VERB_REACH = 40


def _as_written(verb: str | None, text: str, view: str, s: int, e: int) -> str | None:
    """The stage verb as the text writes it near the name (开エ建设 where the view reads 开工建设)."""
    lo, hi = max(0, s - _VERB_REACH), e + _VERB_REACH
    if not verb or verb in text[lo:hi]:
        return verb
    at = view.find(verb, lo, hi)
    return text[at:at + len(verb)] if at >= 0 else verb


def _future_sections(text: str, layout: Layout, cfg: Cfg) -> list[tuple[int, int, str, int]]:
    """The next-steps sections ('五、下一步工作') of a news item or notice, as (start, end, "unknown", year):
    its mentions plan the page's year. (A report's '今后五年的奋斗目标' is a plan part of the layout.)"""
    if "下一步" not in text and "今后工作" not in text:
        return []
    sections = []
    for h in cfg.future_heading.finditer(text):
        nxt = cfg.top_heading.search(text, h.end())
        end = nxt.start() if nxt else len(text)
        if layout.now_year:
            sections.append((h.start(), end, "unknown", layout.now_year))
    return sections


_PART_YEAR = re.compile(r"[ \t\u3000]*((?:19|20)\d{2})\s*年[，,]")


def _part_year(text: str, pos: int, part: str, year: int) -> Optional[int]:
    """The year that opens the sentence or ；-part of a mention (2010年，X电厂一期建成投产；2011年，…):
    an earlier year in the review part (a several-year review), a later one in the plan part."""
    start = max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
    m = _PART_YEAR.match(text, start, pos)
    if not m:
        return None
    written = int(m.group(1))
    return written if (written < year if part == "review" else written > year) else None


_RELATIVE_YEARS = {"今年": 0, "去年": -1, "过去一年": -1, "一年来": -1, "明年": 1}
_LAST_YEAR_OPENING = re.compile(r"[ \t\u3000]*(?:去年|过去一年|上一年)")


def _paragraph_year(text: str, pos: int) -> Optional[int]:
    """The year opening the paragraph of a mention at `pos` (2016年，…), if any."""
    m = _PART_YEAR.match(text, text.rfind("\n", 0, pos) + 1)
    return int(m.group(1)) if m else None


def _opens_with_last_year(text: str, pos: int) -> bool:
    """Whether the sentence of a mention at `pos` opens with 去年 (past its own verb: 去年…建成投用)."""
    return _LAST_YEAR_OPENING.match(text, _sentence_start(text, pos)) is not None


def _dated_sections(text: str, layout: Layout, cfg: Cfg) -> list[tuple[int, int, str]]:
    """(start, year, kind) of each marked heading naming a year ('【2024年重点任务】', '▍2025年目标') or
    counting one from the page's ('▍今年重点干这些'): what the mentions under it speak of, to the next one."""
    out = []
    headings = [(m, int(m.group("year"))) for m in cfg.section_year.finditer(text)]
    if layout.now_year:
        headings += [(m, layout.now_year + _RELATIVE_YEARS[m.group("when")]) for m in cfg.section_relative.finditer(text)]
    for m, year in sorted(headings, key=lambda h: h[0].start()):
        title = m.group("title")
        if any(w in title for w in cfg.section_actual):
            kind = "actual"
        elif any(w in title for w in cfg.section_target):
            kind = "target"
        elif layout.now_year:
            kind = "actual" if year < layout.now_year else "target"
        else:
            continue
        out.append((m.start(), year, kind))
    return out


def _ahead(sections: list[tuple[int, int, str, int]], pos: int, part: str) -> Optional[tuple[int, str]]:
    """(year, "target") of a mention at `pos` in a section of the years ahead its part does not see."""
    for s, e, read_as, year in sections:
        if s <= pos < e and part == read_as:
            return year, "target"
    return None


def _target_before(text: str, s: int, pos: int, cfg: Cfg) -> bool:
    """Whether a target word stands in text[s:pos] after the last word of a result ('计划…，实际…')."""
    for cue in cfg.news_actual:
        k = text.rfind(cue, s, pos)
        if k >= 0:
            s = k + len(cue)
    return cfg.news_target.search(text, s, pos) is not None


def _dated(when: str, part: str, layout: Layout, cfg: Cfg) -> Optional[tuple[int, str]]:
    """(year, kind) of a mention whose closing verb is dated ('X2024年开工建设', 'Y去年冬季已开工建设'):
    the year written (去年 in a news item: the year before the page's), a result up to the year the
    text reviews (the page's year before its own in a news item), a target after it; None with no year."""
    m = cfg.time_year.search(when)
    if m:
        year = int(m.group(1))
    elif "去年" in when and part == "unknown" and layout.now_year:
        year = layout.now_year - 1
    else:
        return None
    last = layout.review_year if part != "unknown" else (layout.now_year - 1 if layout.now_year else None)
    if last is None:
        return None
    return year, "actual" if year <= last else "target"


def _early_news_year(text: str, pos: int, layout: Layout, kind: str, cfg: Cfg) -> Optional[tuple[int, str]]:
    """In a news item of the year's first months (when its results are not out), a mention at `pos` whose
    paragraph names no year: last year's result, or this year's plan where its sentence has a target
    word before it; None on a later page, or on a release of the months so far (一季度…: this year's)."""
    if not layout.now_is_early or kind != "actual" or layout.period_release:
        return None
    ss = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos), text.rfind("；", 0, pos))
    if _target_before(text, ss + 1, pos, cfg):
        return layout.now_year, "target"
    return layout.now_year - 1, "actual"


def _news_year(text: str, pos: int, now_year: int, kind: str, cfg: Cfg) -> Optional[tuple[int, str]]:
    """In a news item, (year, kind) of a mention at `pos` from the last 去年/今年/year of its paragraph
    before it, or None: '去年…X建成投产' and '2020年，…X建成投用' are that year's results, '今年…将…X开工建设'
    this year's plan (with no target word between, the news item's `kind` holds). A sentence with a
    target word of its own after the one that said 去年 plans this year ('去年…。按照计划，X将…开工')."""
    ps = text.rfind("\n", 0, pos) + 1
    cue = None
    for cue in cfg.news_year_cue.finditer(text, ps, pos):
        pass
    if cue is None:
        return None
    if cue.group("last") or cue.group("year"):
        year = int(cue.group("year")) if cue.group("year") else now_year - 1
        if year >= now_year:
            return year, "target" if year > now_year or cfg.news_target.search(text, cue.end(), pos) else kind
        ss = max(text.rfind("。", cue.end(), pos), text.rfind("；", cue.end(), pos))
        if ss >= 0 and cfg.news_target.search(text, ss, pos):
            return now_year, "target"
        return year, "actual"
    return now_year, "target" if cfg.news_target.search(text, cue.end(), pos) else kind
