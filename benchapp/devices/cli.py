"""CLI commands for devices: `benchapp sim ...` and `benchapp device ...`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the `sim` and `device` command groups (filled in by the devices work)."""
