"""Reading and writing portfolio files: migrations, clear errors, atomic writes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from desktop.atomic import write_atomic

from .portfolio import SCHEMA_VERSION, Portfolio


class PortfolioError(ValueError):
    """A portfolio file that cannot be used; the message names the file and the problem."""


def _from_v0(data: dict) -> dict:
    """Files written before schema_version existed (early previews) had `usecases` and no weights."""
    data = dict(data)
    if "usecases" in data:
        data["use_cases"] = data.pop("usecases")
    data["schema_version"] = 1
    return data


def _from_v1(data: dict) -> dict:
    """Version 2 added optional fields only (platforms, owned hardware, cost of capital)."""
    return {**data, "schema_version": 2}


# version -> function that turns a file of that version into the next version
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _from_v0, 1: _from_v1}


def migrate(data: dict) -> dict:
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise PortfolioError(f"schema_version {version!r} is not a version number")
    if version > SCHEMA_VERSION:
        raise PortfolioError(
            f"this portfolio was written by a newer version of Model Strategy Studio (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update the app to open it."
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data


def describe_validation(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        parts.append(f"{where}: {err['msg']}")
    more = exc.error_count() - 5
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def parse_portfolio(text: str, name: str = "portfolio") -> Portfolio:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PortfolioError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise PortfolioError(f"{name}: a portfolio is a JSON object, not {type(data).__name__}")
    data = migrate(data)
    try:
        return Portfolio.model_validate(data)
    except ValidationError as exc:
        raise PortfolioError(f"{name}: {describe_validation(exc)}") from None


def load_portfolio(path: Path) -> Portfolio:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PortfolioError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise PortfolioError(f"{path}: not a text file") from None
    except OSError as exc:
        raise PortfolioError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_portfolio(text, str(path))


def dump_portfolio(portfolio: Portfolio) -> str:
    return portfolio.model_dump_json(indent=2) + "\n"


def save_portfolio(portfolio: Portfolio, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over the target."""
    write_atomic(Path(path), dump_portfolio(portfolio).encode("utf-8"))
