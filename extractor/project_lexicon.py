"""The vocabulary of the project rules (patterns/projects.toml) compiled once into `Cfg`, and what
every rule shares: the `Hit` a rule records and `stage_of`, the stage a verb gives.

The patterns are built for speed: word lists become prefix-trie alternations (`_alt`), and
$-anchored patterns come with the width of their longest word and their words grouped by last
character (`_by_last`), so that callers can rule most strings out before any search.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

import re as regex  # stdlib re: these patterns need nothing more, and it is faster

from .layout import Layout
from .lexicon import load

_SEP = "，,；;。：:！!？?\n"   # what ends a clause: no stage verb holds one
_MAX_ADVERBS = 3      # how many adverbs and time phrases a closing verb looks back over
_TIME_WIDTH = 12      # the longest date words.time_phrase matches ('于2023年12月底前')


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


class Cfg:
    """patterns/projects.toml compiled: the words and patterns every rule reads."""

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
        adv = f"{_alt(w['adverbs'])}|{w['time_phrase']}|{w['place_phrase']}"
        self.time_year = regex.compile(r"((?:19|20)\d{2})\s*年")
        self.pre_re = regex.compile(f"(?:{_alt(self.pre)})")
        # adverbs and time phrases may pile up before a closing verb ('将于年内开工建设')
        self.post_end = regex.compile(f"(?:{adv})*(?P<verb>{_alt(self.post)})\\s*$")
        self.adverbs = regex.compile(f"(?:{adv})+")
        self.post_split = regex.compile(f"(?:{adv})*(?P<verb>{_alt(self.post)})(?=、)")
        # a closing verb, then what came after it ('X医院投用后新增床位800张', 'X项目投产当年实现产值…')
        self.post_after = regex.compile(f"(?P<verb>{_alt(self.post)})(?:{_alt(w['after_verb'])})")
        # a closing verb, then 并 and more ('X竣工并通水运行'): a $-anchored search up to the 并
        self.post_then: dict[str, _Verb] = dict(self.post)
        for stage, words in v["post_then"].items():
            for word in words:
                self.post_then[word] = _Verb(stage, None)
        self.post_then_end = regex.compile(f"(?:{adv})*(?P<verb>{_alt(self.post_then)})$")
        self.post_then_words = _by_last(self.post_then)
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
        # ... or 等, the class word, then its count ('A等学校4所', 'B等重点项目12个')
        self.class_count_marker = regex.compile(
            f"等(?P<mid>[^、等\\d]{{0,14}}?)(?P<cw>{cw})\\s*\\d+\\s*[个所条座家处项批]$")
        self.bare_marker = regex.compile(r"(?:建设)?项目$")   # at most project_lists._BARE_MARKER_WIDTH long
        # (等一批打基础、利长远的重大工程: a class described with its own 、)
        self.loose_marker = regex.compile(r"等(?:\s*\d+\s*[个所条座家处项批])?[^、]{0,14}$|等一批[^，,。；;]{0,20}的[^，,。；;、]{0,10}$|等$")
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
        self.post_width = _MAX_ADVERBS * max(_width(w["adverbs"]), _TIME_WIDTH) + _width(self.post)
        self.frame_width = _width(w["frames"])
        self.class_words = _by_last(w["class_words"])
        # a name counts when it ends with a facility suffix, its list with a class word, or either
        # with 项目 (a bare 等 marks nothing): a clause with none of these yields nothing
        self.project_hint = regex.compile(
            _alt([*w["facility_suffixes"], *w["class_words"], *w["works_endings"], "项目"]))
        self.suffix_words = frozenset(w["facility_suffixes"])
        self.works_endings = _by_last(w["works_endings"])
        self.place_endings = tuple(w["place_endings"])
        self.place_utilities = tuple(w["place_utilities"])
        self.utility_places = self.place_endings + tuple(w["utility_sections"])
        self.capacity = regex.compile(w["capacity"])
        self.abstract = _by_last(w["abstract_endings"])
        self.marked_builds = tuple(w["marked_builds"])
        self.built_integrations = tuple(w["built_integrations"])
        self.generic = frozenset(w["generic_names"])
        self.bad_leads = tuple(w["bad_leads"])
        self.campaign = regex.compile(_alt(w["campaign_infixes"]))
        # openings of no name: a batch or quantity, or a kind of facility
        self.non_name_leads = self.bad_leads + tuple(w["kind_leads"])
        self.carried_out_leads = self.non_name_leads + tuple(w["carried_out_leads"])
        self.kind_qualifiers = tuple(w["kind_qualifiers"])
        self.qualified_kinds = frozenset(w["qualified_kinds"])
        self.slogan = regex.compile(f"[{w['slogan_numerals']}]+工程")
        self.part_leads = tuple(w["part_leads"])
        self.name_frame_verbs = frozenset(w["name_frame_verbs"])
        self.name_min, self.name_max = w["name_chars"]
        # a number opens a count ('3所学校'), unless it numbers a route ('104国道') or gives the
        # capacity of a product ('50万吨煤焦油深加工')
        self.count_lead = regex.compile(
            f"^(?:\\d(?!\\d*(?:{_alt(w['numbered_routes'])})|[\\d.]*(?:{_alt(w['capacity_units'])})[^\\d、\\s]{{2}})"
            "|[一二三四五六七八九十两几百千万]+\\s*[个所条座家处批项])")
        b = raw["box"]
        self.box_heading = regex.compile(b["heading"])
        self.box_title_words = tuple(b["title_words"])
        self.box_planning_words = tuple(b["planning_title_words"])
        self.numbered = regex.compile(b["numbered_line"])
        self.sector_title = regex.compile(b["sector_title"])
        self.sector_title_ends = tuple(c + w for c in b["known_categories"] for w in ("", "项目", "工程"))
        self.category_strip = regex.compile(b["category_strip"])
        self.known_categories = tuple(b["known_categories"])
        self.category_keeps_project = frozenset(b["category_keeps_project"])
        sector = b["sector"].format(categories=_alt(self.known_categories))
        self.sector = regex.compile(sector)
        self.inline_heading = regex.compile(b["inline_heading"].format(sector=sector))
        self.section_heading = regex.compile(b["section_heading"])
        self.section_sector = regex.compile(b["section_sector"].format(sector=sector))
        self.marked_sector = regex.compile(b["marked_sector"].format(sector=sector))
        bd = raw["breakdown"]
        self.bd_status = regex.compile(bd["status"])
        self.bd_opener = regex.compile(bd["opener"])
        self.bd_group = regex.compile(bd["group"])
        self.bd_stage = bd["status_stage"]
        # the status rules yield only where their status is one of these
        self.known_status = regex.compile(_alt(self.bd_stage))
        self.status_heading = regex.compile(bd["status_heading"])
        self.bracketed = regex.compile(bd["bracketed"].format(statuses=_alt(self.bd_stage)))
        ct = raw["cell_table"]
        self.cell_name_header = regex.compile(ct["name_header"])
        self.cell_header_chars = ct["header_cell_chars"]
        self.cell_header_cells = ct["header_cells"]
        self.cell_top = regex.compile(ct["top_heading"])
        self.cell_sub = regex.compile(ct["sub_heading"])
        self.cell_status = regex.compile(ct["status_body"])
        self.cell_stage = ct["status_stage"]
        self.cell_legend = regex.compile(ct["status_legend"])
        self.cell_sector = regex.compile(ct["sector_body"].format(sector=sector))
        self.cell_serial = regex.compile(ct["serial"])
        self.cell_end = regex.compile(ct["table_end"])
        t = raw["titled_item"]
        self.titled = regex.compile(t["line"])
        self.programme_leads = tuple(t["programme_leads"])
        pr = raw["progress"]
        self.progress = regex.compile(pr["pattern"].replace("{parts}", _alt(pr["parts"])))
        self.progress_stage = raw["progress"]["stage"]
        self.class_endings = tuple(pr["class_endings"])
        self.progress_investment = tuple(pr["investment_objects"])
        self.progress_not_objects = regex.compile(_alt(raw["progress"]["not_objects"]))
        n = raw["news"]
        self.news_year_cue = regex.compile(n["year_cue"])
        self.news_target = regex.compile(_alt(n["target_cues"]))
        self.news_future = regex.compile(_alt(n["future_cues"]))
        self.news_actual = tuple(n["actual_cues"])
        self.news_events = regex.compile(_alt(n["event_verbs"]))
        self.section_year = regex.compile(n["section_year"])
        self.section_relative = regex.compile(n["section_relative"])
        self.section_actual = tuple(n["section_actual"])
        self.section_target = tuple(n["section_target"])
        f = raw["future"]
        self.future_heading = regex.compile(f["heading"])
        self.top_heading = regex.compile(f["top_heading"])


@functools.cache
def config() -> Cfg:
    return Cfg(load("projects"))


# A hit is a mention found by a rule, before overlaps are resolved:
# (start, end, category, stage, stage_text, rule), and where the verb's adverbs hold a date, that
# date as written (a 7th element: 'X2024年开工建设' gives '2024年').
Hit = tuple


def stage_of(verb: str, table: dict[str, _Verb], layout: Layout, pos: int) -> Optional[str]:
    """The stage `verb` (looked up in `table`) gives a mention at `pos`."""
    v = table.get(verb)
    if v is None:
        return None
    if v.stage is not None:
        return v.stage
    return v.by_part.get("plan" if layout.part_at(pos) == "plan" else "review")
