"""Candidate entry: the catalog picker, refusals with close matches, precision and KV-cache precision with
the engine's live fit, replicas and cost, remembered choices, one candidate for several use cases,
Suggest saying what it added, and the table refusing ids the catalog does not know."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import open_document
from PySide6.QtWidgets import QComboBox, QDialog

from desktop.ui.views import candidate_dialog
from desktop.ui.views.candidate_dialog import CandidateDialog, close_matches
from desktop.ui.views.candidates import CandidatesView, ChoiceDelegate

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"
LLAMA33 = "meta-llama/Llama-3.3-70B-Instruct"


@pytest.fixture
def doc(engine_catalog):
    with open_document(engine_catalog, SAMPLE) as document:
        yield document


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch):
    monkeypatch.setattr(candidate_dialog, "LAST", candidate_dialog.LastChoices())


def dialog_for(qtbot, doc, kind="self-hosted", use_case="contracts") -> CandidateDialog:
    dialog = CandidateDialog(doc, kind, use_case)
    qtbot.addWidget(dialog)
    return dialog


def catalog_ids(doc) -> set[str]:
    return {m.id for m in doc.catalog.models.values()}


def test_the_search_matches_every_word_anywhere_in_id_name_or_family(qtbot, doc):
    dialog = dialog_for(qtbot, doc)
    dialog.search.setText("70b llama instruct")
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert LLAMA33 in shown
    for row in range(dialog.proxy.rowCount()):
        hay = dialog.catalog_model.haystack(dialog.proxy.mapToSource(dialog.proxy.index(row, 0)).row())
        assert all(word in hay for word in ("70b", "llama", "instruct"))
    # Each row shows parameters, weights at the chosen precision and the license verdict for this use case.
    row = shown.index(LLAMA33)
    assert dialog.proxy.index(row, 1).data().startswith("70")
    fp8 = dialog.proxy.index(row, 2).data()
    dialog.fields["precision"].setCurrentIndex(dialog.fields["precision"].findData("bf16"))
    assert dialog.proxy.index(row, 2).data() != fp8 and dialog.proxy.index(row, 2).data().endswith("GB")
    assert dialog.proxy.index(row, 4).data() in ("allowed", "allowed with obligations", "needs review", "blocked")


def test_unknown_text_is_refused_with_close_matches_and_never_becomes_an_id(qtbot, doc):
    dialog = dialog_for(qtbot, doc)
    dialog.search.setText("llama-3.4-70b")  # no such model
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "llama-3.4-70b" in dialog.error.text() and "Close matches" in dialog.error.text()
    assert any(i in dialog.error.text() for i in catalog_ids(doc) if "Llama-3" in i)
    # Text that matches several entries is not a choice either: the user picks one.
    dialog.search.setText("llama")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "Pick one" in dialog.error.text()
    # A fragment that leaves exactly one entry picks that entry's real id.
    dialog.search.setText("llama-3.3-70b")
    assert dialog.candidate().model == LLAMA33
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_close_matches_put_entries_containing_the_text_first():
    entries = [("a/Alpha-7B", "a/alpha-7b alpha"), ("b/Beta-7B", "b/beta-7b beta"), ("c/Alphabet", "c/alphabet")]
    assert close_matches("alpha", entries)[:2] == ["a/Alpha-7B", "c/Alphabet"]
    assert close_matches("", entries) == []


def test_kv_cache_precision_is_in_the_dialog_and_the_live_check_explains_replicas(qtbot, doc):
    dialog = dialog_for(qtbot, doc)
    assert dialog.pick(LLAMA33)
    fields = dialog.fields
    fields["precision"].setCurrentIndex(fields["precision"].findData("fp8"))
    fields["accelerator"].setCurrentIndex(fields["accelerator"].findData("l40s"))
    fields["gpus"].setValue(2)
    fields["kv_precision"].setCurrentIndex(fields["kv_precision"].findData("bf16"))
    dialog.check_now()
    bf16 = dialog.trial
    assert bf16 is not None and bf16.candidate.kv_precision == "bf16"
    fields["kv_precision"].setCurrentIndex(fields["kv_precision"].findData("fp8"))
    dialog.check_now()
    fp8 = dialog.trial
    # Half the bytes per cached token: more requests fit per replica, never more replicas.
    assert fp8.sizing.max_concurrency_at_context > bf16.sizing.max_concurrency_at_context
    assert fp8.cost.replicas <= bf16.cost.replicas
    for trial in (bf16, fp8):
        dialog.trial = trial
        text = dialog.live_text(trial, doc.use_case("contracts"))
        from desktop.ui.charts.format import money

        assert money(trial.cost.monthly_total, "EUR") in text
        assert ("Why" in text) == (trial.cost.replicas > 1)
    assert bf16.cost.replicas > 1  # the case: bf16 KV cache on 2× L40S needs several replicas


def test_the_dialog_remembers_the_last_choices(qtbot, doc):
    first = dialog_for(qtbot, doc)
    first.pick(LLAMA33)
    first.fields["precision"].setCurrentIndex(first.fields["precision"].findData("int4"))
    first.fields["kv_precision"].setCurrentIndex(first.fields["kv_precision"].findData("q8_0"))
    first.fields["accelerator"].setCurrentIndex(first.fields["accelerator"].findData("rtx-pro-6000"))
    first.accept()
    second = dialog_for(qtbot, doc)
    assert second.fields["precision"].currentData() == "int4"
    assert second.fields["kv_precision"].currentData() == "q8_0"
    assert second.fields["accelerator"].currentData() == "rtx-pro-6000"


def test_one_candidate_added_to_several_use_cases_in_one_undo_step(qtbot, doc, monkeypatch):
    view = CandidatesView(doc)
    qtbot.addWidget(view)
    view.set_use_case("contracts")
    before = {u.id: len(u.candidates) for u in doc.portfolio.use_cases}

    def fake_exec(dialog):
        assert dialog.pick("Qwen/Qwen3-32B")
        dialog.also["support-bot"].setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CandidateDialog, "exec", fake_exec)
    count = doc.undo_stack.count()
    view.add_self_hosted()
    after = {u.id: len(u.candidates) for u in doc.portfolio.use_cases}
    assert after["contracts"] == before["contracts"] + 1 and after["support-bot"] == before["support-bot"] + 1
    assert after["invoices"] == before["invoices"]
    assert doc.undo_stack.count() == count + 1
    ids = [c.id for u in doc.portfolio.use_cases for c in u.candidates]
    assert len(ids) == len(set(ids))


def test_the_candidates_view_names_its_use_case_and_can_switch(qtbot, doc):
    view = CandidatesView(doc)
    qtbot.addWidget(view)
    view.set_use_case("contracts")
    assert view.use_case_box.currentData() == "contracts"
    with qtbot.waitSignal(view.useCaseChosen) as blocker:
        view.use_case_box.setCurrentIndex(view.use_case_box.findData("invoices"))
    assert blocker.args == ["invoices"] and view.model.use_case_id == "invoices"


def test_suggest_says_what_it_added_and_why(qtbot, doc):
    view = CandidatesView(doc)
    qtbot.addWidget(view)
    view.set_use_case("marketing")
    added = view.suggest()
    assert added > 0
    new = doc.use_case("marketing").candidates[-added:]
    ua = doc.use_case_assessment("marketing")
    text = view.hint.text()
    assert f"added {added} candidate" in text
    for c in new:
        assert ua.candidate(c.id).label.split(" on ")[0] in text
        assert c.note and c.note in text


def test_the_candidate_table_refuses_a_model_the_catalog_does_not_know(qtbot, doc):
    view = CandidatesView(doc)
    qtbot.addWidget(view)
    view.set_use_case("contracts")
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.rows[r]["kind"] == "self-hosted")
    index = model.index(row, 1)
    before = model.rows[row]["model"]
    delegate = view.table.itemDelegate()
    assert isinstance(delegate, ChoiceDelegate)
    editor = QComboBox()
    editor.setEditable(True)
    editor.setCurrentText("llama-3.3")
    refused = []
    doc.editRefused.connect(refused.append)
    delegate.setModelData(editor, model, index)
    assert doc.use_case("contracts").candidates[row].model == before
    assert refused and "llama-3.3" in refused[0] and LLAMA33 in refused[0]
    editor.setCurrentText(LLAMA33.lower())  # the catalog's id in other case is that id
    delegate.setModelData(editor, model, index)
    assert doc.use_case("contracts").candidates[row].model == LLAMA33


def test_suggest_says_why_in_the_language_of_the_app(qtbot, doc):
    """The German app writes a suggestion's note, and the cost beside it, in German (it was English)."""
    from desktop.i18n.engine_text import EngineText
    from desktop.ui.charts import format as gui_format

    gui_format.set_locale("de", "DE")
    try:
        view = CandidatesView(doc)
        qtbot.addWidget(view)
        view.set_use_case("marketing")
        added = view.suggest()
        assert added > 0
        for c in doc.use_case("marketing").candidates[-added:]:
            assert c.note.startswith("vorgeschlagen: "), c.note
            for english in ("suggested", "cheapest", "license allows", "keeps confidential", "within the hardware"):
                assert english not in c.note, c.note
        assert "€/" in view.hint.text() and " auf " in view.hint.text()  # money and labels the German way
    finally:
        gui_format.set_locale("en")
    from desktop.engine.suggest import suggestions

    strict = EngineText("de", strict=True)  # every reason has its German words: no fallback to English
    for use_case in doc.portfolio.use_cases:
        for s in suggestions(use_case, doc.portfolio.organisation, doc.catalog):
            for reason in s.reasons:
                assert strict(reason)


def test_typing_an_accelerator_and_enter_chooses_it(qtbot, doc):
    """Typing 'h100-pcie' and Enter chose nothing: the completer's popup row had to be clicked."""
    from PySide6.QtCore import Qt

    dialog = dialog_for(qtbot, doc, "self-hosted", "contracts")
    acc = dialog.fields["accelerator"]
    for typed, expected in (("h100-pcie", "h100-pcie"), ("H100 PCIe", "h100-pcie"), ("no-such-card", "h100-pcie"),
                            ("a", "h100-pcie")):  # unknown or ambiguous text keeps the choice and shows it again
        acc.lineEdit().clear()
        qtbot.keyClicks(acc.lineEdit(), typed)
        qtbot.keyClick(acc.lineEdit(), Qt.Key.Key_Return)
        assert acc.currentData() == expected, typed
        assert acc.currentText().startswith(expected)

