"""Every refusal reason has a translatable GUI text with the domain's placeholders."""

from __future__ import annotations

import string

import pytest

from benchapp.domain.errors import MESSAGES, AuthError, Reason
from benchapp.ui import messages

pytestmark = pytest.mark.gui


def placeholders(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_reason_has_a_text():
    assert set(messages.TEXTS) == set(Reason)


@pytest.mark.parametrize("reason", list(Reason))
def test_source_text_is_the_domain_message(reason):
    # The English GUI says exactly what the CLI says; translators see the same placeholders.
    assert messages.TEXTS[reason] == MESSAGES[reason]


@pytest.mark.parametrize("reason", list(Reason))
def test_text_fills_with_its_placeholders(qapp, reason):
    params = {name: f"<{name}>" for name in placeholders(MESSAGES[reason])}
    text = messages.reason_text(reason, params)
    assert "{" not in text and "}" not in text
    for value in params.values():
        assert value in text


def test_error_text_of_a_domain_error(qapp):
    error = AuthError(Reason.ACCOUNT_LOCKED, user="wang.fang")
    assert messages.error_text(error) == error.message


def test_codes_in_parameters_are_shown_by_name(qapp):
    text = messages.reason_text(Reason.NOT_IN_CUSTODY, {
        "serial": "SN1", "custody": "repair", "station": "qc"})
    assert text == "Unit SN1 is in the custody of Repair, not QC."
    text = messages.reason_text(Reason.ROLE_REQUIRED, {
        "user": "li", "action": "receive returned units", "roles": "business_clerk, packer"})
    assert text == ("li may not receive returned units: it needs one of the roles "
                    "Business clerk, Packer.")
    text = messages.reason_text(Reason.HANDOVER_REFUSED, {
        "slip_no": "SLP-000001", "refusal": "count_mismatch"})
    assert text == "Slip SLP-000001 refused: the count does not match."


def test_missing_parameter_still_names_the_reason(qapp):
    text = messages.reason_text(Reason.COUNT_MISMATCH, {"expected": 3})
    assert text.startswith("count_mismatch")
