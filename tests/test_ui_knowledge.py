"""The knowledge base browser: search, filters, the detail pane, and the user's own overlay entries."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from desktop.domain import KINDS  # noqa: E402
from desktop.ui.views.knowledge import KnowledgeView, record_link  # noqa: E402

LLAMA_31 = "LicenseRef-Llama-3.1-Community"


@pytest.fixture
def view(qtbot, kb):
    widget = KnowledgeView(kb)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    return widget


@pytest.fixture
def readonly_view(qtbot, catalog):
    widget = KnowledgeView(catalog)
    qtbot.addWidget(widget)
    return widget


def kind_row(view: KnowledgeView, kind: str) -> int:
    return list(KINDS).index(kind) + 1


def visible_ids(view: KnowledgeView) -> list[str]:
    return [view.model.row_at(i).record.id for i in range(view.model.rowCount())]


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def fill(dialog, **values):
    for name, value in values.items():
        dialog.fields[name].setText(value)


GPU = dict(
    id="my-rtx-4090",
    name="My RTX 4090",
    memory_gb="24",
    memory_type="GDDR6X",
    bandwidth_gbs="1008",
    tdp_w="450",
    price_usd_low="1799",
    bf16_tflops="165",
)


def test_lists_every_kind_with_its_count(readonly_view, catalog):
    items = [readonly_view.kind_list.item(i).text() for i in range(readonly_view.kind_list.count())]
    total = sum(len(catalog.records(k)) for k in KINDS)
    assert items[0] == f"All kinds ({total})"
    labels = ["Licenses", "Models", "GPUs", "APIs", "Clouds", "Measurements", "Rules",
              "Regulation"]
    for label, kind, item in zip(labels, KINDS, items[1:], strict=True):
        assert item == f"{label} ({len(catalog.records(kind))})"
    assert readonly_view.model.rowCount() == total
    assert (
        "verification" in readonly_view.info_label.text()
        and "older than 365 days" in readonly_view.info_label.text()
    )


def test_search_built_with_llama_finds_the_llama_licenses(qtbot, readonly_view):
    readonly_view.kind_list.setCurrentRow(kind_row(readonly_view, "licenses"))
    readonly_view.search_edit.setText("Built with Llama")  # typed: the search runs after a short pause
    qtbot.waitUntil(lambda: readonly_view.model.rowCount() < 22)
    ids = visible_ids(readonly_view)
    for wanted in (LLAMA_31, "LicenseRef-Llama-3.3-Community", "LicenseRef-Llama-4-Community"):
        assert wanted in ids
    assert all("Llama" in i for i in ids)
    assert readonly_view.model.row_at(0).snippet  # the FTS snippet explains the match


def test_search_over_all_kinds_includes_models_and_plain_id_matches(readonly_view):
    readonly_view.search_edit.setText("Built with Llama")
    readonly_view.refresh()
    kinds = {readonly_view.model.row_at(i).kind for i in range(readonly_view.model.rowCount())}
    assert {"licenses", "models"} <= kinds
    # An id: found by plain filtering even where FTS has no word for it.
    readonly_view.search_edit.setText("a10")
    readonly_view.refresh()
    assert "a10" in visible_ids(readonly_view)


def test_selecting_a_license_shows_its_clauses_with_quotes_and_sources(readonly_view, catalog):
    readonly_view.kind_list.setCurrentRow(kind_row(readonly_view, "licenses"))
    row = readonly_view.model.find("licenses", LLAMA_31)
    readonly_view.table.selectRow(row)
    text = readonly_view.detail.toPlainText()
    license_ = catalog.license(LLAMA_31)
    built_with = next(o for o in license_.obligations if o.kind == "attribution")
    assert built_with.quote in text
    assert built_with.source in text
    assert license_.user_thresholds[0].quote in text
    for group in (
        "Commercial use",
        "Thresholds",
        "Obligations",
        "Use restrictions",
        "Geographic",
        "Risks",
        "Termination",
        "Governing law",
    ):
        assert group in text
    html = readonly_view.detail.toHtml()
    assert f'href="{license_.sources[0]}"' in html
    assert license_.as_of.isoformat() in text and "primary" in text


def test_every_fact_and_the_provenance_of_a_gpu_are_shown(readonly_view, catalog):
    readonly_view.show_record("gpus", "a10")
    gpu = catalog.accelerator("a10")
    text = readonly_view.detail.toPlainText()
    for field in type(gpu).model_fields:
        if field not in ("id", "sources", "as_of", "verification", "note"):
            assert field in text
    assert gpu.sources[0] in text and gpu.as_of.isoformat() in text and "secondary" in text


def test_table_model_passes_qtmodeltester(qtmodeltester, readonly_view):
    qtmodeltester.check(readonly_view.model)
    readonly_view.search_edit.setText("no such thing at all xyzzy")
    readonly_view.refresh()
    assert readonly_view.model.rowCount() == 0
    qtmodeltester.check(readonly_view.model)


def test_filters_verification_and_only_mine(readonly_view):
    index = readonly_view.verification_combo.findData("primary")
    readonly_view.verification_combo.setCurrentIndex(index)
    assert readonly_view.model.rowCount() > 0
    assert all(
        readonly_view.model.row_at(i).record.verification.value == "primary"
        for i in range(readonly_view.model.rowCount())
    )
    readonly_view.only_mine.setChecked(True)
    assert readonly_view.model.rowCount() == 0


def test_reference_links_open_the_referenced_record(readonly_view, catalog):
    model = next(m for m in catalog.records("models") if LLAMA_31 in m.license_ids)
    readonly_view.show_record("models", model.id)
    assert record_link("licenses", LLAMA_31) in readonly_view.detail.toHtml()
    readonly_view.detail.anchorClicked.emit(QUrl(record_link("licenses", LLAMA_31)))
    assert readonly_view.selected_row().record.id == LLAMA_31
    assert model.name in readonly_view.detail.toPlainText()  # "referred to by" lists the model


def test_readonly_knowledge_base_offers_no_writes(readonly_view):
    assert not readonly_view.add_gpu_button.isEnabled()
    assert not readonly_view.remove_button.isEnabled()


def test_adding_a_gpu_through_the_dialog_writes_the_overlay(qtbot, view, kb):
    dialog = view.add_gpu()
    fill(dialog, **GPU)
    dialog.fields["vendor"].setCurrentText("nvidia")
    dialog.fields["kind"].setCurrentText("consumer-gpu")
    with qtbot.waitSignal(view.overlayChanged, timeout=1000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [gpu] = kb.overlay.records("gpus")
    assert (gpu.id, gpu.memory_gb, gpu.bandwidth_gbs, gpu.bf16_tflops) == ("my-rtx-4090", 24, 1008, 165)
    assert gpu.sources == ["user:entered"] and gpu.verification.value == "unverified"
    assert gpu.as_of == dt.date.today()
    assert kb.origin("gpus", "my-rtx-4090") == "user"

    selected = view.selected_row()
    assert selected.record.id == "my-rtx-4090" and selected.origin == "user"
    assert view.kind_list.item(kind_row(view, "gpus")).text().endswith("1 mine)")
    assert view.remove_button.isEnabled() and view.edit_button.isEnabled()
    view.only_mine.setChecked(True)
    assert visible_ids(view) == ["my-rtx-4090"]


def test_negative_memory_is_refused_with_the_field_named_and_nothing_written(qtbot, view, kb):
    dialog = view.add_gpu()
    fill(dialog, **{**GPU, "memory_gb": "-8"})
    with qtbot.assertNotEmitted(view.overlayChanged):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.error_label.text()
    assert "Memory (GB) (memory_gb)" in message and "greater than 0" in message
    assert dialog.fields["memory_gb"].styleSheet()  # the refused field is marked
    assert kb.overlay.count("gpus") == 0
    dialog.reject()


def test_text_in_a_number_field_is_refused_by_name(qtbot, view, kb):
    dialog = view.add_gpu()
    fill(dialog, **{**GPU, "bandwidth_gbs": "fast"})
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert "bandwidth_gbs" in dialog.error_label.text()
    assert kb.overlay.count("gpus") == 0
    dialog.reject()


def test_a_gpu_started_from_a_bundled_one_keeps_its_other_facts(qtbot, view, kb, catalog):
    dialog = view.add_gpu()
    dialog.start_from.setCurrentIndex(dialog.start_from.findData("a10"))
    assert dialog.fields["id"].text() == "my-a10"
    fill(dialog, price_usd_low="2500", price_usd_high="2500")
    with qtbot.waitSignal(view.overlayChanged, timeout=1000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    mine = kb.accelerator("my-a10")
    assert mine.generation == catalog.accelerator("a10").generation
    assert mine.price_usd == 2500 and mine.sources[0] == "user:entered"


def test_negotiated_api_price_replaces_the_bundled_offering(qtbot, view, kb, catalog):
    base = catalog.records("apis")[0]
    view.show_record("apis", base.id)
    dialog = view.add_api_price()
    assert dialog.fields["id"].text() == base.id
    assert "replaces the bundled entry" in dialog.replaces.text()
    fill(dialog, input_per_mtok="0.5", output_per_mtok="2")
    dialog.fields["currency"].setCurrentText("EUR")
    with qtbot.waitSignal(view.overlayChanged, timeout=1000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    mine = kb.api(base.id)
    assert (mine.input_per_mtok, mine.output_per_mtok, mine.currency) == (0.5, 2, "EUR")
    assert mine.model_name == base.model_name and kb.origin("apis", base.id) == "user"
    assert view.selected_row().origin == "user"


def test_changing_my_gpu(qtbot, view, kb):
    dialog = view.add_gpu()
    fill(dialog, **GPU)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    dialog = view.edit_selected()
    assert dialog.fields["memory_gb"].text() == "24"
    fill(dialog, memory_gb="48")
    with qtbot.waitSignal(view.overlayChanged, timeout=1000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert kb.accelerator("my-rtx-4090").memory_gb == 48
    assert kb.overlay.count("gpus") == 1


def test_removing_my_entry_brings_the_bundled_one_back(qtbot, view, kb, catalog, monkeypatch):
    base = catalog.records("apis")[0]
    view.show_record("apis", base.id)
    dialog = view.add_api_price()
    fill(dialog, input_per_mtok="0.01")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert view.selected_row().origin == "user"

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(view.overlayChanged, timeout=1000):
        assert view.remove_selected()
    assert kb.overlay.count("apis") == 0
    assert kb.api(base.id).input_per_mtok == base.input_per_mtok
    assert view.selected_row().origin == "bundled" and not view.remove_button.isEnabled()


def test_declining_the_removal_keeps_the_entry(qtbot, view, kb, monkeypatch):
    dialog = view.add_gpu()
    fill(dialog, **GPU)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    with qtbot.assertNotEmitted(view.overlayChanged):
        assert not view.remove_selected()
    assert kb.overlay.count("gpus") == 1
