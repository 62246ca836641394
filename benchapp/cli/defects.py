"""CLI for the defect-code library (issue 17.4): `benchapp defects import|export|list|map|
unmapped`. The CSV header is documented in docs/defect-codes.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from benchapp.cli.common import (
    EXIT_OK,
    CommandFailed,
    add_force_option,
    add_json_option,
    auth_parent,
    guarded,
    open_engine,
    output_or_stdout,
    print_json,
    sign_in,
    unit_of_work,
    write_utf8,
)

# A library of MAX_ROWS rows of long texts stays far below this; a bigger file is the wrong one.
MAX_FILE_BYTES = 8 * 1024 * 1024


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("defects", help="the shop's defect-code library: symptom -> defect -> "
                       "cause per product family (docs/defect-codes.md)")
    dsub = p.add_subparsers(dest="defects_command", metavar="ACTION")
    di = dsub.add_parser("import", parents=[db_parent, auth_parent()],
                         help="replace the library with a CSV file's rows (all or nothing)")
    di.add_argument("file", metavar="FILE", help="CSV, UTF-8, header "
                    "family,symptom_code,symptom,defect_code,defect,cause_code,cause,"
                    "cause_category")
    di.set_defaults(func=cmd_import)
    de = dsub.add_parser("export", parents=[db_parent],
                         help="write the library as CSV (the form `defects import` reads)")
    de.add_argument("--out", default="-", metavar="FILE", help="a file (default: stdout)")
    add_force_option(de)
    de.set_defaults(func=cmd_export)
    dl = dsub.add_parser("list", parents=[db_parent], help="the library, by family")
    dl.add_argument("--family", default=None, metavar="F", help="one family only")
    add_json_option(dl)
    dl.set_defaults(func=cmd_list)
    dm = dsub.add_parser("map", parents=[db_parent, auth_parent()],
                         help="count a free root-cause text (exactly as recorded) under a "
                         "cause code")
    dm.add_argument("text", metavar="TEXT", help="the free text, as `defects unmapped` shows it")
    dm.add_argument("code", metavar="CODE", help="a cause code of the library")
    dm.set_defaults(func=cmd_map)
    du = dsub.add_parser("unmapped", parents=[db_parent],
                         help="the most frequent root-cause texts with no code yet")
    add_json_option(du)
    du.set_defaults(func=cmd_unmapped)


def _read(path: Path) -> str:
    if path.is_dir():
        raise CommandFailed(f"{path} is a directory, not a CSV file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CommandFailed(f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: "
                            "not a defect-code library")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise CommandFailed(f"{path} is not UTF-8 text (byte {err.start}): save it as "
                            "'CSV UTF-8'") from None


@guarded
def cmd_import(args: argparse.Namespace) -> int:
    from benchapp.domain.defect_codes import LibraryRefused
    from benchapp.services.defect_codes import import_library

    path = Path(args.file)
    text = _read(path)
    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        try:
            result = import_library(unit_of_work(engine), actor, csv_text=text,
                                    source=path.name)
        except LibraryRefused as refused:
            raise CommandFailed(f"{path.name}: {len(refused.problems)} bad lines, nothing "
                                "imported", details=refused.problems) from refused
    print(f"{path.name}: {result.rows} codes in {result.families} families imported "
          f"(replacing {result.replaced})")
    return EXIT_OK


@guarded
def cmd_export(args: argparse.Namespace) -> int:
    from benchapp.services.defect_codes import export_library

    with open_engine(args) as engine:
        text = export_library(unit_of_work(engine))
    with output_or_stdout(args.out, force=args.force) as out:
        out.write(text)
    return EXIT_OK


@guarded
def cmd_list(args: argparse.Namespace) -> int:
    from benchapp.services.defect_codes import library

    with open_engine(args) as engine:
        rows = library(unit_of_work(engine), family=args.family)
    if args.json:
        print_json([{"family": r.family, "symptom_code": r.symptom_code, "symptom": r.symptom,
                     "defect_code": r.defect_code, "defect": r.defect,
                     "cause_code": r.cause_code, "cause": r.cause,
                     "cause_category": r.cause_category.value} for r in rows], indent=2)
        return EXIT_OK
    if not rows:
        print("no defect codes" + (f" in family {args.family}" if args.family else "")
              + " (benchapp defects import FILE)")
        return EXIT_OK
    lines, family = [], None
    for r in rows:
        if r.family != family:
            family = r.family
            lines.append(f"{family}:")
        lines.append(f"  {r.symptom_code} {r.symptom} > {r.defect_code} {r.defect} > "
                     f"{r.cause_code} {r.cause} [{r.cause_category.value}]")
    write_utf8("\n".join(lines) + "\n")
    return EXIT_OK


@guarded
def cmd_map(args: argparse.Namespace) -> int:
    from benchapp.services.defect_codes import map_text

    with open_engine(args) as engine:
        before = map_text(unit_of_work(engine), sign_in(engine, args), text=args.text,
                          code=args.code)
    code = args.code.strip().upper()
    print(f"mapped to {code}" + (f" (was {before})" if before and before != code else ""))
    return EXIT_OK


@guarded
def cmd_unmapped(args: argparse.Namespace) -> int:
    from benchapp.services.defect_codes import unmapped_texts

    with open_engine(args) as engine:
        texts = unmapped_texts(unit_of_work(engine))
    if args.json:
        print_json([{"text": t.text, "records": t.records} for t in texts], indent=2)
        return EXIT_OK
    if not texts:
        print("every repair record has a code or a mapped text")
        return EXIT_OK
    write_utf8("".join(f"{t.records:>6}  {t.text}\n" for t in texts))
    return EXIT_OK
