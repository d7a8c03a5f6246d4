"""The open portfolio: undoable, validated edits, files, autosave and recovery; the table models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.portfolio_file import PortfolioError, load_portfolio
from desktop.engine.assess import Catalog

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"


@pytest.fixture
def doc(qtbot, catalog):
    from desktop.ui.document import PortfolioDocument

    document = PortfolioDocument(Catalog.from_kb(catalog))
    document.load(SAMPLE)
    return document


def test_edit_undo_redo_and_reassess(doc, qtbot):
    before = doc.assessment.total_monthly
    with qtbot.waitSignal(doc.assessmentChanged):
        assert doc.set_value(("organisation", "staff_cost_per_fte_year"), 150_000)
    assert doc.modified and doc.assessment.total_monthly > before
    doc.undo_stack.undo()
    assert doc.portfolio.organisation.staff_cost_per_fte_year == 92_000
    assert doc.assessment.total_monthly == pytest.approx(before)
    assert not doc.modified
    doc.undo_stack.redo()
    assert doc.portfolio.organisation.staff_cost_per_fte_year == 150_000


def test_typing_in_one_field_is_one_undo_step(doc):
    for value in (0.2, 0.21, 0.22):
        doc.set_value(("organisation", "electricity_per_kwh"), value)
    assert doc.undo_stack.count() == 1
    doc.set_value(("organisation", "pue"), 1.3)
    assert doc.undo_stack.count() == 2


def test_refused_edit_names_the_field_and_changes_nothing(doc, qtbot):
    with qtbot.waitSignal(doc.editRefused) as blocker:
        assert not doc.set_value(("use_cases", "contracts", "workload", "peak_concurrency"), -5)
    assert "peak_concurrency" in blocker.args[0]
    assert doc.undo_stack.count() == 0 and doc.use_case("contracts").workload.peak_concurrency == 8


def test_broken_or_newer_files_leave_the_work_untouched(doc, tmp_path):
    doc.set_value(("name",), "My work")
    for content, needle in (("{ broken", "not valid JSON"), (json.dumps({"schema_version": 42}), "newer version")):
        bad = tmp_path / "bad.json"
        bad.write_text(content, encoding="utf-8")
        with pytest.raises(PortfolioError, match=needle):
            doc.load(bad)
        assert doc.portfolio.name == "My work" and doc.modified


def test_save_is_atomic_and_marks_clean(doc, tmp_path):
    doc.set_value(("name",), "Saved work")
    target = tmp_path / "work.json"
    doc.save(target)
    assert not doc.modified and load_portfolio(target).name == "Saved work"
    with pytest.raises(PortfolioError, match="cannot be written"):
        doc.save(tmp_path / "missing-folder" / "x.json")


def test_autosave_and_recovery(doc, catalog):
    from desktop.ui.document import PortfolioDocument

    assert not doc.autosave()  # nothing to lose yet
    doc.set_value(("name",), "Unsaved idea")
    assert doc.autosave()
    pending = PortfolioDocument.pending_recovery()
    assert pending and pending["portfolio"]["name"] == "Unsaved idea"
    fresh = PortfolioDocument(Catalog.from_kb(catalog))
    fresh.recover(pending)
    assert fresh.portfolio.name == "Unsaved idea" and fresh.modified
    fresh.clear_recovery()
    assert PortfolioDocument.pending_recovery() is None


def test_structural_change_is_undoable(doc):
    count = len(doc.portfolio.use_cases)
    doc.change(lambda d: d["use_cases"].pop(0), "Remove", {"use_cases"})
    assert len(doc.portfolio.use_cases) == count - 1
    doc.undo_stack.undo()
    assert len(doc.portfolio.use_cases) == count


def test_use_case_table_model(doc, qtmodeltester):
    from desktop.ui.views.use_cases import UseCaseTableModel

    model = UseCaseTableModel(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    index = model.index(0, 6)  # peak concurrency
    assert model.setData(index, 12)
    assert doc.use_case("contracts").workload.peak_concurrency == 12
    assert not model.setData(index, "many")
    assert "not a number" in model.data(index, 3)  # ToolTipRole names the refusal
    assert not model.setData(index, -1)
    assert "greater than or equal to 1" in model.data(index, 3)


def test_candidate_table_model(doc, qtmodeltester):
    from desktop.ui.views.candidates import CandidateTableModel

    model = CandidateTableModel(doc)
    model.use_case_id = "contracts"
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    gpus = model.index(0, 6)
    assert model.setData(gpus, 4)
    assert doc.use_case("contracts").candidates[0].gpus == 4


def test_use_cases_view_add_duplicate_remove_import(doc, qtbot, monkeypatch):
    from desktop.ui.views.use_cases import UseCasesView

    view = UseCasesView(doc)
    qtbot.addWidget(view)
    view.add()
    assert len(doc.portfolio.use_cases) == 6 and view.current_id() == doc.portfolio.use_cases[-1].id
    view.select("contracts")
    view.duplicate()
    copy = doc.portfolio.use_cases[1]
    assert copy.name.endswith("(copy)") and len(copy.candidates) == 4 and copy.id != "contracts"
    view.remove()
    assert len(doc.portfolio.use_cases) == 6
    view.select("contracts")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert view.import_scores_from(Path(__file__).parent / "fixtures" / "lm_eval_results.json")
    assert doc.use_case("contracts").evaluations["qwen3-32b-l40s"] == pytest.approx(83.17, abs=0.01)


def test_candidates_view_suggest_and_remove(doc, qtbot):
    from desktop.ui.views.candidates import CandidatesView

    view = CandidatesView(doc)
    qtbot.addWidget(view)
    view.set_use_case("marketing")
    before = len(doc.use_case("marketing").candidates)
    added = view.suggest()
    assert added > 0 and len(doc.use_case("marketing").candidates) == before + added
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.remove()
    assert len(doc.use_case("marketing").candidates) == before + added - 1


def test_organisation_form_commits_and_refuses(doc, qtbot):
    from PySide6.QtWidgets import QDoubleSpinBox

    from desktop.ui.views.organisation import OrganisationView

    view = OrganisationView(doc)
    qtbot.addWidget(view)
    form = view.forms[0]
    spin = form.editors[("organisation", "pue")]
    assert isinstance(spin, QDoubleSpinBox) and spin.minimum() == 1.0  # the editor refuses PUE < 1
    spin.setValue(1.25)
    assert doc.portfolio.organisation.pue == 1.25
    doc.undo_stack.undo()
    assert spin.value() == 1.6  # the form follows undo
    country = form.editors[("organisation", "country")]
    country.setEditText("Germany")
    country.lineEdit().editingFinished.emit()
    assert doc.portfolio.organisation.country == "DE"
    country.setEditText("Austria")
    country.lineEdit().editingFinished.emit()
    assert doc.portfolio.organisation.country == "AT"
