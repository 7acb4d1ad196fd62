"""Indicator names: the phrase before a value, cleaned, and its canonical lexicon entry."""
from __future__ import annotations

import functools

import regex

from .lexicon import load

_re = functools.cache(regex.compile)  # patterns compiled once, on first use

_BRACKETED = regex.compile(r"[（(][^（）()]*[）)]")
_THRESHOLD = regex.compile(r"^\d+(?:\.\d+)?\s*[万亿千百]*元以上")
_QUOTES = "“”\"‘’'《》"


@functools.cache
def _lexicon() -> tuple[dict[str, str], tuple[str, ...]]:
    data = load("indicators")
    synonyms = {}
    for canonical, names in data["canonical"].items():
        for name in [canonical, *names]:
            synonyms.setdefault(_key(name), canonical)
    prefixes = tuple(sorted(data["scope_prefixes"], key=len, reverse=True))
    return synonyms, prefixes


def _key(name: str) -> str:
    return _re(r"\s+").sub("", name).replace("（", "(").replace("）", ")").upper()


@functools.lru_cache(maxsize=8192)
def canonical(name: str, means_above_scale: bool = False) -> str | None:
    """The lexicon entry `name` means, or None.

    `means_above_scale`: the report says 规上/规模以上 elsewhere, so a bare 工业增加值 means
    the above-scale figure (guideline: 工业增加值 when the report means 规上).
    """
    synonyms, prefixes = _lexicon()
    candidates = [name]
    stripped = _key(name)
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            if stripped.startswith(prefix) and len(stripped) > len(prefix):
                stripped = stripped[len(prefix):]
                changed = True
    candidates += [stripped, _BRACKETED.sub("", stripped), _THRESHOLD.sub("", _BRACKETED.sub("", stripped))]
    for candidate in candidates:
        found = synonyms.get(_key(candidate))
        if found:
            if found == "工业增加值" and means_above_scale:
                return "规模以上工业增加值"
            return found
    return None


@functools.cache
def _fillers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = load("indicators")["words"]
    by_len = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
    return by_len(words["name_prefix_filler"]), by_len(words["name_suffix_filler"])


_EDGE_JUNK = " \t\n\u3000，,；;：:、。~-—●•·▪◆■≤≥<>="
_YEAR_PHRASE = regex.compile(r"^(?:(?:到|至|截至|截止)?(?:19|20)\d{2}\s*年(?:末|底|度)?|\d{1,2}\s*(?:[-—至]\s*\d{1,2}\s*)?月份?|共(?=\p{Han}{2}))")
_COMPARE_TAIL = regex.compile(r"(?:较|比|同比)(?:上年|去年|(?:19|20)\d{2}\s*年)(?:同期)?(?:末|底)?(?:高|低|多|少|增加|减少|提高|下降|增长)?$")
_TO_TAIL = regex.compile(r"(?:拓展|提高|提升|增加|扩大|增长|下降|降低|减少|达|上升)?(?:至|到)$")
_UNBALANCED = regex.compile(r"[（(][^（）()]*$|^[^（）()]*[）)]")


@functools.lru_cache(maxsize=8192)
def clean_name(phrase: str) -> str:
    """Strip the words around a name that are not part of it (verbs, fillers, years, punctuation)."""
    prefixes, suffixes = _fillers()
    _, scopes = _lexicon()
    name = phrase.strip(_EDGE_JUNK)
    for _ in range(8):
        before = name
        name = _YEAR_PHRASE.sub("", name).strip(_EDGE_JUNK)
        name = _COMPARE_TAIL.sub("", name).strip(_EDGE_JUNK)
        name = _TO_TAIL.sub("", name).strip(_EDGE_JUNK)
        name = _UNBALANCED.sub("", name).strip(_EDGE_JUNK)
        for word in (*prefixes, *scopes):
            if name.startswith(word):
                name = name[len(word):].strip(_EDGE_JUNK)
                break
        for word in suffixes:
            if name.endswith(word):
                name = name[: -len(word)].strip(_EDGE_JUNK)
                break
        if name == before:
            break
    name = _re(r"(?<=\p{Han}{2})实现(?=\p{Han}{2})").sub("", name)
    if name.count("“") != name.count("”"):
        name = name.strip("“”")
    return name


def trim(phrase: str) -> str:
    """A lighter clean for words that complete another name: keeps 完成/累计 (累计完成投资)."""
    phrase = phrase.strip(_EDGE_JUNK)
    phrase = _re(r"^(?:以上|以内|以下|左右|余|的|实现)+").sub("", phrase)
    phrase = _re(r"(?:达到|已达|达|为|约|近|超过|超|突破|共|了)+$").sub("", phrase)
    phrase = _YEAR_PHRASE.sub("", phrase)
    return phrase.strip(_EDGE_JUNK)


@functools.lru_cache(maxsize=4096)
def entity(name: str) -> str:
    """The thing a name measures, without the measure word (规模以上企业产值 → 规模以上企业)."""
    stripped = _re(r"(?:实现|完成|累计)?(?:总产值|产值|增加值|总投资|完成投资|投资|合同金额|金额|规模)$").sub("", name)
    return stripped or name


def expand_urban_rural(name: str) -> list[str] | None:
    """城乡居民人均可支配收入 → [城镇居民人均可支配收入, 农村居民人均可支配收入]."""
    if name.startswith("城乡"):
        rest = name[2:]
        return ["城镇" + rest, "农村" + rest]
    return None


def split_list(phrase: str) -> list[str]:
    """A list of names joined by 、 和 及 与 (固定资产投资、社会消费品零售总额和进出口总值)."""
    parts = [p for p in (clean_name(p) for p in _re(r"、|和|及|以及|与").split(phrase)) if p]
    # 一、二、三产业增加值 / 城镇和农村居民人均可支配收入: short heads share the last part's tail
    if len(parts) > 1:
        last = parts[-1]
        for i, part in enumerate(parts[:-1]):
            if len(part) <= 2 and len(last) > len(part) + 1:
                parts[i] = part + last[len(part):]
    return parts
