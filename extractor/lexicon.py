"""Rules and lexicons are data: TOML files in the repository's patterns/ folder, read once."""
from __future__ import annotations

import functools
import os
import tomllib
from pathlib import Path

PATTERNS_DIR = Path(os.environ.get("EXTRACTOR_PATTERNS", Path(__file__).resolve().parent.parent / "patterns"))


@functools.cache
def load(name: str) -> dict:
    path = PATTERNS_DIR / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)
