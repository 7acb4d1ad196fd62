"""Files written whole or not at all: write beside the target, then rename over it."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator


@contextlib.contextmanager
def atomic_open(path: str | Path, encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO[str]]:
    """Open a temporary file in the target's folder; on success it replaces `path`, on any
    error (or Ctrl-C) it is removed and `path` is left as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: str | Path, content: str, encoding: str = "utf-8") -> None:
    with atomic_open(path, encoding=encoding) as fh:
        fh.write(content)
