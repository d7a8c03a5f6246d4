"""Vector charts for the report, drawn with reportlab.graphics (no screenshots): cost against volume
with break-even markers, tornado bars and the monthly mix. Colours come with dash patterns or grey
levels so that a black-and-white print still tells the series apart."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .styles import ACCENT, DASHES, FONT, FONT_BOLD, INK, MUTED, RULE, SERIES
from .text import Text

AXIS_FONT = 7
LEGEND_FONT = 7.5


@dataclass
class Series:
    label: str
    kind: str  # "api" or "self-hosted"
    index: int  # the candidate's position in its use case: the same colour and dash in every chart
    tokens: np.ndarray
    monthly: np.ndarray
    recommended: bool = False
    break_even: tuple[float, float] | None = None  # (tokens per month, monthly cost there)


def _fit(text: str, width: float, font: str = FONT, size: float = LEGEND_FONT) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _log_ticks(lo: float, hi: float) -> list[float]:
    """1-2-5 ticks when the range is narrow, decades otherwise."""
    first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    decades = [10.0 ** k for k in range(first, last + 1)]
    steps = (1, 2, 5) if last - first <= 3 else (1,)
    ticks = [d * s for d in decades for s in steps]
    return [v for v in ticks if lo * 0.999 <= v <= hi * 1.001]


def _style_line(shape, index: int, kind: str, width: float, recommended: bool = False) -> None:
    # The recommendation is drawn in black, the darkest ink: on a grey-scale print it never fades.
    shape.strokeColor = INK if recommended else colors.HexColor(SERIES[index % len(SERIES)])
    shape.strokeWidth = width
    dash = None if kind == "api" else (DASHES[1 + index % (len(DASHES) - 1)])
    if dash:
        shape.strokeDashArray = list(dash)


def cost_volume_chart(series: list[Series], volume: float, currency: str, t: Text, width: float,
                      reference_api: str | None = None, plot_height: float = 170) -> Drawing:
    """Monthly cost against monthly tokens, both axes logarithmic."""
    left, right, bottom = 52, 10, 28
    legend_items = [(s.label, s.index, s.kind, s.recommended) for s in series]
    if any(s.break_even for s in series):
        legend_items.append((t("chart_break_even", api=reference_api or "API"), -1, "marker", False))
    # two legend columns only when every label fits whole in one; otherwise one label per line, never cut
    two = all(stringWidth(text, FONT_BOLD, LEGEND_FONT) <= (width - 8) / 2 - 32 for text, *_ in legend_items)
    columns = 2 if two else 1
    legend_h = math.ceil(len(legend_items) / columns) * 11 + 8
    height = plot_height + bottom + 8 + legend_h
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=AXIS_FONT)
    x0, y0 = left, legend_h + bottom
    pw, ph = width - left - right, plot_height
    xs_all = np.concatenate([s.tokens for s in series]) if series else np.array([volume or 1])
    ys_all = np.concatenate([s.monthly for s in series]) if series else np.array([1.0])
    ys_all = ys_all[np.isfinite(ys_all) & (ys_all > 0)]
    x_lo, x_hi = float(xs_all.min()), float(xs_all.max())
    y_lo = float(ys_all.min()) if ys_all.size else 1.0
    y_hi = float(ys_all.max()) if ys_all.size else 10.0
    y_lo = 10 ** math.floor(math.log10(max(y_lo, 1e-6)))
    y_hi = 10 ** math.ceil(math.log10(max(y_hi, y_lo * 10)))
    lx_lo, lx_hi = math.log10(x_lo), math.log10(max(x_hi, x_lo * 10))
    ly_lo, ly_hi = math.log10(y_lo), math.log10(y_hi)

    def px(v):
        return x0 + (np.log10(v) - lx_lo) / (lx_hi - lx_lo) * pw

    def py(v):
        return y0 + (np.log10(v) - ly_lo) / (ly_hi - ly_lo) * ph

    # Frame and grid
    d.add(Rect(x0, y0, pw, ph, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
    for v in _log_ticks(y_lo, y_hi):
        y = float(py(v))
        d.add(Line(x0, y, x0 + pw, y, strokeColor=colors.HexColor("#DDDDDD"), strokeWidth=0.4))
        d.add(String(x0 - 4, y - 2.5, t.money_short(v, currency), fontName=FONT, fontSize=AXIS_FONT,
                     fillColor=MUTED, textAnchor="end"))
    for v in _log_ticks(x_lo, x_hi):
        x = float(px(v))
        d.add(Line(x, y0, x, y0 + ph, strokeColor=colors.HexColor("#DDDDDD"), strokeWidth=0.4))
        d.add(String(x, y0 - 10, t.tokens(v), fontName=FONT, fontSize=AXIS_FONT, fillColor=MUTED,
                     textAnchor="middle"))
    d.add(String(x0 + pw / 2, y0 - 21, t("chart_x"), fontName=FONT, fontSize=AXIS_FONT + 0.5, fillColor=INK,
                 textAnchor="middle"))
    label = String(0, 0, t("chart_y", currency=currency), fontName=FONT, fontSize=AXIS_FONT + 0.5,
                   fillColor=INK, textAnchor="middle")
    g = Group(label)
    g.transform = (0, 1, -1, 0, 9, y0 + ph / 2)
    d.add(g)

    # Today's volume
    if volume > 0 and x_lo <= volume <= x_hi:
        x = float(px(volume))
        # a thin solid grey rule with a label: no series uses it, so it cannot be taken for one
        d.add(Line(x, y0, x, y0 + ph, strokeColor=MUTED, strokeWidth=0.6))
        d.add(Polygon([x - 3, y0 + ph + 4, x + 3, y0 + ph + 4, x, y0 + ph], fillColor=MUTED, strokeColor=None))
        d.add(String(x + 3, y0 + ph - 9, f"{t('chart_today')}: {t.tokens(volume)}", fontName=FONT,
                     fontSize=AXIS_FONT, fillColor=INK))

    # Series: APIs as lines, self-hosting as steps (replicas come in whole units)
    for s in series:
        ok = np.isfinite(s.monthly) & (s.monthly > 0)
        xs, ys = px(s.tokens[ok]), py(np.clip(s.monthly[ok], y_lo, y_hi))
        if s.kind != "api" and xs.size > 1:
            xs, ys = np.repeat(xs, 2)[1:], np.repeat(ys, 2)[:-1]
        points = np.column_stack([xs, ys]).ravel().tolist()
        if len(points) >= 4:
            line = PolyLine(points, fillColor=None)
            _style_line(line, s.index, s.kind, 2.2 if s.recommended else 1.1, s.recommended)
            d.add(line)
    for s in series:
        if s.break_even and x_lo <= s.break_even[0] <= x_hi:
            x, y = float(px(s.break_even[0])), float(py(min(max(s.break_even[1], y_lo), y_hi)))
            r = 3.6
            d.add(Polygon([x - r, y, x, y + r, x + r, y, x, y - r], fillColor=INK, strokeColor=colors.white,
                          strokeWidth=0.5))

    # Legend
    col_w = (width - 8) / columns
    for n, (text, index, kind, bold) in enumerate(legend_items):
        col, row = n % columns, n // columns
        x, y = 8 + col * col_w, legend_h - (row + 1) * 11
        if kind == "marker":
            r = 3.2
            d.add(Polygon([x + 11 - r, y + 2.5, x + 11, y + 2.5 + r, x + 11 + r, y + 2.5, x + 11, y + 2.5 - r],
                          fillColor=INK, strokeColor=None))
        else:
            line = Line(x, y + 2.5, x + 22, y + 2.5)
            _style_line(line, index, kind, 2.2 if bold else 1.2, bold)
            d.add(line)
        font = FONT_BOLD if bold else FONT
        d.add(String(x + 27, y, _fit(text, col_w - 32, font), fontName=font, fontSize=LEGEND_FONT, fillColor=INK))
    return d


def tornado_chart(bars: list[tuple[str, float, float]], base: float, currency: str, t: Text, width: float,
                  spread_pct: float) -> Drawing:
    """bars: (label, monthly at -X %, monthly at +X %), largest swing first."""
    row_h, label_w, top, bottom = 17, 140, 16, 20
    height = top + bottom + row_h * max(len(bars), 1)
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=AXIS_FONT)
    x0, pw = label_w + 48, width - label_w - 48 - 52
    values = [base] + [v for _, lo, hi in bars for v in (lo, hi)]
    lo_v, hi_v = min(values), max(values)
    span = hi_v - lo_v or max(abs(base), 1.0) * 0.1
    lo_v, hi_v = lo_v - span * 0.08, hi_v + span * 0.08

    def px(v: float) -> float:
        return x0 + (v - lo_v) / (hi_v - lo_v) * pw

    light, dark = colors.HexColor("#B8C4D4"), ACCENT
    pct = t.pct(spread_pct / 100)
    d.add(String(px(base), height - 10, f"{t('col_base')}: {t.money(base, currency)}", fontName=FONT_BOLD,
                 fontSize=AXIS_FONT, fillColor=INK, textAnchor="middle"))
    for n, (label, low, high) in enumerate(bars):
        y = height - top - (n + 1) * row_h + 3
        d.add(String(label_w - 2, y + 3.5, _fit(label, label_w - 4, FONT, AXIS_FONT + 0.5), fontName=FONT,
                     fontSize=AXIS_FONT + 0.5, fillColor=INK, textAnchor="end"))
        for value, fill in ((low, light), (high, dark)):
            a, b = sorted((px(base), px(value)))
            if b - a < 0.4:
                b = a + 0.4
            d.add(Rect(a, y, b - a, row_h - 6, fillColor=fill, strokeColor=INK, strokeWidth=0.3))
        right = max(low, high)
        left = min(low, high)
        d.add(String(px(right) + 3, y + 3, t.money(right, currency), fontName=FONT, fontSize=AXIS_FONT - 0.5,
                     fillColor=MUTED))
        if left < base - span * 0.01:
            d.add(String(px(left) - 3, y + 3, t.money(left, currency), fontName=FONT, fontSize=AXIS_FONT - 0.5,
                         fillColor=MUTED, textAnchor="end"))
    d.add(Line(px(base), bottom - 4, px(base), height - top + 2, strokeColor=INK, strokeWidth=0.8))
    # Key
    ky = 4
    d.add(Rect(x0, ky, 10, 7, fillColor=light, strokeColor=INK, strokeWidth=0.3))
    d.add(String(x0 + 14, ky + 1, f"−{pct}", fontName=FONT, fontSize=AXIS_FONT, fillColor=INK))
    d.add(Rect(x0 + 60, ky, 10, 7, fillColor=dark, strokeColor=INK, strokeWidth=0.3))
    d.add(String(x0 + 74, ky + 1, f"+{pct}", fontName=FONT, fontSize=AXIS_FONT, fillColor=INK))
    return d


def mix_chart(items: list[tuple[str, float, str]], currency: str, t: Text, width: float) -> Drawing:
    """Horizontal bars of the monthly cost per use case; items: (name, monthly, kind)."""
    row_h, label_w, top = 16, 215, 4
    height = top + row_h * max(len(items), 1) + 14
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=AXIS_FONT)
    x0, pw = label_w, width - label_w - 70
    top_value = max([m for _, m, _ in items] + [1.0])
    fills = {"api": colors.HexColor("#B8C4D4"), "self-hosted": ACCENT}
    for n, (name, monthly, kind) in enumerate(items):
        y = height - top - (n + 1) * row_h + 4
        d.add(String(x0 - 6, y + 3, _fit(name, label_w - 10, FONT, AXIS_FONT + 0.5), fontName=FONT,
                     fontSize=AXIS_FONT + 0.5, fillColor=INK, textAnchor="end"))
        w = max(0.5, monthly / top_value * pw)
        d.add(Rect(x0, y, w, row_h - 6, fillColor=fills.get(kind, RULE), strokeColor=INK, strokeWidth=0.3))
        d.add(String(x0 + w + 4, y + 2.5, t.money(monthly, currency), fontName=FONT, fontSize=AXIS_FONT,
                     fillColor=INK))
    ky = 2
    for i, kind in enumerate(("self-hosted", "api")):
        x = x0 + i * 110
        d.add(Rect(x, ky, 10, 7, fillColor=fills[kind], strokeColor=INK, strokeWidth=0.3))
        d.add(String(x + 14, ky + 1, t(f"kind_{kind}"), fontName=FONT, fontSize=AXIS_FONT, fillColor=INK))
    return d
