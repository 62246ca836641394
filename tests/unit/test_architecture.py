"""Dependencies point one way: ui -> services -> domain; Qt only in the GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "benchapp"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("sub", ["domain"])
def test_domain_is_plain_python(sub):
    allowed_prefixes = ("benchapp.domain",)
    for path in (PKG / sub).rglob("*.py"):
        for name in imports_of(path):
            top = name.split(".")[0]
            if name.startswith(allowed_prefixes) or top in sys.stdlib_module_names:
                continue
            pytest.fail(f"{path.relative_to(ROOT)} imports {name}")


@pytest.mark.parametrize("sub", ["domain", "services", "db", "devices"])
def test_only_the_gui_imports_qt(sub):
    for path in (PKG / sub).rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(("PySide6", "shiboken6"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_services_do_not_import_sql():
    for path in (PKG / "services").rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(("sqlalchemy", "benchapp.db"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_cli_commands_do_not_load_qt():
    code = ("import sys, benchapp.cli as c, benchapp.admin_cli, benchapp.services.workflow, "
            "benchapp.db.unit_of_work; c.build_parser(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_every_subpackage_is_listed_for_installation():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.relative_to(ROOT).parts[:-1]) for p in PKG.rglob("__init__.py")}
    assert found - listed == set()


@pytest.mark.parametrize("sub", ["ui", "reports"])
def test_views_and_report_models_reach_the_data_through_services(sub):
    # One way to the data (issue 11): the UI and the report models call services/, which
    # open the one unit of work; only db/ speaks SQL.
    for path in (PKG / sub).rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(("sqlalchemy", "benchapp.db"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"
