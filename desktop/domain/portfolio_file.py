"""Reading and writing portfolio files: migrations, clear errors, atomic writes."""

from __future__ import annotations

import json
import math
import os
import stat
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
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
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


# Limits of the reader: far above any real portfolio (the samples are ~10 KB, 3 levels of objects).
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 32
MAX_LIST = 10_000
MAX_STRING = 100_000  # the models cap each text field lower; this bounds work before they run
MAX_INT = 10**15


def _reject_constant(token: str):
    raise PortfolioError(f"{token} is not a number a portfolio can hold (numbers must be finite)")


def _check_values(value, name: str, where: str = "", depth: int = 0) -> None:
    """Depth, sizes, finite numbers and valid Unicode (no lone surrogates), before the models read it."""
    if depth > MAX_DEPTH:
        raise PortfolioError(f"{name}: nested more than {MAX_DEPTH} levels deep at {where or 'the top'}")
    if isinstance(value, dict):
        if len(value) > MAX_LIST:
            raise PortfolioError(f"{name}: {where or 'the top level'} has more than {MAX_LIST} entries")
        for key, item in value.items():
            _check_values(key, name, f"{where}.{key}" if where else "(a key)", depth + 1)
            _check_values(item, name, f"{where}.{key}" if where else str(key)[:80], depth + 1)
    elif isinstance(value, list):
        if len(value) > MAX_LIST:
            raise PortfolioError(f"{name}: {where} has more than {MAX_LIST} entries")
        for i, item in enumerate(value):
            _check_values(item, name, f"{where}.{i}", depth + 1)
    elif isinstance(value, str):
        if len(value) > MAX_STRING:
            raise PortfolioError(f"{name}: {where}: a text of {len(value):,} characters (at most {MAX_STRING:,})")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PortfolioError(f"{name}: {where}: the text is not valid Unicode (a lone surrogate "
                                 "such as \\ud800)") from None
    elif isinstance(value, bool):
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            raise PortfolioError(f"{name}: {where}: the number {str(value)[:20]}… is too large (at most {MAX_INT:.0e})")
    elif isinstance(value, float) and not math.isfinite(value):
        raise PortfolioError(f"{name}: {where}: the number is not finite")


def parse_portfolio(text: str, name: str = "portfolio") -> Portfolio:
    """The one door for portfolio text (files, recovery, embedded attachments): every problem is a
    PortfolioError naming the field and the allowed range."""
    if len(text) > MAX_FILE_BYTES:
        raise PortfolioError(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MiB; a portfolio is far smaller")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise PortfolioError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise PortfolioError(f"{name}: nested more than {MAX_DEPTH} levels deep") from None
    except PortfolioError as exc:
        raise PortfolioError(f"{name}: {exc}") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise PortfolioError(f"{name}: a number is too large ({str(exc)[:80]})") from None
    _check_values(data, name)
    if not isinstance(data, dict):
        raise PortfolioError(f"{name}: a portfolio is a JSON object, not {type(data).__name__}")
    try:
        data = migrate(data)
    except PortfolioError as exc:
        raise PortfolioError(f"{name}: {exc}") from None
    try:
        return Portfolio.model_validate(data)
    except ValidationError as exc:
        raise PortfolioError(f"{name}: {describe_validation(exc)}") from None
    except RecursionError:
        raise PortfolioError(f"{name}: nested too deeply") from None


def _size(n: int) -> str:
    return f"{n // 2**20} MiB" if n >= 2**20 else f"{n:,} bytes"


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most `limit`: a FIFO, a device (/dev/zero) or a folder is refused before
    it is read, so nothing hangs and nothing fills memory. OSError / ValueError name the problem."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > limit:
            raise ValueError(f"{info.st_size:,} bytes; a file may have at most {_size(limit)}")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ValueError(f"more than {_size(limit)}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def load_portfolio(path: Path) -> Portfolio:
    try:
        raw = read_limited(Path(path))
    except FileNotFoundError:
        raise PortfolioError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PortfolioError(f"{path}: a folder, not a portfolio file") from None
    except ValueError as exc:
        raise PortfolioError(f"{path}: {exc}") from None
    except OSError as exc:
        raise PortfolioError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PortfolioError(f"{path}: not a text file (not UTF-8)") from None
    return parse_portfolio(text, str(path))


def dump_portfolio(portfolio: Portfolio) -> str:
    return portfolio.model_dump_json(indent=2) + "\n"


def save_portfolio(portfolio: Portfolio, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over the target."""
    write_atomic(Path(path), dump_portfolio(portfolio).encode("utf-8"))
