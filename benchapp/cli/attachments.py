"""CLI for photos and files on an RMA or a unit (issue 17.3): `benchapp attach`,
`benchapp attachments`."""

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
    print_json,
    sign_in,
    sign_in_to_read,
    unit_of_work,
    write_output,
    write_utf8,
)
from benchapp.domain.attachments import MAX_FILE_BYTES


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("attach", parents=[db_parent, auth_parent()],
                       help="attach a photo or file to an RMA or a unit (photos are "
                       "re-encoded: metadata stripped, size bounded)")
    p.add_argument("target", metavar="RMA-NO|SERIAL", help="an RMA number, or a unit's serial "
                   "(its newest RMA)")
    p.add_argument("file", metavar="FILE",
                   help=f"at most {MAX_FILE_BYTES // 1048576} MB")
    p.set_defaults(func=cmd_attach)
    p = sub.add_parser("attachments", parents=[db_parent, auth_parent()],
                       help="an RMA's photos and files; --out writes them to a directory")
    p.add_argument("rma_no", metavar="RMA-NO")
    add_json_option(p)
    p.add_argument("--out", default=None, metavar="DIR",
                   help="write each file as ID-NAME into this existing directory")
    add_force_option(p)
    p.set_defaults(func=cmd_attachments)


@guarded
def cmd_attach(args: argparse.Namespace) -> int:
    from benchapp.services.attachments import attach

    path = Path(args.file)
    if not path.is_file():
        raise CommandFailed(f"{path}: no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CommandFailed(f"{path.name} is {path.stat().st_size / 1048576:.1f} MB: "
                            f"attachments are at most {MAX_FILE_BYTES // 1048576} MB")
    data = path.read_bytes()
    with open_engine(args) as engine:
        added = attach(unit_of_work(engine), sign_in(engine, args), target=args.target,
                       file_name=path.name, data=data)
    on = f"unit {added.serial} of {added.rma_no}" if added.serial else added.rma_no
    how = " (photo re-encoded, metadata removed)" if added.has_thumbnail else ""
    print(f"attached #{added.id} {added.file_name} to {on}: {added.size} bytes, "
          f"SHA-256 {added.sha256}{how}")
    return EXIT_OK


@guarded
def cmd_attachments(args: argparse.Namespace) -> int:
    from benchapp.services.attachments import attachment_content, attachments

    with open_engine(args) as engine:
        sign_in_to_read(engine, args, f"attachments of {args.rma_no}")
        listed = attachments(unit_of_work(engine), rma_no=args.rma_no)
        written = []
        if args.out:
            out = Path(args.out)
            if not out.is_dir():
                raise CommandFailed(f"{out} is not a directory")
            for a in listed:
                _, data = attachment_content(unit_of_work(engine), rma_no=args.rma_no,
                                             attachment_id=a.id)
                written.append(write_output(str(out / f"{a.id}-{a.file_name}"), data,
                                            force=args.force))
    if args.json:
        print_json([{"id": a.id, "rma_no": a.rma_no, "serial": a.serial,
                     "file_name": a.file_name, "content_type": a.content_type, "size": a.size,
                     "sha256": a.sha256, "added_by": a.added_by,
                     "added_at": a.added_at.isoformat() if a.added_at else None}
                    for a in listed], indent=2)
        return EXIT_OK
    if not listed:
        print(f"{args.rma_no}: no attachments")
        return EXIT_OK
    write_utf8("".join(
        f"#{a.id} {a.file_name} ({a.content_type}, {a.size} bytes) on "
        f"{a.serial or 'the RMA'}, by {a.added_by}"
        f"{f' {a.added_at:%Y-%m-%d %H:%M}' if a.added_at else ''}, SHA-256 {a.sha256}\n"
        for a in listed))
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK
