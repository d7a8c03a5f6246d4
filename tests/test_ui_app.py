"""The main window as a user meets it: first start, files, unsaved changes, recovery, every view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import main_window
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"


@pytest.fixture
def window(qtbot, bundled_kb_dir):
    with main_window(bundled_kb_dir) as win:
        yield win


def test_first_start_opens_the_sample_with_a_hint(window):
    assert window.settings.first_start
    window.start(None)
    assert window.doc.portfolio.use_cases and window.hint.isVisibleTo(window)
    assert not window.settings.first_start
    assert window.windowTitle().startswith("Model Strategy Studio — Brenner")


def test_title_shows_unsaved_changes(window):
    window.open_path(SAMPLE, remember=False, confirm=False)
    assert not window.isWindowModified()
    window.doc.set_value(("organisation", "pue"), 1.2)
    assert window.isWindowModified()


def test_broken_file_is_named_and_work_kept(window, tmp_path, monkeypatch):
    window.open_path(SAMPLE, remember=False, confirm=False)
    window.doc.set_value(("name",), "Work in progress")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "use_cases": [{"name": ""}]}', encoding="utf-8")
    assert not window.open_path(broken, confirm=False)
    assert shown and "broken.json" in shown[0] and "name" in shown[0]
    assert window.doc.portfolio.name == "Work in progress"


def test_unsaved_changes_prompt(window, monkeypatch, tmp_path):
    window.open_path(SAMPLE, remember=False, confirm=False)
    window.doc.set_value(("organisation", "pue"), 1.2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.confirm_discard()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.confirm_discard()


def test_save_and_recent_files(window, tmp_path):
    window.open_path(SAMPLE, remember=False, confirm=False)
    target = tmp_path / "mine.json"
    assert window._save_to(target)
    assert target.exists() and window.settings.recent_files() == [target.resolve()]
    target.unlink()
    assert window.settings.recent_files() == []  # missing files drop out


def test_recovery_is_offered_after_a_crash(window, monkeypatch):
    window.open_path(SAMPLE, remember=False, confirm=False)
    window.doc.set_value(("name",), "Lost work")
    window.doc.autosave()
    window.doc.new()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.offer_recovery()
    assert window.doc.portfolio.name == "Lost work" and window.doc.modified


def test_every_view_renders_with_a_sane_size(window, qtbot):
    window.open_path(SAMPLE, remember=False, confirm=False)
    window.show()
    for row, (title, view) in enumerate(window.views):
        window.nav.setCurrentRow(row)
        qtbot.wait(1)
        image = view.grab()
        assert not image.isNull() and image.width() > 300 and image.height() > 200, title


def test_undo_redo_reach_every_view(window):
    window.open_path(SAMPLE, remember=False, confirm=False)
    before = window.report_view.browser.toPlainText()
    window.doc.set_value(("organisation", "staff_cost_per_fte_year"), 200_000)
    assert window.report_view.browser.toPlainText() != before
    window.doc.undo_stack.undo()
    assert window.report_view.browser.toPlainText() == before


def test_smoke_test_command_in_a_fresh_process(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MSS_CACHE_DIR": str(tmp_path / "c"),
           "MSS_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.run([sys.executable, "-m", "desktop.cli", "gui", "--smoke-test", str(SAMPLE)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "smoke test ok" in proc.stdout and "time to first paint" in proc.stdout


def test_smoke_test_fails_on_a_broken_file(tmp_path):
    broken = tmp_path / "b.json"
    broken.write_text(json.dumps({"schema_version": 99}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MSS_CACHE_DIR": str(tmp_path / "c"),
           "MSS_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.run([sys.executable, "-m", "desktop.cli", "gui", "--smoke-test", str(broken)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode != 0


def test_build_a_portfolio_from_empty_through_the_widgets(window, qtbot, monkeypatch):
    from desktop.ui.views.candidate_dialog import CandidateDialog

    window.doc.new()
    assert window.doc.portfolio.use_cases == []
    window.nav.setCurrentRow(1)
    window.use_cases_view.add()
    model = window.use_cases_view.model
    assert model.setData(model.index(0, 0), "Contract search")
    uc_id = window.doc.portfolio.use_cases[0].id
    window.use_cases_view.select(uc_id)
    assert window.candidates_view.model.use_case_id == uc_id

    def choose(entry, values):
        def fake_exec(dialog):
            assert dialog.pick(entry)
            for key, value in values.items():
                widget = dialog.fields[key]
                widget.setValue(value) if hasattr(widget, "setValue") else widget.setCurrentIndex(widget.findData(value))
            dialog.accept()
            return dialog.result()
        return fake_exec

    monkeypatch.setattr(CandidateDialog, "exec", choose("Qwen/Qwen3-32B", {"precision": "fp8", "accelerator": "l40s",
                                                                          "gpus": 2}))
    window.candidates_view.add_self_hosted()
    monkeypatch.setattr(CandidateDialog, "exec", choose("anthropic/claude-sonnet-4-6", {}))
    window.candidates_view.add_api()
    assert len(window.doc.portfolio.use_cases[0].candidates) == 2

    window.nav.setCurrentRow(3)
    qtbot.wait(1)
    view = window.assessment_view
    verdicts = {row.candidate.kind: (row.license.verdict.value if row.license else "vendor terms") for row in view.model.rows}
    assert verdicts["self-hosted"] == "allowed" and verdicts["api"] in ("allowed", "allowed_with_obligations")  # the contract's verdict
    before = window.doc.assessment.use_cases[0].recommended

    # The data must stay in-house: the API drops out, the verdict and the charts follow.
    window.nav.setCurrentRow(1)
    in_house = window.use_cases_view.model.index(0, 2)
    assert window.use_cases_view.model.setData(in_house, 2, 10)  # CheckStateRole, Checked
    window.nav.setCurrentRow(3)
    qtbot.wait(1)
    after = window.doc.assessment.use_cases[0]
    api = next(c for c in after.candidates if c.candidate.kind == "api")
    assert api.score.excluded and after.recommended != api.candidate.id
    assert before is not None
    window.doc.undo_stack.undo()
    assert not window.doc.portfolio.use_cases[0].must_stay_in_house


def test_update_knowledge_from_file_and_roll_back(window, tmp_path, monkeypatch):
    import datetime as dt

    from desktop.knowledge.bundle import export_bundle, new_publisher_key, trust_key
    from desktop.ui import knowledge_update

    key = tmp_path / "pub.pem"
    new_publisher_key(key)
    trust_key(Path(str(key) + ".pub"))
    root = tmp_path / "k"
    import shutil

    from desktop.knowledge.sources import KNOWLEDGE_DIR

    shutil.copytree(KNOWLEDGE_DIR, root)
    apis = root / "prices" / "apis.toml"
    apis.write_text(apis.read_text(encoding="utf-8").replace("input_per_mtok = 1.25\n", "input_per_mtok = 0.5\n", 1),
                    encoding="utf-8")
    bundle = tmp_path / "k.mssbundle"
    export_bundle(key, bundle, root=root, released=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: messages.append("WARN " + text))
    monkeypatch.setattr(knowledge_update.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    window.open_path(SAMPLE, remember=False, confirm=False)
    window.update_knowledge()
    assert "apis changed" in messages[-1] and window.doc.catalog.apis["openai/gpt-5"].input_per_mtok == 0.5
    assert window.knowledge_view in [v for _, v in window.views]
    window.update_knowledge()  # the same bundle again: refused, nothing changes
    assert messages[-1].startswith("WARN") and "already installed" in messages[-1]
    window.roll_back_knowledge()
    assert window.doc.catalog.apis["openai/gpt-5"].input_per_mtok == 1.25
