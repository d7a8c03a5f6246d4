"""The portfolio mix: each use case's share of the monthly bill under its recommended (or pinned) choice."""

from __future__ import annotations

import textwrap

import numpy as np
import pyqtgraph as pg

from desktop.engine.assess import PortfolioAssessment

from .base import apply_style, make_legend, set_axis_labels
from .format import money

API_COLOUR, SELF_HOSTED_COLOUR = "#56B4E9", "#009E73"


class MixChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent=parent)
        apply_style(self)
        self.legend = make_legend(self)
        self.api_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=pg.mkBrush(API_COLOUR), pen=pg.mkPen("w"))
        self.own_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=pg.mkBrush(SELF_HOSTED_COLOUR),
                                        pen=pg.mkPen("w"))
        self.addItem(self.api_bars)
        self.addItem(self.own_bars)
        self.legend.addItem(self.api_bars, self.tr("API"))
        self.legend.addItem(self.own_bars, self.tr("self-hosted"))
        self.labels: list[pg.TextItem] = []
        self.shares: list[float] = []
        self.getPlotItem().setMouseEnabled(x=False, y=False)

    def show_mix(self, assessment: PortfolioAssessment) -> None:
        currency = assessment.currency
        set_axis_labels(self, self.tr("Share of the monthly cost (%)"),
                        self.tr("Use case (all together {total} per month)").format(
                            total=money(assessment.total_monthly, currency)))
        kinds = {ua.use_case: next((c.candidate.kind for c in ua.candidates if c.candidate.id == ua.recommended), None)
                 for ua in assessment.use_cases}
        mix = assessment.mix
        share = np.array([m.share * 100 for m in mix], dtype=float)
        x = np.arange(len(mix), dtype=float)
        own = np.array([kinds.get(m.use_case) == "self-hosted" for m in mix], dtype=bool)
        self.api_bars.setOpts(x=x[~own], height=share[~own], width=0.6)
        self.own_bars.setOpts(x=x[own], height=share[own], width=0.6)
        while len(self.labels) < len(mix):
            label = pg.TextItem(anchor=(0.5, 1), color="#222222")
            self.addItem(label)
            self.labels.append(label)
        for i, m in enumerate(mix):
            self.labels[i].setText(money(m.monthly, currency))
            self.labels[i].setPos(i, share[i])
            self.labels[i].setVisible(True)
            self.labels[i].setToolTip(f"{m.name}: {m.label or '—'}")
        for label in self.labels[len(mix):]:
            label.setVisible(False)
        self.getPlotItem().getAxis("bottom").setTicks([[(i, _wrapped(m.name)) for i, m in enumerate(mix)], []])
        self.shares = list(share)
        if len(mix):
            self.setXRange(-0.6, len(mix) - 0.4, padding=0)
            self.setYRange(0, max(share.max(), 1.0) * 1.15, padding=0)

    def show_nothing(self) -> None:
        for bars in (self.api_bars, self.own_bars):
            bars.setOpts(x=[], height=[], width=0.6)
        for label in self.labels:
            label.setVisible(False)
        self.getPlotItem().getAxis("bottom").setTicks([[], []])
        self.shares = []

    def has_data(self) -> bool:
        return bool(self.shares)


def _wrapped(name: str, width: int = 14, lines: int = 2) -> str:
    parts = textwrap.wrap(name, width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1] + "…"
    return "\n".join(parts)
