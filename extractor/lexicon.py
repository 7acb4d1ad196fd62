"""Rules and lexicons are data: TOML files in the repository's patterns/ folder, read once."""
from __future__ import annotations

import functools
import os
import sys
import tomllib
from pathlib import Path

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
    path = PATTERNS_DIR / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)
