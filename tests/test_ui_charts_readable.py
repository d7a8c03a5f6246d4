"""Charts a client can read: the cost chart opens on the planned volume with labelled break-evens, memory
figures on every bar, every tornado bar labelled, dashes and markers as well as colours, a license matrix
with symbols and whole column titles."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from conftest import open_document

from desktop.ui.charts.base import DASHES, colour, dash
from desktop.ui.views.assessment import AssessmentView

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"


@pytest.fixture
def view(qtbot, engine_catalog):
    with open_document(engine_catalog, SAMPLE) as doc:
        widget = AssessmentView(doc)
        qtbot.addWidget(widget)
        widget.resize(1366, 700)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget


@pytest.mark.parametrize("use_case", ["contracts", "support-bot", "code-assistant", "invoices", "marketing"])
def test_the_cost_chart_opens_on_the_planned_volume(view, use_case):
    view.select_use_case(use_case)
    chart = view.cost_chart
    volume = chart.picture.volume
    (x0, x1), _ = chart.getPlotItem().viewRange()
    assert x0 <= math.log10(volume) <= x1
    assert 10 ** x0 >= volume * 0.1 * 0.8 and 10 ** x1 <= volume * 100 * 1.25  # about ×0.1 to ×100 (2 % padding)
    marks = [c.break_even for c in chart.picture.curves if c.break_even]
    assert len(chart.labels.texts()) == len(marks)
    assert all(t.startswith("break-even ") for t in chart.labels.texts())


def test_curves_differ_in_dash_as_well_as_colour(view):
    styles = [(colour(c.index), dash(c.index)) for c in view.cost_chart.picture.curves]
    assert len(set(styles)) == len(styles)
    assert len({dash(i) for i in range(len(DASHES))}) == len(DASHES)


def test_memory_figures_are_on_every_bar(view):
    rows = view.memory_chart.rows
    texts = view.memory_chart.labels.texts()
    assert rows and len(texts) == len(rows)
    for row, text in zip(rows, texts, strict=True):
        assert f"{row.weights + row.kv_cache + row.overhead:,.0f}" in text and f"{row.usable:,.0f} GB" in text


def test_every_tornado_bar_is_labelled(view):
    bars = view.tornado_chart.sensitivity.tornado.bars
    texts = view.tornado_chart.labels.texts()
    assert len(texts) == 2 * len(bars)
    names = [view.tornado_chart.names.get(b.assumption, b.assumption) for b in bars]
    for name in names:
        assert any(t.startswith(name + ":") for t in texts), name


def test_the_license_matrix_has_symbols_and_whole_titles(view, qtbot):
    matrix = view.license_matrix
    for j in range(matrix.columnCount()):
        title = matrix.horizontalHeaderItem(j).text()
        assert "…" not in title
        assert title.replace("\n", " ") == matrix.horizontalHeaderItem(j).toolTip()
    for i in range(matrix.rowCount()):
        for j in range(matrix.columnCount()):
            item = matrix.item(i, j)
            if item.data(256):  # UserRole: the verdict
                assert item.text().split(" ", 1)[0] in ("✓", "✓!", "?", "✕", "§")


def test_log_axis_labels_only_one_two_and_five(view):
    axis = view.cost_chart.getPlotItem().getAxis("bottom")
    values = [math.log10(v) for v in (1e7, 2e7, 3e7, 4e7, 5e7, 6e7, 1e8, 2e8)]
    labels = axis.tickStrings(values, 1.0, 0.1)
    from desktop.ui.charts.format import tokens

    assert labels == [tokens(1e7), tokens(2e7), "", "", tokens(5e7), "", tokens(1e8), tokens(2e8)]
