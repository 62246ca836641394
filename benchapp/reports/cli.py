"""CLI commands for supervisors: `benchapp report ...` and `benchapp import ...`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the `report` and `import` command groups."""
