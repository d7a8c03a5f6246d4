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


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_use_case_details_are_whole_at_1366_by_768(window, qtbot, language):
    """The detail pane never scrolls sideways: every field and restricted-use box is inside it, not cut
    off at the window's right edge, in either language (German labels are the longest)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

    from desktop.ui.app import switch_language

    win = window["win"]
    win.open_path(SAMPLE, remember=False, confirm=False)
    if language == "de":
        win = window["win"] = switch_language(win, "de")
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.nav.setCurrentRow(1)
    QCoreApplication.processEvents()
    view = win.use_cases_view
    pane = view.details.parentWidget().parentWidget()  # the scroll area's viewport
    shown = [w for w in view.findChildren(QWidget) if isinstance(w, (QLineEdit, QCheckBox)) and w.isVisible()]
    assert len(shown) > 10
    right = pane.mapToGlobal(pane.rect().topRight()).x()
    for widget in shown:
        assert widget.mapToGlobal(widget.rect().topRight()).x() <= right, widget.objectName() or widget.text()


def test_a_new_portfolio_is_named_in_the_users_language(window):
    from desktop.ui.app import switch_language

    german = window["win"] = switch_language(window["win"], "de")
    german.doc.new()
    assert german.doc.portfolio.name == "Unbenanntes Portfolio"  # it heads the report's every page


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_knowledge_record_pane_is_readable_at_1366_by_768(window, qtbot, language):
    """The pane that shows a record's facts and clauses keeps a readable width beside the table."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.app import switch_language

    win = window["win"]
    if language == "de":
        win = window["win"] = switch_language(win, "de")
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.nav.setCurrentRow(4)
    QCoreApplication.processEvents()
    assert win.knowledge_view.detail.width() >= 300
