"""Workshop mode (View ▸ Workshop, F11): the decision meeting on a projector.

Full screen, large type, no editing chrome: the portfolio tiles with the scenario comparison, then one
chart at a time with the what-if sliders, in the UI language (the client's). Everything shown is read
from the document's assessment; the sliders for utilisation and electricity are ordinary undoable edits,
the volume slider only moves the what-if line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocabulary import VERDICT_COLOURS
from desktop.i18n.messages import Messages, candidate_label, word

from .charts import CostVolumeChart, MixChart, TcoChart, TornadoChart
from .charts.data import cost_picture, sensitivity
from .charts.format import (
    VOLUME_STEPS,
    current,
    money,
    slider_to_volume,
    tokens,
    volume_bounds,
    volume_to_slider,
)
from .document import PortfolioDocument

SCALE = 1.7  # type size against the desktop's: readable from the back of a meeting room
PAGE_OVERVIEW, PAGE_CHART = 0, 1


def _label(text: str = "", size: float = 1.0, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    font = QFont(QApplication.font())  # not the label's own: it is not in the window yet
    font.setPointSizeF(font.pointSizeF() * SCALE * size)
    font.setBold(bold)
    label.setFont(font)
    return label


class Tile(QFrame):
    """One use case: what is recommended, what it costs, what the license says."""

    def __init__(self, title: str, lines: list[str], colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(f"#tile {{ background: #ffffff; border: 1px solid #d0d0d0; border-left: 10px solid {colour};"
                           " border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(_label(title, 1.0, bold=True))
        for line in lines:
            layout.addWidget(_label(line, 0.85))
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


class WorkshopWindow(QWidget):
    """A full-screen presenter over the open portfolio. Esc or F11 leaves; PgUp/PgDn (a clicker) and the
    arrow keys step through the pages and charts."""

    closed = Signal()
    languageRequested = Signal(str)  # "de" or "en": the main window switches and reopens the workshop

    def __init__(self, doc: PortfolioDocument, lang: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.doc, self.lang = doc, lang
        self.setObjectName("workshop")
        self.setWindowTitle(self.tr("Workshop"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self.setStyleSheet("#workshop { background: #f4f5f7; } QLabel { color: #1a1a1a; }")
        self._use_case: str | None = None
        self._picture = None

        self.title = _label("", 1.4, bold=True)
        self.overview_button = QPushButton(self.tr("Portfolio"))
        self.chart_button = QPushButton(self.tr("Charts"))
        self.leave_button = QPushButton(self.tr("Leave (Esc)"))
        # The client's language, switched in the meeting: offered in its own name, as language menus do.
        other = "en" if lang == "de" else "de"
        self.language_button = QPushButton("English" if other == "en" else "Deutsch")
        self.language_button.setObjectName("workshopLanguage")
        self.language_button.clicked.connect(lambda: self.languageRequested.emit(other))
        for b in (self.overview_button, self.chart_button):
            b.setCheckable(True)
        pages = QButtonGroup(self)
        pages.addButton(self.overview_button, PAGE_OVERVIEW)
        pages.addButton(self.chart_button, PAGE_CHART)
        pages.idClicked.connect(self.show_page)
        self.leave_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.overview_button)
        top.addWidget(self.chart_button)
        top.addWidget(self.language_button)
        top.addWidget(self.leave_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_overview())
        self.pages.addWidget(self._build_charts())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        for key in ("Esc", "F11"):
            QShortcut(QKeySequence(key), self, self.close)
        for key, step in (("PgDown", 1), ("Right", 1), ("PgUp", -1), ("Left", -1)):
            QShortcut(QKeySequence(key), self, lambda step=step: self.step(step))

        doc.assessmentChanged.connect(self.refresh)
        doc.portfolioLoaded.connect(self.refresh)
        self.show_page(PAGE_OVERVIEW)
        self.refresh()

    # -- pages -------------------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.total = _label("", 1.1)
        self.tiles = QGridLayout()
        self.tiles.setSpacing(14)
        self.scenarios = QGridLayout()
        self.scenarios.setHorizontalSpacing(30)
        layout.addWidget(self.total)
        layout.addLayout(self.tiles)
        layout.addSpacing(18)
        layout.addWidget(_label(self.tr("Scenarios"), 1.1, bold=True))
        layout.addLayout(self.scenarios)
        layout.addStretch(1)
        return page

    def _build_charts(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.use_case_box = QComboBox()
        self.use_case_box.currentIndexChanged.connect(self._use_case_chosen)
        self.chart_names = [self.tr("Cost against volume"), self.tr("Cumulative cost"), self.tr("Sensitivity"),
                            self.tr("Cost mix")]
        self.chart_box = QComboBox()
        self.chart_box.addItems(self.chart_names)
        self.chart_box.currentIndexChanged.connect(self._chart_chosen)
        pick = QHBoxLayout()
        pick.addWidget(self.use_case_box, 2)
        pick.addWidget(self.chart_box, 1)
        self.cost_chart, self.tco_chart = CostVolumeChart(), TcoChart()
        self.tornado_chart, self.mix_chart = TornadoChart(), MixChart()
        self.charts = [self.cost_chart, self.tco_chart, self.tornado_chart, self.mix_chart]
        self.chart_stack = QStackedWidget()
        for chart in self.charts:
            self._enlarge(chart)
            self.chart_stack.addWidget(chart)
        self.cost_chart.volumeMoved.connect(lambda _v: self._sync_volume())

        self.volume_label, self.volume_slider = _label(wrap=False), QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, VOLUME_STEPS)
        self.volume_slider.valueChanged.connect(self._volume_slid)
        self.utilisation_label, self.utilisation_slider = _label(wrap=False), QSlider(Qt.Orientation.Horizontal)
        self.utilisation_slider.setRange(5, 100)
        self.utilisation_slider.valueChanged.connect(
            lambda v: self.doc.set_value(("assumptions", "utilisation"), v / 100, text=self.tr("Change utilisation")))
        self.electricity_label, self.electricity_slider = _label(wrap=False), QSlider(Qt.Orientation.Horizontal)
        self.electricity_slider.setRange(0, 100)
        self.electricity_slider.valueChanged.connect(
            lambda v: self.doc.set_value(("organisation", "electricity_per_kwh"), v / 100,
                                         text=self.tr("Change electricity price")))
        sliders = QGridLayout()
        for col, (label, slider) in enumerate(((self.volume_label, self.volume_slider),
                                               (self.utilisation_label, self.utilisation_slider),
                                               (self.electricity_label, self.electricity_slider))):
            sliders.addWidget(label, 0, col)
            sliders.addWidget(slider, 1, col)
        self.readout = _label("", 0.8)
        self.cost_chart.readoutChanged.connect(self.readout.setText)
        layout.addLayout(pick)
        layout.addWidget(self.chart_stack, 1)
        layout.addWidget(self.readout)
        layout.addLayout(sliders)
        return page

    def _enlarge(self, chart) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.75)
        item = chart.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.overview_button.setChecked(page == PAGE_OVERVIEW)
        self.chart_button.setChecked(page == PAGE_CHART)

    def show_chart(self, index: int) -> None:
        self.chart_box.setCurrentIndex(max(0, min(index, len(self.charts) - 1)))

    def step(self, by: int) -> None:
        """Overview, then each chart in turn; back again the other way."""
        position = 0 if self.pages.currentIndex() == PAGE_OVERVIEW else 1 + self.chart_box.currentIndex()
        position = max(0, min(position + by, len(self.charts)))
        if position == 0:
            self.show_page(PAGE_OVERVIEW)
        else:
            self.show_page(PAGE_CHART)
            self.show_chart(position - 1)

    # -- drawing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        a, p = self.doc.assessment, self.doc.portfolio
        self.title.setText(p.name)
        if a is None:
            self.total.setText(self.tr("The assessment failed: {error}").format(error=self.doc.assessment_error))
            return
        fmt = current()
        self.total.setText(self.tr("Recommended mix: {monthly} per month, {tco} over {months} months").format(
            monthly=money(a.total_monthly, a.currency), tco=money(a.total_tco, a.currency),
            months=fmt.num(a.horizon_months)))
        self._fill_tiles(a)
        self._fill_scenarios(a)
        self._fill_use_cases(a)
        self._sync_sliders()
        self._draw_chart()

    def _clear(self, grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _fill_tiles(self, a) -> None:
        self._clear(self.tiles)
        messages = Messages(self.lang, a)
        columns = 3 if len(a.use_cases) > 4 else 2
        for i, ua in enumerate(a.use_cases):
            ca = ua.chosen
            if ca is None:
                lines, colour = [self.tr("No candidate qualifies")], VERDICT_COLOURS["blocked"]
            else:
                verdict = ca.license.verdict.value if ca.license is not None else "vendor_terms"
                lines = [candidate_label(ca.candidate, self.lang),
                         self.tr("{monthly} per month · {kind}").format(
                             monthly=money(ca.cost.monthly_total, a.currency),
                             kind=word("kind", ca.candidate.kind, self.lang)),
                         messages.verdict(verdict)]
                colour = VERDICT_COLOURS.get(verdict, "#999999")
            self.tiles.addWidget(Tile(ua.name, lines, colour), i // columns, i % columns)

    def _fill_scenarios(self, a) -> None:
        self._clear(self.scenarios)
        heads = [self.tr("Scenario"), self.tr("Per month"), self.tr("{months} months").format(months=a.horizon_months),
                 self.tr("Up front")]
        for col, head in enumerate(heads):
            self.scenarios.addWidget(_label(head, 0.8, bold=True), 0, col)
        for row, s in enumerate(a.scenarios, start=1):
            mark = s.name == a.recommended_scenario
            name = word("scenario", s.name, self.lang) + ("  ★" if mark else "")
            values = [name, money(s.monthly, a.currency), money(s.tco, a.currency), money(s.capex, a.currency)]
            for col, text in enumerate(values):
                self.scenarios.addWidget(_label(text, 0.9, bold=mark, wrap=False), row, col)

    def _fill_use_cases(self, a) -> None:
        box = self.use_case_box
        wanted = self._use_case or (a.use_cases[0].use_case if a.use_cases else None)
        box.blockSignals(True)
        box.clear()
        for ua in a.use_cases:
            box.addItem(ua.name, ua.use_case)
        index = box.findData(wanted)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        self._use_case = box.currentData()

    def _use_case_chosen(self, _index: int) -> None:
        self._use_case = self.use_case_box.currentData()
        self._draw_chart()

    def _chart_chosen(self, index: int) -> None:
        self.chart_stack.setCurrentIndex(index)
        self.volume_slider.setEnabled(index == 0)
        self.readout.setVisible(index == 0)

    def _draw_chart(self) -> None:
        a, p = self.doc.assessment, self.doc.portfolio
        ua = a.use_case(self._use_case) if a is not None and self._use_case else None
        if ua is None:
            for chart in self.charts:
                chart.show_nothing()
            self._picture = None
            return
        ca = ua.chosen
        self._picture = cost_picture(p, self.doc.catalog, a, ua)
        s = sensitivity(p, self.doc.catalog, a, ua, ca) if ca is not None else None
        self.cost_chart.show_picture(self._picture, a.currency, ua.recommended, s.band if s else None)
        self._decade_ticks()
        self.tco_chart.show_use_case(ua, a.currency, ua.recommended)
        self.tornado_chart.show_sensitivity(s, a.currency)
        self.mix_chart.show_mix(a)
        self._sync_volume()

    def _decade_ticks(self) -> None:
        """Label the volume axis at whole decades only: in large type the minor labels would overlap."""
        pic, axis = self._picture, self.cost_chart.getPlotItem().getAxis("bottom")
        if pic is None or pic.volume <= 0 or not len(pic.scales):
            axis.setTicks(None)
            return
        lo, hi = math.floor(math.log10(pic.tokens_min)), math.ceil(math.log10(pic.tokens_max))
        axis.setTicks([[(float(e), tokens(10.0 ** e)) for e in range(lo, hi + 1)], []])

    # -- sliders -------------------------------------------------------------------------------------
    def _sync_sliders(self) -> None:
        p = self.doc.portfolio
        fmt = current()
        for slider, value in ((self.utilisation_slider, round(p.assumptions.utilisation * 100)),
                              (self.electricity_slider, round(p.organisation.electricity_per_kwh * 100))):
            slider.blockSignals(True)
            slider.setMaximum(max(slider.maximum(), value))
            slider.setValue(value)
            slider.blockSignals(False)
        self.utilisation_label.setText(self.tr("Utilisation: {pct}").format(pct=fmt.pct(p.assumptions.utilisation)))
        self.electricity_label.setText(self.tr("Electricity: {price} per kWh").format(
            price=fmt.money(p.organisation.electricity_per_kwh, p.organisation.currency, 2)))

    def _volume_slid(self, value: int) -> None:
        bounds = volume_bounds(self._picture)
        if bounds is not None:
            self.cost_chart.set_volume(slider_to_volume(value, bounds))

    def _sync_volume(self) -> None:
        bounds = volume_bounds(self._picture)
        if bounds is None:
            self.volume_label.setText(self.tr("Volume: no token volume set"))
            return
        volume = self.cost_chart.volume()
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(volume_to_slider(volume, bounds))
        self.volume_slider.blockSignals(False)
        self.volume_label.setText(self.tr("What if: {volume} tokens per month").format(volume=tokens(volume)))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        self.closed.emit()
