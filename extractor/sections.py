"""Find the review part and the plan part of a report from its headings (patterns/sections.toml)."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from .layout import Layout
from .pattern_cache import compiled
from .segment import LIST_MARKER
from .tables import Table, headless_opening_table
from .lexicon import load

_YEAR = compiled(r"((?:19|20)\d{2})\s*年")
_ORDINAL = compiled(r"^\s*(?:[一二三四五六七八九十]+[、,，.．]|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）])")


# the salutation opening the body (各位代表：), not one inside it (各位代表！民生无小事…)
_GREETING = compiled(r"^\s*(?:各位代表|同志们)\s*(?:[：:]|$)", regex.M)
_CLAUSE_PUNCT = compiled(r"[，,；;。]")
_TABLE_CAPTION = compiled(r"(?:附)?表\s*[\d一二三四五六七八九十]+")


@functools.cache
def _cue_pattern() -> regex.Pattern:
    """Any plan or review cue or plan-year word: a line without one opens no part, so only lines
    with one are read."""
    cues = load("sections")
    return compiled("|".join(map(regex.escape, cues["plan_cues"] + cues["review_cues"] + cues["plan_year_words"])))


def _headings(text: str, max_chars: int):
    """(offset, stripped line) of the short lines that name a plan or review cue, in text order.

    Only such a line can open a part. A regex scan over the whole report is slow, so the cues are
    searched in one pass over the short lines joined together; the n-th line of that text is short[n].
    """
    short: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if len(line) <= max_chars or len(line.strip()) <= max_chars:
            short.append((offset, line))
        offset += len(line) + 1
    joined = "\n".join(line for _, line in short)
    last = -1
    for m in _cue_pattern().finditer(joined):
        n = joined.count("\n", 0, m.start())
        if n == last:
            continue  # another cue on a line already read
        last = n
        offset, line = short[n]
        stripped = line.strip()
        if stripped and len(stripped) <= max_chars and (
            _ORDINAL.match(line) or not _CLAUSE_PUNCT.search(stripped)
        ):
            yield offset + (len(line) - len(line.lstrip())), stripped


# (not 2023年1-11月: a run of months, no day)
_DATE = compiled(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*\d{1,2}\s*(?:[-/.月])\s*\d{1,2}(?!\d|\s*月)|\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})")


_TITLE_CHARS = 60
_TITLE_LOOKAHEAD = 3    # lines past the first that may still be the title (the issuing body's line first)


_DATED_LINE = compiled(r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[^。，,\n]{0,16}")


# the end of a title wrapped onto a line of its own
_TITLE_TAIL = compiled(r"[^，,。；;：:\s]{0,12}(?:的报告|的通知|的公告|的意见|的决议|情况通报|情况报告)")


def first_line(text: str) -> str:
    """The first line of text that is no page chrome (首页 > 要闻, 发布时间…); when it names no year, a
    year-naming line among the next few (沂澜市人民政府办公室 / 关于2024年…完成情况的通报)."""
    chrome = load("report")["chrome"]["words"]
    lines = [line.strip() for line in text[:2000].split("\n")]
    lines = [line for line in lines if line and not any(w in line for w in chrome)
             and not _DATED_LINE.fullmatch(line)][:_TITLE_LOOKAHEAD + 1]     # (2025年04月07日 18:32: when it was posted)
    if lines and not _YEAR.search(lines[0]) and not _CLAUSE_PUNCT.search(lines[0]):
        # a site's or a body's name first (某市人民政府办公室): the title is the next short line, with the
        # subtitle after it when only that gives the year (开局之年，…“小目标”？ / ——…2021年主要经济指标扫描)
        i = 1 if len(lines) > 1 and len(lines[1]) <= _TITLE_CHARS and "。" not in lines[1] else None
        if i is None:
            return lines[0]     # (a body paragraph next: the first line is the headline)
        title = lines[i]
        if not _YEAR.search(title) and i + 1 < len(lines) and len(lines[i + 1]) <= _TITLE_CHARS and _YEAR.search(lines[i + 1]):
            title += lines[i + 1]
        return title
    if len(lines) > 1 and not _YEAR.search(lines[0]) and lines[1].startswith("——") and _YEAR.search(lines[1]) \
            and len(lines[1]) <= _TITLE_CHARS:
        return lines[0] + lines[1]      # a headline, then the subtitle that gives its year
    if len(lines) > 1 and _TITLE_TAIL.fullmatch(lines[1]) and not _CLAUSE_PUNCT.search(lines[0]):
        return lines[0] + lines[1]      # a title wrapped before its end (…关于2024年十件民生实事 / 完成情况的报告)
    return lines[0] if lines else ""


def _date_year(text: str) -> int | None:
    date = _DATE.search(text[:600])
    return int(date.group(1) or date.group(2)) if date else None


_MONTH = compiled(r"(?:19|20)\d{2}\s*[-/.年]\s*(\d{1,2})\s*[-/.月]")


def _date_month(text: str) -> int | None:
    date = _DATE.search(text[:600])
    month = _MONTH.match(date.group()) if date else None
    return int(month.group(1)) if month else None


def _date_is_early(text: str) -> bool:
    """The page's date falls in January to April (the months of 两会 news on the year's plans)."""
    return 1 <= (_date_month(text) or 0) <= _EARLY_MONTH


def _date_is_late(text: str) -> bool:
    """The page's date falls in November or December (the months of 经济工作会议 on the next year)."""
    return (_date_month(text) or 0) >= _LATE_MONTH


_EARLY_MONTH, _LATE_MONTH = 4, 11


def early_page_year(text: str) -> int | None:
    """The year of a page dated in its year's first months (when its reports review the year before), else None."""
    return _date_year(text) if _date_is_early(text) else None


def text_year(text: str) -> int | None:
    """The year a text speaks of when its parts do not say: the year in its first line (a news
    headline, 2021年…将继续办好…), else its publication date, else the first year near its top."""
    line = first_line(text)
    # (…开工建设 / 计划2026年建成通车: a goal's year in a headline is not the year the page speaks of)
    years = [int(m.group(1)) for m in _YEAR.finditer(line) if not _GOAL_BEFORE_YEAR.search(line, 0, m.start())]
    if len(years) >= 2 and years[1] == years[0] + 1 and "计划" in line:
        return years[1]     # …关于2023年…执行情况与2024年…计划的决议: the year planned (the other is a result)
    if years:
        return years[0]
    date = _date_year(text)
    if date:
        return date
    year = _YEAR.search(text[:1500])
    return int(year.group(1)) if year else None


_GOAL_BEFORE_YEAR = compiled(r"(?:计划|预计|力争|确保|将|到|至|(?<!关)于)\s*$")
_HEADER_CHARS = 600      # where a report's title stands


_PERIOD_TITLE = compiled(r"(?:(?:19|20)\d{2}\s*年)?\s*(?:1\s*[-—–~至]\s*\d{1,2}\s*月|[一二三四]季度|上半年|前三季度)"
                              r"[^，,。]{0,12}(?:主要)?(?:经济)?(?:指标|数据|运行|实现|开局|平稳|稳中|进展|进度|成绩单|开工|完成投资)")


def announces_plans(headline: str) -> bool:
    """Whether a page's title line announces plans (…将继续办好…, …主要目标…), not words that only
    contain a cue (主要经济指标: 要 inside 主要)."""
    cues = load("sections")
    for word in cues["news_plan_not"]:
        headline = headline.replace(word, "")
    return any(c in headline for c in cues["news_plan_cues"]) or any(regex.search(p, headline) for p in cues["news_plan_patterns"])


# a sentence stating what was planned (计划新建、改扩建中小学校9所…), in a report on how it went
_PLANNED_OPENING = compiled(r"\s*计划(?:在\p{Han}{0,12}?)?(?:新|建|改|实施|完成|发放|开工|安排|投资|培训|提供|开展|创建|推广|更新"
                                 r"|增加|引进|种植|帮扶|招聘|覆盖|打造|修|铺|培育|组织|为)")


_DONE_SO_FAR = compiled(r"实际|已|目前|截至")


# a sentence of the review part stating a later year's plans and introducing the numbered items below it
# (2023年，区人民政府将继续集中财力办好十件民生实事：)
PLANS_INTRO = compiled(r"(?<![^\s。！!？?])((?:19|20)\d{2})\s*年[，,]?[^。；;\n]{0,30}?(?:将|计划|拟)[^。；;\n]{0,40}[：:]\s*$")
_NUMBERED_PARAGRAPH = compiled(r"\s*" + LIST_MARKER)
_ITEMS_BACK = 20        # numbered paragraphs walked back over to find their intro


def plans_intro_year(text: str, para_start: int, para_end: int, year: int | None) -> int | None:
    """The year a paragraph ending on ： plans (2023年，…将…：), when later than the part's `year`."""
    if not text[para_start:para_end].rstrip().endswith(("：", ":")):
        return None
    intro = PLANS_INTRO.search(text, para_start, para_end)
    return int(intro.group(1)) if intro and (year is None or int(intro.group(1)) > year) else None


def planned_item_year(text: str, pos: int, year: int | None) -> int | None:
    """The year planned for the numbered item holding `pos`, when a plans sentence introduces its list."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(_ITEMS_BACK):
        if not _NUMBERED_PARAGRAPH.match(text, start):
            return None
        end = start - 1
        while end > 0 and text[end - 1] == "\n":
            end -= 1        # (blank lines between the items)
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        found = plans_intro_year(text, start, end, year)
        if found:
            return found
    return None


def states_plans(sentence: str) -> bool:
    """Whether a sentence opens by stating what was planned (计划新建…, 计划建成…)."""
    return _PLANNED_OPENING.match(sentence) is not None


def reports_done(words: str) -> bool:
    """Whether words after a statement of plans turn to what was done (…，实际建成13座，其中…)."""
    return _DONE_SO_FAR.search(words) is not None


_EVENT_HEAD_CHARS = 400


def news_layout(text: str) -> Layout:
    """A text that is no report: one part; kind from what its title announces."""
    kind = "target" if announces_plans(first_line(text)) else "actual"
    year = text_year(text)
    headline = first_line(text)
    # (a page on an event of its own, 86个重大项目集中开工, reports what happened, whatever its month; its
    # headline may stand above the subtitle read as the title: 全省第二季度重大项目集中开工 / 238个项目总投资…)
    stop = text.find("。", 0, _EVENT_HEAD_CHARS)
    above = text[:text.rfind("\n", 0, stop) + 1] if stop != -1 else headline     # (the lines above the first sentence)
    event = any(w in above for w in load("sections")["event_headline_words"])
    if event:
        kind = "actual"     # (…正式开工建设 / …计划2026年建成通车: the event held, whatever goal its subtitle names)
    return Layout(boundaries=[(0, "unknown")], default_year=year, default_kind=kind, now_year=_date_year(text) or year,
                  now_is_early=_date_is_early(text) and not event, now_is_late=_date_is_late(text),
                  period_release=_PERIOD_TITLE.search(headline) is not None)


def _plans(heading: str, year: int | None, plan_year: int | None, cues: dict) -> bool:
    """A heading of the plan part: a plan cue (重点工作) not reporting on itself (重点工作推进情况), or
    the plan year with a word of work ahead (二、关于2024年工作)."""
    if year is not None and year == plan_year and any(w in heading for w in cues["plan_year_words"]) \
            and not any(v in heading for v in cues["plan_cue_vetoes"]):
        return True     # (not 2023年前三季度主要经济指标完成情况: in a part-year report, its results)
    return (any(c in heading for c in cues["plan_cues"]) and not any(v in heading for v in cues["plan_cue_vetoes"])
            and (year is None or year == plan_year or plan_year is None))


_EXCERPT_LINE_CHARS = 60
_EXCERPT_HEAD_CHARS = 300
_EXCERPT_PUNCT = compiled(r"[。；;！？]")
_EXCERPT_CLAUSE_CHARS = 20
_CHROME_LINE_CHARS = 60
_CUT_CELL_CHARS = 12        # the first line of a text cut inside a table: a cell
_LATER_SECTION = compiled(r"(?:[（(][二三四五六七八九十]{1,3}[)）]|[二三四五六七八九十]{1,3}、)\s*[\p{Han}\d][^。；;！？\n]{1,30}")
_FIRST_SECTION = compiled(r"(?:[（(]一[)）]|一、)")
# a later section numbered in Arabic, its heading alone on its line (3.乡村振兴扎实推进; 2.推进…城镇化建设，提升城乡宜居品质)
_LATER_ARABIC_SECTION = compiled(r"(?:[2-9]|1\d)\s*[.．、]\s*\p{Han}[^。；;！？\n：:，,\d]{3,20}(?:[，,]\p{Han}[^。；;！？\n：:，,\d]{3,16})?")
_TARGET_ITEM = compiled(r"\s*——\p{Han}{2,8}[：:]\S")
# a later numbered line of a list stating a figure (5.一般公共预算收入增长6%。): a text cut inside the list
# (its figure in its own first sentence: 6.科技创新加快发展。全区…达到2.46% is a section of results under a title)
_LATER_FIGURE_ITEM = compiled(r"\s*(?:[2-9]|1\d)\s*[.．、]\s*\p{Han}[^\n：:。]{1,40}?\d[^\n]{0,40}[。；;]\s*")
_TARGET_MARKS = compiled(r"左右|以上|以内|约束性|预期性")     # (…in a list of targets)
_TARGET_LIST_HEAD = 200
# a bulleted line setting a value with a target's qualifier (●居民消费价格涨幅控制在3%左右。)
_BULLET_TARGET = compiled(r"\s*[●■◆▲•]\s*\p{Han}[^。\n]{1,40}?\d[^。\n]*?(?:左右|以上|以内|以下)[^。\n]{0,20}?[。；;]?[ \t]*(?=\n|$)")
_LATER_ITEM = compiled(r"(?:[2-9]|1\d)\s*[.．、]\s*\p{Han}{2,20}(?:[（(][^（）()\n]{1,8}[）)])?[：:]\S|——\p{Han}{2,8}[：:]\S")     # (——科技创新：…)
# a headline about a report, not of it (【解读】六个关键词读懂2017年省政府工作报告)
_ABOUT_REPORT = compiled(r"解读|读懂|图解|一图|关键词|【|速览|看点")
# a page's path naming the report it holds
_REPORT_PAGE = compiled(r"政府工作报告|计划执行情况|计划草案|国民经济和社会发展计划")
# a site's or a body's name on a page's first line (某省发展和改革委员会, 某区人民政府网)
_SITE_NAME = compiled(r"\p{Han}{2,20}(?:委员会|人民政府|政府|局|办公室|门户网站|网站|网)")
# a sentence of the body introducing what follows (对上述主要预期目标，说明如下：)
_INTRO_SENTENCE = compiled(r"\p{Han}[^。；;\n]{2,30}[，,][^。；;\n]{1,20}[：:]")
_EXCERPT_CLAUSES = compiled(r"\p{Han}[，,]\p{Han}")


def opens_with_target_item(text: str) -> bool:
    """The text opens with an item of a targets list (——科技创新：…, ●社会消费品零售总额增长10%左右。)."""
    return _TARGET_ITEM.match(text) is not None or _BULLET_TARGET.match(text) is not None \
        or _LATER_FIGURE_ITEM.match(text) is not None and _TARGET_MARKS.search(text, 0, _TARGET_LIST_HEAD) is not None


def opens_mid_paragraph(text: str) -> bool:
    """An excerpt of a report (as a later part of one is published): no headline, title, date or page
    chrome above its first line, which is a run of sentences or a cell of a table cut above."""
    lines = [line.strip() for line in text[:_EXCERPT_HEAD_CHARS].split("\n") if line.strip()]
    chrome = load("report")["chrome"]["words"]
    # (a web page holding an excerpt: its site, date and buttons above, then a report's text cut above,
    # …全年PM2.5平均浓度42微克/立方米 / （四）消费市场平稳较快增长。全年…: the page's lines are read past)
    page = 0
    while page < len(lines) and len(lines[page]) <= _CHROME_LINE_CHARS and not _EXCERPT_CLAUSES.search(lines[page]) \
            and (any(w in lines[page] for w in chrome) or _SITE_NAME.fullmatch(lines[page])) \
            and (_DATE.search(lines[page]) or not _YEAR.search(lines[page])):
        page += 1       # (a headline naming a year, 【解读】…2023年省政府工作报告, is no page furniture)
    if page and page < len(lines) and _REPORT_PAGE.search(" ".join(lines[:page])):
        return _first_line_cut(lines[page])     # (首页 > 政务公开 > 政府工作报告 / …: the page holds a report)
    if page < len(lines) and len(lines[page]) <= _CHROME_LINE_CHARS and _REPORT_PAGE.search(lines[page]) \
            and not _ABOUT_REPORT.search(lines[page]):
        # 全省2015年计划执行情况：开放型经济稳中提质 / 发布时间：… / （五）开放型经济逆势增长。: a headline naming a
        # report over a later section of it
        k = page + 1
        while k < len(lines) and (_DATE.search(lines[k]) or len(lines[k]) <= _CHROME_LINE_CHARS) \
                and any(w in lines[k] for w in chrome):
            k += 1      # (发布时间：… 来源：… / 【字体：大 中 小】【打印】: the page's furniture under its headline)
        if k < len(lines) and _LATER_SECTION.match(lines[k]):
            return True
    if page and page < len(lines) and _DATE.search(" ".join(lines[:page])):
        # (only a later section or item says so: a news item's text opens with a sentence too; a later
        # section heading below the first lines, with no first one, also: …浓度4 / 2微克…。/ （五）着力保障…)
        return _LATER_SECTION.match(lines[page]) is not None or _LATER_ITEM.match(lines[page]) is not None \
            or (any(_LATER_SECTION.match(line) for line in lines[page + 1:])
                and not any(_FIRST_SECTION.match(line) for line in lines[page:]))
    if not lines or _DATE.search(text[:_EXCERPT_HEAD_CHARS]):
        return False
    if any(w in line for line in lines[:3] if len(line) <= _CHROME_LINE_CHARS and not _EXCERPT_CLAUSES.search(line)
           for w in chrome):
        return False    # (a sentence holding 无障碍 or 关注 is no page furniture)
    if len(lines[0]) <= _CUT_CELL_CHARS and headless_opening_table(text):
        return True     # cut inside a table above its header
    return _first_line_cut(lines[0])


def _first_line_cut(first: str) -> bool:
    """A text's first line opens inside a report (not a title or a headline)."""
    if _LATER_SECTION.fullmatch(first) or _LATER_ITEM.match(first) or _BULLET_TARGET.fullmatch(first) \
            or _LATER_FIGURE_ITEM.fullmatch(first) or _LATER_ARABIC_SECTION.fullmatch(first):
        return True     # a later section or item of a report: 四、2014年重点工作, 7. 托育服务扩容工程：…, 3.乡村振兴扎实推进
    if len(first) > _EXCERPT_LINE_CHARS:
        return _EXCERPT_PUNCT.search(first) is not None
    # (a hard-wrapped copy: the end of a sentence cut above, …社会大局保持和谐稳定。)
    return len(first) >= _EXCERPT_CLAUSE_CHARS and _EXCERPT_CLAUSES.search(first) is not None \
        and first.endswith(("。", "；", ";")) or _INTRO_SENTENCE.fullmatch(first) is not None


def _reads_as_plans(text: str) -> bool:
    """An excerpt with no part heading reads as plans: its words of work ahead come near those of results
    (a review has three or four times more of the latter), or it opens by saying what a year will do
    (2022年，我们将…) or by introducing the year's targets."""
    cues = load("sections")
    ahead = sum(text.count(w) for w in cues["excerpt_plan_words"])
    done = sum(text.count(w) for w in cues["excerpt_result_words"])
    return ahead >= _PLAN_WORDS_SHARE * max(done, 1) or _WILL_DO.search(text, 0, len(text) // 3) is not None \
        or _THIS_YEAR_AIM.search(text, 0, len(text) // 3) is not None \
        or _TARGETS_INTRO.search(text, 0, len(text) // 2) is not None


_PLAN_WORDS_SHARE = 0.75
# (…计划实施项目50个，实际完成52个: what was planned, then done)
_NOT_DONE_AFTER = r"(?![^。]*(?:实际|已经|已完成|完成了|超额))"
_TARGETS_INTRO = compiled(r"主要预期目标[^。；;\n]{0,8}?(?:如下|为|是)[：:]")     # (对上述主要预期目标，说明如下：)     # (…建议2024年…主要预期目标如下：)
# (在2020年实现…的基础上，力争今年城镇新增就业3000人以上: what this year will do; …增长目标确定为10%左右，…
# 主要考虑是: the reasons for the targets)
_THIS_YEAR_AIM = compiled(r"力争今年|今年力争|确保今年|今年将|今年要|目标确定为|目标定为|目标定在|主要考虑是"
                          r"|(?:全年|今年)计划(?:新建|实施|安排|新增|开工|完成)" + _NOT_DONE_AFTER)
# (2025年全县计划实施…重点项目56个: a figure follows; not 2022年计划实施项目50个，实际完成52个, nor a title 2016年计划安排)
_WILL_DO = compiled(r"(?:19|20)\d{2}\s*年[，,]?\s*(?:我们|全区|全市|全县|全州|全省|全旗|[省市县区州旗]政府)?"
                    r"(?:将|继续|计划(?:实施|安排|新建|开工|建设)(?=[^。\n]*\d)" + _NOT_DONE_AFTER + ")")


# a paragraph opening with the plan year's targets: 2020年经济社会发展的主要预期目标是：…
# (…的原则，2026年计划草案提出全市经济社会发展主要预期目标：…: an intro inside a paragraph too)
# (2.2024年主要目标。规上工业增加值增长8%左右…: a numbered sub-heading run into its paragraph, too)
_TARGETS_PARAGRAPH = compiled(r"(?m)(?:^[ \t\u3000]*|(?<=[。，,]))(?:((?:19|20)\d{2})\s*年|今年)[^。；;\n]{0,24}?"
                              r"(?:主要预期目标|主要目标|预期目标)[^。；;\n]{0,8}?(?:(?:如下|为|是)[：:]|(?<=目标)[：:])"
                              r"|(?m)^[ \t\u3000]*\d{1,2}\s*[.．、]\s*((?:19|20)\d{2})\s*年(?:主要预期目标|主要目标|预期目标)[。：:]")


def _targets_paragraph(text: str, plan_year: int) -> int | None:
    """Where a text without part headings turns to the plan year: a paragraph opening with its targets."""
    for m in _TARGETS_PARAGRAPH.finditer(text):
        year = m.group(1) or m.group(2)
        if year is None or int(year) == plan_year:     # (None: 今年)
            return m.start()
    return None


_SPAN_END = compiled(r"到((?:19|20)\d{2})\s*年")
_SPAN_END_REACH = 800
_TO_PERIOD_END = compiled(r"到[“\"]?十([一二三四五])五[”\"]?(?:规划)?(?:末|期末|时期末)")


_PERIOD = compiled(r"十([一二三四五])五")
_PERIOD_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}


def _years_ahead(heading: str, plan_year: int, cues: dict) -> bool:
    """A heading of the years ahead: 今后五年的奋斗目标, or the goals of the five-year plan the plan year
    opens or runs in (二、“十二五”时期的奋斗目标 in a report planning 2011), not a review of one."""
    if any(c in heading for c in cues["years_ahead_cues"]):
        return True
    period = _PERIOD.search(heading)
    return period is not None and _PERIOD_END[period.group(1)] >= plan_year \
        and any(w in heading for w in cues["period_goal_words"]) and not any(v in heading for v in cues["plan_cue_vetoes"])


def _span_end_year(text: str, start: int, plan_year: int, cues: dict) -> int:
    """The year a section of the years ahead runs to: its first 到2017年 (or 到“十二五”末, that plan's last
    year), else the plan's fifth year."""
    m = _SPAN_END.search(text, start, start + _SPAN_END_REACH)
    period = _TO_PERIOD_END.search(text, start, m.start() if m else start + _SPAN_END_REACH)
    year = _PERIOD_END[period.group(1)] if period else int(m.group(1)) if m else 0
    return year if plan_year < year <= plan_year + cues["plan_span_years"] else plan_year + cues["plan_span_years"] - 1


def _goals_above(text: str, targets: int, plan_year: int, cues: dict) -> int | None:
    """The year the goals an excerpt opens with run to, when the text above its year's targets is
    such goals (a 到2030年 past the plan year, in an excerpt that opens inside a report)."""
    m = _SPAN_END.search(text, 0, targets)
    year = int(m.group(1)) if m else 0
    if plan_year < year <= plan_year + cues["plan_span_years"] and opens_mid_paragraph(text):
        return year
    return None


def find_layout(text: str, review_year: int | None, plan_year: int | None, doc_type: str | None = None,
                tables: Sequence[Table] = ()) -> Layout:
    """The parts of a report; a heading-like line inside a table (a 2025年目标 column) opens none."""
    if doc_type == "other" and not any(w in text[:_HEADER_CHARS] for w in load("sections")["structured_other"]) \
            and not opens_mid_paragraph(text):
        return news_layout(text)
    cues = load("sections")
    greeting = _GREETING.search(text)
    body_start = greeting.start() if greeting else 0
    boundaries: list[tuple[int, str]] = [(0, "review")]
    part_years: dict[int, int] = {}
    for start, heading in _headings(text, cues["max_heading_chars"]):
        if "报告" in heading or heading[0] in "及和与、—" or start < body_start:
            continue  # the title block, not a part heading
        if any(t.start <= start < t.end for t in tables) or _TABLE_CAPTION.match(heading):
            continue    # (表1 主要经济社会指标（2021—2024年）: a table's caption opens no part)
        years = [int(y) for y in _YEAR.findall(heading)]
        if len(set(years)) > 1:
            continue  # a title naming both years opens neither part
        year = years[0] if years else None
        if plan_year and not years and _years_ahead(heading, plan_year, cues):
            part, span_end = "plan", _span_end_year(text, start, plan_year, cues)
            if boundaries[-1][1] != part or part_years.get(boundaries[-1][0]) != span_end:
                boundaries.append((start, part))
                part_years[start] = span_end
            continue
        if _plans(heading, year, plan_year, cues):
            if year is not None or _ORDINAL.match(heading):
                part = "plan"
            else:
                continue
        elif any(c in heading for c in cues["review_cues"]) and (year is None or year == review_year):
            part = "review"
        else:
            continue
        if boundaries[-1][1] != part or boundaries[-1][0] in part_years:
            boundaries.append((start, part))
    targets = _targets_paragraph(text, plan_year) if len(boundaries) == 1 and plan_year else None
    if targets is not None:
        boundaries.append((targets, "plan"))    # no headings (节选): the plan part opens with the year's targets
        goals_end = _goals_above(text, targets, plan_year, cues)
        if goals_end:
            # (an excerpt opening in the five-year goals above them: ——经济实力迈上新台阶。…到2030年…)
            boundaries[0] = (0, "plan")
            part_years[0] = goals_end
            boundaries[-1] = (text.rfind("\n", 0, targets) + 1, "plan")     # (the targets' paragraph is the year's)
    elif len(boundaries) == 1 and opens_mid_paragraph(text) and _reads_as_plans(text):
        boundaries = [(0, "plan")]      # a later part of a plan report, its key tasks only
    elif boundaries[0] == (0, "review") and opens_with_target_item(text) and opens_mid_paragraph(text):
        boundaries[0] = (0, "plan")     # an excerpt opening inside the targets list (——科技创新：…达到1.85%)
    return Layout(review_year=review_year, plan_year=plan_year, boundaries=boundaries, part_years=part_years,
                  default_year=review_year or plan_year or text_year(text))
