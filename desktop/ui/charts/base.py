"""What every chart shares: colour-blind-safe colours, a white plot with labelled axes, pooled
curves that are updated in place, and PNG export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 - registers ImageExporter on pg.exporters
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QWidget

from .format import tokens

# Okabe & Ito (2008): distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
GREY = "#9A9A9A"

# Verdict cells also carry the verdict as text, so colour is never the only cue (colours: domain vocabulary).


NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The next 'round' number at or above value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k). Axes end on
    these, so a small change of the data keeps the range — and the axis keeps its cached drawing."""
    if value <= 0:
        return 1.0
    exponent = 10 ** np.floor(np.log10(value))
    return float(next(step for step in NICE_STEPS if step * exponent >= value * (1 - 1e-12)) * exponent)


def nice_floor(value: float) -> float:
    return -nice_ceiling(-value) if value < 0 else 0.0


def nice_span(lo: float, hi: float) -> tuple[float, float]:
    """lo and hi rounded outwards to a tenth of a round span."""
    step = nice_ceiling(max(hi - lo, 1e-9)) / 10
    return float(np.floor(lo / step) * step), float(np.ceil(hi / step) * step)


def colour(index: int) -> str:
    return OKABE_ITO[index % len(OKABE_ITO)]


# With the colours, a dash pattern and a marker per curve: the charts also read in grayscale print.
DASHES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine]
MARKERS = ["o", "s", "t", "d", "+", "x", "star", "h"]


def dash(index: int) -> Qt.PenStyle:
    return DASHES[index % len(DASHES)]


def marker(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


def text_item(text: str, anchor: tuple[float, float], colour_: str = "#222222", size: str = "8pt") -> pg.TextItem:
    item = pg.TextItem(anchor=anchor, color=colour_)
    item.setHtml(f"<span style='font-size:{size}'>{text}</span>")
    item.plain = text  # what the label says, for tests and accessibility
    return item


class LabelPool:
    """Text labels in a plot, reused across redraws like CurvePool's curves."""

    def __init__(self, plot: pg.PlotWidget):
        self.plot = plot
        self.items: list[pg.TextItem] = []

    def show(self, labels: list[tuple[str, float, float, tuple[float, float], str]]) -> None:
        """labels: (html-safe text, x, y, anchor, colour)."""
        while len(self.items) < len(labels):
            item = pg.TextItem()
            self.plot.addItem(item)
            self.items.append(item)
        for item, (text, x, y, anchor, col) in zip(self.items, labels, strict=False):
            item.setAnchor(anchor)
            item.setColor(col)
            item.setHtml(f"<span style='font-size:8pt'>{text}</span>")
            item.plain = text
            item.setPos(x, y)
            item.setVisible(True)
        for item in self.items[len(labels):]:
            item.setVisible(False)
            item.plain = ""

    def texts(self) -> list[str]:
        return [i.plain for i in self.items if i.isVisible()]


def translucent(hex_colour: str, alpha: int) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


class MoneyAxis(pg.AxisItem):
    """Whole amounts with thousands separators: '12,000', not '12' with a '(x1e+03)' in the label."""

    def __init__(self, orientation: str = "left", **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [f"{v:,.0f}" if spacing >= 1 else f"{v:,.2f}" for v in values]


def leading_digit(value: float) -> int | None:
    """1 for 1.0e6, 2 for 2.0e9, None when the value is not a whole multiple of its power of ten."""
    if value <= 0:
        return None
    mantissa = value / 10 ** np.floor(np.log10(value))
    return int(round(mantissa)) if abs(mantissa - round(mantissa)) < 1e-6 * mantissa else None


class TokenAxis(pg.AxisItem):
    """Token counts as 10M, 1B; on a log axis the tick values are exponents."""

    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        if not self.logMode:
            return [tokens(v) for v in values]
        # On a log axis the minor ticks crowd together: label 1, 2 and 5 × 10^k only, so labels never touch.
        return [tokens(10 ** v) if leading_digit(10 ** v) in (1, 2, 5) else "" for v in values]


def apply_style(plot: pg.PlotWidget) -> None:
    """White plot, dark axes: as it will look on paper and in screenshots."""
    plot.setBackground("w")
    item = plot.getPlotItem()
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#333333"))
        axis.setTextPen(pg.mkPen("#222222"))
        # Axes repaint only when their range changes, not with every data update: keeps an edit
        # inside one frame (painting tick text was most of the redraw time).
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.showGrid(x=False, y=True, alpha=0.12)
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setMinimumSize(320, 300)


def set_axis_labels(plot: pg.PlotWidget, left: str, bottom: str) -> None:
    # Setting a label relayouts the plot: only when the text changed (e.g. another currency).
    if getattr(plot, "_axis_labels", None) == (left, bottom):
        return
    plot._axis_labels = (left, bottom)
    item = plot.getPlotItem()
    item.setLabel("left", left, color="#222222")
    item.setLabel("bottom", bottom, color="#222222")


def make_legend(plot: pg.PlotWidget, columns: int = 2) -> pg.LegendItem:
    """A legend under the bottom axis, in the plot's own layout: it never hides data and it is
    part of the exported PNG."""
    legend = pg.LegendItem(colCount=columns, labelTextColor="#222222", labelTextSize="8pt", verSpacing=-6)
    plot.getPlotItem().layout.addItem(legend, 4, 1)
    return legend


@dataclass
class Series:
    """One curve to show: its legend name, data and look."""

    name: str
    x: np.ndarray
    y: np.ndarray
    colour: str
    width: float = 2.0
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    symbol: str | None = None
    symbol_brushes: list = field(default_factory=list)
    symbol_size: int = 9
    connect: str = "all"
    in_legend: bool = True


class CurvePool:
    """Plot items reused across redraws: a redraw calls setData on existing items and hides the spare
    ones, so an edit costs one frame, not a rebuilt scene. The legend is rebuilt only when the names change."""

    def __init__(self, plot: pg.PlotWidget, legend: pg.LegendItem | None):
        self.plot, self.legend = plot, legend
        self.items: list[pg.PlotDataItem] = []
        self._names: tuple = ()

    def show(self, series: list[Series]) -> None:
        while len(self.items) < len(series):
            item = pg.PlotDataItem()
            self.plot.addItem(item)
            self.items.append(item)
        for item, s in zip(self.items, series, strict=False):
            pen = pg.mkPen(s.colour, width=s.width, style=s.style) if s.width > 0 else None
            kwargs = {"pen": pen, "connect": s.connect, "symbol": s.symbol}
            if s.symbol:
                kwargs.update(symbolSize=s.symbol_size, symbolPen=pg.mkPen("#222222"),
                              symbolBrush=s.symbol_brushes or pg.mkBrush(s.colour))
            item.setData(s.x, s.y, **kwargs)
            item.opts["name"] = s.name
            item.setVisible(True)
        for item in self.items[len(series):]:
            item.setData([], [])
            item.setVisible(False)
        names = tuple((s.name, s.colour, s.in_legend) for s in series)
        if self.legend is not None and names != self._names:
            self.legend.clear()
            for item, s in zip(self.items, series, strict=False):
                if s.in_legend:
                    self.legend.addItem(item, s.name)
            self._names = names

    def visible_points(self) -> int:
        return sum(len(i.xData) for i in self.items if i.isVisible() and i.xData is not None)


def export_png(chart: QWidget, path: str | Path) -> Path:
    """PNG of a chart. pyqtgraph's SVG export is broken on PySide6 6.11 (see dependencies.md), so PNG only."""
    target = Path(path)
    if isinstance(chart, pg.PlotWidget):
        exporter = pg.exporters.ImageExporter(chart.getPlotItem())
        width = max(chart.width(), 800)
        exporter.parameters()["width"] = width
        exporter.export(str(target))
    else:
        if not chart.grab().save(str(target), "PNG"):
            raise OSError(f"{target}: cannot be written")
    return target
