"""`kb import-prices`: prices and the vendor's retirement date come from LiteLLM's map, currency stays ours."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.knowledge.base import KnowledgeBase
from desktop.knowledge.overlay import Overlay
from desktop.knowledge.prices import import_prices

OFFERS = """
[defaults]
as_of = 2026-11-25
verification = "secondary"
region = "global"
eu_data_residency = false
quality_tier = "mid"
sources = ["https://example.org/prices"]

[[api]]
id = "acme/dated"
vendor = "Acme"
model_name = "Dated"
input_per_mtok = 1.0
output_per_mtok = 2.0
litellm_keys = ["acme-dated"]
deprecation_date = 2027-01-31

[[api]]
id = "acme/undated"
vendor = "Acme"
model_name = "Undated"
input_per_mtok = 1.0
output_per_mtok = 2.0
litellm_keys = ["acme-undated"]

[[api]]
id = "euro/host"
vendor = "Euro Host"
model_name = "Hosted"
input_per_mtok = 0.5
output_per_mtok = 0.5
currency = "EUR"
region = "eu"
eu_data_residency = true
litellm_keys = ["euro/hosted"]
"""


def entry(input_cost: float = 1e-06, output_cost: float = 2e-06, **extra) -> dict:
    return {"input_cost_per_token": input_cost, "output_cost_per_token": output_cost, "mode": "chat", **extra}


@pytest.fixture
def small_kb(tmp_path):
    root = tmp_path / "knowledge"
    (root / "prices").mkdir(parents=True)
    (root / "prices" / "apis.toml").write_text(OFFERS, encoding="utf-8")
    base = KnowledgeBase.open(root=root, cache_dir=tmp_path / "cache", overlay=Overlay(tmp_path / "overlay.sqlite"))
    yield base
    base.close()


def price_map(tmp_path: Path, entries: dict) -> Path:
    path = tmp_path / "model_prices_and_context_window.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path


def run(kb, path):
    return import_prices(kb, path, today=dt.date(2026, 12, 2))


def test_deprecation_date_is_read_and_replaces_ours(small_kb, tmp_path):
    path = price_map(tmp_path, {
        "acme-dated": entry(deprecation_date="2026-12-31"),
        "acme-undated": entry(deprecation_date="2027-06-30"),
    })
    result = run(small_kb, path)
    assert set(result.updated) == {"acme/dated", "acme/undated"}
    assert small_kb.api("acme/dated").deprecation_date == dt.date(2026, 12, 31)
    assert small_kb.api("acme/undated").deprecation_date == dt.date(2027, 6, 30)
    assert small_kb.origin("apis", "acme/undated") == "user"


def test_a_file_without_the_date_keeps_the_date_we_know(small_kb, tmp_path):
    # Same prices, no deprecation_date in the file: nothing changes, the bundled date survives.
    result = run(small_kb, price_map(tmp_path, {"acme-dated": entry(), "acme-undated": entry()}))
    assert set(result.unchanged) == {"acme/dated", "acme/undated"} and not result.updated
    assert small_kb.api("acme/dated").deprecation_date == dt.date(2027, 1, 31)


def test_only_a_new_date_counts_as_an_update(small_kb, tmp_path):
    result = run(small_kb, price_map(tmp_path, {"acme-dated": entry(deprecation_date="2027-01-31"),
                                                "acme-undated": entry(deprecation_date="2027-03-01")}))
    assert result.unchanged == ["acme/dated"] and result.updated == ["acme/undated"]
    again = run(small_kb, price_map(tmp_path, {"acme-undated": entry(deprecation_date="2027-03-01")}))
    assert "acme/undated" in again.unchanged


@pytest.mark.parametrize("bad", ["soon", "2027-13-01", 20270101, ["2027-01-01"]])
def test_unusable_date_keeps_ours_imports_the_price_and_says_so(small_kb, tmp_path, bad):
    result = run(small_kb, price_map(tmp_path, {"acme-dated": entry(3e-06, 4e-06, deprecation_date=bad)}))
    assert result.updated == ["acme/dated"]
    assert any("acme-dated" in w and "deprecation_date" in w for w in result.warnings)
    offer = small_kb.api("acme/dated")
    assert (offer.input_per_mtok, offer.deprecation_date) == (3.0, dt.date(2027, 1, 31))


def test_currency_of_the_offering_is_kept(small_kb, tmp_path):
    run(small_kb, price_map(tmp_path, {"euro/hosted": entry(6e-07, 7e-07)}))
    offer = small_kb.api("euro/host")
    assert (offer.input_per_mtok, offer.output_per_mtok, offer.currency) == (0.6, 0.7, "EUR")


def test_cli_import_reports_the_retirement_date_and_warnings(cli):
    fixture = Path(__file__).parent / "fixtures" / "litellm_prices.json"
    result = cli.json("kb", "import-prices", str(fixture))
    assert "openai/gpt-5" in result["updated"] and result["warnings"] == []
    assert cli.json("kb", "show", "apis", "openai/gpt-5")["deprecation_date"] == "2027-01-15"
