"""German: every text of the UI is in mss_de.ts, translated, compiled, and shown when German is chosen."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import main_window
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QMessageBox

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"
TS = ROOT / "resources" / "translations" / "mss_de.ts"
QM = TS.with_suffix(".qm")
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TS).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


def code_texts() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every literal given to tr(), translate() or QT_TRANSLATE_NOOP() in desktop/ui,
    and the places where an f-string or a concatenation is handed to them (lupdate cannot extract those)."""
    found, built = set(), []

    def literal(node) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    def visit(node, cls, path):
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            args = node.args
            text = args[0] if name == "tr" else args[1] if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) > 1 else None
            if text is not None:
                if isinstance(text, ast.JoinedStr | ast.BinOp):
                    built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                elif literal(text):
                    found.add((cls if name == "tr" else args[0].value, text.value))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, path)

    for path in sorted(UI.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    return found, built


# -- the .ts and .qm files ----------------------------------------------------------------------------
def test_every_text_in_the_code_is_in_the_ts_file_and_nothing_else():
    found, built = code_texts()
    assert not built, f"f-strings or concatenations inside tr(): {built}"
    have = set(ts_messages())
    assert found - have == set(), "run `make translations` and translate the new entries"
    assert have - found == set(), "run `make translations` to drop texts the code no longer has"


def test_every_message_is_translated_keeping_placeholders_tags_and_accelerators():
    placeholders = re.compile(r"\{[^}]*\}|%\d")
    tags = re.compile(r"<[^>]+>")
    for (context, source), translation in ts_messages().items():
        assert translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        for pattern in (placeholders, tags):
            assert sorted(pattern.findall(text)) == sorted(pattern.findall(source)), (context, source, text)
        assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), (context, source, text)


def test_accelerators_of_each_menu_differ():
    messages = ts_messages()

    def letters(*sources: str) -> list[str]:
        out = []
        for source in sources:
            text = messages[("MainWindow", source)].text
            out.append(text[text.index("&") + 1].lower())
        return out

    menu_bar = letters("&File", "&Edit", "&View", "&Settings", "&Help")
    file_menu = letters("&New", "&Open…", "Open &recent", "Open &sample portfolio", "&Save", "Save &as…", "&Quit")
    for group in (menu_bar, file_menu):
        assert len(set(group)) == len(group), group


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path):
    fresh = tmp_path / "mss_de.qm"
    subprocess.run([str(LRELEASE), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run `make translations`"


# -- the app in German --------------------------------------------------------------------------------
@pytest.fixture
def german(qapp):
    from desktop.ui.app import install_translations

    translators = install_translations(qapp, "de")
    assert len(translators) == 2  # ours and Qt's qtbase_de
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def german_window(german, qtbot, bundled_kb_dir):
    with main_window(bundled_kb_dir, SAMPLE) as win:
        yield win


def test_the_main_window_speaks_german(german_window, qtbot):
    win = german_window
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == [
        "Organisation", "Anwendungsfälle", "Kandidaten", "Bewertung", "Wissensbasis", "Bericht"]
    assert [a.text() for a in win.menuBar().actions()] == [
        "&Datei", "&Bearbeiten", "&Ansicht", "&Einstellungen", "&Hilfe"]
    for row in range(win.nav.count()):  # every view draws in German without a broken placeholder
        win.nav.setCurrentRow(row)
        assert not win.stack.currentWidget().grab().isNull()


def test_module_level_labels_tips_and_choices_are_german(german_window):
    org = german_window.organisation_view.forms[0]
    labels = [org.layout().itemAt(i, QFormLayout.ItemRole.LabelRole) for i in range(org.layout().rowCount())]
    assert "Name des Portfolios" in [item.widget().text() for item in labels if item is not None]
    assert org.editors[("organisation", "country")].toolTip() == "Einen Teil des Namens tippen und auswählen, z. B. „Öster“ oder „AT“"

    view = german_window.use_cases_view
    deployment = view.details.editors[("use_cases", "{uc}", "usage", "deployment")]
    assert [deployment.itemText(i) for i in range(deployment.count())] == ["selbst betrieben", "Dienst eines Dritten"]
    assert deployment.currentData() in ("self-hosted", "third-party-service")  # the file keeps English values
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Anwendungsfall"
    assert view.model.data(view.model.index(0, 1)) in ("öffentlich", "intern", "vertraulich", "geheim")
    assert view.uses.boxes["medical-advice"].text() == "Medizinische Beratung"


def test_form_edits_are_named_in_german_for_undo(german_window):
    form = german_window.organisation_view.forms[0]
    field = next(f for f in form.fields if f.path == ("organisation", "pue"))
    form.commit(field, 1.3)
    assert german_window.doc.undo_stack.undoText() == "„PUE des Serverraums“ ändern"


def test_qt_standard_buttons_are_german(german):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    message = QMessageBox()
    message.setStandardButtons(QMessageBox.StandardButton.Discard)
    assert message.button(QMessageBox.StandardButton.Discard).text() == "Verwerfen"
    box.deleteLater()
    message.deleteLater()


def test_english_needs_no_translator(qapp):
    from desktop.ui.app import install_translations

    assert install_translations(qapp, "en") == []


# -- which language --------------------------------------------------------------------------------------
class _Settings:
    def __init__(self, language: str):
        self.language = language


@pytest.mark.parametrize(("chosen", "system", "expected"), [
    ("de", QLocale.Language.English, "de"),
    ("en", QLocale.Language.German, "en"),
    ("system", QLocale.Language.German, "de"),
    ("system", QLocale.Language.French, "en"),
])
def test_language_follows_the_setting_then_the_system(monkeypatch, chosen, system, expected):
    from desktop.ui import app

    class SystemLocale(QLocale):
        @staticmethod
        def system():
            return QLocale(system)

    monkeypatch.setattr(app, "QLocale", SystemLocale)
    assert app.language_for(_Settings(chosen)) == expected


def test_no_translator_is_left_behind(qapp):
    """After the German tests the rest of the suite sees English again."""
    assert QApplication.translate("MainWindow", "Use cases") == "Use cases"


def test_the_candidate_dialog_speaks_german(german, qtbot, engine_catalog):
    """The live line said "license: allowed" and "does not fit the planned hardware …" in German."""
    from conftest import open_document

    from desktop.ui.charts import format as gui_format
    from desktop.ui.views.candidate_dialog import CandidateDialog

    gui_format.set_locale("de", "DE")
    with open_document(engine_catalog, SAMPLE) as doc:
        dialog = CandidateDialog(doc, "self-hosted", doc.portfolio.use_cases[0].id)
        qtbot.addWidget(dialog)
        assert dialog.pick("Qwen/Qwen3-32B")
        acc = dialog.fields["accelerator"]
        acc.setCurrentIndex(next(i for i in range(acc.count()) if acc.itemData(i) == "a10"))
        dialog.check_now()
        text = dialog.live.text()
    assert "Lizenz: erlaubt" in text and "allowed" not in text
    assert "does not fit" not in text
