"""Where the shipped resources (fonts, translations, icons) are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).with_name("_resources")
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_dir() -> Path:
    """The top-level `resources/` of a checkout, else the copy installed inside the package."""
    return _CHECKOUT if _CHECKOUT.is_dir() else _PACKAGED


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
