"""Binding targets named by notes around the values rather than marked on them: …，为约束性指标 / 其中A、B为
约束性指标 / …，均完成省下达的约束性目标 / （以上两项为约束性指标） / 约束性指标：A…，B… / 两项约束性指标全面完成，A…；B…
(a mark right after a value, such as *, （约束性）, is read with the value itself)."""
from __future__ import annotations

from . import names, quantities
from .pattern_cache import compiled
from .segment import LIST_MARKER


_BINDING_NOTE = compiled(r"([^。；;！？\n]{0,80}?)(?:均|都)?(?:为|完成[^。；;！？，,\n]{0,8}?)约束性(?:指标|目标|任务)")
# (约束性指标：A…，B…。; 节能减排约束性指标全面完成：预计A…，B…。)
_BINDING_LABEL = compiled(r"约束性(?:指标|目标|任务)(?:为|是|(?:全面|全部|均|顺利|超额)?完成)?[：:]")
# (a paragraph's title sentence: 节能减排约束性指标全面完成。初步测算，A下降5.3%，…。: the sentence after it)
_BINDING_TITLE = compiled(r"(?m)^[ \t\u3000]*[^。，,；;\n]{0,12}约束性(?:指标|目标|任务)(?:全面|全部|均|顺利|超额)?完成。")
_BINDING_LEAD = compiled(r"(?:^|(?<=[\s。；;，,：:]))约束性指标(?=\p{Han})(?![为是])")    # 约束性指标单位地区生产总值能耗下降3.2%
_COUNTED_BINDING = compiled(r"([两二三四五六七八九十]|\d{1,2})项约束性(?:指标|目标)(?![为是])")
_CLAUSE_END = compiled(r"[，,；;。\n]")
_NOTE_ADVERBS = compiled(r"^(?:分别|均|都|全部|也)+")
_NOTE_REACH = 100      # how far before its 约束性 a note's names may start (80 characters and its verb)
_ITEMS_COUNTED = compiled(r"([两二三四五六七八九十]|\d{1,2})项(?:指标)?")
_NOTE_LEAD = compiled(r"^.*?(?:其中|以上|上述)(?:(?:主要)?(?:目标|指标)中?)?[，,：:]?|^.*[，,]")


def _binding_notes(view: str):
    """_BINDING_NOTE's matches, looked for only around each 约束性 (a scan of the whole text from
    every position costs more than the rest of the rule)."""
    end = 0
    i = view.find("约束性")
    while i != -1:
        if i >= end:
            note = _BINDING_NOTE.search(view, max(end, i - _NOTE_REACH), i + 5)
            if note:
                end = note.end()
                yield note
        i = view.find("约束性", i + 3)


def bind_named(view: str, records: list[dict], above_scale: bool) -> None:
    """A note after the values (…分别下降3.8%、4%，为约束性指标 / 其中，单位地区生产总值能耗、PM2.5平均浓度
    为约束性指标) makes binding the values it names, or, naming none, those of its part of the
    sentence (since the last ；) before it; a label before them (约束性指标：A…，B…。) the values of
    its sentence after it."""
    for label in [*_BINDING_LABEL.finditer(view), *_BINDING_TITLE.finditer(view)]:
        end = view.find("。", label.end())
        end = len(view) if end == -1 else end
        for r in records:
            if label.end() <= r["span"][0] < end:
                r["binding"] = True
    for counted in _COUNTED_BINDING.finditer(view):
        # 两项约束性指标全面完成，A预计下降3.8%…；B达到87.4%: the next that many values of the sentence
        end = view.find("。", counted.end())
        after = [r for r in records if counted.end() <= r["span"][0] < (end if end != -1 else len(view))]
        for r in after[:int(quantities.parse_number(counted.group(1)))]:
            r["binding"] = True
    for lead in _BINDING_LEAD.finditer(view):
        end = _CLAUSE_END.search(view, lead.end())
        for r in records:
            if lead.end() <= r["span"][0] < (end.start() if end else len(view)):
                r["binding"] = True
    for note in _binding_notes(view):
        named = _NOTE_ADVERBS.sub("", _NOTE_LEAD.sub("", note.group(1)).strip())   # (…，分别完成…约束性目标: none named)
        mark = note.end(1)
        if not named:
            part_start = max(view.rfind(c, 0, mark) for c in "。\n；;") + 1
            for r in records:
                if part_start <= r["span"][0] < mark:
                    r["binding"] = True
            continue
        counted = _ITEMS_COUNTED.fullmatch(named)
        if counted:
            # …降低3.5%（以上两项为约束性指标）: the last values before the note
            n = int(quantities.parse_number(counted.group(1)))
            for r in [r for r in records if r["span"][0] < mark][-n:]:
                r["binding"] = True
            continue
        wanted = {names.canonical(n, above_scale) or n for n in names.split_list(named)}
        paragraph_start = view.rfind("\n", 0, mark) + 1
        if _LIST_BEFORE.match(note.group(1)):
            paragraph_start = _numbered_run_start(view, paragraph_start)   # 上述目标中，A、B为约束性指标
        for r in records:
            if paragraph_start <= r["span"][0] < mark and (r["canonical"] or r["name"]) in wanted:
                r["binding"] = True


_NUMBERED_LINE = compiled(LIST_MARKER)
_LIST_BEFORE = compiled(r"\s*(?:上述|以上|前述)(?:主要)?(?:目标|指标)")


def _numbered_run_start(view: str, line_start: int) -> int:
    """Where the numbered lines (1.… 2.…) just above the line at `line_start` begin; the line itself
    when none are."""
    start = line_start
    while start > 0:
        prev = view.rfind("\n", 0, start - 1) + 1
        line = view[prev:start - 1]
        if line.strip() and not _NUMBERED_LINE.match(line.lstrip()):
            break
        start = prev
    return start
