"""Every control of every view can be named by a screen reader and reached from the keyboard (one generic
check over all views, in the manner of Orange's widget base tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider, QAbstractItemView)


@pytest.fixture
def window(qtbot, bundled_kb_dir):
    with main_window(bundled_kb_dir, SAMPLE) as win:
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        yield win


def named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and (widget.text().replace("&", "").strip() or widget.toolTip()):
        return True
    return id(widget) in buddies


def own_controls(view: QWidget) -> list[QWidget]:
    out = []
    for widget in view.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(view):
            continue
        parent = widget.parentWidget()
        # Parts of a compound control (a combo's line edit, a spin box's editor, scroll bars, header views,
        # tab bar scrollers, table cell editors) are named through the control they belong to.
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or widget.objectName().startswith("qt_"):
            continue
        if type(widget).__name__ in ("QHeaderView", "QScrollBar"):
            continue  # parts of a table or scroll area
        out.append(widget)
    return out


def test_every_control_of_every_view_has_a_name(window):
    problems = []
    for row, (title, view) in enumerate(window.views):
        window.nav.setCurrentRow(row)
        buddies = {id(label.buddy()) for label in view.findChildren(QLabel) if label.buddy() is not None}
        tabs = getattr(view, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            for widget in own_controls(view):
                if not named(widget, buddies):
                    problems.append(f"{title}/{tab}: {type(widget).__name__} {widget.objectName()!r}")
    assert problems == [], problems


def test_every_view_can_be_reached_and_left_with_the_keyboard(window):
    for row, (_title, view) in enumerate(window.views):
        window.nav.setCurrentRow(row)
        focusable = [w for w in own_controls(view) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]
        assert focusable, view
    assert window.nav.focusPolicy() & Qt.FocusPolicy.TabFocus
