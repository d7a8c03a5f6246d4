"""Read the human-written TOML sources in resources/knowledge into domain records.

Each file holds arrays of tables named for the kind they hold (``[[license]]``, ``[[model]]``,
``[[accelerator]]``, ``[[api]]``, ``[[cloud]]``, ``[[measurement]]``) and may start with a
``[defaults]`` table whose keys every record in the file inherits unless it sets them itself.
A file of API offers may hold named ``[contracts.NAME]`` tables (one vendor's terms, shared by its
offers); an ``[[api]]`` row then says ``contract = "NAME"``, and a contract may start from another
with ``extends = "NAME"`` (e.g. the EU-region variant of a vendor's terms).
A malformed file raises SourceError naming the file, the line and the key.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from desktop.domain import (
    Accelerator,
    ApiOffering,
    CloudOffering,
    License,
    Measurement,
    Model,
    Provision,
    Record,
    ScenarioRule,
)

# TOML table name -> (domain class, KIND used by the CLI and the database)
TABLES: dict[str, tuple[type[Record], str]] = {
    "license": (License, "licenses"),
    "model": (Model, "models"),
    "accelerator": (Accelerator, "gpus"),
    "api": (ApiOffering, "apis"),
    "cloud": (CloudOffering, "clouds"),
    "measurement": (Measurement, "measurements"),
    "rule": (ScenarioRule, "rules"),
    "provision": (Provision, "regulation"),
}

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
KNOWLEDGE_DIR = RESOURCES / "knowledge"


class SourceError(ValueError):
    """A knowledge source is malformed: says which file, where, and what."""

    def __init__(self, path: Path, message: str, line: int | None = None, key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = f"{path}" + (f", line {line}" if line else "") + (f", key '{key}'" if key else "")
        super().__init__(f"{where}: {message}")


@dataclass
class Sources:
    """Every record read from a knowledge directory, by KIND, plus the content version."""

    version: str
    records: dict[str, list[Record]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    def of(self, kind: str) -> list[Record]:
        return self.records.get(kind, [])


def source_files(root: Path = KNOWLEDGE_DIR) -> list[Path]:
    return sorted(p for p in root.rglob("*.toml") if p.is_file())


def content_version(root: Path = KNOWLEDGE_DIR) -> str:
    """A hash of every source file's path and bytes: the knowledge base version."""
    digest = hashlib.sha256()
    for path in source_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def load_sources(root: Path = KNOWLEDGE_DIR) -> Sources:
    sources = Sources(version=content_version(root))
    seen: dict[tuple[str, str], Path] = {}
    for path in source_files(root):
        for kind, record in read_file(path):
            key = (kind, record.id.lower())
            if key in seen:
                raise SourceError(path, f"duplicate {kind} id {record.id!r} (also in {seen[key]})", key="id")
            seen[key] = path
            sources.records.setdefault(kind, []).append(record)
        sources.files.append(path)
    check_references(sources, seen)
    return sources


def check_references(sources: Sources, seen: dict[tuple[str, str], Path]) -> None:
    """Every id a record names must exist: a model's licenses, a cloud's accelerator, an API's model."""
    def exists(kind: str, ident: str) -> bool:
        return (kind, ident.lower()) in seen

    for record in sources.of("models"):
        for lic in record.license_ids if isinstance(record, Model) else []:
            if not exists("licenses", lic):
                raise SourceError(seen[("models", record.id.lower())], f"model {record.id!r} names unknown license {lic!r}",
                                  key="license_ids")
    for record in sources.of("clouds"):
        if isinstance(record, CloudOffering) and not exists("gpus", record.accelerator_id):
            raise SourceError(seen[("clouds", record.id.lower())],
                              f"cloud {record.id!r} names unknown accelerator {record.accelerator_id!r}", key="accelerator_id")
    for record in sources.of("apis"):
        model = record.open_weight_model if isinstance(record, ApiOffering) else None
        if model and not exists("models", model):
            raise SourceError(seen[("apis", record.id.lower())], f"api {record.id!r} names unknown model {model!r}",
                              key="open_weight_model")
    check_regulation(sources, seen)
    for record in sources.of("measurements"):
        if not isinstance(record, Measurement):
            continue
        for kind, ident, key in (("models", record.model, "model"), ("gpus", record.accelerator_id, "accelerator_id")):
            if not exists(kind, ident):
                raise SourceError(seen[("measurements", record.id.lower())],
                                  f"measurement {record.id!r} names unknown {kind[:-1]} {ident!r}", key=key)


def check_regulation(sources: Sources, seen: dict[tuple[str, str], Path]) -> None:
    """A provision's `applies_from` and `amends` must name an application_date of the regulation."""
    dates = {r.id.lower() for r in sources.of("regulation") if isinstance(r, Provision) and r.type == "application_date"}
    for record in sources.of("regulation"):
        for key in ("applies_from", "amends"):
            target = getattr(record, key)
            if target and target.lower() not in dates:
                raise SourceError(seen[("regulation", record.id.lower())],
                                  f"provision {record.id!r} names unknown application_date {target!r}", key=key)


def read_file(path: Path) -> list[tuple[str, Record]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _line_of_decode_error(str(exc))
        raise SourceError(path, f"not valid TOML: {exc}", line=line) from None
    except RecursionError:
        raise SourceError(path, "not valid TOML: nested too deeply") from None
    defaults = data.pop("defaults", {})
    if not isinstance(defaults, dict):
        raise SourceError(path, "[defaults] must be a table", key="defaults")
    contracts = _named_contracts(path, data.pop("contracts", {}))
    out: list[tuple[str, Record]] = []
    for table, rows in data.items():
        if table not in TABLES:
            raise SourceError(
                path, f"unknown table [[{table}]]; expected one of {', '.join(TABLES)}", line=_header_line(text, table, 0), key=table
            )
        cls, kind = TABLES[table]
        if not isinstance(rows, list):
            raise SourceError(path, f"'{table}' must be an array of tables ([[{table}]])", key=table)
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise SourceError(path, f"'{table}' entry #{index + 1} must be a table ([[{table}]])", key=table)
            merged = {**defaults, **row}
            if isinstance(merged.get("contract"), str):
                name = merged["contract"]
                if name not in contracts:
                    raise SourceError(
                        path, f"{table} {row.get('id', f'#{index + 1}')!r}: unknown contract {name!r}; "
                        f"expected one of {', '.join(sorted(contracts)) or '(none: add a [contracts.NAME] table)'}",
                        line=_key_line(text, table, index, ["contract"]), key="contract",
                    )
                merged["contract"] = contracts[name]
            try:
                out.append((kind, cls.model_validate(merged)))
            except ValidationError as exc:
                err = exc.errors()[0]
                loc = [str(part) for part in err["loc"]]
                line = _key_line(text, table, index, loc)
                ident = row.get("id", f"#{index + 1}")
                count = exc.error_count()
                more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
                raise SourceError(
                    path, f"{table} {ident!r}: {err['msg']}{more}", line=line, key=".".join(loc) or None
                ) from None
    return out


def _named_contracts(path: Path, tables: object) -> dict[str, dict]:
    """The file's [contracts.NAME] tables with every `extends` chain resolved."""
    if not isinstance(tables, dict) or not all(isinstance(v, dict) for v in tables.values()):
        raise SourceError(path, "[contracts] must hold named tables ([contracts.NAME])", key="contracts")

    def resolved(name: str, chain: tuple[str, ...]) -> dict:
        table = dict(tables[name])
        base = table.pop("extends", None)
        if base is None:
            return table
        if base not in tables:
            raise SourceError(path, f"contract {name!r} extends unknown contract {base!r}", key=f"contracts.{name}.extends")
        if base in chain:
            raise SourceError(path, f"contract {name!r} extends itself via {' -> '.join(chain)}", key=f"contracts.{name}.extends")
        merged = resolved(base, (*chain, base))
        for key, value in table.items():  # per-fact tables (terms, fact_sources) add to the base's
            merged[key] = {**merged[key], **value} if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
        return merged

    return {name: resolved(name, (name,)) for name in tables}


def _line_of_decode_error(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _header_line(text: str, table: str, index: int) -> int | None:
    """Line (1-based) of the index-th [[table]] header."""
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            if count == index:
                return number
            count += 1
    return None


def _key_line(text: str, table: str, index: int, loc: list[str]) -> int | None:
    """Best guess at the line holding the failing key: the first line after the record's header
    that assigns the innermost named key, before the next record of the same table."""
    start = _header_line(text, table, index)
    if start is None:
        return None
    names = [part for part in loc if not part.isdigit()]
    if not names:
        return start
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    for name in reversed(names):
        key = re.compile(rf"^\s*(\"?){re.escape(name)}\1\s*=|^\s*\[+[^\]]*\b{re.escape(name)}\b")
        for number in range(start, len(lines)):  # 0-based index of the line after the header
            if header.match(lines[number]):
                break
            if key.match(lines[number]):
                return number + 1
    return start
