"""Autosave and recovery under stress: confidential modes, a full disk shown in the window (not on stderr)
and retried, a malformed recovery file set aside with a message, and a bad overlay row named in the
status bar."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from conftest import main_window, open_document
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"


@pytest.mark.parametrize("portfolio_mode, expected", [(0o644, 0o600), (0o600, 0o600), (0o400, 0o400)])
def test_recovery_file_is_never_easier_to_read_than_its_portfolio(engine_catalog, tmp_path, portfolio_mode, expected):
    from desktop.ui.document import PortfolioDocument

    path = tmp_path / "plans.json"
    shutil.copy(SAMPLE, path)
    path.chmod(portfolio_mode)
    PortfolioDocument.recovery_path().write_text("{}")  # an older, world-readable one is replaced
    PortfolioDocument.recovery_path().chmod(0o644)
    with open_document(engine_catalog, path) as doc:
        doc.set_value(("name",), "Unsaved and confidential")
        assert doc.autosave()
    assert stat.S_IMODE(PortfolioDocument.recovery_path().stat().st_mode) == expected


def test_a_failing_autosave_is_reported_then_retried(engine_catalog, monkeypatch):
    from desktop.ui import document

    with open_document(engine_catalog, SAMPLE) as doc:
        messages: list[str] = []
        doc.autosaveFailed.connect(messages.append)
        doc.set_value(("name",), "Work in progress")
        real = document.write_atomic

        def full_disk(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(document, "write_atomic", full_disk)
        assert not doc.autosave() and not doc.autosave()
        assert messages and "No space left on device" in messages[0] and "recovery.json" in messages[0]
        monkeypatch.setattr(document, "write_atomic", real)
        assert doc.autosave()
        assert messages[-1] == ""  # works again


def test_the_window_shows_an_autosave_failure_once_as_a_dialog(qtbot, bundled_kb_dir, monkeypatch):
    from desktop.ui import document

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(document, "write_atomic", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "disk full")))
    with main_window(bundled_kb_dir, SAMPLE) as win:
        win.doc.set_value(("name",), "Unsaved")
        win.doc.autosave()
        win.doc.autosave()
        assert len(shown) == 1 and "disk full" in shown[0]
        assert "Autosave failed" in win.statusBar().currentMessage()


@pytest.mark.parametrize("content", [
    {"path": "/x.json", "portfolio": "not an object"},
    {"path": 42, "portfolio": {}},
    ["a", "list"],
    "binary",
])
def test_a_malformed_recovery_file_is_set_aside_with_a_message(qtbot, bundled_kb_dir, monkeypatch, content):
    from desktop.ui.document import PortfolioDocument

    path = PortfolioDocument.recovery_path()
    raw = bytes(range(256)) if content == "binary" else json.dumps(content).encode()
    path.write_bytes(raw)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("nothing to recover"))
    with main_window(bundled_kb_dir) as win:
        win.offer_recovery()
        assert shown and "moved aside" in shown[0] and str(path) in shown[0]
    kept = list(path.parent.glob("recovery.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == raw


def test_a_bad_overlay_row_is_named_in_the_status_bar(qtbot, bundled_kb_dir, catalog):
    from desktop.knowledge import paths
    from desktop.knowledge.overlay import CREATE

    overlay = paths.data_dir() / "overlay.sqlite"
    with sqlite3.connect(overlay) as conn:
        conn.execute(CREATE)
        conn.execute("INSERT INTO entries VALUES ('gpus', 'bad', 'bad', '{\"id\": \"bad\"}', '2026-01-01')")
    with main_window(bundled_kb_dir) as win:
        message = win.statusBar().currentMessage()
        assert "gpus/bad" in message and "overlay.sqlite" in message
        assert win.doc.assessment is not None  # the rest works


def test_temporary_files_of_interrupted_saves_are_pruned(engine_catalog, tmp_path):
    path = tmp_path / "plans.json"
    shutil.copy(SAMPLE, path)
    old_tmp, young_tmp = tmp_path / ".plans.json.abc123.tmp", tmp_path / ".plans.json.def456.tmp"
    for leftover in (old_tmp, young_tmp):
        leftover.write_text("half a portfolio")
    old = os.stat(path).st_mtime - 7200
    os.utime(old_tmp, (old, old))
    with open_document(engine_catalog, path):
        pass
    assert not old_tmp.exists() and young_tmp.exists()  # a young one may be another window's save
