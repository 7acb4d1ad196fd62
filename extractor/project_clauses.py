"""The rules staged by a stage verb. `clauses` cuts a line part into clauses around its verbs;
each clause yields by one of:

- ``projects.box_list``: any list of a 专栏 box line, staged by its verb (or the one before it).
- ``projects.progress``: progress of one facility ('X产业园建成标准厂房92万平方米').
- ``projects.post_verb``: a list closed by a stage verb ('A、B等项目建成投用', 'X有序推进').
- ``projects.pre_verb``: a list opened by a stage verb ('开工建设X', '推进A、B等项目建设'), or by
  one inside the clause ('全面启动X': facilities only).

`titled_item` (``projects.titled_item``) stages a numbered line titled by a facility by the
first verb of the line ('4﹒X公园（一期）：…进场施工').
"""
from __future__ import annotations

from typing import Optional

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .layout import Layout
from .project_lexicon import Cfg, Hit, stage_of
from .project_lines import Leftmost
from .project_lists import parse_list
from .project_names import (clean_item, is_facility, is_facility_core, is_programme_title, looks_like_name, name_core,
                            trim_span, valid, valid_facility)

_CLAUSE_SEP = regex.compile(r"[，,；;。：:！!？?\n]")
_COUNTED = regex.compile(r"\d\s*[个所家座条处]")
# A length right after a closing verb ('X绿道建成12公里'): how much was built, no part of the verb.
_LENGTH_TAIL = regex.compile(r"\s*\d[\d.]*\s*(?:公里|千米|米)$")
_LENGTH_TAIL_WIDTH = 16
_INLINE_SEP = regex.compile(r"[，,；;。：:！!？?]")


def clauses(text: str, s: int, e: int, verbs: Leftmost, reversed_text: str, cfg: Cfg,
            layout: Layout, out: list[Hit], *, box: bool = False, category: Optional[str] = None,
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
        if box or hint(text, cs, ce) or category is not None and _labelled(text, cs):
            n_out = len(out)
            _clause(text, cs, ce, cfg, layout, out, box=box, category=category, planning=planning)
            if len(out) > n_out and not box and cs > s and text[cs - 1] == "," and "、" not in text[s:e]:
                _comma_list_before(text, s, cs, ce, reversed_text, cfg, out, n_out)
            if len(out) > n_out and not box and ce < e and text[ce] in "，,":
                ce = _continued(text, ce, e, verbs, cfg, out)
        if ce >= e:
            break
        m = verbs.at_or_after(ce)


def _comma_list_before(text: str, s: int, cs: int, ce: int, reversed_text: str, cfg: Cfg, out: list[Hit],
                       n_out: int) -> None:
    """'推动A,B等项目竣工投产' in a copy that writes its lists with ASCII commas (no 、 in the line): the
    names before the clause text[cs:ce], which a closing verb staged and a 等 closed, are on its list, back
    to the verb that opens it (after which a name need not end with a facility word), the start of the
    sentence, or a part that names no facility; their hits replace any an opening verb gave."""
    first = out[n_out]
    if first[5] != "projects.post_verb" or text.find("等", first[1], ce) < 0:
        return
    n = len(text)
    pos = cs - 1      # (the comma before the clause)
    found: list[Hit] = []
    while True:
        before = _CLAUSE_SEP.search(reversed_text, n - pos, n - s)
        ps = n - before.start() if before else s
        ss, se = trim_span(text, ps, pos)
        lead = cfg.lead.match(text, ss, se)
        if lead:
            ss = lead.end()
        pre = cfg.pre_re.match(text, ss, se)
        if pre:
            ss = pre.end()
        if se - ss < 2 or text.find("等", ss, se) >= 0 or cfg.verb_clause.search(text, ss, se):
            break          # a clause of its own, or another list
        ns, ne, name, _ = clean_item(text[ss:se], cfg)
        core = name_core(name)
        if not valid(name, core, cfg, True) or not (
                is_facility_core(core, cfg) or (pre is not None and looks_like_name(name, core, cfg))):
            break
        found.append((ss + ns, ss + ne) + first[2:])
        if pre or ps == s or text[ps - 1] != ",":
            break          # the list's opening verb, or the start of the sentence
        pos = ps - 1
    if found:
        start = found[-1][0]
        out[:] = [h for h in out if not start <= h[0] < cs] + found[::-1]


def _continued(text: str, ce: int, e: int, verbs: Leftmost, cfg: Cfg, out: list[Hit]) -> int:
    """'开工建设A，B，C': comma clauses with no verb of their own that go on the list an opening verb
    ended the clause with, as long as each is a list of facilities. Where the last one ends."""
    last = out[-1]
    if (last[5] != "projects.pre_verb" or text.find("等", last[1], ce) >= 0
            or cfg.verb_clause.search(text, last[1], ce)):
        return ce      # (the list did not run to the clause end, or a 等 closed it)
    while ce < e and text[ce] in "，,":
        sep = _CLAUSE_SEP.search(text, ce + 1, e)
        se = sep.start() if sep else e
        m = verbs.at_or_after(ce + 1)
        if (m is not None and m.start() < se) or text.startswith(cfg.programme_leads, ce + 1):
            break          # a clause of its own ('…，改造老旧公园')
        names = parse_list(text, ce + 1, se, cfg, box=False, strict=True)
        if not names:
            break
        for s, end in names:
            out.append((s, end) + last[2:])
        ce = se
    return ce


def _clause(text: str, cs: int, ce: int, cfg: Cfg, layout: Layout, out: list[Hit], *,
            box: bool, category: Optional[str], planning: bool) -> None:
    cs, ce = trim_span(text, cs, ce)
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
    if not box and (text.find("后", cs, ce) >= 0 or text.find("当年", cs, ce) >= 0):
        after = cfg.post_after.search(text, cs, ce)     # ('X医院投用后新增床位800张')
        if after and after.start() > cs and not _in_aside(text, cs, after.start()):
            ce = after.end("verb")      # (not in an aside: 'A（总投资18.6亿元，全部达产后…）、B等项目竣工投产')
    if not box and (text.find("建成", cs, ce) >= 0 or text.find("完成", cs, ce) >= 0):
        m = cfg.progress.match(text, cs, ce)
        # (a closing verb and a length is no progress: 'X大道建成通车8.6公里')
        if (m and (m.group("obj").strip() or (m.group("part") and m.group("share")))
                and m.group("verb") + m.group("obj").strip() not in cfg.post
                and _progress_subject(m.group("subj"), m.group("obj").strip(), cfg)
                and not cfg.progress_not_objects.search(m.group("obj"))):
            s, e, _, _ = clean_item(m.group("subj"), cfg)
            subj = m.start("subj")
            stage_text = ((m.group("part") or "") + (m.group("cum") or "") + m.group("verb")
                          + m.group("obj").strip() + (m.group("share") or ""))
            out.append((subj + s, subj + e, category, cfg.progress_stage,
                        "".join(stage_text.split()), "projects.progress"))
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
            ss, se = trim_span(text, ss, se)
            lead = cfg.lead.match(text, ss, se)
            if lead:
                ss = lead.end()
        carry = _subclause(text, ss, se, cfg, layout, part_pos, out, box, category, planning, carry)


def _in_aside(text: str, cs: int, pos: int) -> bool:
    """Whether `pos` stands inside a bracket opened after `cs` and not closed before `pos`."""
    k = max(text.rfind("（", cs, pos), text.rfind("(", cs, pos))
    return k >= 0 and text.find("）", k, pos) < 0 and text.find(")", k, pos) < 0


def _progress_subject(subj: str, obj: str, cfg: Cfg) -> bool:
    """Whether the subject of a progress clause names one build: a facility ('X段'), or, where the
    progress is an investment made, a name its own 项目 marks ('X铝业高性能铝箔扩能项目完成投资3.26亿元')
    that holds no verb, no other 项目 and is no class of projects ('产业类项目', '民间投资项目',
    '省市重点项目', '社会民生项目')."""
    if valid_facility(subj, cfg):
        return True
    if not (subj.endswith("项目") and obj.startswith(cfg.progress_investment)):
        return False
    _, _, name, marked = clean_item(subj, cfg)
    core = name_core(name)
    return (marked and cfg.name_min <= len(core) <= cfg.name_max and "项目" not in name
            and valid(name, core, cfg, True) and not core.endswith(cfg.class_endings)
            and not any(core.endswith(g) for g in cfg.generic)
            and cfg.verb_clause.search(core) is None)


def _verb_closes_item(text: str, cs: int, ce: int, cfg: Cfg) -> bool:
    """Whether a 、 in text[cs:ce] follows a post verb: a cheap test for a cfg.post_split match."""
    k = text.find("、", cs, ce)
    while k >= 0:
        if k > cs and text.endswith(cfg.post_words.get(text[k - 1], ()), cs, k):
            return True
        k = text.find("、", k + 1, ce)
    return False


def _subclause(text, ss, se, cfg: Cfg, layout, part_pos, out, box, category, planning, carry):
    """One list and its verbs: text[ss:se], trimmed and past its lead words."""
    if se - ss < 2:
        return carry
    if text[se - 1] in "里米":
        se = _before_length(text, ss, se, cfg)
    pre = cfg.pre_re.match(text, ss, se)
    body_s = pre.end() if pre else ss
    body_e = se
    end = se
    while end > body_s and text[end - 1].isspace():   # as \s sees it
        end -= 1
    post = None
    verbs = cfg.post
    if end > body_s and text.endswith(cfg.post_words.get(text[end - 1], ()), body_s, end):
        post = cfg.post_end.search(text, max(body_s, end - cfg.post_width), se)
        if post and post.start() <= body_s:
            post = None
    if not pre and (post is None or text[post.start() - 1] == "并"):
        # ('X竣工并通水运行', 'X主体工程完工并下闸蓄水': the verb before the 并 stages X)
        then = _post_then(text, body_s, end, cfg)
        if then is not None:
            post, verbs = then, cfg.post_then
    stage = stage_text = None
    rule = None
    when = None       # a date among the closing verb's adverbs ('2024年开工建设')
    if post:
        body_e = post.start()
        if pre and text[body_e - 1] == "并":
            body_e -= 1       # ('建成X并投入运行': X, the verbs either side of it)
        inner = _planning_before(text, body_s, body_e, cfg)
        if inner:         # 'X前期工作有序推进': the work under way is the planning
            post, body_e, verbs = inner, inner.start(), cfg.post
        verb = post.group("verb")
        stage, stage_text, rule = stage_of(verb, verbs, layout, part_pos), verb, "projects.post_verb"
        if post.start("verb") > post.start() and (text.find("年", post.start(), post.start("verb")) >= 0):
            when = text[post.start():post.start("verb")]
    elif text.endswith(cfg.frames, body_s, se):
        fm = cfg.frame.search(text, max(body_s, se - cfg.frame_width), se)
        if fm and fm.start() > body_s:
            body_e = fm.start()
    if stage is None and pre:
        verb = pre.group(0)
        stage, stage_text, rule = stage_of(verb, cfg.pre, layout, part_pos), verb, "projects.pre_verb"
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
    # the verb that stages the list: a closing one ('A、B建成投产') or else the opening one
    frame_verb = post.group("verb") if post else pre.group(0) if pre else None
    name_frame = frame_verb in cfg.name_frame_verbs
    # (a list under a label that says its items are projects, 工业项目：开工建设A、B、C: every item a name)
    labelled = category is not None and pre is not None and _labelled(text, body_s)
    for s, e in parse_list(text, body_s, body_e, cfg, box=box, strict=False, name_frame=name_frame,
                           said_of=post is not None and not pre, labelled=labelled):
        out.append((s, e, category, stage, stage_text, rule, when))
    return (stage, stage_text)


_PROJECT_LABEL_BEFORE = regex.compile(r"项目[：:][^；;。：:]*$")
_LABEL_REACH = 120     # (the label holds to the end of its ；-part)


def _labelled(text: str, pos: int) -> bool:
    """Whether a label saying what follows are projects (工业项目：) stands before `pos` in its clause."""
    return _PROJECT_LABEL_BEFORE.search(text, max(0, pos - _LABEL_REACH), pos) is not None


def _before_length(text: str, ss: int, se: int, cfg: Cfg) -> int:
    """Where text[ss:se] ends once a length right after a closing verb is cut ('X绿道建成12公里'); se
    where no closing verb stands before the length ('新建城市道路12公里' is a quantity of a kind)."""
    q = _LENGTH_TAIL.search(text, max(ss, se - _LENGTH_TAIL_WIDTH), se)
    if q is None or q.start() <= ss:
        return se
    k = q.start()
    return k if text.endswith(cfg.post_words.get(text[k - 1], ()), ss, k) else se


def _post_then(text: str, body_s: int, end: int, cfg: Cfg) -> Optional[regex.Match]:
    """A closing verb followed by 并 and what the project goes on to do in text[body_s:end] ('X竣工并通水运行',
    'X主体工程完工并下闸蓄水'): the match of the verb and its adverbs, which ends at the 并."""
    k = text.find("并", body_s + 2, end)
    while k >= 0:
        if text.endswith(cfg.post_then_words.get(text[k - 1], ()), body_s, k):
            m = cfg.post_then_end.search(text, max(body_s, k - cfg.post_width), k)
            if m and m.start() > body_s:
                return m
        k = text.find("并", k + 1, end)
    return None


def _planning_before(text: str, body_s: int, body_e: int, cfg: Cfg) -> Optional[regex.Match]:
    """A planning post verb closing text[body_s:body_e], itself followed by another post verb."""
    if body_e <= body_s or not text.endswith(cfg.post_words.get(text[body_e - 1], ()), body_s, body_e):
        return None
    m = cfg.post_end.search(text, max(body_s, body_e - cfg.post_width), body_e)
    if m and m.start() > body_s and cfg.post[m.group("verb")].stage == "planning":
        return m
    return None


def _inner_verb(text, ss, se, body_e, cfg: Cfg, layout, part_pos, out, category, carry):
    """A verb inside the clause: '全面启动X', '园区建成X基地' -- facilities only; not after a count of
    those that build ('4个社区全部建成党群服务中心': each builds one of a kind)."""
    for m in cfg.pre_re.finditer(text, ss + 1, se):
        if _COUNTED.search(text, ss, m.start()):
            break
        end = body_e if body_e > m.end() else se
        if text.find("等", m.end(), end) < 0 and not is_facility(text[m.end():end], cfg) \
                and not (m.group(0) in _SIGNING and text.endswith("项目", m.end(), end)):
            continue   # the list's last item must be a facility (or a project signed: 与X公司签约Y项目)
        names = parse_list(text, m.end(), end, cfg, box=False, strict=m.group(0) not in _SIGNING)
        if names:
            verb = m.group(0)
            st = stage_of(verb, cfg.pre, layout, part_pos)
            if st:
                for s, e in names:
                    out.append((s, e, category, st, verb, "projects.pre_verb"))
            return (st, verb)
    return carry


_SIGNING = frozenset(("签约", "现场签约", "集中签约"))


def planning_list(text: str, s: int, e: int, verbs: Leftmost, cfg: Cfg, category: Optional[str],
                  out: list[Hit]) -> bool:
    """'1．交通：A、B，力争完成工程可行性研究。' in a box of 前期 projects: a first clause with no verb
    lists the projects, the clauses after it say what is done on them (stage_text) and name
    nothing. Whether the line was read so."""
    sep = _INLINE_SEP.search(text, s, e)
    ls_end = sep.start() if sep else e
    vm = verbs.at_or_after(s)
    if vm is not None and vm.start() < ls_end:
        return False
    names = parse_list(text, s, ls_end, cfg, box=True, strict=False)
    if not names:
        return False
    stage_text = "前期工作"
    if sep is not None:
        nxt = _INLINE_SEP.search(text, sep.end(), e)
        ns, ne = trim_span(text, sep.end(), nxt.start() if nxt else e)
        adv = cfg.adverbs.match(text, ns, ne)
        if adv:
            ns = adv.end()
        if ne > ns:
            stage_text = text[ns:ne]
    for ns_, ne_ in names:
        out.append((ns_, ne_, category, "planning", stage_text, "projects.box_list"))
    return True


def titled_item(text: str, line: str, ls: int, le: int, verbs: Leftmost, cfg: Cfg, layout: Layout,
                out: list[Hit], category: str | None = None) -> None:
    """'4﹒X公园（一期）：…进场施工': a numbered line titled by a facility, staged by its first verb."""
    t = cfg.titled.match(line)
    if not t:
        return
    ts, te = trim_span(text, ls + t.start("title"), ls + t.end("title"))
    title = text[ts:te]
    if title.startswith(cfg.programme_leads) or not valid_facility(title, cfg) or is_programme_title(title, cfg):
        return
    if _counted_kind(text, title, ls + t.start("rest"), le):
        return
    vm = verbs.at_or_after(ls + t.start("rest"))
    if vm is not None and vm.start() < le:
        verb = vm.group("verb")
        st = stage_of(verb, cfg.post, layout, ts) or stage_of(verb, cfg.pre, layout, ts)
        if st:
            out.append((ts, te, category, st, verb, "projects.titled_item"))


_CLAUSE_END = regex.compile(r"[，,；;。！!？?]")


def _counted_kind(text: str, title: str, rs: int, le: int) -> bool:
    """'8．口袋公园：新建改建口袋公园8座': the title comes back in the item's text and is counted in
    that clause, so it is a kind of facility, not one build."""
    k = text.find(title, rs, le)
    if k < 0:
        return False
    end = _CLAUSE_END.search(text, k, le)
    return any(c.isdecimal() for c in text[k + len(title):end.start() if end else le])
