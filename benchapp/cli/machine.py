"""This PC's machine configuration: `benchapp config where`, and the machine file's values as
defaults of other commands' options (the slip printer, the label size)."""

from __future__ import annotations

import argparse
from typing import Any

from benchapp.cli.common import EXIT_ERROR, EXIT_OK, add_json_option, guarded, print_json, say


def register_where(csub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser
                   ) -> None:
    """`config where`, an action of the `config` group (cli/admin.py)."""
    p = csub.add_parser(
        "where", parents=[db_parent],
        help="this PC's settings (database, printers, CA fingerprint) and where each comes "
        "from: option, environment, machine file or default")
    add_json_option(p, help="one JSON document, UTF-8")
    p.set_defaults(func=cmd_config_where)


def option_or_machine(name: str, flag: object) -> Any:
    """The value of machine setting ``name``: the command's option when given, else the
    environment, else this PC's machine file, else the default (settings.resolve)."""
    from benchapp import settings

    machine = settings.MachineFile()
    return settings.resolve(settings.REGISTRY[name], flag=flag, machine=machine).value


def _shown_url(url: str) -> str:
    from benchapp.db.engine import DatabaseUrlError, check_url

    try:
        return check_url(url).render_as_string(hide_password=True)
    except DatabaseUrlError:
        return "(unreadable URL)"


@guarded
def cmd_config_where(args: argparse.Namespace) -> int:
    from benchapp import settings
    from benchapp.db.engine import database_setting

    machine = settings.MachineFile()
    rows = []
    for setting in settings.REGISTRY.of(settings.Scope.MACHINE):
        if setting is settings.DATABASE_URL:
            try:
                resolved = database_setting(getattr(args, "db", None), machine=machine)
            except settings.MachineConfigError:
                rows.append({"name": setting.name, "value": None, "source": "error",
                             "origin": str(machine.path)})
                continue
            value = _shown_url(resolved.value)
        else:
            resolved = settings.resolve(setting, machine=machine)
            value = setting.text(resolved.value)
        rows.append({"name": setting.name, "value": value, "source": resolved.source.value,
                     "origin": resolved.origin})
    if args.json:
        print_json({"machine_file": {"path": str(machine.path), "exists": machine.exists,
                                     "error": machine.error,
                                     "unknown_keys": machine.unknown_keys()},
                    "settings": rows}, indent=1)
    else:
        state = ("cannot be read" if machine.error else "" if machine.exists else "not found")
        print(f"machine file: {machine.path}{f' ({state})' if state else ''}")
        for key in machine.unknown_keys():
            print(f"  unknown key ignored: {key}")
        for row in rows:
            print(f"{row['name']} = {row['value'] or '-'}  [{row['origin']}]")
    if machine.error:
        say(settings.MachineConfigError(machine.path, machine.error).message)
        return EXIT_ERROR
    return EXIT_OK
