"""Which assumption moves the monthly cost most: horizontal bars from the base to the cost with the
assumption at −X % and at +X %, largest swing on top; the Monte Carlo band in the title."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from .base import LabelPool, MoneyAxis, apply_style, make_legend, nice_span, set_axis_labels
from .data import Sensitivity
from .format import money

LOW_COLOUR, HIGH_COLOUR = "#0072B2", "#E69F00"


class TornadoChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent=parent, axisItems={"bottom": MoneyAxis("bottom")})
        apply_style(self)
        self.names = {"volume": self.tr("volume"), "utilisation": self.tr("utilisation"),
                      "hardware_price": self.tr("hardware price"), "electricity": self.tr("electricity"),
                      "pue": self.tr("PUE"), "staff": self.tr("staff cost"), "api_price": self.tr("API price")}
        self.legend = make_legend(self)
        self.low = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.6, brush=pg.mkBrush(LOW_COLOUR), pen=pg.mkPen("w"))
        self.high = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.6, brush=pg.mkBrush(HIGH_COLOUR), pen=pg.mkPen("w"))
        self.addItem(self.low)
        self.addItem(self.high)
        self.base_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#222222", width=2, style=Qt.PenStyle.DashLine))
        self.addItem(self.base_line)
        self.legend.addItem(self.low, self.tr("assumption −X %"))
        self.legend.addItem(self.high, self.tr("assumption +X %"))
        self.getPlotItem().setMouseEnabled(x=False, y=False)
        self.sensitivity: Sensitivity | None = None
        self.band_text = ""
        self.labels = LabelPool(self)  # every bar: its assumption and the cost at −X % and +X %

    def show_sensitivity(self, s: Sensitivity | None, currency: str) -> None:
        self.sensitivity = s
        set_axis_labels(self, "", self.tr("Monthly cost ({currency})").format(currency=currency) if currency
                        else self.tr("Monthly cost"))
        t = s.tornado if s else None
        if t is None:
            for item in (self.low, self.high):
                item.setOpts(x0=[], x1=[], y=[], height=0.6)
            self.base_line.setVisible(False)
            self.labels.show([])
            self.getPlotItem().getAxis("left").setTicks([[], []])
            why = s.problem if s and s.problem else self.tr("the offering is not in the knowledge base")
            self.setTitle(self.tr("No sensitivity: {why}").format(why=why) if s else self.tr("No candidate selected"),
                          color="#222222", size="10pt")
            self.band_text = ""
            return
        self.legend.getLabel(self.low).setText(self.tr("assumption −{pct:g} %").format(pct=t.spread_pct))
        self.legend.getLabel(self.high).setText(self.tr("assumption +{pct:g} %").format(pct=t.spread_pct))
        bars = list(reversed(t.bars))  # largest swing at the top
        y = np.arange(len(bars), dtype=float)
        low = np.array([b.low_monthly for b in bars])
        high = np.array([b.high_monthly for b in bars])
        base = t.base_monthly
        self.low.setOpts(x0=np.minimum(low, base), x1=np.maximum(low, base), y=y, height=0.6)
        self.high.setOpts(x0=np.minimum(high, base), x1=np.maximum(high, base), y=y, height=0.6)
        self.base_line.setValue(base)
        self.base_line.setVisible(True)
        self.getPlotItem().getAxis("left").setTicks(
            [[(i, self.names.get(b.assumption, b.assumption)) for i, b in enumerate(bars)], []])
        # The axis drops tick labels that would touch; the bars' own labels never go missing.
        self.labels.show([
            (f"{self.names.get(b.assumption, b.assumption)}: {money(min(b.low_monthly, b.high_monthly), currency)}",
             float(min(b.low_monthly, b.high_monthly, base)), float(i), (1.0, 0.5), "#222222")
            for i, b in enumerate(bars)] + [
            (money(max(b.low_monthly, b.high_monthly), currency), float(max(b.low_monthly, b.high_monthly, base)),
             float(i), (0.0, 0.5), "#222222") for i, b in enumerate(bars)])
        band = s.band
        self.band_text = (self.tr("Monte Carlo: p5 {p5} · p50 {p50} · p95 {p95}").format(
            p5=money(band.p5, currency), p50=money(band.p50, currency), p95=money(band.p95, currency))
            if band else "")
        title = self.tr("{label}, ±{pct:g} % each, base {base}").format(
            label=s.short, pct=t.spread_pct, base=money(base, currency))
        self.setTitle(f"{title}<br>{self.band_text}", color="#222222", size="9pt")
        lo, hi = float(min(low.min(), high.min(), base)), float(max(low.max(), high.max(), base))
        pad = (hi - lo) * 0.45 or max(base * 0.05, 1.0)  # room for the labels beside the bars
        self.setXRange(*nice_span(lo - pad, hi + pad), padding=0)
        self.setYRange(-0.6, len(bars) - 0.4, padding=0)

    def show_nothing(self) -> None:
        self.show_sensitivity(None, "")

    def has_data(self) -> bool:
        return bool(self.sensitivity and self.sensitivity.tornado and self.sensitivity.tornado.bars)
