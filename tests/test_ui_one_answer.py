"""The GUI renders the engine's result: its report view lists the PDF's risk register and the four scenarios,
and its chart data are the engine's."""

from __future__ import annotations

from html import escape
from pathlib import Path

from conftest import open_document

from desktop.engine.curves import cost_picture as engine_picture
from desktop.ui.charts.data import cost_picture
from desktop.ui.charts.format import current, money
from desktop.ui.views.report import ReportView

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def test_report_view_shows_the_engines_risks_and_scenarios(qtbot, engine_catalog):
    for sample in ("de-manufacturing-sme.json", "ch-professional-services.json"):
        with open_document(engine_catalog, SAMPLES / sample) as doc:
            view = ReportView(doc)
            qtbot.addWidget(view)
            html = view.html()
            a = doc.assessment
            for risk in a.risks:
                if risk.recommended:
                    assert risk.message.replace("'", "&#x27;") in html or risk.message in html, risk.message
            for sc in a.scenarios:  # numbers as the GUI's formatter prints them (desktop.i18n, en-GB by default)
                assert escape(money(sc.monthly, a.currency)) in html
            for item in a.mix:
                assert current().pct(item.share, 1) in html


def test_report_view_in_german_for_a_swiss_organisation(qtbot, engine_catalog):
    """German words and Swiss numbers: the engine's English stays out of the preview."""
    import re

    from desktop.ui.charts import format as gui_format

    with open_document(engine_catalog, SAMPLES / "ch-professional-services.json") as doc:
        gui_format.set_locale("de", doc.portfolio.organisation.country)
        try:
            view = ReportView(doc)
            qtbot.addWidget(view)
            html = view.html()
        finally:
            gui_format.set_locale("en")
        a = doc.assessment
        assert escape(f"CHF\u00a0{a.total_monthly:,.0f}".replace(",", "'")) in html
        for risk in a.risks:
            if risk.recommended:
                assert escape(risk.message) not in html
        for ua in a.use_cases:
            assert escape(ua.summary) not in html
        assert "gekauft" in html and "bought" not in html
        assert not re.search(r"\[(high|medium|low)\]", html)


def test_gui_chart_data_is_the_engines(engine_catalog):
    with open_document(engine_catalog, SAMPLES / "de-manufacturing-sme.json") as doc:
        for ua in doc.assessment.use_cases:
            mine = cost_picture(doc.portfolio, doc.catalog, doc.assessment, ua)
            theirs = engine_picture(doc.portfolio, doc.catalog, doc.assessment, ua.use_case)
            assert mine.reference_api == theirs.reference_api == ua.reference_api
            assert [(c.candidate, c.break_even) for c in mine.curves] == [(c.candidate, c.break_even)
                                                                           for c in theirs.curves]
