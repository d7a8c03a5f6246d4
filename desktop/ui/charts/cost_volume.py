"""Monthly cost against monthly token volume: a line per API, a step curve per self-hosted deployment
(replicas come in whole units), break-even markers, and a draggable what-if volume."""

from __future__ import annotations

import math
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from .base import (
    GREY,
    CurvePool,
    LabelPool,
    MoneyAxis,
    Series,
    TokenAxis,
    apply_style,
    colour,
    dash,
    make_legend,
    marker,
    nice_ceiling,
    set_axis_labels,
)
from .data import CostPicture
from .format import money, tokens, volume_bounds

BAND_COLOUR = "#55555580"  # neutral and translucent: it sits on top of the curves
# The chart opens on the planned volume: a tenth of it to a hundred times it (the curves go further).
ZOOM_BELOW, ZOOM_ABOVE = 0.1, 100.0


class CostVolumeChart(pg.PlotWidget):
    volumeMoved = Signal(float)  # the what-if volume in tokens per month; the portfolio is not changed
    readoutChanged = Signal(str)  # rich text: the costs at the what-if volume

    def __init__(self, parent=None):
        super().__init__(parent=parent, axisItems={"bottom": TokenAxis("bottom"), "left": MoneyAxis("left")})
        apply_style(self)
        self.getPlotItem().setLogMode(x=True, y=False)
        self.legend = make_legend(self, columns=1)
        self.pool = CurvePool(self, self.legend)
        self.labels = LabelPool(self)
        self.today_line = pg.InfiniteLine(angle=90, movable=False,
                                          pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DotLine))
        self.addItem(self.today_line)
        # The what-if line lives in view coordinates, which are log10(tokens) on this axis.
        self.line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen("#222222", width=2),
                                    hoverPen=pg.mkPen("#0072B2", width=4))
        self.line.setToolTip(self.tr("Drag to see the costs at another volume"))
        self.addItem(self.line)
        self.dots = pg.ScatterPlotItem(size=9, pen=pg.mkPen("#222222"))
        self.addItem(self.dots)
        self.line.sigPositionChanged.connect(self._line_moved)
        self.picture: CostPicture | None = None
        self.currency = "EUR"
        self.band_text = ""
        self.readout = ""
        self._placed = False

    # -- data --------------------------------------------------------------------------------------
    def show_picture(self, picture: CostPicture, currency: str, selected: str | None, band=None) -> None:
        """Redraw from a CostPicture; `band` is the Monte Carlo band of the selected candidate today."""
        self.picture, self.currency = picture, currency
        set_axis_labels(self, self.tr("Monthly cost ({currency})").format(currency=currency),
                        self.tr("Tokens per month (log scale)"))
        series = []
        markers_x, markers_y, marker_brushes = [], [], []
        for c in picture.curves:
            col = colour(c.index)
            width = 4.0 if c.candidate == selected else 2.0
            if c.kind == "api":
                series.append(Series(c.short, c.tokens, c.monthly, col, width=width, style=dash(c.index)))
            else:
                # Replicas come in whole units: draw steps, not slopes between samples.
                xs, ys = np.repeat(c.tokens, 2)[1:], np.repeat(c.monthly, 2)[:-1]
                series.append(Series(c.short, xs, ys, col, width=width, style=dash(c.index)))
            if c.break_even:
                markers_x.append(c.break_even[0])
                markers_y.append(c.break_even[1])
                marker_brushes.append(pg.mkBrush(col))
        labels = [(escape(self.tr("break-even {volume}").format(volume=tokens(x))), math.log10(x), y, (0.5, 1.2),
                   "#222222") for x, y in zip(markers_x, markers_y, strict=True)]
        if markers_x:
            series.append(Series(self.tr("break-even with {api}").format(api=picture.reference_api or "API"),
                                 np.array(markers_x), np.array(markers_y), "#222222", width=0, symbol="d",
                                 symbol_brushes=marker_brushes, symbol_size=13))
        self.band_text = ""
        if band is not None and picture.volume > 0:
            series.append(Series(self.tr("p5–p95 today (Monte Carlo)"), np.array([picture.volume] * 2),
                                 np.array([band.p5, band.p95]), BAND_COLOUR, width=10))
            self.band_text = self.tr("p5 {p5} · p50 {p50} · p95 {p95}").format(
                p5=money(band.p5, currency), p50=money(band.p50, currency), p95=money(band.p95, currency))
        self.pool.show(series)
        bounds = volume_bounds(picture)
        self.line.setVisible(bounds is not None)
        self.today_line.setVisible(bounds is not None)
        if bounds is not None:
            lo, hi = bounds
            self.line.setBounds(bounds)
            self.today_line.setValue(math.log10(picture.volume))
            if not self._placed:
                self.line.setValue(math.log10(picture.volume))
                self._placed = True
                # Zoomed on the planned volume; the user can pan and zoom out to the whole grid.
                self.setXRange(max(lo, math.log10(picture.volume * ZOOM_BELOW)),
                               min(hi, math.log10(picture.volume * ZOOM_ABOVE)), padding=0.02)
            self.setYRange(0, self._top(picture, band), padding=0)
        self.labels.show(labels if bounds is not None else [])
        self._line_moved()

    @staticmethod
    def _top(picture: CostPicture, band) -> float:
        """Tall enough for today's costs and the break-evens, not for 100× the volume's steepest curve."""
        if not picture.curves:
            return 1.0
        today = [float(c.at(np.array([1.0]))[0]) for c in picture.curves]
        marks = [c.break_even[1] for c in picture.curves if c.break_even]
        highest = max(float(np.max(c.monthly)) for c in picture.curves)
        wanted = max(3 * max(today), 1.3 * max(marks, default=0.0), band.p95 * 1.2 if band else 0.0)
        return nice_ceiling(min(highest, wanted) * 1.05 or 1.0)

    def show_nothing(self) -> None:
        self.pool.show([])
        self.labels.show([])
        self.picture = None
        self.band_text = ""
        self.line.setVisible(False)
        self.today_line.setVisible(False)
        self._line_moved()

    def volume(self) -> float:
        return 10 ** self.line.value()

    def set_volume(self, tokens_per_month: float) -> None:
        if tokens_per_month > 0:
            self.line.setValue(math.log10(tokens_per_month))

    def reset_volume(self) -> None:
        """The next picture puts the what-if line back on today's volume (another use case was chosen)."""
        self._placed = False

    def has_data(self) -> bool:
        return self.pool.visible_points() > 0

    # -- the what-if line --------------------------------------------------------------------------
    def costs_at(self, tokens_per_month: float) -> list[tuple[int, str, float]]:
        """(colour index, label, monthly cost) of every curve at a volume."""
        p = self.picture
        if p is None or p.volume <= 0:
            return []
        scale = np.array([tokens_per_month / p.volume])
        return [(c.index, c.label, float(c.at(scale)[0])) for c in p.curves]

    def _line_moved(self, *_):
        p = self.picture
        if p is None or p.volume <= 0 or not p.curves:
            self.dots.setData([], [])
            self._set_readout("")
            return
        v = self.volume()
        costs = self.costs_at(v)
        self.dots.setData([self.line.value()] * len(costs), [c for _, _, c in costs],
                          brush=[pg.mkBrush(colour(i)) for i, _, _ in costs], symbol=[marker(i) for i, _, _ in costs])
        heading = self.tr("At {volume} tokens per month:").format(volume=tokens(v))
        rows = [f"<b>{escape(heading)}</b>"]
        for i, label, cost in sorted(costs, key=lambda t: t[2]):
            rows.append(f"<span style='color:{colour(i)}'>■</span> {escape(money(cost, self.currency))} — "
                        f"{escape(label)}")
        if self.band_text:
            rows.append(escape(self.tr("Selected candidate today: {band}").format(band=self.band_text)))
        self._set_readout("<br>".join(rows))
        self.volumeMoved.emit(v)

    def _set_readout(self, text: str) -> None:
        if text != self.readout:
            self.readout = text
            self.readoutChanged.emit(text)
