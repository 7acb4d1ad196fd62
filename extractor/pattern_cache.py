"""Work on the pattern files, kept on disk from one run to the next.

Some work at the start of every fresh `extract` run gives the same result each time: compiling
the rules' `regex` patterns (over 100 ms: `regex` parses patterns in Python) and parsing the TOML
files of patterns/ (~10 ms). Its results are pickled into $XDG_CACHE_HOME/report-extractor/
(~/.cache/report-extractor/ by default), keyed by their input, and later runs read them back; a
compiled pattern pickles together with its program (regex's own pickle support). `compiled()`
keeps single patterns in one store file, `compile_cached()` a named set of them in a file of its
own, `cached()` any other result. A missing, stale, damaged or unwritable cache file only means
doing the work as before.
"""
from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, Optional, TypeVar

import regex

T = TypeVar("T")
Sources = dict[str, tuple[str, int]]   # name -> (pattern, flags)
# a new regex or Python may compile or parse differently
_VERSIONS = f"regex {regex.__version__}, Python {sys.version_info[0]}.{sys.version_info[1]}"


def digest(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def cached(cache_name: str, key: str, build: Callable[[], T]) -> T:
    """build(), or what it returned in an earlier run for the same `key`."""
    key = f"{_VERSIONS}: {key}"
    path = _cache_file(cache_name)
    if path is not None:
        stored = _load(path)
        if stored is not None and stored[0] == key:
            return stored[1]
    value = build()
    if path is not None:
        _store(path, (key, value))
    return value


def compile_cached(cache_name: str, sources: Sources) -> dict[str, regex.Pattern]:
    """{name: regex.compile(pattern, flags)} for every entry of `sources`, kept in a store file of its
    own (written now, not at exit)."""
    store = _PatternStore(cache_name)
    patterns = {name: store.compile(pattern, flags) for name, (pattern, flags) in sources.items()}
    store.save()
    return patterns


def _cache_file(cache_name: str) -> Optional[Path]:
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):            # unset, or relative: ignored, as the XDG spec asks
        try:
            base = Path.home() / ".cache"
        except RuntimeError:               # no home folder to be found
            return None
    return Path(base) / "report-extractor" / f"{cache_name}.pickle"


class _Unpickler(pickle.Unpickler):
    """Plain data and compiled patterns, nothing else: a cache file cannot run code."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache file")


def _load(path: Path) -> Optional[tuple]:
    try:
        with path.open("rb") as fh:
            stored = _Unpickler(fh).load()
    except Exception:                      # absent, unreadable or damaged: do the work again
        return None
    return stored if isinstance(stored, tuple) and len(stored) == 2 else None


def _store(path: Path, content: tuple) -> None:
    """Write the file whole or not at all; a cache that cannot be written is no error."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(content, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


class _PatternStore:
    """`regex` patterns of the rules, compiled once and kept on disk from one run to the next.

    The rules compile a few hundred patterns built from patterns/*.toml at start-up; `regex`
    parses each in Python (over 100 ms a fresh run). The store reads them all back from one
    file, compiles what it lacks and, at exit, writes the file again if it compiled anything.
    Only patterns of code and pattern files belong here, never ones built from a document's text.
    """

    def __init__(self, cache_name: str) -> None:
        self.cache_name = cache_name
        self.stored: Optional[dict] = None       # read from disk on first use
        self.used: dict[tuple[str, int], regex.Pattern] = {}
        self.compiled_any = False

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern:
        key = (pattern, int(flags))
        found = self.used.get(key)
        if found is not None:
            return found
        if self.stored is None:
            self.stored = self._read()
        found = self.stored.get(key)
        if found is None:
            found = regex.compile(pattern, flags)
            if not self.compiled_any:
                self.compiled_any = True
                atexit.register(self.save)
        self.used[key] = found
        return found

    def _read(self) -> dict:
        path = _cache_file(self.cache_name)
        stored = _load(path) if path is not None else None
        if stored is None or stored[0] != _VERSIONS or not isinstance(stored[1], dict):
            return {}
        return stored[1]

    def save(self) -> None:
        """Write what this run used, with what the file held unless that is mostly stale."""
        path = _cache_file(self.cache_name)
        if path is None or not self.compiled_any:
            return
        kept = {**(self.stored or {}), **self.used}
        if len(kept) > 2 * len(self.used) + 100:     # patterns the code no longer builds
            kept = dict(self.used)
        _store(path, (_VERSIONS, kept))
        self.compiled_any = False


_STORE = _PatternStore("patterns")


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """regex.compile(pattern, flags), read from the on-disk store when an earlier run compiled it."""
    return _STORE.compile(pattern, flags)
