"""Compiled patterns and parsed pattern files read back from the cache are what compiling and
parsing give; a bad cache is only ignored."""
import pickle
import tomllib

import pytest
import regex

from extractor import lexicon, pattern_cache

SOURCES = {"unit": (r"(?P<n>\d+)(?:万|亿)?元", 0), "back": (r"(?P<v>增长|下降)", regex.REVERSE)}


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "report-extractor"


def _no_compiling(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compiled although cached")
    monkeypatch.setattr(pattern_cache.regex, "compile", refuse)


def test_second_run_reads_the_cache(cache_home, monkeypatch):
    first = pattern_cache.compile_cached("t", SOURCES)
    assert (cache_home / "t.pickle").is_file()
    _no_compiling(monkeypatch)
    second = pattern_cache.compile_cached("t", SOURCES)
    for name, (pattern, flags) in SOURCES.items():
        assert second[name].pattern == pattern and second[name].flags == first[name].flags
    assert second["unit"].search("投资3亿元").group("n") == "3"
    assert second["back"].match("同比增长", 0, 4).group("v") == "增长"


def test_work_is_done_once_per_key(cache_home):
    calls = []

    def build():
        calls.append(1)
        return {"words": ["增长", "下降"]}

    assert pattern_cache.cached("w", "k1", build) == {"words": ["增长", "下降"]}
    assert pattern_cache.cached("w", "k1", build) == {"words": ["增长", "下降"]}
    assert len(calls) == 1
    pattern_cache.cached("w", "k2", build)
    assert len(calls) == 2


def test_pattern_files_read_from_the_cache_are_as_parsed(cache_home):
    parsed = tomllib.loads((lexicon.PATTERNS_DIR / "units.toml").read_text(encoding="utf-8"))
    for _ in range(2):                      # parsed, then read back
        lexicon.load.cache_clear()
        assert lexicon.load("units") == parsed
    assert (cache_home / "units.toml.pickle").is_file()
    lexicon.load.cache_clear()


def test_changed_patterns_are_compiled_again(cache_home):
    pattern_cache.compile_cached("t", SOURCES)
    changed = {**SOURCES, "unit": (r"\d+元", 0)}
    assert pattern_cache.compile_cached("t", changed)["unit"].pattern == r"\d+元"


@pytest.mark.parametrize("content", [
    b"",
    b"not a pickle",
    pickle.dumps(("digest", {"unit": 1})),
])
def test_bad_cache_file_is_ignored_and_replaced(cache_home, content):
    cache_home.mkdir(parents=True)
    (cache_home / "t.pickle").write_bytes(content)
    assert pattern_cache.compile_cached("t", SOURCES)["unit"].search("5元")
    assert (cache_home / "t.pickle").read_bytes() != content


class _Planted:
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return open, (str(self.path), "w")


def test_cache_file_runs_no_code(cache_home, tmp_path):
    marker = tmp_path / "marker"
    cache_home.mkdir(parents=True)
    (cache_home / "t.pickle").write_bytes(pickle.dumps(_Planted(marker)))
    assert pattern_cache.compile_cached("t", SOURCES)["unit"].search("5元")
    assert not marker.exists()


def test_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))    # a file, so no folder can be made in it
    assert pattern_cache.compile_cached("t", SOURCES)["unit"].search("5元")


def test_store_reads_back_what_an_earlier_run_compiled(cache_home, monkeypatch):
    first = pattern_cache._PatternStore("p")
    for name, (pattern, flags) in SOURCES.items():
        first.compile(pattern, flags)
    first.save()
    assert (cache_home / "p.pickle").is_file()
    _no_compiling(monkeypatch)
    second = pattern_cache._PatternStore("p")
    back = second.compile(*SOURCES["back"])
    assert back.flags & regex.REVERSE
    assert back.match("同比增长", 0, 4).group("v") == "增长"
    assert second.compile(*SOURCES["unit"]).search("投资3亿元").group("n") == "3"
    assert not second.compiled_any          # nothing new: nothing to write at exit


def test_store_compiles_a_pattern_once_per_run(cache_home):
    store = pattern_cache._PatternStore("p")
    assert store.compile(r"\d+元") is store.compile(r"\d+元")
    assert store.compile(r"\d+元") is not store.compile(r"\d+元", regex.IGNORECASE)


def test_store_drops_patterns_the_code_no_longer_builds(cache_home):
    old = pattern_cache._PatternStore("p")
    for i in range(300):
        old.compile(f"旧{i}")
    old.save()
    new = pattern_cache._PatternStore("p")
    new.compile("新")
    new.save()
    kept = pattern_cache._load(cache_home / "p.pickle")[1]
    assert list(kept) == [("新", 0)]


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(("regex 0.0, Python 2.7", {("x", 0): 1}))])
def test_store_ignores_a_bad_or_stale_file(cache_home, content):
    cache_home.mkdir(parents=True)
    (cache_home / "p.pickle").write_bytes(content)
    store = pattern_cache._PatternStore("p")
    assert store.compile("x").search("ax")
    store.save()
    assert (cache_home / "p.pickle").read_bytes() != content


def test_store_runs_no_code_from_its_file(cache_home, tmp_path):
    marker = tmp_path / "marker"
    cache_home.mkdir(parents=True)
    (cache_home / "p.pickle").write_bytes(pickle.dumps(_Planted(marker)))
    assert pattern_cache._PatternStore("p").compile("x").search("x")
    assert not marker.exists()
