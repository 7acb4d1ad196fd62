"""``projects.intro_lines``: projects listed one a line under an intro that names their stage
('主会场集中开工项目5个，总投资84.3亿元，分别是：' / '——X项目，总投资36亿元，…；'), as a news page
of a ceremony or a notice lists them. See [intro_lines] in patterns/projects.toml."""
from __future__ import annotations

import functools
import re as regex

from .lexicon import load
from .project_lexicon import Cfg, Hit
from .project_names import clean_item, name_core, valid


@functools.cache
def _rules() -> tuple[regex.Pattern, dict[str, str], regex.Pattern]:
    raw = load("projects")["intro_lines"]
    return regex.compile(raw["intro"]), raw["status_stage"], regex.compile(raw["item"])


def intro_line_projects(text: str, cfg: Cfg) -> list[Hit]:
    if "项目" not in text or ("：" not in text and ":" not in text):
        return []
    intro, stages, item = _rules()
    hits: list[Hit] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        head = intro.search(line)
        if head is None:
            continue
        status = head.group("status")
        for j in range(i + 1, len(lines)):
            if not lines[j].strip():
                continue
            m = item.match(lines[j])
            if m is None:
                break
            s, e, name, _ = clean_item(m.group("title"), cfg)
            if valid(name, name_core(name), cfg, True):
                start = offsets[j] + m.start("title") + s
                hits.append((start, start + len(name), None, stages[status], status, "projects.intro_lines"))
    return hits
