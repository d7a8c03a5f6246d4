"""Switching the language redraws at once and keeps the open portfolio; the app reopens the last file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.charts import format as gui_format

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"
SWISS = ROOT / "resources" / "samples" / "ch-professional-services.json"


@pytest.fixture
def window(qtbot, bundled_kb_dir):
    from desktop.knowledge.base import KnowledgeBase
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    kb = KnowledgeBase.open(cache_dir=bundled_kb_dir)
    settings = Settings()
    settings.language = "en"
    holder = {"win": MainWindow(kb, settings)}
    yield holder
    app = QApplication.instance()
    win = holder["win"]
    win.doc.undo_stack.setClean()
    win.close()
    win.deleteLater()
    for t in getattr(app, "_translators", []):
        app.removeTranslator(t)
    app._translators = []
    gui_format.set_locale("en")
    kb.close()


def test_switching_language_redraws_now_and_keeps_the_file_and_the_edits(window, qtbot, tmp_path):
    from desktop.ui.app import switch_language

    win = window["win"]
    path = tmp_path / "mine.json"
    shutil.copy(SWISS, path)
    win.open_path(path, confirm=False)
    win.doc.set_value(("organisation", "pue"), 1.3)
    win.nav.setCurrentRow(3)
    doc, steps = win.doc, win.doc.undo_stack.count()
    assert win.nav.item(1).text() == "Use cases"

    german = switch_language(win, "de")
    window["win"] = german
    assert german is not win and not win.isVisible()
    assert german.doc is doc and doc.path == path and doc.modified and doc.undo_stack.count() == steps
    assert doc.portfolio.organisation.pue == 1.3
    assert german.nav.item(1).text() == "Anwendungsfälle"  # the new language, without a restart
    assert german.nav.currentRow() == 3
    assert german.settings.language == "de"
    # numbers now print the Swiss German way, in the GUI as in the report
    assert gui_format.money(5003, "CHF").replace("\u00a0", " ") == "CHF 5'003"
    assert german.windowTitle().endswith("[*]") and german.isWindowModified()
    # the old window let go of the document: its signals reach the new window only
    doc.pathChanged.emit(str(path))
    doc.editRefused.emit("a test refusal")
    assert "a test refusal" in german.statusBar().currentMessage()
    # edits and undo still work through the new window
    doc.undo_stack.undo()
    assert doc.portfolio.organisation.pue != 1.3

    english = switch_language(german, "en")
    window["win"] = english
    assert english.nav.item(1).text() == "Use cases" and english.doc is doc
    assert gui_format.money(5003, "CHF").replace("\u00a0", " ") == "CHF 5'003"  # en-CH: still Swiss grouping


def test_the_app_reopens_the_last_file(window, tmp_path):
    win = window["win"]
    path = tmp_path / "last.json"
    shutil.copy(SAMPLE, path)
    win.settings.mark_started()
    win.open_path(path, confirm=False)  # remembered
    assert win.settings.last_file() == path.resolve()
    win.doc.new()
    win.start(None)
    assert win.doc.path == path.resolve()
    assert win.doc.portfolio.use_cases


def test_a_missing_last_file_is_skipped(window, tmp_path):
    win = window["win"]
    path = tmp_path / "gone.json"
    shutil.copy(SAMPLE, path)
    win.settings.mark_started()
    win.open_path(path, confirm=False)
    path.unlink()
    assert win.settings.last_file() is None
    win.doc.new()
    win.start(None)
    assert win.doc.path is None
