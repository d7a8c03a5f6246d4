"""Never blocks: with `background` on, edits are assessed on the thread pool, rapid edits coalesce, and the
newest portfolio's result is the one announced; reading the assessment early never gives a stale answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import open_document

from desktop.engine.assess import assess_portfolio

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"
UTILISATION = ("assumptions", "utilisation")


@pytest.fixture
def doc(engine_catalog):
    with open_document(engine_catalog, SAMPLE) as document:
        document.background = True
        yield document


def totals(assessment) -> list[float]:
    return [c.cost.monthly_total for u in assessment.use_cases for c in u.candidates]


def test_rapid_edits_coalesce_and_the_newest_result_wins(doc, qtbot):
    announced = []
    doc.assessmentChanged.connect(lambda: announced.append(doc.portfolio.assumptions.utilisation))
    values = [0.42, 0.47, 0.55, 0.61, 0.68, 0.73, 0.8]
    for value in values:
        assert doc.set_value(UTILISATION, value)
    assert announced == []  # nothing was assessed on the GUI thread while the edits came in
    assert doc.assessment_pending
    assert doc.wait_for_assessment()
    assert announced and announced[-1] == pytest.approx(values[-1])
    assert len(announced) < len(values)  # coalesced, not one assessment per edit
    assert totals(doc.assessment) == totals(assess_portfolio(doc.portfolio, doc.catalog))
    qtbot.wait(50)  # a late worker answer for an older portfolio changes nothing
    assert totals(doc.assessment) == totals(assess_portfolio(doc.portfolio, doc.catalog))


def test_reading_the_assessment_early_is_never_stale(doc):
    doc.set_value(UTILISATION, 0.9)
    assert totals(doc.assessment) == totals(assess_portfolio(doc.portfolio, doc.catalog))
    assert doc.wait_for_assessment()
    assert totals(doc.assessment) == totals(assess_portfolio(doc.portfolio, doc.catalog))


def test_undo_in_the_background_comes_back_to_the_first_answer(doc):
    before = totals(doc.assessment)
    doc.set_value(UTILISATION, 0.9)
    doc.undo_stack.undo()
    assert doc.wait_for_assessment()
    assert totals(doc.assessment) == before


def test_a_what_if_drag_updates_labels_at_once_and_the_tabs_when_the_answer_arrives(doc, qtbot):
    from desktop.ui.views.assessment import AssessmentView

    view = AssessmentView(doc)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    refreshed = []
    view.what_if.changed.connect(lambda: refreshed.append(True))
    for value in (45, 55, 65, 75):
        view.utilisation_slider.setValue(value)
    assert view.utilisation_label.text() == "Utilisation: 75 %" and view.banner.isVisibleTo(view)
    assert refreshed == []  # nothing assessed on the GUI thread during the drag
    qtbot.waitUntil(lambda: bool(refreshed), timeout=30_000)
    qtbot.waitUntil(lambda: view.what_if._job is None, timeout=30_000)
    tried = doc.portfolio.model_copy(update={"assumptions": doc.portfolio.assumptions.model_copy(
        update={"utilisation": 0.75})})
    assert totals(view.assessment) == totals(assess_portfolio(tried, doc.catalog))
    assert doc.portfolio.assumptions.utilisation == pytest.approx(0.4)
