"""One text policy for every field a person or a file fills in (issue 12 item 6).

Applied at the door (receiving, import, user administration, corrections) and again by the slip
renderer, so whatever was accepted can always be printed and signed:

- harmless look-alikes are normalised: NFC composition; every Unicode space (NBSP U+00A0, the
  full-width space U+3000 a Chinese IME types, thin and figure spaces...) becomes an ASCII space;
  the ends are stripped; in free text CR LF and a lone CR become LF. NFKC is not used: it would
  also turn full-width letters and digits (Ａ１) into ASCII, which changes what the customer wrote.
- the rest is refused, with a message that names the character and the field: control and
  format characters (TAB, CR, LF in a one-line field, NUL, zero-width and bidi controls...),
  line/paragraph separators, surrogates, private-use and unassigned code points.
"""

from __future__ import annotations

import re
import unicodedata

from benchapp.domain.errors import InvalidInput, Reason

# Categories refused outright: control, format, surrogate, private use, unassigned, and the
# line/paragraph separators (a one-line field must stay on one line in a PDF table cell).
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})

# Names for the characters unicodedata leaves unnamed (controls), as people know them.
_CONTROL_NAMES = {0x00: "NUL", 0x07: "BELL", 0x08: "BACKSPACE", 0x09: "TAB",
                  0x0A: "LINE FEED", 0x0B: "VERTICAL TAB", 0x0C: "FORM FEED",
                  0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def describe(ch: str) -> str:
    """'U+0009 TAB', 'U+200B ZERO WIDTH SPACE': a character named for a message."""
    code = ord(ch)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(ch, "") or (
        "control character" if unicodedata.category(ch) == "Cc" else "unassigned character")
    return f"U+{code:04X} {name}"


def normalise(raw: str, *, multiline: bool = False) -> str:
    """The harmless normalisations only (nothing is refused here)."""
    text = unicodedata.normalize("NFC", raw)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
    if multiline:
        return "\n".join(line.strip(" ") for line in text.split("\n")).strip("\n")
    return text.strip(" ")


def refused_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character the policy refuses in (normalised) ``text``, or None."""
    for ch in text:
        if multiline and ch == "\n":
            continue
        if unicodedata.category(ch) in REFUSED_CATEGORIES:
            return ch
    return None


def clean_field(raw: str | None, field: str, *, required: bool = False, limit: int = 2000,
                multiline: bool = False) -> str:
    """``raw`` normalised, or InvalidInput naming the refused character and the field."""
    text = normalise(raw or "", multiline=multiline)
    bad = refused_character(text, multiline=multiline)
    if bad is not None:
        raise InvalidInput(Reason.TEXT_CHARACTER_REFUSED, char=describe(bad), field=field)
    if required and not text:
        raise InvalidInput(Reason.FIELD_REQUIRED, field=field)
    if len(text) > limit:
        raise InvalidInput(Reason.FIELD_TOO_LONG, field=field, limit=limit)
    return text


def check_clean(value: str, field: str, *, multiline: bool = False) -> str | None:
    """For the renderer: None when ``value`` is as the policy leaves it, else why not."""
    bad = refused_character(value, multiline=multiline)
    if bad is not None:
        return f"{describe(bad)} not allowed in {field}"
    if normalise(value, multiline=multiline) != value:
        return f"{field} is not normalised (spaces or composition)"
    return None


# Cells a spreadsheet would read as a formula or a DDE command (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def csv_safe(value: object) -> object:
    """A CSV cell that cannot attack the reader: text starting like a formula gets a leading
    single quote (OWASP). Numbers stay numbers: an int, float or Decimal, or text that is
    nothing but a decimal number such as an amount "-12.50", is digits with at most a leading
    minus sign, which a spreadsheet parses as a number, never as a formula, and the reports'
    readers sum them."""
    if (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value
