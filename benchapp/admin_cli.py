"""Database-backed admin commands: db, demo, user, rma, audit."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the admin command groups."""
