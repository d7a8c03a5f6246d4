"""The GUI renders the engine's result: its report view lists the PDF's risk register and the four scenarios,
and its chart data are the engine's."""

from __future__ import annotations

from pathlib import Path

from conftest import open_document

from desktop.engine.curves import cost_picture as engine_picture
from desktop.ui.charts.data import cost_picture
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
            for sc in a.scenarios:
                assert f"{sc.monthly:,.0f} {a.currency}" in html
            for item in a.mix:
                assert f"{item.share * 100:.1f} %" in html


def test_gui_chart_data_is_the_engines(engine_catalog):
    with open_document(engine_catalog, SAMPLES / "de-manufacturing-sme.json") as doc:
        for ua in doc.assessment.use_cases:
            mine = cost_picture(doc.portfolio, doc.catalog, doc.assessment, ua)
            theirs = engine_picture(doc.portfolio, doc.catalog, doc.assessment, ua.use_case)
            assert mine.reference_api == theirs.reference_api == ua.reference_api
            assert [(c.candidate, c.break_even) for c in mine.curves] == [(c.candidate, c.break_even)
                                                                           for c in theirs.curves]
