"""Named construction / investment projects (shared/spec/GUIDELINE.md, section `projects`).

A project mention is a name in a list governed by a stage verb. Rules, in order of priority:

- ``projects.box_list``: a numbered line of a 专栏 box of projects ('1．交通：开工A、B等项目；加快建设C
  等项目'): category = the sub-heading, every 、-item is a project (box of 前期 projects: planning).
- ``projects.breakdown``: a status count broken down by kind ('新开工项目41个，主要包括A、B等19个重大
  基础设施项目，C等13个重大产业园项目'): stage from the status word, category from each kind.
- ``projects.status_list``: a list headed by its status ('续建项目（12个）：A、B、C').
- ``projects.titled_item``: a numbered item whose title is a facility ('4﹒X公园（一期）：…进场施工').
- ``projects.progress``: progress of one facility ('X产业园建成标准厂房92万平方米'): ongoing.
- ``projects.post_verb``: a list closed by a stage verb ('A、B等项目建成投用', 'X有序推进').
- ``projects.pre_verb``: a list opened by a stage verb ('开工建设X', '推进A、B等项目建设').

Outside boxes a list counts when it carries a project marker (等N个项目, 项目, 等6所学校) or when every
item ends with a facility word (公路, 水库, 园, 中心, 学校…). Items that are quantities (游园8个),
sectors (交通、水利), programmes (…提升工程) or batches (一批…) are never projects. The
vocabulary lives in patterns/projects.toml.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from operator import itemgetter
from typing import Optional

from pydantic import TypeAdapter

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .layout import Layout
from .lexicon import load
from .models import Project

_PROJECTS = TypeAdapter(list[Project])

_SEP = "，,；;。：:！!？?\n"
_CLAUSE_SEP = regex.compile(r"[，,；;。：:！!？?\n]")
_SENT_SEP = regex.compile(r"[。！!？?\n]")
_INLINE_SEP = regex.compile(r"[，,；;。：:！!？?]")
# A hard-wrapped line (PDF text): long enough not to be a heading, unterminated, and followed by
# a line that does not open a new item.
_WRAP_MIN = 20
_LINE_END = "，,；;。：:！!？?"
_ITEM_START = regex.compile(
    r"\s*(?:[（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十]+、|[0-9０-９]+\s*[．.、﹒]|专栏)")
_OPEN = "（(【[「"
_CLOSE_BRACKET = regex.compile(r"(?:[（(][^（()）]{0,20}[）)])+$")
_QUOTES = "“”\"'‘’《》「」"
_QUOTES_AND_SPACE = _QUOTES + " "
_CLOSERS = ("）", ")")
_BLANKS = " \t\u3000\u00a0"
_UNITS = "个|所|条|座|家|处|项|户|栋|套|辆|万|亿|千|百|公里|米|平方米|亩|吨|人|元|%|％|千米|张|台|口"
_APPROX = "以上|以内|左右"
_QUANTITY_END = regex.compile(
    rf"\d(?<![A-Za-z]\d)[\d.]*\s*(?:[多余])?\s*(?:{_UNITS})*\s*(?:{_APPROX})?$"
)
# what a _QUANTITY_END match can end with besides a digit or a space
_QUANTITY_LAST = frozenset(".多余" + "".join(w[-1] for w in f"{_UNITS}|{_APPROX}".split("|")))
_TAIL = regex.compile(r"(?:共|合计|总计|面积|累计)\s*\d.*$")
_ITEM_MARKER = regex.compile(r"(?:等[^、]{0,10}?)?(?:建设)?项目$|等$")
_ITEM_MARKER_ENDS = ("项目", "等")   # what _ITEM_MARKER can end with: a cheap gate before the scan
_GENERIC_ENDS = ("工程", "建设")
_TRIMMED_ENDS = _ITEM_MARKER_ENDS + _GENERIC_ENDS
_BARE_MARKER_WIDTH = len("建设项目")
_CUT = regex.compile(r"项目(?=[和及与并])|并(?=[^、]{2,})")
_SPACE = regex.compile(r"\s+")
_JOINER = regex.compile("和")    # (与 joins the ends of one road: 'A与B连接线'; 及 a part: 'X水厂及配套管网')
_MARKUP = regex.compile(r"[{}\[\]<>=\"'|\\]")   # no name holds these
_MAX_ADVERBS = 3      # how many adverbs and time phrases a closing verb looks back over


def _alt(words) -> str:
    """A regex alternation of `words`, longest first, factored as a prefix trie (the re engine
    would otherwise try every word at every position)."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        for ch in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            alts.append(regex.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _depth(node: dict) -> int:
    return max((1 + _depth(v) for k, v in node.items() if k), default=0)


def _by_last(words) -> dict[str, tuple[str, ...]]:
    """`words` grouped by their last character. s.endswith(group.get(s[-1:], ())) tells the same
    as s.endswith(tuple(words)) and tries only the words that could fit."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[-1], []).append(w)
    return {last: tuple(ws) for last, ws in groups.items()}


def _width(words) -> int:
    return max(map(len, words))


@dataclass(frozen=True)
class _Verb:
    stage: Optional[str]        # None: stage depends on the part (see by_part)
    by_part: Optional[dict]


class _Cfg:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        v = raw["verbs"]
        self.pre: dict[str, _Verb] = {}
        self.post: dict[str, _Verb] = {}
        for stage, words in v["pre"].items():
            for w in words:
                self.pre[w] = _Verb(stage, None)
        for stage, words in v["post"].items():
            for w in words:
                self.post[w] = _Verb(stage, None)
        for w, parts in v["by_part"].items():
            self.pre[w] = _Verb(None, parts)
            if w in raw["words"]["post_by_part"]:
                self.post.setdefault(w, _Verb(None, parts))
        w = raw["words"]
        adv = _alt(w["adverbs"])
        self.pre_re = regex.compile(f"(?:{_alt(self.pre)})")
        # adverbs and time phrases may pile up before a closing verb ('将于年内开工建设')
        self.post_end = regex.compile(f"(?:{adv})*(?P<verb>{_alt(self.post)})\\s*$")
        self.post_split = regex.compile(f"(?:{adv})*(?P<verb>{_alt(self.post)})(?=、)")
        verbs = list(self.pre) + list(self.post)
        assert not any(c in _SEP for v in verbs for c in v), "a stage verb holds a clause separator"
        # a stage verb and the rest of its clause
        self.verb_clause = regex.compile(f"(?P<verb>{_alt(verbs)})[^{_SEP}]*")
        self.lead = regex.compile(f"(?:\\s|{_alt(w['lead_words'])})+")
        self.outline = regex.compile(f"\\s*(?:{w['outline_number']})\\s*")
        self.frame = regex.compile(f"(?:{_alt(w['frames'])})$")
        # every match of post_end, post_split and frame ends with one of these
        self.post_words = _by_last(self.post)
        self.frames = tuple(w["frames"])
        cw = _alt(w["class_words"])
        # 等, 等N个 or (after a non-digit) N个, then the class word. The pattern opens with a
        # character class so that a search skips straight to where a marker can begin.
        self.class_marker = regex.compile(
            r"[等\d](?:(?<=等)\s*(?:\d+\s*[个所条座家处项批])?|(?<=[^\d、]\d)\d*\s*[个所条座家处项批])"
            f"(?P<mid>[^、等]{{0,14}}?)(?P<cw>{cw})$"
        )
        self.bare_marker = regex.compile(r"(?:建设)?项目$")   # at most _BARE_MARKER_WIDTH long
        self.loose_marker = regex.compile(r"等(?:\s*\d+\s*[个所条座家处项批])?[^、]{0,14}$|等$")
        self.location_marker = regex.compile(_alt(w["location_class_markers"]))
        # a $-anchored search finds the leftmost start, i.e. the longest suffix
        self.suffix_re = regex.compile(f"(?:{_alt(w['facility_suffixes'])})$")
        self.non_suffix_re = regex.compile(f"(?:{_alt(w['non_facility_suffixes'])})$")
        # The re engine tries a $-anchored pattern at every position of its string: tests below
        # rule most strings out first, and widths let a search start where a match can begin.
        self.suffixes = _by_last(w["facility_suffixes"])
        self.suffix_width = _width(w["facility_suffixes"])
        self.non_suffixes = _by_last(w["non_facility_suffixes"])
        self.non_suffix_width = _width(w["non_facility_suffixes"])
        self.post_width = _MAX_ADVERBS * _width(w["adverbs"]) + _width(self.post)
        self.frame_width = _width(w["frames"])
        self.class_words = _by_last(w["class_words"])
        # a name counts when it ends with a facility suffix, its list with a class word, or either
        # with 项目 (a bare 等 marks nothing): a clause with none of these yields nothing
        self.project_hint = regex.compile(
            _alt([*w["facility_suffixes"], *w["class_words"], *w["works_endings"], "项目"]))
        self.suffix_words = frozenset(w["facility_suffixes"])
        self.works_endings = _by_last(w["works_endings"])
        self.place_endings = tuple(w["place_endings"])
        self.abstract = _by_last(w["abstract_endings"])
        self.generic = frozenset(w["generic_names"])
        self.bad_leads = tuple(w["bad_leads"])
        self.part_leads = tuple(w["part_leads"])
        self.name_frame_verbs = frozenset(w["name_frame_verbs"])
        self.name_min, self.name_max = w["name_chars"]
        # a number opens a count ('3所学校'), unless it numbers a route ('104国道')
        self.count_lead = regex.compile(
            f"^(?:\\d(?!\\d*(?:{_alt(w['numbered_routes'])}))|[一二三四五六七八九十两几百千万]+\\s*[个所条座家处批项])")
        b = raw["box"]
        self.box_heading = regex.compile(b["heading"])
        self.box_title_words = tuple(b["title_words"])
        self.box_planning_words = tuple(b["planning_title_words"])
        self.numbered = regex.compile(b["numbered_line"])
        self.category_strip = regex.compile(b["category_strip"])
        self.known_categories = tuple(b["known_categories"])
        self.inline_heading = regex.compile(b["inline_heading"].format(categories=_alt(self.known_categories)))
        bd = raw["breakdown"]
        self.bd_status = regex.compile(bd["status"])
        self.bd_opener = regex.compile(bd["opener"])
        self.bd_group = regex.compile(bd["group"])
        self.bd_stage = bd["status_stage"]
        # the status rules yield only where their status is one of these
        self.known_status = regex.compile(_alt(self.bd_stage))
        self.status_heading = regex.compile(bd["status_heading"])
        t = raw["titled_item"]
        self.titled = regex.compile(t["line"])
        self.programme_leads = tuple(t["programme_leads"])
        self.progress = regex.compile(raw["progress"]["pattern"])
        self.progress_stage = raw["progress"]["stage"]


@functools.cache
def _cfg() -> _Cfg:
    return _Cfg(load("projects"))


# --------------------------------------------------------------------------- helpers

def _core(name: str) -> str:
    """The name without trailing phase brackets and quotes, for suffix checks."""
    core = name.strip(_QUOTES_AND_SPACE)
    if "\n" in core:     # a hard-wrapped name
        core = _SPACE.sub("", core)
    while core.endswith(_CLOSERS):
        stripped = _CLOSE_BRACKET.sub("", core).rstrip(_QUOTES_AND_SPACE)
        if stripped == core:
            break
        core = stripped
    return core


def _is_facility(name: str, cfg: _Cfg) -> bool:
    return _is_facility_core(_core(name), cfg)


def _is_facility_core(core: str, cfg: _Cfg) -> bool:
    return _has_facility_suffix(core, cfg) or _is_works_on_facility(core, cfg)


def _has_facility_suffix(core: str, cfg: _Cfg) -> bool:
    if not core.endswith(cfg.suffixes.get(core[-1:], ())):
        return False
    if not core.endswith(cfg.non_suffixes.get(core[-1:], ())):
        return True
    pos = cfg.suffix_re.search(core, max(0, len(core) - cfg.suffix_width))
    neg = cfg.non_suffix_re.search(core, max(0, len(core) - cfg.non_suffix_width))
    # a longer positive suffix still wins (农贸市场 over 市场)
    return pos.start() < neg.start()


def _is_works_on_facility(core: str, cfg: _Cfg) -> bool:
    """'X国道Y段改建', 'X河综合治理': works on a named facility or place (not '老旧小区改造')."""
    for ending in cfg.works_endings.get(core[-1:], ()):
        if core.endswith(ending):
            rest = core[:-len(ending)]
            # three characters at least: a bare '河湖综合治理' names no place
            if len(rest) >= 3 and (rest.endswith(cfg.place_endings) or _is_facility_core(rest, cfg)):
                return True
    return False


def _ends_with_quantity(s: str) -> bool:
    """Whether `s` ends with a quantity ('游园8个'). The search is slow where digits are not
    at the end (the engine backtracks from each one), so the last character is checked first."""
    last = s[-1:]
    return ((last in _QUANTITY_LAST or last.isdecimal() or last.isspace())
            and _QUANTITY_END.search(s) is not None)


def _valid(name: str, core: str, cfg: _Cfg) -> bool:
    """Whether `name` (whose _core is `core`) can name a project at all."""
    if len(name) < 2:
        return False
    if cfg.count_lead.match(name) or name.startswith(cfg.bad_leads) or "的" in name:
        return False
    if _ends_with_quantity(name):
        return False
    if core in cfg.generic or name in cfg.generic or core in cfg.suffix_words:
        return False      # a kind of thing ('工程', '公路'), not a name
    # a programme: '…一体化工程', '…振兴工程'
    stem = core[:-2] if core.endswith("工程") else core
    return not stem.endswith(cfg.abstract.get(stem[-1:], ()))


def _valid_facility(name: str, cfg: _Cfg) -> bool:
    core = _core(name)
    return _valid(name, core, cfg) and _is_facility_core(core, cfg)


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    if s < e and text[s] not in _BLANKS and text[e - 1] not in _BLANKS:
        return s, e
    while s < e and text[s] in _BLANKS:
        s += 1
    while e > s and text[e - 1] in _BLANKS:
        e -= 1
    return s, e


# A hit is a mention found by a rule, before overlaps are resolved:
# (start, end, category, stage, stage_text, rule)
_Hit = tuple[int, int, Optional[str], str, str, str]


def _stage_of(verb: str, table: dict[str, _Verb], layout: Layout, pos: int) -> Optional[str]:
    """The stage `verb` (looked up in `table`) gives a mention at `pos`."""
    v = table.get(verb)
    if v is None:
        return None
    if v.stage is not None:
        return v.stage
    return v.by_part.get("plan" if layout.part_at(pos) == "plan" else "review")


# --------------------------------------------------------------------------- list parsing

def _clean_item(item: str, cfg: _Cfg) -> tuple[int, int, str, bool]:
    """Trim blanks and markers from one 、-item: (start, end, name, had_project_marker), where
    name is item[start:end]."""
    if (item and item[0] not in _BLANKS and item[-1] not in _BLANKS and "项目" not in item
            and not item.endswith(_TRIMMED_ENDS)):
        return 0, len(item), item, False      # nothing to trim
    name = item.lstrip(_BLANKS)
    s = len(item) - len(name)
    name = name.rstrip(_BLANKS)
    marked = False
    if name.endswith(_ITEM_MARKER_ENDS):
        m = _ITEM_MARKER.search(name)
        if m and m.start() > 0:
            marked = m.group(0) != "等"
            name = name[:m.start()]
    # '安置房项目X家园': a kind label before the name
    k = name.find("项目")
    if 0 < k <= 8 and k + 2 < len(name) and name[k + 2] not in "”\"" and _is_facility(name[k + 2:], cfg):
        s += k + 2
        name = name[k + 2:]
    # '…中心（二期）工程', '…示范区建设': a facility plus a generic word. A 工程 right after a
    # facility is part of the name ('X水利枢纽工程', 'X电厂一期工程'); after a bracketed phase it is not.
    if name.endswith(_GENERIC_ENDS):
        for generic in _GENERIC_ENDS:
            if name.endswith(generic):
                rest = name[:-len(generic)]
                if generic == "工程" and not rest.endswith(_CLOSERS):
                    continue
                # (works keep their 工程: 'X机场扩建工程')
                if _has_facility_suffix(_core(rest), cfg) or (generic == "建设" and _core(rest).endswith("区")):
                    name = rest
                    break
    return s, s + len(name), name, marked


def _cut_loose_marker(body: str, cfg: _Cfg) -> str:
    """The list without a closing 等… ('A、B等工作')."""
    m = cfg.loose_marker.search(body) if "等" in body else None
    return body[:m.start()] if m and m.start() > 0 else body


def _parse_list(text: str, bs: int, be: int, cfg: _Cfg, *, box: bool, strict: bool,
                name_frame: bool = False) -> list[tuple[int, int]]:
    """Names of the list text[bs:be] (verbs and frames already removed). In a `name_frame` (a list
    after 开工建设, 续建…), items that look like names count beside at least one facility."""
    body = text[bs:be].lstrip(_BLANKS)
    bs = be - len(body)
    body = body.rstrip(_BLANKS)
    if not body:
        return []
    # cut an appended clause ('X并免费向公众开放', 'X项目和Y调查')
    m = _CUT.search(body)
    if m and m.start() > 0:
        body = body[:m.start() + (2 if m.group(0) == "项目" else 0)]
    m = _TAIL.search(body)
    if m and m.start() > 0:
        body = body[:m.start()]
    if _ends_with_quantity(body):
        return []
    route_marker = box
    m = cfg.class_marker.search(body) if body.endswith(cfg.class_words.get(body[-1], ())) else None
    if m:
        # a class of places where work is done is no project marker
        route_marker = box if cfg.location_marker.search(m.group("mid")) else True
        body = body[:m.start()]
    elif body.endswith("项目"):
        m = cfg.bare_marker.search(body, max(0, len(body) - _BARE_MARKER_WIDTH))
        if m.start() > 0:
            route_marker = True
            body = body[:m.start()]
        else:
            body = _cut_loose_marker(body, cfg)
    else:
        body = _cut_loose_marker(body, cfg)
    if strict:
        route_marker = False
    items = body.split("、")
    first = items[0].strip()
    if first.startswith(cfg.bad_leads) or cfg.count_lead.match(first):
        return []          # '一批…、…的重大项目': a batch, not a list of names
    names: list[tuple[int, int]] = []
    facilities = 0
    item_start = bs
    for item in items:
        for offset, part in _split_joined(item, cfg):
            s, e, name, marked = _clean_item(part, cfg)
            core = _core(name)
            if _valid(name, core, cfg) and (route_marker or marked or _is_facility_core(core, cfg)):
                facilities += 1
            elif not (route_marker or box or (name_frame and _looks_like_name(name, core, cfg))):
                return []      # a bare list counts only when every item is a facility
            elif route_marker or box:
                continue
            names.append((item_start + offset + s, item_start + offset + e))
        item_start += len(item) + 1
    return names if facilities or route_marker or box else []


def _looks_like_name(name: str, core: str, cfg: _Cfg) -> bool:
    """Whether an item that ends with no facility word can still name a build ('X动力电池' after
    开工建设): a valid name of a few characters, with no verb in it and no ending of works, of a
    programme or of something that only looks like a facility."""
    if not (cfg.name_min <= len(core) <= cfg.name_max) or not _valid(name, core, cfg):
        return False
    if cfg.verb_clause.search(core) or cfg.location_marker.search(core) or _MARKUP.search(core):
        return False
    return not (core.endswith(cfg.non_suffixes.get(core[-1:], ()))
                or core.endswith(cfg.works_endings.get(core[-1:], ())))


def _split_joined(item: str, cfg: _Cfg) -> list[tuple[int, str]]:
    """An item of two facilities joined by 和 ('X中学教学楼和Y医院住院部综合楼') as two items:
    [(offset in item, part)]. Anything else ('X和平路', 'X水厂和配套管网') stays one item."""
    m = _JOINER.search(item) if len(item) >= 6 else None
    if m is None:
        return [(0, item)]
    left, right = item[:m.start()], item[m.end():]
    if any(w in right for w in cfg.part_leads):
        return [(0, item)]     # ('X厂和Y厂配套管网': the network of both)
    if _valid_facility(left, cfg) and _valid_facility(_clean_item(right, cfg)[2], cfg):
        return [(0, left), (m.end(), right)]
    return [(0, item)]


# --------------------------------------------------------------------------- clause rules

def _clause(text: str, cs: int, ce: int, cfg: _Cfg, layout: Layout, out: list[_Hit], *,
            box: bool, category: Optional[str], planning: bool) -> None:
    cs, ce = _trim_span(text, cs, ce)
    if ce - cs < 2:
        return
    part_pos = cs        # where the clause's part of the report is looked up
    # an outline number opens a heading ('（二）重点项目扎实推进'); one before a colon opens an
    # item's title ('6﹒实施X改造项目：'), which is no list
    outline = cfg.outline.match(text, cs, ce)
    if outline and text[ce:ce + 1] not in "：:":
        cs = outline.end()
    lead = cfg.lead.match(text, cs, ce)
    if lead:
        cs = lead.end()
    if not box and (text.find("建成", cs, ce) >= 0 or text.find("完成", cs, ce) >= 0):
        m = cfg.progress.match(text, cs, ce)
        if m and _valid_facility(m.group("subj"), cfg):
            s, e, _, _ = _clean_item(m.group("subj"), cfg)
            subj = m.start("subj")
            out.append((subj + s, subj + e, category, cfg.progress_stage,
                        m.group("verb") + m.group("obj").strip(), "projects.progress"))
            return
    # sub-clauses closed by a verb inside a 、-chain: 'A等项目开工建设、B等项目尽早投产'
    subs = [(cs, ce)]
    if _verb_closes_item(text, cs, ce, cfg):
        subs.clear()
        pos = cs
        for m in cfg.post_split.finditer(text, cs, ce):
            subs.append((pos, m.end()))
            pos = m.end() + 1
        subs.append((pos, ce))
    carry: Optional[tuple[str, str]] = None
    for i, (ss, se) in enumerate(subs):
        if i:     # (the first one starts where the clause's blanks and lead words end)
            ss, se = _trim_span(text, ss, se)
            lead = cfg.lead.match(text, ss, se)
            if lead:
                ss = lead.end()
        carry = _subclause(text, ss, se, cfg, layout, part_pos, out, box, category, planning, carry)


def _verb_closes_item(text: str, cs: int, ce: int, cfg: _Cfg) -> bool:
    """Whether a 、 in text[cs:ce] follows a post verb: a cheap test for a cfg.post_split match."""
    k = text.find("、", cs, ce)
    while k >= 0:
        if k > cs and text.endswith(cfg.post_words.get(text[k - 1], ()), cs, k):
            return True
        k = text.find("、", k + 1, ce)
    return False


def _subclause(text, ss, se, cfg: _Cfg, layout, part_pos, out, box, category, planning, carry):
    """One list and its verbs: text[ss:se], trimmed and past its lead words."""
    if se - ss < 2:
        return carry
    pre = cfg.pre_re.match(text, ss, se)
    body_s = pre.end() if pre else ss
    body_e = se
    end = se
    while end > body_s and text[end - 1].isspace():   # as \s sees it
        end -= 1
    post = None
    if end > body_s and text.endswith(cfg.post_words.get(text[end - 1], ()), body_s, end):
        post = cfg.post_end.search(text, max(body_s, end - cfg.post_width), se)
        if post and post.start() <= body_s:
            post = None
    stage = stage_text = None
    rule = None
    if post:
        body_e = post.start()
        inner = _planning_before(text, body_s, body_e, cfg)
        if inner:         # 'X前期工作有序推进': the work under way is the planning
            post, body_e = inner, inner.start()
        verb = post.group("verb")
        stage, stage_text, rule = _stage_of(verb, cfg.post, layout, part_pos), verb, "projects.post_verb"
    elif text.endswith(cfg.frames, body_s, se):
        fm = cfg.frame.search(text, max(body_s, se - cfg.frame_width), se)
        if fm and fm.start() > body_s:
            body_e = fm.start()
    if stage is None and pre:
        verb = pre.group(0)
        stage, stage_text, rule = _stage_of(verb, cfg.pre, layout, part_pos), verb, "projects.pre_verb"
    if stage is None and not box:
        return _inner_verb(text, ss, se, body_e, cfg, layout, part_pos, out, category, carry)
    if stage is None:
        if box and carry:
            stage, stage_text = carry
        elif box and planning:
            stage, stage_text = "planning", "前期工作"
        else:
            return carry
    if planning:
        stage = "planning"
    rule = "projects.box_list" if box else rule
    name_frame = post is None and pre is not None and pre.group(0) in cfg.name_frame_verbs
    for s, e in _parse_list(text, body_s, body_e, cfg, box=box, strict=False, name_frame=name_frame):
        out.append((s, e, category, stage, stage_text, rule))
    return (stage, stage_text)


def _planning_before(text: str, body_s: int, body_e: int, cfg: _Cfg) -> Optional[regex.Match]:
    """A planning post verb closing text[body_s:body_e], itself followed by another post verb."""
    if body_e <= body_s or not text.endswith(cfg.post_words.get(text[body_e - 1], ()), body_s, body_e):
        return None
    m = cfg.post_end.search(text, max(body_s, body_e - cfg.post_width), body_e)
    if m and m.start() > body_s and cfg.post[m.group("verb")].stage == "planning":
        return m
    return None


def _inner_verb(text, ss, se, body_e, cfg: _Cfg, layout, part_pos, out, category, carry):
    """A verb inside the clause: '全面启动X', '园区建成X基地' -- facilities only."""
    for m in cfg.pre_re.finditer(text, ss + 1, se):
        end = body_e if body_e > m.end() else se
        if text.find("等", m.end(), end) < 0 and not _is_facility(text[m.end():end], cfg):
            continue   # the list's last item must be a facility
        names = _parse_list(text, m.end(), end, cfg, box=False, strict=True)
        if names:
            verb = m.group(0)
            st = _stage_of(verb, cfg.pre, layout, part_pos)
            if st:
                for s, e in names:
                    out.append((s, e, category, st, verb, "projects.pre_verb"))
            return (st, verb)
    return carry


def _clauses(text: str, s: int, e: int, verbs: _Leftmost, reversed_text: str, cfg: _Cfg,
             layout: Layout, out: list[_Hit], *, box: bool = False, category: Optional[str] = None,
             planning: bool = False, wrap_back: Optional[int] = None, wrap_on: Optional[int] = None) -> None:
    """Run `_clause` on each clause of the line part text[s:e] that holds a stage verb and,
    outside boxes (where every item counts), a facility word or a project marker. A clause at
    the start of the part may begin on the previous line from `wrap_back` on, one at its end
    may go on up to `wrap_on` (hard-wrapped lines)."""
    n = len(text)
    hint = cfg.project_hint.search
    m = verbs.at_or_after(s)
    while m is not None and m.start() < e:
        # the clause runs back from the verb to the previous separator (found as the next one
        # in the reversed text) and on to the end of the match
        before = _CLAUSE_SEP.search(reversed_text, n - m.start(), n - s)
        cs = n - before.start() if before else s
        if before is None and wrap_back is not None and m.start() > s:
            before = _INLINE_SEP.search(reversed_text, n - m.start(), n - wrap_back)
            cs = n - before.start() if before else wrap_back
        ce = m.end()
        if ce == e and wrap_on is not None:
            after = _INLINE_SEP.search(text, e + 1, wrap_on)
            ce = after.start() if after else wrap_on
        if box or hint(text, cs, ce):
            _clause(text, cs, ce, cfg, layout, out, box=box, category=category, planning=planning)
        if ce >= e:
            break
        m = verbs.at_or_after(ce)


def _wrapped(text: str, ls: int, le: int) -> bool:
    """Whether the line text[ls:le] is hard-wrapped into the next one."""
    line = text[ls:le].rstrip()
    if len(line.lstrip()) < _WRAP_MIN or line[-1] in _LINE_END or le >= len(text):
        return False
    ne = text.find("\n", le + 1)
    nxt = text[le + 1:ne if ne >= 0 else len(text)]
    return bool(nxt.strip()) and not _ITEM_START.match(nxt)


def _wrap_bounds(text: str, ls: int, le: int) -> tuple[Optional[int], Optional[int]]:
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


def _breakdown(text: str, s: int, e: int, cfg: _Cfg, out: list[_Hit]) -> None:
    for st in cfg.bd_status.finditer(text, s, e):
        op = cfg.bd_opener.search(text, st.end(), e)
        if not op:
            continue
        # the opener must belong to the same stretch (no other status count between)
        nxt = cfg.bd_status.search(text, st.end(), op.start())
        if nxt:
            continue
        status = st.group("status")
        stage = cfg.bd_stage.get(status)
        if not stage:
            continue
        pos = op.end()
        while True:
            g = cfg.bd_group.match(text, pos, e)
            if not g:
                break
            cat = g.group("cat").strip() or None
            names = _parse_list(text, g.start("items"), g.end("items"), cfg, box=True, strict=False)
            for ns, ne in names:
                out.append((ns, ne, cat, stage, status, "projects.breakdown"))
            pos = g.end()
            if pos < e and text[pos] in "，,、":
                pos += 1
            else:
                break


def _status_lists(text: str, s: int, e: int, cfg: _Cfg, out: list[_Hit]) -> None:
    """'续建项目（12个）：A、B、C；新开工项目：D、E。' -- each list up to its ；/。"""
    for h in cfg.status_heading.finditer(text, s, e):
        stage = cfg.bd_stage.get(h.group("status"))
        if not stage:
            continue
        end = h.end()
        while end < e and text[end] not in "；;。\n":
            end += 1
        for ns, ne in _parse_list(text, h.end(), end, cfg, box=True, strict=False):
            out.append((ns, ne, None, stage, h.group("status"), "projects.status_list"))


# --------------------------------------------------------------------------- driver

class _Leftmost:
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


def _box_category(raw: str, cfg: _Cfg) -> str:
    cat = _SPACE.sub("", raw)
    stripped = cfg.category_strip.sub("", cat)
    return stripped or cat


def find_projects(text: str, layout: Layout) -> list[Project]:
    cfg = _cfg()
    reversed_text = text[::-1]
    # Verb clauses never cross a line end, so one scan of the whole text finds them line by
    # line; another finds the lines where the status rules could yield something.
    verbs = _Leftmost(cfg.verb_clause, text)
    statuses = _Leftmost(cfg.known_status, text)
    hits: list[_Hit] = []
    in_box = False
    box_planning = False
    le = -1
    for line in text.split("\n"):
        ls = le + 1
        le = ls + len(line)
        if not line or line.isspace():
            continue
        hb = cfg.box_heading.match(line)
        if hb:
            title = hb.group("title")
            in_box = any(w in title for w in cfg.box_title_words)
            box_planning = in_box and any(w in title for w in cfg.box_planning_words)
            continue
        has_verb = verbs.starts_within(ls, le)
        has_status = statuses.starts_within(ls, le)
        if not (has_verb or has_status or in_box):
            continue     # no rule can fire, and there is no box to close
        num = cfg.numbered.match(line)
        if num:
            cat_raw = num.group("cat")
            is_box = in_box or (
                any(c in cat_raw for c in cfg.known_categories) and "项目" in line[num.end():]
                and len(cat_raw) <= 12
            )
            if is_box:
                if has_verb:
                    _clauses(text, ls + num.end(), le, verbs, reversed_text, cfg, layout, hits, box=True,
                             category=_box_category(cat_raw, cfg), planning=box_planning and in_box)
                continue
        # an unnumbered sector line of a box ('交通：开工A；建成B。推进C前期工作。') keeps the box open,
        # and its sector holds to the line end
        sector_line = in_box and num is None and cfg.inline_heading.match(text, ls, le) is not None
        if not sector_line:
            in_box = False
            box_planning = False
        if has_verb:
            _titled_item(text, line, ls, le, verbs, cfg, layout, hits)
        # both patterns are unanchored, so one that matches in no sentence fails on the whole line
        if has_status and (cfg.bd_status.search(text, ls, le) or cfg.status_heading.search(text, ls, le)):
            for ss, se in _sentences(text, ls, le):
                _breakdown(text, ss, se, cfg, hits)
                _status_lists(text, ss, se, cfg, hits)
        if has_verb:
            back, on = _wrap_bounds(text, ls, le)
            for ps, pe, category in _category_parts(text, line, ls, le, cfg, whole_line=sector_line):
                _clauses(text, ps, pe, verbs, reversed_text, cfg, layout, hits, category=category,
                         wrap_back=back if ps == ls else None, wrap_on=on if pe == le else None)
    return _finish(text, hits, layout)


def _category_parts(text: str, line: str, ls: int, le: int, cfg: _Cfg,
                    whole_line: bool = False) -> list[tuple[int, int, Optional[str]]]:
    """The line text[ls:le] cut at its sector headings ('交通：…；水利项目：…'): (start, end, category).
    A heading's sector holds to the end of its sentence, or to the next heading on a `whole_line`."""
    if "：" not in line and ":" not in line:
        return [(ls, le, None)]
    parts: list[tuple[int, int, Optional[str]]] = []
    pos, category = ls, None
    for h in cfg.inline_heading.finditer(text, ls, le):
        parts += _under_category(text, pos, h.start(), category, whole_line)
        pos, category = h.end(), h.group("cat")
    parts += _under_category(text, pos, le, category, whole_line)
    return parts


def _under_category(text: str, s: int, e: int, category: Optional[str],
                    whole_line: bool = False) -> list[tuple[int, int, Optional[str]]]:
    """text[s:e] under `category`, which holds up to the end of its sentence (of text[s:e] if `whole_line`)."""
    m = _SENT_SEP.search(text, s, e) if category and not whole_line else None
    if m is None:
        return [(s, e, category)]
    return [(s, m.end(), category), (m.end(), e, None)]


def _titled_item(text: str, line: str, ls: int, le: int, verbs: _Leftmost, cfg: _Cfg, layout: Layout,
                 out: list[_Hit]) -> None:
    """'4﹒X公园（一期）：…进场施工': a numbered line titled by a facility, staged by its first verb."""
    t = cfg.titled.match(line)
    if not t:
        return
    ts, te = _trim_span(text, ls + t.start("title"), ls + t.end("title"))
    title = text[ts:te]
    if title.startswith(cfg.programme_leads) or not _valid_facility(title, cfg) or _is_programme_title(title, cfg):
        return
    vm = verbs.at_or_after(ls + t.start("rest"))
    if vm is not None and vm.start() < le:
        verb = vm.group("verb")
        st = _stage_of(verb, cfg.post, layout, ts) or _stage_of(verb, cfg.pre, layout, ts)
        if st:
            out.append((ts, te, None, st, verb, "projects.titled_item"))


def _is_programme_title(title: str, cfg: _Cfg) -> bool:
    """'2．健康城市工程：建成…': a 工程 heading names a programme unless it names what is built."""
    core = _core(title)
    return core.endswith("工程") and not _is_facility_core(core[:-2], cfg)


def _sentences(text: str, s: int, e: int):
    pos = s
    for m in _SENT_SEP.finditer(text, s, e):
        yield pos, m.end()
        pos = m.end()
    if pos < e:
        yield pos, e


def _finish(text: str, hits: list[_Hit], layout: Layout) -> list[Project]:
    taken = bytearray(len(text) + 1)
    kept: list[_Hit] = []
    for hit in hits:
        s, e = hit[0], hit[1]
        if e <= s or taken.find(1, s, e) >= 0:
            continue          # first rule wins on overlapping mentions
        taken[s:e] = b"\x01" * (e - s)
        kept.append(hit)
    kept.sort(key=itemgetter(0))
    # the context is the same up to the next boundary: ask the layout once per part
    starts = [b[0] for b in layout.boundaries]
    part_end = -1     # (no part yet)
    records = []
    for s, e, category, stage, stage_text, rule in kept:
        if s >= part_end:
            i = bisect.bisect_right(starts, s)
            part_end = starts[i] if i < len(starts) else len(text) + 1
            ctx = layout.context_at(s)
        name = text[s:e]
        records.append({
            "name": "".join(name.split()), "category": category, "stage": stage,
            "stage_text": stage_text, "year": ctx.year, "kind": ctx.kind,
            "span": (s, e), "text": name, "rule": rule})
    return _PROJECTS.validate_python(records)

