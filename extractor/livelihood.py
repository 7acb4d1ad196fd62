"""Items of 重点民生实事 / 为民办实事 lists (shared/spec/GUIDELINE.md, section `livelihood_items`).

A list opens with a heading that names it, or with a sentence that announces it and ends in a colon:
- a heading: a short line (2022年重点民生实事完成情况), or the open last sentence of a numbered
  outline line (（二）办好民生实事。2022年十大民生实事项目);
- a lead-in: the sentence before the colon names the list itself (今年将办好以下十件民生实事：,
  2019年十件民生实事全面完成：, …十大民生实事涉及各方面,分别包括:), or is a bare intro phrase
  (具体包括：) on the line right under a heading. A keyword mentioned in an earlier sentence or line
  (县十件民生实事全面完成。) introduces nothing.
The items are the following lines (numbered 1﹒ 1. 1、 1。 (1) （一） ①, or unnumbered 'title：…'
paragraphs), or the rest of the lead-in's line: counted in words (一是…；二是…), or ；-separated
parts after an intro phrase (具体为：a；b；c). A line list ends at the first line that is not an
item, at a longer run of blank lines than the list uses, or at 注：/各位代表. The record's span is
the item's title: the text before its colon, or the whole item up to its closing ；。 when it has none.
Cue words live in patterns/livelihood.toml. Only the lines near a keyword are read (see
_candidate_lines): a report without one is done after a few substring searches.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import NamedTuple, Optional

from .layout import Layout
from .livelihood_lines import (BRACKET_TITLE, Line, cn_number, colon_title, config, inline_items, item_number, line_at,
                               line_items, marked_items, marked_items_on, marker_number, next_text_line, patterns,
                               table_headers)
from .models import LivelihoodItem
from .pattern_cache import compiled
from .sections import first_line, opens_mid_paragraph

_YEAR = compiled(r"((?:19|20|１９|２０)\d{2})\s*年")     # (int() reads full-width digits too)


_SENTENCE_END = compiled(r"[。！？\n]")
_LAST_SENTENCE_END = compiled(r"[。！？!?](?=[^。！？!?]*$)")


def _keyword_offsets(text: str) -> list[int]:
    """Offsets of every keyword occurrence (overlapping ones too: 民生实事项目 holds two)."""
    out = []
    for k in config()["keywords"]:
        pos = text.find(k)
        while pos >= 0:
            out.append(pos)
            pos = text.find(k, pos + 1)
    return out


def _candidate_lines(text: str, keyword_offsets: list[int]) -> list[int]:
    """Offsets of the lines that can open a list, in order: the lines holding a keyword, and those
    starting within lookback_chars after one (an intro phrase under a heading). Every other line is
    skipped unread."""
    lookback = config()["lookback_chars"]
    found: set[int] = set()
    for k in keyword_offsets:
        pos = text.rfind("\n", 0, k) + 1  # the line holding the keyword and those starting within lookback
        while pos <= k + lookback:
            found.add(pos)
            pos = text.find("\n", pos) + 1
            if pos == 0:
                break
    return sorted(found)


def _has_keyword(s: str) -> bool:
    return any(k in s for k in config()["keywords"])


def _is_heading_line(s: str) -> bool:
    # a numbered line may head a list too (（七）办好民生实事); the items below must then restart at 1
    # (三、社会民生项目 heads a sector of construction projects, not a list of 民生实事)
    return bool(s) and len(s) <= config()["max_heading_chars"] and _has_keyword(s) and "。" not in s \
        and not any(w in s for w in config()["sector_headings"]) and s.strip() not in config()["bare_sector_headings"]


def _heading_year_and_cues(text: str, heading_start: int, heading: str,
                           layout: Layout) -> tuple[Optional[int], str]:
    """Year of the list and the text its kind is read from (heading, or the sentence giving the year).
    A heading saying 今年 speaks of the year the report plans, or of the year a news item was written in."""
    ys = _YEAR.findall(_ON_THE_BASIS.sub("", heading))     # (在2013年办好十件实事的基础上，…将继续办好…: not its year)
    if ys:
        return int(ys[-1]), heading
    this_year = layout.now_year or layout.plan_year
    if this_year and any(w in heading for w in config()["this_year_words"]):
        return this_year, heading
    title = first_line(text) if layout.now_year else ""
    if _has_keyword(title) and _YEAR.search(title):
        return int(_YEAR.findall(title)[-1]), title     # a news page on its list: 某市2016年十二件民生实事正式发布
    lo = max(0, heading_start - config()["lookback_chars"])
    back = text[lo:heading_start]
    best = None
    for sent in _SENTENCE_END.split(back):
        if _has_keyword(sent) and _YEAR.search(sent):
            best = sent
    if best:
        return int(_YEAR.findall(best)[-1]), best + heading
    return None, heading


def _kind(cue_text: str, year: Optional[int], layout: Layout, offset: int) -> str:
    k = config()["kind"]
    if "公布" in cue_text or "报告" in cue_text or "通报" in cue_text:
        cue_text = _PROGRESS_TO_REPORT.sub("", cue_text)     # (每季度向社会公布进展情况: how it will be followed)
    if _DEADLINE.search(cue_text):
        return "target"     # …实行清单化管理，年底前全部完成：a deadline, not a report of it done
    if any(c in cue_text for c in k["actual_cues"]):
        return "actual"
    if any(c in cue_text for c in k["target_cues"]):
        return "target"
    if any(w in cue_text for w in config()["this_year_words"]) and (layout.now_is_early or layout.part_at(offset) == "plan"):
        return "target"     # 今年的十件民生实事具体有哪些？ early in the year: this year's list, not yet done
    if year is not None and layout.plan_year == year:
        return "target"
    if year is not None and layout.review_year == year:
        return "actual"
    return layout.context_at(offset).kind


@dataclass
class _List:
    heading: str        # the heading or introducing sentence: year and kind are read from it
    heading_start: int
    items: list[tuple[int, tuple[int, int], str]]
    after: int          # offset of the line after the list


def _sentence_start(s: str, end: int) -> int:
    """Offset in s of the sentence that ends at `end` (just past the last 。！？ before it)."""
    m = _LAST_SENTENCE_END.search(s, 0, end)
    return m.end() if m else 0


_PARAGRAPH_SENTENCE = compiled(r"[^。！？!?]+[。！？!?]?")
_POINTS_AHEAD = compiled(r"以下|如下|下列")
# (办好十项民生实事: a counted list, its items to come)
_COUNTED_LIST = compiled(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:件|项|大)")
_PROGRESS_TO_REPORT = compiled(r"(?:公布|报告|通报|汇报)(?:工作)?(?:进展|进度|完成)(?:情况)?")


def _announces_list(sentence: str, intro: bool) -> bool:
    """Whether a sentence ending in a colon names the list it introduces: the keyword is in its last
    clause (今年，省政府将办好十件民生实事：), or anywhere in it before an intro phrase
    (…十大民生实事涉及各方面,分别包括:). 围绕办好民生实事，重点抓好以下工作： names another list."""
    clauses = patterns().clause_break.split(sentence)
    while len(clauses) > 1 and _DIGIT.search(clauses[-1]) and not _has_keyword(clauses[-1]):
        clauses.pop()   # …办好以下十件民生实事，计划总投资约9.8亿元，其中…3.6亿元：the list's money, after its name
    last = clauses[-1]
    if any(w in last for w in config()["not_item_words"]):
        return False    # 今年的民生实事项目呈现三个特点：一是…: features of the list, not its items
    if intro:
        return _has_keyword(sentence)
    if _has_keyword(last):
        return True
    # …确定办好以下十件民生实事，由县政府领导领衔推进，每季度向社会公布进展情况：the clause naming the list says
    # 以下 or counts it (办好十项民生实事,所需资金全部纳入年度预算,…:), and the clauses after it say how it will
    # be done, naming no other list
    named = next((k for k in range(len(clauses) - 1, -1, -1) if _has_keyword(clauses[k])), None)
    return named is not None and (_POINTS_AHEAD.search(clauses[named]) or _COUNTED_LIST.search(clauses[named])) is not None \
        and not any(_POINTS_AHEAD.search(c) for c in clauses[named + 1:])


def _sentence_before(text: str, ln: Line, a: int) -> str:
    """The sentence before offset `a` of line `ln`: on the same line, or the last one of the line above."""
    head = ln.text[:a].rstrip() or _previous_text_line(text, ln.start)
    return head[_sentence_start(head, len(head) - 1):]


class _LeadIn(NamedTuple):
    start: int      # the sentence's offsets in its line
    end: int        # (just past the colon)
    intro: bool     # it ends with an intro phrase such as 具体为：
    heading: str    # the text naming the list (year and kind are read from it)


def _lead_in(text: str, ln: Line) -> Optional[_LeadIn]:
    """The sentence of line `ln` that introduces a list with its colon. It must announce the list
    itself (see _announces_list), or be a bare intro phrase (具体如下：) right after a sentence or a
    heading that names the list (今年将办好十件民生实事。)."""
    p = patterns()
    s = ln.text
    for colon in p.colon.finditer(s):
        a, b = _sentence_start(s, colon.start()), colon.end()
        sentence = s[a:b]
        if len(sentence) > config()["max_lead_in_chars"]:
            continue
        intro = p.intro_end.search(sentence) is not None
        if _announces_list(sentence, intro):
            return _LeadIn(a, b, intro, sentence)
        if p.bare_intro.fullmatch(sentence.strip()) or p.short_intro.fullmatch(sentence.strip()):
            before = _sentence_before(text, ln, a)
            if not _has_keyword(before):
                # …产生了十件民生实事项目。本次会议应到代表196名…。现将票决结果…公布如下: the paragraph's sentence naming it
                before = next((t for t in reversed(_PARAGRAPH_SENTENCE.findall(s[:a])) if _has_keyword(t)), before)
            if _has_keyword(before):
                return _LeadIn(a, b, True, before + sentence)
    return _outline_lead_in(s)


def _outline_lead_in(s: str) -> Optional[_LeadIn]:
    """A heading sentence naming the list, its items run on in the same line ((三）办好十件民生实事。
    1.新建改建农村公路200公里；2.…, 用心办好民生实事。一是…): the items must start at 1 right after it."""
    end = s.find("。")
    if end == -1 or end + 1 > config()["max_lead_in_chars"] or not _has_keyword(s[:end]):
        return None
    rest = s[end + 1:].lstrip()
    for marker in patterns().inline_markers:
        first = marker.match(rest)
        if first and marker_number(first) == 1:
            return _LeadIn(0, end + 1, False, s[:end + 1])
    return None


def _section_heading_start(s: str) -> Optional[int]:
    """Where the heading sits in a line that is one: the whole line (2023年重点民生实事, （四）办好十件民生
    实事。), or the last sentence of a numbered outline line left open (（二）办好民生实事。2022年十大民生实事项目)."""
    if _is_heading_line(s):
        return 0
    if not patterns().section_number.match(s):
        return None
    if s.endswith("。") and s.count("。") == 1 and _is_heading_line(s[:-1]):
        return 0            # （四）办好十件民生实事。 a numbered heading written as one sentence
    if s.endswith(("。", "！", "？")):
        return None
    a = _sentence_start(s, len(s))
    if a > 0 and _is_heading_line(s[a:].strip()):
        return a
    return None


def _previous_text_line(text: str, pos: int) -> str:
    """The last non-blank line ending before offset `pos` (stripped), or ''."""
    for raw in reversed(text[max(0, pos - config()["lookback_chars"]):pos].split("\n")):
        if raw.strip():
            return raw.strip()
    return ""


def _list_after_lead_in(text: str, ln: Line, b: int, intro: bool) -> tuple[list, int]:
    """Items introduced by the sentence of line `ln` ending at b: inline in the rest of the line, or on the
    lines below (numbered, 'title：' paragraphs, or one line counted 一是…二是…)."""
    rest_start, rest_end = ln.start + b, ln.start + len(ln.text)
    if text[rest_start:rest_end].strip():
        items = marked_items(text, rest_start, rest_end)
        if items:
            return marked_items_on(text, items, ln.next)
        if intro:
            items = inline_items(text, rest_start, rest_end)
        if items or not text[rest_start:rest_end].rstrip().endswith("。"):
            return items, ln.next
        # …办好十件民生实事：民生实事项目由群众提名…，确保按期保质完成。 then 1．… 2．…: a remark, the items below
    items, after = line_items(text, ln.next)
    if len(items) < 2:
        below = next_text_line(text, ln.next)
        if below is not None:
            marked = marked_items(text, below.start, below.start + len(below.text))
            if len(marked) >= 2:
                return marked, below.next
    return items, after


def _list_at(text: str, ln: Line) -> Optional[_List]:
    """The list that line `ln` opens, if any (two items at least)."""
    s = ln.text
    lead = _lead_in(text, ln)
    if lead is not None:
        items, after = _list_after_lead_in(text, ln, lead.end, lead.intro)
        if len(items) >= 2:
            return _List(lead.heading, ln.start + lead.start, items, after)
    h = _section_heading_start(s)
    if h is not None:
        first = ln.next
        below = next_text_line(text, ln.next)
        titled = below is not None and (colon := colon_title(below.text)) is not None and below.text[colon + 1:].strip()
        if below is not None and not titled and (
                _INTRO_LINE.search(below.text) or _has_keyword(below.text) and item_number(below.text) is None
                or _has_keyword(below.text) and (item_number(below.text) or (0,))[0] != 1):
            # 二、各项民生实事完成情况 / 具体完成情况如下。/ （一）…, 九、办好十件民生实事 / 43. 集中财力办好十件民生
            # 实事… / （1）…: past the line that introduces the items (not an item titled 教育惠民工程：…)
            first = below.next
        # (专栏4 …十件民生实事（续） / 6.…: a list continued from a page before, its items from 6)
        items, after = line_items(text, first, cut_above=_CONTINUED.search(s) is not None)
        if len(items) >= 2:
            return _List(s[h:].strip(), ln.start + h, items, after)
    return None


_DIGIT = compiled(r"\d")
_CONTINUED = compiled(r"[（(]\s*续\s*[)）]\s*$")
_DEADLINE = compiled(r"(?:年底前|年内|确保|力争)[^，,。；;：:]{0,4}?(?:全部|全面)?(?:完成|办结)")
_INTRO_LINE = compiled(r"如下\s*[。：:]$")
_PAGE_ITEMS_MIN = 3
_TITLE_PROBE = 6


def _page_list(text: str) -> Optional[_List]:
    """A page whose headline names the list (…年十件交通民生实事全面完成, 关于…民生实事项目进展情况的报告),
    with no heading of its own over the items: the first run of numbered lines counting from 1 (at
    least three) is the list, read under the headline."""
    title = first_line(text)
    if not (title and len(title) <= config()["max_heading_chars"] and _has_keyword(title)):
        return None
    # (a title wrapped onto two lines, …关于2021年区级民生实事项目 / 完成情况的报告, is read joined)
    title_at = text.find(title[:_TITLE_PROBE])
    title_end = text.find(title[-_TITLE_PROBE:], title_at) if title_at >= 0 else -1
    pos = text.find("\n", title_end) + 1 if title_end >= 0 else 0
    while 0 < pos <= len(text):
        ln = line_at(text, pos)
        number = item_number(ln.text) if ln.text else None
        if number and number[0] == 1 or BRACKET_TITLE.match(ln.text):
            items, after = line_items(text, ln.start)
            if len(items) >= _PAGE_ITEMS_MIN:
                return _List(title, title_at, items, after)
        pos = ln.next
    return None
_RUN_IN_END = compiled(r"[，,。；;：:\n]")


def _list_cut_above(text: str) -> Optional[_List]:
    """An excerpt that opens inside the list (7. 托育服务扩容工程：… / 8. …), the list named after it (以上10件
    民生实事…): its items from the number it opens at."""
    first = next_text_line(text, 0)
    number = item_number(first.text) if first is not None else None
    if number is None or number[0] == 1 or not opens_mid_paragraph(text):
        return None
    items, after = line_items(text, first.start, cut_above=True)
    if len(items) < 2 or not _has_keyword(text[after:after + config()["lookback_chars"]]):
        return None
    return _List("", first.start, items, after)


_ON_THE_BASIS = compiled(r"在[^，,。；;]{0,24}?(?:的)?基础上")
_ORDINAL = compiled(r"第([一二三四五六七八九十]{1,3})件[，,、：:]\s*")
_ORDINAL_ITEMS_MIN = 3
_ITEM_TITLE_END = compiled(r"[。；;！？\n]")


def _ordinal_items(text: str) -> Optional[_List]:
    """Items counted 第一件，…。第二件，… through the paragraphs of a page on the list (在教育方面，第一件，扩大学前
    教育资源。…): each titled by its first sentence after the count."""
    markers = []
    for m in _ORDINAL.finditer(text):
        if cn_number(m.group(1)) == len(markers) + 1:
            markers.append(m)
    if len(markers) < _ORDINAL_ITEMS_MIN:
        return None
    items = []
    for k, m in enumerate(markers, 1):
        end = _ITEM_TITLE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if stop - m.end() < 2 or stop - m.end() > config()["item"]["max_title_chars"]:
            return None
        items.append((k, (m.end(), stop), "livelihood.ordinal"))
    title = first_line(text)
    heading = title if _has_keyword(title) else ""
    return _List(heading, text.find(title[:_TITLE_PROBE]) if heading else markers[0].start(), items, markers[-1].end())


def _run_in_lists(text: str) -> list[_List]:
    """Lists named in passing by a sentence that announces them (今年将办好十件实事，包括A、B、C等，…):
    the 、-items of the clause after the announcement, up to a closing 等."""
    out = []
    p = patterns()
    # the list's name is looked for first: a scan for the count (a numeral) would stop everywhere
    for m in p.run_in.finditer(text):
        if not (p.run_in_count.search(text, max(0, m.start() - 16), m.start())
                or p.run_in_named.search(text, max(0, m.start() - 4), m.start())):
            continue
        end_m = _RUN_IN_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        body = text[m.end():end].rstrip()
        if body.endswith("等"):
            body = body[:-1]
        parts = body.split("、")
        if len(parts) < config()["run_in"]["min_items"] or not all(p.strip() for p in parts):
            continue
        if any(len(p.strip()) > config()["item"]["max_title_chars"] for p in parts):
            continue
        items = []
        pos = m.end()
        for k, part in enumerate(parts, 1):
            lead = len(part) - len(part.lstrip())
            a = pos + lead
            items.append((k, (a, a + len(part.strip())), "livelihood.run_in"))
            pos += len(part) + 1
        head_start = text.rfind("\n", 0, m.start()) + 1
        sent_end = _LAST_SENTENCE_END.search(text, head_start, m.start())
        if sent_end:
            head_start = sent_end.end()
        out.append(_List(text[head_start:m.end()], head_start, items, end))
    return out


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_NAME_HEADERS = ("项目名称", "名称", "项目", "实事名称")


def _cell_tables(text: str) -> list[_List]:
    """Tables of items written one cell a line (序号 / 项目名称 / 主要建设内容 / 责任单位, then 1 / name / … per
    row) under a sentence naming the list: each row is an item titled by its name cell."""
    out = []
    headers = table_headers()
    pos = text.find("序号")
    while pos != -1:
        ln = line_at(text, pos)
        columns: list[str] = []
        at = ln
        while at.text in headers and at.text:
            columns.append(at.text)
            at = line_at(text, at.next) if at.next <= len(text) else Line(at.next, "", at.next + 1)
        name_col = next((i for i, c in enumerate(columns) if c in _NAME_HEADERS), None)
        heading = _previous_keyword_line(text, ln.start)
        if ln.text == "序号" and len(columns) >= 3 and name_col is not None and heading is not None:
            items, row = [], at
            while row.text.translate(_FULLWIDTH_DIGITS) == str(len(items) + 1):
                cells = [row]
                for _ in range(len(columns) - 1):
                    cells.append(line_at(text, cells[-1].next) if cells[-1].next <= len(text) else Line(0, "", len(text) + 1))
                name = cells[name_col]
                if not name.text or len(name.text) > config()["item"]["max_title_chars"]:
                    break
                items.append((len(items) + 1, (name.start, name.start + len(name.text)), "livelihood.cell_table"))
                row = line_at(text, cells[-1].next) if cells[-1].next <= len(text) else Line(0, "", len(text) + 1)
            if len(items) >= 2:
                out.append(_List(heading[1], heading[0], items, row.start))
        pos = text.find("序号", ln.next)
    return out


def _previous_keyword_line(text: str, pos: int) -> Optional[tuple[int, str]]:
    """The nearest line before `pos`, within lookback_chars, that names the list (…民生实事项目共12件…)."""
    lo = max(0, pos - config()["lookback_chars"] * 2)
    end = pos
    while end > lo:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        if _has_keyword(line):
            return start, line.strip()
        end = start
    return None


def find_livelihood_items(text: str, layout: Layout) -> list[LivelihoodItem]:
    keyword_offsets = _keyword_offsets(text)
    run_ins = _run_in_lists(text)
    if not keyword_offsets and not run_ins:
        return []  # no list without a keyword
    if not layout.review_year and not layout.plan_year:
        # a news item announcing plans plans the year it speaks of (its headline's, else its page
        # date's: 今年我市将办好十件民生实事, 2022-01-18); its default year and kind stay
        if layout.default_year and layout.default_kind == "target":
            layout = dataclasses.replace(layout, review_year=layout.default_year - 1, plan_year=layout.default_year)
        else:
            from .report_meta import read_report_meta

            meta = read_report_meta(text)
            layout = dataclasses.replace(layout, review_year=meta.review_year, plan_year=meta.plan_year)
    lists: list[_List] = []
    pos = 0  # the next line that may open a list (lines inside a found list cannot)
    for line_start in _candidate_lines(text, keyword_offsets):
        if line_start < pos:
            continue
        ln = line_at(text, line_start)
        found = _list_at(text, ln) if ln.text else None
        if found is None:
            pos = ln.next
            continue
        lists.append(found)
        pos = max(found.after, ln.next)
    lists += [t for t in (_cell_tables(text) if "序号" in text else [])
              if not any(f.items[0][1][0] <= t.items[-1][1][1] and t.items[0][1][0] <= f.items[-1][1][1] for f in lists)]
    # a run-in list counts where no other list holds its items
    lists += [r for r in run_ins
              if not any(f.items[0][1][0] <= r.items[-1][1][1] and r.items[0][1][0] <= f.items[-1][1][1]
                         for f in lists)]
    if not lists:
        page = _page_list(text) or _list_cut_above(text) or _ordinal_items(text)
        lists += [page] if page else []
    lists.sort(key=lambda f: f.items[0][1][0])
    out: list[LivelihoodItem] = []
    for found in lists:
        first = found.items[0][1][0]
        year, cues = _heading_year_and_cues(text, found.heading_start, found.heading, layout)
        if year is None:
            year = layout.context_at(first).year
        kind = _kind(cues, year, layout, first)
        for index, (a, b), rule in found.items:
            out.append(LivelihoodItem(index=index, title=text[a:b], year=year, kind=kind,
                                      span=(a, b), text=text[a:b], rule=rule))
    return out
