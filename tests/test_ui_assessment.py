"""The Assessment view: candidates per use case, pins, sliders as undoable edits, and live charts."""

from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
import pytest
from conftest import open_document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.vocabulary import VERDICT_COLOURS
from desktop.engine.curves import api_line
from desktop.ui.views.assessment import AssessmentView

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
GERMAN = SAMPLES / "de-manufacturing-sme.json"
SWISS = SAMPLES / "ch-professional-services.json"
SCOUT = "meta-llama/Llama-4-Scout-17B-16E-Instruct"


@pytest.fixture
def cat(engine_catalog):
    return engine_catalog


@pytest.fixture
def doc(cat):
    with open_document(cat, GERMAN) as document:
        yield document


@pytest.fixture
def view(qtbot, doc):
    widget = AssessmentView(doc)
    qtbot.addWidget(widget)
    widget.resize(1500, 1100)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def monthly(doc, use_case_id: str, candidate_id: str) -> float:
    ua = doc.use_case_assessment(use_case_id)
    return next(c.cost.monthly_total for c in ua.candidates if c.candidate.id == candidate_id)


# -- building and redrawing -------------------------------------------------------------------------
def test_builds_with_the_german_sample_and_every_chart_has_data(view, doc):
    assert view.use_case_box.count() == len(doc.portfolio.use_cases) == 5
    assert view.current_use_case_id() == "contracts"
    assert view.model.rowCount() == 4
    assert len(view.charts) == 6
    for chart in view.charts:
        assert chart.has_data(), type(chart).__name__
    assert "EUR" in view.cost_chart.getPlotItem().getAxis("left").labelText


def test_candidate_table_marks_the_recommendation_and_every_verdict_names_its_question(view, doc):
    ua = doc.use_case_assessment("contracts")
    model = view.model
    marks = {model.index(r, 1).data(): model.index(r, 0).data() for r in range(model.rowCount())}
    recommended = next(c for c in ua.candidates if c.candidate.id == ua.recommended)
    assert [m for m in marks.values() if m] == ["★ best"]
    assert model.index(ua.candidates.index(recommended), 0).data() == "★ best"
    for r in range(model.rowCount()):
        verdict = model.index(r, 8).data()
        assert "(Q" in verdict or "(rule:" in verdict, verdict
        for col in range(2, 7):
            assert f"Question {col - 1}" in model.index(r, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "1 License"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "5 Cost"


def test_the_blocked_candidate_says_question_one_decided(view):
    view.select_use_case("invoices")
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].candidate.model == SCOUT)
    assert model.index(row, 8).data() == "blocked (Q1 license)"
    assert model.index(row, 7).data() == "0.0"


def test_candidate_model_passes_qt_model_checks(qtmodeltester, view):
    qtmodeltester.check(view.model)


def test_switching_use_case_redraws_table_and_charts(view, doc):
    before_curves = [c.label for c in view.cost_chart.picture.curves]
    before_bars = [b.label for b in view.memory_chart.rows]
    view.select_use_case("invoices")
    assert view.current_use_case_id() == "invoices"
    labels = {c.label for c in doc.use_case_assessment("invoices").candidates}
    assert {ca.label for ca in view.model.rows} == labels
    assert [c.label for c in view.cost_chart.picture.curves] != before_curves
    assert [b.label for b in view.memory_chart.rows] != before_bars
    assert view.tornado_chart.sensitivity.candidate == doc.use_case_assessment("invoices").recommended
    assert view.cost_chart.has_data() and view.tco_chart.has_data()


def test_the_chosen_use_case_survives_edits_and_undo(view, doc):
    view.select_use_case("code-assistant")
    doc.set_value(("assumptions", "utilisation"), 0.6)
    assert view.current_use_case_id() == "code-assistant"
    doc.undo_stack.undo()
    assert view.current_use_case_id() == "code-assistant"
    assert view.use_case_box.currentData() == "code-assistant"


def test_a_renamed_use_case_keeps_its_place(view, doc):
    view.select_use_case("marketing")
    doc.set_value(("use_cases", "marketing", "name"), "Produkttexte")
    assert view.use_case_box.currentText() == "Produkttexte"
    assert view.current_use_case_id() == "marketing"


# -- edits through the document ------------------------------------------------------------------------
def test_utilisation_slider_is_a_what_if_until_applied(view, doc):
    stack = doc.undo_stack
    count = stack.count()
    before = monthly(doc, "contracts", "llama33-70b-pro6000")
    slider = view.utilisation_slider
    assert slider.value() == 40 and not view.banner.isVisibleTo(view)
    for value in (45, 55, 70, 80):  # one drag
        slider.setValue(value)
    # The portfolio (and so every report) is untouched; the tabs show the tried value under a banner.
    assert stack.count() == count and not doc.modified
    assert doc.portfolio.assumptions.utilisation == pytest.approx(0.4)
    assert monthly(doc, "contracts", "llama33-70b-pro6000") == pytest.approx(before)
    tried = view.assessment.use_case("contracts").candidate("llama33-70b-pro6000").cost.monthly_total
    assert tried != pytest.approx(before)
    assert view.banner.isVisibleTo(view) and "80 %" in view.banner_text.text()
    assert view.utilisation_label.text() == "Utilisation: 80 %"
    # Apply: one undoable edit; undo brings the portfolio's value back and the slider with it.
    view.apply_button.click()
    assert stack.count() == count + 1
    assert doc.portfolio.assumptions.utilisation == pytest.approx(0.8)
    assert monthly(doc, "contracts", "llama33-70b-pro6000") == pytest.approx(tried)
    assert not view.banner.isVisibleTo(view)
    stack.undo()
    assert doc.portfolio.assumptions.utilisation == pytest.approx(0.4)
    assert slider.value() == 40


def test_electricity_slider_never_reaches_the_organisation_without_apply(view, doc):
    before = monthly(doc, "contracts", "gpt-oss-120b-h100")
    saved = doc.portfolio.organisation.electricity_per_kwh
    view.electricity_slider.setValue(78)
    assert doc.portfolio.organisation.electricity_per_kwh == pytest.approx(saved)
    assert view.assessment.use_case("contracts").candidate("gpt-oss-120b-h100").cost.monthly_total > before
    assert "0.78 EUR/kWh" in view.electricity_label.text()
    assert doc.undo_stack.count() == 0
    view.reset_button.click()
    assert view.electricity_slider.value() == round(saved * 100)
    assert view.assessment is doc.assessment and not view.banner.isVisibleTo(view)


def test_the_what_if_volume_survives_the_other_sliders(view, doc):
    view.volume_slider.setValue(view.volume_slider.maximum() * 3 // 4)
    tried = view.cost_chart.volume()
    today = doc.use_case("contracts").workload.tokens_per_month
    assert tried > today * 3
    view.utilisation_slider.setValue(70)
    view.electricity_slider.setValue(30)
    assert view.cost_chart.volume() == pytest.approx(tried)
    assert view.volume_slider.value() == view.volume_slider.maximum() * 3 // 4
    assert "tokens/month" in view.banner_text.text()
    # Apply writes the tried volume into the use case's workload, keeping its input/output split.
    w = doc.use_case("contracts").workload
    split = w.input_tokens_per_month / w.tokens_per_month
    view.apply_button.click()
    w = doc.use_case("contracts").workload
    assert w.tokens_per_month == pytest.approx(tried, rel=1e-6)
    assert w.input_tokens_per_month / w.tokens_per_month == pytest.approx(split)
    assert doc.portfolio.assumptions.utilisation == pytest.approx(0.7)


def test_the_answer_tab_opens_first_with_tiles_scenarios_and_one_card_per_use_case(view, doc):
    a = doc.assessment
    assert view.tabs.currentIndex() == 0
    d = view.dashboard
    from desktop.ui.charts.format import money

    assert d.tiles["monthly"].value.text() == money(a.total_monthly, "EUR")
    assert d.tiles["capex"].value.text() == money(a.total_capex, "EUR")
    assert d.tiles["served"].value.text() == f"{sum(1 for u in a.use_cases if u.recommended)} / 5"
    assert d.scenarios.columnCount() == len(a.scenarios)
    best = a.scenario(a.recommended_scenario)
    headers = [d.scenarios.horizontalHeaderItem(c).text() for c in range(d.scenarios.columnCount())]
    from desktop.ui.charts.format import scenario_title

    assert "★ " + scenario_title(best.name, best.title) in headers
    # The engine's sentences, rendered from their message ids in the UI language (English here).
    from desktop.ui.charts.format import engine_words

    say = engine_words(a, doc.catalog.rules)
    assert d.scenario_reason.text() == say(a.scenario_reason_message)
    cards = [c for c in d.cards if c.isVisibleTo(d)]
    assert len(cards) == len(a.use_cases)
    for card, ua in zip(cards, a.use_cases, strict=True):
        assert card.title.text() == ua.name
        for message in ua.reason_messages:
            assert escape(say(message)) in card.reasons.text()
        for ca in ua.candidates:
            if ca.candidate.id != ua.recommended:
                assert escape(say(ca.outcome_message)) in card.others.text()
    # A card opens its use case's candidates: one click.
    cards[1].details_link.linkActivated.emit("details")
    assert view.tabs.currentIndex() == 1 and view.current_use_case_id() == a.use_cases[1].use_case


def test_pin_and_unpin_go_through_the_document(view, doc):
    ua = doc.use_case_assessment("contracts")
    other = next(c.candidate.id for c in ua.candidates if c.candidate.id != ua.recommended and not c.score.excluded)
    view.select_candidate(other)
    assert view.selected_candidate_id() == other
    assert view.pin_button.isEnabled() and not view.unpin_button.isEnabled()
    view.pin_button.click()
    assert doc.use_case("contracts").pinned == other
    assert doc.use_case_assessment("contracts").recommended == other
    row = next(r for r, ca in enumerate(view.model.rows) if ca.candidate.id == other)
    assert view.model.index(row, 0).data() == "★ pinned"
    assert view.selected_candidate_id() == other
    assert view.unpin_button.isEnabled() and not view.pin_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.use_case("contracts").pinned is None
    assert doc.use_case_assessment("contracts").recommended == ua.recommended
    view.pin_button.click()
    view.unpin_button.click()
    assert doc.use_case("contracts").pinned is None
    assert not view.unpin_button.isEnabled()


def test_details_quote_reasons_and_the_deciding_clause(view, doc):
    view.select_use_case("invoices")
    scout = next(ca.candidate.id for ca in view.model.rows if ca.candidate.model == SCOUT)
    view.select_candidate(scout)
    html = view.details.toHtml()
    assert "Question 1 (license)" in html and "Question 5 (cost)" in html
    assert "Deciding clause" in html and "https://" in html


# -- charts -------------------------------------------------------------------------------------------------
def test_cost_chart_has_api_lines_steps_and_break_even_markers(view, doc):
    view.select_use_case("code-assistant")
    picture = view.cost_chart.picture
    kinds = {c.kind for c in picture.curves}
    assert kinds == {"api", "self-hosted"}
    evens = [c.break_even for c in picture.curves if c.break_even]
    assert evens, "the German code-assistant use case has self-hosted break-evens"
    ua = doc.use_case_assessment("code-assistant")
    expected = {c.cost.break_even_tokens_per_month for c in ua.candidates if c.cost.break_even_tokens_per_month}
    assert {be for be, _ in evens} == expected
    own = next(c for c in picture.curves if c.kind == "self-hosted")
    assert len(np.unique(own.monthly)) > 1  # replicas are added as volume grows: steps


def test_dragging_the_volume_line_shows_costs_without_changing_the_portfolio(view, doc, qtbot):
    view.select_use_case("code-assistant")
    count, portfolio = doc.undo_stack.count(), doc.portfolio
    today = doc.use_case("code-assistant").workload.tokens_per_month
    assert view.cost_chart.volume() == pytest.approx(today)
    with qtbot.waitSignal(view.cost_chart.volumeMoved):
        view.cost_chart.set_volume(today * 10)
    assert "tokens per month" in view.readout.text()
    costs = {label: cost for _, label, cost in view.cost_chart.costs_at(today * 10)}
    api = next(c for c in doc.use_case_assessment("code-assistant").candidates if c.candidate.kind == "api")
    expected = api_line(doc.catalog.apis[api.candidate.api.lower()], doc.use_case("code-assistant"),
                        doc.portfolio).at(np.array([10.0]))[0]
    assert costs[api.label] == pytest.approx(expected)
    assert costs[api.label] > api.cost.monthly_total
    assert doc.undo_stack.count() == count and doc.portfolio is portfolio
    assert view.volume_slider.value() > 0


def test_volume_slider_moves_the_line(view):
    start = view.cost_chart.volume()
    view.volume_slider.setValue(view.volume_slider.maximum())
    assert view.cost_chart.volume() > start * 10
    view.volume_slider.setValue(0)
    assert view.cost_chart.volume() < start


def test_memory_bars_stack_weights_kv_cache_and_overhead(view, doc):
    ua = doc.use_case_assessment("contracts")
    sized = [c for c in ua.candidates if c.sizing]
    rows = view.memory_chart.rows
    assert len(rows) == len(sized)
    for row, ca in zip(rows, sized, strict=True):
        m = ca.sizing.memory
        assert row.weights + row.kv_cache + row.overhead == pytest.approx(m.weights_gb + m.kv_cache_gb + m.overhead_gb)
        assert row.usable == m.usable_gb
    kv = view.memory_chart.bars["kv_cache"].opts
    assert list(kv["y0"]) == pytest.approx([r.weights for r in rows])


def test_tco_lines_follow_the_engine(view, doc):
    ua = doc.use_case_assessment("contracts")
    items = [i for i in view.tco_chart.pool.items if i.isVisible()]
    assert len(items) == len(ua.candidates)
    assert items[0].yData[-1] == pytest.approx(ua.candidates[0].cost.tco[-1])


def test_mix_shows_each_use_case_share(view, doc):
    shares = [m.share * 100 for m in doc.assessment.mix]
    assert view.mix_chart.shares == pytest.approx(shares)
    assert sum(view.mix_chart.shares) == pytest.approx(100, abs=0.1)


def test_tornado_compares_with_the_reference_api_and_shows_the_monte_carlo_band(view, doc):
    view.select_use_case("code-assistant")
    ua = doc.use_case_assessment("code-assistant")
    own = next(c for c in ua.candidates if c.candidate.kind == "self-hosted" and c.cost.break_even_tokens_per_month)
    view.select_candidate(own.candidate.id)
    s = view.tornado_chart.sensitivity
    assert s.candidate == own.candidate.id
    assert s.reference_api == ua.reference_api
    assert s.tornado.base_break_even == own.cost.break_even_tokens_per_month  # one answer, one function
    assert s.band.p5 <= s.band.p50 <= s.band.p95
    assert "p95" in view.tornado_chart.band_text and "p95" in view.readout.text()
    view.select_candidate(next(c.candidate.id for c in ua.candidates if c.candidate.kind == "api"))
    assert view.tornado_chart.sensitivity.tornado.base_break_even is None
    assert view.tornado_chart.has_data()


def test_license_matrix_colours_the_blocked_cell_red_and_quotes_the_clause(view):
    item = view.license_matrix.item_for("invoices", SCOUT)
    assert item is not None and item.text() == "✕ blocked"  # a symbol as well as the colour
    colour = item.background().color()
    assert colour.name().upper() == VERDICT_COLOURS["blocked"]
    assert colour.red() > 150 and colour.red() > colour.green() + 80 and colour.red() > colour.blue() + 80
    tip = item.toolTip()
    assert "AUP" in tip and "https://github.com/meta-llama" in tip
    vendor = view.license_matrix.item_for("marketing", "API openai/gpt-5-mini")
    assert vendor.text() == "✓ allowed"  # an API gets a verdict from its contract, like a model
    allowed = view.license_matrix.item_for("contracts", "Qwen/Qwen3-32B")
    assert allowed.background().color().name().upper() == VERDICT_COLOURS["allowed"]


def test_png_export_writes_a_non_empty_file_for_every_chart(view, tmp_path):
    for i, chart in enumerate(view.charts):
        path = view.export_chart_png(chart, tmp_path / f"chart{i}.png")
        data = Path(path).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 2000, type(chart).__name__


def test_repainting_a_live_plot_hundreds_of_times_does_not_crash(view):
    """Guards the pin PySide6-Essentials<6.12 (shared/notes/dependencies.md: 6.12.0 aborts in AxisItem.paint)."""
    chart = view.cost_chart
    item = next(i for i in chart.pool.items if i.isVisible())
    x, y = item.xData.copy(), item.yData.copy()
    for i in range(300):
        item.setData(x, y * (1 + (i % 17) / 10))
        chart.setYRange(0, float(y.max()) * (1.2 + (i % 5) / 10), padding=0)
        QApplication.processEvents()
    assert chart.has_data()


# -- other portfolios -----------------------------------------------------------------------------------
def test_loading_another_portfolio_resets_the_view(view, doc):
    view.select_use_case("invoices")
    doc.load(SWISS)
    assert view.current_use_case_id() == doc.portfolio.use_cases[0].id
    assert "CHF" in view.cost_chart.getPlotItem().getAxis("left").labelText
    assert all(chart.has_data() for chart in view.charts)


def test_an_empty_portfolio_shows_nothing_and_does_not_fail(view, doc):
    doc.new()
    assert view.use_case_box.count() == 0 and view.model.rowCount() == 0
    assert not any(chart.has_data() for chart in view.charts)
    assert not view.pin_button.isEnabled() and not view.volume_slider.isEnabled()


def test_german_numbers_in_the_sliders_and_the_use_case_table(qtbot, doc):
    """Decimal comma and 'Mio.' in German: the electricity label, the what-if banner and the token columns
    ('0.78 EUR/kWh' and '50.0 M' were English in the German app)."""
    from desktop.ui.charts import format as gui_format
    from desktop.ui.views.assessment import AssessmentView
    from desktop.ui.views.use_cases import UseCasesView

    gui_format.set_locale("de", "DE")
    try:
        view = AssessmentView(doc)
        qtbot.addWidget(view)
        view.electricity_slider.setValue(78)
        assert "0,78 EUR/kWh" in view.electricity_label.text()
        assert "0,78" in view.banner_text.text() and "0.78" not in view.banner_text.text()
        table = UseCasesView(doc)
        qtbot.addWidget(table)
        model = table.table.model()
        cells = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
        millions = [c for c in cells if isinstance(c, str) and c.endswith("Mio.")]
        assert millions and all("," in c and " M" not in c for c in millions), millions
    finally:
        gui_format.set_locale("en")
