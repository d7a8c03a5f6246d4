"""The user overlay: the user's own GPUs, negotiated prices and in-house models.

It lives in the user data directory, wins over bundled values with the same id, and no knowledge
base rebuild or update ever touches it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from desktop.atomic import set_aside
from desktop.domain import KINDS, Record

from . import paths

CREATE = ("CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL,"
          " data TEXT NOT NULL, added TEXT NOT NULL, PRIMARY KEY (kind, key))")
COLUMNS = {"kind", "key", "id", "data", "added"}


class OverlayError(ValueError):
    pass


def _reason(exc: Exception) -> str:
    """field and reason of the first problem, in one line."""
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ())) or "record"
        return f"field {where}: {err.get('msg')}"
    if isinstance(exc, json.JSONDecodeError):
        return f"field data: not JSON ({exc.msg})"
    return f"field data: {exc}"


class Overlay:
    def __init__(self, path: Path | None = None):
        self.path = path or paths.data_dir() / "overlay.sqlite"
        self._conn: sqlite3.Connection | None = None
        self.problems: list[str] = []  # entries skipped, a damaged file set aside: named for the user

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        """The overlay database; a damaged one (not a database, another layout, not a file) is moved aside,
        kept for the user, and a fresh empty one takes its place."""
        problem = self._damage()
        if problem:
            try:
                moved = set_aside(self.path)
                self.problems.append(f"your overlay {self.path} was damaged ({problem}); moved aside to {moved}, "
                                     "starting an empty one")
            except OSError as exc:
                self.problems.append(f"your overlay {self.path} is damaged ({problem}) and cannot be moved aside "
                                     f"({exc.strerror}); your own entries are not used")
                conn = sqlite3.connect(":memory:")
                conn.execute(CREATE)
                return conn
        conn = sqlite3.connect(self.path)
        conn.execute(CREATE)
        return conn

    def _damage(self) -> str | None:
        if not self.path.exists() and not self.path.is_symlink():
            return None
        if not self.path.is_file():
            return "not a regular file"
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return "the database fails its integrity check"
                columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            finally:
                conn.close()
        except sqlite3.Error as exc:
            return f"not a readable database: {exc}"
        if columns and not columns >= COLUMNS:
            return f"the entries table lacks {', '.join(sorted(COLUMNS - columns))}"
        if not columns and tables:
            return "another database, without an entries table"
        return None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def put(self, kind: str, record: Record) -> None:
        self.put_many(kind, [record])

    def put_many(self, kind: str, records: Sequence[Record]) -> None:
        """Add or replace entries in one transaction: all or none."""
        if kind not in KINDS:
            raise OverlayError(f"unknown kind {kind!r}")
        with self.conn:
            for record in records:
                self.conn.execute(
                    "INSERT OR REPLACE INTO entries (kind, key, id, data, added) VALUES (?, ?, ?, ?, ?)",
                    (kind, record.id.lower(), record.id, record.model_dump_json(), dt.datetime.now(dt.UTC).isoformat()),
                )

    def remove(self, kind: str, record_id: str) -> bool:
        with self.conn:
            cur = self.conn.execute("DELETE FROM entries WHERE kind = ? AND key = ?", (kind, record_id.lower()))
        return cur.rowcount > 0

    def records(self, kind: str) -> list[Record]:
        if not self.path.exists() and self._conn is None:
            return []
        cls = KINDS[kind]
        out = []
        for record_id, data in self.conn.execute("SELECT id, data FROM entries WHERE kind = ? ORDER BY key", (kind,)):
            try:
                if not isinstance(data, str):
                    raise TypeError(f"data is stored as {type(data).__name__}, not JSON text")
                out.append(cls.model_validate(json.loads(data)))
            except (ValidationError, ValueError, TypeError, RecursionError) as exc:
                # A hand-edited or older entry must not take the app down; it is skipped and named.
                message = f"{self.path.name} entries: {kind}/{record_id} skipped: {_reason(exc)}"
                if message not in self.problems:
                    self.problems.append(message)
        return out

    def count(self, kind: str) -> int:
        """Usable entries of a kind (a skipped one does not count)."""
        return len(self.records(kind))
