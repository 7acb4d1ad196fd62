"""Command line: `extract REPORT`, `extract evaluate`, `extract schema`, and the batch commands.

The plain `extract REPORT [-o FILE]` runs here without typer and rich (their import is a fifth of
a fresh run); every other command line, help and usage errors included, goes to the Typer app in
extractor/cli_app.py, which behaves as it always has.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .loader import LoadError

if TYPE_CHECKING:
    from .models import Document

BATCH_COMMANDS = {"batch", "export", "series"}
COMMANDS = {"run", "schema", "evaluate", *BATCH_COMMANDS}


class CommandError(Exception):
    """Unreadable input or unwritable output: one line on stderr, exit status 2."""


def error(message: str, code: int = 2) -> int:
    sys.stderr.write(f"extract: {message}\n")   # one line, never wrapped
    return code


def to_json(document: Document) -> str:
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def document_json(report: Path) -> str:
    """The JSON document of one report file."""
    from .pipeline import extract_file

    try:
        document = extract_file(report, source=str(report))
    except LoadError as exc:
        raise CommandError(f"{report}: {exc}") from None
    except Exception as exc:    # a defect of the extractor: one line naming the file, not a traceback
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        raise CommandError(f"{report}: extraction failed ({type(exc).__name__}: {exc}); "
                           "this is a bug, please report it with the file (EXTRACT_DEBUG=1 shows where)") from None
    return to_json(document)


def write_output(content: str, output: Optional[Path]) -> None:
    """Print `content`, or write it to `output` atomically."""
    if output is None:
        sys.stdout.write(content)
        return
    from .atomic import write_atomic

    try:
        write_atomic(output, content)
    except OSError as exc:
        raise CommandError(f"{output}: cannot write: {exc.strerror or exc}") from None


def _plain_run(args: list[str]) -> Optional[tuple[Path, Optional[Path]]]:
    """(report, output) if `args` is `run REPORT [-o|--output FILE]` and the Typer app would
    accept it as it stands; None for anything else."""
    if "_EXTRACT_COMPLETE" in os.environ:     # a shell-completion request
        return None
    if len(args) == 2 and args[0] == "run":
        names = args[1:]
    elif len(args) == 4 and args[0] == "run" and args[2] in ("-o", "--output"):
        names = [args[1], args[3]]
    else:
        return None
    for name in names:
        if name.startswith("-"):
            return None
        if os.path.exists(name) and not os.access(name, os.R_OK):
            return None                        # the app rejects unreadable paths in its own words
    paths = [Path(name) for name in names]
    return paths[0], (paths[1] if len(paths) == 2 else None)


def _run_plain(report: Path, output: Optional[Path]) -> Optional[int]:
    """Exit status of `extract REPORT [-o FILE]`, or None after an unexpected error: the Typer
    app then runs the report again and reports the error as it always has."""
    try:
        content = document_json(report)
    except CommandError as exc:
        return error(str(exc))
    except Exception:
        return None
    try:
        write_output(content, output)
    except CommandError as exc:
        return error(str(exc))
    except BrokenPipeError:
        # as the Typer app does: exit status 1, no traceback, nothing more sent to the pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def main() -> None:
    """`extract REPORT` is short for `extract run REPORT`."""
    args = sys.argv[1:]
    if args and args[0] not in COMMANDS and not args[0].startswith("-"):
        args = ["run", *args]
    plain = _plain_run(args)
    if plain is not None:
        try:
            status = _run_plain(*plain)
        except KeyboardInterrupt:
            status = 130                       # as the Typer app: no traceback
        if status is not None:
            sys.exit(status)
    from .cli_app import run_app

    run_app(args)


def __getattr__(name: str):
    # `extractor.cli.app` is still the Typer app, imported on first use
    if name == "app":
        from .cli_app import app
        return app
    raise AttributeError(name)
