"""Build the knowledge sources into SQLite: a table per kind, aliases, clauses, and FTS5 search.

The database lives in the user cache directory and is rebuilt only when the content hash of the
sources changes or the file is unreadable. A build writes a temporary file and renames it, so a
crash mid-build never leaves a half-built database behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from desktop.domain import License, Model, Record

from .sources import KNOWLEDGE_DIR, Sources, content_version, load_sources

SCHEMA = 1  # bump when the table layout changes, so old caches are rebuilt
KIND_TABLES = ("licenses", "models", "gpus", "apis", "clouds", "measurements", "rules", "regulation")


def record_name(record: Record) -> str:
    for attr in ("name", "model_name", "instance", "title"):
        value = getattr(record, attr, None)
        if value:
            return str(value)
    return record.id


def record_summary(record: Record) -> str:
    """Text for full-text search: names, summaries and, for licenses, every clause."""
    parts: list[str] = [record.id, record_name(record)]
    if isinstance(record, License):
        parts += [record.summary, record.short_name, " ".join(record.hf_tags)]
        for clause in record.clauses():
            parts += [clause.summary, clause.quote or ""]
    elif isinstance(record, Model):
        parts += [record.family, record.publisher, " ".join(record.license_ids), " ".join(record.capabilities)]
        parts += [" ".join(record.modalities)]
    else:
        for attr in ("vendor", "provider", "region", "kind", "memory_type", "accelerator_id", "model",
                     "article", "text", "instrument"):
            value = getattr(record, attr, None)
            if value:
                parts.append(str(value))
        contract = getattr(record, "contract", None)
        if contract is not None:  # an API's terms: regions and prohibited uses are what people search for
            parts += [*contract.processing_regions, *contract.prohibited_uses, *contract.conditional_uses]
            parts += list(contract.terms.values())
    if record.note:
        parts.append(record.note)
    return " ".join(p for p in parts if p)


def row_for(record: Record) -> dict:
    return {
        "id": record.id,
        "key": record.id.lower(),
        "name": record_name(record),
        "as_of": record.as_of.isoformat(),
        "verification": record.verification.value,
        "sources": json.dumps(record.sources),
        "data": record.model_dump_json(),
    }


def build(db_path: Path, sources: Sources | None = None, root: Path = KNOWLEDGE_DIR) -> Path:
    """Build the database from the sources at root; returns the path written."""
    sources = sources or load_sources(root)
    tmp = db_path.with_name(db_path.name + f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        _build_into(tmp, sources)
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a failed build leaves nothing behind
        raise
    return db_path


def _build_into(tmp: Path, sources: Sources) -> None:
    import sqlite_utils  # noqa: PLC0415 - only a rebuild needs it; with numpy behind it, 0.1 s of every start

    db = sqlite_utils.Database(tmp)
    try:
        for kind in KIND_TABLES:
            records = sources.of(kind)
            db.table(kind).create(
                {"id": str, "key": str, "name": str, "as_of": str, "verification": str, "sources": str, "data": str},
                pk="key",
            )
            db.table(kind).insert_all(row_for(r) for r in records)
        db.table("aliases").create({"alias": str, "kind": str, "key": str}, pk="alias")
        db.table("aliases").insert_all(
            ({"alias": alias.lower(), "kind": "models", "key": m.id.lower()} for m in sources.of("models") if isinstance(m, Model) for alias in m.aliases),
            replace=True,
        )
        db.table("clauses").create(
            {"license": str, "clause": str, "section": str, "summary": str, "quote": str, "source": str}
        )
        db.table("clauses").insert_all(
            {
                "license": lic.id,
                "clause": type(clause).__name__,
                "section": clause.section,
                "summary": clause.summary,
                "quote": clause.quote or "",
                "source": clause.source,
            }
            for lic in sources.of("licenses") if isinstance(lic, License)
            for clause in lic.clauses()
        )
        db.table("search").create({"kind": str, "id": str, "name": str, "text": str})
        db.table("search").insert_all(
            {"kind": kind, "id": r.id, "name": record_name(r), "text": record_summary(r)}
            for kind in KIND_TABLES
            for r in sources.of(kind)
        )
        db.table("search").enable_fts(["name", "text"], tokenize="unicode61 remove_diacritics 2", create_triggers=False)
        db.table("meta").insert_all(
            [
                {"key": "version", "value": sources.version},
                {"key": "schema", "value": str(SCHEMA)},
                {"key": "built_at", "value": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
                {"key": "source_files", "value": str(len(sources.files))},
            ],
            pk="key",
        )
        db.conn.commit()
    finally:
        db.close()


# The tables and columns every reader relies on: a cache missing one is rebuilt, whatever its meta says.
EXPECTED_COLUMNS = {
    **{kind: {"id", "key", "name", "as_of", "verification", "sources", "data"} for kind in KIND_TABLES},
    "aliases": {"alias", "kind", "key"},
    "clauses": {"license", "clause", "section", "summary", "quote", "source"},
    "search": {"kind", "id", "name", "text"},
    "search_fts": set(),
    "meta": {"key", "value"},
}
SIDE_FILES = ("-journal", "-wal", "-shm")


def cached_version(db_path: Path) -> str | None:
    """The version recorded in a cached database, or None if it is missing, not a regular file, of another
    schema, missing a table or column, or corrupt."""
    if not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            for table, columns in EXPECTED_COLUMNS.items():
                found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                if not found or not columns <= found:
                    return None
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            for kind in KIND_TABLES:  # typed rows: a BLOB or number where JSON text belongs is damage
                bad = conn.execute(f"SELECT COUNT(*) FROM {kind} WHERE typeof(data) != 'text' "
                                   "OR typeof(key) != 'text'").fetchone()[0]
                if bad:
                    return None
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if meta.get("schema") != str(SCHEMA) or not isinstance(meta.get("version"), str):
        return None
    return meta.get("version")


def _clear(db_path: Path) -> None:
    """Remove a cache and its side files (a stale journal makes a read-only open fail), or a folder or
    other thing in its place: the cache is disposable."""
    import shutil

    for path in (db_path, *(db_path.with_name(db_path.name + suffix) for suffix in SIDE_FILES)):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()


def prune_build_leftovers(folder: Path) -> None:
    """Temporary databases of builds whose process is gone (a crash or a kill mid-build)."""
    for tmp in folder.glob("knowledge.sqlite.tmp*"):
        pid = tmp.name.rsplit(".tmp", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid():
            try:
                os.kill(int(pid), 0)
                continue  # still building
            except ProcessLookupError:
                pass
            except (PermissionError, OSError):
                continue
        try:
            tmp.unlink()
        except OSError:
            continue


def ensure_built(db_path: Path, root: Path = KNOWLEDGE_DIR) -> tuple[Path, bool]:
    """Rebuild when the sources changed or the cache is inconsistent. Returns (path, rebuilt)."""
    has_journal = any(db_path.with_name(db_path.name + s).exists() for s in SIDE_FILES)
    if not has_journal and cached_version(db_path) == content_version(root):
        return db_path, False
    _clear(db_path)
    return build(db_path, root=root), True
