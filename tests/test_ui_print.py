"""Print the real thing: Print and Print preview show the signed PDF that was exported; without one they offer
to export and sign first, and print a draft only when asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_window

from desktop.ui.report import store
from desktop.ui.report.actions import ReportActions
from desktop.ui.report.export_dialog import ExportDialog

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"
PASS = "korrekt Pferd Batterie Heftklammer"
WAIT = 60_000


@pytest.fixture
def window(qtbot, bundled_kb_dir):
    with main_window(bundled_kb_dir, SAMPLE) as win:
        yield win


@pytest.fixture
def identity():
    return store.create("Jürgen Weiß", "Müller & Söhne GmbH", PASS.encode())


@pytest.fixture
def printed(monkeypatch):
    """What reached the printer (or the preview): the PDF bytes of each job."""
    jobs: list[bytes] = []
    monkeypatch.setattr(ReportActions, "print_pages", lambda _self, pages: jobs.append(pages.data))
    monkeypatch.setattr(ReportActions, "preview_pages", lambda _self, pages: jobs.append(pages.data))
    return jobs


@pytest.fixture
def exporting(monkeypatch, qtbot, tmp_path):
    """ExportDialog.exec that signs with the first identity into tmp_path."""
    made: list[Path] = []

    def run(dialog: ExportDialog):
        target = tmp_path / f"report-{len(made)}.pdf"
        dialog.target.setText(str(target))
        dialog.passphrase.setText(PASS)
        with qtbot.waitSignal(dialog.exported, timeout=WAIT):
            dialog.start_export()
        made.append(target)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", run)
    return made


def asked(monkeypatch, answer):
    questions = []

    def ask(_self):
        questions.append(True)
        return answer
    monkeypatch.setattr(ReportActions, "ask_what_to_print", ask)
    return questions


def test_print_and_preview_use_the_signed_export(window, identity, exporting, printed, monkeypatch):
    questions = asked(monkeypatch, None)
    window.action_export.trigger()
    assert exporting
    window.action_print.trigger()
    window.action_preview.trigger()
    assert printed == [exporting[0].read_bytes()] * 2  # byte for byte the file the client receives
    assert questions == []


def test_without_a_signed_export_printing_offers_to_export_first(window, identity, exporting, printed, monkeypatch):
    questions = asked(monkeypatch, "export")
    window.action_print.trigger()
    assert questions and exporting
    assert printed == [exporting[0].read_bytes()]


def test_after_an_edit_the_old_export_is_not_printed(window, identity, exporting, printed, monkeypatch):
    window.action_export.trigger()
    window.doc.set_value(("assumptions", "utilisation"), 0.55)
    questions = asked(monkeypatch, None)  # cancel
    window.action_print.trigger()
    assert questions and printed == []


def test_a_draft_is_printed_only_when_asked_for_and_says_so(window, printed, monkeypatch, qtbot):
    import pypdfium2 as pdfium

    questions = asked(monkeypatch, "draft")
    assert window.report_actions.print_report()
    qtbot.waitUntil(lambda: bool(printed), timeout=WAIT)
    assert questions
    pdf = pdfium.PdfDocument(printed[0])
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "draft" in text.lower()


def test_the_export_dialog_signs_by_default_and_drafts_when_chosen(qtbot, window, identity):
    dialog = ExportDialog(window.doc, window.kb)
    qtbot.addWidget(dialog)
    assert dialog.identity.currentData() == identity.path and dialog.passphrase.isEnabled()
    dialog.identity.setCurrentIndex(0)
    assert dialog.identity.currentData() is None and not dialog.passphrase.isEnabled()
