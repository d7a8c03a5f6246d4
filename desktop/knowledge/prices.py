"""Import API prices from LiteLLM's community price map into the user overlay.

Users carry `model_prices_and_context_window.json` in on a USB stick; every bundled API offering
that names a key of that file gets its prices and retirement date refreshed in the overlay, with the
file as source. The file's numbers keep the offering's currency: LiteLLM writes every price as if
it were USD, while several EU providers publish (and we store) EUR.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain import ApiOffering, Verification

from .base import KnowledgeBase


class PriceFileError(ValueError):
    pass


@dataclass
class PriceImport:
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # our offerings whose keys the file lacks
    skipped: list[str] = field(default_factory=list)  # keys with unusable prices
    warnings: list[str] = field(default_factory=list)  # imported, but a field of the entry was unusable

    def as_dict(self) -> dict:
        return {
            "updated": self.updated,
            "unchanged": self.unchanged,
            "missing": self.missing,
            "skipped": self.skipped,
            "warnings": self.warnings,
        }


MAX_PRICE_FILE_BYTES = 32 * 1024 * 1024  # LiteLLM's map is about 1 MB


def read_price_map(path: Path) -> dict[str, dict]:
    from desktop.domain.portfolio_file import read_limited

    try:
        data = json.loads(read_limited(Path(path), MAX_PRICE_FILE_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise PriceFileError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PriceFileError(f"{path}: not a JSON file ({exc})") from None
    except RecursionError:
        raise PriceFileError(f"{path}: nested too deeply") from None
    except (OSError, ValueError) as exc:  # a FIFO, a device, a folder, too large
        raise PriceFileError(f"{path}: {getattr(exc, 'strerror', None) or exc}") from None
    if not isinstance(data, dict) or not any(
        isinstance(v, dict) and "input_cost_per_token" in v for v in data.values()
    ):
        raise PriceFileError(f"{path}: not a LiteLLM price map (no entry has 'input_cost_per_token')")
    return data


def _per_million(entry: dict, key: str) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or value > 1:
        # Over $1 per token ($1M per million) is not a price, it is a broken file.
        raise ValueError(f"{key} = {value!r}")
    return round(value * 1e6, 6)


def _deprecation_date(entry: dict, current: dt.date | None) -> dt.date | None:
    """The entry's `deprecation_date` (ISO date); the offering's own when the file has none.

    A file without the field says nothing about retirement, so it must not erase a date we know."""
    value = entry.get("deprecation_date")
    if value is None or value == "":
        return current
    if not isinstance(value, str):
        raise ValueError(f"deprecation_date = {value!r} is not a date")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"deprecation_date = {value!r} is not a date (YYYY-MM-DD)") from None


def import_prices(kb: KnowledgeBase, path: Path, today: dt.date | None = None) -> PriceImport:
    if kb.overlay is None:
        raise PriceFileError("no user overlay to import into")
    price_map = read_price_map(path)
    as_of = today or dt.date.fromtimestamp(path.stat().st_mtime)
    result = PriceImport()
    new: list[ApiOffering] = []
    for offering in kb.records("apis"):
        assert isinstance(offering, ApiOffering)
        if kb.origin("apis", offering.id) == "user" and not offering.sources[0].startswith("file:"):
            result.skipped.append(f"{offering.id}: kept your own price")
            continue
        key = next((k for k in offering.litellm_keys if isinstance(price_map.get(k), dict)), None)
        if key is None:
            if offering.litellm_keys:
                result.missing.append(offering.id)
            continue
        entry = price_map[key]
        try:
            prices = {
                "input_per_mtok": _per_million(entry, "input_cost_per_token"),
                "output_per_mtok": _per_million(entry, "output_cost_per_token"),
                "cached_input_per_mtok": _per_million(entry, "cache_read_input_token_cost"),
            }
        except ValueError as exc:
            result.skipped.append(f"{key}: {exc}")
            continue
        if prices["input_per_mtok"] is None or prices["output_per_mtok"] is None:
            result.skipped.append(f"{key}: no input or output price")
            continue
        if prices["cached_input_per_mtok"] is None:
            prices["cached_input_per_mtok"] = offering.cached_input_per_mtok
        try:
            retires = _deprecation_date(entry, offering.deprecation_date)
        except ValueError as exc:
            result.warnings.append(f"{key}: {exc}; kept {offering.deprecation_date or 'no date'}")
            retires = offering.deprecation_date
        current = (offering.input_per_mtok, offering.output_per_mtok, offering.cached_input_per_mtok,
                   offering.deprecation_date)
        imported = (prices["input_per_mtok"], prices["output_per_mtok"], prices["cached_input_per_mtok"], retires)
        if current == imported:
            result.unchanged.append(offering.id)
            continue
        context = entry.get("max_input_tokens") or offering.context_tokens
        new.append(
            ApiOffering.model_validate(
                offering.model_dump()
                | {
                    **prices,
                    "deprecation_date": retires,
                    "context_tokens": context if isinstance(context, int) and context > 0 else offering.context_tokens,
                    "sources": [path.resolve().as_uri(), *(s for s in offering.sources if not s.startswith("file:"))],
                    "as_of": as_of,
                    "verification": Verification.secondary,
                    "note": f"price imported from {path.name} (key {key})",
                }
            )
        )
        result.updated.append(offering.id)
    kb.overlay.put_many("apis", new)
    return result
