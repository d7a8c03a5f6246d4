"""Memory of each self-hosted candidate, stacked (weights, KV cache, engine overhead), against the
memory its devices can actually use."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from .base import LabelPool, apply_style, make_legend, nice_ceiling, set_axis_labels
from .data import MemoryBar

PARTS = (("weights", "#0072B2"), ("kv_cache", "#E69F00"), ("overhead", "#CC79A7"))
BAR_WIDTH = 0.6


class MemoryChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent=parent)
        apply_style(self)
        set_axis_labels(self, self.tr("Memory (GB, all devices)"), self.tr("Self-hosted candidate"))
        self.legend = make_legend(self, columns=2)
        names = {"weights": self.tr("weights"), "kv_cache": self.tr("KV cache (peak)"),
                 "overhead": self.tr("engine overhead")}
        self.bars = {}
        for key, col in PARTS:
            item = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=pg.mkBrush(col), pen=pg.mkPen("w"))
            self.addItem(item)
            self.legend.addItem(item, names[key])
            self.bars[key] = item
        # One short horizontal segment per bar, drawn as disconnected pairs in a single item.
        self.usable = pg.PlotDataItem(pen=pg.mkPen("#222222", width=3), connect="pairs")
        self.addItem(self.usable)
        self.legend.addItem(self.usable, self.tr("usable memory"))
        self.rows: list[MemoryBar] = []
        self.labels = LabelPool(self)  # the figures on the bars: readable whatever the spread of sizes
        self.getPlotItem().setMouseEnabled(x=False, y=False)

    def show_bars(self, rows: list[MemoryBar]) -> None:
        self.rows = rows
        x = np.arange(len(rows), dtype=float)
        base = np.zeros(len(rows))
        for key, _ in PARTS:
            height = np.array([getattr(r, key) for r in rows], dtype=float)
            self.bars[key].setOpts(x=x, y0=base.copy(), height=height, width=BAR_WIDTH)
            base = base + height
        usable = np.array([r.usable for r in rows], dtype=float)
        seg_x = np.column_stack([x - 0.42, x + 0.42]).ravel()
        seg_y = np.repeat(usable, 2)
        self.usable.setData(seg_x, seg_y, connect="pairs")
        labels = [(i, r.label if r.fits else r.label + "\n" + self.tr("(does not fit)")) for i, r in enumerate(rows)]
        self.getPlotItem().getAxis("bottom").setTicks([labels, []])
        self.labels.show([(self.tr("{total:,.0f} of {usable:,.0f} GB").format(total=total, usable=r.usable),
                           float(i), float(max(total, r.usable)), (0.5, 1.0), "#222222" if r.fits else "#B03A00")
                          for i, (r, total) in enumerate(zip(rows, base, strict=True))])
        if rows:
            self.setXRange(-0.6, len(rows) - 0.4, padding=0)
            self.setYRange(0, nice_ceiling(max(float(base.max()), float(usable.max())) * 1.08), padding=0)

    def show_nothing(self) -> None:
        self.show_bars([])

    def has_data(self) -> bool:
        return bool(self.rows)
