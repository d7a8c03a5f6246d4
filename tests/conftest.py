"""Shared fixtures: every test gets its own cache and data directories, so nothing touches the user's."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("MSS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MSS_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path
    import sys

    fmt = sys.modules.get("desktop.ui.charts.format")
    if fmt is not None:  # a German window sets the views' number format for the process: not for the next test
        fmt.set_locale("en")


@pytest.fixture(scope="session")
def bundled_kb_dir(tmp_path_factory) -> Path:
    """One build of the bundled sources shared by read-only tests."""
    return tmp_path_factory.mktemp("kb-cache")


@pytest.fixture(scope="session")
def catalog(bundled_kb_dir):
    """Read-only knowledge base without the user overlay, shared by the whole session."""
    from desktop.knowledge.base import KnowledgeBase

    base = KnowledgeBase.open(cache_dir=bundled_kb_dir, overlay=False)
    yield base
    base.close()


@pytest.fixture
def kb(bundled_kb_dir):
    from desktop.knowledge.base import KnowledgeBase

    base = KnowledgeBase.open(cache_dir=bundled_kb_dir)
    yield base
    base.close()


class Cli:
    """Runs `model-strategy` in-process and returns (exit code, stdout, stderr)."""

    def __init__(self, capsys):
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        from desktop.cli import main

        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str):
        import json

        code, out, err = self(*argv, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(capsys) -> Cli:
    return Cli(capsys)


SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture(scope="session")
def engine_catalog(catalog):
    """The engine's view of the read-only knowledge base."""
    from desktop.engine.assess import Catalog

    return Catalog.from_kb(catalog)


@contextlib.contextmanager
def open_document(catalog, path: Path):
    """A PortfolioDocument with `path` loaded; its autosave timer stops afterwards."""
    from desktop.ui.document import PortfolioDocument

    document = PortfolioDocument(catalog)
    document.load(path)
    try:
        yield document
    finally:
        document.autosave_timer.stop()


@contextlib.contextmanager
def main_window(kb_dir: Path, sample: Path | None = None):
    """A MainWindow over the bundled knowledge base, closed by the test itself: pytest-qt's teardown runs
    first and would meet the unsaved-changes prompt."""
    from desktop.knowledge.base import KnowledgeBase
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    kb = KnowledgeBase.open(cache_dir=kb_dir)
    win = MainWindow(kb, Settings())
    if sample is not None:
        win.open_path(sample, remember=False, confirm=False)
    try:
        yield win
    finally:
        win.doc.undo_stack.setClean()
        win.close()
        win.deleteLater()
        kb.close()


def imports_of(path: Path) -> set[str]:
    """Every module a source file imports, absolute imports only, with `from x import y` also as `x.y`."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found



# Hypothesis: `make test` runs 100 examples per property; HYPOTHESIS_PROFILE=nightly runs 500 (CI's nightly job).
def _hypothesis_profiles() -> None:
    from hypothesis import settings

    settings.register_profile("default", max_examples=100)
    settings.register_profile("nightly", max_examples=500)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_hypothesis_profiles()
