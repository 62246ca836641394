"""The shop's defect-code library: symptom -> defect -> cause per product family (issue 17.4).

Each row of the library is one path through the hierarchy, WATS-style: what the customer or the
tester sees (symptom), what is wrong on the board (defect), and why (cause, with its cause
category). A repair record names the cause code, a visual inspection the defect code; the
statistics count by code. A code means one thing across the whole library (two families may
share a code only with the same text), so a count by code never mixes two meanings.

The CSV form (`benchapp defects import/export`, docs/defect-codes.md) has the header
``family,symptom_code,symptom,defect_code,defect,cause_code,cause,cause_category``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from benchapp.domain.errors import DomainError, InvalidInput, NotFound, Reason
from benchapp.domain.rules import CauseCategory, clean_text, parse_cause
from benchapp.domain.text import FORMULA_STARTS, csv_safe

CSV_HEADER = ("family", "symptom_code", "symptom", "defect_code", "defect", "cause_code",
              "cause", "cause_category")
# A family names the models it covers by prefix; "*" covers every model.
ALL_MODELS = "*"
CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,31}")
FAMILY_MAX_LEN = 64
TEXT_MAX_LEN = 200
# A file of more lines than this is not a defect-code library (a wrong file picked).
MAX_ROWS = 20_000


@dataclass(frozen=True)
class DefectCode:
    """One path symptom -> defect -> cause of a product family."""

    family: str
    symptom_code: str
    symptom: str
    defect_code: str
    defect: str
    cause_code: str
    cause: str
    cause_category: CauseCategory

    def label(self) -> str:
        return f"{self.cause_code} {self.symptom} / {self.defect} / {self.cause}"


@dataclass(frozen=True)
class TextMapping:
    """A free text an administrator counted under a cause code."""

    text: str
    cause_code: str
    set_by: str


class LibraryRefused(InvalidInput):
    """A CSV file with bad lines: nothing of it is imported. ``problems``: one line each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(Reason.VALUE_INVALID, value=f"{len(problems)} bad lines",
                         field="defect-code file",
                         allowed="the lines listed below corrected (nothing was imported)")


def check_code(raw: object, field: str) -> str:
    code = str(raw or "").strip().upper()
    if not code:
        raise InvalidInput(Reason.FIELD_REQUIRED, field=field)
    if not CODE_PATTERN.fullmatch(code):
        raise InvalidInput(Reason.VALUE_INVALID, value=raw, field=field,
                           allowed="1 to 32 letters, digits, '.', '_' or '-', "
                           "starting with a letter or digit")
    return code


def check_family(raw: object) -> str:
    return clean_text(str(raw or ""), "family", required=True, limit=FAMILY_MAX_LEN)


def _text(raw: object, field: str) -> str:
    value = str(raw or "")
    # What csv_safe added on export comes off again, so that export -> import is lossless.
    if value.startswith("'") and value[1:2] and value[1:2] in FORMULA_STARTS:
        value = value[1:]
    return clean_text(value, field, required=True, limit=TEXT_MAX_LEN)


def check_row(values: dict[str, object]) -> DefectCode:
    """One library row from its fields, or the first thing wrong with it."""
    category = values.get("cause_category")
    return DefectCode(
        family=check_family(values.get("family")),
        symptom_code=check_code(values.get("symptom_code"), "symptom_code"),
        symptom=_text(values.get("symptom"), "symptom"),
        defect_code=check_code(values.get("defect_code"), "defect_code"),
        defect=_text(values.get("defect"), "defect"),
        cause_code=check_code(values.get("cause_code"), "cause_code"),
        cause=_text(values.get("cause"), "cause"),
        cause_category=parse_cause(str(category or "")),
    )


def consistency_problems(rows: Iterable[tuple[int, DefectCode]]) -> list[str]:
    """A code means one thing: the same text (and, for a cause, the same category) wherever it
    appears, and one path per family and cause code."""
    problems: list[str] = []
    seen_text: dict[tuple[str, str], tuple[int, str]] = {}
    seen_path: dict[tuple[str, str], int] = {}
    for line, row in rows:
        path_key = (row.family, row.cause_code)
        if path_key in seen_path:
            problems.append(f"line {line}: cause_code {row.cause_code} appears twice in family "
                            f"{row.family} (first on line {seen_path[path_key]})")
            continue
        seen_path[path_key] = line
        for level, code, meaning in (
                ("symptom_code", row.symptom_code, row.symptom),
                ("defect_code", row.defect_code, f"{row.defect} (symptom {row.symptom_code})"),
                ("cause_code", row.cause_code, f"{row.cause} ({row.cause_category.value})")):
            first = seen_text.setdefault((level, code), (line, meaning))
            if first[1] != meaning:
                problems.append(f"line {line}: {level} {code} is '{meaning}' here but "
                                f"'{first[1]}' on line {first[0]}")
                break
    return problems


def parse_csv(text: str) -> list[DefectCode]:
    """The whole library from a CSV text, or LibraryRefused listing every bad line."""
    text = text.removeprefix("\ufeff")  # Excel's "CSV UTF-8" starts with a byte-order mark
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None or tuple(h.strip().lower() for h in header) != CSV_HEADER:
        raise LibraryRefused([f"line 1: the header must be {','.join(CSV_HEADER)}"])
    problems: list[str] = []
    good: list[tuple[int, DefectCode]] = []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(good) + len(problems) >= MAX_ROWS:
            problems.append(f"line {line}: more than {MAX_ROWS} rows")
            break
        if len(values) != len(CSV_HEADER):
            problems.append(f"line {line}: {len(values)} fields, expected {len(CSV_HEADER)}")
            continue
        try:
            good.append((line, check_row(dict(zip(CSV_HEADER, values, strict=True)))))
        except DomainError as err:
            problems.append(f"line {line}: {err.message}")
    problems += consistency_problems(good)
    if problems:
        raise LibraryRefused(sorted(problems, key=lambda p: int(p.split(":")[0].split()[1])))
    if not good:
        raise LibraryRefused(["the file has a header but no rows"])
    return [row for _, row in good]


def to_csv(rows: Iterable[DefectCode]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow([csv_safe(v) for v in (
            r.family, r.symptom_code, r.symptom, r.defect_code, r.defect, r.cause_code, r.cause,
            r.cause_category.value)])
    return out.getvalue()


def family_of(model: str, families: Iterable[str]) -> str | None:
    """The family covering ``model``: the longest family name the model starts with
    (case-insensitively), else "*" when the library has it, else None."""
    wanted = model.strip().upper()
    best: str | None = None
    for family in families:
        if family == ALL_MODELS:
            continue
        if wanted.startswith(family.upper()) and (best is None or len(family) > len(best)):
            best = family
    if best is None and ALL_MODELS in set(families):
        return ALL_MODELS
    return best


def codes_for_model(model: str, library: list[DefectCode]) -> list[DefectCode]:
    """The library rows a unit of ``model`` may be given: its family's, plus the "*" rows."""
    family = family_of(model, {r.family for r in library})
    return [r for r in library if r.family in {family, ALL_MODELS}]


def mapping_key(text: str) -> str:
    """Free texts that differ only in case and spacing count as one."""
    return " ".join(text.split()).casefold()


def check_cause_pick(code: DefectCode, cause_category: CauseCategory | str) -> None:
    """A picked cause code brings its category: a record may not file it under another."""
    category = (parse_cause(cause_category) if isinstance(cause_category, str)
                else cause_category)
    if category is not code.cause_category:
        raise InvalidInput(Reason.VALUE_INVALID, value=category.value,
                           field=f"cause category for code {code.cause_code}",
                           allowed=code.cause_category.value)


def unknown_code(code: str, what: str = "cause code") -> NotFound:
    return NotFound(Reason.NOT_FOUND, what=what, key=code)
