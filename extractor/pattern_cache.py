"""Compiled `regex` patterns kept on disk from one run to the next.

`regex` compiles in Python: the unit tries of quantities.py take 50-60 ms, a seventh of a fresh
`extract` run. A compiled pattern pickles together with its program (regex's own pickle
support) and loads back in a fraction of a millisecond. So a set of patterns is compiled once
for each pattern text and regex version, then read from $XDG_CACHE_HOME/report-extractor/
(~/.cache/report-extractor/ by default). A missing, stale, damaged or unwritable cache file only
means compiling as before.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Optional

import regex

Sources = dict[str, tuple[str, int]]   # name -> (pattern, flags)
_VERSIONS = f"regex {regex.__version__}, Python {sys.version_info[0]}.{sys.version_info[1]}"


def compile_cached(cache_name: str, sources: Sources) -> dict[str, regex.Pattern]:
    """{name: regex.compile(pattern, flags)} for every entry of `sources`."""
    digest = hashlib.sha256(repr((_VERSIONS, sorted(sources.items()))).encode("utf-8")).hexdigest()
    path = _cache_file(cache_name)
    compiled = _load(path, digest, sources) if path else None
    if compiled is None:
        compiled = {name: regex.compile(pattern, flags) for name, (pattern, flags) in sources.items()}
        if path:
            _store(path, digest, compiled)
    return compiled


def _cache_file(cache_name: str) -> Optional[Path]:
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):            # unset, or relative: ignored, as the XDG spec asks
        try:
            base = Path.home() / ".cache"
        except RuntimeError:               # no home folder to be found
            return None
    return Path(base) / "report-extractor" / f"{cache_name}.pickle"


class _PatternUnpickler(pickle.Unpickler):
    """Unpickles compiled patterns and plain data, nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _load(path: Path, digest: str, sources: Sources) -> Optional[dict[str, regex.Pattern]]:
    try:
        with path.open("rb") as fh:
            stored_digest, compiled = _PatternUnpickler(fh).load()
    except Exception:                      # absent, unreadable or damaged: compile afresh
        return None
    if (stored_digest != digest or not isinstance(compiled, dict) or compiled.keys() != sources.keys()
            or not all(isinstance(p, regex.Pattern) for p in compiled.values())):
        return None
    return compiled


def _store(path: Path, digest: str, compiled: dict[str, regex.Pattern]) -> None:
    """Write the file whole or not at all; a cache that cannot be written is no error."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((digest, compiled), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
