"""Use cases of the defect-code library (issue 17.4): import and export it as CSV, list it,
offer a unit its family's codes, and map frequent free texts to codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from benchapp.domain import defect_codes as rules
from benchapp.domain.defect_codes import DefectCode, TextMapping
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.services.unit_of_work import AbstractUnitOfWork

# Who maintains the library and maps texts: the administrator, as for every shop setting.
LIBRARY_ROLES = frozenset({Role.ADMIN})
UNMAPPED_LISTED = 50


class DefectCodeRepository(Protocol):
    def library(self, family: str | None = None) -> list[DefectCode]: ...

    def for_model(self, model: str) -> list[DefectCode]: ...

    def replace(self, rows: list[DefectCode]) -> None: ...

    def cause(self, code: str) -> DefectCode | None: ...

    def has_defect(self, code: str) -> bool: ...

    def set_mapping(self, mapping: TextMapping, at: datetime) -> str | None: ...

    def unmapped(self, limit: int) -> list[tuple[str, int]]: ...


@dataclass(frozen=True)
class ImportResult:
    rows: int
    families: int
    replaced: int  # rows of the library before


@dataclass(frozen=True)
class UnmappedText:
    text: str
    records: int


def import_library(uow: AbstractUnitOfWork, actor: Actor, *, csv_text: str,
                   source: str = "") -> ImportResult:
    """Replace the library with the file's rows, all or nothing: a file with a bad line is
    refused whole (LibraryRefused lists every bad line) and the library stays as it was."""
    actor.require(LIBRARY_ROLES, "import the defect-code library")
    rows = rules.parse_csv(csv_text)
    with uow:
        before = len(uow.defect_codes.library())
        uow.defect_codes.replace(rows)
        result = ImportResult(len(rows), len({r.family for r in rows}), before)
        uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="defect_codes_imported",
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"rows": result.rows, "families": result.families,
                                     "replaced": before, "source": source[:200]}))
        uow.commit()
    return result


def library(uow: AbstractUnitOfWork, *, family: str | None = None) -> list[DefectCode]:
    with uow:
        return uow.defect_codes.library(family)


def export_library(uow: AbstractUnitOfWork) -> str:
    """The library as CSV text, in the form `import_library` reads back."""
    return rules.to_csv(library(uow))


def codes_for_model(uow: AbstractUnitOfWork, *, model: str) -> list[DefectCode]:
    """The codes a unit of ``model`` may be given (its family's and the "*" rows)."""
    with uow:
        return uow.defect_codes.for_model(model)


def map_text(uow: AbstractUnitOfWork, actor: Actor, *, text: str, code: str) -> str | None:
    """Count a free root-cause text, exactly as recorded, under a cause code of the library.
    Returns the code it was mapped to before, if any; the tracking log keeps both."""
    actor.require(LIBRARY_ROLES, "map free texts to defect codes")
    wanted = clean_text(text, "text", required=True)
    cause_code = rules.check_code(code, "cause code")
    with uow:
        if uow.defect_codes.cause(cause_code) is None:
            raise rules.unknown_code(cause_code)
        before = uow.defect_codes.set_mapping(
            TextMapping(wanted, cause_code, actor.username), uow.now())
        uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="defect_text_mapped",
                             actor_id=actor.user_id, actor_name=actor.username,
                             detail={"text": wanted[:200], "old": before,
                                     "new": cause_code}))
        uow.commit()
    return before


def unmapped_texts(uow: AbstractUnitOfWork, *, limit: int = UNMAPPED_LISTED
                   ) -> list[UnmappedText]:
    """The most frequent root-cause texts of repair records that carry no code and whose text
    is not mapped yet: the ones worth mapping first."""
    with uow:
        return [UnmappedText(t, n) for t, n in uow.defect_codes.unmapped(limit)]
