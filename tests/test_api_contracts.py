"""API contract facts: the schema, the [contracts.NAME] tables of a price file, and their way into SQLite."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from pydantic import ValidationError

from desktop.domain import ApiContract
from desktop.knowledge.base import KnowledgeBase
from desktop.knowledge.build import build
from desktop.knowledge.sources import SourceError, read_file

CONTRACT = {
    "trains_on_prompts_by_default": False,
    "opt_out": "not needed: API data is not used for training",
    "retention_days": 30,
    "zero_data_retention": "on-request",
    "dpa": True,
    "dpa_url": "https://example.org/dpa",
    "processing_regions": ["global"],
    "eu_processing_contractual": False,
    "prohibited_uses": ["military"],
    "usage_policy_url": "https://example.org/policy",
    "terms": {"training": "We do not train on your business data."},
    "fact_sources": {"training": "https://example.org/data-usage"},
    "sources": ["https://example.org/terms"],
    "as_of": dt.date(2026, 12, 1),
    "verification": "secondary",
}

API_FILE = """
[defaults]
as_of = 2026-12-01
verification = "secondary"

[contracts.acme]
trains_on_prompts_by_default = false
zero_data_retention = "no"
dpa = true
dpa_url = "https://acme.example/dpa"
processing_regions = ["global"]
eu_processing_contractual = false
prohibited_uses = ["military"]
usage_policy_url = "https://acme.example/policy"
terms = { training = "Acme does not train on API data.", dpa = "DPA applies automatically." }
sources = ["https://acme.example/terms"]
as_of = 2026-11-30
verification = "primary"

[contracts.acme-eu]
extends = "acme"
processing_regions = ["EU"]
eu_processing_contractual = true
terms = { regions = "EU processing is part of the order form." }

[[api]]
id = "acme/big"
vendor = "Acme"
model_name = "Big"
input_per_mtok = 1.0
output_per_mtok = 2.0
region = "global"
eu_data_residency = false
quality_tier = "strong"
sources = ["https://acme.example/prices"]
contract = "acme"

[[api]]
id = "acme/big-eu"
vendor = "Acme"
model_name = "Big (EU)"
input_per_mtok = 1.1
output_per_mtok = 2.2
currency = "EUR"
region = "eu"
eu_data_residency = true
quality_tier = "strong"
sources = ["https://acme.example/prices"]
contract = "acme-eu"

[[api]]
id = "acme/unknown-terms"
vendor = "Acme"
model_name = "Old"
input_per_mtok = 1.0
output_per_mtok = 2.0
region = "global"
eu_data_residency = false
quality_tier = "mid"
sources = ["https://acme.example/prices"]
"""


def test_contract_sources_per_fact_fall_back_to_the_fact_link_then_the_terms():
    contract = ApiContract.model_validate(CONTRACT)
    assert contract.source_of("training") == "https://example.org/data-usage"
    assert contract.source_of("dpa") == "https://example.org/dpa"
    assert contract.source_of("prohibited_uses") == "https://example.org/policy"
    assert contract.source_of("retention") == "https://example.org/terms"
    assert contract.term("training") and contract.term("retention") is None


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"dpa": False}, "dpa_url"),
        ({"eu_processing_contractual": True}, "non-EU region"),
        ({"prohibited_uses": ["knitting"]}, "prohibited_uses"),
        ({"zero_data_retention": "maybe"}, "zero_data_retention"),
        ({"retention_days": -1}, "retention_days"),
        ({"dpa_url": "www.example.org/dpa"}, "not a URL"),
        ({"fact_sources": {"training": "somewhere"}}, "not a URL"),
        ({"terms": {"pricing": "x"}}, "terms"),
        ({"processing_regions": []}, "processing_regions"),
        ({"conditional_uses": ["military"]}, "both prohibited and conditional"),
        ({"sources": []}, "sources"),
    ],
)
def test_contract_refuses_inconsistent_or_unsourced_facts(change, problem):
    with pytest.raises(ValidationError, match=problem):
        ApiContract.model_validate(CONTRACT | change)


def test_named_contracts_are_shared_and_extended(tmp_path):
    path = tmp_path / "apis.toml"
    path.write_text(API_FILE, encoding="utf-8")
    offers = {record.id: record for _, record in read_file(path)}
    base, eu = offers["acme/big"].contract, offers["acme/big-eu"].contract
    assert base is not None and eu is not None
    assert base.processing_regions == ["global"] and not base.eu_processing_contractual
    assert eu.processing_regions == ["EU"] and eu.eu_processing_contractual
    # The EU variant keeps the base's facts and adds its own wording per fact.
    assert eu.dpa_url == base.dpa_url and eu.as_of == dt.date(2026, 11, 30)
    assert set(eu.terms) == {"training", "dpa", "regions"}
    assert offers["acme/unknown-terms"].contract is None


def test_unknown_contract_name_is_named_with_its_line(tmp_path):
    path = tmp_path / "apis.toml"
    path.write_text(API_FILE.replace('contract = "acme-eu"', 'contract = "acme-europe"'), encoding="utf-8")
    with pytest.raises(SourceError, match="unknown contract 'acme-europe'") as err:
        read_file(path)
    assert err.value.key == "contract"
    assert err.value.line == API_FILE.splitlines().index('contract = "acme-eu"') + 1


def test_contract_extending_unknown_or_itself_is_refused(tmp_path):
    path = tmp_path / "apis.toml"
    path.write_text(API_FILE.replace('extends = "acme"', 'extends = "acme-us"'), encoding="utf-8")
    with pytest.raises(SourceError, match="extends unknown contract 'acme-us'"):
        read_file(path)
    path.write_text(API_FILE.replace('extends = "acme"', 'extends = "acme-eu"'), encoding="utf-8")
    with pytest.raises(SourceError, match="extends itself"):
        read_file(path)


def test_bad_contract_fact_names_the_key(tmp_path):
    path = tmp_path / "apis.toml"
    path.write_text(API_FILE.replace('zero_data_retention = "no"', 'zero_data_retention = "sometimes"'), encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_file(path)
    assert err.value.key == "contract.zero_data_retention"


def test_contract_builds_into_sqlite_and_search(tmp_path):
    root = tmp_path / "knowledge"
    (root / "prices").mkdir(parents=True)
    (root / "prices" / "apis.toml").write_text(API_FILE, encoding="utf-8")
    db = build(tmp_path / "kb.sqlite", root=root)
    conn = sqlite3.connect(db)
    data = json.loads(conn.execute("SELECT data FROM apis WHERE key = 'acme/big-eu'").fetchone()[0])
    conn.close()
    assert data["contract"]["eu_processing_contractual"] is True
    assert data["contract"]["dpa_url"] == "https://acme.example/dpa"
    kb = KnowledgeBase(db, overlay=None)
    try:
        assert kb.api("acme/big-eu").contract == ApiContract.model_validate(data["contract"])
        assert {"acme/big", "acme/big-eu"} <= {h.id for h in kb.search("military", kind="apis")}
    finally:
        kb.close()


def test_unstated_training_is_none_not_false():
    facts = {k: v for k, v in CONTRACT.items() if k != "trains_on_prompts_by_default"}
    assert ApiContract.model_validate(facts).trains_on_prompts_by_default is None
