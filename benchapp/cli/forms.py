"""CLI for the paper forms (issue 14): `benchapp form list`, `benchapp form KEY ID --out/--print`."""

from __future__ import annotations

import argparse

from benchapp.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_force_option,
    auth_parent,
    guarded,
    open_engine,
    sign_in_to_read,
    unit_of_work,
    write_output,
)
from benchapp.cli.machine import option_or_machine

LIST = "list"


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    from benchapp.services.forms import FORM_KEYS

    p = sub.add_parser(
        "form", parents=[db_parent, auth_parent()],
        help="render or print a paper form (service form, repair record, shipping note...)",
        description="`benchapp form list` lists the forms; `benchapp form KEY ID --out FILE.pdf` "
        "renders one, `--print` prints it (a reprint is marked 副本 / COPY). ID is the RMA no., "
        "unit serial, shipping note no., notice no. or CA no. as fits the form. Forms: " + ", ".join(FORM_KEYS))
    p.add_argument("key", metavar="KEY", help="a form key, or 'list'")
    p.add_argument("record_no", nargs="?", metavar="ID",
                   help="the RMA no., unit serial, anomaly form no., shipping note no., "
                   "complaint notice no. (CCN-...) or CA no. (CA-...)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="FILE.pdf", help="write the form as a PDF file")
    where.add_argument("--print", dest="print_it", action="store_true",
                       help="print the form: A4 forms on [printers] a4, labels on "
                       "[printers] label at [printers] label_size (this PC's machine file)")
    p.add_argument("--printer", metavar="NAME",
                   help="with --print: this system printer instead of the configured one")
    add_force_option(p)
    p.set_defaults(func=cmd_form)


@guarded
def cmd_form(args: argparse.Namespace) -> int:
    from benchapp.services import forms

    if args.key == LIST:
        if args.record_no or args.out or args.print_it:
            raise CommandFailed("'form list' takes no ID, --out or --print",
                                exit_code=EXIT_USAGE)
        for key in forms.FORM_KEYS:
            print(f"{key:<18} ID: {forms.ID_OF[key]}")
        return EXIT_OK
    if args.key not in forms.FORM_KEYS:
        raise CommandFailed(f"unknown form {args.key!r}; the forms are: "
                            + ", ".join(forms.FORM_KEYS))
    if not args.record_no:
        raise CommandFailed(f"give the {forms.ID_OF[args.key]} of the {args.key} to render",
                            exit_code=EXIT_USAGE)
    if not args.out and not args.print_it:
        raise CommandFailed("give --out FILE.pdf or --print", exit_code=EXIT_USAGE)
    if args.printer and not args.print_it:
        raise CommandFailed("--printer goes with --print", exit_code=EXIT_USAGE)
    label = args.key in forms.LABEL_FORMS
    with open_engine(args) as engine:
        actor = sign_in_to_read(engine, args, f"form {args.key}", record_no=args.record_no)
        data = forms.form_data(unit_of_work(engine), args.key, args.record_no)
        pdf = _render(data, label=label)
        if args.out:
            write_output(args.out, pdf, force=args.force)
            print(f"wrote {args.key} {data.header.record_no} ({len(pdf)} bytes) to {args.out}")
            return EXIT_OK
        copy = forms.is_reprint(unit_of_work(engine), data.header)
        pages = _print(pdf, label=label, name=args.printer, record=data.header.record_no,
                       copy=copy)
        forms.record_form_printed(unit_of_work(engine), actor, data.header)
    print(f"printed {args.key} {data.header.record_no}: {pages} page(s)"
          f"{' as 副本 / COPY' if copy else ''}")
    return EXIT_OK


def _render(data: object, *, label: bool) -> bytes:
    from benchapp.settings import label_size
    from benchapp.slips.forms import render_form

    size = label_size(option_or_machine("label_size", None)) if label else (100, 70)
    return render_form(data, label_mm=size)  # type: ignore[arg-type]


def _print(pdf: bytes, *, label: bool, name: str | None, record: str, copy: bool) -> int:
    # The one path that needs Qt: its PDF renderer and the system's printers.
    from benchapp.ui.printing import PrintError, print_pdf, printer_without_window

    setting = "label_printer" if label else "a4_printer"
    name = option_or_machine(setting, name) or None
    try:
        printer = printer_without_window(name=name)
        if printer is None:
            raise CommandFailed(f"no printer on this machine; {record} was not printed")
        return print_pdf(pdf, printer, copy_mark=copy, match_page_size=label)
    except PrintError as err:
        raise CommandFailed(f"{err.message.rstrip('.')}; {record} was not printed") from err
