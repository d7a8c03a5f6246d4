"""Forms bound to fields of the portfolio: each editor commits one undoable, validated edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import countries
from .document import PortfolioDocument, locate
from .messages import plain


@dataclass
class Field:
    label: str
    path: tuple  # from the portfolio root; may contain a placeholder "{uc}" for the current use case
    kind: str = "float"  # float | int | text | bool | choice | country
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
        self.errors: dict[tuple, QLabel] = {}  # a refusal shows under its own field
        self.context: dict[str, str] = {}
        self.error = QLabel()  # the latest refusal, also kept in one place for the status of the form
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QFormLayout(self)
        for f in fields:
            editor = self._editor(f)
            # Labels, tips and choices are marked QT_TRANSLATE_NOOP("BoundForm", ...) where they are defined.
            editor.setToolTip(self.tr(f.tip) if f.tip else "")
            editor.setAccessibleName(self.tr(f.label))
            self.editors[f.path] = editor
            message = QLabel()
            message.setObjectName("fieldError")
            message.setWordWrap(True)
            message.setStyleSheet("color: #b3261e;")
            message.setVisible(False)
            self.errors[f.path] = message
            cell = QWidget()
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(1)
            stack.addWidget(editor)
            stack.addWidget(message)
            label = QLabel(self.tr(f.label))
            label.setBuddy(editor)
            layout.addRow(label, cell)
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
        if f.kind == "country":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, name in countries.countries():
                combo.addItem(f"{name} ({code})", code)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
            combo.activated.connect(lambda index, f=f, combo=combo: self.commit(f, combo.itemData(index)))
            combo.lineEdit().editingFinished.connect(lambda f=f, combo=combo: self.commit_country(f, combo))
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

    def commit_country(self, f: Field, combo: QComboBox) -> None:
        """Typed text: a code, a name, or 'Name (CC)'; anything else is explained, never stored."""
        if getattr(self, "_refreshing", False):
            return
        code = countries.code_for(combo.currentText())
        if code is None:
            self.show_error(f, self.tr("“{0}” is not a country in the list: type part of its name and pick it.").format(
                combo.currentText().strip()))
            return
        self.commit(f, code)

    def commit(self, f: Field, value: Any) -> None:
        if getattr(self, "_refreshing", False):
            return
        self.doc.last_refusal = None
        ok = self.doc.set_value(self.resolved(f.path), value, self.tr("Change “{0}”").format(self.tr(f.label)))
        refusal = self.doc.last_refusal
        if ok:
            self.show_error(f, "")
            return
        reason = plain(refusal.errors[0]) if refusal is not None and refusal.errors else str(refusal or "")
        self.show_error(f, reason)
        self.refresh()

    def show_error(self, f: Field, text: str) -> None:
        """A refusal in plain words under the field (and in the form's error line); empty clears it."""
        label = self.errors[f.path]
        label.setText(text)
        label.setVisible(bool(text))
        self.error.setText(self.tr("{field}: {reason}").format(field=self.tr(f.label), reason=text) if text else "")

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
                    # Nothing to edit (no use case selected, a new portfolio): show nothing, not stale values.
                    self._clear(editor, f)
                    editor.setEnabled(False)
                    continue
                editor.setEnabled(True)
                if isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(editor.findData(str(value)))
                    if editor.isEditable() and editor.currentIndex() < 0:
                        editor.setEditText(str(value or ""))
                elif isinstance(editor, QLineEdit):
                    if not editor.hasFocus():
                        editor.setText("" if value is None else str(value))
                elif isinstance(editor, QSpinBox):
                    editor.setValue(int(value or 0))
                elif isinstance(editor, QDoubleSpinBox):
                    editor.setValue(float(value) if value is not None else f.minimum)
        finally:
            self._refreshing = False

    def _clear(self, editor: QWidget, f: Field) -> None:
        self.errors[f.path].setVisible(False)
        if isinstance(editor, QCheckBox):
            editor.setChecked(False)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(-1)
            if editor.isEditable():
                editor.setEditText("")
        elif isinstance(editor, QLineEdit):
            editor.clear()
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(editor.minimum())
