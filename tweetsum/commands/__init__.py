"""Typer app shared by the command modules, and small helpers they all use."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from tweetsum.commands.logs import LogConsole

app = typer.Typer(
    name="tweetsum",
    help="Offline digests of tweet archives: ingest, topics, summarize, report, bench.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# on a terminal plain Rich consoles; into a pipe or a file as wide as what they print (logs.py)
console = LogConsole(stderr=True)
out = LogConsole()

DbOption = typer.Option(None, "--db", help="SQLite database (default: $TWEETSUM_DB or the user data folder).")
JsonOption = typer.Option(False, "--json", help="Print one JSON object on stdout for scripts.")


def open_store(db: Path | None):
    from tweetsum.store.db import Store

    return Store(db)


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)
