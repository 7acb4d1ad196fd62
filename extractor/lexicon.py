"""Rules and lexicons are data: TOML files in the repository's patterns/ folder, read once (and
parsed once for all runs while they stay the same: see pattern_cache.py)."""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from .pattern_cache import cached, digest


def _patterns_dir() -> Path:
    """$EXTRACTOR_PATTERNS, else the checkout's patterns/, else the copy a wheel installs."""
    if os.environ.get("EXTRACTOR_PATTERNS"):
        return Path(os.environ["EXTRACTOR_PATTERNS"])
    checkout = Path(__file__).resolve().parent.parent / "patterns"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "report-extractor" / "patterns"


PATTERNS_DIR = _patterns_dir()


@functools.cache
def load(name: str) -> dict:
    data = (PATTERNS_DIR / f"{name}.toml").read_bytes()
    return cached(f"{name}.toml", digest(data), lambda: _parse(data))


def _parse(data: bytes) -> dict:
    import tomllib   # only when the cache has no copy

    return tomllib.loads(data.decode())
