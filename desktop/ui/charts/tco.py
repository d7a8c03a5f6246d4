"""Cumulative cash cost over the horizon: where bought hardware's up-front price is won back."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from desktop.engine.assess import UseCaseAssessment

from .base import (
    CurvePool,
    MoneyAxis,
    Series,
    apply_style,
    colour,
    make_legend,
    nice_ceiling,
    nice_floor,
    set_axis_labels,
)
from .data import short_label


class TcoChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent=parent, axisItems={"left": MoneyAxis("left")})
        apply_style(self)
        self.legend = make_legend(self, columns=1)
        self.pool = CurvePool(self, self.legend)

    def show_use_case(self, ua: UseCaseAssessment, currency: str, selected: str | None) -> None:
        set_axis_labels(self, self.tr("Cumulative cost ({currency})").format(currency=currency), self.tr("Month"))
        series = []
        for i, ca in enumerate(ua.candidates):
            if not ca.cost.tco or ca.problems:
                continue
            months = np.arange(0, len(ca.cost.tco) + 1, dtype=float)
            # Month 0 holds the up-front payment, so bought hardware starts above zero.
            start = ca.cost.capex
            y = np.array([start, *ca.cost.tco], dtype=float)
            style = Qt.PenStyle.DashLine if ca.candidate.kind == "self-hosted" else Qt.PenStyle.SolidLine
            series.append(Series(short_label(ca), months, y, colour(i), width=4.0 if ca.candidate.id == selected else 2.0,
                                 style=style))
        self.pool.show(series)
        if series:
            top = max(float(np.max(item.y)) for item in series)
            bottom = min(0.0, min(float(np.min(item.y)) for item in series))
            self.setXRange(0, max(len(item.x) for item in series) - 1, padding=0.02)
            self.setYRange(nice_floor(bottom), nice_ceiling(top * 1.05), padding=0)

    def show_nothing(self) -> None:
        self.pool.show([])

    def has_data(self) -> bool:
        return self.pool.visible_points() > 0
