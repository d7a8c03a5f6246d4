"""Question 1 for API offers (issue 12 §2): the contract facts against the use, quoting the deciding term.

Rules under test, from the issue: confidential data + training by default + no DPA -> blocked; EU-only without
contractual EU processing -> blocked; a use the vendor's policy prohibits -> blocked; otherwise
allowed_with_obligations with the duties (sign the DPA, switch off training, configure the EU region).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.domain import USE_CATEGORIES
from desktop.domain.offering import ApiContract
from desktop.domain.usage import UsageContext
from desktop.engine.license import Verdict, assess_api

BASE = {
    "trains_on_prompts_by_default": False,
    "opt_out": None,
    "retention_days": 30,
    "zero_data_retention": "on-request",
    "dpa": True,
    "dpa_url": "https://vendor.example/dpa",
    "processing_regions": ["EU"],
    "eu_processing_contractual": True,
    "prohibited_uses": ["military"],
    "conditional_uses": ["medical-advice"],
    "usage_policy_url": "https://vendor.example/policy",
    "terms": {"training": "We do not train on API inputs.", "regions": "EU data zone is in the order form.",
              "prohibited_uses": "Medical advice only with a licensed professional reviewing it."},
    "fact_sources": {"training": "https://vendor.example/data-usage", "regions": "https://vendor.example/regions"},
    "sources": ["https://vendor.example/terms"],
    "as_of": dt.date(2026, 12, 1),
    "verification": "primary",
}


def offer(catalog, **facts):
    api = catalog.records("apis")[0]
    return api.model_copy(update={"contract": ApiContract(**{**BASE, **facts}), "open_weight_model": None})


def verdict(catalog, ctx=None, **facts):
    return assess_api(offer(catalog, **facts), ctx or UsageContext())


def test_confidential_data_training_by_default_without_dpa_is_blocked(catalog):
    result = verdict(catalog, UsageContext(data="confidential"), trains_on_prompts_by_default=True, dpa=False,
                     dpa_url=None, opt_out="settings page")
    assert result.verdict == Verdict.blocked
    deciding = result.deciding_reason
    assert deciding.clause == "training"
    assert deciding.quote == "We do not train on API inputs." and deciding.source == "https://vendor.example/data-usage"


def test_eu_only_without_contractual_eu_processing_is_blocked(catalog):
    result = verdict(catalog, UsageContext(eu_only=True), processing_regions=["global"], eu_processing_contractual=False)
    assert result.verdict == Verdict.blocked
    assert result.deciding_reason.clause == "regions" and "global" in result.deciding_reason.summary
    assert result.deciding_reason.source == "https://vendor.example/regions"


def test_prohibited_use_is_blocked_and_conditional_use_is_a_duty(catalog):
    assert verdict(catalog, UsageContext(uses=["military"])).verdict == Verdict.blocked
    cond = verdict(catalog, UsageContext(uses=["medical-advice"]))
    assert cond.verdict == Verdict.allowed_with_obligations
    assert "licensed professional" in cond.obligations[0].text


def test_otherwise_allowed_with_the_three_duties(catalog):
    result = verdict(catalog, UsageContext(data="personal", eu_only=True), trains_on_prompts_by_default=True,
                     opt_out="Switch off 'improve the model' in the console")
    assert result.verdict == Verdict.allowed_with_obligations
    ids = {o.id for o in result.obligations}
    assert {"api-sign-dpa", "api-switch-off-training", "api-configure-eu-region"} <= ids
    dpa = next(o for o in result.obligations if o.id == "api-sign-dpa")
    assert "https://vendor.example/dpa" in dpa.text


def test_personal_data_without_dpa_is_blocked_public_data_is_not(catalog):
    assert verdict(catalog, UsageContext(data="personal"), dpa=False, dpa_url=None).verdict == Verdict.blocked
    assert verdict(catalog, UsageContext(data="public"), dpa=False, dpa_url=None).verdict == Verdict.allowed


def test_an_offer_without_contract_facts_needs_review(catalog):
    api = catalog.records("apis")[0].model_copy(update={"contract": None, "open_weight_model": None})
    result = assess_api(api, UsageContext())
    assert result.verdict == Verdict.needs_review and result.deciding_reason.source.startswith("http")


def test_a_hosted_open_weight_model_also_carries_its_license(catalog):
    model = catalog.model("google/gemma-3-27b-it")
    api = offer(catalog)
    result = assess_api(api, UsageContext(uses=["sexual-content"]), model, [catalog.license(i) for i in model.license_ids])
    assert result.verdict == Verdict.blocked  # Gemma's Prohibited Use Policy binds the end user of the service
    assert "LicenseRef-Gemma-Terms-of-Use" in result.licenses


@settings(max_examples=120, deadline=None)
@given(
    data=st.sampled_from(["public", "personal", "confidential"]), eu_only=st.booleans(),
    trains=st.sampled_from([True, False, None]), dpa=st.booleans(), opt_out=st.sampled_from([None, "console"]),
    eu_contract=st.booleans(), uses=st.lists(st.sampled_from(USE_CATEGORIES), max_size=2, unique=True),
    prohibited=st.lists(st.sampled_from(USE_CATEGORIES), max_size=3, unique=True),
)
def test_the_rules_of_the_issue_hold_for_every_contract(catalog, data, eu_only, trains, dpa, opt_out, eu_contract,
                                                        uses, prohibited):
    facts = dict(trains_on_prompts_by_default=trains, dpa=dpa, dpa_url="https://vendor.example/dpa" if dpa else None,
                 opt_out=opt_out, eu_processing_contractual=eu_contract, prohibited_uses=prohibited,
                 conditional_uses=[], processing_regions=["EU"] if eu_contract else ["global"])
    result = verdict(catalog, UsageContext(data=data, eu_only=eu_only, uses=uses), **facts)
    must_block = ((data == "confidential" and trains and not dpa) or (eu_only and not eu_contract)
                  or (data == "personal" and not dpa) or bool(set(uses) & set(prohibited)))
    assert (result.verdict == Verdict.blocked) == must_block
    if not must_block and result.verdict != Verdict.needs_review:
        ids = {o.id for o in result.obligations}
        assert ("api-sign-dpa" in ids) == (data != "public" and dpa)
        assert ("api-switch-off-training" in ids) == (data != "public" and bool(trains) and dpa and bool(opt_out))
        assert ("api-configure-eu-region" in ids) == eu_only
    for reason in result.reasons:
        assert reason.source.startswith("http")


@pytest.mark.parametrize("flags", [[], ["--data", "confidential", "--eu-only"], ["--use", "military"]])
def test_cli_license_check_takes_an_api_id(capsys, catalog, flags):
    api = catalog.records("apis")[0]
    code = main(["license-check", api.id, *flags, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["model"] == api.id and data["question"] == 1
    assert data["verdict"] in {v.value for v in Verdict}
    assert {"license", "licenses", "verdict", "obligations", "reasons", "risk_flags"} <= set(data)


def test_cli_new_flags_apply_to_self_hosted_models_and_refuse_bad_values(capsys):
    assert main(["license-check", "Qwen/Qwen3-32B", "--data", "confidential", "--eu-only", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "allowed"  # self-hosted: the data stays on own hardware
    assert any(r["kind"] == "SelfHosted" for r in data["reasons"])
    assert main(["license-check", "Qwen/Qwen3-32B", "--data", "secret"]) == 2
    assert main(["license-check", "no-such/offer-or-model"]) == 2
    assert "model or API offer" in capsys.readouterr().err


def test_a_declared_use_under_an_unread_policy_needs_review(catalog):
    unread = verdict(catalog, UsageContext(uses=["sexual-content"]), usage_policy_encoded=False, prohibited_uses=[],
                     conditional_uses=[])
    assert unread.verdict == Verdict.needs_review
    assert "https://vendor.example/policy" in unread.deciding_reason.summary
    read = verdict(catalog, UsageContext(uses=["sexual-content"]), prohibited_uses=[], conditional_uses=[])
    assert read.verdict == Verdict.allowed
    # a category newer than the contracts' reading is never silently allowed
    newer = verdict(catalog, UsageContext(uses=["personal-data-profiling"]), prohibited_uses=[], conditional_uses=[])
    assert newer.verdict == Verdict.needs_review


@settings(max_examples=80, deadline=None)
@given(index=st.integers(min_value=0, max_value=500), data=st.sampled_from(["public", "personal", "confidential"]),
       eu_only=st.booleans(), uses=st.lists(st.sampled_from(USE_CATEGORIES), max_size=2, unique=True))
def test_every_bundled_offer_gets_a_verdict_by_the_rules(catalog, index, data, eu_only, uses):
    offers = catalog.records("apis")
    api = offers[index % len(offers)].model_copy(update={"open_weight_model": None})
    c = api.contract
    result = assess_api(api, UsageContext(data=data, eu_only=eu_only, uses=uses))
    if c is None:
        assert result.verdict == Verdict.needs_review
        return
    must_block = ((data == "confidential" and c.trains_on_prompts_by_default and not c.dpa)
                  or (eu_only and not c.eu_processing_contractual)
                  or (data == "personal" and not c.dpa) or bool(set(uses) & set(c.prohibited_uses)))
    assert (result.verdict == Verdict.blocked) == bool(must_block)
    if result.verdict == Verdict.blocked:
        deciding = result.deciding_reason
        assert deciding.source.startswith("http") and deciding.impact == "blocks"
