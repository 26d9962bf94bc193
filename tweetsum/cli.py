"""The `tweetsum` command: a thin Typer layer over the stage modules.

Each stage registers its commands from ``tweetsum/commands/<stage>.py``; heavy libraries are imported
inside the command bodies so that ``tweetsum --help``, ``ingest`` and ``stats`` start fast.
"""
from __future__ import annotations

import importlib
import pkgutil

from tweetsum.commands import app

for _m in pkgutil.iter_modules(importlib.import_module("tweetsum.commands").__path__):
    importlib.import_module(f"tweetsum.commands.{_m.name}")


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
