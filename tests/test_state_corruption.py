"""Corrupt local state: the cache is disposable (rebuilt, elsewhere when its folder is unusable), the user's
files are not (a damaged one is moved aside, kept, and named in one line). Every case runs `assess` on a
sample and `kb info`: exit 0, the answer on stdout, the problem named on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"


@pytest.fixture
def dirs(isolated_dirs, bundled_kb_dir, catalog) -> tuple[Path, Path]:
    """A warm cache (a copy of the session's build) and an empty data folder."""
    cache, data = isolated_dirs / "cache", isolated_dirs / "data"
    cache.mkdir(exist_ok=True)
    data.mkdir(exist_ok=True)
    shutil.copy(bundled_kb_dir / "knowledge.sqlite", cache / "knowledge.sqlite")
    return cache, data


def _run(cli) -> tuple[str, str]:
    code, out, err = cli("assess", str(SAMPLE), "--json")
    assert code == 0, err
    assert json.loads(out)["use_cases"], "assess answered"
    code, info_out, info_err = cli("kb", "info", "--json")
    assert code == 0, info_err
    return err + info_err, info_out


# -- active.json: the installed-bundle pointer -----------------------------------------------------------
ACTIVE = {
    "a list": b"[]",
    "a string": b'"current"',
    "no released": json.dumps({"current": {"path": "/nowhere", "version": "v1"}}).encode(),
    "a naive date": json.dumps({"current": {"path": "/nowhere", "version": "v1",
                                            "released": "2027-01-01T00:00:00"}}).encode(),
    "a non-ISO date": json.dumps({"current": {"path": "/nowhere", "version": "v1",
                                              "released": "1. Januar 2027"}}).encode(),
    "binary": bytes(range(256)),
    "a path that is a number": json.dumps({"current": {"path": 7, "version": "v1",
                                                       "released": "2027-01-01T00:00:00+00:00"}}).encode(),
    "nested 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("case", list(ACTIVE))
def test_a_damaged_bundle_pointer_is_set_aside_and_the_bundled_knowledge_used(dirs, cli, case):
    _cache, data = dirs
    pointer = data / "knowledge" / "active.json"
    pointer.parent.mkdir(parents=True)
    pointer.write_bytes(ACTIVE[case])
    err, _ = _run(cli)
    assert "Traceback" not in err
    assert str(pointer) in err and "moved aside" in err, err
    kept = list(pointer.parent.glob("active.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == ACTIVE[case]  # kept, never deleted
    assert not pointer.exists()


def test_a_folder_in_place_of_the_pointer_is_set_aside(dirs, cli):
    pointer = dirs[1] / "knowledge" / "active.json"
    (pointer / "inner").mkdir(parents=True)
    err, _ = _run(cli)
    assert "moved aside" in err and list(pointer.parent.glob("active.json.damaged-*"))[0].is_dir()


# -- overlay.sqlite: the user's own entries -------------------------------------------------------------
def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _wrong_schema(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")


def _missing_column(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE entries (kind TEXT, key TEXT, id TEXT)")


def _folder(path: Path) -> None:
    (path / "x").mkdir(parents=True)


OVERLAY_FILES = {"random bytes": _random_bytes, "another schema": _wrong_schema,
                 "a missing column": _missing_column, "a folder": _folder}


@pytest.mark.parametrize("case", list(OVERLAY_FILES))
def test_a_damaged_overlay_is_set_aside_and_kept(dirs, cli, case):
    overlay = dirs[1] / "overlay.sqlite"
    OVERLAY_FILES[case](overlay)
    err, _ = _run(cli)
    assert "Traceback" not in err and str(overlay) in err and "moved aside" in err, err
    assert len(list(overlay.parent.glob("overlay.sqlite.damaged-*"))) == 1


def _overlay_with_rows(path: Path, rows: list[tuple]) -> None:
    from desktop.knowledge.overlay import CREATE

    with sqlite3.connect(path) as conn:
        conn.execute(CREATE)
        conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, '2026-01-01')", rows)


def test_one_bad_overlay_row_is_skipped_and_named_the_rest_works(dirs, cli, catalog):
    """Issue 10, item 8: file/table, row id, field and reason in `kb info` and on `assess` stderr."""
    gpu = catalog.records("gpus")[0]
    mine = gpu.model_copy(update={"id": "my-own-gpu", "name": "My own GPU"})
    bad_field = json.loads(mine.model_dump_json()) | {"id": "broken-gpu", "memory_gb": "lots"}
    _overlay_with_rows(dirs[1] / "overlay.sqlite", [
        ("gpus", "my-own-gpu", "my-own-gpu", mine.model_dump_json()),
        ("gpus", "broken-gpu", "broken-gpu", json.dumps(bad_field)),
        ("gpus", "blob-gpu", "blob-gpu", b"\x00\x01binary"),
        ("gpus", "not-json", "not-json", "{ this is not json"),
    ])
    err, info = _run(cli)
    problems = json.loads(info)["problems"]
    assert any("gpus/broken-gpu" in p and "memory_gb" in p for p in problems), problems
    assert any("gpus/blob-gpu" in p for p in problems) and any("gpus/not-json" in p for p in problems)
    assert all("overlay.sqlite entries" in p for p in problems)
    assert "gpus/broken-gpu" in err and "memory_gb" in err
    assert json.loads(info)["overlay_counts"]["gpus"] == 1  # the good entry still counts
    code, out, _ = cli("kb", "show", "gpus", "my-own-gpu", "--json")
    assert code == 0 and json.loads(out)["origin"] == "user"


# -- the cache: always rebuilt ------------------------------------------------------------------------
def _drop_table(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE clouds")


def _drop_column(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE models DROP COLUMN name")


def _blob_row(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE gpus SET data = CAST(data AS BLOB) WHERE rowid = 1")


def _stale_journal(db: Path) -> None:
    db.with_name(db.name + "-journal").write_bytes(os.urandom(1024))


def _cache_folder(db: Path) -> None:
    db.unlink()
    (db / "x").mkdir(parents=True)


def _cache_random(db: Path) -> None:
    db.write_bytes(os.urandom(8192))


CACHE = {"a missing table": _drop_table, "a missing column": _drop_column, "a BLOB row": _blob_row,
         "a stale journal": _stale_journal, "a folder in its place": _cache_folder, "random bytes": _cache_random}


@pytest.mark.parametrize("case", list(CACHE))
def test_an_inconsistent_cache_is_rebuilt(dirs, cli, case):
    cache, _data = dirs
    db = cache / "knowledge.sqlite"
    CACHE[case](db)
    err, info = _run(cli)
    assert "Traceback" not in err
    assert db.is_file() and json.loads(info)["database"] == str(db)
    assert not db.with_name(db.name + "-journal").exists()


def test_an_unusable_cache_folder_means_a_copy_elsewhere_with_one_line(isolated_dirs, cli, monkeypatch):
    blocker = isolated_dirs / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("MSS_CACHE_DIR", str(blocker))
    err, info = _run(cli)
    assert "built a temporary copy" in err and str(blocker) in err
    assert json.loads(info)["database"] != str(blocker / "knowledge.sqlite")
    assert blocker.read_text() == "a file where the cache folder should be"


def test_leftovers_of_dead_builds_are_pruned_and_a_failed_build_leaves_none(dirs, monkeypatch):
    from desktop.knowledge import build
    from desktop.knowledge.base import KnowledgeBase

    cache, _ = dirs
    dead = cache / "knowledge.sqlite.tmp999999999"
    dead.write_bytes(b"half a database")
    KnowledgeBase.open().close()
    assert not dead.exists()

    (cache / "knowledge.sqlite").unlink()

    def explode(tmp, sources):
        Path(tmp).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build, "_build_into", explode)
    with pytest.raises(OSError):
        build.build(cache / "knowledge.sqlite")
    assert not list(cache.glob("knowledge.sqlite.tmp*"))


def test_an_unreadable_installed_bundle_falls_back_to_the_bundled_knowledge(dirs, cli):
    _cache, data = dirs
    folder = data / "knowledge" / "versions" / "20310101T000000-damaged"
    folder.mkdir(parents=True)
    (folder / "models.toml").write_bytes(b"[[model]]\nid = \xff\xfe broken\n")
    (data / "knowledge" / "active.json").write_text(json.dumps({"current": {
        "path": str(folder), "version": "damaged", "released": "2031-01-01T00:00:00+00:00"}}), encoding="utf-8")
    err, info = _run(cli)
    assert "cannot be read" in err and "using the bundled knowledge" in err and str(folder) in err
    assert json.loads(info)["counts"]["models"] > 10
