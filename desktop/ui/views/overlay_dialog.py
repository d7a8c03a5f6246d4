"""Forms that add the user's own entries to the overlay: a GPU they own, an API price they negotiated.

The pydantic record is the only validator: the form collects text, the model accepts or refuses it,
and a refusal names the field and the reason while nothing is written.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Accelerator, ApiOffering, Record, Verification
from desktop.knowledge.overlay import OverlayError

translate = QCoreApplication.translate
USER_SOURCE = "user:entered"
ERROR_STYLE = "border: 1px solid #c0392b;"

SaveFn = Callable[[Record], None]


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the record's field
    label: str
    kind: str = "text"  # text | number | choice | bool | date
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, shown text)
    hint: str = ""


def literal_choices(model: type[Record], field: str) -> tuple[tuple[str, str], ...]:
    return tuple((v, v) for v in get_args(model.model_fields[field].annotation))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class OverlayEntryDialog(QDialog):
    """A form over some fields of a record; fields not on the form are kept from the template.

    Its texts name their context: self.tr() in PySide6 would look them up under the subclass's name."""

    model: type[Record]
    kind: str

    def __init__(self, save: SaveFn, known_ids: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self._known = known_ids or {}  # lower-case id -> origin ("bundled" | "user")
        self._template: Record | None = None
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.saved_record: Record | None = None

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.replaces = QLabel()
        self.replaces.setWordWrap(True)
        self.replaces.setStyleSheet("color: #8a6d00;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.replaces)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # -- building -------------------------------------------------------------------------------
    def add_fields(self, specs: list[FieldSpec]) -> None:
        for spec in specs:
            widget = self._widget_for(spec)
            self.fields[spec.name] = widget
            self.labels[spec.name] = spec.label
            description = (
                self.model.model_fields[spec.name].description
                if spec.name in self.model.model_fields
                else None
            )
            tip = spec.hint or description or ""
            if tip:
                widget.setToolTip(tip)
            self.form.addRow(spec.label, widget)

    def provenance_fields(self) -> list[FieldSpec]:
        levels = (
            (Verification.unverified.value,
             translate("OverlayEntryDialog", "unverified: entered by me, no source checked")),
            (Verification.secondary.value, translate("OverlayEntryDialog", "secondary: read in a third-party copy")),
            (Verification.primary.value, translate("OverlayEntryDialog", "primary: read in the publisher's own text")),
        )
        return [
            FieldSpec("note", translate("OverlayEntryDialog", "Note")),
            FieldSpec("source", translate("OverlayEntryDialog", "Source"),
                      hint=translate("OverlayEntryDialog", "A URL, or user:… for your own knowledge")),
            FieldSpec("as_of", translate("OverlayEntryDialog", "As of"), "date"),
            FieldSpec("verification", translate("OverlayEntryDialog", "Verification"), "choice", levels),
        ]

    def _widget_for(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            for value, text in spec.choices:
                combo.addItem(text, value)
            return combo
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "date":
            date = QDateEdit(QDate.currentDate())
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            return date
        edit = QLineEdit()
        optional = translate("OverlayEntryDialog", "optional")
        if spec.kind == "number":
            edit.setPlaceholderText(translate("OverlayEntryDialog", "number") if self._required(spec.name) else optional)
        elif not self._required(spec.name):
            edit.setPlaceholderText(optional)
        if spec.name == "id":
            edit.textChanged.connect(self._show_replacement)
        return edit

    def _required(self, name: str) -> bool:
        field = self.model.model_fields.get(name)
        return bool(field and field.is_required())

    # -- filling --------------------------------------------------------------------------------
    def load(self, record: Record | None, own: bool = False) -> None:
        """Fill the form from a record; a bundled one gets the user's provenance defaults."""
        self._template = record
        values: dict[str, Any] = record.model_dump(mode="json") if record else {}
        for name, widget in self.fields.items():
            if name in ("source", "as_of", "verification", "note"):
                continue
            self._set(widget, values.get(name))
        self._set(self.fields["source"], record.source if own and record else USER_SOURCE)
        self._set(self.fields["as_of"], values.get("as_of") if own else None)
        self._set(
            self.fields["verification"], values.get("verification") if own else Verification.unverified.value
        )
        self._set(self.fields["note"], values.get("note") if own else self.default_note(record))
        self._clear_errors()

    def default_note(self, template: Record | None) -> str:
        return ""

    @staticmethod
    def _set(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate())
        elif isinstance(widget, QLineEdit):
            if value is None:
                widget.clear()
            elif isinstance(value, float):
                widget.setText(
                    QLocale().toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
                )
            else:
                widget.setText(str(value))

    # -- reading --------------------------------------------------------------------------------
    def collected(self) -> dict[str, Any]:
        """The record's data: the template's facts, overwritten by what the form shows."""
        data: dict[str, Any] = self._template.model_dump(mode="json") if self._template else {}
        for name, widget in self.fields.items():
            if name == "source":
                continue
            value = self._read(widget)
            if value is None:
                data.pop(name, None)  # required -> pydantic says "Field required"; optional -> default
            else:
                data[name] = value
        source = self._read(self.fields["source"]) or USER_SOURCE
        inherited = self._template.sources if self._template else []
        data["sources"] = [source] + [s for s in inherited if s != source]
        if not data.get("id") and data.get("name"):
            data["id"] = slug(str(data["name"]))
        return data

    @staticmethod
    def _read(widget: QWidget) -> Any:
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDateEdit):
            return widget.date().toString("yyyy-MM-dd")
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if not text:
            return None
        if widget.property("numeric"):
            number, ok = QLocale().toDouble(text)
            return number if ok else text  # unparsable text is left for pydantic to name
        return text

    def validated(self) -> Record | None:
        """The record, or None after showing which fields were refused and why."""
        self._clear_errors()
        try:
            return self.model.model_validate(self.collected())
        except ValidationError as exc:
            self._show_errors(exc)
            return None

    def accept(self) -> None:
        record = self.validated()
        if record is None:
            return
        try:
            self._save(record)
        except (OverlayError, sqlite3.Error, OSError) as exc:
            self._show_message(
                translate("OverlayEntryDialog", "Could not save your entry: %1").replace("%1", str(exc)))
            return
        self.saved_record = record
        super().accept()

    # -- errors ---------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.error_label.hide()
        self.error_label.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def _show_message(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_errors(self, exc: ValidationError) -> None:
        lines = []
        first: QWidget | None = None
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else ""
            if field == "sources":
                field = "source"
            label = self.labels.get(field)
            whole = translate("OverlayEntryDialog", "the entry as a whole")
            where = f"{label} ({field})" if label else (field or whole)
            lines.append(f"{where}: {err['msg']}")
            widget = self.fields.get(field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                first = first or widget
        self._show_message(translate("OverlayEntryDialog", "Not saved. Please correct:") + "\n" + "\n".join(lines))
        if first is not None:
            first.setFocus()

    def _show_replacement(self, text: str) -> None:
        origin = self._known.get(text.strip().lower())
        if origin == "bundled":
            self.replaces.setText(
                translate(
                    "OverlayEntryDialog",
                    "Your entry replaces the bundled entry '%1' everywhere it is used; remove your entry to go back."
                ).replace("%1", text.strip())
            )
        elif origin == "user":
            self.replaces.setText(
                translate("OverlayEntryDialog", "This changes your existing entry '%1'.").replace(
                    "%1", text.strip())
            )
        else:
            self.replaces.clear()
        self.replaces.setVisible(bool(origin))


def _numeric(widget: QWidget) -> None:
    widget.setProperty("numeric", True)


class GpuDialog(OverlayEntryDialog):
    """A GPU (or machine) the user owns, typed in or started from a bundled device."""

    model = Accelerator
    kind = "gpus"

    def __init__(
        self,
        save: SaveFn,
        templates: list[Accelerator],
        known_ids: dict[str, str] | None = None,
        editing: Accelerator | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(save, known_ids, parent)
        self.setWindowTitle(self.tr("Change my GPU") if editing else self.tr("Add a GPU I own"))
        self.intro.setText(
            self.tr(
                "Enter the device's data-sheet figures. Start from a similar bundled device to copy the facts "
                "not shown here (generation, interconnect, release year)."
            )
        )
        self.start_from = QComboBox()
        self.start_from.addItem(self.tr("(blank)"), None)
        for gpu in templates:
            self.start_from.addItem(f"{gpu.name} ({gpu.id})", gpu.id)
        self._templates = {gpu.id: gpu for gpu in templates}
        self.form.addRow(self.tr("Start from"), self.start_from)
        self.add_fields(
            [
                FieldSpec("id", self.tr("Id"), hint=self.tr("Left empty, it is made from the name")),
                FieldSpec("name", self.tr("Name")),
                FieldSpec("vendor", self.tr("Vendor"), "choice", literal_choices(Accelerator, "vendor")),
                FieldSpec("kind", self.tr("Kind"), "choice", literal_choices(Accelerator, "kind")),
                FieldSpec("memory_gb", self.tr("Memory (GB)"), "number"),
                FieldSpec("memory_type", self.tr("Memory type"), hint=self.tr("e.g. GDDR6X, HBM3")),
                FieldSpec("bandwidth_gbs", self.tr("Memory bandwidth (GB/s)"), "number"),
                FieldSpec("tdp_w", self.tr("Board power (W)"), "number"),
                FieldSpec("price_usd_low", self.tr("Price, low (USD)"), "number"),
                FieldSpec("price_usd_high", self.tr("Price, high (USD)"), "number"),
                FieldSpec("bf16_tflops", self.tr("BF16 TFLOPS (dense)"), "number"),
                FieldSpec("fp8_tflops", self.tr("FP8 TFLOPS (dense)"), "number"),
                FieldSpec("fp4_tflops", self.tr("FP4 TFLOPS (dense)"), "number"),
                FieldSpec("int8_tops", self.tr("INT8 TOPS (dense)"), "number"),
                FieldSpec("generation", self.tr("Generation"), hint=self.tr("e.g. ada, hopper, rdna3")),
                *self.provenance_fields(),
            ]
        )
        for name in (
            "memory_gb",
            "bandwidth_gbs",
            "tdp_w",
            "price_usd_low",
            "price_usd_high",
            "bf16_tflops",
            "fp8_tflops",
            "fp4_tflops",
            "int8_tops",
        ):
            _numeric(self.fields[name])
        self.fields["id"].setPlaceholderText(self.tr("left empty: made from the name"))  # type: ignore[attr-defined]
        if editing is not None:
            self.start_from.setEnabled(False)
            self.load(editing, own=True)
        else:
            self.load(None)
        self.start_from.currentIndexChanged.connect(self._start_from_changed)

    def _start_from_changed(self) -> None:
        gpu_id = self.start_from.currentData()
        template = self._templates.get(gpu_id) if gpu_id else None
        self.load(template)
        if template is not None:
            # A copy is the user's own device: a fresh id keeps the bundled one intact.
            self._set(self.fields["id"], f"my-{template.id}")

    def default_note(self, template: Record | None) -> str:
        if template is None:
            return ""
        return self.tr("Started from the bundled entry %1.").replace("%1", template.id)


class ApiPriceDialog(OverlayEntryDialog):
    """A negotiated price for an API offering: a copy of the offering with the user's prices."""

    model = ApiOffering
    kind = "apis"

    def __init__(
        self,
        save: SaveFn,
        offerings: list[ApiOffering],
        known_ids: dict[str, str] | None = None,
        base_id: str | None = None,
        editing: ApiOffering | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(save, known_ids, parent)
        self.setWindowTitle(
            self.tr("Change my API price") if editing else self.tr("Add a negotiated API price")
        )
        self.intro.setText(
            self.tr(
                "Copy an API offering and enter the prices of your contract. Keeping the offering's id "
                "makes your price the one used everywhere; a new id adds it alongside."
            )
        )
        self._offerings = {o.id: o for o in offerings}
        self.based_on = QComboBox()
        for offering in offerings:
            self.based_on.addItem(f"{offering.vendor} {offering.model_name} ({offering.id})", offering.id)
        self.form.addRow(self.tr("Based on"), self.based_on)
        self.add_fields(
            [
                FieldSpec("id", self.tr("Id")),
                FieldSpec("input_per_mtok", self.tr("Input price per million tokens"), "number"),
                FieldSpec("output_per_mtok", self.tr("Output price per million tokens"), "number"),
                FieldSpec("cached_input_per_mtok", self.tr("Cached input per million tokens"), "number"),
                FieldSpec(
                    "currency", self.tr("Currency"), "choice", literal_choices(ApiOffering, "currency")
                ),
                FieldSpec("region", self.tr("Region")),
                FieldSpec("eu_data_residency", self.tr("EU data residency"), "bool"),
                *self.provenance_fields(),
            ]
        )
        for name in ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok"):
            _numeric(self.fields[name])
        if editing is not None:
            self.based_on.setEnabled(False)
            self.based_on.setCurrentIndex(max(0, self.based_on.findData(editing.id)))
            self.load(editing, own=True)
        else:
            index = self.based_on.findData(base_id) if base_id else -1
            self.based_on.setCurrentIndex(max(0, index))
            self._based_on_changed()
        self.based_on.currentIndexChanged.connect(self._based_on_changed)

    def _based_on_changed(self) -> None:
        self.load(self._offerings.get(self.based_on.currentData()))

    def default_note(self, template: Record | None) -> str:
        if template is None:
            return ""
        return self.tr("Negotiated price; other facts copied from %1.").replace("%1", template.id)
