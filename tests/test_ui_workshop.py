"""Workshop mode: full screen over the open portfolio, tiles and scenarios, one chart at a time with the
what-if sliders, in the UI language; leaving it changes nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import main_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"


def texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_workshop_shows_the_portfolio_and_steps_through_the_charts(qtbot, bundled_kb_dir):
    with main_window(bundled_kb_dir, SAMPLE) as win:
        qtbot.addWidget(win)
        win.settings.language = "de"  # the client's language: the findings are worded in German
        assert win.action_workshop.shortcut() == QKeySequence(Qt.Key.Key_F11)
        win.action_workshop.trigger()
        w = win.workshop
        assert w.isVisible()
        assert w.geometry().contains((win.screen() or w.screen()).geometry())  # the whole screen
        a = win.doc.assessment
        assert w.tiles.count() == len(a.use_cases)
        assert w.scenarios.rowCount() >= len(a.scenarios) + 1
        shown = texts(w.pages.widget(0))  # the overview (the chart readout is the charts' own)
        assert "gekauft" in shown and "Erlaubt" in shown and "Empfohlener Mix" in shown
        assert "bought" not in shown
        assert w.font().pointSizeF() > win.font().pointSizeF() * 1.5  # large type
        # one chart at a time: overview, then each chart, then back
        w.step(1)
        assert w.pages.currentIndex() == 1 and w.chart_stack.currentIndex() == 0
        for i in range(1, 4):
            w.step(1)
            assert w.chart_stack.currentIndex() == i
        w.step(1)
        assert w.chart_stack.currentIndex() == 3
        for _ in range(5):
            w.step(-1)
        assert w.pages.currentIndex() == 0
        # the what-if sliders: volume moves only the line; utilisation is an undoable edit
        w.step(1)
        before = w.cost_chart.volume()
        w.volume_slider.setValue(min(w.volume_slider.maximum(), w.volume_slider.value() + 200))
        assert w.cost_chart.volume() > before
        assert not win.doc.modified
        w.utilisation_slider.setValue(70)
        assert win.doc.portfolio.assumptions.utilisation == 0.7 and win.doc.modified
        assert "70" in w.utilisation_label.text()
        win.doc.undo_stack.undo()
        assert w.utilisation_slider.value() == round(win.doc.portfolio.assumptions.utilisation * 100)
        w.close()
        assert not w.isVisible()


def test_the_workshop_switches_to_the_clients_language_and_stays_open(qtbot, bundled_kb_dir):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.charts import format as gui_format

    with main_window(bundled_kb_dir, SAMPLE) as win:
        win.settings.language = "en"
        win.action_workshop.trigger()
        win.workshop.step(2)
        assert win.workshop.language_button.text() == "Deutsch"
        doc = win.doc
        app = QApplication.instance()
        try:
            win.workshop.language_button.click()
            german = app._main_window
            assert german is not win and german.doc is doc
            w = german.workshop
            assert w is not None and w.isVisible() and w.lang == "de"
            assert w.pages.currentIndex() == 1 and w.chart_box.currentIndex() == 1
            assert "Empfohlener Mix" in texts(w.pages.widget(0))
            assert w.language_button.text() == "English"
            w.close()
        finally:
            german = app._main_window
            german.doc.undo_stack.setClean()
            german.close()
            german.deleteLater()
            for t in getattr(app, "_translators", []):
                app.removeTranslator(t)
            app._translators = []
            gui_format.set_locale("en")
