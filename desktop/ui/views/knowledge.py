"""The knowledge base browser: search and filter every record, read its facts and sources,
and keep the user's own entries (GPUs, negotiated API prices) in the overlay.
"""

from __future__ import annotations

import datetime as dt
import html
import sqlite3
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import quote, unquote

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import KINDS, Accelerator, ApiOffering, Clause, License, Record
from desktop.knowledge.base import STALE_DAYS, KnowledgeBase
from desktop.knowledge.overlay import OverlayError

from .overlay_dialog import ApiPriceDialog, GpuDialog, OverlayEntryDialog

KIND_ORDER = tuple(KINDS)
PROVENANCE = ("id", "sources", "as_of", "verification", "note")
CLAUSE_BASE = tuple(Clause.model_fields)
LICENSE_CLAUSE_FIELDS = (
    "commercial",
    "user_thresholds",
    "revenue_thresholds",
    "obligations",
    "derivatives",
    "outputs_training",
    "use_restrictions",
    "geographic",
    "hosted_service",
    "risks",
    "termination",
    "governing_law",
)
# Fields that name another record: shown as links that open it in the browser.
REFERENCES: dict[tuple[str, str], str] = {
    ("models", "license_ids"): "licenses",
    ("models", "base_model"): "models",
    ("apis", "open_weight_model"): "models",
    ("clouds", "accelerator_id"): "gpus",
    ("measurements", "model"): "models",
    ("measurements", "accelerator_id"): "gpus",
}
LINK_SCHEME = "kb"
STALE_COLOUR = QColor("#b9770e")


def display_name(kind: str, record: Record) -> str:
    if kind == "apis":
        return f"{record.vendor} {record.model_name}"  # type: ignore[attr-defined]
    if kind == "clouds":
        return f"{record.provider} {record.instance}"  # type: ignore[attr-defined]
    if kind == "measurements":
        r: Any = record
        return f"{r.model.rsplit('/', 1)[-1]} · {r.gpus}× {r.accelerator_id} · {r.engine}"
    if kind == "regulation":
        return f"{record.article} · {record.title}"  # type: ignore[attr-defined]
    return str(getattr(record, "name", record.id))


def is_stale(record: Record, today: dt.date | None = None) -> bool:
    return record.as_of < (today or dt.date.today()) - dt.timedelta(days=STALE_DAYS)


def record_link(kind: str, record_id: str) -> str:
    return f"{LINK_SCHEME}:{kind}:{quote(record_id, safe='')}"


@dataclass(frozen=True)
class Row:
    kind: str
    record: Record
    origin: str  # "bundled" | "user"
    snippet: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.record.id.lower()


class RecordTableModel(QAbstractTableModel):
    """Rows of knowledge records; a reset replaces them all (filters change whole lists)."""

    COLUMNS = ("id", "name", "kind", "as_of", "verification", "origin")
    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._today = dt.date.today()

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = dt.date.today()
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def find(self, kind: str, record_id: str) -> int:
        key = (kind, record_id.lower())
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "id": self.tr("Id"),
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "as_of": self.tr("As of"),
            "verification": self.tr("Verification"),
            "origin": self.tr("Origin"),
        }[self.COLUMNS[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        stale = is_stale(row.record, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.KeyRole:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "as_of" and stale:
                return self.tr("Older than %1 days: check before relying on it.").replace(
                    "%1", str(STALE_DAYS)
                )
            return row.snippet.replace("[", "").replace("]", "") or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "as_of" and stale:
            return QBrush(STALE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.origin == "user":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: Row, column: str) -> str:
        if column == "id":
            return row.record.id
        if column == "name":
            return display_name(row.kind, row.record)
        if column == "kind":
            return self.kind_label(row.kind)
        if column == "as_of":
            return row.record.as_of.isoformat()
        if column == "verification":
            return self.verification_label(row.record.verification.value)
        return self.tr("user") if row.origin == "user" else self.tr("bundled")

    def kind_label(self, kind: str) -> str:
        return {
            "licenses": self.tr("Licenses"),
            "models": self.tr("Models"),
            "gpus": self.tr("GPUs"),
            "apis": self.tr("APIs"),
            "clouds": self.tr("Clouds"),
            "measurements": self.tr("Measurements"),
            "rules": self.tr("Rules"),
            "regulation": self.tr("Regulation"),  # the AI Act and the data-protection duties
        }.get(kind, kind)

    def verification_label(self, level: str) -> str:
        return {
            "primary": self.tr("primary"),
            "secondary": self.tr("secondary"),
            "unverified": self.tr("unverified"),
        }.get(level, level)


class RecordDetail(QTextBrowser):
    """Every fact of one record with its provenance; for licenses every clause, grouped by kind."""

    recordLinkActivated = Signal(str, str)  # kind, id

    def __init__(self, labels: RecordTableModel, parent=None):
        super().__init__(parent)
        self._labels = labels
        self._resolve = lambda kind, record_id: None
        self._referrers = lambda kind, record_id: []
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self.show_nothing()

    def set_lookups(self, resolve, referrers) -> None:
        """resolve(kind, id) -> canonical id or None; referrers(kind, id) -> [(kind, id, name)]."""
        self._resolve, self._referrers = resolve, referrers

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            kind, _, record_id = url.path().partition(":")
            self.recordLinkActivated.emit(kind, unquote(record_id))
        else:
            QDesktopServices.openUrl(url)

    def show_nothing(self) -> None:
        self.setHtml(
            "<p style='color:gray'>"
            + html.escape(
                self.tr("Select a record to see its facts, sources and, for licenses, every clause.")
            )
            + "</p>"
        )

    def show_row(self, row: Row) -> None:
        self.setHtml(self.render(row))

    # -- rendering ------------------------------------------------------------------------------
    def render(self, row: Row) -> str:
        record, kind = row.record, row.kind
        parts = [f"<h2>{html.escape(display_name(kind, record))}</h2>"]
        origin = self.tr("Your entry (user overlay)") if row.origin == "user" else self.tr("Bundled")
        parts.append(
            f"<p>{html.escape(self._labels.kind_label(kind))} · <code>{html.escape(record.id)}</code> · "
            f"<b>{html.escape(origin)}</b></p>"
        )
        # Translated before the f-strings: lupdate does not look inside them.
        match, facts, referred = self.tr("Search match:"), self.tr("Facts"), self.tr("Referred to by")
        if row.snippet:
            parts.append(f"<p style='color:gray'>{html.escape(match)} {self._snippet_html(row.snippet)}</p>")
        parts.append(self._provenance(record))
        skip = set(PROVENANCE) | (set(LICENSE_CLAUSE_FIELDS) if isinstance(record, License) else set())
        parts.append(f"<h3>{html.escape(facts)}</h3>")
        parts.append(self._table(kind, record, skip))
        if isinstance(record, License):
            parts.append(self._clauses(record))
        referrers = self._referrers(kind, record.id)
        if referrers:
            parts.append(f"<h3>{html.escape(referred)}</h3><ul>")
            for ref_kind, ref_id, name in referrers:
                label = self._labels.kind_label(ref_kind)
                parts.append(
                    f"<li>{html.escape(label)}: <a href='{record_link(ref_kind, ref_id)}'>{html.escape(name)}</a></li>"
                )
            parts.append("</ul>")
        return "".join(parts)

    def _snippet_html(self, snippet: str) -> str:
        return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")

    def _provenance(self, record: Record) -> str:
        rows = []
        links = "<br>".join(self._url(u) for u in record.sources)
        rows.append((self.tr("Sources"), links))
        as_of = html.escape(record.as_of.isoformat())
        if is_stale(record):
            warning = self.tr("older than %1 days: check before relying on it").replace("%1", str(STALE_DAYS))
            as_of += f" <span style='color:{STALE_COLOUR.name()}'>({html.escape(warning)})</span>"
        rows.append((self.tr("As of"), as_of))
        level = record.verification.value
        explanation = {
            "primary": self.tr("read in the publisher's own text"),
            "secondary": self.tr("read in a third-party copy, article or aggregator"),
            "unverified": self.tr("believed, but no source was read to confirm it"),
        }[level]
        rows.append(
            (
                self.tr("Verification"),
                f"<b>{html.escape(self._labels.verification_label(level))}</b>: {html.escape(explanation)}",
            )
        )
        if record.note:
            rows.append((self.tr("Note"), html.escape(record.note)))
        return self._key_values([(html.escape(k), v) for k, v in rows])

    def _key_values(self, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td valign='top' width='32%'>{k}</td><td valign='top'>{v}</td></tr>" for k, v in rows
        )
        return f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"

    def _table(self, kind: str, model: BaseModel, skip: set[str] = frozenset(), describe: bool = True) -> str:  # type: ignore[assignment]
        rows = []
        for name, field in type(model).model_fields.items():
            if name in skip:
                continue
            key = f"<code>{html.escape(name)}</code>"
            if describe and field.description:
                key += f"<br><small style='color:gray'>{html.escape(field.description)}</small>"
            rows.append((key, self._value(kind, name, getattr(model, name))))
        return self._key_values(rows)

    def _value(self, kind: str, field: str, value: Any) -> str:
        if value is None:
            return "<span style='color:gray'>—</span>"
        if isinstance(value, bool):
            return html.escape(self.tr("yes") if value else self.tr("no"))
        if isinstance(value, Enum):
            return html.escape(str(value.value))
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int | float):
            return html.escape(number(value))
        if isinstance(value, BaseModel):
            return self._table(kind, value)
        if isinstance(value, list):
            if not value:
                return "<span style='color:gray'>—</span>"
            if isinstance(value[0], BaseModel):
                return "<hr>".join(self._table(kind, item) for item in value)
            return ", ".join(self._value(kind, field, item) for item in value)
        text = str(value)
        target = REFERENCES.get((kind, field))
        if target:
            resolved = self._resolve(target, text)
            if resolved:
                return f"<a href='{record_link(target, resolved)}'>{html.escape(text)}</a>"
        if text.startswith(("https://", "http://")):
            return self._url(text)
        return html.escape(text)

    @staticmethod
    def _url(url: str) -> str:
        if url.startswith(("https://", "http://", "file:")):
            return f"<a href='{html.escape(url, quote=True)}'>{html.escape(url)}</a>"
        return html.escape(url)

    def _clauses(self, license_: License) -> str:
        groups: list[tuple[str, list[Clause]]] = [
            (
                self.tr("Commercial use"),
                [license_.commercial] + ([license_.hosted_service] if license_.hosted_service else []),
            ),
            (self.tr("Thresholds"), [*license_.user_thresholds, *license_.revenue_thresholds]),
            (self.tr("Obligations"), list(license_.obligations)),
            (
                self.tr("Derivatives and training on outputs"),
                [license_.derivatives, license_.outputs_training],
            ),
            (self.tr("Use restrictions"), list(license_.use_restrictions)),
            (self.tr("Geographic"), list(license_.geographic)),
            (self.tr("Risks"), list(license_.risks)),
            (self.tr("Termination"), list(license_.termination)),
            (self.tr("Governing law"), [license_.governing_law] if license_.governing_law else []),
        ]
        heading, none = self.tr("Clauses"), self.tr("None in this license.")
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        for title, clauses in groups:
            parts.append(f"<h4 style='background:#eef2f7'>{html.escape(title)}</h4>")
            if not clauses:
                parts.append(f"<p style='color:gray'>{html.escape(none)}</p>")
            for clause in clauses:
                parts.append(self._clause(clause))
        return "".join(parts)

    def _clause(self, clause: Clause) -> str:
        out = [f"<p><b>{html.escape(clause.section)}</b><br>{html.escape(clause.summary)}</p>"]
        if clause.quote:
            out.append(f"<blockquote style='color:#333'><i>“{html.escape(clause.quote)}”</i></blockquote>")
        source = self.tr("Clause source:")
        out.append(f"<p><small>{html.escape(source)} {self._url(clause.source)}</small></p>")
        extra = set(CLAUSE_BASE)
        if any(name not in extra for name in type(clause).model_fields):
            # Field descriptions would repeat under every clause; the record's own fields carry them.
            out.append(self._table("licenses", clause, extra, describe=False))
        return "<div>" + "".join(out) + "</div>"


def number(value: int | float) -> str:
    locale = QLocale()
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


class KnowledgeView(QWidget):
    """Browse the knowledge base; add, change and remove the user's own overlay entries."""

    overlayChanged = Signal()  # after an overlay entry was added, changed or removed

    SEARCH_DELAY_MS = 150

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None):
        super().__init__(parent)
        self.kb = kb
        self._records: dict[str, list[tuple[Record, str]]] = {}
        self._problem = ""

        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search names, summaries and clause text, e.g. Built with Llama")
        )
        self.verification_combo = QComboBox()
        self.verification_combo.addItem(self.tr("Any verification"), None)
        self.only_mine = QCheckBox(self.tr("Only my entries"))

        self.model = RecordTableModel(self)
        for level in ("primary", "secondary", "unverified"):
            self.verification_combo.addItem(self.model.verification_label(level), level)

        self.kind_list = QListWidget()
        self.table = QTableView()
        self.search_edit.setAccessibleName(self.tr("Search the knowledge base"))
        self.verification_combo.setAccessibleName(self.tr("Verification level"))
        self.kind_list.setAccessibleName(self.tr("Kinds of records"))
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = RecordDetail(self.model)
        self.detail.set_lookups(self._resolve, self._referrers)

        self.add_gpu_button = QPushButton(self.tr("Add a GPU I own…"))
        self.add_api_button = QPushButton(self.tr("Add a negotiated API price…"))
        self.edit_button = QPushButton(self.tr("Change my entry…"))
        self.remove_button = QPushButton(self.tr("Remove my entry"))
        self.count_label = QLabel()

        self._build_layout()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.refresh)
        self.verification_combo.currentIndexChanged.connect(self.refresh)
        self.only_mine.toggled.connect(self.refresh)
        self.kind_list.currentRowChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.recordLinkActivated.connect(self.show_record)
        self.add_gpu_button.clicked.connect(self.add_gpu)
        self.add_api_button.clicked.connect(self.add_api_price)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        writable = self.kb.overlay is not None
        for button in (self.add_gpu_button, self.add_api_button):
            button.setEnabled(writable)
            if not writable:
                button.setToolTip(self.tr("No user overlay is open."))
        self.reload()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.verification_combo)
        filters.addWidget(self.only_mine)

        # Two rows of buttons: in one row (German labels) they held the table so wide that the record
        # pane beside it shrank to a word per line at 1366 px.
        buttons = QGridLayout()
        buttons.addWidget(self.add_gpu_button, 0, 0)
        buttons.addWidget(self.add_api_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.addWidget(self.remove_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        buttons.addWidget(self.count_label, 0, 3)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.kind_list)
        splitter.addWidget(middle)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([170, 560, 520])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # -- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget cached records (after an overlay write or a knowledge base update) and redraw."""
        self._records.clear()
        self._problem = ""
        self._fill_kinds()
        self._fill_info()
        self.refresh()

    def _kind_records(self, kind: str) -> list[tuple[Record, str]]:
        if kind not in self._records:
            try:
                records = self.kb.records(kind)
                mine = {r.id.lower() for r in self.kb.overlay.records(kind)} if self.kb.overlay else set()
            except OverlayError as exc:
                # A broken overlay entry must not hide the browser; say what is wrong instead.
                self._problem = str(exc)
                records, mine = [], set()
            self._records[kind] = [(r, "user" if r.id.lower() in mine else "bundled") for r in records]
        return self._records[kind]

    def _fill_kinds(self) -> None:
        current = self.current_kind()
        self.kind_list.blockSignals(True)
        self.kind_list.clear()
        total = sum(len(self._kind_records(k)) for k in KIND_ORDER)
        everything = QListWidgetItem(self.tr("All kinds (%1)").replace("%1", str(total)))
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.kind_list.addItem(everything)
        for kind in KIND_ORDER:
            rows = self._kind_records(kind)
            mine = sum(1 for _, origin in rows if origin == "user")
            text = f"{self.model.kind_label(kind)} ({len(rows)})"
            if mine:
                text = (
                    self.tr("%1 (%2, %3 mine)")
                    .replace("%1", self.model.kind_label(kind))
                    .replace("%2", str(len(rows)))
                    .replace("%3", str(mine))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kind_list.addItem(item)
        self.kind_list.setCurrentRow(KIND_ORDER.index(current) + 1 if current else 0)
        self.kind_list.blockSignals(False)

    def _fill_info(self) -> None:
        info = self.kb.info()
        v = info["verification"]
        text = (
            self.tr(
                "Knowledge base %1 · built %2 · verification: %3 primary, %4 secondary, %5 unverified · "
                "%6 facts older than %7 days"
            )
            .replace("%1", info["version"])
            .replace("%2", (info.get("built_at") or "?")[:10])
            .replace("%3", str(v["primary"]))
            .replace("%4", str(v["secondary"]))
            .replace("%5", str(v["unverified"]))
            .replace("%6", str(info["stale_facts"]))
            .replace("%7", str(info["stale_after_days"]))
        )
        if self._problem:
            text += "\n" + self.tr("Problem in your overlay: %1").replace("%1", self._problem)
        self.info_label.setText(text)

    def current_kind(self) -> str | None:
        item = self.kind_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def refresh(self) -> None:
        """Apply search and filters to the records and keep the selection where possible."""
        self._search_timer.stop()
        selected = self.selected_row()
        kind = self.current_kind()
        text = self.search_edit.text().strip()
        level = self.verification_combo.currentData()
        only_mine = self.only_mine.isChecked()

        hits: dict[tuple[str, str], tuple[int, str]] = {}
        if text:
            try:
                for rank, hit in enumerate(self.kb.search(text, kind=kind, limit=10_000)):
                    hits.setdefault((hit.kind, hit.id.lower()), (rank, hit.snippet))
            except sqlite3.Error:
                pass  # plain filtering below still finds ids and names
        needle = text.lower()

        rows: list[tuple[int, Row]] = []
        for k in [kind] if kind else KIND_ORDER:
            for record, origin in self._kind_records(k):
                if level and record.verification.value != level:
                    continue
                if only_mine and origin != "user":
                    continue
                rank, snippet = hits.get((k, record.id.lower()), (len(hits), ""))
                if (
                    text
                    and not snippet
                    and needle not in record.id.lower()
                    and needle not in display_name(k, record).lower()
                ):
                    continue
                rows.append((rank, Row(k, record, origin, snippet)))
        if text:
            rows.sort(key=lambda pair: pair[0])  # stable: plain matches keep id order after ranked hits
        self.model.set_rows([row for _, row in rows])
        self.table.setColumnHidden(RecordTableModel.COLUMNS.index("kind"), kind is not None)
        if not self.table.property("sized"):
            # Sized once from the first rows; ids are long, so they are capped to leave the name room.
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 240))
            self.table.setProperty("sized", True)

        total = sum(len(self._kind_records(k)) for k in ([kind] if kind else KIND_ORDER))
        self.count_label.setText(
            self.tr("%1 of %2 records").replace("%1", str(self.model.rowCount())).replace("%2", str(total))
        )
        if selected and self.model.find(selected.kind, selected.record.id) >= 0:
            self.select(selected.kind, selected.record.id)
        else:
            self._current_changed()

    # -- selection ------------------------------------------------------------------------------
    def selected_row(self) -> Row | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, kind: str, record_id: str) -> bool:
        row = self.model.find(kind, record_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        self._current_changed()
        return True

    def show_record(self, kind: str, record_id: str) -> None:
        """Select a record, widening the filters when they hide it."""
        if self.select(kind, record_id):
            return
        for widget in (self.search_edit, self.verification_combo, self.only_mine, self.kind_list):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.verification_combo.setCurrentIndex(0)
        self.only_mine.setChecked(False)
        self.kind_list.setCurrentRow(KIND_ORDER.index(kind) + 1 if kind in KIND_ORDER else 0)
        for widget in (self.search_edit, self.verification_combo, self.only_mine, self.kind_list):
            widget.blockSignals(False)
        self.refresh()
        self.select(kind, record_id)

    def _current_changed(self, *_: Any) -> None:
        row = self.selected_row()
        if row is None:
            self.detail.show_nothing()
        else:
            self.detail.show_row(row)
        mine = row is not None and row.origin == "user"
        self.remove_button.setEnabled(mine and self.kb.overlay is not None)
        self.edit_button.setEnabled(mine and self.kb.overlay is not None and row.kind in ("gpus", "apis"))

    def _resolve(self, kind: str, record_id: str) -> str | None:
        key = record_id.lower()
        return next((r.id for r, _ in self._kind_records(kind) if r.id.lower() == key), None)

    def _referrers(self, kind: str, record_id: str) -> list[tuple[str, str, str]]:
        key = record_id.lower()
        out = []
        for (source_kind, field), target in REFERENCES.items():
            if target != kind:
                continue
            for record, _ in self._kind_records(source_kind):
                value = getattr(record, field)
                values = value if isinstance(value, list) else [value]
                if any(isinstance(v, str) and v.lower() == key for v in values) and record.id.lower() != key:
                    out.append((source_kind, record.id, display_name(source_kind, record)))
        return out

    # -- the user's own entries -----------------------------------------------------------------
    def _known_ids(self, kind: str) -> dict[str, str]:
        return {r.id.lower(): origin for r, origin in self._kind_records(kind)}

    def _saver(self, kind: str):
        def save(record: Record) -> None:
            assert self.kb.overlay is not None
            self.kb.overlay.put(kind, record)
            self.reload()
            self.show_record(kind, record.id)
            self.overlayChanged.emit()

        return save

    def _open(self, dialog: OverlayEntryDialog) -> OverlayEntryDialog:
        # open(), not exec(): the dialog is window-modal without a nested event loop, so tests can drive it.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_gpu(self) -> GpuDialog:
        templates = [r for r, _ in self._kind_records("gpus") if isinstance(r, Accelerator)]
        dialog = GpuDialog(self._saver("gpus"), templates, self._known_ids("gpus"), parent=self)
        selected = self.selected_row()
        if selected and selected.kind == "gpus" and selected.origin == "bundled":
            dialog.start_from.setCurrentIndex(max(0, dialog.start_from.findData(selected.record.id)))
        return self._open(dialog)  # type: ignore[return-value]

    def add_api_price(self) -> ApiPriceDialog:
        offerings = [r for r, _ in self._kind_records("apis") if isinstance(r, ApiOffering)]
        selected = self.selected_row()
        base = selected.record.id if selected and selected.kind == "apis" else None
        dialog = ApiPriceDialog(
            self._saver("apis"), offerings, self._known_ids("apis"), base_id=base, parent=self
        )
        return self._open(dialog)  # type: ignore[return-value]

    def edit_selected(self) -> OverlayEntryDialog | None:
        row = self.selected_row()
        if row is None or row.origin != "user":
            return None
        known = self._known_ids(row.kind)
        if row.kind == "gpus":
            templates = [r for r, _ in self._kind_records("gpus") if isinstance(r, Accelerator)]
            dialog: OverlayEntryDialog = GpuDialog(
                self._saver("gpus"), templates, known, editing=row.record, parent=self
            )
        elif row.kind == "apis":
            offerings = [r for r, _ in self._kind_records("apis") if isinstance(r, ApiOffering)]
            dialog = ApiPriceDialog(self._saver("apis"), offerings, known, editing=row.record, parent=self)
        else:
            return None
        return self._open(dialog)

    def remove_selected(self) -> bool:
        row = self.selected_row()
        if row is None or row.origin != "user" or self.kb.overlay is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove my entry"),
            self.tr(
                "Remove your entry '%1' from the overlay? A bundled entry with the same id comes back."
            ).replace("%1", row.record.id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            removed = self.kb.overlay.remove(row.kind, row.record.id)
        except sqlite3.Error as exc:
            QMessageBox.warning(self, self.tr("Remove my entry"), str(exc))
            return False
        self.reload()
        self.select(row.kind, row.record.id)  # the bundled record of the same id, if any
        if removed:
            self.overlayChanged.emit()
        return removed
