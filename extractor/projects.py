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
from typing import Optional

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .layout import Layout
from .lexicon import load
from .models import Project

_SEP = "，,；;。：:！!？?\n"
_CLAUSE_SEP = regex.compile(r"[，,；;。：:！!？?\n]")
_SENT_SEP = regex.compile(r"[。！!？?\n]")
_OPEN = "（(【[「"
_CLOSE_BRACKET = regex.compile(r"(?:[（(][^（()）]{0,20}[）)])+$")
_QUOTES = "“”\"'‘’《》「」"
_QUANTITY_END = regex.compile(
    r"\d(?<![A-Za-z]\d)[\d.]*\s*(?:[多余])?\s*"
    r"(?:个|所|条|座|家|处|项|户|栋|套|辆|万|亿|千|百|公里|米|平方米|亩|吨|人|元|%|％|千米|张|台|口)*"
    r"\s*(?:以上|以内|左右)?$"
)
_COUNT_LEAD = regex.compile(r"^(?:\d|[一二三四五六七八九十两几百千万]+\s*[个所条座家处批项])")
_LEAD_DIGIT = regex.compile(r"^\d")
_TAIL = regex.compile(r"(?:共|合计|总计|面积|累计)\s*\d.*$")
_ITEM_MARKER = regex.compile(r"(?:等[^、]{0,10}?)?(?:建设)?项目$|等$")
_ITEM_MARKER_ENDS = ("项目", "等")   # what _ITEM_MARKER can end with: a cheap gate before the scan
_GENERIC_ENDS = ("工程", "建设")
_BARE_MARKER_WIDTH = len("建设项目")
_CUT = regex.compile(r"项目(?=[和及与并])|并(?=[^、]{2,})")
_SPACE = regex.compile(r"\s+")


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
        self.post_end = regex.compile(f"(?:{adv})?(?P<verb>{_alt(self.post)})\\s*$")
        self.post_split = regex.compile(f"(?:{adv})?(?P<verb>{_alt(self.post)})(?=、)")
        self.any_verb = regex.compile(f"(?:{_alt(list(self.pre) + list(self.post))})")
        self.lead = regex.compile(f"(?:\\s|{_alt(w['lead_words'])})+")
        self.frame = regex.compile(f"(?:{_alt(w['frames'])})$")
        cw = _alt(w["class_words"])
        self.class_marker = regex.compile(
            r"(?:等\s*(?:\d+\s*[个所条座家处项批])?|(?<=[^\d、])\d+\s*[个所条座家处项批])"
            f"(?P<mid>[^、等]{{0,14}}?)(?P<cw>{cw})$"
        )
        self.bare_marker = regex.compile(r"(?:建设)?项目$")   # at most _BARE_MARKER_WIDTH long
        self.loose_marker = regex.compile(r"等(?:\s*\d+\s*[个所条座家处项批])?[^、]{0,14}$|等$")
        self.location_markers = tuple(w["location_class_markers"])
        # a $-anchored search finds the leftmost start, i.e. the longest suffix
        self.suffix_re = regex.compile(f"(?:{_alt(w['facility_suffixes'])})$")
        self.non_suffix_re = regex.compile(f"(?:{_alt(w['non_facility_suffixes'])})$")
        # The re engine tries a $-anchored pattern at every position of its string: tests below
        # rule most strings out first, and widths let a search start where a match can begin.
        self.suffixes = tuple(w["facility_suffixes"])
        self.suffix_width = _width(w["facility_suffixes"])
        self.non_suffixes = tuple(w["non_facility_suffixes"])
        self.non_suffix_width = _width(w["non_facility_suffixes"])
        self.post_width = _width(w["adverbs"]) + _width(self.post)
        self.frame_width = _width(w["frames"])
        self.class_words = tuple(w["class_words"])
        # a name counts when it ends with a facility suffix, its list with a class word, or either
        # with 项目 (a bare 等 marks nothing): a clause with none of these yields nothing
        self.project_hint = regex.compile(
            _alt([*w["facility_suffixes"], *w["class_words"], "项目"]))
        self.abstract = tuple(w["abstract_endings"])
        self.generic = frozenset(w["generic_names"])
        self.bad_leads = tuple(w["bad_leads"])
        b = raw["box"]
        self.box_heading = regex.compile(b["heading"])
        self.box_title_words = tuple(b["title_words"])
        self.box_planning_words = tuple(b["planning_title_words"])
        self.numbered = regex.compile(b["numbered_line"])
        self.category_strip = regex.compile(b["category_strip"])
        self.known_categories = tuple(b["known_categories"])
        bd = raw["breakdown"]
        self.bd_status = regex.compile(bd["status"])
        self.bd_opener = regex.compile(bd["opener"])
        self.bd_group = regex.compile(bd["group"])
        self.bd_stage = bd["status_stage"]
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
    core = name.strip(_QUOTES + " ")
    while core.endswith(("）", ")")):
        stripped = _CLOSE_BRACKET.sub("", core).rstrip(_QUOTES + " ")
        if stripped == core:
            break
        core = stripped
    return core


def _is_facility(name: str, cfg: _Cfg) -> bool:
    core = _core(name)
    if not core.endswith(cfg.suffixes):
        return False
    if not core.endswith(cfg.non_suffixes):
        return True
    pos = cfg.suffix_re.search(core, max(0, len(core) - cfg.suffix_width))
    neg = cfg.non_suffix_re.search(core, max(0, len(core) - cfg.non_suffix_width))
    # a longer positive suffix still wins (农贸市场 over 市场)
    return pos.start() < neg.start()


def _valid(name: str, cfg: _Cfg) -> bool:
    if len(name) < 2:
        return False
    if _COUNT_LEAD.match(name) or name.startswith(cfg.bad_leads) or "的" in name:
        return False
    if _QUANTITY_END.search(name):
        return False
    core = _core(name)
    if core in cfg.generic or name in cfg.generic:
        return False
    if core.endswith(cfg.abstract):
        return False
    return True


def _rstrip_at(text: str, s: int, e: int) -> int:
    """End of text[s:e] without trailing whitespace (as the re module's \\s sees it)."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u3000\u00a0":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\u00a0":
        e -= 1
    return s, e


@dataclass
class _Hit:
    start: int
    end: int
    category: Optional[str]
    stage: str
    stage_text: str
    rule: str


def _stage_of(verb: str, table: dict[str, _Verb], part: str) -> Optional[str]:
    v = table.get(verb)
    if v is None:
        return None
    if v.stage is not None:
        return v.stage
    return v.by_part.get("plan" if part == "plan" else "review")


# --------------------------------------------------------------------------- list parsing

def _clean_item(text: str, s: int, e: int, cfg: _Cfg) -> tuple[int, int, bool]:
    """Trim markers from one 、-item. Returns (start, end, had_project_marker)."""
    s, e = _trim_span(text, s, e)
    marked = False
    m = _ITEM_MARKER.search(text, s, e) if text.endswith(_ITEM_MARKER_ENDS, s, e) else None
    if m and m.start() > s:
        marked = m.group(0) != "等"
        e = m.start()
    # '安置房项目X家园': a kind label before the name
    seg = text[s:e]
    k = seg.find("项目")
    if 0 < k <= 8 and k + 2 < len(seg) and seg[k + 2] not in "”\"":
        rest = seg[k + 2:]
        if _is_facility(rest, cfg):
            s += k + 2
    # '…中心（二期）工程', '…示范区建设': a facility plus a generic word
    for generic in _GENERIC_ENDS if text.endswith(_GENERIC_ENDS, s, e) else ():
        if text.endswith(generic, s, e):
            rest = text[s:e - len(generic)]
            if _is_facility(rest, cfg) or (generic == "建设" and _core(rest).endswith("区")):
                e -= len(generic)
                break
    return s, e, marked


def _parse_list(text: str, bs: int, be: int, cfg: _Cfg, *, box: bool, strict: bool) -> list[tuple[int, int]]:
    """Names of the list text[bs:be] (verbs and frames already removed)."""
    bs, be = _trim_span(text, bs, be)
    if be <= bs:
        return []
    body = text[bs:be]
    # cut an appended clause ('X并免费向公众开放', 'X项目和Y调查')
    m = _CUT.search(body)
    if m and m.start() > 0:
        be = bs + m.start() + (2 if m.group(0) == "项目" else 0)
        body = text[bs:be]
    m = _TAIL.search(body)
    if m and m.start() > 0:
        be = bs + m.start()
        body = text[bs:be]
    if _QUANTITY_END.search(body):
        return []
    route_marker = box
    m = cfg.class_marker.search(body) if body.endswith(cfg.class_words) else None
    if m:
        if m.group("cw") == "项目" or not any(w in m.group("mid") for w in cfg.location_markers):
            route_marker = True
        if any(w in m.group("mid") for w in cfg.location_markers):
            route_marker = box
        be = bs + m.start()
    else:
        m = cfg.bare_marker.search(body, max(0, len(body) - _BARE_MARKER_WIDTH))
        if m and m.start() > 0:
            route_marker = True
            be = bs + m.start()
        else:
            m = cfg.loose_marker.search(body)
            if m and m.start() > 0:
                be = bs + m.start()
    if strict:
        route_marker = False
    names: list[tuple[int, int]] = []
    pos = bs
    parts: list[tuple[int, int]] = []
    k = text.find("、", bs, be)
    while k >= 0:
        parts.append((pos, k))
        pos = k + 1
        k = text.find("、", pos, be)
    parts.append((pos, be))
    first = text[parts[0][0]:parts[0][1]].strip()
    if first.startswith(cfg.bad_leads) or _COUNT_LEAD.match(first):
        return []          # '一批…、…的重大项目': a batch, not a list of names
    for ps, pe in parts:
        s, e, marked = _clean_item(text, ps, pe, cfg)
        name = text[s:e]
        ok = _valid(name, cfg)
        if ok and not (route_marker or marked) and not _is_facility(name, cfg):
            ok = False
        if not ok:
            if not (route_marker or box):
                return []      # a bare list counts only when every item is a facility
            continue
        names.append((s, e))
    return names


# --------------------------------------------------------------------------- clause rules

def _clause(text: str, cs: int, ce: int, cfg: _Cfg, layout: Layout, out: list[_Hit], *,
            box: bool = False, category: Optional[str] = None, planning: bool = False) -> None:
    cs, ce = _trim_span(text, cs, ce)
    if ce - cs < 2:
        return
    part = layout.part_at(cs)
    lead = cfg.lead.match(text, cs, ce)
    if lead:
        cs = lead.end()
    if not box and (text.find("建成", cs, ce) >= 0 or text.find("完成", cs, ce) >= 0):
        m = cfg.progress.match(text, cs, ce)
        if m and _valid(m.group("subj"), cfg) and _is_facility(m.group("subj"), cfg):
            s, e, _ = _clean_item(text, m.start("subj"), m.end("subj"), cfg)
            out.append(_Hit(s, e, category, cfg.progress_stage,
                            m.group("verb") + m.group("obj").strip(), "projects.progress"))
            return
    # sub-clauses closed by a verb inside a 、-chain: 'A等项目开工建设、B等项目尽早投产'
    subs: list[tuple[int, int]] = []
    pos = cs
    if text.find("、", cs, ce) >= 0:
        for m in cfg.post_split.finditer(text, cs, ce):
            subs.append((pos, m.end()))
            pos = m.end() + 1
    subs.append((pos, ce))
    carry: Optional[tuple[str, str]] = None
    for ss, se in subs:
        carry = _subclause(text, ss, se, cfg, part, out, box, category, planning, carry)


def _subclause(text, ss, se, cfg: _Cfg, part, out, box, category, planning, carry):
    ss, se = _trim_span(text, ss, se)
    lead = cfg.lead.match(text, ss, se)
    if lead:
        ss = lead.end()
    if se - ss < 2:
        return carry
    pre = cfg.pre_re.match(text, ss, se)
    body_s = pre.end() if pre else ss
    body_e = se
    post = cfg.post_end.search(text, max(body_s, _rstrip_at(text, body_s, se) - cfg.post_width), se)
    if post and post.start() <= body_s:
        post = None
    stage = stage_text = None
    rule = None
    if post:
        body_e = post.start()
        verb = post.group("verb")
        stage, stage_text, rule = _stage_of(verb, cfg.post, part), verb, "projects.post_verb"
    else:
        fm = cfg.frame.search(text, max(body_s, se - cfg.frame_width), se)
        if fm and fm.start() > body_s:
            body_e = fm.start()
    if stage is None and pre:
        verb = pre.group(0)
        stage, stage_text, rule = _stage_of(verb, cfg.pre, part), verb, "projects.pre_verb"
    strict = False
    if stage is None and not box:
        # a verb inside the clause: '全面启动X', '园区建成X基地' -- facilities only
        for m in cfg.pre_re.finditer(text, ss + 1, se):
            end = body_e if body_e > m.end() else se
            if text.find("等", m.end(), end) < 0 and not _is_facility(text[m.end():end], cfg):
                continue   # the list's last item must be a facility
            names = _parse_list(text, m.end(), end, cfg, box=False, strict=True)
            if names:
                verb = m.group(0)
                st = _stage_of(verb, cfg.pre, part)
                if st:
                    for s, e in names:
                        out.append(_Hit(s, e, category, st, verb, "projects.pre_verb"))
                return (st, verb)
        return carry
    if stage is None:
        if box and carry:
            stage, stage_text = carry
        elif box and planning:
            stage, stage_text = "planning", "前期工作"
        else:
            return carry
    if planning:
        stage = "planning"
    names = _parse_list(text, body_s, body_e, cfg, box=box, strict=strict)
    for s, e in names:
        out.append(_Hit(s, e, category, stage, stage_text, "projects.box_list" if box else rule))
    return (stage, stage_text)


def _clauses(text: str, reversed_text: str, s: int, e: int, cfg: _Cfg, layout: Layout,
             out: list[_Hit], *, box: bool = False, **kw) -> None:
    """Run `_clause` on each clause of text[s:e] that holds a stage verb and, outside boxes (where
    every item counts), a facility word or a project marker."""
    n = len(text)
    vm = cfg.any_verb.search(text, s, e)
    while vm:
        # the clause around the verb: back to the previous separator (found as the next one in
        # the reversed text), on to the next one
        before = _CLAUSE_SEP.search(reversed_text, n - vm.start(), n - s)
        cs = n - before.start() if before else s
        after = _CLAUSE_SEP.search(text, vm.end(), e)
        ce = after.start() if after else e
        if box or cfg.project_hint.search(text, cs, ce):
            _clause(text, cs, ce, cfg, layout, out, box=box, **kw)
        vm = cfg.any_verb.search(text, ce, e) if after else None


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
                out.append(_Hit(ns, ne, cat, stage, status, "projects.breakdown"))
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
            out.append(_Hit(ns, ne, None, stage, h.group("status"), "projects.status_list"))


# --------------------------------------------------------------------------- driver

def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _box_category(raw: str, cfg: _Cfg) -> str:
    cat = _SPACE.sub("", raw)
    stripped = cfg.category_strip.sub("", cat)
    return stripped or cat


def find_projects(text: str, layout: Layout) -> list[Project]:
    cfg = _cfg()
    reversed_text = text[::-1]
    hits: list[_Hit] = []
    in_box = False
    box_planning = False
    for ls, le in _lines(text):
        line = text[ls:le]
        if not line.strip():
            continue
        hb = cfg.box_heading.match(line)
        if hb:
            title = hb.group("title")
            in_box = any(w in title for w in cfg.box_title_words)
            box_planning = in_box and any(w in title for w in cfg.box_planning_words)
            continue
        num = cfg.numbered.match(line)
        if num:
            cat_raw = num.group("cat")
            rest = line[num.end():]
            is_box = in_box or (
                any(c in cat_raw for c in cfg.known_categories) and "项目" in rest and len(cat_raw) <= 12
            )
            if is_box:
                _clauses(text, reversed_text, ls + num.end(), le, cfg, layout, hits, box=True,
                         category=_box_category(cat_raw, cfg), planning=box_planning and in_box)
                continue
        in_box = False
        box_planning = False
        t = cfg.titled.match(line)
        if t:
            title = t.group("title")
            ts, te = ls + t.start("title"), ls + t.end("title")
            ts, te = _trim_span(text, ts, te)
            title = text[ts:te]
            if (not title.startswith(cfg.programme_leads) and _valid(title, cfg)
                    and _is_facility(title, cfg)):
                vm = cfg.any_verb.search(text, ls + t.start("rest"), le)
                if vm:
                    verb = vm.group(0)
                    part = layout.part_at(ts)
                    st = _stage_of(verb, cfg.post, part) or _stage_of(verb, cfg.pre, part)
                    if st:
                        hits.append(_Hit(ts, te, None, st, verb, "projects.titled_item"))
        # both patterns are unanchored, so one that matches in no sentence fails on the whole line
        if cfg.bd_status.search(text, ls, le) or cfg.status_heading.search(text, ls, le):
            for ss, se in _sentences(text, ls, le):
                _breakdown(text, ss, se, cfg, hits)
                _status_lists(text, ss, se, cfg, hits)
        _clauses(text, reversed_text, ls, le, cfg, layout, hits)
    return _finish(text, hits, layout)


def _sentences(text: str, s: int, e: int):
    pos = s
    for m in _SENT_SEP.finditer(text, s, e):
        yield pos, m.end()
        pos = m.end()
    if pos < e:
        yield pos, e


def _finish(text: str, hits: list[_Hit], layout: Layout) -> list[Project]:
    taken = bytearray(len(text) + 1)
    context_at = _context_lookup(layout)
    out: list[Project] = []
    for h in hits:
        if h.end <= h.start or any(taken[h.start:h.end]):
            continue          # first rule wins on overlapping mentions
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
        ctx = context_at(h.start)
        name = text[h.start:h.end]
        out.append(Project(
            name=_SPACE.sub("", name), category=h.category, stage=h.stage,
            stage_text=h.stage_text, year=ctx.year, kind=ctx.kind,
            span=(h.start, h.end), text=name, rule=h.rule))
    out.sort(key=lambda p: p.span[0])
    return out


def _context_lookup(layout: Layout):
    """layout.context_at, asked once per part: the context is the same up to the next boundary."""
    starts = [b[0] for b in layout.boundaries]
    known: dict[int, object] = {}

    def context_at(offset: int):
        i = bisect.bisect_right(starts, offset)
        ctx = known.get(i)
        if ctx is None:
            ctx = known[i] = layout.context_at(offset)
        return ctx
    return context_at
