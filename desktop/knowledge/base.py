"""Query the knowledge base: bundled records merged with the user overlay.

This is the one door through which the engine, the CLI, the report and the GUI read knowledge.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import json
import os
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from desktop.atomic import prune_temporaries
from desktop.domain import KINDS, Accelerator, ApiOffering, CloudOffering, License, Measurement, Model, Record

from . import paths
from .build import KIND_TABLES, ensure_built, prune_build_leftovers
from .overlay import Overlay

STALE_DAYS = 365


class NotFound(LookupError):
    """An id that is not in the knowledge base; carries close matches for the message."""

    def __init__(self, kind: str, wanted: str, suggestions: list[str]):
        self.kind, self.wanted, self.suggestions = kind, wanted, suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"{kind[:-1] if kind.endswith('s') else kind} {wanted!r} not found{hint}")


class UnknownKind(ValueError):
    def __init__(self, kind: str):
        super().__init__(f"unknown kind {kind!r}; expected one of: {', '.join(k for k in KIND_TABLES)}")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    name: str
    snippet: str


class KnowledgeBase:
    def __init__(self, db_path: Path, overlay: Overlay | None, rebuilt: bool = False,
                 notices: list[str] | None = None):
        self.db_path = db_path
        self.overlay = overlay
        self.rebuilt = rebuilt
        self._notices = list(notices or [])
        self.conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, dict[str, Record]] = {}

    @classmethod
    def open(
        cls, root: Path | None = None, cache_dir: Path | None = None, overlay: Overlay | None | bool = True
    ) -> KnowledgeBase:
        """Open (building if needed) the knowledge base: the installed bundle if any, else the bundled
        sources. overlay=True uses the user's overlay."""
        from .bundle import take_notices
        from .sources import KNOWLEDGE_DIR, SourceError

        installed = root is None
        if root is None:
            from .bundle import active_root

            root = active_root()
        notices: list[str] = []
        try:
            path, rebuilt = _build_cache(root, cache_dir, notices)
        except (SourceError, OSError, ValueError, RecursionError) as exc:
            if not installed or root == KNOWLEDGE_DIR:
                raise
            # An installed bundle that no longer reads (damaged on disk): the app goes on with what it ships.
            notices.append(f"the installed knowledge in {root} cannot be read ({str(exc)[:200]}); using the "
                           "bundled knowledge")
            path, rebuilt = _build_cache(KNOWLEDGE_DIR, cache_dir, notices)
        notices += take_notices()
        # Leftovers of writes a crash or kill interrupted: `.name.XXXX.tmp` next to the app's own files.
        with contextlib.suppress(OSError):
            for folder in (paths.data_dir(), paths.data_dir() / "knowledge"):
                prune_temporaries(folder, (".*.tmp",))
        if overlay is True:
            overlay = Overlay()
        return cls(path, overlay or None, rebuilt, notices)

    @property
    def notices(self) -> list[str]:
        """One line per problem met on the way: a cache rebuilt elsewhere, a state file set aside, an overlay
        entry skipped. The CLI prints them on stderr, the GUI in its status bar."""
        out = list(self._notices)
        if self.overlay:
            out += self.overlay.problems
        return list(dict.fromkeys(out))

    def close(self) -> None:
        self.conn.close()
        if self.overlay:
            self.overlay.close()

    # -- metadata -------------------------------------------------------------------------------
    @cached_property
    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    @property
    def version(self) -> str:
        return self.meta["version"]

    def info(self, today: dt.date | None = None) -> dict:
        today = today or dt.date.today()
        cutoff = (today - dt.timedelta(days=STALE_DAYS)).isoformat()
        counts, overlay_counts, verification = {}, {}, {"primary": 0, "secondary": 0, "unverified": 0}
        oldest, newest, stale = None, None, 0
        for kind in KIND_TABLES:
            counts[kind] = self.conn.execute(f"SELECT COUNT(*) FROM {kind}").fetchone()[0]
            lo, hi = self.conn.execute(f"SELECT MIN(as_of), MAX(as_of) FROM {kind}").fetchone()
            if lo:
                oldest = min(oldest or lo, lo)
                newest = max(newest or hi, hi)
            stale += self.conn.execute(f"SELECT COUNT(*) FROM {kind} WHERE as_of < ?", (cutoff,)).fetchone()[0]
            for level, n in self.conn.execute(f"SELECT verification, COUNT(*) FROM {kind} GROUP BY verification"):
                verification[level] += n
            overlay_counts[kind] = self.overlay.count(kind) if self.overlay else 0
        return {
            "version": self.version,
            "built_at": self.meta.get("built_at"),
            "database": str(self.db_path),
            "counts": counts,
            "overlay_counts": overlay_counts,
            "oldest_as_of": oldest,
            "newest_as_of": newest,
            "stale_facts": stale,
            "stale_after_days": STALE_DAYS,
            "verification": verification,
            "problems": self.notices,
        }

    # -- records --------------------------------------------------------------------------------
    def _check_kind(self, kind: str) -> None:
        if kind not in KIND_TABLES:
            raise UnknownKind(kind)

    def _bundled(self, kind: str) -> dict[str, Record]:
        if kind not in self._cache:
            cls = KINDS[kind]
            rows = self.conn.execute(f"SELECT key, data FROM {kind} ORDER BY key").fetchall()
            self._cache[kind] = {key: cls.model_validate_json(data) for key, data in rows}
        return self._cache[kind]

    def records(self, kind: str) -> list[Record]:
        """Bundled records with the overlay's replacing those of the same id (case-insensitive)."""
        self._check_kind(kind)
        merged = dict(self._bundled(kind))
        if self.overlay:
            for record in self.overlay.records(kind):
                merged[record.id.lower()] = record
        return sorted(merged.values(), key=lambda r: r.id.lower())

    def origin(self, kind: str, record_id: str) -> str:
        """'user' when the overlay supplies the record, else 'bundled'."""
        if self.overlay and any(r.id.lower() == record_id.lower() for r in self.overlay.records(kind)):
            return "user"
        return "bundled"

    def resolve_id(self, kind: str, wanted: str) -> str:
        """The canonical id for wanted: case-insensitive, old repo names resolve as aliases."""
        self._check_kind(kind)
        key = wanted.strip().lower()
        ids = {r.id.lower(): r.id for r in self.records(kind)}
        if key in ids:
            return ids[key]
        row = self.conn.execute("SELECT key FROM aliases WHERE alias = ? AND kind = ?", (key, kind)).fetchone()
        if row and row[0] in ids:
            return ids[row[0]]
        raise NotFound(kind, wanted, self.suggest(kind, wanted))

    def get(self, kind: str, wanted: str) -> Record:
        key = self.resolve_id(kind, wanted).lower()
        return next(r for r in self.records(kind) if r.id.lower() == key)

    def suggest(self, kind: str, wanted: str, n: int = 5) -> list[str]:
        ids = [r.id for r in self.records(kind)]
        lowered = {i.lower(): i for i in ids}
        key = wanted.lower()
        tail = key.rsplit("/", 1)[-1]
        close = difflib.get_close_matches(key, list(lowered), n=n, cutoff=0.5)
        close += difflib.get_close_matches(tail, [k.rsplit("/", 1)[-1] for k in lowered], n=n, cutoff=0.6)
        contains = [k for k in lowered if tail and tail in k]
        out: list[str] = []
        for k in contains + close:
            full = lowered.get(k) or next((v for kk, v in lowered.items() if kk.rsplit("/", 1)[-1] == k), None)
            if full and full not in out:
                out.append(full)
        return out[:n]

    # Typed shortcuts for the engine.
    def license(self, wanted: str) -> License:
        return self.get("licenses", wanted)  # type: ignore[return-value]

    def model(self, wanted: str) -> Model:
        return self.get("models", wanted)  # type: ignore[return-value]

    def accelerator(self, wanted: str) -> Accelerator:
        return self.get("gpus", wanted)  # type: ignore[return-value]

    def api(self, wanted: str) -> ApiOffering:
        return self.get("apis", wanted)  # type: ignore[return-value]

    def cloud(self, wanted: str) -> CloudOffering:
        return self.get("clouds", wanted)  # type: ignore[return-value]

    def measurements(self) -> list[Measurement]:
        return self.records("measurements")  # type: ignore[return-value]

    # -- search ---------------------------------------------------------------------------------
    def search(self, text: str, kind: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Full-text search over names, summaries and clause text; overlay entries match by substring."""
        if kind:
            self._check_kind(kind)
        query = fts_query(text)
        hits: list[SearchHit] = []
        if query:
            sql = (
                "SELECT search.kind, search.id, search.name, snippet(search_fts, 1, '[', ']', '…', 12) "
                "FROM search_fts JOIN search ON search.rowid = search_fts.rowid "
                "WHERE search_fts MATCH ?" + (" AND search.kind = ?" if kind else "") + " ORDER BY rank LIMIT ?"
            )
            params = (query, kind, limit) if kind else (query, limit)
            hits = [SearchHit(*row) for row in self.conn.execute(sql, params)]
        if self.overlay:
            needle = text.lower()
            for k in [kind] if kind else KIND_TABLES:
                for record in self.overlay.records(k):
                    if needle in record.model_dump_json().lower():
                        hits.insert(0, SearchHit(k, record.id, getattr(record, "name", record.id), "(your entry)"))
        return hits[:limit]


def _build_cache(root: Path, cache_dir: Path | None, notices: list[str]) -> tuple[Path, bool]:
    """The built database for `root`; the cache is disposable: a folder we cannot write (read-only, a
    file in the way) gets a private copy elsewhere, and one line says so."""
    try:
        folder = cache_dir or paths.cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        prune_build_leftovers(folder)
        return ensure_built(folder / "knowledge.sqlite", root)
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, OSError) and not _is_cache_problem(exc, cache_dir):
            raise
        import tempfile

        spare = Path(tempfile.mkdtemp(prefix="mss-knowledge-"))
        built = ensure_built(spare / "knowledge.sqlite", root)
        where = cache_dir or os.environ.get("MSS_CACHE_DIR") or "the cache folder"
        notices.append(f"the knowledge cache in {where} cannot be used ({getattr(exc, 'strerror', None) or exc}); "
                       f"built a temporary copy in {spare}")
        return built


def _is_cache_problem(exc: OSError, cache_dir: Path | None) -> bool:
    """An OSError about the cache folder (not about reading the sources)."""
    folder = str(cache_dir or os.environ.get("MSS_CACHE_DIR") or "")
    name = str(exc.filename or "")
    return not name or not folder or name.startswith(folder) or "knowledge.sqlite" in name


def fts_query(text: str) -> str:
    """Turn user text into a safe FTS5 query: every word must match, as a prefix."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"*' for w in words)


def as_json(record: Record) -> dict:
    return json.loads(record.model_dump_json())
