"""Reading the items of a 民生实事 list line by line: the numbers that open items (1﹒ (1) （一） ① 一是…),
a title before its colon or up to its closing ；。, lists one item a line (with group headings, detail lines
and bodies under heading items read past), and lists inline in one line (一是…；二是…, or ；-parts after an
intro phrase). Which lines open a list, and its year and kind, are livelihood.py's."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Optional

import regex

from .lexicon import load
from .pattern_cache import compiled


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@functools.cache
def config() -> dict:
    return load("livelihood")


@functools.cache
def _numbered() -> list[regex.Pattern]:
    return [compiled(p) for p in config()["item"]["numbered"]]


@functools.cache
def patterns() -> SimpleNamespace:
    """The regexes built from patterns/livelihood.toml, compiled once."""
    cfg = config()
    item = cfg["item"]
    stops = item["stop_titles"]
    return SimpleNamespace(
        intro_end=compiled("(?:" + cfg["intro"] + ")$"),
        bare_intro=compiled(cfg["intro"]),
        colon=compiled("[：:]"),
        clause_break=compiled("[，,；;]"),
        section_number=compiled(cfg["section_number"]),
        inline_markers=[compiled(m) for m in item["inline_markers"]],
        colon_title=compiled(r"[^，,。；;：:\n]{1,%d}?[：:]" % item["max_title_chars"]),
        closing=compiled("[" + regex.escape(item["closing"]) + "]"),
        stop_colon=compiled("(?:" + "|".join(map(regex.escape, stops)) + r")\s*[：:]"),
        stop_titles=frozenset(stops),
        page_label=compiled("(?:" + "|".join(map(regex.escape, item["page_labels"])) + r")\s*[：:]"),
        short_intro=compiled(cfg["short_intro"]),
        run_in=compiled(cfg["run_in"]["announce"]),
        run_in_count=compiled("(?:" + cfg["run_in"]["announce_count"] + ")$"),
        run_in_named=compiled("(?:" + cfg["run_in"]["announce_named"] + ")$"),
    )


_SEMICOLON = compiled(r"[；;]")


_ITEM_ENDS = frozenset("；;。")  # what ends an item of a list counted 一是…二是…


@dataclass
class Line:
    start: int   # offset of the first non-blank character
    text: str    # stripped
    next: int    # offset of the following line (past the end of the text for the last line)


def line_at(text: str, pos: int) -> Line:
    """The line starting at offset `pos` (lines are split at newlines, as str.split("\\n") does)."""
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    raw = text[pos:end]
    return Line(pos + (len(raw) - len(raw.lstrip())), raw.strip(), end + 1)


def cn_number(s: str) -> Optional[int]:
    if s in _CN:
        return _CN[s]
    if s.startswith("十"):
        return 10 + _CN.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN.get(a, 0) * 10 + _CN.get(b, 0)
    return None


_OCR_NUMBER = compiled(r"^(?:l[0-9]|1O)(?=\s*[﹒.．、。])")     # an OCR letter in an item number


def item_number(line: str) -> Optional[tuple[int, int, int]]:
    """(number, style id, length of the marker) when the line opens with a list number."""
    if line[:1] == "l" or line[1:2] == "O":
        line = _OCR_NUMBER.sub(lambda m: m.group().replace("l", "1").replace("O", "0"), line, count=1)   # (l0. → 10.)
    for k, pat in enumerate(_numbered()):
        m = pat.match(line)
        if not m:
            continue
        g = m.groupdict()
        if g.get("num"):
            n = int(g["num"])
        elif g.get("circ"):
            n = _CIRCLED.index(g["circ"]) + 1
        else:
            n = cn_number(g["cn"]) or 0
        if n and m.end() < len(line):
            return n, k, m.end()
    return None


@functools.cache
def table_headers() -> frozenset[str]:
    return frozenset(config()["item"]["table_headers"])


def colon_title(body: str, stop_ok: bool = False) -> Optional[int]:
    """Length of the title before a heading colon, if the item has one; with `stop_ok` (inside a list
    of such items) a short title may end on 。 instead (——改善城市人居环境。新建城市游园…)."""
    m = patterns().colon_title.match(body)
    if not m and stop_ok:
        m = _STOP_TITLE.match(body)
    if not m:
        return None
    return m.end() - 1


_ITEM_DASH = compiled(r"(?:——|－－|--|[●•▪■◆])\s*")
_STOP_TITLE = compiled(r"[^，,。；;：:\n\d]{2,12}。(?=\S)")


def _title_span(body: str, body_start: int, stop_ok: bool = False) -> tuple[Optional[tuple[int, int]], str]:
    """Span of the item's title within the text and the rule suffix that produced it."""
    n = colon_title(body, stop_ok)
    dash = body.find("——")
    if n is not None:
        end = n
        kind = "colon"
    elif 2 <= dash <= config()["item"]["max_title_chars"] and _VOTE_NOTE.match(body, dash + 2):
        end = dash          # 1．城区公共停车场建设——赞成181票，反对1票: the title before its vote
        kind = "dash"
    else:
        m = patterns().closing.search(body)
        end = m.start() if m else len(body)
        kind = "whole"
    title = body[:end].rstrip()
    if not title:
        return None, kind
    return (body_start, body_start + len(title)), kind


def _is_stop(body: str) -> bool:
    p = patterns()
    return body in p.stop_titles or p.stop_colon.match(body) is not None


def line_items(text: str, first: int, cut_above: bool = False) -> tuple[list[tuple[int, tuple[int, int], str]], int]:
    """Items on the lines from offset `first`: [(index, span, rule)], and the offset of the line after the list
    (numbered from 1, or from any number in a list `cut_above`: an excerpt opening at item 7)."""
    items: list[tuple[int, tuple[int, int], str]] = []
    pos = first
    gap_allowed: Optional[int] = None
    style: Optional[object] = None
    blanks = 0
    after = first
    headed = False
    cut_off = False     # the last item's line stops mid-sentence (a hard-wrapped copy)
    while pos <= len(text):
        ln = line_at(text, pos)
        if not ln.text:
            blanks += 1
            pos = ln.next
            continue
        if not items and all(c.strip() in table_headers() for c in _CELL_GAP.split(ln.text.strip())):
            pos = ln.next        # 序号 / 项目名称 / 主要内容: the header of a table of items
            continue
        if ln.text.startswith(("|", "｜")):
            # | 序号 | 项目 | 主要内容 |: a pipe table of items (header, |---| rule, then | 1 | name | … |)
            cells = [(m.start(), m.group().strip()) for m in _PIPE_CELL.finditer(ln.text)]
            if not items and all(c in table_headers() or not c.strip("-—: ") for _, c in cells):
                pos = ln.next
                continue
            if len(cells) >= 2 and cells[0][1] == str(len(items) + 1) and cells[1][1]:
                at = ln.start + cells[1][0] + len(ln.text[cells[1][0]:]) - len(ln.text[cells[1][0]:].lstrip())
                items.append((len(items) + 1, (at, at + len(cells[1][1])), "livelihood.pipe_table"))
                after = pos = ln.next
                blanks = 0
                continue
            break
        colon = colon_title(ln.text)
        if colon is not None and ln.text[:colon].strip() in table_headers():
            pos = ln.next        # 牵头单位：市卫生健康委 under an item: a detail of it, no item
            continue
        if gap_allowed is None:
            gap_allowed = max(1, blanks)
        elif blanks > gap_allowed:
            break
        body, body_start, number = ln.text, ln.start, None
        num = item_number(body)
        if num is not None and _GROUP_HEADING.fullmatch(body) and _is_group_line(text, ln, num, style):
            pos = ln.next
            continue
        if num is None and items and headed:
            pos = ln.next       # 一、学有所教 / its paragraph of figures (——城镇新增就业7260人；): the item's body
            continue
        if num is None and items and cut_off and not blanks:
            # 2.…助餐点20 / 个，实际建成4个、22个，…完成率100%。: the item's line cut by a wrap goes on
            cut_off = not ln.text.rstrip().endswith(_LINE_ENDS)
            after = pos = ln.next
            continue
        if num is not None:
            n, st, mlen = num
            if style not in (None, st) or (items and n != items[-1][0] + 1) or (not items and n != 1 and not cut_above):
                break
            style = st
            number = n
            cells = ln.text[mlen - 1:mlen] in ("\t", "\u3000")
            body, body_start = body[mlen:], body_start + mlen
            lead = len(body) - len(body.lstrip())
            body, body_start = body.lstrip(), body_start + lead
            gap = _CELL_GAP.search(body) if cells else None
            if gap:
                body = body[:gap.start()]   # 1　城区学校扩容提质工程　183　建成…: a table row, its name cell the title
        elif style in (None, "bracket") and BRACKET_TITLE.match(body):
            style = "bracket"       # 【教育惠民】计划新建…: the title in its brackets
            title = BRACKET_TITLE.match(body)
            items.append((len(items) + 1, (body_start + title.start(1), body_start + title.end(1)), "livelihood.bracket_title"))
            blanks = 0
            after = pos = ln.next
            continue
        else:
            dash = _ITEM_DASH.match(body)
            if dash:
                body, body_start = body[dash.end():], body_start + dash.end()     # (——促进城乡就业：…: no part of it)
            colon = colon_title(body, stop_ok=style == "colon" and len(items) >= 2)
            if style not in (None, "colon") or _is_stop(body) or colon is None \
                    or not body[colon + 1:].strip() or patterns().page_label.search(body):
                break       # (区人大常委会： alone on its line: whom the text is addressed to)
            style = "colon"
        if _is_stop(body):
            break
        span, how = _title_span(body, body_start, stop_ok=style == "colon" and number is None and len(items) >= 2)
        if span is None:
            break
        index = number if number is not None else len(items) + 1
        rule = ("livelihood.numbered_" + how) if number is not None else "livelihood.unnumbered_colon"
        items.append((index, span, rule))
        # a numbered heading line of a few words (一、学有所教, 1．就业创业促进工程): its body follows below
        headed = number is not None and _GROUP_HEADING.fullmatch(ln.text) is not None \
            or number is not None and _SHORT_TITLE_LINE.fullmatch(body) is not None or how == "dash"
        cut_off = not headed and not ln.text.rstrip().endswith(_LINE_ENDS)
        note = _FIGURE_NOTE.search(text, span[0], span[1]) if headed and text[span[1] - 1] in "）)" else None
        if note and note.start() > span[0]:
            items[-1] = (index, (span[0], note.start()), rule)     # (…工程（得票176票）: the title without its note)
        blanks = 0
        after = pos = ln.next
    return items, after


def _is_group_line(text: str, ln: Line, num: tuple[int, int, int], style: Optional[object]) -> bool:
    """一、教育类 / 二、医疗卫生类 over items numbered (1)…(10) across them: a group of the list, no item
    (numbered in another style than the items, the first one above item 1)."""
    if style is not None:
        return style != num[1]
    below = next_text_line(text, ln.next)
    below_num = item_number(below.text) if below is not None else None
    return below_num is not None and below_num[1] != num[1] and below_num[0] == 1


def inline_items(text: str, start: int, end: int) -> list[tuple[int, tuple[int, int], str]]:
    """；-separated items in text[start:end] (the rest of an introducing sentence)."""
    seg = text[start:end]
    stop = seg.find("。")
    if stop >= 0:
        seg = seg[:stop]
    parts = []
    pos = 0
    for m in _SEMICOLON.finditer(seg + ";"):
        parts.append((pos, m.start()))
        pos = m.end()
    if len(parts) < 2:
        return []
    items = []
    for k, (a, b) in enumerate(parts, 1):
        body = seg[a:b]
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if not body:
            return []
        span, how = _title_span(body, start + a + lead)
        if span is None:
            return []
        items.append((k, span, "livelihood.inline_" + how))
    return items


def marker_number(m: regex.Match) -> int:
    """The number of an item marker: 三是 / （三） → 3, 3. / （3） → 3, ③ → 3."""
    groups = m.groupdict()
    if groups.get("n"):
        return int(groups["n"])
    if groups.get("circled"):
        return ord(groups["circled"]) - ord("①") + 1
    return cn_number(groups.get("cn") or "") or 0


def marked_items(text: str, start: int, end: int, first_number: int = 1,
                  style: Optional[regex.Pattern] = None) -> list[tuple[int, tuple[int, int], str]]:
    """Items of an inline list counted in words (一是…；二是…。) in text[start:end]: each runs from
    its marker to the punctuation before the next one; the numbers must run 1, 2, 3, ... (or on from
    `first_number` with the list's own `style` of marker, in a paragraph that goes on with it: 六是…)."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    for pat in [style] if style else patterns().inline_markers:
        first = pat.match(seg, lead)
        if first and marker_number(first) == first_number:
            break
    else:
        return []
    markers = [first]
    for m in pat.finditer(seg, first.end()):
        if marker_number(m) == first_number + len(markers) and seg[:m.start()].rstrip()[-1:] in _ITEM_ENDS:
            markers.append(m)
    items = []
    for k, m in enumerate(markers):
        body_end = markers[k + 1].start() if k + 1 < len(markers) else len(seg)
        body = seg[m.end():body_end]  # the title stops at the item's closing punctuation
        span, how = _title_span(body.lstrip(), start + m.end() + len(body) - len(body.lstrip()))
        if span is None:
            break
        items.append((first_number + k, span, "livelihood.marked_" + how))
    return items


def marked_items_on(text: str, items: list, after: int) -> tuple[list, int]:
    """An inline list that goes on in the paragraphs below (…五是…。 / 六是…；七是…): its further items,
    counted on with the same marker (not the next outline heading, （五）…)."""
    first = items[0][1][0] if items else 0
    style = next((p for p in patterns().inline_markers if (m := p.search(text, max(0, first - 8), first))
                  and m.end() == first), None)
    while items and style is not None:
        below = next_text_line(text, after)
        more = marked_items(text, below.start, below.start + len(below.text), len(items) + 1, style) if below else []
        if not more:
            break
        items, after = items + more, below.next
    return items, after


def next_text_line(text: str, pos: int) -> Optional[Line]:
    while pos <= len(text):
        ln = line_at(text, pos)
        if ln.text:
            return ln
        pos = ln.next
    return None


# (县城义务教育学位扩容工程（得票176票）: a note on the item after its title)
_VOTE_NOTE = compiled(r"\s*(?:赞成|得票|同意)\s*\d+\s*票")
_LINE_ENDS = ("。", "；", ";", "！", "？", "!", "?", "：", ":", "）", ")")
# (a quoted name may hold digits: “15分钟健身圈”提升（得票149票）)
_SHORT_TITLE_LINE = compiled(r"\s*(?=\S[^\n]{1,40}$)(?:[\p{Han}\"]|“[^”\n]{1,12}”)+(?:[（(][^（）()\n]{1,16}[）)])?\s*")
_FIGURE_NOTE = compiled(r"\s*[（(][^（）()\n]*\d[^（）()\n]*[）)]\s*$")


BRACKET_TITLE = compiled(r"\s*【([^【】\n\d]{2,12})】(?=\S)")


# a group heading inside a list (一、教育类, （二）医疗卫生): short, no figure, no punctuation
_GROUP_HEADING = compiled(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*\p{Han}{2,10}\s*")


_PIPE_CELL = compiled(r"[^|｜]+")
_CELL_GAP = compiled(r"\t|\u3000+|[ ]{2,}")     # between the cells of a table row
