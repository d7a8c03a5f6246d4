"""Add a candidate in a few keystrokes: a catalog picker that matches anywhere in id, name and family,
the precision and KV-cache precision with the fit, replicas and monthly cost they lead to, and the use
cases to add it to.

Ids come only from the catalog: text that names no catalog entry is refused, with the close matches.
The live line comes from the engine (a trial assessment of the portfolio with the candidate added);
the dialog prints it and decides nothing. The last choices are remembered for the next dialog.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.portfolio import Candidate
from desktop.domain.vocabulary import ENGINES, KV_PRECISIONS, PRECISIONS, VERDICT_COLOURS
from desktop.engine.assess import effective_context, sizing_request

from ..charts.format import exclusion_texts, money
from ..document import PortfolioDocument
from ..table_model import choice_label

# Marked for lupdate: the dialog translates them at display time (they showed "allowed" in German).
VERDICT_NAMES = {"allowed": QT_TRANSLATE_NOOP("CandidateDialog", "allowed"),
                 "allowed_with_obligations": QT_TRANSLATE_NOOP("CandidateDialog", "allowed with obligations"),
                 "needs_review": QT_TRANSLATE_NOOP("CandidateDialog", "needs review"),
                 "blocked": QT_TRANSLATE_NOOP("CandidateDialog", "blocked")}
LIVE_DELAY_MS = 120  # typing and spinning settle before the trial assessment runs


@dataclass
class LastChoices:
    """What the previous dialog ended with, per kind (for this session)."""

    values: dict[str, dict] = field(default_factory=dict)


LAST = LastChoices()


def close_matches(text: str, entries: list[tuple[str, str]], n: int = 5) -> list[str]:
    """Catalog ids near `text`: those containing it first, then by similarity of id or name."""
    wanted = text.strip().lower()
    if not wanted:
        return []
    containing = [i for i, hay in entries if wanted in hay]
    keys = {}
    for i, hay in entries:
        for word in hay.split(" "):
            keys.setdefault(word, i)
    similar = [keys[k] for k in difflib.get_close_matches(wanted, list(keys), n=n * 2, cutoff=0.5)]
    out: list[str] = []
    for i in containing + similar:
        if i not in out:
            out.append(i)
    return out[:n]


class CatalogModel(QAbstractTableModel):
    """Catalog entries of one kind with what decides a pick: size, memory, price and the license verdict."""

    def __init__(self, dialog: CandidateDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.rows: list = []
        self.headers: list[str] = []
        self._memory: dict[tuple, str] = {}

    def load(self, rows: list, headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.headers = rows, headers
        self._memory.clear()
        self.endResetModel()

    def precision_changed(self) -> None:
        self._memory.clear()
        if self.rows and self.dialog.kind == "self-hosted":
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 2))

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def haystack(self, row: int) -> str:
        r = self.rows[row]
        if self.dialog.kind == "api":
            return f"{r.id} {r.model_name} {r.vendor}".lower()
        return f"{r.id} {r.name} {r.family} {r.publisher}".lower()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        verdict = self.dialog.verdict_of(r)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.DecorationRole and col == len(self.headers) - 1 and verdict:
            return QColor(VERDICT_COLOURS.get(verdict, "#999999"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.dialog.row_tooltip(r)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.dialog.kind == "api":
            cells = [r.id, r.vendor, f"{r.input_per_mtok:g} / {r.output_per_mtok:g} USD", r.region,
                     self.dialog.tr(VERDICT_NAMES.get(verdict, verdict or ""))]
            return cells[col]
        if col == 0:
            return r.id
        if col == 1:
            a = r.architecture
            return (f"{a.params_total_b:g} B" if a.params_total_b == a.params_active_b
                    else f"{a.params_total_b:g} B ({a.params_active_b:g} B active)")
        if col == 2:
            return self.dialog.weights_text(r)
        if col == 3:
            return f"{r.context_length:,}"
        return self.dialog.tr(VERDICT_NAMES.get(verdict, verdict or ""))


class MatchAnywhere(QSortFilterProxyModel):
    """Every word typed must occur somewhere in the id, name, family or publisher."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.lower().split()
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt's name
        hay = self.sourceModel().haystack(row)
        return all(w in hay for w in self.words)


class CandidateDialog(QDialog):
    """kind: "self-hosted" or "api". The candidate goes to `use_case_id` and the use cases ticked below."""

    def __init__(self, doc: PortfolioDocument, kind: str, use_case_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.kind, self.use_case_id = doc, kind, use_case_id
        self.setWindowTitle(self.tr("Add a self-hosted candidate") if kind == "self-hosted" else self.tr("Add an API candidate"))
        self.setMinimumWidth(760)
        cat = doc.catalog
        uc = doc.use_case(use_case_id)
        self._ctx = effective_context(uc, doc.portfolio.organisation) if uc else None
        self._verdicts: dict[str, str] = {}
        self.trial = None  # the CandidateAssessment of the last live check

        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setAccessibleName(self.tr("Search the catalog"))
        self.search.setPlaceholderText(self.tr("Type any part of the id, name or family, e.g. “llama 70b”"))
        self.search.setClearButtonEnabled(True)
        self.catalog_model = CatalogModel(self)
        if kind == "api":
            rows = sorted(cat.apis.values(), key=lambda a: a.id)
            headers = [self.tr("API offering"), self.tr("Vendor"), self.tr("Price per M tokens (in / out)"),
                       self.tr("Region"), self.tr("License")]
        else:
            rows = sorted(cat.models.values(), key=lambda m: m.id)
            headers = [self.tr("Model"), self.tr("Parameters"), self.tr("Weights at precision"), self.tr("Context"),
                       self.tr("License")]
        self.catalog_model.load(rows, headers)
        self.proxy = MatchAnywhere(self)
        self.proxy.setSourceModel(self.catalog_model)
        self.picker = QTableView()
        self.picker.setObjectName("picker")
        self.picker.setAccessibleName(self.tr("Catalog entries matching the search"))
        self.picker.setModel(self.proxy)
        self.picker.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.picker.verticalHeader().setVisible(False)
        self.picker.setWordWrap(False)
        header = self.picker.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.picker.setMinimumHeight(220)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.accept)
        self._auto = False  # the search moving the selection, not the user
        self._explicit = False  # the user chose a row (click, arrow keys) since the last keystroke
        self.picker.selectionModel().selectionChanged.connect(self._selection_changed)
        self.picker.doubleClicked.connect(lambda _i: self.accept())

        self.error = QLabel()
        self.error.setObjectName("pickerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.error)

        self.fields: dict[str, QWidget] = {}
        if kind == "self-hosted":
            form = QFormLayout()
            self.fields["precision"] = self._combo(list(PRECISIONS))
            self.fields["kv_precision"] = self._combo(list(KV_PRECISIONS))
            accelerators = sorted(cat.accelerators.values(), key=lambda g: g.id)
            acc = QComboBox()
            acc.setEditable(True)
            acc.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for g in accelerators:
                acc.addItem(f"{g.id} — {g.name}, {g.memory_gb:g} GB", g.id)
            acc.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            acc.completer().setCompletionMode(acc.completer().CompletionMode.PopupCompletion)
            acc.lineEdit().editingFinished.connect(lambda combo=acc: self._typed_accelerator(combo))
            self.fields["accelerator"] = acc
            gpus = QSpinBox()
            gpus.setRange(1, 1024)
            self.fields["gpus"] = gpus
            self.fields["engine"] = self._combo(list(ENGINES))
            acquisition = QComboBox()
            for value in ("buy", "rent"):
                acquisition.addItem(choice_label(value), value)
            self.fields["acquisition"] = acquisition
            for key, label in (("precision", self.tr("Weight precision")), ("kv_precision", self.tr("KV-cache precision")),
                               ("accelerator", self.tr("Accelerator")), ("gpus", self.tr("Devices per replica")),
                               ("engine", self.tr("Serving engine")), ("acquisition", self.tr("Bought or rented"))):
                self.fields[key].setAccessibleName(label)
                form.addRow(label, self.fields[key])
            layout.addLayout(form)
            self._restore()
            for key, widget in self.fields.items():
                if isinstance(widget, QSpinBox):
                    widget.valueChanged.connect(lambda _v: self._schedule())
                else:
                    widget.currentIndexChanged.connect(lambda _i, key=key: self._field_changed(key))

        self.live = QLabel()
        self.live.setObjectName("liveCheck")
        self.live.setWordWrap(True)
        self.live.setTextFormat(Qt.TextFormat.RichText)
        self.live.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.live)

        self.also: dict[str, QCheckBox] = {}
        others = [u for u in doc.portfolio.use_cases if u.id != use_case_id]
        if others:
            box = QGroupBox(self.tr("Add to use cases"))
            inner = QVBoxLayout(box)
            target = QCheckBox(uc.name if uc else "")
            target.setChecked(True)
            target.setEnabled(False)
            inner.addWidget(target)
            for other in others:
                check = QCheckBox(other.name)
                check.setAccessibleName(self.tr("Also add to {0}").format(other.name))
                inner.addWidget(check)
                self.also[other.id] = check
            layout.addWidget(box)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        last = LAST.values.get(kind, {})
        if last.get("search"):
            self.search.setText(last["search"])
        self.search.setFocus()

    # -- rows -----------------------------------------------------------------------------------------
    @staticmethod
    def _combo(items: list[str]) -> QComboBox:
        combo = QComboBox()
        for item in items:
            combo.addItem(item, item)
        return combo

    def verdict_of(self, record) -> str | None:
        if self._ctx is None:
            return None
        if record.id not in self._verdicts:
            cat = self.doc.catalog
            lic = (cat.api_license(record, self._ctx) if self.kind == "api"
                   else cat.license_assessment(record, self._ctx))
            self._verdicts[record.id] = lic.verdict.value
        return self._verdicts[record.id]

    def weights_text(self, model) -> str:
        key = (model.id, self._value("precision"))
        if key not in self.catalog_model._memory:
            self.catalog_model._memory[key] = self._weights(model)
        return self.catalog_model._memory[key]

    def _weights(self, model) -> str:
        uc = self.doc.use_case(self.use_case_id)
        acc = self.doc.catalog.accelerator(self._value("accelerator"))
        if uc is None or acc is None:
            return "—"
        cand = Candidate(kind="self-hosted", model=model.id, precision=self._value("precision"),
                         kv_precision=self._value("kv_precision"), accelerator=acc.id, gpus=1)
        try:
            sizing = self.doc.catalog.size(model, acc, sizing_request(cand, uc))
        except Exception:  # noqa: BLE001 - a model the sizing cannot read shows no figure, not an error
            return "—"
        return f"{sizing.memory.weights_gb:,.1f} GB"

    def row_tooltip(self, record) -> str:
        if self.kind == "api":
            return f"{record.model_name} ({record.vendor})"
        return f"{record.name} · {record.family} · {record.publisher}"

    @staticmethod
    def _typed_accelerator(combo: QComboBox) -> None:
        """Typing an accelerator's id (or a part only one entry has) and Enter chooses it; the completer
        alone chose nothing unless its popup row was clicked. Anything else shows the current choice again."""
        text = combo.currentText().strip().lower()
        ids = [str(combo.itemData(i)).lower() for i in range(combo.count())]
        hits = [i for i, ident in enumerate(ids) if ident == text] or \
               [i for i in range(combo.count()) if text and text in combo.itemText(i).lower()]
        if len(hits) == 1:
            combo.setCurrentIndex(hits[0])
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def _value(self, key: str):
        widget = self.fields.get(key)
        if widget is None:
            return None
        if isinstance(widget, QSpinBox):
            return widget.value()
        return widget.currentData()

    def _restore(self) -> None:
        last = LAST.values.get(self.kind, {})
        defaults = {"precision": "fp8", "kv_precision": "fp8", "engine": "vllm", "acquisition": "buy", "gpus": 1}
        for key, widget in self.fields.items():
            value = last.get(key, defaults.get(key))
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value or 1))
            elif value is not None and widget.findData(value) >= 0:
                widget.setCurrentIndex(widget.findData(value))

    # -- search and selection ---------------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self._auto = True
        try:
            self.proxy.set_text(text)
            self.error.setText("")
            exact = self._row_of(text.strip())
            if exact is not None:
                self.picker.selectRow(exact)
            elif self.proxy.rowCount() and not self.picker.selectionModel().hasSelection():
                self.picker.selectRow(0)
            elif not self.proxy.rowCount():
                self.picker.clearSelection()
        finally:
            self._auto = False
        self._explicit = False
        self._schedule()

    def _selection_changed(self, *_) -> None:
        if not self._auto:
            self._explicit = True
        self._schedule()

    def _row_of(self, entry_id: str) -> int | None:
        for row in range(self.proxy.rowCount()):
            if str(self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)).lower() == entry_id.lower():
                return row
        return None

    def chosen_id(self) -> str | None:
        rows = self.picker.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def pick(self, entry_id: str) -> bool:
        """Choose a catalog entry by id (as typing it would)."""
        self.search.setText(entry_id)
        return self.chosen_id() is not None and self.chosen_id().lower() == entry_id.lower()

    def _field_changed(self, key: str) -> None:
        if key in ("precision", "accelerator", "kv_precision"):
            self.catalog_model.precision_changed()
        self._schedule()

    # -- the live check -----------------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def check_now(self) -> None:
        """Assess the portfolio with this candidate added and print what the engine says about it."""
        self._timer.stop()
        self.trial = None
        cand = self.candidate()
        uc = self.doc.use_case(self.use_case_id)
        if cand is None or uc is None:
            self.live.setText("")
            return
        data = self.doc.portfolio.model_dump(mode="json")
        next(u for u in data["use_cases"] if u["id"] == uc.id)["candidates"].append(cand.model_dump(mode="json"))
        try:
            portfolio = type(self.doc.portfolio).model_validate(data)
        except ValueError as exc:
            self.live.setText(str(exc))
            return
        assessment = self.doc.assess(portfolio)
        ua = assessment.use_case(uc.id) if assessment else None
        ca = ua.candidate(cand.id) if ua else None
        self.trial = ca
        self.live.setText(self.live_text(ca, uc) if ca else "")

    def live_text(self, ca, uc) -> str:
        from html import escape as e

        currency = self.doc.portfolio.organisation.currency
        parts = []
        if ca.sizing is not None:
            m = ca.sizing.memory
            if ca.sizing.fits:
                parts.append(self.tr("Fits: {used:,.0f} of {usable:,.0f} GB").format(used=m.total_gb, usable=m.usable_gb))
            else:
                parts.append("<b>" + e(self.tr("Does not fit: needs {used:,.0f} GB, {usable:,.0f} GB usable").format(
                    used=m.total_gb, usable=m.usable_gb)) + "</b>")
            parts.append(self.tr("{n} replica(s), {devices} device(s)").format(n=ca.cost.replicas, devices=ca.cost.devices))
        parts.append(self.tr("{monthly} per month").format(monthly=money(ca.cost.monthly_total, currency)))
        if ca.license is not None:
            parts.append(self.tr("license: {verdict}").format(verdict=self.tr(VERDICT_NAMES.get(ca.license.verdict.value,
                                                                                               ca.license.verdict.value))))
        text = e(" · ".join(p for p in parts if not p.startswith("<b>"))) if not any(p.startswith("<b>") for p in parts) \
            else " · ".join(p if p.startswith("<b>") else e(p) for p in parts)
        lines = [text]
        if ca.cost.replicas > 1 and ca.sizing is not None:
            hardware = next((s for s in ca.score.subscores if s.question == 2), None)
            why = [r for r in (hardware.reasons if hardware else []) if r]
            lines.append(e(self.tr("Why {n} replicas: one replica serves {concurrent} request(s) at {context:,} tokens of "
                                   "context; the use case has {peak} at peak and {volume} tokens a month.").format(
                n=ca.cost.replicas, concurrent=ca.sizing.max_concurrency_at_context, context=uc.workload.context_length,
                peak=uc.workload.peak_concurrency, volume=f"{uc.workload.tokens_per_month:,.0f}")))
            if why:
                lines.append("<small>" + e("; ".join(why)) + "</small>")
        for reason in exclusion_texts(ca, self.doc.catalog.rules):
            lines.append(f"<span style='color:#B03A00'>{e(reason)}</span>")
        return "<br>".join(lines)

    # -- result ---------------------------------------------------------------------------------------------
    def candidate(self) -> Candidate | None:
        entry = self.chosen_id()
        if entry is None:
            return None
        if self.kind == "api":
            return Candidate(kind="api", api=entry)
        values = {key: self._value(key) for key in self.fields}
        return Candidate(kind="self-hosted", model=entry, **values)

    def use_case_ids(self) -> list[str]:
        """The use case the dialog was opened for, then every other one ticked."""
        return [self.use_case_id, *[uc_id for uc_id, check in self.also.items() if check.isChecked()]]

    def accept(self) -> None:
        text = self.search.text().strip()
        entry = self.chosen_id()
        # Typed text becomes an id only when it is one, or when it leaves exactly one entry to pick;
        # otherwise the user picks a row (or is told what is near).
        decided = entry is not None and (not text or self._explicit or self._row_of(text) is not None
                                         or self.proxy.rowCount() == 1)
        if not decided:
            self.refuse(text)
            return
        LAST.values[self.kind] = {"search": "", **{key: self._value(key) for key in self.fields}}
        super().accept()

    def refuse(self, text: str) -> None:
        """Unknown text is never added: say so, with the catalog entries it is near."""
        rows = self.catalog_model.rows
        entries = [(r.id, self.catalog_model.haystack(i)) for i, r in enumerate(rows)]
        matching = [str(self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(self.proxy.rowCount())]
        near = (matching if 1 < len(matching) <= 5 else []) or close_matches(text, entries)
        what = self.tr("model") if self.kind == "self-hosted" else self.tr("API offering")
        if not text:
            message = self.tr("Choose a {what} from the list.").format(what=what)
        elif near and self._row_of(text) is None and len(matching) > 1:
            message = self.tr("“{text}” is not a {what} id in the knowledge base; it matches several: {near}. "
                              "Pick one from the list.").format(what=what, text=text, near=", ".join(matching[:5]))
        elif near:
            message = self.tr("No {what} “{text}” in the knowledge base. Close matches: {near}.").format(
                what=what, text=text, near=", ".join(near))
        else:
            message = self.tr("No {what} “{text}” in the knowledge base, and nothing close to it.").format(
                what=what, text=text)
        self.error.setText(message)
