"""The Assessment view opens on the answer (portfolio tiles, scenarios, one card per use case); the
candidates of one use case and the charts are the next two tabs.

The view only reads `doc.portfolio` and the engine's assessment; pins are edits through `doc.set_value`.
The three sliders (volume, utilisation, electricity) are a what-if layer (`desktop.ui.what_if`): they
change what the tabs show under a banner and reach the portfolio only through "Apply to portfolio".
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.result import CandidateAssessment, UseCaseAssessment
from desktop.i18n.engine_text import EngineText
from desktop.ui.charts import (
    CostVolumeChart,
    LicenseMatrixTable,
    MemoryChart,
    MixChart,
    TcoChart,
    TornadoChart,
    export_png,
)
from desktop.ui.charts.data import cost_picture, license_matrix, memory_bars, sensitivity, table_label
from desktop.ui.charts.format import (
    VOLUME_STEPS,
    current,
    exclusion_texts,
    full_label,
    money,
    number,
    slider_to_volume,
    tokens,
    volume_bounds,
    volume_to_slider,
)
from desktop.ui.document import PortfolioDocument
from desktop.ui.views.dashboard import Dashboard
from desktop.ui.what_if import ELECTRICITY, UTILISATION, WhatIf

RECOMMENDED_BRUSH = QBrush(QColor("#E8F1FA"))


def exclusion_question(ca: CandidateAssessment) -> int | str | None:
    """The question that excluded a candidate, as the engine decided it (1-5, or "rule")."""
    return ca.score.exclusions[0].question if ca.score.exclusions else None


class CandidateTableModel(QAbstractTableModel):
    """The candidates of one use case: sub-scores (questions 1-5), total, verdict, fit and monthly cost."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ua: UseCaseAssessment | None = None
        self.currency = "EUR"
        self.headers = [self.tr("Choice"), self.tr("Candidate"), self.tr("1 License"), self.tr("2 Hardware"),
                        self.tr("3 Use case"), self.tr("4 Support"), self.tr("5 Cost"), self.tr("Total"),
                        self.tr("Verdict"), self.tr("Fits"), self.tr("Monthly cost")]
        self.topics = {1: self.tr("license"), 2: self.tr("hardware"), 3: self.tr("use case"), 4: self.tr("support"),
                       5: self.tr("cost")}
        self.verdict_names = {
            "allowed": self.tr("allowed"),
            "allowed_with_obligations": self.tr("allowed with obligations"),
            "needs_review": self.tr("needs review"),
            "blocked": self.tr("blocked"),
        }

    def show_use_case(self, ua: UseCaseAssessment | None, currency: str) -> None:
        self.beginResetModel()
        self.ua, self.currency = ua, currency
        self.endResetModel()

    @property
    def rows(self) -> list[CandidateAssessment]:
        return self.ua.candidates if self.ua else []

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and 2 <= section <= 6:
            return self.tr("Question {n}: {topic} (0-100)").format(n=section - 1, topic=self.topics[section - 1])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def is_recommended(self, ca: CandidateAssessment) -> bool:
        return self.ua is not None and ca.candidate.id == self.ua.recommended

    def verdict(self, ca: CandidateAssessment) -> str:
        """Every verdict names the question that answered it."""
        if ca.score.excluded:
            q = exclusion_question(ca)
            if q == "rule":
                rule = ca.score.exclusions[0].params.get("rule") or ""
                return self.tr("excluded (rule: {rule})").format(rule=rule)
            if q == 1 and ca.license is not None and ca.license.verdict.value == "blocked":
                return self.tr("blocked (Q1 license)")
            if q == 2:
                return self.tr("does not fit (Q2 hardware)")
            if isinstance(q, int):
                return self.tr("excluded (Q{n} {topic})").format(n=q, topic=self.topics[q])
            return self.tr("excluded")
        name = self.verdict_names[ca.license.verdict.value] if ca.license else self.tr("vendor terms")
        return self.tr("{verdict} (Q1 license)").format(verdict=name)

    def fits(self, ca: CandidateAssessment) -> str:
        if ca.sizing is None:
            return self.tr("vendor-hosted") if ca.candidate.kind == "api" else "—"
        if not ca.sizing.fits:
            return self.tr("no")
        return self.tr("yes, {used:.0f}/{usable:.0f} GB").format(used=ca.sizing.memory.total_gb,
                                                                  usable=ca.sizing.memory.usable_gb)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        ca, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(ca, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(ca, col)
        if role == Qt.ItemDataRole.UserRole:
            return ca.candidate.id
        if role == Qt.ItemDataRole.FontRole and self.is_recommended(ca):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_recommended(ca):
            return RECOMMENDED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and (2 <= col <= 7 or col == 10):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, ca: CandidateAssessment, col: int):
        if col == 0:
            if not self.is_recommended(ca):
                return ""
            return self.tr("★ pinned") if self.ua.pinned else self.tr("★ best")
        if col == 1:
            return table_label(ca)
        if 2 <= col <= 6:
            sub = next((s for s in ca.score.subscores if s.question == col - 1), None)
            return "—" if sub is None else f"{sub.score:.0f}"
        if col == 7:
            return f"{ca.score.total:.1f}"
        if col == 8:
            return self.verdict(ca)
        if col == 9:
            return self.fits(ca)
        return money(ca.cost.monthly_total, self.currency)

    def tooltip(self, ca: CandidateAssessment, col: int) -> str | None:
        if col == 0 and self.is_recommended(ca):
            return self.tr("Pinned by you, overruling the ranking") if self.ua.pinned else self.tr("Recommended: the highest total")
        if col == 1:
            outcome = EngineText(current().lang, current())(ca.outcome_message) if ca.outcome_message else ca.outcome
            return "\n".join([full_label(ca.candidate), outcome, *ca.notes])
        if 2 <= col <= 6:
            sub = next((s for s in ca.score.subscores if s.question == col - 1), None)
            if sub is None:
                return None
            head = self.tr("Question {n} ({topic}): {score:.0f}/100").format(
                n=sub.question, topic=self.topics.get(sub.question, sub.topic), score=sub.score)
            return "\n".join([head, *("• " + r for r in sub.reasons)])
        if col == 7:
            lines = [self.tr("Weighted score {w:.1f}").format(w=ca.score.weighted)]
            lines += [self.tr("rule '{name}' (question {q}): {points:+g} for {favours}").format(
                name=r.name, q=r.question, points=r.points, favours=r.favours) for r in ca.score.rules]
            lines.append(ca.score.combination)
            return "\n".join(lines)
        if col == 8:
            lines = [self.verdict(ca)]
            lines += exclusion_texts(ca)
            if ca.license and ca.license.deciding_reason:
                r = ca.license.deciding_reason
                lines.append(self.tr("deciding clause: {clause} of {license}: {summary}").format(
                    clause=r.clause, license=r.license, summary=r.summary))
            return "\n".join(lines)
        if col == 10:
            m = ca.cost.monthly
            parts = [(self.tr("hardware"), m.hardware), (self.tr("power"), m.power), (self.tr("colocation"), m.colocation),
                     (self.tr("staff"), m.staff), (self.tr("maintenance"), m.maintenance), (self.tr("API"), m.api),
                     (self.tr("migration"), m.migration)]
            return "\n".join(f"{name}: {money(v, self.currency)}" for name, v in parts if v)
        return None


class AssessmentView(QWidget):
    """Tabs: the answer (tiles, scenarios, cards), the candidates of one use case, and the charts.

    The sliders feed a what-if layer (`self.what_if`): the tabs show the tried values under a banner, and
    only "Apply to portfolio" makes them an (undoable) edit of the portfolio.
    """

    def __init__(self, doc: PortfolioDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.what_if = WhatIf(doc, self)
        self._use_case_id: str | None = None
        self._selected: dict[str, str] = {}  # use case id -> the candidate the user looks at
        self._picture = None
        self._sensitivity = None
        self._redrawing = False  # the chart moving its own line on a redraw is not the user trying a volume
        self._build()
        doc.assessmentChanged.connect(self.refresh)
        doc.portfolioLoaded.connect(self._portfolio_loaded)
        self.what_if.changed.connect(self.refresh)
        self.what_if.volumeChanged.connect(self._update_banner)
        self.what_if.valuesChanged.connect(self._what_if_moving)
        self._portfolio_loaded()

    # -- what the tabs show -------------------------------------------------------------------------
    @property
    def assessment(self):
        """The assessment on screen: the portfolio's, or the what-if one while values are tried."""
        return self.what_if.current_assessment()

    def _portfolio_on_screen(self):
        return self.what_if.portfolio() if self.what_if.values else self.doc.portfolio

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.use_case_box = QComboBox()
        self.use_case_box.setAccessibleName(self.tr("Use case"))
        self.use_case_box.setMinimumContentsLength(24)
        self.use_case_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.use_case_box.currentIndexChanged.connect(self._use_case_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("recommendationSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)

        self.dashboard = Dashboard()
        self.dashboard.useCaseOpened.connect(self.open_use_case)

        self.model = CandidateTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Candidates of the use case"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.selectionModel().selectionChanged.connect(self._candidate_chosen)

        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Choose the selected candidate for this use case, overruling the ranking"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Let the ranking choose again"))
        self.unpin_button.clicked.connect(self.unpin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.unpin_button)
        buttons.addStretch(1)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Details of the selected candidate"))
        self.details.setOpenExternalLinks(True)
        self.details.setMinimumWidth(280)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.summary)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(buttons)
        details_tab = QSplitter(Qt.Orientation.Vertical)
        details_tab.addWidget(table_box)
        details_tab.addWidget(self.details)
        details_tab.setStretchFactor(0, 1)
        details_tab.setStretchFactor(1, 1)

        self.cost_chart = CostVolumeChart()
        self.memory_chart = MemoryChart()
        self.tco_chart = TcoChart()
        self.mix_chart = MixChart()
        self.tornado_chart = TornadoChart()
        self.license_matrix = LicenseMatrixTable()
        self.charts = [self.cost_chart, self.memory_chart, self.tco_chart, self.mix_chart, self.tornado_chart,
                       self.license_matrix]
        for chart, name in zip(self.charts, ("costVolumeChart", "memoryChart", "tcoChart", "mixChart", "tornadoChart",
                                             "licenseMatrix"), strict=True):
            chart.setObjectName(name)
        self.cost_chart.volumeMoved.connect(self._volume_moved)

        titles = [self.tr("Cost versus volume"), self.tr("Memory"), self.tr("Cost over time"), self.tr("Portfolio mix"),
                  self.tr("Sensitivity"), self.tr("License matrix")]
        tips = [self.tr("Cost versus monthly volume"), self.tr("Memory per self-hosted candidate"),
                self.tr("Cumulative cost over the horizon"), self.tr("Portfolio mix"),
                self.tr("Sensitivity of the selected candidate"), self.tr("License matrix (question 1)")]
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("chartTabs")
        self.chart_tabs.setDocumentMode(True)
        for chart, title, tip in zip(self.charts, titles, tips, strict=True):
            page = QWidget()
            inner = QVBoxLayout(page)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(chart, 1)
            chart.setAccessibleName(tip)
            if chart is self.cost_chart:
                self.readout = QLabel()
                self.readout.setTextFormat(Qt.TextFormat.RichText)
                self.readout.setWordWrap(True)
                self.readout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.cost_chart.readoutChanged.connect(self.readout.setText)
                inner.addWidget(self.readout)
            index = self.chart_tabs.addTab(page, title)
            self.chart_tabs.setTabToolTip(index, tip)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.addTab(self.dashboard, self.tr("Answer"))
        self.tabs.addTab(details_tab, self.tr("Candidates"))
        self.tabs.addTab(self.chart_tabs, self.tr("Charts"))
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 4, 2)
        self.use_case_label = QLabel(self.tr("Use case:"))
        self.use_case_label.setBuddy(self.use_case_box)
        corner_layout.addWidget(self.use_case_label)
        corner_layout.addWidget(self.use_case_box)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._banner())
        layout.addWidget(self._sliders())
        layout.addWidget(self.tabs, 1)
        self._tab_changed(0)

    def _banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("whatIfBanner")
        self.banner.setStyleSheet("QFrame#whatIfBanner { background: #FFF4CE; color: #3B2F00; border: 1px solid #C9A400;"
                                  " border-radius: 4px; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply to portfolio"))
        self.apply_button.setToolTip(self.tr("Make the tried values part of the portfolio (one undoable edit)"))
        self.apply_button.clicked.connect(self.apply_what_if)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the portfolio's values"))
        self.reset_button.clicked.connect(self.what_if.reset)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.reset_button)
        self.banner.setVisible(False)
        return self.banner

    def _sliders(self) -> QGroupBox:
        box = QGroupBox(self.tr("What if"))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setAccessibleName(self.tr("What-if volume"))
        self.volume_slider.setRange(0, VOLUME_STEPS)
        self.volume_slider.setToolTip(self.tr("Shows the costs at another volume; the portfolio changes only on Apply"))
        self.volume_slider.valueChanged.connect(self._volume_slid)
        self.volume_label = QLabel()
        self.utilisation_slider = QSlider(Qt.Orientation.Horizontal)
        self.utilisation_slider.setAccessibleName(self.tr("What-if utilisation"))
        self.utilisation_slider.setRange(5, 100)
        self.utilisation_slider.setToolTip(self.tr("Average share of serving capacity in use (a what-if until applied)"))
        self.utilisation_slider.valueChanged.connect(self._utilisation_slid)
        self.utilisation_label = QLabel()
        self.electricity_slider = QSlider(Qt.Orientation.Horizontal)
        self.electricity_slider.setAccessibleName(self.tr("What-if electricity price"))
        self.electricity_slider.setRange(0, 100)
        self.electricity_slider.setToolTip(self.tr("Electricity price per kWh (a what-if until applied)"))
        self.electricity_slider.valueChanged.connect(self._electricity_slid)
        self.electricity_label = QLabel()
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 2, 6, 2)
        for slider, label in [(self.volume_slider, self.volume_label),
                              (self.utilisation_slider, self.utilisation_label),
                              (self.electricity_slider, self.electricity_label)]:
            label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Electricity: 0.00 EUR/kWh") + 8)
            label.setBuddy(slider)
            row.addWidget(label)
            row.addWidget(slider, 1)
            row.addSpacing(8)
        return box

    def _tab_changed(self, index: int) -> None:
        # The use case chooser matters for the candidates and the charts, not for the portfolio answer.
        self.tabs.cornerWidget(Qt.Corner.TopRightCorner).setVisible(index != 0)

    # -- selection ---------------------------------------------------------------------------------
    def current_use_case_id(self) -> str | None:
        return self._use_case_id

    def select_use_case(self, use_case_id: str) -> None:
        index = self.use_case_box.findData(use_case_id)
        if index >= 0:
            self.use_case_box.setCurrentIndex(index)

    def open_use_case(self, use_case_id: str) -> None:
        """From a card: the use case's candidates, one click away."""
        self.select_use_case(use_case_id)
        self.tabs.setCurrentIndex(1)

    def selected_candidate_id(self) -> str | None:
        return self._selected.get(self._use_case_id or "")

    def select_candidate(self, candidate_id: str) -> None:
        for row, ca in enumerate(self.model.rows):
            if ca.candidate.id == candidate_id:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return

    def _portfolio_loaded(self) -> None:
        self._selected.clear()
        self._use_case_id = None
        self.cost_chart.reset_volume()
        self.refresh()

    def _fill_use_cases(self) -> None:
        """Keep the combo box in step with the portfolio, keeping the chosen use case by id."""
        wanted = [(uc.id, uc.name) for uc in self.doc.portfolio.use_cases]
        have = [(self.use_case_box.itemData(i), self.use_case_box.itemText(i)) for i in range(self.use_case_box.count())]
        ids = [i for i, _ in wanted]
        if self._use_case_id not in ids:
            self._use_case_id = ids[0] if ids else None
        self.use_case_box.blockSignals(True)
        if wanted != have:
            self.use_case_box.clear()
            for uc_id, name in wanted:
                self.use_case_box.addItem(name, uc_id)
        self.use_case_box.setCurrentIndex(self.use_case_box.findData(self._use_case_id) if self._use_case_id else -1)
        self.use_case_box.blockSignals(False)

    def _use_case_chosen(self, index: int) -> None:
        self._use_case_id = self.use_case_box.itemData(index) if index >= 0 else None
        self.cost_chart.reset_volume()
        self._show_use_case()

    def _candidate_chosen(self, *_) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._use_case_id is None:
            return
        candidate = self.model.rows[rows[0].row()].candidate.id
        if self._selected.get(self._use_case_id) == candidate and self._sensitivity is not None:
            return
        self._selected[self._use_case_id] = candidate
        self._show_candidate()

    # -- redraw --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything from the assessment on screen; plot items are updated, not rebuilt."""
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # a hidden page of the main window redraws when it is shown
            return
        self._stale = False
        self._fill_use_cases()
        self._sync_sliders()
        self._update_banner()
        a = self.assessment
        self.dashboard.rules = self.doc.catalog.rules
        self.dashboard.show_assessment(a, self.doc.assessment_error or "")
        if a is None:
            self.summary.setText(self.tr("The assessment failed: {error}").format(error=self.doc.assessment_error or ""))
            self.model.show_use_case(None, self.doc.portfolio.organisation.currency)
            self.details.clear()
            for chart in self.charts:
                chart.show_nothing()
            self._update_buttons()
            return
        self.mix_chart.show_mix(a)
        self.license_matrix.show_matrix(license_matrix(a))
        self._show_use_case()

    def _current(self) -> tuple:
        uc = self.doc.use_case(self._use_case_id) if self._use_case_id else None
        a = self.assessment
        ua = a.use_case(self._use_case_id) if (a is not None and self._use_case_id) else None
        return uc, ua

    def _show_use_case(self) -> None:
        uc, ua = self._current()
        currency = self.doc.portfolio.organisation.currency
        self.model.show_use_case(ua, currency)
        if uc is None or ua is None:
            self.summary.setText(self.tr("No use case yet: add one in the portfolio.") if not self.doc.portfolio.use_cases
                                 else "")
            self.details.clear()
            for chart in (self.cost_chart, self.memory_chart, self.tco_chart, self.tornado_chart):
                chart.show_nothing()
            self._picture = None
            self._sync_volume_slider()
            self._update_buttons()
            return
        self.summary.setText(self.tr("Recommendation: {summary}").format(summary=ua.summary))
        ids = [c.candidate.id for c in ua.candidates]
        chosen = self._selected.get(uc.id)
        if chosen not in ids:
            chosen = ua.recommended or (ids[0] if ids else None)
        self._picture = cost_picture(self._portfolio_on_screen(), self.doc.catalog, self.assessment, ua)
        self.memory_chart.show_bars(memory_bars(ua))
        self._sensitivity = None
        if chosen is not None:
            self._selected[uc.id] = chosen
            self.table.selectionModel().blockSignals(True)
            self.select_candidate(chosen)
            self.table.selectionModel().blockSignals(False)
        self._show_candidate()

    def _show_candidate(self) -> None:
        """What depends on the selected candidate: details, sensitivity, highlighted curves."""
        uc, ua = self._current()
        if uc is None or ua is None:
            return
        currency = self.doc.portfolio.organisation.currency
        ca = next((c for c in ua.candidates if c.candidate.id == self._selected.get(uc.id)), None)
        self._sensitivity = (sensitivity(self._portfolio_on_screen(), self.doc.catalog, self.assessment, ua, ca)
                             if ca else None)
        band = self._sensitivity.band if self._sensitivity else None
        selected = ca.candidate.id if ca else None
        self._redrawing = True
        try:
            self.cost_chart.show_picture(self._picture, currency, selected, band)
            tried = self.what_if.volume(uc.id)
            if tried is not None:  # the tried volume survives every redraw (other sliders, edits, undo)
                self.cost_chart.set_volume(tried)
        finally:
            self._redrawing = False
        self.tco_chart.show_use_case(ua, currency, selected)
        self.tornado_chart.show_sensitivity(self._sensitivity, currency)
        self.details.setHtml(self._details_html(ua, ca, currency) if ca else "")
        self._update_buttons()
        self._sync_volume_slider()

    def _update_buttons(self) -> None:
        uc = self.doc.use_case(self._use_case_id) if self._use_case_id else None
        selected = self.selected_candidate_id()
        self.pin_button.setEnabled(uc is not None and selected is not None and uc.pinned != selected)
        self.unpin_button.setEnabled(uc is not None and uc.pinned is not None)

    def _details_html(self, ua: UseCaseAssessment, ca: CandidateAssessment, currency: str) -> str:
        e = escape
        out = [f"<h3>{e(full_label(ca.candidate))}</h3>"]
        if ca.candidate.id == ua.recommended:
            out.append("<p><b>" + e(self.tr("Pinned by you.") if ua.pinned else self.tr("Recommended.")) + "</b></p>")
        out.append(f"<p>{e(self.model.verdict(ca))} — "
                   + e(self.tr("total {total:.1f}, {monthly} per month, {tco} over {months} months").format(
                       total=ca.score.total, monthly=money(ca.cost.monthly_total, currency),
                       tco=money(ca.cost.tco_total, currency), months=len(ca.cost.tco))) + "</p>")
        for reason in exclusion_texts(ca, self.doc.catalog.rules):
            out.append(f"<p style='color:#B03A00'>{e(reason)}</p>")
        if ca.outcome and ca.candidate.id != ua.recommended and not ca.score.excluded:
            outcome = EngineText(current().lang, current())(ca.outcome_message) if ca.outcome_message else ca.outcome
            out.append(f"<p>{e(outcome)}</p>")
        out.append(f"<p><small>{e(ca.score.combination)}</small></p>")
        out.append("<ul>")
        for s in ca.score.subscores:
            items = "".join(f"<li>{e(r)}</li>" for r in s.reasons)
            head = self.tr("Question {n} ({topic}): {score:.0f}").format(
                n=s.question, topic=self.model.topics.get(s.question, s.topic), score=s.score)
            out.append(f"<li><b>{e(head)}</b><ul>{items}</ul></li>")
        out.append("</ul>")
        if ca.score.rules:
            out.append("<p><b>" + e(self.tr("Rules")) + "</b></p><ul>")
            question = self.tr("question {q}")
            out += [f"<li>{e(r.name)} ({e(question.format(q=r.question))}, {r.points:+g} "
                    f"{e(r.favours)}): {e(r.summary)}</li>" for r in ca.score.rules]
            out.append("</ul>")
        lic = ca.license
        if lic is not None and lic.deciding_reason is not None:
            r = lic.deciding_reason
            out.append("<p><b>" + e(self.tr("Deciding clause")) + f"</b>: {e(r.clause)} ({e(r.license)}) — {e(r.summary)}")
            if r.quote:
                out.append(f"<br><i>“{e(r.quote)}”</i>")
            out.append(f"<br><a href='{e(r.source, quote=True)}'>{e(r.source)}</a></p>")
        if lic is not None and lic.obligations:
            out.append("<p><b>" + e(self.tr("Obligations")) + "</b></p><ul>")
            out += [f"<li>{e(o.text)} ({e(o.clause)})</li>" for o in lic.obligations]
            out.append("</ul>")
        for note in [*ca.notes, *ca.cost.notes]:
            out.append(f"<p>{e(note)}</p>")
        if ca.risks:
            out.append("<p><b>" + e(self.tr("Risks")) + "</b></p><ul>")
            out += [f"<li>[{e(r.severity)}] {e(r.message)}</li>" for r in ca.risks]
            out.append("</ul>")
        if self._sensitivity and self._sensitivity.band:
            b = self._sensitivity.band
            out.append("<p>" + e(self.tr("Monthly cost with all assumptions uncertain (Monte Carlo, {n} draws): "
                                         "p5 {p5}, p50 {p50}, p95 {p95}").format(
                n=b.draws, p5=money(b.p5, currency), p50=money(b.p50, currency), p95=money(b.p95, currency))) + "</p>")
        return "".join(out)

    # -- edits (always through the document) ----------------------------------------------------------
    def pin_selected(self) -> bool:
        candidate = self.selected_candidate_id()
        if self._use_case_id is None or candidate is None:
            return False
        return self.doc.set_value(("use_cases", self._use_case_id, "pinned"), candidate, text=self.tr("Pin candidate"))

    def unpin(self) -> bool:
        if self._use_case_id is None:
            return False
        return self.doc.set_value(("use_cases", self._use_case_id, "pinned"), None, text=self.tr("Unpin candidate"))

    # -- the what-if layer ------------------------------------------------------------------------------
    def _utilisation_slid(self, value: int) -> None:
        self.what_if.set(UTILISATION, value / 100)

    def _electricity_slid(self, value: int) -> None:
        self.what_if.set(ELECTRICITY, value / 100)

    def _what_if_moving(self) -> None:
        """A slider moved while its assessment is on the way: labels and banner follow at once."""
        self._sync_sliders()
        self._update_banner()

    def apply_what_if(self) -> bool:
        return self.what_if.apply(self.tr("Apply what-if values"))

    def _update_banner(self) -> None:
        w = self.what_if
        p = self.doc.portfolio
        parts = []
        if UTILISATION in w.values:
            parts.append(self.tr("utilisation {new:.0f} % (portfolio: {old:.0f} %)").format(
                new=w.values[UTILISATION] * 100, old=p.assumptions.utilisation * 100))
        if ELECTRICITY in w.values:
            parts.append(self.tr("electricity {new} (portfolio: {old}) {currency}/kWh").format(
                new=number(w.values[ELECTRICITY], 2), old=number(p.organisation.electricity_per_kwh, 2),
                currency=p.organisation.currency))
        for uc_id, volume in w.volumes.items():
            uc = self.doc.use_case(uc_id)
            if uc is not None:
                parts.append(self.tr("{name}: {new} tokens/month (portfolio: {old})").format(
                    name=uc.name, new=tokens(volume), old=tokens(uc.workload.tokens_per_month)))
        self.banner.setVisible(bool(parts))
        self.banner_text.setText(self.tr("What-if, not saved: {changes}. The portfolio and reports keep their values "
                                         "until you apply.").format(changes="; ".join(parts)) if parts else "")

    def _sync_sliders(self) -> None:
        p = self.doc.portfolio
        currency = p.organisation.currency
        utilisation_share = self.what_if.value(UTILISATION)
        price = self.what_if.value(ELECTRICITY)
        utilisation = round(utilisation_share * 100)
        cents = round(price * 100)
        for slider, value in ((self.utilisation_slider, utilisation), (self.electricity_slider, cents)):
            slider.blockSignals(True)
            if value > slider.maximum():
                slider.setMaximum(value)
            slider.setValue(value)
            slider.blockSignals(False)
        self.utilisation_label.setText(self.tr("Utilisation: {pct:.0f} %").format(pct=utilisation_share * 100))
        self.electricity_label.setText(self.tr("Electricity: {price} {currency}/kWh").format(
            price=number(price, 2), currency=currency))

    # -- the what-if volume ---------------------------------------------------------------------------
    def _volume_slid(self, value: int) -> None:
        bounds = volume_bounds(self._picture)
        if bounds is None:
            return
        self.cost_chart.set_volume(slider_to_volume(value, bounds))

    def _volume_moved(self, volume: float) -> None:
        if self._picture is not None and self._use_case_id is not None and not self._redrawing:
            self.what_if.set_volume(self._use_case_id, volume, self._picture.volume)
        self._sync_volume_slider()

    def _sync_volume_slider(self) -> None:
        bounds = volume_bounds(self._picture)
        self.volume_slider.setEnabled(bounds is not None)
        if bounds is None:
            self.volume_label.setText(self.tr("Volume: no token volume set"))
            return
        volume = self.cost_chart.volume()
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(volume_to_slider(volume, bounds))
        self.volume_slider.blockSignals(False)
        self.volume_label.setText(self.tr("Volume: {volume} tokens/month").format(volume=tokens(volume)))
        self.volume_label.setToolTip(self.tr("Today: {volume} tokens/month").format(volume=tokens(self._picture.volume)))

    # -- export ---------------------------------------------------------------------------------------
    def export_chart_png(self, chart, path) -> Path:
        return export_png(chart, path)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()
