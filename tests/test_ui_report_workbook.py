"""Export ▸ Excel workbook… in the GUI: writes the cost model workbook for the open portfolio; a folder
that does not exist is a clear error and leaves no file."""

from __future__ import annotations

from pathlib import Path

from conftest import open_document
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.ui.report.actions import ReportActions

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "de-manufacturing-sme.json"


def test_export_excel_workbook_writes_the_cost_model(qtbot, engine_catalog, kb, tmp_path, monkeypatch):
    target = tmp_path / "model"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    with open_document(engine_catalog, SAMPLE) as doc:
        actions = ReportActions(None, doc, kb, "de")
        assert actions.export_workbook()
    written = tmp_path / "model.xlsx"
    assert written.read_bytes()[:2] == b"PK"


def test_export_excel_workbook_to_a_missing_folder_is_a_clear_error(qtbot, engine_catalog, kb, tmp_path,
                                                                    monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    with open_document(engine_catalog, SAMPLE) as doc:
        actions = ReportActions(None, doc, kb, "en")
        assert not actions.export_workbook(str(tmp_path / "nowhere" / "model.xlsx"))
    assert shown and "nowhere" in shown[0]
    assert not (tmp_path / "nowhere").exists()
