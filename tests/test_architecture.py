"""Qt stays in desktop/ui: import-linter checks it in `make lint`; this catches it in pytest too."""

from __future__ import annotations

from pathlib import Path

from conftest import imports_of

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
QT = ("PySide6", "pyqtgraph", "shiboken6")


def test_no_qt_outside_ui():
    offenders = []
    for path in DESKTOP.rglob("*.py"):
        rel = path.relative_to(DESKTOP)
        if rel.parts[0] == "ui":
            continue
        bad = [m for m in imports_of(path) if m.split(".")[0] in QT]
        if bad:
            offenders.append(f"{rel}: {bad}")
    assert not offenders


def test_import_linter_contract_is_declared():
    text = (DESKTOP.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '[tool.importlinter]' in text and '"PySide6"' in text and '"pyqtgraph"' in text
