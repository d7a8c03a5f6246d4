"""File ▸ Add model from disk…: the dialog shows the identified license and writes the overlay."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from modelfile_builders import write_gguf, write_hf_folder  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402
from test_add_model import MIT  # noqa: E402

from desktop.knowledge.overlay import Overlay  # noqa: E402
from desktop.ui.add_model import AddModelDialog  # noqa: E402


@pytest.fixture
def dialog(qtbot, kb):
    dlg = AddModelDialog(kb)
    qtbot.addWidget(dlg)
    return dlg


def test_identifies_a_folder_and_adds_it_to_my_models(dialog, tmp_path):
    write_hf_folder(tmp_path / "Acme-8B", license_text=MIT, readme_front="license: mit")
    dialog.identify(tmp_path / "Acme-8B")
    assert "MIT" in dialog.license_label.text() and "identified" in dialog.license_label.text()
    assert "confidence 1.00" in dialog.license_label.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    save.click()
    assert [r.id for r in Overlay().records("models")] == ["local/Acme-8B"]


def test_bad_input_is_shown_and_nothing_can_be_added(dialog, tmp_path):
    (tmp_path / "empty").mkdir()
    dialog.identify(tmp_path / "empty")
    assert "config.json" in dialog.summary.toPlainText()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.hash_button.isEnabled()


def test_full_hash_runs_in_the_background_and_goes_into_the_sources(dialog, qtbot, tmp_path):
    write_gguf(tmp_path / "m.gguf")
    dialog.identify(tmp_path / "m.gguf")
    dialog.hash_button.click()
    qtbot.waitUntil(lambda: dialog.digest is not None, timeout=10_000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (record,) = Overlay().records("models")
    assert f"user:sha256-files:{dialog.digest}" in record.sources
