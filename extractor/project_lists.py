"""Lists of project names, and the two rules staged by a status word rather than a verb.

`parse_list` finds the names in one 、-list (its verbs already cut off); every rule calls it.
The rules here:

- ``projects.breakdown`` (`breakdown`): a status count broken down by kind ('新开工项目41个，主要包括
  A、B等19个重大基础设施项目，C等13个重大产业园项目').
- ``projects.status_list`` (`status_lists`): a list headed by its status ('续建项目（12个）：A、B、C').
- ``projects.bracketed`` (`bracketed`): items each followed by their status ('A（新开工）、B（续建）').
- ``projects.box_status`` (`status_box_line`): a sector line without a verb in a box whose title names
  the status ('专栏 2027年计划新开工重大基础设施项目' / '交通：A、B。').
"""
from __future__ import annotations

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .project_lexicon import Cfg, Hit
from .project_names import (BLANKS, clean_item, ends_with_quantity, is_facility, is_facility_core, looks_like_name,
                            phased, name_core, trim_span, valid, valid_facility)

_TAIL = regex.compile(r"(?:共|合计|总计|面积|累计)\s*\d.*$")
_BARE_MARKER_WIDTH = len("建设项目")
_CUT = regex.compile(r"项目(?=[和及与并])|并(?=[^、]{2,})")
_JOINER = regex.compile("和")
_PHASE_JOINED = regex.compile(r"期[）)]?和(?=[^、和]+$)")   # the 和 after a phase, in the last item
_ITEM_SEP = "、，,；;：:。\n"      # what stands between the items of a bracketed list
_AFTER_BRACKET = _ITEM_SEP + "等" + BLANKS    # (与 joins the ends of one road: 'A与B连接线'; 及 a part: 'X水厂及配套管网')


def _cut_loose_marker(body: str, cfg: Cfg) -> str:
    """The list without a closing 等… ('A、B等工作'); '' where a verb after the 等 says what the listed
    things go on to do ('推动X研究院等平台加快成果转化': the list is of what acts, not of what is built)."""
    m = cfg.loose_marker.search(body) if "等" in body else None
    if m is None or m.start() == 0:
        return body
    if cfg.pre_re.search(body, m.start() + 1):
        return ""
    return body[:m.start()]


def parse_list(text: str, bs: int, be: int, cfg: Cfg, *, box: bool, strict: bool,
               name_frame: bool = False, said_of: bool = False, labelled: bool = False) -> list[tuple[int, int]]:
    """Names of the list text[bs:be] (verbs and frames already removed). In a `name_frame` (a list
    after 开工建设, 续建…), items that look like names count beside at least one facility. With
    `said_of` (a list a verb closes), a phrase ending in 的 before the first name is cut off."""
    body = text[bs:be].lstrip(BLANKS)
    bs = be - len(body)
    body = body.rstrip(BLANKS)
    if not body:
        return []
    # cut an appended clause ('X并免费向公众开放', 'X项目和Y调查')
    m = _CUT.search(body)
    if m and m.start() > 0 and not _joins_facility(body, m, cfg):
        body = body[:m.start() + (2 if m.group(0) == "项目" else 0)]
    m = _TAIL.search(body)
    if m and m.start() > 0:
        body = body[:m.start()]
    m = None
    if ends_with_quantity(body):
        m = cfg.class_count_marker.search(body) if "等" in body else None
        if m is None:
            body = _before_counted_kind(body)
            if not body:
                return []
    route_marker = box
    if m is None and body.endswith(cfg.class_words.get(body[-1], ())):
        m = cfg.class_marker.search(body)
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
    if not body:
        return []
    items = body.split("、")
    first = items[0].strip()
    lead = cfg.lead.match(first)     # ('积极谋划争取一批重大项目': a lead word before the batch)
    if lead:
        first = first[lead.end():]
    if first.startswith(cfg.bad_leads) or cfg.count_lead.match(first):
        return []          # '一批…、…的重大项目': a batch, not a list of names
    item_start = bs
    k = items[0].rfind("的") if said_of else -1
    if k >= 0:         # '援建的X', '与Y合作共建的X': what is said of the first item is no part of its name
        item_start += k + 1
        items[0] = items[0][k + 1:]
    names: list[tuple[int, int]] = []
    facilities = 0
    loose = 0      # names that are no facility, in a long list of facilities ('…、A电厂二期扩建工程、B12英寸晶圆')
    for item in items:
        for offset, part in _split_joined(item, cfg):
            s, e, name, marked = clean_item(part, cfg)
            core = name_core(name)
            listed = marked or route_marker
            if valid(name, core, cfg, listed) and (listed or is_facility_core(core, cfg) or phased(name, core)):
                facilities += 1
            elif not (route_marker or box or ((name_frame or labelled) and looks_like_name(name, core, cfg))
                      or labelled and valid(name, core, cfg, True) and cfg.name_min <= len(core) <= cfg.name_max):
                if len(items) < _LONG_LIST or not looks_like_name(name, core, cfg):
                    return []      # a bare list counts only when every item is a facility
                loose += 1
            elif route_marker or box:
                continue
            names.append((item_start + offset + s, item_start + offset + e))
        item_start += len(item) + 1
    if loose > 1 or loose and facilities < _LONG_LIST - 1:
        return []
    return names if facilities or route_marker or box or labelled else []


_LONG_LIST = 4      # a list this long with all but one item a facility: that one names a build too


def _before_counted_kind(body: str) -> str:
    """'X风光带二期和城区口袋公园20个': a phase names one build and the count is of the kind joined
    after it by 和, so the list ends before the 和; '' where the counted item is not so joined."""
    m = _PHASE_JOINED.search(body)
    return body[:m.end() - 1] if m else ""


def _joins_facility(body: str, m, cfg: Cfg) -> bool:
    """'X迁建项目和Y通乡油路': the 和 after a 项目 joins a second build, not a clause of its own
    ('X项目和Y调查'), when what follows it, to the end of the list, is a facility."""
    if m.group(0) != "项目" or body[m.end():m.end() + 1] != "和":
        return False
    right = body[m.end() + 1:]
    return "、" not in right and valid_facility(clean_item(right, cfg)[2], cfg)


def _split_joined(item: str, cfg: Cfg) -> list[tuple[int, str]]:
    """An item of two facilities joined by 和 ('X中学教学楼和Y医院住院部综合楼') as two items:
    [(offset in item, part)]. Anything else ('X和平路', 'X水厂和配套管网') stays one item."""
    m = _JOINER.search(item) if len(item) >= 6 else None
    if m is None:
        return [(0, item)]
    left, right = item[:m.start()], item[m.end():]
    if any(w in right for w in cfg.part_leads):
        return [(0, item)]     # ('X厂和Y厂配套管网': the network of both)
    if not (left.endswith("项目") or valid_facility(left, cfg)):
        return [(0, item)]
    right_name = clean_item(right, cfg)[2]
    if valid_facility(right_name, cfg):
        return [(0, left), (m.end(), right)]
    if not is_facility(right_name, cfg):
        return [(0, left)]     # ('X应急指挥中心和Y监测预警系统': a build and something that is none)
    return [(0, item)]


def breakdown(text: str, s: int, e: int, cfg: Cfg, out: list[Hit]) -> None:
    """Each status count of text[s:e] followed by its breakdown: stage from the status word,
    category from each kind."""
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
            names = parse_list(text, g.start("items"), g.end("items"), cfg, box=True, strict=False)
            for ns, ne in names:
                out.append((ns, ne, cat, stage, status, "projects.breakdown"))
            pos = g.end()
            if pos < e and text[pos] in "，,、":
                pos += 1
            else:
                break


def status_lists(text: str, s: int, e: int, cfg: Cfg, out: list[Hit]) -> None:
    """'续建项目（12个）：A、B、C；新开工项目：D、E。' -- each list up to its ；/。"""
    for h in cfg.status_heading.finditer(text, s, e):
        stage = cfg.bd_stage.get(h.group("status"))
        if not stage:
            continue
        end = h.end()
        while end < e and text[end] not in "；;。\n":
            end += 1
        for ns, ne in parse_list(text, h.end(), end, cfg, box=True, strict=False):
            out.append((ns, ne, None, stage, h.group("status"), "projects.status_list"))


def status_box_line(text: str, s: int, e: int, status: str, category: str, cfg: Cfg, out: list[Hit]) -> None:
    """'交通：A、B。' with no verb, in a box titled by its status ('专栏1 2027年计划新开工重大基础设施项目'):
    the listed names are projects of that status."""
    end = e
    while end > s and text[end - 1] in "。；;，, \t\u3000":
        end -= 1
    for ns, ne in parse_list(text, s, end, cfg, box=True, strict=False):
        out.append((ns, ne, category, cfg.cell_stage.get(status) or cfg.bd_stage[status], status, "projects.box_status"))


def bracketed(text: str, s: int, e: int, cfg: Cfg, category, box: bool, out: list[Hit]) -> None:
    """'交通：A（新开工）、B（续建）': each item of text[s:e] closed by its status in brackets, staged
    by it. In a box or under a sector heading every valid name counts, elsewhere a facility."""
    for m in cfg.bracketed.finditer(text, s, e):
        if m.end() < e and text[m.end()] not in _AFTER_BRACKET:
            continue        # the bracket ends no item ('X（续建）工程')
        k = m.start()
        while k > s and text[k - 1] not in _ITEM_SEP:
            k -= 1
        lead = cfg.lead.match(text, k, m.start())
        if lead:
            k = lead.end()
        pre = cfg.pre_re.match(text, k, m.start())
        if pre:
            k = pre.end()
        ns, ne = trim_span(text, k, m.start())
        name = text[ns:ne]
        if not (valid(name, name_core(name), cfg, True) if box else valid_facility(name, cfg)):
            continue
        status = m.group("status")
        out.append((ns, ne, category, cfg.bd_stage[status], status, "projects.bracketed"))
