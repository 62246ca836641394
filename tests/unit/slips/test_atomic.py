"""write_atomically: the new content or the old, never a torn file or a stray temp file."""

from __future__ import annotations

import os
import stat

import pytest

from benchapp.slips.atomic import write_atomically


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "slip.pdf"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_failure_keeps_the_old_file_and_removes_the_temp(tmp_path, monkeypatch):
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]


def test_missing_directory_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nope" / "slip.pdf", b"x")
