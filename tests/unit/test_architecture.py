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


def modules_imported_by(path: Path, *, top_level_only: bool = False) -> set[str]:
    """Every module a file imports, `from benchapp import cli` and relative imports included
    (as benchapp.cli), so no spelling of an import slips past."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).parts[:-1])
    nodes = tree.body if top_level_only else ast.walk(tree)
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
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


@pytest.mark.parametrize("sub", ["domain", "services", "db", "devices", "cli"])
def test_only_the_gui_imports_qt(sub):
    for path in (PKG / sub).rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(("PySide6", "shiboken6"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_services_do_not_import_sql():
    for path in (PKG / "services").rglob("*.py"):
        bad = {n for n in imports_of(path) if n.startswith(("sqlalchemy", "benchapp.db"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


CLI_MODULES = sorted(f"benchapp.cli.{p.stem}" for p in (PKG / "cli").glob("*.py")
                     if p.stem != "__init__")


def test_cli_commands_do_not_load_qt():
    assert {"benchapp.cli.common", "benchapp.cli.admin", "benchapp.cli.slips",
            "benchapp.cli.reports", "benchapp.cli.devices"} <= set(CLI_MODULES)
    code = (f"import sys, benchapp.cli as c, {', '.join(CLI_MODULES)}, "
            "benchapp.services.workflow, benchapp.db.unit_of_work; c.build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
            "'benchapp.ui', 'benchapp.app'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# The CLI reaches the GUI through two doors only, each imported inside the one function that
# needs it: starting the GUI (no subcommand) and printing a slip (Qt's PDF renderer).
CLI_GUI_DOORS = {"benchapp.app": {"__init__.py"}, "benchapp.ui.printing": {"slips.py", "forms.py"}}
# benchapp.settings (every setting declared once) imports only the domain and devices;
# benchapp.logs (the log file) only the stdlib and platformdirs.
CLI_MAY_IMPORT = ("benchapp.cli", "benchapp.domain", "benchapp.services", "benchapp.db",
                  "benchapp.devices", "benchapp.slips", "benchapp.reports", "benchapp.demo",
                  "benchapp.settings", "benchapp.logs")


def test_cli_sits_on_top_of_the_other_packages():
    for path in (PKG / "cli").rglob("*.py"):
        for name in modules_imported_by(path):
            if not name.startswith("benchapp") or name == "benchapp":
                continue
            door = next((d for d in CLI_GUI_DOORS if name == d or name.startswith(d + ".")),
                        None)
            if door is not None:
                assert path.name in CLI_GUI_DOORS[door], f"{path.relative_to(ROOT)} imports {name}"
                assert door not in modules_imported_by(path, top_level_only=True), (
                    f"{path.relative_to(ROOT)} imports {door} at load time")
                continue
            assert name.startswith(CLI_MAY_IMPORT), f"{path.relative_to(ROOT)} imports {name}"


def test_nothing_but_the_entry_point_imports_the_cli():
    # benchapp.cli imports services, db, devices, slips and reports: one of them importing it
    # back would be a cycle.
    entry_points = {PKG / "__main__.py"}
    for path in PKG.rglob("*.py"):
        if path in entry_points or (PKG / "cli") in path.parents:
            continue
        bad = {n for n in modules_imported_by(path)
               if n == "benchapp.cli" or n.startswith("benchapp.cli.")}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


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


def package_graph() -> dict[str, set[str]]:
    """benchapp's packages and top-level modules -> the others each imports, counting every
    import (inside functions and TYPE_CHECKING blocks too: a lazy import still couples)."""
    parts = {p.name for p in PKG.iterdir() if (p / "__init__.py").exists()}
    parts |= {p.stem for p in PKG.glob("*.py") if p.stem not in ("__init__", "__main__")}
    graph: dict[str, set[str]] = {name: set() for name in parts}
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        source = rel[0] if len(rel) > 1 else path.stem
        if source not in graph:
            continue
        for name in modules_imported_by(path):
            bits = name.split(".")
            if bits[0] == "benchapp" and len(bits) > 1 and bits[1] in graph \
                    and bits[1] != source:
                graph[source].add(bits[1])
    return graph


def test_no_cycles_between_packages():
    # Issue 11: one way to the data, layers that can be read bottom-up. A cycle (e.g.
    # services -> reports -> slips -> services, when the report PDF took the slips' fonts
    # itself) means no package can be understood or tested without the others.
    graph = package_graph()
    assert {"domain", "services", "db", "ui", "cli", "reports", "slips"} <= set(graph)
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycle = path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt]
                pytest.fail("import cycle between packages: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])


def test_the_cycle_check_finds_a_cycle(monkeypatch):
    graph = package_graph()
    graph["domain"].add("ui")  # as if the domain imported a view
    monkeypatch.setattr(sys.modules[__name__], "package_graph", lambda: graph)
    with pytest.raises(pytest.fail.Exception, match="import cycle between packages: .*domain"):
        test_no_cycles_between_packages()
