"""``projects.intro_lines``: projects listed one a line under an intro that names their stage
('主会场集中开工项目5个，总投资84.3亿元，分别是：' / '——X项目，总投资36亿元，…；'), as a news page
of a ceremony or a notice lists them; and ``projects.card_lines``: a stage verb alone on a line with
the projects one a line under it ('开工建设' / 'X科创走廊一期'), as a card page writes them; and
``projects.status_line``: a line opening with a status and a colon ('新开工：A，B，C' / '预备：D'), under
an outline heading naming the sector; ``projects.event_list``: on a page whose headline names an event
(…重大项目集中开工), the lists of its projects (主要有A（总投资36亿元）、B等). See [intro_lines] in
patterns/projects.toml."""
from __future__ import annotations

import functools
import re as regex

from .lexicon import load
from .layout import Layout
from .project_lexicon import Cfg, Hit, stage_of
from .project_names import box_category, clean_item, name_core, valid, valid_facility


@functools.cache
def _rules() -> tuple[tuple[regex.Pattern, regex.Pattern], dict[str, str], regex.Pattern, regex.Pattern]:
    raw = load("projects")["intro_lines"]
    return ((regex.compile(raw["intro"]), regex.compile(raw["intro_paragraph"])), raw["status_stage"],
            regex.compile(raw["item"]), regex.compile(raw["bare_item"]))


_YEAR_WRITTEN = regex.compile(r"(?:19|20)\d{2}\s*年")
_WHEN_LEAD = regex.compile(r"^(?:(?:19|20)\d{2}\s*年|年内|今年|明年|全年|力争|计划)+(?=\S)")


@functools.cache
def _status_rules() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    raw = load("projects")["intro_lines"]
    label = raw["status_label"]
    return regex.compile(r"^[ \t\u3000]*" + label), regex.compile(label), regex.compile(raw["sector_line"])


_ITEM_SEPARATORS = regex.compile(r"[，,、；;。]")


@functools.cache
def _verb_line(cfg: Cfg) -> regex.Pattern:
    return regex.compile(rf"[ \t\u3000]*(?P<verb>{cfg.pre_re.pattern})[ \t\u3000]*[：:]")


def status_line_projects(text: str, cfg: Cfg, layout: Layout) -> list[Hit]:
    """'新开工：A，B，C' lines: each item a project of the status's stage and the heading's sector; a stage
    verb before the colon ('开工建设：A、B' on a card page) gives its own stage."""
    status_line, status_label, sector_line = _status_rules()
    verb_line = _verb_line(cfg)
    hits: list[Hit] = []
    category = None
    offset = 0
    for line in text.split("\n"):
        sector = sector_line.match(line) if len(line) < 60 else None
        if sector:
            category = box_category(sector.group("cat"), cfg)
        verb = verb_line.match(line) if "：" in line or ":" in line else None
        if verb and not status_line.match(line):
            stage = stage_of(verb.group("verb"), cfg.pre, layout, offset)
            if stage:
                _split_items(line, verb.end(), len(line), offset, category, stage, verb.group("verb"), cfg, hits)
        elif status_line.match(line):
            # (a text read as hard-wrapped joins such lines: '…改建工程续建：D': each status opens a run)
            heads = list(status_label.finditer(line))
            for head, after in zip(heads, heads[1:] + [None]):
                stage = cfg.cell_stage.get(head.group("status"))
                stop = after.start() if after else len(line)
                if stage:
                    _split_items(line, head.end(), stop, offset, category, stage, head.group("status"), cfg, hits)
        offset += len(line) + 1
    return hits


def _split_items(line: str, pos: int, stop: int, offset: int, category, stage: str, status: str, cfg: Cfg,
                 hits: list[Hit]) -> None:
    for sep in [*_ITEM_SEPARATORS.finditer(line, pos, stop), None]:
        end = sep.start() if sep else stop
        s, e, name, _ = clean_item(line[pos:end], cfg)
        if valid(name, name_core(name), cfg, True):
            hits.append((offset + pos + s, offset + pos + e, category, stage, status, "projects.status_line"))
        pos = end + 1


def intro_line_projects(text: str, cfg: Cfg, layout: Layout) -> list[Hit]:
    (intro, intro_paragraph), stages, item, bare_item = _rules()
    hits: list[Hit] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        head = (intro.search(line) or intro_paragraph.search(line)) if "项目" in line else None
        if head is not None:
            # (2018年全县计划新开工建设…如下：: the year the paragraph plans dates its items)
            year = _YEAR_WRITTEN.search(line, 0, head.start()) if head.re is intro_paragraph else None
            _read_items(lines, offsets, i, item, stages[head.group("status")], head.group("status"), "projects.intro_lines",
                        cfg, hits, blank_ends=False, when=year.group() if year else None)
            continue
        verb = _WHEN_LEAD.sub("", line.strip(), count=1)     # (年内开工 / 2024年建成: when, then the verb)
        stage = stage_of(verb, cfg.pre, layout, offsets[i]) if verb in cfg.pre else None
        if stage and i + 1 < len(lines) and lines[i + 1].strip():
            _read_items(lines, offsets, i, bare_item, stage, verb, "projects.card_lines", cfg, hits, blank_ends=True)
    return hits


def _read_items(lines: list[str], offsets: list[int], i: int, item: regex.Pattern, stage: str, stage_text: str,
                rule: str, cfg: Cfg, hits: list[Hit], blank_ends: bool, when: str | None = None) -> None:
    """Each line after line i that `item` matches, up to the first that it does not (or a blank one). Under
    a bare verb (a card) every line must name a facility, or none counts: a table's cells (完成 / 规模以上
    工业增加值增长 / …) are no list of projects."""
    found: list[Hit] = []
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            if blank_ends:
                break
            continue
        m = item.match(lines[j])
        if m is None:
            break
        s, e, name, _ = clean_item(m.group("title"), cfg)
        if blank_ends and not valid_facility(name, cfg):
            return
        if valid(name, name_core(name), cfg, True):
            start = offsets[j] + m.start("title") + s
            found.append((start, start + len(name), None, stage, stage_text, rule, when))
    hits += found


@functools.cache
def _event_rules() -> tuple[dict[str, str], regex.Pattern, regex.Pattern]:
    raw = load("projects")["intro_lines"]
    return raw["event_stages"], regex.compile(raw["event_list"]), regex.compile(raw["event_more"])


def _headline_event(headline: str, stages: dict[str, str]) -> str | None:
    """The event a page's headline names (…重大项目集中开工), if any."""
    return next((word for word in stages if word in headline), None)


_LIST_END = regex.compile(r"等|[；;。\n]")
_SENTENCE_END = regex.compile(r"[。\n]")
_MORE_SPLIT = regex.compile(r"[；;]|和(?=(?:总投资|投资)\s*\d)")
_COMMA = regex.compile(r"[，,]")


def _more_items(text: str, s: int, e: int):
    """(start, end) of each item of a 还有： run: apart by ；, each up to its first comma."""
    pos = s
    for sep in [*_MORE_SPLIT.finditer(text, s, e), None]:
        end = sep.start() if sep else e
        comma = _COMMA.search(text, pos, end)
        yield pos, comma.start() if comma else end
        pos = sep.end() if sep else e


def event_list_projects(text: str, headline: str, cfg: Cfg) -> list[Hit]:
    """主要有A、B等 on a page headlined …集中开工: A and B are projects of the event's stage."""
    stages, event_list, _ = _event_rules()
    event = _headline_event(headline, stages)
    if event is None:
        return []
    hits: list[Hit] = []
    for m in event_list.finditer(text):
        end = _LIST_END.search(text, m.end())
        stop = end.start() if end else len(text)
        head = _GROUP_HEAD.search(text, max(0, m.start() - _GROUP_HEAD_REACH), m.start())
        category = box_category(head.group("cat"), cfg) if head else None
        hits += _list_items(text, m.end(), stop, category, stages[event], event, "projects.event_list", cfg)
    return hits


def _list_items(text: str, start: int, stop: int, category, stage: str, stage_text: str, rule: str,
                cfg: Cfg) -> list[Hit]:
    """A hit for each name of the 、 list from `start` to `stop` that is a project."""
    hits: list[Hit] = []
    pos = start
    # (the 、 inside an item's brackets are masked: 'A（总投资36亿元，占地420亩）、B')
    for end_item in [*(k for k in range(start, stop) if text[k] == "、"), stop]:
        s, e, name, _ = clean_item(text[pos:end_item], cfg)
        if valid(name, name_core(name), cfg, True):
            hits.append((pos + s, pos + e, category, stage, stage_text, rule))
        pos = end_item + 1
    return hits


# 续建项目58个，年度计划投资71.3亿元。主要有：A、B等。: the projects of a counted status, listed after it
_STATUS_COUNT_LIST = regex.compile(r"(?P<status>续建|在建|新开工|竣工|建成|投产|前期|预备|储备)(?:重点|重大)?(?:建设)?项目\s*\d+\s*个"
                                   r"[^。\n]{0,60}?[。，,；;]\s*(?:其中)?(?:主要有|主要包括|重点有|重点包括|重点是|主要是|分别是)[：:]?")


def status_count_projects(text: str, cfg: Cfg) -> list[Hit]:
    """续建项目58个，…。主要有：A、B等: A and B, of the status's stage."""
    hits: list[Hit] = []
    if "项目" not in text:
        return hits
    for m in _STATUS_COUNT_LIST.finditer(text):
        end = _LIST_END.search(text, m.end())
        status = m.group("status")
        hits += _list_items(text, m.end(), end.start() if end else len(text), None, cfg.cell_stage[status], status,
                            "projects.status_count", cfg)
    return hits


def event_more_projects(text: str, headline: str, cfg: Cfg) -> list[Hit]:
    """同日开工的还有：总投资18.6亿元的A，…；B；…C和总投资3.9亿元的D。 on a page headlined …集中开工: A to D
    are projects of the event's stage (read last: another rule's reading of such a list wins)."""
    stages, _, event_more = _event_rules()
    event = _headline_event(headline, stages)
    if event is None or "还有" not in text:
        return []
    hits: list[Hit] = []
    for m in event_more.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        for s, e in _more_items(text, m.end(), end.start() if end else len(text)):
            s2, e2, name, _ = clean_item(text[s:e], cfg)
            if valid(name, name_core(name), cfg, True):
                hits.append((s + s2, s + e2, None, stages[event], event, "projects.event_list"))
    return hits


# the group a list belongs to, opening its paragraph: ①产业项目52个，总投资338.7亿元。主要有…
_GROUP_HEAD = regex.compile(r"(?:^|\n)[ \t\u3000]*(?:[①-⑳]|[一二三四五六七八九十]{1,2}[、是]|[（(][一二三四五六七八九十\d]{1,2}[)）])?"
                            r"[ \t\u3000]*(?P<cat>[\u4e00-\u9fff]{2,8}?)(?:类)?项目\s*\d+\s*个[^\n]*$")
_GROUP_HEAD_REACH = 80


@functools.cache
def _verbs_of(cfg: Cfg) -> tuple[str, ...]:
    return tuple(sorted(cfg.raw["intro_lines"]["verb_of"], key=len, reverse=True))


# (…开工的X项目选址城南新区: its 项目 ends the name; …建成投用的Y综合楼已开诊运行: so does 已)
_NAME_AFTER_DE = regex.compile(r"(?P<name>[^，,。；;、的已\s]{4,30}?)(?:(?P<marker>项目)|(?=[，,。；;已]))")
_NEGATIONS = ("无法", "不能", "未能", "尚未", "没有", "不")


_THRESHOLD_ENDS = ("以上", "以下")     # (新开工的亿元以上项目: a class of projects by their size)


def _holds_verb(name: str, cfg: Cfg) -> bool:
    """A stage verb inside a name, other than a works verb ending it (X整体迁建, Y扩建: part of the name)."""
    inside = cfg.verb_clause.search(name)
    return inside is not None and not (cfg.raw["verbs"]["by_part"].get(inside.group("verb"))
                                       and inside.start() + len(inside.group("verb")) == len(name))


def verb_of_projects(text: str, cfg: Cfg, layout: Layout) -> list[Hit]:
    """主会场开工的X项目，… / 今年新开工的Y项目，…: X and Y, of the verb's stage (not after 无法/尚未…)."""
    hits: list[Hit] = []
    verbs = _verbs_of(cfg)
    k = text.find("的")
    while k != -1:
        verb = next((v for v in verbs if text.endswith(v, 0, k)), None)
        m = _NAME_AFTER_DE.match(text, k + 1) if verb and not text.endswith(_NEGATIONS, 0, k - len(verb)) else None
        if m:
            s, e, name, _ = clean_item(m.group("name"), cfg)
            stage = stage_of(verb, cfg.pre, layout, k) or stage_of(verb, cfg.post, layout, k)
            if stage and (m.group("marker") or valid_facility(name, cfg)) and valid(name, name_core(name), cfg, True) \
                    and not _holds_verb(name, cfg) and not name.endswith(_THRESHOLD_ENDS):
                hits.append((m.start() + s, m.start() + e, None, stage, verb, "projects.verb_of"))
        k = text.find("的", k + 1)
    return hits


_AGREED = "协议投资"
_NAME_BEFORE_AGREED = regex.compile(r"(?:^|(?<=[，,。；;：:\n]))[ \t\u3000]*(?P<name>[^，,。；;：:、\s]{4,30}?)(?P<marker>项目)?$")


def agreed_projects(text: str, cfg: Cfg) -> list[Hit]:
    """X基地协议投资31.5亿元, opening its clause: a project signed for, not begun (planning)."""
    hits: list[Hit] = []
    k = text.find(_AGREED)
    while k != -1:
        clause_start = max(text.rfind(c, 0, k) for c in "，,。；;：:\n") + 1
        m = _NAME_BEFORE_AGREED.search(text, clause_start, k)
        if m is None and not text[clause_start:k].strip() and text[clause_start - 1:clause_start] in "，,":
            # 签约项目分别是：A项目，协议投资12亿元；B项目，…: the item named in the clause before
            item_start = max(text.rfind(c, 0, clause_start - 1) for c in "。；;：:\n") + 1
            m = _NAME_BEFORE_AGREED.search(text, item_start, clause_start - 1)
            m = m if m and m.group("marker") else None
        if m:
            s, e, name, _ = clean_item(m.group("name"), cfg)
            if (m.group("marker") or valid_facility(name, cfg)) and valid(name, name_core(name), cfg, True) \
                    and not _holds_verb(name, cfg):
                hits.append((m.start("name") + s, m.start("name") + e, None, "planning", _AGREED, "projects.agreed"))
        k = text.find(_AGREED, k + 1)
    return hits


# a project named with its figures (X项目总投资32.6亿元, Y项目全长38.6公里) or as a tour visits it (察看了X项目, 来到Y
# 电站施工现场); the words that stage it are in patterns/projects.toml [figured]
_FIGURED = regex.compile(r"(?:^|(?<=[，,。；;：:\n]))[ \t\u3000]*(?:在(?P<group>[^，,。；;\s]{2,12})[，,])?"
                         r"(?P<title>[^：:，,。；;、\s]{4,30}?)项目(?=(?:计划|估算)?总投资|全长)")
_VISITED = regex.compile(r"(?:察看了?|来到|考察了?|调研了?|走进)(?P<title>[^：:，,。；;、\s]{4,30}?)(?:项目)?"
                         r"(?=施工现场|建设现场|项目现场|[。，,])")
_FIGURED_REACH = 160
_PARAGRAPH_END = regex.compile(r"\n[ \t\u3000]*\n|(?<=[。！？])[ \t\u3000]*\n")


@functools.cache
def _figured_rules() -> tuple[regex.Pattern, dict[str, str], regex.Pattern]:
    raw = load("projects")["figured"]
    # (a word before 后 says what follows it: 建成后, 投产后)
    stage = regex.compile("|".join(f"(?P<{st}>{'|'.join(sorted(ws, key=len, reverse=True))})(?!后)"
                                   for st, ws in raw["stage_words"].items()))
    return stage, raw["group_stages"], regex.compile("|".join(raw["planned_clause"]))


def figured_projects(text: str, cfg: Cfg) -> list[Hit]:
    """X项目总投资…，一期已建成投用 / 察看了Y项目。该项目…今年4月开工建设: X and Y, of the stage said after them."""
    if "总投资" not in text and "全长" not in text:
        return []
    _, group_stages, _ = _figured_rules()
    found = sorted([*_FIGURED.finditer(text), *_VISITED.finditer(text)], key=lambda m: m.start("title"))
    hits: list[Hit] = []
    for i, m in enumerate(found):
        s, e, name, _ = clean_item(m.group("title"), cfg)
        if not (valid(name, name_core(name), cfg, True) and valid_facility(name, cfg)):
            continue
        group = m.group("group") if m.re is _FIGURED else None
        stage = next(((st, word) for word, st in group_stages.items() if group and word in group), None)
        if stage is None:
            stop = min(m.end() + _FIGURED_REACH, found[i + 1].start("title") if i + 1 < len(found) else len(text))
            paragraph_end = _PARAGRAPH_END.search(text, m.end(), stop)
            stage = _stage_said(text, m.end(), paragraph_end.start() if paragraph_end else stop)
        if stage:
            start = m.start("title") + s
            hits.append((start, start + len(name), None, stage[0], stage[1], "projects.figured"))
    return hits


def _stage_said(text: str, start: int, stop: int) -> tuple[str, str] | None:
    """(stage, verb) of the first stage verb between start and stop outside a clause that plans it."""
    stage_words, _, planned_clause = _figured_rules()
    for said in stage_words.finditer(text, start, stop):
        clause_start = max(text.rfind(c, start, said.start()) for c in "，,；;。") + 1
        if not planned_clause.search(text, max(clause_start, start), said.start()):
            return said.lastgroup, said.group()
    return None
