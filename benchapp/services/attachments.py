"""Use cases of attachments (issue 17.3): attach a photo or file to an RMA or a unit, list an
RMA's attachments, read one back. Photos are re-encoded first (services/photos.py)."""

from __future__ import annotations

from typing import Protocol

from benchapp.domain import attachments as rules
from benchapp.domain.attachments import Attachment
from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role
from benchapp.services.actors import current_actor
from benchapp.services.photos import reencode
from benchapp.services.unit_of_work import AbstractUnitOfWork

# Who handles the units and may show what they saw: every station and supervisor role; the
# manager reads, the administrator keeps the system.
ATTACH_ROLES = frozenset(Role) - {Role.MANAGER, Role.ADMIN}


class AttachmentRepository(Protocol):
    def target(self, key: str) -> tuple[int, str, int | None, str | None] | None: ...

    def add(self, *, rma_id: int, unit_id: int | None, file_name: str, content_type: str,
            data: bytes, sha256: str, thumbnail: bytes | None, added_by: int) -> int: ...

    def for_rma(self, rma_no: str) -> list[Attachment]: ...

    def content(self, rma_no: str, attachment_id: int) -> tuple[Attachment, bytes] | None: ...

    def thumbnails(self, rma_no: str) -> dict[int, bytes]: ...


def attach(uow: AbstractUnitOfWork, actor: Actor, *, target: str, file_name: str,
           data: bytes) -> Attachment:
    """Store ``data`` on the RMA ``target`` (an RMA number) or on the unit with that serial
    (its newest RMA). The tracking log names the file and its SHA-256."""
    actor.require(ATTACH_ROLES, "attach photos and files")
    rules.check_size(len(data))
    name = rules.clean_file_name(file_name)
    photo = reencode(data, name)
    if photo is not None:
        stored, content_type, name, thumbnail = (photo.data, photo.content_type,
                                                 photo.file_name, photo.thumbnail)
    else:
        stored, content_type, thumbnail = data, rules.guessed_type(name), None
    digest = rules.sha256_of(stored)
    with uow:
        actor = current_actor(uow, actor, allowed=ATTACH_ROLES, action="attach photos and files")
        found = uow.attachments.target(target.strip())
        if found is None:
            raise NotFound(Reason.NOT_FOUND, what="RMA or serial number", key=target)
        rma_id, rma_no, unit_id, serial = found
        new_id = uow.attachments.add(rma_id=rma_id, unit_id=unit_id, file_name=name,
                                     content_type=content_type, data=stored, sha256=digest,
                                     thumbnail=thumbnail, added_by=actor.user_id or 0)
        uow.log.add(LogEntry(rma_no=rma_no, serial=serial, action="attachment_added",
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"attachment": new_id, "file_name": name,
                                     "sha256": digest, "size": len(stored),
                                     "original_size": len(data),
                                     "reencoded": photo is not None}))
        uow.commit()
    return Attachment(new_id, rma_no, serial, name, content_type, len(stored), digest,
                      actor.username, None, thumbnail is not None)


def attachments(uow: AbstractUnitOfWork, *, rma_no: str) -> list[Attachment]:
    """The RMA's attachments (its units' included), oldest first, without their content."""
    with uow:
        return uow.attachments.for_rma(rma_no)


def thumbnails(uow: AbstractUnitOfWork, *, rma_no: str) -> dict[int, bytes]:
    """Each photo's thumbnail (JPEG), by attachment id."""
    with uow:
        return uow.attachments.thumbnails(rma_no)


def attachment_content(uow: AbstractUnitOfWork, *, rma_no: str,
                       attachment_id: int) -> tuple[Attachment, bytes]:
    with uow:
        found = uow.attachments.content(rma_no, attachment_id)
    if found is None:
        raise NotFound(Reason.NOT_FOUND, what=f"attachment of {rma_no}", key=attachment_id)
    return found
