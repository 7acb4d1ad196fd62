"""Command line: `extract REPORT`, `extract evaluate`, `extract schema`, and the batch commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .atomic import write_atomic
from .loader import LoadError
from .models import Document

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured data from Chinese government economic reports.")
PROJECT_DIR = Path(__file__).resolve().parent.parent


def fail(message: str, code: int = 2) -> None:
    sys.stderr.write(f"extract: {message}\n")   # one line, never wrapped
    raise typer.Exit(code)


def to_json(document: Document) -> str:
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@app.command("run")
def run_command(
    report: Path = typer.Argument(..., help="report text file (UTF-8, UTF-16 or GB18030)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write the JSON here (atomically) instead of stdout"),
) -> None:
    """Extract one report and print its JSON document."""
    from .pipeline import extract_file

    try:
        document = extract_file(report, source=str(report))
    except LoadError as exc:
        fail(f"{report}: {exc}")
    content = to_json(document)
    if output is None:
        sys.stdout.write(content)
        return
    try:
        write_atomic(output, content)
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output document."""
    sys.stdout.write(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command("evaluate")
def evaluate_command(
    corpus: Path = typer.Option(PROJECT_DIR / "corpus", help="folder of report texts"),
    golden: Path = typer.Option(PROJECT_DIR / "golden", help="folder of golden JSON, same stems"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="also write the figures as JSON here"),
    doc: Optional[list[str]] = typer.Option(None, "--doc", help="only these document stems"),
    max_errors: int = typer.Option(60, help="how many errors to list"),
) -> None:
    """Score extractor output against the golden files: P/R/F1, per-field accuracy, errors."""
    from . import evaluate

    for folder in (corpus, golden):
        if not folder.is_dir():
            fail(f"{folder}: not a folder")
    score = evaluate.evaluate_dirs(corpus, golden, only=doc)
    evaluate.render(score, Console(width=None if sys.stdout.isatty() else 150), max_errors=max_errors)
    if json_out is not None:
        write_atomic(json_out, json.dumps(evaluate.to_json(score), ensure_ascii=False, indent=2) + "\n")


_BATCH_COMMANDS = {"batch", "export", "series"}
_COMMANDS = {"run", "schema", "evaluate", *_BATCH_COMMANDS}


def register_batch_commands() -> None:
    from . import cli_batch

    cli_batch.register(app)


def main() -> None:
    """`extract REPORT` is short for `extract run REPORT`."""
    args = sys.argv[1:]
    if args and args[0] not in _COMMANDS and not args[0].startswith("-"):
        args = ["run", *args]
    if not args or args[0] in _BATCH_COMMANDS or args[0].startswith("-"):
        register_batch_commands()   # imported only when used: a single extraction starts faster
    app(args=args, prog_name="extract")
