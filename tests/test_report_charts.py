"""The report's charts on paper: legends are never cut with '…', the recommended option is the darkest line
(a grey-scale print keeps it), no series colour is too pale to print, today's volume is not drawn like a
series, and options the engine excluded are not plotted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from reportlab.graphics.shapes import Line, PolyLine, String

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.report import charts
from desktop.report.styles import SERIES, register_fonts
from desktop.report.text import Text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fonts():
    register_fonts()


def luminance(color) -> float:
    return 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue


def walk(node):
    for item in getattr(node, "contents", []):
        yield item
        yield from walk(item)


def series(n: int, long: bool = False) -> list[charts.Series]:
    tokens = np.geomspace(1e6, 1e10, 20)
    out = []
    for i in range(n):
        label = (f"meta-llama/Llama-4-Scout-17B-16E-Instruct · 2× rtx-pro-6000 (fp8, bought) #{i}" if long
                 else f"option {i}")
        out.append(charts.Series(label=label, kind="api" if i % 2 else "self-hosted", index=i, tokens=tokens,
                                 monthly=tokens / 1e6 * (i + 1), recommended=i == 1))
    return out


def test_legend_labels_are_never_cut():
    drawing = charts.cost_volume_chart(series(5, long=True), 1e8, "EUR", Text("en"), 480, reference_api="x/y")
    texts = [s.text for s in walk(drawing) if isinstance(s, String)]
    assert not [t for t in texts if "…" in t]
    assert sum("Llama-4-Scout" in t for t in texts) == 5


def test_the_recommended_line_is_the_darkest_and_no_colour_is_pale():
    drawing = charts.cost_volume_chart(series(6), 1e8, "EUR", Text("en"), 480)
    lines = [s for s in walk(drawing) if isinstance(s, PolyLine)]
    thick = [s for s in lines if s.strokeWidth >= 2]
    assert len(thick) == 1
    assert luminance(thick[0].strokeColor) <= min(luminance(s.strokeColor) for s in lines)
    from reportlab.lib import colors

    assert max(luminance(colors.HexColor(c)) for c in SERIES) < 0.6, "every series prints as a visible grey"


def test_today_is_a_solid_rule_not_a_dotted_series():
    drawing = charts.cost_volume_chart(series(3), 1e8, "EUR", Text("en"), 480)
    rules = [s for s in walk(drawing) if isinstance(s, Line) and s.strokeWidth == 0.6]
    assert rules and all(not getattr(r, "strokeDashArray", None) for r in rules)


def test_excluded_options_are_not_plotted(catalog):
    from desktop.report.document import Report
    from desktop.report.sections import use_case

    portfolio = load_portfolio(ROOT / "resources/samples/de-manufacturing-sme.json")
    assessment = assess_portfolio(portfolio, Catalog.from_kb(catalog), today=dt.date(2026, 11, 25))
    rep = Report(portfolio, assessment, catalog, "en", "a4", None, None)
    checked = 0
    for ua in assessment.use_cases:
        uc = next(u for u in portfolio.use_cases if u.id == ua.use_case)
        if not uc.workload.tokens_per_month:
            continue
        plotted, _ = use_case.cost_series(rep, ua, uc)
        labels = {s.label for s in plotted}
        for ca in ua.candidates:
            if ca.score.excluded:
                checked += 1
                assert rep.label(ca) not in labels, ca.label
    assert checked, "the sample has an excluded option (Llama 4 Scout in the EU)"
