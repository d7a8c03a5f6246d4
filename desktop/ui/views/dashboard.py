"""The answer first: portfolio tiles, the scenario comparison and one card per use case.

Everything here is read from the engine's PortfolioAssessment (totals, scenarios with the engine's
recommended scenario and its reason, each use case's recommendation, reasons and the candidates'
outcome lines). The dashboard counts and prints; it decides nothing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.result import PortfolioAssessment, UseCaseAssessment

from ..charts.data import short_label, table_label
from ..charts.format import engine_words, full_label, money, scenario_title, tokens

SCENARIO_ORDER = ("all_api", "all_self_hosted", "recommended", "consolidated")
CARD_COLUMNS = 3


class Tile(QFrame):
    """One figure with its caption, large enough to read from across the table."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ border: 1px solid palette(mid); border-radius: 6px; }}")
        self.value = QLabel("—")
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set(self, value: str, tip: str = "") -> None:
        self.value.setText(value)
        self.setToolTip(tip)
        self.setAccessibleDescription(value)


class UseCaseCard(QFrame):
    """A use case's answer: what to use, what it costs, why, and why each other option lost."""

    opened = Signal(str)  # the use case id, to show its details

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.use_case_id = ""
        self.setObjectName("useCaseCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#useCaseCard { border: 1px solid palette(mid); border-radius: 6px; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.others = QLabel()
        self.others.setWordWrap(True)
        self.others.setTextFormat(Qt.TextFormat.RichText)
        self.others.setObjectName("otherCandidates")
        self.details_link = QLabel()
        self.details_link.setTextFormat(Qt.TextFormat.RichText)
        self.details_link.linkActivated.connect(lambda _link: self.opened.emit(self.use_case_id))
        self.details_link.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title, 1)
        head.addWidget(self.details_link, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        for widget in (self.answer, self.reasons, self.others):
            layout.addWidget(widget)

    def show_use_case(self, ua: UseCaseAssessment, currency: str) -> None:
        e = escape
        self.use_case_id = ua.use_case
        self.title.setText(ua.name)
        self.setAccessibleName(self.tr("Use case {0}").format(ua.name))
        chosen = ua.candidate(ua.recommended)
        if chosen is None:
            self.answer.setText("<span style='color:#B03A00'><b>" + e(self.tr("No option qualifies")) + "</b></span>")
        else:
            mark = self.tr("pinned by you") if ua.pinned else self.tr("recommended")
            self.answer.setText(self.tr("<b>{label}</b> ({mark}) · <b>{monthly}</b> per month").format(
                label=e(table_label(chosen)), mark=e(mark), monthly=e(money(chosen.cost.monthly_total, currency))))
            self.answer.setToolTip(full_label(chosen.candidate))
        say = self.words
        reasons = [say(m) for m in ua.reason_messages] or ([say(ua.summary_message)] if ua.summary_message else [])
        self.reasons.setText("<br>".join(f"• {e(r)}" for r in reasons[:3]) if reasons else "")
        lines = [f"<b>{e(short_label(ca))}</b>: {e(say(ca.outcome_message))}" for ca in ua.candidates
                 if ca.candidate.id != ua.recommended]
        self.others.setToolTip("\n".join(f"{full_label(ca.candidate)}: {say(ca.outcome_message)}" for ca in ua.candidates
                                         if ca.candidate.id != ua.recommended))
        self.others.setText("<small>" + "<br>".join(lines) + "</small>" if lines else "")
        self.others.setVisible(bool(lines))
        more = self.tr("Details ›")
        self.details_link.setText(f"<a href='details'>{e(more)}</a>")
        self.details_link.setToolTip(self.tr("The candidates' table, details and charts of this use case"))


class Dashboard(QWidget):
    """Tiles, scenarios and cards for one PortfolioAssessment."""

    useCaseOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles = {
            "monthly": Tile(self.tr("per month, recommended mix"), "tileMonthly"),
            "tco": Tile(self.tr("total cost of ownership"), "tileTco"),
            "capex": Tile(self.tr("hardware to buy (capex)"), "tileCapex"),
            "served": Tile(self.tr("use cases served"), "tileServed"),
            "blocked": Tile(self.tr("options blocked by their license"), "tileBlocked"),
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.scenarios = QTableWidget(0, 0)
        self.scenarios.setObjectName("scenarioTable")
        self.scenarios.setAccessibleName(self.tr("Scenario comparison"))
        self.scenarios.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.scenarios.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.scenarios.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.scenarios.horizontalHeader().setStretchLastSection(False)
        self.scenarios.horizontalHeader().setSectionResizeMode(self.scenarios.horizontalHeader().ResizeMode.Stretch)
        self.scenarios.verticalHeader().setSectionResizeMode(self.scenarios.verticalHeader().ResizeMode.ResizeToContents)
        self.scenarios.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scenarios.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scenario_reason = QLabel()
        self.scenario_reason.setObjectName("scenarioReason")
        self.scenario_reason.setWordWrap(True)

        self.cards: list[UseCaseCard] = []
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(8)
        cards_box = QWidget()
        cards_outer = QVBoxLayout(cards_box)
        cards_outer.setContentsMargins(0, 0, 0, 0)
        cards_outer.addLayout(self.card_grid)
        cards_outer.addStretch(1)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_scroll.setWidget(cards_box)
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(tiles)
        layout.addWidget(self.scenarios)
        layout.addWidget(self.scenario_reason)
        layout.addWidget(self.empty)
        layout.addWidget(self.cards_scroll, 1)

    rules: list = []  # the knowledge base's scenario rules, for their names in the UI language

    def show_assessment(self, a: PortfolioAssessment | None, error: str = "") -> None:
        if a is not None:
            self.words = engine_words(a, self.rules)
        if a is None:
            for tile in self.tiles.values():
                tile.set("—")
            self.scenarios.setRowCount(0)
            self.scenario_reason.setText("")
            self.empty.setText(self.tr("The assessment failed: {error}").format(error=error))
            self.empty.setVisible(True)
            self._show_cards([], "")
            return
        cur = a.currency
        served = sum(1 for ua in a.use_cases if ua.recommended)
        blocked = sum(1 for ua in a.use_cases for ca in ua.candidates
                      if ca.license is not None and ca.license.verdict.value == "blocked")
        self.tiles["monthly"].set(money(a.total_monthly, cur))
        self.tiles["tco"].set(money(a.total_tco, cur))
        self.tiles["tco"].caption.setText(self.tr("total cost of ownership over {n} months").format(n=a.horizon_months))
        self.tiles["capex"].set(money(a.total_capex, cur))
        self.tiles["served"].set(f"{served} / {len(a.use_cases)}")
        self.tiles["blocked"].set(str(blocked))
        self._show_scenarios(a)
        self.empty.setText(self.tr("No use case yet: add one under Use cases.") if not a.use_cases else "")
        self.empty.setVisible(not a.use_cases)
        self._show_cards(a.use_cases, cur)

    def _show_scenarios(self, a: PortfolioAssessment) -> None:
        scenarios = sorted(a.scenarios, key=lambda s: SCENARIO_ORDER.index(s.name) if s.name in SCENARIO_ORDER else 9)
        rows = [self.tr("per month"), self.tr("TCO, {n} months").format(n=a.horizon_months), self.tr("capex"),
                self.tr("use cases not served")]
        t = self.scenarios
        t.clear()
        t.setColumnCount(len(scenarios))
        t.setRowCount(len(rows) if scenarios else 0)
        t.setVerticalHeaderLabels(rows)
        for col, s in enumerate(scenarios):
            best = s.name == a.recommended_scenario
            head = QTableWidgetItem(("★ " if best else "") + scenario_title(s.name, s.title))
            if best:
                font = head.font()
                font.setBold(True)
                head.setFont(font)
            t.setHorizontalHeaderItem(col, head)
            unserved = ", ".join(u.use_case for u in s.unserved)
            values = [money(s.monthly, a.currency), money(s.tco, a.currency), money(s.capex, a.currency),
                      str(len(s.unserved)) if s.unserved else "0"]
            for row, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if best:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if row == 3 and s.unserved:
                    item.setToolTip("\n".join(f"{u.use_case}: {self.words(u.message) if u.message else u.reason}"
                                               for u in s.unserved) or unserved)
                t.setItem(row, col, item)
        t.resizeRowsToContents()
        rows_height = sum(max(t.rowHeight(r), t.sizeHintForRow(r)) for r in range(t.rowCount()))
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + rows_height + 2 * t.frameWidth() + 2)
        reason = self.words(a.scenario_reason_message) if a.scenario_reason_message else a.scenario_reason
        names = {ua.use_case: ua.name for ua in a.use_cases}
        pooled = [self.tr("{platform}: {use_cases} pooled, {monthly} per month; pooled break-even {break_even} "
                          "(today {today})").format(
            platform=p.name, use_cases=", ".join(names.get(m.use_case, m.use_case) for m in p.members),
            monthly=money(p.monthly_total, a.currency),
            break_even=tokens(p.break_even_tokens_per_month) if p.break_even_tokens_per_month else self.tr("none"),
            today=tokens(p.tokens_per_month)) for p in a.platforms]
        self.scenario_reason.setText("\n".join([reason, *pooled]))

    def _show_cards(self, use_cases: list[UseCaseAssessment], currency: str) -> None:
        while len(self.cards) < len(use_cases):
            card = UseCaseCard()
            card.opened.connect(self.useCaseOpened)
            self.cards.append(card)
            n = len(self.cards) - 1
            self.card_grid.addWidget(card, n // CARD_COLUMNS, n % CARD_COLUMNS, Qt.AlignmentFlag.AlignTop)
        for card, ua in zip(self.cards, use_cases, strict=False):
            card.words = self.words
            card.show_use_case(ua, currency)
        for i, card in enumerate(self.cards):
            card.setVisible(i < len(use_cases))
        for column in range(CARD_COLUMNS):
            self.card_grid.setColumnStretch(column, 1)
