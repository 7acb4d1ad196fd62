"""The Typer app behind `extract`: `run`, `schema`, `evaluate` and the batch commands.

extractor/cli.py runs the plain `extract REPORT [-o FILE]` without this module (typer and rich
take a fifth of a fresh run to import) and hands every other command line to `run_app`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .atomic import write_atomic
from .cli import BATCH_COMMANDS, CommandError, document_json, error, write_output
from .models import Document

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Structured data from Chinese government economic reports.")
PROJECT_DIR = Path(__file__).resolve().parent.parent


def fail(message: str, code: int = 2) -> None:
    raise typer.Exit(error(message, code))


@app.command("run")
def run_command(
    report: Path = typer.Argument(..., help="report text file (UTF-8, UTF-16 or GB18030)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write the JSON here (atomically) instead of stdout"),
) -> None:
    """Extract one report and print its JSON document."""
    try:
        write_output(document_json(report), output)
    except CommandError as exc:
        fail(str(exc))


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


def register_batch_commands() -> None:
    from . import cli_batch

    cli_batch.register(app)


def run_app(args: list[str]) -> None:
    """Run the command line `args` (already expanded from `extract REPORT` to `run REPORT`)."""
    if not args or args[0] in BATCH_COMMANDS or args[0].startswith("-"):
        register_batch_commands()   # imported only when used: other commands start faster
    app(args=args, prog_name="extract")
