"""The GUI of signed reports: export (signed and unsigned), identities, verification, print and preview.

Modal dialogs are patched where they would block; the work runs on the thread pool as in the app and the
tests wait for its signals.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import main_window, open_document
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop.report.identity import create_identity
from desktop.report.pipeline import ReportRequest, draft_pdf
from desktop.report.verify import verify_file
from desktop.ui.report import store
from desktop.ui.report.export_dialog import ExportDialog
from desktop.ui.report.identities import CreateIdentityDialog, IdentitiesDialog
from desktop.ui.report.printing import PdfPages, ReportPreviewDialog, paint_pages, prepare_printer
from desktop.ui.report.verify_dialog import VerifyDialog

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"
PASS = "korrekt Pferd Batterie Heftklammer"
WAIT = 60_000


@pytest.fixture
def cat(engine_catalog):
    return engine_catalog


@pytest.fixture
def doc(cat):
    with open_document(cat, SAMPLE) as document:
        yield document


@pytest.fixture
def identity() -> store.StoredIdentity:
    return store.create("Jürgen Weiß", "Müller & Söhne GmbH", PASS.encode())


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail loudly instead of hanging if a message box is shown that a test did not expect."""
    def unexpected(*args, **_kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


def export_dialog(qtbot, doc, kb, target: Path, *, signed: bool = False, passphrase: str = PASS,
                  lang: str = "en") -> ExportDialog:
    dialog = ExportDialog(doc, kb, lang)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(target))
    dialog.identity.setCurrentIndex(1 if signed else 0)
    if signed:
        dialog.passphrase.setText(passphrase)
    return dialog


def folder_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def signed_pdf(qtbot, doc, kb, target: Path) -> Path:
    dialog = export_dialog(qtbot, doc, kb, target, signed=True)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        assert dialog.start_export()
    return target


# -- export ----------------------------------------------------------------------------------------------
def test_export_an_unsigned_draft(qtbot, doc, kb, tmp_path, no_dialogs):
    target = tmp_path / "out" / "draft"
    target.parent.mkdir()
    dialog = export_dialog(qtbot, doc, kb, target)
    assert not dialog.passphrase.isEnabled()  # no identity, nothing to unlock
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as blocker:
        assert dialog.start_export()
    result = blocker.args[0]
    assert result.path == target.with_name("draft.pdf") and result.identity is None
    assert folder_files(target.parent) == {"draft.pdf"}
    check = verify_file(result.path, doc.catalog)
    assert check.problem == "unsigned" and check.attachment["present"] and check.reproduction["same"]
    assert "unsigned draft" in dialog.status.text() and dialog.open_button.isVisibleTo(dialog)


def test_export_a_signed_german_report_that_verifies(qtbot, doc, kb, tmp_path, identity, no_dialogs):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "signed.pdf", signed=True, lang="de")
    assert dialog.language.currentData() == "de"
    assert dialog.identity.currentText() == "Jürgen Weiß — Müller & Söhne GmbH"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as blocker:
        assert dialog.start_export()
    result = blocker.args[0]
    assert result.identity.fingerprint_sha256 == identity.fingerprint_sha256
    check = verify_file(result.path, doc.catalog)
    assert check.valid and check.exit_code == 0
    assert check.signer["name"] == "Jürgen Weiß" and check.signer["fingerprint_sha256"] == identity.fingerprint_sha256
    assert identity.fingerprint_sha256 in dialog.status.text().replace("\n", ":")  # two lines of 16 pairs
    assert dialog.passphrase.text() == ""  # not kept around after use


def test_a_wrong_passphrase_is_a_clear_error_and_writes_nothing(qtbot, doc, kb, tmp_path, identity, no_dialogs):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "signed.pdf", signed=True, passphrase="not it")
    with qtbot.waitSignal(dialog.exportFailed, timeout=WAIT) as blocker:
        assert dialog.start_export()
    assert "passphrase does not unlock" in blocker.args[0] and "Nothing was written" in blocker.args[0]
    assert {p.name for p in tmp_path.iterdir() if p.is_file()} == set()
    assert dialog.status.text().startswith("✗") and dialog.export_button.isEnabled()


def test_signing_needs_a_passphrase_before_any_work(qtbot, doc, kb, tmp_path, identity, no_dialogs):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "signed.pdf", signed=True, passphrase="")
    with qtbot.waitSignal(dialog.exportFailed, timeout=1000):
        assert not dialog.start_export()
    assert dialog.job is None and not (tmp_path / "signed.pdf").exists()


def test_an_existing_target_is_replaced_only_when_confirmed(qtbot, doc, kb, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the earlier report")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    dialog = export_dialog(qtbot, doc, kb, target)
    assert not dialog.start_export()
    assert asked and "report.pdf" in asked[0] and target.read_bytes() == b"the earlier report"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        assert dialog.start_export()
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_missing_folder_or_a_full_disk_is_a_clear_error_without_a_half_written_file(
        qtbot, doc, kb, tmp_path, monkeypatch, no_dialogs):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "nowhere" / "report.pdf")
    with qtbot.waitSignal(dialog.exportFailed, timeout=WAIT) as blocker:
        dialog.start_export()
    assert "could not be saved" in blocker.args[0] and "no such folder" in blocker.args[0]

    import desktop.atomic as output  # where the writing happens

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", full)
    folder = tmp_path / "disk"
    folder.mkdir()
    dialog.target.setText(str(folder / "report.pdf"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=WAIT) as blocker:
        dialog.start_export()
    assert "No space left on device" in blocker.args[0] and "Nothing was written" in blocker.args[0]
    assert folder_files(folder) == set()


def test_open_shows_the_written_file_through_a_local_file_url(qtbot, doc, kb, tmp_path, monkeypatch, no_dialogs):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "r.pdf")
    assert not dialog.open_result()  # nothing written yet
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.start_export()
    dialog.open_button.click()
    assert len(opened) == 1 and opened[0].isLocalFile() and opened[0].toLocalFile() == str(tmp_path / "r.pdf")


def test_the_dialog_stays_open_while_writing(qtbot, doc, kb, tmp_path, no_dialogs):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "r.pdf")
    dialog.show()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.start_export()
        assert not dialog.start_export()  # a second click does not start a second job
        dialog.reject()
        assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


# -- identities -------------------------------------------------------------------------------------------
def test_create_identity_dialog_checks_its_fields(qtbot):
    dialog = CreateIdentityDialog()
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    dialog.name.setText("Ada")
    dialog.organisation.setText("Analytical GmbH")
    dialog.passphrase.setText("long enough")
    dialog.repeat.setText("long enougH")
    assert not dialog.create_button.isEnabled() and "differ" in dialog.problem_label.text()
    dialog.repeat.setText("long enough")
    assert dialog.create_button.isEnabled() and dialog.values() == ("Ada", "Analytical GmbH", b"long enough")
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password


def test_create_an_identity_through_the_dialogs(qtbot, monkeypatch, no_dialogs):
    def fill(dialog):
        dialog.name.setText("Jürgen Weiß")
        dialog.organisation.setText("Müller & Söhne GmbH")
        dialog.passphrase.setText(PASS)
        dialog.repeat.setText(PASS)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CreateIdentityDialog, "exec", fill)
    dialog = IdentitiesDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.identitiesChanged):
        entry = dialog.create_identity()
    folder = store.identities_dir()
    assert entry.path.parent == folder and entry.path.name == "juergen-weiss-mueller-soehne-gmbh.p12"
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Jürgen Weiß"
    assert dialog.table.item(0, 3).text() == entry.fingerprint_sha256  # unlocked: it was just made
    assert entry.valid_until[:4] == dialog.table.item(0, 2).text()[:4]


def test_a_new_window_shows_identities_locked_until_unlocked(qtbot, identity, monkeypatch):
    dialog = IdentitiesDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Jürgen Weiß"
    assert "locked" in dialog.table.item(0, 3).text()
    dialog.table.selectRow(0)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong one", True))
    assert dialog.unlock_selected() is None and warned and "does not unlock" in warned[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASS, True))
    assert dialog.unlock_selected().fingerprint_sha256 == identity.fingerprint_sha256
    assert dialog.table.item(0, 3).text() == identity.fingerprint_sha256


def test_import_a_company_identity_after_checking_its_passphrase(qtbot, tmp_path, monkeypatch):
    data, made = create_identity("Erika Mustermann", "Konzern AG", b"company secret")
    source = tmp_path / "from-the-ca.pfx"
    source.write_bytes(data)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: messages.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: messages.append(("info", text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog = IdentitiesDialog()
    qtbot.addWidget(dialog)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    assert dialog.import_identity() is None
    assert messages[-1][0] == "warning" and "from-the-ca.pfx" in messages[-1][1]
    assert folder_files(store.identities_dir()) == set()  # nothing copied in

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert dialog.import_identity() is None  # cancelled at the passphrase

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("company secret", True))
    entry = dialog.import_identity()
    assert entry.fingerprint_sha256 == made.fingerprint_sha256 and entry.path.read_bytes() == data
    assert dialog.table.item(0, 1).text() == "Konzern AG"

    assert dialog.import_identity() is None  # the same certificate again
    assert messages[-1][0] == "info" and "already" in messages[-1][1]
    assert len(store.list_identities()) == 1


def test_remove_an_identity_only_after_confirming(qtbot, identity, monkeypatch):
    dialog = IdentitiesDialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not dialog.remove_selected() and identity.path.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.identitiesChanged):
        assert dialog.remove_selected()
    assert not identity.path.exists() and not identity.note_path.exists()
    assert dialog.table.rowCount() == 0 and not dialog.remove_button.isEnabled()


def test_the_export_dialog_lists_new_identities_after_managing_them(qtbot, doc, kb, tmp_path, monkeypatch):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "r.pdf")
    assert dialog.identity.count() == 1  # only "None — an unsigned draft"
    monkeypatch.setattr(IdentitiesDialog, "exec",
                        lambda d: d.create_from("Ada Lovelace", "Analytical GmbH", b"long enough") and 0)
    dialog.manage_identities()
    assert dialog.identity.count() == 2 and dialog.identity.itemText(1) == "Ada Lovelace — Analytical GmbH"



def test_an_identity_created_from_the_export_dialog_is_the_one_it_signs_with(qtbot, doc, kb, tmp_path, monkeypatch):
    dialog = export_dialog(qtbot, doc, kb, tmp_path / "r.pdf")
    assert dialog.identity.currentData() is None  # nothing to sign with yet: a draft
    monkeypatch.setattr(IdentitiesDialog, "exec",
                        lambda d: d.create_from("Ada Lovelace", "Analytical GmbH", b"long enough") and 0)
    dialog.manage_identities()
    assert dialog.identity.currentText() == "Ada Lovelace — Analytical GmbH"
    assert dialog.passphrase.isEnabled()

# -- verify ----------------------------------------------------------------------------------------------
def verified(qtbot, doc, path: Path) -> VerifyDialog:
    dialog = VerifyDialog(doc.catalog, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        assert dialog.verify_path(path)
    return dialog


def test_verify_shows_a_valid_signed_report(qtbot, doc, kb, tmp_path, identity):
    path = signed_pdf(qtbot, doc, kb, tmp_path / "signed.pdf")
    dialog = verified(qtbot, doc, path)
    assert dialog.status.text().startswith("✓ Valid: signed by Jürgen Weiß")
    assert "#1b7f3b" in dialog.status.styleSheet()
    assert dialog.fields["organisation"].text() == "Müller & Söhne GmbH"
    assert dialog.fields["fingerprint"].text().replace("\n", ":") == identity.fingerprint_sha256
    assert dialog.phone_note.isVisibleTo(dialog) and "phone" in dialog.phone_note.text()
    assert dialog.fields["integrity"].text().startswith("✓ intact")
    assert "the same verdicts and costs" in dialog.fields["reproduction"].text()
    assert "the same as the report's" in dialog.fields["knowledge"].text()
    assert dialog.fields["signed_at"].text()[:2] == "20"


def test_verify_calls_a_changed_byte_tampered(qtbot, doc, kb, tmp_path, identity):
    data = signed_pdf(qtbot, doc, kb, tmp_path / "signed.pdf").read_bytes()
    at = data.index(b"\n%", 0, 64) + 2  # the comment on line 2: signed, harmless to the parser
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])
    dialog = verified(qtbot, doc, broken)
    assert dialog.status.text().startswith("✗ Invalid") and "tampered" in dialog.status.text()
    assert "#b3261e" in dialog.status.styleSheet()
    assert dialog.fields["integrity"].text().startswith("✗ modified")


def test_verify_names_unsigned_and_unreadable_files(qtbot, doc, kb, tmp_path):
    draft = tmp_path / "draft.pdf"
    dialog = export_dialog(qtbot, doc, kb, draft)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.start_export()
    shown = verified(qtbot, doc, draft)
    assert shown.status.text().startswith("? Unsigned") and not shown.phone_note.isVisibleTo(shown)
    assert shown.fields["integrity"].text().startswith("not signed")

    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a pdf")
    assert verified(qtbot, doc, junk).status.text().startswith("? Unreadable")
    assert verified(qtbot, doc, tmp_path / "missing.pdf").status.text().startswith("? Unreadable")


def test_verify_lists_results_that_differ_now(qtbot, doc, kb, tmp_path, identity, cat):
    path = signed_pdf(qtbot, doc, kb, tmp_path / "signed.pdf")
    cheaper = {k: v.model_copy(update={"input_per_mtok": v.input_per_mtok * 3, "output_per_mtok":
                                       v.output_per_mtok * 3}) for k, v in cat.apis.items()}
    changed = dataclasses.replace(cat, apis=cheaper, version="another-version", _sizing={}, _licenses={})
    dialog = VerifyDialog(changed, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        dialog.verify_path(path)
    assert dialog.status.text().startswith("✓ Valid")  # the signature is fine; the numbers moved on
    assert "differ" in dialog.fields["reproduction"].text()
    assert "another-version" in dialog.fields["knowledge"].text()
    assert dialog.differences.isVisibleTo(dialog) and dialog.differences.rowCount() > 0


# -- print and preview --------------------------------------------------------------------------------------
@pytest.fixture
def pages(doc, kb):
    request = ReportRequest.of(doc.portfolio, doc.assessment, kb, lang="en", paper="a4")
    document = PdfPages(draft_pdf(request))
    yield document
    document.close()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def test_print_to_a_pdf_file_gives_every_page_on_a4(pages, tmp_path):
    assert len(pages) > 5 and pages.paper() == "a4"
    printer = pdf_printer(tmp_path / "printed.pdf")
    prepare_printer(printer, pages)
    assert paint_pages(printer, pages, max_dpi=72) == len(pages)
    assert page_count(tmp_path / "printed.pdf") == len(pages)
    width, height = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))[0].get_size()
    assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1


def test_print_a_page_range_on_letter(doc, kb, tmp_path):
    request = ReportRequest.of(doc.portfolio, doc.assessment, kb, lang="de", paper="letter")
    letter = PdfPages(draft_pdf(request))
    try:
        assert letter.paper() == "letter"
        printer = pdf_printer(tmp_path / "range.pdf")
        prepare_printer(printer, letter)
        printer.setFromTo(2, 3)
        assert paint_pages(printer, letter, max_dpi=72) == 2
    finally:
        letter.close()
    assert page_count(tmp_path / "range.pdf") == 2
    width, height = pdfium.PdfDocument(str(tmp_path / "range.pdf"))[0].get_size()
    assert abs(width - 612) < 1 and abs(height - 792) < 1


def test_a_page_image_keeps_the_paper_aspect(pages):
    image = pages.image(0, 50)
    assert not image.isNull() and abs(image.height() / image.width() - 841.89 / 595.28) < 0.01
    band = image.pixelColor(2, 2)  # the cover's navy band: swapped channels would turn it brown
    assert band.blue() > band.green() > band.red()


def test_the_print_preview_constructs_and_paints(qtbot, pages, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pages)
    dialog = ReportPreviewDialog(pages, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.painted == len(pages)  # the preview asked for the pages when it was shown
    target = pdf_printer(tmp_path / "from-preview.pdf")
    dialog.paint(target)
    assert dialog.painted == len(pages) and page_count(tmp_path / "from-preview.pdf") == len(pages)
    assert not dialog.grab().isNull()


def test_printing_without_a_usable_printer_does_not_crash(qtbot, pages, tmp_path, monkeypatch):
    from desktop.ui.report.actions import ReportActions

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    actions = ReportActions(None, None, None)
    printer = pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    assert actions.print_to(printer, pages) == 0
    assert warned and "could not be started" in warned[0]


# -- the main window ------------------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, bundled_kb_dir):
    with main_window(bundled_kb_dir, SAMPLE) as win:
        yield win


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_menus_offer_the_report_actions(window):
    file_menu = menu_texts(window, "&File")
    for text in ("&Export report…", "&Print…", "Print pre&view…", "Veri&fy a report…"):
        assert text in file_menu
    assert "&Identities…" in menu_texts(window, "&Settings")


def test_the_new_file_menu_entries_have_their_own_accelerators_in_both_languages():
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "translations" / "mss_de.ts").getroot()
    german = {m.findtext("source"): m.findtext("translation") for c in root.iter("context")
              if c.findtext("name") == "MainWindow" for m in c.iter("message")}
    old = ["&New", "&Open…", "Open &recent", "Open &sample portfolio", "&Save", "Save &as…", "&Quit"]
    new = ["&Export report…", "&Print…", "Print pre&view…", "Veri&fy a report…"]

    def letter(text: str) -> str:
        return text[text.index("&") + 1].lower()

    for texts in ([*old, *new], [german[t] for t in [*old, *new]]):
        taken = {letter(t) for t in texts[:len(old)]}
        added = [letter(t) for t in texts[len(old):]]
        assert len(set(added)) == len(added) and not taken & set(added), texts


def test_the_report_view_buttons_open_the_dialogs(window, qtbot, monkeypatch):
    from desktop.ui.report import actions

    opened = []
    monkeypatch.setattr(actions.ExportDialog, "exec", lambda d: opened.append(type(d).__name__) or 0)
    monkeypatch.setattr(actions.VerifyDialog, "exec", lambda d: opened.append(type(d).__name__) or 0)
    monkeypatch.setattr(actions.VerifyDialog, "choose_file", lambda d: None)
    view = window.report_view
    assert view.export_button.isEnabled()
    view.export_button.click()
    view.verify_button.click()
    assert opened == ["ExportDialog", "VerifyDialog"]


def test_print_from_the_menu_lays_out_then_prints(window, qtbot, tmp_path, monkeypatch):
    from desktop.ui.report.actions import ReportActions

    monkeypatch.setattr(ReportActions, "ask_what_to_print", lambda _self: "draft")  # asked for a draft
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    target = tmp_path / "printed.pdf"
    window.report_actions.printer = pdf_printer(target)
    window.action_print.trigger()
    qtbot.waitUntil(lambda: target.exists() and window.report_actions.progress is None, timeout=WAIT)
    assert page_count(target) > 5


def test_export_without_an_assessment_explains_why(window, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    window.doc.assessment = None
    window.doc.assessment_error = "no use case"
    window.action_export.trigger()
    window.action_preview.trigger()
    assert len(warned) == 2 and "no use case" in warned[0]


def test_the_export_dialog_opens_ready_for_the_passphrase(qtbot, doc, kb, identity):
    """With an identity to sign with, the first key typed goes into the passphrase (it went nowhere useful)."""
    dialog = ExportDialog(doc, kb, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.identity.currentData() is not None
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.passphrase, timeout=2000)
