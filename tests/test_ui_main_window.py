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


def test_use_case_names_are_readable_at_the_default_size(qtbot, bundled_kb_dir):
    window, kb = make_window(bundled_kb_dir)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.nav.setCurrentRow(1)
        QCoreApplication.processEvents()
        table = window.use_cases_view.table
        fm = table.fontMetrics()
        width = table.horizontalHeader().sectionSize(0) - 12  # cell margins
        assert width >= 150
        for row, uc in enumerate(window.doc.portfolio.use_cases):
            lines = 1 if fm.horizontalAdvance(uc.name) <= width else 2
            # Never elided: the name fits in the lines its row is tall enough for.
            assert fm.horizontalAdvance(uc.name) <= 2 * width, uc.name
            assert table.rowHeight(row) >= lines * fm.height(), uc.name
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        kb.close()


def test_the_answer_fits_1366_by_768_without_horizontal_scrolling(qtbot, bundled_kb_dir):
    window, kb = make_window(bundled_kb_dir)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.nav.setCurrentRow(3)
        QCoreApplication.processEvents()
        view = window.assessment_view
        dashboard = view.dashboard
        for tile in dashboard.tiles.values():
            assert tile.visibleRegion().boundingRect().size() == tile.size()  # whole, not cut
        table = dashboard.scenarios
        assert table.visibleRegion().boundingRect().size() == table.size()
        assert not table.horizontalScrollBar().isVisible() and not table.verticalScrollBar().isVisible()
        assert not dashboard.cards_scroll.horizontalScrollBar().isVisible()
        first = dashboard.cards[0]
        assert first.visibleRegion().boundingRect().height() == first.height()  # the first row of cards whole
        view.tabs.setCurrentIndex(1)
        QCoreApplication.processEvents()
        assert not view.table.horizontalScrollBar().isVisible()  # verdict and cost without scrolling
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        kb.close()
