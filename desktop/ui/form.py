"""Forms bound to fields of the portfolio: each editor commits one undoable, validated edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from .document import PortfolioDocument, locate


@dataclass
class Field:
    label: str
    path: tuple  # from the portfolio root; may contain a placeholder "{uc}" for the current use case
    kind: str = "float"  # float | int | text | bool | choice
    minimum: float = 0.0
    maximum: float = 1e9
    decimals: int = 2
    suffix: str = ""
    choices: tuple[str, ...] = ()
    tip: str = ""
    step: float = 1.0


class BoundForm(QWidget):
    """A QFormLayout whose editors read from and write to the document."""

    def __init__(self, doc: PortfolioDocument, fields: list[Field], parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.fields = fields
        self.editors: dict[tuple, QWidget] = {}
        self.context: dict[str, str] = {}
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout = QFormLayout(self)
        for f in fields:
            editor = self._editor(f)
            # Labels, tips and choices are marked QT_TRANSLATE_NOOP("BoundForm", ...) where they are defined.
            editor.setToolTip(self.tr(f.tip) if f.tip else "")
            editor.setAccessibleName(self.tr(f.label))
            self.editors[f.path] = editor
            layout.addRow(self.tr(f.label), editor)
        layout.addRow(self.error)
        doc.portfolioChanged.connect(lambda _parts: self.refresh())
        doc.portfolioLoaded.connect(self.refresh)
        self.refresh()

    def resolved(self, path: tuple) -> tuple:
        return tuple(self.context.get(step[1:-1], step) if isinstance(step, str) and step.startswith("{") else step
                     for step in path)

    def _editor(self, f: Field) -> QWidget:
        if f.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda checked, f=f: self.commit(f, checked))
            return box
        if f.kind == "choice":
            combo = QComboBox()
            for choice in f.choices:  # shown translated, stored as the portfolio file spells it
                combo.addItem(self.tr(choice), choice)
            combo.currentIndexChanged.connect(lambda index, f=f, combo=combo: self.commit(f, combo.itemData(index)))
            return combo
        if f.kind == "text":
            line = QLineEdit()
            line.editingFinished.connect(lambda f=f, line=line: self.commit(f, line.text().strip() or None))
            return line
        spin = QSpinBox() if f.kind == "int" else QDoubleSpinBox()
        if isinstance(spin, QDoubleSpinBox):
            spin.setDecimals(f.decimals)
        spin.setRange(int(f.minimum) if f.kind == "int" else f.minimum, int(min(f.maximum, 2**31 - 1)) if f.kind == "int" else f.maximum)
        spin.setSingleStep(int(f.step) if f.kind == "int" else f.step)
        spin.setSuffix(f.suffix)
        spin.setKeyboardTracking(False)  # commit when the user stops typing, not on every digit
        spin.setGroupSeparatorShown(True)
        if f.kind == "optfloat":
            spin.setSpecialValueText(self.tr("none"))  # the minimum stands for "no target"
            spin.valueChanged.connect(lambda value, f=f: self.commit(f, None if value <= f.minimum else value))
        else:
            spin.valueChanged.connect(lambda value, f=f: self.commit(f, value))
        return spin

    def commit(self, f: Field, value: Any) -> None:
        if getattr(self, "_refreshing", False):
            return
        refused: list[str] = []
        self.doc.editRefused.connect(refused.append)
        try:
            ok = self.doc.set_value(self.resolved(f.path), value, self.tr("Change “{0}”").format(self.tr(f.label)))
        finally:
            self.doc.editRefused.disconnect(refused.append)
        self.error.setText("" if ok else self.tr("Refused: {0}").format(refused[0] if refused else ""))
        if not ok:
            self.refresh()

    def refresh(self) -> None:
        self._refreshing = True
        data = self.doc.portfolio.model_dump(mode="json")  # once, not once per field
        try:
            for f in self.fields:
                editor = self.editors[f.path]
                try:
                    container, key = locate(data, self.resolved(f.path))
                    value = container[key]
                except (KeyError, ValueError, TypeError, IndexError):
                    editor.setEnabled(False)
                    continue
                editor.setEnabled(True)
                if isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(editor.findData(str(value)))
                elif isinstance(editor, QLineEdit):
                    if not editor.hasFocus():
                        editor.setText("" if value is None else str(value))
                elif isinstance(editor, QSpinBox):
                    editor.setValue(int(value or 0))
                elif isinstance(editor, QDoubleSpinBox):
                    editor.setValue(float(value) if value is not None else f.minimum)
        finally:
            self._refreshing = False
