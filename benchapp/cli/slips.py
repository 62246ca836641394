"""CLI for the shop CA, the signed slips and unit labels: `benchapp ca`, `slip`, `labels`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from benchapp.cli.common import (
    CA_PASSPHRASE_ENV,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_force_option,
    auth_parent,
    ca_passphrase,
    guarded,
    open_engine,
    read_password,
    sign_in,
    sign_in_to_read,
    sign_in_unless_first,
    slip_port,
    unit_of_work,
    write_output,
)
from benchapp.cli.machine import option_or_machine


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ca", help="the shop certificate authority that vouches for signatures")
    csub = p.add_subparsers(dest="ca_command", metavar="ACTION")
    init = csub.add_parser("init", parents=[db_parent, auth_parent()],
                           help="create the shop CA (once); its key is encrypted with a "
                           f"passphrase (asked, or ${CA_PASSPHRASE_ENV})")
    init.add_argument("--shop", required=True, help="shop name printed on every slip")
    init.set_defaults(func=cmd_ca_init)
    exp = csub.add_parser("export", parents=[db_parent],
                          help="write the CA certificate (PEM) for any PDF validator")
    exp.add_argument("--out", required=True, metavar="FILE.pem")
    add_force_option(exp)
    exp.set_defaults(func=cmd_ca_export)
    fpr = csub.add_parser("fingerprint", parents=[db_parent],
                          help="print the shop CA's SHA-256 fingerprint, to pin as "
                          "shop_ca_fingerprint in each bench's machine configuration")
    fpr.set_defaults(func=cmd_ca_fingerprint)
    iss = csub.add_parser("issue", parents=[db_parent, auth_parent()],
                          help="issue a user's signing certificate (asks the user's password)")
    iss.add_argument("username")
    iss.add_argument("--password-stdin", action="store_true",
                     help="read the user's password from stdin")
    iss.set_defaults(func=cmd_ca_issue)

    p = sub.add_parser("slip", help="signed transfer slips 交接单")
    ssub = p.add_subparsers(dest="slip_command", metavar="ACTION")
    ver = ssub.add_parser("verify", parents=[db_parent],
                          help="check a slip PDF (signatures, shop CA, database record), or "
                          "every slip of an RMA and their chain")
    ver.add_argument("file", nargs="?", metavar="FILE.pdf")
    ver.add_argument("--rma", metavar="RMA-NO", help="verify the stored slips of this RMA")
    ver.set_defaults(func=cmd_slip_verify)
    lst = ssub.add_parser("list", parents=[db_parent], help="one slip per line, number first")
    lst.add_argument("--rma", metavar="RMA-NO")
    lst.set_defaults(func=cmd_slip_list)
    ex = ssub.add_parser("export", parents=[db_parent, auth_parent()],
                         help="write the stored, signed PDF byte for byte (logged)")
    ex.add_argument("slip_no", metavar="SLIP-NO")
    ex.add_argument("--out", required=True, metavar="FILE.pdf")
    add_force_option(ex)
    ex.set_defaults(func=cmd_slip_export)
    pr = ssub.add_parser("print", parents=[db_parent, auth_parent()],
                         help="print a slip (a reprint is marked 副本 / COPY) and record it")
    pr.add_argument("slip_no", metavar="SLIP-NO")
    where = pr.add_mutually_exclusive_group()
    where.add_argument("--printer", metavar="NAME",
                       help="system printer (default: [printers] a4 in this PC's machine file, "
                       "else the system's default printer)")
    where.add_argument("--to-pdf", metavar="FILE.pdf",
                       help="print into a PDF file instead of on paper")
    pr.set_defaults(func=cmd_slip_print)

    p = sub.add_parser("labels", parents=[db_parent],
                       help="unit labels of an RMA (Code128 of the serial, model, RMA)")
    p.add_argument("rma_no", metavar="RMA-NO")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    add_force_option(p)
    p.add_argument("--size", metavar="WxH",
                   help="label size in millimetres (default: [printers] label_size in this "
                   "PC's machine file, else 50x30)")
    p.add_argument("--dpi", type=int, default=300, help="label printer resolution (203, 300)")
    p.set_defaults(func=cmd_labels)


@guarded
def cmd_ca_init(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    with open_engine(args) as engine:
        actor = sign_in_unless_first(engine, args)
        passphrase = ca_passphrase()
        if os.environ.get(CA_PASSPHRASE_ENV) is None and getpass.getpass("Again: ") != passphrase:
            raise CommandFailed("the two passphrases differ")
        if len(passphrase) < 8:
            raise CommandFailed("the CA passphrase needs at least 8 characters")
        fp = slips.init_ca(unit_of_work(engine), actor, shop_name=args.shop, passphrase=passphrase,
                           port=slip_port())
    print(f"shop CA created for {args.shop}; certificate SHA-256 {fp}")
    print(f"pin it on every bench: shop_ca_fingerprint = {fp} (docs/slips.md)")
    return EXIT_OK


@guarded
def cmd_ca_export(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    with open_engine(args) as engine:
        pem = slips.ca_certificate(unit_of_work(engine), slip_port())
    write_output(args.out, pem, force=args.force)
    print(f"wrote the shop CA certificate to {args.out}")
    return EXIT_OK


@guarded
def cmd_ca_issue(args: argparse.Namespace) -> int:
    from benchapp.services import slips, users

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        password = read_password(args, f"{args.username}'s password: ")
        users.login(unit_of_work(engine), args.username, password)  # only the user's own password
        fp = slips.issue_credential(unit_of_work(engine), actor, username=args.username,
                                    password=password, ca_passphrase=ca_passphrase(),
                                    port=slip_port())
    print(f"issued a signing certificate to {args.username}; SHA-256 {fp}")
    return EXIT_OK


@guarded
def cmd_ca_fingerprint(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    with open_engine(args) as engine:
        status = slips.ca_status(unit_of_work(engine), slip_port())
    print(status.fingerprint)
    if status.pinned:
        print("pinned on this machine (shop_ca_fingerprint)", file=sys.stderr)
    else:
        print(f"{NOT_PINNED}: put it in this machine's configuration as "
              f"shop_ca_fingerprint = {status.fingerprint}", file=sys.stderr)
    return EXIT_OK


NOT_PINNED = "CA not pinned on this machine"


@guarded
def cmd_slip_verify(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    if bool(args.file) == bool(args.rma):
        raise CommandFailed("give either FILE.pdf or --rma RMA-NO", exit_code=EXIT_USAGE)
    port = slip_port()
    if port.ca_pin is None:
        print(f"warning: {NOT_PINNED}; 'benchapp ca fingerprint' prints the fingerprint to pin",
              file=sys.stderr)
    with open_engine(args) as engine:
        if args.rma:
            report = slips.verify_rma_chain(unit_of_work(engine), args.rma, port)
            for verdict in report.slips:
                signed = ", ".join(f"{s.field} {s.username} cert {s.certificate_serial}"
                                   for s in verdict.signers)
                print(f"{verdict.slip_no}: {'valid' if verdict.ok else 'INVALID'}"
                      + (f" ({signed})" if signed else ""))
            if report.problems:
                for p in report.problems:
                    print(f"{p.slip_no}: INVALID: {p.problem}", file=sys.stderr)
                return EXIT_ERROR
            print(f"{args.rma}: {len(report.slips)} slips, all valid, chain intact "
                  f"(shop CA {report.ca_fingerprint[:16]}…)")
            return EXIT_OK
        pdf = Path(args.file).read_bytes()
        verdict = slips.verify_file(unit_of_work(engine), pdf, port)
    if not verdict.ok:
        raise CommandFailed(f"{args.file}: INVALID ({verdict.reason}): {verdict.message}")
    print(f"{args.file}: slip {verdict.slip_no} is valid")
    for s in verdict.signers:
        print(f"  {s.field:<8} {s.name} ({s.username}) {s.meaning} "
              f"cert serial {s.certificate_serial}")
    return EXIT_OK


@guarded
def cmd_slip_list(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    with open_engine(args) as engine:
        for r in slips.list_slips(unit_of_work(engine), args.rma):
            print(f"{r.slip_no}  {r.rma_no}  {r.state:<8}  printed {r.print_count}  "
                  f"{r.content_sha256[:16]}")
    return EXIT_OK


@guarded
def cmd_slip_export(args: argparse.Namespace) -> int:
    from benchapp.services import slips

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, "slip export", slip_no=args.slip_no)
        pdf = slips.slip_pdf(unit_of_work(engine), args.slip_no)
    write_output(args.out, pdf, force=args.force)
    print(f"wrote {args.slip_no} ({len(pdf)} bytes) to {args.out}")
    return EXIT_OK


@guarded
def cmd_slip_print(args: argparse.Namespace) -> int:
    from benchapp.services import slips
    from benchapp.services.history import slip_print_count

    # The one command that needs Qt: its PDF renderer and the system's printers.
    from benchapp.ui.printing import PrintError, print_pdf, printer_without_window

    with open_engine(args) as engine:
        actor = sign_in(engine, args)
        # This slip's row by its number, not every slip ever stored
        pdf, print_count = slip_print_count(unit_of_work(engine), args.slip_no)
        name = None if args.to_pdf else option_or_machine("a4_printer", args.printer) or None
        copy = print_count > 0
        try:
            printer = printer_without_window(name=name, pdf_file=args.to_pdf)
            if printer is None:
                raise CommandFailed(f"no printer{' ' + name if name else ''} on "
                                    f"this machine; {args.slip_no} stays unprinted")
            pages = print_pdf(pdf, printer, copy_mark=copy)
        except PrintError as err:
            raise CommandFailed(f"{err.message}; {args.slip_no} stays unprinted") from err
        slips.record_printed(unit_of_work(engine), actor, args.slip_no)
    print(f"printed {args.slip_no}: {pages} page(s){' as 副本 / COPY' if copy else ''}")
    return EXIT_OK


@guarded
def cmd_labels(args: argparse.Namespace) -> int:
    from benchapp.services.queries import rma_detail
    from benchapp.settings import InvalidSetting, label_size
    from benchapp.slips.render import UnitLabel, render_unit_labels

    try:
        size = option_or_machine("label_size", args.size)
    except InvalidSetting:
        raise CommandFailed(f"--size {args.size!r}: give width x height in mm, "
                            "e.g. 50x30") from None
    width, height = label_size(size)
    with open_engine(args) as engine:
        detail = rma_detail(unit_of_work(engine), args.rma_no)
    rma = detail.rma
    pdf = render_unit_labels([UnitLabel(u.serial, rma.model, rma.rma_no) for u in rma.units],
                             width, height, printer_dpi=args.dpi)
    write_output(args.out, pdf, force=args.force)
    print(f"wrote {len(rma.units)} labels ({width:g} x {height:g} mm) to {args.out}")
    return EXIT_OK
