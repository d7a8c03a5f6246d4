"""The user overlay: the user's own GPUs, negotiated prices and in-house models.

It lives in the user data directory, wins over bundled values with the same id, and no knowledge
base rebuild or update ever touches it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from pydantic import ValidationError

from desktop.domain import KINDS, Record

from . import paths


class OverlayError(ValueError):
    pass


class Overlay:
    def __init__(self, path: Path | None = None):
        self.path = path or paths.data_dir() / "overlay.sqlite"
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(self.path)
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL,"
                " data TEXT NOT NULL, added TEXT NOT NULL, PRIMARY KEY (kind, key))"
            )
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def put(self, kind: str, record: Record) -> None:
        self.put_many(kind, [record])

    def put_many(self, kind: str, records: list[Record]) -> None:
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
                out.append(cls.model_validate(json.loads(data)))
            except (ValidationError, json.JSONDecodeError) as exc:
                # A hand-edited or older entry must not take the app down; it is skipped and named.
                raise OverlayError(f"overlay entry {kind}/{record_id} is invalid: {exc}") from None
        return out

    def count(self, kind: str) -> int:
        if not self.path.exists() and self._conn is None:
            return 0
        return self.conn.execute("SELECT COUNT(*) FROM entries WHERE kind = ?", (kind,)).fetchone()[0]
