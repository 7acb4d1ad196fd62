"""Report header metadata: title, doc_type, region, parent_region, years, date, issuer, meeting.

Rules follow shared/spec/GUIDELINE.md (section `report`); lexicons live in patterns/report.toml.
The header is the text before the speech opens (各位代表) or, without that, the first lines.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import regex

from .lexicon import load
from .models import ReportMeta
from .normalise import blank_markup, normalise
from .pattern_cache import compiled
from .sections import announces_plans, early_page_year, first_line, opens_mid_paragraph

_Y = r"((?:19|20)\d{2})\s*年"
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = r"[〇零○Ｏ一二三四五六七八九十]"
_DATE = (r"(?P<date>(?:\d{4}|" + _CN_NUM + r"{4})\s*年\s*(?:\d{1,2}|" + _CN_NUM + r"{1,3})\s*月\s*"
         r"(?:\d{1,2}|" + _CN_NUM + r"{1,3})\s*日|\d{5,8})")
_DASH = r"(?P<dash>——|—|--|－－|–|-|─)"
_SENT_PUNCT = compiled(r"[，。；;,！？!?]")
_LIST_PREFIX = compiled(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．﹒])")


@functools.cache
def _cfg() -> dict:
    return load("report")


def _flat(s: str) -> str:
    """Join lines: drop line breaks and the indentation around them, keep spaces as written inside a line."""
    return "".join(part.strip() for part in s.split("\n"))


# ---------------------------------------------------------------- jurisdictions

def _suffixes() -> list[str]:
    return _cfg()["admin"]["suffixes"]


def _ends_with_suffix(name: str) -> bool:
    return any(name.endswith(s) and len(name) > len(s) for s in _suffixes())


def split_jurisdiction(name: str) -> list[str]:
    """'X市Y区' → ['X市', 'Y区']; a name with no inner unit stays whole."""
    name = regex.sub(r"\s+", "", name)
    parents = _cfg()["admin"]["parent_suffixes"]
    if name.endswith("街道"):
        parents = parents + _cfg()["admin"]["street_parent_suffixes"]
    single = {s for s in _suffixes() if len(s) == 1}
    parts: list[str] = []
    rest = name
    while True:
        cut = None
        for i in range(2, len(rest) - 1):
            head, tail = rest[:i], rest[i:]
            if not any(head.endswith(p) and len(head) > len(p) for p in parents):
                continue
            if tail[0] in single or len(tail) < 2 or not _ends_with_suffix(tail):
                continue
            cut = i
            break
        if cut is None:
            parts.append(rest)
            return parts
        parts.append(rest[:cut])
        rest = rest[cut:]


def _is_named(name: Optional[str]) -> bool:
    """A jurisdiction written with its own name (not a bare 区/市 or 省十三届)."""
    if not name:
        return False
    name = regex.sub(r"\s+", "", name)
    return len(name) >= 2 and name not in _suffixes() and bool(regex.fullmatch(r"\p{Han}+", name))


def _region_parent(jurisdiction: str) -> tuple[str, Optional[str]]:
    parts = split_jurisdiction(jurisdiction)
    return parts[-1], (parts[-2] if len(parts) > 1 else None)


def _find_parent(text: str, region: str) -> Optional[str]:
    """The enclosing unit written right before the region somewhere in the text (X市 right before Y区)."""
    cfg = _cfg()["admin"]
    stops = set(cfg["name_stop_chars"])
    for m in regex.finditer(regex.escape(region), text):
        start = m.start()
        for p in sorted(cfg["parent_suffixes"], key=len, reverse=True):
            if not text.endswith(p, 0, start):
                continue
            end = start - len(p)
            best = None
            for n in range(1, 8):
                s = end - n
                if s < 0:
                    break
                ch = text[s]
                if not regex.match(r"\p{Han}", ch) or ch in stops:
                    break
                best = text[s:start]
                if n >= 2 and (s == 0 or not regex.match(r"\p{Han}", text[s - 1]) or text[s - 1] in stops):
                    break
            if best and len(best) - len(p) >= 2 and best not in cfg["generic_names"] and best != region:
                return best
    return None


def _self_reference_region(text: str) -> Optional[str]:
    """No header: the name most often written with the suffix the text calls itself by (全区, 我区)."""
    cfg = _cfg()["admin"]
    weights = cfg["self_prefixes"]
    score: Counter[str] = Counter()
    for pre, w in weights.items():
        for suf in cfg["self_suffixes"]:
            score[suf] += w * text.count(pre + suf)
    if not score or score.most_common(1)[0][1] == 0:
        return None
    suffix = score.most_common(1)[0][0]
    stops = set(cfg["name_stop_chars"])
    generic = set(cfg["generic_names"])
    slogan = compiled(cfg["slogan_name"])
    names: Counter[str] = Counter()
    words = tuple(cfg["suffix_words"])
    verb_leads = tuple(cfg["verb_leads"])
    for m in regex.finditer(regex.escape(suffix), text):
        end = m.end()
        if text.startswith(words, m.start()):
            continue    # 房地产市场, 县域: the suffix starts a word, it ends no place name
        for n in (2, 3, 4):
            s = m.start() - n
            if s < 0:
                break
            cand = text[s:end]
            if not regex.fullmatch(r"\p{Han}+", cand) or any(c in stops for c in cand[:-1]):
                break
            before = text[s - 1] if s > 0 else ""
            if not before or not regex.match(r"\p{Han}", before) or before in stops:
                if cand not in generic and not any(cand.endswith(g) for g in generic if len(g) >= 2) \
                        and not any(v in cand for v in verb_leads) and not slogan.search(cand):
                    names[cand] += 1
                break
    if not names:
        return None
    return names.most_common(1)[0][0]


def _bare_name_region(text: str) -> Optional[str]:
    """The name a slogan writes bare (谱写中国式现代化X篇章), with the suffix the text writes it with
    elsewhere (X区营商环境…)."""
    for pat in _cfg()["admin"]["bare_name_patterns"]:
        m = regex.search(pat, text)
        if m:
            name = m.group("name")
            return next((name + suf for suf in _cfg()["admin"]["self_suffixes"] if name + suf in text), name)
    return None


# ---------------------------------------------------------------- header lines

@dataclass
class _Line:
    start: int
    text: str  # stripped

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str, limit: int) -> list[_Line]:
    out, pos = [], 0
    for raw in text[:limit].split("\n"):
        stripped = raw.strip()
        out.append(_Line(pos + (len(raw) - len(raw.lstrip())), stripped))
        pos += len(raw) + 1
    return out


def _is_chrome(line: str) -> bool:
    return any(w in line for w in _cfg()["chrome"]["words"])


def _header_end(lines: list[_Line]) -> int:
    """Index of the line where the speech starts (各位代表) or the body starts."""
    for i, ln in enumerate(lines):
        if regex.match(r"各位代表|同志们", ln.text):
            return i
    for i, ln in enumerate(lines):
        if len(ln.text) > 100 and _SENT_PUNCT.search(ln.text):
            return i
    return len(lines)


def _title_end_re() -> regex.Pattern:
    t = _cfg()["title"]
    suf = "|".join(map(regex.escape, t["suffixes"]))
    ends = "|".join(map(regex.escape, t["end_words"]))
    return compiled(r"(?:" + ends + r")\s*(?:[(（]\s*(?:" + suf + r")\s*[)）]\s*)*$")


def _title_start_ok(s: str) -> bool:
    """Accumulated title looks like a title's beginning: 关于…, a year, or a name then a year."""
    suf = "|".join(map(regex.escape, _suffixes()))
    return bool(regex.match(r"^(?:关于|政府工作报告|\p{Han}{0,12}?政府工作报告|\p{Han}{2,16}?(?:政府|委员会|办公室)关于)", s)
                or regex.match(r"^\s*(?:\p{Han}{1,15}?(?:" + suf + r"))?\s*(?:19|20)\d{2}\s*年", s)
                or (regex.match(r"^\p{Han}{2,8}\s*(?:19|20)\d{2}\s*年", s)
                and not regex.match(r"^\p{Han}*?(?:情况|计划|经济|发展|草案|执行)|^\p{Han}*?[及与和]\s*\d", s)))


def _title_fragment_ok(s: str) -> bool:
    cfg = _cfg()["title"]
    return (bool(s) and len(s) <= 60 and not _is_chrome(s) and not _SENT_PUNCT.search(s)
            and not regex.search(r"[:：]", s) and "会议" not in s and not _LIST_PREFIX.match(s)
            and not any(w in s for w in cfg["reject_words"]) and not regex.match(r"^[—\-－]", s))


# a plan report titled without 报告: …计划执行情况与2021年国民经济和社会发展计划（摘要）
# (…计划草案（摘登之二）: a part of it, published on its own)
_PLAN_TITLE_END = compiled(r"执行情况.*计划(?:草案)?\s*(?:[(（]\s*(?:摘要|草案|书面|摘登(?:之[一二三四五六七八九十]{1,2})?)\s*[)）]\s*)*$")
# a body's review and plan in one (X管委会2023年工作总结和2024年工作计划)
_SUMMARY_PLAN_TITLE_END = compiled(r"(?:19|20)\d{2}\s*年\s*(?:工作)?总结\s*(?:和|及|与|暨)\s*(?:19|20)\d{2}\s*年\s*"
                                        r"工作(?:计划|安排|思路|要点)$")


_SPACED_OUT = compiled(r"(?<=\p{Han})[ \u3000]+(?=\p{Han})")


def _squeezed(line: str) -> str:
    """A line without the spaces between its characters (政 府 工 作 报 告), to be matched as a title."""
    return _SPACED_OUT.sub("", line) if " " in line or "\u3000" in line else line


_TITLE_TAIL_CHARS = 16


def _find_title(lines: list[_Line], stop: int) -> tuple[Optional[str], int, int]:
    """(title, first line index, last line index) or (None, -1, -1)."""
    cfg = _cfg()["title"]
    end_re = _title_end_re()
    page_title = None
    for i in range(stop):
        s = lines[i].text
        key = _squeezed(s)      # (政 府 工 作 报 告: a title spaced out on a cover)
        if not s or not (end_re.search(key) or _PLAN_TITLE_END.search(key) or _SUMMARY_PLAN_TITLE_END.search(key)) \
                or _is_chrome(s) or _SENT_PUNCT.search(s) \
                or len(s) > cfg["max_chars"]:
            continue
        if any(w in s for w in cfg["reject_words"]) or regex.search(r"[:：]", s) \
                or any(compiled(p).search(key) for p in cfg["reject_patterns"]):
            continue
        parts = [s]
        first = i
        j = i - 1
        used = 1
        while not _title_start_ok(_squeezed("".join(parts))) and used < cfg["max_lines"]:
            while j >= 0 and not lines[j].text:
                j -= 1
            if j < 0 or not _title_fragment_ok(lines[j].text):
                break
            parts.insert(0, lines[j].text)
            first = j
            j -= 1
            used += 1
        k = first - 1
        while k >= 0 and not lines[k].text:
            k -= 1
        if k >= 0 and lines[k].text == "关于" and not parts[0].startswith("关于"):
            parts.insert(0, lines[k].text)  # 关于 alone on the line above
            first = k
        if not end_re.search(key) and i + 1 < stop and _title_fragment_ok(lines[i + 1].text) \
                and len(lines[i + 1].text) <= _TITLE_TAIL_CHARS and end_re.search(_squeezed(lines[i + 1].text)):
            i += 1      # …计划执行情况与2011年…计划 / (草案)的报告: the title's last line
            parts.append(lines[i].text)
        title = "".join(parts)
        if not _title_start_ok(_squeezed(title)) and len(parts) > 1:
            # could not find the beginning: keep only the line that ends it if it stands alone
            title, first = s, i
        if _followed_by_chrome(lines, i, stop):
            # a page title (2020年某市政府工作报告 / 来源… 发布时间…): the report's own title may follow
            page_title = page_title or (title, first, i)
            continue
        return title, first, i
    return page_title or (None, -1, -1)


def _followed_by_chrome(lines: list[_Line], i: int, stop: int) -> bool:
    nxt = next((ln.text for ln in lines[i + 1:stop] if ln.text), "")
    return _is_chrome(nxt)


_PAGE_PATH_CHARS = 200     # where a page's path stands, above an excerpt


def _doc_type(title: Optional[str], text: str) -> str:
    cfg = _cfg()["doc_type"]
    if title:
        title = _squeezed(title)
        if any(w in title for w in cfg["gov_title"]):
            return "government_work_report"
        if _SUMMARY_PLAN_TITLE_END.search(title) and any(w in title for w in cfg["government_bodies"]):
            return "government_work_report"     # a government's or a zone's review of its year and plan
        if any(w in title for w in cfg["plan_title"]):
            return "plan_report"
        return "other"
    for line in text.split("\n"):
        if len(line.strip()) > 60:
            continue
        if any(regex.search(p, line) for p in cfg["plan_headings"]):
            return "plan_report"
        if any(regex.search(p, line) for p in cfg["gov_headings"]):
            return "government_work_report"
    if not opens_mid_paragraph(text):
        return "other"
    head = text[:_PAGE_PATH_CHARS]
    if regex.search(cfg["gov_page_path"], head, regex.M):
        return "government_work_report"
    if regex.search(cfg["plan_page_path"], head, regex.M) or any(c in text for c in cfg["plan_body_cues"]) \
            or any(regex.search(p, text) for p in cfg["plan_body_patterns"]):
        return "plan_report"
    if regex.match(cfg["news_opening"], text):
        return "other"
    planned = sum(text.count(w) for w in cfg["excerpt_plan_words"])
    return "plan_report" if planned > sum(text.count(w) for w in cfg["excerpt_gov_words"]) else "government_work_report"



def _parse_date(s: Optional[str]) -> Optional[str]:
    if not s:
        return None
    m = regex.fullmatch(r"(\S+?)\s*年\s*(\S+?)\s*月\s*(\S+?)\s*日", s)
    if not m:
        return None

    def num(x: str) -> Optional[int]:
        if x.isdigit():
            return int(x)
        if all(c in _CN_DIGITS for c in x) and len(x) == 4:
            return int("".join(str(_CN_DIGITS[c]) for c in x))
        if regex.fullmatch(r"[一二三四五六七八九]?十?[一二三四五六七八九]?", x) and x:
            if "十" in x:
                a, _, b = x.partition("十")
                return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS[b] if b else 0)
            return _CN_DIGITS.get(x)
        return None

    y, mo, d = (num(g) for g in m.groups())
    if not (y and mo and d) or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _find_meeting(lines: list[_Line], lo: int, hi: int) -> tuple[Optional[str], Optional[str], int]:
    """(meeting, ISO date, index of the line that closes it) from the delivery line (——…日在…会议上)."""
    cores = "|".join(map(regex.escape, _cfg()["meeting"]["cores"]))
    pat = compiled(r"^[(（]?\s*" + _DASH + r"?\s*" + _DATE + r"?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*)?在?\s*"
                        r"(?P<m>[\p{Han}\d\s]{0,40}?(?:" + cores + r")(?:[\p{Han}\d\s]{0,20}?(?:会议|大会))?)\s*上\s*[)）]?$")
    for i in range(lo, hi):
        if not lines[i].text or _is_chrome(lines[i].text):
            continue
        joined, k = "", i
        for k in range(i, min(hi, i + 5)):
            if not lines[k].text:
                continue
            joined += lines[k].text
            m = pat.match(joined)
            if m and (m.group("dash") or m.group("date")):
                return m.group("m").strip(), _parse_date(m.group("date")), k
            if joined.endswith("上") or len(joined) > 90:
                break
    return None, None, -1


_SPOKEN_AT = compiled(r"^在(?P<m>\p{Han}{2,30}?(?:会议|大会|全会))上的(?:讲话|报告)")


def _find_date_only(lines: list[_Line], lo: int, hi: int) -> Optional[str]:
    for i in range(lo, min(hi, lo + 4)):
        m = regex.fullmatch(r"[(（]?\s*" + _DASH + r"?\s*" + _DATE + r"\s*[)）]?", lines[i].text)
        if m:
            return _parse_date(m.group("date"))
    return None


def _byline_re() -> regex.Pattern:
    b = _cfg()["body"]
    words = "|".join(map(regex.escape, sorted(b["words"] + b["speaker_titles"], key=len, reverse=True)))
    return compiled(r"(?:" + words + r")")


def _is_byline(s: str) -> bool:
    return (bool(s) and len(s) <= 40 and not _is_chrome(s) and not _SENT_PUNCT.search(s)
            and not regex.search(r"[:：]", s) and "会议" not in s and "报告" not in s
            and bool(_byline_re().search(s)) and not _LIST_PREFIX.match(s))


def _body_prefix(body: str) -> Optional[str]:
    """'X市发展和改革委员会主任 NAME' → 'X市'."""
    words = sorted(_cfg()["body"]["words"], key=len, reverse=True)
    for w in words:
        k = body.find(w)
        if k > 0:
            return body[:k]
    return None


def _full_body(text: str) -> Optional[str]:
    """我代表X / 受X委托 with X a body named in full (X市Y区人民政府, not a bare 区人民政府)."""
    words = "|".join(map(regex.escape, sorted(_cfg()["body"]["words"], key=len, reverse=True)))
    for m in regex.finditer(r"(?:我代表|受)(?P<b>\p{Han}{1,20}?(?:" + words + r"))(?:委托|[，,、向])", text):
        b = m.group("b")
        pre = _body_prefix(b)
        if pre and len(pre) >= 3 and _ends_with_suffix(pre):
            return b
    return None


# ---------------------------------------------------------------- years


def _first_year(patterns: list[str], line: str) -> int | None:
    """The year (group 1) of the first heading pattern that matches the line."""
    for pattern in patterns:
        m = regex.search(pattern, line)
        if m:
            return int(m.group(1))
    return None


_DONE_REACH = 30
_YEAR_RUN_TO = compiled(r"由\s*(?:19|20)\d{2}\s*年的[^，,。；;]{1,16}?(?:增加|提高|增长|扩大|上升|下降|降低|减少)[到至]\s*((?:19|20)\d{2})\s*年的")


_COMPARED_WITH = ("比", "较")
_SPAN_END_BEFORE = ("—", "-", "－", "~", "～", "至", "到")


def _compared_with(text: str, at: int) -> bool:
    """Whether the year written at `at` is one a result is set against (比2017年, 比 2015 年)."""
    return text[max(0, at - 3):at].rstrip()[-1:] in _COMPARED_WITH


def _years(title: Optional[str], text: str, date: Optional[str], doc_type: str) -> tuple[Optional[int], Optional[int]]:
    cfg = _cfg()["years"]
    if title and any(w in title for w in cfg["evaluation_titles"]):
        period = regex.search(r"十([一二三四五])五|第十([一二三四五])个五年", title)
        if period and date:
            # a mid-term evaluation of a five-year plan: the years so far, and the plan's last year
            end = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}[period.group(1) or period.group(2)]
            return int(date[:4]) - 1, end
    if title:
        ys = [int(y) for y in regex.findall(_Y, title)]
        if len(ys) >= 2 and ys[1] == ys[0] + 1:
            return ys[0], ys[1]
        if len(ys) == 1:
            if doc_type == "government_work_report":
                return ys[0] - 1, ys[0]
            if any(w in title for w in cfg["part_year_titles"]):
                return ys[0], ys[0]     # 2024年上半年…执行情况: the second half's plan is the same year
    head = text[:8000]
    review = plan = None
    m = regex.search(_Y + r"[^。\n]{0,40}?执行情况[^。]{0,40}?" + _Y, _flat(head))
    if m and int(m.group(2)) == int(m.group(1)) + 1:
        return int(m.group(1)), int(m.group(2))
    for line in head.split("\n"):
        s = line.strip()
        if not s or len(s) > 60:
            continue
        if review is None:
            review = _first_year(cfg["review"], s)
        if plan is None:
            plan = _first_year(cfg["plan"], s)
    spoken = bool(title and _SPOKEN_AT.match(title))     # a speech: its 今年 is the year it was given in
    excerpt = review is None and plan is None and opens_mid_paragraph(text)
    if review is None and plan is None and (doc_type != "other" or excerpt):
        plan = next((int(m.group(1)) for p in cfg["plan_in_body"] if (m := regex.search(p, head))), None)
    if review is None and plan is None and date and (doc_type == "government_work_report" or spoken):
        y, mo = int(date[:4]), int(date[5:7])
        review = y if mo >= 10 else y - 1
    if review is None and plan is None and excerpt:
        # an excerpt on several years: the year they run to (由2017年的1.86万亿元增加到2022年的2.63万亿元)
        done = [int(mm.group(1)) for mm in _YEAR_RUN_TO.finditer(head)]
        review = max(done) if done else None
    early = early_page_year(text) if review is None and plan is None and excerpt else None
    if early:
        review = early - 1      # an excerpt on a page of the year's first months: last year's review
    if review is None and plan is None and (doc_type == "other" or excerpt):
        headline = first_line(text)
        year = regex.search(_Y, headline)
        if year and _compared_with(headline, year.start()):
            return int(year.group(1)) + 1, int(year.group(1)) + 2    # …比2017年提高2.1个百分点: a result of the year after
        if year:
            # 栖梧县2025年民生实事项目安排, 一图读懂2024年…政府工作报告: a page on the year's plans, else on its results
            planned = announces_plans(headline) or any(w in headline for w in _cfg()["doc_type"]["gov_title"])
            if "完成" in headline[max(0, year.start() - _DONE_REACH):year.start()]:
                planned = False     # (an excerpt: …较好完成了区三届人大五次会议确定的2011年各项目标任务)
            return (int(year.group(1)) - 1, int(year.group(1))) if planned else (int(year.group(1)), int(year.group(1)) + 1)
    if review is None and plan is None:
        for mm in regex.finditer(_Y + r"(?!\s*\d{1,2}\s*月)", head):
            if head[max(0, mm.start() - 2):mm.start()].rstrip()[-1:] in _SPAN_END_BEFORE:
                continue    # 规划(2021—2030年), 到2025年: the end of a span or a goal's year, not the text's
            review = int(mm.group(1))
            if _compared_with(head, mm.start()):
                review += 1     # …占比74.8%，比2017年提高2.1个百分点: a result of the year after
            break
    if review is not None and plan is None:
        plan = review + 1
    if plan is not None and review is None:
        review = plan - 1
    return review, plan


# ---------------------------------------------------------------- entry point

def read_report_meta(text: str, view: str | None = None) -> ReportMeta:
    """The report's metadata; `view` is normalise(text), when the caller has it."""
    cfg = _cfg()
    lines = _lines(blank_markup(text), cfg["header_chars"])     # (<p>关于…的报告</p>: the title without its tags)
    stop = _header_end(lines)
    title, _, t_last = _find_title(lines, stop)

    after = t_last + 1 if title else 0
    meeting, date, m_line = _find_meeting(lines, after, stop)
    if date is None and title:
        date = _find_date_only(lines, after, stop)

    # byline: the line under the title/meeting, before 各位代表
    issuer = None
    search_from = max(after, m_line + 1) if m_line >= 0 else after
    if title or m_line >= 0:
        for i in range(search_from, stop):
            s = lines[i].text
            if _is_byline(s):
                issuer = s
                break
            if s and not _is_chrome(s) and i > search_from + 6:
                break
        if issuer is None and m_line >= 0:
            # speaker written above the delivery line
            for i in range(after, m_line):
                if _is_byline(lines[i].text):
                    issuer = lines[i].text
                    break
    else:
        for i in range(stop - 1, max(-1, stop - 4), -1):
            if _is_byline(lines[i].text):
                issuer = lines[i].text
                break
    intro = text[lines[stop].start:lines[stop].start + 600] if stop < len(lines) else text[:600]
    if issuer is None:
        issuer = _full_body(intro)

    spoken_at = _SPOKEN_AT.match(title) if meeting is None and title else None
    if spoken_at:
        meeting = spoken_at.group("m")     # 在全市经济工作会议上的讲话
    if meeting is None:
        for p in cfg["meeting"]["submit"]:
            mm = regex.search(p, intro)
            if mm:
                meeting = mm.group("m")
                break

    doc_type = _doc_type(normalise(title) if title else title, view or normalise(text))    # (２０１５年 in headings)

    # region: the delivery line, then the title, then the byline, then the text itself
    region = parent = None
    jurisdiction = None
    if meeting:
        mm = regex.match(r"(?P<j>\p{Han}+?)\s*第?\s*[一二三四五六七八九十百\d]+\s*届", meeting)
        if mm and _is_named(mm.group("j")):
            jurisdiction = mm.group("j")
    if jurisdiction is None and title:
        mm = regex.match(r"^(?:关于)?\s*(?P<j>\p{Han}+?)\s*(?:19|20)\d{2}\s*年", title)
        body_of = _body_prefix(mm.group("j")) if mm else None     # X开发区管委会2023年工作总结…
        if body_of and _is_named(body_of) and _ends_with_suffix(body_of):
            jurisdiction = body_of
        elif mm and _is_named(mm.group("j")) and _ends_with_suffix(mm.group("j")):
            jurisdiction = mm.group("j")
        elif mm and _is_named(mm.group("j")) and not regex.search(r"关于|国民|经济", mm.group("j")):
            jurisdiction = mm.group("j")
    if jurisdiction is None and issuer:
        pre = _body_prefix(issuer)
        if pre and _is_named(pre) and _ends_with_suffix(pre):
            jurisdiction = pre
    if jurisdiction is None and title and "政府工作报告" in title:
        pass
    if jurisdiction:
        region, parent = _region_parent(jurisdiction)
    else:
        region = _self_reference_region(text) or _bare_name_region(text)
    if region and parent is None and _ends_with_suffix(region):
        parent = _find_parent(text, region)

    # years are read in the folded view: a title may write them in full-width digits (２０２０年)
    review, plan = _years(normalise(title) if title else title, normalise(text[:8000]), date, doc_type)
    return ReportMeta(title=title, doc_type=doc_type, region=region, parent_region=parent,
                      review_year=review, plan_year=plan, date=date, issuer=issuer, meeting=meeting)
