"""The main window's own duties: quitting without a traceback, and use-case names readable at the
default size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"


def make_window(kb_dir):
    from desktop.knowledge.base import KnowledgeBase
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    kb = KnowledgeBase.open(cache_dir=kb_dir)
    window = MainWindow(kb, Settings())
    window.open_path(SAMPLE, remember=False, confirm=False)
    return window, kb


def test_quit_and_discard_closes_without_a_traceback(qtbot, bundled_kb_dir, monkeypatch):
    window, kb = make_window(bundled_kb_dir)
    window.show()
    window.doc.set_value(("name",), "Unsaved work")
    assert window.doc.modified
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    # The window goes; its document (and undo stack, which announces "clean" as it is cleared) goes with it.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    kb.close()
