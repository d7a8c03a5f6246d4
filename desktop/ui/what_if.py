"""The what-if layer: slider values that are tried, not saved.

Utilisation, electricity price and a use case's monthly volume can be moved freely; the layer keeps
them beside the portfolio and the views show an assessment of the portfolio *with* them, under a
banner. The saved portfolio (and so every report) changes only on `apply()`, as one undoable edit;
`reset()` drops the layer. Opening another portfolio drops it too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.portfolio import Portfolio
from desktop.engine.assess import PortfolioAssessment

from .document import EditError, Path_, PortfolioDocument, locate, value_at, with_value

UTILISATION: Path_ = ("assumptions", "utilisation")
ELECTRICITY: Path_ = ("organisation", "electricity_per_kwh")
# A what-if volume within 0.5 % of today's is today's volume (the slider's steps are coarser than that).
SAME_VOLUME = 0.005


class WhatIf(QObject):
    changed = Signal()  # the tried values or their assessment changed
    volumeChanged = Signal()  # only a tried volume changed: a chart reading, nothing to re-assess
    valuesChanged = Signal()  # tried values changed, their assessment is on its way (background mode)

    def __init__(self, doc: PortfolioDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.values: dict[Path_, object] = {}
        self.volumes: dict[str, float] = {}  # use case id -> tokens per month tried
        self.assessment: PortfolioAssessment | None = None
        # Like the document: in the app the tried values are assessed on the thread pool, one job at a time,
        # newest values next; reading the answer before it arrives computes it at once.
        self._wanted = 0  # bumps with every change of the tried values
        self._have = 0  # the version `assessment` belongs to
        self._job = None
        doc.portfolioLoaded.connect(self.reset)
        doc.assessmentChanged.connect(self._base_changed)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return bool(self.values or self.volumes)

    def value(self, path: Path_):
        """The value the sliders show: the tried one, else the portfolio's."""
        return self.values[path] if path in self.values else value_at(self.doc.portfolio, path)

    def volume(self, use_case_id: str) -> float | None:
        return self.volumes.get(use_case_id)

    def portfolio(self) -> Portfolio:
        """The saved portfolio with the tried values (the volume is a chart reading until applied)."""
        p = self.doc.portfolio
        for path, value in self.values.items():
            p = with_value(p, path, value)
        return p

    def current_assessment(self) -> PortfolioAssessment | None:
        if not self.values:
            return self.doc.assessment
        if self._have != self._wanted:
            self._assess_now()
        return self.assessment if self.assessment is not None else self.doc.assessment

    # -- edits of the layer ----------------------------------------------------------------------------
    def set(self, path: Path_, value) -> None:
        if value == value_at(self.doc.portfolio, path):
            self.values.pop(path, None)
        else:
            self.values[path] = value
        self._reassess()

    def set_volume(self, use_case_id: str, tokens: float, today: float) -> None:
        if today <= 0 or abs(tokens / today - 1) <= SAME_VOLUME:
            if self.volumes.pop(use_case_id, None) is not None:
                self.volumeChanged.emit()
            return
        self.volumes[use_case_id] = tokens
        self.volumeChanged.emit()

    def reset(self) -> None:
        was = self.active
        self.values.clear()
        self.volumes.clear()
        self.assessment = None
        self._wanted += 1
        self._have = self._wanted
        if was:
            self.changed.emit()

    def apply(self, text: str) -> bool:
        """Write the layer into the portfolio as one undoable edit, then drop it."""
        if not self.active:
            return False
        values, volumes = dict(self.values), dict(self.volumes)

        def edit(data: dict) -> None:
            for path, value in values.items():
                container, key = locate(data, path)
                container[key] = value
            for uc in data["use_cases"]:
                tokens = volumes.get(uc["id"])
                w = uc["workload"]
                today = w["input_tokens_per_month"] + w["output_tokens_per_month"]
                if tokens is None or today <= 0:
                    continue
                factor = tokens / today  # keep the input/output split
                w["input_tokens_per_month"] *= factor
                w["output_tokens_per_month"] *= factor

        self.values.clear()
        self.volumes.clear()
        self.assessment = None
        self._wanted += 1
        self._have = self._wanted
        ok = self.doc.change(edit, text, {"assumptions", "organisation", "use_cases"})
        self.changed.emit()
        return ok

    # -- assessment ------------------------------------------------------------------------------------
    def _base_changed(self) -> None:
        # The portfolio under the layer changed (an edit, undo): tried values equal to it are no longer tried.
        for path in [p for p, v in self.values.items() if v == value_at(self.doc.portfolio, p)]:
            del self.values[path]
        if self.values:
            self._reassess()

    def _reassess(self) -> None:
        self._wanted += 1
        if not self.values:
            self.assessment, self._have = None, self._wanted
            self.changed.emit()
        elif self.doc.background:
            self.valuesChanged.emit()  # labels and banner now; the tabs when the answer arrives
            self._schedule()
        else:
            self._assess_now()
            self.changed.emit()

    def _tried_portfolio(self):
        try:
            return self.portfolio()
        except EditError:
            return None

    def _assess_now(self) -> None:
        portfolio = self._tried_portfolio()
        self.assessment = self.doc.assess(portfolio) if portfolio is not None else None
        self._have = self._wanted

    def _schedule(self) -> None:
        if self._job is not None:
            return
        from .report.jobs import Job

        version, portfolio, doc = self._wanted, self._tried_portfolio(), self.doc
        self._job = Job(lambda _progress: (version, doc.assess(portfolio) if portfolio is not None else None))
        self._job.succeeded.connect(self._answered)
        self._job.start()

    def _answered(self, answer: tuple) -> None:
        version, assessment = answer
        self._job = None
        if version != self._wanted:
            self._schedule()  # moved on meanwhile: the newest values are assessed next
            return
        if self._have != version:
            self.assessment, self._have = assessment, version
        self.changed.emit()
