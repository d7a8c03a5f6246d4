"""Shared fixtures: every test gets its own cache and data directories, so nothing touches the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("MSS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MSS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


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
